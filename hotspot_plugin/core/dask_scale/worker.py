"""What a Dask worker runs for one policing day: plain functions of numpy, pandas, shapely and pyarrow.

:func:`day_edges` reads a day and returns each officer's first and last usable fix (the halos of the
neighbouring days). :func:`day_dwell` reads a day, adds the halo fixes (each officer's last fix before
the day and first fix after it), runs the dwell core (``..dwell``) with the whole dataset's time origin,
keeps what the day owns (presence in its policing day — and in any empty days after it — and the
segments that start on it) and returns the partial sums the driver adds up.
"""

from __future__ import annotations

from datetime import date
from typing import Dict, Optional

import numpy as np
import pandas as pd

from ..dwell.clip import presence
from ..dwell.visits import (
    POINTS_ONLY,
    day_starts,
    drop_pass_through,
    group_visits,
    prepare_fixes,
    split_at_day_starts,
    timed_pieces,
    tracked,
)
from ..intervals import Union, summed_overlap
from ..timeutil.instants import wall_to_utc
from ..timeutil.policing import day_start_clock
from .layout import read_day, read_edges

HALO_COLUMNS = ("officer_id", "t", "x", "y", "speed_kmh")


def _edge_rows(cols, usable):
    """Each officer's first and last usable row (in sorted order: by officer, then time, ties by position)."""
    codes = cols["officer_code"] if "officer_code" in cols else pd.factorize(cols["officer_id"])[0]
    rows = np.flatnonzero(usable)
    order = rows[np.lexsort((cols["t"][rows], codes[rows]))]
    c = codes[order]
    if not c.size:
        return order, order
    return order[np.concatenate([[True], c[1:] != c[:-1]])], order[np.concatenate([c[1:] != c[:-1], [True]])]


def _frame(cols, rows) -> pd.DataFrame:
    if "officer_code" in cols:
        officer = cols["officer_names"][cols["officer_code"][rows]]
    else:
        officer = cols["officer_id"][rows]
    return pd.DataFrame({"officer_id": officer, **{k: cols[k][rows] for k in HALO_COLUMNS[1:]}})


def day_edges(job) -> Dict[str, object]:
    """Each officer's first and last usable fix of the day, and the day's first and last instant.

    ``job``: ``(files, edge_files)``; with the edge files the fixes themselves are not read.
    """
    files, edge_files = job
    if edge_files:
        cols = read_edges(edge_files)
        firsts, _ = _edge_rows(cols, cols["edge"] == 0)
        _, lasts = _edge_rows(cols, cols["edge"] == 1)
    else:
        cols = read_day(files, codes=True)
        firsts, lasts = _edge_rows(cols, _usable(cols))
    t = cols["t"][firsts]
    return {
        "first": _frame(cols, firsts),
        "last": _frame(cols, lasts),
        "t_min": float(t.min()) if t.size else np.nan,
        "t_max": float(cols["t"][lasts].max()) if t.size else np.nan,
    }


def _usable(cols: Dict[str, np.ndarray]) -> np.ndarray:
    return (cols["officer_code"] >= 0) & np.isfinite(cols["t"]) & np.isfinite(cols["x"]) & np.isfinite(cols["y"])


def _seconds_at(day: Optional[date], day_start: str, tz: str, default: float) -> float:
    if day is None:
        return default
    return wall_to_utc(day, day_start_clock(day_start), tz).timestamp()


def day_dwell(task: Dict[str, object], fences) -> Dict[str, object]:
    """Partial dwell and compliance sums of one day (``task`` from the driver; ``fences`` prepared)."""
    s = task["settings"]
    origin, span = float(task["origin"]), float(task["span"])
    cols = read_day(task["files"], codes=True)
    n_rows = int(cols["t"].size)
    good = _usable(cols)
    n_own = int(np.count_nonzero(good))
    # Officers as integer codes into ``names`` (the day's ids, then any halo officer absent from the day).
    names = pd.Index(cols["officer_names"])
    halo = pd.concat([task["before"], task["after"]], ignore_index=True)
    extra = pd.Index(pd.unique(halo["officer_id"].to_numpy(dtype=object))).difference(names)
    names = names.append(extra)
    n_before = len(task["before"])
    halo_code = names.get_indexer(halo["officer_id"].to_numpy(dtype=object))
    # Each halo fix goes next to its officer's own fixes (before them, or after), so fixes sorted by
    # officer and time stay sorted and the core need not sort them again.
    own_code = cols["officer_code"][good]
    at = np.concatenate(
        [
            np.searchsorted(own_code, halo_code[:n_before], "left"),
            np.searchsorted(own_code, halo_code[n_before:], "right"),
        ]
    )
    kind = np.arange(halo_code.size) >= n_before
    order = np.lexsort((kind, halo_code, at))
    at = at[order]

    def joined(key, own):
        h = halo[key].to_numpy(dtype=own.dtype) if key != "officer_id" else halo_code
        return np.insert(own[good], at, h[order])

    fixes = prepare_fixes(
        joined("officer_id", cols["officer_code"]),
        joined("t", cols["t"]),
        joined("x", cols["x"]),
        joined("y", cols["y"]),
        joined("speed_kmh", cols["speed_kmh"]),
        s["max_gap_s"],
        origin=origin,
    )
    names = names.to_numpy(dtype=object)
    del cols
    # What this day owns: from its start to the start of the next day that has fixes (empty days between
    # belong to it: only a segment longer than a day could reach them).
    lo = _seconds_at(task["day"], s["day_start"], s["tz"], -np.inf) - origin
    hi = _seconds_at(task["next_day"], s["day_start"], s["tz"], np.inf) - origin
    own_fix = (fixes.t >= lo) & (fixes.t < hi)
    segments = fixes.segments
    where = presence(fixes.x, fixes.y, segments, fences, s["method"] == POINTS_ONLY, s["chunk_size"])
    pieces = timed_pieces(fixes, where)
    del where
    dates, starts = day_starts(fixes, s["day_start"], s["tz"])
    pieces = split_at_day_starts(pieces, starts)
    first, stop = task["day"], task["next_day"]
    owned_day = np.array([(first is None or d >= first) and (stop is None or d < stop) for d in dates], dtype=bool)
    owned = owned_day[pieces.day]
    kept, _ = drop_pass_through(fixes, pieces, s["max_speed_kmh"])
    fast = np.setdiff1d(np.unique(pieces.segment), np.unique(kept.segment))
    # A pass-through segment across the day start is counted by the day of its first piece in a fence.
    first_piece = (
        np.minimum.reduceat(
            pieces.start[np.argsort(pieces.segment, kind="stable")],
            np.searchsorted(np.sort(pieces.segment), np.unique(pieces.segment)),
        )
        if pieces.segment.size
        else np.zeros(0)
    )
    first_piece = first_piece[np.isin(np.unique(pieces.segment), fast)]
    n_fast = int(np.count_nonzero((first_piece >= lo) & (first_piece < hi)))
    pieces, passing = drop_pass_through(fixes, pieces.select(owned), s["max_speed_kmh"])
    del kept
    visits = group_visits(fixes, pieces, s["min_visit_s"])
    del pieces

    n_f = int(task["n_fences"])
    patrol = Union.of(visits.fence, visits.start, visits.end, span)
    run = tracked(fixes)
    t_fence, t_lo, t_hi = task["t_fence"], task["t_lo"], task["t_hi"]
    officer_s, n_task_visits = summed_overlap(visits.fence, visits.start, visits.end, span, t_fence, t_lo, t_hi)
    own_seg = fixes.valid & own_fix[:-1]
    gaps = (fixes.codes[1:] == fixes.codes[:-1]) & (np.diff(fixes.t) > s["max_gap_s"]) & own_fix[:-1]
    return {
        "visits": {
            "officer_id": names[fixes.officers[visits.code].astype(np.int64)]
            if visits.code.size
            else np.zeros(0, dtype=object),
            "fence": visits.fence,
            "start": visits.start,
            "end": visits.end,
            "duration": visits.duration,
            "mode": visits.mode,
            "n_fixes": visits.n_fixes,
        },
        "officer_s": np.bincount(visits.fence, weights=visits.duration, minlength=n_f),
        "n_visits": np.bincount(visits.fence, minlength=n_f),
        "patrol_s": patrol.length(n_f),
        "task_delivered_s": patrol.overlap(t_fence, t_lo, t_hi),
        "task_officer_s": officer_s,
        "task_visits": n_task_visits,
        "task_tracked_s": run.overlap(np.zeros(t_fence.size, dtype=np.int64), t_lo, t_hi),
        "coverage_s": float(run.overlap(np.zeros(1, dtype=np.int64), [max(lo, 0.0)], [min(hi, span)])[0]),
        "officers": np.unique(names[fixes.officers[np.unique(fixes.codes[own_fix])].astype(np.int64)].astype(str)),
        "n_input": n_rows,
        "n_dropped": n_rows - n_own,
        "n_fixes": n_own,
        "n_segments": int(np.count_nonzero(own_seg)),
        "n_gaps": int(np.count_nonzero(gaps)),
        "gap_s": float(np.diff(fixes.t)[gaps].sum()),
        "present_min": visits.present_min,
        "pass_through_min": passing.minutes,
        "n_pass_through_segments": n_fast,
        "n_drive_throughs": visits.n_drive_throughs,
        "drive_through_min": visits.drive_through_min,
    }
