"""Checks that keep hand-edited geofences sound (DOMAIN.md §3). QGIS-free: shapely only.

Used by ``hotspot:validategeofences`` and by the check that runs when an edit session on a geofence
layer is committed. Each problem names the fence, what is wrong and the numbers behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np
from shapely.ops import unary_union
from shapely.validation import explain_validity, make_valid

#: Problem codes, as written in the ``problem`` field.
INVALID = "invalid geometry"
NO_GEOMETRY = "no geometry"
OVERLAP = "overlaps a live fence"
TOO_SMALL = "area below minimum"
TOO_LARGE = "area above maximum"
NO_HOT_CELL = "covers no hot cell"

#: Overlaps and cell intersections smaller than this (m²) are taken as shared edges, not overlaps.
AREA_TOLERANCE_M2 = 0.01

STATUSES = ("draft", "live", "retired")


@dataclass
class FenceShape:
    """A fence to check. ``geometry`` is a shapely polygon in metres, or None when the feature has none."""

    fence_id: object
    geometry: object
    status: str = "live"


@dataclass
class Problem:
    fence_id: object
    problem: str
    detail: str
    #: Where the problem is (the fence, or the overlapping part); None when there is no geometry.
    geometry: object = None


def _usable(geometry):
    """A valid version of ``geometry`` for measuring overlaps (the invalid original is reported separately)."""
    if geometry is None or geometry.is_empty:
        return None
    if geometry.is_valid:
        return geometry
    fixed = make_valid(geometry)
    # make_valid may return lines or points for degenerate rings; only areas count here.
    if fixed.is_empty or fixed.area <= 0:
        return None
    if fixed.geom_type == "GeometryCollection":
        fixed = fixed.buffer(0)
    return fixed


def _areal(geometry):
    """The polygonal part of an intersection (dropping the lines and points where edges touch)."""
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return unary_union(parts) if parts else None


def _boxes_overlap(a, b) -> np.ndarray:
    """Pairs (i, j), i < j, whose bounding boxes intersect. ``a`` and ``b`` are (n, 4) bounds arrays."""
    pairs = []
    for i in range(len(a)):
        hits = np.nonzero(
            (b[i + 1 :, 0] <= a[i, 2])
            & (b[i + 1 :, 2] >= a[i, 0])
            & (b[i + 1 :, 1] <= a[i, 3])
            & (b[i + 1 :, 3] >= a[i, 1])
        )[0]
        pairs.extend((i, i + 1 + int(k)) for k in hits)
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


def check_fences(
    fences: Sequence[FenceShape],
    min_area_m2: float = 0.0,
    max_area_m2: float = 0.0,
    allow_overlap: bool = False,
    hot_cells: Optional[Sequence[object]] = None,
) -> List[Problem]:
    """Every problem of ``fences``, grouped by check (validity, area, overlap, hot cells).

    - ``invalid geometry``: self-intersections, bow-ties, rings that cross (shapely's reason and place);
      ``no geometry`` for features without one.
    - ``overlaps a live fence``: a draft or live fence whose area overlaps a *live* fence (edges may touch);
      skipped when ``allow_overlap``. A pair of live fences gives one row for each.
    - ``area below minimum`` / ``area above maximum``: area outside [``min_area_m2``, ``max_area_m2``]
      (square metres; ``max_area_m2`` 0 means no upper limit).
    - ``covers no hot cell``: when ``hot_cells`` (polygons of the hot cells, e.g. gi_bin ≥ 2) is given,
      a draft or live fence that shares no area with any of them.

    Retired fences are checked only for geometry validity: they are history, not patrol areas.
    """
    problems: List[Problem] = []
    usable = [_usable(f.geometry) for f in fences]
    status = [(f.status or "").strip().lower() for f in fences]
    active = [s != "retired" for s in status]

    for fence in fences:
        geometry = fence.geometry
        if geometry is None or geometry.is_empty:
            problems.append(Problem(fence.fence_id, NO_GEOMETRY, "The fence has no polygon; draw one or delete it."))
            continue
        if not geometry.is_valid:
            problems.append(
                Problem(
                    fence.fence_id,
                    INVALID,
                    f"{explain_validity(geometry)}. Fix it with the vertex tool "
                    "(or Vector → Geometry Tools → Fix Geometries).",
                    geometry,
                )
            )

    for i, (fence, shape) in enumerate(zip(fences, usable)):
        if shape is None:
            continue
        area = float(shape.area)
        if min_area_m2 > 0 and area < min_area_m2 and active[i]:
            problems.append(
                Problem(
                    fence.fence_id, TOO_SMALL, f"{area:,.0f} m² is below the minimum of {min_area_m2:,.0f} m².", shape
                )
            )
        if max_area_m2 > 0 and area > max_area_m2 and active[i]:
            problems.append(
                Problem(
                    fence.fence_id,
                    TOO_LARGE,
                    f"{area:,.0f} m² is above the maximum of {max_area_m2:,.0f} m² (too large to patrol on foot).",
                    shape,
                )
            )

    if not allow_overlap:
        indices = [i for i, s in enumerate(usable) if s is not None and active[i]]
        if len(indices) > 1:
            bounds = np.array([usable[i].bounds for i in indices], dtype=float)
            for a, b in _boxes_overlap(bounds, bounds):
                i, j = indices[a], indices[b]
                if status[i] != "live" and status[j] != "live":
                    continue
                overlap = usable[i].intersection(usable[j])
                if overlap.area <= AREA_TOLERANCE_M2:
                    continue
                # Report on the fence that overlaps a live one: both when both are live.
                if status[j] == "live":
                    problems.append(
                        Problem(
                            fences[i].fence_id,
                            OVERLAP,
                            f"Overlaps live fence {fences[j].fence_id} by {overlap.area:,.0f} m².",
                            _areal(overlap),
                        )
                    )
                if status[i] == "live":
                    problems.append(
                        Problem(
                            fences[j].fence_id,
                            OVERLAP,
                            f"Overlaps live fence {fences[i].fence_id} by {overlap.area:,.0f} m².",
                            _areal(overlap),
                        )
                    )

    if hot_cells is not None:
        cells = [c for c in hot_cells if c is not None and not c.is_empty]
        cell_bounds = np.array([c.bounds for c in cells], dtype=float).reshape(-1, 4)
        for i, (fence, shape) in enumerate(zip(fences, usable)):
            if shape is None or not active[i]:
                continue
            x0, y0, x1, y1 = shape.bounds
            near = np.nonzero(
                (cell_bounds[:, 0] <= x1)
                & (cell_bounds[:, 2] >= x0)
                & (cell_bounds[:, 1] <= y1)
                & (cell_bounds[:, 3] >= y0)
            )[0]
            if not any(shape.intersection(cells[k]).area > AREA_TOLERANCE_M2 for k in near):
                problems.append(
                    Problem(
                        fence.fence_id,
                        NO_HOT_CELL,
                        f"None of the {len(cells):,} hot cells lies (even partly) inside this "
                        "fence; move it onto a hot spot or retire it.",
                        shape,
                    )
                )

    return problems


def summarise(problems: Sequence[Problem]) -> str:
    """One line for a message bar: how many problems of which kind, on how many fences."""
    if not problems:
        return "No problems found."
    counts = {}
    for p in problems:
        counts[p.problem] = counts.get(p.problem, 0) + 1
    fences = len({str(p.fence_id) for p in problems})
    kinds = ", ".join(f"{n} × {kind}" for kind, n in counts.items())
    return f"{len(problems)} problem(s) on {fences} fence(s): {kinds}."
