"""Dwell time and compliance per geofence from officer tracks (DOMAIN.md §5).

No trial publishes one standard algorithm, so the definition used here is explicit and
parameterised, and the parameters travel with the results.

*Segments.* Fixes of one officer are sorted by time. The straight segment between two consecutive
fixes is *data* when they are at most ``max_gap_s`` seconds apart. A longer gap is *no data*: it
counts neither as present nor as absent, anywhere. Two fixes at the same instant carry no time.

*Presence* of an officer in a fence (a polygon, widened by ``buffer_m`` metres for GPS error;
its boundary counts as inside):

- ``interpolated``: the officer moves along the segment at constant speed, so the segment is
  clipped by the fence and the time inside is the segment's duration × (length inside ÷ length).
  The exact entry and exit instants are kept. A stationary pair of fixes inside counts fully.
- ``points only``: a segment counts, fully, only when both of its fixes are inside the fence. This
  is the classic lower bound (for convex fences every straight path between two inside fixes stays
  inside); it is what a point-in-polygon join plus time differences gives.

*Pass-through.* With ``max_speed_kmh`` set, a segment faster than it is excluded (patrol, not a
vehicle passing). Its speed is the mean of the speeds recorded at its two fixes when a speed field
exists (km/h, NaN = unknown), else its length ÷ duration.

*Visits.* A visit is a maximal continuous presence of one officer in one fence within one policing
day: presence on consecutive segments joins when the officer is inside at the shared fix; leaving
the fence, a gap longer than ``max_gap_s``, a pass-through segment or the start of a new policing
day (``day_start`` local time, Europe/London by default) ends it. Visits shorter than
``min_visit_s`` are *drive-throughs*: they are left out of the visits table and their time counts
nowhere (not in ``officer_min``, ``patrol_min``, ``dwell_min`` nor ``delivered_min``).

*Per fence* (visits of at least ``min_visit_s`` only):

- ``officer_min``: officer-minutes, the sum over officers (a pair patrolling together counts twice);
- ``patrol_min``: patrol-minutes, the union over officers (minutes with at least one officer in);
- ``visits``: number of visits; ``dwell_min``: mean minutes per visit (``officer_min ÷ visits``,
  the "dwell time" of Koper's curve; 0 when there was no visit).

*Compliance* against taskings (``fence_id``, ``date``, ``window_start``, ``window_end``,
``minutes``; rows with an ``arm`` other than ``treatment``, without a window or with no minutes
are not taskings). For each tasking, *delivered* minutes are the patrol-minutes (union over
officers) inside its window. A tasking is *covered* when any officer has tracking data (a segment,
anywhere) during its window; an uncovered tasking is *no data*. Per fence:

- ``tasked_min``: the minutes tasked (all its taskings); ``delivered_min``: the patrol-minutes
  delivered inside the windows of its covered taskings (NULL when none is covered);
- ``compliance_pct`` = 100 × Σ min(delivered, tasked) ÷ Σ tasked over its covered taskings: each
  tasking is capped at its own dose, so a long patrol in one window cannot make up for a missed one;
- ``compliance_status``: ``no tasking`` (no taskings), ``no data`` (none covered), ``met``
  (compliance 100 %: every covered tasking fully delivered), ``partly met`` (above 0 and below
  100 %), ``not met`` (0 % although the tracks cover the windows).

Taskings' ``window_start``/``window_end`` are ISO 8601 instants (an offset or ``Z``; naive values
are local time) as the tasking schedule writes them, or clock times (``HH:MM``) on the policing
``date``: a clock time before ``day_start`` falls on the next calendar day, and a window that ends
at or before its start ends the next day.

Speed: everything is vectorised with numpy. Candidate (segment, fence) pairs come from a uniform
grid over the fences' bounding boxes; axis-aligned rectangles are clipped by Liang–Barsky, other
polygons by intersecting each candidate segment with every edge, sorting the crossing parameters
and testing the midpoint of each piece (even–odd rule, boundary inside).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Dict, List, Optional, Sequence, Tuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pandas as pd
from shapely.geometry import MultiPolygon, Polygon
from shapely.validation import make_valid

from .errors import HotspotInputError
from .progress import ProgressCallback, report

INTERPOLATED = "interpolated"
POINTS_ONLY = "points only"
METHODS = (INTERPOLATED, POINTS_ONLY)

DEFAULT_MAX_GAP_S = 150.0  # ≈ 2.5 × a one-minute nominal interval (DOMAIN.md §5)
DEFAULT_MIN_VISIT_S = 60.0
DEFAULT_DAY_START = "06:00"  # policing day 06:00–05:59 (DOMAIN.md §4)
DEFAULT_TIMEZONE = "Europe/London"

#: Visit ``mode`` from its mean speed (path length inside ÷ duration). Our thresholds, not a
#: published standard: under 1.5 km/h is standing (a "stop"), up to 10 km/h on foot, faster in a vehicle.
#: GPS jitter adds apparent movement, so short stops may read as "foot".
STOP_KMH = 1.5
FOOT_KMH = 10.0
STOP, FOOT, VEHICLE = "stop", "foot", "vehicle"

MET, PARTLY_MET, NOT_MET, NO_TASKING, NO_DATA = "met", "partly met", "not met", "no tasking", "no data"
COMPLIANCE_STATUSES = (MET, PARTLY_MET, NOT_MET, NO_TASKING, NO_DATA)

VISIT_FIELDS = ("fence_id", "officer_id", "start_utc", "end_utc", "duration_s", "mode", "n_fixes")
FENCE_FIELDS = (
    "dwell_min",
    "officer_min",
    "patrol_min",
    "visits",
    "tasked_min",
    "delivered_min",
    "compliance_pct",
    "compliance_status",
)
TASKING_FIELDS = (
    "fence_id",
    "date",
    "window_start_utc",
    "window_end_utc",
    "tasked_min",
    "delivered_min",
    "covered",
    "status",
)

_TIME_EPS = 1e-6  # seconds: interval ends closer than this touch
_GEOM_TOL = 1e-6  # metres: a point this close to an edge is on the boundary (inside)
_MAX_CELLS_PER_SEGMENT = 64  # longer segments are tested against every fence box instead
_BLOCK = 2_000_000  # elements per (candidates × edges) block in the general clipper
_FAST_RECTANGLES = True  # tests switch the Liang–Barsky fast path off to compare it with the general one


@dataclass
class DwellResult:
    """Output of :func:`compute_dwell`.

    ``visits``: one row per visit (``VISIT_FIELDS``; times are pandas UTC timestamps, ``duration_s``
    seconds). ``fences``: one row per input fence, in input order (``fence_id`` + ``FENCE_FIELDS``).
    ``taskings``: one row per tasking read (``TASKING_FIELDS``). ``summary``: counts for the log.
    """

    visits: pd.DataFrame
    fences: pd.DataFrame
    taskings: pd.DataFrame
    summary: Dict[str, object] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Times


def to_utc_seconds(values) -> np.ndarray:
    """Seconds since 1970-01-01 UTC (float; NaN where missing) from numbers, datetime64 or text.

    Numbers are taken as seconds already. ``datetime64`` and naive text or datetimes are UTC; ISO 8601
    text with an offset or ``Z`` is converted.
    """
    if isinstance(values, (pd.Series, pd.Index)) and isinstance(values.dtype, pd.DatetimeTZDtype):
        values = (
            values.dt.tz_convert("UTC").dt.tz_localize(None)
            if isinstance(values, pd.Series)
            else values.tz_convert("UTC").tz_localize(None)
        )
    array = np.asarray(values)
    if np.issubdtype(array.dtype, np.datetime64):
        ns = array.astype("datetime64[ns]")
        out = ns.astype(np.int64).astype(np.float64) / 1e9
        out[np.isnat(ns)] = np.nan
        return out
    if np.issubdtype(array.dtype, np.number) or array.dtype == bool:
        return array.astype(np.float64)
    kwargs = {"format": "ISO8601"} if int(pd.__version__.split(".")[0]) >= 2 else {}
    parsed = pd.to_datetime(pd.Series(array, dtype=object), utc=True, errors="coerce", **kwargs)
    ns = parsed.dt.tz_localize(None).to_numpy(dtype="datetime64[ns]")
    out = ns.astype(np.int64).astype(np.float64) / 1e9
    out[np.isnat(ns)] = np.nan
    return out


def parse_clock(text, label: str = "time") -> time:
    """A clock time from ``HH:MM`` or ``HH:MM:SS`` text (or a ``datetime.time``)."""
    if isinstance(text, time):
        return text
    if isinstance(text, datetime):
        return text.time()
    value = str(text).strip()
    for pattern in ("%H:%M", "%H:%M:%S"):
        try:
            return datetime.strptime(value, pattern).time()
        except ValueError:
            continue
    raise HotspotInputError(f"The {label} '{text}' is not a clock time like 06:00 (HH:MM).")


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise HotspotInputError(f"'{tz}' is not a known time zone (e.g. Europe/London).") from None


def _local_to_utc_seconds(day: date, clock: time, zone: ZoneInfo) -> float:
    """UTC seconds of a wall-clock time; the repeated October hour takes its first (summer) instant."""
    moment = datetime.combine(day, clock).replace(tzinfo=zone, fold=0)
    return moment.astimezone(timezone.utc).timestamp()


def policing_day_starts(
    first_s: float, last_s: float, day_start: str = DEFAULT_DAY_START, tz: str = DEFAULT_TIMEZONE
) -> Tuple[List[date], np.ndarray]:
    """The policing days covering ``first_s``..``last_s`` (UTC seconds) and when each starts (UTC seconds).

    A policing day ``D`` runs from ``day_start`` local time on ``D`` to ``day_start`` on ``D + 1``.
    """
    zone = _zone(tz)
    clock = parse_clock(day_start, "day start")
    first = datetime.fromtimestamp(first_s, timezone.utc).date() - timedelta(days=2)
    last = datetime.fromtimestamp(last_s, timezone.utc).date() + timedelta(days=2)
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    starts = np.array([_local_to_utc_seconds(d, clock, zone) for d in days], dtype=np.float64)
    return days, starts


# --------------------------------------------------------------------------------------------
# Fence geometry


def _polygon_parts(geometry) -> List[Polygon]:
    if geometry is None or geometry.is_empty:
        return []
    if not geometry.is_valid:
        geometry = make_valid(geometry)
    if isinstance(geometry, Polygon):
        return [geometry]
    if isinstance(geometry, MultiPolygon) or hasattr(geometry, "geoms"):
        return [p for g in geometry.geoms for p in _polygon_parts(g)]
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
class _PreparedFences:
    bounds: np.ndarray  #: (F, 4) xmin, ymin, xmax, ymax; NaN for empty fences
    is_rect: np.ndarray  #: (F,) axis-aligned rectangle → Liang–Barsky fast path
    edges: List[np.ndarray]  #: per fence (E, 4) edges for the general path
    n_empty: int


def prepare_fences(polygons: Sequence, buffer_m: float = 0.0) -> _PreparedFences:
    """Fence outlines ready for clipping: widened by ``buffer_m`` metres (round corners), bounds, edges."""
    bounds = np.full((len(polygons), 4), np.nan)
    is_rect = np.zeros(len(polygons), dtype=bool)
    edges = []
    n_empty = 0
    for i, polygon in enumerate(polygons):
        parts = _polygon_parts(polygon)
        if parts and buffer_m > 0:
            parts = _polygon_parts(
                MultiPolygon(parts).buffer(buffer_m) if len(parts) > 1 else parts[0].buffer(buffer_m)
            )
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
    return _PreparedFences(bounds, is_rect, edges, n_empty)


class _FenceGrid:
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
        on_edge = ((ddx * ddx + ddy * ddy) <= _GEOM_TOL * _GEOM_TOL).any(axis=1)
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
        collinear = ~proper & (seg_len[lo:hi, None] > 0) & (np.abs(cross_wd) <= _GEOM_TOL * seg_len[lo:hi, None])
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


# --------------------------------------------------------------------------------------------
# Taskings


def _id_text(value) -> str:
    """Ids as text, 12.0 → '12', so integer and text ids join (as the exception report does)."""
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    if isinstance(value, (np.integer,)):
        return str(int(value))
    return str(value).strip()


def _blank(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _parse_date(value, row: int) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()[:10]
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise HotspotInputError(f"Tasking row {row}: the date '{value}' is not a date like 2026-07-14 or 14/07/2026.")


def _instant_or_clock(value, row: int, label: str, zone: ZoneInfo):
    """('instant', UTC seconds) for a full date-time, ('clock', time) for a time of day."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=zone)
        return "instant", moment.astimezone(timezone.utc).timestamp()
    if isinstance(value, time):
        return "clock", value
    text = str(value).strip()
    if len(text) > 8:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise HotspotInputError(
                f"Tasking row {row}: {label} '{value}' is neither an ISO 8601 date and time "
                "(2026-07-14T09:15:00+01:00) nor a clock time (09:15)."
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=zone)
        return "instant", moment.astimezone(timezone.utc).timestamp()
    return "clock", parse_clock(text, f"{label} of tasking row {row}")


def _tasking_rows(taskings) -> List[dict]:
    if taskings is None:
        return []
    if isinstance(taskings, pd.DataFrame):
        return taskings.to_dict("records")
    if isinstance(taskings, dict):
        return pd.DataFrame(taskings).to_dict("records")
    return [dict(row) for row in taskings]


def prepare_taskings(
    taskings, day_start: str = DEFAULT_DAY_START, tz: str = DEFAULT_TIMEZONE
) -> Tuple[pd.DataFrame, int]:
    """Taskings as rows ``fence_key, date, start_s, end_s, minutes`` (UTC seconds) and the number skipped.

    Rows whose ``arm`` is not ``treatment``, without a window, or with ``minutes`` ≤ 0 are skipped
    (control and washout place-days). Missing ``minutes`` means the whole window.
    """
    zone = _zone(tz)
    clock_start = parse_clock(day_start, "day start")
    out = []
    skipped = 0
    for n, row in enumerate(_tasking_rows(taskings), start=1):
        if "fence_id" not in row or "window_start" not in row or "window_end" not in row:
            raise HotspotInputError(
                "The taskings table needs the fields fence_id, date, window_start, window_end "
                "and minutes (as the tasking schedule writes them)."
            )
        arm = row.get("arm")
        if (
            (not _blank(arm) and str(arm).strip().lower() != "treatment")
            or _blank(row.get("window_start"))
            or _blank(row.get("window_end"))
            or _blank(row.get("fence_id"))
        ):
            skipped += 1
            continue
        kind_a, a = _instant_or_clock(row["window_start"], n, "window_start", zone)
        kind_b, b = _instant_or_clock(row["window_end"], n, "window_end", zone)
        day = None if _blank(row.get("date")) else _parse_date(row["date"], n)
        if kind_a == "clock" or kind_b == "clock":
            if day is None:
                raise HotspotInputError(f"Tasking row {n} gives clock times but no date.")
            if kind_a == "clock":
                a = _local_to_utc_seconds(day + timedelta(days=int(a < clock_start)), a, zone)
            if kind_b == "clock":
                end_clock = b
                offset = int(end_clock < clock_start)
                b = _local_to_utc_seconds(day + timedelta(days=offset), end_clock, zone)
                if b <= a:
                    b = _local_to_utc_seconds(day + timedelta(days=offset + 1), end_clock, zone)
        if b <= a:
            raise HotspotInputError(
                f"Tasking row {n}: the window ends ({row['window_end']}) before it starts ({row['window_start']})."
            )
        if day is None:
            local = datetime.fromtimestamp(a, timezone.utc).astimezone(zone)
            day = (local - timedelta(hours=clock_start.hour, minutes=clock_start.minute)).date()
        minutes = row.get("minutes")
        if _blank(minutes):
            minutes = (b - a) / 60.0
        try:
            minutes = float(minutes)
        except (TypeError, ValueError):
            raise HotspotInputError(f"Tasking row {n}: minutes '{minutes}' is not a number.") from None
        if minutes <= 0:
            skipped += 1
            continue
        out.append({"fence_key": _id_text(row["fence_id"]), "date": day, "start_s": a, "end_s": b, "minutes": minutes})
    frame = pd.DataFrame(out, columns=["fence_key", "date", "start_s", "end_s", "minutes"])
    return frame, skipped


# --------------------------------------------------------------------------------------------
# Intervals


def _union(group: np.ndarray, start: np.ndarray, end: np.ndarray, span: float):
    """Disjoint union of intervals per group: (group, start, end) of the merged intervals.

    Groups are laid end to end on one axis (group × ``span`` + time), so one cumulative maximum
    merges them all; times must lie in 0..``span``.
    """
    if group.size == 0:
        z = np.zeros(0)
        return group, z, z
    order = np.lexsort((start, group))
    g, a, b = group[order], start[order], end[order]
    ka = g * span + a
    kb = g * span + b
    reach = np.maximum.accumulate(kb)
    new = np.ones(g.size, dtype=bool)
    new[1:] = ka[1:] > reach[:-1] + _TIME_EPS
    first = np.nonzero(new)[0]
    last = np.append(first[1:], g.size) - 1
    return g[first], a[first], reach[last] - g[first] * span


def _overlap_with(ug, ua, ub, span: float, group, lo, hi) -> np.ndarray:
    """Length of the union intervals (ug, ua, ub; from :func:`_union`) of ``group`` inside lo..hi."""
    if ug.size == 0 or len(group) == 0:
        return np.zeros(len(group))
    ks = ug * span + ua
    ke = ug * span + ub
    before = np.concatenate([[0.0], np.cumsum(ke - ks)])

    def covered_until(t):
        key = group * span + np.clip(t, 0.0, span)
        j = np.searchsorted(ks, key, side="right") - 1
        jj = np.maximum(j, 0)
        partial = np.clip(key - ks[jj], 0.0, ke[jj] - ks[jj])
        return np.where(j >= 0, before[jj] + partial, 0.0)

    return np.maximum(covered_until(hi) - covered_until(lo), 0.0)


# --------------------------------------------------------------------------------------------
# Main entry


def compute_dwell(
    officer_id,
    t_utc,
    x,
    y,
    fences: Sequence,
    fence_ids: Optional[Sequence] = None,
    speed_kmh=None,
    method: str = INTERPOLATED,
    max_gap_s: float = DEFAULT_MAX_GAP_S,
    min_visit_s: float = DEFAULT_MIN_VISIT_S,
    max_speed_kmh: Optional[float] = None,
    buffer_m: float = 0.0,
    day_start: str = DEFAULT_DAY_START,
    tz: str = DEFAULT_TIMEZONE,
    taskings=None,
    progress: ProgressCallback = None,
    chunk_size: int = 1_000_000,
) -> DwellResult:
    """Visits, dwell and compliance per fence (see the module docstring for every definition).

    ``officer_id``: one id per fix (any type); ``t_utc``: seconds since 1970 UTC (int or float),
    ``datetime64`` or ISO 8601 text; ``x``, ``y``: metres in a projected CRS; ``speed_kmh``: optional
    recorded speed per fix (km/h, NaN unknown). ``fences``: shapely polygons in the same CRS;
    ``fence_ids``: their ids (default 0..n-1). ``method``: :data:`INTERPOLATED` or :data:`POINTS_ONLY`.
    ``max_gap_s``, ``min_visit_s`` seconds; ``max_speed_kmh`` km/h or None; ``buffer_m`` metres;
    ``day_start`` ``HH:MM`` local time in ``tz``. ``taskings``: optional frame or rows with
    ``fence_id, date, window_start, window_end, minutes``. Inputs are never modified.
    """
    if method not in METHODS:
        raise HotspotInputError(f"Unknown method '{method}': use '{INTERPOLATED}' or '{POINTS_ONLY}'.")
    if not max_gap_s > 0:
        raise HotspotInputError("The maximum gap must be more than 0 seconds (default 150).")
    if min_visit_s < 0:
        raise HotspotInputError("The minimum visit cannot be negative.")
    if max_speed_kmh is not None and not max_speed_kmh > 0:
        raise HotspotInputError("The maximum speed must be more than 0 km/h (leave it empty for no limit).")
    if buffer_m < 0:
        raise HotspotInputError("The fence buffer cannot be negative.")
    parse_clock(day_start, "day start")
    _zone(tz)
    fences = list(fences)
    if not fences:
        raise HotspotInputError("There are no geofences. Choose a polygon layer with at least one fence.")
    fence_ids = list(range(len(fences))) if fence_ids is None else list(fence_ids)
    if len(fence_ids) != len(fences):
        raise HotspotInputError("There must be one fence id per fence.")

    t = to_utc_seconds(t_utc)
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n_input = len(t)
    if not (len(x) == len(y) == n_input == len(officer_id)):
        raise HotspotInputError("officer_id, t_utc, x and y must have one value per fix.")
    spd = None if speed_kmh is None else np.asarray(speed_kmh, dtype=np.float64)
    codes, officers = pd.factorize(np.asarray(officer_id) if not isinstance(officer_id, pd.Series) else officer_id)
    good = (codes >= 0) & np.isfinite(t) & np.isfinite(x) & np.isfinite(y)
    n_dropped = int(n_input - np.count_nonzero(good))
    if n_dropped:
        codes, t, x, y = codes[good], t[good], x[good], y[good]
        spd = None if spd is None else spd[good]
    if t.size == 0:
        raise HotspotInputError("No fix has an officer, a time and coordinates: there is nothing to measure.")
    report(progress, 0.02)

    # Sort by officer then time unless already so (exports usually are: no copy then).
    dc = np.diff(codes)
    dt = np.diff(t)
    same = dc == 0
    if not ((dc >= 0).all() and (~same | (dt >= 0)).all()):
        order = np.lexsort((t, codes))
        codes, t, x, y = codes[order], t[order], x[order], y[order]
        spd = None if spd is None else spd[order]
        dt = np.diff(t)
        same = codes[1:] == codes[:-1]
    del dc
    origin = float(np.min(t))
    tr = t - origin  # small numbers keep sub-second precision
    span = float(tr.max()) + 1.0
    valid = same & (dt > 0) & (dt <= max_gap_s)
    gaps = same & (dt > max_gap_s)
    n_gaps, gap_s = int(np.count_nonzero(gaps)), float(dt[gaps].sum())
    del gaps
    seg_ids = np.nonzero(valid)[0]
    report(progress, 0.08)

    prepared = prepare_fences(fences, buffer_m)
    grid = _FenceGrid(prepared.bounds)
    b = prepared.bounds
    points_only = method == POINTS_ONLY

    # Presence intervals: (segment = index of its first fix, fence, s_in, s_out).
    out_seg, out_fence, out_s0, out_s1 = [], [], [], []
    general_seg, general_fence = [], []
    n_chunks = max(1, -(-seg_ids.size // chunk_size))
    for k in range(n_chunks):
        chunk = seg_ids[k * chunk_size : (k + 1) * chunk_size]
        xa, ya, xb, yb = x[chunk], y[chunk], x[chunk + 1], y[chunk + 1]
        cs, cf = grid.candidates(xa, ya, xb, yb)
        rect = prepared.is_rect[cf]
        rs, rf = cs[rect], cf[rect]
        if rs.size:
            bb = b[rf]
            if points_only:
                inside = (
                    (xa[rs] >= bb[:, 0])
                    & (xa[rs] <= bb[:, 2])
                    & (ya[rs] >= bb[:, 1])
                    & (ya[rs] <= bb[:, 3])
                    & (xb[rs] >= bb[:, 0])
                    & (xb[rs] <= bb[:, 2])
                    & (yb[rs] >= bb[:, 1])
                    & (yb[rs] <= bb[:, 3])
                )
                s0, s1 = np.zeros(rs.size), np.ones(rs.size)
            else:
                inside, s0, s1 = _rect_clip(
                    xa[rs], ya[rs], xb[rs] - xa[rs], yb[rs] - ya[rs], bb[:, 0], bb[:, 1], bb[:, 2], bb[:, 3]
                )
                # A moving segment that only touches the box carries no time.
                inside &= (s1 > s0) | ((xa[rs] == xb[rs]) & (ya[rs] == yb[rs]))
            out_seg.append(chunk[rs[inside]])
            out_fence.append(rf[inside])
            out_s0.append(s0[inside])
            out_s1.append(s1[inside])
        general_seg.append(chunk[cs[~rect]])
        general_fence.append(cf[~rect])
        report(progress, 0.08 + 0.62 * (k + 1) / n_chunks)

    gs = np.concatenate(general_seg) if general_seg else np.zeros(0, dtype=np.int64)
    gf = np.concatenate(general_fence) if general_fence else np.zeros(0, dtype=np.int64)
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
                report(progress, 0.70 + 0.15 * hi / gs.size)
    report(progress, 0.85)

    iseg = np.concatenate(out_seg).astype(np.int64) if out_seg else np.zeros(0, dtype=np.int64)
    ifence = np.concatenate(out_fence).astype(np.int64) if out_fence else np.zeros(0, dtype=np.int64)
    is0 = np.concatenate(out_s0) if out_s0 else np.zeros(0)
    is1 = np.concatenate(out_s1) if out_s1 else np.zeros(0)
    del out_seg, out_fence, out_s0, out_s1, general_seg, general_fence, gs, gf

    # Interval times: exact fix times at the ends so presence on consecutive segments touches.
    t0, t1 = tr[iseg], tr[iseg + 1]
    seg_dt = t1 - t0
    ta = np.where(is0 <= 0.0, t0, t0 + is0 * seg_dt)
    tb = np.where(is1 >= 1.0, t1, t0 + is1 * seg_dt)
    seg_len = np.hypot(x[iseg + 1] - x[iseg], y[iseg + 1] - y[iseg])
    inside_len = (is1 - is0) * seg_len
    keep = tb > ta
    n_pass_segments = 0
    pass_through_s = 0.0
    if max_speed_kmh is not None and iseg.size:
        seg_speed = seg_len / seg_dt * 3.6
        if spd is not None:
            sa, sb = spd[iseg], spd[iseg + 1]
            known = (~np.isnan(sa)).astype(int) + (~np.isnan(sb)).astype(int)
            total = np.nan_to_num(sa) + np.nan_to_num(sb)
            with np.errstate(divide="ignore", invalid="ignore"):
                seg_speed = np.where(known > 0, total / np.maximum(known, 1), seg_speed)
        fast = seg_speed > max_speed_kmh
        pass_through_s = float((tb - ta)[fast & keep].sum())
        n_pass_segments = int(np.unique(iseg[fast & keep]).size)
        keep &= ~fast
    iseg, ifence, ta, tb, inside_len = iseg[keep], ifence[keep], ta[keep], tb[keep], inside_len[keep]

    # Policing days: cut intervals at each day's start so no visit spans two days.
    day_dates, day_starts_abs = policing_day_starts(origin, origin + span, day_start, tz)
    day_starts = day_starts_abs - origin
    day = np.searchsorted(day_starts, ta, side="right") - 1
    for _ in range(10_000):
        nxt = day_starts[np.minimum(day + 1, len(day_starts) - 1)]
        cut = np.nonzero((day + 1 < len(day_starts)) & (tb > nxt))[0]
        if cut.size == 0:
            break
        frac = (nxt[cut] - ta[cut]) / (tb[cut] - ta[cut])
        iseg = np.concatenate([iseg, iseg[cut]])
        ifence = np.concatenate([ifence, ifence[cut]])
        ta = np.concatenate([ta, nxt[cut]])
        tb = np.concatenate([tb, tb[cut]])
        day = np.concatenate([day, day[cut] + 1])
        inside_len = np.concatenate([inside_len, inside_len[cut] * (1 - frac)])
        tb[cut] = nxt[cut]
        inside_len[cut] *= frac
    icode = codes[iseg]

    # Visits: touching intervals of one officer, fence and day.
    order = np.lexsort((ta, day, ifence, icode))
    icode, ifence, day, ta, tb, inside_len = (a[order] for a in (icode, ifence, day, ta, tb, inside_len))
    if ta.size:
        new = np.ones(ta.size, dtype=bool)
        new[1:] = (
            (icode[1:] != icode[:-1])
            | (ifence[1:] != ifence[:-1])
            | (day[1:] != day[:-1])
            | (ta[1:] > tb[:-1] + _TIME_EPS)
        )
        first = np.nonzero(new)[0]
        v_code, v_fence = icode[first], ifence[first]
        v_start = ta[first]
        v_end = np.maximum.reduceat(tb, first)
        v_dur = np.add.reduceat(tb - ta, first)
        v_len = np.add.reduceat(inside_len, first)
    else:
        v_code = v_fence = np.zeros(0, dtype=np.int64)
        v_start = v_end = v_dur = v_len = np.zeros(0)
    raw_present_s = float(v_dur.sum())
    long_enough = v_dur >= min_visit_s
    n_drive = int(np.count_nonzero(~long_enough))
    drive_s = float(v_dur[~long_enough].sum())
    v_code, v_fence, v_start, v_end, v_dur, v_len = (
        a[long_enough] for a in (v_code, v_fence, v_start, v_end, v_dur, v_len)
    )
    report(progress, 0.9)

    # Fixes during each visit (all inside it, as presence is continuous between them).
    if v_code.size:
        key_span = span + 2.0
        fix_key = codes * key_span + tr
        eps = max(_TIME_EPS, 4 * float(np.spacing(fix_key[-1])))
        lo = np.searchsorted(fix_key, v_code * key_span + v_start - eps, side="left")
        hi = np.searchsorted(fix_key, v_code * key_span + v_end + eps, side="right")
        n_fixes = (hi - lo).astype(np.int64)
        del fix_key
    else:
        n_fixes = np.zeros(0, dtype=np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_kmh = np.where(v_dur > 0, v_len / v_dur * 3.6, 0.0)
    mode = np.where(mean_kmh < STOP_KMH, STOP, np.where(mean_kmh <= FOOT_KMH, FOOT, VEHICLE))

    n_f = len(fences)
    officer_s = np.bincount(v_fence, weights=v_dur, minlength=n_f)
    n_visits = np.bincount(v_fence, minlength=n_f)
    ug, ua, ub = _union(v_fence, v_start, v_end, span)
    patrol_s = np.bincount(ug, weights=ub - ua, minlength=n_f)

    # Coverage: runs of consecutive data segments per officer, united over officers.
    run_start = valid.copy()
    run_start[1:] &= ~valid[:-1]
    run_end = valid.copy()
    run_end[:-1] &= ~valid[1:]
    ca, cb = tr[np.nonzero(run_start)[0]], tr[np.nonzero(run_end)[0] + 1]
    cg, cua, cub = _union(np.zeros(ca.size, dtype=np.int64), ca, cb, span)
    coverage_s = float((cub - cua).sum())

    tasks, n_skipped_tasks = prepare_taskings(taskings, day_start, tz)
    keys = [_id_text(f) for f in fence_ids]
    key_to_fences: Dict[str, List[int]] = {}
    for i, key in enumerate(keys):
        key_to_fences.setdefault(key, []).append(i)
    tasked = np.zeros(n_f)
    delivered = np.zeros(n_f)
    capped = np.zeros(n_f)
    tasked_covered = np.zeros(n_f)
    has_tasks = np.zeros(n_f, dtype=bool)
    task_rows = []
    n_unmatched = 0
    if len(tasks):
        t_fence, t_idx = [], []
        for j, key in enumerate(tasks["fence_key"]):
            owners = key_to_fences.get(key, [])
            if not owners:
                n_unmatched += 1
            for f in owners:
                t_fence.append(f)
                t_idx.append(j)
        t_fence = np.asarray(t_fence, dtype=np.int64)
        t_idx = np.asarray(t_idx, dtype=np.int64)
        wa = tasks["start_s"].to_numpy()[t_idx] - origin
        wb = tasks["end_s"].to_numpy()[t_idx] - origin
        mins = tasks["minutes"].to_numpy()[t_idx]
        got = _overlap_with(ug, ua, ub, span, t_fence, wa, wb) / 60.0
        covered = _overlap_with(cg, cua, cub, span, np.zeros(t_idx.size, dtype=np.int64), wa, wb) > 0
        got = np.where(covered, got, 0.0)
        np.add.at(tasked, t_fence, mins)
        has_tasks[t_fence] = True
        np.add.at(delivered, t_fence[covered], got[covered])
        np.add.at(capped, t_fence[covered], np.minimum(got, mins)[covered])
        np.add.at(tasked_covered, t_fence[covered], mins[covered])
        for k in range(t_idx.size):
            j = int(t_idx[k])
            if not covered[k]:
                status = NO_DATA
            elif got[k] >= mins[k] - 1e-9:
                status = MET
            elif got[k] > 0:
                status = PARTLY_MET
            else:
                status = NOT_MET
            task_rows.append(
                {
                    "fence_id": fence_ids[int(t_fence[k])],
                    "date": tasks["date"].iloc[j],
                    "window_start_utc": pd.Timestamp(tasks["start_s"].iloc[j], unit="s", tz="UTC"),
                    "window_end_utc": pd.Timestamp(tasks["end_s"].iloc[j], unit="s", tz="UTC"),
                    "tasked_min": float(mins[k]),
                    "delivered_min": float(got[k]) if covered[k] else np.nan,
                    "covered": bool(covered[k]),
                    "status": status,
                }
            )

    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(tasked_covered > 0, 100.0 * capped / tasked_covered, np.nan)
    status = np.full(n_f, NO_TASKING, dtype=object)
    status[has_tasks & (tasked_covered == 0)] = NO_DATA
    with_data = has_tasks & (tasked_covered > 0)
    status[with_data & (pct >= 100.0 - 1e-9)] = MET
    status[with_data & (pct > 0) & (pct < 100.0 - 1e-9)] = PARTLY_MET
    status[with_data & (pct <= 0)] = NOT_MET
    fences_frame = pd.DataFrame(
        {
            "fence_id": fence_ids,
            "dwell_min": np.where(n_visits > 0, officer_s / np.maximum(n_visits, 1) / 60.0, 0.0),
            "officer_min": officer_s / 60.0,
            "patrol_min": patrol_s / 60.0,
            "visits": n_visits.astype(np.int64),
            "tasked_min": tasked,
            "delivered_min": np.where(with_data, delivered, np.nan),
            "compliance_pct": pct,
            "compliance_status": status,
        }
    )

    def utc(seconds):
        ms = np.round((seconds + origin) * 1000.0).astype(np.int64)
        return pd.to_datetime(ms, unit="ms", utc=True)

    visits = pd.DataFrame(
        {
            "fence_id": [fence_ids[f] for f in v_fence],
            "officer_id": np.asarray(officers, dtype=object)[v_code] if v_code.size else np.zeros(0, dtype=object),
            "start_utc": utc(v_start),
            "end_utc": utc(v_end),
            "duration_s": v_dur,
            "mode": mode.astype(object),
            "n_fixes": n_fixes,
        },
        columns=list(VISIT_FIELDS),
    )
    visits = (
        visits.sort_values(["start_utc", "fence_id"], kind="stable").reset_index(drop=True)
        if len(visits) and _sortable(fence_ids)
        else visits
    )
    task_frame = pd.DataFrame(task_rows, columns=list(TASKING_FIELDS))
    summary = {
        "method": method,
        "max_gap_s": max_gap_s,
        "min_visit_s": min_visit_s,
        "max_speed_kmh": max_speed_kmh,
        "buffer_m": buffer_m,
        "day_start": day_start,
        "timezone": tz,
        "n_input": n_input,
        "n_dropped": n_dropped,
        "n_fixes": int(t.size),
        "n_officers": int(len(officers)),
        "n_segments": int(seg_ids.size),
        "n_gaps": n_gaps,
        "gap_hours": gap_s / 3600.0,
        "coverage_hours": coverage_s / 3600.0,
        "first_utc": pd.Timestamp(origin, unit="s", tz="UTC"),
        "last_utc": pd.Timestamp(origin + span - 1.0, unit="s", tz="UTC"),
        "n_fences": n_f,
        "n_empty_fences": prepared.n_empty,
        "n_rectangles": int(prepared.is_rect.sum()),
        "present_min": raw_present_s / 60.0,
        "pass_through_min": pass_through_s / 60.0,
        "n_pass_through_segments": n_pass_segments,
        "n_drive_throughs": n_drive,
        "drive_through_min": drive_s / 60.0,
        "n_visits": int(v_code.size),
        "n_taskings": int(len(task_rows)),
        "n_taskings_skipped": n_skipped_tasks,
        "n_taskings_unmatched": n_unmatched,
        "n_taskings_no_data": int(sum(1 for r in task_rows if r["status"] == NO_DATA)),
        "policing_days": len(day_dates),
    }
    report(progress, 1.0)
    return DwellResult(visits, fences_frame, task_frame, summary)


def _sortable(values) -> bool:
    try:
        sorted(set(values))
        return True
    except TypeError:
        return False
