"""The shipped demo data through every algorithm of the plugin that is registered."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from hotspot_plugin.gui.demo_steps import run_demo_chain, shipped, steps
from tests.demo_generators import generator

demo_data = generator("hollowford")

DAY = demo_data.TRACK_DAY.isoformat()


@pytest.fixture(scope="module")
def chain(hotspot_provider, tmp_path_factory):
    return run_demo_chain(tmp_path_factory.mktemp("demo_chain"))


def _layer(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), Path(str(path)).stem, "ogr")
    assert layer.isValid(), path
    return layer


def test_chain_runs_every_step_whose_algorithm_is_registered(chain):
    registry = QgsApplication.processingRegistry()
    assert chain.failed == []
    for step in steps():
        if registry.algorithmById(step.algorithm) is not None:
            assert step.label in chain.ran, (step.label, chain.skipped)
        else:
            assert any(s.startswith(step.label) and step.algorithm in s for s in chain.skipped)


def test_chain_finds_the_fences_the_generator_planned(chain):
    fences = _layer(chain.products["fences"])
    planned = demo_data.generate().fences
    assert fences.featureCount() == len(planned)
    by_rank = {f["rank"]: f for f in fences.getFeatures()}
    for fence in planned:
        assert by_rank[fence.rank]["harm"] == pytest.approx(fence.harm)
        assert by_rank[fence.rank].geometry().area() == pytest.approx(fence.geometry.area, rel=1e-6)
    cells = _layer(chain.products["cells"])
    assert sum(f["harm"] for f in cells.getFeatures()) == pytest.approx(pd.read_csv(shipped("crimes"))["harm"].sum())
    assert max(f["gi_bin"] for f in cells.getFeatures()) == 3


def test_tracks_import_and_dwell(chain):
    if "fixes" not in chain.products:
        pytest.skip("hotspot:importtracks is not registered yet")
    fixes = _layer(chain.products["fixes"])
    app = pd.read_csv(shipped("app_tracks"))
    radio = pd.read_csv(shipped("radio_tracks"))
    assert fixes.featureCount() == len(app) + len(radio)
    officers = {f["officer_id"] for f in fixes.getFeatures()}
    lookup = pd.read_csv(shipped("radio_lookup"), dtype=str)
    assert set(lookup["collar"]) <= officers  # radios mapped to collar numbers
    assert not set(lookup["issi"]) & officers
    if "fences_dwell" not in chain.products:
        pytest.skip("hotspot:dwellcompliance is not registered yet")
    fences = {f["rank"]: f for f in _layer(chain.products["fences_dwell"]).getFeatures()}
    data = demo_data.generate()
    for rank, fence in fences.items():
        planned = sum(v.minutes for v in data.planned_visits if v.rank == rank and v.purpose != "drive-through")
        if planned:
            assert fence["patrol_min"] > 0.6 * planned, rank
        else:
            assert fence["patrol_min"] == pytest.approx(0.0, abs=1.0), rank  # never patrolled
    if "taskings" in chain.products:
        # The generator sent officers so that the day shows every compliance colour.
        statuses = {str(f["compliance_status"]) for f in fences.values()}
        assert {"met", "partly met", "not met", "no tasking"} <= statuses


def test_other_algorithms_accept_the_demo_data(chain, run_alg, tmp_path):
    """Every registered algorithm of the provider runs on the demo data (the chain or a recipe here)."""
    in_chain = {s.algorithm.split(":")[1] for s in steps() if s.algorithm.startswith("hotspot:")}
    products = chain.products
    recipes = {
        "importpoliceuk": lambda: {"INPUT": shipped("policeuk"), "OUTPUT": str(tmp_path / "policeuk.gpkg")},
        "creategeofencelayer": lambda: {"OUTPUT": str(tmp_path / "planned_fences.gpkg")},
        "validategeofences": lambda: {
            "INPUT": products["fences"],
            "HOTSPOTS": products["cells"],
            "OUTPUT": str(tmp_path / "problems.gpkg"),
        },
        "geofencehistory": None,  # needs the layer creategeofencelayer makes: run after it below
        "setupaccess": None,  # a PostGIS administrator's set-up, no demo data: tests/qgis/test_geofence_access.py
        "policeukchain": None,  # the chains (models): tests/qgis/test_chain_models.py runs them on the demo data
        "trackschain": None,
        "routeorder": lambda: {
            "FENCES": products["fences"],
            "TASKINGS": products.get("taskings"),
            "DATE": DAY,
            "OUTPUT": str(tmp_path / "route.gpkg"),
        },
        "periodcompare": lambda: {
            "CRIMES": products["crimes_year"],
            "TIME_FIELD": "occurred_from",
            "AREAS": products["areas"],
            "CURRENT_START": "2026-01-05",
            "CURRENT_END": "2026-04-05",
            "PREVIOUS_START": "2025-10-06",
            "PREVIOUS_END": "2026-01-04",
            "OUTPUT": str(tmp_path / "periods.gpkg"),
        },
        "concentration": lambda: {
            "INPUT": products["cells"],
            "COUNT_FIELD": "n_crimes",
            "HARM_FIELD": "harm",
            "OUTPUT": str(tmp_path / "concentration.gpkg"),
            "OUTPUT_CHART": str(tmp_path / "lorenz.png"),
        },
        "forecastaccuracy": lambda: {
            "HOTSPOTS": products["cells"],
            "CRIMES": products["crimes_year"],
            "TIME_FIELD": "occurred_from",
            "START_DATE": "2025-10-06",
            "END_DATE": "2026-01-04",
            "HARM_FIELD": "harm",
            "OUTPUT": str(tmp_path / "forecast.gpkg"),
        },
        "comparehotspots": lambda: {
            "RUN_1": products["cells"],
            "RUN_2": products["cells"],
            "OUTPUT": str(tmp_path / "compare.gpkg"),
        },
    }
    provider = QgsApplication.processingRegistry().providerById("hotspot")
    names = sorted(a.name() for a in provider.algorithms())
    unknown = [n for n in names if n not in in_chain and n not in recipes]
    assert not unknown, f"add a demo recipe (tests) or a demo step (gui/demo_steps.py) for: {unknown}"
    results = {}
    for name in names:
        if name in in_chain or recipes[name] is None:
            continue
        params = {k: v for k, v in recipes[name]().items() if v is not None}
        results[name] = run_alg(name, params)
    if "importpoliceuk" in results:
        layer = _layer(results["importpoliceuk"]["OUTPUT"])
        assert layer.featureCount() == demo_data.N_CRIMES
        crimes = pd.read_csv(shipped("crimes"))
        assert sum(f["harm"] for f in layer.getFeatures()) == pytest.approx(crimes["harm"].sum())
    if "periodcompare" in results:
        assert results["periodcompare"]["TOTAL_CURRENT"] > 0 and results["periodcompare"]["TOTAL_PREVIOUS"] > 0
    if "forecastaccuracy" in results:
        assert results["forecastaccuracy"]["PAI"] > 1  # the town's hot spots hold more than their share all year
    if "comparehotspots" in results:
        assert results["comparehotspots"]["KAPPA"] == pytest.approx(1.0)
    if "validategeofences" in results:
        assert _layer(results["validategeofences"]["OUTPUT"]).featureCount() == 0  # the demo fences are sound
    if "geofencehistory" in names and "creategeofencelayer" in results:
        created = results["creategeofencelayer"].get("GEOFENCES") or results["creategeofencelayer"]["OUTPUT"]
        history = run_alg("geofencehistory", {"INPUT": created, "OUTPUT": str(tmp_path / "history.gpkg")})
        assert history["OUTPUT"]


def test_bng_to_wgs84_matches_qgis():
    """The generator's conversion (PROJ's pinned Helmert) agrees with QGIS's own transform within 5 m."""
    rng = np.random.default_rng(1)
    e = demo_data.CENTRE_E + rng.uniform(-3000, 3000, 20)
    n = demo_data.CENTRE_N + rng.uniform(-3000, 3000, 20)
    lon, lat = demo_data.bng_to_wgs84(e, n)
    back = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:27700"), QgsProject.instance()
    )
    for x, y, lo, la in zip(e, n, lon, lat):
        point = back.transform(QgsPointXY(float(lo), float(la)))
        assert abs(point.x() - x) < 5 and abs(point.y() - y) < 5


def test_trends_find_the_planted_emerging_hot_spot(chain):
    """The year of timed crime: Tannery Row's new takeaway strip is an emerging (consecutive) hot spot."""
    if "emerging" not in chain.products:
        pytest.skip("hotspot:emerginghotspots is not registered")
    cells = _layer(chain.products["emerging"])
    dx, dy, _, _ = demo_data.TANNERY_ROW
    point = QgsGeometry.fromPointXY(QgsPointXY(demo_data.CENTRE_E + dx, demo_data.CENTRE_N + dy))
    planted = [f for f in cells.getFeatures() if f.geometry().distance(point) < 75]
    assert {f["category"] for f in planted} & {"New Hot Spot", "Consecutive Hot Spot", "Intensifying Hot Spot"}
    first_week = demo_data.TANNERY_FIRST_WEEK
    steps = _layer(chain.products["emerging_steps"])
    hot_weeks = {f["step"] for f in steps.getFeatures() if f["gi_bin"] > 0 and f.geometry().distance(point) < 75}
    assert hot_weeks and min(hot_weeks) >= first_week  # never hot before the strip opened
    aoristic = _layer(chain.products["aoristic"])
    fences = _layer(chain.products["fences"])
    assert aoristic.featureCount() == 168 * fences.featureCount()
    assert Path(chain.products["aoristic_chart"]).read_bytes()[:4] == b"\x89PNG"
