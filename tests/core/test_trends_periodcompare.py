"""Period comparison: the E-test's published value and a peer, percent change, equal periods only."""

import datetime as dt
import math

import numpy as np
import pytest
from scipy import stats

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.trends.periodcompare import (
    COLUMNS,
    check_periods,
    compare_counts,
    count_periods,
    poisson_etest,
    totals,
)


def brute_force_etest(k1, k2, top=200):
    """The E-test double sum written out with explicit loops (Krishnamoorthy & Thomson 2004)."""
    lam = (k1 + k2) / 2
    pmf = [float(stats.poisson.pmf(x, lam)) for x in range(top)]
    observed = abs(k1 - k2) / math.sqrt(k1 + k2)
    p = 0.0
    for x1 in range(top):
        for x2 in range(top):
            t = 0.0 if x1 + x2 == 0 else abs(x1 - x2) / math.sqrt(x1 + x2)
            if t >= observed - 1e-12:
                p += pmf[x1] * pmf[x2]
    return p


def test_six_against_two_gives_the_published_p():
    assert poisson_etest(6, 2) == pytest.approx(0.1749, abs=5e-5)
    assert poisson_etest(2, 6) == pytest.approx(poisson_etest(6, 2))


@pytest.mark.parametrize("k1, k2", [(6, 2), (3, 1), (20, 9), (14, 30), (1, 0), (0, 5)])
def test_etest_equals_the_written_out_sum(k1, k2):
    assert poisson_etest(k1, k2) == pytest.approx(brute_force_etest(k1, k2), abs=1e-10)


def test_etest_equals_statsmodels():
    rates = pytest.importorskip("statsmodels.stats.rates")
    for k1, k2 in [(6, 2), (20, 9), (140, 100), (1000, 900), (7, 7)]:
        peer = rates.test_poisson_2indep(k1, 1, k2, 1, method="etest-wald").pvalue
        assert poisson_etest(k1, k2) == pytest.approx(peer, abs=1e-9)


def test_equal_counts_are_no_change_and_zero_previous_is_not_infinity():
    frame = compare_counts([6, 5, 0, 4], [2, 0, 0, 4])
    assert list(frame.columns) == COLUMNS
    assert frame["difference"].tolist() == [4, 5, 0, 0]
    assert frame["pct_change"].iloc[0] == pytest.approx(200.0)
    assert np.isnan(frame["pct_change"].iloc[1]) and np.isnan(frame["pct_change"].iloc[2])
    assert np.isfinite(frame["pct_change"].dropna()).all()
    assert frame["p_value"].iloc[2] == 1.0 and frame["p_value"].iloc[3] == 1.0
    assert frame["p_value"].iloc[0] == pytest.approx(0.1749, abs=5e-5)
    assert totals(frame)[:2] == (15, 6)


def test_unequal_or_overlapping_periods_are_refused():
    periods = check_periods("2024-06-01", "2024-06-30", "2024-05-02", "2024-05-31")
    assert periods.days == 30
    with pytest.raises(HotspotInputError, match="differ in length.*30 days.*31"):
        check_periods("2024-06-01", "2024-06-30", "2024-05-01", "2024-05-31")
    with pytest.raises(HotspotInputError, match="overlap"):
        check_periods("2024-06-01", "2024-06-30", "2024-06-15", "2024-07-14")
    with pytest.raises(HotspotInputError, match="ends .* before it starts"):
        check_periods("2024-06-30", "2024-06-01", "2024-05-01", "2024-05-30")
    with pytest.raises(HotspotInputError, match="not a date"):
        check_periods("30/06/2024", "2024-06-01", "2024-05-01", "2024-05-30")


def test_counts_use_local_dates_inclusive():
    periods = check_periods(dt.date(2024, 6, 1), dt.date(2024, 6, 30), "2024-05-02", "2024-05-31")
    times = [
        "2024-06-30T22:59:00Z",  # 23:59 BST on 30 June: current
        "2024-06-30T23:01:00Z",  # 00:01 BST on 1 July: neither
        "2024-05-31T23:30:00Z",  # 00:30 BST on 1 June: current
        "2024-05-02 00:00",  # previous (first day)
        "2024-05-01 23:59",  # neither
        "2024-06-10 12:00",  # current, in no unit
    ]
    current, previous = count_periods([0, 0, 1, 1, 1, -1], times, 2, periods)
    assert current.tolist() == [1, 1]
    assert previous.tolist() == [0, 1]


def test_missing_times_name_the_rows():
    periods = check_periods("2024-06-01", "2024-06-30", "2024-05-02", "2024-05-31")
    with pytest.raises(HotspotInputError, match=r"1 of 2 crimes have no readable time \(row 2 \(X9\)\)"):
        count_periods([0, 0], ["2024-06-03 10:00", ""], 1, periods, ids=["X1", "X9"])
