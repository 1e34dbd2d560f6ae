"""The exception report: the per-tasking compliance table as a supervisor reads it, and its summary (DOMAIN.md §5).

Nothing is measured here. The rows are ``core.dwell.compliance``'s per-tasking table — the one
definition of delivered minutes, of the statuses and of *no data* (no tracking data during the
tasked window) — either as *Dwell and compliance* wrote it (``OUTPUT_TASKINGS``), or computed by
:func:`~hotspot_plugin.core.dwell.compliance.compliance_from_visits` when only the visits are at
hand (tracking then estimated from the visits, as that function says). Minutes are rounded to 0.1;
the minutes of a *no data* tasking are unknown (None). The summary adds them up by day, shift and
place, over the taskings with data.
"""

from __future__ import annotations

from typing import Dict, List, Sequence, Tuple

import numpy as np
import pandas as pd

from .dwell.compliance import MET, NO_DATA, NOT_MET, PARTLY_MET, TASKING_STATUSES, compliance_from_visits
from .errors import HotspotInputError
from .ids import id_text, is_blank
from .tasking import read_windows
from .timeutil import DEFAULT_DAY_START, DEFAULT_TIMEZONE, UTC, utc_seconds

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
_MINUTES = ("tasked_min", "delivered_min", "officer_min", "shortfall_min")


def _minutes(value):
    return None if is_blank(value) else round(float(value), 1)


def report_rows(table) -> List[dict]:
    """``REPORT_FIELDS`` rows from per-tasking rows (a frame or dicts with ``TASKING_FIELDS``).

    ``window_start``/``window_end`` are the tasking's window instants (``window_*_utc``).
    """
    records = table.to_dict("records") if hasattr(table, "to_dict") else [dict(r) for r in table]
    rows = []
    for record in records:
        row = {name: record.get(name) for name in REPORT_FIELDS}
        row["window_start"] = record.get("window_start_utc", row["window_start"])
        row["window_end"] = record.get("window_end_utc", row["window_end"])
        row.update({name: _minutes(record.get(name)) for name in _MINUTES})
        row["visits"] = 0 if is_blank(record.get("visits")) else int(record["visits"])
        rows.append(row)
    return rows


def status_counts(rows: Sequence[dict]) -> Dict[str, int]:
    """How many rows have each status (``TASKING_STATUSES``)."""
    return {status: sum(1 for r in rows if r["status"] == status) for status in TASKING_STATUSES}


def _total(rows: Sequence[dict], name: str) -> float:
    return float(np.nansum([r[name] for r in rows if r[name] is not None])) if rows else 0.0


def summarise(rows: Sequence[dict]) -> List[dict]:
    """Totals and status counts by day, by shift and by place (``SUMMARY_FIELDS``), sorted by key.

    ``tasked_min`` counts every tasking; ``delivered_min``, ``shortfall_min`` and ``delivered_pct``
    only those with data (a *no data* tasking's minutes are unknown).
    """
    out = []
    for level, key_field in (("day", "date"), ("shift", "shift"), ("place", "fence_id")):
        groups: Dict[str, List[dict]] = {}
        for row in rows:
            groups.setdefault(str(row.get(key_field)), []).append(row)
        for key in sorted(groups):
            group = groups[key]
            known = [r for r in group if r["status"] != NO_DATA]
            tasked_known = _total(known, "tasked_min")
            delivered = _total(known, "delivered_min")
            counts = status_counts(group)
            out.append(
                {
                    "level": level,
                    "key": key,
                    "taskings": len(group),
                    "tasked_min": round(_total(group, "tasked_min"), 1),
                    "delivered_min": round(delivered, 1),
                    "shortfall_min": round(_total(known, "shortfall_min"), 1),
                    "met": counts[MET],
                    "partly_met": counts[PARTLY_MET],
                    "not_met": counts[NOT_MET],
                    "no_data": counts[NO_DATA],
                    "delivered_pct": round(100.0 * delivered / tasked_known, 1) if tasked_known > 0 else None,
                }
            )
    return out


def visits_frame(rows: Sequence[dict]) -> pd.DataFrame:
    """Visits (``fence_key, officer_id, start_s, end_s``) from rows with ``fence_id, officer_id, start_utc,
    end_utc``; times are DateTimes or ISO 8601 text, naive ones UTC (as Dwell and compliance writes them).

    Rows without a fence or a time are left out; a visit that ends before it starts is an error.
    """
    rows = [
        r
        for r in rows
        if not (is_blank(r.get("fence_id")) or is_blank(r.get("start_utc")) or is_blank(r.get("end_utc")))
    ]
    start = utc_seconds([r["start_utc"] for r in rows], naive=UTC)
    end = utc_seconds([r["end_utc"] for r in rows], naive=UTC)
    bad = np.flatnonzero(~np.isfinite(start) | ~np.isfinite(end))
    if bad.size:
        row = rows[int(bad[0])]
        raise HotspotInputError(
            f"Visit {int(bad[0]) + 1} has a time that could not be read ({row['start_utc']} → {row['end_utc']}). "
            "Give ISO 8601 instants like 2026-03-02T21:15:00Z."
        )
    backwards = np.flatnonzero(end < start)
    if backwards.size:
        row = rows[int(backwards[0])]
        raise HotspotInputError(
            f"Visit {int(backwards[0]) + 1} ends before it starts ({row['start_utc']} → {row['end_utc']})."
        )
    return pd.DataFrame(
        {
            "fence_key": [id_text(r["fence_id"]) for r in rows],
            "officer_id": [str(r.get("officer_id") or "") for r in rows],
            "start_s": start,
            "end_s": end,
        }
    )


def from_visits(
    taskings,
    visits: Sequence[dict],
    tolerance_min: float = 0.0,
    day_start: str = DEFAULT_DAY_START,
    tz: str = DEFAULT_TIMEZONE,
) -> Tuple[List[dict], List[dict]]:
    """Report rows and summary for a schedule and visits alone (tracking estimated from the visits).

    ``taskings``: the schedule's rows (``tasking.read_windows``); ``visits``: rows as for
    :func:`visits_frame`; ``tolerance_min`` widens every window on both sides.
    """
    windows, _ = read_windows(taskings, day_start, tz)
    rows = report_rows(compliance_from_visits(windows, visits_frame(visits), day_start, tz, tolerance_min))
    return rows, summarise(rows)
