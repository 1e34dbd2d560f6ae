"""Officers' fixes as Parquet, partitioned by policing day.

A dataset is a folder::

    _hotspot_fixes.json          format, day start, time zone, CRS, fixes per day
    day=2026-07-07/part-000000.parquet
    day=2026-07-07/part-000001.parquet   (a later chunk of the same day)
    day=2026-07-08/...
    _edges/day=2026-07-07/part-000000.parquet   each officer's first and last usable fix of that file

Columns: ``officer_id`` (string), ``t_utc`` (timestamp, milliseconds, UTC), ``x``, ``y`` (float64,
metres in the CRS named in the JSON file), ``speed_kmh`` (float64, NaN unknown). A fix belongs to the
policing day that has started at its instant (``day_start`` local time in ``timezone``), so one
officer's fixes of one day are all in one folder. Rows inside a file are sorted by officer then time
(ties keep the input order); a day's files are read in name order. The ``day=`` names are Hive-style,
so pyarrow, Spark or DuckDB read the folder as one table with a ``day`` column (they skip ``_edges``).
The edge files spare the analysis a first pass over every fix; a dataset written by other tools
(without them) works too, read twice.
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
EDGES_DIR = "_edges"
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

    def edge_files(self, day) -> Optional[List[str]]:
        """The edge file of each of the day's files, or None when any is missing (other writers)."""
        folder = day_folder(os.path.join(self.root, EDGES_DIR), day)
        wanted = [os.path.join(folder, os.path.basename(f)) for f in self.files(day)]
        return wanted if all(os.path.isfile(f) for f in wanted) else None


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
        usable = (codes[order] >= 0) & np.isfinite(xs) & np.isfinite(ys)
        codes = codes[order]
        cuts = np.flatnonzero(np.diff(day)) + 1
        written = 0
        name = f"part-{self._part:06d}.parquet"
        for lo, hi in zip(np.concatenate([[0], cuts]), np.concatenate([cuts, [day.size]])):
            key = days[int(day[lo])].isoformat()
            columns = {
                "officer_id": officers[lo:hi],
                "ms": ms[lo:hi],
                "x": xs[lo:hi],
                "y": ys[lo:hi],
                "speed_kmh": speed[lo:hi],
            }
            self._write(day_folder(self.root, key), name, columns)
            # Each officer's first and last usable fix of this file (rows are sorted by officer, then time).
            rows = np.flatnonzero(usable[lo:hi])
            c = codes[lo:hi][rows]
            first = rows[np.concatenate([[True], c[1:] != c[:-1]])] if rows.size else rows
            last = rows[np.concatenate([c[1:] != c[:-1], [True]])] if rows.size else rows
            pick = np.concatenate([first, last])
            edges = {k: v[pick] for k, v in columns.items()}
            edges["edge"] = np.repeat(np.array([0, 1], dtype=np.int8), [first.size, last.size])
            self._write(day_folder(os.path.join(self.root, EDGES_DIR), key), name, edges)
            self.counts[key] = self.counts.get(key, 0) + int(hi - lo)
            written += int(hi - lo)
        self._part += 1
        return written

    @staticmethod
    def _write(folder, name, columns):
        import pyarrow as pa
        import pyarrow.parquet as pq

        os.makedirs(folder, exist_ok=True)
        data = {
            "officer_id": pa.array(columns["officer_id"], type=pa.string(), from_pandas=True),
            "t_utc": pa.array(columns["ms"], type=pa.int64()).cast(pa.timestamp("ms", tz="UTC")),
            "x": columns["x"],
            "y": columns["y"],
            "speed_kmh": columns["speed_kmh"],
        }
        schema = _schema()
        if "edge" in columns:
            data["edge"] = columns["edge"]
            schema = schema.append(pa.field("edge", pa.int8()))
        pq.write_table(pa.table(data, schema=schema), os.path.join(folder, name))

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


def _officer_codes(column):
    """(codes, names) of a dictionary-encoded string column: code -1 for a missing id."""
    import pyarrow as pa

    names, parts = [], []
    for chunk in column.chunks:
        if not pa.types.is_dictionary(chunk.type):
            chunk = chunk.dictionary_encode()
        idx = chunk.indices.to_numpy(zero_copy_only=False)
        idx = np.where(chunk.is_null().to_numpy(zero_copy_only=False), -1, idx).astype(np.int64)
        parts.append((idx, chunk.dictionary.to_numpy(zero_copy_only=False).astype(object)))
    if len(parts) == 1:
        return parts[0]
    allnames = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, dtype=object)
    # Codes in order of first appearance: rows grouped by officer keep non-decreasing codes (no re-sort).
    inverse, names = pd.factorize(allnames.astype(str))
    codes, offset = [], 0
    for idx, dictionary in parts:
        remap = inverse[offset : offset + dictionary.size]
        codes.append(np.where(idx >= 0, remap[np.maximum(idx, 0)] if remap.size else -1, -1))
        offset += dictionary.size
    return (np.concatenate(codes).astype(np.int64) if codes else np.zeros(0, dtype=np.int64)), np.asarray(
        names, dtype=object
    )


def read_day(files: List[str], codes: bool = False) -> Dict[str, np.ndarray]:
    """One day's fixes: ``officer_id`` (object), ``t`` (UTC seconds), ``x``, ``y``, ``speed_kmh`` arrays.

    ``codes``: instead of ``officer_id``, ``officer_code`` (int, -1 missing) and ``officer_names``
    (what the codes index): much faster than Python strings for millions of fixes.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = [pq.read_table(f, columns=list(COLUMNS), read_dictionary=["officer_id"]) for f in files]
    table = pa.concat_tables(tables) if tables else _schema().empty_table()
    ms = table.column("t_utc").cast(pa.int64()).to_numpy(zero_copy_only=False)
    out = {
        "t": ms / 1000.0,
        "x": table.column("x").to_numpy(zero_copy_only=False).astype(np.float64, copy=False),
        "y": table.column("y").to_numpy(zero_copy_only=False).astype(np.float64, copy=False),
        "speed_kmh": table.column("speed_kmh").to_numpy(zero_copy_only=False).astype(np.float64, copy=False),
    }
    code, names = _officer_codes(table.column("officer_id"))
    if codes:
        out["officer_code"], out["officer_names"] = code, names
    else:
        out["officer_id"] = np.append(names, None)[code]
    return out


def read_edges(files: List[str]) -> Dict[str, np.ndarray]:
    """The edge rows of a day's files, in file order: ``read_day`` columns plus ``edge`` (0 first, 1 last)."""
    import pyarrow.parquet as pq

    cols = read_day(files)
    cols["edge"] = np.concatenate([pq.read_table(f, columns=["edge"]).column("edge").to_numpy() for f in files])
    return cols
