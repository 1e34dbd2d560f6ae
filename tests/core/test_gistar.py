"""Gi*: golden values, the two computation paths, harm weights, FDR bins."""

import math

import numpy as np
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.gistar import (
    disk_offsets,
    distance_band_weights,
    gi_star_grid,
    gi_star_sparse,
    significance_bins,
)

# DOMAIN.md §2: esda's documentation example, binary band d ≤ 15 with self.
GOLDEN_X = np.array([10, 20, 40, 15, 30, 30], dtype=float)
GOLDEN_Y = np.array([10, 10, 10, 20, 20, 30], dtype=float)
GOLDEN_VALUES = np.array([2, 3, 3.2, 5, 8, 7])
GOLDEN_Z = np.array([-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331])


def brute_force_z(x, y, values, band):
    """The DOMAIN.md formula, cell by cell, with explicit loops."""
    n = len(values)
    mean = values.mean()
    sd = np.sqrt((values**2).mean() - mean**2)
    z = np.empty(n)
    for i in range(n):
        w = np.array([1.0 if np.hypot(x[i] - x[j], y[i] - y[j]) <= band + 1e-9 else 0.0 for j in range(n)])
        num = (w * values).sum() - mean * w.sum()
        den = sd * np.sqrt((n * (w**2).sum() - w.sum() ** 2) / (n - 1))
        z[i] = num / den
    return z


def test_golden_values_from_domain():
    result = gi_star_sparse(GOLDEN_VALUES, distance_band_weights(GOLDEN_X, GOLDEN_Y, 15.0))
    np.testing.assert_allclose(result.z, GOLDEN_Z, atol=1e-8)
    # Self included: e.g. (10,10) has (20,10) at 10 and (15,20) at 11.2 within 15.
    assert result.n_neighbours.tolist() == [3, 4, 2, 4, 5, 2]


def test_p_values_are_two_sided_normal():
    result = gi_star_sparse(GOLDEN_VALUES, distance_band_weights(GOLDEN_X, GOLDEN_Y, 15.0))
    expected = [math.erfc(abs(z) / math.sqrt(2)) for z in GOLDEN_Z]
    np.testing.assert_allclose(result.p, expected, rtol=1e-7)
    assert np.all((result.p > 0) & (result.p <= 1))


def test_grid_convolution_equals_sparse_and_brute_force():
    rng = np.random.default_rng(7)
    raster = rng.poisson(1.5, size=(23, 31)).astype(float) * rng.choice([1, 10, 273.5], size=(23, 31))
    mask = rng.random((23, 31)) > 0.15  # an irregular study area with holes
    band = 450.0
    grid = gi_star_grid(raster, mask, 150.0, band)
    rows, cols = np.nonzero(mask)
    x, y = cols * 150.0, rows * 150.0
    sparse = gi_star_sparse(raster[mask], distance_band_weights(x, y, band))
    np.testing.assert_allclose(grid.z, sparse.z, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(grid.n_neighbours, sparse.n_neighbours)
    np.testing.assert_allclose(grid.z, brute_force_z(x, y, raster[mask], band), atol=1e-10)


def test_band_at_exact_multiple_of_cell_includes_that_ring():
    offsets = disk_offsets(150.0, 450.0)
    assert (3, 0) in offsets and (0, -3) in offsets
    assert (3, 1) not in offsets  # √10 · 150 = 474 m > 450 m
    assert len(offsets) == 29


def test_harm_weights_reach_the_statistic():
    """The sfhotspot #86 trap: the same points with other weights must give other z."""
    rng = np.random.default_rng(3)
    counts = rng.poisson(2, size=(20, 20)).astype(float)
    weighted = counts.copy()
    weighted[5:8, 5:8] *= 273.5  # burglary-heavy block
    mask = np.ones_like(counts, dtype=bool)
    z_counts = gi_star_grid(counts, mask, 150, 300).z
    z_weighted = gi_star_grid(weighted, mask, 150, 300).z
    assert np.abs(z_counts - z_weighted).max() > 1.0
    # A constant rescaling of every weight changes nothing (z is scale free).
    np.testing.assert_allclose(gi_star_grid(counts * 10, mask, 150, 300).z, z_counts, atol=1e-12)


def test_zero_variance_is_an_error():
    with pytest.raises(HotspotInputError, match="zero variance"):
        gi_star_grid(np.full((10, 10), 3.0), np.ones((10, 10), bool), 150, 300)


# Hand-worked Benjamini–Hochberg example, n = 10:
#   α = 0.10: p_(k) ≤ k·0.01 holds last at k = 6 (0.060 ≤ 0.060) → first 6 pass
#   α = 0.05: p_(k) ≤ k·0.005 holds last at k = 2 (0.008 ≤ 0.010) → first 2 pass
#   α = 0.01: p_(k) ≤ k·0.001 holds last at k = 1 (0.001 ≤ 0.001) → first 1 passes
BH_P = np.array([0.001, 0.008, 0.039, 0.041, 0.042, 0.060, 0.074, 0.205, 0.212, 0.216])


def test_fdr_bins_hand_worked():
    z = np.array([4.0, 3.0, 2.1, -2.05, 2.0, 1.9, 1.8, -1.3, 1.2, 1.2])
    assert significance_bins(z, BH_P, fdr=True).tolist() == [3, 2, 1, -1, 1, 1, 0, 0, 0, 0]


def test_bins_without_fdr_use_plain_levels():
    z = np.abs(np.linspace(4, 1, 10))
    assert significance_bins(z, BH_P, fdr=False).tolist() == [3, 3, 2, 2, 2, 1, 1, 0, 0, 0]


def test_fdr_order_does_not_matter():
    perm = np.random.default_rng(1).permutation(BH_P.size)
    z = np.ones(BH_P.size)
    expected = significance_bins(z, BH_P, fdr=True)
    assert significance_bins(z[perm], BH_P[perm], fdr=True).tolist() == expected[perm].tolist()
