"""core.timeutil: one convention for times, known answers around the UK clock changes (no QGIS)."""

from datetime import date, datetime, time, timedelta, timezone

import numpy as np
import pandas as pd
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.timeutil import (
    DEFAULT_DAY_START,
    DEFAULT_TIMEZONE,
    UTC,
    add_minutes,
    clock_on_policing_day,
    day_start_utc,
    local_time,
    minutes_between,
    parse_clock,
    parse_date,
    parse_instant,
    policing_day,
    policing_day_bounds,
    to_utc,
    utc_seconds,
    wall_to_utc,
)


def utc(*args):
    return datetime(*args, tzinfo=timezone.utc)


def test_the_defaults_are_stated_once():
    assert DEFAULT_TIMEZONE == "Europe/London" and DEFAULT_DAY_START == "06:00"


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2026-07-14T09:00:00", utc(2026, 7, 14, 8)),  # naive: local time, BST in July
        ("2026-01-14 09:00", utc(2026, 1, 14, 9)),  # GMT in January
        ("2026/07/14 09:00:00", utc(2026, 7, 14, 8)),  # QGIS's CSV form
        ("2026-07-14T09:00:00Z", utc(2026, 7, 14, 9)),
        ("2026-07-14T09:00:00+02:00", utc(2026, 7, 14, 7)),
        ("14/07/2026 09:00", utc(2026, 7, 14, 8)),  # UK day first, through the vectorised parser
        ("2026-03-29T01:30:00", utc(2026, 3, 29, 1, 30)),  # the spring gap: the offset before the change
        ("2026-10-25T01:30:00", utc(2026, 10, 25, 0, 30)),  # the repeated hour: its first occurrence (BST)
        (datetime(2026, 7, 14, 9), utc(2026, 7, 14, 8)),
        (pd.Timestamp("2026-07-14 09:00", tz="UTC"), utc(2026, 7, 14, 9)),
        (np.datetime64("2026-07-14T09:00"), utc(2026, 7, 14, 8)),
        (1784016000, utc(2026, 7, 14, 8)),  # epoch seconds
        (date(2026, 7, 14), utc(2026, 7, 13, 23)),  # a date is its local midnight
    ],
)
def test_parse_instant_naive_values_are_local(value, expected):
    assert parse_instant(value) == expected


def test_a_caller_with_utc_data_says_so():
    assert parse_instant("2026-07-14T09:00:00", naive=UTC) == utc(2026, 7, 14, 9)
    assert parse_instant(datetime(2026, 7, 14, 9), naive=UTC) == utc(2026, 7, 14, 9)
    assert parse_instant("2026-07-14T09:00:00+01:00", naive=UTC) == utc(2026, 7, 14, 8)  # an offset wins
    assert parse_instant("2026-07-14T09:00:00", tz="America/New_York") == utc(2026, 7, 14, 13)


@pytest.mark.parametrize("bad", ["", None, "soon", "2026-13-45T09:00"])
def test_parse_instant_refuses_with_the_label(bad):
    with pytest.raises(HotspotInputError, match="window_start"):
        parse_instant(bad, label="window_start")


def test_vectorised_equals_scalar():
    texts = [
        "2026-07-14T09:00:00",
        "2026-01-14 09:00:00",
        "2026-07-14T09:00:00Z",
        "2026-07-14T09:00:00+02:00",
        "14/07/2026 09:00:30",
        "2026-03-29T01:30:00",
        "2026-10-25T01:30:00",
        None,
        "nonsense",
    ]
    got = utc_seconds(texts)
    for text, seconds in zip(texts, got):
        if text in (None, "nonsense"):
            assert np.isnan(seconds)
        else:
            assert seconds == parse_instant(text).timestamp(), text
    series = to_utc(texts)
    assert str(series.dtype) == "datetime64[ns, UTC]" and series.isna().sum() == 2


def test_vectorised_fast_paths():
    seconds = np.array([1784016000.0, np.nan])
    assert np.array_equal(utc_seconds(seconds), seconds, equal_nan=True)  # numbers are seconds already
    naive = np.array(["2026-07-14T08:00:00", "NaT"], dtype="datetime64[s]")
    assert utc_seconds(naive, naive=UTC)[0] == 1784016000.0 and np.isnan(utc_seconds(naive, naive=UTC)[1])
    assert utc_seconds(naive)[0] == 1784016000.0 - 3600  # read as local (BST) it is an hour earlier
    aware = pd.Series(pd.to_datetime(["2026-07-14 09:00"]).tz_localize("Europe/London"))
    assert utc_seconds(aware)[0] == 1784016000.0


def test_policing_day_from_06_00_local():
    instants = pd.Series(pd.to_datetime(["2026-07-14T04:59:00Z", "2026-07-14T05:00:00Z", "2026-01-14T05:59:00Z"]))
    assert policing_day(instants).tolist() == [date(2026, 7, 13), date(2026, 7, 14), date(2026, 1, 13)]
    assert policing_day(pd.Timestamp("2026-07-14T05:00:00Z"), "05:00") == date(2026, 7, 14)
    with pytest.raises(HotspotInputError, match="clock time"):
        policing_day(instants, "6am")


def test_policing_days_are_23_and_25_hours_when_the_clocks_change():
    spring = np.diff(policing_day_bounds(date(2026, 3, 28), 3)) / 3600
    autumn = np.diff(policing_day_bounds(date(2026, 10, 24), 3)) / 3600
    assert spring.tolist() == [23.0, 24.0, 24.0] and autumn.tolist() == [25.0, 24.0, 24.0]
    assert day_start_utc(date(2026, 7, 14)) == utc(2026, 7, 14, 5)


def test_clock_times_on_a_policing_day():
    assert clock_on_policing_day(date(2026, 7, 14), time(23, 30)) == utc(2026, 7, 14, 22, 30)
    assert clock_on_policing_day(date(2026, 7, 14), time(2, 0)) == utc(2026, 7, 15, 1)  # after midnight: next day
    assert wall_to_utc(date(2026, 1, 14), time(9, 0)) == utc(2026, 1, 14, 9)
    assert parse_clock("06:30") == time(6, 30) and parse_clock("06:30:15") == time(6, 30, 15)
    with pytest.raises(HotspotInputError, match="clock time"):
        parse_clock("half six")


def test_real_minutes_across_the_autumn_change():
    before = local_time(utc(2026, 10, 25, 0, 30))  # 01:30 BST
    after = add_minutes(before, 60)  # 01:30 GMT, an hour later in real time
    assert (before.hour, before.minute, after.hour, after.minute) == (1, 30, 1, 30)
    assert after.astimezone(timezone.utc) - before.astimezone(timezone.utc) == timedelta(minutes=60)
    assert minutes_between(before, after) == 60.0  # Python's own subtraction says 0 here


def test_dates():
    assert (
        parse_date("2026-03-02") == parse_date("2026/03/02") == parse_date(datetime(2026, 3, 2, 9)) == date(2026, 3, 2)
    )
    assert parse_date("02/03/2026", day_first=True) == date(2026, 3, 2)
    with pytest.raises(HotspotInputError, match="first day"):
        parse_date("02/03/2026", "first day")
