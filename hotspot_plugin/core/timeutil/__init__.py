"""Time, once: zones, instants (scalar and vectorised), dates, clock times and the policing day.

Every module of the plugin reads and converts times through this package:

- ``zones``: the policing zone (``DEFAULT_TIMEZONE``, Europe/London) and checking a zone name;
- ``instants``: the one convention for naive values (local wall-clock time in the zone; callers with
  UTC data say ``naive=UTC``), :func:`parse_instant` for one value, :func:`to_utc` and
  :func:`utc_seconds` for many, dates and clock times;
- ``text``: the vectorised text parser behind them (ISO 8601, slashed dates in either order, epochs,
  the clock-change rules, per-device resolution of the repeated autumn hour for tracks);
- ``policing``: the policing day (``DEFAULT_DAY_START``, 06:00) and its DST-correct bounds.
"""

from .instants import (
    LOCAL,
    UTC,
    add_minutes,
    local_clock,
    local_time,
    minutes_between,
    naive_zone,
    parse_clock,
    parse_date,
    parse_instant,
    to_utc,
    utc_ns,
    utc_seconds,
    wall_to_utc,
)
from .policing import (
    DEFAULT_DAY_START,
    clock_on_policing_day,
    day_start_clock,
    day_start_utc,
    policing_day,
    policing_day_bounds,
    policing_day_starts,
)
from .text import DATE_ORDERS, DateOrder, TimeParse, date_order_note, parse_times
from .zones import DEFAULT_TIMEZONE, check_timezone, zone

__all__ = [
    "DATE_ORDERS",
    "DEFAULT_DAY_START",
    "DEFAULT_TIMEZONE",
    "LOCAL",
    "UTC",
    "DateOrder",
    "add_minutes",
    "TimeParse",
    "check_timezone",
    "clock_on_policing_day",
    "date_order_note",
    "day_start_clock",
    "day_start_utc",
    "local_clock",
    "local_time",
    "minutes_between",
    "naive_zone",
    "parse_clock",
    "parse_date",
    "parse_instant",
    "parse_times",
    "policing_day",
    "policing_day_bounds",
    "policing_day_starts",
    "to_utc",
    "utc_ns",
    "utc_seconds",
    "wall_to_utc",
    "zone",
]
