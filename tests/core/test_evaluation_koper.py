"""Koper curves: survival times, Kaplan–Meier medians and the log-rank test against hand computation."""

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.evaluation.koper import BAND_FIELDS, koper_curves

from .planted_trial import planted

END = "2026-06-02T00:00:00Z"


def visits(rows):
    return pd.DataFrame(rows, columns=["fence_id", "officer_id", "start_utc", "end_utc"])


def at(hhmm, day="2026-06-01"):
    return f"{day}T{hhmm}:00Z"


#: Two bands, one place per presence so each survival time is set by hand:
#: band < 5 min: 10 (crime), 20 (censored at the end), 30 (crime);
#: band 10–15 min: 15 (crime; a pair whose union is 12 min), 40 (crime), 50 (censored).
HAND_VISITS = visits(
    [
        ("a1", "PC1", at("10:00"), at("10:03")),
        ("a2", "PC1", at("23:37"), at("23:40")),
        ("a3", "PC2", at("11:00"), at("11:03")),
        ("b1", "PC3", at("12:00"), at("12:10")),
        ("b1", "PC4", at("12:04"), at("12:12")),
        ("b2", "PC5", at("13:00"), at("13:12")),
        ("b3", "PC6", at("22:58"), at("23:10")),
    ]
)
HAND_CRIMES = pd.DataFrame(
    {
        "fence_id": ["a1", "a3", "b1", "b2", "b2", "b2", "zz"],
        "time_utc": [at("10:13"), at("11:33"), at("12:27"), at("13:05"), at("13:12"), at("13:52"), at("09:00")],
    }
)


def test_survival_times_by_hand():
    result = koper_curves(HAND_VISITS, HAND_CRIMES, end_utc=END)
    got = result.presences.set_index("fence_id")
    assert got.loc["b1", "length_min"] == pytest.approx(12.0)  # the pair is one presence
    expected = {"a1": (10, 1), "a2": (20, 0), "a3": (30, 1), "b1": (15, 1), "b2": (40, 1), "b3": (50, 0)}
    for place, (time_min, event) in expected.items():
        assert got.loc[place, "time_min"] == pytest.approx(time_min), place
        assert got.loc[place, "event"] == event, place
    # The crime during b2's visit and the one at the instant it ends are not "after" it.
    assert result.summary["presences"] == 6


def test_kaplan_meier_medians_and_log_rank_by_hand():
    result = koper_curves(HAND_VISITS, HAND_CRIMES, end_utc=END)
    bands = result.bands.set_index("band")
    assert list(result.bands.columns) == list(BAND_FIELDS)
    assert list(bands.index) == ["< 5 min", "5–10 min", "10–15 min", "15–20 min", "20 min or more"]
    # Band < 5: S(10) = 2/3, S(20) censored, S(30) = 0 → median 30. Band 10–15: S(15) = 2/3, S(40) = 1/3 → 40.
    assert bands.loc["< 5 min", "median_min"] == pytest.approx(30.0)
    assert bands.loc["10–15 min", "median_min"] == pytest.approx(40.0)
    assert (bands.loc["< 5 min", "events"], bands.loc["< 5 min", "censored"]) == (2, 1)
    assert bands.loc["5–10 min", "presences"] == 0 and np.isnan(bands.loc["5–10 min", "median_min"])
    curve = result.curves[result.curves["band"] == "10–15 min"]
    assert list(curve["time_min"]) == pytest.approx([0.0, 15.0, 40.0])
    assert list(curve["survival"]) == pytest.approx([1.0, 2 / 3, 1 / 3])
    assert list(curve["at_risk"]) == [3, 3, 2]
    # Log-rank by hand at the event times 10, 15, 30, 40 (band < 5 is group A):
    #   t   n_A n_B d  d_A  E_A          V
    #   10  3   3   1  1    3/6          3·3·1·5/(36·5)
    #   15  2   3   1  0    2/5          2·3·1·4/(25·4)
    #   30  1   2   1  1    1/3          1·2·1·2/(9·2)
    #   40  0   2   1  0    0            0
    observed_a = 2
    expected_a = 3 / 6 + 2 / 5 + 1 / 3
    variance = 45 / 180 + 24 / 100 + 4 / 18
    chi2 = (observed_a - expected_a) ** 2 / variance
    assert result.test["chi2"] == pytest.approx(chi2, rel=1e-9)
    assert result.test["df"] == 1
    assert result.test["p"] == pytest.approx(stats.chi2.sf(chi2, 1), rel=1e-9)


def test_next_visit_censors_unless_asked_not_to():
    v = visits([("c", "PC1", at("14:00"), at("14:16")), ("c", "PC1", at("14:40"), at("14:45"))])
    crimes = pd.DataFrame({"fence_id": ["c"], "time_utc": [at("15:00")]})
    censored = koper_curves(v, crimes, end_utc=END).presences
    assert list(censored["time_min"]) == pytest.approx([24.0, 15.0])
    assert list(censored["event"]) == [0, 1]
    assert list(censored["band"]) == ["15–20 min", "5–10 min"]  # exactly 5 min is in [5, 10)
    free = koper_curves(v, crimes, end_utc=END, censor_at_next_visit=False).presences
    assert list(free["time_min"]) == pytest.approx([44.0, 15.0])
    assert list(free["event"]) == [1, 1]


def test_band_edges_are_half_open_and_configurable():
    v = visits([("d", "PC1", at("08:00"), at("08:05")), ("e", "PC1", at("09:00"), at("09:20"))])
    result = koper_curves(v, pd.DataFrame(columns=["fence_id", "time_utc"]), end_utc=END, edges=(5, 20))
    assert list(result.presences["band"]) == ["5–20 min", "20 min or more"]
    assert np.isnan(result.test["chi2"])  # no event: nothing to test
    with pytest.raises(HotspotInputError, match="increasing"):
        koper_curves(v, None, edges=(10, 5))


def test_planted_trial_curves_cover_every_presence():
    trial, _ = planted(0.7)
    crimes = trial.crimes[trial.crimes["period"] == "trial"]
    result = koper_curves(trial.visits, crimes, end_utc="2026-05-25T05:00:00Z")
    assert result.bands["presences"].sum() == result.summary["presences"] == len(result.presences)
    assert (result.presences["time_min"] > 0).all()
    surv = result.curves["survival"].to_numpy()
    assert ((surv >= 0) & (surv <= 1)).all()
    assert 0 <= result.test["p"] <= 1 and result.test["df"] == 4
