"""Attribute values between QGIS and plain Python: one test for NULL, one conversion each way.

QGIS hands attributes over as ``NULL`` (a null ``QVariant``), ``QDateTime``, ``QDate``, ``QTime`` or
plain numbers and text; the analysis core wants ``None``, aware UTC ``datetime`` and ISO text. Writing
back, ``None`` and NaN become ``NULL``, numpy scalars plain numbers and aware datetimes ``QDateTime``
in UTC.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime


def is_null(value) -> bool:
    """True for None and QGIS's NULL (any value with a true ``isNull()``, e.g. an invalid QDateTime)."""
    return value is None or (hasattr(value, "isNull") and value.isNull())


def python_value(value):
    """A QGIS attribute as a plain value: NULL → None, QDateTime → aware UTC datetime, QDate → ISO text."""
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        return value.toUTC().toPyDateTime().replace(tzinfo=timezone.utc)
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
    """A plain or numpy value as an attribute: None and NaN → NULL (None), numpy numbers → Python numbers,
    datetimes (and pandas Timestamps; naive ones are taken as UTC) → UTC ``QDateTime`` to the millisecond
    below; anything else unchanged."""
    if value is None:
        return None
    if isinstance(value, datetime):  # pandas Timestamps are datetimes too
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return QDateTime.fromMSecsSinceEpoch((value - _EPOCH) // _MILLISECOND, Qt.TimeSpec.UTC)
    if hasattr(value, "dtype") and hasattr(value, "item"):  # a numpy scalar
        value = value.item()
    if isinstance(value, float):
        return None if not math.isfinite(value) else value
    return value
