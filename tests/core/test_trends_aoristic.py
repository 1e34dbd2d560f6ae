"""Aoristic hour-of-week weights (Ratcliffe): the issue's known answers, partial hours, DST, places."""

import numpy as np
import pandas as pd
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.trends.aoristic import HOURS_PER_WEEK, TABLE_COLUMNS, aoristic_weights

TUESDAY = 24  # how of Tuesday 00:00
SUNDAY = 6 * 24


def weights_of(result, place=None):
    table = result.table if place is None else result.table[result.table["place"] == place]
    return dict(zip(table["how"][table["weight"] > 0], table["weight"][table["weight"] > 0]))


def test_eight_hour_window_gives_one_eighth_to_each_hour():
    result = aoristic_weights(["2024-03-05 08:00"], ["2024-03-05 16:00"])  # a Tuesday
    assert weights_of(result) == pytest.approx({TUESDAY + h: 0.125 for h in range(8, 16)})
    assert list(result.table.columns) == [c for c in TABLE_COLUMNS if c != "place"]
    assert len(result.table) == HOURS_PER_WEEK


def test_no_end_puts_all_weight_in_the_start_hour():
    result = aoristic_weights(["2024-03-05 10:15", "2024-03-05 11:00"], [None, "2024-03-05 11:00"])
    assert weights_of(result) == pytest.approx({TUESDAY + 10: 1.0, TUESDAY + 11: 1.0})
    assert result.n_no_end == 2


def test_a_week_or_more_spreads_one_168th_everywhere():
    result = aoristic_weights(["2024-03-05 08:00", "2024-06-01 00:00"], ["2024-03-20 08:00", "2024-06-08 00:00"])
    np.testing.assert_allclose(result.table["weight"], 2 / 168)
    assert result.n_week_or_more == 2


def test_partial_hours_are_weighted_by_minutes():
    result = aoristic_weights(["2024-03-05 08:30"], ["2024-03-05 10:00"])
    assert weights_of(result) == pytest.approx({TUESDAY + 8: 30 / 90, TUESDAY + 9: 60 / 90})
    result = aoristic_weights(["2024-03-05 23:45"], ["2024-03-06 00:15"])  # across midnight
    assert weights_of(result) == pytest.approx({TUESDAY + 23: 0.5, 2 * 24: 0.5})


def test_sunday_night_wraps_to_monday_morning():
    result = aoristic_weights(["2024-03-10 22:00"], ["2024-03-11 02:00"])
    assert weights_of(result) == pytest.approx({SUNDAY + 22: 0.25, SUNDAY + 23: 0.25, 0: 0.25, 1: 0.25})


def test_spring_forward_night_has_no_one_oclock_hour():
    # 31 March 2024, 00:00–04:00 local: 3 real hours (01:00 GMT jumps to 02:00 BST).
    result = aoristic_weights(["2024-03-31 00:00"], ["2024-03-31 04:00"])
    assert weights_of(result) == pytest.approx({SUNDAY + 0: 1 / 3, SUNDAY + 2: 1 / 3, SUNDAY + 3: 1 / 3})


def test_autumn_repeated_hour_gets_twice_the_share():
    # 27 October 2024, 00:00–03:00 local: 4 real hours, 01:00–02:00 happens twice.
    result = aoristic_weights(["2024-10-27 00:00"], ["2024-10-27 03:00"])
    assert weights_of(result) == pytest.approx({SUNDAY + 0: 0.25, SUNDAY + 1: 0.5, SUNDAY + 2: 0.25})


def test_utc_instants_are_placed_in_local_hours():
    result = aoristic_weights(["2024-07-01T07:00:00Z"], ["2024-07-01T15:00:00Z"])  # 08:00–16:00 BST, Monday
    assert weights_of(result) == pytest.approx({h: 0.125 for h in range(8, 16)})
    aware = pd.Series(pd.to_datetime(["2024-01-01 08:00"]).tz_localize("Europe/London"))
    assert weights_of(aoristic_weights(aware)) == pytest.approx({8: 1.0})


def test_each_crime_weighs_one_in_total_per_place():
    starts = ["2024-03-04 08:00", "2024-03-04 17:40", "2024-03-09 21:00", "2024-03-05 12:00", None]
    ends = ["2024-03-04 16:00", "2024-03-05 07:05", "2024-03-12 09:30", None, None]
    starts[4] = "2024-03-05 13:00"
    places = ["fence 2", "fence 1", "fence 2", None, "fence 1"]
    result = aoristic_weights(starts, ends, places=places)
    assert list(result.table.columns) == TABLE_COLUMNS
    totals = result.table.groupby("place")["weight"].sum()
    assert totals.to_dict() == pytest.approx({"fence 1": 2.0, "fence 2": 2.0})
    assert result.n_without_place == 1 and result.n_used == 4
    assert weights_of(result, "fence 1")[24 + 13] == pytest.approx(1.0)
    busiest = result.busiest_hours(top=1, place="fence 1")
    assert busiest["how"].iloc[0] == 24 + 13


def test_end_before_start_is_an_error_naming_the_row():
    with pytest.raises(HotspotInputError, match=r"end before they start \(row 2 \(CR-2\).*Swap"):
        aoristic_weights(
            ["2024-03-05 08:00", "2024-03-05 09:00"], ["2024-03-05 10:00", "2024-03-05 08:00"], ids=["CR-1", "CR-2"]
        )
    with pytest.raises(HotspotInputError, match=r"no readable start \('from'\) time \(row 1\)"):
        aoristic_weights([None, "2024-03-05 09:00"])
