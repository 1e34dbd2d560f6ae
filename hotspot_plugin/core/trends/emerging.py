"""Emerging hot spots: a space-time cube, space-time Gi*, per-step FDR, Mann–Kendall, 17 categories.

After ArcGIS's Emerging Hot Spot Analysis ("How Emerging Hot Spot Analysis works"), on this
plugin's grid cells and harm weights (DOMAIN.md §2).

**Cube.** Rows are the tested cells (the caller decides which cells are tested, by the same rule as
``harmhotspots``: only cells with incidents, or every cell of the study area); columns are calendar
time steps (day, week or month, local time, :mod:`.instants`). A bin holds the harm (or count) of
the incidents in that cell and step.

**Space-time neighbourhood.** Bin (i, t) has as neighbours every bin (j, s) with cell centres within
the distance band (``d_ij ≤ band``, the cell itself included) and ``t − K ≤ s ≤ t`` with K =
``time_neighbours``: the same cells in the K previous steps, never later ones. Near the start of the
cube the window is truncated (step 0 has only its own step). Weights are binary.

**Gi*.** The DOMAIN.md §2 formula, with Σ_j w_ij x_j over the space-time neighbours and n, x̄ and S
(population SD) taken over the *global window*:

* ``global_window="cube"`` (ArcGIS's default, "Entire cube"): every bin of the cube, n = cells × steps;
* ``global_window="neighbourhood"`` (ArcGIS's "Neighborhood time step"): the bins of every cell in
  steps t − K … t, n = cells × steps in the window.

With ``K = 0`` and the neighbourhood window, each step's z is exactly the plain spatial Gi* of that
step alone (the tests check this against :func:`hotspot_plugin.core.gistar.gi_star_sparse`). z and p
are unadjusted; ``gi_bin`` uses Benjamini–Hochberg FDR over the cells of each step.

**Trend.** Mann–Kendall (:mod:`.mann_kendall`, ties corrected, continuity corrected) on each cell's
series of Gi* z-scores, as ArcGIS does; significant when p < ``trend_alpha``.

**Categories.** A step is a significant hot (cold) spot when ``gi_bin ≥ min_bin`` (``≤ −min_bin``;
default 1 = 90 % confidence, every non-zero bin as in ArcGIS's Gi_Bin). "90 %" means at least 90 % of
all steps (10·hits ≥ 9·steps). For a cell hot in the last step (cold: mirror image, with
"intensifying" a significant *falling* trend):

* ≥ 90 % of steps hot → **intensifying** (significant rising trend), **diminishing** (significant
  falling trend) or **persistent** (no significant trend);
* otherwise, any earlier cold step → **oscillating**;
* otherwise, hot only in an uninterrupted final run: **new** (the last step alone) or
  **consecutive** (a run of ≥ 2 steps);
* otherwise (on and off, never cold) → **sporadic**.

A cell neither hot nor cold in the last step is **historical** hot (cold) when ≥ 90 % of steps are
hot (cold), else **no pattern**. Precedence where ArcGIS's definitions overlap: the last step
decides the side (hot then cold in the last step is an oscillating *cold* spot, not historical
hot), and an earlier step of the other sign makes a cell oscillating rather than new/consecutive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.special import ndtr

from ..errors import HotspotInputError
from ..gistar import distance_band_weights, mean_and_sd, significance_bins
from ..progress import ProgressCallback, report
from ..timeutil import DEFAULT_TIMEZONE, local_clock, parse_date
from .instants import (
    check_time_step,
    date_bounds_utc,
    required_utc,
    rows_text,
    step_index,
    step_start_dates,
)
from .mann_kendall import MannKendall, mann_kendall
from .spacetime import _window_sum, space_time_z, steps_in_window, time_window_sums

#: Fewer steps and the Mann–Kendall normal approximation and the 90 % rules say little.
MIN_STEPS = 10
GLOBAL_WINDOWS = ("cube", "neighbourhood")
DEFAULT_TREND_ALPHA = 0.05

#: Category code → label (ArcGIS's pattern names). Hot spots 1..8, cold spots −1..−8.
_KINDS = ["New", "Consecutive", "Intensifying", "Persistent", "Diminishing", "Sporadic", "Oscillating", "Historical"]
CATEGORIES: Dict[int, str] = {0: "No Pattern Detected"}
for _code, _kind in enumerate(_KINDS, start=1):
    CATEGORIES[_code] = f"{_kind} Hot Spot"
    CATEGORIES[-_code] = f"{_kind} Cold Spot"
(NEW, CONSECUTIVE, INTENSIFYING, PERSISTENT, DIMINISHING, SPORADIC, OSCILLATING, HISTORICAL) = range(1, 9)

#: Columns of :meth:`EmergingResult.cells_frame`.
CELL_COLUMNS = [
    "row",
    "category",
    "category_code",
    "trend_z",
    "trend_p",
    "trend_tau",
    "n_hot_steps",
    "n_cold_steps",
    "n_sig_steps",
    "last_gi_bin",
    "n_crimes",
    "harm",
]
#: Columns of :meth:`EmergingResult.steps_frame` (one row per cell and step).
STEP_COLUMNS = ["row", "step", "step_start", "step_end", "n_crimes", "harm", "gi_z", "gi_p", "gi_bin"]


# --------------------------------------------------------------------------------------------
# The cube


@dataclass
class SpaceTimeCube:
    """Harm and counts per tested cell (rows) and calendar step (columns).

    ``values`` is the analysis variable (harm, or counts when no harm was given); ``first_step`` the
    absolute step number (:func:`.instants.step_index`) of column 0.
    """

    values: np.ndarray
    counts: np.ndarray
    time_step: str
    first_step: int
    tz: str
    start: dt.date  #: first date covered (inclusive)
    end: dt.date  #: last date covered (inclusive)
    n_incidents: int
    n_used: int
    n_outside_cells: int
    n_outside_period: int
    messages: List[str] = field(default_factory=list)

    @property
    def n_cells(self) -> int:
        return int(self.values.shape[0])

    @property
    def n_steps(self) -> int:
        return int(self.values.shape[1])

    def step_bounds(self):
        """(starts, ends) of each step as tz-aware local timestamps; ends are exclusive."""
        index = self.first_step + np.arange(self.n_steps + 1)
        dates = step_start_dates(index, self.time_step)
        stamps = pd.DatetimeIndex(dates.astype("datetime64[ns]")).tz_localize(self.tz)
        return stamps[:-1], stamps[1:]


def build_cube(
    rows,
    times,
    n_cells: int,
    harm=None,
    time_step: str = "week",
    tz: str = DEFAULT_TIMEZONE,
    start=None,
    end=None,
    ids=None,
) -> SpaceTimeCube:
    """Aggregate incidents into a space-time cube.

    ``rows``: for each incident, the row (0 … n_cells − 1) of its tested cell, or −1 when it lies in
    no tested cell (left out and counted). ``times``: each incident's date-time (see
    :func:`.instants.to_utc`). ``harm``: per-incident weight (None: each incident counts 1).
    ``start``/``end``: inclusive ISO dates of the period (default: the first and last incident's
    local date); incidents outside are left out and counted. ``ids`` name rows in error messages.
    """
    check_time_step(time_step)
    rows = np.asarray(rows, dtype=np.int64)
    n = rows.size
    if n == 0:
        raise HotspotInputError("The input has no incidents. Choose a layer with crimes.")
    if n_cells < 1:
        raise HotspotInputError("No cells are tested. Check the grid and the study area.")
    if rows.max(initial=-1) >= n_cells or rows.min(initial=0) < -1:
        raise ValueError("rows must be −1 or a row of the tested cells")
    utc = required_utc(times, tz, ids)
    if len(utc) != n:
        raise ValueError("rows and times must have the same length")
    weights = np.ones(n) if harm is None else np.asarray(harm, dtype=float)
    _check_harm(weights, ids)
    local = local_clock(utc, tz)
    local_dates = local.astype("datetime64[D]")
    start_date = parse_date(start, "start date") if start is not None else pd.Timestamp(local_dates.min()).date()
    end_date = parse_date(end, "end date") if end is not None else pd.Timestamp(local_dates.max()).date()
    if end_date < start_date:
        raise HotspotInputError(f"The period ends ({end_date}) before it starts ({start_date}). Swap the dates.")
    begin_utc, stop_utc = date_bounds_utc(start_date, end_date, tz)
    in_period = ((utc >= begin_utc) & (utc < stop_utc)).to_numpy()
    in_cells = rows >= 0
    used = in_period & in_cells
    first = int(step_index(np.array([np.datetime64(start_date, "ns")]), time_step)[0])
    last = int(step_index(np.array([np.datetime64(end_date, "ns")]), time_step)[0])
    n_steps = last - first + 1
    column = step_index(local[used], time_step) - first
    flat = rows[used] * n_steps + column
    values = np.bincount(flat, weights=weights[used], minlength=n_cells * n_steps).reshape(n_cells, n_steps)
    counts = np.bincount(flat, minlength=n_cells * n_steps).reshape(n_cells, n_steps)

    messages = []
    n_outside_cells = int((in_period & ~in_cells).sum())
    n_outside_period = int((~in_period).sum())
    if n_outside_cells:
        messages.append(f"{n_outside_cells} incidents lie in no tested cell and were left out.")
    if n_outside_period:
        messages.append(f"{n_outside_period} incidents fall outside {start_date} – {end_date} and were left out.")
    step_dates = step_start_dates(np.array([first, last + 1]), time_step)
    first_start = pd.Timestamp(step_dates[0]).date()
    last_end = pd.Timestamp(step_dates[1]).date() - dt.timedelta(days=1)
    if first_start < start_date:
        messages.append(
            f"The first {time_step} ({first_start} – …) is covered only from {start_date}: its counts are "
            f"lower, which can look like a rising trend. Start the period on the first day of a {time_step}."
        )
    if last_end > end_date:
        messages.append(
            f"The last {time_step} (… – {last_end}) is covered only to {end_date}: its counts are lower, "
            f"which can look like a falling trend. End the period on the last day of a {time_step}."
        )
    return SpaceTimeCube(
        values=values,
        counts=counts,
        time_step=time_step,
        first_step=first,
        tz=tz,
        start=start_date,
        end=end_date,
        n_incidents=n,
        n_used=int(used.sum()),
        n_outside_cells=n_outside_cells,
        n_outside_period=n_outside_period,
        messages=messages,
    )


def _check_harm(harm: np.ndarray, ids) -> None:
    bad = np.flatnonzero(~np.isfinite(harm))
    if bad.size:
        raise HotspotInputError(
            f"{bad.size} incidents have no harm value ({rows_text(bad, ids)}). Fill the harm field or filter them out."
        )
    negative = np.flatnonzero(harm < 0)
    if negative.size:
        raise HotspotInputError(
            f"{negative.size} incidents have a negative harm value ({rows_text(negative, ids)}). Harm must "
            "be 0 or more."
        )


def cube_rows(point_cells: np.ndarray, tested_cells: np.ndarray) -> np.ndarray:
    """Row of each incident's cell among ``tested_cells`` (ascending ids), −1 when it is not tested.

    ``point_cells``: each incident's grid cell id (−1 outside the grid), e.g. from ``Grid.locate``.
    """
    point_cells = np.asarray(point_cells, dtype=np.int64)
    tested_cells = np.asarray(tested_cells, dtype=np.int64)
    if tested_cells.size == 0:
        return np.full(point_cells.shape, -1, dtype=np.int64)
    position = np.clip(np.searchsorted(tested_cells, point_cells), 0, tested_cells.size - 1)
    return np.where(tested_cells[position] == point_cells, position, -1)


# --------------------------------------------------------------------------------------------
# Space-time Gi*


@dataclass
class SpaceTimeGiStar:
    """z, p (two-sided, unadjusted) per cell and step, and the spatial neighbour count (self included)."""

    z: np.ndarray
    p: np.ndarray
    n_spatial_neighbours: np.ndarray
    n_flat_windows: int = 0  #: steps whose global window had no variance (z set to 0)
    #: Mann–Kendall of each cell's z series, when what computed z did it too (the Dask tiles, per tile).
    trend: Optional[MannKendall] = None


def window_statistics(x: np.ndarray, time_neighbours: int, global_window: str = "cube"):
    """(mean, SD, n, flat windows) of the global window of every step of ``x`` (cells × steps).

    ``mean``, ``sd`` and ``n`` have one value per step; a step whose window has no variance gets SD 0
    (its z is then 0) and counts in ``flat windows``. ``"cube"``: every bin (zero variance is an error).
    """
    if global_window not in GLOBAL_WINDOWS:
        raise HotspotInputError(f"Unknown global window {global_window!r}: use 'cube' or 'neighbourhood'.")
    n_cells, n_steps = x.shape
    k = int(time_neighbours)
    if global_window == "cube":
        mean_all, sd_all = mean_and_sd(x.ravel())
        return np.full(n_steps, mean_all), np.full(n_steps, sd_all), np.full(n_steps, float(x.size)), 0
    width = k + 1
    column_sum = _window_sum(np.cumsum(x.sum(axis=0)), width)
    column_sq = _window_sum(np.cumsum((x**2).sum(axis=0)), width)
    n = n_cells * steps_in_window(n_steps, k)
    mean = column_sum / n
    sd = np.sqrt(np.maximum(column_sq / n - mean**2, 0.0))
    flat = sd <= 1e-12 * np.maximum(np.abs(mean), 1.0)
    return mean, np.where(flat, 0.0, sd), n, int(flat.sum())


def space_time_gistar(
    values: np.ndarray, weights: sparse.spmatrix, time_neighbours: int = 1, global_window: str = "cube"
) -> SpaceTimeGiStar:
    """Gi* of every bin of ``values`` (cells × steps) over the space-time neighbourhood (module docstring).

    ``weights``: binary spatial neighbour matrix (cells × cells) that includes self. Vectorised:
    one sparse product for all steps, then running sums along time.
    """
    if global_window not in GLOBAL_WINDOWS:
        raise HotspotInputError(f"Unknown global window {global_window!r}: use 'cube' or 'neighbourhood'.")
    x = np.asarray(values, dtype=float)
    n_steps = x.shape[1]
    w = sparse.csr_matrix(weights)
    k = int(time_neighbours)
    local_sum = time_window_sums(np.asarray(w @ x), k)  # spatial neighbour sums of every step, over time
    degree = np.asarray(w.sum(axis=1)).ravel()
    mean, sd, n, flat_windows = window_statistics(x, k, global_window)
    z = space_time_z(local_sum, degree, steps_in_window(n_steps, k), mean, sd, n)
    p = 2.0 * ndtr(-np.abs(z))
    return SpaceTimeGiStar(z=z, p=p, n_spatial_neighbours=degree.astype(np.int64), n_flat_windows=flat_windows)


def significance_bins_by_step(z: np.ndarray, p: np.ndarray, fdr: bool = True, progress: ProgressCallback = None):
    """``gi_bin`` (−3..3) per cell and step, FDR over the cells of each step (:func:`gistar.significance_bins`)."""
    bins = np.zeros(z.shape, dtype=np.int8)
    n_steps = z.shape[1]
    for t in range(n_steps):
        bins[:, t] = significance_bins(z[:, t], p[:, t], fdr=fdr)
        if t % 8 == 7:
            report(progress, (t + 1) / n_steps)
    return bins


# --------------------------------------------------------------------------------------------
# Categories


def _trailing_run(flags: np.ndarray) -> np.ndarray:
    """Length of the run of True at the end of each row."""
    return np.cumprod(flags[:, ::-1], axis=1).sum(axis=1)


def classify(
    gi_bin: np.ndarray,
    trend_z: np.ndarray,
    trend_p: np.ndarray,
    min_bin: int = 1,
    trend_alpha: float = DEFAULT_TREND_ALPHA,
) -> np.ndarray:
    """Category code per cell (:data:`CATEGORIES`) from its gi_bin series and Gi* trend (module docstring)."""
    bins = np.asarray(gi_bin)
    n_steps = bins.shape[1]
    hot = bins >= min_bin
    cold = bins <= -min_bin
    rising = (np.asarray(trend_p) < trend_alpha) & (np.asarray(trend_z) > 0)
    falling = (np.asarray(trend_p) < trend_alpha) & (np.asarray(trend_z) < 0)
    codes = np.zeros(bins.shape[0], dtype=np.int64)
    for sign, same, other, stronger, weaker in ((1, hot, cold, rising, falling), (-1, cold, hot, falling, rising)):
        n_same = same.sum(axis=1)
        last = same[:, -1]
        mostly = 10 * n_same >= 9 * n_steps
        any_other = other.any(axis=1)
        run = _trailing_run(same)
        only_final_run = n_same == run
        choice = np.select(
            [
                mostly & stronger,
                mostly & weaker,
                mostly,
                any_other,
                only_final_run & (run == 1),
                only_final_run,
            ],
            [INTENSIFYING, DIMINISHING, PERSISTENT, OSCILLATING, NEW, CONSECUTIVE],
            default=SPORADIC,
        )
        codes = np.where(last, sign * choice, codes)
        neither_last = ~hot[:, -1] & ~cold[:, -1]
        codes = np.where(neither_last & mostly, sign * HISTORICAL, codes)
    return codes


# --------------------------------------------------------------------------------------------
# The analysis


@dataclass
class EmergingResult:
    """Per-cell categories and trend, per-bin Gi*, and the choices that produced them."""

    cube: SpaceTimeCube
    category_code: np.ndarray
    trend: MannKendall
    z: np.ndarray  #: cells × steps
    p: np.ndarray
    gi_bin: np.ndarray
    n_spatial_neighbours: np.ndarray
    band: float
    time_neighbours: int
    global_window: str
    fdr: bool
    min_bin: int
    trend_alpha: float
    messages: List[str] = field(default_factory=list)

    @property
    def category(self) -> np.ndarray:
        return np.array([CATEGORIES[int(c)] for c in self.category_code], dtype=object)

    def cells_frame(self) -> pd.DataFrame:
        """One row per tested cell (:data:`CELL_COLUMNS`); ``row`` is the cube row."""
        hot = self.gi_bin >= self.min_bin
        cold = self.gi_bin <= -self.min_bin
        return pd.DataFrame(
            {
                "row": np.arange(self.cube.n_cells),
                "category": self.category,
                "category_code": self.category_code,
                "trend_z": self.trend.z,
                "trend_p": self.trend.p,
                "trend_tau": self.trend.tau,
                "n_hot_steps": hot.sum(axis=1),
                "n_cold_steps": cold.sum(axis=1),
                "n_sig_steps": (hot | cold).sum(axis=1),
                "last_gi_bin": self.gi_bin[:, -1].astype(np.int64),
                "n_crimes": self.cube.counts.sum(axis=1),
                "harm": self.cube.values.sum(axis=1),
            },
        )

    def steps_frame(self) -> pd.DataFrame:
        """One row per cell and step (:data:`STEP_COLUMNS`), cell-major; times are tz-aware local."""
        n_cells, n_steps = self.z.shape
        starts, ends = self.cube.step_bounds()
        step = np.tile(np.arange(n_steps), n_cells)
        return pd.DataFrame(
            {
                "row": np.repeat(np.arange(n_cells), n_steps),
                "step": step,
                "step_start": starts.take(step),
                "step_end": ends.take(step),
                "n_crimes": self.cube.counts.ravel(),
                "harm": self.cube.values.ravel(),
                "gi_z": self.z.ravel(),
                "gi_p": self.p.ravel(),
                "gi_bin": self.gi_bin.ravel().astype(np.int64),
            },
        )

    def summary(self) -> Dict[str, object]:
        """Figures and choices for the log and the output's metadata."""
        counts = {CATEGORIES[c]: int((self.category_code == c).sum()) for c in sorted(CATEGORIES, reverse=True)}
        confidence = {1: "90 %", 2: "95 %", 3: "99 %"}[self.min_bin]
        return {
            "cells": self.cube.n_cells,
            "time_step": self.cube.time_step,
            "steps": self.cube.n_steps,
            "period": f"{self.cube.start} – {self.cube.end}",
            "time_zone": self.cube.tz,
            "incidents_used": self.cube.n_used,
            "distance_band_m": self.band,
            "time_neighbours": self.time_neighbours,
            "global_window": self.global_window,
            "fdr": self.fdr,
            "significant_at": confidence,
            "trend_alpha": self.trend_alpha,
            "categories": counts,
        }


def emerging_hotspots(
    cube: SpaceTimeCube,
    x: np.ndarray,
    y: np.ndarray,
    band: float,
    time_neighbours: int = 1,
    global_window: str = "cube",
    fdr: bool = True,
    min_bin: int = 1,
    trend_alpha: float = DEFAULT_TREND_ALPHA,
    weights: Optional[sparse.spmatrix] = None,
    progress: ProgressCallback = None,
    gi_cube: Optional[Callable[[np.ndarray, int, str], SpaceTimeGiStar]] = None,
) -> EmergingResult:
    """Emerging hot spot analysis of ``cube`` whose rows are cells centred at ``x``, ``y`` (metres).

    ``band``: distance band in metres (cells whose centres are within it are neighbours);
    ``weights`` may be given instead of being built from the band (binary, self included).
    ``time_neighbours``: K previous steps in the neighbourhood. See the module docstring for the rest.
    ``gi_cube``: what computes the space-time Gi*, called as ``gi_cube(values, time_neighbours,
    global_window)`` (default :func:`space_time_gistar` with the band's weights; the Dask tiles of
    ``dask_scale.emerging`` give the same numbers).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size != cube.n_cells or y.size != cube.n_cells:
        raise ValueError("x and y must give one centre per cube row")
    if cube.n_cells < 2:
        raise HotspotInputError("Only one cell is tested: emerging hot spots need at least two cells.")
    if not band or band <= 0 or not np.isfinite(band):
        raise HotspotInputError("The distance band must be a positive number of metres.")
    if cube.n_steps < MIN_STEPS:
        raise HotspotInputError(
            f"The period has only {cube.n_steps} {cube.time_step}s: emerging hot spots need at least "
            f"{MIN_STEPS} time steps for the trend test. Use a longer period or a shorter time step."
        )
    if int(time_neighbours) != time_neighbours or time_neighbours < 0 or time_neighbours >= cube.n_steps:
        raise HotspotInputError(
            f"Time neighbours must be a whole number from 0 to {cube.n_steps - 1} (got {time_neighbours})."
        )
    if min_bin not in (1, 2, 3):
        raise HotspotInputError("The significance level must be 1 (90 %), 2 (95 %) or 3 (99 %).")
    if not 0 < trend_alpha < 1:
        raise HotspotInputError("The trend significance level must be between 0 and 1 (e.g. 0.05).")
    messages = list(cube.messages)
    report(progress, 0.05)
    if gi_cube is not None:
        gi = gi_cube(cube.values, int(time_neighbours), global_window)
    else:
        if weights is None:
            weights = distance_band_weights(x, y, band)
        report(progress, 0.2)
        gi = space_time_gistar(cube.values, weights, int(time_neighbours), global_window)
    if gi.n_flat_windows:
        messages.append(
            f"{gi.n_flat_windows} steps had no variation in their time window (e.g. no incidents): "
            "their Gi* is 0, not significant."
        )
    if (gi.n_spatial_neighbours <= 1).all():
        messages.append(
            f"The distance band ({band:g} m) reaches no other cell: each cell is its own only spatial "
            "neighbour. Use a band of at least one cell."
        )
    report(progress, 0.5)
    step_progress = None if progress is None else (lambda f: progress(0.5 + 0.25 * f))
    bins = significance_bins_by_step(gi.z, gi.p, fdr=fdr, progress=step_progress)
    report(progress, 0.75)
    trend = gi.trend if gi.trend is not None else mann_kendall(gi.z)
    report(progress, 0.9)
    codes = classify(bins, trend.z, trend.p, min_bin=min_bin, trend_alpha=trend_alpha)
    report(progress, 1.0)
    return EmergingResult(
        cube=cube,
        category_code=codes,
        trend=trend,
        z=gi.z,
        p=gi.p,
        gi_bin=bins,
        n_spatial_neighbours=gi.n_spatial_neighbours,
        band=float(band),
        time_neighbours=int(time_neighbours),
        global_window=global_window,
        fdr=fdr,
        min_bin=int(min_bin),
        trend_alpha=float(trend_alpha),
        messages=messages,
    )
