"""Crime times for the trends: required instants and calendar time steps (day, week, month).

Times are read by ``core.timeutil`` (DOMAIN.md §4): a date-time with an offset or time zone is an
absolute instant, a naive one local wall-clock time in ``tz`` (the spring-forward gap takes the
offset before the change, the repeated autumn hour is its first occurrence, BST). Calendar steps
are local: a day runs 00:00–24:00 local time, a week Monday 00:00 to the next Monday 00:00, a month
from the 1st. So a week that contains a clock change is 167 or 169 hours long, as the analyst's
calendar says.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..timeutil import DEFAULT_TIMEZONE, to_utc

TIME_STEPS = ("day", "week", "month")
#: 1970-01-01 was a Thursday: Monday 1969-12-29 (day −3) starts week 0.
_WEEK_OFFSET_DAYS = 3

DateLike = Union[str, dt.date, dt.datetime, pd.Timestamp, np.datetime64]


def required_utc(values, tz: str = DEFAULT_TIMEZONE, ids=None, field: str = "time") -> pd.Series:
    """:func:`to_utc`, refusing any missing or unreadable value with a message naming the rows.

    Naive ``datetime64`` arrays (what a DateTime field of a file layer gives) take a vectorised path with
    the same convention (:func:`naive_datetime64_utc`)."""
    utc = naive_datetime64_utc(values, tz)
    if utc is None:
        utc = to_utc(values, tz)
    missing = np.flatnonzero(utc.isna().to_numpy())
    if missing.size:
        raise HotspotInputError(
            f"{missing.size} of {len(utc)} crimes have no readable {field} ({rows_text(missing, ids)}). Fill "
            f"the {field} field (ISO 8601 such as 2024-06-30T21:15:00, or 30/06/2024 21:15) or filter those "
            "crimes out."
        )
    return utc


def naive_datetime64_utc(values, tz: str = DEFAULT_TIMEZONE) -> Optional[pd.Series]:
    """UTC instants of naive local wall-clock ``datetime64`` values (an array or a Series), or None for
    anything else.

    :func:`to_utc`'s convention, vectorised: a time in the repeated autumn hour is its first occurrence
    (summer time); the few in the spring-forward gap go through :func:`to_utc` (the offset before the
    change). A million values take a fraction of a second instead of formatting each as text.
    """
    if isinstance(values, pd.Series) and isinstance(values.dtype, np.dtype) and values.dtype.kind == "M":
        array = values.to_numpy()
    elif isinstance(values, np.ndarray) and values.dtype.kind == "M":
        array = values
    else:
        return None
    local = pd.DatetimeIndex(array.astype("datetime64[ns]"))
    aware = local.tz_localize(tz, ambiguous=np.ones(len(local), dtype=bool), nonexistent="NaT")
    utc = pd.Series(aware.tz_convert("UTC"))
    gap = np.flatnonzero(utc.isna().to_numpy() & ~np.isnat(array))
    if gap.size:
        utc.iloc[gap] = to_utc(pd.Series(array[gap]), tz).to_numpy()
    return utc


def check_time_step(time_step: str) -> str:
    if time_step not in TIME_STEPS:
        raise HotspotInputError(f"Unknown time step {time_step!r}: use one of {', '.join(TIME_STEPS)}.")
    return time_step


def step_index(local: np.ndarray, time_step: str) -> np.ndarray:
    """Absolute calendar step number of local clock times (days, Monday weeks or months since 1970)."""
    check_time_step(time_step)
    local = np.asarray(local, dtype="datetime64[ns]")
    if time_step == "month":
        return local.astype("datetime64[M]").astype(np.int64)
    days = local.astype("datetime64[D]").astype(np.int64)
    if time_step == "day":
        return days
    return (days + _WEEK_OFFSET_DAYS) // 7


def step_start_dates(index: np.ndarray, time_step: str) -> np.ndarray:
    """Local start date (``datetime64[D]``) of absolute step numbers."""
    check_time_step(time_step)
    index = np.asarray(index, dtype=np.int64)
    if time_step == "month":
        return index.astype("datetime64[M]").astype("datetime64[D]")
    if time_step == "day":
        return index.astype("datetime64[D]")
    return (index * 7 - _WEEK_OFFSET_DAYS).astype("datetime64[D]")


def date_bounds_utc(start: dt.date, end: dt.date, tz: str = DEFAULT_TIMEZONE) -> Tuple[pd.Timestamp, pd.Timestamp]:
    """UTC instants of local ``start`` 00:00 and of the local midnight after ``end`` (dates inclusive)."""
    begin = pd.Timestamp(start).tz_localize(tz).tz_convert("UTC")
    stop = pd.Timestamp(end + dt.timedelta(days=1)).tz_localize(tz).tz_convert("UTC")
    return begin, stop


def rows_text(rows: Sequence[int], ids: Optional[Sequence] = None, limit: int = 5) -> str:
    """``"rows 3, 8 and 12"`` (1-based), with ids in brackets when given; at most ``limit`` shown."""
    shown = [int(r) for r in rows[:limit]]
    ids = None if ids is None else np.asarray(ids, dtype=object)
    parts = [f"{r + 1}" + (f" ({ids[r]})" if ids is not None else "") for r in shown]
    more = len(rows) - len(shown)
    text = ", ".join(parts)
    if more > 0:
        text += f" and {more} more"
    return ("row " if len(rows) == 1 else "rows ") + text


def in_period_of(times, tz: str = DEFAULT_TIMEZONE, start=None, end=None):
    """``(utc, first, last, inside)``: the crimes' UTC instants (:func:`required_utc`), the period's first and
    last local day (inclusive ISO dates; the first and last crime's day where not given) and which crimes
    fall in it."""
    from ..timeutil import local_clock, parse_date

    utc = required_utc(times, tz)
    local_dates = local_clock(utc, tz).astype("datetime64[D]")
    first = parse_date(start, "first day") if start else pd.Timestamp(local_dates.min()).date()
    last = parse_date(end, "last day") if end else pd.Timestamp(local_dates.max()).date()
    if last < first:
        raise HotspotInputError(f"The period ends ({last}) before it starts ({first}). Swap the dates.")
    begin, stop = date_bounds_utc(first, last, tz)
    return utc, first, last, ((utc >= begin) & (utc < stop)).to_numpy()
