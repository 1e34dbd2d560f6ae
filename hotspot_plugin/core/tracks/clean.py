"""Cleaning officer fixes: coordinates that do not fit their CRS, GPS jumps, ping intervals.

The coordinate checks refuse a whole file whose values cannot be what the chosen CRS says (degrees
read as metres or the reverse, or more than ``MAX_OUTSIDE_SHARE`` of the fixes outside the CRS's
area of use, with the swap of x and y suggested when it explains them); the jump filter drops GPS
spikes that need an impossible speed to reach and to leave.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Tuple

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..progress import ProgressCallback, report
from ..timeutil import utc_seconds
from .readers import ROLE_LABELS, RawFixes

EARTH_RADIUS_M = 6371008.8


#: Up to this share of a file's fixes may lie outside the area of use: stray fixes, dropped and
#: counted. More means the file as a whole is wrong (swapped columns, wrong CRS) and it is refused.
MAX_OUTSIDE_SHARE = 0.01
#: Swapping x and y is suggested when it puts at least this share of the outside fixes inside.
SWAP_SUGGESTION_SHARE = 0.9


@dataclass(frozen=True)
class AreaOfUse:
    """Where coordinates of the source CRS make sense, as a box in that CRS's own units.

    The adapters build it from QGIS (the CRS's bounds, intersected with those of the output CRS and
    transformed into the source CRS), since the analysis code cannot ask QGIS itself.
    """

    xmin: float
    ymin: float
    xmax: float
    ymax: float
    crs: str  #: the CRS's name for messages, e.g. "EPSG:4326"
    description: str = ""  #: what the box is, e.g. "the area of use of EPSG:4326 and of EPSG:27700 (the output)"

    def contains(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Which points lie inside the box (edges included); NaN is outside."""
        with np.errstate(invalid="ignore"):
            return (x >= self.xmin) & (x <= self.xmax) & (y >= self.ymin) & (y <= self.ymax)

    def box_text(self, degrees: bool) -> str:
        value = (lambda v: f"{v:.2f}") if degrees else (lambda v: f"{v:,.0f}")
        return f"x {value(self.xmin)} to {value(self.xmax)}, y {value(self.ymin)} to {value(self.ymax)}"


def coordinates_look_projected(x: np.ndarray, y: np.ndarray) -> bool:
    """True when most finite, non-zero coordinates are out of degree range (eastings/northings in metres)."""
    with np.errstate(invalid="ignore"):
        usable = np.isfinite(x) & np.isfinite(y) & ~((x == 0) & (y == 0))
        if not usable.any():
            return False
        outside = (np.abs(x[usable]) > 180) | (np.abs(y[usable]) > 90)
    return bool(outside.mean() > 0.5)


def _fix_place(frame: pd.DataFrame, position: int) -> str:
    """'line 5' for a message (GPX and GeoJSON have no lines: 'point 5', the fix's number in the file)."""
    line = int(frame["line"].iloc[position])
    return f"line {line}" if line > 0 else f"point {position + 1}"


def _fix_example(frame: pd.DataFrame, position: int, degrees: bool) -> str:
    """'line 5: x …, y …' for a message."""
    x, y = float(frame["x"].iloc[position]), float(frame["y"].iloc[position])
    where = _fix_place(frame, position)
    return f"{where}: x {x:.5f}, y {y:.5f}" if degrees else f"{where}: x {x:,.1f}, y {y:,.1f}"


def _swap_advice(fmt: str, mapping: Dict[str, Optional[str]]) -> str:
    """How to swap x and y for a file of format ``fmt``."""
    if fmt == "csv" and mapping.get("x") and mapping.get("y"):
        return (
            f"the x and y columns look swapped. Set the {ROLE_LABELS['x']} column to '{mapping['y']}' and the "
            f"{ROLE_LABELS['y']} column to '{mapping['x']}'."
        )
    if fmt == "geojson":
        return (
            "the points look written as [latitude, longitude], but GeoJSON positions are [longitude, latitude] "
            "(RFC 7946). Correct the export."
        )
    if fmt == "gpx":
        return "the file's lat and lon attributes look swapped. Correct the export."
    return "x and y look swapped in the file. Correct the export."


def check_file_coordinates(
    raw: RawFixes,
    name: str,
    degrees: bool,
    decided_from_values: bool,
    area: Optional[AreaOfUse] = None,
) -> np.ndarray:
    """Refuse a file whose coordinates do not fit how they are read; return its stray fixes outside ``area``.

    ``degrees``: the coordinates are read as longitude/latitude (else metres); ``decided_from_values``:
    that was decided from the values of all files of the import rather than from the chosen CRS.
    Raises :class:`HotspotInputError` (naming the count, an example and the fix) when the file's values
    look like the other kind (eastings/northings read as degrees or the reverse), or when more than
    ``MAX_OUTSIDE_SHARE`` of its fixes lie outside ``area``, suggesting the swap of x and y when that
    puts them inside. Returns a mask of the (few) fixes outside ``area``, to be dropped.
    Missing and 0,0 coordinates are left to the cleaning (counted as bad coordinates).
    """
    frame = raw.frame
    x, y = frame["x"].to_numpy(dtype=float), frame["y"].to_numpy(dtype=float)
    outside = np.zeros(len(frame), dtype=bool)
    with np.errstate(invalid="ignore"):
        present = np.isfinite(x) & np.isfinite(y) & ~((x == 0) & (y == 0))
        in_degrees = present & (np.abs(x) <= 180) & (np.abs(y) <= 90)
    if not present.any():
        return outside
    crs = area.crs if area is not None else "the coordinates' CRS"
    looks_degrees = not coordinates_look_projected(x, y)
    if degrees and not looks_degrees:
        example = _fix_example(frame, int(np.flatnonzero(present & ~in_degrees)[0]), False)
        raise HotspotInputError(
            f"{name}: the coordinates look like eastings/northings in metres (e.g. {example}), "
            + (
                "while most fixes of this import are longitude/latitude in degrees. Import this file on its own."
                if decided_from_values
                else f"but {crs} is in degrees. Set the coordinates' CRS to the file's projected CRS, e.g. "
                "EPSG:27700 (British National Grid)."
            )
        )
    if not degrees and looks_degrees:
        example = _fix_example(frame, int(np.flatnonzero(in_degrees)[0]), True)
        always = ""
        if raw.format in ("gpx", "nmea"):
            always = " GPX and NMEA positions are always WGS 84 latitude/longitude."
        raise HotspotInputError(
            f"{name}: the coordinates look like longitude/latitude in degrees (e.g. {example}), "
            + (
                "while most fixes of this import are eastings/northings in metres (read as EPSG:27700). "
                "Import this file on its own."
                if decided_from_values
                else f"but {crs} is in metres. Set the coordinates' CRS to EPSG:4326 (WGS 84 latitude/longitude)."
            )
            + always
        )
    if area is None:
        return outside
    usable = in_degrees if degrees else present
    outside = usable & ~area.contains(x, y)
    n_outside, n_usable = int(outside.sum()), int(usable.sum())
    if n_outside <= MAX_OUTSIDE_SHARE * n_usable:
        return outside
    rows = np.flatnonzero(outside)
    message = (
        f"{name}: {n_outside:,} of {n_usable:,} fixes lie outside {area.description or 'the area of use of ' + crs} "
        f"({area.box_text(degrees)}), e.g. {_fix_example(frame, int(rows[0]), degrees)}."
    )
    n_swapped = int(area.contains(y[rows], x[rows]).sum())
    if n_swapped >= SWAP_SUGGESTION_SHARE * n_outside:
        advice = _swap_advice(raw.format, raw.mapping)
        message += f" With x and y swapped {n_swapped:,} of them would be inside: {advice}"
    else:
        message += f" Check that the coordinates' CRS ({crs}) and the x / y columns are right."
    raise HotspotInputError(message)


# ---------------------------------------------------------------------------------------------
# Cleaning
# ---------------------------------------------------------------------------------------------


def _distances(x0, y0, x1, y1, geographic: bool) -> np.ndarray:
    if not geographic:
        return np.hypot(x1 - x0, y1 - y0)
    lat0, lat1 = np.radians(y0), np.radians(y1)
    dlat, dlon = lat1 - lat0, np.radians(x1 - x0)
    a = np.sin(dlat / 2) ** 2 + np.cos(lat0) * np.cos(lat1) * np.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def jump_mask(
    device: np.ndarray,
    t_s: np.ndarray,
    x: np.ndarray,
    y: np.ndarray,
    max_speed_kmh: float,
    geographic: bool = True,
    max_run: int = 3,
    progress: ProgressCallback = None,
) -> np.ndarray:
    """Which fixes are jumps, for fixes sorted by device then time (``t_s`` seconds, strictly rising per device).

    A run of up to ``max_run`` fixes is a jump when reaching it and leaving it both need more than
    ``max_speed_kmh`` while going straight past it does not (a GPS spike). At either end of a
    device's track, a fix whose only link is too fast while the next link is not is a jump too.
    Consistent fast movement (all links fast) is kept: it is travel, not error.
    ``progress`` is told after each pass (the number of passes is not known ahead) and may stop it.
    """
    n = len(t_s)
    drop = np.zeros(n, dtype=bool)
    if n < 2 or not max_speed_kmh or max_speed_kmh <= 0:
        return drop
    limit = max_speed_kmh / 3.6

    def too_fast(i, j):
        dt = np.maximum(t_s[j] - t_s[i], 1e-9)
        return _distances(x[i], y[i], x[j], y[j], geographic) / dt > limit

    for iteration in range(1000):
        report(progress, 1.0 - 0.5**iteration)
        idx = np.flatnonzero(~drop)
        if len(idx) < 2:
            break
        same = device[idx[1:]] == device[idx[:-1]]
        fast = same & too_fast(idx[:-1], idx[1:])  # fast[k]: link idx[k] → idx[k+1]
        if not fast.any():
            break
        changed = False
        for run in range(1, max_run + 1):
            # run of kept positions k..k+run-1, entered by link k-1 and left by link k+run-1
            k = np.arange(1, len(idx) - run)
            if not len(k):
                break
            ok = fast[k - 1] & fast[k + run - 1]
            for step in range(run + 1):
                ok &= same[k - 1 + step]
            k = k[ok]
            if len(k):
                k = k[~too_fast(idx[k - 1], idx[k + run])]
            if len(k):
                for step in range(run):
                    drop[idx[k + step]] = True
                changed = True
                break
        if changed:
            continue
        first = np.r_[True, ~same]  # position starts a device
        last = np.r_[~same, True]
        k = np.arange(len(idx))
        nxt_ok = np.r_[~fast[1:], False, False] & np.r_[same[1:], False, False]  # link k+1 → k+2 exists and is not fast
        start_spike = first & np.r_[fast, False] & nxt_ok
        prev_ok = np.r_[False, False, ~fast[:-1]] & np.r_[False, False, same[:-1]]
        end_spike = last & np.r_[False, fast] & prev_ok[: len(idx)]
        ends = k[start_spike | end_spike]
        if not len(ends):
            break
        drop[idx[ends]] = True
    return drop


def ping_intervals(fixes: pd.DataFrame) -> Dict[str, Tuple[float, float, int]]:
    """Per source: median and 90th percentile seconds between consecutive fixes of a device, and their number."""
    out: Dict[str, Tuple[float, float, int]] = {}
    if fixes.empty:
        return out
    source_codes, source_names = pd.factorize(fixes["source"], sort=True)
    officer_codes, _ = pd.factorize(fixes["officer_id"], sort=True)
    seconds = utc_seconds(fixes["t_utc"])
    if (source_codes < 0).any() or (officer_codes < 0).any() or np.isnan(seconds).any():
        ordered = fixes.sort_values(["source", "officer_id", "t_utc"], kind="mergesort")
        seconds = utc_seconds(ordered["t_utc"])
        source, officer = ordered["source"].to_numpy(), ordered["officer_id"].to_numpy()
        same = (source[1:] == source[:-1]) & (officer[1:] == officer[:-1])
        keys, sources = list(pd.unique(ordered["source"])), source[1:]
    else:  # the same order from a stable sort of codes (in text order) and times
        order = np.lexsort((pd.DatetimeIndex(fixes["t_utc"]).asi8, officer_codes, source_codes))
        source_codes, officer_codes, seconds = source_codes[order], officer_codes[order], seconds[order]
        same = (source_codes[1:] == source_codes[:-1]) & (officer_codes[1:] == officer_codes[:-1])
        keys, sources = list(source_names), source_names.to_numpy()[source_codes[1:]]
    gaps = np.diff(seconds)
    for source in keys:
        values = gaps[same & (sources == source)]
        if len(values):
            out[str(source)] = (float(np.median(values)), float(np.percentile(values, 90)), int(len(values)))
    return out
