"""Reading officer tracking exports into clean, sorted fixes in UTC (DOMAIN.md §4, §8).

Sources: app GPS CSVs, radio (Airwave/TETRA) location CSVs, GPX 1.0/1.1, GeoJSON points and NMEA
logs. Every reader yields the same raw table; :func:`import_tracks` then converts times to UTC,
maps radio ids to collar numbers, drops unusable fixes (counted by reason), sorts per device,
optionally pseudonymises ids and measures ping intervals.

Time rules (written into the log by the adapters):

* a time with an offset (``Z``, ``+01:00``) or a Unix epoch is absolute;
* a time without one is local wall-clock time in ``tz`` (default Europe/London);
* a local time in the spring-forward gap (e.g. 01:30 on 29 March 2026, which no UK clock shows)
  is read with the offset in force before the change (GMT), i.e. 01:30 UTC;
* a local time in the repeated autumn hour (01:00–01:59 on 25 October 2026) is the first
  occurrence (BST) unless the device's own sequence, in file order, steps back within that hour:
  from that fix on, the device's times in the repeated hour are the second occurrence (GMT).
  Files listed newest first are read in reverse for this rule.
* slashed dates (``07/04/2026``, also with ``-`` or ``.``) follow ``date_order`` (``DATE_ORDERS``).
  ``auto`` reads them day first as UK systems write them (``14/07/2026 09:00:00``) unless some
  only make sense month first (``04/13/2026``) and none only day first: then month first. A file
  with both kinds is refused naming one of each. Dates that read either way (both numbers 12 or
  less and different) are counted and the log gives the count and the order used
  (:func:`date_order_note`). With ``day first`` or ``month first`` chosen, dates valid only in
  the other order are unreadable (dropped as "no time") and counted.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
import secrets
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .errors import HotspotInputError
from .progress import ProgressCallback, report

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
#: Columns of :attr:`TrackImport.fixes`.
FIX_COLUMNS = ["officer_id", "t_utc", "x", "y", "speed_kmh", "heading", "accuracy_m", "source"]

#: Why fixes were dropped, in the order the checks run (each fix counts under its first reason).
DROP_REASONS = {
    "unreadable": "unreadable NMEA sentence (bad checksum or fields)",
    "no_officer": "no officer or radio id",
    "no_time": "no time, or a time that could not be read",
    "bad_time": "time before 2000 or more than a day in the future",
    "bad_coordinates": "bad coordinates (missing, 0,0 or out of range)",
    "outside_area": "stray fixes outside the area of use of the coordinates' CRS",
    "accuracy": "accuracy worse than the maximum",
    "duplicate": "duplicate (same device, same time)",
    "jump": "jump (reaching and leaving the fix needs more than the maximum speed)",
}

KNOTS_TO_KMH = 1.852
MPH_TO_KMH = 1.609344
MS_TO_KMH = 3.6
#: HDOP is unitless; times a typical 5 m user range error it approximates the horizontal error.
HDOP_TO_METRES = 5.0
EARTH_RADIUS_M = 6371008.8
DEFAULT_TIMEZONE = "Europe/London"
DEFAULT_MAX_SPEED_KMH = 200.0
DEFAULT_MAX_ACCURACY_M = 100.0
#: Track lines are split where consecutive fixes are further apart than this (seconds).
TRACK_SPLIT_GAP_S = 900.0
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


# ---------------------------------------------------------------------------------------------
# Timestamps
# ---------------------------------------------------------------------------------------------

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


def check_timezone(tz: str) -> str:
    """The IANA zone name, or a :class:`HotspotInputError` saying it is unknown."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise HotspotInputError(
            f"Unknown time zone '{tz}'. Use an IANA name such as Europe/London (install the tzdata "
            "package if the system has no zone database)."
        ) from None
    return tz


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


def _offset_minutes(zone: pd.Series) -> pd.Series:
    """Minutes east of UTC from a zone suffix; NaN where there is none."""
    text = zone.fillna("")
    out = pd.Series(np.nan, index=zone.index)
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


def _localise(naive: pd.Series, tz: str, devices: pd.Series, result: TimeParse) -> pd.Series:
    """Local wall-clock times → UTC, resolving the repeated autumn hour per device (module docstring)."""
    from zoneinfo import ZoneInfo

    local = naive.dt.tz_localize(tz, ambiguous="NaT", nonexistent="NaT")
    utc = local.dt.tz_convert("UTC")
    problem = naive.notna() & local.isna()
    if not problem.any():
        return utc
    zone = ZoneInfo(tz)
    ambiguous_rows: List[int] = []
    values = {}
    for position in np.flatnonzero(problem.to_numpy()):
        wall = naive.iloc[position].to_pydatetime()
        first = wall.replace(tzinfo=zone, fold=0)
        second = wall.replace(tzinfo=zone, fold=1)
        if first.utcoffset() == second.utcoffset():
            values[position] = first.astimezone(timezone.utc)
            continue
        roundtrip = first.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None)
        if roundtrip != wall:  # the spring-forward gap: read with the offset before the change
            result.n_nonexistent += 1
            values[position] = first.astimezone(timezone.utc)
        else:
            ambiguous_rows.append(position)
    result.n_ambiguous += len(ambiguous_rows)
    if ambiguous_rows:
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
                values[position] = wall.replace(tzinfo=zone, fold=fold).astimezone(timezone.utc)
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


def _fast_slashed(texts: pd.Series) -> List[Tuple[str, pd.Series]]:
    """Slashed dates in the commonest layouts read day first at C speed: ``(format, parsed)`` pairs."""
    fast: List[Tuple[str, pd.Series]] = []
    left = pd.Series(True, index=texts.index)
    for fmt in _FAST_SLASHED_FORMATS:
        sub = texts[left]
        if sub.empty or pd.to_datetime(sub.iloc[:50], format=fmt, errors="coerce").isna().all():
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
            again = pd.to_datetime(texts[rows], format=fmt.replace("%d/%m", "%m/%d"), errors="coerce")
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

    ``devices`` (same length, in file order) lets the repeated autumn hour be resolved per device;
    ``date_order`` (``DATE_ORDERS``) says how to read slashed dates; see the module docstring for
    the rules. ``lines`` (file line of each text) and ``source`` (file name) are for messages.
    Unreadable or empty texts give NaT. ``progress`` may stop the work (:class:`Cancelled`).
    """
    check_timezone(tz)
    if date_order not in DATE_ORDERS:
        raise HotspotInputError(f"Unknown date order '{date_order}': use one of {', '.join(DATE_ORDERS)}.")
    report(progress, 0.0)
    texts = pd.Series(texts, dtype=object).reset_index(drop=True).fillna("").astype(str).str.strip()
    devices = (
        pd.Series(devices, dtype=object).reset_index(drop=True).fillna("").astype(str)
        if devices is not None
        else pd.Series([""] * len(texts), dtype=object)
    )
    lines = pd.Series(lines).reset_index(drop=True) if lines is not None else None
    source = f"{source}: " if source else ""
    result = TimeParse(t_utc=pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns, UTC]"))
    if len(texts) == 0:
        return result
    report(progress, 0.05)
    naive = pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns]")
    offset = pd.Series(np.nan, index=texts.index)
    absolute = pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns, UTC]")

    # Fast paths for the commonest layouts (C speed); everything else goes through the regular expressions.
    matched = pd.Series(False, index=texts.index)
    has_zone = texts.str.contains(r"(?:[Zz]|[+-]\d{2}:?\d{2})$", regex=True)
    for number, fmt in enumerate(_FAST_FORMATS):
        report(progress, 0.1 + 0.15 * number / len(_FAST_FORMATS))
        zoned = fmt.endswith("%z")
        # pandas reads ISO-like formats leniently (with or without an offset), so offsets are split first
        rest = ~matched & (texts != "") & (has_zone if zoned else ~has_zone)
        if not rest.any():
            continue
        sub = texts[rest]
        if pd.to_datetime(sub.iloc[:50], format=fmt, errors="coerce", utc=zoned).isna().all():
            continue
        parsed = pd.to_datetime(sub, format=fmt, errors="coerce", utc=zoned).dropna()
        if zoned:
            absolute.loc[parsed.index] = parsed
            offset.loc[parsed.index] = 0.0
        else:
            naive.loc[parsed.index] = parsed
        matched.loc[parsed.index] = True
    fast_slashed = _fast_slashed(texts[~matched & (texts != "")])
    for _, parsed in fast_slashed:
        matched.loc[parsed.index] = True
    report(progress, 0.3)

    rest = ~matched & (texts != "")
    iso = texts[rest].str.extract(_ISO_RE)
    ok = iso["Y"].notna()
    if ok.any():
        naive[iso.index[ok]] = _components_to_naive(iso[ok])
        offset[iso.index[ok]] = _offset_minutes(iso.loc[ok, "tz"])
        matched.loc[iso.index[ok]] = True
    report(progress, 0.45)
    rest = ~matched & (texts != "")
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
    rest = ~matched & (texts != "")
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
        localised = _localise(naive[local], tz, devices[local], result)
        absolute.loc[localised.index] = localised
    result.t_utc = absolute
    report(progress, 1.0)
    return result


def epoch_seconds(t_utc: pd.Series) -> np.ndarray:
    """Seconds since 1970-01-01 UTC (float) of a Series of UTC datetimes; NaN for NaT."""
    times = pd.to_datetime(t_utc, utc=True).dt.tz_localize(None)
    values = times.to_numpy(dtype="datetime64[ns]").astype("int64").astype(float) / 1e9
    values[times.isna().to_numpy()] = np.nan
    return values


def policing_day(t_utc, day_start: str = "06:00", tz: str = DEFAULT_TIMEZONE):
    """The policing day (a ``datetime.date``) of UTC times, the day running from ``day_start`` local time.

    ``t_utc``: a pandas Series of UTC datetimes (naive values are taken as UTC) or one datetime.
    Works on the local wall clock, so 06:30 on a clock-change day belongs to that day.
    Returns a Series of dates (object dtype) aligned with the input, or one date.
    """
    check_timezone(tz)
    match = re.match(r"^\s*(\d{1,2}):(\d{2})\s*$", str(day_start))
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise HotspotInputError(f"Day start '{day_start}' is not a time of day: write it as HH:MM, e.g. 06:00.")
    shift = pd.Timedelta(hours=int(match.group(1)), minutes=int(match.group(2)))
    scalar = not isinstance(t_utc, (pd.Series, pd.Index, np.ndarray, list, tuple))
    series = pd.Series([t_utc] if scalar else t_utc)
    times = pd.to_datetime(series, utc=True)
    wall = times.dt.tz_convert(tz).dt.tz_localize(None)
    days = (wall - shift).dt.date
    if scalar:
        return days.iloc[0]
    if isinstance(t_utc, pd.Series):
        days.index = t_utc.index
    return days


# ---------------------------------------------------------------------------------------------
# Readers: each returns a raw table with officer, time, x, y, speed_kmh, heading, accuracy_m, line
# ---------------------------------------------------------------------------------------------


@dataclass
class RawFixes:
    """What a reader found in one file, before any cleaning."""

    frame: pd.DataFrame  #: officer, time (text), x, y, speed_kmh, heading, accuracy_m, line
    format: str
    mapping: Dict[str, Optional[str]] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)
    n_unreadable: int = 0


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise HotspotInputError(
            f"{path.name} is not a text file (it holds binary data). Export it as CSV, GPX, GeoJSON or NMEA text."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


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


def _column(frame: pd.DataFrame, name: Optional[str], path: Path) -> Optional[pd.Series]:
    """The text of a mapped column; ``"A + B"`` joins two columns with a space."""
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
    series = frame[resolved[0]].astype(str).str.strip()
    for column in resolved[1:]:
        series = series + " " + frame[column].astype(str).str.strip()
    return series


def _table_to_raw(
    table: pd.DataFrame,
    lines: np.ndarray,
    path: Path,
    fmt: str,
    mapping: Optional[Dict[str, Optional[str]]],
    xy_from_table: bool = True,
    progress: ProgressCallback = None,
) -> RawFixes:
    """Apply a column mapping (guessed, then overridden) to a text table; ``progress`` may stop it."""
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
    officer = _column(table, used["officer"], path)
    if officer is None:
        officer = pd.Series([path.stem] * len(table), index=table.index)
        notes.append(f"{path.name}: no officer or radio id column, so the file name is used as the id.")
    report(progress, 0.2)
    times = _column(table, used["time"], path)
    report(progress, 0.4)
    x = _numbers(_column(table, used["x"], path)).to_numpy() if xy_from_table else np.nan
    report(progress, 0.6)
    y = _numbers(_column(table, used["y"], path)).to_numpy() if xy_from_table else np.nan
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
        frame["speed_kmh"] = (_numbers(_column(table, used["speed"], path)) * factor).to_numpy()
        if factor == 1.0 and not re.search(r"km|kph", used["speed"].lower()):
            notes.append(f"{path.name}: speed column '{used['speed']}' names no unit; read as km/h.")
    if used["heading"]:
        frame["heading"] = _numbers(_column(table, used["heading"], path)).to_numpy()
    if used["accuracy"]:
        frame["accuracy_m"] = (
            _distances_in_metres(_column(table, used["accuracy"], path)) * accuracy_factor(used["accuracy"])
        ).to_numpy()
    return RawFixes(frame=frame, format=fmt, mapping=used, notes=notes)


def read_csv_table(
    path: PathLike, max_rows: Optional[int] = None, progress: ProgressCallback = None
) -> Tuple[pd.DataFrame, np.ndarray]:
    """A CSV as a text table and the file line of each row; raises naming the line of a broken row.

    ``progress`` is told the share of lines read and may stop the reading (:class:`Cancelled`).
    """
    path = Path(path)
    text = _read_text(path)
    total_lines = max(text.count("\n"), 1)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max([",", ";", "\t", "|"], key=first_line.count)
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


def read_csv_fixes(
    path: PathLike, mapping: Optional[Dict[str, Optional[str]]] = None, progress: ProgressCallback = None
) -> RawFixes:
    """An app GPS or radio location CSV (any of , ; tab | as delimiter)."""
    path = Path(path)
    table, lines = read_csv_table(path, progress=_scaled(progress, 0.0, 0.6))
    return _table_to_raw(table, lines, path, "csv", mapping, progress=_scaled(progress, 0.6, 1.0))


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
    table, xs, ys = _geojson_table(path, _scaled(progress, 0.0, 0.6))
    mapping = {k: v for k, v in (mapping or {}).items() if k not in ("x", "y")}
    lines = np.zeros(len(table), dtype=int)
    raw = _table_to_raw(
        table, lines, path, "geojson", mapping, xy_from_table=False, progress=_scaled(progress, 0.6, 1.0)
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


# ---------------------------------------------------------------------------------------------
# Ids: radio id lookup and pseudonyms
# ---------------------------------------------------------------------------------------------


def normalise_id(value: object) -> str:
    """An id as text without surrounding spaces; all-digit ids lose leading zeros (ISSI 0012 = 12)."""
    text = "" if value is None else str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return str(int(text)) if text.isdigit() else text


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
        key, value = normalise_id(key), str(value).strip()
        if not key or not value:
            continue
        if key in lookup and lookup[key] != value:
            raise HotspotInputError(
                f"ID lookup {path.name}, line {line}: a radio id is mapped to two different collar numbers. "
                "Keep one row per radio id."
            )
        lookup[key] = value
    return lookup


def new_pseudonym_key() -> bytes:
    """A random key for one run: pseudonyms are stable within the run and unlinkable across runs."""
    return secrets.token_bytes(32)


def pseudonymise_ids(ids: pd.Series, key: bytes) -> pd.Series:
    """Keyed pseudonyms (HMAC-SHA256, ``P-`` + 12 hex digits) for ids; the same id gives the same pseudonym."""
    unique = pd.unique(ids.astype(str))
    table = {raw: "P-" + hmac.new(key, raw.encode("utf-8"), hashlib.sha256).hexdigest()[:12] for raw in unique}
    return ids.astype(str).map(table)


# ---------------------------------------------------------------------------------------------
# Coordinates: degrees or metres per file, and the CRS's area of use
# ---------------------------------------------------------------------------------------------

#: Up to this share of a file's fixes may lie outside the area of use: stray fixes, dropped and
#: counted. More means the file as a whole is wrong (swapped columns, wrong CRS) and it is refused.
MAX_OUTSIDE_SHARE = 0.01
#: Swapping x and y is suggested when it puts at least this share of the outside fixes inside.
SWAP_SUGGESTION_SHARE = 0.9


@dataclass(frozen=True)
class AreaOfUse:
    """Where coordinates of the source CRS make sense, as a box in that CRS's own units.

    The adapters build it from QGIS (the CRS's bounds, intersected with those of the output CRS and
    transformed into the source CRS), since the analysis code cannot ask QGIS itself.
    """

    xmin: float
    ymin: float
    xmax: float
    ymax: float
    crs: str  #: the CRS's name for messages, e.g. "EPSG:4326"
    description: str = ""  #: what the box is, e.g. "the area of use of EPSG:4326 and of EPSG:27700 (the output)"

    def contains(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Which points lie inside the box (edges included); NaN is outside."""
        with np.errstate(invalid="ignore"):
            return (x >= self.xmin) & (x <= self.xmax) & (y >= self.ymin) & (y <= self.ymax)

    def box_text(self, degrees: bool) -> str:
        value = (lambda v: f"{v:.2f}") if degrees else (lambda v: f"{v:,.0f}")
        return f"x {value(self.xmin)} to {value(self.xmax)}, y {value(self.ymin)} to {value(self.ymax)}"


def coordinates_look_projected(x: np.ndarray, y: np.ndarray) -> bool:
    """True when most finite, non-zero coordinates are out of degree range (eastings/northings in metres)."""
    with np.errstate(invalid="ignore"):
        usable = np.isfinite(x) & np.isfinite(y) & ~((x == 0) & (y == 0))
        if not usable.any():
            return False
        outside = (np.abs(x[usable]) > 180) | (np.abs(y[usable]) > 90)
    return bool(outside.mean() > 0.5)


def _fix_place(frame: pd.DataFrame, position: int) -> str:
    """'line 5' for a message (GPX and GeoJSON have no lines: 'point 5', the fix's number in the file)."""
    line = int(frame["line"].iloc[position])
    return f"line {line}" if line > 0 else f"point {position + 1}"


def _fix_example(frame: pd.DataFrame, position: int, degrees: bool) -> str:
    """'line 5: x …, y …' for a message."""
    x, y = float(frame["x"].iloc[position]), float(frame["y"].iloc[position])
    where = _fix_place(frame, position)
    return f"{where}: x {x:.5f}, y {y:.5f}" if degrees else f"{where}: x {x:,.1f}, y {y:,.1f}"


def _swap_advice(fmt: str, mapping: Dict[str, Optional[str]]) -> str:
    """How to swap x and y for a file of format ``fmt``."""
    if fmt == "csv" and mapping.get("x") and mapping.get("y"):
        return (
            f"the x and y columns look swapped. Set the {ROLE_LABELS['x']} column to '{mapping['y']}' and the "
            f"{ROLE_LABELS['y']} column to '{mapping['x']}'."
        )
    if fmt == "geojson":
        return (
            "the points look written as [latitude, longitude], but GeoJSON positions are [longitude, latitude] "
            "(RFC 7946). Correct the export."
        )
    if fmt == "gpx":
        return "the file's lat and lon attributes look swapped. Correct the export."
    return "x and y look swapped in the file. Correct the export."


def check_file_coordinates(
    raw: RawFixes,
    name: str,
    degrees: bool,
    decided_from_values: bool,
    area: Optional[AreaOfUse] = None,
) -> np.ndarray:
    """Refuse a file whose coordinates do not fit how they are read; return its stray fixes outside ``area``.

    ``degrees``: the coordinates are read as longitude/latitude (else metres); ``decided_from_values``:
    that was decided from the values of all files of the import rather than from the chosen CRS.
    Raises :class:`HotspotInputError` (naming the count, an example and the fix) when the file's values
    look like the other kind (eastings/northings read as degrees or the reverse), or when more than
    ``MAX_OUTSIDE_SHARE`` of its fixes lie outside ``area``, suggesting the swap of x and y when that
    puts them inside. Returns a mask of the (few) fixes outside ``area``, to be dropped.
    Missing and 0,0 coordinates are left to the cleaning (counted as bad coordinates).
    """
    frame = raw.frame
    x, y = frame["x"].to_numpy(dtype=float), frame["y"].to_numpy(dtype=float)
    outside = np.zeros(len(frame), dtype=bool)
    with np.errstate(invalid="ignore"):
        present = np.isfinite(x) & np.isfinite(y) & ~((x == 0) & (y == 0))
        in_degrees = present & (np.abs(x) <= 180) & (np.abs(y) <= 90)
    if not present.any():
        return outside
    crs = area.crs if area is not None else "the coordinates' CRS"
    looks_degrees = not coordinates_look_projected(x, y)
    if degrees and not looks_degrees:
        example = _fix_example(frame, int(np.flatnonzero(present & ~in_degrees)[0]), False)
        raise HotspotInputError(
            f"{name}: the coordinates look like eastings/northings in metres (e.g. {example}), "
            + (
                "while most fixes of this import are longitude/latitude in degrees. Import this file on its own."
                if decided_from_values
                else f"but {crs} is in degrees. Set the coordinates' CRS to the file's projected CRS, e.g. "
                "EPSG:27700 (British National Grid)."
            )
        )
    if not degrees and looks_degrees:
        example = _fix_example(frame, int(np.flatnonzero(in_degrees)[0]), True)
        always = ""
        if raw.format in ("gpx", "nmea"):
            always = " GPX and NMEA positions are always WGS 84 latitude/longitude."
        raise HotspotInputError(
            f"{name}: the coordinates look like longitude/latitude in degrees (e.g. {example}), "
            + (
                "while most fixes of this import are eastings/northings in metres (read as EPSG:27700). "
                "Import this file on its own."
                if decided_from_values
                else f"but {crs} is in metres. Set the coordinates' CRS to EPSG:4326 (WGS 84 latitude/longitude)."
            )
            + always
        )
    if area is None:
        return outside
    usable = in_degrees if degrees else present
    outside = usable & ~area.contains(x, y)
    n_outside, n_usable = int(outside.sum()), int(usable.sum())
    if n_outside <= MAX_OUTSIDE_SHARE * n_usable:
        return outside
    rows = np.flatnonzero(outside)
    message = (
        f"{name}: {n_outside:,} of {n_usable:,} fixes lie outside {area.description or 'the area of use of ' + crs} "
        f"({area.box_text(degrees)}), e.g. {_fix_example(frame, int(rows[0]), degrees)}."
    )
    n_swapped = int(area.contains(y[rows], x[rows]).sum())
    if n_swapped >= SWAP_SUGGESTION_SHARE * n_outside:
        advice = _swap_advice(raw.format, raw.mapping)
        message += f" With x and y swapped {n_swapped:,} of them would be inside: {advice}"
    else:
        message += f" Check that the coordinates' CRS ({crs}) and the x / y columns are right."
    raise HotspotInputError(message)


# ---------------------------------------------------------------------------------------------
# Cleaning
# ---------------------------------------------------------------------------------------------


def _distances(x0, y0, x1, y1, geographic: bool) -> np.ndarray:
    if not geographic:
        return np.hypot(x1 - x0, y1 - y0)
    lat0, lat1 = np.radians(y0), np.radians(y1)
    dlat, dlon = lat1 - lat0, np.radians(x1 - x0)
    a = np.sin(dlat / 2) ** 2 + np.cos(lat0) * np.cos(lat1) * np.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def jump_mask(
    device: np.ndarray,
    t_s: np.ndarray,
    x: np.ndarray,
    y: np.ndarray,
    max_speed_kmh: float,
    geographic: bool = True,
    max_run: int = 3,
    progress: ProgressCallback = None,
) -> np.ndarray:
    """Which fixes are jumps, for fixes sorted by device then time (``t_s`` seconds, strictly rising per device).

    A run of up to ``max_run`` fixes is a jump when reaching it and leaving it both need more than
    ``max_speed_kmh`` while going straight past it does not (a GPS spike). At either end of a
    device's track, a fix whose only link is too fast while the next link is not is a jump too.
    Consistent fast movement (all links fast) is kept: it is travel, not error.
    ``progress`` is told after each pass (the number of passes is not known ahead) and may stop it.
    """
    n = len(t_s)
    drop = np.zeros(n, dtype=bool)
    if n < 2 or not max_speed_kmh or max_speed_kmh <= 0:
        return drop
    limit = max_speed_kmh / 3.6

    def too_fast(i, j):
        dt = np.maximum(t_s[j] - t_s[i], 1e-9)
        return _distances(x[i], y[i], x[j], y[j], geographic) / dt > limit

    for iteration in range(1000):
        report(progress, 1.0 - 0.5**iteration)
        idx = np.flatnonzero(~drop)
        if len(idx) < 2:
            break
        same = device[idx[1:]] == device[idx[:-1]]
        fast = same & too_fast(idx[:-1], idx[1:])  # fast[k]: link idx[k] → idx[k+1]
        if not fast.any():
            break
        changed = False
        for run in range(1, max_run + 1):
            # run of kept positions k..k+run-1, entered by link k-1 and left by link k+run-1
            k = np.arange(1, len(idx) - run)
            if not len(k):
                break
            ok = fast[k - 1] & fast[k + run - 1]
            for step in range(run + 1):
                ok &= same[k - 1 + step]
            k = k[ok]
            if len(k):
                k = k[~too_fast(idx[k - 1], idx[k + run])]
            if len(k):
                for step in range(run):
                    drop[idx[k + step]] = True
                changed = True
                break
        if changed:
            continue
        first = np.r_[True, ~same]  # position starts a device
        last = np.r_[~same, True]
        k = np.arange(len(idx))
        nxt_ok = np.r_[~fast[1:], False, False] & np.r_[same[1:], False, False]  # link k+1 → k+2 exists and is not fast
        start_spike = first & np.r_[fast, False] & nxt_ok
        prev_ok = np.r_[False, False, ~fast[:-1]] & np.r_[False, False, same[:-1]]
        end_spike = last & np.r_[False, fast] & prev_ok[: len(idx)]
        ends = k[start_spike | end_spike]
        if not len(ends):
            break
        drop[idx[ends]] = True
    return drop


@dataclass
class TrackImport:
    """Result of :func:`import_tracks`."""

    fixes: pd.DataFrame  #: FIX_COLUMNS, sorted by officer_id then t_utc; x, y in the source CRS
    n_read: int = 0
    dropped: Counter = field(default_factory=Counter)  #: reason (``DROP_REASONS`` key) → count
    intervals: Dict[str, Tuple[float, float, int]] = field(default_factory=dict)  #: source → median s, p90 s, n
    geographic: bool = True  #: coordinates were read as degrees (else metres)
    n_ambiguous: int = 0
    n_second_occurrence: int = 0
    n_nonexistent: int = 0
    n_lookup_mapped_ids: int = 0
    n_unmapped_ids: int = 0
    n_unmapped_fixes: int = 0
    files: List[Tuple[str, str, int]] = field(default_factory=list)  #: source label, format, rows read
    failed: List[Tuple[str, str]] = field(default_factory=list)  #: file name, message
    notes: List[str] = field(default_factory=list)
    mappings: Dict[str, Dict[str, Optional[str]]] = field(default_factory=dict)  #: source label → mapping

    def log_lines(self) -> List[str]:
        """What happened, for the log: never any raw officer or radio id."""
        lines = [f"Read {self.n_read:,} fixes from {len(self.files)} file(s); kept {len(self.fixes):,}."]
        for reason, label in DROP_REASONS.items():
            if self.dropped.get(reason):
                lines.append(f"Dropped {self.dropped[reason]:,}: {label}.")
        if not sum(self.dropped.values()):
            lines.append("Dropped none.")
        if self.n_ambiguous:
            lines.append(
                f"{self.n_ambiguous:,} local times fell in the repeated autumn hour: "
                f"{self.n_second_occurrence:,} read as its second occurrence (GMT), "
                "the rest as the first (BST)."
            )
        if self.n_nonexistent:
            lines.append(
                f"{self.n_nonexistent:,} local times fell in the spring-forward gap (they do not exist on "
                "a UK clock) and were read with the offset before the change (GMT)."
            )
        if self.n_lookup_mapped_ids or self.n_unmapped_ids:
            lines.append(
                f"ID lookup: {self.n_lookup_mapped_ids:,} radio id(s) mapped to collar numbers; "
                f"{self.n_unmapped_ids:,} id(s) ({self.n_unmapped_fixes:,} fixes) not in the lookup "
                "kept their radio id."
            )
        for source, (median, p90, count) in self.intervals.items():
            lines.append(
                f"Ping interval {source}: median {median:,.1f} s, 90th percentile {p90:,.1f} s ({count:,} intervals)."
            )
        lines.extend(self.notes)
        lines.extend(f"Not imported: {message}" for _, message in self.failed)
        return lines


def _scaled(progress: ProgressCallback, start: float, end: float) -> ProgressCallback:
    """A progress callback for a part of the work that maps its 0..1 onto ``start``..``end`` of ``progress``."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)


def _empty_fixes() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=float) for c in FIX_COLUMNS})
    frame["officer_id"] = frame["officer_id"].astype(object)
    frame["source"] = frame["source"].astype(object)
    frame["t_utc"] = pd.Series(dtype="datetime64[ns, UTC]")
    return frame


def import_tracks(
    paths: Sequence[PathLike],
    fmt: str = "auto",
    mapping: Optional[Dict[str, Optional[str]]] = None,
    tz: str = DEFAULT_TIMEZONE,
    id_lookup: Optional[Dict[str, str]] = None,
    pseudonymise: bool = False,
    key: Optional[bytes] = None,
    max_speed_kmh: float = DEFAULT_MAX_SPEED_KMH,
    max_accuracy_m: float = DEFAULT_MAX_ACCURACY_M,
    geographic: Optional[bool] = True,
    skip_broken: bool = False,
    now: Optional[datetime] = None,
    progress: ProgressCallback = None,
    date_order: str = "auto",
    area: Optional[AreaOfUse] = None,
    fallback_area: Optional[AreaOfUse] = None,
) -> TrackImport:
    """Read, convert and clean tracking exports into one table of fixes.

    ``paths``: files of the formats in ``FORMATS``; ``mapping``: role → column overrides (CSV and
    GeoJSON); ``tz``: zone of times without an offset; ``date_order``: how to read slashed dates
    (``DATE_ORDERS``); ``id_lookup``: radio id → collar number;
    ``pseudonymise``: replace ids with keyed pseudonyms (``key``, else a fresh random key);
    ``max_speed_kmh`` / ``max_accuracy_m``: 0 turns the check off; ``geographic``: coordinates are
    degrees (else metres; ``None``: decide from the values, see ``TrackImport.geographic``).
    ``area``: where the chosen CRS's coordinates make sense (:func:`check_file_coordinates`);
    ``fallback_area``: the same for EPSG:27700, used when ``geographic`` is None and the values
    turn out to be eastings/northings. None skips that check.
    A broken file raises :class:`HotspotInputError` naming file and line,
    unless ``skip_broken``: then it is listed in ``failed`` and the other files are kept.
    ``progress`` is told the share done, also while files are read, and may stop the run
    (:class:`Cancelled`). Returns a :class:`TrackImport`; fixes keep coordinates in the source CRS.
    """
    check_timezone(tz)
    if date_order not in DATE_ORDERS:
        raise HotspotInputError(f"Unknown date order '{date_order}': use one of {', '.join(DATE_ORDERS)}.")
    result = TrackImport(fixes=_empty_fixes())
    loaded = []
    share = 0.6 / max(len(paths), 1)  # of the progress, for each file: reading 70 %, times 30 %
    for n, path in enumerate(paths):
        report(progress, share * n)
        path = Path(path)
        label = f"file {n + 1} ({path.suffix.lstrip('.').lower() or 'text'})" if pseudonymise else path.name
        try:
            raw = read_fixes(path, fmt, mapping, progress=_scaled(progress, share * n, share * (n + 0.7)))
            times = parse_times(
                raw.frame["time"],
                tz,
                raw.frame["officer"],
                date_order=date_order,
                lines=raw.frame["line"],
                source=path.name,
                progress=_scaled(progress, share * (n + 0.7), share * (n + 1)),
            )
        except HotspotInputError as error:
            if not skip_broken:
                raise
            result.failed.append((path.name, str(error)))
            continue
        loaded.append((path, label, raw, times))

    declared = geographic
    if geographic is None and loaded:
        geographic = not coordinates_look_projected(
            np.concatenate([raw.frame["x"].to_numpy(dtype=float) for _, _, raw, _ in loaded]),
            np.concatenate([raw.frame["y"].to_numpy(dtype=float) for _, _, raw, _ in loaded]),
        )
    geographic = True if geographic is None else geographic
    result.geographic = geographic
    if declared is None and not geographic:
        area = fallback_area

    frames = []
    unreadable = 0
    for path, label, raw, times in loaded:
        try:
            outside = check_file_coordinates(raw, path.name, geographic, declared is None, area)
        except HotspotInputError as error:
            if not skip_broken:
                raise
            result.failed.append((path.name, str(error)))
            continue
        frame = raw.frame.copy()
        frame["t_utc"] = times.t_utc.array
        frame["source"] = label
        frame["_outside"] = outside
        frames.append(frame)
        unreadable += raw.n_unreadable
        result.n_ambiguous += times.n_ambiguous
        result.n_second_occurrence += times.n_second_occurrence
        result.n_nonexistent += times.n_nonexistent
        note = date_order_note(times.dates, label)
        if note:
            result.notes.append(note)
        if outside.any():
            result.notes.append(
                f"{label}: {int(outside.sum()):,} stray fix(es) lie outside "
                f"{area.description or 'the area of use of ' + area.crs} and were dropped, "
                f"the first at {_fix_place(raw.frame, int(np.flatnonzero(outside)[0]))}."
            )
        result.files.append((label, raw.format, len(frame)))
        result.mappings[label] = raw.mapping
        result.notes.extend(
            raw.notes
            if not pseudonymise
            else [m.replace(path.name, label) for m in raw.notes if "file name is" not in m]
        )
    result.dropped["unreadable"] = unreadable
    if not frames:
        return result
    fixes = pd.concat(frames, ignore_index=True)
    result.n_read = len(fixes) + unreadable
    report(progress, 0.65)

    officer = fixes["officer"].fillna("").astype(str).str.strip()
    if id_lookup:
        normal = officer.map(normalise_id)
        mapped = normal.map(id_lookup)
        known = mapped.notna()
        present = officer != ""
        result.n_lookup_mapped_ids = int(normal[known].nunique())
        result.n_unmapped_ids = int(normal[~known & present].nunique())
        result.n_unmapped_fixes = int((~known & present).sum())
        officer = mapped.where(known, officer)
    fixes["officer_id"] = officer
    report(progress, 0.68)

    now = pd.Timestamp(now or datetime.now(timezone.utc))
    now = now.tz_localize("UTC") if now.tzinfo is None else now.tz_convert("UTC")
    keep = np.ones(len(fixes), dtype=bool)

    def drop(reason: str, mask) -> None:
        mask = np.asarray(mask, dtype=bool) & keep
        result.dropped[reason] += int(mask.sum())
        keep[mask] = False

    drop("no_officer", officer == "")
    t = fixes["t_utc"]
    drop("no_time", t.isna())
    drop("bad_time", t.notna() & ((t < pd.Timestamp("2000-01-01", tz="UTC")) | (t > now + pd.Timedelta(days=1))))
    report(progress, 0.71)
    x, y = fixes["x"].to_numpy(dtype=float), fixes["y"].to_numpy(dtype=float)
    bad = ~np.isfinite(x) | ~np.isfinite(y) | ((x == 0) & (y == 0))
    if geographic:
        with np.errstate(invalid="ignore"):
            bad |= (np.abs(x) > 180) | (np.abs(y) > 90)
    drop("bad_coordinates", bad)
    drop("outside_area", fixes["_outside"].to_numpy(dtype=bool))
    if max_accuracy_m and max_accuracy_m > 0:
        accuracy = fixes["accuracy_m"].to_numpy(dtype=float)
        with np.errstate(invalid="ignore"):
            drop("accuracy", accuracy > max_accuracy_m)
    report(progress, 0.74)
    fixes = fixes[keep]
    report(progress, 0.75)

    fixes = fixes.reset_index(drop=True)
    fixes["_order"] = np.arange(len(fixes))
    fixes = fixes.sort_values(["officer_id", "t_utc", "_order"], kind="mergesort").reset_index(drop=True)
    report(progress, 0.8)
    duplicate = fixes.duplicated(["officer_id", "t_utc"], keep="first").to_numpy()
    result.dropped["duplicate"] += int(duplicate.sum())
    fixes = fixes[~duplicate].reset_index(drop=True)
    report(progress, 0.85)
    if len(fixes):
        codes = pd.factorize(fixes["officer_id"])[0]
        seconds = epoch_seconds(fixes["t_utc"])
        jumps = jump_mask(
            codes,
            seconds,
            fixes["x"].to_numpy(dtype=float),
            fixes["y"].to_numpy(dtype=float),
            max_speed_kmh,
            geographic,
            progress=_scaled(progress, 0.85, 0.95),
        )
        result.dropped["jump"] += int(jumps.sum())
        fixes = fixes[~jumps].reset_index(drop=True)
    report(progress, 0.95)

    result.intervals = ping_intervals(fixes)
    report(progress, 0.98)
    if pseudonymise:
        fixes["officer_id"] = pseudonymise_ids(fixes["officer_id"], key or new_pseudonym_key())
    result.fixes = fixes[FIX_COLUMNS].reset_index(drop=True)
    result.dropped = Counter({k: v for k, v in result.dropped.items() if v})
    report(progress, 1.0)
    return result


def ping_intervals(fixes: pd.DataFrame) -> Dict[str, Tuple[float, float, int]]:
    """Per source: median and 90th percentile seconds between consecutive fixes of a device, and their number."""
    out: Dict[str, Tuple[float, float, int]] = {}
    if fixes.empty:
        return out
    ordered = fixes.sort_values(["source", "officer_id", "t_utc"], kind="mergesort")
    seconds = epoch_seconds(ordered["t_utc"])
    same = (ordered["source"].to_numpy()[1:] == ordered["source"].to_numpy()[:-1]) & (
        ordered["officer_id"].to_numpy()[1:] == ordered["officer_id"].to_numpy()[:-1]
    )
    gaps = np.diff(seconds)
    sources = ordered["source"].to_numpy()[1:]
    for source in pd.unique(ordered["source"]):
        values = gaps[same & (sources == source)]
        if len(values):
            out[str(source)] = (float(np.median(values)), float(np.percentile(values, 90)), int(len(values)))
    return out


@dataclass
class TrackLine:
    """One officer's track on one policing day: parts split at gaps longer than ``TRACK_SPLIT_GAP_S``."""

    officer_id: str
    day: object  #: datetime.date
    start_utc: pd.Timestamp
    end_utc: pd.Timestamp
    n_fixes: int
    parts: List[np.ndarray]  #: each an (n, 2) array of x, y with n ≥ 2


def track_lines(
    fixes: pd.DataFrame,
    x: np.ndarray,
    y: np.ndarray,
    day_start: str = "06:00",
    tz: str = DEFAULT_TIMEZONE,
    split_gap_s: float = TRACK_SPLIT_GAP_S,
) -> List[TrackLine]:
    """Track lines per officer per policing day from fixes sorted by officer then time.

    ``x``, ``y``: coordinates to draw (e.g. reprojected), aligned with ``fixes``. Days with fewer
    than two fixes, and parts of a single fix, draw nothing.
    """
    if fixes.empty:
        return []
    days = policing_day(fixes["t_utc"], day_start, tz).to_numpy()
    officers = fixes["officer_id"].to_numpy()
    seconds = epoch_seconds(fixes["t_utc"])
    keys = pd.factorize(pd.Series(list(zip(officers, days))))[0]
    boundaries = np.flatnonzero(np.diff(keys) != 0) + 1
    lines = []
    for rows in np.split(np.arange(len(fixes)), boundaries):
        if len(rows) < 2:
            continue
        breaks = np.flatnonzero(np.diff(seconds[rows]) > split_gap_s) + 1
        parts = [np.column_stack([x[p], y[p]]) for p in np.split(rows, breaks) if len(p) >= 2]
        if not parts:
            continue
        lines.append(
            TrackLine(
                str(officers[rows[0]]),
                days[rows[0]],
                fixes["t_utc"].iloc[rows[0]],
                fixes["t_utc"].iloc[rows[-1]],
                int(len(rows)),
                parts,
            )
        )
    return lines
