"""Space-time hot spots and hexagon grids in tiles on Dask (issue 18 item 3), against the in-memory core.

The peers are the in-memory functions: :func:`space_time_gistar` with the sparse distance-band weights
and :func:`emerging_hotspots` (the emerging cube), :func:`detect_hotspots` with the sparse product on
hexagon grids. Tiled results must be the same numbers (z bit for bit, bins, trends and categories
identical) for tiles smaller than their halo, ragged last tiles, cells that are not tested, tiles
split in time, 0/1/2 (and 6) time neighbours, both global windows, square and hexagon grids.
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pytest

from hotspot_plugin.core.dask_scale import add_deps_path, missing
from hotspot_plugin.core.dask_scale.lattice import chunk_plan, lattice_offsets, lattice_sum
from hotspot_plugin.core.gistar import distance_band_weights
from hotspot_plugin.core.grid import Grid
from hotspot_plugin.core.trends.emerging import SpaceTimeCube, emerging_hotspots, space_time_gistar

add_deps_path()
needs_dask = pytest.mark.skipif(bool(missing(("dask",))), reason="dask not installed")
CELL = 150.0


def some_cells(grid: Grid, share: float, seed: int) -> np.ndarray:
    """Ascending ids of a random ``share`` of the grid's cells (the others are not tested)."""
    rng = np.random.default_rng(seed)
    return np.flatnonzero(rng.random(grid.n_cells) < share)


def growing_cube(grid: Grid, ids: np.ndarray, n_steps: int = 24, seed: int = 4, integer: bool = True) -> SpaceTimeCube:
    """Background harm, a stable hot spot and one that grows over the period (so categories vary)."""
    rng = np.random.default_rng(seed)
    values = rng.poisson(0.6, (ids.size, n_steps)).astype(float)
    values *= rng.choice([1.0, 10.0, 270.0], values.shape) if integer else rng.gamma(2.0, 1.37, values.shape)
    rows, cols = ids // grid.ncols, ids % grid.ncols
    stable = (np.abs(rows - grid.nrows // 3) <= 2) & (np.abs(cols - grid.ncols // 3) <= 2)
    growing = (np.abs(rows - 2 * grid.nrows // 3) <= 2) & (np.abs(cols - 2 * grid.ncols // 3) <= 2)
    values[stable] += 60.0
    values[growing] += np.linspace(0.0, 150.0, n_steps)[None, :]
    return SpaceTimeCube(
        values=values,
        counts=np.ceil(values).astype(np.int64),
        time_step="week",
        first_step=0,
        tz="Europe/London",
        start=None,
        end=None,
        n_incidents=int(values.size),
        n_used=int(values.size),
        n_outside_cells=0,
        n_outside_period=0,
    )


@pytest.mark.parametrize("kind", ["square", "hexagon"])
@pytest.mark.parametrize("row0", [-3, 0, 7])
@pytest.mark.parametrize("band_cells", [1.0, 1.999, 2.0, 3.0, 4.4])
def test_lattice_sums_are_the_sparse_products(kind, row0, band_cells):
    """Lattice offsets = the distance band's neighbours; the sums = ``W @ x`` bit for bit (same order)."""
    grid = Grid(kind, CELL, 11, row0, 29, 23)
    ids = some_cells(grid, 0.7, 1)
    cx, cy = grid.centres(ids)
    weights = distance_band_weights(cx, cy, CELL * band_cells)
    values = np.random.default_rng(2).gamma(0.4, 3.7, (ids.size, 3))  # not integers: the order matters
    lattice = np.zeros((grid.n_cells, 3))
    lattice[ids] = values
    mask = np.zeros(grid.n_cells)
    mask[ids] = 1.0
    offsets = lattice_offsets(kind, CELL, CELL * band_cells)
    got = lattice_sum(lattice.reshape(grid.nrows, grid.ncols, 3), offsets, row0).reshape(-1, 3)[ids]
    degree = lattice_sum(mask.reshape(grid.nrows, grid.ncols), offsets, row0).ravel()[ids]
    np.testing.assert_array_equal(degree, np.asarray(weights.sum(axis=1)).ravel())
    np.testing.assert_array_equal(got, weights @ values)
    if kind == "hexagon" and band_cells == 1.0:
        assert len(offsets[0]) == len(offsets[1]) == 7  # a hexagon and its six neighbours
    assert degree.max() > 1


def test_chunk_plan_never_below_the_halo():
    assert chunk_plan(23, 5, 4) == ((5, 5, 5, 8), 4)  # the ragged 3 merged: not below the halo
    assert chunk_plan(23, 5, 3) == ((5, 5, 5, 5, 3), 3)  # ragged, as long as the halo
    assert chunk_plan(23, 1, 3) == ((3, 3, 3, 3, 3, 3, 5), 3)  # tiles smaller than the halo are widened
    assert chunk_plan(4, 100, 3) == ((4,), 0)  # one tile: its own zero padding is exact


def assert_same_emerging(a, b):
    np.testing.assert_array_equal(b.z, a.z)
    np.testing.assert_array_equal(b.p, a.p)
    np.testing.assert_array_equal(b.gi_bin, a.gi_bin)
    np.testing.assert_array_equal(b.n_spatial_neighbours, a.n_spatial_neighbours)
    for field in ("s", "var_s", "z", "p", "tau"):  # the trend, per tile or in memory
        np.testing.assert_array_equal(getattr(b.trend, field), getattr(a.trend, field))
    np.testing.assert_array_equal(b.category_code, a.category_code)
    assert b.messages == a.messages


@needs_dask
@pytest.mark.parametrize("kind", ["square", "hexagon"])
@pytest.mark.parametrize("time_neighbours", [0, 1, 2])
@pytest.mark.parametrize(
    "tile, time_tile",
    [(1, None), (8, 5), (100, None)],
    ids=["tiles-smaller-than-halo", "ragged-and-split-in-time", "one-tile"],
)
def test_emerging_in_tiles_identical(kind, time_neighbours, tile, time_tile):
    from hotspot_plugin.core.dask_scale.emerging import emerging_hotspots_tiled

    grid = Grid(kind, CELL, 40, 5, 23, 19)
    ids = some_cells(grid, 0.8, 3)
    cube = growing_cube(grid, ids)
    band = 2 * CELL
    x, y = grid.centres(ids)
    a = emerging_hotspots(cube, x, y, band, time_neighbours=time_neighbours)
    b = emerging_hotspots_tiled(cube, grid, ids, band, time_neighbours, tile=tile, time_tile=time_tile)
    assert_same_emerging(a, b)
    assert (a.category_code > 0).any() and (a.gi_bin == 3).any()  # real hot spots, so the test can fail
    assert len(set(a.category_code.tolist())) >= 3


@needs_dask
@pytest.mark.parametrize("global_window", ["cube", "neighbourhood"])
@pytest.mark.parametrize("time_neighbours", [1, 6])
def test_space_time_gistar_tiled_float_harm_and_windows(global_window, time_neighbours):
    """Harm that is not whole numbers, the neighbourhood window, more than 4 time neighbours: z bit for bit."""
    from hotspot_plugin.core.dask_scale.emerging import space_time_gistar_tiled

    grid = Grid("hexagon", CELL, -7, 3, 21, 17)
    ids = some_cells(grid, 0.6, 5)
    cube = growing_cube(grid, ids, n_steps=20, integer=False)
    x, y = grid.centres(ids)
    band = 3.2 * CELL
    a = space_time_gistar(cube.values, distance_band_weights(x, y, band), time_neighbours, global_window)
    b = space_time_gistar_tiled(cube.values, grid, ids, band, time_neighbours, global_window, tile=6, time_tile=4)
    np.testing.assert_array_equal(b.z, a.z)
    np.testing.assert_array_equal(b.p, a.p)
    assert b.n_flat_windows == a.n_flat_windows
    assert np.abs(a.z).max() > 3


@needs_dask
def test_hexagon_harm_hotspots_in_tiles_identical():
    from hotspot_plugin.core.dask_scale.hotspots import gi_star_grid_tiled
    from hotspot_plugin.core.hotspots import detect_hotspots

    rng = np.random.default_rng(11)
    x = np.concatenate([rng.uniform(0, 20000, 3000), rng.normal(8000, 300, 600), rng.normal(15000, 200, 300)])
    y = np.concatenate([rng.uniform(0, 12000, 3000), rng.normal(5000, 300, 600), rng.normal(9000, 200, 300)])
    harm = rng.choice([1.0, 10.0, 270.0], x.size) * rng.gamma(3.0, 0.41, x.size)
    for band in (300.0, 475.0):
        a = detect_hotspots(x, y, harm, grid_type="hexagon", cell_size=CELL, band=band)
        b = detect_hotspots(
            x, y, harm, grid_type="hexagon", cell_size=CELL, band=band, gi_grid=partial(gi_star_grid_tiled, tile=16)
        )
        assert a.grid.kind == "hexagon"
        np.testing.assert_array_equal(b.z, a.z)
        np.testing.assert_array_equal(b.n_neighbours, a.n_neighbours)
        np.testing.assert_array_equal(b.gi_bin, a.gi_bin)
        assert (a.gi_bin == 3).any() and (a.n_neighbours > 1).any()


@needs_dask
@pytest.mark.parametrize("row0", [0, 1])
def test_hexagon_rows_parity_matters(row0):
    """A tile's row parity comes from the grid's absolute rows: the same raster with the other parity differs."""
    from hotspot_plugin.core.dask_scale.hotspots import gi_star_grid_tiled
    from hotspot_plugin.core.gistar import gi_star_sparse

    grid = Grid("hexagon", CELL, 0, row0, 31, 27)
    rng = np.random.default_rng(8)
    raster = rng.gamma(0.5, 20.0, (grid.nrows, grid.ncols))
    mask = rng.random(raster.shape) < 0.85
    ids = np.flatnonzero(mask.ravel())
    cx, cy = grid.centres(ids)
    a = gi_star_sparse(raster.ravel()[ids], distance_band_weights(cx, cy, 2.5 * CELL))
    b = gi_star_grid_tiled(raster, mask, CELL, 2.5 * CELL, tile=5, kind="hexagon", row0=row0)
    np.testing.assert_array_equal(b.z, a.z)
    other = gi_star_grid_tiled(raster, mask, CELL, 2.5 * CELL, tile=5, kind="hexagon", row0=row0 + 1)
    assert not np.array_equal(other.z, a.z)


@pytest.mark.slow  # the scheduler and two workers start in 10-30 s
def test_emerging_tiles_on_a_real_scheduler_two_workers(real_cluster):
    """Stock workers (no plugin on their path) run the tiles with the uploaded code, on numpy alone."""
    import importlib.util

    from hotspot_plugin.core.dask_scale.cluster import imported
    from hotspot_plugin.core.dask_scale.emerging import emerging_hotspots_tiled

    client, address = real_cluster
    assert set(client.run(importlib.util.find_spec, "hotspot_plugin").values()) == {None}
    grid = Grid("hexagon", CELL, 40, 5, 23, 19)
    ids = some_cells(grid, 0.8, 3)
    cube = growing_cube(grid, ids)
    x, y = grid.centres(ids)
    a = emerging_hotspots(cube, x, y, 2 * CELL, time_neighbours=2)
    b = emerging_hotspots_tiled(cube, grid, ids, 2 * CELL, 2, tile=6, time_tile=8, scheduler=address)
    assert_same_emerging(a, b)
    assert (a.category_code > 0).any()
    ran = client.run(imported, "hotspot_plugin.core.dask_scale.lattice")
    assert list(ran.values()) == [True, True]  # both workers ran tiles
    # The tiles' code needs numpy only: neither module that imports scipy or pandas was loaded for them.
    for module in ("hotspot_plugin.core.gistar", "hotspot_plugin.core.trends.emerging"):
        assert not any(client.run(imported, module).values()), module
    origins = client.run(importlib.util.find_spec, "hotspot_plugin.core.dask_scale.lattice")
    assert all(".zip" in spec.origin for spec in origins.values())
