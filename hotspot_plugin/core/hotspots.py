"""Harm-weighted hot spot detection: bin points into a grid, Gi*, FDR bins (DOMAIN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

import numpy as np

from . import scale
from .errors import HotspotInputError
from .gistar import distance_band_weights, gi_star_grid, gi_star_sparse, mean_and_sd, significance_bins
from .grid import Grid, grid_covering, points_in_polygons
from .progress import ProgressCallback, report

#: Fewer incidents than this and Gi* results are not reliable (ArcGIS Optimized Hot Spot Analysis).
MIN_INCIDENTS = 30
GRID_TYPES = ("square", "hexagon")


@dataclass
class HotspotResult:
    """One row per tested cell (``cell_ids`` ascending) and the choices that produced them."""

    grid: Grid
    cell_ids: np.ndarray
    n_crimes: np.ndarray
    harm: np.ndarray
    z: np.ndarray
    p: np.ndarray
    gi_bin: np.ndarray
    n_neighbours: np.ndarray
    harm_rank: np.ndarray
    cell_size: float
    cell_size_reason: str
    band: float
    band_reason: str
    fdr: bool
    n_points: int
    n_points_outside: int
    messages: List[str] = field(default_factory=list)

    @property
    def n_cells(self) -> int:
        return int(self.cell_ids.size)

    def summary(self) -> dict:
        """Figures for logs and metadata: totals, hot cell counts, share of harm and area in hot cells."""
        total_harm = float(self.harm.sum())
        hot = self.gi_bin >= 2
        return {
            "grid_type": self.grid.kind,
            "cell_size_m": self.cell_size,
            "distance_band_m": self.band,
            "cells_tested": self.n_cells,
            "incidents_used": int(self.n_crimes.sum()),
            "incidents_outside": self.n_points_outside,
            "total_harm": total_harm,
            "hot_cells_95": int(hot.sum()),
            "cold_cells_95": int((self.gi_bin <= -2).sum()),
            "harm_share_hot_95": float(self.harm[hot].sum() / total_harm) if total_harm > 0 else 0.0,
            "area_share_hot_95": float(hot.sum() / max(self.n_cells, 1)),
            "fdr": self.fdr,
        }


def _validate_points(x: np.ndarray, y: np.ndarray, harm: np.ndarray) -> None:
    if x.size == 0:
        raise HotspotInputError("The input has no points. Choose a layer with crime points.")
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise HotspotInputError("Some points have no valid coordinates. Remove empty geometries first.")
    bad = ~np.isfinite(harm)
    if bad.any():
        raise HotspotInputError(
            f"{int(bad.sum())} of {harm.size} incidents have no harm value (NULL). Fill the harm "
            "field, add their crime types to the harm table, or filter them out before the analysis."
        )
    if (harm < 0).any():
        raise HotspotInputError(
            f"{int((harm < 0).sum())} incidents have a negative harm value. Harm must be 0 or more: "
            "correct the harm field or the harm table."
        )
    if x.size < MIN_INCIDENTS:
        raise HotspotInputError(
            f"Only {x.size} incidents: Gi* needs at least {MIN_INCIDENTS} to give reliable results. "
            "Use a longer period or a larger area."
        )


def detect_hotspots(
    x: np.ndarray,
    y: np.ndarray,
    harm: np.ndarray,
    grid_type: str = "square",
    cell_size: float = 0.0,
    band: float = 0.0,
    fdr: bool = True,
    boundary=None,
    progress: ProgressCallback = None,
) -> HotspotResult:
    """Harm-weighted Gi* hot spots.

    ``x``, ``y`` are projected coordinates in metres; ``harm`` the weight of each incident (use ones
    for counts). ``cell_size`` and ``band`` in metres, 0 for automatic. ``boundary`` is an optional
    shapely (multi)polygon: only cells whose centre lies inside are tested, and incidents outside
    them are left out and counted. Every cell of the grid covering the study area is tested, empty
    cells included.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    harm = np.asarray(harm, dtype=float)
    if grid_type not in GRID_TYPES:
        raise HotspotInputError(f"Unknown grid type {grid_type!r}: use 'square' or 'hexagon'.")
    _validate_points(x, y, harm)
    if cell_size < 0 or band < 0:
        raise HotspotInputError("Cell size and distance band must be 0 (automatic) or a positive number of metres.")
    messages: List[str] = []

    if boundary is not None:
        if boundary.is_empty:
            raise HotspotInputError("The boundary layer has no polygons. Choose a polygon layer with features.")
        xmin, ymin, xmax, ymax = boundary.bounds
    else:
        xmin, ymin, xmax, ymax = float(x.min()), float(y.min()), float(x.max()), float(y.max())

    if cell_size > 0:
        size, size_reason = float(cell_size), "set by the user"
    else:
        size, size_reason = scale.auto_cell_size(xmax - xmin, ymax - ymin)
    grid = grid_covering(grid_type, size, xmin, ymin, xmax, ymax)
    if grid.n_cells > scale.MAX_CELLS * 2:
        raise HotspotInputError(
            f"A {size:g} m grid over this area needs {grid.n_cells:,} cells. Use a larger cell size "
            f"(at least {scale.auto_cell_size(xmax - xmin, ymax - ymin)[0]:g} m) or a smaller area."
        )
    report(progress, 0.1)

    cx, cy = grid.centres()
    if boundary is not None:
        in_area = points_in_polygons(boundary, cx, cy)
    elif grid.kind == "hexagon":
        # Keep the hexagons that overlap the points' bounding box.
        r = grid.size / np.sqrt(3.0)
        in_area = (cx >= xmin - r) & (cx <= xmax + r) & (cy >= ymin - r) & (cy <= ymax + r)
    else:
        in_area = np.ones(grid.n_cells, dtype=bool)
    if not in_area.any():
        raise HotspotInputError("No grid cell has its centre inside the boundary. Use a smaller cell size.")

    point_cell = grid.locate(x, y)
    used = point_cell >= 0
    used[used] = in_area[point_cell[used]]
    n_outside = int((~used).sum())
    if n_outside:
        messages.append(f"{n_outside} incidents lie outside the study area and were left out.")
    if used.sum() < MIN_INCIDENTS:
        raise HotspotInputError(
            f"Only {int(used.sum())} incidents lie inside the study area: Gi* needs at least "
            f"{MIN_INCIDENTS}. Check that the boundary and the points overlap (same area, same CRS)."
        )
    counts = np.bincount(point_cell[used], minlength=grid.n_cells)
    harm_raster = np.bincount(point_cell[used], weights=harm[used], minlength=grid.n_cells)
    cell_ids = np.nonzero(in_area)[0]
    mean_and_sd(harm_raster[cell_ids])  # zero variance stops here, before the band search
    report(progress, 0.3)

    square = grid.kind == "square"
    if band > 0:
        band_value, band_reason = float(band), "set by the user"
    else:
        candidates = scale.candidate_bands(size, sparse_layout=not square)
        if square:
            profile = scale.moran_profile_grid(
                harm_raster.reshape(grid.nrows, grid.ncols), in_area.reshape(grid.nrows, grid.ncols), size, candidates
            )
        else:
            profile = scale.moran_profile_points(cx[cell_ids], cy[cell_ids], harm_raster[cell_ids], candidates)
        knn = scale.knn_distance(cx[cell_ids], cy[cell_ids])
        choice = scale.choose_band(profile, knn, size)
        band_value, band_reason = choice.band, choice.method
    if band_value < size * (1 - 1e-9):
        messages.append(
            f"The distance band ({band_value:g} m) is shorter than a cell ({size:g} m): each cell is "
            "its own only neighbour, so Gi* cannot find clusters. Use a band of at least one cell."
        )
    report(progress, 0.6)

    if square:
        gi = gi_star_grid(
            harm_raster.reshape(grid.nrows, grid.ncols), in_area.reshape(grid.nrows, grid.ncols), size, band_value
        )
    else:
        weights = distance_band_weights(cx[cell_ids], cy[cell_ids], band_value)
        gi = gi_star_sparse(harm_raster[cell_ids], weights)
    report(progress, 0.85)

    bins = significance_bins(gi.z, gi.p, fdr=fdr)
    cell_harm = harm_raster[cell_ids]
    order = np.argsort(-cell_harm, kind="stable")
    harm_rank = np.empty(cell_ids.size, dtype=np.int64)
    harm_rank[order] = np.arange(1, cell_ids.size + 1)
    report(progress, 1.0)
    return HotspotResult(
        grid=grid,
        cell_ids=cell_ids,
        n_crimes=counts[cell_ids],
        harm=cell_harm,
        z=gi.z,
        p=gi.p,
        gi_bin=bins,
        n_neighbours=gi.n_neighbours,
        harm_rank=harm_rank,
        cell_size=size,
        cell_size_reason=size_reason,
        band=band_value,
        band_reason=band_reason,
        fdr=fdr,
        n_points=int(x.size),
        n_points_outside=n_outside,
        messages=messages,
    )
