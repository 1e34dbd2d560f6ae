"""Readers for officer tracking exports: app GPS or radio CSV, GPX 1.0/1.1, GeoJSON points, NMEA 0183.

Every reader returns the same raw table (:class:`RawFixes`: officer, time as text, x, y, speed_kmh,
heading, accuracy_m and the file line of each fix) before any conversion or cleaning; columns are
recognised from common export names (:func:`guess_columns`) and can be overridden by a mapping.
``progress`` callbacks are told the share read and may stop a reader (:class:`Cancelled`).
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..ids import id_text
from ..progress import ProgressCallback, report, scaled

PathLike = Union[str, Path]

FORMATS = ["auto", "csv", "gpx", "geojson", "nmea"]
ROLES = ["officer", "time", "x", "y", "speed", "heading", "accuracy"]
ROLE_LABELS = {
    "officer": "officer id",
    "time": "time",
    "x": "x / longitude",
    "y": "y / latitude",
    "speed": "speed",
    "heading": "heading",
    "accuracy": "accuracy",
}

KNOTS_TO_KMH = 1.852
MPH_TO_KMH = 1.609344
MS_TO_KMH = 3.6
#: HDOP is unitless; times a typical 5 m user range error it approximates the horizontal error.
HDOP_TO_METRES = 5.0
#: Readers report progress (and may be cancelled) every this many rows, points or lines.
PROGRESS_EVERY = 20000

_EXACT = {
    "officer": [
        "officer_id",
        "officer",
        "collar_number",
        "collar_no",
        "collar",
        "collarno",
        "callsign",
        "call_sign",
        "issi",
        "radio_id",
        "radioid",
        "radio",
        "device_id",
        "deviceid",
        "device",
        "unit_id",
        "unit",
        "user_id",
        "userid",
        "user",
        "staff_id",
        "employee_id",
        "badge",
        "id",
        "name",
    ],
    "time": [
        "t_utc",
        "timestamp",
        "time_stamp",
        "datetime",
        "date_time",
        "time_utc",
        "utc_time",
        "gps_time",
        "fix_time",
        "recorded_at",
        "event_time",
        "report_time",
        "created_at",
        "time",
        "date",
    ],
    "x": ["longitude", "lon", "long", "lng", "x", "easting", "east", "x_coord", "gps_longitude"],
    "y": ["latitude", "lat", "y", "northing", "north", "y_coord", "gps_latitude"],
    "speed": ["speed_kmh", "speed_kph", "speed", "speed_mph", "speed_ms", "speed_m_s", "velocity", "sog", "gps_speed"],
    "heading": ["heading", "course", "bearing", "direction", "cog", "azimuth"],
    "accuracy": [
        "accuracy_m",
        "accuracy",
        "horizontal_accuracy",
        "hacc",
        "h_acc",
        "position_error",
        "error",
        "error_m",
        "uncertainty",
        "precision",
        "hdop",
    ],
}
_CONTAINS = {
    "officer": ["collar", "officer", "callsign", "issi", "radio", "device", "unit"],
    "time": ["timestamp", "datetime", "time", "date"],
    "x": ["longitude", "easting", "lon"],
    "y": ["latitude", "northing", "lat"],
    "speed": ["speed", "velocity"],
    "heading": ["heading", "course", "bearing"],
    "accuracy": ["accuracy", "hdop", "error", "uncertainty"],
}


def _normalise_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(name).strip().lower()).strip("_")


def guess_columns(columns: Sequence[str]) -> Dict[str, Optional[str]]:
    """Which column plays each role (``ROLES``), from common export names; ``None`` when not found.

    A separate date column and time column (``Date``, ``Time``) give the time role ``"Date + Time"``.
    """
    normal = {c: _normalise_name(c) for c in columns}
    scores = []
    for role in ROLES:
        exact, contains = _EXACT[role], _CONTAINS[role]
        for column, name in normal.items():
            if name in exact:
                scores.append((100 - exact.index(name), role, column))
            else:
                for i, part in enumerate(contains):
                    if part in name:
                        scores.append((50 - i, role, column))
                        break
    scores.sort(key=lambda s: -s[0])
    found: Dict[str, Optional[str]] = {role: None for role in ROLES}
    used = set()
    for _, role, column in scores:
        if found[role] is None and column not in used:
            found[role] = column
            used.add(column)
    names = {n: c for c, n in normal.items()}
    if found["time"] is not None and normal[found["time"]] in ("date", "time") and "date" in names and "time" in names:
        found["time"] = f"{names['date']} + {names['time']}"
    return found


def speed_factor(column: Optional[str]) -> float:
    """km/h per unit of a speed column, from units in its name; km/h when the name gives none."""
    name = _normalise_name(column or "")
    if re.search(r"(^|_)mph($|_)|miles", name):
        return MPH_TO_KMH
    if re.search(r"(^|_)(kn|kt|kts|knots?)($|_)", name):
        return KNOTS_TO_KMH
    if re.search(r"(^|_)(m_s|ms|mps)($|_)|per_second", name):
        return MS_TO_KMH
    return 1.0


def accuracy_factor(column: Optional[str]) -> float:
    """Metres per unit of an accuracy column: HDOP (unitless) is scaled by ``HDOP_TO_METRES``."""
    return HDOP_TO_METRES if "dop" in _normalise_name(column or "") else 1.0


@dataclass
class RawFixes:
    """What a reader found in one file, before any cleaning."""

    frame: pd.DataFrame  #: officer, time (text), x, y, speed_kmh, heading, accuracy_m, line
    format: str
    mapping: Dict[str, Optional[str]] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)
    n_unreadable: int = 0


def _decode(path: Path, data: bytes) -> Tuple[str, bool]:
    """The text of a file's bytes (UTF-8, with or without BOM, else Windows-1252) and whether it was UTF-8."""
    if b"\x00" in data[:4096]:
        raise HotspotInputError(
            f"{path.name} is not a text file (it holds binary data). Export it as CSV, GPX, GeoJSON or NMEA text."
        )
    try:
        return data.decode("utf-8-sig"), True
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), False


def _read_text(path: Path) -> str:
    return _decode(path, path.read_bytes())[0]


def detect_format(path: PathLike) -> str:
    """``csv``, ``gpx``, ``geojson`` or ``nmea`` from the extension, else from the first characters."""
    path = Path(path)
    suffix = path.suffix.lower()
    by_suffix = {
        ".gpx": "gpx",
        ".geojson": "geojson",
        ".json": "geojson",
        ".nmea": "nmea",
        ".nma": "nmea",
        ".csv": "csv",
        ".tsv": "csv",
    }
    if suffix in by_suffix:
        return by_suffix[suffix]
    head = path.read_bytes()[:2048].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return "gpx"
    if head.startswith("{"):
        return "geojson"
    if re.match(r"^[^\n]{0,40}\$[A-Z]{2}(RMC|GGA)", head):
        return "nmea"
    return "csv"


def _numbers(values: pd.Series) -> pd.Series:
    """Floats from text, reading a lone decimal comma (``51,75``) as a point; NaN if not a number."""
    numbers = pd.to_numeric(values, errors="coerce").astype(float)
    retry = numbers.isna() & values.notna()
    if retry.any():
        text = values[retry].astype(str).str.strip()
        comma = text.str.contains(",", regex=False) & ~text.str.contains(".", regex=False)
        text = text.where(~comma, text.str.replace(",", ".", regex=False))
        numbers[retry] = pd.to_numeric(text, errors="coerce").astype(float)
    return numbers


def _distances_in_metres(values: pd.Series) -> pd.Series:
    """Numbers, also from text such as radio position-error classes (``< 20 m``, ``<2km``); NaN if none."""
    numbers = _numbers(values)
    retry = numbers.isna() & values.notna()
    if retry.any():
        parts = values[retry].astype(str).str.extract(r"(\d+(?:[.,]\d+)?)\s*(km|m)?\b", flags=re.IGNORECASE)
        amount = pd.to_numeric(parts[0].str.replace(",", ".", regex=False), errors="coerce")
        numbers[retry] = amount * np.where(parts[1].str.lower() == "km", 1000.0, 1.0)
    return numbers


def _column(frame, name: Optional[str], path: Path, stripped: bool = False, few: bool = False) -> Optional[pd.Series]:
    """The text of a mapped column, stripped; ``"A + B"`` joins two columns with a space.

    ``frame``: a text frame or the fast CSV path's :class:`_ArrowText`. ``stripped``: the frame's cells are
    text with no white space at either end already (the fast CSV path knows it from the bytes), so the strip
    is skipped; ``few``: the column holds few distinct values (ids).
    """
    if not name:
        return None
    parts = [p.strip() for p in name.split(" + ")] if " + " in name else [name]
    lookup = {c.lower(): c for c in frame.columns}
    resolved = []
    for part in parts:
        column = part if part in frame.columns else lookup.get(part.lower())
        if column is None:
            raise HotspotInputError(
                f"{path.name} has no column '{part}'. Its columns are: {', '.join(map(str, frame.columns))}. "
                "Correct the column mapping."
            )
        resolved.append(column)

    def text(column):
        if isinstance(frame, _ArrowText):
            return frame.text(column, few)
        return frame[column] if stripped else frame[column].astype(str).str.strip()

    series = text(resolved[0])
    for column in resolved[1:]:
        series = series + " " + text(column)
    return series


def _column_numbers(frame, name: Optional[str], path: Path, stripped: bool = False) -> pd.Series:
    """:func:`_numbers` of a mapped column (pyarrow casts the plain decimals of an :class:`_ArrowText`)."""
    if isinstance(frame, _ArrowText) and name and " + " not in name:
        _column(frame.head(0), name, path)
        lookup = {c.lower(): c for c in frame.columns}
        return frame.numbers(name if name in frame.columns else lookup[name.lower()])
    return _numbers(_column(frame, name, path, stripped))


def _table_to_raw(
    table: pd.DataFrame,
    lines: np.ndarray,
    path: Path,
    fmt: str,
    mapping: Optional[Dict[str, Optional[str]]],
    xy_from_table: bool = True,
    progress: ProgressCallback = None,
    stripped: bool = False,
) -> RawFixes:
    """Apply a column mapping (guessed, then overridden) to a text table; ``progress`` may stop it.

    ``stripped``: every cell is text already stripped of white space (see :func:`_column`).
    """
    used = guess_columns(list(table.columns))
    if not xy_from_table:
        used["x"] = used["y"] = None
    for role, column in (mapping or {}).items():
        if role in ROLES and column:
            _column(table.head(0), column, path)  # a mapped column that is missing is the first thing to say
            used[role] = column
    notes = []
    missing = [ROLE_LABELS[r] for r in ("time",) + (("x", "y") if xy_from_table else ()) if not used[r]]
    if missing:
        raise HotspotInputError(
            f"{path.name}: no column was recognised for {', '.join(missing)}. Its columns are: "
            f"{', '.join(map(str, table.columns))}. Set the field(s) in the column mapping."
        )
    report(progress, 0.0)
    officer = _column(table, used["officer"], path, stripped, few=True)
    if officer is None:
        officer = pd.Series([path.stem] * len(table), index=table.index)
        notes.append(f"{path.name}: no officer or radio id column, so the file name is used as the id.")
    report(progress, 0.2)
    times = _column(table, used["time"], path, stripped)
    report(progress, 0.4)
    x = _column_numbers(table, used["x"], path, stripped).to_numpy() if xy_from_table else np.nan
    report(progress, 0.6)
    y = _column_numbers(table, used["y"], path, stripped).to_numpy() if xy_from_table else np.nan
    report(progress, 0.8)
    frame = pd.DataFrame(
        {
            "officer": officer.to_numpy(),
            "time": times.to_numpy(),
            "x": x,
            "y": y,
            "speed_kmh": np.nan,
            "heading": np.nan,
            "accuracy_m": np.nan,
            "line": lines,
        }
    )
    if used["speed"]:
        factor = speed_factor(used["speed"])
        frame["speed_kmh"] = (_column_numbers(table, used["speed"], path, stripped) * factor).to_numpy()
        if factor == 1.0 and not re.search(r"km|kph", used["speed"].lower()):
            notes.append(f"{path.name}: speed column '{used['speed']}' names no unit; read as km/h.")
    if used["heading"]:
        frame["heading"] = _column_numbers(table, used["heading"], path, stripped).to_numpy()
    if used["accuracy"]:
        frame["accuracy_m"] = (
            _distances_in_metres(_column(table, used["accuracy"], path, stripped)) * accuracy_factor(used["accuracy"])
        ).to_numpy()
    return RawFixes(frame=frame, format=fmt, mapping=used, notes=notes)


def _sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV: whichever of , ; tab | its first non-blank line holds most."""
    first_line = ""
    size = 1 << 16
    while True:
        head = text[:size]
        whole = len(head) == len(text)
        # a line is whole when a line break follows it within the head (or the head is the whole text)
        parts = head.splitlines(keepends=True)
        found = None
        for i, part in enumerate(parts):
            if not whole and i == len(parts) - 1:
                break
            line = part.splitlines()[0] if part.splitlines() else ""
            if line.strip():
                found = line
                break
        if found is not None or whole:
            first_line = found or ""
            break
        size *= 8
    return max([",", ";", "\t", "|"], key=first_line.count)


def read_csv_table(
    path: PathLike, max_rows: Optional[int] = None, progress: ProgressCallback = None
) -> Tuple[pd.DataFrame, np.ndarray]:
    """A CSV as a text table and the file line of each row; raises naming the line of a broken row.

    The line of a row is ``csv.reader``'s ``line_num`` after it: the file line the row ends on (its last
    line when a quoted field holds line breaks). Rows whose cells are all empty or white space are skipped,
    trailing empty fields beyond the header's are dropped. ``progress`` is told the share read and may stop
    the reading (:class:`Cancelled`).
    """
    table, lines, _ = _read_csv(Path(path), max_rows, progress)
    return (table.to_pandas() if isinstance(table, _ArrowText) else table), lines


def _read_csv(
    path: Path, max_rows: Optional[int] = None, progress: ProgressCallback = None, exact: bool = False
) -> Tuple[pd.DataFrame, np.ndarray, bool]:
    """:func:`read_csv_table` and whether every cell is known to be stripped of white space already.

    A regular file (:func:`_csv_layout`) is read at C speed; anything else, ``max_rows`` or ``exact`` by the
    exact reader (:func:`_read_csv_exact`, ``csv.reader`` row by row), which gives the same table and lines
    and names the line of a broken row.
    """
    data = path.read_bytes()
    text, utf8 = _decode(path, data)
    delimiter = _sniff_delimiter(text)
    if max_rows is None and not exact and FAST_CSV_ENGINE != "exact":
        body = data[3:] if utf8 and data.startswith(b"\xef\xbb\xbf") else data
        fast = _read_csv_fast(path, body, text, delimiter, progress, utf8)
        if fast is not None:
            return fast
    table, lines = _read_csv_exact(path, text, delimiter, max_rows, progress)
    return table, lines, False


def _read_csv_exact(
    path: Path, text: str, delimiter: str, max_rows: Optional[int], progress: ProgressCallback
) -> Tuple[pd.DataFrame, np.ndarray]:
    """The exact reader: ``csv.reader`` row by row, naming the line of a broken row."""
    total_lines = max(text.count("\n"), 1)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header: Optional[List[str]] = None
    rows: List[List[str]] = []
    lines: List[int] = []
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [cell.strip() for cell in row]
                continue
            if len(row) != len(header):
                if len(row) > len(header) and not any(c.strip() for c in row[len(header) :]):
                    row = row[: len(header)]
                else:
                    raise HotspotInputError(
                        f"{path.name}, line {reader.line_num}: {len(row)} fields where the header has "
                        f"{len(header)}. Fix or remove that line (was the export cut short?) and import again."
                    )
            rows.append(row)
            lines.append(reader.line_num)
            if max_rows is not None and len(rows) >= max_rows:
                break
            if len(rows) % PROGRESS_EVERY == 0:
                report(progress, reader.line_num / total_lines)
    except csv.Error as error:
        raise HotspotInputError(f"{path.name}, line {reader.line_num}: not readable as CSV ({error}).") from None
    if header is None:
        raise HotspotInputError(f"{path.name} is empty: it has no header and no rows.")
    table = pd.DataFrame(rows, columns=header, dtype=object) if rows else pd.DataFrame(columns=header, dtype=object)
    return table, np.array(lines, dtype=int)


# --- the fast CSV path -------------------------------------------------------------------------------
#: Bytes ``str.strip`` removes that are ASCII (str.isspace); a file with other bytes >= 0x80 may hold more.
_ASCII_SPACE = np.zeros(256, dtype=bool)
_ASCII_SPACE[[9, 10, 11, 12, 13, 28, 29, 30, 31, 32]] = True
#: Share of the fast path's progress at the end of the layout (:func:`_csv_layout`); the rows are read up to 90 %.
LAYOUT_SHARE = 0.1
#: Records per chunk of the fast path: progress is reported (and cancel checked) after each.
FAST_CHUNK_ROWS = 500_000


@dataclass
class _Layout:
    """Where the records of a CSV are, from its bytes (:func:`_csv_layout`)."""

    ends: np.ndarray  #: byte position of each record's end (its newline; the length for an unterminated last one)
    lines: np.ndarray  #: csv.reader's ``line_num`` after each record (the file line the record ends on)
    fields: np.ndarray  #: fields in each record (a record of no bytes counts 1)
    candidates: np.ndarray  #: records that may be blank (they start with white space, a delimiter or a quote)
    quoted: bool  #: the file has quotes
    multiline: bool  #: a quoted field holds a newline
    stripped: bool  #: no cell can start or end with white space (``str.strip`` would change nothing)


def _csv_layout(data: bytes, delimiter: str) -> Optional[_Layout]:
    """The records of CSV ``data`` as ``csv.reader`` reads them, vectorised; None when the file is irregular.

    Irregular (left to the exact reader, which gives the same table or names the line): NUL bytes, a carriage
    return not followed by a newline, a record longer than ``csv.field_size_limit``, or a quote that is neither
    at the start of a field, nor at its end, nor doubled inside a quoted field (csv.reader reads such quotes
    leniently). For the rest a newline or delimiter is outside quotes exactly when an even number of quotes
    precede it, which is how csv.reader splits records and fields.
    """
    arr = np.frombuffer(data, dtype=np.uint8)
    n = arr.size
    # bytes' own searches (memchr speed) first: most files have no NUL, lone CR, quote or non-ASCII byte
    if n == 0 or b"\x00" in data or (b"\r" in data and data.count(b"\r") != data.count(b"\r\n")):
        return None
    sep = ord(delimiter)
    newline = np.flatnonzero(arr == 10)
    quoted = b'"' in data
    multiline = False
    if quoted:
        quotes = np.flatnonzero(arr == 34)
        if quotes.size % 2:
            return None
        previous = np.where(quotes > 0, arr[np.maximum(quotes - 1, 0)], 10)
        following = np.where(quotes < n - 1, arr[np.minimum(quotes + 1, n - 1)], 10)
        opener = np.zeros(quotes.size, dtype=bool)
        opener[0::2] = True
        adjacent_before = np.zeros(quotes.size, dtype=bool)
        adjacent_before[1:] = quotes[1:] - quotes[:-1] == 1
        adjacent_after = np.zeros(quotes.size, dtype=bool)
        adjacent_after[:-1] = adjacent_before[1:]
        starts_field = (previous == 10) | (previous == sep)
        ends_field = (following == 10) | (following == 13) | (following == sep)
        good = np.where(opener, starts_field | adjacent_before, ends_field | adjacent_after)
        if not good.all():
            return None
        inside = np.searchsorted(quotes, newline) % 2 == 1
        multiline = bool(inside.any())
        record_newlines = newline[~inside]
    else:
        record_newlines = newline
    ends = record_newlines
    if arr[-1] != 10:
        ends = np.append(ends, n)
    if multiline:
        lines = np.searchsorted(newline, ends, side="right")
        if arr[-1] != 10:
            lines[-1] += 1
    else:  # every line is a record
        lines = np.arange(1, ends.size + 1)
    starts = np.concatenate(([0], ends[:-1] + 1))
    lengths = ends - starts
    if lengths.size and int(lengths.max()) >= csv.field_size_limit():
        return None
    delims = np.flatnonzero(arr == sep)
    if quoted:
        delims = delims[np.searchsorted(quotes, delims) % 2 == 0]
    fields = np.diff(np.searchsorted(delims, ends), prepend=0) + 1
    first = arr[np.minimum(starts, n - 1)]
    candidates = np.flatnonzero((lengths == 0) | _ASCII_SPACE[first] | (first == sep) | (first == 34) | (first >= 0x80))
    stripped = data.isascii()
    if stripped:
        # a carriage return ends a line (lone ones were refused above): no cell's text; any other white space
        # beside a field's edge is
        present = [b for b in (9, 11, 12, 28, 29, 30, 31, 32) if bytes([b]) in data]
        if present:
            space = np.concatenate([np.flatnonzero(arr == b) for b in present])
            edge = np.zeros(256, dtype=bool)
            edge[[10, 13, 34, sep]] = True
            prev = np.where(space > 0, arr[np.maximum(space - 1, 0)], 10)
            nxt = np.where(space < n - 1, arr[np.minimum(space + 1, n - 1)], 10)
            stripped = not bool((edge[prev] | edge[nxt]).any())
    return _Layout(ends, lines, fields, candidates, quoted, multiline, stripped)


def _blank_rows(frame: pd.DataFrame) -> np.ndarray:
    """Rows of a text frame whose cells are all empty or white space."""
    blank = np.ones(len(frame), dtype=bool)
    for column in frame.columns:
        blank &= frame[column].str.strip().to_numpy() == ""
    return blank


def _pandas_chunks(text: str, delimiter: str, n_fields: int, quoted: bool):
    """The records of ``text`` as text frames of ``n_fields`` columns, ``FAST_CHUNK_ROWS`` at a time."""
    return pd.read_csv(
        io.StringIO(text),
        sep=delimiter,
        header=None,
        names=list(range(n_fields)),
        index_col=False,
        dtype=object,
        na_filter=False,
        skip_blank_lines=False,
        quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE,
        quotechar='"',
        doublequote=True,
        engine="c",
        chunksize=FAST_CHUNK_ROWS,
    )


#: Which fast CSV reader to use: "auto" (pyarrow when it can be imported, else pandas' C parser), "pyarrow",
#: "pandas", or "exact" (always csv.reader row by row). Tests switch it to compare the paths.
FAST_CSV_ENGINE = "auto"
#: Numbers of at most this many characters (digits, one point, a sign) are read the same by pyarrow and by
#: ``pandas.to_numeric`` (both round correctly up to 15 significant digits); longer ones go through pandas.
_ARROW_NUMBER_CHARS = 15
_ARROW_NUMBER = r"^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)$"


def _pyarrow():
    """pyarrow's ``(pyarrow, csv, compute)`` modules, or None when it is not installed (nor in the plugin's folder
    for optional packages, ``core.dask_scale.DEPS_FOLDERS``)."""
    for attempt in range(2):
        try:
            import pyarrow
            import pyarrow.compute
            import pyarrow.csv
        except ImportError:
            if attempt:
                return None
            from ..dask_scale import add_deps_path

            add_deps_path()
            continue
        return pyarrow, pyarrow.csv, pyarrow.compute
    return None


#: Bytes of plain decimals: digits, the point and signs.
_NUMBER_BYTES = np.zeros(256, dtype=bool)
_NUMBER_BYTES[[ord(c) for c in "0123456789.+-"]] = True


def _plain_number_bytes(column, pa) -> bool:
    """Whether every text of a pyarrow string column is at most ``_ARROW_NUMBER_CHARS`` bytes of digits, points
    and signs (its data buffers read as bytes: much faster than a regular expression per text)."""
    if column.null_count:
        return False
    for chunk in column.chunks:
        if not len(chunk):
            continue
        _, offsets, data = chunk.buffers()
        kind = np.int64 if chunk.type == pa.large_string() else np.int32
        offsets = np.frombuffer(offsets, dtype=kind)[chunk.offset : chunk.offset + len(chunk) + 1]
        lengths = np.diff(offsets)
        if lengths.min() == 0 or lengths.max() > _ARROW_NUMBER_CHARS:
            return False
        if data is None or not _NUMBER_BYTES[np.frombuffer(data, dtype=np.uint8)[offsets[0] : offsets[-1]]].all():
            return False
    return True


def _object_text(column) -> np.ndarray:
    """A pyarrow string column as a numpy object array of str."""
    out = column.to_numpy(zero_copy_only=False)
    return out if out.dtype == object else out.astype(object)


class _ArrowText:
    """The text table of the fast CSV path as pyarrow string columns, turned into pandas only as each column is
    used (:func:`_column`, :func:`_column_numbers`); :meth:`to_pandas` gives :func:`read_csv_table`'s table."""

    def __init__(self, table, names: List[str], stripped: bool):
        self.table = table
        self.names = names
        self.stripped = stripped
        self.columns = pd.Index(names, dtype=object)
        self.index = pd.RangeIndex(table.num_rows)

    def __len__(self) -> int:
        return self.table.num_rows

    def head(self, n: int) -> pd.DataFrame:
        return self.to_pandas(self.table.slice(0, n))

    def to_pandas(self, table=None) -> pd.DataFrame:
        table = self.table if table is None else table
        frame = pd.DataFrame(
            {i: _object_text(table.column(i)) for i in range(table.num_columns)},
            index=pd.RangeIndex(table.num_rows),
        )
        frame.columns = self.names
        return frame

    def text(self, name: str, few: bool = False) -> pd.Series:
        """A column's text (stripped, as :func:`_column` gives it); ``few``: it holds few distinct values (ids),
        so each distinct text becomes one Python string."""
        column = self.table.column(self.names.index(name))
        if few:
            codes = column.dictionary_encode().combine_chunks()
            texts = pd.Series(codes.dictionary.to_pylist(), dtype=object)
            if not self.stripped:
                texts = texts.str.strip()
            indices = codes.indices.to_numpy(zero_copy_only=False)
            return pd.Series(texts.to_numpy()[indices], index=self.index)
        series = pd.Series(_object_text(column), index=self.index)
        return series if self.stripped else series.str.strip()

    def numbers(self, name: str) -> pd.Series:
        """:func:`_numbers` of a column's text: plain decimals of up to ``_ARROW_NUMBER_CHARS`` characters are
        cast by pyarrow (the same doubles ``pandas.to_numeric`` gives them), the rest read as before."""
        pa, _, pc = _pyarrow()
        column = self.table.column(self.names.index(name))
        if _plain_number_bytes(column, pa):
            try:  # digits, points and signs only, none longer than _ARROW_NUMBER_CHARS: plain decimals if they cast
                return pd.Series(pc.cast(column, pa.float64()).to_numpy(), index=self.index)
            except pa.ArrowInvalid:
                pass  # e.g. "1.2.3" or a lone "-": row by row below
        plain = pc.and_(
            pc.match_substring_regex(column, _ARROW_NUMBER),
            pc.less_equal(pc.binary_length(column), _ARROW_NUMBER_CHARS),
        )
        plain = plain.to_numpy(zero_copy_only=False)
        if plain.all():
            return pd.Series(pc.cast(column, pa.float64()).to_numpy(), index=self.index)
        out = np.full(len(self), np.nan)
        keep = pa.array(plain)
        if plain.any():
            out[plain] = pc.cast(pc.filter(column, keep), pa.float64()).to_numpy()
        rest = pd.Series(_object_text(pc.filter(column, pc.invert(keep))))
        out[~plain] = _numbers(rest if self.stripped else rest.str.strip()).to_numpy()
        return pd.Series(out, index=self.index)


def _arrow_records(data: bytes, delimiter: str, width: int, layout: _Layout, progress: ProgressCallback):
    """Every record of ``data`` as a pyarrow table of ``width`` string columns, or None when pyarrow cannot
    read it as such (it needs every record to have ``width`` fields)."""
    modules = _pyarrow()
    if modules is None or (layout.fields != width).any():
        return None
    pa, pcsv, _ = modules
    names = [f"f{i}" for i in range(width)]
    try:
        reader = pcsv.open_csv(
            pa.BufferReader(data),
            read_options=pcsv.ReadOptions(column_names=names, block_size=1 << 24, use_threads=True),
            parse_options=pcsv.ParseOptions(
                delimiter=delimiter,
                quote_char='"' if layout.quoted else False,
                double_quote=True,
                newlines_in_values=layout.multiline,
                ignore_empty_lines=False,
            ),
            convert_options=pcsv.ConvertOptions(
                column_types={name: pa.string() for name in names},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
        batches = []
        read = 0
        for batch in reader:
            batches.append(batch)
            read += batch.num_rows
            report(progress, LAYOUT_SHARE + 0.8 * min(read / max(layout.ends.size, 1), 1.0))
    except pa.ArrowInvalid:
        return None
    return pa.Table.from_batches(batches, schema=reader.schema)


def _read_csv_fast(
    path: Path, data: bytes, text: str, delimiter: str, progress: ProgressCallback, utf8: bool = True
) -> Optional[Tuple[Union[pd.DataFrame, _ArrowText], np.ndarray, bool]]:
    """:func:`read_csv_table`'s table and lines, read at C speed, and whether its cells are known stripped;
    None when the file is irregular (:func:`_csv_layout`, or rows whose field count differs from the header's):
    the exact reader then gives the same table or the message naming the line.

    With pyarrow (UTF-8 files whose records all have one field count) the table is an :class:`_ArrowText`;
    otherwise pandas' C parser reads it into a text frame.
    """
    layout = _csv_layout(data, delimiter)
    if layout is None:
        return None
    report(progress, LAYOUT_SHARE)  # the first chance to stop: the layout of 10,000,000 rows takes seconds
    n_records = layout.ends.size
    width = int(layout.fields.max())
    records = None
    if FAST_CSV_ENGINE in ("auto", "pyarrow") and utf8:
        records = _arrow_records(data, delimiter, width, layout, progress)
    if records is not None:
        if records.num_rows != n_records:
            return None
        candidates = ArrowRows(records)
    else:
        frames = []
        read = 0
        for chunk in _pandas_chunks(text, delimiter, width, layout.quoted):
            frames.append(chunk)
            read += len(chunk)
            report(progress, LAYOUT_SHARE + 0.8 * min(read / max(n_records, 1), 1.0))
        frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        if len(frame) != n_records:
            return None
        candidates = FrameRows(frame)
    blank = np.zeros(n_records, dtype=bool)
    if layout.candidates.size:
        blank[layout.candidates] = _blank_rows(candidates.rows(layout.candidates))
    kept = np.flatnonzero(~blank)
    if not kept.size:
        return None  # no header: the exact reader says so
    header_row = int(kept[0])
    header_cells = candidates.rows(np.array([header_row])).iloc[0, : int(layout.fields[header_row])]
    header = [str(cell).strip() for cell in header_cells]
    rows = kept[1:]
    width_rows = layout.fields[rows]
    if (width_rows < len(header)).any():
        return None
    longer = rows[width_rows > len(header)]
    if longer.size and not _blank_rows(candidates.rows(longer).iloc[:, len(header) :]).all():
        return None
    lines = layout.lines[rows].astype(int)
    if not rows.size:
        report(progress, 1.0)
        return pd.DataFrame(columns=header, dtype=object), lines, layout.stripped
    if records is not None and len(set(header)) == len(header):
        if rows.size == n_records - 1 - header_row:
            table = records.slice(header_row + 1)
        else:
            table = records.take(rows)
        table = table.select(list(range(len(header))))
        report(progress, 1.0)
        return _ArrowText(table, header, layout.stripped), lines, layout.stripped
    if records is not None:
        frame = _ArrowText(records, [str(i) for i in range(width)], True).to_pandas()
    else:
        frame = candidates.frame
    table = frame.iloc[rows, : len(header)].reset_index(drop=True)
    table.columns = header
    report(progress, 1.0)
    return table, lines, layout.stripped


class FrameRows:
    """Rows of the pandas-read records by position."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame

    def rows(self, positions: np.ndarray) -> pd.DataFrame:
        return self.frame.iloc[positions]


class ArrowRows:
    """Rows of the pyarrow-read records by position, as a text frame."""

    def __init__(self, table):
        self.table = table

    def rows(self, positions: np.ndarray) -> pd.DataFrame:
        taken = self.table.take(positions)
        return pd.DataFrame({i: _object_text(taken.column(i)) for i in range(taken.num_columns)}, dtype=object)


def read_csv_fixes(
    path: PathLike, mapping: Optional[Dict[str, Optional[str]]] = None, progress: ProgressCallback = None
) -> RawFixes:
    """An app GPS or radio location CSV (any of , ; tab | as delimiter)."""
    path = Path(path)
    table, lines, stripped = _read_csv(path, progress=scaled(progress, 0.0, 0.6))
    return _table_to_raw(table, lines, path, "csv", mapping, progress=scaled(progress, 0.6, 1.0), stripped=stripped)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def read_gpx_fixes(path: PathLike, progress: ProgressCallback = None) -> RawFixes:
    """Track points (route points if there are none) of a GPX 1.0 or 1.1 file.

    Speed (m/s) and course come from GPX 1.0 elements or any extension element named speed,
    course, heading or bearing; accuracy from an extension named accuracy/hacc (metres) or
    ``<hdop>`` (× ``HDOP_TO_METRES``). The officer id is the file name (one device per file).
    """
    path = Path(path)
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    offset = len(data) - len(data.lstrip())
    skipped_lines = data[:offset].count(b"\n")
    try:
        root = ElementTree.fromstring(data[offset:])
    except ElementTree.ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise HotspotInputError(
            f"{path.name}, line {line + skipped_lines}, column {column}: not valid GPX/XML "
            f"({str(error).split(':')[0]}). Is the file complete?"
        ) from None
    if _local(root.tag) != "gpx":
        raise HotspotInputError(f"{path.name} is XML but not GPX (its root element is <{_local(root.tag)}>).")
    points = [e for e in root.iter() if _local(e.tag) == "trkpt"]
    if not points:
        points = [e for e in root.iter() if _local(e.tag) == "rtept"]
    records = []
    for number, point in enumerate(points):
        if number % PROGRESS_EVERY == 0:
            report(progress, number / len(points))
        values = {"time": "", "speed": np.nan, "heading": np.nan, "accuracy": np.nan, "hdop": np.nan}
        for child in point.iter():
            name = _local(child.tag)
            text = (child.text or "").strip()
            if child is point or not text:
                continue
            if name == "time":
                values["time"] = text
            elif name in ("speed", "course", "heading", "bearing", "accuracy", "hacc", "horizontal_accuracy", "hdop"):
                try:
                    number = float(text)
                except ValueError:
                    continue
                key = {
                    "course": "heading",
                    "bearing": "heading",
                    "hacc": "accuracy",
                    "horizontal_accuracy": "accuracy",
                }.get(name, name)
                values[key] = number
        try:
            lat, lon = float(point.get("lat", "nan")), float(point.get("lon", "nan"))
        except ValueError:
            lat = lon = np.nan
        accuracy = values["accuracy"] if values["accuracy"] == values["accuracy"] else values["hdop"] * HDOP_TO_METRES
        records.append(
            (path.stem, values["time"], lon, lat, values["speed"] * MS_TO_KMH, values["heading"], accuracy, 0)
        )
    frame = pd.DataFrame(records, columns=["officer", "time", "x", "y", "speed_kmh", "heading", "accuracy_m", "line"])
    if len(frame) and not (frame["time"] != "").any():
        raise HotspotInputError(
            f"{path.name}: GPX without times cannot give dwell — none of its {len(frame):,} track points has a "
            "<time>. Export the track again with timestamps (a saved 'route' or simplified track has none)."
        )
    if not len(frame):
        raise HotspotInputError(f"{path.name} has no track points (<trkpt>): nothing to import.")
    return RawFixes(
        frame=frame, format="gpx", notes=[f"{path.name}: GPX, one device per file; the file name is the officer id."]
    )


def _geojson_table(
    path: Path, progress: ProgressCallback = None
) -> Tuple[pd.DataFrame, List[Optional[float]], List[Optional[float]]]:
    """Properties of each point of a GeoJSON file as text, and the point coordinates."""
    text = _read_text(path)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise HotspotInputError(
            f"{path.name}, line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})."
        ) from None
    features = document.get("features") if isinstance(document, dict) else None
    if features is None and isinstance(document, dict) and document.get("type") == "Feature":
        features = [document]
    if not isinstance(features, list):
        raise HotspotInputError(f"{path.name} is JSON but not a GeoJSON FeatureCollection.")
    rows, xs, ys = [], [], []
    for number, feature in enumerate(features):
        if number % PROGRESS_EVERY == 0:
            report(progress, number / len(features))
        geometry = (feature or {}).get("geometry") or {}
        kind, coords = geometry.get("type"), geometry.get("coordinates")
        points = [coords] if kind == "Point" else (coords if kind == "MultiPoint" else [])
        properties = {k: "" if v is None else str(v) for k, v in ((feature or {}).get("properties") or {}).items()}
        for point in points or [[None, None]]:
            rows.append(properties)
            valid = isinstance(point, (list, tuple)) and len(point) >= 2
            xs.append(point[0] if valid else None)
            ys.append(point[1] if valid else None)
    table = pd.DataFrame(rows, dtype=object).fillna("")
    if table.empty and rows:
        table = pd.DataFrame(index=range(len(rows)))
    return table, xs, ys


def read_geojson_fixes(
    path: PathLike, mapping: Optional[Dict[str, Optional[str]]] = None, progress: ProgressCallback = None
) -> RawFixes:
    """Point features of a GeoJSON file; properties are mapped like CSV columns (x, y from the geometry)."""
    path = Path(path)
    table, xs, ys = _geojson_table(path, scaled(progress, 0.0, 0.6))
    mapping = {k: v for k, v in (mapping or {}).items() if k not in ("x", "y")}
    lines = np.zeros(len(table), dtype=int)
    raw = _table_to_raw(
        table, lines, path, "geojson", mapping, xy_from_table=False, progress=scaled(progress, 0.6, 1.0)
    )
    raw.frame["x"] = pd.to_numeric(pd.Series(xs, dtype=object), errors="coerce").astype(float).to_numpy()
    raw.frame["y"] = pd.to_numeric(pd.Series(ys, dtype=object), errors="coerce").astype(float).to_numpy()
    return raw


def _nmea_degrees(value: str, hemisphere: str) -> float:
    if not value:
        return np.nan
    try:
        number = float(value)
    except ValueError:
        return np.nan
    degrees = int(number // 100)
    result = degrees + (number - degrees * 100) / 60.0
    return -result if hemisphere.upper() in ("S", "W") else result


def read_nmea_fixes(path: PathLike, progress: ProgressCallback = None) -> RawFixes:
    """RMC and GGA sentences of an NMEA 0183 log (times UTC; RMC speed in knots → km/h).

    A GGA sentence takes its date from the nearest RMC; at the same epoch RMC gives position,
    speed and course and GGA the HDOP. Sentences with a bad checksum or unreadable fields are
    counted, not fatal. The officer id is the file name.
    """
    path = Path(path)
    text = _read_text(path)
    entries = []
    unreadable = 0
    first_bad = None
    all_lines = text.splitlines()
    for number, line in enumerate(all_lines, 1):
        if number % PROGRESS_EVERY == 0:
            report(progress, number / len(all_lines))
        start = line.find("$")
        if start < 0:
            continue
        sentence = line[start:].strip()
        body, _, checksum = sentence[1:].partition("*")
        kind = body[2:5] if len(body) >= 5 else ""
        if kind not in ("RMC", "GGA"):
            continue
        try:
            if checksum:
                computed = 0
                for char in body:
                    computed ^= ord(char)
                if int(checksum[:2], 16) != computed:
                    raise ValueError("checksum")
            f = body.split(",")
            if kind == "RMC":
                entries.append(
                    {
                        "line": number,
                        "kind": kind,
                        "time": f[1],
                        "date": f[9],
                        "valid": f[2].upper() == "A",
                        "y": _nmea_degrees(f[3], f[4]),
                        "x": _nmea_degrees(f[5], f[6]),
                        "speed": float(f[7]) * KNOTS_TO_KMH if f[7] else np.nan,
                        "heading": float(f[8]) if f[8] else np.nan,
                        "hdop": np.nan,
                    }
                )
            else:
                entries.append(
                    {
                        "line": number,
                        "kind": kind,
                        "time": f[1],
                        "date": "",
                        "valid": f[6] not in ("", "0"),
                        "y": _nmea_degrees(f[2], f[3]),
                        "x": _nmea_degrees(f[4], f[5]),
                        "speed": np.nan,
                        "heading": np.nan,
                        "hdop": float(f[8]) if f[8] else np.nan,
                    }
                )
        except (ValueError, IndexError):
            unreadable += 1
            first_bad = first_bad or number
    if not entries:
        raise HotspotInputError(
            f"{path.name} has no readable NMEA RMC or GGA sentences (lines like $GPRMC,… or $GNGGA,…): "
            "is it an NMEA log?"
        )
    frame = pd.DataFrame(entries)
    dates = frame["date"].where(frame["kind"] == "RMC").replace("", np.nan)
    frame["date"] = dates.ffill().bfill().fillna("")
    frame["key"] = frame["date"] + "|" + frame["time"]
    gga = frame[frame["kind"] == "GGA"].drop_duplicates("key").set_index("key")["hdop"]
    rmc = frame[frame["kind"] == "RMC"]
    gga_only = frame[(frame["kind"] == "GGA") & ~frame["key"].isin(rmc["key"])]
    merged = pd.concat([rmc, gga_only]).sort_values("line")
    merged["hdop"] = merged["key"].map(gga).astype(float)
    when = merged["time"].str.extract(r"^(\d{2})(\d{2})(\d{2}(?:\.\d+)?)$")
    day = merged["date"].str.extract(r"^(\d{2})(\d{2})(\d{2})$")
    iso = "20" + day[2] + "-" + day[1] + "-" + day[0] + "T" + when[0] + ":" + when[1] + ":" + when[2] + "Z"
    out = pd.DataFrame(
        {
            "officer": path.stem,
            "time": iso.fillna("").to_numpy(),
            "x": merged["x"].where(merged["valid"]).to_numpy(dtype=float),
            "y": merged["y"].where(merged["valid"]).to_numpy(dtype=float),
            "speed_kmh": merged["speed"].to_numpy(dtype=float),
            "heading": merged["heading"].to_numpy(dtype=float),
            "accuracy_m": (merged["hdop"] * HDOP_TO_METRES).to_numpy(dtype=float),
            "line": merged["line"].to_numpy(dtype=int),
        }
    )
    notes = [f"{path.name}: NMEA, times UTC, speeds converted from knots; the file name is the officer id."]
    if unreadable:
        notes.append(f"{path.name}: {unreadable:,} unreadable RMC/GGA sentence(s), the first at line {first_bad}.")
    return RawFixes(frame=out, format="nmea", notes=notes, n_unreadable=unreadable)


@dataclass
class Preview:
    """The first rows of a file as text, for a mapping dialog."""

    format: str
    table: pd.DataFrame  #: text columns; GPX and NMEA give the fixed columns of a raw table
    columns: List[str]  #: columns the user may map (empty when the format fixes them)
    guessed: Dict[str, Optional[str]]  #: role → column shown for it


def preview_file(path: PathLike, fmt: str = "auto", max_rows: int = 20) -> Preview:
    """The first ``max_rows`` rows of an export with the columns guessed for each role."""
    path = Path(path)
    if not path.is_file():
        raise HotspotInputError(f"{path} does not exist or is not a file.")
    fmt = detect_format(path) if fmt == "auto" else fmt
    if fmt == "csv":
        table, _ = read_csv_table(path, max_rows=max_rows)
        return Preview(fmt, table, list(table.columns), guess_columns(list(table.columns)))
    if fmt == "geojson":
        table, xs, ys = _geojson_table(path)
        columns = list(table.columns)
        table = table.head(max_rows).copy()
        table["(point x)"] = [str(v) for v in xs[:max_rows]]
        table["(point y)"] = [str(v) for v in ys[:max_rows]]
        guessed = guess_columns(columns)
        guessed.update(x="(point x)", y="(point y)")
        return Preview(fmt, table, columns, guessed)
    raw = read_fixes(path, fmt)
    table = raw.frame.head(max_rows).drop(columns=["line"]).astype(str)
    guessed = {
        "officer": "officer",
        "time": "time",
        "x": "x",
        "y": "y",
        "speed": "speed_kmh",
        "heading": "heading",
        "accuracy": "accuracy_m",
    }
    return Preview(fmt, table, [], guessed)


def column_text(table: pd.DataFrame, name: Optional[str]) -> Optional[pd.Series]:
    """Text of a mapped column of ``table`` (``"A + B"`` joins two); ``None`` for no column."""
    return _column(table, name, Path("the file"))


def read_fixes(
    path: PathLike,
    fmt: str = "auto",
    mapping: Optional[Dict[str, Optional[str]]] = None,
    progress: ProgressCallback = None,
) -> RawFixes:
    """Read one export file of any supported format (``fmt`` one of ``FORMATS``).

    ``progress`` is told the share read and may stop the reading (:class:`Cancelled`).
    """
    path = Path(path)
    if not path.is_file():
        raise HotspotInputError(f"{path} does not exist or is not a file.")
    if fmt not in FORMATS:
        raise HotspotInputError(f"Unknown format '{fmt}': use one of {', '.join(FORMATS)}.")
    if fmt == "auto":
        fmt = detect_format(path)
    if fmt == "gpx":
        return read_gpx_fixes(path, progress)
    if fmt == "geojson":
        return read_geojson_fixes(path, mapping, progress)
    if fmt == "nmea":
        return read_nmea_fixes(path, progress)
    return read_csv_fixes(path, mapping, progress)


def load_id_lookup(path: PathLike) -> Dict[str, str]:
    """A CSV mapping radio ids (ISSI) or device ids to collar numbers.

    Columns are found by name (issi/radio/device… → collar/officer/callsign…); with other names the
    first column is the radio id and the second the collar number.
    """
    path = Path(path)
    if not path.is_file():
        raise HotspotInputError(f"ID lookup {path} does not exist. Choose a CSV of radio id → collar number.")
    table, lines = read_csv_table(path)
    if len(table.columns) < 2:
        raise HotspotInputError(f"ID lookup {path.name} needs two columns: radio id and collar number.")
    names = {c: _normalise_name(c) for c in table.columns}
    source = next((c for c, n in names.items() if re.search(r"issi|radio|device|tei|terminal", n)), None)
    target = next(
        (c for c, n in names.items() if c != source and re.search(r"collar|officer|callsign|staff|badge", n)), None
    )
    if source is None or target is None:
        source, target = table.columns[0], table.columns[1]
    lookup: Dict[str, str] = {}
    for key, value, line in zip(table[source], table[target], lines):
        key, value = id_text(key), str(value).strip()
        if not key or not value:
            continue
        if key in lookup and lookup[key] != value:
            raise HotspotInputError(
                f"ID lookup {path.name}, line {line}: a radio id is mapped to two different collar numbers. "
                "Keep one row per radio id."
            )
        lookup[key] = value
    return lookup
