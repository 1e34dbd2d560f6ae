"""Square (fishnet) and hexagon grids over a projected study area.

Grids are anchored to multiples of the cell size from the CRS origin, so the same cell size gives
the same cells month after month and results can be compared cell by cell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

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

    def cell_rings(self, ids: np.ndarray) -> np.ndarray:
        """Polygon vertices, shape ``(len(ids), k, 2)``: k = 5 (square) or 7 (hexagon), closed."""
        cx, cy = self.centres(ids)
        if self.kind == "square":
            h = self.size / 2.0
            dx = np.array([-h, h, h, -h, -h])
            dy = np.array([-h, -h, h, h, -h])
        else:
            radius = self.size / SQRT3
            angles = np.deg2rad(np.array([90, 150, 210, 270, 330, 30, 90], dtype=float))
            dx, dy = radius * np.cos(angles), radius * np.sin(angles)
        return np.stack([cx[:, None] + dx[None, :], cy[:, None] + dy[None, :]], axis=-1)

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


def points_in_polygons(polygons, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Boolean mask of points inside a shapely (multi)polygon; works with shapely 1.8 and 2.x."""
    try:  # shapely >= 2.0
        from shapely import contains_xy  # type: ignore[attr-defined]

        return np.asarray(contains_xy(polygons, x, y), dtype=bool)
    except ImportError:  # shapely 1.8 (Debian bookworm)
        from shapely import vectorized  # type: ignore[attr-defined]

        return np.asarray(vectorized.contains(polygons, x, y), dtype=bool)
