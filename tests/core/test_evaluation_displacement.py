"""Displacement: WDD (Wheeler & Ratcliffe 2018) and WDQ (Bowers & Johnson 2003) known answers, areas and periods."""

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.evaluation.displacement import DISPLACEMENT_FIELDS, area_masks, displacement, wdd, wdq

from .planted_trial import planted


def test_wdd_paper_example():
    # Wheeler & Ratcliffe (2018): control 308 → 318, treated 207 → 110, control ring 150 → 140, treated ring 178 → 157.
    result = wdd(treated=(207, 110), control=(308, 318), treated_ring=(178, 157), control_ring=(150, 140))
    assert result["wdd"] == -118
    assert result["wdd_se"] == pytest.approx(np.sqrt(1568))
    assert round(result["wdd_z"], 2) == -2.98
    assert (round(result["wdd_ci_low"]), round(result["wdd_ci_high"])) == (-196, -40)


def test_wdq_known_answer_and_sign():
    # Target 100 → 50, ring 100 → 150, control 100 → 100: the ring rose as much as the target fell.
    assert wdq(treated=(100, 50), control=(100, 100), treated_ring=(100, 150)) == pytest.approx(-1.0)
    # The same fall with the ring falling by half as much is a diffusion of benefits: +0.5.
    assert wdq(treated=(100, 50), control=(100, 100), treated_ring=(100, 75)) == pytest.approx(0.5)
    assert np.isnan(wdq(treated=(100, 100), control=(100, 100), treated_ring=(100, 150)))
    assert np.isnan(wdq(treated=(100, 50), control=(0, 100), treated_ring=(100, 150)))


TREATED = [box(0, 0, 100, 100), box(0, 400, 100, 500)]
CONTROL = [box(1000, 0, 1100, 100)]
SPOTS = {  # one point in each area (metres), and two in none
    "treated": (50.0, 50.0),
    "treated_ring": (150.0, 450.0),
    "control": (1050.0, 50.0),
    "control_ring": (1000.0, 150.0),
    "nowhere": (600.0, 600.0),
    "past_the_corner": (180.0, 180.0),  # inside the ring's bounding square, 113 m from the corner
}
BEFORE, AFTER = ("2026-01-05", "2026-01-11"), ("2026-01-12", "2026-01-18")


def crimes_for(counts, harm_of=None):
    rows = []
    for (area, period), n in counts.items():
        when = "2026-01-08T12:00:00Z" if period == "before" else "2026-01-15T12:00:00Z"
        x, y = SPOTS[area]
        rows += [(x, y, when, (harm_of or {}).get(area, 1.0))] * n
    return pd.DataFrame(rows, columns=["x", "y", "time_utc", "harm"])


def test_displacement_from_points_reproduces_the_paper():
    counts = {
        ("treated", "before"): 207,
        ("treated", "after"): 110,
        ("control", "before"): 308,
        ("control", "after"): 318,
        ("treated_ring", "before"): 178,
        ("treated_ring", "after"): 157,
        ("control_ring", "before"): 150,
        ("control_ring", "after"): 140,
        ("nowhere", "after"): 9,
        ("past_the_corner", "before"): 5,
    }
    c = crimes_for(counts, harm_of={"treated": 2.0, "control": 2.0, "treated_ring": 2.0, "control_ring": 2.0})
    result = displacement(c.x, c.y, c.time_utc, TREATED, CONTROL, 100.0, BEFORE, AFTER, harm=c.harm)
    table = result.table.set_index("measure")
    assert list(result.table.columns) == list(DISPLACEMENT_FIELDS)
    crimes = table.loc["crimes"]
    assert (crimes["treated_before"], crimes["treated_after"]) == (207, 110)
    assert (crimes["control_ring_before"], crimes["control_ring_after"]) == (150, 140)
    assert crimes["wdd"] == -118 and crimes["wdd_se"] == pytest.approx(np.sqrt(1568))
    assert crimes["wdq"] == pytest.approx(((157 / 318) - (178 / 308)) / ((110 / 318) - (207 / 308)))
    # Harm 2 per crime: WDD doubles; the variance is Σ h² = 4 × 1568.
    harm = table.loc["harm"]
    assert harm["wdd"] == -236 and harm["wdd_se"] == pytest.approx(2 * np.sqrt(1568))
    assert harm["wdd_z"] == pytest.approx(crimes["wdd_z"])
    assert result.summary["crimes_in_periods"] == 1568 + 14
    assert result.summary["ring_overlap_crimes"] == 0


def test_harm_variance_is_the_sum_of_squared_harm():
    c = crimes_for({("treated", "before"): 1, ("treated", "after"): 1}, harm_of={"treated": 273.5})
    c.loc[1, "harm"] = 10.0
    row = displacement(c.x, c.y, c.time_utc, TREATED, CONTROL, 100.0, BEFORE, AFTER, harm=c.harm).table.iloc[1]
    assert row["wdd"] == pytest.approx(10.0 - 273.5)
    assert row["wdd_se"] == pytest.approx(np.sqrt(273.5**2 + 10.0**2))


def test_periods_are_policing_days():
    # 05:30 GMT on the 19th is still the 18th's policing day (06:00 start); 06:00 is not; 05:59 on the 5th is
    # the 4th's, before the before period.
    x, y = SPOTS["treated"]
    times = ["2026-01-19T05:30:00Z", "2026-01-19T06:00:00Z", "2026-01-05T05:59:00Z", "2026-01-05T06:00:00Z"]
    result = displacement([x] * 4, [y] * 4, times, TREATED, CONTROL, 100.0, BEFORE, AFTER)
    row = result.table.iloc[0]
    assert (row["treated_before"], row["treated_after"]) == (1, 1)


def test_rings_exclude_areas_and_end_at_the_buffer():
    x, y = zip(*SPOTS.values())
    masks = area_masks(x, y, TREATED, CONTROL, 100.0)
    names = list(SPOTS)
    for area in ("treated", "control", "treated_ring", "control_ring"):
        assert [names[i] for i in np.nonzero(masks[area])[0]] == [area]
    # A point on the edge of a treated square is in it, not in the ring.
    edge = area_masks([100.0], [50.0], TREATED, CONTROL, 100.0)
    assert edge["treated"][0] and not edge["treated_ring"][0]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"buffer_m": 0.0}, "more than 0"),
        ({"before": ("2026-01-05", "2026-01-12")}, "overlap"),
        ({"after": ("2026-01-18", "2026-01-12")}, "ends"),
        ({"control": [box(50, 50, 150, 150)]}, "overlap"),
    ],
)
def test_bad_input_is_named(kwargs, message):
    args = {"treated": TREATED, "control": CONTROL, "buffer_m": 100.0, "before": BEFORE, "after": AFTER}
    args.update(kwargs)
    with pytest.raises(HotspotInputError, match=message):
        displacement([50.0], [50.0], ["2026-01-08T12:00:00Z"], **args)


def test_planted_displacement_shows_in_the_displaced_ring():
    trial, _ = planted(0.7)
    c = trial.crimes
    s = trial.settings
    first = trial.places[trial.places["fence_id"] == s["displaced_ring_of"]]["geometry"].tolist()
    others = trial.places[trial.places["fence_id"] != s["displaced_ring_of"]]["geometry"].tolist()
    before, after = (s["before_start"], s["before_end"]), (s["start"], s["end"])
    one = displacement(c.x, c.y, c.time_utc, first, list(trial.comparison.geometry), 150.0, before, after)
    rest = displacement(c.x, c.y, c.time_utc, others, list(trial.comparison.geometry), 150.0, before, after)
    ring_one = one.table.iloc[0]
    ring_rest = rest.table.iloc[0]
    # The displaced ring rose by about half; the other rings did not.
    assert ring_one["treated_ring_after"] / ring_one["treated_ring_before"] > 1.2
    assert 0.85 < ring_rest["treated_ring_after"] / ring_rest["treated_ring_before"] < 1.15
    # Every generated crime in the four kinds of area is counted where the generator put it.
    table = displacement(
        c.x, c.y, c.time_utc, list(trial.places.geometry), list(trial.comparison.geometry), 150.0, before, after
    ).table.iloc[0]
    expected = c.groupby(["area", "period"]).size()
    assert table["treated_after"] == expected[("treated", "trial")]
    assert table["treated_ring_before"] == expected[("treated ring", "before")]
    assert table["control_ring_after"] == expected[("control ring", "trial")]


def test_an_empty_period_is_refused_and_uneven_periods_are_flagged():
    c = crimes_for({("treated", "before"): 3, ("control", "before"): 2})
    with pytest.raises(HotspotInputError, match="after period"):
        displacement(c.x, c.y, c.time_utc, TREATED, CONTROL, 100.0, BEFORE, AFTER)
    c = crimes_for({("treated", "before"): 3, ("treated", "after"): 2})
    result = displacement(c.x, c.y, c.time_utc, TREATED, CONTROL, 100.0, BEFORE, ("2026-01-12", "2026-01-20"))
    assert result.summary["equal_periods"] is False
    assert "differ in length" in result.summary["warnings"][0]
