"""The demo's year of timed crime (issue 16): 52 weeks, from/to windows where crimes are found later,
and the planted emerging hot spot at Tannery Row (none there before it opens)."""

import numpy as np
import pandas as pd

from hotspot_plugin.core.resources import resource_path
from tests.demo_generators import generator

demo_data = generator("hollowford")


def year():
    return pd.read_csv(resource_path("demo", "crimes_year.csv"), keep_default_na=False)


def test_a_year_of_weeks_with_windows():
    crimes = year()
    assert list(crimes.columns) == demo_data.YEAR_COLUMNS and crimes["crime_id"].is_unique
    start = pd.to_datetime(crimes["occurred_from"])
    assert start.min() >= pd.Timestamp("2025-04-05") and start.max() < pd.Timestamp("2026-04-06")
    weeks = ((start - pd.Timestamp(demo_data.YEAR_START)).dt.days // 7).clip(lower=0)
    assert weeks.nunique() == demo_data.YEAR_WEEKS
    windowed = crimes["occurred_to"] != ""
    assert set(crimes.loc[windowed, "crime_type"]) == set(demo_data.WINDOW_HOURS)
    end = pd.to_datetime(crimes.loc[windowed, "occurred_to"])
    hours = (end - start[windowed]).dt.total_seconds() / 3600
    assert (hours > 0).all() and hours.max() <= 61
    assert (crimes["harm"] >= 0).all()


def test_tannery_row_opens_late_and_grows():
    crimes = year()
    dx, dy, spread, _ = demo_data.TANNERY_ROW
    near = (
        np.hypot(crimes["easting"] - demo_data.CENTRE_E - dx, crimes["northing"] - demo_data.CENTRE_N - dy) < 3 * spread
    )
    weeks = (pd.to_datetime(crimes.loc[near, "occurred_from"]) - pd.Timestamp(demo_data.YEAR_START)).dt.days // 7
    before = weeks[weeks < demo_data.TANNERY_FIRST_WEEK]
    after = weeks[weeks >= demo_data.TANNERY_FIRST_WEEK].value_counts().sort_index()
    assert len(before) <= 10 and before.value_counts().max() <= 2  # the town's background: a few in 45 weeks
    assert len(after) == len(demo_data.TANNERY_WEEKLY) and after.iloc[-1] > after.iloc[0]
