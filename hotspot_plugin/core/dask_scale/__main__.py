"""Command line for a data team's batch job: ``python -m hotspot_plugin.core.dask_scale {import,dwell} ...``.

Run from the folder that holds ``hotspot_plugin`` (the plugin folder's parent, or a clone of the
repository); only Python with numpy, pandas, shapely, pyarrow and (for a cluster) Dask is needed —
not QGIS.

``import``: CSV files of fixes (``officer_id, t_utc, x, y[, speed_kmh]``, coordinates already in a
projected CRS in metres, times ISO 8601 or UTC seconds) into a Parquet dataset by policing day, in
chunks (never the whole file in memory).

``dwell``: visits, dwell and compliance of a dataset against fences (GeoJSON, in the dataset's CRS)
and optional taskings (the tasking schedule's CSV), in process, on a LocalCluster (``--scheduler
local``) or on a cluster (``--scheduler tcp://host:8786``). Writes ``visits.csv``, ``fences.csv``,
``taskings.csv`` and ``summary.json`` into ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import List, Optional

from ..errors import HotspotInputError
from ..timeutil import DEFAULT_DAY_START, DEFAULT_TIMEZONE

CSV_CHUNK = 2_000_000


def _import(args) -> int:
    import pandas as pd

    from .layout import FixesWriter

    names = {"officer_id": args.officer, "t_utc": args.time, "x": args.x, "y": args.y, "speed_kmh": args.speed}
    total = 0
    with FixesWriter(args.out, args.day_start, args.tz, args.crs, overwrite=args.overwrite) as writer:
        for path in args.csv:
            for chunk in pd.read_csv(path, chunksize=CSV_CHUNK, dtype={args.officer: str}):
                missing = [c for k, c in names.items() if k != "speed_kmh" and c not in chunk.columns]
                if missing:
                    raise HotspotInputError(
                        f"{path} has no column {', '.join(missing)} (columns: "
                        f"{', '.join(chunk.columns)}); name them with --officer, --time, --x, --y."
                    )
                times = chunk[args.time]
                times = times.to_numpy(dtype=float) if times.dtype.kind in "fiu" else times.to_numpy(dtype=object)
                speed = chunk[args.speed].to_numpy(dtype=float) if args.speed in chunk.columns else None
                total += writer.write(
                    chunk[args.officer].to_numpy(dtype=object),
                    times,
                    chunk[args.x].to_numpy(float),
                    chunk[args.y].to_numpy(float),
                    speed,
                )
                print(f"{total:,} fixes written", file=sys.stderr)
        n_no_time = writer.n_no_time
    print(f"Wrote {total:,} fixes to {args.out} ({n_no_time:,} without a time left out).")
    return 0


def read_fences(path: str, id_field: str):
    """Polygons and ids from a GeoJSON file (``id_field`` property, else the feature's position)."""
    from shapely.geometry import shape

    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    features = data.get("features", [])
    if not features:
        raise HotspotInputError(f"{path} has no features: give a GeoJSON FeatureCollection of fence polygons.")
    polygons = [shape(f["geometry"]) if f.get("geometry") else None for f in features]
    ids = [(f.get("properties") or {}).get(id_field, k) for k, f in enumerate(features)]
    return polygons, ids


def _dwell(args) -> int:
    import pandas as pd

    from ..csv_export import write_csv
    from .dwell import dwell_parquet

    polygons, ids = read_fences(args.fences, args.fence_id)
    taskings = pd.read_csv(args.taskings, dtype=str, keep_default_na=False) if args.taskings else None
    result = dwell_parquet(
        args.fixes,
        polygons,
        ids,
        method=args.method,
        max_gap_s=args.max_gap_s,
        min_visit_s=args.min_visit_s,
        max_speed_kmh=args.max_speed_kmh,
        buffer_m=args.buffer_m,
        day_start=args.day_start,
        tz=args.tz,
        taskings=taskings,
        scheduler=args.scheduler,
        n_workers=args.workers,
        log=print,
    )
    os.makedirs(args.out, exist_ok=True)
    tables = {"visits.csv": result.visits, "fences.csv": result.fences}
    if taskings is not None:
        tables["taskings.csv"] = result.taskings
    for name, frame in tables.items():
        write_csv(os.path.join(args.out, name), list(frame.columns), frame.itertuples(index=False, name=None))
    summary = {
        k: (str(v) if not isinstance(v, (int, float, str, type(None))) else v) for k, v in result.summary.items()
    }
    with open(os.path.join(args.out, "summary.json"), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=1)
    print(
        f"{summary['n_visits']:,} visits at {summary['n_fences']:,} fences from {summary['n_fixes']:,} fixes "
        f"→ {args.out}"
    )
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m hotspot_plugin.core.dask_scale", description=__doc__.splitlines()[0])
    sub = top.add_subparsers(dest="command", required=True)
    imp = sub.add_parser("import", help="CSV fixes → Parquet dataset by policing day")
    imp.add_argument("csv", nargs="+")
    imp.add_argument("--out", required=True, help="a new folder for the dataset")
    imp.add_argument("--overwrite", action="store_true", help="replace an older dataset in --out")
    imp.add_argument("--crs", default="EPSG:27700", help="the coordinates' CRS, recorded (default EPSG:27700)")
    for flag, default in (
        ("--officer", "officer_id"),
        ("--time", "t_utc"),
        ("--x", "x"),
        ("--y", "y"),
        ("--speed", "speed_kmh"),
    ):
        imp.add_argument(flag, default=default, help=f"column name (default {default})")
    dw = sub.add_parser("dwell", help="visits, dwell and compliance of a dataset")
    dw.add_argument("--fixes", required=True, help="the Parquet dataset folder")
    dw.add_argument("--fences", required=True, help="GeoJSON of fence polygons in the dataset's CRS")
    dw.add_argument("--fence-id", default="fence_id", help="the fences' id property (default fence_id)")
    dw.add_argument("--taskings", help="the tasking schedule's CSV (fence_id, date, window_start, window_end, minutes)")
    dw.add_argument("--scheduler", default="", help="empty: in process; local: a LocalCluster; or tcp://host:8786")
    dw.add_argument("--workers", type=int, default=None, help="LocalCluster workers (default: cores, at most 4)")
    dw.add_argument("--method", default="interpolated", choices=["interpolated", "points only"])
    dw.add_argument("--max-gap-s", type=float, default=150.0)
    dw.add_argument("--min-visit-s", type=float, default=60.0)
    dw.add_argument("--max-speed-kmh", type=float, default=None)
    dw.add_argument("--buffer-m", type=float, default=0.0)
    dw.add_argument("--out", required=True, help="folder for visits.csv, fences.csv, taskings.csv, summary.json")
    for p in (imp, dw):
        p.add_argument(
            "--day-start", default=DEFAULT_DAY_START, help=f"policing day start, local (default {DEFAULT_DAY_START})"
        )
        p.add_argument("--tz", default=DEFAULT_TIMEZONE, help=f"time zone (default {DEFAULT_TIMEZONE})")
    return top


def main(argv: Optional[List[str]] = None) -> int:
    from . import add_deps_path

    add_deps_path()
    args = parser().parse_args(argv)
    try:
        return _import(args) if args.command == "import" else _dwell(args)
    except HotspotInputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
