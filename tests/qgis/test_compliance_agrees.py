"""One compliance: on the Hollowford demo chain the map, the tasking dock and the exception report agree.

schedule → tracks → dwellcompliance (per-tasking table) → exceptionreport → the dock's table model:
every tasking has the same status in the per-tasking table, the exception report and the dock; every
fence's map status is the sum of its taskings' statuses and is drawn in the colour the dock tints
that status with.
"""

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

from hotspot_plugin.core.dwell.compliance import MET, NO_DATA, NOT_MET, PARTLY_MET, STATUS_COLOURS
from hotspot_plugin.gui.demo_steps import run_demo_chain

from .tasking_data import rows_of

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chain(hotspot_provider, tmp_path_factory):
    outcome = run_demo_chain(tmp_path_factory.mktemp("compliance_chain"))
    assert not outcome.failed, outcome.failed
    for product in ("taskings", "compliance", "fences_dwell", "exceptions", "visits"):
        assert product in outcome.products, (product, outcome.skipped)
    return outcome


def layer(path) -> QgsVectorLayer:
    loaded = QgsVectorLayer(str(path), Path(str(path)).stem, "ogr")
    assert loaded.isValid(), path
    return loaded


def fence_status_of(statuses):
    """What a fence's status must be, from its taskings' statuses (the rule compliance.fence_compliance sums)."""
    covered = [s for s in statuses if s != NO_DATA]
    if not statuses:
        return "no tasking"
    if not covered:
        return NO_DATA
    if all(s == MET for s in covered):
        return MET
    if all(s == NOT_MET for s in covered):
        return NOT_MET
    return PARTLY_MET


def test_map_dock_and_exception_report_agree_on_every_tasking(chain, qgis_canvas, qgis_new_project, qtbot):
    from hotspot_plugin.gui.tasking.dock import TaskingDock

    table = {r["task_id"]: r for r in rows_of(layer(chain.products["compliance"]))}
    report = {r["task_id"]: r for r in rows_of(layer(chain.products["exceptions"]))}
    assert table and set(report) == set(table)
    for task_id, row in table.items():
        assert report[task_id]["status"] == row["status"], task_id
        if row["status"] == NO_DATA:
            assert report[task_id]["delivered_min"] is None  # unknown, not 0
        else:
            assert report[task_id]["delivered_min"] == pytest.approx(row["delivered_min"], abs=0.05)
    # The demo day shows every status a tasking can have except no data (the officers were tracked all day).
    assert {r["status"] for r in table.values()} >= {MET, PARTLY_MET, NOT_MET}

    # The dock: the demo schedule, and the exception report made from the per-tasking table.
    project = QgsProject.instance()
    schedule = layer(chain.products["taskings"])
    fences = layer(chain.products["fences"])
    compliance = layer(chain.products["compliance"])
    project.addMapLayers([schedule, fences, compliance])
    dock = TaskingDock(qgis_canvas, project)
    qtbot.addWidget(dock)
    dock.session.fences_layer = fences
    dock.session.set_plan(dock.session.taskings_from_layer(schedule))
    dock.delivery.compliance_combo.setLayer(compliance)
    dock.delivery.check_delivery()
    qtbot.waitUntil(lambda: not dock.is_running() and bool(dock.model.delivered), timeout=60000)
    assert dock.delivery.runner.last_error == ""
    from hotspot_plugin.gui.tasking.model import column, status_brush

    shown = {}
    for row, task in enumerate(dock.model.taskings):
        if task.task_id in table:
            shown[task.task_id] = dock.model.data(dock.model.index(row, column("status")))
    assert shown == {task_id: row["status"] for task_id, row in table.items()}

    # The map: each fence's compliance status is its taskings' statuses summed, in the dock's colour.
    dwell = layer(chain.products["fences_dwell"])
    by_fence = {}
    for row in table.values():
        by_fence.setdefault(str(row["fence_id"]), []).append(row["status"])
    renderer = dwell.renderer()
    assert (renderer.type(), renderer.classAttribute()) == ("categorizedSymbol", "compliance_status")
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    for feature in dwell.getFeatures():
        status = feature["compliance_status"]
        assert status == fence_status_of(by_fence.get(str(feature["fence_id"]), [])), feature["fence_id"]
        if status in STATUS_COLOURS:
            assert colours[status] == QColor(STATUS_COLOURS[status]).name()
            assert status_brush(status).color().name() == QColor(STATUS_COLOURS[status]).name()
    dock.cleanup()


def test_visits_alone_can_only_turn_not_met_into_no_data(chain, run_alg, tmp_path):
    """The exception report from the visits alone estimates tracking; where it differs from the per-tasking
    table it says no data for a tasking the tracks show not met — never the other way round."""
    from_visits = run_alg(
        "exceptionreport",
        {"TASKINGS": chain.products["taskings"], "VISITS": chain.products["visits"], "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    estimated = {r["task_id"]: r["status"] for r in rows_of(from_visits["OUTPUT"])}
    exact = {r["task_id"]: r["status"] for r in rows_of(layer(chain.products["compliance"]))}
    assert set(estimated) == set(exact)
    for task_id, status in exact.items():
        assert estimated[task_id] == status or (status == NOT_MET and estimated[task_id] == NO_DATA), task_id
