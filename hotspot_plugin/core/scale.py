"""Automatic scale: cell size and distance band (DOMAIN.md §2, after ArcGIS Optimized Hot Spot Analysis).

* Cell size: 150 m, the UK practice for hot spot cells (Southend, Sunderland); made coarser only when
  the study area would need more than :data:`MAX_CELLS` cells.
* Distance band: incremental spatial autocorrelation — global Moran's I (binary weights, no self,
  randomisation variance) over increasing bands; the first statistically significant peak of its
  z-score, else the highest peak; with no peak at all, the mean distance to the k-th nearest
  cell, k = 5 % of the cells tested clamped to 3..30 (the cells are the weighted features Gi* is
  computed on). Never less than one cell.

  Bands that give exactly the same neighbour sets as the band below them (on a hexagon grid 1 and
  1.5 cells do: no centre lies between 1 and √3 cells away) are one step of the curve, not two: they
  are merged before peaks are sought, and a peak must be higher than the steps on both sides. A flat
  step is not a peak.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Tuple

import numpy as np

from .gistar import BAND_TOLERANCE, disk_offsets
from .progress import ProgressCallback, report

#: UK practice (DOMAIN.md §2).
DEFAULT_CELL_SIZE = 150.0
#: Memory guard: above this many cells the automatic cell size grows.
MAX_CELLS = 4_000_000
#: Bands tried: 1, 1.5, 2, … cells.
BAND_STEP_CELLS = 0.5
MAX_BAND_CELLS_GRID = 8.0
MAX_BAND_CELLS_SPARSE = 5.0
#: z above which a Moran's I peak counts as significant (two-sided 5 %).
PEAK_Z = 1.959964


def auto_cell_size(width: float, height: float) -> Tuple[float, str]:
    """Cell size in metres for a study area of ``width × height`` metres, with the reason."""
    cells = (width / DEFAULT_CELL_SIZE + 1) * (height / DEFAULT_CELL_SIZE + 1)
    if cells <= MAX_CELLS:
        return DEFAULT_CELL_SIZE, "150 m, the UK practice for hot spot cells"
    size = math.ceil(math.sqrt(width * height / MAX_CELLS) / 10.0) * 10.0
    return size, (f"{size:g} m: 150 m cells would need {cells:,.0f} cells, over the limit of {MAX_CELLS:,}")


@dataclass
class MoranPoint:
    band: float
    moran_i: float
    z: float
    #: Neighbour pairs (i, j), i ≠ j, within the band, counted both ways (Σ w_ij). Nested bands with
    #: the same count have identical neighbour sets. -1 when not known.
    n_pairs: int = -1


@dataclass
class BandChoice:
    band: float
    method: str
    profile: List[MoranPoint]
    #: The profile after merging bands with identical neighbour sets (what peaks were sought on).
    steps: List[MoranPoint] = None  # type: ignore[assignment]


def _moran_z(dev: np.ndarray, lag: np.ndarray, degree: np.ndarray) -> Tuple[float, float]:
    """Global Moran's I and its z under randomisation (Cliff & Ord) for binary symmetric weights."""
    n = dev.size
    s0 = degree.sum()
    if s0 <= 0 or n < 4:
        return float("nan"), float("nan")
    m2 = (dev**2).sum()
    moran = n / s0 * (dev * lag).sum() / m2
    expected = -1.0 / (n - 1)
    s1 = 2.0 * s0
    s2 = 4.0 * (degree**2).sum()
    b2 = n * (dev**4).sum() / m2**2
    variance = (
        n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s0**2) - b2 * ((n * n - n) * s1 - 2 * n * s2 + 6 * s0**2)
    ) / ((n - 1) * (n - 2) * (n - 3) * s0**2) - expected**2
    if variance <= 0:
        return float(moran), float("nan")
    return float(moran), float((moran - expected) / math.sqrt(variance))


def moran_profile_grid(
    raster: np.ndarray, mask: np.ndarray, cell_size: float, bands: List[float], progress: ProgressCallback = None
) -> List[MoranPoint]:
    """Moran's I and z for each band on a square grid, adding each ring of offsets once.

    ``progress(fraction)`` is called after each band; returning False stops with ``Cancelled``.
    """
    mask = np.asarray(mask, dtype=bool)
    values = raster[mask].astype(float)
    dev_raster = np.where(mask, raster - values.mean(), 0.0)
    mask_raster = mask.astype(float)
    reach = int(math.floor(max(bands) / cell_size * (1 + BAND_TOLERANCE)))
    nrows, ncols = raster.shape
    pad_dev = np.zeros((nrows + 2 * reach, ncols + 2 * reach))
    pad_dev[reach : reach + nrows, reach : reach + ncols] = dev_raster
    pad_mask = np.zeros_like(pad_dev)
    pad_mask[reach : reach + nrows, reach : reach + ncols] = mask_raster
    lag = np.zeros((nrows, ncols))
    degree = np.zeros((nrows, ncols))
    done = set()
    profile = []
    for k, band in enumerate(sorted(bands)):
        report(progress, k / len(bands))
        for dr, dc in disk_offsets(cell_size, band, include_self=False):
            if (dr, dc) in done:
                continue
            done.add((dr, dc))
            lag += pad_dev[reach + dr : reach + dr + nrows, reach + dc : reach + dc + ncols]
            degree += pad_mask[reach + dr : reach + dr + nrows, reach + dc : reach + dc + ncols]
        moran, z = _moran_z(dev_raster[mask], lag[mask], degree[mask])
        profile.append(MoranPoint(band, moran, z, int(round(degree[mask].sum()))))
    return profile


def moran_profile_points(
    x: np.ndarray, y: np.ndarray, values: np.ndarray, bands: List[float], progress: ProgressCallback = None
) -> List[MoranPoint]:
    """Moran's I and z for each band for cells at arbitrary centres (e.g. hexagons).

    ``progress(fraction)`` is called after each band; returning False stops with ``Cancelled``.
    """
    from scipy.spatial import cKDTree

    values = np.asarray(values, dtype=float)
    dev = values - values.mean()
    report(progress, 0.0)
    tree = cKDTree(np.column_stack([x, y]))
    pairs = tree.query_pairs(max(bands) * (1 + BAND_TOLERANCE), output_type="ndarray")
    dist = np.hypot(x[pairs[:, 0]] - x[pairs[:, 1]], y[pairs[:, 0]] - y[pairs[:, 1]])
    profile = []
    for k, band in enumerate(sorted(bands)):
        report(progress, k / len(bands))
        sel = pairs[dist <= band * (1 + BAND_TOLERANCE)]
        i, j = sel[:, 0], sel[:, 1]
        n = values.size
        lag = np.bincount(i, weights=dev[j], minlength=n) + np.bincount(j, weights=dev[i], minlength=n)
        degree = np.bincount(i, minlength=n) + np.bincount(j, minlength=n)
        moran, z = _moran_z(dev, lag, degree.astype(float))
        profile.append(MoranPoint(band, moran, z, int(degree.sum())))
    return profile


def candidate_bands(cell_size: float, sparse_layout: bool) -> List[float]:
    top = MAX_BAND_CELLS_SPARSE if sparse_layout else MAX_BAND_CELLS_GRID
    steps = int(round((top - 1.0) / BAND_STEP_CELLS))
    return [cell_size * (1.0 + BAND_STEP_CELLS * j) for j in range(steps + 1)]


def merge_identical_bands(profile: List[MoranPoint]) -> List[MoranPoint]:
    """The profile with each run of bands that share one neighbour set kept once (its shortest band).

    Bands are nested, so two bands have identical neighbour sets exactly when they count the same
    number of neighbour pairs.
    """
    steps: List[MoranPoint] = []
    for point in sorted(profile, key=lambda p: p.band):
        if steps and point.n_pairs >= 0 and point.n_pairs == steps[-1].n_pairs:
            continue
        steps.append(point)
    return steps


def choose_band(profile: List[MoranPoint], knn_fallback: Optional[float], cell_size: float) -> BandChoice:
    """Pick the band from a Moran's I profile (first significant peak, else highest peak, else k-NN).

    Peaks are sought after :func:`merge_identical_bands`; a peak is strictly higher than the steps
    on both sides, so the first and last steps, and flat steps, are never peaks.
    """
    steps = merge_identical_bands(profile)
    zs = [p.z for p in steps]
    peaks = [
        k
        for k in range(1, len(zs) - 1)
        if np.isfinite(zs[k]) and np.isfinite(zs[k - 1]) and np.isfinite(zs[k + 1]) and zs[k - 1] < zs[k] > zs[k + 1]
    ]
    significant = [k for k in peaks if zs[k] > PEAK_Z]
    merged = len(profile) - len(steps)
    note = f"; {merged} band(s) with the same neighbours as a shorter one merged" if merged else ""
    if significant:
        k = significant[0]
        method = f"first significant peak of Moran's I z ({zs[k]:.2f}){note}"
        return BandChoice(steps[k].band, method, profile, steps)
    if peaks:
        k = max(peaks, key=lambda i: zs[i])
        method = f"highest (not significant) peak of Moran's I z ({zs[k]:.2f}){note}"
        return BandChoice(steps[k].band, method, profile, steps)
    if knn_fallback is not None and np.isfinite(knn_fallback):
        band = max(knn_fallback, cell_size)
        method = f"no Moran's I peak: mean distance to the k-th nearest cell{note}"
        return BandChoice(band, method, profile, steps)
    return BandChoice(cell_size, f"no Moran's I peak and too few cells: one cell{note}", profile, steps)


def describe_profile(choice: BandChoice) -> str:
    """The Moran's I curve for the log: each band's z, and which bands were merged."""
    kept = {id(p) for p in (choice.steps or [])}
    parts = []
    previous = None
    for point in sorted(choice.profile, key=lambda p: p.band):
        if id(point) in kept or previous is None:
            parts.append(f"{point.band:g} m z={point.z:.2f}")
            previous = point
        else:
            parts.append(f"{point.band:g} m (same neighbours as {previous.band:g} m)")
    return "; ".join(parts)


def knn_distance(x: np.ndarray, y: np.ndarray, sample: int = 20_000, seed: int = 0) -> Optional[float]:
    """Mean distance to the k-th nearest other cell, k = 5 % of n clamped to 3..30 (None if n ≤ k).

    Over large grids the mean is taken over a seeded random sample of ``sample`` cells (the
    neighbours are still searched among all cells), so the result is reproducible and quick.
    """
    from scipy.spatial import cKDTree

    n = len(x)
    k = int(min(max(round(0.05 * n), 3), 30))
    if n <= k:
        return None
    coords = np.column_stack([x, y])
    queries = coords
    if n > sample:
        queries = coords[np.random.default_rng(seed).choice(n, size=sample, replace=False)]
    distances, _ = cKDTree(coords).query(queries, k=k + 1)
    return float(distances[:, k].mean())
