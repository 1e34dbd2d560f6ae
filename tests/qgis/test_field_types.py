"""Every field the plugin makes goes through ``qgis_io.fields``: ``QMetaType`` types on QGIS 3.38 and newer
(where ``QgsField`` with a ``QVariant`` type is deprecated), ``QVariant`` types on 3.22."""

import re
from pathlib import Path

import pytest
from qgis.core import QgsField, QgsFields

from hotspot_plugin.qgis_io.fields import field_type, make_fields, new_field

PACKAGE = Path(__file__).resolve().parents[2] / "hotspot_plugin"
#: Qt's numbers for the types (QVariant::Type and QMetaType::Type share them).
QT_TYPE = {"Bool": 1, "Int": 2, "LongLong": 4, "Double": 6, "String": 10, "Date": 14, "Time": 15, "DateTime": 16}


def test_no_plugin_module_names_a_field_type_enum_or_builds_a_typed_field_itself():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "qgis_io" and path.name in ("fields.py", "qt_compat.py"):
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"\bQVariant\.\w+", r"\bQMetaType\.\w+", r"\bQgsField\([^()]*,"):
            offenders += [f"{path.relative_to(PACKAGE)}: {m.group(0)}" for m in re.finditer(pattern, text)]
    assert offenders == []


@pytest.mark.parametrize("name", sorted(QT_TYPE))
def test_field_types_by_name(name):
    field = new_field("x", name)
    assert field.name() == "x" and int(getattr(field.type(), "value", field.type())) == QT_TYPE[name]


def test_fields_from_a_spec_after_copies_of_a_base():
    base = QgsFields()
    base.append(new_field("fence_id", "Int"))
    fields = make_fields([("harm", "Double"), "notes"], base=base)
    assert fields.names() == ["fence_id", "harm", "notes"]
    assert [int(getattr(f.type(), "value", f.type())) for f in fields] == [QT_TYPE["Int"], QT_TYPE["Double"], 10]
    copied = make_fields([("id", base.at(0).type())])  # a type taken from an existing field passes through
    assert copied.at(0).type() == base.at(0).type()
    assert make_fields(["a"], {"a": "LongLong"}).at(0).type() == field_type("LongLong")
    with pytest.raises(ValueError, match="Unknown field type 'Float'"):
        new_field("x", "Float")
    assert isinstance(new_field("y"), QgsField) and new_field("y").type() == field_type("String")
