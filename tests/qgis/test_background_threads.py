"""Background runs (gui/background.py) keep the project's layers and Python's garbage on the main thread.

A dock's run goes through QGIS's task manager: ``processAlgorithm`` runs in a worker thread. Before
this fix the safe-outputs inspection (resolving every layer parameter, ``qgis_io/outputs.py``) ran
there too, and Python's cycle collector could run there and finalise the main thread's Qt objects;
CI crashed in about one full run in six (a segmentation fault in ``_layer_input``).
"""

import gc
import threading

from qgis.core import QgsProject, QgsVectorLayer

from hotspot_plugin.gui import background
from hotspot_plugin.qgis_io import outputs


def test_a_background_run_inspects_its_layers_on_the_main_thread(qtbot, hotspot_provider, oxford_lsoa, monkeypatch):
    threads = []
    real_inputs, real_destinations = outputs.input_files, outputs.destinations

    def input_files(*args):
        threads.append(("inputs", threading.current_thread() is threading.main_thread()))
        return real_inputs(*args)

    def destinations(*args):
        threads.append(("destinations", threading.current_thread() is threading.main_thread()))
        return real_destinations(*args)

    monkeypatch.setattr(outputs, "input_files", input_files)
    monkeypatch.setattr(outputs, "destinations", destinations)
    project = QgsProject.instance()
    areas = QgsVectorLayer(str(oxford_lsoa), "Oxford LSOAs", "ogr")
    project.addMapLayer(areas)
    finished = []
    collector_during_run = []
    try:
        run = background.start_algorithm(
            "hotspot:validategeofences",
            {"INPUT": areas.id(), "OUTPUT": "TEMPORARY_OUTPUT"},
            project,
            lambda value: collector_during_run.append(gc.isenabled()),
            lambda ok, results, context, feedback: finished.append((ok, results, feedback.textLog())),
        )
        assert run is not None
        assert not gc.isenabled()  # paused from the start of the run…
        qtbot.waitUntil(lambda: bool(finished), timeout=60000)
    finally:
        project.removeMapLayer(areas.id())
    assert gc.isenabled() and background.CYCLE_COLLECTOR.runs == 0  # …and resumed when it ended
    assert not any(collector_during_run)
    ok, results, log = finished[0]
    assert ok, log
    assert {name for name, _ in threads} == {"inputs", "destinations"}
    assert all(on_main for _, on_main in threads), threads


def test_the_collector_is_paused_once_for_runs_that_overlap():
    pause = background._CycleCollectorPause()
    assert gc.isenabled()
    pause.start()
    pause.start()
    pause.end()
    assert not gc.isenabled()  # one run still going
    pause.end()
    assert gc.isenabled()
    pause.end()  # a stray end changes nothing
    assert gc.isenabled() and pause.runs == 0


def test_outputs_collect_garbage_only_on_the_main_thread(monkeypatch):
    calls = []
    monkeypatch.setattr(outputs.gc, "collect", lambda *args: calls.append(threading.current_thread().name))
    worker = threading.Thread(target=outputs.collect_garbage, name="worker")
    worker.start()
    worker.join()
    outputs.collect_garbage()
    assert calls == [threading.main_thread().name]
