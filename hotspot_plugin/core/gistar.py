"""Getis–Ord Gi* with binary distance-band weights, and Benjamini–Hochberg significance bins.

The statistic (Ord & Getis 1995, the form used by ArcGIS ``Gi.py``; DOMAIN.md §2) for cell i with
values x over n cells, binary weights w_ij including self, mean x̄ and population SD S::

    z_i = (Σ_j w_ij x_j − x̄ Σ_j w_ij) / (S · sqrt((n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1)))

With binary weights Σ w² = Σ w, and the result equals PySAL esda
``G_Local(y, w, transform='B', star=True).Zs``.

Two ways to get the neighbour sums: on a square grid they are a 2-D convolution of the value raster
with the band's disk kernel (:func:`gi_star_grid`, exact, a few shifted array additions); for any
other layout a sparse neighbour matrix (:func:`gi_star_sparse`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

import numpy as np
from scipy import sparse
from scipy.special import ndtr

from .errors import HotspotInputError

#: Relative tolerance on the band: centres at exactly the band distance are neighbours even when
#: floating point puts them a hair beyond it (e.g. 3 × 150 m against a 450 m band).
BAND_TOLERANCE = 1e-9

#: (alpha, bin magnitude): 90 %, 95 %, 99 % confidence, as ArcGIS's Gi_Bin.
LEVELS = ((0.10, 1), (0.05, 2), (0.01, 3))


@dataclass
class GiStar:
    """Gi* results for the tested cells, in the order of the input values."""

    z: np.ndarray
    p: np.ndarray  #: two-sided, unadjusted
    n_neighbours: np.ndarray  #: cells in the neighbourhood, self included


def disk_offsets(cell_size: float, band: float, include_self: bool = True) -> List[Tuple[int, int]]:
    """(drow, dcol) lattice offsets of a square grid whose centres lie within ``band`` metres."""
    reach = int(np.floor(band / cell_size * (1 + BAND_TOLERANCE)))
    limit = (band / cell_size) ** 2 * (1 + BAND_TOLERANCE) ** 2
    offsets = [
        (dr, dc)
        for dr in range(-reach, reach + 1)
        for dc in range(-reach, reach + 1)
        if dr * dr + dc * dc <= limit and (include_self or (dr, dc) != (0, 0))
    ]
    return offsets


def neighbour_sum_grid(raster: np.ndarray, offsets: List[Tuple[int, int]]) -> np.ndarray:
    """Σ over offsets of the raster shifted by each offset (zero outside): a convolution.

    Exact (no FFT rounding): each offset is one addition of a shifted view.
    """
    if not offsets:
        return np.zeros_like(raster)
    reach = max(max(abs(dr), abs(dc)) for dr, dc in offsets)
    nrows, ncols = raster.shape
    padded = np.zeros((nrows + 2 * reach, ncols + 2 * reach), dtype=raster.dtype)
    padded[reach : reach + nrows, reach : reach + ncols] = raster
    total = np.zeros_like(raster)
    for dr, dc in offsets:
        total += padded[reach + dr : reach + dr + nrows, reach + dc : reach + dc + ncols]
    return total


def mean_and_sd(values: np.ndarray) -> Tuple[float, float]:
    """Mean and population SD of the cell values; zero variance is an input error, not a map."""
    if values.size < 2:
        raise HotspotInputError("Gi* needs at least two cells. Use a smaller cell size or a larger area.")
    mean = float(values.mean())
    sd = float(np.sqrt(max((values**2).mean() - mean**2, 0.0)))
    if not np.isfinite(sd) or sd <= 1e-12 * max(abs(mean), 1.0):
        raise HotspotInputError(
            "Every cell has the same harm (zero variance), so no cell can stand out as a hot or cold "
            "spot. Check the harm weights (are they all equal or zero?) or use a smaller cell size."
        )
    return mean, sd


def _z_from_sums(local_sum: np.ndarray, weight_sum: np.ndarray, values: np.ndarray) -> GiStar:
    n = values.size
    mean, sd = mean_and_sd(values)
    denominator = sd * np.sqrt(np.maximum(n * weight_sum - weight_sum**2, 0.0) / (n - 1))
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (local_sum - mean * weight_sum) / denominator
    # A neighbourhood that is the whole study area has no variance: nothing to test.
    z = np.where(denominator > 0, z, 0.0)
    p = 2.0 * ndtr(-np.abs(z))
    return GiStar(z=z, p=p, n_neighbours=weight_sum.astype(np.int64))


def gi_star_sparse(values: np.ndarray, weights: sparse.spmatrix) -> GiStar:
    """Gi* for values with a binary (0/1) neighbour matrix that already includes self."""
    values = np.asarray(values, dtype=float)
    w = sparse.csr_matrix(weights)
    local_sum = w @ values
    weight_sum = np.asarray(w.sum(axis=1)).ravel()
    return _z_from_sums(local_sum, weight_sum, values)


def distance_band_weights(x: np.ndarray, y: np.ndarray, band: float) -> sparse.csr_matrix:
    """Binary weights: 1 where centres are within ``band`` metres, self included."""
    from scipy.spatial import cKDTree

    coords = np.column_stack([x, y])
    tree = cKDTree(coords)
    pairs = tree.query_pairs(band * (1 + BAND_TOLERANCE), output_type="ndarray")
    n = len(coords)
    rows = np.concatenate([pairs[:, 0], pairs[:, 1], np.arange(n)])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0], np.arange(n)])
    data = np.ones(rows.size, dtype=float)
    return sparse.csr_matrix((data, (rows, cols)), shape=(n, n))


def gi_star_grid(raster: np.ndarray, mask: np.ndarray, cell_size: float, band: float) -> GiStar:
    """Gi* on a square grid by convolution.

    ``raster`` holds the value of every cell (nrows × ncols); ``mask`` marks the cells in the study
    area (the others are neither tested nor counted as neighbours). Results are for the masked cells
    in row-major order.
    """
    mask = np.asarray(mask, dtype=bool)
    values_raster = np.where(mask, raster, 0.0).astype(float)
    offsets = disk_offsets(cell_size, band)
    local_sum = neighbour_sum_grid(values_raster, offsets)[mask]
    weight_sum = neighbour_sum_grid(mask.astype(float), offsets)[mask]
    return _z_from_sums(local_sum, weight_sum, values_raster[mask])


def significance_cutoffs(p: np.ndarray, fdr: bool = True) -> Dict[float, Optional[float]]:
    """The p-value cut-off at each level α (0.10, 0.05, 0.01): a cell passes when p ≤ cut-off.

    With ``fdr`` the Benjamini–Hochberg cut-off: sort p ascending; the largest rank k with
    p_(k) ≤ (k/n)·α gives the cut-off p_(k) (None when no k qualifies: nothing passes). Without
    ``fdr`` the cut-off is α itself.
    """
    p = np.asarray(p, dtype=float)
    if not fdr:
        return {alpha: alpha for alpha, _ in LEVELS}
    n = p.size
    sorted_p = np.sort(p)
    ranks = np.arange(1, n + 1, dtype=float)
    cutoffs: Dict[float, Optional[float]] = {}
    for alpha, _ in LEVELS:
        passing = np.nonzero(sorted_p <= ranks / n * alpha)[0]
        cutoffs[alpha] = float(sorted_p[passing[-1]]) if passing.size else None
    return cutoffs


def significance_bins(z: np.ndarray, p: np.ndarray, fdr: bool = True) -> np.ndarray:
    """``gi_bin`` in −3..3: ±3 at 99 %, ±2 at 95 %, ±1 at 90 %, 0 not significant, signed by z.

    Each level uses the cut-off of :func:`significance_cutoffs` (Benjamini–Hochberg with ``fdr``,
    plain α without).
    """
    p = np.asarray(p, dtype=float)
    z = np.asarray(z, dtype=float)
    magnitude = np.zeros(p.size, dtype=np.int64)
    cutoffs = significance_cutoffs(p, fdr)
    for alpha, level in LEVELS:
        cutoff = cutoffs[alpha]
        if cutoff is not None:
            magnitude[p <= cutoff] = level
    return (np.sign(z) * magnitude).astype(np.int64)
