"""Time intervals per group (an officer, a fence, a tasking), vectorised with numpy.

Groups are laid end to end on one axis (``group × span + time``), so one sort and one cumulative
maximum or sum handles every group at once; times must lie in ``0..span`` (callers subtract an
origin). Intervals closer than ``TOUCH`` seconds touch and merge.

- :class:`Union`: the disjoint union of each group's intervals (patrol-minutes: at least one officer
  present) and how much of it lies inside query windows;
- :func:`summed_overlap`: the sum over intervals of their overlap with windows (officer-minutes:
  a pair counts twice) and how many intervals overlap each window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple

import numpy as np

#: Seconds: interval ends closer than this touch.
TOUCH = 1e-6


def _empty() -> np.ndarray:
    return np.zeros(0)


@dataclass
class Union:
    """Disjoint merged intervals ``(group, start, end)``, sorted by group then start."""

    group: np.ndarray
    start: np.ndarray
    end: np.ndarray
    span: float

    @classmethod
    def of(cls, group, start, end, span: float) -> Union:
        """The union of intervals ``start..end`` of each ``group`` (int array)."""
        group = np.asarray(group, dtype=np.int64)
        start = np.asarray(start, dtype=np.float64)
        end = np.asarray(end, dtype=np.float64)
        if group.size == 0:
            return cls(group, _empty(), _empty(), float(span))
        order = np.lexsort((start, group))
        g, a, b = group[order], start[order], end[order]
        ka = g * span + a
        reach = np.maximum.accumulate(g * span + b)
        new = np.ones(g.size, dtype=bool)
        new[1:] = ka[1:] > reach[:-1] + TOUCH
        first = np.nonzero(new)[0]
        last = np.append(first[1:], g.size) - 1
        return cls(g[first], a[first], reach[last] - g[first] * span, float(span))

    def length(self, n_groups: int) -> np.ndarray:
        """Total length of the union per group ``0..n_groups-1``."""
        return np.bincount(self.group, weights=self.end - self.start, minlength=n_groups)

    def overlap(self, group, lo, hi) -> np.ndarray:
        """Length of the union of each query's ``group`` inside ``lo..hi`` (one value per query)."""
        group = np.asarray(group, dtype=np.int64)
        if self.group.size == 0 or group.size == 0:
            return np.zeros(group.size)
        span = self.span
        ks = self.group * span + self.start
        ke = self.group * span + self.end
        before = np.concatenate([[0.0], np.cumsum(ke - ks)])

        def covered_until(t):
            key = group * span + np.clip(t, 0.0, span)
            j = np.searchsorted(ks, key, side="right") - 1
            jj = np.maximum(j, 0)
            partial = np.clip(key - ks[jj], 0.0, ke[jj] - ks[jj])
            return np.where(j >= 0, before[jj] + partial, 0.0)

        return np.maximum(covered_until(np.asarray(hi, float)) - covered_until(np.asarray(lo, float)), 0.0)


def summed_overlap(group, start, end, span: float, query_group, lo, hi) -> Tuple[np.ndarray, np.ndarray]:
    """For each query window: the summed overlap of the group's intervals with it, and how many overlap it.

    An interval overlaps a window when it starts before the window ends and ends after it starts
    (touching is not overlapping). Intervals must have ``start <= end``.
    """
    group = np.asarray(group, dtype=np.int64)
    qg = np.asarray(query_group, dtype=np.int64)
    lo = np.asarray(lo, dtype=np.float64)
    hi = np.asarray(hi, dtype=np.float64)
    if group.size == 0 or qg.size == 0:
        return np.zeros(qg.size), np.zeros(qg.size, dtype=np.int64)
    starts = np.sort(group * span + np.asarray(start, dtype=np.float64))
    ends = np.sort(group * span + np.asarray(end, dtype=np.float64))
    start_sums = np.concatenate([[0.0], np.cumsum(starts)])
    end_sums = np.concatenate([[0.0], np.cumsum(ends)])

    def integral(t):
        # Σ over the group's intervals of clip(t − start, 0, end − start): started minus ended, each up to t.
        key = qg * span + np.clip(t, 0.0, span)
        floor = qg * span
        n_started = np.searchsorted(starts, key, side="left") - np.searchsorted(starts, floor, side="left")
        n_ended = np.searchsorted(ends, key, side="left") - np.searchsorted(ends, floor, side="left")
        s0 = np.searchsorted(starts, floor, side="left")
        e0 = np.searchsorted(ends, floor, side="left")
        started = n_started * key - (start_sums[s0 + n_started] - start_sums[s0])
        ended = n_ended * key - (end_sums[e0 + n_ended] - end_sums[e0])
        return started - ended

    total = np.maximum(integral(hi) - integral(lo), 0.0)
    floor = qg * span
    n_start_before_hi = np.searchsorted(starts, qg * span + np.clip(hi, 0.0, span), side="left") - np.searchsorted(
        starts, floor, side="left"
    )
    n_end_by_lo = np.searchsorted(ends, qg * span + np.clip(lo, 0.0, span), side="right") - np.searchsorted(
        ends, floor, side="left"
    )
    return total, (n_start_before_hi - n_end_by_lo).astype(np.int64)
