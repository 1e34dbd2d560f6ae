"""Instants, dates and clock times: one convention for reading date-times, scalar and vectorised.

An *instant* is a point in time: an aware UTC ``datetime`` (scalar), seconds since 1970-01-01 UTC
(float arrays, NaN where missing) or ``datetime64[ns, UTC]`` (pandas).

*Naive values* — a date-time without an offset or zone — are local wall-clock time in the policing
zone ``tz`` (Europe/London unless given; DOMAIN.md §4), as force systems and planners write them.
A caller whose data say otherwise passes ``naive=UTC``: the plugin's own ``*_utc`` fields (the
fixes' ``t_utc``, the visits' ``start_utc``/``end_utc``) hold UTC, and QGIS 3.22 writes every
DateTime to a file without its zone, so those read back naive.

Local times the clocks make special: one in the spring-forward gap is read with the offset in force
before the change (01:30 on 29 March 2026 is 01:30 UTC); one in the repeated autumn hour is its
first occurrence (BST). Numbers are Unix epoch seconds. Text is ISO 8601 (``Z`` and offsets,
``T`` or a space), QGIS's ``2026/04/10 08:15:00``, UK day-first dates or epochs (see ``text``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Optional

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from .text import parse_times
from .zones import DEFAULT_TIMEZONE, check_timezone, zone

#: How naive values are read: local wall-clock time in the policing zone (the convention) or UTC.
LOCAL = "local"
UTC = "utc"


def naive_zone(tz: str = DEFAULT_TIMEZONE, naive: str = LOCAL) -> str:
    """The zone naive values are read in: ``tz`` for :data:`LOCAL`, ``"UTC"`` for :data:`UTC`."""
    if naive == UTC:
        return "UTC"
    if naive != LOCAL:
        raise ValueError(f"naive must be {LOCAL!r} or {UTC!r}, not {naive!r}")
    return check_timezone(tz)


def _blank(value) -> bool:
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _iso(text: str) -> Optional[datetime]:
    """``datetime.fromisoformat`` for the ISO forms QGIS and the plugin write (Python 3.9 reads fewer)."""
    text = text.strip()
    if len(text) >= 10 and text[4] == "/" and text[7] == "/":
        text = text[:10].replace("/", "-") + text[10:]  # QGIS writes DateTime to CSV as 2026/07/07 08:00:00
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def parse_instant(value, tz: str = DEFAULT_TIMEZONE, naive: str = LOCAL, label: str = "time") -> datetime:
    """An aware UTC ``datetime`` from a datetime, pandas/numpy timestamp, epoch seconds or text.

    Naive values follow ``naive`` (module docstring); a date without a time is its midnight.
    Raises :class:`HotspotInputError` naming ``label`` for an empty or unreadable value.
    """
    if _blank(value):
        raise HotspotInputError(f"The {label} is empty. Give a date and time like 2026-03-02T09:15:00+01:00.")
    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value)
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        return datetime.fromtimestamp(float(value), timezone.utc)
    else:
        moment = _iso(str(value))
        if moment is None:
            parsed = parse_times(pd.Series([str(value)]), naive_zone(tz, naive)).t_utc.iloc[0]
            if pd.isna(parsed):
                raise HotspotInputError(
                    f"The {label} '{value}' is not a date and time like 2026-03-02T09:15:00+01:00 (ISO 8601)."
                )
            return parsed.to_pydatetime()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(naive_zone(tz, naive)), fold=0)
    return moment.astimezone(timezone.utc)


def _to_text(value) -> str:
    if _blank(value):
        return ""
    if isinstance(value, (pd.Timestamp, datetime, date)):
        return value.isoformat()
    if isinstance(value, np.datetime64):
        return "" if np.isnat(value) else str(value)
    return str(value)


def to_utc(values, tz: str = DEFAULT_TIMEZONE, naive: str = LOCAL) -> pd.Series:
    """UTC instants (``datetime64[ns, UTC]``, 0..n-1 index, NaT where missing or unreadable).

    ``values``: a pandas Series or any sequence of aware or naive datetimes (pandas, numpy, Python),
    epoch seconds, or text; naive values follow ``naive`` (module docstring).
    """
    where = naive_zone(tz, naive)
    if isinstance(values, pd.Series):
        series = values
    else:
        items = list(values) if values is not None else []
        # text among date-times stays text (pandas would warn that it infers date-times from such a mix)
        text = any(isinstance(v, str) for v in items)
        series = pd.Series(items, dtype=object) if text else pd.Series(items)
    if series.dtype == object:  # as it is: pandas 1.5 would infer date-times from text mixed with them (and warn)
        series = pd.Series(series.to_numpy(), dtype=object)
    else:
        series = series.reset_index(drop=True)
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        return series.dt.tz_convert("UTC")
    if np.issubdtype(series.dtype, np.datetime64):
        if where == "UTC":
            return series.dt.tz_localize("UTC")
        return parse_times(series.dt.strftime("%Y-%m-%dT%H:%M:%S.%f"), where).t_utc
    if series.dtype != object and np.issubdtype(series.dtype, np.number):
        return pd.to_datetime(series.astype(float), unit="s", utc=True)
    return parse_times(series.map(_to_text), where).t_utc


def utc_seconds(values, tz: str = DEFAULT_TIMEZONE, naive: str = LOCAL) -> np.ndarray:
    """Seconds since 1970-01-01 UTC (float64; NaN where missing or unreadable) of date-times.

    Like :func:`to_utc`, with fast paths for what the plugin passes most: numbers (already
    seconds), ``datetime64`` arrays and aware pandas Series.
    """
    if isinstance(values, (pd.Series, pd.Index)) and isinstance(values.dtype, pd.DatetimeTZDtype):
        return _ns_to_seconds(pd.Series(values).dt.tz_convert("UTC").dt.tz_localize(None).to_numpy("datetime64[ns]"))
    array = values.to_numpy() if isinstance(values, (pd.Series, pd.Index)) else np.asarray(values)
    if array.dtype == bool or (array.dtype != object and np.issubdtype(array.dtype, np.number)):
        return array.astype(np.float64)
    if np.issubdtype(array.dtype, np.datetime64) and naive_zone(tz, naive) == "UTC":
        return _ns_to_seconds(array.astype("datetime64[ns]"))
    utc = to_utc(pd.Series(array, dtype=object), tz, naive)
    return _ns_to_seconds(utc.dt.tz_localize(None).to_numpy("datetime64[ns]"))


def _ns_to_seconds(ns: np.ndarray) -> np.ndarray:
    out = ns.astype(np.int64).astype(np.float64) / 1e9
    out[np.isnat(ns)] = np.nan
    return out


def utc_ns(utc: pd.Series) -> np.ndarray:
    """Nanoseconds since 1970-01-01 UTC (int64; the minimum int64 where NaT) of aware instants."""
    return utc.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").astype(np.int64)


def local_clock(utc: pd.Series, tz: str = DEFAULT_TIMEZONE) -> np.ndarray:
    """Local wall-clock times (naive ``datetime64[ns]``, NaT kept) of UTC instants."""
    return utc.dt.tz_convert(check_timezone(tz)).dt.tz_localize(None).to_numpy(dtype="datetime64[ns]")


def local_time(instant: datetime, tz: str = DEFAULT_TIMEZONE) -> datetime:
    """An instant as aware local time in ``tz`` (for display: ``local_time(t):%H:%M``)."""
    return instant.astimezone(zone(tz))


def wall_to_utc(day: date, clock: time, tz: str = DEFAULT_TIMEZONE) -> datetime:
    """The instant (aware UTC) of wall-clock ``clock`` on ``day`` in ``tz``: gap and repeated hour as above."""
    return datetime.combine(day, clock).replace(tzinfo=zone(tz), fold=0).astimezone(timezone.utc)


def parse_date(value, label: str = "date", day_first: bool = False) -> date:
    """A calendar date from ``2026-03-02`` (also QGIS's ``2026/03/02``) or a date(time).

    ``day_first`` also reads UK ``02/03/2026`` (tables typed by people, e.g. a tasking CSV); without
    it such text is refused, since it could be read either way.
    """
    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = "" if _blank(value) else str(value).strip()[:10]
    for pattern in ("%Y-%m-%d", "%Y/%m/%d") + (("%d/%m/%Y",) if day_first else ()):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise HotspotInputError(f"The {label} '{value}' is not a date like 2026-03-02 (YYYY-MM-DD).")


def parse_clock(value, label: str = "time") -> time:
    """A clock time from ``HH:MM`` or ``HH:MM:SS`` text (or a ``time``/``datetime``)."""
    if isinstance(value, time):
        return value
    if isinstance(value, datetime):
        return value.time()
    text = str(value).strip()
    for pattern in ("%H:%M", "%H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).time()
        except ValueError:
            continue
    raise HotspotInputError(f"The {label} '{value}' is not a clock time like 06:00 (HH:MM).")


def minutes_between(start: datetime, end: datetime) -> float:
    """Real minutes from ``start`` to ``end`` (aware datetimes; a clock change counts as it happens).

    Python subtracts two datetimes of the same zone on the wall clock, so both go to UTC first.
    """
    return (end.astimezone(timezone.utc) - start.astimezone(timezone.utc)) / timedelta(minutes=1)


def add_minutes(moment: datetime, minutes: float) -> datetime:
    """``moment`` plus real minutes, in ``moment``'s zone (Python adds to the wall clock, so via UTC)."""
    return (moment.astimezone(timezone.utc) + timedelta(minutes=minutes)).astimezone(moment.tzinfo)
