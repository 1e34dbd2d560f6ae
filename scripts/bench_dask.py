"""Benchmark dwell at scale (issue 18): fixes as Parquet by policing day, dwell through a Dask LocalCluster.

``.venv/bin/python scripts/bench_dask.py --fixes 100000000`` generates the fixes day by day straight
into a Parquet dataset on disk (never all in memory), then runs dwell and compliance through a
LocalCluster with 1 and with 2 worker processes, and in one process on the first days that hold
``--in-process-fixes`` fixes. Peak memory is the resident set of this process plus all its children
(the workers), sampled every 20 ms. The case (seeded): ``--officers`` officers on shifts of random
start, fixes 5 s apart, random walks at foot speed over a 20 km square, ``--fences`` 150 m squares;
shifts cross the policing day start, so every day has segments across it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_dwell import FENCE_M, SIDE_M, PeakRss  # noqa: E402

from hotspot_plugin.core.dask_scale import add_deps_path  # noqa: E402

add_deps_path()

from hotspot_plugin.core.dask_scale.dwell import dwell_parquet  # noqa: E402
from hotspot_plugin.core.dask_scale.layout import FixesWriter, open_dataset, read_day  # noqa: E402
from hotspot_plugin.core.dwell import compute_dwell  # noqa: E402

INTERVAL_S = 5
DAY0 = 1_783_400_400  # 2026-07-07 05:00 UTC = 06:00 BST, the first policing day's start


def write_case(folder: str, n_fixes: int, officers: int, days: int, seed: int = 18) -> int:
    """Fixes of ``officers`` × ``days`` shifts (one per officer-day), written day by day."""
    rng = np.random.default_rng(seed)
    per_shift = max(2, n_fixes // (officers * days))
    total = 0
    with FixesWriter(folder, crs="EPSG:27700") as writer:
        x0 = rng.uniform(0, SIDE_M, officers)
        y0 = rng.uniform(0, SIDE_M, officers)
        for day in range(days):
            # Shifts start anywhere in the policing day; late ones run over the next day's start.
            start = DAY0 + day * 86400 + rng.uniform(0, 86400 - per_shift * INTERVAL_S / 2, officers).round()
            t = start[:, None] + np.arange(per_shift)[None, :] * INTERVAL_S
            heading = rng.uniform(0, 2 * np.pi, officers)[:, None] + np.cumsum(
                rng.normal(0, 0.3, (officers, per_shift)), axis=1
            )
            speed = rng.uniform(0.5, 1.8, (officers, per_shift))
            x = x0[:, None] + np.cumsum(speed * INTERVAL_S * np.cos(heading), axis=1)
            y = y0[:, None] + np.cumsum(speed * INTERVAL_S * np.sin(heading), axis=1)
            del heading
            x = np.mod(x, 2 * SIDE_M)
            x = np.where(x > SIDE_M, 2 * SIDE_M - x, x)
            y = np.mod(y, 2 * SIDE_M)
            y = np.where(y > SIDE_M, 2 * SIDE_M - y, y)
            x0, y0 = x[:, -1], y[:, -1]
            ids = np.repeat(np.array([f"PC{k:05d}" for k in range(officers)], dtype=object), per_shift)
            total += writer.write(ids, t.ravel(), x.ravel(), y.ravel(), (speed * 3.6).ravel())
            print(f"  wrote day {day + 1}/{days}: {total:,} fixes", end="\r", flush=True)
    print()
    return total


def fences(n: int, seed: int = 20260707):
    from shapely.geometry import box

    rng = np.random.default_rng(seed)
    per_side = int(np.ceil(np.sqrt(n)))
    pitch = SIDE_M / per_side
    cells = rng.choice(per_side * per_side, n, replace=False)
    fx = (cells % per_side) * pitch + rng.uniform(0, pitch - FENCE_M, n)
    fy = (cells // per_side) * pitch + rng.uniform(0, pitch - FENCE_M, n)
    return [box(a, b, a + FENCE_M, b + FENCE_M) for a, b in zip(fx, fy)]


def measured(label, function, *args, **kwargs):
    with PeakRss(children=True) as rss:
        start = time.perf_counter()
        result = function(*args, **kwargs)
        elapsed = time.perf_counter() - start
    print(f"{label:<52} {elapsed:8.1f} s   peak RSS (with workers) {rss.peak / 2**30:5.2f} GiB", flush=True)
    return result, elapsed, rss.peak


def in_process_first_days(folder, polygons, limit):
    """compute_dwell in one process on the first whole days holding at most ``limit`` fixes."""
    ds = open_dataset(folder)
    cols, n = [], 0
    for d in ds.days:
        if n + ds.n_fixes[d.isoformat()] > limit and cols:
            break
        cols.append(read_day(ds.files(d)))
        n += cols[-1]["t"].size
    joined = {k: np.concatenate([c[k] for c in cols]) for k in cols[0]}
    del cols
    start = time.perf_counter()
    result = compute_dwell(
        joined["officer_id"],
        joined["t"],
        joined["x"],
        joined["y"],
        polygons,
        speed_kmh=joined["speed_kmh"],
        max_speed_kmh=15.0,
    )
    return n, time.perf_counter() - start, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixes", type=int, default=10_000_000)
    parser.add_argument("--officers", type=int, default=1000)
    parser.add_argument("--days", type=int, default=28)
    parser.add_argument("--fences", type=int, default=500)
    parser.add_argument("--folder", default="/var/tmp/hotspot-bench-dask")
    parser.add_argument("--in-process-fixes", type=int, default=20_000_000)
    parser.add_argument("--workers", default="1,2", help="LocalCluster sizes to run, e.g. 1,2")
    parser.add_argument("--keep", action="store_true", help="keep the Parquet dataset afterwards")
    args = parser.parse_args()

    import dask
    import distributed
    import pyarrow

    print(
        f"numpy {np.__version__}, dask {dask.__version__}, distributed {distributed.__version__}, "
        f"pyarrow {pyarrow.__version__}; {os.cpu_count()} cores"
    )
    shutil.rmtree(args.folder, ignore_errors=True)
    n, s_write, _ = measured(
        f"write {args.fixes:,} fixes as Parquet", write_case, args.folder, args.fixes, args.officers, args.days
    )
    size = sum(f.stat().st_size for f in Path(args.folder).rglob("*.parquet"))
    print(
        f"case: {n:,} fixes, {args.officers:,} officers × {args.days} days, {args.fences} fences; "
        f"{size / 2**30:.2f} GiB of Parquet"
    )
    polygons = fences(args.fences)
    runs = {}
    for w in [int(v) for v in args.workers.split(",") if v]:
        result, seconds, peak = measured(
            f"dwell, LocalCluster of {w} worker(s)",
            dwell_parquet,
            args.folder,
            polygons,
            max_speed_kmh=15.0,
            scheduler="local",
            n_workers=w,
        )
        runs[w] = (seconds, peak, result)
        print(f"  visits {len(result.visits):,}, officer-minutes {result.fences.officer_min.sum():,.1f}")
    (m, s_in, inproc), s_total, peak_in = measured(
        "in process (compute_dwell), first days", in_process_first_days, args.folder, polygons, args.in_process_fixes
    )
    print(
        f"  in process: {m:,} fixes, dwell {s_in:.1f} s ({m / s_in / 1e6:.2f} M fixes/s), visits {len(inproc.visits):,}"
    )
    line = [f"RESULT {n:,} fixes"]
    for w, (seconds, peak, _) in runs.items():
        line.append(f"{w} worker(s) {seconds:.1f} s ({n / seconds / 1e6:.2f} M fixes/s, peak {peak / 2**30:.2f} GiB)")
    if 1 in runs and 2 in runs:
        line.append(f"speed-up 1 → 2 workers {runs[1][0] / runs[2][0]:.2f}×")
    line.append(f"in process {m:,} fixes {s_in:.1f} s (peak {peak_in / 2**30:.2f} GiB)")
    print("; ".join(line))
    if not args.keep:
        shutil.rmtree(args.folder, ignore_errors=True)


if __name__ == "__main__":
    main()
