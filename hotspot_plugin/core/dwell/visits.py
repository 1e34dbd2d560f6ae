"""From officers' fixes to visits: data segments, presence inside fences, policing days, drive-throughs.

Definitions (the package docstring has them all):

- consecutive fixes of one officer at most ``max_gap_s`` apart form a *data segment*; a longer gap
  is *no data*; two fixes at the same instant carry no time;
- presence on a segment is the clipped piece (interpolated) or the whole segment when both fixes
  are inside (points only), timed at constant speed, exact fix times at the ends so presence on
  consecutive segments touches; segments faster than ``max_speed_kmh`` are pass-through;
- a *visit* is one officer's continuous presence in one fence within one policing day; visits
  shorter than ``min_visit_s`` are drive-throughs and count nowhere.

All times here are seconds relative to ``Fixes.origin`` (small numbers keep sub-second precision).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..intervals import TOUCH, Union
from ..timeutil import UTC, policing_day_starts, utc_seconds
from .clip import Presence

INTERPOLATED = "interpolated"
POINTS_ONLY = "points only"
METHODS = (INTERPOLATED, POINTS_ONLY)
DEFAULT_MAX_GAP_S = 150.0  # ≈ 2.5 × a one-minute nominal interval (DOMAIN.md §5)
DEFAULT_MIN_VISIT_S = 60.0

#: Visit ``mode`` from its mean speed (path length inside ÷ duration). Our thresholds, not a
#: published standard: under 1.5 km/h is standing (a "stop"), up to 10 km/h on foot, faster in a vehicle.
#: GPS jitter adds apparent movement, so short stops may read as "foot".
STOP_KMH = 1.5
FOOT_KMH = 10.0
STOP, FOOT, VEHICLE = "stop", "foot", "vehicle"

VISIT_FIELDS = ("fence_id", "officer_id", "start_utc", "end_utc", "duration_s", "mode", "n_fixes")


@dataclass
class Fixes:
    """Usable fixes sorted by officer then time, and their data segments."""

    codes: np.ndarray  #: officer code of each fix (``officers[code]`` is the id)
    officers: np.ndarray
    t: np.ndarray  #: seconds after ``origin``
    x: np.ndarray
    y: np.ndarray
    speed: Optional[np.ndarray]  #: recorded km/h (NaN unknown), or None
    origin: float  #: UTC seconds of the first fix
    span: float  #: seconds from the first to after the last fix
    valid: np.ndarray  #: per consecutive pair: a data segment
    n_input: int
    n_dropped: int  #: fixes without officer, time or coordinates
    n_gaps: int  #: gaps longer than the maximum (no data)
    gap_s: float

    @property
    def segments(self) -> np.ndarray:
        """Index of the first fix of every data segment."""
        return np.nonzero(self.valid)[0]


def prepare_fixes(officer_id, t_utc, x, y, speed_kmh, max_gap_s: float, origin: Optional[float] = None) -> Fixes:
    """Fixes with an officer, a time and coordinates, sorted by officer then time (no copy when already so).

    ``t_utc``: seconds since 1970 UTC, ``datetime64`` or text (naive values are UTC). ``origin``: the
    UTC second relative times count from (default the first fix); a part of a larger set of fixes
    passes the whole set's, so its relative times are the same numbers bit for bit.
    """
    t = utc_seconds(t_utc, naive=UTC)
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
    origin = float(np.min(t)) if origin is None else float(origin)
    tr = t - origin
    valid = same & (dt > 0) & (dt <= max_gap_s)
    gaps = same & (dt > max_gap_s)
    return Fixes(
        codes=codes,
        officers=np.asarray(officers, dtype=object),
        t=tr,
        x=x,
        y=y,
        speed=spd,
        origin=origin,
        span=float(tr.max()) + 1.0,
        valid=valid,
        n_input=n_input,
        n_dropped=n_dropped,
        n_gaps=int(np.count_nonzero(gaps)),
        gap_s=float(dt[gaps].sum()),
    )


@dataclass
class Pieces:
    """Timed presence intervals: segment, fence, start, end (relative seconds), path length inside (m)."""

    segment: np.ndarray
    fence: np.ndarray
    start: np.ndarray
    end: np.ndarray
    length: np.ndarray
    day: Optional[np.ndarray] = None  #: policing day index, after :func:`split_at_day_starts`

    def select(self, keep: np.ndarray) -> Pieces:
        day = None if self.day is None else self.day[keep]
        return Pieces(self.segment[keep], self.fence[keep], self.start[keep], self.end[keep], self.length[keep], day)


@dataclass
class PassThrough:
    minutes: float = 0.0
    n_segments: int = 0


def timed_pieces(fixes: Fixes, where: Presence) -> Pieces:
    """Presence pieces with their times (exact fix times at the ends) and path length inside."""
    iseg, is0, is1 = where.segment, where.s_in, where.s_out
    t0, t1 = fixes.t[iseg], fixes.t[iseg + 1]
    seg_dt = t1 - t0
    ta = np.where(is0 <= 0.0, t0, t0 + is0 * seg_dt)
    tb = np.where(is1 >= 1.0, t1, t0 + is1 * seg_dt)
    seg_len = np.hypot(fixes.x[iseg + 1] - fixes.x[iseg], fixes.y[iseg + 1] - fixes.y[iseg])
    pieces = Pieces(iseg, where.fence, ta, tb, (is1 - is0) * seg_len)
    return pieces.select(tb > ta)


def drop_pass_through(fixes: Fixes, pieces: Pieces, max_speed_kmh: Optional[float]):
    """Pieces on segments faster than ``max_speed_kmh`` removed; returns ``(pieces, PassThrough)``.

    A segment's speed is the mean of the speeds recorded at its two fixes when known, else its
    length ÷ duration.
    """
    if max_speed_kmh is None or pieces.segment.size == 0:
        return pieces, PassThrough()
    iseg = pieces.segment
    seg_dt = fixes.t[iseg + 1] - fixes.t[iseg]
    seg_len = np.hypot(fixes.x[iseg + 1] - fixes.x[iseg], fixes.y[iseg + 1] - fixes.y[iseg])
    seg_speed = seg_len / seg_dt * 3.6
    if fixes.speed is not None:
        sa, sb = fixes.speed[iseg], fixes.speed[iseg + 1]
        known = (~np.isnan(sa)).astype(int) + (~np.isnan(sb)).astype(int)
        total = np.nan_to_num(sa) + np.nan_to_num(sb)
        with np.errstate(divide="ignore", invalid="ignore"):
            seg_speed = np.where(known > 0, total / np.maximum(known, 1), seg_speed)
    fast = seg_speed > max_speed_kmh
    stats = PassThrough(float((pieces.end - pieces.start)[fast].sum()) / 60.0, int(np.unique(iseg[fast]).size))
    return pieces.select(~fast), stats


def split_at_day_starts(pieces: Pieces, day_starts: np.ndarray) -> Pieces:
    """Pieces cut at each policing day's start (relative seconds), so no visit spans two days."""
    iseg, ifence, ta, tb, length = pieces.segment, pieces.fence, pieces.start, pieces.end, pieces.length
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
        length = np.concatenate([length, length[cut] * (1 - frac)])
        tb[cut] = nxt[cut]
        length[cut] *= frac
    return Pieces(iseg, ifence, ta, tb, length, day)


@dataclass
class Visits:
    """Visits of at least ``min_visit_s`` (relative seconds) and the drive-throughs left out."""

    code: np.ndarray  #: officer code
    fence: np.ndarray  #: fence index
    start: np.ndarray
    end: np.ndarray
    duration: np.ndarray  #: seconds present (may be less than end − start only across pieces that touch)
    length: np.ndarray  #: metres moved inside
    n_fixes: np.ndarray
    mode: np.ndarray
    present_min: float = 0.0  #: all presence, drive-throughs included
    n_drive_throughs: int = 0
    drive_through_min: float = 0.0


def group_visits(fixes: Fixes, pieces: Pieces, min_visit_s: float) -> Visits:
    """Touching pieces of one officer, fence and policing day joined into visits; short ones dropped."""
    icode = fixes.codes[pieces.segment]
    order = np.lexsort((pieces.start, pieces.day, pieces.fence, icode))
    icode, ifence, day, ta, tb, length = (
        a[order] for a in (icode, pieces.fence, pieces.day, pieces.start, pieces.end, pieces.length)
    )
    if ta.size:
        new = np.ones(ta.size, dtype=bool)
        new[1:] = (
            (icode[1:] != icode[:-1]) | (ifence[1:] != ifence[:-1]) | (day[1:] != day[:-1]) | (ta[1:] > tb[:-1] + TOUCH)
        )
        first = np.nonzero(new)[0]
        code, fence, start = icode[first], ifence[first], ta[first]
        end = np.maximum.reduceat(tb, first)
        duration = np.add.reduceat(tb - ta, first)
        moved = np.add.reduceat(length, first)
    else:
        code = fence = np.zeros(0, dtype=np.int64)
        start = end = duration = moved = np.zeros(0)
    present_s = float(duration.sum())
    keep = duration >= min_visit_s
    n_drive = int(np.count_nonzero(~keep))
    drive_s = float(duration[~keep].sum())
    code, fence, start, end, duration, moved = (a[keep] for a in (code, fence, start, end, duration, moved))
    return Visits(
        code,
        fence,
        start,
        end,
        duration,
        moved,
        _fixes_during(fixes, code, start, end),
        _mode(moved, duration),
        present_s / 60.0,
        n_drive,
        drive_s / 60.0,
    )


def _fixes_during(fixes: Fixes, code, start, end) -> np.ndarray:
    """Fixes of each visit's officer between its start and end (all inside it: presence is continuous).

    Searched officer by officer in the fixes' own times (sorted by officer, then time), so the count
    does not depend on which other officers are in the same set of fixes.
    """
    counts = np.zeros(code.size, dtype=np.int64)
    if not code.size:
        return counts
    run_start = np.searchsorted(fixes.codes, np.arange(len(fixes.officers) + 1), side="left")
    order = np.argsort(code, kind="stable")
    cuts = np.flatnonzero(np.diff(code[order])) + 1
    for rows in np.split(order, cuts):
        c = int(code[rows[0]])
        t = fixes.t[run_start[c] : run_start[c + 1]]
        lo = np.searchsorted(t, start[rows] - TOUCH, side="left")
        hi = np.searchsorted(t, end[rows] + TOUCH, side="right")
        counts[rows] = hi - lo
    return counts


def _mode(moved, duration) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_kmh = np.where(duration > 0, moved / duration * 3.6, 0.0)
    return np.where(mean_kmh < STOP_KMH, STOP, np.where(mean_kmh <= FOOT_KMH, FOOT, VEHICLE)).astype(object)


def day_starts(fixes: Fixes, day_start: str, tz: str):
    """The policing days around the fixes and when each starts (relative seconds)."""
    days, starts = policing_day_starts(fixes.origin, fixes.origin + fixes.span, day_start, tz)
    return days, starts - fixes.origin


def tracked(fixes: Fixes) -> Union:
    """When at least one officer was tracked: runs of consecutive data segments, united over officers (group 0)."""
    valid = fixes.valid
    run_start = valid.copy()
    run_start[1:] &= ~valid[:-1]
    run_end = valid.copy()
    run_end[:-1] &= ~valid[1:]
    a, b = fixes.t[np.nonzero(run_start)[0]], fixes.t[np.nonzero(run_end)[0] + 1]
    return Union.of(np.zeros(a.size, dtype=np.int64), a, b, fixes.span)


def visits_table(fixes: Fixes, visits: Visits, fence_ids) -> pd.DataFrame:
    """The visits as a frame (``VISIT_FIELDS``; UTC timestamps to the millisecond), by start then fence."""
    officers = fixes.officers[visits.code] if visits.code.size else np.zeros(0, dtype=object)
    return visit_frame(
        fixes.origin,
        officers,
        visits.fence,
        visits.start,
        visits.end,
        visits.duration,
        visits.mode,
        visits.n_fixes,
        fence_ids,
    )


def visit_frame(origin, officers, fence, start, end, duration, mode, n_fixes, fence_ids) -> pd.DataFrame:
    """The visits frame from its columns (times in seconds after ``origin``; ``fence`` indexes ``fence_ids``)."""

    def utc(seconds):
        ms = np.round((seconds + origin) * 1000.0).astype(np.int64)
        return pd.to_datetime(ms, unit="ms", utc=True)

    frame = pd.DataFrame(
        {
            "fence_id": [fence_ids[f] for f in fence],
            "officer_id": officers,
            "start_utc": utc(start),
            "end_utc": utc(end),
            "duration_s": duration,
            "mode": mode,
            "n_fixes": n_fixes,
        },
        columns=list(VISIT_FIELDS),
    )
    if len(frame) and _sortable(fence_ids):
        frame = frame.sort_values(["start_utc", "fence_id"], kind="stable").reset_index(drop=True)
    return frame


def _sortable(values) -> bool:
    try:
        sorted(set(values))
        return True
    except TypeError:
        return False
