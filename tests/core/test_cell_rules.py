"""Which cells are features (ArcGIS Optimized Hot Spot Analysis), the band rules and the summary, QGIS-free.

Expected cells come from brute force: every cell of a wide box is cut against the study area with
shapely one at a time; incidents are tested one at a time.
"""

import numpy as np
import pytest
from shapely.affinity import rotate
from shapely.geometry import MultiPolygon, Point, Polygon, box

from hotspot_plugin.core import scale
from hotspot_plugin.core.errors import Cancelled
from hotspot_plugin.core.grid import cells_overlapping, grid_covering
from hotspot_plugin.core.hotspots import HOT_SHARE_WARNING, detect_hotspots, summary_lines

from .test_hotspots import brute_force_z, clustered_points


def irregular_study_area():
    """A rotated square with a hole, plus an island smaller than a cell lying inside one cell."""
    outer = rotate(box(450400, 205300, 454300, 208700), 17, origin="centroid")
    hole = Point(452600, 207300).buffer(380)
    island = box(455010, 206010, 455090, 206060)  # 80 × 50 m, inside cell (3033, 1373) of a 150 m grid
    return MultiPolygon([outer.difference(hole), island])


def brute_force_cells(kind, size, area):
    """(row, col) → True for every cell of a wide grid whose polygon shares area with ``area``."""
    x0, y0, x1, y1 = area.bounds
    grid = grid_covering(kind, size, x0 - 3 * size, y0 - 3 * size, x1 + 3 * size, y1 + 3 * size)
    rings = grid.cell_rings(np.arange(grid.n_cells))
    cx, cy = grid.centres()
    return {
        (round(cx[i], 6), round(cy[i], 6))
        for i in range(grid.n_cells)
        if Polygon(rings[i]).intersection(area).area > 1e-9
    }


@pytest.mark.parametrize("kind, size", [("square", 150.0), ("hexagon", 150.0), ("hexagon", 230.0)])
def test_cells_sharing_area_with_an_irregular_study_area(kind, size):
    area = irregular_study_area()
    x0, y0, x1, y1 = area.bounds
    grid = grid_covering(kind, size, x0, y0, x1, y1)
    mask = cells_overlapping(grid, area)
    cx, cy = grid.centres(np.nonzero(mask)[0])
    found = {(round(a, 6), round(b, 6)) for a, b in zip(cx, cy)}
    assert found == brute_force_cells(kind, size, area)
    if kind == "square":  # the island's cell is in, although its centre is outside every polygon
        assert (round(3033.5 * 150, 6), round(1373.5 * 150, 6)) in found


def test_a_cell_touching_the_study_area_only_along_an_edge_is_not_tested():
    area = box(300, 300, 600, 600)  # on grid lines of a 150 m grid: exactly 2 × 2 cells
    grid = grid_covering("square", 150.0, *area.bounds)
    assert cells_overlapping(grid, area).sum() == 4


def test_study_area_rule_end_to_end_matches_brute_force():
    x, y, harm = clustered_points(seed=9)
    area = irregular_study_area()
    result = detect_hotspots(x, y, harm, cell_size=150, band=450, boundary=area)
    cx, cy = result.grid.centres(result.cell_ids)
    assert {(round(a, 6), round(b, 6)) for a, b in zip(cx, cy)} == brute_force_cells("square", 150.0, area)
    inside = np.array([area.intersects(Point(px, py)) for px, py in zip(x, y)])
    assert result.n_crimes.sum() == inside.sum() and result.n_points_outside == (~inside).sum()
    assert result.harm.sum() == pytest.approx(harm[inside].sum())
    assert (result.n_crimes == 0).sum() > 0  # empty cells are features too
    np.testing.assert_allclose(result.z, brute_force_z(cx, cy, result.harm, 450), atol=1e-9)


@pytest.mark.parametrize("kind", ["square", "hexagon"])
def test_no_study_area_tests_only_cells_holding_incidents(kind):
    x, y, harm = clustered_points(seed=10, n_background=400, n_cluster=200)
    result = detect_hotspots(x, y, harm, grid_type=kind, cell_size=150, band=450)
    assert result.cell_rule == "incident cells"
    assert (result.n_crimes >= 1).all()
    # Exactly the cells the points fall in, found by testing each point against each cell polygon.
    rings = result.grid.cell_rings(result.cell_ids)
    polygons = [Polygon(r).buffer(1e-6) for r in rings]
    assert all(any(p.contains(Point(px, py)) for p in polygons) for px, py in zip(x[:150], y[:150]))
    assert result.n_crimes.sum() == x.size
    cx, cy = result.grid.centres(result.cell_ids)
    np.testing.assert_allclose(result.z, brute_force_z(cx, cy, result.harm, 450), atol=1e-9)


def test_flat_steps_merge_and_peaks_must_be_strict():
    P = scale.MoranPoint  # noqa: N806 - short alias keeps the profiles readable
    # The 180 m hexagon shape of issue 10: 1 and 1.5 cells (and 2 and 2.5) share neighbour sets and
    # the curve only rises. Unmerged, 360 m looked like a peak (higher than 270, equal to 450).
    rising = [
        P(180, 0, 93.1, 100),
        P(270, 0, 93.1, 100),
        P(360, 0, 142.2, 300),
        P(450, 0, 142.2, 300),
        P(540, 0, 188.5, 600),
        P(630, 0, 195.8, 700),
    ]
    choice = scale.choose_band(rising, 480.0, 180)
    assert [p.band for p in choice.steps] == [180, 360, 540, 630]
    assert choice.band == 480.0 and choice.method.startswith("no Moran's I peak") and "2 band(s)" in choice.method
    # A plateau is not a peak either: 300 = 375 > 225 and > 450 is flat on top.
    plateau = [P(150, 0, 1.0, 10), P(225, 0, 3.0, 20), P(300, 0, 4.0, 30), P(375, 0, 4.0, 40), P(450, 0, 2.0, 50)]
    assert scale.choose_band(plateau, 999.0, 150).band == 999.0
    # A strict peak after merging counts.
    peak = [P(150, 0, 1.0, 10), P(225, 0, 3.0, 20), P(300, 0, 3.0, 20), P(375, 0, 2.5, 40)]
    assert scale.choose_band(peak, 999.0, 150).band == 225


def test_hexagon_bands_one_and_one_and_a_half_cells_share_neighbours():
    """No hexagon centre lies between 1 and √3 cells away, so those bands count the same pairs."""
    grid = grid_covering("hexagon", 200.0, 0, 0, 4000, 4000)
    cx, cy = grid.centres()
    rng = np.random.default_rng(1)
    profile = scale.moran_profile_points(cx, cy, rng.poisson(2.0, cx.size).astype(float), [200.0, 300.0, 400.0])
    assert profile[0].n_pairs == profile[1].n_pairs < profile[2].n_pairs


def test_summary_warns_when_more_than_a_fifth_of_cells_are_hot():
    rng = np.random.default_rng(2)
    # Crime fills the west half of a square study area; the east half is empty: about half the
    # tested cells are hot.
    x = rng.uniform(450000, 451500, 3000)
    y = rng.uniform(205000, 208000, 3000)
    result = detect_hotspots(
        x, y, np.ones(x.size), cell_size=150, band=450, boundary=box(450000, 205000, 453000, 208000)
    )
    share = result.summary()["area_share_hot_95"]
    assert share > HOT_SHARE_WARNING
    lines, warnings = summary_lines(result)
    assert any("check the study area, cell size and band" in w for w in warnings)
    text = dict(lines)
    assert text["Cell rule"].startswith("study area given")
    # By hand: columns 450000/150 = 3000 .. 3019 (453000 is a grid line), rows 205000/150 = 1366.7 →
    # 1366 .. 1386 (208000/150 = 1386.7): 20 × 21 = 420 cells; crimes fill columns 3000..3009: 210 empty.
    assert text["Cells tested"] == "420 (210 of them empty)"
    assert text["Incidents used"] == "3,000 of 3,000" and text["Incidents dropped"] == "none"
    # A typical run does not warn.
    x, y, harm = clustered_points()
    _, quiet = summary_lines(detect_hotspots(x, y, harm, cell_size=150, band=450))
    assert not any("check the study area" in w for w in quiet)


def test_summary_names_dropped_incidents_and_counts_only():
    x, y, harm = clustered_points()
    result = detect_hotspots(x, y, harm, cell_size=150, band=450, boundary=box(451000, 206000, 453500, 208500))
    lines, warnings = summary_lines(result, {"with no geometry": 3}, counts_only=True)
    text = dict(lines)
    outside = result.n_points_outside
    assert text["Incidents used"] == f"{result.n_crimes.sum():,} of {x.size + 3:,}"
    assert text["Incidents dropped"] == f"3 with no geometry; {outside:,} outside the study area"
    assert any(w.startswith("Counts only") for w in warnings)
    cutoffs = result.fdr_cutoffs
    assert text["FDR correction"].startswith("on (Benjamini–Hochberg)")
    assert f"95 %: p ≤ {cutoffs[0.05]:.3g}" in text["FDR correction"]
    by_level = [int((result.gi_bin == level).sum()) for level in (3, 2, 1)]
    assert text["Hot cells by level"] == "99 %: {:,}, 95 %: {:,}, 90 %: {:,}".format(*by_level)


def test_cancel_while_building_the_grid():
    x, y, harm = clustered_points()
    calls = []

    def progress(fraction):
        calls.append(fraction)
        return False  # the user pressed Cancel as soon as the run started

    with pytest.raises(Cancelled):
        detect_hotspots(x, y, harm, boundary=irregular_study_area(), progress=progress)
    assert calls == [0.05]  # stopped right after the grid was laid, before binning
