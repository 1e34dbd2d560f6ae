"""The policing day: ``D`` runs from ``day_start`` local time on ``D`` to ``day_start`` on ``D + 1``.

06:00–05:59 by default (DOMAIN.md §4), so a crime at 05:59 belongs to the previous day. The day is
found on the local wall clock, so on the days the clocks change it is 23 or 25 hours long and 06:30
still belongs to that day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import List, Tuple

import numpy as np
import pandas as pd

from .instants import parse_clock, wall_to_utc
from .zones import DEFAULT_TIMEZONE, check_timezone

#: When the policing day starts, local time.
DEFAULT_DAY_START = "06:00"


def day_start_clock(day_start: str = DEFAULT_DAY_START) -> time:
    """The day start as a ``time``, or a :class:`HotspotInputError` saying how to write it."""
    return parse_clock(day_start, "policing day start")


def policing_day(t_utc, day_start: str = DEFAULT_DAY_START, tz: str = DEFAULT_TIMEZONE):
    """The policing day (a ``datetime.date``) of instants.

    ``t_utc``: a pandas Series (or array) of instants, naive values being UTC, or one instant.
    Returns a Series of dates (object dtype) aligned with the input, or one date.
    """
    check_timezone(tz)
    clock = day_start_clock(day_start)
    shift = pd.Timedelta(hours=clock.hour, minutes=clock.minute, seconds=clock.second)
    scalar = not isinstance(t_utc, (pd.Series, pd.Index, np.ndarray, list, tuple))
    series = pd.Series([t_utc] if scalar else t_utc)
    wall = pd.to_datetime(series, utc=True).dt.tz_convert(tz).dt.tz_localize(None)
    days = (wall - shift).dt.date
    if scalar:
        return days.iloc[0]
    if isinstance(t_utc, pd.Series):
        days.index = t_utc.index
    return days


def day_start_utc(day: date, day_start: str = DEFAULT_DAY_START, tz: str = DEFAULT_TIMEZONE) -> datetime:
    """When policing day ``day`` starts (aware UTC)."""
    return wall_to_utc(day, day_start_clock(day_start), tz)


def policing_day_starts(
    first_s: float, last_s: float, day_start: str = DEFAULT_DAY_START, tz: str = DEFAULT_TIMEZONE
) -> Tuple[List[date], np.ndarray]:
    """The policing days around ``first_s``..``last_s`` (UTC seconds) and when each starts (UTC seconds).

    Two spare days each side, so every instant of the span falls in one of them.
    """
    check_timezone(tz)
    clock = day_start_clock(day_start)
    first = datetime.fromtimestamp(first_s, timezone.utc).date() - timedelta(days=2)
    last = datetime.fromtimestamp(last_s, timezone.utc).date() + timedelta(days=2)
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    starts = np.array([wall_to_utc(d, clock, tz).timestamp() for d in days], dtype=np.float64)
    return days, starts


def policing_day_bounds(
    first_day: date, n_days: int, day_start: str = DEFAULT_DAY_START, tz: str = DEFAULT_TIMEZONE
) -> np.ndarray:
    """UTC seconds at which ``n_days`` policing days from ``first_day`` start, and the last one ends (n + 1)."""
    check_timezone(tz)
    clock = day_start_clock(day_start)
    return np.array(
        [wall_to_utc(first_day + timedelta(days=k), clock, tz).timestamp() for k in range(n_days + 1)],
        dtype=np.float64,
    )


def clock_on_policing_day(
    day: date, clock: time, day_start: str = DEFAULT_DAY_START, tz: str = DEFAULT_TIMEZONE
) -> datetime:
    """The instant (aware UTC) of a wall-clock time within policing day ``day``.

    A clock time before the day start falls on the next calendar day (02:00 on the 14th's policing
    day is 02:00 on the 15th).
    """
    after_midnight = clock < day_start_clock(day_start)
    return wall_to_utc(day + timedelta(days=int(after_midnight)), clock, tz)
