"""Power: the analytic minimum detectable effect by hand, and its agreement with simulation."""

import numpy as np
import pytest
from scipy import stats

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.evaluation.power import (
    POWER_FIELDS,
    dispersion_of,
    minimum_detectable_effect,
    se_log_rate_ratio,
)

from .planted_trial import planted


def test_analytic_mde_by_hand():
    result = minimum_detectable_effect(days=84, places=40, treated_share=0.5, base_rate=0.6, simulations=0)
    row = result.row
    assert list(row) == list(POWER_FIELDS)
    theta = row["mde_rate_ratio"]
    # Half treated: Var(log θ̂) = 2 (θ + 1) / (D θ Σλ) for Poisson counts.
    se = np.sqrt(2 * (theta + 1) / (84 * theta * 40 * 0.6))
    assert row["se_log_rr"] == pytest.approx(se)
    multiplier = stats.t.ppf(0.975, 39) + stats.t.ppf(0.8, 39)
    assert -np.log(theta) == pytest.approx(multiplier * se, rel=1e-9)
    assert row["mde_reduction_pct"] == pytest.approx(100 * (1 - theta))
    assert 0.85 < theta < 0.9  # about a 12 % reduction is detectable
    assert np.isnan(row["simulated_power"])


def test_the_information_formula_for_an_uneven_share():
    # One place, 10 days, 3 treated (p = 0.3): binomial split information λDθp(1−p)/(θp + 1 − p).
    theta, lam = 0.8, 2.0
    info = lam * 10 * theta * 0.3 * 0.7 / (theta * 0.3 + 0.7)
    assert se_log_rate_ratio(theta, 10, 0.3, lam, 1.0) == pytest.approx(1 / np.sqrt(info))
    assert se_log_rate_ratio(theta, 10, 0.3, lam, 2.5) == pytest.approx(np.sqrt(2.5 / info))


@pytest.mark.parametrize(
    "design",
    [
        {"places": 40, "base_rate": 0.6},
        {"places": 20, "base_rate": 0.3, "treated_share": 0.4},
        {"places": 40, "base_rate": 0.6, "dispersion": 1.5},
        {"places": 12, "base_rate": 2.0},
    ],
)
def test_power_agrees_with_its_simulation_within_10_percent(design):
    result = minimum_detectable_effect(days=84, simulations=1000, seed=7, **design)
    assert abs(result.row["simulated_power"] - 0.8) <= 0.08
    assert result.summary["agrees_within_10pct"] is True


def test_a_past_period_gives_rates_and_over_dispersion():
    rng = np.random.Generator(np.random.PCG64(2))
    rates = rng.gamma(2.0, 0.5, 30)
    # Negative binomial with variance 2 × mean: dispersion ≈ 2.
    counts = rng.negative_binomial(rates[:, None] / (2 - 1), 1 / 2, size=(30, 365))
    result = minimum_detectable_effect(days=84, past_counts=counts, simulations=1000, seed=1)
    assert result.row["places"] == 30
    assert result.row["dispersion"] == pytest.approx(2.0, rel=0.1)
    assert result.row["base_rate"] == pytest.approx(counts.mean())
    assert abs(result.row["simulated_power"] - 0.8) <= 0.08
    # Over-dispersion makes a larger effect necessary than Poisson counts would.
    poisson = minimum_detectable_effect(days=84, past_counts=counts, dispersion=1.0, simulations=0)
    assert result.row["mde_rate_ratio"] < poisson.row["mde_rate_ratio"]


def test_dispersion_by_hand():
    assert dispersion_of([[0, 4], [2, 2]]) == pytest.approx(2.0)  # ((4 + 4) / 2 + 0) / (2 × 1)
    assert dispersion_of([[1, 1], [3, 3]]) == 1.0  # under-dispersion is not assumed


def test_the_planted_trial_was_powered_for_its_effect():
    _, ledger = planted(0.7)
    frame = ledger.frame
    # The planted trial's own rates as a "past period": 30 % is far above its detectable effect.
    counts = frame.pivot(index="fence_id", columns="day", values="crimes").to_numpy()
    result = minimum_detectable_effect(days=84, past_counts=counts, simulations=0)
    assert result.row["mde_rate_ratio"] > 0.70


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"days": 84, "places": 40}, "base rate"),
        ({"days": 84, "places": 40, "base_rate": 0.5, "treated_share": 1.0}, "strictly between"),
        ({"days": 1, "places": 40, "base_rate": 0.5}, "at least 2 days"),
        ({"days": 84, "places": 3, "past_counts": np.ones((2, 5))}, "one or the other"),
        ({"days": 84, "places": 2, "base_rate": 0.001}, "add places or days"),
    ],
)
def test_bad_designs_are_named(kwargs, message):
    with pytest.raises(HotspotInputError, match=message):
        minimum_detectable_effect(simulations=0, **kwargs)


def test_totals_of_a_past_month_give_the_same_design_as_their_rate():
    totals = np.array([12, 30, 6, 3, 24] * 4)  # crimes per place in a 30-day month (police.uk)
    from_totals = minimum_detectable_effect(days=84, past_counts=totals, past_days=30, simulations=0)
    from_rate = minimum_detectable_effect(days=84, places=20, base_rate=totals.mean() / 30, simulations=0)
    assert from_totals.row["mde_rate_ratio"] == pytest.approx(from_rate.row["mde_rate_ratio"], rel=1e-9)
    assert from_totals.row["dispersion"] == 1.0
    assert "no daily counts" in from_totals.summary["source"]
    with pytest.raises(HotspotInputError, match="how many days"):
        minimum_detectable_effect(days=84, past_counts=totals, simulations=0)


def test_few_unequal_places_are_flagged_when_the_simulation_disagrees():
    # Seven places, one with most of the crime (as the Oxford hot spots of June 2018 were): the clustered
    # test rejects too often, and the power summary says so instead of vouching for the analytic figure.
    totals = np.array([73, 20, 10, 6, 3, 2, 1])
    result = minimum_detectable_effect(days=182, past_counts=totals, past_days=30, simulations=2000, seed=1)
    assert result.row["simulated_size"] > 0.07
    assert result.summary["agrees_within_10pct"] is False
    assert "randomisation p-value" in result.summary["warning"]
