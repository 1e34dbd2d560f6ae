"""The driver: dwell and compliance of a Parquet fixes dataset, one policing day per task, reduced exactly.

Exact because a visit never crosses a policing day (the dwell core cuts them at the day start), so
every visit is found whole by the day it belongs to; the patrol-minute union of a fence is the sum of
its per-day unions; a tasking's delivered minutes are the sum of each day's union inside its window;
tracking coverage is an "any day" test. A segment across the day start is in both days' tasks (each
day gets every officer's last fix before it and first fix after it, its *halo*), and each day keeps
only the presence inside itself. Every day uses the whole dataset's time origin, so the visits' times
are the same numbers as in one process, bit for bit.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..dwell import DwellResult, check_fences, check_settings, fence_table, settings_summary
from ..dwell.clip import prepare_fences
from ..dwell.compliance import (
    NO_DATA,
    TASKING_FIELDS,
    fence_compliance,
    fence_owners,
    tasking_pairs,
    tasking_table,
)
from ..dwell.visits import DEFAULT_MAX_GAP_S, DEFAULT_MIN_VISIT_S, INTERPOLATED, visit_frame
from ..errors import HotspotInputError
from ..progress import ProgressCallback, report, scaled
from ..tasking import read_windows
from ..timeutil import DEFAULT_DAY_START, DEFAULT_TIMEZONE
from ..timeutil.policing import policing_day_bounds, policing_day_starts
from .cluster import Runner
from .layout import open_dataset
from .worker import HALO_COLUMNS, day_dwell, day_edges

SUMS = ("officer_s", "n_visits", "patrol_s", "task_delivered_s", "task_officer_s", "task_visits", "task_tracked_s")
COUNTS = (
    "n_input",
    "n_dropped",
    "n_fixes",
    "n_segments",
    "n_gaps",
    "gap_s",
    "coverage_s",
    "present_min",
    "pass_through_min",
    "n_pass_through_segments",
    "n_drive_throughs",
    "drive_through_min",
)


def _check_layout(ds, edges, day_start: str, tz: str) -> None:
    if (ds.day_start, ds.timezone) != (day_start, tz):
        raise HotspotInputError(
            f"The fixes dataset {ds.root} is partitioned by policing days starting at {ds.day_start} {ds.timezone}, "
            f"but this run's policing day starts at {day_start} {tz}. Use {ds.day_start} {ds.timezone}, or write the "
            "dataset again with this day start (Import tracks or python -m hotspot_plugin.core.dask_scale import)."
        )
    bounds = [policing_day_bounds(d, 1, day_start, tz) for d in ds.days]
    for d, (lo, hi), e in zip(ds.days, bounds, edges):
        if np.isfinite(e["t_min"]) and not (lo <= e["t_min"] and e["t_max"] < hi):
            raise HotspotInputError(
                f"The folder day={d} of {ds.root} holds fixes outside policing day {d}: the dataset was not written "
                "by this plugin, or was changed by hand. Write it again (Import tracks, Parquet output)."
            )


def halos(edges: List[Dict[str, object]], max_gap_s: float) -> List[Dict[str, pd.DataFrame]]:
    """For each day: each officer's last usable fix before it and first after it (``before``, ``after``).

    Officers present on the day get both (when they exist); an officer absent from the day gets both
    only when one segment of theirs spans it (consecutive fixes at most ``max_gap_s`` apart).
    """
    n = len(edges)
    first = pd.concat([e["first"].assign(day=i) for i, e in enumerate(edges)], ignore_index=True)
    last = pd.concat([e["last"].assign(day=i) for i, e in enumerate(edges)], ignore_index=True)
    empty = pd.DataFrame({c: pd.Series(dtype=first[c].dtype) for c in HALO_COLUMNS})
    out = [{"before": [], "after": []} for _ in range(n)]
    if len(first):
        order = np.lexsort((first["day"].to_numpy(), pd.factorize(first["officer_id"])[0]))
        first, last = first.iloc[order].reset_index(drop=True), last.iloc[order].reset_index(drop=True)
        same_next = np.zeros(len(first), dtype=bool)
        same_next[:-1] = first["officer_id"].to_numpy()[1:] == first["officer_id"].to_numpy()[:-1]
        rows = np.arange(len(first))
        prev_rows, next_rows = rows[:-1][same_next[:-1]], rows[1:][same_next[:-1]]
        day = first["day"].to_numpy()
        before = last.iloc[prev_rows].assign(day=day[next_rows])
        after = first.iloc[next_rows].assign(day=day[prev_rows])
        # A segment over whole days the officer is absent from: both its fixes go to every day between.
        spans = (first["t"].to_numpy()[next_rows] - last["t"].to_numpy()[prev_rows] <= max_gap_s) & (
            day[next_rows] - day[prev_rows] > 1
        )
        extra_before, extra_after = [], []
        for p, q in zip(prev_rows[spans], next_rows[spans]):
            for k in range(day[p] + 1, day[q]):
                extra_before.append(last.iloc[[p]].assign(day=k))
                extra_after.append(first.iloc[[q]].assign(day=k))
        before = pd.concat([before] + extra_before, ignore_index=True)
        after = pd.concat([after] + extra_after, ignore_index=True)
        for key, frame in (("before", before), ("after", after)):
            for k, part in frame.groupby("day", sort=False):
                out[int(k)][key] = part
    return [
        {
            key: (v if isinstance(v, pd.DataFrame) else empty)[list(HALO_COLUMNS)].reset_index(drop=True)
            for key, v in h.items()
        }
        for h in out
    ]


def dwell_parquet(
    root: str,
    fences: Sequence,
    fence_ids: Optional[Sequence] = None,
    method: str = INTERPOLATED,
    max_gap_s: float = DEFAULT_MAX_GAP_S,
    min_visit_s: float = DEFAULT_MIN_VISIT_S,
    max_speed_kmh: Optional[float] = None,
    buffer_m: float = 0.0,
    day_start: str = DEFAULT_DAY_START,
    tz: str = DEFAULT_TIMEZONE,
    taskings=None,
    scheduler=None,
    n_workers: Optional[int] = None,
    progress: ProgressCallback = None,
    chunk_size: int = 1_000_000,
    log=None,
) -> DwellResult:
    """:func:`..dwell.compute_dwell` of the fixes dataset in folder ``root`` (see :mod:`.layout`), day by day.

    ``scheduler``: None or "" (in process, one day at a time), ``"local"`` (a LocalCluster of
    ``n_workers``), an address (``tcp://host:8786``) or a ``distributed.Client``. Fences and fence
    ids as for ``compute_dwell``, in the dataset's CRS. ``log(text)`` gets what ran where.
    """
    check_settings(method, max_gap_s, min_visit_s, max_speed_kmh, buffer_m, day_start, tz)
    fences, fence_ids = check_fences(fences, fence_ids)
    ds = open_dataset(root)
    prepared = prepare_fences(fences, buffer_m)
    windows, n_skipped = read_windows(taskings, day_start, tz)
    owners, n_unmatched = fence_owners(windows, fence_ids)
    t_idx, t_fence = tasking_pairs(owners)

    with Runner(scheduler, n_workers) as runner:
        if log is not None:
            log(f"Dask: {runner.where}; {len(ds.days):,} policing days of fixes in {root}")
        files = [ds.files(d) for d in ds.days]
        jobs = [(f, ds.edge_files(d)) for f, d in zip(files, ds.days)]
        edges = runner.map(day_edges, jobs, progress=scaled(progress, 0.0, 0.1))
        _check_layout(ds, edges, day_start, tz)
        t_min = np.array([e["t_min"] for e in edges])
        if not np.isfinite(t_min).any():
            raise HotspotInputError("No fix has an officer, a time and coordinates: there is nothing to measure.")
        origin = float(np.nanmin(t_min))
        last = float(np.nanmax([e["t_max"] for e in edges]))
        span = last - origin + 1.0
        settings = {
            "method": method,
            "max_gap_s": max_gap_s,
            "min_visit_s": min_visit_s,
            "max_speed_kmh": max_speed_kmh,
            "day_start": day_start,
            "tz": tz,
            "chunk_size": chunk_size,
        }
        lo = windows["start_s"].to_numpy(dtype=float)[t_idx] - origin if t_idx.size else np.zeros(0)
        hi = windows["end_s"].to_numpy(dtype=float)[t_idx] - origin if t_idx.size else np.zeros(0)
        with_fixes = [k for k, e in enumerate(edges) if np.isfinite(e["t_min"])]
        around = halos([edges[k] for k in with_fixes], max_gap_s)
        tasks = []
        for j, k in enumerate(with_fixes):
            nxt = ds.days[with_fixes[j + 1]] if j + 1 < len(with_fixes) else None
            tasks.append(
                {
                    "files": files[k],
                    "day": ds.days[k] if j else None,
                    "next_day": nxt,
                    "before": around[j]["before"],
                    "after": around[j]["after"],
                    "origin": origin,
                    "span": span,
                    "settings": settings,
                    "n_fences": len(fences),
                    "t_fence": t_fence,
                    "t_lo": lo,
                    "t_hi": hi,
                }
            )
        parts = runner.map(day_dwell, tasks, shared=prepared, progress=scaled(progress, 0.1, 0.95))
    report(progress, 0.96)
    found = dict(
        ds=ds,
        fence_ids=fence_ids,
        prepared=prepared,
        windows=windows,
        n_skipped=n_skipped,
        n_unmatched=n_unmatched,
        t_idx=t_idx,
        t_fence=t_fence,
        origin=origin,
        span=span,
    )
    return _reduce(parts, settings, buffer_m, **found)


def _reduce(
    parts, settings, buffer_m, *, ds, fence_ids, prepared, windows, n_skipped, n_unmatched, t_idx, t_fence, origin, span
) -> DwellResult:
    total = {k: sum(p[k] for p in parts) for k in SUMS + COUNTS}
    v = {k: np.concatenate([p["visits"][k] for p in parts]) for k in parts[0]["visits"]}
    visits = visit_frame(
        origin, v["officer_id"], v["fence"], v["start"], v["end"], v["duration"], v["mode"], v["n_fixes"], fence_ids
    )
    n_f = len(fence_ids)
    if t_idx.size:
        per_tasking = tasking_table(
            windows,
            t_idx,
            t_fence,
            fence_ids,
            total["task_delivered_s"] / 60.0,
            total["task_officer_s"] / 60.0,
            total["task_visits"],
            total["task_tracked_s"] > 0,
        )
    else:
        per_tasking = pd.DataFrame(columns=list(TASKING_FIELDS) + ["fence"])
    compliance = fence_compliance(per_tasking, n_f)
    fences_frame = fence_table(fence_ids, total["officer_s"], total["n_visits"], total["patrol_s"], compliance)
    task_frame = per_tasking[list(TASKING_FIELDS)].reset_index(drop=True)
    officers = np.unique(np.concatenate([p["officers"] for p in parts]))
    n_no_data = int((task_frame["status"] == NO_DATA).sum())
    summary = {
        **settings_summary(
            settings["method"],
            settings["max_gap_s"],
            settings["min_visit_s"],
            settings["max_speed_kmh"],
            buffer_m,
            settings["day_start"],
            settings["tz"],
        ),
        "n_input": int(total["n_input"]) + ds.n_no_time,
        "n_dropped": int(total["n_dropped"]) + ds.n_no_time,
        "n_fixes": int(total["n_fixes"]),
        "n_officers": int(officers.size),
        "n_segments": int(total["n_segments"]),
        "n_gaps": int(total["n_gaps"]),
        "gap_hours": total["gap_s"] / 3600.0,
        "coverage_hours": total["coverage_s"] / 3600.0,
        "first_utc": pd.Timestamp(origin, unit="s", tz="UTC"),
        "last_utc": pd.Timestamp(origin + span - 1.0, unit="s", tz="UTC"),
        "n_fences": n_f,
        "n_empty_fences": prepared.n_empty,
        "n_rectangles": int(prepared.is_rect.sum()),
        "present_min": total["present_min"],
        "pass_through_min": total["pass_through_min"],
        "n_pass_through_segments": int(total["n_pass_through_segments"]),
        "n_drive_throughs": int(total["n_drive_throughs"]),
        "drive_through_min": total["drive_through_min"],
        "n_visits": int(len(visits)),
        "n_taskings": int(len(task_frame)),
        "n_taskings_skipped": n_skipped,
        "n_taskings_unmatched": n_unmatched,
        "n_taskings_no_data": n_no_data,
        "policing_days": len(policing_day_starts(origin, origin + span, settings["day_start"], settings["tz"])[0]),
        "dataset_days": len(ds.days),
    }
    return DwellResult(visits, fences_frame, task_frame, summary)
