"""Concentration: the 80-20 table on a planted fixture and hand-computed Gini coefficients."""

import numpy as np
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.trends.concentration import TABLE_COLUMNS, concentration, gini, lorenz_curve, places_holding


def fixture():
    """100 cells. Harm: 5 cells of 10, 50 of 1, 45 of 0 (total 100). Crimes: 10 cells of 3, 40 of 1, 50 of 0."""
    harm = np.array([10.0] * 5 + [1.0] * 50 + [0.0] * 45)
    crimes = np.array([3] * 10 + [1] * 40 + [0] * 50)
    order = np.random.default_rng(5).permutation(100)  # places in no particular order
    return crimes[order], harm[order], order


def test_five_of_a_hundred_cells_hold_half_the_harm():
    crimes, harm, _ = fixture()
    result = concentration(crimes, harm)
    table = result.table
    assert list(table.columns) == TABLE_COLUMNS
    assert len(table) == 100  # zero-crime places are rows too
    row5 = table[table["rank"] == 5].iloc[0]
    assert row5["cum_share_harm"] == pytest.approx(0.50)
    assert row5["cum_share_places"] == pytest.approx(0.05)
    assert table[table["rank"] == 10]["cum_share_crimes"].iloc[0] == pytest.approx(30 / 70)
    assert table["cum_share_harm"].iloc[-1] == pytest.approx(1.0)
    assert result.summary["places_for_50pct_harm"] == 5
    assert result.summary["share_of_places_for_50pct_harm"] == pytest.approx(0.05)
    assert result.summary["places_for_80pct_crimes"] == 10 + 26  # 30 + 26 = 56 = 80 % of 70


def test_gini_hand_computed_including_zero_places():
    crimes, harm, _ = fixture()
    # Harm: Σ|xi − xj| over ordered pairs = 2·(45·50·1 + 45·5·10 + 50·5·9) = 13,500; n = 100, mean 1.
    assert gini(harm) == pytest.approx(13_500 / (2 * 100**2 * 1.0))  # 0.675
    # Crimes: 2·(50·40·1 + 50·10·3 + 40·10·2) = 8,600; mean 0.7.
    assert gini(crimes) == pytest.approx(8_600 / (2 * 100**2 * 0.7))  # 0.6142857
    result = concentration(crimes, harm)
    assert result.gini_harm == pytest.approx(0.675)
    assert result.gini_crimes == pytest.approx(0.6142857, abs=1e-7)


def test_gini_is_one_minus_twice_the_area_under_the_lorenz_curve():
    values = np.random.default_rng(2).poisson(0.7, 500) * 3.0
    x, y = lorenz_curve(values)
    area = np.trapz(y, x)
    assert gini(values) == pytest.approx(1 - 2 * area)


def test_gini_extremes():
    assert gini([4, 4, 4, 4]) == pytest.approx(0.0)
    assert gini([0, 0, 0, 9]) == pytest.approx(3 / 4)  # (n − 1)/n


def test_places_holding_and_ids():
    assert places_holding([5, 1, 1, 1, 1, 1], 0.5) == 1
    result = concentration([0, 7, 2], places=["A", "B", "C"])
    assert result.table["place_by_crimes"].tolist() == ["B", "C", "A"]
    assert "cum_share_harm" not in result.table.columns and result.gini_harm is None


def test_bad_input_is_refused():
    with pytest.raises(HotspotInputError, match="nothing to concentrate"):
        concentration([0, 0, 0])
    with pytest.raises(HotspotInputError, match="negative"):
        concentration([1, -1, 0])
    with pytest.raises(HotspotInputError, match="NULL"):
        concentration([1, 2], harm=[1, np.nan])
