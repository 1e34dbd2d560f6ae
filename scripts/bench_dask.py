"""Benchmark dwell at scale (issue 18): fixes as Parquet by policing day, dwell through a Dask LocalCluster.

``.venv/bin/python scripts/bench_dask.py --fixes 100000000`` generates the fixes day by day straight
into a Parquet dataset on disk (never all in memory), then runs dwell and compliance through a
LocalCluster with 1 and with 2 worker processes, and in one process on the first days that hold
``--in-process-fixes`` fixes. Peak memory is the resident set of this process plus all its children
(the workers), sampled every 20 ms. The case (seeded): ``--officers`` officers on shifts of random
start, fixes 5 s apart, random walks at foot speed over a 20 km square, ``--fences`` 150 m squares;
shifts cross the policing day start, so every day has segments across it.

``--emerging`` instead benchmarks emerging hot spots' space-time Gi* on a national grid (issue 18
item 3): a cube of ``--rows`` × ``--cols`` cells (default 1000 × 1000 square cells of 150 m, every
cell tested, as with a study area) × ``--steps`` weekly steps (52), seeded Poisson harm with stable
and growing hot spots, band 450 m, 1 time neighbour, analysed (Gi*, FDR per step, Mann–Kendall, the
17 categories) in memory (``emerging_hotspots``, sparse weights), in tiles on Dask's threads in one
process, and in tiles on a LocalCluster of ``--workers`` processes. Each runs in a fresh child
process (so one's memory does not count in another's); its peak is the resident set of that process
and its workers, sampled every 20 ms, and the cube alone (before the analysis) is printed too. The
tiled runs must give the in-memory z bit for bit and the same categories (hashes compared).
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


def national_cube(rows: int, cols: int, steps: int, seed: int = 18):
    """A seeded (cells × steps) cube over a rows × cols grid of 150 m cells, every cell tested."""
    from hotspot_plugin.core.grid import Grid
    from hotspot_plugin.core.trends.emerging import SpaceTimeCube

    rng = np.random.default_rng(seed)
    grid = Grid("square", 150.0, 3000, 1000, cols, rows)
    counts = rng.poisson(0.3, (grid.n_cells, steps)).astype(np.int64)
    r, c = np.divmod(np.arange(grid.n_cells), cols)
    for k in range(400):  # stable hot spots, and growing ones every fourth
        cr, cc = rng.integers(10, rows - 10), rng.integers(10, cols - 10)
        near = np.flatnonzero((np.abs(r - cr) <= 2) & (np.abs(c - cc) <= 2))
        extra = np.linspace(0.2, 4.0, steps) if k % 4 == 0 else np.full(steps, 1.5)
        counts[near] += rng.poisson(extra[None, :], (near.size, steps))
    values = counts * rng.choice([1.0, 10.0, 270.0], counts.shape)
    cube = SpaceTimeCube(values, counts, "week", 0, "Europe/London", None, None, int(counts.sum()), 0, 0, 0)
    return grid, np.arange(grid.n_cells), cube


def emerging_child(variant: str, args) -> None:
    """One variant in this (child) process: prints a JSON line with seconds, peak bytes and result hashes."""
    import hashlib
    import json

    from hotspot_plugin.core.dask_scale.emerging import emerging_hotspots_tiled
    from hotspot_plugin.core.trends.emerging import emerging_hotspots

    grid, ids, cube = national_cube(args.rows, args.cols, args.steps)
    with PeakRss(children=True) as before:
        pass
    with PeakRss(children=True) as rss:
        start = time.perf_counter()
        if variant == "memory":
            x, y = grid.centres(ids)
            result = emerging_hotspots(cube, x, y, 450.0, time_neighbours=1)
        else:
            scheduler = "local" if variant == "local" else None
            result = emerging_hotspots_tiled(
                cube, grid, ids, 450.0, 1, tile=args.tile, scheduler=scheduler, n_workers=args.emerging_workers
            )
        seconds = time.perf_counter() - start
    out = {
        "variant": variant,
        "seconds": seconds,
        "peak": rss.peak,
        "cube_rss": before.peak,
        "z": hashlib.sha256(result.z.tobytes()).hexdigest(),
        "categories": hashlib.sha256(result.category_code.tobytes()).hexdigest(),
        "hot": int((result.category_code > 0).sum()),
        "counts": {int(k): int(v) for k, v in zip(*np.unique(result.category_code, return_counts=True))},
    }
    print("JSON " + json.dumps(out), flush=True)


def bench_emerging(args) -> None:
    import json
    import subprocess

    import dask

    cells = args.rows * args.cols
    print(
        f"numpy {np.__version__}, dask {dask.__version__}; {os.cpu_count()} cores. Cube {args.rows} × {args.cols} "
        f"cells × {args.steps} steps ({cells * args.steps:,} bins, {cells * args.steps * 8 / 2**20:,.0f} MiB a "
        f"float cube), band 450 m (3 cells), 1 time neighbour, tiles of {args.tile} cells (all steps)"
    )
    runs = {}
    for variant in [v for v in args.variants.split(",") if v]:
        command = [sys.executable, __file__, "--emerging-child", variant, "--rows", str(args.rows)]
        command += ["--cols", str(args.cols), "--steps", str(args.steps), "--tile", str(args.tile)]
        command += ["--emerging-workers", str(args.emerging_workers)]
        done = subprocess.run(command, capture_output=True, text=True)
        line = [v for v in done.stdout.splitlines() if v.startswith("JSON ")]
        if done.returncode or not line:
            print(f"{variant}: failed (exit {done.returncode})\n{done.stderr[-3000:]}")
            continue
        run = runs[variant] = json.loads(line[0][5:])
        print(
            f"{variant:<8} {run['seconds']:8.1f} s   peak RSS {run['peak'] / 2**30:5.2f} GiB "
            f"(the cube and interpreter alone {run['cube_rss'] / 2**30:4.2f} GiB)   hot cells {run['hot']:,}",
            flush=True,
        )
    base = runs.get("memory")
    line = [f"RESULT emerging {args.rows}×{args.cols}×{args.steps}"]
    for variant, run in runs.items():
        text = f"{variant} {run['seconds']:.1f} s, peak {run['peak'] / 2**30:.2f} GiB"
        if base and variant != "memory":
            same = run["z"] == base["z"] and run["categories"] == base["categories"]
            text += (
                f" ({run['seconds'] / base['seconds']:.2f}× the time, {run['peak'] / base['peak']:.2f}× the peak; "
                f"z bit for bit and categories {'identical' if same else 'DIFFERENT'})"
            )
        line.append(text)
    print("; ".join(line))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emerging", action="store_true", help="benchmark the emerging cube in tiles instead")
    parser.add_argument("--emerging-child", default="", help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--cols", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=52)
    parser.add_argument("--tile", type=int, default=256)
    parser.add_argument("--variants", default="memory,tiles,local", help="of memory, tiles (threads), local")
    parser.add_argument("--emerging-workers", type=int, default=2, help="LocalCluster workers for --emerging")
    parser.add_argument("--fixes", type=int, default=10_000_000)
    parser.add_argument("--officers", type=int, default=1000)
    parser.add_argument("--days", type=int, default=28)
    parser.add_argument("--fences", type=int, default=500)
    parser.add_argument("--folder", default="/var/tmp/hotspot-bench-dask")
    parser.add_argument("--in-process-fixes", type=int, default=20_000_000)
    parser.add_argument("--workers", default="1,2", help="LocalCluster sizes to run, e.g. 1,2")
    parser.add_argument("--keep", action="store_true", help="keep the Parquet dataset afterwards")
    args = parser.parse_args()
    if args.emerging_child:
        return emerging_child(args.emerging_child, args)
    if args.emerging:
        return bench_emerging(args)

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
