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
result, with their p and, when a tile holds every step (the default), the Mann–Kendall trend of each
of its cells (per cell, so the same numbers; in memory its tie correction over the whole z-cube
needs four more cube-sized arrays, the peak of an in-memory run). What follows runs here, in
memory, as in :func:`..trends.emerging.emerging_hotspots`: Benjamini–Hochberg FDR is over every
cell of a step (one sort per step of the whole study area, so not per tile), and the categories
are per cell from the bins (small arrays); the z and p cubes are the algorithm's output anyway.
The functions the workers run (:mod:`.lattice`, :mod:`..trends.spacetime`, the Mann–Kendall test)
need numpy and scipy only.

Every z is the in-memory one bit for bit, tiles split in time included. With more than 4 time
neighbours the in-memory window sums are running sums from the cube's first step, so the series is
then one time tile (a running sum from a tile's start would differ in the last bits).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

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
from ..trends.mann_kendall import MannKendall
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
    runner = None
    if scheduler:
        from .cluster import TILE_PACKAGES, Runner

        runner = Runner(scheduler, n_workers, needs=TILE_PACKAGES)
    try:
        return _run_tiles(
            x,
            grid,
            cell_ids,
            offsets,
            (row_chunks, col_chunks, time_chunks),
            (depth_r, depth_c, depth_t),
            k,
            (mean, sd, n, flat_windows),
            runner,
        )
    finally:
        if runner is not None:
            runner.close()


def _run_tiles(x, grid, cell_ids, offsets, chunks, depths, k, statistics, runner):
    """The tiles of :func:`space_time_gistar_tiled`: on Dask's threads (``runner`` None) or ``runner``'s cluster."""
    import dask
    import dask.array as da

    n_cells, n_steps = x.shape
    row_chunks, col_chunks, time_chunks = chunks
    depth_r, depth_c, depth_t = depths
    mean, sd, n, flat_windows = statistics
    ncols = grid.ncols
    rows_of, cols_of = cell_ids // ncols, cell_ids % ncols
    scattered = []

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
                if runner is not None:  # straight to a worker, not through the graph and the scheduler
                    data = runner.client.scatter(np.ascontiguousarray(data), hash=False)
                    scattered.append(data)
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
    # Each tile returns its tested cells' z and p and, when it holds every step, their Mann–Kendall trend.
    whole_series = len(time_chunks) == 1
    take = dask.delayed(take_cells, pure=True)
    keys = [(i, j, t) for (i, j) in cells for t in range(len(time_chunks))]
    pieces = [take(z_tiles[i, j, t], cells[i, j][1], cells[i, j][2], whole_series) for i, j, t in keys]
    z = np.empty((n_cells, n_steps))
    p = np.empty((n_cells, n_steps))
    trend = np.empty((5, n_cells)) if whole_series else None
    time_starts = starts(time_chunks)

    def store(key, piece):
        (i, j, t), (tile_z_cells, tile_p_cells, tile_trend) = key, piece
        rows, t0 = cells[i, j][0], time_starts[t]
        z[rows, t0 : t0 + tile_z_cells.shape[1]] = tile_z_cells
        p[rows, t0 : t0 + tile_p_cells.shape[1]] = tile_p_cells
        if tile_trend is not None:
            for field, value in enumerate(tile_trend):
                trend[field, rows] = value

    if runner is not None:
        from distributed import as_completed

        futures = runner.client.compute([degree] + pieces)
        position = {future.key: index for index, future in enumerate(futures)}
        for future in as_completed(futures):  # stored as they arrive, each released at once
            index = position[future.key]
            if index == 0:
                degree_lattice = future.result()
            else:
                store(keys[index - 1], future.result())
            future.release()
        for future in scattered:
            future.release()
    else:  # Dask's threads share this process's memory: each tile is stored by a task of its own
        stored = [dask.delayed(store, pure=False)(key, piece) for key, piece in zip(keys, pieces)]
        degree_lattice = dask.compute(degree, *stored, scheduler="threads")[0]
    degree_cells = degree_lattice.ravel()[cell_ids].astype(np.int64)
    mk = MannKendall(s=trend[0], var_s=trend[1], z=trend[2], p=trend[3], tau=trend[4]) if whole_series else None
    return SpaceTimeGiStar(z=z, p=p, n_spatial_neighbours=degree_cells, n_flat_windows=flat_windows, trend=mk)


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
