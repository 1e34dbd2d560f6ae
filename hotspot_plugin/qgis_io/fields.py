"""Fields of output layers, with the field types of the running QGIS.

QGIS 3.38 moved ``QgsField`` from ``QVariant.Type`` to ``QMetaType.Type`` (the old one warns of
deprecation there, and Qt 6 has no ``QVariant.Type``); QGIS 3.22 takes only ``QVariant.Type``. Every
field the plugin makes goes through :func:`new_field`, which takes the type by name (``"Double"``,
``"String"``, ``"DateTime"`` …), so no other module names either enum.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Optional, Sequence, Tuple, Union

from qgis.core import Qgis, QgsField, QgsFields

#: True where ``QgsField`` takes ``QMetaType.Type`` (QGIS 3.38 and newer).
FIELDS_USE_QMETATYPE = Qgis.QGIS_VERSION_INT >= 33800

#: The type names the plugin uses, as ``QVariant`` spells them → as ``QMetaType`` does.
_QMETATYPE_NAMES = {
    "Bool": "Bool",
    "Int": "Int",
    "LongLong": "LongLong",
    "Double": "Double",
    "String": "QString",
    "Date": "QDate",
    "Time": "QTime",
    "DateTime": "QDateTime",
}


def field_type(kind: Union[str, int]):
    """The running QGIS's field type for ``kind``: a type name above, or a type value taken from an
    existing field (``field.type()``), which is returned as it is."""
    if not isinstance(kind, str):
        return kind
    if kind not in _QMETATYPE_NAMES:
        raise ValueError(f"Unknown field type {kind!r}; use one of {', '.join(_QMETATYPE_NAMES)}")
    if FIELDS_USE_QMETATYPE:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, _QMETATYPE_NAMES[kind])
    from qgis.PyQt.QtCore import QVariant  # Qt 5 only; QGIS before 3.38 is always Qt 5

    return getattr(QVariant, kind)


def new_field(name: str, kind: Union[str, int] = "String") -> QgsField:
    """A field called ``name`` of type ``kind`` (see :func:`field_type`)."""
    return QgsField(name, field_type(kind))


def make_fields(
    spec: Union[Iterable[Tuple[str, Union[str, int]]], Sequence[str]],
    types: Optional[Mapping[str, Union[str, int]]] = None,
    base: Optional[QgsFields] = None,
) -> QgsFields:
    """``QgsFields``: copies of ``base``'s fields, then one per entry of ``spec``.

    ``spec`` holds ``(name, kind)`` pairs, or names whose kind is looked up in ``types`` (text when
    missing there).
    """
    fields = QgsFields()
    for field in base or []:
        fields.append(QgsField(field))
    for entry in spec:
        name, kind = (entry, (types or {}).get(entry, "String")) if isinstance(entry, str) else entry
        fields.append(new_field(name, kind))
    return fields
