"""Emerging hot spots' space-time Gi* in tiles of the (row, column, step) cube on Dask (issue 18 item 3).

The cube of :mod:`..trends.emerging` (tested cells × steps) is laid on the grid's lattice: a 3-D
array (rows, columns, steps), zero at cells that are not tested. Each tile gets a halo of the
band's reach in rows and columns and of the time neighbours in steps (``dask.array.map_overlap``,
zeros outside the cube as in memory) and computes, with the in-memory functions:

* the spatial neighbour sums of every step (:func:`.lattice.lattice_sum`: the same additions in
  the same order as the sparse product ``distance_band_weights(…) @ values``, so the same numbers
  bit for bit, on square and hexagon grids);
* the sums over each step's time window (:func:`..trends.spacetime.time_window_sums`);
* z (:func:`..trends.spacetime.space_time_z`) with each step's global mean, SD and n, which come
  from one pass over the cube before the tiles run (:func:`..trends.emerging.window_statistics`,
  the same call as in memory, so the same numbers).

Each tile returns the z of its tested cells only; this process puts them in the cells × steps
result. The functions the workers run (:mod:`.lattice`, :mod:`..trends.spacetime`) need numpy only.
What follows runs here, in memory, on that z-cube, as in :func:`..trends.emerging.emerging_hotspots`:
Benjamini–Hochberg FDR is over every cell of a step (one sort per step of the whole study area, so
not per tile), and the z-cube is the result the algorithm writes anyway, so Mann–Kendall (blocks of
4,096 cells) and the categories (per cell) add little to the memory it holds; tiling them would not
lower the peak, which is the cube, z and p.

Every z is the in-memory one bit for bit, tiles split in time included. With more than 4 time
neighbours the in-memory window sums are running sums from the cube's first step, so the series is
then one time tile (a running sum from a tile's start would differ in the last bits).
"""

from __future__ import annotations

from typing import Optional

import numpy as np
from scipy.special import ndtr

from ..errors import HotspotInputError
from ..grid import Grid
from ..trends.emerging import (
    DEFAULT_TREND_ALPHA,
    EmergingResult,
    SpaceTimeCube,
    SpaceTimeGiStar,
    emerging_hotspots,
    window_statistics,
)
from .lattice import chunk_plan, lattice_block, lattice_offsets, overlap_sums, reach, starts, take_cells, tile_z

#: Cells per tile side; a tile holds every step (256 × 256 × 52 doubles ≈ 27 MB, about 8 times that while it runs).
DEFAULT_TILE = 256


def space_time_gistar_tiled(
    values: np.ndarray,
    grid: Grid,
    cell_ids: np.ndarray,
    band: float,
    time_neighbours: int = 1,
    global_window: str = "cube",
    tile: int = DEFAULT_TILE,
    time_tile: Optional[int] = None,
    scheduler=None,
    n_workers: Optional[int] = None,
) -> SpaceTimeGiStar:
    """:func:`..trends.emerging.space_time_gistar` of ``values`` (cells × steps, rows = ``cell_ids``
    ascending, ids of ``grid``) with distance-band weights, in tiles of ``tile`` × ``tile`` cells ×
    ``time_tile`` steps (default, and always with more than 4 time neighbours: every step) with a halo
    of the band's reach and the time neighbours.

    Tiles are never smaller than their halo (a smaller ``tile`` is widened to it). ``scheduler``:
    empty = Dask's threads in this process, ``local`` = a LocalCluster, an address, or a
    ``distributed.Client``.
    """
    from . import require

    require(("dask",) if not scheduler else ("dask", "distributed"))
    import dask
    import dask.array as da

    x = np.asarray(values, dtype=float)
    cell_ids = np.asarray(cell_ids, dtype=np.int64)
    n_cells, n_steps = x.shape
    if cell_ids.shape != (n_cells,):
        raise ValueError("cell_ids must give one grid cell per cube row")
    if n_cells and (cell_ids[0] < 0 or cell_ids[-1] >= grid.n_cells or (np.diff(cell_ids) <= 0).any()):
        raise ValueError("cell_ids must be ascending ids of the grid's cells")
    if not band or band <= 0:
        raise HotspotInputError("The distance band must be a positive number of metres.")
    k = int(time_neighbours)
    mean, sd, n, flat_windows = window_statistics(x, k, global_window)

    offsets = lattice_offsets(grid.kind, grid.size, band)
    reach_r, reach_c = reach(offsets)
    row_chunks, depth_r = chunk_plan(grid.nrows, tile, reach_r)
    col_chunks, depth_c = chunk_plan(grid.ncols, tile, reach_c)
    time_chunks, depth_t = chunk_plan(n_steps, (time_tile or n_steps) if k <= 4 else n_steps, k)
    ncols = grid.ncols
    rows_of, cols_of = cell_ids // ncols, cell_ids % ncols

    # The input tiles, each built where it runs from its tested cells' rows of the cube (views here).
    make = dask.delayed(lattice_block, pure=False)
    blocks, cells = [], {}
    for i, (r0, nr) in enumerate(zip(starts(row_chunks), row_chunks)):
        a, b = np.searchsorted(cell_ids, [r0 * ncols, (r0 + nr) * ncols])
        plane = []
        for j, (c0, nc) in enumerate(zip(starts(col_chunks), col_chunks)):
            if len(col_chunks) == 1:
                sel = slice(a, b)
            else:
                inside = (cols_of[a:b] >= c0) & (cols_of[a:b] < c0 + nc)
                sel = a + np.flatnonzero(inside)
            local_rows, local_cols = rows_of[sel] - r0, cols_of[sel] - c0
            cells[i, j] = (sel, local_rows, local_cols)
            line = []
            for t0, nt in zip(starts(time_chunks), time_chunks):
                data = x[sel, t0 : t0 + nt]
                line.append(da.from_delayed(make(data, local_rows, local_cols, (nr, nc, nt)), (nr, nc, nt), float))
            plane.append(line)
        blocks.append(plane)
    cube = da.block(blocks)

    mask = np.zeros(grid.n_cells)
    mask[cell_ids] = 1.0
    mask = da.from_array(mask.reshape(grid.nrows, ncols), chunks=(row_chunks, col_chunks))
    degree = overlap_sums(mask, offsets, grid.row0, {0: depth_r, 1: depth_c})
    local = overlap_sums(cube, offsets, grid.row0, {0: depth_r, 1: depth_c, 2: depth_t}, time_neighbours=k)
    z_tiles = da.map_blocks(
        tile_z,
        local,
        degree[:, :, None],
        dtype=float,
        time_starts=starts(time_chunks),
        time_neighbours=k,
        mean=mean,
        sd=sd,
        n=n,
    ).to_delayed(optimize_graph=False)
    take = dask.delayed(take_cells, pure=True)
    keys = [(i, j, t) for (i, j) in cells for t in range(len(time_chunks))]
    wanted = [degree] + [take(z_tiles[i, j, t], cells[i, j][1], cells[i, j][2]) for i, j, t in keys]
    if scheduler:
        from .cluster import TILE_PACKAGES, Runner

        with Runner(scheduler, n_workers, needs=TILE_PACKAGES) as runner:
            found = runner.client.compute(wanted, sync=True)
    else:
        found = dask.compute(*wanted, scheduler="threads")
    degree_lattice, pieces = found[0], found[1:]
    z = np.empty((n_cells, n_steps))
    time_starts = starts(time_chunks)
    for (i, j, t), piece in zip(keys, pieces):
        t0 = time_starts[t]
        z[cells[i, j][0], t0 : t0 + piece.shape[1]] = piece
    del pieces, found
    p = 2.0 * ndtr(-np.abs(z))
    degree_cells = degree_lattice.ravel()[cell_ids].astype(np.int64)
    return SpaceTimeGiStar(z=z, p=p, n_spatial_neighbours=degree_cells, n_flat_windows=flat_windows)


def emerging_hotspots_tiled(
    cube: SpaceTimeCube,
    grid: Grid,
    cell_ids: np.ndarray,
    band: float,
    time_neighbours: int = 1,
    global_window: str = "cube",
    fdr: bool = True,
    min_bin: int = 1,
    trend_alpha: float = DEFAULT_TREND_ALPHA,
    tile: int = DEFAULT_TILE,
    time_tile: Optional[int] = None,
    scheduler=None,
    n_workers: Optional[int] = None,
    progress=None,
) -> EmergingResult:
    """:func:`..trends.emerging.emerging_hotspots` of ``cube`` (rows = ``cell_ids`` of ``grid``) with
    the space-time Gi* in tiles (:func:`space_time_gistar_tiled`); FDR, trend and categories as in memory."""
    x, y = grid.centres(np.asarray(cell_ids, dtype=np.int64))
    return emerging_hotspots(
        cube,
        x,
        y,
        band,
        time_neighbours=time_neighbours,
        global_window=global_window,
        fdr=fdr,
        min_bin=min_bin,
        trend_alpha=trend_alpha,
        progress=progress,
        gi_cube=tiled_gi_cube(grid, cell_ids, band, tile, time_tile, scheduler, n_workers),
    )


def tiled_gi_cube(grid, cell_ids, band, tile=DEFAULT_TILE, time_tile=None, scheduler=None, n_workers=None):
    """The ``gi_cube`` of :func:`..trends.emerging.emerging_hotspots` that computes it in tiles."""

    def gi_cube(values, time_neighbours, global_window):
        return space_time_gistar_tiled(
            values, grid, cell_ids, band, time_neighbours, global_window, tile, time_tile, scheduler, n_workers
        )

    return gi_cube
