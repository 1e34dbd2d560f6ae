"""Gi* on a square grid in tiles with a halo (``dask.array.map_overlap``), identical to the in-memory result.

The neighbour sums of :func:`..gistar.gi_star_grid` are a convolution with the band's disk: each tile
is padded with ``reach`` cells of its neighbours (zeros outside the grid, as in memory), summed with
the same shifted additions in the same order, and trimmed, so every cell's sum is the same number
bit for bit. The mean and SD are of the whole study area (one pass over the cell values), and z, p
and the FDR bins follow from them as in memory. Tiles run on Dask's threads in this process
(``scheduler`` empty), a LocalCluster (``local``) or a cluster (an address).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..gistar import GiStar, _z_from_sums, disk_offsets, neighbour_sum_grid

DEFAULT_TILE = 1024  #: cells per tile side


def gi_star_grid_tiled(
    raster: np.ndarray,
    mask: np.ndarray,
    cell_size: float,
    band: float,
    tile: int = DEFAULT_TILE,
    scheduler=None,
    n_workers: Optional[int] = None,
) -> GiStar:
    """:func:`..gistar.gi_star_grid` computed in ``tile`` × ``tile`` tiles with a halo of the band's reach."""
    from . import require

    require(("dask",) if not scheduler else ("dask", "distributed"))
    import dask
    import dask.array as da

    mask = np.asarray(mask, dtype=bool)
    values_raster = np.where(mask, raster, 0.0).astype(float)
    offsets = disk_offsets(cell_size, band)
    reach = max(max(abs(dr), abs(dc)) for dr, dc in offsets)
    side = max(int(tile), reach, 1)

    def sums(array):
        return da.from_array(array, chunks=side).map_overlap(
            neighbour_sum_grid, depth=reach, boundary=0, dtype=float, offsets=offsets
        )

    local, weight = sums(values_raster), sums(mask.astype(float))
    if scheduler:
        from .cluster import Runner

        with Runner(scheduler, n_workers) as runner:
            local, weight = runner.client.compute([local, weight], sync=True)
    else:
        local, weight = dask.compute(local, weight, scheduler="threads")
    return _z_from_sums(local[mask], weight[mask], values_raster[mask])
