"""The cell key method (core/disclosure.py) without QGIS: ptables, record keys, the differencing attack."""

import math

import numpy as np
import pytest
from scipy import stats

from hotspot_plugin.core import disclosure, survey
from hotspot_plugin.core.errors import HotspotInputError

SECRET = disclosure.secret_from_bytes(b"core-tests-secret-0123456789")


def test_pcv_loops_like_the_ons_ptable():
    # ONS: cell values above 750 are transformed by -1, modulo 250, +501.
    assert [disclosure.pcv(n) for n in (0, 1, 10, 500, 750)] == [0, 1, 10, 500, 750]
    assert [disclosure.pcv(n) for n in (751, 1000, 1001, 1250, 100001)] == [501, 750, 501, 750, 501]


def test_count_ptable_rows_hold_the_stated_distribution():
    for row in (1, 10, 11, 500, 750):
        values = disclosure.count_ptable_row(row)
        assert values.shape == (256,)
        counts = {int(v): int((values == v).sum()) for v in np.unique(values)}
        assert counts == {-2: 26, -1: 51, 0: 102, 1: 51, 2: 26}
        assert values.mean() == 0.0  # unbiased
        assert values.var() == pytest.approx((2 * 26 * 4 + 2 * 51) / 256)  # ≈ 1.2
    # Each row spreads its noise over different cell keys.
    assert not np.array_equal(disclosure.count_ptable_row(10), disclosure.count_ptable_row(11))
    with pytest.raises(ValueError):
        disclosure.count_ptable_row(10)[0] = 5  # the table cannot be changed by accident


def test_magnitude_ptable_rows_are_the_256_odd_steps_of_minus_one_to_one():
    expected = (2.0 * np.arange(256) + 1.0) / 256 - 1.0  # -255/256 … 255/256
    for row in (2, 10, 37, 750):
        values = disclosure.magnitude_ptable_row(row)
        assert np.sort(values) == pytest.approx(expected)
        assert values.mean() == pytest.approx(0.0, abs=1e-15)
    # Variance of the odd integers -255…255 over 256²: (256² − 1) / 3 / 256².
    assert disclosure.MAGNITUDE_VARIANCE == pytest.approx((256**2 - 1) / 3 / 256**2)
    assert disclosure.MAGNITUDE_MAX == pytest.approx(255 / 256)


@pytest.mark.parametrize(
    "a, b",
    [(3, "3"), (3.0, " 3 "), ("007", 7), ("2.50", 2.5), (None, ""), (float("nan"), None), (True, 1), (-1, "-1.0")],
)
def test_canonical_values_do_not_depend_on_how_a_csv_was_read(a, b):
    assert disclosure.canonical_value(a) == disclosure.canonical_value(b)


def test_row_identity_ignores_field_order_case_and_feature_ids():
    as_text = [("lsoa", "E01028522"), ("confidence", "3"), ("wave", "2023")]
    as_typed = [("fid", 17), ("Wave", 2023), ("confidence", 3.0), ("LSOA", "E01028522")]
    assert disclosure.row_identity(as_text) == disclosure.row_identity(as_typed)
    assert disclosure.row_identity(as_text) != disclosure.row_identity([("lsoa", "E01028522"), ("confidence", "4")])
    assert disclosure.id_identity(" R0001 ") == disclosure.id_identity("R0001") != disclosure.id_identity("R0002")
    assert disclosure.id_identity(None) is None


def test_short_secrets_are_refused():
    with pytest.raises(HotspotInputError, match="fewer than 16 bytes"):
        disclosure.secret_from_bytes(b"  secret \n")
    assert disclosure.secret_from_bytes(b"x" * 16 + b"\n") == disclosure.secret_from_bytes(b"x" * 16)


def test_record_keys_are_fixed_per_response_uniform_and_independent_between_statistics():
    ids = [f"R{i:06d}" for i in range(40000)]
    keys = disclosure.CellKeyPerturbation(ids, SECRET)
    again = disclosure.CellKeyPerturbation(ids, SECRET)
    other = disclosure.CellKeyPerturbation(ids, disclosure.secret_from_bytes(b"another-secret-0123456789"))
    count_keys = keys.record_keys()
    assert count_keys.min() >= 0 and count_keys.max() <= 255
    assert np.array_equal(count_keys, again.record_keys())
    assert (count_keys != other.record_keys()).mean() > 0.99
    # Uniform on 0..255 (chi-square goodness of fit) and unrelated between streams (a question's keys).
    observed = np.bincount(count_keys, minlength=256)
    assert stats.chisquare(observed).pvalue > 1e-3
    question_keys = keys.record_keys(disclosure.question_stream("Confidence"))
    assert abs(np.corrcoef(count_keys, question_keys)[0, 1]) < 0.03
    assert np.array_equal(question_keys, keys.record_keys(disclosure.question_stream(" confidence ")))


def test_cell_key_is_the_sum_of_record_keys_mod_256_and_follows_the_responses_not_their_position():
    ids = [f"R{i}" for i in range(30)]
    keys = disclosure.CellKeyPerturbation(ids, SECRET)
    members = [0, 3, 4, 17, 29]
    assert keys.cell_key(members) == int(sum(keys.record_keys()[m] for m in members)) % 256
    # The same five responses read in another order (another run, another layer) get the same noise.
    shuffled = [ids[i] for i in (29, 17, 4, 3, 0)] + ["S1", "S2"]
    other_run = disclosure.CellKeyPerturbation(shuffled, SECRET)
    assert other_run.cell_key([0, 1, 2, 3, 4]) == keys.cell_key(members)
    assert other_run.count([0, 1, 2, 3, 4]) == keys.count(members)
    assert other_run.sum_noise([0, 1, 2, 3, 4], "q:x") == keys.sum_noise(members, "q:x")


def test_counts_keep_zeros_stay_within_two_and_respect_the_floor():
    ids = [f"R{i}" for i in range(3000)]
    keys = disclosure.CellKeyPerturbation(ids, SECRET)
    rng = np.random.default_rng(3)
    assert keys.count([]) == 0 and keys.sum_noise([], "q:x") == 0.0
    noise = []
    for _ in range(2000):
        n = int(rng.integers(10, 60))
        members = rng.choice(3000, size=n, replace=False).tolist()
        published = keys.count(members, floor=10)
        assert abs(published - n) <= 2 and published >= 10
        noise.append(keys.count(members, floor=0) - n)
        assert keys.count(members[:1]) >= 1  # a problem found is never reported as none
    shares = np.bincount(np.array(noise) + 2, minlength=5) / len(noise)
    assert shares == pytest.approx([0.10, 0.20, 0.40, 0.20, 0.10], abs=0.03)


def differencing_attack(secret: bytes, x_answers, y_answers):
    """Publish X, and U = X ∪ Y; the attacker subtracts. Returns (recovered n, recovered mean)."""
    n_x, n_y = len(x_answers), len(y_answers)
    ids = [f"R{i}" for i in range(n_x + n_y)]
    keys = disclosure.CellKeyPerturbation(ids, secret)
    answers = {"confidence": list(x_answers) + list(y_answers)}
    by_lsoa = survey.aggregate_responses(["X"] * n_x + ["Y"] * n_y, answers, ["X", "Y"], perturbation=keys)
    by_union = survey.aggregate_responses(["U"] * (n_x + n_y), answers, ["U"], perturbation=keys)
    x, u = by_lsoa.row("X"), by_union.row("U")
    assert by_lsoa.row("Y")["suppressed"] and by_lsoa.row("Y")["confidence_mean"] is None
    recovered_n = u["n_responses"] - x["n_responses"]
    recovered_sum = u["n_responses"] * u["confidence_mean"] - x["n_responses"] * x["confidence_mean"]
    return recovered_n, recovered_sum / recovered_n if recovered_n else math.nan


def test_the_issue_attack_without_perturbation_recovers_the_hidden_mean_exactly():
    # The issue's figures: 24 responses with mean 3.0 in the union, 20 with mean 2.6 in X: (72 − 52) / 4 = 5.0.
    x = [2.6] * 20
    y = [5.0] * 4
    by_lsoa = survey.aggregate_responses(["X"] * 20 + ["Y"] * 4, {"q": x + y}, ["X", "Y"], perturbation=None)
    by_union = survey.aggregate_responses(["U"] * 24, {"q": x + y}, ["U"], perturbation=None)
    union, known = by_union.row("U"), by_lsoa.row("X")
    assert union["q_mean"] == pytest.approx(3.0) and known["q_mean"] == pytest.approx(2.6)
    recovered = (union["n_responses"] * union["q_mean"] - known["n_responses"] * known["q_mean"]) / (
        union["n_responses"] - known["n_responses"]
    )
    assert recovered == pytest.approx(5.0)


def test_the_attack_over_many_keys_never_pins_the_hidden_group():
    """Over 500 keys: how often the attacker gets the count and mean of the 4 hidden answers right."""
    rng = np.random.default_rng(11)
    x_answers = rng.integers(1, 6, size=20).tolist()
    y_answers = [5, 4, 5, 5]
    hidden_mean = float(np.mean(y_answers))
    exact_n = close_mean = 0
    errors = []
    for t in range(500):
        secret = disclosure.secret_from_bytes(f"key number {t} for the attack test".encode())
        recovered_n, recovered_mean = differencing_attack(secret, x_answers, y_answers)
        exact_n += recovered_n == 4
        if recovered_n:
            errors.append(abs(recovered_mean - hidden_mean))
            close_mean += abs(recovered_mean - hidden_mean) < 0.1
    # Without perturbation: 500 exact counts and 500 exact means. With it, the count is right about as often
    # as two independent noises agree (Σ p² = 0.26), and the attacker cannot tell which times those are.
    assert 0.18 < exact_n / 500 < 0.36
    assert close_mean / 500 < 0.12
    assert np.median(errors) > 0.4


def test_published_values_stay_within_the_stated_tolerance():
    rng = np.random.default_rng(5)
    ids = [f"R{i}" for i in range(4000)]
    keys = disclosure.CellKeyPerturbation(ids, SECRET)
    codes = [f"A{i}" for i in range(80)]
    area = rng.choice(codes, size=4000).tolist()
    answers = {
        "confidence": rng.integers(1, 6, size=4000).tolist(),
        "deal": rng.choice(["Agree", "Disagree", "Neither"], size=4000, p=[0.5, 0.3, 0.2]).tolist(),
    }
    exact = survey.aggregate_responses(area, answers, codes, min_respondents=10, perturbation=None)
    noisy = survey.aggregate_responses(area, answers, codes, min_respondents=10, perturbation=keys)
    moved = 0
    for code in codes:
        a, b = exact.row(code), noisy.row(code)
        if a["suppressed"]:
            continue
        n = a["n_responses"]
        assert abs(b["n_responses"] - n) <= 2 and b["n_responses"] >= 10
        assert abs(b["confidence_mean"] - a["confidence_mean"]) < 4.0 / n  # (scale width) / n
        assert abs(b["deal_top_pct"] - a["deal_top_pct"]) < 100.0 / n
        assert b["deal_top"] == a["deal_top"]
        assert b["confidence_ci_high"] - b["confidence_ci_low"] > a["confidence_ci_high"] - a["confidence_ci_low"]
        moved += b["confidence_mean"] != a["confidence_mean"]
    assert moved >= 70


def test_intervals_that_include_the_noise_keep_their_coverage():
    """Simulated cells of 10 answers from a known population: the published 95 % interval covers its mean.

    The interval is mean′ ± t(df)·√(s²/n + w²·Var(v)/n²), df by Satterthwaite; the plain t interval
    around the perturbed mean (the noise left out) covers less often.
    """
    rng = np.random.default_rng(2)
    population = np.array([1, 2, 3, 4, 5])
    weights = np.array([0.1, 0.2, 0.3, 0.25, 0.15])
    true_mean = float((population * weights).sum())
    n_cells, n, width = 3000, 10, 4.0
    ids = [f"R{i}" for i in range(n_cells * n)]
    keys = disclosure.CellKeyPerturbation(ids, SECRET)
    codes = [f"C{i}" for i in range(n_cells)]
    area = [code for code in codes for _ in range(n)]
    values = rng.choice(population, size=n_cells * n, p=weights)
    noisy = survey.aggregate_responses(area, {"q": values.tolist()}, codes, min_respondents=10, perturbation=keys)
    covered = plain_covered = 0
    for c, code in enumerate(codes):
        row = noisy.row(code)
        cell = values[c * n : (c + 1) * n].astype(float)
        sampling, noise = cell.var(ddof=1) / n, width**2 * disclosure.MAGNITUDE_VARIANCE / n**2
        df = (sampling + noise) ** 2 / (sampling**2 / (n - 1))
        half = stats.t.ppf(0.975, df) * math.sqrt(sampling + noise)
        assert row["q_ci_low"] == pytest.approx(row["q_mean"] - half)
        assert row["q_ci_high"] == pytest.approx(row["q_mean"] + half)
        covered += row["q_ci_low"] <= true_mean <= row["q_ci_high"]
        plain_covered += abs(row["q_mean"] - true_mean) <= stats.t.ppf(0.975, n - 1) * math.sqrt(sampling)
    assert 0.935 <= covered / n_cells <= 0.965
    assert plain_covered / n_cells < 0.93
