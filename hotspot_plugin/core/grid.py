"""Square (fishnet) and hexagon grids over a projected study area.

Grids are anchored to multiples of the cell size from the CRS origin, so the same cell size gives
the same cells month after month and results can be compared cell by cell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from .progress import ProgressCallback, report

SQRT3 = math.sqrt(3.0)


@dataclass(frozen=True)
class Grid:
    """A rectangular block of cells: ``nrows × ncols``, cell ``(r, c)`` has id ``r * ncols + c``.

    ``kind`` is ``"square"`` (cell edge ``size`` metres) or ``"hexagon"`` (pointy-top hexagons
    whose centres are ``size`` metres apart, i.e. ``size`` is the width across flats; odd rows
    (by absolute row number) are shifted half a cell to the east).
    """

    kind: str
    size: float
    col0: int  #: absolute column of column 0 (cells are anchored at the CRS origin)
    row0: int
    ncols: int
    nrows: int

    @property
    def n_cells(self) -> int:
        return self.ncols * self.nrows

    @property
    def row_step(self) -> float:
        return self.size if self.kind == "square" else self.size * SQRT3 / 2.0

    @property
    def cell_area(self) -> float:
        """Area of one cell in square metres."""
        return self.size**2 if self.kind == "square" else SQRT3 / 2.0 * self.size**2

    def centres(self, ids: Optional[np.ndarray] = None) -> Tuple[np.ndarray, np.ndarray]:
        """Cell centre coordinates (x, y) for ``ids`` (all cells when None)."""
        if ids is None:
            ids = np.arange(self.n_cells)
        rows = ids // self.ncols + self.row0
        cols = ids % self.ncols + self.col0
        if self.kind == "square":
            return (cols + 0.5) * self.size, (rows + 0.5) * self.size
        return (cols + 0.5 * (rows % 2)) * self.size, rows * self.row_step

    def cell_rings(self, ids: np.ndarray, scale: float = 1.0) -> np.ndarray:
        """Polygon vertices, shape ``(len(ids), k, 2)``: k = 5 (square) or 7 (hexagon), closed.

        ``scale`` < 1 shrinks each cell about its centre (used to tell overlap from mere touching).
        """
        cx, cy = self.centres(ids)
        if self.kind == "square":
            h = self.size / 2.0
            dx = np.array([-h, h, h, -h, -h])
            dy = np.array([-h, -h, h, h, -h])
        else:
            radius = self.size / SQRT3
            angles = np.deg2rad(np.array([90, 150, 210, 270, 330, 30, 90], dtype=float))
            dx, dy = radius * np.cos(angles), radius * np.sin(angles)
        dx, dy = dx * scale, dy * scale
        return np.stack([cx[:, None] + dx[None, :], cy[:, None] + dy[None, :]], axis=-1)

    def neighbour_ids(self, ids: np.ndarray) -> np.ndarray:
        """Ids of the cells sharing an edge or corner with ``ids`` (8 for squares, 6 for hexagons), inside the grid."""
        cx, cy = self.centres(ids)
        if self.kind == "square":
            steps = [(dc, dr) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
        else:  # pointy-top hexagons: neighbours' centres are one cell away every 60°
            steps = [(math.cos(math.radians(a)), math.sin(math.radians(a))) for a in range(0, 360, 60)]
        found = [self.locate(cx + dx * self.size, cy + dy * self.size) for dx, dy in steps]
        out = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
        return np.unique(out[out >= 0])

    def locate(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Cell id of each point, or -1 for points outside the grid."""
        rows, cols = _lattice_index(self.kind, self.size, np.asarray(x, float), np.asarray(y, float))
        r = rows - self.row0
        c = cols - self.col0
        inside = (r >= 0) & (r < self.nrows) & (c >= 0) & (c < self.ncols)
        return np.where(inside, r * self.ncols + c, -1)


def _lattice_index(kind: str, size: float, x: np.ndarray, y: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Absolute (row, col) of the cell containing each point on the infinite lattice."""
    if kind == "square":
        return np.floor(y / size).astype(np.int64), np.floor(x / size).astype(np.int64)
    # Hexagons: the containing cell is the one with the nearest centre (hexagons are the lattice's
    # Voronoi cells), and it lies in one of the three rows nearest the point.
    step = size * SQRT3 / 2.0
    base = np.round(y / step).astype(np.int64)
    best_d = np.full(x.shape, np.inf)
    best_r = np.zeros(x.shape, dtype=np.int64)
    best_c = np.zeros(x.shape, dtype=np.int64)
    for dr in (-1, 0, 1):
        r = base + dr
        shift = 0.5 * (r % 2)
        c = np.round(x / size - shift).astype(np.int64)
        d = (x - (c + shift) * size) ** 2 + (y - r * step) ** 2
        better = d < best_d
        best_d = np.where(better, d, best_d)
        best_r = np.where(better, r, best_r)
        best_c = np.where(better, c, best_c)
    return best_r, best_c


def grid_covering(kind: str, size: float, xmin: float, ymin: float, xmax: float, ymax: float) -> Grid:
    """The smallest anchored grid whose cells contain every point of the box."""
    if kind not in ("square", "hexagon"):
        raise ValueError(f"unknown grid kind {kind!r}")
    if kind == "square":
        r_lo, c_lo = _lattice_index(kind, size, np.array([xmin]), np.array([ymin]))
        r_hi, c_hi = _lattice_index(kind, size, np.array([xmax]), np.array([ymax]))
    else:
        # A hexagon grid's rows zig-zag, so widen by one cell and row on every side.
        step = size * SQRT3 / 2.0
        r_lo = np.array([math.floor(ymin / step) - 1])
        r_hi = np.array([math.ceil(ymax / step) + 1])
        c_lo = np.array([math.floor(xmin / size) - 1])
        c_hi = np.array([math.ceil(xmax / size) + 1])
    return Grid(
        kind=kind,
        size=float(size),
        col0=int(c_lo[0]),
        row0=int(r_lo[0]),
        ncols=int(c_hi[0] - c_lo[0] + 1),
        nrows=int(r_hi[0] - r_lo[0] + 1),
    )


def points_in_polygons(polygons, x: np.ndarray, y: np.ndarray, include_edge: bool = False) -> np.ndarray:
    """Boolean mask of points inside a shapely (multi)polygon; works with shapely 1.8 and 2.x.

    ``include_edge``: points exactly on the outline count as inside too (point in polygon for
    incidents; cell centres on the outline say nothing about overlap, so those leave it off).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    try:  # shapely >= 2.0
        from shapely import contains_xy, intersects_xy  # type: ignore[attr-defined]

        test = intersects_xy if include_edge else contains_xy
        return np.asarray(test(polygons, x, y), dtype=bool)
    except ImportError:  # shapely 1.8 (Debian bookworm)
        from shapely import vectorized  # type: ignore[attr-defined]

        inside = np.asarray(vectorized.contains(polygons, x, y), dtype=bool)
        if include_edge and (~inside).any():
            rest = ~inside
            inside[rest] = np.asarray(vectorized.touches(polygons, x[rest], y[rest]), dtype=bool)
        return inside


def outline_points(polygons, spacing: float) -> Tuple[np.ndarray, np.ndarray]:
    """Points along every ring of a shapely (multi)polygon, vertices included, at most ``spacing`` apart."""
    rings = []
    for polygon in getattr(polygons, "geoms", [polygons]):
        if polygon.is_empty or not hasattr(polygon, "exterior"):
            continue
        rings.append(np.asarray(polygon.exterior.coords, dtype=float)[:, :2])
        rings.extend(np.asarray(ring.coords, dtype=float)[:, :2] for ring in polygon.interiors)
    if not rings:
        return np.zeros(0), np.zeros(0)
    xs, ys = [], []
    for ring in rings:
        start, end = ring[:-1], ring[1:]
        length = np.hypot(*(end - start).T)
        pieces = np.maximum(np.ceil(length / spacing).astype(np.int64), 1)
        segment = np.repeat(np.arange(len(start)), pieces)
        # Fraction along each segment: 0, 1/k, … (k-1)/k; the ring's closing vertex is the first one again.
        offset = np.arange(segment.size) - np.repeat(np.cumsum(pieces) - pieces, pieces)
        t = offset / np.repeat(pieces, pieces)
        xs.append(start[segment, 0] + t * (end[segment, 0] - start[segment, 0]))
        ys.append(start[segment, 1] + t * (end[segment, 1] - start[segment, 1]))
    return np.concatenate(xs), np.concatenate(ys)


#: Cells are shrunk by this fraction before the overlap test, so a cell that only touches the
#: study area along an edge or at a corner (no shared area) does not count as intersecting it.
TOUCH_TOLERANCE = 1e-7


def cells_overlapping(grid: Grid, polygons, progress: ProgressCallback = None) -> np.ndarray:
    """Mask over ``grid``'s cells: True where the cell shares area with the shapely (multi)polygon.

    The ArcGIS Optimized Hot Spot Analysis rule for a study area ("every cell that intersects the
    bounding polygons"), without counting cells that merely touch its outline. Cells whose centre
    lies inside are found in one vectorised test; the rest can only overlap where the outline
    passes, so only the cells along the outline (and their neighbours) get an exact polygon test.
    """
    from shapely.geometry import Polygon
    from shapely.prepared import prep

    cx, cy = grid.centres()
    mask = points_in_polygons(polygons, cx, cy)
    report(progress, 0.2)
    sx, sy = outline_points(polygons, grid.size / 4.0)
    on_outline = grid.locate(sx, sy)
    on_outline = np.unique(on_outline[on_outline >= 0])
    # Points of the outline a quarter cell apart: any cell the outline crosses between two of them
    # is a neighbour of a cell holding one of them.
    candidates = np.union1d(on_outline, grid.neighbour_ids(on_outline))
    candidates = candidates[~mask[candidates]]
    prepared = prep(polygons)
    rings = grid.cell_rings(candidates, scale=1.0 - TOUCH_TOLERANCE)
    chunk = 5000
    for start in range(0, candidates.size, chunk):
        report(progress, 0.2 + 0.8 * start / max(candidates.size, 1))
        for k in range(start, min(start + chunk, candidates.size)):
            if prepared.intersects(Polygon(rings[k])):
                mask[candidates[k]] = True
    report(progress, 1.0)
    return mask
