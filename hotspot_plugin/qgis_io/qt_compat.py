"""Field types that are right on every QGIS the plugin supports (3.22 LTR to 3.40 LTR and on to QGIS 4 / Qt 6).

QGIS 3.38 moved ``QgsField`` from ``QVariant.Type`` to ``QMetaType.Type``: from 3.38 on, ``QgsField("harm",
QVariant.Double)`` raises a DeprecationWarning, and Qt 6 has no ``QVariant.Type`` at all; QGIS 3.22 accepts only
``QVariant.Type``. Build fields with these instead::

    from hotspot_plugin.qgis_io.qt_compat import FieldType

    QgsField("harm", FieldType.Double)
    layer_field.type() == FieldType.Double   # compares right on both, whichever type QGIS returns

``field_type`` turns a type name (``"Double"``) or a legacy ``QVariant`` type into the running QGIS's type, for
code that holds field specifications as data.
"""

from __future__ import annotations

from typing import Union

from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType

#: True where ``QgsField`` takes ``QMetaType.Type`` (QGIS 3.38 and newer).
FIELDS_USE_QMETATYPE = Qgis.QGIS_VERSION_INT >= 33800

# Name as QVariant spells it -> name as QMetaType spells it (the two enums share their integer values).
_QMETATYPE_NAMES = {
    "Bool": "Bool",
    "Int": "Int",
    "UInt": "UInt",
    "LongLong": "LongLong",
    "ULongLong": "ULongLong",
    "Double": "Double",
    "String": "QString",
    "StringList": "QStringList",
    "ByteArray": "QByteArray",
    "Date": "QDate",
    "Time": "QTime",
    "DateTime": "QDateTime",
    "Map": "QVariantMap",
    "List": "QVariantList",
}


def _resolve(name: str):
    if FIELDS_USE_QMETATYPE:
        return getattr(QMetaType.Type, _QMETATYPE_NAMES[name])
    from qgis.PyQt.QtCore import QVariant  # Qt 5 only; QGIS before 3.38 is always Qt 5

    return getattr(QVariant.Type, name)


def _as_int(kind) -> int:
    """The integer of an enum value (PyQt 5 enums are ints, PyQt 6 enums carry ``.value``)."""
    return int(getattr(kind, "value", kind))


class FieldType:
    """The field types ``QgsField`` takes on the running QGIS: ``QMetaType.Type`` on 3.38+, ``QVariant.Type`` before.

    Attributes are named as ``QVariant`` names them (``String``, not ``QString``), so moving code from
    ``QVariant.String`` to ``FieldType.String`` is a rename of the prefix only.
    """

    Bool = _resolve("Bool")
    Int = _resolve("Int")
    UInt = _resolve("UInt")
    LongLong = _resolve("LongLong")
    ULongLong = _resolve("ULongLong")
    Double = _resolve("Double")
    String = _resolve("String")
    StringList = _resolve("StringList")
    ByteArray = _resolve("ByteArray")
    Date = _resolve("Date")
    Time = _resolve("Time")
    DateTime = _resolve("DateTime")
    Map = _resolve("Map")
    List = _resolve("List")


def field_type(kind: Union[str, int]):
    """The running QGIS's field type for ``kind``.

    ``kind`` is a ``FieldType`` attribute name (``"Double"``, ``"String"``, ``"DateTime"`` …), or a type value from
    either enum (``QVariant.Double``, ``QMetaType.Type.Double``: they share integer values), or a plain int.
    Returns ``QMetaType.Type`` on QGIS 3.38+, ``QVariant.Type`` before; raises ``ValueError`` for anything that is
    not one of the field types above.
    """
    if isinstance(kind, str):
        if kind not in _QMETATYPE_NAMES:
            raise ValueError(f"Unknown field type {kind!r}; use one of {', '.join(_QMETATYPE_NAMES)}")
        return _resolve(kind)
    number = _as_int(kind)
    for name in _QMETATYPE_NAMES:
        value = getattr(FieldType, name)
        if _as_int(value) == number:
            return value
    raise ValueError(f"Unknown field type value {kind!r}; use one of {', '.join(_QMETATYPE_NAMES)}")
