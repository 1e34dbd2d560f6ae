"""Geofences around hot spots: dissolve contiguous hot cells into patrol polygons (DOMAIN.md §3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Sequence

import numpy as np
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import unary_union
from shapely.validation import make_valid

from .errors import HotspotInputError


@dataclass
class Fence:
    """One geofence. ``harm`` and ``n_crimes`` sum the hot cells it was drawn from."""

    fence_id: int
    name: str
    rank: int
    harm: float
    n_crimes: int
    area_m2: float
    pai: float
    geometry: Polygon
    n_cells: int


def _polygons(geometry) -> List[Polygon]:
    """The polygons of a geometry, dropping lines and points that make_valid may leave."""
    if geometry.is_empty:
        return []
    if isinstance(geometry, Polygon):
        return [geometry]
    if isinstance(geometry, MultiPolygon):
        return list(geometry.geoms)
    if hasattr(geometry, "geoms"):
        return [p for g in geometry.geoms for p in _polygons(g)]
    return []


def fences_from_cells(
    cells: Sequence[Polygon],
    harm: np.ndarray,
    n_crimes: np.ndarray,
    qualifies: np.ndarray,
    total_harm: float,
    total_area: float,
    top_n: int = 0,
    buffer_m: float = 0.0,
    simplify_m: float = 0.0,
    min_area_m2: float = 0.0,
) -> List[Fence]:
    """Dissolve qualifying cells into fences, ranked by harm (1 = most harm).

    Cells that share an edge (or come within ``2 × buffer_m`` of each other once buffered) form one
    fence. ``simplify_m`` simplifies outlines keeping topology; fences under ``min_area_m2`` are
    dropped; ``top_n`` > 0 keeps the highest-harm fences. ``pai`` is the Prediction Accuracy Index
    (Chainey et al. 2008): share of harm captured over share of the study area covered
    (``total_harm``, ``total_area`` are those of the whole grid). Only valid polygons are returned.
    """
    harm = np.asarray(harm, dtype=float)
    n_crimes = np.asarray(n_crimes)
    qualifies = np.asarray(qualifies, dtype=bool)
    if total_area <= 0:
        raise HotspotInputError("The cell layer has no area. Choose the cell output of Harm hot spots.")
    chosen = np.nonzero(qualifies)[0]
    if chosen.size == 0:
        return []
    merged = unary_union([cells[i] for i in chosen])
    if buffer_m > 0:
        # Mitre joins keep square corners square rather than rounding them off.
        merged = merged.buffer(buffer_m, join_style=2)
    if simplify_m > 0:
        merged = merged.simplify(simplify_m, preserve_topology=True)
    pieces = [make_valid(p) if not p.is_valid else p for p in _polygons(merged)]
    pieces = [q for p in pieces for q in _polygons(p) if q.area > 0]

    # Attribute each hot cell to the piece that holds its centre (representative point).
    reps = [cells[i].representative_point() for i in chosen]
    rep_xy = np.array([(pt.x, pt.y) for pt in reps])
    raw = []
    for piece in pieces:
        # Bounding-box prefilter keeps this linear in practice on force-sized grids.
        x0, y0, x1, y1 = piece.bounds
        near = np.nonzero((rep_xy[:, 0] >= x0) & (rep_xy[:, 0] <= x1) & (rep_xy[:, 1] >= y0) & (rep_xy[:, 1] <= y1))[0]
        inside = np.array([k for k in near if piece.intersects(reps[k])], dtype=np.int64)
        raw.append((piece, float(harm[chosen[inside]].sum()), int(n_crimes[chosen[inside]].sum()), inside.size))
    raw = [r for r in raw if r[0].area >= min_area_m2 and r[3] > 0]
    # Highest harm first; ties broken by position so the order is reproducible.
    raw.sort(key=lambda r: (-r[1], r[0].bounds[1], r[0].bounds[0]))
    if top_n > 0:
        raw = raw[:top_n]
    fences = []
    for rank, (geom, fence_harm, fence_crimes, ncells) in enumerate(raw, start=1):
        area = float(geom.area)
        share_harm = fence_harm / total_harm if total_harm > 0 else 0.0
        pai = share_harm / (area / total_area) if area > 0 else 0.0
        fences.append(Fence(rank, f"Hot spot {rank}", rank, fence_harm, fence_crimes, area, pai, geom, ncells))
    return fences
