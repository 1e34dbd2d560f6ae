"""Space-time Gi*'s sums and z on numpy alone: the pieces a Dask worker runs on a tile (issue 18).

:mod:`.emerging` computes the whole cube with them; ``dask_scale.emerging`` runs them per tile of the
(row, column, step) cube, so both give the same numbers. numpy only (a stock Dask worker needs no
scipy or pandas for them).
"""

from __future__ import annotations

import numpy as np


def _window_sum(cumulative: np.ndarray, width: int) -> np.ndarray:
    """Σ over the last ``width`` columns up to each column, from a cumulative sum along axis −1."""
    out = cumulative.copy()
    if width < cumulative.shape[-1]:
        out[..., width:] -= cumulative[..., :-width]
    return out


def steps_in_window(n_steps: int, time_neighbours: int, first: int = 0) -> np.ndarray:
    """How many steps each step's time window holds (truncated at the cube's start): steps ``first`` … on."""
    return (np.minimum(np.arange(first, first + n_steps), int(time_neighbours)) + 1).astype(float)


def time_window_sums(spatial: np.ndarray, time_neighbours: int) -> np.ndarray:
    """Σ of ``spatial`` over each step and its ``time_neighbours`` previous steps, along the last axis.

    Zero before the first step. Up to 4 time neighbours: shifted additions (``spatial`` is updated in
    place and returned); more: a running sum. The Dask tiles (``dask_scale.emerging``) call this on each
    tile, so both give the same numbers.
    """
    k = int(time_neighbours)
    width = k + 1
    n_steps = spatial.shape[-1]
    if k <= 4:  # a few shifted additions are cheaper than a running sum
        original = spatial.copy()
        for lag in range(1, min(width, n_steps)):
            spatial[..., lag:] += original[..., :-lag]
        del original
        return spatial
    return _window_sum(np.cumsum(spatial, axis=-1), width)


def space_time_z(
    local_sum: np.ndarray, degree: np.ndarray, in_window: np.ndarray, mean: np.ndarray, sd: np.ndarray, n: np.ndarray
) -> np.ndarray:
    """Gi* z from the space-time neighbour sums ``local_sum`` (…, steps; consumed) and the spatial degrees.

    ``degree``: spatial neighbours (self included) of each cell, shape ``local_sum.shape[:-1]``;
    ``in_window``, ``mean``, ``sd``, ``n``: per step (:func:`steps_in_window`, :func:`window_statistics`).
    """
    # Σw = degree × steps in the window (binary weights, so Σw² = Σw); each term is an outer product.
    weight_sum = degree[..., None] * in_window
    variance_factor = n * weight_sum
    variance_factor -= weight_sum**2
    np.maximum(variance_factor, 0.0, out=variance_factor)
    variance_factor /= n - 1
    denominator = np.sqrt(variance_factor, out=variance_factor)
    denominator *= sd
    weight_sum *= mean
    local_sum -= weight_sum  # Σ w x − x̄ Σ w
    del weight_sum
    with np.errstate(invalid="ignore", divide="ignore"):
        local_sum /= denominator
    # A neighbourhood that is the whole window, or a window without variance, has nothing to test.
    return np.where(denominator > 0, local_sum, 0.0)
