"""Geofence layers in a GeoPackage and in a real PostGIS: form, history, validation, append from hot spots."""

import getpass

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip

from hotspot_plugin.qgis_io.geofence_store import GEOFENCE_PROPERTY, is_geofence_layer, read_history
from tests.qgis.feedback import LogFeedback
from tests.qgis.geofence_helpers import (
    add_fence,
    cell_layer,
    create_geofence_layer,
    fence_by_name,
    open_layer,
    same_shape,
    square,
)
from tests.qgis.postgis_db import pg_schema, postgis_server  # noqa: F401 - fixtures

BACKENDS = ["gpkg", pytest.param("postgis", marks=pytest.mark.postgis)]


@pytest.fixture(params=BACKENDS)
def backend(request):
    return request.param


@pytest.fixture
def geofences(request, backend, run_alg, tmp_path):
    """An empty geofence layer made by hotspot:creategeofencelayer, in each backend."""
    schema = request.getfixturevalue("pg_schema") if backend == "postgis" else None
    layer = create_geofence_layer(run_alg, backend, tmp_path, schema)
    layer.setCustomProperty("test/backend", backend)
    yield layer
    if layer.isEditable():
        layer.rollBack()
    # Free the layer (and its GeoPackage connection) now, not at interpreter exit after QGIS has
    # shut down, which crashes the process.
    sip.delete(layer)


def expected_user(layer) -> str:
    # PostGIS records the database role; a GeoPackage the QGIS user (@user_account_name).
    return "hotspot_test" if layer.providerType() == "postgres" else QgsApplication.userLoginName()


def test_layer_opens_ready_to_edit(geofences):
    layer = geofences
    names = layer.fields().names()
    for name in ("fence_id", "name", "rank", "status", "valid_from", "valid_to", "notes", "edited_by", "edited_at"):
        assert name in names
    assert layer.crs() == QgsCoordinateReferenceSystem("EPSG:27700")
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry
    # The form comes from the default style saved in the database (layer_styles), not from the plugin.
    assert layer.customProperty(GEOFENCE_PROPERTY) == "1"
    assert is_geofence_layer(layer)
    fields = layer.fields()
    status = layer.editorWidgetSetup(fields.lookupField("status"))
    assert status.type() == "ValueMap"
    assert {list(d.values())[0] for d in status.config()["map"]} == {"draft", "live", "retired"}
    assert layer.editorWidgetSetup(fields.lookupField("valid_from")).type() == "DateTime"
    assert layer.editFormConfig().readOnly(fields.lookupField("fence_id"))
    assert layer.editFormConfig().readOnly(fields.lookupField("edited_by"))
    assert layer.defaultValueDefinition(fields.lookupField("edited_by")).expression() == "@user_account_name"
    assert layer.defaultValueDefinition(fields.lookupField("edited_at")).applyOnUpdate()


def test_history_records_insert_update_delete_with_geometries(geofences):
    layer = geofences
    a, b, a_moved = square(0, 0, 100), square(500, 0, 100), square(0, 0, 150)
    assert layer.startEditing()
    add_fence(layer, a, name="A", status="live")
    add_fence(layer, b, name="B", status="draft")
    assert layer.commitChanges(), layer.commitErrors()
    fence_a, fence_b = fence_by_name(layer, "A"), fence_by_name(layer, "B")
    id_a, id_b = fence_a["fence_id"], fence_b["fence_id"]
    assert id_a and id_b and id_a != id_b
    assert fence_a["edited_by"] == expected_user(layer)

    assert layer.startEditing()
    assert layer.changeGeometry(fence_a.id(), a_moved)
    assert layer.changeAttributeValue(fence_b.id(), layer.fields().lookupField("notes"), "attribute only")
    assert layer.commitChanges(), layer.commitErrors()
    assert layer.startEditing()
    assert layer.deleteFeature(fence_b.id())
    assert layer.commitChanges(), layer.commitErrors()

    # A fresh layer object on the same table: the history lives in the database, not in QGIS.
    reopened = open_layer(layer.source(), layer.providerType())
    rows = read_history(reopened)
    assert [(r["action"], r["fence_id"]) for r in rows] == [
        ("insert", id_a),
        ("insert", id_b),
        ("update", id_a),
        ("delete", id_b),
    ]
    insert_a, insert_b, update_a, delete_b = rows
    assert insert_a["old_wkb"] is None and same_shape(insert_a["new_wkb"], a)
    assert same_shape(update_a["old_wkb"], a) and same_shape(update_a["new_wkb"], a_moved)
    assert same_shape(delete_b["old_wkb"], b) and delete_b["new_wkb"] is None
    assert all(r["edited_by"] == expected_user(layer) for r in rows)
    assert all(r["edited_at"][:4].isdigit() and r["edited_at"].endswith("Z") for r in rows)
    assert fence_by_name(reopened, "A")["fence_id"] == id_a  # ids are stable


def test_history_export_algorithm(geofences, run_alg):
    layer = geofences
    assert layer.startEditing()
    add_fence(layer, square(0, 0, 100), name="A", status="live")
    assert layer.commitChanges(), layer.commitErrors()
    fence = fence_by_name(layer, "A")
    assert layer.startEditing()
    layer.changeGeometry(fence.id(), square(0, 0, 120))
    assert layer.commitChanges(), layer.commitErrors()

    result = run_alg("geofencehistory", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = result["OUTPUT"]
    rows = list(out.getFeatures(QgsFeatureRequest().addOrderBy("history_id")))
    assert result["N_CHANGES"] == 2
    assert [r["action"] for r in rows] == ["insert", "update"]
    assert rows[1]["old_area_m2"] == pytest.approx(10000.0) and rows[1]["new_area_m2"] == pytest.approx(14400.0)
    assert rows[1].geometry().area() == pytest.approx(14400.0)
    assert rows[1]["edited_at"].isValid()
    before = run_alg(
        "geofencehistory",
        {"INPUT": layer, "GEOMETRY": 1, "FENCE_IDS": str(fence["fence_id"]), "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    areas = sorted(f.geometry().area() for f in before.getFeatures())
    assert areas == pytest.approx([10000.0, 10000.0])  # insert has no "before": its new geometry


HOT = [(0, 0, 100, 3, 10.0, 5), (100, 0, 100, 2, 8.0, 4), (1000, 0, 100, 0, 1.0, 1)]


def test_validation_finds_every_problem_in_the_layer_and_none_when_clean(geofences, run_alg):
    layer = geofences
    cells = cell_layer(HOT)
    assert layer.startEditing()
    add_fence(layer, square(0, 0, 100), name="good", status="live")
    add_fence(layer, square(100, 0, 100), name="neighbour", status="live")
    assert layer.commitChanges(), layer.commitErrors()
    log = LogFeedback()
    clean = run_alg(
        "validategeofences",
        {"INPUT": layer, "HOTSPOTS": cells, "MIN_AREA": 1000, "MAX_AREA": 50000, "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=log,
    )
    assert clean["N_PROBLEMS"] == 0 and clean["OUTPUT"].featureCount() == 0
    assert any("No problems: all 2 fences pass every check" in line for line in log.lines)

    assert layer.startEditing()
    from qgis.core import QgsGeometry

    add_fence(layer, QgsGeometry.fromWkt("POLYGON((0 0,100 100,100 0,0 100,0 0))"), name="bow tie", status="draft")
    add_fence(layer, square(50, 0, 100), name="overlap", status="draft")
    add_fence(layer, square(2000, 2000, 10), name="tiny", status="draft")
    add_fence(layer, square(-1000, -1000, 400), name="huge", status="draft")
    assert layer.commitChanges(), layer.commitErrors()
    ids = {f["name"]: f["fence_id"] for f in layer.getFeatures()}
    result = run_alg(
        "validategeofences",
        {"INPUT": layer, "HOTSPOTS": cells, "MIN_AREA": 1000, "MAX_AREA": 50000, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    found = {(f["fence_id"], f["problem"]) for f in result["OUTPUT"].getFeatures()}
    assert (ids["bow tie"], "invalid geometry") in found
    assert (ids["overlap"], "overlaps a live fence") in found
    assert (ids["tiny"], "area below minimum") in found
    assert (ids["tiny"], "covers no hot cell") in found
    assert (ids["huge"], "area above maximum") in found
    assert (ids["huge"], "covers no hot cell") in found
    assert not any(fid in (ids["good"], ids["neighbour"]) for fid, _ in found)
    # The "overlap" draft overlaps both live fences: one row for each.
    assert result["N_PROBLEMS"] == result["OUTPUT"].featureCount() == len(found) + 1


def test_geofences_from_hotspots_fill_a_new_layer(run_alg, tmp_path, request, backend):
    cells = cell_layer(HOT + [(3000, 0, 100, 3, 20.0, 9)])
    fences = run_alg("geofencesfromhotspots", {"INPUT": cells, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    if backend == "gpkg":
        params = {"OUTPUT": str(tmp_path / "fences.gpkg")}
    else:
        schema = request.getfixturevalue("pg_schema")
        params = {"DATABASE": schema.connection_name, "SCHEMA": schema.schema}
    result = run_alg("creategeofencelayer", dict(params, TABLE="from_hotspots", FENCES=fences))
    layer = open_layer(result["GEOFENCES"], result["PROVIDER"])
    rows = {f["name"]: f for f in layer.getFeatures()}
    assert set(rows) == {"Hot spot 1", "Hot spot 2"}
    assert rows["Hot spot 1"]["rank"] == 1 and rows["Hot spot 1"]["status"] == "draft"
    assert rows["Hot spot 1"].geometry().area() == pytest.approx(100.0 * 100.0)  # the 3000 m cell: most harm
    assert rows["Hot spot 2"].geometry().area() == pytest.approx(2 * 100.0 * 100.0)
    assert len({f["fence_id"] for f in layer.getFeatures()}) == 2
    assert [r["action"] for r in read_history(layer)] == ["insert", "insert"]


def test_refuses_to_overwrite_an_existing_table(geofences, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    layer = geofences
    if layer.providerType() == "postgres":
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri(layer.source())
        schema = layer.customProperty("test/backend")
        assert schema == "postgis"
        connection_name = [n for n in _connections() if n.startswith("hotspot_test_")][0]
        params = {"DATABASE": connection_name, "SCHEMA": uri.schema(), "TABLE": uri.table()}
    else:
        params = {"OUTPUT": str(tmp_path / "fences.gpkg"), "TABLE": "geofences"}
    with pytest.raises(QgsProcessingException, match="already"):
        run_alg("creategeofencelayer", params)
    assert isinstance(open_layer(layer.source(), layer.providerType()), QgsVectorLayer)


def _connections():
    from qgis.core import QgsProviderRegistry

    return list(QgsProviderRegistry.instance().providerMetadata("postgres").connections(False).keys())


def test_current_user_name_is_recorded_in_gpkg(tmp_path, run_alg):
    layer = create_geofence_layer(run_alg, "gpkg", tmp_path)
    assert layer.startEditing()
    add_fence(layer, square(0, 0, 100), name="A")
    assert layer.commitChanges()
    assert read_history(layer)[0]["edited_by"] in (QgsApplication.userLoginName(), getpass.getuser())
