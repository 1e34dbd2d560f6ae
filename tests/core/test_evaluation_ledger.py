"""The place-day ledger: day boundaries, clock changes, rows = places × days, minutes by hand."""

from datetime import date

import numpy as np
import pandas as pd
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.evaluation.ledger import LEDGER_FIELDS, NOT_SCHEDULED, build_ledger
from hotspot_plugin.core.tasking import (
    CONTROL,
    SCHEDULE_FIELDS,
    TREATMENT,
    WASHOUT,
    Place,
    generate_schedule,
    parse_shifts,
)

from .planted_trial import planted


def schedule_rows(rows):
    """Schedule rows from (fence_id, date, arm, window_start, window_end, minutes)."""
    return pd.DataFrame(rows, columns=["fence_id", "date", "arm", "window_start", "window_end", "minutes"])


def control_days(fences, days):
    return [(f, d, CONTROL, None, None, 0) for f in fences for d in days]


def cell(ledger, fence, day, column):
    frame = ledger.frame
    row = frame[(frame["fence_id"] == fence) & (frame["day"] == date.fromisoformat(day))]
    assert len(row) == 1
    return row.iloc[0][column]


def test_a_crime_at_0559_counts_on_the_previous_policing_day():
    sched = schedule_rows(control_days(["A"], ["2026-07-06", "2026-07-07"]))
    crimes = pd.DataFrame(
        {
            "fence_id": ["A", "A", "A"],
            # BST (UTC+1): 05:59 and 06:00 local on the 7th, 05:59 local on the 8th (after the last day).
            "time_utc": ["2026-07-07T04:59:00Z", "2026-07-07T05:00:00Z", "2026-07-08T04:59:00+00:00"],
        }
    )
    ledger = build_ledger(sched, ["A"], crimes)
    assert cell(ledger, "A", "2026-07-06", "crimes") == 1
    assert cell(ledger, "A", "2026-07-07", "crimes") == 2
    assert ledger.summary["crimes_outside_days"] == 0
    # With a midnight day start the same crimes are all on the 7th.
    midnight = build_ledger(sched, ["A"], crimes, day_start="00:00")
    assert cell(midnight, "A", "2026-07-06", "crimes") == 0
    assert cell(midnight, "A", "2026-07-07", "crimes") == 2
    assert midnight.summary["crimes_outside_days"] == 1
    # Naive times are local wall-clock times (force records): 05:59 BST is the same instant as 04:59Z.
    local = pd.DataFrame({"fence_id": ["A", "A"], "time_utc": ["2026-07-07 05:59:00", "2026-07-07 06:00:00"]})
    naive = build_ledger(sched, ["A"], local)
    assert [cell(naive, "A", d, "crimes") for d in ("2026-07-06", "2026-07-07")] == [1, 1]


def test_clock_change_days_are_23_and_25_hours_and_keep_the_0600_boundary():
    days = ["2026-03-28", "2026-03-29", "2026-10-24", "2026-10-25"]
    sched = schedule_rows(control_days(["A"], days))
    crimes = pd.DataFrame(
        {
            "fence_id": ["A"] * 4,
            "time_utc": [
                "2026-03-29T04:30:00Z",  # 05:30 BST on the 29th: still the 28th's policing day
                "2026-03-29T05:00:00Z",  # 06:00 BST: the 29th
                "2026-10-25T05:30:00Z",  # 05:30 GMT on the 25th (after the repeated hour): the 24th
                "2026-10-25T06:00:00Z",  # 06:00 GMT: the 25th
            ],
        }
    )
    ledger = build_ledger(sched, ["A"], crimes, first_day=date(2026, 3, 28), last_day=date(2026, 10, 25))
    assert len(ledger.frame) == (date(2026, 10, 25) - date(2026, 3, 28)).days + 1
    assert cell(ledger, "A", "2026-03-28", "day_hours") == 23.0
    assert cell(ledger, "A", "2026-10-24", "day_hours") == 25.0
    assert cell(ledger, "A", "2026-06-01", "day_hours") == 24.0
    assert [cell(ledger, "A", d, "crimes") for d in days] == [1, 1, 1, 1]
    assert ledger.summary["clock_change_days"] == ["2026-03-28", "2026-10-24"]
    assert cell(ledger, "A", "2026-06-01", "arm") == NOT_SCHEDULED


def test_rows_are_places_times_days_in_fence_order_whatever_the_schedule_holds():
    # B is in no schedule row; A is scheduled on one day only; crimes fall in C, outside the places.
    sched = schedule_rows([("A", "2026-05-02", CONTROL, None, None, 0), ("A", "2026-05-04", CONTROL, None, None, 0)])
    crimes = pd.DataFrame({"fence_id": ["C", None], "time_utc": ["2026-05-02T12:00:00Z"] * 2})
    ledger = build_ledger(sched, ["B", "A"], crimes)
    frame = ledger.frame
    assert list(frame.columns) == list(LEDGER_FIELDS)
    assert len(frame) == 2 * 3
    assert list(frame["fence_id"]) == ["B"] * 3 + ["A"] * 3
    assert list(frame["arm"]) == [NOT_SCHEDULED] * 3 + [CONTROL, NOT_SCHEDULED, CONTROL]
    assert frame["crimes"].sum() == 0
    assert ledger.summary["crimes_outside_places"] == 2
    assert frame["harm"].isna().all()  # no harm given: no harm invented


def test_tasked_delivered_and_background_minutes_by_hand():
    # Place A treated on 1 June (BST) with three 15-minute windows; B control that day.
    sched = schedule_rows(
        [
            ("A", "2026-06-01", TREATMENT, "2026-06-01T09:00:00+01:00", "2026-06-01T09:15:00+01:00", 15),
            ("A", "2026-06-01", TREATMENT, "2026-06-01T15:00:00+01:00", "2026-06-01T15:15:00+01:00", 15),
            ("A", "2026-06-01", TREATMENT, "2026-06-01T23:00:00+01:00", "2026-06-01T23:15:00+01:00", 15),
            ("B", "2026-06-01", CONTROL, None, None, 0),
        ]
    )
    visits = pd.DataFrame(
        {
            "fence_id": ["A", "A", "A", "B", "A"],
            "officer_id": ["PC1", "PC1", "PC2", "PC3", "PC4"],
            "start_utc": [
                "2026-06-01T07:55:00Z",  # 08:55–09:20 local: 15 min in window 1, 25 min in all
                "2026-06-01T14:05:00Z",  # 15:05–15:12: 7 min in window 2
                "2026-06-01T14:08:00Z",  # 15:08–15:20 with a pair: the union is 15:05–15:20, 10 min in window 2
                "2026-06-01T11:00:00Z",  # control place visited 20 min: background only
                "2026-06-02T04:50:00Z",  # 05:50–06:10 local on the 2nd: 10 min on the 1st's policing day
            ],
            "end_utc": [
                "2026-06-01T08:20:00Z",
                "2026-06-01T14:12:00Z",
                "2026-06-01T14:20:00Z",
                "2026-06-01T11:20:00Z",
                "2026-06-02T05:10:00Z",
            ],
        }
    )
    ledger = build_ledger(sched, ["A", "B"], None, visits)
    assert cell(ledger, "A", "2026-06-01", "tasked_min") == 45.0
    assert cell(ledger, "A", "2026-06-01", "delivered_min") == pytest.approx(15.0 + 10.0)
    assert cell(ledger, "A", "2026-06-01", "background_min") == pytest.approx(25.0 + 15.0 + 10.0)
    assert cell(ledger, "A", "2026-06-01", "visits") == 4
    assert cell(ledger, "B", "2026-06-01", "tasked_min") == 0.0
    assert cell(ledger, "B", "2026-06-01", "delivered_min") == 0.0
    assert cell(ledger, "B", "2026-06-01", "background_min") == pytest.approx(20.0)
    assert ledger.summary["visits_counted"] == 5


def test_harm_sums_and_crime_ids_as_numbers_or_text_join():
    sched = schedule_rows(control_days([12, 13], ["2026-02-10"]))
    crimes = pd.DataFrame(
        {"fence_id": [12.0, "12", 13], "time_utc": ["2026-02-10T10:00:00Z"] * 3, "harm": [1.0, 273.5, 10.0]}
    )
    ledger = build_ledger(sched, [12, 13], crimes)
    assert cell(ledger, 12, "2026-02-10", "crimes") == 2
    assert cell(ledger, 12, "2026-02-10", "harm") == pytest.approx(274.5)
    assert cell(ledger, 13, "2026-02-10", "harm") == pytest.approx(10.0)


@pytest.mark.parametrize(
    "rows, crimes, message",
    [
        (
            [("A", "2026-02-10", TREATMENT, None, None, 15), ("A", "2026-02-10", CONTROL, None, None, 0)],
            None,
            "more than one arm",
        ),
        ([("A", "2026-02-10", "patrolled", None, None, 0)], None, "arm 'patrolled'"),
        (
            [("A", "2026-02-10", CONTROL, None, None, 0)],
            {"fence_id": ["A"], "time_utc": ["2026-02-10T10:00:00Z"], "harm": [-1.0]},
            "negative",
        ),
        ([("A", "2026-02-10", CONTROL, None, None, 0)], {"fence_id": ["A"], "time_utc": ["yesterday"]}, "time_utc"),
        ([("A", "2026-02-10", CONTROL, None, None, 0)], {"fence_id": ["A"]}, "no field time_utc"),
    ],
)
def test_bad_input_is_named(rows, crimes, message):
    with pytest.raises(HotspotInputError, match=message):
        build_ledger(schedule_rows(rows), ["A"], None if crimes is None else pd.DataFrame(crimes))


def test_repeated_fence_ids_are_refused():
    with pytest.raises(HotspotInputError, match="repeat"):
        build_ledger(schedule_rows(control_days(["A"], ["2026-02-10"])), ["A", "A"])


def test_inputs_are_not_changed():
    sched = schedule_rows(control_days(["A"], ["2026-02-10"]))
    crimes = pd.DataFrame({"fence_id": ["A"], "time_utc": ["2026-02-10T10:00:00Z"], "harm": [2.0]})
    before = (sched.copy(), crimes.copy())
    build_ledger(sched, ["A"], crimes)
    pd.testing.assert_frame_equal(sched, before[0])
    pd.testing.assert_frame_equal(crimes, before[1])


def test_planted_trial_ledger_matches_the_schedule_and_the_crimes():
    trial, ledger = planted()
    frame = ledger.frame
    places, days = len(trial.places), trial.settings["days"]
    assert len(frame) == places * days
    arms = trial.schedule.drop_duplicates(["fence_id", "date"]).set_index(["fence_id", "date"])["arm"]
    got = frame.set_index([frame["fence_id"], frame["day"].map(date.isoformat)])["arm"]
    assert (got.sort_index().to_numpy() == arms.sort_index().to_numpy()).all()
    in_trial = trial.crimes[(trial.crimes["period"] == "trial") & trial.crimes["fence_id"].notna()]
    assert frame["crimes"].sum() == len(in_trial)
    assert frame["harm"].sum() == pytest.approx(in_trial["harm"].sum())
    treated = frame["arm"] == TREATMENT
    assert (frame.loc[treated, "tasked_min"] == 45.0).all()
    assert (frame.loc[~treated, "tasked_min"] == 0.0).all()
    assert (frame.loc[~treated, "delivered_min"] == 0.0).all()
    # Delivered never exceeds presence that day, and "most but not all" minutes were delivered.
    assert (frame["delivered_min"] <= frame["background_min"] + 1e-9).all()
    share = frame.loc[treated, "delivered_min"].sum() / frame.loc[treated, "tasked_min"].sum()
    assert 0.6 < share < 1.0
    assert frame.loc[frame["arm"] == CONTROL, "background_min"].sum() > 0  # contamination is visible
    assert ledger.summary["clock_change_days"] == ["2026-03-28"]


def test_washout_arms_come_through_as_allocated():
    places = [Place(p) for p in "ABCD"]
    sched = generate_schedule(places, date(2026, 4, 6), date(2026, 4, 19), parse_shifts("06:00-14:00"), washout_days=2)
    rows = pd.DataFrame([t.as_row() for t in sched.taskings], columns=list(SCHEDULE_FIELDS))
    ledger = build_ledger(rows, list("ABCD"))
    expected = {(t.fence_id, t.date): t.arm for t in sched.taskings}
    got = {(f, d.isoformat()): a for f, d, a in zip(ledger.frame["fence_id"], ledger.frame["day"], ledger.frame["arm"])}
    assert got == expected
    assert (ledger.frame["arm"] == WASHOUT).sum() == ledger.summary["washout_place_days"] > 0
    assert np.isclose(ledger.frame["tasked_min"].sum(), 15 * 3 * (ledger.frame["arm"] == TREATMENT).sum())


@pytest.mark.parametrize("when", ["2018-06", "2026-02-10"])
def test_dates_without_a_time_are_refused(when):
    # A police.uk month (or a bare date) would put every crime on one policing day without a word.
    sched = schedule_rows(control_days(["A"], ["2026-02-10"]))
    crimes = pd.DataFrame({"fence_id": ["A", "A"], "time_utc": [when, when]})
    with pytest.raises(HotspotInputError, match="without a time of day"):
        build_ledger(sched, ["A"], crimes)
