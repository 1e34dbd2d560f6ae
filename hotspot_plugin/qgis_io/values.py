"""Attribute values between QGIS and plain Python: one test for NULL, one conversion each way.

QGIS hands attributes over as ``NULL`` (a null ``QVariant``), ``QDateTime``, ``QDate``, ``QTime`` or
plain numbers and text; the analysis core wants ``None``, ``datetime`` and ISO text. A ``QDateTime``
with a zone or offset becomes an aware datetime; one without (QGIS 3.22 writes DateTime fields to
files without their zone, so every value read back from a GeoPackage or CSV is such) becomes the naive
wall-clock time it shows, and the reader's convention in ``core.timeutil`` says which zone that is
(local time for schedules, UTC for ``*_utc`` fields). Writing back, ``None``, NaN and NaT become
``NULL``, numpy scalars plain numbers, aware datetimes ``QDateTime`` keeping their UTC offset (so the
wall clock a file stores is the local one), naive datetimes ``QDateTime`` without zone and dates
``QDate``.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone

from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime


def is_null(value) -> bool:
    """True for None and QGIS's NULL (any value with a true ``isNull()``, e.g. an invalid QDateTime)."""
    return value is None or (hasattr(value, "isNull") and value.isNull())


def python_value(value):
    """A QGIS attribute as a plain value: NULL → None, QDate → ISO text, QTime → ISO text, QDateTime →
    datetime (aware UTC when it has a zone or offset, else the naive wall-clock time it shows)."""
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        if value.timeSpec() == Qt.TimeSpec.LocalTime:
            day, clock = value.date(), value.time()
            return datetime(
                day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second(), clock.msec() * 1000
            )
        return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000.0, timezone.utc)
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss") if value.isValid() else None
    return value


def plain_value(value):
    """A QGIS attribute as plain text-friendly Python: NULL → None, dates and times → ISO 8601 text."""
    if is_null(value):
        return None
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toString(Qt.DateFormat.ISODate)
    return value


def utc_qdatetime(seconds: float) -> QDateTime:
    """A UTC ``QDateTime`` from seconds since 1970-01-01 UTC (rounded to the millisecond)."""
    return QDateTime.fromMSecsSinceEpoch(int(round(seconds * 1000.0)), Qt.TimeSpec.UTC)


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MILLISECOND = timedelta(milliseconds=1)


def qgis_value(value):
    """A plain or numpy value as an attribute: None, NaN and NaT → NULL (None), numpy numbers → Python
    numbers; an aware datetime (or pandas Timestamp) → ``QDateTime`` at that instant (to the millisecond
    below), in UTC when its offset is 0 and else keeping its UTC offset (the local wall clock); a naive datetime →
    ``QDateTime`` without zone showing the same wall clock; a date → ``QDate``; anything else unchanged."""
    if value is None:
        return None
    if isinstance(value, datetime):  # pandas Timestamps are datetimes too
        if value != value:  # NaT
            return None
        if value.tzinfo is None:
            return QDateTime(
                QDate(value.year, value.month, value.day),
                QTime(value.hour, value.minute, value.second, value.microsecond // 1000),
            )
        offset = int(value.utcoffset().total_seconds())
        millis = (value - _EPOCH) // _MILLISECOND
        if offset == 0:
            return QDateTime.fromMSecsSinceEpoch(millis, Qt.TimeSpec.UTC)
        return QDateTime.fromMSecsSinceEpoch(millis, Qt.TimeSpec.OffsetFromUTC, offset)
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    if hasattr(value, "dtype") and hasattr(value, "item"):  # a numpy scalar
        value = value.item()
    if isinstance(value, float):
        return None if not math.isfinite(value) else value
    return value
