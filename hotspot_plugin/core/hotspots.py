"""Harm-weighted hot spot detection: bin points into a grid, Gi*, FDR bins (DOMAIN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np

from . import scale
from .errors import HotspotInputError
from .gistar import (
    distance_band_weights,
    gi_star_grid,
    gi_star_sparse,
    mean_and_sd,
    significance_bins,
    significance_cutoffs,
)
from .grid import Grid, cells_overlapping, grid_covering, points_in_polygons
from .progress import ProgressCallback, report

#: Fewer incidents than this and Gi* results are not reliable (ArcGIS Optimized Hot Spot Analysis).
MIN_INCIDENTS = 30
GRID_TYPES = ("square", "hexagon")


#: Share of tested cells that may be hot before the summary warns (issue 10: more than this
#: usually means the study area, the cell size or the band does not fit the data).
HOT_SHARE_WARNING = 0.20

#: The two ArcGIS Optimized Hot Spot Analysis rules for which cells are features.
RULE_INCIDENT_CELLS = "incident cells"
RULE_STUDY_AREA = "study area"


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
    #: :data:`RULE_INCIDENT_CELLS` (no study area) or :data:`RULE_STUDY_AREA`.
    cell_rule: str = RULE_INCIDENT_CELLS
    #: The automatic band search (None when the band was set).
    band_choice: Optional[scale.BandChoice] = None
    #: p cut-off per α (None: no cell passes that level).
    fdr_cutoffs: Dict[float, Optional[float]] = field(default_factory=dict)

    @property
    def n_cells(self) -> int:
        return int(self.cell_ids.size)

    def summary(self) -> dict:
        """Figures for logs and metadata: totals, hot cell counts, share of harm and area in hot cells."""
        total_harm = float(self.harm.sum())
        hot = self.gi_bin >= 2
        figures = {
            "grid_type": self.grid.kind,
            "cell_size_m": self.cell_size,
            "distance_band_m": self.band,
            "cell_rule": self.cell_rule,
            "cells_tested": self.n_cells,
            "empty_cells_tested": int((self.n_crimes == 0).sum()),
            "incidents_used": int(self.n_crimes.sum()),
            "incidents_outside": self.n_points_outside,
            "total_harm": total_harm,
            "hot_cells_95": int(hot.sum()),
            "cold_cells_95": int((self.gi_bin <= -2).sum()),
            "harm_share_hot_95": float(self.harm[hot].sum() / total_harm) if total_harm > 0 else 0.0,
            "area_share_hot_95": float(hot.sum() / max(self.n_cells, 1)),
            "cells_without_neighbours": int((self.n_neighbours <= 1).sum()),
            "fdr": self.fdr,
        }
        for level in (1, 2, 3):
            figures[f"hot_bin_{level}"] = int((self.gi_bin == level).sum())
            figures[f"cold_bin_{level}"] = int((self.gi_bin == -level).sum())
        return figures


def summary_lines(
    result: HotspotResult, dropped: Optional[Dict[str, int]] = None, counts_only: bool = False
) -> Tuple[List[Tuple[str, str]], List[str]]:
    """The Optimized-Hot-Spot-Analysis-style summary: ``(lines, warnings)``.

    ``lines`` are (label, text) pairs for the log and the output's metadata: incidents used and
    dropped (``dropped`` adds the caller's own reasons, e.g. no geometry), the cell rule, cells
    tested, the band and how it was chosen, the FDR cut-offs, hot and cold cells at each level and
    the share of harm and of area in hot cells. ``warnings`` are the checks an analyst must see.
    """
    figures = result.summary()
    reasons = {k: v for k, v in (dropped or {}).items() if v}
    if result.n_points_outside:
        reasons["outside the study area"] = result.n_points_outside
    given = result.n_points + sum(v for k, v in reasons.items() if k != "outside the study area")
    n_cells = result.n_cells
    if result.cell_rule == RULE_STUDY_AREA:
        rule = (
            "study area given: every cell sharing area with the boundary is a feature, empty cells "
            "included; incidents count when they fall inside the boundary (point in polygon) "
            "(ArcGIS Optimized Hot Spot Analysis)"
        )
        tested = f"{n_cells:,} ({figures['empty_cells_tested']:,} of them empty)"
    else:
        rule = (
            "no study area given: only cells holding at least one incident are features; their "
            "neighbours are the other incident cells within the band (ArcGIS Optimized Hot Spot "
            "Analysis). Give a boundary to test empty cells too"
        )
        tested = f"{n_cells:,} (every cell holding an incident)"
    if result.fdr:
        names = {0.10: "90 %", 0.05: "95 %", 0.01: "99 %"}
        parts = [
            f"{names[a]}: p ≤ {c:.3g}" if c is not None else f"{names[a]}: no cell passes"
            for a, c in sorted(result.fdr_cutoffs.items(), reverse=True)
        ]
        fdr_text = "on (Benjamini–Hochberg); cut-offs " + ", ".join(parts)
    else:
        fdr_text = "off; cut-offs p ≤ 0.10 (90 %), 0.05 (95 %), 0.01 (99 %)"
    lines = [
        ("Cell rule", rule),
        ("Grid", f"{result.grid.kind}, {result.grid.nrows} rows × {result.grid.ncols} columns"),
        ("Cell size", f"{result.cell_size:g} m ({result.cell_size_reason})"),
        ("Distance band", f"{result.band:g} m ({result.band_reason})"),
    ]
    if result.band_choice is not None:
        lines.append(("Moran's I by band", scale.describe_profile(result.band_choice)))
    lines += [
        ("Cells tested", tested),
        ("Incidents used", f"{figures['incidents_used']:,} of {given:,}"),
        (
            "Incidents dropped",
            "; ".join(f"{v:,} {k}" for k, v in reasons.items()) if reasons else "none",
        ),
        ("Total harm", f"{figures['total_harm']:,.1f}" + (" (counts: every incident weighs 1)" if counts_only else "")),
        ("FDR correction", fdr_text),
        (
            "Hot cells by level",
            f"99 %: {figures['hot_bin_3']:,}, 95 %: {figures['hot_bin_2']:,}, 90 %: {figures['hot_bin_1']:,}",
        ),
        (
            "Cold cells by level",
            f"99 %: {figures['cold_bin_3']:,}, 95 %: {figures['cold_bin_2']:,}, 90 %: {figures['cold_bin_1']:,}",
        ),
        (
            "Hot cells (gi_bin ≥ 2)",
            f"{figures['hot_cells_95']:,} holding {100 * figures['harm_share_hot_95']:.1f} % of harm on "
            f"{100 * figures['area_share_hot_95']:.2f} % of the area tested",
        ),
        ("Cold cells (gi_bin ≤ −2)", f"{figures['cold_cells_95']:,}"),
    ]
    warnings = list(result.messages)
    if figures["cells_without_neighbours"]:
        alone_hot = int(((result.n_neighbours <= 1) & (result.gi_bin >= 2)).sum())
        warnings.append(
            f"{figures['cells_without_neighbours']:,} of {n_cells:,} tested cells ({alone_hot:,} of them hot) have "
            f"no other tested cell within {result.band:g} m, so their Gi* compares the cell alone with the "
            "mean. A longer band, or a study area (which tests empty cells too), gives them neighbours."
        )
    if n_cells and figures["area_share_hot_95"] > HOT_SHARE_WARNING:
        warnings.append(
            f"{100 * figures['area_share_hot_95']:.0f} % of the tested cells are hot spots (gi_bin ≥ 2), more "
            f"than {100 * HOT_SHARE_WARNING:.0f} %: check the study area, cell size and band."
        )
    if counts_only:
        warnings.append(
            "Counts only: every incident weighs 1, so a shoplifting counts as much as a robbery. Give a "
            "harm field, or a crime type field with a harm table, for harm-weighted hot spots."
        )
    return lines, warnings


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
    gi_grid=None,
) -> HotspotResult:
    """Harm-weighted Gi* hot spots, with the cells ArcGIS Optimized Hot Spot Analysis tests.

    ``x``, ``y`` are projected coordinates in metres; ``harm`` the weight of each incident (use ones
    for counts). ``cell_size`` and ``band`` in metres, 0 for automatic. Which cells are features:

    * no ``boundary``: only cells holding at least one incident (their neighbours are the other
      incident cells within the band) — testing every empty cell of a force's bounding box would
      make most built-up land "hot";
    * ``boundary`` (a shapely (multi)polygon, the area where incidents are possible): every cell
      sharing area with it, empty cells included; incidents count when they lie inside it (point
      in polygon), the others are left out and counted.

    ``progress(fraction)`` is called between steps; returning False stops with :class:`Cancelled`.
    ``gi_grid``: what computes Gi* on the grid's raster (default :func:`gi_star_grid` on a square grid,
    the sparse distance-band product on a hexagon grid; the Dask tiles of ``dask_scale.hotspots`` give
    the same numbers). On a hexagon grid it is called with ``kind="hexagon"`` and ``row0`` (the grid's
    first absolute row, whose parity says which rows are shifted).
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
        if boundary.is_empty or boundary.area <= 0:
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
    report(progress, 0.05)

    point_cell = grid.locate(x, y)
    report(progress, 0.08)
    in_area, used, rule = tested_cells(grid, point_cell, x, y, boundary, _sub_progress(progress, 0.08, 0.25))
    n_outside = int((~used).sum())
    if n_outside:
        messages.append(f"{n_outside:,} incidents lie outside the study area and were left out.")
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

    cx, cy = grid.centres(cell_ids)
    square = grid.kind == "square"
    choice = None
    if band > 0:
        band_value, band_reason = float(band), "set by the user"
    else:
        candidates = scale.candidate_bands(size, sparse_layout=not square)
        searching = _sub_progress(progress, 0.3, 0.55)
        if square:
            profile = scale.moran_profile_grid(
                harm_raster.reshape(grid.nrows, grid.ncols),
                in_area.reshape(grid.nrows, grid.ncols),
                size,
                candidates,
                searching,
            )
        else:
            profile = scale.moran_profile_points(cx, cy, harm_raster[cell_ids], candidates, searching)
        knn = scale.knn_distance(cx, cy)
        choice = scale.choose_band(profile, knn, size)
        band_value, band_reason = choice.band, choice.method
    if band_value < size * (1 - 1e-9):
        messages.append(
            f"The distance band ({band_value:g} m) is shorter than a cell ({size:g} m): each cell is "
            "its own only neighbour, so Gi* cannot find clusters. Use a band of at least one cell."
        )
    report(progress, 0.6)

    if square:
        gi = (gi_grid or gi_star_grid)(
            harm_raster.reshape(grid.nrows, grid.ncols), in_area.reshape(grid.nrows, grid.ncols), size, band_value
        )
    elif gi_grid is not None:  # hexagons in tiles: the lattice raster, and the parity of its first row
        gi = gi_grid(
            harm_raster.reshape(grid.nrows, grid.ncols),
            in_area.reshape(grid.nrows, grid.ncols),
            size,
            band_value,
            kind=grid.kind,
            row0=grid.row0,
        )
    else:
        weights = distance_band_weights(cx, cy, band_value)
        report(progress, 0.75)
        gi = gi_star_sparse(harm_raster[cell_ids], weights)
    report(progress, 0.85)

    cutoffs = significance_cutoffs(gi.p, fdr=fdr)
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
        cell_rule=rule,
        band_choice=choice,
        fdr_cutoffs=cutoffs,
    )


def tested_cells(
    grid: Grid, point_cell: np.ndarray, x: np.ndarray, y: np.ndarray, boundary=None, progress: ProgressCallback = None
) -> Tuple[np.ndarray, np.ndarray, str]:
    """Which cells are features and which incidents count, by the ArcGIS Optimized Hot Spot Analysis rules.

    ``point_cell`` is each incident's cell (``grid.locate(x, y)``). Returns ``(cells, used, rule)``:
    a mask over the grid's cells, a mask over the incidents, and :data:`RULE_STUDY_AREA` or
    :data:`RULE_INCIDENT_CELLS`. With a ``boundary``: every cell sharing area with it, and the
    incidents inside it (point in polygon, its outline included); without: every cell holding an
    incident, and every incident. Other analyses (e.g. emerging hot spots) take their cells from here.
    """
    used = point_cell >= 0
    if boundary is None:
        cells = np.zeros(grid.n_cells, dtype=bool)
        cells[point_cell[used]] = True
        return cells, used, RULE_INCIDENT_CELLS
    used &= points_in_polygons(boundary, x, y, include_edge=True)
    report(progress, 0.1)
    cells = cells_overlapping(grid, boundary, _sub_progress(progress, 0.1, 1.0))
    # A point inside the boundary lies in a cell that shares area with it; guard the floating-point
    # edge (a point within a hair of a cell edge) all the same.
    cells[point_cell[used]] = True
    return cells, used, RULE_STUDY_AREA


def _sub_progress(progress: ProgressCallback, start: float, end: float) -> ProgressCallback:
    """A callback mapping 0..1 onto ``start..end`` of ``progress``."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)
