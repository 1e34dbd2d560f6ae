"""Officers' fixes as Parquet, partitioned by policing day.

A dataset is a folder::

    _hotspot_fixes.json          format, day start, time zone, CRS, fixes per day
    day=2026-07-07/part-000000.parquet
    day=2026-07-07/part-000001.parquet   (a later chunk of the same day)
    day=2026-07-08/...

Columns: ``officer_id`` (string), ``t_utc`` (timestamp, milliseconds, UTC), ``x``, ``y`` (float64,
metres in the CRS named in the JSON file), ``speed_kmh`` (float64, NaN unknown). A fix belongs to the
policing day that has started at its instant (``day_start`` local time in ``timezone``), so one
officer's fixes of one day are all in one folder. Rows inside a file are sorted by officer then time
(ties keep the input order); a day's files are read in name order. The ``day=`` names are Hive-style,
so pyarrow, Spark or DuckDB read the folder as one table with a ``day`` column.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..timeutil import DEFAULT_DAY_START, DEFAULT_TIMEZONE, UTC, check_timezone, day_start_clock, utc_seconds
from ..timeutil.policing import policing_day_starts

META_FILE = "_hotspot_fixes.json"
FORMAT = "hotspot_plugin fixes by policing day"
VERSION = 1
DAY_PREFIX = "day="
COLUMNS = ("officer_id", "t_utc", "x", "y", "speed_kmh")


def _schema():
    import pyarrow as pa

    return pa.schema(
        [
            ("officer_id", pa.string()),
            ("t_utc", pa.timestamp("ms", tz="UTC")),
            ("x", pa.float64()),
            ("y", pa.float64()),
            ("speed_kmh", pa.float64()),
        ]
    )


def day_folder(root: str, day) -> str:
    return os.path.join(root, f"{DAY_PREFIX}{day}")


@dataclass
class Dataset:
    """An open dataset: its folder, settings and days (sorted)."""

    root: str
    day_start: str
    timezone: str
    crs: str
    days: List[date]
    n_fixes: Dict[str, int]
    n_no_time: int = 0

    def files(self, day) -> List[str]:
        folder = day_folder(self.root, day)
        return sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".parquet"))


def open_dataset(root: str) -> Dataset:
    """The dataset in folder ``root``, or a :class:`HotspotInputError` saying what is wrong with it."""
    path = os.path.join(root, META_FILE)
    if not os.path.isfile(path):
        raise HotspotInputError(
            f"{root} is not a fixes dataset (no {META_FILE}). Write one with Import tracks (Parquet output) or "
            "python -m hotspot_plugin.core.dask_scale import."
        )
    with open(path, encoding="utf-8") as handle:
        meta = json.load(handle)
    if meta.get("format") != FORMAT or int(meta.get("version", 0)) > VERSION:
        raise HotspotInputError(f"{path} is not a fixes dataset this version can read (format {meta.get('format')}).")
    names = sorted(n[len(DAY_PREFIX) :] for n in os.listdir(root) if n.startswith(DAY_PREFIX))
    if not names:
        raise HotspotInputError(f"The fixes dataset {root} has no day folders: it holds no fixes.")
    return Dataset(
        root=root,
        day_start=meta["day_start"],
        timezone=meta["timezone"],
        crs=meta.get("crs", ""),
        days=[date.fromisoformat(n) for n in names],
        n_fixes={k: int(v) for k, v in meta.get("days", {}).items()},
        n_no_time=int(meta.get("n_no_time", 0)),
    )


class FixesWriter:
    """Write fixes chunk by chunk into a dataset folder (a new folder, or ``overwrite`` an old dataset).

    ``with FixesWriter(folder, day_start, tz, crs) as w: w.write(officer_id, t_utc, x, y, speed_kmh)``.
    ``t_utc``: UTC seconds, ``datetime64`` or ISO text (naive = UTC), stored to the millisecond.
    """

    def __init__(
        self,
        root: str,
        day_start: str = DEFAULT_DAY_START,
        tz: str = DEFAULT_TIMEZONE,
        crs: str = "",
        overwrite: bool = False,
    ):
        day_start_clock(day_start)
        check_timezone(tz)
        if os.path.isdir(root) and os.listdir(root):
            if not overwrite:
                raise HotspotInputError(f"{root} is not empty: choose a new folder for the Parquet fixes.")
            if not os.path.isfile(os.path.join(root, META_FILE)):
                raise HotspotInputError(f"{root} holds other files, not a fixes dataset: it is not replaced.")
            import shutil

            shutil.rmtree(root)
        os.makedirs(root, exist_ok=True)
        self.root, self.day_start, self.tz, self.crs = root, day_start, tz, crs
        self.counts: Dict[str, int] = {}
        self.n_no_time = 0
        self._part = 0

    def write(self, officer_id, t_utc, x, y, speed_kmh=None) -> int:
        """Add one chunk of fixes; returns how many were written (rows without a time cannot be placed)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        t = utc_seconds(t_utc, naive=UTC)
        ms = np.round(t * 1000.0)
        has_time = np.isfinite(ms)
        self.n_no_time += int(np.count_nonzero(~has_time))
        if not has_time.any():
            return 0
        officers = pd.Series(np.asarray(officer_id, dtype=object)[has_time])
        officers = officers.where(officers.isna(), officers.astype(str))
        ms = ms[has_time].astype(np.int64)
        xs = np.asarray(x, dtype=np.float64)[has_time]
        ys = np.asarray(y, dtype=np.float64)[has_time]
        speed = np.full(ms.size, np.nan) if speed_kmh is None else np.asarray(speed_kmh, dtype=np.float64)[has_time]
        seconds = ms / 1000.0
        days, starts = policing_day_starts(float(seconds.min()), float(seconds.max()), self.day_start, self.tz)
        day = np.searchsorted(starts, seconds, side="right") - 1
        codes, _ = pd.factorize(officers)  # a missing id gets -1: kept, counted as dropped by the analysis
        order = np.lexsort((ms, codes, day))
        day, ms, xs, ys, speed = day[order], ms[order], xs[order], ys[order], speed[order]
        officers = officers.to_numpy(dtype=object)[order]
        cuts = np.flatnonzero(np.diff(day)) + 1
        written = 0
        for lo, hi in zip(np.concatenate([[0], cuts]), np.concatenate([cuts, [day.size]])):
            key = days[int(day[lo])].isoformat()
            folder = day_folder(self.root, key)
            os.makedirs(folder, exist_ok=True)
            table = pa.table(
                {
                    "officer_id": pa.array(officers[lo:hi], type=pa.string(), from_pandas=True),
                    "t_utc": pa.array(ms[lo:hi], type=pa.int64()).cast(pa.timestamp("ms", tz="UTC")),
                    "x": xs[lo:hi],
                    "y": ys[lo:hi],
                    "speed_kmh": speed[lo:hi],
                },
                schema=_schema(),
            )
            pq.write_table(table, os.path.join(folder, f"part-{self._part:06d}.parquet"))
            self.counts[key] = self.counts.get(key, 0) + int(hi - lo)
            written += int(hi - lo)
        self._part += 1
        return written

    def close(self) -> Dataset:
        meta = {
            "format": FORMAT,
            "version": VERSION,
            "partitioning": "policing day: day=YYYY-MM-DD, the day that has started at the fix's instant",
            "day_start": self.day_start,
            "timezone": self.tz,
            "crs": self.crs,
            "columns": list(COLUMNS),
            "n_no_time": self.n_no_time,
            "days": dict(sorted(self.counts.items())),
        }
        tmp = os.path.join(self.root, META_FILE + ".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(meta, handle, indent=1)
        os.replace(tmp, os.path.join(self.root, META_FILE))
        return open_dataset(self.root)

    def __enter__(self):
        return self

    def __exit__(self, kind, *rest):
        if kind is None:
            self.close()


def write_fixes(
    root: str,
    officer_id,
    t_utc,
    x,
    y,
    speed_kmh=None,
    day_start: str = DEFAULT_DAY_START,
    tz: str = DEFAULT_TIMEZONE,
    crs: str = "",
    overwrite: bool = False,
) -> Dataset:
    """All fixes in one call (see :class:`FixesWriter`)."""
    with FixesWriter(root, day_start, tz, crs, overwrite) as writer:
        writer.write(officer_id, t_utc, x, y, speed_kmh)
    return open_dataset(root)


def read_day(files: List[str], columns: Optional[List[str]] = None) -> Dict[str, np.ndarray]:
    """One day's fixes: ``officer_id`` (object), ``t`` (UTC seconds), ``x``, ``y``, ``speed_kmh`` arrays."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.concat_tables([pq.read_table(f, schema=_schema()) for f in files]) if files else _schema().empty_table()
    ms = table.column("t_utc").cast(pa.int64()).to_numpy(zero_copy_only=False)
    officers = table.column("officer_id").to_pandas().to_numpy(dtype=object)
    return {
        "officer_id": officers,
        "t": ms / 1000.0,
        "x": table.column("x").to_numpy(zero_copy_only=False).astype(np.float64, copy=False),
        "y": table.column("y").to_numpy(zero_copy_only=False).astype(np.float64, copy=False),
        "speed_kmh": table.column("speed_kmh").to_numpy(zero_copy_only=False).astype(np.float64, copy=False),
    }
