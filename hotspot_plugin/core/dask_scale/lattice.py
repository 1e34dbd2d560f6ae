"""Neighbour sums on a grid's lattice, square or hexagon, for tiles with a halo (issue 18 item 3).

A grid's cells are a raster: cell ``(r, c)`` is id ``r * ncols + c`` (:class:`..grid.Grid`). The
distance band's neighbours of a cell are fixed lattice offsets ``(dr, dc)``: on a square grid one
disk (:func:`..gistar.disk_offsets`); on a hexagon grid odd rows (by absolute row number) are
shifted half a cell east, so the offsets depend on the parity of the cell's row
(:func:`lattice_offsets`). :func:`lattice_sum` adds the raster shifted by each offset, in
ascending ``(dr, dc)`` order, which is ascending cell id: the order in which the in-memory sparse
product (``distance_band_weights(…) @ values``, CSR with sorted columns) and
:func:`..gistar.neighbour_sum_grid` add the same numbers. Cells outside the study area hold 0 and
adding 0.0 changes nothing, so a tile padded with its neighbours' cells gives every sum bit for bit.

:func:`chunk_plan` cuts an axis into tiles no smaller than the halo, so ``dask.array.map_overlap``
never rechunks and a tile's position (hence the parity of its rows) is known from its block index.
What runs on a worker (:func:`lattice_sum`) needs numpy only.
"""

from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

SQRT3 = math.sqrt(3.0)
#: parity of the absolute row (0 even, 1 odd) → offsets; square grids have one list for both (key None).
Offsets = Dict[Optional[int], List[Tuple[int, int]]]


def lattice_offsets(kind: str, cell_size: float, band: float) -> Offsets:
    """The ``(dr, dc)`` offsets of the cells whose centres lie within ``band`` metres, ascending.

    Square: ``{None: disk}``. Hexagon (pointy-top, centres ``cell_size`` apart, rows ``√3/2`` cells
    apart, odd rows shifted half a cell east): ``{0: offsets of an even row's cell, 1: of an odd row's}``.
    """
    from ..gistar import BAND_TOLERANCE, disk_offsets  # here: a worker's tiles need numpy only

    if kind == "square":
        return {None: disk_offsets(cell_size, band)}
    if kind != "hexagon":
        raise ValueError(f"unknown grid kind {kind!r}")
    radius = band / cell_size
    limit = radius**2 * (1 + BAND_TOLERANCE) ** 2
    row_reach = int(math.floor(radius / (SQRT3 / 2.0) * (1 + BAND_TOLERANCE)))
    col_reach = int(math.floor(radius * (1 + BAND_TOLERANCE))) + 1
    out: Offsets = {}
    for parity in (0, 1):
        offsets = []
        for dr in range(-row_reach, row_reach + 1):
            dy = dr * SQRT3 / 2.0
            shift = 0.5 * ((parity + dr) % 2) - 0.5 * parity
            for dc in range(-col_reach, col_reach + 1):
                dx = dc + shift
                if dx * dx + dy * dy <= limit:
                    offsets.append((dr, dc))
        out[parity] = offsets
    return out


def reach(offsets: Offsets) -> Tuple[int, int]:
    """(rows, columns) a tile's halo must hold: the largest ``|dr|`` and ``|dc|``."""
    every = [o for group in offsets.values() for o in group]
    return max(abs(dr) for dr, _ in every), max(abs(dc) for _, dc in every)


def lattice_sum(raster: np.ndarray, offsets: Offsets, first_row: int = 0) -> np.ndarray:
    """Σ over the offsets of ``raster`` (rows, cols, …) shifted by each, zero outside, in ascending order.

    ``first_row``: the absolute row number of ``raster``'s row 0 (its parity picks a hexagon row's
    offsets). Any trailing axes (time steps) are carried along: each offset is one addition.
    """
    reach_r, reach_c = reach(offsets)
    nrows, ncols = raster.shape[:2]
    padded = np.zeros((nrows + 2 * reach_r, ncols + 2 * reach_c) + raster.shape[2:], dtype=raster.dtype)
    padded[reach_r : reach_r + nrows, reach_c : reach_c + ncols] = raster
    total = np.zeros_like(raster)
    for parity, group in offsets.items():
        start, step = (0, 1) if parity is None else ((parity - first_row) % 2, 2)
        rows = total[start::step]
        for dr, dc in group:
            top = reach_r + dr + start
            rows += padded[top : reach_r + dr + nrows : step, reach_c + dc : reach_c + dc + ncols]
    return total


def chunk_plan(n: int, tile: int, depth: int) -> Tuple[Tuple[int, ...], int]:
    """``(chunks, depth)`` along an axis of ``n`` cells: tiles of ``tile`` cells (at least ``depth``,
    the last one merged into its neighbour when shorter than the halo), and the halo to use (0 when
    the axis is one tile: the tile's own zero padding is then exact)."""
    size = max(int(tile), int(depth), 1)
    chunks = [size] * (n // size)
    rest = n - size * len(chunks)
    if rest:
        if chunks and rest < depth:
            chunks[-1] += rest
        else:
            chunks.append(rest)
    if not chunks:
        chunks = [n]
    return tuple(chunks), (int(depth) if len(chunks) > 1 else 0)


def starts(chunks: Sequence[int]) -> np.ndarray:
    """The first index of each chunk."""
    return np.concatenate([[0], np.cumsum(chunks)[:-1]]).astype(np.int64)


def tile_sums(block, offsets, row0, row_starts, depth_rows, time_neighbours=None, block_id=None):
    """One padded tile's neighbour sums (and, with ``time_neighbours``, its time-window sums)."""
    index = int(block_id[0]) if block_id is not None and len(block_id) else 0  # (dask's dry run: none)
    first = row0 + int(row_starts[index]) - depth_rows
    total = lattice_sum(block, offsets, first)
    if time_neighbours is not None:
        from ..trends.spacetime import time_window_sums

        total = time_window_sums(total, time_neighbours)
    return total


def overlap_sums(array, offsets: Offsets, row0: int, depth: Dict[int, int], time_neighbours: Optional[int] = None):
    """``dask.array.map_overlap`` of :func:`lattice_sum` over ``array`` (rows, cols[, steps]), zero outside.

    ``array``'s chunks must come from :func:`chunk_plan` with the halo ``depth`` (axis → cells), so
    no tile is smaller than its halo and each tile's first row is known from its block index.
    With ``time_neighbours`` the last axis is time and each tile's sums run over the time window
    (:func:`..trends.spacetime.time_window_sums`).
    """
    row_starts = starts(array.chunks[0])
    return array.map_overlap(
        tile_sums,
        depth=depth,
        boundary=0,
        dtype=float,
        offsets=offsets,
        row0=int(row0),
        row_starts=row_starts,
        depth_rows=int(depth.get(0, 0)),
        time_neighbours=time_neighbours,
    )


def lattice_block(values: np.ndarray, rows: np.ndarray, cols: np.ndarray, shape) -> np.ndarray:
    """A tile of the lattice cube: ``values`` (tested cells × steps) at ``(rows, cols)``, zero elsewhere."""
    block = np.zeros(shape, dtype=float)
    block[rows, cols] = values
    return block


def tile_z(local, degree, time_starts, time_neighbours, mean, sd, n, block_id=None):
    """z of one (trimmed) tile from its space-time sums and its cells' spatial degrees."""
    index = int(block_id[2]) if block_id is not None and len(block_id) else 0
    t0, nt = int(time_starts[index]), local.shape[-1]
    from ..trends.spacetime import space_time_z, steps_in_window

    window = steps_in_window(nt, time_neighbours, t0)
    return space_time_z(local, degree[..., 0], window, mean[t0 : t0 + nt], sd[t0 : t0 + nt], n[t0 : t0 + nt])


def take_cells(block: np.ndarray, rows: np.ndarray, cols: np.ndarray, trend: bool = False):
    """The tested cells of a tile's z (cells × steps), their p, and (``trend``: the tile holds every
    step) their Mann–Kendall fields ``(s, var_s, z, p, tau)``; None without."""
    from scipy.special import ndtr

    from ..trends.mann_kendall import mann_kendall

    z = block[rows, cols]
    p = 2.0 * ndtr(-np.abs(z))
    if not trend:
        return z, p, None
    found = mann_kendall(z)
    return z, p, (found.s, found.var_s, found.z, found.p, found.tau)
