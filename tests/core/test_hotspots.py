"""Hot spot detection end to end in the analysis package: grids, conservation, scale, errors."""

import numpy as np
import pytest
from shapely.geometry import Point, Polygon, box

from hotspot_plugin.core import scale
from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.gistar import distance_band_weights, gi_star_sparse
from hotspot_plugin.core.grid import grid_covering
from hotspot_plugin.core.hotspots import detect_hotspots


def brute_force_z(x, y, values, band):
    """Gi* (DOMAIN.md §2) from every pairwise distance: binary band, self included."""
    n = values.size
    mean = values.mean()
    sd = np.sqrt((values**2).mean() - mean**2)
    w = (np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :]) <= band * (1 + 1e-9)).astype(float)
    num = w @ values - mean * w.sum(axis=1)
    den = sd * np.sqrt((n * (w**2).sum(axis=1) - w.sum(axis=1) ** 2) / (n - 1))
    return num / den


def clustered_points(seed=0, n_background=1500, n_cluster=400):
    rng = np.random.default_rng(seed)
    x = np.concatenate([rng.uniform(450000, 455000, n_background), rng.normal(452000, 120, n_cluster)])
    y = np.concatenate([rng.uniform(205000, 209000, n_background), rng.normal(207000, 120, n_cluster)])
    harm = rng.choice([1.0, 2.0, 10.0, 273.5], size=x.size)
    return x, y, harm


@pytest.mark.parametrize("grid_type", ["square", "hexagon"])
def test_harm_is_conserved_and_cluster_is_hot(grid_type):
    x, y, harm = clustered_points()
    result = detect_hotspots(x, y, harm, grid_type=grid_type, cell_size=150, band=450)
    assert result.harm.sum() == pytest.approx(harm.sum())
    assert result.n_crimes.sum() == x.size
    # The cell holding the cluster centre is a 99 % hot spot.
    centre_cell = result.grid.locate(np.array([452000.0]), np.array([207000.0]))[0]
    row = np.searchsorted(result.cell_ids, centre_cell)
    assert result.cell_ids[row] == centre_cell
    assert result.gi_bin[row] == 3
    assert set(np.unique(result.gi_bin)) <= set(range(-3, 4))
    # harm_rank 1 is the cell with most harm.
    assert result.harm[result.harm_rank == 1][0] == result.harm.max()


def test_hexagon_cells_contain_their_points():
    rng = np.random.default_rng(5)
    x, y = rng.uniform(0, 3000, 400), rng.uniform(0, 2000, 400)
    grid = grid_covering("hexagon", 150.0, x.min(), y.min(), x.max(), y.max())
    ids = grid.locate(x, y)
    assert (ids >= 0).all()
    rings = grid.cell_rings(ids)
    for px, py, ring in zip(x, y, rings):
        assert Polygon(ring).buffer(1e-6).contains(Point(px, py))
    # Hexagon area: √3/2 · size².
    assert Polygon(rings[0]).area == pytest.approx(grid.cell_area)


def test_hexagon_gi_matches_brute_force():
    x, y, harm = clustered_points(seed=2, n_background=300, n_cluster=100)
    # A study area: every hexagon sharing area with it is tested, empty ones too.
    result = detect_hotspots(
        x,
        y,
        harm,
        grid_type="hexagon",
        cell_size=300,
        band=600,
        fdr=False,
        boundary=box(450000, 205000, 455000, 209000),
    )
    cx, cy = result.grid.centres(result.cell_ids)
    check = gi_star_sparse(result.harm, distance_band_weights(cx, cy, 600))
    np.testing.assert_allclose(result.z, check.z, atol=1e-12)
    np.testing.assert_allclose(result.z, brute_force_z(cx, cy, result.harm, 600), atol=1e-10)
    # Interior hexagons at a band of two cells have 1 + 6 + 12 = 19 neighbours.
    assert result.n_neighbours.max() == 19
    assert (result.n_crimes == 0).any()


def test_boundary_limits_cells_and_counts_points_outside():
    x, y, harm = clustered_points()
    boundary = box(451000, 206000, 453500, 208500)
    result = detect_hotspots(x, y, harm, cell_size=150, band=450, boundary=boundary)
    # Every cell sharing area with the box, by hand: columns 3006 (451000 / 150 = 3006.7) to 3023
    # (453500 / 150 = 3023.3); rows 1373 (1373.3) to 1389, because 208500 / 150 = 1390 exactly: row
    # 1390 only touches the box along its top edge, shares no area and is not tested. 18 × 17 cells.
    cols = np.arange(3006, 3024)
    rows = np.arange(1373, 1390)
    assert result.n_cells == cols.size * rows.size == 18 * 17
    cx, cy = result.grid.centres(result.cell_ids)
    assert set(np.floor(cx / 150).astype(int)) == set(cols) and set(np.floor(cy / 150).astype(int)) == set(rows)
    # Incidents count by point in polygon, not by the centre of their cell.
    inside = (x > 451000) & (x < 453500) & (y > 206000) & (y < 208500)
    assert result.harm.sum() == pytest.approx(harm[inside].sum())
    assert result.n_crimes.sum() == inside.sum()
    assert result.n_points_outside == int((~inside).sum()) > 0
    assert result.cell_rule == "study area"


def test_automatic_scale_is_reported():
    x, y, harm = clustered_points()
    result = detect_hotspots(x, y, harm)
    assert result.cell_size == 150.0 and "UK practice" in result.cell_size_reason
    assert result.band >= 150.0
    assert "Moran" in result.band_reason or "nearest" in result.band_reason


def test_moran_profile_grid_matches_point_path_and_dense_formula():
    rng = np.random.default_rng(11)
    raster = rng.poisson(1.0, size=(12, 14)).astype(float)
    raster[4:7, 4:7] += 6
    mask = np.ones_like(raster, bool)
    bands = [150.0, 225.0, 300.0]
    grid_profile = scale.moran_profile_grid(raster, mask, 150.0, bands)
    rows, cols = np.nonzero(mask)
    x, y = cols * 150.0, rows * 150.0
    point_profile = scale.moran_profile_points(x, y, raster[mask], bands)
    for a, b in zip(grid_profile, point_profile):
        assert a.moran_i == pytest.approx(b.moran_i, abs=1e-12)
        assert a.z == pytest.approx(b.z, abs=1e-9)
    # Dense textbook Moran's I for the first band.
    v = raster[mask]
    d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    w = ((d <= 150.0 + 1e-6) & (d > 0)).astype(float)
    dev = v - v.mean()
    expected_i = len(v) / w.sum() * (dev @ w @ dev) / (dev @ dev)
    assert grid_profile[0].moran_i == pytest.approx(expected_i, rel=1e-12)
    assert grid_profile[0].z > 3  # the block is strongly autocorrelated


def test_choose_band_rules():
    P = scale.MoranPoint  # noqa: N806 - a short alias keeps the profiles readable
    first_peak = [P(150, 0, 1.0), P(225, 0, 2.5), P(300, 0, 2.0), P(375, 0, 4.0), P(450, 0, 3.0)]
    assert scale.choose_band(first_peak, 999.0, 150).band == 225
    insignificant = [P(150, 0, 0.2), P(225, 0, 0.9), P(300, 0, 0.4), P(375, 0, 1.2), P(450, 0, 1.0)]
    assert scale.choose_band(insignificant, 999.0, 150).band == 375
    rising = [P(150, 0, 1.0), P(225, 0, 2.0), P(300, 0, 3.0)]
    choice = scale.choose_band(rising, 480.0, 150)
    assert choice.band == 480.0 and "nearest" in choice.method


def test_knn_fallback_on_a_regular_grid():
    # Interior cells of a big grid: the 30th nearest other cell is at √10 cells.
    cols, rows = np.meshgrid(np.arange(200), np.arange(200))
    distance = scale.knn_distance(cols.ravel() * 150.0, rows.ravel() * 150.0)
    assert distance == pytest.approx(np.sqrt(10) * 150.0, rel=0.02)


def test_auto_cell_size_grows_only_for_huge_areas():
    assert scale.auto_cell_size(50_000, 50_000)[0] == 150.0
    size, reason = scale.auto_cell_size(600_000, 600_000)
    assert size > 150.0 and "limit" in reason


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda x, y, h: (x[:0], y[:0], h[:0]), "no points"),
        (lambda x, y, h: (x[:29], y[:29], h[:29]), "at least 30"),
        (lambda x, y, h: (x, y, np.where(np.arange(h.size) == 3, np.nan, h)), "NULL"),
        (lambda x, y, h: (x, y, np.where(np.arange(h.size) == 3, -1.0, h)), "negative"),
        (lambda x, y, h: (x, y, np.zeros_like(h)), "zero variance"),
    ],
)
def test_bad_input_is_a_clear_error(mutate, message):
    x, y, harm = clustered_points()
    before = harm.copy()
    with pytest.raises(HotspotInputError, match=message):
        detect_hotspots(*mutate(x, y, harm), cell_size=150, band=450)
    np.testing.assert_array_equal(harm, before)


def test_boundary_missing_the_points_is_an_error():
    x, y, harm = clustered_points()
    with pytest.raises(HotspotInputError, match="inside the study area"):
        detect_hotspots(x, y, harm, cell_size=150, band=450, boundary=box(0, 0, 5000, 5000))
