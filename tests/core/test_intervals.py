"""core.intervals against brute force on random intervals (no QGIS)."""

import numpy as np

from hotspot_plugin.core.intervals import Union, summed_overlap


def brute_union_overlap(intervals, lo, hi, step=0.25):
    """Length of the union of ``intervals`` inside lo..hi on a fine grid (times are multiples of 0.25)."""
    grid = np.arange(lo, hi, step) + step / 2
    covered = np.zeros(grid.size, dtype=bool)
    for a, b in intervals:
        covered |= (grid > a) & (grid < b)
    return covered.sum() * step


def test_union_and_overlap_match_brute_force():
    rng = np.random.default_rng(12)
    span = 200.0
    group = rng.integers(0, 4, 60)
    start = np.round(rng.uniform(0, 180, 60) * 4) / 4
    end = start + np.round(rng.uniform(0, 20, 60) * 4) / 4
    union = Union.of(group, start, end, span)
    assert np.all(np.diff(union.group * span + union.start) > 0)  # disjoint, sorted
    lengths = union.length(4)
    for g in range(4):
        own = [(a, b) for gg, a, b in zip(group, start, end) if gg == g]
        assert lengths[g] == brute_union_overlap(own, 0, span)
    q_group = rng.integers(0, 4, 30)
    q_lo = np.round(rng.uniform(0, 190, 30) * 4) / 4
    q_hi = q_lo + np.round(rng.uniform(0, 40, 30) * 4) / 4
    got = union.overlap(q_group, q_lo, q_hi)
    for g, lo, hi, value in zip(q_group, q_lo, q_hi, got):
        own = [(a, b) for gg, a, b in zip(group, start, end) if gg == g]
        assert value == brute_union_overlap(own, lo, hi)


def test_summed_overlap_counts_each_interval():
    rng = np.random.default_rng(7)
    span = 100.0
    group = rng.integers(0, 3, 40)
    start = rng.uniform(0, 90, 40)
    end = start + rng.uniform(0, 15, 40)
    q_group = rng.integers(0, 3, 25)
    lo = rng.uniform(0, 95, 25)
    hi = lo + rng.uniform(0, 30, 25)
    total, count = summed_overlap(group, start, end, span, q_group, lo, hi)
    for k in range(25):
        own = group == q_group[k]
        overlap = np.clip(np.minimum(end[own], hi[k]) - np.maximum(start[own], lo[k]), 0, None)
        assert abs(total[k] - overlap.sum()) < 1e-9
        assert count[k] == int(((start[own] < hi[k]) & (end[own] > lo[k])).sum())


def test_touching_intervals_merge_and_windows_outside_give_nothing():
    union = Union.of([0, 0, 1], [0.0, 10.0, 5.0], [10.0, 20.0, 6.0], 50.0)
    assert union.group.tolist() == [0, 1] and union.end.tolist() == [20.0, 6.0]
    assert union.overlap([0, 1, 1], [15.0, 30.0, 0.0], [40.0, 40.0, 50.0]).tolist() == [5.0, 0.0, 1.0]
    empty = Union.of([], [], [], 10.0)
    assert empty.overlap([0], [0.0], [10.0]).tolist() == [0.0]
