"""Clipping officers' track segments by geofences, vectorised (DOMAIN.md §5).

Candidate (segment, fence) pairs come from a uniform grid over the fences' bounding boxes;
axis-aligned rectangles are clipped by Liang–Barsky, other polygons by intersecting each candidate
segment with every edge, sorting the crossing parameters and testing the midpoint of each piece
(even–odd rule; the boundary, within ``GEOM_TOL``, is inside). :func:`presence` gives, for every
data segment, the parameter range ``s_in..s_out`` (0..1 along the segment) inside each fence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Sequence, Tuple

import numpy as np
from shapely.geometry import MultiPolygon, Polygon
from shapely.validation import make_valid

from ..progress import ProgressCallback, report

GEOM_TOL = 1e-6  # metres: a point this close to an edge is on the boundary (inside)
_MAX_CELLS_PER_SEGMENT = 64  # longer segments are tested against every fence box instead
_BLOCK = 2_000_000  # elements per (candidates × edges) block in the general clipper
_FAST_RECTANGLES = True  # tests switch the Liang–Barsky fast path off to compare it with the general one


def polygon_parts(geometry) -> List[Polygon]:
    if geometry is None or geometry.is_empty:
        return []
    if not geometry.is_valid:
        geometry = make_valid(geometry)
    if isinstance(geometry, Polygon):
        return [geometry]
    if isinstance(geometry, MultiPolygon) or hasattr(geometry, "geoms"):
        return [p for g in geometry.geoms for p in polygon_parts(g)]
    return []


def _edges(parts: Sequence[Polygon]) -> np.ndarray:
    """Every ring edge of the parts as rows ``ax, ay, bx, by`` (zero-length edges dropped)."""
    rows = []
    for part in parts:
        for ring in [part.exterior, *part.interiors]:
            xy = np.asarray(ring.coords, dtype=np.float64)[:, :2]
            if len(xy) >= 2:
                rows.append(np.hstack([xy[:-1], xy[1:]]))
    if not rows:
        return np.zeros((0, 4))
    edges = np.vstack(rows)
    return edges[(edges[:, 0] != edges[:, 2]) | (edges[:, 1] != edges[:, 3])]


@dataclass
class PreparedFences:
    bounds: np.ndarray  #: (F, 4) xmin, ymin, xmax, ymax; NaN for empty fences
    is_rect: np.ndarray  #: (F,) axis-aligned rectangle → Liang–Barsky fast path
    edges: List[np.ndarray]  #: per fence (E, 4) edges for the general path
    n_empty: int


def prepare_fences(polygons: Sequence, buffer_m: float = 0.0) -> PreparedFences:
    """Fence outlines ready for clipping: widened by ``buffer_m`` metres (round corners), bounds, edges."""
    bounds = np.full((len(polygons), 4), np.nan)
    is_rect = np.zeros(len(polygons), dtype=bool)
    edges = []
    n_empty = 0
    for i, polygon in enumerate(polygons):
        parts = polygon_parts(polygon)
        if parts and buffer_m > 0:
            parts = polygon_parts(MultiPolygon(parts).buffer(buffer_m) if len(parts) > 1 else parts[0].buffer(buffer_m))
        parts = [p for p in parts if p.area > 0]
        if not parts:
            n_empty += 1
            edges.append(np.zeros((0, 4)))
            continue
        xmin = min(p.bounds[0] for p in parts)
        ymin = min(p.bounds[1] for p in parts)
        xmax = max(p.bounds[2] for p in parts)
        ymax = max(p.bounds[3] for p in parts)
        bounds[i] = (xmin, ymin, xmax, ymax)
        box_area = (xmax - xmin) * (ymax - ymin)
        # A valid polygon whose area equals its bounding box's is that box.
        is_rect[i] = (
            _FAST_RECTANGLES
            and len(parts) == 1
            and not parts[0].interiors
            and abs(parts[0].area - box_area) <= 1e-9 * box_area
        )
        edges.append(_edges(parts))
    return PreparedFences(bounds, is_rect, edges, n_empty)


class FenceGrid:
    """A uniform grid over the fences' bounding boxes: cell → fences whose box touches it."""

    def __init__(self, bounds: np.ndarray):
        ok = np.nonzero(~np.isnan(bounds[:, 0]))[0]
        self.bounds = bounds
        self.n_fences = len(bounds)
        if ok.size == 0:
            self.nx = self.ny = 0
            return
        b = bounds[ok]
        extent = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1])
        cell = max(float(np.median(extent)) / 2.0, 1.0)
        self.x0, self.y0 = float(b[:, 0].min()), float(b[:, 1].min())
        width, height = float(b[:, 2].max()) - self.x0, float(b[:, 3].max()) - self.y0
        while (width / cell + 1) * (height / cell + 1) > 4_000_000:
            cell *= 2.0
        self.cell = cell
        self.nx = int(width // cell) + 1
        self.ny = int(height // cell) + 1
        ix0 = np.clip(((b[:, 0] - self.x0) // cell).astype(np.int64), 0, self.nx - 1)
        ix1 = np.clip(((b[:, 2] - self.x0) // cell).astype(np.int64), 0, self.nx - 1)
        iy0 = np.clip(((b[:, 1] - self.y0) // cell).astype(np.int64), 0, self.ny - 1)
        iy1 = np.clip(((b[:, 3] - self.y0) // cell).astype(np.int64), 0, self.ny - 1)
        cells, owners = self._expand(ix0, ix1, iy0, iy1)
        owners = ok[owners]
        order = np.argsort(cells, kind="stable")
        self.cell_fence = owners[order]
        self.counts = np.bincount(cells, minlength=self.nx * self.ny).astype(np.int64)
        self.starts = np.cumsum(self.counts) - self.counts

    def _expand(self, ix0, ix1, iy0, iy1):
        """All cells of each box: (cell index, box index) pairs."""
        w = ix1 - ix0 + 1
        k = w * (iy1 - iy0 + 1)
        owner = np.repeat(np.arange(len(k)), k)
        local = np.arange(int(k.sum())) - np.repeat(np.cumsum(k) - k, k)
        cx = ix0[owner] + local % w[owner]
        cy = iy0[owner] + local // w[owner]
        return cy * self.nx + cx, owner

    def _fences_of_cells(self, seg, cells):
        cnt = self.counts[cells]
        nz = cnt > 0
        seg, cells, cnt = seg[nz], cells[nz], cnt[nz]
        rep = np.repeat(seg, cnt)
        local = np.arange(int(cnt.sum())) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        return rep, self.cell_fence[np.repeat(self.starts[cells], cnt) + local]

    def candidates(self, xa, ya, xb, yb) -> Tuple[np.ndarray, np.ndarray]:
        """(segment, fence) index pairs whose bounding boxes overlap (each pair once)."""
        empty = np.zeros(0, dtype=np.int64)
        if self.nx == 0 or len(xa) == 0:
            return empty, empty
        sxmin, sxmax = np.minimum(xa, xb), np.maximum(xa, xb)
        symin, symax = np.minimum(ya, yb), np.maximum(ya, yb)
        inv = 1.0 / self.cell
        fx0 = np.floor((sxmin - self.x0) * inv)
        fx1 = np.floor((sxmax - self.x0) * inv)
        fy0 = np.floor((symin - self.y0) * inv)
        fy1 = np.floor((symax - self.y0) * inv)
        idx = np.nonzero((fx1 >= 0) & (fx0 < self.nx) & (fy1 >= 0) & (fy0 < self.ny))[0]
        ix0 = np.clip(fx0[idx], 0, self.nx - 1).astype(np.int64)
        ix1 = np.clip(fx1[idx], 0, self.nx - 1).astype(np.int64)
        iy0 = np.clip(fy0[idx], 0, self.ny - 1).astype(np.int64)
        iy1 = np.clip(fy1[idx], 0, self.ny - 1).astype(np.int64)
        k = (ix1 - ix0 + 1) * (iy1 - iy0 + 1)
        one = k == 1
        seg_parts, fence_parts = [], []
        s, f = self._fences_of_cells(idx[one], iy0[one] * self.nx + ix0[one])
        seg_parts.append(s)
        fence_parts.append(f)
        multi = np.nonzero((k > 1) & (k <= _MAX_CELLS_PER_SEGMENT))[0]
        if multi.size:
            cells, owner = self._expand(ix0[multi], ix1[multi], iy0[multi], iy1[multi])
            s, f = self._fences_of_cells(idx[multi][owner], cells)
            # A fence spanning several of the segment's cells was found more than once.
            key = np.unique(s * self.n_fences + f)
            seg_parts.append(key // self.n_fences)
            fence_parts.append(key % self.n_fences)
        big = idx[k > _MAX_CELLS_PER_SEGMENT]
        if big.size:
            ok = np.nonzero(~np.isnan(self.bounds[:, 0]))[0]
            step = max(1, _BLOCK // max(1, ok.size))
            for lo in range(0, big.size, step):
                chunk = big[lo : lo + step]
                b = self.bounds[ok]
                hit = (
                    (sxmin[chunk, None] <= b[None, :, 2])
                    & (sxmax[chunk, None] >= b[None, :, 0])
                    & (symin[chunk, None] <= b[None, :, 3])
                    & (symax[chunk, None] >= b[None, :, 1])
                )
                r, c = np.nonzero(hit)
                seg_parts.append(chunk[r])
                fence_parts.append(ok[c])
        seg = np.concatenate(seg_parts).astype(np.int64)
        fence = np.concatenate(fence_parts).astype(np.int64)
        b = self.bounds[fence]
        overlap = (sxmin[seg] <= b[:, 2]) & (sxmax[seg] >= b[:, 0]) & (symin[seg] <= b[:, 3]) & (symax[seg] >= b[:, 1])
        return seg[overlap], fence[overlap]


# --------------------------------------------------------------------------------------------
# Clipping


def _rect_clip(px, py, dx, dy, xmin, ymin, xmax, ymax) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Liang–Barsky: for segments P + s·D (s in 0..1) and closed boxes, (hit, s_in, s_out)."""
    s0 = np.zeros(len(px))
    s1 = np.ones(len(px))
    ok = np.ones(len(px), dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-dx, px - xmin), (dx, xmax - px), (-dy, py - ymin), (dy, ymax - py)):
            ok &= ~((p == 0) & (q < 0))
            r = q / p
            neg, pos = p < 0, p > 0
            s0[neg] = np.maximum(s0[neg], r[neg])
            s1[pos] = np.minimum(s1[pos], r[pos])
    ok &= s1 >= s0
    return ok, s0, s1


def _points_in_polygon(qx, qy, edges) -> np.ndarray:
    """Even–odd rule against all ring edges; points on the boundary (within 1 µm) are inside."""
    inside = np.zeros(len(qx), dtype=bool)
    if len(edges) == 0 or len(qx) == 0:
        return inside
    ax, ay, bx, by = (edges[:, j] for j in range(4))
    ex, ey = bx - ax, by - ay
    len2 = ex * ex + ey * ey
    step = max(1, _BLOCK // len(edges))
    for lo in range(0, len(qx), step):
        px = qx[lo : lo + step, None]
        py = qy[lo : lo + step, None]
        straddle = (ay > py) != (by > py)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_cross = ax + (py - ay) * ex / ey
            t = np.clip(((px - ax) * ex + (py - ay) * ey) / len2, 0.0, 1.0)
        odd = (np.count_nonzero(straddle & (px < x_cross), axis=1) % 2) == 1
        ddx = px - ax - t * ex
        ddy = py - ay - t * ey
        on_edge = ((ddx * ddx + ddy * ddy) <= GEOM_TOL * GEOM_TOL).any(axis=1)
        inside[lo : lo + step] = odd | on_edge
    return inside


def _general_clip(px, py, dx, dy, edges) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pieces of segments P + s·D inside one polygon: (row, s_in, s_out), contiguous pieces merged."""
    m = len(px)
    if m == 0 or len(edges) == 0:
        empty = np.zeros(0)
        return empty.astype(np.int64), empty, empty
    ax, ay, bx, by = (edges[:, j] for j in range(4))
    ex, ey = bx - ax, by - ay
    seg_len = np.hypot(dx, dy)
    rows_parts = [np.arange(m), np.arange(m)]
    s_parts = [np.zeros(m), np.ones(m)]
    step = max(1, _BLOCK // len(edges))
    for lo in range(0, m, step):
        hi = min(m, lo + step)
        wx = ax[None, :] - px[lo:hi, None]
        wy = ay[None, :] - py[lo:hi, None]
        ddx, ddy = dx[lo:hi, None], dy[lo:hi, None]
        denom = ddx * ey - ddy * ex
        cross_wd = wx * ddy - wy * ddx  # |A − P| × |D| × sin: distance of A from the segment's line × |D|
        scale = seg_len[lo:hi, None] * np.hypot(ex, ey)
        proper = np.abs(denom) > 1e-12 * scale
        with np.errstate(divide="ignore", invalid="ignore"):
            s = (wx * ey - wy * ex) / denom
            u = cross_wd / denom
        hit = proper & (s >= -1e-12) & (s <= 1 + 1e-12) & (u >= -1e-12) & (u <= 1 + 1e-12)
        r, c = np.nonzero(hit)
        rows_parts.append(r + lo)
        s_parts.append(s[r, c])
        # Segments running along an edge: the edge's ends split them (the piece on the boundary is inside).
        collinear = ~proper & (seg_len[lo:hi, None] > 0) & (np.abs(cross_wd) <= GEOM_TOL * seg_len[lo:hi, None])
        r, c = np.nonzero(collinear)
        if r.size:
            d2 = seg_len[lo + r] ** 2
            s_a = (wx[r, c] * dx[lo + r] + wy[r, c] * dy[lo + r]) / d2
            s_b = s_a + (ex[c] * dx[lo + r] + ey[c] * dy[lo + r]) / d2
            rows_parts += [r + lo, r + lo]
            s_parts += [s_a, s_b]
    rows = np.concatenate(rows_parts)
    svals = np.clip(np.concatenate(s_parts), 0.0, 1.0)
    order = np.lexsort((svals, rows))
    rows, svals = rows[order], svals[order]
    piece = (rows[1:] == rows[:-1]) & (svals[1:] > svals[:-1])
    start = np.nonzero(piece)[0]
    p_row, p_s0, p_s1 = rows[start], svals[start], svals[start + 1]
    mid = 0.5 * (p_s0 + p_s1)
    inside = _points_in_polygon(px[p_row] + mid * dx[p_row], py[p_row] + mid * dy[p_row], edges)
    p_row, p_s0, p_s1 = p_row[inside], p_s0[inside], p_s1[inside]
    if p_row.size:
        new = np.ones(p_row.size, dtype=bool)
        new[1:] = (p_row[1:] != p_row[:-1]) | (p_s0[1:] > p_s1[:-1])
        first = np.nonzero(new)[0]
        last = np.append(first[1:], p_row.size) - 1
        p_row, p_s0, p_s1 = p_row[first], p_s0[first], p_s1[last]
    # A stationary pair is the single piece 0..1 whose midpoint is the fix itself.
    return p_row.astype(np.int64), p_s0, p_s1


def segment_fraction_inside(x0, y0, x1, y1, polygon, fast_path: bool = True) -> np.ndarray:
    """Share (0..1) of each segment's length inside ``polygon`` (boundary inside; 1 for a point inside).

    With ``fast_path`` an axis-aligned rectangle is clipped by Liang–Barsky; otherwise (or for any
    other polygon) by the general edge-intersection method. Used by the tests to compare the two.
    """
    px, py = np.asarray(x0, dtype=float), np.asarray(y0, dtype=float)
    dx, dy = np.asarray(x1, dtype=float) - px, np.asarray(y1, dtype=float) - py
    prepared = prepare_fences([polygon])
    out = np.zeros(len(px))
    if prepared.n_empty:
        return out
    if fast_path and prepared.is_rect[0]:
        b = prepared.bounds[0]
        ok, s0, s1 = _rect_clip(px, py, dx, dy, *b)
        out[ok] = (s1 - s0)[ok]
        return out
    rows, s0, s1 = _general_clip(px, py, dx, dy, prepared.edges[0])
    np.add.at(out, rows, s1 - s0)
    return out


@dataclass
class Presence:
    """Pieces of data segments inside fences: segment (index of its first fix), fence, s_in, s_out (0..1)."""

    segment: np.ndarray
    fence: np.ndarray
    s_in: np.ndarray
    s_out: np.ndarray


def _rectangle_pieces(xa, ya, xb, yb, bb, points_only: bool):
    """(inside, s_in, s_out) of candidate segments against their fences' boxes."""
    if points_only:
        inside = (
            (xa >= bb[:, 0])
            & (xa <= bb[:, 2])
            & (ya >= bb[:, 1])
            & (ya <= bb[:, 3])
            & (xb >= bb[:, 0])
            & (xb <= bb[:, 2])
            & (yb >= bb[:, 1])
            & (yb <= bb[:, 3])
        )
        return inside, np.zeros(xa.size), np.ones(xa.size)
    inside, s0, s1 = _rect_clip(xa, ya, xb - xa, yb - ya, bb[:, 0], bb[:, 1], bb[:, 2], bb[:, 3])
    # A moving segment that only touches the box carries no time.
    inside &= (s1 > s0) | ((xa == xb) & (ya == yb))
    return inside, s0, s1


def presence(
    x: np.ndarray,
    y: np.ndarray,
    segments: np.ndarray,
    prepared: PreparedFences,
    points_only: bool,
    chunk_size: int = 1_000_000,
    progress: ProgressCallback = None,
) -> Presence:
    """Where each data segment (fix ``i`` → ``i + 1`` for ``i`` in ``segments``) lies inside each fence.

    Interpolated: the clipped parameter range; points only: the whole segment when both fixes are
    inside. ``progress`` runs 0..1 over the work and may stop it.
    """
    grid = FenceGrid(prepared.bounds)
    b = prepared.bounds
    out_seg, out_fence, out_s0, out_s1 = [], [], [], []
    general_seg, general_fence = [], []
    n_chunks = max(1, -(-segments.size // chunk_size))
    for k in range(n_chunks):
        chunk = segments[k * chunk_size : (k + 1) * chunk_size]
        xa, ya, xb, yb = x[chunk], y[chunk], x[chunk + 1], y[chunk + 1]
        cs, cf = grid.candidates(xa, ya, xb, yb)
        rect = prepared.is_rect[cf]
        rs, rf = cs[rect], cf[rect]
        if rs.size:
            inside, s0, s1 = _rectangle_pieces(xa[rs], ya[rs], xb[rs], yb[rs], b[rf], points_only)
            out_seg.append(chunk[rs[inside]])
            out_fence.append(rf[inside])
            out_s0.append(s0[inside])
            out_s1.append(s1[inside])
        general_seg.append(chunk[cs[~rect]])
        general_fence.append(cf[~rect])
        report(progress, 0.8 * (k + 1) / n_chunks)

    gs = np.concatenate(general_seg) if general_seg else np.zeros(0, dtype=np.int64)
    gf = np.concatenate(general_fence) if general_fence else np.zeros(0, dtype=np.int64)
    del general_seg, general_fence
    if gs.size:
        order = np.argsort(gf, kind="stable")
        gs, gf = gs[order], gf[order]
        bounds_at = np.flatnonzero(np.diff(gf)) + 1
        starts = np.concatenate([[0], bounds_at])
        ends = np.concatenate([bounds_at, [gs.size]])
        for j, (lo, hi) in enumerate(zip(starts, ends)):
            f = int(gf[lo])
            segs = gs[lo:hi]
            edges = prepared.edges[f]
            if points_only:
                inside = _points_in_polygon(x[segs], y[segs], edges) & _points_in_polygon(
                    x[segs + 1], y[segs + 1], edges
                )
                rows = np.nonzero(inside)[0]
                s0, s1 = np.zeros(rows.size), np.ones(rows.size)
            else:
                rows, s0, s1 = _general_clip(x[segs], y[segs], x[segs + 1] - x[segs], y[segs + 1] - y[segs], edges)
            out_seg.append(segs[rows])
            out_fence.append(np.full(rows.size, f, dtype=np.int64))
            out_s0.append(s0)
            out_s1.append(s1)
            if j % 50 == 0:
                report(progress, 0.8 + 0.2 * hi / gs.size)
    report(progress, 1.0)

    def joined(parts, dtype):
        return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)

    return Presence(
        joined(out_seg, np.int64), joined(out_fence, np.int64), joined(out_s0, float), joined(out_s1, float)
    )
