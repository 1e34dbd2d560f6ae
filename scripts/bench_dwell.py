"""Benchmark hotspot_plugin.core.dwell against a geopandas points-only baseline (issue 4).

Run in the benchmark venv: ``bash scripts/bench_setup.sh && .venv-bench/bin/python scripts/bench_dwell.py``.
The case (seeded): ``--officers`` officers × ``--fixes`` fixes 5 s apart, random walks at foot speed
over a 20 km square, against ``--fences`` square 150 m fences. Reports wall time, the ratio to the
baseline measured in the same run and the peak memory (resident set size) of each step.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hotspot_plugin.core.dwell import INTERPOLATED, POINTS_ONLY, compute_dwell  # noqa: E402

SIDE_M = 20_000.0
FENCE_M = 150.0
INTERVAL_S = 5
T0 = 1_783_411_200  # 2026-07-07 08:00 UTC


def make_case(officers: int, fixes: int, fences: int, seed: int = 20260707):
    """Random walks at foot speed (heading drifts, 0.5–1.8 m/s) and non-overlapping square fences."""
    rng = np.random.default_rng(seed)
    n = officers * fixes
    officer = np.repeat(np.arange(officers, dtype=np.int64), fixes)
    t = T0 + np.tile(np.arange(fixes, dtype=np.int64) * INTERVAL_S, officers)
    heading = rng.uniform(0, 2 * np.pi, officers)[:, None] + np.cumsum(rng.normal(0, 0.3, (officers, fixes)), axis=1)
    speed = rng.uniform(0.5, 1.8, (officers, fixes))
    step = speed * INTERVAL_S
    x = np.cumsum(step * np.cos(heading), axis=1)
    y = np.cumsum(step * np.sin(heading), axis=1)
    del heading, step
    # Start anywhere; reflect at the edges so the walk stays in the square.
    x = (x + rng.uniform(0, SIDE_M, officers)[:, None]).ravel()
    y = (y + rng.uniform(0, SIDE_M, officers)[:, None]).ravel()
    x = np.mod(x, 2 * SIDE_M)
    x = np.where(x > SIDE_M, 2 * SIDE_M - x, x)
    y = np.mod(y, 2 * SIDE_M)
    y = np.where(y > SIDE_M, 2 * SIDE_M - y, y)
    speed_kmh = (speed * 3.6).ravel()
    # Fence corners on a jittered lattice so squares never overlap.
    per_side = int(np.ceil(np.sqrt(fences)))
    pitch = SIDE_M / per_side
    cells = rng.choice(per_side * per_side, fences, replace=False)
    fx = (cells % per_side) * pitch + rng.uniform(0, pitch - FENCE_M, fences)
    fy = (cells // per_side) * pitch + rng.uniform(0, pitch - FENCE_M, fences)
    assert x.size == n
    return officer, t, x, y, speed_kmh, fx, fy


class PeakRss:
    """Samples this process's resident set size every 20 ms (psutil) while a step runs."""

    def __init__(self, children: bool = False):
        import psutil

        self.process = psutil.Process(os.getpid())
        self.children = children  #: add the resident sets of child processes (e.g. Dask workers)
        self.peak = 0
        self._stop = threading.Event()

    def rss(self) -> int:
        total = self.process.memory_info().rss
        if self.children:
            for child in self.process.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except Exception:  # a worker that has just exited
                    pass
        return total

    def __enter__(self):
        self.peak = self.rss()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self.rss())
            time.sleep(0.02)

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.rss())


def timed(label, function, *args, **kwargs):
    gc.collect()
    with PeakRss() as rss:
        start = time.perf_counter()
        result = function(*args, **kwargs)
        elapsed = time.perf_counter() - start
    print(f"{label:<44} {elapsed:8.2f} s   peak RSS {rss.peak / 2**30:5.2f} GiB", flush=True)
    return result, elapsed, rss.peak


def geopandas_points_only(officer, t, x, y, fence_polygons, max_gap_s):
    """The baseline: sjoin fixes within fences, then per-officer time differences between consecutive
    fixes both in the same fence (gap ≤ max_gap_s). Returns minutes per fence."""
    import geopandas as gpd
    import pandas as pd

    points = gpd.GeoDataFrame({"officer": officer, "t": t}, geometry=gpd.points_from_xy(x, y), crs="EPSG:27700")
    zones = gpd.GeoDataFrame({"fence": np.arange(len(fence_polygons))}, geometry=list(fence_polygons), crs="EPSG:27700")
    joined = gpd.sjoin(points, zones, how="inner", predicate="within")
    joined = pd.DataFrame(
        {
            "row": joined.index.to_numpy(),
            "officer": joined["officer"].to_numpy(),
            "t": joined["t"].to_numpy(),
            "fence": joined["fence"].to_numpy(),
        }
    )
    joined = joined.sort_values(["officer", "t"], kind="stable")
    previous = joined.shift(1)
    same = (
        (joined["officer"] == previous["officer"])
        & (joined["fence"] == previous["fence"])
        & (joined["row"] == previous["row"] + 1)
    )
    dt = joined["t"] - previous["t"]
    same &= dt <= max_gap_s
    minutes = dt[same].groupby(joined["fence"][same]).sum() / 60.0
    return minutes.reindex(range(len(fence_polygons)), fill_value=0.0)


def shapely_interpolated_check(officer, t, x, y, fence_polygons, max_gap_s, n_officers=20):
    """Officer-minutes per fence for the first ``n_officers`` by shapely 2 (STRtree + intersection lengths)."""
    import shapely

    keep = officer < n_officers
    o, tt, xx, yy = officer[keep], t[keep], x[keep], y[keep]
    ok = (o[1:] == o[:-1]) & (np.diff(tt) <= max_gap_s) & (np.diff(tt) > 0)
    i = np.nonzero(ok)[0]
    coords = np.stack([np.stack([xx[i], yy[i]], axis=1), np.stack([xx[i + 1], yy[i + 1]], axis=1)], axis=1)
    segments = shapely.linestrings(coords)
    tree = shapely.STRtree(list(fence_polygons))
    seg_idx, fence_idx = tree.query(segments, predicate="intersects")
    fences = np.array(list(fence_polygons), dtype=object)
    inside = shapely.length(shapely.intersection(segments[seg_idx], fences[fence_idx]))
    length = shapely.length(segments[seg_idx])
    dt = (tt[i + 1] - tt[i])[seg_idx]
    share = np.where(length > 0, inside / np.where(length > 0, length, 1), 1.0)
    minutes = np.bincount(fence_idx, weights=share * dt / 60.0, minlength=len(fences))
    return keep, minutes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--officers", type=int, default=1000)
    parser.add_argument("--fixes", type=int, default=10_000)
    parser.add_argument("--fences", type=int, default=500)
    parser.add_argument(
        "--baseline-fixes", type=int, default=0, help="run the geopandas baseline on only the first N fixes (0 = all)"
    )
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument(
        "--shape",
        choices=["square", "rotated"],
        default="square",
        help="rotated: squares turned 30° (general-polygon path, not the rectangle fast path)",
    )
    args = parser.parse_args()

    from shapely.geometry import box

    print(f"numpy {np.__version__}", end="")
    try:
        import geopandas
        import pandas
        import shapely

        print(f", pandas {pandas.__version__}, shapely {shapely.__version__}, geopandas {geopandas.__version__}")
    except ImportError:
        print()
    case, build_s, _ = timed("build case", make_case, args.officers, args.fixes, args.fences)
    officer, t, x, y, speed, fx, fy = case
    polygons = [box(a, b, a + FENCE_M, b + FENCE_M) for a, b in zip(fx, fy)]
    if args.shape == "rotated":
        from shapely.affinity import rotate

        polygons = [rotate(p, 30.0, origin="centroid") for p in polygons]
    n = t.size
    print(
        f"case: {args.officers:,} officers × {args.fixes:,} fixes = {n:,} fixes, {args.fences} {args.shape} "
        f"fences of {FENCE_M:g} m"
    )
    settings = dict(max_gap_s=150.0, min_visit_s=0.0)
    interp, s_interp, m_interp = timed(
        "core interpolated", compute_dwell, officer, t, x, y, polygons, method=INTERPOLATED, **settings
    )
    points, s_points, m_points = timed(
        "core points only", compute_dwell, officer, t, x, y, polygons, method=POINTS_ONLY, **settings
    )
    print(
        f"  interpolated officer-minutes in fences {interp.fences.officer_min.sum():,.1f}, "
        f"points only {points.fences.officer_min.sum():,.1f}, visits {len(interp.visits):,}"
    )
    keep, expected = shapely_interpolated_check(officer, t, x, y, polygons, 150.0)
    subset = compute_dwell(officer[keep], t[keep], x[keep], y[keep], polygons, method=INTERPOLATED, **settings)
    diff = np.abs(subset.fences.officer_min.to_numpy() - expected).max()
    print(
        f"  check: interpolated officer-minutes of the first 20 officers ({keep.sum():,} fixes) against shapely "
        f"intersection lengths: {expected.sum():,.3f} vs {subset.fences.officer_min.sum():,.3f}, "
        f"max per-fence difference {diff:.2e} min"
    )
    if args.skip_baseline:
        return
    nb = args.baseline_fixes or n
    note = "" if nb == n else f" on the first {nb:,} fixes"
    base, s_base, m_base = timed(
        f"geopandas points-only baseline{note}",
        geopandas_points_only,
        officer[:nb],
        t[:nb],
        x[:nb],
        y[:nb],
        polygons,
        150.0,
    )
    if nb == n:
        diff = np.abs(base.to_numpy() - points.fences.officer_min.to_numpy()).max()
        print(
            f"  baseline officer-minutes {base.sum():,.1f}; max per-fence difference from core points only "
            f"{diff:.6f} min"
        )
        ratio_i, ratio_p = s_base / s_interp, s_base / s_points
        print(
            f"RESULT interpolated {s_interp:.2f} s, points only {s_points:.2f} s, geopandas {s_base:.2f} s: "
            f"interpolated is {ratio_i:.1f}× and points only {ratio_p:.1f}× faster than the baseline; "
            f"peak RSS {m_interp / 2**30:.2f} / {m_points / 2**30:.2f} / {m_base / 2**30:.2f} GiB"
        )
    else:
        scaled = s_base / nb * n
        print(
            f"RESULT interpolated {s_interp:.2f} s and points only {s_points:.2f} s for {n:,} fixes; geopandas "
            f"{s_base:.2f} s for {nb:,} fixes (≈ {scaled:.1f} s scaled linearly to {n:,}); ratios "
            f"per fix: interpolated {scaled / s_interp:.1f}×, points only {scaled / s_points:.1f}×"
        )


if __name__ == "__main__":
    main()
