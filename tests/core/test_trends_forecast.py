"""Forecast accuracy: hit rate, PAI, PEI, RRI on a planted grid with hand-computed answers."""

import numpy as np
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.trends.forecast import forecast_accuracy, most_capturable


def planted():
    """100 equal cells, the first 10 hot. Next period: 100 crimes, 30 in the hot cells (3 each), five
    other cells of 5 (25), 45 cells of 1 and 40 empty. Earlier period: 200 crimes, 80 in the hot cells."""
    hot = np.zeros(100, dtype=bool)
    hot[:10] = True
    later = np.array([3] * 10 + [5] * 5 + [1] * 45 + [0] * 40)
    earlier = np.array([8] * 10 + [2] * 60 + [0] * 30)
    return hot, later, earlier


def test_ten_percent_of_cells_with_thirty_percent_of_crime():
    hot, later, earlier = planted()
    result = forecast_accuracy(hot, later, earlier_crimes=earlier)
    assert result["hit_rate"] == pytest.approx(0.30)
    assert result["area_share"] == pytest.approx(0.10)
    assert result["pai"] == pytest.approx(3.0)
    # The 10 busiest cells of the next period hold 5·5 + 5·3 = 40: PEI = 30/40.
    assert result["max_capturable"] == pytest.approx(40)
    assert result["pei"] == pytest.approx(0.75)
    # RRI = (n2/n1)/(N2/N1) = (30/80)/(100/200).
    assert result["rri"] == pytest.approx(0.75)


def test_harm_figures_are_named_and_computed_on_harm():
    hot, later, _ = planted()
    harm = np.where(hot, 100.0, 1.0) * (later > 0)
    result = forecast_accuracy(hot, later, later_harm=harm)
    total = 1000 + 50
    assert result["harm_hit_rate"] == pytest.approx(1000 / total)
    assert result["harm_pai"] == pytest.approx(1000 / total / 0.10)
    assert result["harm_pei"] == pytest.approx(1.0)


def test_unequal_areas_and_study_area():
    # Fences: hot fence of 2 ha holding 10 of 40 crimes; study area 20 ha.
    hot = np.array([True, False, False])
    later = np.array([10, 20, 10])
    area = np.array([20_000.0, 10_000.0, 170_000.0])
    result = forecast_accuracy(hot, later, area=area)
    assert result["hit_rate"] == pytest.approx(0.25)
    assert result["pai"] == pytest.approx(0.25 / 0.10)
    # Densest first: fence 2 (20 crimes in 1 ha) then half of fence 1 (5 crimes): n* = 25.
    assert result["max_capturable"] == pytest.approx(25)
    assert result["pei"] == pytest.approx(10 / 25)
    assert most_capturable(later.astype(float), area, 200_000.0) == pytest.approx(40)
    result = forecast_accuracy(hot, later, area=area, study_area=400_000.0)
    assert result["pai"] == pytest.approx(0.25 / 0.05)


def test_perfect_forecast_has_pei_one():
    hot = np.array([True, True, False, False])
    result = forecast_accuracy(hot, [9, 8, 1, 0])
    assert result["pei"] == pytest.approx(1.0)
    assert result["hit_rate"] == pytest.approx(17 / 18)


def test_bad_input_is_refused():
    with pytest.raises(HotspotInputError, match="No unit is a hot spot"):
        forecast_accuracy([False, False], [1, 2])
    with pytest.raises(HotspotInputError, match="no crimes"):
        forecast_accuracy([True, False], [0, 0])
    with pytest.raises(HotspotInputError, match="0 or more"):
        forecast_accuracy([True, False], [1, np.nan])
