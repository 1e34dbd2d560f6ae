"""Compare two hot spot runs: per-cell agreement, similarity and kappa (after ArcGIS's Hot Spot Analysis
Comparison).

Both runs give each cell a ``gi_bin`` in −3..3 (99/95/90 % cold, not significant, 90/95/99 % hot). As
in ArcGIS's tool, matches may be partial in two ways (fuzzy set membership, Hagen-Zanker 2009, "An
improved Fuzzy Kappa statistic that accounts for spatial autocorrelation", IJGIS 23):

* **between categories**, by a 7 × 7 similarity matrix M (1 = the same, 0 = completely different):
  ``"exact"`` (the identity) or ``"fuzzy"`` (the identity, plus 0.5 between neighbouring confidence
  levels of the same sign: 99 %–95 % and 95 %–90 % hot, likewise cold); or a custom matrix;
* **in space**: a category found in one of the ``neighbours`` nearest other cells counts with the
  membership μ(d) = 2^(−d / d₁), d₁ the median distance between nearest cells, so a category one cell
  away counts half (``neighbours=0``: no spatial tolerance).

For cell i with categories a_i, b_i: A's neighbourhood membership of category c is
vA_i(c) = max(1[a_i = c], max_j μ(d_ij)·1[a_j = c]) over i's nearest cells j (vB likewise), and the
cell's **similarity** is ``min( max_c M(b_i, c)·vA_i(c), max_c M(a_i, c)·vB_i(c) )`` — the two-way
fuzzy match. The **global similarity** S is its mean over the cells.

The **expected similarity** E is the mean similarity of every cell of one run paired with every cell of
the other (each keeping its own neighbourhood, so the runs' own spatial clustering and category
frequencies are kept while any link between them is broken); it is computed exactly over the distinct
neighbourhood configurations, or estimated from ``permutations`` seeded random pairings when there are
too many. **kappa** = (S − E) / (1 − E) (undefined, NaN, when E = 1: both runs a single category);
local kappa uses each cell's own expectation. With ``neighbours=0`` and exact weights S is the share of
equal bins and kappa is Cohen's kappa; with fuzzy weights, weighted Cohen's kappa. Identical runs
give S = 1 and kappa = 1.

``exclude_nonsignificant``: leave out cells not significant in both runs (ArcGIS's "conditional"
similarity and kappa, which compare only where there is a hot or cold spot).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
import pandas as pd

from ..errors import HotspotInputError

BINS = np.arange(-3, 4)
WEIGHTINGS = ("fuzzy", "exact")
DEFAULT_NEIGHBOURS = 8
DEFAULT_PERMUTATIONS = 199
#: Above this many distinct configuration pairs the expectation is estimated by permutations.
MAX_EXACT_PAIRS = 4_000_000
#: Columns of :attr:`Comparison.cells`.
CELL_COLUMNS = ["bin_1", "bin_2", "agree", "change", "similarity", "expected_similarity", "kappa", "included"]
_LABELS = {
    3: "hot 99%",
    2: "hot 95%",
    1: "hot 90%",
    0: "not significant",
    -1: "cold 90%",
    -2: "cold 95%",
    -3: "cold 99%",
}


def category_weights(weighting: str = "fuzzy") -> np.ndarray:
    """7 × 7 similarity matrix between gi_bin −3..3 (row and column k = bin k − 3)."""
    if weighting not in WEIGHTINGS:
        raise HotspotInputError(f"Unknown weighting {weighting!r}: use 'fuzzy', 'exact' or a custom 7 × 7 matrix.")
    m = np.eye(7)
    if weighting == "fuzzy":
        for a in BINS:
            for b in BINS:
                if a * b > 0 and abs(abs(a) - abs(b)) == 1:
                    m[a + 3, b + 3] = 0.5
    return m


def _check_bins(bins, label: str) -> np.ndarray:
    bins = np.asarray(bins)
    if bins.size and (not np.isfinite(bins.astype(float)).all()):
        raise HotspotInputError(f"Some cells of {label} have no gi_bin (NULL): both runs need a bin for every cell.")
    if bins.size and not np.isin(bins, BINS).all():
        raise HotspotInputError(f"{label} has gi_bin values outside −3..3: use the gi_bin field of a harmhotspots run.")
    return bins.astype(np.int64)


def _memberships(bins: np.ndarray, neighbour_index: np.ndarray, mu: np.ndarray) -> np.ndarray:
    """Per cell, the membership (0..1) of each of the 7 categories in its neighbourhood."""
    n = bins.size
    v = np.zeros((n, 7))
    rows = np.arange(n)
    v[rows, bins + 3] = 1.0
    for column in range(neighbour_index.shape[1]):
        category = bins[neighbour_index[:, column]] + 3
        v[rows, category] = np.maximum(v[rows, category], mu[:, column])
    return v


def _pair_similarity(cat_a, v_a, cat_b, v_b, m) -> np.ndarray:
    """Two-way fuzzy similarity of paired configurations; ``cat_*`` are row indices of M (bin + 3)."""
    ab = (m[cat_b] * v_a).max(axis=1)
    ba = (m[cat_a] * v_b).max(axis=1)
    return np.minimum(ab, ba)


@dataclass
class Comparison:
    """Per-cell results (:data:`CELL_COLUMNS`) and the global figures."""

    cells: pd.DataFrame
    similarity: float
    expected_similarity: float
    kappa: float
    exact_agreement: float  #: share of cells with equal bins
    cohen_kappa: float  #: unweighted, non-spatial
    expectation: str  #: "exact" or "N permutations"
    crosstab: pd.DataFrame  #: cells by (bin_1, bin_2)
    parameters: Dict[str, object] = field(default_factory=dict)
    messages: List[str] = field(default_factory=list)


def compare_runs(
    bins_1,
    bins_2,
    x=None,
    y=None,
    neighbours: int = DEFAULT_NEIGHBOURS,
    weighting="fuzzy",
    exclude_nonsignificant: bool = False,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: int = 0,
) -> Comparison:
    """Compare two runs' gi_bin on the same cells (module docstring).

    ``x``, ``y``: cell centres in metres (needed when ``neighbours`` > 0). ``weighting``: "fuzzy",
    "exact" or a 7 × 7 matrix of similarities in 0..1.
    """
    a = _check_bins(bins_1, "the first run")
    b = _check_bins(bins_2, "the second run")
    if a.shape != b.shape or a.ndim != 1:
        raise HotspotInputError("The two runs must give a bin for the same cells: pair the cells first (same grid).")
    n = a.size
    if n == 0:
        raise HotspotInputError("The runs have no cells in common: use runs on the same grid and cell size.")
    if isinstance(weighting, str):
        m = category_weights(weighting)
        weighting_name = weighting
    else:
        m = np.asarray(weighting, dtype=float)
        if m.shape != (7, 7) or (m < 0).any() or (m > 1).any() or not np.allclose(np.diag(m), 1):
            raise HotspotInputError("Custom weights must be a 7 × 7 matrix of values in 0..1 with 1 on the diagonal.")
        weighting_name = "custom"
    neighbours = int(neighbours)
    if neighbours < 0:
        raise HotspotInputError("The number of neighbours must be 0 or more.")
    neighbours = min(neighbours, n - 1)
    messages: List[str] = []
    if neighbours > 0:
        if x is None or y is None:
            raise ValueError("x and y are needed when neighbours > 0")
        from scipy.spatial import cKDTree

        coords = np.column_stack([np.asarray(x, float), np.asarray(y, float)])
        distance, index = cKDTree(coords).query(coords, k=neighbours + 1)
        distance, index = distance[:, 1:], index[:, 1:]
        spacing = float(np.median(distance[:, 0]))
        mu = np.power(2.0, -distance / spacing) if spacing > 0 else np.zeros_like(distance)
    else:
        index = np.zeros((n, 0), dtype=np.int64)
        mu = np.zeros((n, 0))
        spacing = float("nan")
    v_a = _memberships(a, index, mu)
    v_b = _memberships(b, index, mu)
    local = _pair_similarity(a + 3, v_a, b + 3, v_b, m)

    included = ~((a == 0) & (b == 0)) if exclude_nonsignificant else np.ones(n, dtype=bool)
    if not included.any():
        raise HotspotInputError("No cell is significant in either run, so the conditional comparison is empty.")
    sel = np.flatnonzero(included)
    config_a, inverse_a, count_a = np.unique(
        np.column_stack([a[sel], v_a[sel]]), axis=0, return_inverse=True, return_counts=True
    )
    config_b, inverse_b, count_b = np.unique(
        np.column_stack([b[sel], v_b[sel]]), axis=0, return_inverse=True, return_counts=True
    )
    inverse_a = np.asarray(inverse_a).ravel()
    inverse_b = np.asarray(inverse_b).ravel()
    # Row indices into M (bin + 3) and neighbourhood memberships of each distinct configuration.
    cat_ua, v_ua = config_a[:, 0].astype(np.int64) + 3, config_a[:, 1:]
    cat_ub, v_ub = config_b[:, 0].astype(np.int64) + 3, config_b[:, 1:]
    if len(config_a) * len(config_b) <= MAX_EXACT_PAIRS:
        pair = np.empty((len(config_a), len(config_b)))
        for u in range(len(config_a)):
            pair[u] = _pair_similarity(
                np.full(len(config_b), cat_ua[u]), np.broadcast_to(v_ua[u], v_ub.shape), cat_ub, v_ub, m
            )
        row_mean = pair @ count_b / count_b.sum()  # config of A against every cell of B
        col_mean = count_a @ pair / count_a.sum()
        expected = float(count_a @ pair @ count_b) / float(sel.size) ** 2
        local_expected_sel = 0.5 * (row_mean[inverse_a] + col_mean[inverse_b])
        expectation = "exact"
    else:
        rng = np.random.default_rng(seed)
        sums_a = np.zeros(sel.size)
        sums_b = np.zeros(sel.size)
        for _ in range(permutations):
            perm = rng.permutation(sel.size)
            ai, bi = sel, sel[perm]
            s = _pair_similarity(a[ai] + 3, v_a[ai], b[bi] + 3, v_b[bi], m)
            sums_a += s  # cell ai's A side with a random B side
            sums_b[perm] += s  # cell bi's B side with a random A side
        local_expected_sel = 0.5 * (sums_a + sums_b) / permutations
        expected = float(local_expected_sel.mean())
        expectation = f"{permutations} permutations (seed {seed})"
        messages.append(f"Expected similarity estimated from {permutations} random pairings (seed {seed}).")

    similarity = float(local[sel].mean())
    kappa = (similarity - expected) / (1.0 - expected) if expected < 1 - 1e-12 else float("nan")
    if not np.isfinite(kappa):
        messages.append("Both runs put every cell in one category: kappa is undefined.")
    local_expected = np.full(n, np.nan)
    local_expected[sel] = local_expected_sel
    with np.errstate(invalid="ignore", divide="ignore"):
        local_kappa = np.where(local_expected < 1 - 1e-12, (local - local_expected) / (1.0 - local_expected), np.nan)
    local_kappa[~included] = np.nan

    # Plain Cohen's kappa (unweighted, no spatial tolerance) on the same cells, for reference.
    agree = a == b
    p_observed = float(agree[sel].mean())
    freq_a = np.bincount(a[sel] + 3, minlength=7) / sel.size
    freq_b = np.bincount(b[sel] + 3, minlength=7) / sel.size
    p_chance = float(freq_a @ freq_b)
    cohen = (p_observed - p_chance) / (1 - p_chance) if p_chance < 1 - 1e-12 else float("nan")
    change = np.array([f"{_LABELS[int(i)]} → {_LABELS[int(j)]}" for i, j in zip(a, b)], dtype=object)
    cells = pd.DataFrame(
        {
            "bin_1": a,
            "bin_2": b,
            "agree": agree,
            "change": change,
            "similarity": local,
            "expected_similarity": local_expected,
            "kappa": local_kappa,
            "included": included,
        },
    )
    crosstab = pd.crosstab(
        pd.Categorical(a[sel], categories=BINS), pd.Categorical(b[sel], categories=BINS), dropna=False
    )
    crosstab.index.name, crosstab.columns.name = "bin_1", "bin_2"
    return Comparison(
        cells=cells,
        similarity=similarity,
        expected_similarity=expected,
        kappa=float(kappa),
        exact_agreement=p_observed,
        cohen_kappa=float(cohen),
        expectation=expectation,
        crosstab=crosstab,
        parameters={
            "neighbours": neighbours,
            "membership_halving_distance_m": spacing,
            "weighting": weighting_name,
            "exclude_nonsignificant": exclude_nonsignificant,
            "cells_compared": int(sel.size),
        },
        messages=messages,
    )
