"""Survey aggregation without QGIS: linkage, intervals, suppression, waves, priority places."""

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from shapely.geometry import box

from hotspot_plugin.core import survey
from hotspot_plugin.core.errors import HotspotInputError


def synthetic(n=600, seed=7):
    rng = np.random.default_rng(seed)
    codes = [f"E0100{i:04d}" for i in range(12)]
    # Uneven area sizes so that some areas fall below the threshold.
    weights = np.array([40, 30, 20, 15, 12, 9, 8, 4, 3, 2, 1, 1], dtype=float)
    area = rng.choice(codes, size=n, p=weights / weights.sum())
    confidence = rng.integers(1, 6, size=n).astype(object)
    confidence[rng.random(n) < 0.04] = 9  # "don't know" code: out of range on the 1–5 scale
    confidence[rng.random(n) < 0.03] = None
    priority = rng.choice(["ASB", "Drugs", "Speeding", "Burglary"], size=n, p=[0.4, 0.3, 0.2, 0.1]).astype(object)
    wave = rng.choice([2023, 2024], size=n)
    return codes, pd.DataFrame({"area": area, "confidence": confidence, "priority": priority, "wave": wave})


def test_t_interval_hand_worked():
    # 1..5: mean 3, s = sqrt(2.5), se = sqrt(2.5/5) = 0.70711, t(0.975, 4) = 2.776445
    mean, low, high = survey.t_interval([1, 2, 3, 4, 5], 0.95)
    assert mean == 3.0
    assert low == pytest.approx(3 - 2.776445 * math.sqrt(0.5), abs=1e-6)
    assert high == pytest.approx(3 + 2.776445 * math.sqrt(0.5), abs=1e-6)
    assert (low, high) == pytest.approx((1.036757, 4.963243), abs=1e-6)
    # 90 %: t(0.95, 4) = 2.131847
    _, low90, _ = survey.t_interval([1, 2, 3, 4, 5], 0.90)
    assert low90 == pytest.approx(3 - 2.131847 * math.sqrt(0.5), abs=1e-6)
    assert survey.t_interval([4], 0.95) == (4.0, None, None)


def test_wilson_interval_hand_worked():
    # 7 of 10 at 95 % (z = 1.959964): the published Wilson interval is 0.3968–0.8922.
    low, high = survey.wilson_interval(7, 10, 0.95)
    assert (low, high) == pytest.approx((0.396778, 0.892209), abs=1e-6)
    low, high = survey.wilson_interval(0, 10, 0.95)
    # 0 of n: the upper limit is z² / (n + z²) = 3.841459 / 13.841459.
    assert low == 0.0 and high == pytest.approx(3.841459 / 13.841459, abs=1e-6)


def test_welch_difference_matches_scipy():
    a, b = [1, 2, 2, 3, 4, 5, 3], [3, 4, 5, 5, 4, 3, 5, 4]
    change, low, high = survey.welch_difference(a, b, 0.95)
    assert change == pytest.approx(np.mean(b) - np.mean(a))
    t = stats.ttest_ind(b, a, equal_var=False)
    se = change / t.statistic
    va, vb = np.var(a, ddof=1) / len(a), np.var(b, ddof=1) / len(b)
    df = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
    assert high - change == pytest.approx(stats.t.ppf(0.975, df) * se)
    assert low == pytest.approx(2 * change - high)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("ox1 2jd", "OX1 2JD"),
        ("OX12JD", "OX1 2JD"),
        ("  sw1a   1aa ", "SW1A 1AA"),
        ("M1 1AE", "M1 1AE"),
        ("OX1", None),
        ("OX1 2J", None),
        ("12345", None),
        ("", None),
        (None, None),
        ("OX1 2CD", None),
    ],
)
def test_normalise_postcode(raw, expected):
    assert survey.normalise_postcode(raw) == expected


def test_aggregates_equal_independent_pandas_groupby():
    codes, frame = synthetic()
    link = survey.link_by_code(frame["area"].tolist(), codes)
    assert link.n_linked == len(frame)
    k = 10
    result = survey.aggregate_responses(
        link.codes,
        {"confidence": frame["confidence"].tolist(), "priority": frame["priority"].tolist()},
        codes,
        min_respondents=k,
        confidence=0.95,
        perturbation=None,
    )
    spec = {s.name: s for s in result.specs}
    assert spec["confidence"].kind == "numeric" and spec["confidence"].scale == (1.0, 5.0)
    assert spec["priority"].kind == "categorical"

    # Independent computation: pandas group-by on the same responses.
    numeric = pd.to_numeric(frame["confidence"], errors="coerce")
    valid = frame.assign(c=numeric.where(numeric.between(1, 5)))
    n = frame.groupby("area").size()
    g = valid.dropna(subset=["c"]).groupby("area")["c"].agg(["mean", "std", "count"])
    checked_published = checked_suppressed = 0
    for code in codes:
        row = result.row(code)
        count = int(n.get(code, 0))
        if count < k:
            checked_suppressed += 1
            assert row["suppressed"] is True
            assert all(value is None for key, value in row.items() if key not in ("area_code", "suppressed"))
            continue
        checked_published += 1
        assert row["suppressed"] is False and row["n_responses"] == count
        mean, sd, m = g.loc[code, "mean"], g.loc[code, "std"], g.loc[code, "count"]
        half = stats.t.ppf(0.975, m - 1) * sd / math.sqrt(m)
        assert row["confidence_mean"] == pytest.approx(mean)
        assert row["confidence_ci_low"] == pytest.approx(mean - half)
        assert row["confidence_ci_high"] == pytest.approx(mean + half)
        counts = frame[frame["area"] == code]["priority"].value_counts()
        top = sorted(counts[counts == counts.max()].index)
        assert row["priority_top"] == " / ".join(top)
        assert row["priority_top_pct"] == pytest.approx(100 * counts.max() / counts.sum())
        low, high = survey.wilson_interval(int(counts.max()), int(counts.sum()))
        assert row["priority_top_ci_low"] == pytest.approx(100 * low)
    assert checked_published >= 5 and checked_suppressed >= 3
    assert result.n_suppressed == checked_suppressed and result.n_published == checked_published


def test_out_of_range_missing_and_text_answers_are_counted():
    codes, frame = synthetic()
    answers = frame["confidence"].tolist()
    answers[0], answers[1] = "don't know", "7"
    link = survey.link_by_code(frame["area"].tolist(), codes)
    result = survey.aggregate_responses(link.codes, {"confidence": answers}, codes, perturbation=None)
    quality = result.quality["confidence"]
    numeric = pd.to_numeric(pd.Series(answers), errors="coerce")
    assert quality.n_missing == sum(a is None for a in answers)
    assert quality.n_not_number == 1
    assert quality.n_out_of_range == int((~numeric.between(1, 5) & numeric.notna()).sum())
    assert quality.out_of_range_values[9.0] > 0 and quality.out_of_range_values[7.0] == 1
    assert quality.n_valid + quality.n_missing + quality.n_not_number + quality.n_out_of_range == len(answers)
    text = "\n".join(result.report_lines())
    assert "outside 1–5" in text and "not numbers" in text and "did not answer" in text


def test_unmatched_and_missing_codes_are_counted():
    link = survey.link_by_code(["E1", " e1 ", "E2", "X9", None, "", "X9"], ["E1", "E2"])
    assert link.codes == ["E1", "E1", "E2", None, None, None, None]
    assert (link.n_linked, link.n_no_key, link.n_unmatched) == (3, 2, 2)
    assert link.n_linked + link.n_no_key + link.n_unmatched == link.n_total
    assert "X9" in " ".join(link.report_lines())


def test_link_by_point_and_overlaps():
    areas = [box(0, 0, 10, 10), box(10, 0, 20, 10), box(5, 5, 15, 15)]
    x = [1, 15, 7, 30, float("nan"), 10]
    y = [1, 1, 7, 30, 1, 2]
    link = survey.link_by_point(x, y, areas, ["A", "B", "C"])
    # (7, 7) is in A and C: counted once, in A; (10, 2) is on the A|B edge: A first.
    assert link.codes == ["A", "B", "A", None, None, "A"]
    assert (link.n_unmatched, link.n_no_key, link.n_multiple) == (1, 1, 2)


def test_postcode_lookup_and_bad_postcodes(tmp_path):
    lookup_csv = tmp_path / "lookup.csv"
    lookup_csv.write_text(
        "pcd7,pcds,lsoa11,msoa11\nOX1 2JD,OX1 2JD,E01028522,E02005940\n"
        "OX4 1AA,OX4 1AA,E01028600,E02005950\nOX3 9DU,OX3 9DU,E09999999,E02005960\n"
        "BAD,BAD,E01028522,E02005940\n",
        encoding="utf-8",
    )
    area_codes = ["E01028522", "E01028600"]
    postcodes = ["ox1 2jd", "OX12JD", "OX4 1AA", "OX3 9DU", "OX9 9ZZ", "not a postcode", None]
    wanted = {p for p in map(survey.normalise_postcode, postcodes) if p}
    lookup = survey.read_postcode_lookup(lookup_csv, area_codes, wanted)
    assert (lookup.postcode_column, lookup.area_column) == ("pcds", "lsoa11")
    assert lookup.n_bad_rows == 1
    link = survey.link_by_postcode(postcodes, lookup, area_codes)
    assert link.codes == ["E01028522", "E01028522", "E01028600", None, None, None, None]
    assert (link.n_unmatched, link.n_not_in_lookup, link.n_bad_postcode, link.n_no_key) == (1, 1, 1, 1)
    text = " ".join(link.report_lines())
    assert "not a valid UK postcode" in text and "missing from the postcode lookup" in text
    # The report never repeats a postcode (personal data).
    assert "OX9" not in text and "not a postcode" not in text


def test_lookup_without_matching_column_is_refused(tmp_path):
    lookup_csv = tmp_path / "lookup.csv"
    lookup_csv.write_text("postcode,ward\nOX1 2JD,W1\n", encoding="utf-8")
    with pytest.raises(HotspotInputError, match="No column"):
        survey.read_postcode_lookup(lookup_csv, ["E01028522"])


def test_waves_and_change_suppressed_if_either_wave_is():
    codes, frame = synthetic(n=900)
    link = survey.link_by_code(frame["area"].tolist(), codes)
    k = 10
    result = survey.aggregate_responses(
        link.codes,
        {"confidence": frame["confidence"].tolist()},
        codes,
        waves=frame["wave"].tolist(),
        min_respondents=k,
        perturbation=None,
    )
    assert result.waves == ["2023", "2024"]
    numeric = pd.to_numeric(frame["confidence"], errors="coerce")
    valid = frame.assign(c=numeric.where(numeric.between(1, 5)))
    n = frame.groupby(["area", "wave"]).size()
    g = valid.dropna(subset=["c"]).groupby(["area", "wave"])["c"]
    both = either_suppressed = 0
    for code in codes:
        first, second = result.row(code, "2023"), result.row(code, "2024")
        n1, n2 = int(n.get((code, 2023), 0)), int(n.get((code, 2024), 0))
        v1, v2 = (len(g.get_group((code, w))) if (code, w) in g.groups else 0 for w in (2023, 2024))
        assert first["confidence_change"] is None
        if n1 >= k and n2 >= k and v1 >= k and v2 >= k:
            both += 1
            assert second["n_responses"] == n2
            a, b = g.get_group((code, 2023)).to_numpy(), g.get_group((code, 2024)).to_numpy()
            assert second["confidence_change"] == pytest.approx(b.mean() - a.mean())
            low, high = second["confidence_change_ci_low"], second["confidence_change_ci_high"]
            assert low < second["confidence_change"] < high
        else:
            either_suppressed += 1
            assert second["confidence_change"] is None and second["confidence_change_ci_low"] is None
    assert both >= 3 and either_suppressed >= 3


def test_missing_wave_is_counted():
    result = survey.aggregate_responses(
        ["A"] * 12, {"q": [3] * 12}, ["A"], waves=[1] * 10 + [None, None], perturbation=None
    )
    assert result.n_no_wave == 2
    assert result.row("A", "1")["n_responses"] == 10
    assert "no wave" in " ".join(result.report_lines())


def test_question_withheld_when_too_few_valid_answers():
    answers = [3] * 8 + [None] * 4
    result = survey.aggregate_responses(
        ["A"] * 12, {"q": answers, "p": ["x"] * 12}, ["A"], min_respondents=10, perturbation=None
    )
    row = result.row("A")
    assert row["n_responses"] == 12 and row["q_mean"] is None and row["p_top"] == "x"
    assert result.n_withheld_values == 1


def test_scale_inference():
    assert survey.describe_question("q", [1, 2, 3, 4, 5] * 10 + [9]).scale == (1.0, 5.0)
    # Many "don't know" 9s do not stretch a 1–5 scale; on a 1–10 scale 9 is an answer like any other.
    assert survey.describe_question("q", [1, 2, 3, 4, 5] * 4 + [9] * 6).scale == (1.0, 5.0)
    assert survey.describe_question("q", list(range(1, 11)) * 5).scale == (1.0, 10.0)
    spec = survey.describe_question("q", [1, 2, 3, 4, 5] * 10 + [7])
    assert spec.scale == (1.0, 5.0) and survey.clean_answers(spec, [7, 3])[1].n_out_of_range == 1
    assert survey.describe_question("q", [1, 2, 3, 4, 5, 6, 7] * 10).scale == (1.0, 7.0)
    assert survey.describe_question("q", [0, 10, 5] * 10).scale == (0.0, 10.0)
    assert survey.describe_question("q", [120.5, 300, 12]).scale is None
    assert survey.describe_question("q", ["Agree", "Disagree", 3]).kind == "categorical"
    assert survey.field_key("Confidence in police (1-5)") == "confidence_in_police_1_5"
    assert survey.field_key("2nd") == "q_2nd"


def test_area_weighted_harm_and_priority_classes():
    areas = [box(0, 0, 10, 10), box(10, 0, 20, 10)]
    cells = [box(5, 0, 15, 10), box(0, 0, 5, 5), box(100, 100, 105, 105)]
    harm = survey.area_weighted_harm(areas, cells, [10.0, 4.0, 50.0])
    assert harm.tolist() == pytest.approx([9.0, 5.0])  # half of 10 + 4; half of 10; the far cell nowhere

    classes = survey.priority_classes([1, 2, 3, 4, None, 5], [4.0, 2.0, 4.5, 1.5, 1.0, None])
    # medians over complete pairs: harm 2.5, score 3.0
    assert classes == [
        survey.PRIORITY_LOW_HARM_HIGH_SCORE,
        survey.PRIORITY_LOW_HARM_LOW_SCORE,
        survey.PRIORITY_HIGH_HARM_HIGH_SCORE,
        survey.PRIORITY_HIGH_HARM_LOW_SCORE,
        None,
        None,
    ]


def test_bad_settings_are_refused():
    with pytest.raises(HotspotInputError):
        survey.aggregate_responses(["A"], {"q": [1]}, ["A"], min_respondents=1, perturbation=None)
    with pytest.raises(HotspotInputError):
        survey.aggregate_responses(["A"], {"q": [1]}, ["A"], confidence=95, perturbation=None)
    with pytest.raises(HotspotInputError):
        survey.aggregate_responses(["A"], {}, ["A"], perturbation=None)


def test_intervals_with_added_noise_variance_hand_worked():
    # 1..5 with extra variance 0.1: se = sqrt(0.5 + 0.1); Satterthwaite df = 0.6² / (0.5² / 4) = 5.76.
    mean, low, high = survey.t_interval_stats(3.0, 2.5, 5, 0.95, extra_variance=0.1)
    half = stats.t.ppf(0.975, 0.36 / (0.25 / 4)) * math.sqrt(0.6)
    assert (low, high) == pytest.approx((3 - half, 3 + half))
    assert survey.t_interval_stats(3.0, 2.5, 5, 0.95) == pytest.approx(survey.t_interval([1, 2, 3, 4, 5], 0.95))
    # No sampling variance at all: the noise alone, with a normal quantile.
    assert survey.t_interval_stats(4.0, 0.0, 10, 0.95, extra_variance=0.04)[2] == pytest.approx(4 + 1.959964 * 0.2)
    # Wilson with extra variance d: the bounds solve (p̂ − p)² = z² (p(1 − p)/n + d) and widen the interval.
    z = stats.norm.ppf(0.975)
    low, high = survey.wilson_interval(7, 10, 0.95, extra_variance=0.01)
    for bound in (low, high):
        assert (0.7 - bound) ** 2 == pytest.approx(z * z * (bound * (1 - bound) / 10 + 0.01))
    plain = survey.wilson_interval(7, 10, 0.95)
    assert low < plain[0] and high > plain[1]
    # Welch from summaries equals Welch from data; extra variance widens it.
    a, b = [1, 2, 2, 3, 4, 5, 3], [3, 4, 5, 5, 4, 3, 5, 4]
    summary_a = (np.mean(a), np.var(a, ddof=1), len(a), 0.0)
    summary_b = (np.mean(b), np.var(b, ddof=1), len(b), 0.0)
    assert survey.welch_stats(summary_a, summary_b) == pytest.approx(survey.welch_difference(a, b))
    wider = survey.welch_stats(summary_a[:3] + (0.05,), summary_b[:3] + (0.05,))
    assert wider[0] == pytest.approx(np.mean(b) - np.mean(a)) and wider[2] > survey.welch_difference(a, b)[2]


def test_scale_and_answer_counts_come_from_the_whole_survey_not_the_linked_responses():
    # Responses outside every area still decide the scale, so a run over another area layer keeps it.
    answers = [1, 2, 3, 4, 5] * 4 + [7, 7, 7, 7, 7, 7, 7, 7, 7, 7]
    codes = ["A"] * 20 + [None] * 10  # the 7s are in responses linked to no area
    result = survey.aggregate_responses(codes, {"q": answers}, ["A"], perturbation=None)
    spec = result.specs[0]
    assert spec.scale == (1.0, 7.0) and spec.width == 6.0
    assert result.quality["q"].n_valid == 30
    assert survey.describe_question("c", ["a", "b"]).width == 1.0
    assert survey.describe_question("n", [120.0, 300.0, 12.0]).width == 288.0


def test_linkage_report_gives_no_totals_and_perturbs_layer_dependent_counts():
    from hotspot_plugin.core import disclosure

    codes = ["E1"] * 40 + ["X9"] * 3 + [None] * 2
    link = survey.link_by_code(codes, ["E1"])
    keys = disclosure.CellKeyPerturbation([f"R{i}" for i in range(len(codes))], disclosure.secret_from_bytes(b"k" * 32))
    text = "\n".join(link.report_lines(keys))
    assert "Responses read" not in text and "45" not in text and "40" not in text
    unmatched = keys.count(link.members(survey.UNMATCHED))
    assert abs(unmatched - 3) <= 2 and unmatched >= 1
    assert f"{unmatched} responses match no area in the area layer (codes not found include X9)" in text
    assert f"{keys.count(link.members(survey.NO_KEY))} responses have no area code" in text
    assert "3 responses match no area" in "\n".join(link.report_lines())  # exact only without perturbation
