"""Comparing two hot spot runs: identity, Cohen's kappa as the non-spatial case, spatial tolerance."""

import numpy as np
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.trends import compare
from hotspot_plugin.core.trends.compare import CELL_COLUMNS, category_weights, compare_runs

SIDE = 15


def centres(side=SIDE):
    cols, rows = np.meshgrid(np.arange(side), np.arange(side))
    return cols.ravel() * 150.0, rows.ravel() * 150.0


def planted_map(side=SIDE):
    x, y = centres(side)
    bins = np.zeros(side * side, dtype=int)
    bins[(x < 500) & (y < 500)] = 3
    bins[(x >= 500) & (x < 700) & (y < 500)] = 2
    bins[(x > 1500) & (y > 1500)] = -2
    return bins


def test_identical_runs_give_one_and_one():
    x, y = centres()
    bins = planted_map()
    for weighting in ("fuzzy", "exact"):
        result = compare_runs(bins, bins, x, y, weighting=weighting)
        assert result.similarity == pytest.approx(1.0)
        assert result.kappa == pytest.approx(1.0)
        assert result.cohen_kappa == pytest.approx(1.0)
        assert result.cells["agree"].all()
    assert list(result.cells.columns) == CELL_COLUMNS


def test_without_spatial_tolerance_it_is_cohens_kappa():
    # Hand computed: 7 of 10 agree; chance = (2·2 + 6·7 + 2·1)/100 = 0.48; kappa = 0.22/0.52.
    a = np.array([3, 3, 0, 0, 0, 0, -3, -3, 0, 0])
    b = np.array([3, 0, 0, 0, 0, 0, -3, 0, 0, 3])
    result = compare_runs(a, b, neighbours=0, weighting="exact")
    assert result.similarity == pytest.approx(0.7)
    assert result.expected_similarity == pytest.approx(0.48)
    assert result.kappa == pytest.approx(0.22 / 0.52)
    assert result.cohen_kappa == pytest.approx(0.22 / 0.52)
    assert result.expectation == "exact"


def test_fuzzy_categories_without_space_is_weighted_cohens_kappa():
    # 99 % vs 95 % hot counts 0.5: observed (0.5 + 1 + 1 + 1)/4 = 0.875; chance = 0.0625 + 0.125 + 0.25.
    result = compare_runs([3, 2, 0, 0], [2, 2, 0, 0], neighbours=0, weighting="fuzzy")
    assert result.similarity == pytest.approx(0.875)
    assert result.expected_similarity == pytest.approx(0.4375)
    assert result.kappa == pytest.approx(0.4375 / 0.5625)
    # Unweighted: 3 of 4 agree, chance = 0.25·0.5 (95 % hot) + 0.5·0.5 (not significant) = 0.375.
    assert result.cohen_kappa == pytest.approx((0.75 - 0.375) / 0.625)


def test_a_hot_cell_one_cell_away_is_half_a_match():
    x, y = centres(7)
    a = np.zeros(49, dtype=int)
    b = np.zeros(49, dtype=int)
    a[3 * 7 + 3] = 3  # centre
    b[3 * 7 + 4] = 3  # one cell east
    result = compare_runs(a, b, x, y, neighbours=8, weighting="exact")
    centre = result.cells.iloc[3 * 7 + 3]
    assert centre["similarity"] == pytest.approx(0.5)  # μ = 2^(−150/150)
    assert result.cells.iloc[3 * 7 + 4]["similarity"] == pytest.approx(0.5)
    assert result.exact_agreement == pytest.approx(47 / 49)
    assert result.similarity == pytest.approx((47 + 0.5 + 0.5) / 49)


def test_shifted_map_scores_higher_with_spatial_tolerance_and_random_map_near_zero():
    x, y = centres()
    bins = planted_map()
    shifted = np.roll(bins.reshape(SIDE, SIDE), 1, axis=1).ravel()
    spatial = compare_runs(bins, shifted, x, y)
    assert spatial.kappa > spatial.cohen_kappa > 0.5
    rng = np.random.default_rng(4)
    unrelated = [compare_runs(bins, rng.permutation(bins), x, y).kappa for _ in range(8)]
    assert abs(np.mean(unrelated)) < 0.05


def test_permutation_estimate_agrees_with_the_exact_expectation(monkeypatch):
    x, y = centres()
    bins = planted_map()
    other = np.roll(bins.reshape(SIDE, SIDE), 2, axis=0).ravel()
    exact = compare_runs(bins, other, x, y)
    monkeypatch.setattr(compare, "MAX_EXACT_PAIRS", 0)
    estimated = compare_runs(bins, other, x, y, permutations=399)
    assert "permutations" in estimated.expectation
    assert estimated.similarity == pytest.approx(exact.similarity)
    assert estimated.expected_similarity == pytest.approx(exact.expected_similarity, abs=0.01)
    assert estimated.kappa == pytest.approx(exact.kappa, abs=0.03)


def test_excluding_cells_not_significant_in_both_runs():
    a = np.array([3, 0, 0, 0, -3, 0])
    b = np.array([3, 2, 0, 0, 0, 0])
    result = compare_runs(a, b, neighbours=0, weighting="exact", exclude_nonsignificant=True)
    assert result.parameters["cells_compared"] == 3
    assert result.similarity == pytest.approx(1 / 3)
    assert result.cells["included"].tolist() == [True, True, False, False, True, False]
    assert np.isnan(result.cells["kappa"].iloc[2])


def test_weights_matrix_and_bad_input():
    m = category_weights("fuzzy")
    assert m[3 + 3, 2 + 3] == 0.5 and m[2 + 3, 1 + 3] == 0.5 and m[3 + 3, 1 + 3] == 0
    assert m[1 + 3, 0 + 3] == 0 and m[3 + 3, -3 + 3] == 0 and (np.diag(m) == 1).all()
    with pytest.raises(HotspotInputError, match="same cells"):
        compare_runs([0, 1], [0, 1, 2], neighbours=0)
    with pytest.raises(HotspotInputError, match="outside −3..3"):
        compare_runs([0, 5], [0, 1], neighbours=0)
    with pytest.raises(HotspotInputError, match="7 × 7"):
        compare_runs([0, 1], [0, 1], neighbours=0, weighting=np.eye(3))
    single = compare_runs([0, 0, 0], [0, 0, 0], neighbours=0)
    assert single.similarity == 1.0 and np.isnan(single.kappa)
    assert any("undefined" in m for m in single.messages)
