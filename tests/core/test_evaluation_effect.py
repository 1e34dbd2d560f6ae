"""Trial effect: rate ratios with clustered errors, randomisation inference, dose–response, compliers."""

import itertools
import sys
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.evaluation import effect
from hotspot_plugin.core.evaluation.effect import (
    EFFECT_FIELDS,
    complier_view,
    dose_response,
    fe_poisson_cluster_se,
    fe_poisson_log_rr,
    fit_rate_ratio,
    infer_washout_days,
    randomisation_test,
    trial_effect,
    washout_mask,
)
from hotspot_plugin.core.evaluation.ledger import build_ledger
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


def ledger_frame(y, treated, harm=None, hours=None, arms=None):
    """A ledger frame from (places × days) arrays; places P0.., days from 1 June 2026."""
    y = np.asarray(y, dtype=float)
    n_p, n_d = y.shape
    arm = np.where(np.asarray(treated, dtype=bool), TREATMENT, CONTROL) if arms is None else np.asarray(arms)
    return pd.DataFrame(
        {
            "fence_id": np.repeat([f"P{i}" for i in range(n_p)], n_d),
            "day": np.tile([date(2026, 6, 1) + timedelta(days=d) for d in range(n_d)], n_p),
            "arm": arm.ravel(),
            "crimes": y.ravel(),
            "harm": (y * 10 if harm is None else np.asarray(harm, dtype=float)).ravel(),
            "tasked_min": np.where(arm == TREATMENT, 45.0, 0.0).ravel(),
            "delivered_min": np.zeros(n_p * n_d),
            "background_min": np.zeros(n_p * n_d),
            "day_hours": np.full(n_p * n_d, 24.0) if hours is None else np.asarray(hours, dtype=float).ravel(),
        }
    )


TINY_Y = np.array([[2, 0, 3, 1], [5, 2, 4, 6], [0, 1, 1, 0]])
TINY_T = np.array([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]], dtype=bool)
TINY_HOURS = np.array([[24, 23, 24, 25]] * 3, dtype=float)


def place_day_design(y, treated, hours):
    """Rows, X = [treated, place dummies], offset, groups for a place-day fit."""
    n_p, n_d = y.shape
    groups = np.repeat(np.arange(n_p), n_d)
    exog = np.column_stack([treated.ravel().astype(float), np.eye(n_p)[groups]])
    return y.ravel().astype(float), exog, np.log(hours.ravel() / 24.0), groups


def test_closed_form_estimate_and_clustered_se_match_a_hand_sandwich_on_place_days():
    endog, exog, offset, groups = place_day_design(TINY_Y, TINY_T, TINY_HOURS)
    fit = sm.GLM(endog, exog, family=sm.families.Poisson(), offset=offset).fit(tol=1e-12)
    # The sandwich by hand: bread X'WX, meat from each place's summed score.
    mu = np.exp(exog @ fit.params + offset)
    bread = np.linalg.inv(exog.T @ (exog * mu[:, None]))
    scores = np.array([exog[groups == g].T @ (endog - mu)[groups == g] for g in range(3)])
    sandwich = bread @ (scores.T @ scores) @ bread
    hand_se = np.sqrt(sandwich[0, 0] * 3 / 2)

    frame = ledger_frame(TINY_Y, TINY_T, hours=TINY_HOURS)
    row = fit_rate_ratio(frame, "crimes", "poisson")
    e = TINY_HOURS / 24.0
    sums = ((TINY_Y * TINY_T).sum(1), (TINY_Y * ~TINY_T).sum(1), (e * TINY_T).sum(1), (e * ~TINY_T).sum(1))
    beta = fe_poisson_log_rr(*sums)
    assert row["log_rr"] == pytest.approx(fit.params[0], abs=1e-8)
    assert beta == pytest.approx(fit.params[0], abs=1e-10)
    assert row["se_log_rr"] == pytest.approx(hand_se, rel=1e-6)
    assert fe_poisson_cluster_se(beta, *sums) == pytest.approx(hand_se, rel=1e-8)
    # statsmodels configured differently: the place-day fit with its own clustered covariance.
    clustered = sm.GLM(endog, exog, family=sm.families.Poisson(), offset=offset).fit(
        cov_type="cluster", cov_kwds={"groups": groups, "use_correction": False}
    )
    assert row["se_log_rr"] == pytest.approx(clustered.bse[0] * np.sqrt(3 / 2), rel=1e-6)
    assert row["places"] == 3
    assert row["estimate"] == pytest.approx(np.exp(fit.params[0]))
    # The interval uses t with G − 1 = 2 degrees of freedom.
    assert np.log(row["ci_high"]) - row["log_rr"] == pytest.approx(4.302652729911275 * hand_se, rel=1e-6)


def test_places_without_crime_or_with_one_arm_do_not_change_the_estimate():
    y = np.vstack([TINY_Y, [0, 0, 0, 0], [3, 1, 2, 2]])
    t = np.vstack([TINY_T, [1, 0, 1, 0], [1, 1, 1, 1]])
    base = fit_rate_ratio(ledger_frame(TINY_Y, TINY_T), "crimes")
    more = fit_rate_ratio(ledger_frame(y, t), "crimes")
    assert more["log_rr"] == pytest.approx(base["log_rr"], abs=1e-8)
    assert more["places"] == 3 and more["places_left_out"] == 2


def test_planted_30_percent_reduction_is_found():
    _, ledger = planted(0.7)
    result = trial_effect(ledger, "crimes", permutations=2000, seed=11)
    table = result.table
    assert list(table.columns) == list(EFFECT_FIELDS)
    for _, row in table.iterrows():
        assert row["ci_low"] < 0.70 < row["ci_high"], row["model"]
        assert row["ci_high"] < 1.0, row["model"]
        assert row["p_randomisation"] < 0.05
    assert table["p_randomisation"].iloc[0] == pytest.approx(1 / 2001)
    assert result.summary["randomisation_washout_days"] == 0
    harm = trial_effect(ledger, "harm", permutations=500, seed=11).table.iloc[0]
    assert harm["ci_low"] < 0.70 < harm["ci_high"]
    assert harm["ci_high"] < 1.0


def test_without_a_planted_effect_the_interval_contains_1():
    _, ledger = planted(1.0)
    table = trial_effect(ledger, "crimes", permutations=1000, seed=5).table
    for _, row in table.iterrows():
        assert row["ci_low"] < 1.0 < row["ci_high"], row["model"]
    assert table["p_randomisation"].iloc[0] > 0.05
    harm = trial_effect(ledger, "harm", permutations=0).table.iloc[0]
    assert harm["ci_low"] < 1.0 < harm["ci_high"]
    assert np.isnan(harm["p_randomisation"])


def all_allocations(n_places, n_days, per_day, blocks=None):
    """Every allocation with ``per_day`` treated places a day (within each block if given)."""
    if blocks is None:
        day_options = [np.isin(np.arange(n_places), c) for c in itertools.combinations(range(n_places), per_day)]
    else:
        choices = [itertools.combinations(b, per_day) for b in blocks]
        day_options = [np.isin(np.arange(n_places), sum(c, ())) for c in itertools.product(*choices)]
    for days in itertools.product(day_options, repeat=n_days):
        yield np.column_stack(days)


def exact_stats(y, allocations):
    ones = np.ones_like(y, dtype=float)
    return np.array(
        [
            float(fe_poisson_log_rr((y * t).sum(1), (y * ~t).sum(1), (ones * t).sum(1), (ones * ~t).sum(1)))
            for t in allocations
        ]
    )


def test_randomisation_p_matches_the_exact_enumeration_of_the_design():
    y = np.array([[3, 0, 2], [1, 4, 0], [2, 2, 5], [0, 1, 1]], dtype=float)
    observed = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 0], [0, 1, 1]], dtype=bool)
    everything = list(all_allocations(4, 3, 2))
    assert len(everything) == 6**3
    stats_all = exact_stats(y, everything)
    beta_obs = exact_stats(y, [observed])[0]
    exact = np.mean(np.abs(stats_all) >= abs(beta_obs) * (1 - 1e-12))
    result = randomisation_test(ledger_frame(y, observed), "crimes", permutations=20000, seed=3)
    assert result.observed == pytest.approx(beta_obs)
    assert result.p_value == pytest.approx(exact, abs=4 * np.sqrt(exact * (1 - exact) / 20000) + 1e-4)
    assert randomisation_test(ledger_frame(y, observed), "crimes", 500, seed=3).p_value == pytest.approx(
        randomisation_test(ledger_frame(y, observed), "crimes", 500, seed=3).p_value
    )


def test_randomisation_keeps_blocks():
    y = np.array([[3, 0, 2], [1, 4, 0], [2, 2, 5], [0, 1, 1]], dtype=float)
    observed = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 0], [0, 1, 1]], dtype=bool)
    blocks = {"P0": "high", "P1": "high", "P2": "low", "P3": "low"}
    allowed = exact_stats(y, all_allocations(4, 3, 1, blocks=[(0, 1), (2, 3)]))
    result = randomisation_test(ledger_frame(y, observed), "crimes", permutations=3000, seed=8, blocks=blocks)
    finite = result.draws[np.isfinite(result.draws)]
    assert np.isin(np.round(finite, 9), np.round(allowed, 9)).all()
    assert result.summary["blocks"] == 2
    # Unblocked redraws reach allocations the blocked design cannot make.
    free = randomisation_test(ledger_frame(y, observed), "crimes", permutations=3000, seed=8).draws
    assert not np.isin(np.round(free[np.isfinite(free)], 9), np.round(allowed, 9)).all()


def test_washout_rule_is_the_schedule_generators():
    sched = generate_schedule(
        [Place(p) for p in "ABCDEF"],
        date(2026, 4, 6),
        date(2026, 5, 3),
        parse_shifts("06:00-14:00"),
        washout_days=2,
        seed=4,
    )
    frame = pd.DataFrame([t.as_row() for t in sched.taskings], columns=list(SCHEDULE_FIELDS))
    ledger = build_ledger(frame, list("ABCDEF"))
    arm = ledger.frame["arm"].to_numpy().reshape(6, -1)
    assert infer_washout_days(arm) == 2
    eligible = np.ones(arm.shape, dtype=bool)
    assert (washout_mask((arm == TREATMENT)[None], eligible, 2)[0] == (arm == WASHOUT)).all()
    assert not (washout_mask((arm == TREATMENT)[None], eligible, 1)[0] == (arm == WASHOUT)).all()


def test_dose_response_by_hand():
    frame = ledger_frame([[1, 0, 2], [0, 3, 1]], [[0, 1, 1], [0, 1, 1]], harm=[[10, 0, 20], [0, 5, 1]])
    frame["delivered_min"] = [0.0, 10.0, 40.0, 0.0, 20.0, 50.0]
    table = dose_response(frame).set_index("band")
    assert list(table.index) == ["0 min", "0–15 min", "15–30 min", "30–45 min", "over 45 min"]
    assert table.loc["0 min", "place_days"] == 2 and table.loc["0 min", "control_days"] == 2
    assert table.loc["0 min", "harm_per_day"] == pytest.approx(5.0)
    assert table.loc["30–45 min", "crimes"] == 2 and table.loc["over 45 min", "harm"] == 1
    # Clustered SE of the "0 min" mean: residuals +5 (P0), −5 (P1); √((25 + 25) × 2/1) / 2 = 5.
    assert table.loc["0 min", "harm_per_day_se"] == pytest.approx(5.0)
    assert np.isnan(table.loc["0–15 min", "harm_per_day_se"])  # one place: no clustered error


def test_complier_view_by_hand():
    frame = ledger_frame([[0, 0, 0, 0]], [[1, 1, 1, 0]])
    frame["delivered_min"] = [50.0, 30.0, 0.0, 0.0]
    frame["background_min"] = [50.0, 30.0, 12.0, 8.0]
    view = complier_view(frame).set_index("fence_id")
    row = view.loc["P0"]
    assert (row["treated_days"], row["tasked_min"], row["delivered_min"]) == (3, 135.0, 80.0)
    assert row["delivered_capped_min"] == 75.0
    assert row["delivered_pct"] == pytest.approx(100 * 75 / 135)
    assert (row["days_full"], row["days_partial"], row["days_none"]) == (1, 1, 1)
    assert row["control_background_min"] == 8.0
    assert row["treated_background_min"] == pytest.approx(92 / 3)
    assert view.loc["(all)", "tasked_min"] == 135.0


def test_bad_requests_are_named():
    frame = ledger_frame(TINY_Y, TINY_T)
    with pytest.raises(HotspotInputError, match="harm is not a count"):
        fit_rate_ratio(frame, "harm", "negbin")
    no_harm = frame.assign(harm=np.nan)
    with pytest.raises(HotspotInputError, match="no harm"):
        fit_rate_ratio(no_harm, "harm")
    with pytest.raises(HotspotInputError, match="at least two"):
        fit_rate_ratio(ledger_frame([[1, 2]], [[1, 0]]), "crimes")
    with pytest.raises(HotspotInputError, match="one row per place per day"):
        fit_rate_ratio(pd.concat([frame, frame.iloc[:1]]), "crimes")


def test_missing_statsmodels_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "statsmodels.api", None)
    with pytest.raises(HotspotInputError, match="python3-statsmodels"):
        fit_rate_ratio(ledger_frame(TINY_Y, TINY_T), "crimes")
    # The rest of the package does not need it.
    assert effect.fe_poisson_log_rr([1.0, 2.0], [2.0, 2.0], [1.0, 1.0], [1.0, 1.0]) < 0


def test_negative_binomial_reaches_the_maximum_likelihood():
    # Over-dispersed counts (NB2, α = 0.5) in 15 places × 60 days; statsmodels' joint NB fit as the peer.
    rng = np.random.Generator(np.random.PCG64(9))
    rates = rng.gamma(3.0, 0.5, 15)
    treated = rng.random((15, 60)) < 0.5
    mean = rates[:, None] * np.where(treated, 0.8, 1.0)
    y = rng.negative_binomial(1 / 0.5, 1 / (1 + 0.5 * mean))
    row = fit_rate_ratio(ledger_frame(y, treated), "crimes", "negbin")
    endog, exog, offset, groups = place_day_design(y, treated, np.full(y.shape, 24.0))
    peer = sm.NegativeBinomial(endog, exog, offset=offset, loglike_method="nb2").fit(
        method="lbfgs", maxiter=5000, disp=0, cov_type="cluster", cov_kwds={"groups": groups, "use_correction": False}
    )
    assert row["nb_alpha"] == pytest.approx(peer.params[-1], rel=1e-3)
    assert row["log_rr"] == pytest.approx(peer.params[0], abs=1e-4)
    assert row["se_log_rr"] == pytest.approx(peer.bse[0] * np.sqrt(15 / 14), rel=2e-2)
    # Poisson counts: α goes to its lower bound and the estimate is Poisson's.
    y = rng.poisson(mean)
    nb, poisson = fit_rate_ratio(ledger_frame(y, treated), "crimes", "negbin"), fit_rate_ratio(ledger_frame(y, treated))
    assert nb["nb_alpha"] < 0.01
    assert nb["log_rr"] == pytest.approx(poisson["log_rr"], abs=2e-3)


@pytest.mark.slow
def test_intervals_and_randomisation_hold_their_level_over_many_trials():
    """40 null and 40 planted trials (other seeds): the 95 % intervals cover the truth about 95 % of the time."""
    from .planted_trial import generator

    make = generator().planted_trial
    misses = {"crimes": 0, "harm": 0, "ri": 0, "planted": 0}
    for k in range(40):
        for effect_size in (1.0, 0.7):
            trial = make(effect=effect_size, seed=5000 + k, n_comparison=0, weeks=8)
            crimes = trial.crimes[trial.crimes["period"] == "trial"][["fence_id", "time_utc", "harm"]]
            ledger = build_ledger(trial.schedule, trial.places["fence_id"], crimes)
            count = fit_rate_ratio(ledger, "crimes")
            if effect_size == 1.0:
                harm = fit_rate_ratio(ledger, "harm")
                misses["crimes"] += not count["ci_low"] < 1.0 < count["ci_high"]
                misses["harm"] += not harm["ci_low"] < 1.0 < harm["ci_high"]
                misses["ri"] += randomisation_test(ledger, "crimes", 200, seed=k).p_value < 0.05
            else:
                misses["planted"] += not count["ci_low"] < 0.7 < count["ci_high"]
    # 2 misses are expected in 40; 6 or more would happen by chance less than 1 % of the time.
    assert max(misses.values()) <= 5, misses
