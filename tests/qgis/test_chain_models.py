"""The two chains shipped as Processing models (hotspot_plugin/processing/models/, issue 14 item 5).

Each model runs through ``processing.run`` on the Hollowford demo data, and its outputs are compared with the same
algorithms run one by one with the same values (a peer: the model must wire every step as the user would), and
checked against what the demo is known to hold.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication, QgsVectorLayer

from hotspot_plugin.core.demo import FENCE_PARAMETERS, HOTSPOT_PARAMETERS, TASKING_PARAMETERS
from hotspot_plugin.gui.demo_steps import shipped
from hotspot_plugin.processing.provider import MODELS_DIR
from tests.conftest import REPO
from tests.demo_generators import generator

demo_data = generator("hollowford")
DAY = demo_data.TRACK_DAY.isoformat()
STATUSES = {"met", "partly met", "not met", "no data"}


def _layer(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), Path(str(path)).stem, "ogr")
    assert layer.isValid(), path
    return layer


def _rows(path):
    """Every feature's attributes (the GeoPackage fid left out) and geometry, in order: what a peer must match."""
    layer = _layer(path)
    names = [f.name() for f in layer.fields() if f.name() != "fid"]
    return names, [([f[n] for n in names], f.geometry().asWkt(3)) for f in layer.getFeatures()]


def _run(algorithm_id, parameters):
    from qgis import processing

    return processing.run(algorithm_id, parameters)


@pytest.fixture(scope="module")
def police_uk_chain(hotspot_provider, tmp_path_factory):
    """The police.uk chain model on the demo's police.uk CSV, and the same four algorithms run by hand."""
    folder = tmp_path_factory.mktemp("policeuk_chain")
    csv = folder / "crimes_policeuk.csv"
    shutil.copy(shipped("policeuk"), csv)
    tasking = {k: TASKING_PARAMETERS[k] for k in ("SHIFTS", "TREATED_SHARE", "PATROLS_PER_DAY", "PATROL_MIN", "SEED")}
    model = _run(
        "hotspot:policeukchain",
        {
            "policeuk_csv": str(csv),
            "cell_size": HOTSPOT_PARAMETERS["CELL_SIZE"],
            "distance_band": HOTSPOT_PARAMETERS["DISTANCE_BAND"],
            "top_n": FENCE_PARAMETERS["TOP_N"],
            "buffer": FENCE_PARAMETERS["BUFFER"],
            "start_date": DAY,
            "end_date": DAY,
            **{key.lower(): value for key, value in tasking.items()},
            "importpoliceuk:crimes": str(folder / "model_crimes.gpkg"),
            "harmhotspots:hot_spot_cells": str(folder / "model_cells.gpkg"),
            "geofencesfromhotspots:geofences": str(folder / "model_fences.gpkg"),
            "taskingschedule:tasking_schedule": str(folder / "model_taskings.gpkg"),
        },
    )
    crimes = _run("hotspot:importpoliceuk", {"INPUT": str(csv), "OUTPUT": str(folder / "crimes.gpkg")})["OUTPUT"]
    cells = _run(
        "hotspot:harmhotspots",
        {
            "INPUT": crimes,
            "HARM_FIELD": "harm",
            "GRID_TYPE": 0,
            "CELL_SIZE": HOTSPOT_PARAMETERS["CELL_SIZE"],
            "DISTANCE_BAND": HOTSPOT_PARAMETERS["DISTANCE_BAND"],
            "FDR": True,
            "OUTPUT": str(folder / "cells.gpkg"),
        },
    )["OUTPUT"]
    fences = _run(
        "hotspot:geofencesfromhotspots",
        {
            "INPUT": cells,
            "MIN_BIN": 2,
            "TOP_N": FENCE_PARAMETERS["TOP_N"],
            "BUFFER": FENCE_PARAMETERS["BUFFER"],
            "OUTPUT": str(folder / "fences.gpkg"),
        },
    )["OUTPUT"]
    taskings = _run(
        "hotspot:taskingschedule",
        dict(tasking, FENCES=fences, START_DATE=DAY, END_DATE=DAY, OUTPUT=str(folder / "taskings.gpkg")),
    )["OUTPUT"]
    return model, {"crimes": crimes, "cells": cells, "fences": fences, "taskings": taskings}


MODEL_OUTPUTS = {
    "crimes": "importpoliceuk:crimes",
    "cells": "harmhotspots:hot_spot_cells",
    "fences": "geofencesfromhotspots:geofences",
    "taskings": "taskingschedule:tasking_schedule",
}


def test_the_chains_are_listed_under_the_provider(hotspot_provider):
    registry = QgsApplication.processingRegistry()
    for model_id, title in [
        ("hotspot:policeukchain", "Chain: police.uk → hot spots → geofences → tasking"),
        ("hotspot:trackschain", "Chain: officer tracks → dwell and compliance → exception report"),
    ]:
        model = registry.algorithmById(model_id)
        assert model is not None, model_id
        assert model.provider().id() == "hotspot"
        assert model.displayName() == title and model.group() == "Chains"
        assert "Each step is the plugin's own algorithm" in model.shortHelpString()
        copy = model.createInstance()
        assert copy.displayName() == title and len(copy.childAlgorithms()) in (3, 4)


@pytest.mark.skipif(Qgis.QGIS_VERSION_INT >= 32300, reason="the models are built on QGIS 3.22 (later ones write more)")
def test_the_shipped_models_are_what_the_script_builds(tmp_path):
    """scripts/make_models.py made the .model3 files, byte for byte: nobody edited them by hand."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_models.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    shipped_models = sorted(p.name for p in MODELS_DIR.glob("*.model3"))
    assert shipped_models == ["policeukchain.model3", "trackschain.model3"]
    for name in shipped_models:
        assert (tmp_path / name).read_bytes() == (MODELS_DIR / name).read_bytes(), f"rebuild {name}: make models"


def test_police_uk_chain_gives_what_the_steps_give_one_by_one(police_uk_chain):
    model, steps = police_uk_chain
    for key, output in MODEL_OUTPUTS.items():
        assert _rows(model[output]) == _rows(steps[key]), key


def test_police_uk_chain_on_the_demo_data(police_uk_chain):
    model, _ = police_uk_chain
    crimes = _layer(model[MODEL_OUTPUTS["crimes"]])
    assert crimes.featureCount() == demo_data.N_CRIMES
    cells = _layer(model[MODEL_OUTPUTS["cells"]])
    assert sum(f["harm"] for f in cells.getFeatures()) == pytest.approx(sum(f["harm"] for f in crimes.getFeatures()))
    assert {"gi_bin", "harm"} <= set(cells.fields().names())
    fences = _layer(model[MODEL_OUTPUTS["fences"]])
    assert fences.featureCount() == len(demo_data.generate().fences)  # the five places the generator planned
    taskings = _layer(model[MODEL_OUTPUTS["taskings"]])
    rows = [(f["arm"], f["fence_id"], f["minutes"]) for f in taskings.getFeatures()]
    treated = {fence for arm, fence, _ in rows if arm == "treatment"}
    controls = {fence for arm, fence, _ in rows if arm == "control"}
    # 60 % of the five places treated, two 15-minute patrols each on the one day; the other two are controls.
    assert len(treated) == round(TASKING_PARAMETERS["TREATED_SHARE"] * fences.featureCount()) == 3
    assert sorted(m for arm, _, m in rows if arm == "treatment") == [TASKING_PARAMETERS["PATROL_MIN"]] * 6
    assert len(controls) == 2 and not treated & controls
    assert treated | controls == {str(f["fence_id"]) for f in fences.getFeatures()}
    assert {str(f["date"].toString("yyyy-MM-dd")) for f in taskings.getFeatures()} == {DAY}


@pytest.fixture(scope="module")
def tracks_chain(police_uk_chain, tmp_path_factory):
    """The tracks chain model on the demo's app GPS export with the police.uk chain's fences and taskings, and the
    same three algorithms run by hand."""
    model_out, steps = police_uk_chain
    fences, taskings = model_out[MODEL_OUTPUTS["fences"]], model_out[MODEL_OUTPUTS["taskings"]]
    folder = tmp_path_factory.mktemp("tracks_chain")
    model = _run(
        "hotspot:trackschain",
        {
            "tracking_export": shipped("app_tracks"),
            "source_crs": "EPSG:4326",
            "geofences": fences,
            "taskings": taskings,
            "max_gap_s": 150,
            "min_visit_s": 60,
            "importtracks:officer_fixes": str(folder / "model_fixes.gpkg"),
            "dwellcompliance:visits": str(folder / "model_visits.gpkg"),
            "dwellcompliance:fences_dwell": str(folder / "model_fences_dwell.gpkg"),
            "dwellcompliance:compliance": str(folder / "model_compliance.gpkg"),
            "exceptionreport:exception_report": str(folder / "model_exceptions.gpkg"),
            "exceptionreport:exception_summary": str(folder / "model_exception_summary.gpkg"),
        },
    )
    fixes = _run(
        "hotspot:importtracks",
        {"INPUT": shipped("app_tracks"), "SOURCE_CRS": "EPSG:4326", "OUTPUT": str(folder / "fixes.gpkg")},
    )["OUTPUT"]
    dwell = _run(
        "hotspot:dwellcompliance",
        {
            "TRACKS": fixes,
            "FENCES": fences,
            "TASKINGS": taskings,
            "METHOD": 0,
            "MAX_GAP_S": 150,
            "MIN_VISIT_S": 60,
            "OUTPUT_VISITS": str(folder / "visits.gpkg"),
            "OUTPUT_FENCES": str(folder / "fences_dwell.gpkg"),
            "OUTPUT_TASKINGS": str(folder / "compliance.gpkg"),
        },
    )
    report = _run(
        "hotspot:exceptionreport",
        {
            "TASKINGS": taskings,
            "COMPLIANCE": dwell["OUTPUT_TASKINGS"],
            "OUTPUT": str(folder / "exceptions.gpkg"),
            "OUTPUT_SUMMARY": str(folder / "exception_summary.gpkg"),
        },
    )
    by_hand = {
        "importtracks:officer_fixes": fixes,
        "dwellcompliance:visits": dwell["OUTPUT_VISITS"],
        "dwellcompliance:fences_dwell": dwell["OUTPUT_FENCES"],
        "dwellcompliance:compliance": dwell["OUTPUT_TASKINGS"],
        "exceptionreport:exception_report": report["OUTPUT"],
        "exceptionreport:exception_summary": report["OUTPUT_SUMMARY"],
    }
    return model, by_hand, taskings


def test_tracks_chain_gives_what_the_steps_give_one_by_one(tracks_chain):
    model, by_hand, _ = tracks_chain
    for output, path in by_hand.items():
        assert _rows(model[output]) == _rows(path), output


def test_tracks_chain_on_the_demo_data(tracks_chain):
    import pandas as pd

    model, _, taskings = tracks_chain
    fixes = _layer(model["importtracks:officer_fixes"])
    assert fixes.featureCount() == len(pd.read_csv(shipped("app_tracks")))  # the app export is clean
    assert len({f["officer_id"] for f in fixes.getFeatures()}) == 4
    visits = _layer(model["dwellcompliance:visits"])
    assert visits.featureCount() > 0
    patrols = {f["task_id"] for f in _layer(taskings).getFeatures() if f["arm"] == "treatment"}
    compliance = _layer(model["dwellcompliance:compliance"])
    assert {f["task_id"] for f in compliance.getFeatures()} == patrols  # one row per patrol tasking
    assert compliance.featureCount() == len(patrols) == 6
    report = _layer(model["exceptionreport:exception_report"])
    assert {f["task_id"] for f in report.getFeatures()} == patrols
    statuses = [str(f["status"]) for f in report.getFeatures()]
    assert set(statuses) <= STATUSES and "met" in statuses
    summary = _layer(model["exceptionreport:exception_summary"])
    assert summary.featureCount() >= 1
