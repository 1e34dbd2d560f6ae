"""Date-time text → UTC instants, vectorised: ISO 8601, slashed dates in either order, Unix epochs.

The rules (DOMAIN.md §4; the plugin's adapters write them into the log):

* a time with an offset (``Z``, ``+01:00``) or a Unix epoch is absolute;
* a time without one is local wall-clock time in ``tz`` (default Europe/London);
* a local time in the spring-forward gap (e.g. 01:30 on 29 March 2026, which no UK clock shows)
  is read with the offset in force before the change (GMT), i.e. 01:30 UTC;
* a local time in the repeated autumn hour (01:00–01:59 on 25 October 2026) is the first
  occurrence (BST) unless the device's own sequence, in file order, steps back within that hour:
  from that fix on, the device's times in the repeated hour are the second occurrence (GMT).
  Files listed newest first are read in reverse for this rule; without devices the whole column
  is one sequence.
* slashed dates (``07/04/2026``, also with ``-`` or ``.``) follow ``date_order`` (``DATE_ORDERS``).
  ``auto`` reads them day first as UK systems write them (``14/07/2026 09:00:00``) unless some
  only make sense month first (``04/13/2026``) and none only day first: then month first. A file
  with both kinds is refused naming one of each. Dates that read either way (both numbers 12 or
  less and different) are counted and the log gives the count and the order used
  (:func:`date_order_note`). With ``day first`` or ``month first`` chosen, dates valid only in
  the other order are unreadable (NaT) and counted.

The commonest layouts are read at C speed (``pandas.to_datetime`` with a format); only the rest go
through regular expressions, so a million fixes parse in about a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timezone
from typing import Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..progress import ProgressCallback, report
from .zones import DEFAULT_TIMEZONE, check_timezone, zone

_TIME_PART = r"(?:[T ,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?\s*(?P<ampm>[AaPp][Mm])?)?"
_ZONE_PART = r"\s*(?P<tz>[Zz]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$"
_ISO_RE = r"^\s*(?P<Y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})" + _TIME_PART + _ZONE_PART
_DMY_RE = r"^\s*(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<Y>\d{4}|\d{2})" + _TIME_PART + _ZONE_PART
_EPOCH_RE = r"^\s*(?P<epoch>\d{9,13}(?:\.\d+)?)\s*$"
_FAST_FORMATS = [
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
]
#: Slashed layouts read at C speed (day first); other slashed, dashed or dotted dates go through ``_DMY_RE``.
_FAST_SLASHED_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M"]
#: How to read slashed dates such as 07/04/2026 (see the module docstring).
DATE_ORDERS = ["auto", "day first", "month first"]


@dataclass
class DateOrder:
    """How the slashed dates of one time column were read (:func:`parse_times`)."""

    order: str  #: "day first" or "month first": the order used
    chosen: str = "auto"  #: the ``DATE_ORDERS`` value asked for
    n_dates: int = 0  #: slashed dates valid in at least one order
    n_ambiguous: int = 0  #: valid both ways with different readings (07/04/2026)
    n_only_day_first: int = 0  #: valid only day first (13/04/2026)
    n_only_month_first: int = 0  #: valid only month first (04/13/2026)
    n_wrong_order: int = 0  #: valid only in the order not used: unreadable (NaT)
    examples: Dict[str, str] = field(default_factory=dict)  #: "ambiguous" / "day first" / "month first" → text


@dataclass
class TimeParse:
    """UTC times from :func:`parse_times` and what was notable on the way."""

    t_utc: pd.Series  #: datetime64[ns, UTC]; NaT where no time could be read
    n_ambiguous: int = 0  #: local times in the repeated autumn hour
    n_second_occurrence: int = 0  #: of those, read as the second occurrence (GMT)
    n_nonexistent: int = 0  #: local times in the spring-forward gap
    month_first: bool = False  #: slashed dates were read month first
    dates: Optional[DateOrder] = None  #: how slashed dates were read; None when there were none


def _components_to_naive(parts: pd.DataFrame) -> pd.Series:
    """Naive datetimes from extracted Y, m, d, H, M, S, f, ampm text columns; NaT if invalid."""
    year = pd.to_numeric(parts["Y"], errors="coerce")
    year = year.where(year >= 100, year + 2000)
    hour = pd.to_numeric(parts["H"], errors="coerce").fillna(0)
    ampm = parts["ampm"].fillna("").str.lower()
    hour = hour.where(~((ampm == "pm") & (hour < 12)), hour + 12)
    hour = hour.where(~((ampm == "am") & (hour == 12)), 0)
    frame = pd.DataFrame(
        {
            "year": year,
            "month": pd.to_numeric(parts["m"], errors="coerce"),
            "day": pd.to_numeric(parts["d"], errors="coerce"),
            "hour": hour,
            "minute": pd.to_numeric(parts["M"], errors="coerce").fillna(0),
            "second": pd.to_numeric(parts["S"], errors="coerce").fillna(0),
        }
    )
    bad = frame.isna().any(axis=1) | (frame["hour"] > 23) | (frame["minute"] > 59) | (frame["second"] > 60)
    frame.loc[bad, :] = [2000, 1, 1, 0, 0, 0]
    naive = pd.to_datetime(frame.astype("int64"), errors="coerce")
    fraction = pd.to_numeric("0." + parts["f"].fillna("0"), errors="coerce").fillna(0.0)
    naive = naive + pd.to_timedelta(fraction, unit="s")
    return naive.where(~bad)


def _offset_minutes(suffix: pd.Series) -> pd.Series:
    """Minutes east of UTC from a zone suffix; NaN where there is none."""
    text = suffix.fillna("")
    out = pd.Series(np.nan, index=suffix.index)
    utc = text.str.upper().isin(["Z", "UTC", "GMT"])
    out[utc] = 0.0
    numeric = text.str.match(r"^[+-]\d")
    if numeric.any():
        digits = text[numeric].str.replace(":", "", regex=False)
        sign = np.where(digits.str[0] == "-", -1.0, 1.0)
        hours = pd.to_numeric(digits.str[1:3]).to_numpy(dtype=float)
        minutes = pd.to_numeric(digits.str[3:5].replace("", "0")).to_numpy(dtype=float)
        out[numeric] = sign * (hours * 60 + minutes)
    return out


def _localise(naive: pd.Series, tz: str, devices: Optional[pd.Series], result: TimeParse) -> pd.Series:
    """Local wall-clock times → UTC, resolving the repeated autumn hour per device (module docstring).

    Without ``devices`` every time in the repeated hour is its first occurrence.
    """
    local = naive.dt.tz_localize(tz, ambiguous="NaT", nonexistent="NaT")
    utc = local.dt.tz_convert("UTC")
    problem = naive.notna() & local.isna()
    if not problem.any():
        return utc
    place = zone(tz)
    ambiguous_rows: List[int] = []
    values = {}
    for position in np.flatnonzero(problem.to_numpy()):
        wall = naive.iloc[position].to_pydatetime()
        first = wall.replace(tzinfo=place, fold=0)
        second = wall.replace(tzinfo=place, fold=1)
        if first.utcoffset() == second.utcoffset():
            values[position] = first.astimezone(timezone.utc)
            continue
        roundtrip = first.astimezone(timezone.utc).astimezone(place).replace(tzinfo=None)
        if roundtrip != wall:  # the spring-forward gap: read with the offset before the change
            result.n_nonexistent += 1
            values[position] = first.astimezone(timezone.utc)
        else:
            ambiguous_rows.append(position)
    result.n_ambiguous += len(ambiguous_rows)
    if ambiguous_rows and devices is None:
        for position in ambiguous_rows:
            wall = naive.iloc[position].to_pydatetime()
            values[position] = wall.replace(tzinfo=place, fold=0).astimezone(timezone.utc)
    elif ambiguous_rows:
        naive_values = naive.to_numpy()
        ambiguous = np.zeros(len(naive), dtype=bool)
        ambiguous[ambiguous_rows] = True
        groups = pd.Series(devices.to_numpy()).groupby(devices.to_numpy(), sort=False).indices
        for device in pd.unique(devices.to_numpy()[ambiguous_rows]):
            rows = groups[device]
            stamps = naive_values[rows]
            steps = np.diff(stamps[~pd.isna(stamps)].astype("int64"))
            if (steps < 0).sum() > (steps > 0).sum():  # listed newest first
                rows = rows[::-1]
            last_by_day: Dict[object, Tuple[object, int]] = {}
            for position in rows[ambiguous[rows]]:
                wall = naive.iloc[position].to_pydatetime()
                day = wall.date()
                previous, fold = last_by_day.get(day, (None, 0))
                if previous is not None and wall < previous:
                    fold = 1
                last_by_day[day] = (wall, fold)
                result.n_second_occurrence += fold
                values[position] = wall.replace(tzinfo=place, fold=fold).astimezone(timezone.utc)
    positions = np.array(sorted(values), dtype=int)
    fixed = pd.Series(pd.to_datetime([values[p] for p in positions], utc=True), index=utc.index[positions])
    utc = utc.copy()
    utc.loc[fixed.index] = fixed
    return utc


def _row_example(texts: pd.Series, mask: np.ndarray, lines: Optional[pd.Series]) -> str:
    """The first text where ``mask`` holds, quoted, with its file line when known."""
    position = texts.index[np.asarray(mask)][0]
    text = f"'{texts[position]}'"
    if lines is not None and position in lines.index and lines[position] > 0:
        text += f" (line {int(lines[position])})"
    return text


def _swap_day_month(parts: pd.DataFrame) -> pd.DataFrame:
    """Date components with day and month exchanged (a month-first reading)."""
    return parts.assign(d=parts["m"], m=parts["d"])


def _fast_slashed(texts: pd.Series, sample: bool = True) -> List[Tuple[str, pd.Series]]:
    """Slashed dates in the commonest layouts read day first at C speed: ``(format, parsed)`` pairs.

    ``sample``: a layout none of the first 50 texts is in is not tried (the rest then go through the regular
    expressions); without it every layout is tried on every text (for the few texts the byte path left).
    """
    fast: List[Tuple[str, pd.Series]] = []
    left = pd.Series(True, index=texts.index)
    for fmt in _FAST_SLASHED_FORMATS:
        sub = texts[left]
        if sub.empty or (sample and pd.to_datetime(sub.iloc[:50], format=fmt, errors="coerce").isna().all()):
            continue
        parsed = pd.to_datetime(sub, format=fmt, errors="coerce").dropna()
        left[parsed.index] = False
        fast.append((fmt, parsed))
    return fast


def _slashed_dates(
    texts: pd.Series,
    fast: List[Tuple[str, pd.Series]],
    rest: pd.Index,
    date_order: str,
    lines: Optional[pd.Series],
    source: str,
) -> Tuple[pd.Series, pd.Series, DateOrder]:
    """Naive datetimes and offset minutes of slashed dates (``07/04/2026 09:00``), in the order the rules give.

    ``texts`` has a 0..n-1 index; ``fast``: rows :func:`_fast_slashed` read day first; ``rest``: rows
    read by nothing else, tried with ``_DMY_RE``. Returns ``(naive, offset, order)`` indexed like
    ``texts``: NaT where a text is not such a date or is invalid in the order used; ``order`` says
    which order was used and counts the rows that decide it. Raises :class:`HotspotInputError` for a
    file whose dates mix both orders when ``date_order`` is ``auto``.
    """
    n = len(texts)
    first = np.full(n, np.nan)  # the number before the first separator
    second = np.full(n, np.nan)
    day_first = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    month_first = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    month_first_ok = np.zeros(n, dtype=bool)
    offset = np.full(n, np.nan)
    for _, parsed in fast:
        rows = parsed.index.to_numpy()
        day = parsed.dt.day.to_numpy()
        day_first[rows] = parsed.to_numpy()
        first[rows] = day
        second[rows] = parsed.dt.month.to_numpy()
        month_first_ok[rows] = day <= 12  # the month, 12 or less, is then a valid day
    parts = texts[rest].str.extract(_DMY_RE) if len(rest) else pd.DataFrame(columns=["Y"])
    parts = parts[parts["Y"].notna()]
    if len(parts):
        rows = parts.index.to_numpy()
        read = _components_to_naive(parts)
        day_first[rows] = read.to_numpy()
        first[rows] = pd.to_numeric(parts["d"]).to_numpy()
        second[rows] = pd.to_numeric(parts["m"]).to_numpy()
        # a valid day-first reading is also valid month first when its day is 12 or less; only the
        # others need reading month first to know
        ok = np.where(read.notna().to_numpy(), first[rows] <= 12, False)
        unread = read.isna().to_numpy()
        if unread.any():
            ok[unread] = _components_to_naive(_swap_day_month(parts[unread])).notna().to_numpy()
        month_first_ok[rows] = ok
        offset[rows] = _offset_minutes(parts["tz"]).to_numpy()
    day_first_ok = ~np.isnat(day_first)
    only_day = day_first_ok & ~month_first_ok
    only_month = month_first_ok & ~day_first_ok
    ambiguous = day_first_ok & month_first_ok & (first != second)
    if date_order == "auto":
        if only_day.any() and only_month.any():
            raise HotspotInputError(
                f"{source}the dates mix day-first and month-first order: {_row_example(texts, only_day, lines)} "
                f"only makes sense day first and {_row_example(texts, only_month, lines)} only month first "
                f"({int(only_day.sum()):,} row(s) only day first, {int(only_month.sum()):,} only month first). "
                "Correct those rows, or set the date order to the one the export uses (rows that do not fit it "
                "are then dropped and counted). ISO 8601 times (2026-04-13 09:00) avoid the question."
            )
        order = "month first" if only_month.any() else "day first"
    else:
        order = date_order
    result = DateOrder(
        order=order,
        chosen=date_order,
        n_dates=int((day_first_ok | month_first_ok).sum()),
        n_ambiguous=int(ambiguous.sum()),
        n_only_day_first=int(only_day.sum()),
        n_only_month_first=int(only_month.sum()),
        n_wrong_order=int((only_day if order == "month first" else only_month).sum()),
    )
    for kind, mask in (("ambiguous", ambiguous), ("day first", only_day), ("month first", only_month)):
        if mask.any():
            result.examples[kind] = _row_example(texts, mask, lines)
    if order == "month first":
        for fmt, parsed in fast:  # the fast path read these day first: read them again month first
            rows = parsed.index
            swapped = fmt.replace("%d", "\0").replace("%m", "%d").replace("\0", "%m")
            again = pd.to_datetime(texts[rows], format=swapped, errors="coerce")
            month_first[rows.to_numpy()] = again.to_numpy()
        if len(parts):
            month_first[parts.index.to_numpy()] = _components_to_naive(_swap_day_month(parts)).to_numpy()
    naive = day_first if order == "day first" else month_first
    return pd.Series(naive, index=texts.index), pd.Series(offset, index=texts.index), result


def date_order_note(dates: Optional[DateOrder], label: str) -> Optional[str]:
    """A log line saying in which order a file's slashed dates were read and why; None when nothing is notable."""
    if dates is None or not dates.n_dates:
        return None
    other = "month first" if dates.order == "day first" else "day first"
    if dates.chosen != "auto":
        text = f"{label}: dates read {dates.order}, as chosen"
        if dates.n_ambiguous:
            text += f"; {dates.n_ambiguous:,} of {dates.n_dates:,} could also be read {other}"
        text += "."
        if dates.n_wrong_order:
            text += (
                f" {dates.n_wrong_order:,} date(s) valid only {other} (e.g. {dates.examples[other]}) could not be "
                "read and were dropped."
            )
        return text
    deciding = dates.n_only_month_first or dates.n_only_day_first
    if deciding:
        if dates.order == "day first" and not dates.n_ambiguous:
            return None  # plain UK dates, nothing to say
        text = (
            f"{label}: dates read {dates.order}"
            + (" (US order)" if dates.order == "month first" else " (UK order)")
            + f": {deciding:,} only make sense that way (e.g. {dates.examples[dates.order]})"
        )
        if dates.n_ambiguous:
            text += f"; the {dates.n_ambiguous:,} that could be read either way were read {dates.order} too"
        return text + "."
    if not dates.n_ambiguous:
        return None
    return (
        f"{label}: {dates.n_ambiguous:,} of {dates.n_dates:,} dates could be read day first or month first "
        f"(e.g. {dates.examples['ambiguous']}) and no date in the file decides: read day first (UK order). "
        "If the export writes month first (US order), set the date order to month first."
    )


# --- the byte-level fast path ---------------------------------------------------------------------------------
#: Read the commonest layouts straight from the bytes (tests turn it off to compare with the paths below it).
BYTES_PATH = True
#: Field separator used to join texts into one buffer (a control character that no readable time holds).
_JOIN = "\x1f"
_ASCII_SPACE = np.zeros(256, dtype=bool)
_ASCII_SPACE[[9, 10, 11, 12, 13, 28, 29, 30, 31, 32]] = True


@dataclass
class _Bytes:
    """Texts joined into one ASCII buffer: each text is ``data[starts[i] : starts[i] + lengths[i]]``."""

    data: np.ndarray
    starts: np.ndarray
    lengths: np.ndarray


def _as_bytes(values: np.ndarray) -> Optional[_Bytes]:
    """The texts as one ASCII buffer, or None when some value is not text or not ASCII (or holds ``_JOIN``)."""
    try:
        joined = _JOIN.join(values.tolist())
    except TypeError:
        return None
    if not joined.isascii() or joined.count(_JOIN) != max(len(values) - 1, 0):
        return None
    data = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
    ends = np.append(np.flatnonzero(data == ord(_JOIN)), data.size)
    starts = np.concatenate(([0], ends[:-1] + 1))
    return _Bytes(data, starts, ends - starts)


def _clean_texts(texts) -> Tuple[pd.Series, Optional[_Bytes]]:
    """``texts`` as stripped text with a 0..n-1 index (missing values ""), and their bytes when all are ASCII.

    The same as ``fillna("").astype(str).str.strip()``; the strip is skipped when no text starts or ends
    with white space (seen in the bytes).
    """
    series = pd.Series(texts, dtype=object).reset_index(drop=True)
    raw = _as_bytes(series.to_numpy())
    if raw is None:
        series = series.fillna("").astype(str).str.strip()
        return series, _as_bytes(series.to_numpy())
    last = np.minimum(raw.starts + np.maximum(raw.lengths - 1, 0), max(raw.data.size - 1, 0))
    first = np.minimum(raw.starts, max(raw.data.size - 1, 0))
    edges = np.zeros(len(series), dtype=bool)
    if raw.data.size:
        edges = (raw.lengths > 0) & (_ASCII_SPACE[raw.data[first]] | _ASCII_SPACE[raw.data[last]])
    if edges.any():
        series = series.str.strip()
        raw = _as_bytes(series.to_numpy())
    return series, raw


def _digits(digits: np.ndarray, columns) -> Tuple[np.ndarray, np.ndarray]:
    """The number written by some columns of a block of digit values (bytes minus 48), and whether those columns
    are all digits."""
    part = digits[:, list(columns)]
    ok = ((part >= 0) & (part <= 9)).all(axis=1)
    powers = 10 ** np.arange(part.shape[1] - 1, -1, -1, dtype=np.int64)
    return part.astype(np.int64) @ powers, ok


def _days_from_civil(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of proleptic Gregorian dates (H. Hinnant's algorithm), vectorised."""
    year = year - (month <= 2)
    era = np.floor_divide(year, 400)
    yoe = year - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
_NS = {"day": 86_400 * 10**9, "hour": 3_600 * 10**9, "minute": 60 * 10**9, "second": 10**9}


def _valid_date(year, month, day) -> np.ndarray:
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    month_ok = (month >= 1) & (month <= 12)
    days = _MONTH_DAYS[np.where(month_ok, month, 0)] + ((month == 2) & leap)
    return month_ok & (day >= 1) & (day <= days) & (year >= 1900) & (year <= 2199)


def _read_layout(block: np.ndarray, day_first: bool, separator: int, clock: int, fraction: int, suffix: str):
    """Naive nanoseconds and offset minutes (NaN: none) of the rows of ``block`` written in one layout, and which
    rows are; the layout: ``YYYY?MM?DD`` (``day_first``: ``DD?MM?YYYY``) with ``separator`` for ``?``, a
    ``T`` or space, ``HH:MM`` (``clock`` 5) or ``HH:MM:SS`` (8), ``fraction`` digits after a point, then
    ``suffix``: "" none, "Z", "+HH:MM" or "+HHMM"."""
    digits = block.astype(np.int16) - 48
    if day_first:
        day, ok = _digits(digits, (0, 1))
        month, ok2 = _digits(digits, (3, 4))
        year, ok3 = _digits(digits, (6, 7, 8, 9))
    else:
        year, ok = _digits(digits, (0, 1, 2, 3))
        month, ok2 = _digits(digits, (5, 6))
        day, ok3 = _digits(digits, (8, 9))
    ok &= ok2 & ok3 & (block[:, 2 if day_first else 4] == separator) & (block[:, 5 if day_first else 7] == separator)
    t = block[:, 10]
    ok &= (t == ord(" ")) if day_first else ((t == ord("T")) | (t == ord(" ")))
    hour, ok2 = _digits(digits, (11, 12))
    minute, ok3 = _digits(digits, (14, 15))
    ok &= ok2 & ok3 & (block[:, 13] == ord(":")) & (hour <= 23) & (minute <= 59)
    second = np.zeros(block.shape[0], dtype=np.int64)
    at = 16
    if clock == 8:
        second, ok2 = _digits(digits, (17, 18))
        ok &= ok2 & (block[:, 16] == ord(":")) & (second <= 59)
        at = 19
    nanoseconds = np.zeros(block.shape[0], dtype=np.int64)
    if fraction:
        value, ok2 = _digits(digits, range(at + 1, at + 1 + fraction))
        ok &= ok2 & (block[:, at] == ord("."))
        nanoseconds = value * 10 ** (9 - fraction)
        at += 1 + fraction
    offset = np.full(block.shape[0], np.nan)
    if suffix == "Z":
        ok &= (block[:, at] == ord("Z")) | (block[:, at] == ord("z"))
        offset[:] = 0.0
    elif suffix:
        sign = block[:, at]
        hours, ok2 = _digits(digits, (at + 1, at + 2))
        minutes, ok3 = _digits(digits, (at + 4, at + 5) if suffix == "+HH:MM" else (at + 3, at + 4))
        ok &= ok2 & ok3 & ((sign == ord("+")) | (sign == ord("-"))) & (hours <= 14) & (minutes <= 59)
        if suffix == "+HH:MM":
            ok &= block[:, at + 3] == ord(":")
        offset = np.where(sign == ord("-"), -1.0, 1.0) * (hours * 60 + minutes)
    ok &= _valid_date(year, month, day)
    ns = (
        _days_from_civil(year, month, day) * _NS["day"]
        + hour * _NS["hour"]
        + minute * _NS["minute"]
        + second * _NS["second"]
        + nanoseconds
    )
    return ok, ns, offset


def _layouts():
    """Every layout the byte-level path reads: ``(length, day_first, separator, clock, fraction, zone)``."""
    out = []
    for clock in (8, 5):
        for fraction in range(0, 10) if clock == 8 else (0,):
            for suffix, width in (("", 0), ("Z", 1), ("+HH:MM", 6), ("+HHMM", 5)):
                length = 11 + clock + (1 + fraction if fraction else 0) + width
                for separator in (ord("-"), ord("/")):
                    out.append((length, False, separator, clock, fraction, suffix))
    for clock in (8, 5):
        for separator in (ord("/"), ord("."), ord("-")):
            out.append((11 + clock, True, separator, clock, 0, ""))
    return out


_LAYOUTS = _layouts()


def _fast_bytes(raw: _Bytes, candidates: np.ndarray):
    """Times in the commonest layouts (``_LAYOUTS``) read straight from the bytes.

    Returns ``(iso_rows, iso_ns, iso_offset, day_first)``: rows read year first with their naive nanoseconds
    and offset minutes (NaN: local time), and ``(format, parsed)`` pairs of rows read day first, as
    ``_fast_slashed`` gives them. ``candidates``: the rows to try.
    """
    iso_rows, iso_ns, iso_offset, day_first = [], [], [], []
    lengths = raw.lengths[candidates]
    for length, rows in ((n, candidates[lengths == n]) for n in np.unique(lengths)):
        for start in range(0, rows.size, _BLOCK_ROWS):
            _read_block(raw, rows[start : start + _BLOCK_ROWS], int(length), iso_rows, iso_ns, iso_offset, day_first)
    if iso_rows:
        return np.concatenate(iso_rows), np.concatenate(iso_ns), np.concatenate(iso_offset), day_first
    return np.zeros(0, dtype=int), np.zeros(0, dtype=np.int64), np.zeros(0), day_first


#: Rows turned into one byte block at a time (a block is rows × text length bytes, its index 8 times that).
_BLOCK_ROWS = 1 << 20


def _read_block(raw: _Bytes, rows: np.ndarray, length: int, iso_rows, iso_ns, iso_offset, day_first) -> None:
    """:func:`_fast_bytes` for ``rows``, all texts of ``length`` characters: appends what it reads."""
    block = raw.data[raw.starts[rows][:, None] + np.arange(length)]
    for _, first, separator, clock, fraction, suffix in (lay for lay in _LAYOUTS if lay[0] == length):
        if not rows.size:
            break
        ok, ns, offset = _read_layout(block, first, separator, clock, fraction, suffix)
        if not ok.any():
            continue
        if first:
            sep = chr(separator)
            fmt = f"%d{sep}%m{sep}%Y %H:%M" + (":%S" if clock == 8 else "")
            day_first.append((fmt, pd.Series(ns[ok].astype("datetime64[ns]"), index=rows[ok])))
        else:
            iso_rows.append(rows[ok])
            iso_ns.append(ns[ok])
            iso_offset.append(offset[ok])
        rows, block = rows[~ok], block[~ok]


def parse_times(
    texts: Union[pd.Series, Sequence[str]],
    tz: str = DEFAULT_TIMEZONE,
    devices: Optional[Union[pd.Series, Sequence[str]]] = None,
    date_order: str = "auto",
    lines: Optional[Union[pd.Series, Sequence[int]]] = None,
    source: str = "",
    progress: ProgressCallback = None,
) -> TimeParse:
    """UTC times from text: ISO 8601 (with or without offset), slashed dates, Unix epochs.

    ``devices`` (same length, in file order) lets the repeated autumn hour be resolved per device
    (without them every time in it is the first occurrence);
    ``date_order`` (``DATE_ORDERS``) says how to read slashed dates; see the module docstring for
    the rules. ``lines`` (file line of each text) and ``source`` (file name) are for messages.
    Unreadable or empty texts give NaT. ``progress`` may stop the work (:class:`Cancelled`).
    """
    check_timezone(tz)
    if date_order not in DATE_ORDERS:
        raise HotspotInputError(f"Unknown date order '{date_order}': use one of {', '.join(DATE_ORDERS)}.")
    report(progress, 0.0)
    texts, raw = _clean_texts(texts)
    devices = (
        pd.Series(devices, dtype=object).reset_index(drop=True).fillna("").astype(str) if devices is not None else None
    )
    lines = pd.Series(lines).reset_index(drop=True) if lines is not None else None
    source = f"{source}: " if source else ""
    result = TimeParse(t_utc=pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns, UTC]"))
    if len(texts) == 0:
        return result
    report(progress, 0.05)
    n = len(texts)
    naive_ns = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    absolute_ns = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    offset = np.full(n, np.nan)
    matched = np.zeros(n, dtype=bool)
    nonempty = raw.lengths > 0 if raw is not None else (texts != "").to_numpy()
    day_first_fast: List[Tuple[str, pd.Series]] = []
    if raw is not None and BYTES_PATH:
        # The commonest layouts straight from the bytes (numpy); the same instants the paths below give them.
        rows, ns, minutes, day_first_fast = _fast_bytes(raw, np.flatnonzero(nonempty))
        zoned = ~np.isnan(minutes)
        absolute_ns[rows[zoned]] = (ns[zoned] - (minutes[zoned] * 60e9).astype(np.int64)).astype("datetime64[ns]")
        offset[rows[zoned]] = 0.0
        naive_ns[rows[~zoned]] = ns[~zoned].astype("datetime64[ns]")
        matched[rows] = True
        for _, parsed in day_first_fast:
            matched[parsed.index.to_numpy()] = True
    nonempty_s = pd.Series(nonempty, index=texts.index)
    naive = pd.Series(naive_ns, index=texts.index)
    offset = pd.Series(offset, index=texts.index)
    absolute = pd.Series(pd.DatetimeIndex(absolute_ns).tz_localize("UTC"), index=texts.index)

    # Fast paths for the commonest layouts (C speed); everything else goes through the regular expressions.
    has_zone = pd.Series(False, index=texts.index)
    left = ~matched & nonempty
    matched = pd.Series(matched, index=texts.index)
    if left.any():
        has_zone[left] = texts[left].str.contains(r"(?:[Zz]|[+-]\d{2}:?\d{2})$", regex=True)
    for number, fmt in enumerate(_FAST_FORMATS):
        report(progress, 0.1 + 0.15 * number / len(_FAST_FORMATS))
        zoned = fmt.endswith("%z")
        # pandas reads ISO-like formats leniently (with or without an offset), so offsets are split first
        rest = ~matched & nonempty_s & (has_zone if zoned else ~has_zone)
        if not rest.any():
            continue
        sub = texts[rest]
        if pd.to_datetime(sub.iloc[:50], format=fmt, errors="coerce", utc=zoned).isna().all():
            continue
        parsed = pd.to_datetime(sub, format=fmt, errors="coerce", utc=zoned).dropna()
        if not zoned and parsed.dtype != "datetime64[ns]":
            # pandas read an offset the suffix test did not see (e.g. "+01"): those rows are left to the
            # regular expressions, which read every zone suffix
            parsed = parsed[[getattr(value, "tzinfo", None) is None for value in parsed]]
            parsed = pd.Series(pd.to_datetime(list(parsed)), index=parsed.index, dtype="datetime64[ns]")
        if zoned:
            absolute.loc[parsed.index] = parsed
            offset.loc[parsed.index] = 0.0
        else:
            naive.loc[parsed.index] = parsed
        matched.loc[parsed.index] = True
    left = ~matched.to_numpy() & nonempty
    fast_slashed = day_first_fast + (_fast_slashed(texts[left], sample=not day_first_fast) if left.any() else [])
    for _, parsed in fast_slashed:
        matched.loc[parsed.index] = True
    report(progress, 0.3)

    rest = ~matched & nonempty_s
    iso = texts[rest].str.extract(_ISO_RE)
    ok = iso["Y"].notna()
    if ok.any():
        naive[iso.index[ok]] = _components_to_naive(iso[ok])
        offset[iso.index[ok]] = _offset_minutes(iso.loc[ok, "tz"])
        matched.loc[iso.index[ok]] = True
    report(progress, 0.45)
    rest = ~matched & nonempty_s
    if rest.any() or fast_slashed:
        slashed, slashed_offset, result.dates = _slashed_dates(
            texts, fast_slashed, texts.index[rest], date_order, lines, source
        )
        read = slashed.notna()
        naive[read] = slashed[read]
        offset[read] = slashed_offset[read]
        matched |= read
        result.month_first = result.dates.order == "month first" and result.dates.n_dates > 0
    report(progress, 0.7)
    rest = ~matched & nonempty_s
    if rest.any():
        epoch = texts[rest].str.extract(_EPOCH_RE)["epoch"].dropna()
        if len(epoch):
            seconds = pd.to_numeric(epoch)
            seconds = seconds.where(seconds < 1e11, seconds / 1000.0)  # 13 digits: milliseconds
            absolute[epoch.index] = pd.to_datetime(seconds, unit="s", utc=True)
    report(progress, 0.8)

    has_offset = naive.notna() & offset.notna()
    if has_offset.any():
        shifted = naive[has_offset] - pd.to_timedelta(offset[has_offset], unit="m")
        absolute.loc[shifted.index] = shifted.dt.tz_localize("UTC")
    local = naive.notna() & offset.isna()
    if local.any():
        localised = _localise(naive[local], tz, None if devices is None else devices[local], result)
        absolute.loc[localised.index] = localised
    result.t_utc = absolute
    report(progress, 1.0)
    return result
