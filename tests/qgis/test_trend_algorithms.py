"""The weekly-kit algorithms (issue 16) through Processing, on known answers.

Emerging hot spots (a planted new hot spot; with 0 time neighbours each step's Gi* is harmhotspots on that
step alone), aoristic weights (08:00–16:00 → 0.125 × 8), period compare (6 vs 2 → p 0.1749), concentration
(5 of 100 places hold half the harm), forecast accuracy (hit rate 0.30, PAI 3.0) and the comparison of two
runs (identical → similarity 1, kappa 1).
"""

from collections import Counter
from datetime import datetime, timedelta

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from .layers import point_layer, polygon_layer
from .tasking_data import rows_of

YEAR_START = datetime(2024, 1, 1)  # a Monday: 52 whole weeks to 2024-12-29
WEEK_S = 7 * 86400


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 - QGIS API name
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API name
        self.lines.append(warning)


def layer_at(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return layer


def iso(seconds):
    return (YEAR_START + timedelta(seconds=float(seconds))).strftime("%Y-%m-%dT%H:%M:%S")


def timed_crimes(seed=1, n=3000, planted=60):
    """Uniform crimes over 3 km × 3 km and the 52 weeks of 2024, plus a cluster at (1500, 1500) in the last week."""
    rng = np.random.default_rng(seed)
    x = np.r_[rng.uniform(1, 2999, n), rng.normal(1500, 50, planted)]
    y = np.r_[rng.uniform(1, 2999, n), rng.normal(1500, 50, planted)]
    t = np.r_[rng.uniform(0, 52 * WEEK_S - 1, n), rng.uniform(51 * WEEK_S, 52 * WEEK_S - 1, planted)]
    harm = rng.choice([1.0, 2.0, 10.0], size=x.size)
    return x, y, t, harm


def crime_layer(x, y, t, harm):
    return point_layer(x.tolist(), y.tolist(), fields={"when": [iso(s) for s in t], "harm": harm.tolist()})


EMERGING = {
    "TIME_FIELD": "when",
    "HARM_FIELD": "harm",
    "CELL_SIZE": 150,
    "DISTANCE_BAND": 300,
    "TIME_STEP": 1,
    "TIME_NEIGHBOURS": 1,
}


def test_emerging_planted_new_hot_spot(run_alg, tmp_path):
    x, y, t, harm = timed_crimes()
    log = Log()
    result = run_alg(
        "emerginghotspots",
        dict(
            EMERGING,
            CRIMES=crime_layer(x, y, t, harm),
            OUTPUT=str(tmp_path / "cells.gpkg"),
            OUTPUT_STEPS=str(tmp_path / "steps.gpkg"),
        ),
        feedback=log,
    )
    assert result["STEPS"] == 52 and result["CELL_SIZE_USED"] == 150 and result["DISTANCE_BAND_USED"] == 300
    cells = layer_at(result["OUTPUT"])
    assert cells.fields().names() == [
        "fid",
        "cell_id",
        "category",
        "category_code",
        "trend_z",
        "trend_p",
        "trend_tau",
        "n_hot_steps",
        "n_cold_steps",
        "n_sig_steps",
        "last_gi_bin",
        "n_crimes",
        "harm",
    ]
    point = QgsGeometry.fromPointXY(QgsPointXY(x[-60:].mean(), y[-60:].mean()))  # the planted cluster's centre
    planted = [f for f in cells.getFeatures() if f.geometry().intersects(point)]
    assert len(planted) == 1
    assert planted[0]["category"] == "New Hot Spot" and planted[0]["category_code"] == 1
    assert planted[0]["n_sig_steps"] >= 1 and planted[0]["last_gi_bin"] >= 1
    categories = Counter(f["category"] for f in cells.getFeatures())
    assert categories["New Hot Spot"] == result["NEW_HOT_SPOTS"] >= 1
    assert sum(categories.values()) == result["CELLS_TESTED"] == cells.featureCount()
    # A uniform background has no emerging pattern: the new hot spots are around the planted cluster.
    new_cells = [f for f in cells.getFeatures() if f["category_code"] == 1]
    # (within the band of a cell the cluster reaches: 3 SD of the cluster + the band + half a cell diagonal)
    assert all(f.geometry().centroid().distance(point) < 150 + 300 + 110 + 150 for f in new_cells)
    # The categorised style of the 17 categories is stored and applied.
    assert cells.renderer().type() == "categorizedSymbol"
    assert len(cells.renderer().categories()) == 17
    # The per-step layer: only the significant bins by default, with the Temporal Controller set up.
    steps = layer_at(result["OUTPUT_STEPS"])
    steps.loadDefaultStyle()
    temporal = steps.temporalProperties()
    assert temporal.isActive() and temporal.startField() == "step_start" and temporal.endField() == "step_end"
    bins = [f["gi_bin"] for f in steps.getFeatures()]
    assert bins and all(b != 0 for b in bins)
    assert sum(f["n_sig_steps"] for f in cells.getFeatures()) == len(bins)
    last = [f for f in steps.getFeatures() if f["step"] == 51]
    assert last and last[0]["step_start"].toPyDateTime().date().isoformat() == "2024-12-23"
    text = "\n".join(log.lines)
    assert "Distance band: 300 m (set by the user)" in text and "52 steps" in text


def test_emerging_zero_time_neighbours_is_harmhotspots_per_step(run_alg, tmp_path):
    """TIME_NEIGHBOURS=0 with each step's own window: a step's Gi* is harmhotspots on that step alone."""
    x, y, t, harm = timed_crimes(seed=7, n=2600, planted=0)
    boundary = polygon_layer(["POLYGON ((0 0, 3000 0, 3000 3000, 0 3000, 0 0))"])
    result = run_alg(
        "emerginghotspots",
        dict(
            EMERGING,
            CRIMES=crime_layer(x, y, t, harm),
            TIME_NEIGHBOURS=0,
            GLOBAL_WINDOW=1,
            BOUNDARY=boundary,
            ALL_STEP_BINS=True,
            OUTPUT=str(tmp_path / "cells.gpkg"),
            OUTPUT_STEPS=str(tmp_path / "steps.gpkg"),
        ),
    )
    steps = layer_at(result["OUTPUT_STEPS"])
    assert steps.featureCount() == 52 * result["CELLS_TESTED"] == 52 * 400
    for step in (0, 17, 51):
        keep = (t >= step * WEEK_S) & (t < (step + 1) * WEEK_S)
        single = run_alg(
            "harmhotspots",
            {
                "INPUT": crime_layer(x[keep], y[keep], t[keep], harm[keep]),
                "HARM_FIELD": "harm",
                "CELL_SIZE": 150,
                "DISTANCE_BAND": 300,
                "BOUNDARY": boundary,
                "OUTPUT": str(tmp_path / f"single_{step}.gpkg"),
            },
        )
        expected = {
            f["cell_id"]: (f["gi_z"], f["gi_bin"], f["n_crimes"]) for f in layer_at(single["OUTPUT"]).getFeatures()
        }
        got = {f["cell_id"]: (f["gi_z"], f["gi_bin"], f["n_crimes"]) for f in steps.getFeatures() if f["step"] == step}
        assert set(got) == set(expected)
        assert max(abs(got[c][0] - expected[c][0]) for c in got) < 1e-9
        assert all(got[c][1:] == expected[c][1:] for c in got)


def test_emerging_refuses_short_periods(run_alg, tmp_path):
    x, y, t, harm = timed_crimes()
    with pytest.raises(QgsProcessingException, match="at least 10 time steps"):
        run_alg(
            "emerginghotspots",
            dict(
                EMERGING,
                CRIMES=crime_layer(x, y, t, harm),
                START_DATE="2024-01-01",
                END_DATE="2024-02-25",
                OUTPUT=str(tmp_path / "c.gpkg"),
            ),
        )


def test_aoristic_known_weights(run_alg, tmp_path):
    crimes = point_layer(
        [10, 20, 30, 500],
        [10, 20, 30, 500],
        fields={
            "from_t": ["2026-03-02T08:00:00", "2026-03-03T10:30:00", "2026-03-02T00:00:00", "2026-03-04T12:00:00"],
            "to_t": ["2026-03-02T16:00:00", "", "2026-03-12T00:00:00", "2026-03-04T12:00:00"],
        },
    )
    chart = tmp_path / "strip.png"
    result = run_alg(
        "aoristic",
        {
            "CRIMES": crimes,
            "FROM_FIELD": "from_t",
            "TO_FIELD": "to_t",
            "OUTPUT": str(tmp_path / "a.gpkg"),
            "OUTPUT_CHART": str(chart),
        },
    )
    rows = rows_of(layer_at(result["OUTPUT"]))
    assert [r["how"] for r in rows] == list(range(168))
    weight = {r["how"]: r["weight"] for r in rows}
    week = 1 / 168
    for how in range(8, 16):  # Monday 08:00–16:00: 0.125 in each of 8 hours
        assert weight[how] == pytest.approx(0.125 + week)
    assert weight[24 + 10] == pytest.approx(1 + week)  # no end: the start hour (Tuesday 10:00)
    assert weight[48 + 12] == pytest.approx(1 + week)  # end = start: the start hour
    assert weight[100] == pytest.approx(week)  # ten days: 1/168 everywhere
    assert sum(weight.values()) == pytest.approx(4.0)
    assert rows[8]["day"] == "Monday" and rows[8]["hour"] == 8
    assert result["CRIMES_USED"] == 4 and result["BUSIEST_HOW"] == 34
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # With places: weights per place; the crime outside every place is left out.
    places = polygon_layer(
        [
            "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
            "POLYGON ((400 400, 600 400, 600 600, 400 600, 400 400))",
            "POLYGON ((2000 2000, 2100 2000, 2100 2100, 2000 2100, 2000 2000))",
        ]
    )
    by_place = run_alg(
        "aoristic",
        {
            "CRIMES": crimes,
            "FROM_FIELD": "from_t",
            "TO_FIELD": "to_t",
            "PLACES": places,
            "OUTPUT": str(tmp_path / "p.gpkg"),
            "OUTPUT_CHART": str(tmp_path / "p.png"),
        },
    )
    rows = rows_of(layer_at(by_place["OUTPUT"]))
    assert len(rows) == 3 * 168 and {r["place"] for r in rows} == {"1", "2", "3"}
    assert all(r["weight"] == 0 for r in rows if r["place"] == "3")  # a place with no crime: every hour, 0
    first = {r["how"]: r["weight"] for r in rows if r["place"] == "1"}
    second = {r["how"]: r["weight"] for r in rows if r["place"] == "2"}
    assert first[8] == pytest.approx(0.125 + week) and first[34] == pytest.approx(1 + week)
    assert second[60] == pytest.approx(1.0) and sum(second.values()) == pytest.approx(1.0)


def test_aoristic_refuses_backwards_windows(run_alg, tmp_path):
    crimes = point_layer([1], [1], fields={"a": ["2026-03-02T16:00:00"], "b": ["2026-03-02T08:00:00"]})
    with pytest.raises(QgsProcessingException, match="end before they start"):
        run_alg("aoristic", {"CRIMES": crimes, "FROM_FIELD": "a", "TO_FIELD": "b", "OUTPUT": str(tmp_path / "a.gpkg")})


def period_inputs():
    """Area 1: 6 crimes in March, 2 in February; area 2: 3 in March, none in February; one crime in no area."""
    areas = polygon_layer(
        ["POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))", "POLYGON ((200 0, 300 0, 300 100, 200 100, 200 0))"]
    )
    times = (
        [f"2026-03-{d:02d}T12:00:00" for d in (1, 5, 9, 13, 20, 28)]
        + ["2026-02-03T09:00:00", "2026-02-27T23:30:00"]
        + ["2026-03-02T08:00:00", "2026-03-03T08:00:00", "2026-03-31T23:59:00"]
        + ["2026-03-10T10:00:00"]
    )
    xs = [50] * 8 + [250] * 3 + [1000]
    crimes = point_layer(xs, [50] * len(xs), fields={"when": times})
    return crimes, areas


PERIODS = {
    "CURRENT_START": "2026-03-01",
    "CURRENT_END": "2026-03-31",
    "PREVIOUS_START": "2026-01-29",
    "PREVIOUS_END": "2026-02-28",
}


def test_periodcompare_etest_and_null_percent(run_alg, tmp_path):
    crimes, areas = period_inputs()
    result = run_alg(
        "periodcompare",
        dict(PERIODS, CRIMES=crimes, TIME_FIELD="when", AREAS=areas, OUTPUT=str(tmp_path / "p.gpkg")),
    )
    layer = layer_at(result["OUTPUT"])
    assert layer.renderer().type() == "categorizedSymbol" and "p_value" in layer.renderer().classAttribute()
    rows = rows_of(layer)
    assert [(r["current"], r["previous"], r["difference"]) for r in rows] == [(6, 2, 4), (3, 0, 3)]
    assert rows[0]["pct_change"] == pytest.approx(200.0)
    assert rows[0]["p_value"] == pytest.approx(0.1749, abs=5e-5)
    assert rows[1]["pct_change"] is None  # previous 0: NULL, never infinity
    assert result["TOTAL_CURRENT"] == 9 and result["TOTAL_PREVIOUS"] == 2
    assert result["TOTAL_PCT_CHANGE"] == pytest.approx(350.0)


def test_periodcompare_refuses_unequal_periods(run_alg, tmp_path):
    crimes, areas = period_inputs()
    with pytest.raises(QgsProcessingException, match="differ in length"):
        run_alg(
            "periodcompare",
            dict(
                PERIODS,
                PREVIOUS_START="2026-02-01",
                CRIMES=crimes,
                TIME_FIELD="when",
                AREAS=areas,
                OUTPUT=str(tmp_path / "p.gpkg"),
            ),
        )


def test_concentration_five_of_a_hundred(run_alg, tmp_path):
    """5 places with harm 19 and 95 with harm 1: the top 5 hold 0.50; Gini = 2·95·5·18 / (2·100²·1.9) = 0.45."""
    harm = [19.0] * 5 + [1.0] * 95
    crimes = [10.0] * 5 + [1.0] * 95
    places = point_layer(list(range(100)), [0] * 100, fields={"n_crimes": crimes, "harm": harm})
    chart = tmp_path / "lorenz.png"
    result = run_alg(
        "concentration",
        {
            "INPUT": places,
            "COUNT_FIELD": "n_crimes",
            "HARM_FIELD": "harm",
            "OUTPUT": str(tmp_path / "c.gpkg"),
            "OUTPUT_CHART": str(chart),
        },
    )
    rows = rows_of(layer_at(result["OUTPUT"]))
    assert len(rows) == 100 and rows[4]["rank"] == 5
    assert rows[4]["cum_share_harm"] == pytest.approx(0.50)
    assert rows[4]["cum_share_crimes"] == pytest.approx(50 / 145)
    assert rows[-1]["cum_share_harm"] == pytest.approx(1.0)
    assert result["GINI_HARM"] == pytest.approx(0.45)
    # Crimes: 5 × 10 and 95 × 1, mean 1.45: Σ|xi − xj| = 2·5·95·9.
    assert result["GINI_CRIMES"] == pytest.approx(2 * 5 * 95 * 9 / (2 * 100**2 * 1.45))
    assert result["SHARE_OF_PLACES_50PCT_HARM"] == pytest.approx(0.05)
    assert chart.read_bytes()[:4] == b"\x89PNG"


def grid_cells(n_side=10, size=100.0, hot=()):
    """A 10 × 10 grid of harmhotspots-like cells: gi_bin 3 in ``hot`` (indices), else 0; n_crimes 5 hot, 1 else."""
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:27700&field=cell_id:integer&field=gi_bin:integer&field=n_crimes:integer&field=harm:double",
        "cells",
        "memory",
    )
    features = []
    for i in range(n_side * n_side):
        col, row = i % n_side, i // n_side
        x0, y0 = col * size, row * size
        feature = QgsFeature(layer.fields())
        is_hot = i in hot
        feature.setAttributes([i, 3 if is_hot else 0, 5 if is_hot else 1, 5.0 if is_hot else 1.0])
        feature.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON (({x0} {y0}, {x0 + size} {y0}, {x0 + size} {y0 + size}, {x0} {y0 + size}, {x0} {y0}))"
            )
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_forecast_accuracy_hit_rate_and_pai(run_alg, tmp_path):
    """10 hot cells of 100 hold 30 of the 100 later crimes: hit rate 0.30, PAI 3.0; PEI 1; RRI (30/50)/(100/140)."""
    hot = set(range(10))
    cells = grid_cells(hot=hot)
    xs, ys = [], []
    for i in range(100):
        centre = ((i % 10) * 100 + 50, (i // 10) * 100 + 50)
        k = 3 if i in hot else (1 if i < 80 else 0)
        xs += [centre[0]] * k
        ys += [centre[1]] * k
    crimes = point_layer(xs, ys, fields={"harm": [2.0] * len(xs)})
    assert len(xs) == 100
    result = run_alg(
        "forecastaccuracy",
        {"HOTSPOTS": cells, "MIN_BIN": 2, "CRIMES": crimes, "HARM_FIELD": "harm", "OUTPUT": str(tmp_path / "f.gpkg")},
    )
    assert result["HIT_RATE"] == pytest.approx(0.30)
    assert result["PAI"] == pytest.approx(3.0)
    assert result["PEI"] == pytest.approx(1.0)
    assert result["RRI"] == pytest.approx((30 / 50) / (100 / 140))
    assert result["AREA_SHARE"] == pytest.approx(0.10)
    rows = {r["measure"]: r for r in rows_of(layer_at(result["OUTPUT"]))}
    assert rows["harm_hit_rate"]["value"] == pytest.approx(0.30) and "Chainey" in rows["pai"]["definition"]


def test_forecast_accuracy_fences_need_a_study_area(run_alg, tmp_path):
    fences = polygon_layer(["POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"])
    crimes = point_layer([50, 50, 500, 700], [50, 60, 500, 700])
    with pytest.raises(QgsProcessingException, match="study area"):
        run_alg("forecastaccuracy", {"HOTSPOTS": fences, "CRIMES": crimes, "OUTPUT": str(tmp_path / "f.gpkg")})
    study = polygon_layer(["POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))"])
    result = run_alg(
        "forecastaccuracy",
        {"HOTSPOTS": fences, "CRIMES": crimes, "STUDY_AREA": study, "OUTPUT": str(tmp_path / "g.gpkg")},
    )
    assert result["HIT_RATE"] == pytest.approx(0.5)  # 2 of the 4 crimes in 1 % of the area
    assert result["PAI"] == pytest.approx(50.0)
    assert result["PEI"] is None


def test_compare_identical_runs(run_alg, tmp_path):
    x, y, t, harm = timed_crimes(seed=3, n=800, planted=120)
    run = run_alg(
        "harmhotspots",
        {
            "INPUT": crime_layer(x, y, t, harm),
            "HARM_FIELD": "harm",
            "CELL_SIZE": 150,
            "DISTANCE_BAND": 300,
            "OUTPUT": str(tmp_path / "h.gpkg"),
        },
    )
    cells = layer_at(run["OUTPUT"])
    assert len({f["gi_bin"] for f in cells.getFeatures()}) > 1
    result = run_alg(
        "comparehotspots", {"RUN_1": run["OUTPUT"], "RUN_2": run["OUTPUT"], "OUTPUT": str(tmp_path / "c.gpkg")}
    )
    assert result["SIMILARITY"] == pytest.approx(1.0) and result["KAPPA"] == pytest.approx(1.0)
    assert result["EXACT_AGREEMENT"] == pytest.approx(1.0) and result["CELLS_COMPARED"] == cells.featureCount()
    compared = layer_at(result["OUTPUT"])
    assert compared.renderer().type() == "categorizedSymbol" and "bin_2" in compared.renderer().classAttribute()
    rows = rows_of(compared)
    assert all(r["agree"] for r in rows) and all(r["bin_1"] == r["bin_2"] for r in rows)


def test_compare_different_runs_pairs_by_location(run_alg, tmp_path):
    """One hot cell turned not significant: one disagreement, similarity below 1; exact weights, no neighbours."""
    first = grid_cells(hot={11, 12, 21, 22})
    second = grid_cells(hot={11, 12, 21})
    result = run_alg(
        "comparehotspots",
        {"RUN_1": first, "RUN_2": second, "NEIGHBOURS": 0, "WEIGHTING": 1, "OUTPUT": str(tmp_path / "c.gpkg")},
    )
    assert result["EXACT_AGREEMENT"] == pytest.approx(0.99)
    assert result["SIMILARITY"] == pytest.approx(0.99)
    # Cohen's kappa: p_o = 0.99, p_e = 0.04·0.03 + 0.96·0.97 = 0.9324.
    assert result["KAPPA"] == pytest.approx((0.99 - 0.9324) / (1 - 0.9324))
    changed = [r for r in rows_of(layer_at(result["OUTPUT"])) if not r["agree"]]
    assert len(changed) == 1 and changed[0]["change"] == "hot 99% → not significant"
