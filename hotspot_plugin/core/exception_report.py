"""Tasked versus delivered patrol minutes, one row per tasking, and an exception summary (DOMAIN.md §5).

Definitions (written with the results):

- *delivered minutes* of a tasking: the minutes inside its window (widened by ``tolerance_min``
  each side) during which at least one officer was in the place — the union of the visits at that
  ``fence_id`` (patrol-minutes, so a pair counts once). ``officer_min`` is the sum over officers.
- status: ``met`` when delivered ≥ tasked; ``partly met`` when 0 < delivered < tasked; ``not met``
  when nothing was delivered although tracking data exist for that day; ``no data`` when no visit
  at all (any place, any officer) overlaps the span of that day's tasked windows — the tracks were
  not imported or tracking was off — or when only visits with mode ``no data`` touch the window.
- fence ids are compared as text, so integer and text ids join.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Dict, List, Optional, Sequence, Tuple

from .errors import HotspotInputError
from .tasking import TREATMENT, parse_instant

MET = "met"
PARTLY = "partly met"
NOT_MET = "not met"
NO_DATA = "no data"
STATUSES = (MET, PARTLY, NOT_MET, NO_DATA)
REPORT_FIELDS = (
    "task_id",
    "date",
    "shift",
    "fence_id",
    "team",
    "window_start",
    "window_end",
    "tasked_min",
    "delivered_min",
    "officer_min",
    "shortfall_min",
    "visits",
    "status",
)
SUMMARY_FIELDS = (
    "level",
    "key",
    "taskings",
    "tasked_min",
    "delivered_min",
    "shortfall_min",
    "met",
    "partly_met",
    "not_met",
    "no_data",
    "delivered_pct",
)


@dataclass
class Visit:
    fence_id: str
    officer_id: str
    start: datetime
    end: datetime
    mode: str = ""


def _clean_id(value) -> str:
    """Ids as text; 12.0 from a float column becomes '12' so it joins with the integer 12."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def make_visits(rows: Sequence[dict]) -> List[Visit]:
    """Visits from dicts with ``fence_id, officer_id, start_utc, end_utc`` (and optional ``mode``).

    Times are ISO 8601 strings or datetimes; naive times are UTC (as ``hotspot:dwellcompliance`` writes).
    """
    visits = []
    for n, row in enumerate(rows, start=1):
        if row.get("fence_id") is None or row.get("start_utc") is None or row.get("end_utc") is None:
            continue
        start, end = parse_instant(row["start_utc"]), parse_instant(row["end_utc"])
        if end < start:
            raise HotspotInputError(f"Visit {n} ends before it starts ({row['start_utc']} → {row['end_utc']}).")
        visits.append(
            Visit(_clean_id(row["fence_id"]), str(row.get("officer_id") or ""), start, end, str(row.get("mode") or ""))
        )
    return visits


class VisitIndex:
    """Visits sorted by start, to find those overlapping a window without scanning them all."""

    def __init__(self, visits: Sequence[Visit]):
        self.visits = sorted(visits, key=lambda v: (v.start, v.end))
        self.starts = [v.start for v in self.visits]
        self.longest = max((v.end - v.start for v in self.visits), default=timedelta(0))

    def overlapping(self, lo: datetime, hi: datetime) -> List[Visit]:
        """Visits with start < hi and end > lo."""
        first = bisect_left(self.starts, lo - self.longest)
        last = bisect_left(self.starts, hi)
        return [v for v in self.visits[first:last] if v.end > lo]


def _union_minutes(intervals: List[Tuple[datetime, datetime]]) -> float:
    total = 0.0
    current: Optional[Tuple[datetime, datetime]] = None
    for start, end in sorted(intervals):
        if current is None or start > current[1]:
            if current is not None:
                total += (current[1] - current[0]).total_seconds()
            current = (start, end)
        elif end > current[1]:
            current = (current[0], end)
    if current is not None:
        total += (current[1] - current[0]).total_seconds()
    return total / 60.0


def exception_report(
    taskings: Sequence[dict],
    visits: Sequence[Visit],
    tolerance_min: float = 0.0,
) -> Tuple[List[dict], List[dict]]:
    """One row per treated tasking (``REPORT_FIELDS``) and summary rows by day, shift and place.

    ``taskings`` are dicts with the schedule's fields; rows without a window (control and washout
    place-days) or with 0 minutes (cancelled by hand) are skipped. Minutes are rounded to 0.1.
    """
    tolerance = timedelta(minutes=max(0.0, float(tolerance_min)))
    tasked_rows = []
    for row in taskings:
        arm = str(row.get("arm") or TREATMENT)
        if arm != TREATMENT or not row.get("window_start") or not row.get("window_end"):
            continue
        if float(row.get("minutes") or 0) <= 0:  # cancelled by hand: nothing was asked for
            continue
        start, end = parse_instant(row["window_start"]), parse_instant(row["window_end"])
        tasked_rows.append((row, start, end))
    # The span tracked each day: from the day's first window to its last.
    spans: Dict[str, Tuple[datetime, datetime]] = {}
    for row, start, end in tasked_rows:
        key = str(row.get("date"))
        lo, hi = spans.get(key, (start, end))
        spans[key] = (min(lo, start), max(hi, end))
    tracked = VisitIndex([v for v in visits if v.mode != NO_DATA])
    by_fence: Dict[str, List[Visit]] = {}
    for visit in visits:
        by_fence.setdefault(visit.fence_id, []).append(visit)
    fence_index = {fence: VisitIndex(group) for fence, group in by_fence.items()}
    has_data = {day: bool(tracked.overlapping(lo, hi)) for day, (lo, hi) in spans.items()}
    report_rows = []
    empty = VisitIndex([])
    for row, start, end in tasked_rows:
        lo, hi = start - tolerance, end + tolerance
        fence = _clean_id(row.get("fence_id"))
        touching = fence_index.get(fence, empty).overlapping(lo, hi)
        real = [v for v in touching if v.mode != NO_DATA]
        clipped = [(max(v.start, lo), min(v.end, hi)) for v in real]
        delivered = _union_minutes(clipped)
        officer = sum((b - a).total_seconds() for a, b in clipped) / 60.0
        tasked = float(row.get("minutes") or 0.0)
        delivered = min(delivered, (hi - lo).total_seconds() / 60.0)
        if delivered >= tasked - 1e-9 and tasked > 0:
            status = MET
        elif delivered > 0:
            status = PARTLY
        elif not has_data.get(str(row.get("date")), False) or (touching and not real):
            status = NO_DATA
        else:
            status = NOT_MET
        report_rows.append(
            {
                "task_id": row.get("task_id"),
                "date": row.get("date"),
                "shift": row.get("shift"),
                "fence_id": fence,
                "team": row.get("team"),
                "window_start": row.get("window_start"),
                "window_end": row.get("window_end"),
                "tasked_min": round(tasked, 1),
                "delivered_min": round(delivered, 1),
                "officer_min": round(officer, 1),
                "shortfall_min": round(max(0.0, tasked - delivered), 1),
                "visits": len(real),
                "status": status,
            }
        )
    return report_rows, summarise(report_rows)


def summarise(rows: Sequence[dict]) -> List[dict]:
    """Totals and status counts by day, by shift and by place (``SUMMARY_FIELDS``), sorted by key."""
    out = []
    for level, key_field in (("day", "date"), ("shift", "shift"), ("place", "fence_id")):
        groups: Dict[str, List[dict]] = {}
        for row in rows:
            groups.setdefault(str(row.get(key_field)), []).append(row)
        for key in sorted(groups):
            group = groups[key]
            tasked = sum(r["tasked_min"] for r in group)
            delivered = sum(r["delivered_min"] for r in group)
            counts = {s: sum(1 for r in group if r["status"] == s) for s in STATUSES}
            out.append(
                {
                    "level": level,
                    "key": key,
                    "taskings": len(group),
                    "tasked_min": round(tasked, 1),
                    "delivered_min": round(delivered, 1),
                    "shortfall_min": round(sum(r["shortfall_min"] for r in group), 1),
                    "met": counts[MET],
                    "partly_met": counts[PARTLY],
                    "not_met": counts[NOT_MET],
                    "no_data": counts[NO_DATA],
                    "delivered_pct": round(100.0 * delivered / tasked, 1) if tasked > 0 else None,
                }
            )
    return out
