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

*Compliance* against taskings (``tasking.read_windows``: treated windows, ISO 8601 instants or
clock times on the policing date) is in ``compliance``: per tasking (delivered patrol-minutes in
its window, covered when any officer has tracking data — a segment, anywhere — during the window;
an uncovered tasking is *no data*), and per fence as the sum of its taskings.

The rooms: ``clip`` (segments × fences, vectorised), ``visits`` (fixes → visits), ``compliance``
(taskings), and :func:`compute_dwell` here, which runs them in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..intervals import Union
from ..progress import ProgressCallback, report, scaled
from ..tasking import read_windows
from ..timeutil import DEFAULT_DAY_START, DEFAULT_TIMEZONE, check_timezone, day_start_clock
from .clip import prepare_fences, presence
from .compliance import NO_DATA, TASKING_FIELDS, fence_compliance, fence_owners, tasking_compliance
from .visits import (
    DEFAULT_MAX_GAP_S,
    DEFAULT_MIN_VISIT_S,
    INTERPOLATED,
    METHODS,
    POINTS_ONLY,
    day_starts,
    drop_pass_through,
    group_visits,
    prepare_fixes,
    split_at_day_starts,
    timed_pieces,
    tracked,
    visits_table,
)

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


@dataclass
class DwellResult:
    """Output of :func:`compute_dwell`.

    ``visits``: one row per visit (``visits.VISIT_FIELDS``; times are pandas UTC timestamps,
    ``duration_s`` seconds). ``fences``: one row per input fence, in input order (``fence_id`` +
    ``FENCE_FIELDS``). ``taskings``: one row per tasking matched to a fence
    (``compliance.TASKING_FIELDS``). ``summary``: counts for the log.
    """

    visits: pd.DataFrame
    fences: pd.DataFrame
    taskings: pd.DataFrame
    summary: Dict[str, object] = field(default_factory=dict)


def fence_table(fence_ids, officer_s, n_visits, patrol_s, compliance) -> pd.DataFrame:
    """One row per fence: ``fence_id`` + ``FENCE_FIELDS`` from the seconds, the counts and the compliance columns."""
    return pd.DataFrame(
        {
            "fence_id": fence_ids,
            "dwell_min": np.where(n_visits > 0, officer_s / np.maximum(n_visits, 1) / 60.0, 0.0),
            "officer_min": officer_s / 60.0,
            "patrol_min": patrol_s / 60.0,
            "visits": np.asarray(n_visits).astype(np.int64),
            **compliance,
        }
    )


def settings_summary(method, max_gap_s, min_visit_s, max_speed_kmh, buffer_m, day_start, tz) -> Dict[str, object]:
    """The settings as the summary reports them."""
    return {
        "method": method,
        "max_gap_s": max_gap_s,
        "min_visit_s": min_visit_s,
        "max_speed_kmh": max_speed_kmh,
        "buffer_m": buffer_m,
        "day_start": day_start,
        "timezone": tz,
    }


def check_fences(fences, fence_ids):
    """The fences and their ids as lists (ids default 0..n-1); no fence, or one id too many or few, is an error."""
    fences = list(fences)
    if not fences:
        raise HotspotInputError("There are no geofences. Choose a polygon layer with at least one fence.")
    fence_ids = list(range(len(fences))) if fence_ids is None else list(fence_ids)
    if len(fence_ids) != len(fences):
        raise HotspotInputError("There must be one fence id per fence.")
    return fences, fence_ids


def check_settings(method, max_gap_s, min_visit_s, max_speed_kmh, buffer_m, day_start, tz) -> None:
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
    day_start_clock(day_start)
    check_timezone(tz)


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
    """Visits, dwell and compliance per fence and per tasking (the package docstring has every definition).

    ``officer_id``: one id per fix (any type); ``t_utc``: seconds since 1970 UTC (int or float),
    ``datetime64`` or ISO 8601 text (naive values UTC); ``x``, ``y``: metres in a projected CRS;
    ``speed_kmh``: optional recorded speed per fix (km/h, NaN unknown). ``fences``: shapely polygons
    in the same CRS; ``fence_ids``: their ids (default 0..n-1). ``method``: ``INTERPOLATED`` or
    ``POINTS_ONLY``. ``max_gap_s``, ``min_visit_s`` seconds; ``max_speed_kmh`` km/h or None;
    ``buffer_m`` metres; ``day_start`` ``HH:MM`` local time in ``tz``. ``taskings``: optional
    schedule rows (``tasking.read_windows``). Inputs are never modified.
    """
    check_settings(method, max_gap_s, min_visit_s, max_speed_kmh, buffer_m, day_start, tz)
    fences, fence_ids = check_fences(fences, fence_ids)

    fixes = prepare_fixes(officer_id, t_utc, x, y, speed_kmh, max_gap_s)
    report(progress, 0.02)
    segments = fixes.segments
    report(progress, 0.08)
    prepared = prepare_fences(fences, buffer_m)
    where = presence(
        fixes.x, fixes.y, segments, prepared, method == POINTS_ONLY, chunk_size, scaled(progress, 0.08, 0.85)
    )
    pieces, passing = drop_pass_through(fixes, timed_pieces(fixes, where), max_speed_kmh)
    del where
    day_dates, starts = day_starts(fixes, day_start, tz)
    visits = group_visits(fixes, split_at_day_starts(pieces, starts), min_visit_s)
    del pieces
    report(progress, 0.9)

    n_f = len(fences)
    officer_s = np.bincount(visits.fence, weights=visits.duration, minlength=n_f)
    n_visits = np.bincount(visits.fence, minlength=n_f)
    patrol = Union.of(visits.fence, visits.start, visits.end, fixes.span)
    coverage = tracked(fixes)

    windows, n_skipped = read_windows(taskings, day_start, tz)
    owners, n_unmatched = fence_owners(windows, fence_ids)
    per_tasking = tasking_compliance(
        windows, owners, fence_ids, patrol, visits.fence, visits.start, visits.end, coverage, fixes.origin
    )
    compliance = fence_compliance(per_tasking, n_f)
    fences_frame = fence_table(fence_ids, officer_s, n_visits, patrol.length(n_f), compliance)
    task_frame = per_tasking[list(TASKING_FIELDS)].reset_index(drop=True)
    summary = {
        **settings_summary(method, max_gap_s, min_visit_s, max_speed_kmh, buffer_m, day_start, tz),
        "n_input": fixes.n_input,
        "n_dropped": fixes.n_dropped,
        "n_fixes": int(fixes.t.size),
        "n_officers": int(len(fixes.officers)),
        "n_segments": int(segments.size),
        "n_gaps": fixes.n_gaps,
        "gap_hours": fixes.gap_s / 3600.0,
        "coverage_hours": float(coverage.length(1).sum()) / 3600.0,
        "first_utc": pd.Timestamp(fixes.origin, unit="s", tz="UTC"),
        "last_utc": pd.Timestamp(fixes.origin + fixes.span - 1.0, unit="s", tz="UTC"),
        "n_fences": n_f,
        "n_empty_fences": prepared.n_empty,
        "n_rectangles": int(prepared.is_rect.sum()),
        "present_min": visits.present_min,
        "pass_through_min": passing.minutes,
        "n_pass_through_segments": passing.n_segments,
        "n_drive_throughs": visits.n_drive_throughs,
        "drive_through_min": visits.drive_through_min,
        "n_visits": int(visits.code.size),
        "n_taskings": int(len(task_frame)),
        "n_taskings_skipped": n_skipped,
        "n_taskings_unmatched": n_unmatched,
        "n_taskings_no_data": int((task_frame["status"] == NO_DATA).sum()),
        "policing_days": len(day_dates),
    }
    report(progress, 1.0)
    return DwellResult(visits_table(fixes, visits, fence_ids), fences_frame, task_frame, summary)
