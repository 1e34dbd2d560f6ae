"""Issue 18 item 3 in QGIS: emerginghotspots' DASK_SCHEDULER, and harmhotspots' hexagon grids in tiles.

On a LocalCluster the outputs must be the in-memory ones: cells, categories, trend and per-step z equal.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsProcessingParameterDefinition, QgsVectorLayer

from hotspot_plugin.core.dask_scale import add_deps_path, missing

from .test_trend_algorithms import EMERGING, Log, crime_layer, layer_at, timed_crimes

add_deps_path()


def algorithm(name):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(f"hotspot:{name}")


@pytest.mark.parametrize("name", ["emerginghotspots", "harmhotspots"])
def test_dask_scheduler_parameter(hotspot_provider, name):
    alg = algorithm(name)
    parameter = alg.parameterDefinition("DASK_SCHEDULER")
    assert parameter is not None and parameter.defaultValue() == ""
    assert parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
    assert parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced
    help_text = parameter.help()
    assert "local" in help_text and "tcp://host:8786" in help_text and "dask and distributed" in help_text
    assert "hexagon" in help_text  # both grids run in tiles now
    if name == "emerginghotspots":
        assert "time neighbours" in help_text


def test_emerging_without_dask_says_what_to_install(run_alg, tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "dask" else real(name, *a))
    x, y, t, harm = timed_crimes()
    with pytest.raises(QgsProcessingException, match="Missing Python package.*dask.*pip install"):
        run_alg(
            "emerginghotspots",
            dict(EMERGING, CRIMES=crime_layer(x, y, t, harm), DASK_SCHEDULER="local", OUTPUT=str(tmp_path / "c.gpkg")),
        )


def cells(path, *names):
    return sorted(tuple(f[n] for n in names) for f in QgsVectorLayer(str(path), "c", "ogr").getFeatures())


@pytest.mark.slow  # a LocalCluster starts in 10-20 s
@pytest.mark.skipif(bool(missing(("dask", "distributed"))), reason="dask or distributed not installed")
def test_emerging_hexagons_on_a_local_cluster_equal_in_memory(run_alg, tmp_path):
    x, y, t, harm = timed_crimes()
    common = dict(EMERGING, CRIMES=crime_layer(x, y, t, harm), GRID_TYPE=1, TIME_NEIGHBOURS=2)
    outputs = dict(OUTPUT=str(tmp_path / "a.gpkg"), OUTPUT_STEPS=str(tmp_path / "as.gpkg"))
    a = run_alg("emerginghotspots", dict(common, **outputs))
    log = Log()
    b = run_alg(
        "emerginghotspots",
        dict(common, DASK_SCHEDULER="local", OUTPUT=str(tmp_path / "b.gpkg"), OUTPUT_STEPS=str(tmp_path / "bs.gpkg")),
        feedback=log,
    )
    assert any("in tiles on Dask at" in line for line in log.lines)
    names = ("cell_id", "category_code", "trend_z", "n_hot_steps", "last_gi_bin")
    assert cells(b["OUTPUT"], *names) == cells(a["OUTPUT"], *names)
    steps = ("cell_id", "step", "gi_z", "gi_bin")
    assert cells(b["OUTPUT_STEPS"], *steps) == cells(a["OUTPUT_STEPS"], *steps)
    assert b["NEW_HOT_SPOTS"] == a["NEW_HOT_SPOTS"] and a["HOT_SPOT_CELLS"] > 0
    assert layer_at(a["OUTPUT"]).featureCount() == a["CELLS_TESTED"]


@pytest.mark.slow  # a LocalCluster starts in 10-20 s
@pytest.mark.skipif(bool(missing(("dask", "distributed"))), reason="dask or distributed not installed")
def test_harm_hotspots_hexagons_on_a_local_cluster_equal_in_memory(run_alg, tmp_path):
    x, y, t, harm = timed_crimes(seed=4, planted=300)
    common = {"INPUT": crime_layer(x, y, t, harm), "HARM_FIELD": "harm", "GRID_TYPE": 1, "CELL_SIZE": 100}
    common["DISTANCE_BAND"] = 250
    a = run_alg("harmhotspots", dict(common, OUTPUT=str(tmp_path / "a.gpkg")))
    log = Log()
    b = run_alg("harmhotspots", dict(common, DASK_SCHEDULER="local", OUTPUT=str(tmp_path / "b.gpkg")), feedback=log)
    assert not any("square grids" in line for line in log.lines)  # no fall-back to memory any more
    assert any("in tiles on Dask at" in line for line in log.lines)
    names = ("cell_id", "gi_z", "gi_bin", "n_neighbours")
    assert cells(b["OUTPUT"], *names) == cells(a["OUTPUT"], *names)
    assert b["HOT_CELLS"] == a["HOT_CELLS"] > 0
