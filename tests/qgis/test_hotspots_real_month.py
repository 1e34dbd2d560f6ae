"""Known answers on the real police.uk month (Thames Valley, June 2018) for both cell rules of ArcGIS
Optimized Hot Spot Analysis, against an independent brute-force Gi* on exactly the cells each rule names.

The independent computation shares nothing with the plugin's analysis code: cells are found with
``floor`` and shapely box intersections, incidents by shapely point-in-polygon one at a time, and Gi*
from every pairwise centre distance (DOMAIN.md §2: binary band, self included).
"""

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsVectorLayer
from shapely import wkb
from shapely.geometry import Point, box
from shapely.ops import unary_union
from shapely.prepared import prep

from hotspot_plugin.core import scale
from hotspot_plugin.core.hotspots import detect_hotspots

from .feedback import LogFeedback

CELL = 150.0
BAND = 450.0


def logged(feedback, key):
    """The text after ``key: `` in the first log line that starts with it."""
    return next((line[len(key) + 2 :] for line in feedback.lines if line.startswith(f"{key}: ")), None)


@pytest.fixture(scope="module")
def month(hotspot_provider, tmp_path_factory):
    """The real month imported once; its points and harm read back through plain QGIS features."""
    from qgis import processing

    from hotspot_plugin.qgis_io.crs import Reprojection

    from ..conftest import OXFORD_LSOA, POLICE_UK_CSV

    folder = tmp_path_factory.mktemp("realmonth")
    crimes = str(folder / "crimes.gpkg")
    processing.run("hotspot:importpoliceuk", {"INPUT": str(POLICE_UK_CSV), "OUTPUT": crimes})
    layer = QgsVectorLayer(crimes, "crimes", "ogr")
    xs, ys, harm = [], [], []
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint()
        xs.append(point.x())
        ys.append(point.y())
        harm.append(feature["harm"])
    # The Oxford LSOAs in British National Grid, written once, so that the plugin and this test read
    # the very same polygons (the transformation is tested elsewhere; here the cell rule is).
    lsoa = QgsVectorLayer(str(OXFORD_LSOA), "lsoa", "ogr")
    reprojection = Reprojection(lsoa.crs(), QgsCoordinateReferenceSystem("EPSG:27700"))
    shapes = [reprojection.geometry(f.geometry()) for f in lsoa.getFeatures()]
    boundary_layer = QgsVectorLayer("MultiPolygon?crs=EPSG:27700", "oxford_lsoa_bng", "memory")
    features = []
    for shape in shapes:
        feature = QgsFeature()
        feature.setGeometry(shape)
        features.append(feature)
    assert boundary_layer.dataProvider().addFeatures(features)[0]
    assert boundary_layer.featureCount() == 46
    boundary = unary_union([wkb.loads(bytes(g.makeValid().asWkb())) for g in shapes])
    return {
        "crimes": crimes,
        "x": np.array(xs),
        "y": np.array(ys),
        "harm": np.array(harm, dtype=float),
        "boundary_layer": boundary_layer,
        "boundary": boundary if boundary.is_valid else boundary.buffer(0),
    }


def brute_force_gi(x, y, values, band):
    """z for every cell from all pairwise distances, row block by row block."""
    n = values.size
    mean = values.mean()
    sd = np.sqrt((values**2).mean() - mean**2)
    z = np.empty(n)
    neighbours = np.empty(n, dtype=int)
    for start in range(0, n, 500):
        stop = min(start + 500, n)
        d = np.hypot(x[start:stop, None] - x[None, :], y[start:stop, None] - y[None, :])
        w = (d <= band * (1 + 1e-9)).astype(float)
        local = w @ values
        wsum = w.sum(axis=1)
        z[start:stop] = (local - mean * wsum) / (sd * np.sqrt((n * wsum - wsum**2) / (n - 1)))
        neighbours[start:stop] = wsum
    return z, neighbours


def output_cells(layer):
    """{(col, row): (n_crimes, harm, gi_z, n_neighbours, gi_bin)} from the output layer's geometry."""
    cells = {}
    for feature in layer.getFeatures():
        centre = feature.geometry().centroid().asPoint()
        key = (int(np.floor(centre.x() / CELL)), int(np.floor(centre.y() / CELL)))
        cells[key] = (feature["n_crimes"], feature["harm"], feature["gi_z"], feature["n_neighbours"], feature["gi_bin"])
    return cells


def compare(layer, expected_keys, x, y, harm):
    """Check the output against the brute force on ``expected_keys``; returns max |Δz|."""
    cells = output_cells(layer)
    assert set(cells) == set(expected_keys)
    keys = sorted(expected_keys)
    index = {k: i for i, k in enumerate(keys)}
    values = np.zeros(len(keys))
    counts = np.zeros(len(keys), dtype=int)
    for px, py, h in zip(x, y, harm):
        i = index[(int(np.floor(px / CELL)), int(np.floor(py / CELL)))]
        values[i] += h
        counts[i] += 1
    cx = np.array([(k[0] + 0.5) * CELL for k in keys])
    cy = np.array([(k[1] + 0.5) * CELL for k in keys])
    z, neighbours = brute_force_gi(cx, cy, values, BAND)
    got = np.array([cells[k] for k in keys], dtype=float)
    np.testing.assert_array_equal(got[:, 0], counts)
    np.testing.assert_allclose(got[:, 1], values, rtol=1e-12)
    np.testing.assert_array_equal(got[:, 3], neighbours)
    return float(np.abs(got[:, 2] - z).max())


def test_no_study_area_tests_only_cells_holding_incidents(month, run_alg):
    feedback = LogFeedback()
    # No harm field named: the layer's numeric 'harm' field is used (and the log says so).
    result = run_alg(
        "harmhotspots",
        {"INPUT": month["crimes"], "CELL_SIZE": CELL, "DISTANCE_BAND": BAND, "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback,
    )
    assert any(line.startswith("Harm: the layer's numeric field harm") for line in feedback.lines), feedback.lines
    expected = set(zip(np.floor(month["x"] / CELL).astype(int), np.floor(month["y"] / CELL).astype(int)))
    # 6,917 cells with OSTN15 coordinates (6,911 through the Helmert fallback).
    assert result["CELLS_TESTED"] == len(expected)
    dz = compare(result["OUTPUT"], expected, month["x"], month["y"], month["harm"])
    assert dz < 1e-9
    assert result["CELL_RULE"] == "incident cells"
    assert logged(feedback, "Cell rule").startswith("no study area given: only cells holding at least one incident")
    # Issue 10's complaint was 410,150 cells tested, 11,093 hot holding 77 % of harm: now a plausible share.
    assert 120 <= result["HOT_CELLS"] <= 170  # 143 with OSTN15 coordinates
    assert 5.0 < result["HARM_SHARE_HOT"] < 15.0  # 9.0 %
    assert logged(feedback, "Hot cells (gi_bin ≥ 2)").startswith(f"{result['HOT_CELLS']} holding")
    assert logged(feedback, "Incidents used") == "16,491 of 16,491"
    assert "Benjamini–Hochberg" in logged(feedback, "FDR correction")


def test_study_area_tests_every_cell_sharing_area_with_it(month, run_alg):
    boundary = month["boundary"]
    feedback = LogFeedback()
    result = run_alg(
        "harmhotspots",
        {
            "INPUT": month["crimes"],
            "HARM_FIELD": "harm",
            "BOUNDARY": month["boundary_layer"],
            "CELL_SIZE": CELL,
            "DISTANCE_BAND": BAND,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    # Every cell of the boundary's box whose square shares area with it (brute force, one by one).
    x0, y0, x1, y1 = boundary.bounds
    expected = {
        (c, r)
        for c in range(int(x0 // CELL) - 1, int(x1 // CELL) + 2)
        for r in range(int(y0 // CELL) - 1, int(y1 // CELL) + 2)
        if box(c * CELL, r * CELL, (c + 1) * CELL, (r + 1) * CELL).intersection(boundary).area > 0
    }
    # Incidents by point in polygon, not by the centre of their cell.
    inside = prep(boundary)
    keep = np.array([inside.intersects(Point(px, py)) for px, py in zip(month["x"], month["y"])])
    assert keep.sum() == 660  # 660 crimes lie inside the 46 Oxford LSOAs (issue 10)
    assert result["INCIDENTS_USED"] == 660
    assert result["CELLS_TESTED"] == len(expected)
    dz = compare(result["OUTPUT"], expected, month["x"][keep], month["y"][keep], month["harm"][keep])
    assert dz < 1e-9
    assert result["CELL_RULE"] == "study area"
    empty = sum(1 for v in output_cells(result["OUTPUT"]).values() if v[0] == 0)
    assert logged(feedback, "Cells tested") == f"{len(expected):,} ({empty:,} of them empty)"
    assert logged(feedback, "Incidents dropped") == f"{16491 - 660:,} outside the study area"


@pytest.mark.slow  # the real month on hexagons at several cell sizes
def test_hexagon_flat_steps_are_not_peaks(month):
    """Issue 10: 180 m hexagons over every cell of the crimes' bounding box logged "first significant
    peak" at 360 m on a Moran's I curve that only rises. Bands 1 and 1.5 cells (and 2 and 2.5) give
    identical neighbour sets on a hexagon grid; merged, the curve has no peak: the k-NN fallback applies."""
    x, y, harm = month["x"], month["y"], month["harm"]
    result = detect_hotspots(
        x, y, harm, grid_type="hexagon", cell_size=180, boundary=box(x.min(), y.min(), x.max(), y.max())
    )
    choice = result.band_choice
    by_band = {p.band: p for p in choice.profile}
    assert by_band[180.0].n_pairs == by_band[270.0].n_pairs and by_band[360.0].n_pairs == by_band[450.0].n_pairs
    assert [p.band for p in choice.steps] == [180.0, 360.0, 540.0, 630.0, 720.0, 810.0, 900.0]
    zs = [p.z for p in choice.steps]
    assert all(b > a for a, b in zip(zs, zs[1:]))  # the curve only rises
    assert result.band != 360.0 and result.band_reason.startswith("no Moran's I peak")
    assert result.band == pytest.approx(scale.knn_distance(*result.grid.centres(result.cell_ids)))
    assert "270 m (same neighbours as 180 m)" in scale.describe_profile(choice)


def test_count_only_run_warns_in_the_summary(month, run_alg):
    feedback = LogFeedback()
    result = run_alg(
        "harmhotspots",
        {
            "INPUT": month["crimes"],
            "COUNT_ONLY": True,
            "CELL_SIZE": CELL,
            "DISTANCE_BAND": BAND,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert any(w.startswith("Counts only: every incident weighs 1") for w in feedback.lines), feedback.lines
    harms = [f["harm"] for f in result["OUTPUT"].getFeatures()]
    counts = [f["n_crimes"] for f in result["OUTPUT"].getFeatures()]
    assert harms == counts  # harm is the count
    # A harm-weighted run does not warn.
    weighted = LogFeedback()
    run_alg(
        "harmhotspots",
        {"INPUT": month["crimes"], "CELL_SIZE": CELL, "DISTANCE_BAND": BAND, "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=weighted,
    )
    assert not any("Counts only" in w for w in weighted.lines)


def test_fence_scores_against_a_recomputation_from_the_cells(month, run_alg):
    """pai, pai_harm and pei of every Oxford fence, recomputed from the cell layer and the LSOAs."""
    boundary = month["boundary"]
    cells = run_alg(
        "harmhotspots",
        {
            "INPUT": month["crimes"],
            "BOUNDARY": month["boundary_layer"],
            "CELL_SIZE": CELL,
            "DISTANCE_BAND": 300,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    feedback = LogFeedback()
    result = run_alg(
        "geofencesfromhotspots",
        {
            "INPUT": cells,
            "MIN_BIN": 2,
            "MIN_CRIMES": 2,
            "BUFFER": 10,
            "STUDY_AREA": month["boundary_layer"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    rows = [
        (wkb.loads(bytes(f.geometry().asWkb())), f["n_crimes"], f["harm"], f["gi_bin"]) for f in cells.getFeatures()
    ]
    total_crimes = sum(r[1] for r in rows)
    total_harm = sum(r[2] for r in rows)
    within = [r[0].intersection(boundary).area for r in rows]  # each cell's area inside the LSOAs
    # For n*: cells by crimes per m² inside the study area, densest first.
    by_density = sorted(zip((r[1] / a if a > 0 else 0.0 for r, a in zip(rows, within)), within), reverse=True)

    def most_capturable(budget):
        """Crimes in the densest cells until ``budget`` m² are filled, the last cell in part."""
        total = 0.0
        for density, area in by_density:
            take = min(area, budget)
            total += density * take
            budget -= take
            if budget <= 1e-9:
                break
        return total

    hot = [r for r in rows if r[3] >= 2 and r[1] >= 2]
    fences = list(result["OUTPUT"].getFeatures())
    assert len(fences) == result["N_FENCES"] and 5 <= len(fences) <= 8  # six with OSTN15 coordinates
    assert max(f["area_m2"] for f in fences) < 0.2e6
    for fence in fences:
        outline = wkb.loads(bytes(fence.geometry().asWkb()))
        mine = [r for r in hot if outline.contains(r[0].centroid)]
        n = sum(r[1] for r in mine)
        h = sum(r[2] for r in mine)
        a = unary_union([r[0] for r in mine]).intersection(boundary).area
        assert fence["n_crimes"] == n and fence["harm"] == pytest.approx(h)
        assert fence["pai"] == pytest.approx((n / total_crimes) / (a / boundary.area), rel=1e-9)
        assert fence["pai_harm"] == pytest.approx((h / total_harm) / (a / boundary.area), rel=1e-9)
        assert fence["pei"] == pytest.approx(n / most_capturable(a), rel=1e-9)
    assert logged(feedback, "Study area A").endswith("the study area boundary")
    assert result["PAI"] > 1 and 0 < result["PEI"] <= 1
