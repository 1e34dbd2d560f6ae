"""Import-light (issue 14 item 1): loading the plugin and listing its algorithms loads no analysis library.

QGIS imports every enabled plugin at start-up and every ``qgis_process`` call lists the providers'
algorithms, so what the plugin imports there costs every user on every start. The analysis (numpy,
scipy, pandas, shapely and the core modules using them) is imported when an algorithm runs.
Each check runs in a fresh interpreter, as QGIS or qgis_process starts one.
"""

import importlib.util
import json
import subprocess
import sys

from tests.conftest import REPO

HEAVY = ("numpy", "scipy", "pandas", "shapely")
#: The core modules an algorithm's definition (or the safe-output base) may use: no analysis among them.
LIGHT_CORE = {
    "hotspot_plugin.core",
    "hotspot_plugin.core.access",
    "hotspot_plugin.core.atomic_files",
    "hotspot_plugin.core.credentials",
    "hotspot_plugin.core.csv_export",
    "hotspot_plugin.core.errors",
    "hotspot_plugin.core.geofence_schema",
    "hotspot_plugin.core.geopackage",
    "hotspot_plugin.core.resources",
    "hotspot_plugin.core.text",  # the core's hook for translated text (no import of its own)
}

#: Start QGIS, import the plugin as QGIS does (classFactory) and register its provider (initProcessing).
START = """
import json, sys
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
before = set(sys.modules)
import hotspot_plugin
plugin = hotspot_plugin.classFactory(None)
plugin.initProcessing()
registry = QgsApplication.processingRegistry()
"""

#: What the toolbox, the modeller, batch mode and qgis_process ask of every algorithm.
LIST = """
algorithms = {}
for algorithm in registry.providerById("hotspot").algorithms():
    copy = algorithm.createInstance()
    copy.initAlgorithm()
    algorithms[algorithm.id()] = [p.name() for p in copy.parameterDefinitions()]
    assert copy.displayName() and copy.group() and copy.shortHelpString()
print(json.dumps({"algorithms": algorithms, "loaded": sorted(set(sys.modules) - before)}))
"""

#: A run of one algorithm (a two-day schedule for one fence) in the same process.
RUN = """
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingContext, QgsProcessingFeedback, QgsRectangle
from qgis.core import QgsVectorLayer
layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=fence_id:integer", "fences", "memory")
feature = QgsFeature(layer.fields())
feature.setAttributes([1])
feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 100, 100)))
layer.dataProvider().addFeatures([feature])
algorithm = registry.createAlgorithmById("hotspot:taskingschedule")
parameters = {"FENCES": layer, "START_DATE": "2026-03-02", "END_DATE": "2026-03-03", "OUTPUT": "memory:"}
context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
assert algorithm.prepare(parameters, context, feedback)
results = algorithm.runPrepared(parameters, context, feedback)
loaded = sorted(set(sys.modules) - before)
print(json.dumps({"places": results["N_PLACES"], "loaded": loaded, "all": sorted(sys.modules)}))
"""


def run_python(code: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": "/tmp"},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_listing_the_algorithms_loads_no_analysis_library():
    listed = run_python(START + LIST)
    # 13 algorithms, the two chains (models/*.model3), the six of Trial evaluation (issue 15) and six of Trends (16)
    assert len(listed["algorithms"]) == 13 + 2 + 6 + 6
    assert {"hotspot:policeukchain", "hotspot:trackschain", "hotspot:trialeffect"} <= set(listed["algorithms"])
    trends = ("emerginghotspots", "aoristic", "periodcompare", "concentration", "forecastaccuracy", "comparehotspots")
    assert {f"hotspot:{name}" for name in trends} <= set(listed["algorithms"])
    assert listed["algorithms"]["hotspot:harmhotspots"][:2] == ["INPUT", "HARM_FIELD"]
    heavy = [m for m in listed["loaded"] if m.split(".")[0] in HEAVY]
    assert heavy == [], heavy[:10]
    core = {m for m in listed["loaded"] if m.startswith("hotspot_plugin.core")}
    assert core <= LIGHT_CORE, sorted(core - LIGHT_CORE)


def test_gui_start_builds_no_dock_and_loads_no_analysis_library():
    """What scripts/bench_startup.py times: classFactory and initGui in a fresh QGIS, then unload."""
    spec = importlib.util.spec_from_file_location("bench_startup", REPO / "scripts" / "bench_startup.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    started = run_python(bench.GUI_START)
    assert "Tasking schedule" in started["menu"] and "Community survey" in started["menu"]
    assert started["docks"] == []  # each dock is built when it is first shown
    assert [m for m in started["loaded"] if m.split(".")[0] in HEAVY] == []
    core = {m for m in started["loaded"] if m.startswith("hotspot_plugin.core")}
    assert core <= LIGHT_CORE, sorted(core - LIGHT_CORE)
    assert started["left"] == []


def test_the_analysis_loads_when_an_algorithm_runs():
    """After a run the analysis is there: the light listing is the real algorithm, not a stand-in."""
    ran = run_python(START + RUN)
    assert ran["places"] == 1
    # (QGIS 3.40 itself loads numpy at start-up; 3.22 does not.)
    assert "hotspot_plugin.core.tasking" in ran["loaded"] and "numpy" in ran["all"]


def test_toolbox_defaults_match_the_core():
    """Defaults and choices written out in algorithm modules (so they stay light) are the core's own."""
    from hotspot_plugin.core import survey, tasking, timeutil
    from hotspot_plugin.core.tracks import importer, readers
    from hotspot_plugin.processing import base, import_tracks, survey_overlay, tasking_schedule

    assert import_tracks.FORMATS == readers.FORMATS
    assert import_tracks.DATE_ORDERS == timeutil.DATE_ORDERS
    assert base.DEFAULT_TIMEZONE == timeutil.DEFAULT_TIMEZONE
    assert base.DEFAULT_DAY_START == timeutil.DEFAULT_DAY_START
    assert import_tracks.DEFAULT_MAX_SPEED_KMH == importer.DEFAULT_MAX_SPEED_KMH
    assert import_tracks.DEFAULT_MAX_ACCURACY_M == importer.DEFAULT_MAX_ACCURACY_M
    shifts = tasking_schedule.TaskingScheduleAlgorithm()
    shifts.initAlgorithm()
    assert shifts.parameterDefinition("SHIFTS").defaultValue() == tasking.DEFAULT_SHIFTS
    assert survey_overlay.DEFAULT_MIN_RESPONDENTS == survey.MIN_RESPONDENTS
    assert survey_overlay.DEFAULT_CONFIDENCE == survey.CONFIDENCE
