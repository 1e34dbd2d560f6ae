"""Date-times → UTC instants, local clock times and calendar time steps (day, week, month).

Rules (the same as the rest of the plugin, DOMAIN.md §4):

* a date-time with an offset or time zone is an absolute instant;
* a naive date-time (or text without an offset) is local wall-clock time in ``tz``, read by
  :func:`hotspot_plugin.core.tracks.parse_times`: a time in the spring-forward gap takes the offset
  in force before the change, a time in the repeated autumn hour is its first occurrence (BST);
* calendar steps are local: a day runs 00:00–24:00 local time, a week Monday 00:00 to the next
  Monday 00:00, a month from the 1st. So a week that contains a clock change is 167 or 169 hours
  long, as the analyst's calendar says.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..tracks import DEFAULT_TIMEZONE, check_timezone, parse_times

TIME_STEPS = ("day", "week", "month")
#: 1970-01-01 was a Thursday: Monday 1969-12-29 (day −3) starts week 0.
_WEEK_OFFSET_DAYS = 3

DateLike = Union[str, dt.date, dt.datetime, pd.Timestamp, np.datetime64]


def to_utc(values, tz: str = DEFAULT_TIMEZONE) -> pd.Series:
    """UTC instants (``datetime64[ns, UTC]``, NaT where missing or unreadable) from date-times.

    Accepts a pandas Series or any sequence of: tz-aware or naive datetimes (pandas, numpy or
    Python), or text (ISO 8601 with or without offset, UK day-first dates, Unix epochs). Naive values
    are local wall-clock times in ``tz`` (module docstring).
    """
    check_timezone(tz)
    series = values if isinstance(values, pd.Series) else pd.Series(list(values) if values is not None else [])
    series = series.reset_index(drop=True)
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        return series.dt.tz_convert("UTC")
    if np.issubdtype(series.dtype, np.datetime64):
        texts = series.dt.strftime("%Y-%m-%dT%H:%M:%S.%f")
        return parse_times(texts, tz).t_utc
    if series.dtype == object:
        texts = series.map(_to_text)
        return parse_times(texts, tz).t_utc
    if np.issubdtype(series.dtype, np.number):
        return parse_times(series.astype(str), tz).t_utc
    return parse_times(series.astype(str), tz).t_utc


def required_utc(values, tz: str = DEFAULT_TIMEZONE, ids=None, field: str = "time") -> pd.Series:
    """:func:`to_utc`, refusing any missing or unreadable value with a message naming the rows."""
    utc = to_utc(values, tz)
    missing = np.flatnonzero(utc.isna().to_numpy())
    if missing.size:
        raise HotspotInputError(
            f"{missing.size} of {len(utc)} crimes have no readable {field} ({rows_text(missing, ids)}). Fill "
            f"the {field} field (ISO 8601 such as 2024-06-30T21:15:00, or 30/06/2024 21:15) or filter those "
            "crimes out."
        )
    return utc


def _to_text(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return ""
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.isoformat()
    if isinstance(value, np.datetime64):
        return "" if np.isnat(value) else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def utc_ns(utc: pd.Series) -> np.ndarray:
    """Nanoseconds since 1970-01-01 UTC (int64; the minimum int64 where NaT)."""
    return utc.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").astype(np.int64)


def local_clock(utc: pd.Series, tz: str = DEFAULT_TIMEZONE) -> np.ndarray:
    """Local wall-clock times (naive ``datetime64[ns]``, NaT kept) of UTC instants."""
    return utc.dt.tz_convert(tz).dt.tz_localize(None).to_numpy(dtype="datetime64[ns]")


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


def parse_date(value: DateLike, label: str) -> dt.date:
    """A calendar date from an ISO date text (``2024-06-30``), a date or a datetime."""
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value).date()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise HotspotInputError(f"The {label} '{value}' is not a date like 2024-06-30 (YYYY-MM-DD).") from None


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
