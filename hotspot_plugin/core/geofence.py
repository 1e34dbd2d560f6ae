"""Geofences around hot spots: dissolve contiguous hot cells into patrol polygons (DOMAIN.md §3).

Each fence is scored as the hot spot literature scores a selection of places (DOMAIN.md §2):

* ``pai`` — Prediction Accuracy Index (Chainey, Tompson & Uhlig 2008): (n / N) / (a / A), the share
  of crimes captured over the share of the study area covered;
* ``pai_harm`` — the same with harm in place of crimes (a harm PAI);
* ``pei`` — Predictive Efficiency Index (Hunt 2016): n / n*, the crimes captured over the most
  crimes any set of the same number of tested cells (the same area: cells are equal) could capture.

n, h and a are the fence's cells' crimes, harm and area (within the study area when one is given;
the buffer is a GPS allowance and is not counted); N, H are all the tested cells' crimes and harm;
A is the study area: the boundary's area when given, else the area of the tested cells — never a
bounding box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence

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
    area_m2: float  #: the polygon's area, buffer included
    pai: float
    geometry: Polygon
    n_cells: int
    pai_harm: float = 0.0
    pei: float = 0.0
    cells_area_m2: float = 0.0  #: a: its cells' area (within the study area when one is given)


@dataclass
class StudyTotals:
    """What a fence is scored against: all tested cells (N, H, their counts) and the study area A."""

    n_crimes: float
    harm: float
    area_m2: float
    #: Crimes in every tested cell, busiest first (for PEI's n*).
    cell_crimes_desc: np.ndarray

    @classmethod
    def from_cells(cls, cell_crimes, cell_harm, area_m2: float) -> StudyTotals:
        counts = np.sort(np.asarray(cell_crimes, dtype=float))[::-1]
        return cls(float(counts.sum()), float(np.sum(cell_harm)), float(area_m2), counts)

    def most_crimes_in(self, n_cells: int) -> float:
        """n*: the crimes in the ``n_cells`` busiest tested cells."""
        return float(self.cell_crimes_desc[: max(int(n_cells), 0)].sum())


@dataclass
class Scores:
    pai: float
    pai_harm: float
    pei: float


def score(n_crimes: float, harm: float, area_m2: float, n_cells: int, totals: StudyTotals) -> Scores:
    """PAI, harm PAI and PEI of a selection of cells (see the module docstring); 0 where undefined."""
    area_share = area_m2 / totals.area_m2 if totals.area_m2 > 0 else 0.0
    pai = (n_crimes / totals.n_crimes) / area_share if totals.n_crimes > 0 and area_share > 0 else 0.0
    pai_harm = (harm / totals.harm) / area_share if totals.harm > 0 and area_share > 0 else 0.0
    best = totals.most_crimes_in(n_cells)
    pei = n_crimes / best if best > 0 else 0.0
    return Scores(pai, pai_harm, pei)


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
    totals: Optional[StudyTotals] = None,
    study_area=None,
) -> List[Fence]:
    """Dissolve qualifying cells into fences, ranked by harm (1 = most harm).

    Cells that share an edge (or come within ``2 × buffer_m`` of each other once buffered) form one
    fence. ``simplify_m`` simplifies outlines keeping topology; fences under ``min_area_m2`` are
    dropped; ``top_n`` > 0 keeps the highest-harm fences. Only valid polygons are returned.

    Scores (module docstring) use ``totals`` — N, H and the busiest cells from every tested cell,
    A the study area; without it, N and H are taken from the cells given and A is
    ``total_area`` (PEI then ranks only the cells given). ``study_area`` (a shapely polygon)
    clips each fence's cells before their area a is measured.
    """
    harm = np.asarray(harm, dtype=float)
    n_crimes = np.asarray(n_crimes)
    qualifies = np.asarray(qualifies, dtype=bool)
    if total_area <= 0:
        raise HotspotInputError("The cell layer has no area. Choose the cell output of Harm hot spots.")
    if totals is None:
        totals = StudyTotals.from_cells(n_crimes, harm, total_area)
        totals.harm = float(total_harm)
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
        members = chosen[inside]
        raw.append((piece, float(harm[members].sum()), int(n_crimes[members].sum()), inside.size, members))
    raw = [r for r in raw if r[0].area >= min_area_m2 and r[3] > 0]
    # Highest harm first; ties broken by position so the order is reproducible.
    raw.sort(key=lambda r: (-r[1], r[0].bounds[1], r[0].bounds[0]))
    if top_n > 0:
        raw = raw[:top_n]
    fences = []
    for rank, (geom, fence_harm, fence_crimes, ncells, members) in enumerate(raw, start=1):
        cells_area = _cells_area([cells[i] for i in members], study_area)
        scores = score(fence_crimes, fence_harm, cells_area, ncells, totals)
        fences.append(
            Fence(
                rank,
                f"Hot spot {rank}",
                rank,
                fence_harm,
                fence_crimes,
                float(geom.area),
                scores.pai,
                geom,
                ncells,
                pai_harm=scores.pai_harm,
                pei=scores.pei,
                cells_area_m2=cells_area,
            )
        )
    return fences


def _cells_area(cells: Sequence[Polygon], study_area=None) -> float:
    """Area of a set of (non-overlapping) cells, within ``study_area`` when given."""
    if study_area is None:
        return float(sum(cell.area for cell in cells))
    return float(unary_union(list(cells)).intersection(study_area).area)
