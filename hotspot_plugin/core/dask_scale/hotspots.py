"""Gi* on a square or hexagon grid in tiles with a halo (``dask.array.map_overlap``), identical to the in-memory result.

The neighbour sums of :func:`..gistar.gi_star_grid` (square) and of the sparse distance-band product
of :func:`..gistar.gi_star_sparse` (hexagon) are sums over fixed lattice offsets (:mod:`.lattice`;
on a hexagon grid they depend on the parity of the cell's row): each tile is padded with ``reach``
cells of its neighbours (zeros outside the grid, as in memory), summed with the same shifted
additions in the same order, and trimmed, so every cell's sum is the same number bit for bit. The
mean and SD are of the whole study area (one pass over the cell values), and z, p and the FDR bins
follow from them as in memory. Tiles run on Dask's threads in this process (``scheduler`` empty), a
LocalCluster (``local``) or a cluster (an address, or a ``distributed.Client``).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..gistar import GiStar, _z_from_sums
from .lattice import chunk_plan, lattice_offsets, overlap_sums, reach

DEFAULT_TILE = 1024  #: cells per tile side


def gi_star_grid_tiled(
    raster: np.ndarray,
    mask: np.ndarray,
    cell_size: float,
    band: float,
    tile: int = DEFAULT_TILE,
    scheduler=None,
    n_workers: Optional[int] = None,
    kind: str = "square",
    row0: int = 0,
) -> GiStar:
    """Gi* of the masked cells of ``raster`` (nrows × ncols, cell ``(r, c)`` = id ``r * ncols + c``) in
    ``tile`` × ``tile`` tiles with a halo of the band's reach: :func:`..gistar.gi_star_grid` on a square
    grid, :func:`..gistar.gi_star_sparse` with distance-band weights on a hexagon grid (``kind="hexagon"``;
    ``row0``: the grid's absolute first row, whose parity says which rows are shifted)."""
    from . import require

    require(("dask",) if not scheduler else ("dask", "distributed"))
    import dask
    import dask.array as da

    mask = np.asarray(mask, dtype=bool)
    values_raster = np.where(mask, raster, 0.0).astype(float)
    offsets = lattice_offsets(kind, cell_size, band)
    reach_r, reach_c = reach(offsets)
    row_chunks, depth_r = chunk_plan(mask.shape[0], tile, reach_r)
    col_chunks, depth_c = chunk_plan(mask.shape[1], tile, reach_c)
    depth = {0: depth_r, 1: depth_c}

    def sums(array):
        return overlap_sums(da.from_array(array, chunks=(row_chunks, col_chunks)), offsets, row0, depth)

    local, weight = sums(values_raster), sums(mask.astype(float))
    if scheduler:
        from .cluster import TILE_PACKAGES, Runner

        with Runner(scheduler, n_workers, needs=TILE_PACKAGES) as runner:
            local, weight = runner.client.compute([local, weight], sync=True)
    else:
        local, weight = dask.compute(local, weight, scheduler="threads")
    return _z_from_sums(local[mask], weight[mask], values_raster[mask])
