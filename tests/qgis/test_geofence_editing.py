# ruff: noqa: F811 - the PostGIS fixtures and the guard fixture are imported from helper modules
"""Saving edits to geofence layers: the check on save loses no edit; planners in PostGIS at the same time."""

import pytest
from qgis.core import Qgis, QgsGeometry, QgsProject
from qgis.PyQt.QtWidgets import QPushButton

from hotspot_plugin.gui.geofence_guard import GeofenceEditWatcher, edited_state_problems
from hotspot_plugin.qgis_io.geofence_store import read_history
from tests.qgis.geofence_helpers import (  # noqa: F401 - guard is a fixture
    add_fence,
    create_geofence_layer,
    fence_by_name,
    guard,
    open_layer,
    same_shape,
    square,
    unstarted_guard,
)
from tests.qgis.postgis_db import pg_schema, postgis_server  # noqa: F401 - fixtures

BOW_TIE = "POLYGON((1000 0,1100 100,1100 0,1000 100,1000 0))"


@pytest.mark.parametrize("backend", ["gpkg", pytest.param("postgis", marks=pytest.mark.postgis)])
def test_failed_check_warns_with_the_list_and_loses_no_edit(guard, qgis_iface, run_alg, tmp_path, request, backend):
    schema = request.getfixturevalue("pg_schema") if backend == "postgis" else None
    layer = create_geofence_layer(run_alg, backend, tmp_path, schema)
    QgsProject.instance().addMapLayer(layer)
    assert layer.id() in guard.watchers
    assert layer.startEditing()
    add_fence(layer, square(0, 0, 100), name="live one", status="live")
    add_fence(layer, square(50, 0, 100), name="overlapping", status="draft")
    add_fence(layer, QgsGeometry.fromWkt(BOW_TIE), name="bow tie", status="draft")
    assert layer.commitChanges(False), layer.commitErrors()  # the check never blocks the save
    assert layer.isEditable()  # stopEditing=False: the session goes on as the planner chose

    bar = qgis_iface.messageBar()
    items = bar.items()
    assert len(items) == 1 and items[0].level() == Qgis.Warning
    text = items[0].text()
    assert "invalid geometry" in text and "overlaps a live fence" in text
    # Nothing silently changed or dropped: every fence is saved exactly as drawn, the bow tie included.
    reopened = open_layer(layer.source(), layer.providerType())
    assert {f["name"] for f in reopened.getFeatures()} == {"live one", "overlapping", "bow tie"}
    assert same_shape(fence_by_name(reopened, "bow tie").geometry(), QgsGeometry.fromWkt(BOW_TIE)) or fence_by_name(
        reopened, "bow tie"
    ).geometry().asWkt(0) == QgsGeometry.fromWkt(BOW_TIE).asWkt(0)
    assert not fence_by_name(reopened, "bow tie").geometry().isGeosValid()

    button = items[0].findChild(QPushButton, "GeofenceShowProblemsButton")
    button.click()
    problem_layers = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name().startswith("Problems")]
    assert len(problem_layers) == 1
    rows = {(f["fence_id"], f["problem"]) for f in problem_layers[0].getFeatures()}
    ids = {f["name"]: str(f["fence_id"]) for f in reopened.getFeatures()}
    assert (ids["bow tie"], "invalid geometry") in rows
    assert (ids["overlapping"], "overlaps a live fence") in rows

    # Fixing the problems in a later edit: the next save is clean and shows nothing new.
    bar.clearWidgets()
    layer.deleteFeature(fence_by_name(layer, "bow tie").id())
    layer.changeGeometry(fence_by_name(layer, "overlapping").id(), square(300, 0, 100))
    assert layer.commitChanges(), layer.commitErrors()
    assert bar.items() == []


def test_unsaved_edits_are_what_is_checked(tmp_path, run_alg):
    layer = create_geofence_layer(run_alg, "gpkg", tmp_path)
    assert layer.startEditing()
    add_fence(layer, square(0, 0, 5), name="sliver", status="draft")
    problems = edited_state_problems(layer, QgsProject.instance())
    assert [(p.fence_id, p.problem) for p in problems] == [("new: sliver", "area below minimum")]
    # The limits are layer variables (Layer Properties → Variables), saved with the default style.
    from qgis.core import QgsExpressionContextUtils

    QgsExpressionContextUtils.setLayerVariable(layer, "geofence_min_area_m2", "10")
    assert edited_state_problems(layer, QgsProject.instance()) == []
    add_fence(layer, square(1000, 0, 100), name="live", status="live")
    add_fence(layer, square(1050, 50, 100), name="live 2", status="live")
    assert len(edited_state_problems(layer, QgsProject.instance())) == 2
    QgsExpressionContextUtils.setLayerVariable(layer, "geofence_allow_overlap", "1")
    assert edited_state_problems(layer, QgsProject.instance()) == []
    layer.rollBack()
    reopened = open_layer(layer.source(), "ogr")
    scope = QgsExpressionContextUtils.layerScope(reopened)
    assert float(scope.variable("geofence_max_area_m2")) == 250000.0


@pytest.mark.postgis
def test_two_planners_editing_different_fences_both_land(run_alg, tmp_path, pg_schema):  # noqa: F811
    base = create_geofence_layer(run_alg, "postgis", tmp_path, pg_schema)
    assert base.startEditing()
    add_fence(base, square(0, 0, 100), name="A", status="live")
    add_fence(base, square(500, 0, 100), name="B", status="live")
    assert base.commitChanges(), base.commitErrors()

    one, two = open_layer(base.source(), "postgres", "planner 1"), open_layer(base.source(), "postgres", "planner 2")
    watchers = [GeofenceEditWatcher(one), GeofenceEditWatcher(two)]
    assert one.startEditing() and two.startEditing()
    assert one.changeGeometry(fence_by_name(one, "A").id(), square(0, 0, 120))
    assert two.changeGeometry(fence_by_name(two, "B").id(), square(500, 0, 80))
    assert one.commitChanges(), one.commitErrors()
    assert two.commitChanges(), two.commitErrors()

    fresh = open_layer(base.source(), "postgres")
    assert fence_by_name(fresh, "A").geometry().area() == pytest.approx(14400.0)
    assert fence_by_name(fresh, "B").geometry().area() == pytest.approx(6400.0)
    assert [r["action"] for r in read_history(fresh)] == ["insert", "insert", "update", "update"]
    assert len(watchers) == 2


@pytest.mark.postgis
def test_conflicting_edit_of_the_same_fence_is_reported_not_lost(run_alg, tmp_path, pg_schema):  # noqa: F811
    base = create_geofence_layer(run_alg, "postgis", tmp_path, pg_schema)
    assert base.startEditing()
    add_fence(base, square(0, 0, 100), name="A", status="live")
    assert base.commitChanges(), base.commitErrors()

    one, two = open_layer(base.source(), "postgres", "planner 1"), open_layer(base.source(), "postgres", "planner 2")
    watcher_one, watcher_two = GeofenceEditWatcher(one), GeofenceEditWatcher(two)
    assert one.startEditing() and two.startEditing()
    fid = fence_by_name(one, "A").id()
    first, second = square(0, 0, 120), square(-20, -20, 140)
    assert one.changeGeometry(fid, first)
    assert two.changeGeometry(fid, second)
    assert one.commitChanges(), one.commitErrors()

    assert not two.commitChanges()  # refused by the database
    errors = "\n".join(two.commitErrors())
    assert "Edit conflict on fence" in errors and "hotspot_test" in errors
    # The second planner's edit is still in the buffer; the first planner's is in the database.
    assert two.isEditable()
    assert same_shape(two.editBuffer().changedGeometries()[fid], second)
    fresh = open_layer(base.source(), "postgres")
    assert same_shape(fence_by_name(fresh, "A").geometry(), first)

    # The second planner looks at the first one's change and keeps theirs, knowingly.
    watcher_two.accept_current_versions()
    assert two.commitChanges(), two.commitErrors()
    fresh = open_layer(base.source(), "postgres")
    assert same_shape(fence_by_name(fresh, "A").geometry(), second)
    updates = [r for r in read_history(fresh) if r["action"] == "update"]
    assert len(updates) == 2  # both changes are in the history: nothing was lost
    assert same_shape(updates[0]["new_wkb"], first) and same_shape(updates[1]["old_wkb"], first)
    assert same_shape(updates[1]["new_wkb"], second)
    watcher_one.detach()
    watcher_two.detach()


@pytest.mark.postgis
def test_conflict_message_offers_to_keep_my_version(guard, qgis_iface, qtbot, run_alg, tmp_path, pg_schema):  # noqa: F811
    base = create_geofence_layer(run_alg, "postgis", tmp_path, pg_schema)
    assert base.startEditing()
    add_fence(base, square(0, 0, 100), name="A", status="live")
    assert base.commitChanges(), base.commitErrors()
    other = open_layer(base.source(), "postgres", "other planner")
    mine = open_layer(base.source(), "postgres", "my layer")
    GeofenceEditWatcher(other)
    QgsProject.instance().addMapLayer(mine)  # the guard watches it
    fid = fence_by_name(mine, "A").id()
    assert mine.startEditing() and other.startEditing()
    assert mine.changeGeometry(fid, square(0, 0, 50))
    assert other.changeGeometry(fid, square(0, 0, 70))
    assert other.commitChanges(), other.commitErrors()

    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    assert not mine.commitChanges(False)
    qtbot.waitUntil(lambda: len(bar.items()) == 1, timeout=2000)
    item = bar.items()[0]
    assert item.level() == Qgis.Critical and f"fence(s) {fid}" in item.text()
    item.findChild(QPushButton, "GeofenceKeepMineButton").click()
    assert mine.commitChanges(), mine.commitErrors()
    assert fence_by_name(open_layer(base.source(), "postgres"), "A").geometry().area() == pytest.approx(2500.0)
