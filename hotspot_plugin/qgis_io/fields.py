"""Fields of output layers, with the field types of the running QGIS.

QGIS 3.38 moved ``QgsField`` from ``QVariant.Type`` to ``QMetaType.Type`` (the old one warns of
deprecation there, and Qt 6 has no ``QVariant.Type``); QGIS 3.22 takes only ``QVariant.Type``. Every
field the plugin makes goes through :func:`new_field`, which takes the type by name (``"Double"``,
``"String"``, ``"DateTime"`` …) or as an existing field's ``type()``, and gives ``QgsField`` the running
QGIS's type through :mod:`.qt_compat`; no other module names either enum.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Optional, Sequence, Tuple, Union

from qgis.core import QgsField, QgsFields

from .qt_compat import field_type


def new_field(name: str, kind: Union[str, int] = "String") -> QgsField:
    """A field called ``name`` of type ``kind``: a type name, or a type taken from an existing field."""
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
