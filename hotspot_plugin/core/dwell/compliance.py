"""Compliance with taskings, once: per tasking, and per fence as the sum of its taskings (DOMAIN.md §5).

For each tasking (a treated window at one fence, from ``tasking.read_windows``):

- ``delivered_min``: patrol-minutes inside the window — the union over officers of their visits in
  the fence, so a pair counts once;
- ``officer_min``: officer-minutes inside the window (a pair counts twice); ``visits``: visits that
  overlap the window;
- ``covered``: there is tracking data during the window. **No data** means exactly this: no
  tracking data during the tasked window. An uncovered tasking is ``no data`` and its delivered,
  officer and shortfall minutes are unknown (NULL) — never 0, never "not met";
- ``status``: ``met`` (delivered ≥ tasked), ``partly met`` (some delivered), ``not met`` (nothing
  delivered although tracked), ``no data`` (not covered).

Per fence (:func:`fence_compliance`, from the per-tasking rows and nothing else): ``tasked_min``,
all its taskings; ``delivered_min``, over its covered taskings (NULL when none is covered);
``compliance_pct`` = 100 × Σ min(delivered, tasked) ÷ Σ tasked over its covered taskings (each
tasking capped at its own dose, so a long patrol in one window cannot make up for a missed one);
``compliance_status``: ``met`` (100 %), ``partly met``, ``not met`` (0 %), ``no data`` (none
covered), ``no tasking``. So a fence is ``met`` exactly when all its covered taskings are met.

What counts as tracking data depends on what the caller has. *Dwell and compliance* has the fixes:
any data segment of any officer, anywhere, during the window. The exception report given only the
visits sees officers only inside fences: :func:`compliance_from_visits` takes an officer as tracked
from the start of their first to the end of their last visit of each policing day, an estimate that
can only turn a ``not met`` into ``no data``, never the reverse.
"""

from __future__ import annotations

from typing import Dict, List, Sequence, Tuple

import numpy as np
import pandas as pd

from ..ids import id_text
from ..intervals import Union, summed_overlap
from ..timeutil import DEFAULT_DAY_START, DEFAULT_TIMEZONE, policing_day

MET, PARTLY_MET, NOT_MET, NO_TASKING, NO_DATA = "met", "partly met", "not met", "no tasking", "no data"
#: A tasking's status; a fence's adds ``no tasking``.
TASKING_STATUSES = (MET, PARTLY_MET, NOT_MET, NO_DATA)
COMPLIANCE_STATUSES = (MET, PARTLY_MET, NOT_MET, NO_TASKING, NO_DATA)
#: One colour per status, for the map's compliance style and the tasking dock's table: traffic
#: lights, grey where there is nothing to judge.
#: Compliance's own palette (ColorBrewer Dark2: teal, mustard, slate purple; grey for no data), never red, which
#: on these maps means a Gi* hot spot; the map tells the classes apart by line and hatch too (colour-blind safe).
STATUS_COLOURS = {MET: "#1b9e77", PARTLY_MET: "#e6ab02", NOT_MET: "#7570b3", NO_DATA: "#969696"}

#: The per-tasking table: the schedule's labels, the window (UTC, as the visits' times), the minutes and the status.
TASKING_FIELDS = (
    "task_id",
    "date",
    "shift",
    "fence_id",
    "team",
    "window_start_utc",
    "window_end_utc",
    "tasked_min",
    "delivered_min",
    "officer_min",
    "shortfall_min",
    "visits",
    "covered",
    "status",
)
#: Per-fence compliance columns (the rest of a fence's row is dwell).
FENCE_COMPLIANCE_FIELDS = ("tasked_min", "delivered_min", "compliance_pct", "compliance_status")

_DONE = 1e-9  # minutes: delivered this close to tasked is met


def tasking_status(covered: np.ndarray, delivered: np.ndarray, tasked: np.ndarray) -> np.ndarray:
    """The status of each tasking (``TASKING_STATUSES``) from its coverage and minutes."""
    covered = np.asarray(covered, dtype=bool)
    got = np.where(covered, np.asarray(delivered, dtype=float), 0.0)
    tasked = np.asarray(tasked, dtype=float)
    status = np.where(got >= tasked - _DONE, MET, np.where(got > 0, PARTLY_MET, NOT_MET)).astype(object)
    status[~covered] = NO_DATA
    return status


def tasking_compliance(
    windows: pd.DataFrame,
    owners: Sequence[Sequence[int]],
    fence_ids: Sequence,
    patrol: Union,
    visit_fence: np.ndarray,
    visit_start: np.ndarray,
    visit_end: np.ndarray,
    tracked: Union,
    origin: float,
    tolerance_s: float = 0.0,
) -> pd.DataFrame:
    """One row per (tasking, fence it names) with ``TASKING_FIELDS`` and ``fence`` (the fence's index).

    ``windows``: ``tasking.read_windows`` rows; ``owners[j]``: the fences (indices) window ``j``
    names. ``patrol``: union of visits per fence; ``visit_*``: the visits (fence index, start, end);
    ``tracked``: when any officer was tracked (group 0). Times are seconds after ``origin``;
    ``tolerance_s`` widens every window on both sides.
    """
    t_fence = np.array([f for fences in owners for f in fences], dtype=np.int64)
    t_idx = np.array([j for j, fences in enumerate(owners) for _ in fences], dtype=np.int64)
    if not t_idx.size:
        return pd.DataFrame(columns=list(TASKING_FIELDS) + ["fence"])
    lo = windows["start_s"].to_numpy(dtype=float)[t_idx] - origin - tolerance_s
    hi = windows["end_s"].to_numpy(dtype=float)[t_idx] - origin + tolerance_s
    tasked = windows["minutes"].to_numpy(dtype=float)[t_idx]
    delivered = patrol.overlap(t_fence, lo, hi) / 60.0
    officer_s, n_visits = summed_overlap(visit_fence, visit_start, visit_end, patrol.span, t_fence, lo, hi)
    covered = tracked.overlap(np.zeros(t_idx.size, dtype=np.int64), lo, hi) > 0
    status = tasking_status(covered, delivered, tasked)

    def unknown_when_uncovered(values):
        return np.where(covered, values, np.nan)

    taken = windows.iloc[t_idx].reset_index(drop=True)
    return pd.DataFrame(
        {
            "task_id": taken["task_id"].to_numpy(dtype=object),
            "date": taken["date"].to_numpy(dtype=object),
            "shift": taken["shift"].to_numpy(dtype=object),
            "fence_id": [fence_ids[f] for f in t_fence],
            "team": taken["team"].to_numpy(dtype=object),
            "window_start_utc": pd.to_datetime(taken["start_s"], unit="s", utc=True),
            "window_end_utc": pd.to_datetime(taken["end_s"], unit="s", utc=True),
            "tasked_min": tasked,
            "delivered_min": unknown_when_uncovered(delivered),
            "officer_min": unknown_when_uncovered(officer_s / 60.0),
            "shortfall_min": unknown_when_uncovered(np.maximum(tasked - delivered, 0.0)),
            "visits": np.where(covered, n_visits, 0).astype(np.int64),
            "covered": covered,
            "status": status,
            "fence": t_fence,
        }
    )


def fence_compliance(taskings: pd.DataFrame, n_fences: int) -> Dict[str, np.ndarray]:
    """Per fence ``0..n_fences-1``: ``FENCE_COMPLIANCE_FIELDS`` from its per-tasking rows (module docstring)."""
    fence = taskings["fence"].to_numpy(dtype=np.int64)
    covered = taskings["covered"].to_numpy(dtype=bool)
    tasked = taskings["tasked_min"].to_numpy(dtype=float)
    got = np.nan_to_num(taskings["delivered_min"].to_numpy(dtype=float))
    total = np.bincount(fence, weights=tasked, minlength=n_fences)
    has_tasks = np.bincount(fence, minlength=n_fences) > 0
    delivered = np.bincount(fence[covered], weights=got[covered], minlength=n_fences)
    capped = np.bincount(fence[covered], weights=np.minimum(got, tasked)[covered], minlength=n_fences)
    tasked_covered = np.bincount(fence[covered], weights=tasked[covered], minlength=n_fences)
    with_data = has_tasks & (tasked_covered > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(with_data, 100.0 * capped / tasked_covered, np.nan)
    status = np.full(n_fences, NO_TASKING, dtype=object)
    status[has_tasks & ~with_data] = NO_DATA
    status[with_data & (pct >= 100.0 - _DONE)] = MET
    status[with_data & (pct > 0) & (pct < 100.0 - _DONE)] = PARTLY_MET
    status[with_data & (pct <= 0)] = NOT_MET
    return {
        "tasked_min": total,
        "delivered_min": np.where(with_data, delivered, np.nan),
        "compliance_pct": pct,
        "compliance_status": status,
    }


def fence_owners(windows: pd.DataFrame, fence_ids: Sequence) -> Tuple[List[List[int]], int]:
    """For each window the fences (indices into ``fence_ids``) it names, by ``id_text``; and how many name none."""
    by_key: Dict[str, List[int]] = {}
    for i, value in enumerate(fence_ids):
        by_key.setdefault(id_text(value), []).append(i)
    owners = [by_key.get(key, []) for key in windows["fence_key"]]
    return owners, sum(1 for fences in owners if not fences)


def compliance_from_visits(
    windows: pd.DataFrame,
    visits: pd.DataFrame,
    day_start: str = DEFAULT_DAY_START,
    tz: str = DEFAULT_TIMEZONE,
    tolerance_min: float = 0.0,
) -> pd.DataFrame:
    """The per-tasking table (``TASKING_FIELDS``) from visits alone, tracking estimated (module docstring).

    ``windows``: ``tasking.read_windows`` rows; ``visits``: ``fence_key, officer_id, start_s, end_s``
    (UTC seconds). ``fence_id`` in the result is the schedule's (as text).
    """
    keys = sorted({k for k in windows["fence_key"] if k is not None} | set(visits["fence_key"].dropna()))
    position = {k: i for i, k in enumerate(keys)}
    tolerance_s = max(0.0, float(tolerance_min)) * 60.0
    starts = visits["start_s"].to_numpy(dtype=float)
    ends = visits["end_s"].to_numpy(dtype=float)
    edges = np.concatenate([starts, ends, windows["start_s"].to_numpy(float), windows["end_s"].to_numpy(float)])
    origin = float(edges.min()) - tolerance_s - 1.0 if edges.size else 0.0
    span = float(edges.max()) - origin + tolerance_s + 1.0 if edges.size else 1.0
    v_fence = np.array([position[k] for k in visits["fence_key"]], dtype=np.int64)
    a, b = starts - origin, ends - origin
    patrol = Union.of(v_fence, a, b, span)
    # An officer is taken as tracked from their first visit's start to their last visit's end each policing day.
    days = policing_day(pd.Series(pd.to_datetime(starts, unit="s", utc=True)), day_start, tz)
    spans = (
        pd.DataFrame({"officer": visits["officer_id"].astype(str).to_numpy(), "day": days.to_numpy(), "a": a, "b": b})
        .groupby(["officer", "day"], sort=False)
        .agg(a=("a", "min"), b=("b", "max"))
    )
    tracked = Union.of(np.zeros(len(spans), dtype=np.int64), spans["a"].to_numpy(), spans["b"].to_numpy(), span)
    owners = [[position[k]] if k in position else [] for k in windows["fence_key"]]
    table = tasking_compliance(windows, owners, keys, patrol, v_fence, a, b, tracked, origin, tolerance_s)
    return table.drop(columns=["fence"])
