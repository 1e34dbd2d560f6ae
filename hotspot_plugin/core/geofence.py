"""Geofences around hot spots: dissolve contiguous hot cells into patrol polygons (DOMAIN.md §3).

Each fence is scored as the hot spot literature scores a selection of places (DOMAIN.md §2), with
the plugin's one implementation of those scores (:func:`.trends.forecast.forecast_accuracy`):

* ``pai`` — Prediction Accuracy Index (Chainey, Tompson & Uhlig 2008): (n / N) / (a / A), the share
  of crimes captured over the share of the study area covered;
* ``pai_harm`` — the same with harm in place of crimes (a harm PAI);
* ``pei`` — Predictive Efficiency Index (Hunt 2016): n / n*, the crimes captured over the most
  crimes tested cells of the same total area could capture (the busiest per m² first).

n, h and a are the fence's cells' crimes, harm and area (within the study area when one is given;
the buffer is a GPS allowance and is not counted); N, H are all the tested cells' crimes and harm;
A is the study area: the boundary's area when given, else the area of the tested cells — never a
bounding box.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import unary_union
from shapely.validation import make_valid

from .errors import HotspotInputError
from .trends.forecast import forecast_accuracy


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
    #: Positions of its cells among the tested cells (``StudyCells`` order).
    cells: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


@dataclass
class Scores:
    pai: float
    pai_harm: float
    pei: float


@dataclass
class StudyCells:
    """Every tested cell — crimes, harm and area within the study area (m²) — and A, the study area (m²)."""

    crimes: np.ndarray
    harm: np.ndarray
    area_m2: np.ndarray
    study_area_m2: float

    @classmethod
    def of(cls, crimes, harm, area_m2, study_area_m2: Optional[float] = None) -> StudyCells:
        """A defaults to the cells' own area (no study area boundary given)."""
        area = np.asarray(area_m2, dtype=float)
        total = float(area.sum()) if study_area_m2 is None else float(study_area_m2)
        return cls(np.asarray(crimes, dtype=float), np.asarray(harm, dtype=float), area, total)

    def score(self, members: np.ndarray) -> Scores:
        """PAI, harm PAI and PEI of the cells at indices ``members`` (0 where undefined)."""
        hot = np.zeros(self.crimes.size, dtype=bool)
        hot[np.asarray(members, dtype=np.int64)] = True
        figures = forecast_accuracy(
            hot, self.crimes, area=self.area_m2, later_harm=self.harm, study_area=self.study_area_m2
        )

        def value(key):
            number = figures.get(key, float("nan"))
            return float(number) if np.isfinite(number) else 0.0

        return Scores(value("pai"), value("harm_pai"), value("pei"))


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
    study: Optional[StudyCells] = None,
    cell_index: Optional[np.ndarray] = None,
) -> List[Fence]:
    """Dissolve qualifying cells into fences, ranked by harm (1 = most harm).

    Cells that share an edge (or come within ``2 × buffer_m`` of each other once buffered) form one
    fence. ``simplify_m`` simplifies outlines keeping topology; fences under ``min_area_m2`` are
    dropped; ``top_n`` > 0 keeps the highest-harm fences. Only valid polygons are returned.

    Scores (module docstring) are taken against ``study``, every tested cell, where
    ``cell_index[i]`` is the position of ``cells[i]`` in it; without ``study`` the cells given are
    all the tested cells, with harm summing to ``total_harm`` and A = ``total_area``.
    """
    harm = np.asarray(harm, dtype=float)
    n_crimes = np.asarray(n_crimes)
    qualifies = np.asarray(qualifies, dtype=bool)
    if total_area <= 0:
        raise HotspotInputError("The cell layer has no area. Choose the cell output of Harm hot spots.")
    if study is None:
        if not np.isclose(float(harm.sum()), float(total_harm), rtol=1e-9, atol=1e-9):
            raise ValueError("without `study`, the cells given must be every tested cell (their harm is H)")
        areas = np.array([cell.area for cell in cells], dtype=float)
        study = StudyCells.of(n_crimes, harm, areas, total_area)
        cell_index = None
    index = np.arange(len(cells)) if cell_index is None else np.asarray(cell_index, dtype=np.int64)
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
        cells_area = float(study.area_m2[index[members]].sum())
        scores = study.score(index[members])
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
                cells=index[members],
            )
        )
    return fences
