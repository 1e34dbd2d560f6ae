"""Field types from qt_compat build fields without deprecation warnings on QGIS 3.22 and 3.40, and keep their values.

`make test` runs this file on both versions (the host's 3.22 and the trixie root's 3.40).
"""

import warnings

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QMetaType, QTime, QVariant

from hotspot_plugin.qgis_io.qt_compat import FIELDS_USE_QMETATYPE, FieldType, field_type

EVENING = QDateTime(QDate(2018, 6, 30), QTime(21, 15, 0))
# name, FieldType attribute, a value, how QGIS hands it back
ROWS = [
    ("flag", "Bool", True, True),
    ("n", "Int", 7, 7),
    ("big", "LongLong", 2**40 + 3, 2**40 + 3),
    ("harm", "Double", 271.5, 271.5),
    ("label", "String", "Burglary", "Burglary"),
    ("day", "Date", QDate(2018, 6, 30), QDate(2018, 6, 30)),
    ("at", "DateTime", EVENING, QDateTime(EVENING)),
]


def fields_without_warnings() -> QgsFields:
    fields = QgsFields()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any DeprecationWarning fails the test
        for name, kind, _, _ in ROWS:
            fields.append(QgsField(name, getattr(FieldType, kind)))
    return fields


def test_the_enum_follows_the_running_qgis():
    assert FIELDS_USE_QMETATYPE is (Qgis.QGIS_VERSION_INT >= 33800)
    expected = QMetaType.Type if FIELDS_USE_QMETATYPE else QVariant.Type
    for _, kind, _, _ in ROWS:
        assert isinstance(getattr(FieldType, kind), expected), kind
    # The two enums share integer values, so the right one is chosen, not a different type.
    assert int(FieldType.Double) == int(QVariant.Double) == int(QMetaType.Type.Double) == 6
    assert int(FieldType.String) == int(QVariant.String) == int(QMetaType.Type.QString) == 10


def test_legacy_qvariant_fields_warn_only_from_338():
    """The warning the shim avoids is real on 3.38+ (so the no-warning test above can fail) and absent on 3.22."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        QgsField("harm", QVariant.Double)
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    if FIELDS_USE_QMETATYPE:
        assert deprecations and "QgsField constructor is deprecated" in str(deprecations[0].message)
    else:
        assert not deprecations


def test_memory_layer_keeps_types_and_values():
    fields = fields_without_warnings()
    layer = QgsVectorLayer("Point?crs=EPSG:27700", "compat", "memory")
    assert layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(451000, 206000)))
    feature.setAttributes([value for _, _, value, _ in ROWS])
    assert layer.dataProvider().addFeatures([feature])[0]
    got = next(layer.getFeatures())
    for name, kind, _, back in ROWS:
        assert layer.fields().field(name).type() == getattr(FieldType, kind), name
        assert got[name] == back, name


def test_geopackage_stores_the_types(tmp_path):
    fields = fields_without_warnings()
    path = str(tmp_path / "compat.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(
        path,
        fields,
        QgsWkbTypes.Type.Point,
        QgsCoordinateReferenceSystem("EPSG:27700"),
        QgsProject.instance().transformContext(),
        options,
    )
    assert writer.hasError() == QgsVectorFileWriter.WriterError.NoError, writer.errorMessage()
    feature = QgsFeature(fields)
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(451000, 206000)))
    feature.setAttributes([value for _, _, value, _ in ROWS])
    assert writer.addFeature(feature)
    del writer
    layer = QgsVectorLayer(path, "compat", "ogr")
    assert layer.isValid()
    got = next(layer.getFeatures())
    for name, kind, _, back in ROWS:
        assert layer.fields().field(name).type() == getattr(FieldType, kind), name
        assert got[name] == back, name
    assert layer.fields().field("big").typeName().lower() == "integer64"
    assert layer.fields().field("harm").typeName().lower() == "real"


def test_field_type_from_names_and_either_enum():
    assert field_type("Double") == FieldType.Double
    assert field_type("String") == FieldType.String
    assert field_type(QVariant.LongLong) == FieldType.LongLong
    assert field_type(QMetaType.Type.QDateTime) == FieldType.DateTime
    assert field_type(14) == FieldType.Date
    expected = QMetaType.Type if FIELDS_USE_QMETATYPE else QVariant.Type
    assert isinstance(field_type(QVariant.Int), expected)
    with pytest.raises(ValueError, match="Unknown field type 'Float'"):
        field_type("Float")
    with pytest.raises(ValueError, match="Unknown field type value 9999"):
        field_type(9999)
