# ruff: noqa: F811 - the PostGIS fixtures are imported from tests/qgis/postgis_db.py
"""Two QGIS sessions on one PostGIS fence: the second save never silently overwrites the first.

Issue 11 item 9: a layer opened where the plugin's edit watcher did not run (from the Browser before
the plugin attached, through a model) overwrote another planner's saved change. Now the database
itself refuses an update that is based on an old version or does not say its base, the watcher
attaches to geofence layers however they are opened, and the history export flags overwritten edits.
"""

import psycopg2
import pytest
from qgis.core import Qgis, QgsProject, QgsVectorLayer

from hotspot_plugin.gui.geofence_guard import GeofenceEditWatcher
from hotspot_plugin.qgis_io.geofence_store import read_history
from hotspot_plugin.qgis_io.values import is_null
from tests.qgis.geofence_helpers import (  # noqa: F401 - unstarted_guard is a fixture
    add_fence,
    create_geofence_layer,
    fence_by_name,
    same_shape,
    square,
    unstarted_guard,
)
from tests.qgis.postgis_db import pg_schema, postgis_server  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgis

FIRST, SECOND = square(0, 0, 120), square(-20, -20, 140)


@pytest.fixture
def fence_source(run_alg, tmp_path, pg_schema):
    """A PostGIS geofence layer holding one live fence "A"; its source (no password)."""
    base = create_geofence_layer(run_alg, "postgis", tmp_path, pg_schema)
    assert base.startEditing()
    add_fence(base, square(0, 0, 100), name="A", status="live")
    assert base.commitChanges(), base.commitErrors()
    return base.source()


def plain_layer(source: str, name: str, default_style: bool = True) -> QgsVectorLayer:
    """A layer as plain QGIS opens it, without the plugin (with or without its default style)."""
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = default_style
    layer = QgsVectorLayer(source, name, "postgres", options)
    assert layer.isValid()
    return layer


def both_change_a(first: QgsVectorLayer, second: QgsVectorLayer) -> int:
    """Both planners start editing and change fence A (to FIRST and SECOND); the first one saves.
    Returns A's feature id."""
    assert first.startEditing() and second.startEditing()
    fid = fence_by_name(first, "A").id()
    assert second.changeGeometry(fid, SECOND)
    assert first.changeGeometry(fid, FIRST)
    assert first.commitChanges(), first.commitErrors()
    return fid


def plain(value):
    return None if is_null(value) else value


def in_database(source: str):
    return fence_by_name(plain_layer(source, "check"), "A")


def test_two_plain_qgis_sessions_the_second_save_is_refused_not_lost(fence_source):
    one, two = plain_layer(fence_source, "planner 1"), plain_layer(fence_source, "planner 2")
    fid = both_change_a(one, two)

    assert not two.commitChanges()
    assert "Edit conflict on fence" in "\n".join(two.commitErrors())
    assert two.isEditable() and same_shape(two.editBuffer().changedGeometries()[fid], SECOND)
    assert same_shape(in_database(fence_source).geometry(), FIRST)
    assert in_database(fence_source)["version"] == 2
    assert [r["action"] for r in read_history(one)] == ["insert", "update"]


def test_a_layer_opened_without_its_default_style_cannot_overwrite_silently(fence_source):
    one = plain_layer(fence_source, "planner 1")
    two = plain_layer(fence_source, "no style", default_style=False)
    assert not two.defaultValueDefinition(two.fields().lookupField("base_version")).isValid()
    fid = both_change_a(one, two)

    assert not two.commitChanges()
    errors = "\n".join(two.commitErrors())
    assert "does not say which version of the fence it is based on" in errors
    assert "base_version" in errors  # the hint says what to do
    assert two.isEditable() and same_shape(two.editBuffer().changedGeometries()[fid], SECOND)
    assert same_shape(in_database(fence_source).geometry(), FIRST)

    # A watcher attached after the edit cannot know its base either, so it does not guess one.
    watcher = GeofenceEditWatcher(two)
    assert not two.commitChanges()
    assert same_shape(in_database(fence_source).geometry(), FIRST)
    # Edits made once it watches are stamped, like those of a layer with its default style.
    two.rollBack()
    assert two.startEditing()
    assert two.changeGeometry(fid, SECOND)
    assert two.commitChanges(), two.commitErrors()
    assert same_shape(in_database(fence_source).geometry(), SECOND)
    watcher.detach()


def test_sql_updates_must_say_their_base_version(fence_source, pg_schema):
    fence_id = in_database(fence_source)["fence_id"]
    table = f'"{pg_schema.schema}"."geofences"'
    with pytest.raises(psycopg2.errors.CheckViolation, match="does not say which version"):
        pg_schema.sql(f"UPDATE {table} SET notes = 'psql' WHERE fence_id = %s", (fence_id,))
    with pytest.raises(psycopg2.errors.SerializationFailure, match=f"Edit conflict on fence {fence_id}"):
        pg_schema.sql(f"UPDATE {table} SET notes = 'psql', base_version = 0 WHERE fence_id = %s", (fence_id,))
    pg_schema.sql(f"UPDATE {table} SET notes = 'psql', base_version = version WHERE fence_id = %s", (fence_id,))
    row = pg_schema.sql(
        f"SELECT notes, version, based_on_version, base_version, overwrites_version FROM {table} WHERE fence_id = %s",
        (fence_id,),
    )
    assert row == [("psql", 2, 1, None, None)]


def test_the_watcher_attaches_however_the_layer_is_opened(
    unstarted_guard, hotspot_provider, fence_source, pg_schema, tmp_path
):
    from qgis import processing

    guard = unstarted_guard
    project = QgsProject.instance()
    # Added (e.g. from the Browser) before the plugin started.
    early = plain_layer(fence_source, "before the plugin")
    project.addMapLayer(early)
    guard.initGui()
    assert early.id() in guard.watchers
    # Added later.
    later = plain_layer(fence_source, "added later")
    project.addMapLayer(later)
    assert later.id() in guard.watchers
    # Loaded by a Processing run (a model's output is loaded the same way).
    processing.runAndLoadResults(
        "hotspot:creategeofencelayer",
        {"DATABASE": pg_schema.connection_name, "SCHEMA": pg_schema.schema, "TABLE": "from_a_model"},
    )
    [loaded] = project.mapLayersByName("from_a_model")
    assert loaded.id() in guard.watchers
    # Unavailable when its project was opened, repaired later.
    broken = QgsVectorLayer(fence_source.replace('."geofences"', '."no_such_table"'), "repaired", "postgres")
    assert not broken.isValid()
    project.addMapLayer(broken)
    assert broken.id() not in guard.watchers
    broken.setDataSource(fence_source, "repaired", "postgres", True)
    assert broken.isValid() and broken.id() in guard.watchers
    # Read with a project.
    path = str(tmp_path / "planning.qgs")
    assert project.write(path)
    project.clear()
    assert guard.watchers == {}
    assert project.read(path)
    layers = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)]
    assert len(layers) == 4 and all(layer.id() in guard.watchers for layer in layers)


def test_a_project_layer_shows_the_conflict_in_the_message_bar(
    unstarted_guard, qgis_iface, qtbot, fence_source, tmp_path
):
    guard = unstarted_guard
    project = QgsProject.instance()
    project.addMapLayer(plain_layer(fence_source, "mine"))
    path = str(tmp_path / "mine.qgs")
    assert project.write(path)
    project.clear()
    assert project.read(path)
    guard.initGui()
    [mine] = project.mapLayersByName("mine")
    other = plain_layer(fence_source, "other planner")
    fid = fence_by_name(mine, "A").id()
    assert mine.startEditing() and other.startEditing()
    assert mine.changeGeometry(fid, SECOND)
    assert other.changeGeometry(fid, FIRST)
    assert other.commitChanges(), other.commitErrors()
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    assert not mine.commitChanges(False)
    qtbot.waitUntil(lambda: len(bar.items()) == 1, timeout=2000)
    assert bar.items()[0].level() == Qgis.Critical and "another planner saved" in bar.items()[0].text()
    assert mine.isEditable() and same_shape(mine.editBuffer().changedGeometries()[fid], SECOND)


def test_the_history_export_flags_overwritten_edits(run_alg, fence_source):
    one, two = plain_layer(fence_source, "planner 1"), plain_layer(fence_source, "planner 2")
    watcher = GeofenceEditWatcher(two)
    both_change_a(one, two)
    assert not two.commitChanges()
    watcher.accept_current_versions()  # "Keep my version", knowingly
    assert two.commitChanges(), two.commitErrors()
    watcher.detach()

    result = run_alg("geofencehistory", {"INPUT": one, "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = sorted(result["OUTPUT"].getFeatures(), key=lambda f: f["history_id"])
    table = [tuple(plain(r[k]) for k in ("action", "version", "based_on_version", "overwrote")) for r in rows]
    assert table == [("insert", 1, None, False), ("update", 2, 1, False), ("update", 3, 1, True)]
    insert, first, second = rows
    assert first["overwritten_by"] == second["history_id"]  # planner 1's change was replaced ...
    assert same_shape(first.geometry(), FIRST)  # ... and is still there to see
    assert plain(insert["overwritten_by"]) is None and plain(second["overwritten_by"]) is None
    assert result["N_OVERWRITTEN"] == 1
    only_second = run_alg(
        "geofencehistory",
        {"INPUT": one, "FENCE_IDS": str(in_database(fence_source)["fence_id"]), "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert only_second["N_OVERWRITTEN"] == 1
