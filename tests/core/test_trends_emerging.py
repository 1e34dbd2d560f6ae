"""Emerging hot spots: the cube, space-time Gi* against core/gistar, Mann–Kendall, the 17 categories."""

import math

import numpy as np
import pandas as pd
import pytest
from scipy import sparse, stats

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.gistar import distance_band_weights, gi_star_sparse, significance_bins
from hotspot_plugin.core.trends.emerging import (
    CATEGORIES,
    CELL_COLUMNS,
    STEP_COLUMNS,
    SpaceTimeCube,
    build_cube,
    classify,
    cube_rows,
    emerging_hotspots,
    space_time_gistar,
)
from hotspot_plugin.core.trends.instants import step_index
from hotspot_plugin.core.trends.mann_kendall import mann_kendall

SIDE = 20  # a 20 × 20 grid of 150 m cells
CELL = 150.0
BAND = 160.0  # rook neighbours and self: a plus-shaped neighbourhood of 5 cells


def grid_centres(side=SIDE):
    cols, rows = np.meshgrid(np.arange(side), np.arange(side))
    return cols.ravel() * CELL + CELL / 2, rows.ravel() * CELL + CELL / 2


def cell(col, row, side=SIDE):
    return row * side + col


def plus(col, row, side=SIDE):
    """The cell and its four rook neighbours (the neighbourhood with BAND)."""
    return [cell(col + dc, row + dr, side) for dc, dr in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1))]


def cube_of(values, counts=None, time_step="week"):
    values = np.asarray(values, dtype=float)
    return SpaceTimeCube(
        values=values,
        counts=np.rint(values).astype(int) if counts is None else counts,
        time_step=time_step,
        first_step=int(step_index(np.array(["2023-09-04"], dtype="datetime64[ns]"), time_step)[0]),
        tz="Europe/London",
        start=pd.Timestamp("2023-09-04").date(),
        end=pd.Timestamp("2024-01-21").date(),
        n_incidents=int(values.sum()),
        n_used=int(values.sum()),
        n_outside_cells=0,
        n_outside_period=0,
    )


def background(steps=20, mean=3.0, seed=7):
    return np.random.default_rng(seed).poisson(mean, (SIDE * SIDE, steps)).astype(float)


# --------------------------------------------------------------------------------------------
# Space-time Gi* against core/gistar


def space_time_matrix(weights, steps, k):
    """The explicit (steps·cells)² neighbour matrix: step s is a neighbour of t when t − k ≤ s ≤ t."""
    window = np.tril(np.ones((steps, steps))) - np.tril(np.ones((steps, steps)), -k - 1)
    return sparse.kron(sparse.csr_matrix(window), weights, format="csr")


@pytest.mark.parametrize("k", [0, 1, 3, 6])  # 6: the running-sum path
def test_cube_window_equals_plain_gistar_on_the_explicit_space_time_matrix(k):
    x, y = grid_centres()
    values = background(steps=12)
    weights = distance_band_weights(x, y, BAND)
    got = space_time_gistar(values, weights, k, "cube")
    # Stacked step-major, every bin a feature: n = cells × steps, mean and SD over the whole cube.
    reference = gi_star_sparse(values.T.ravel(), space_time_matrix(weights, 12, k))
    np.testing.assert_allclose(got.z, reference.z.reshape(12, -1).T, atol=1e-12)
    np.testing.assert_allclose(got.p, reference.p.reshape(12, -1).T, atol=1e-12)


def test_time_neighbours_zero_gives_each_steps_own_spatial_gistar():
    x, y = grid_centres()
    values = background(steps=10)
    weights = distance_band_weights(x, y, BAND)
    got = space_time_gistar(values, weights, 0, "neighbourhood")
    for t in range(10):
        alone = gi_star_sparse(values[:, t], weights)  # the plain spatial Gi* of that step alone
        np.testing.assert_allclose(got.z[:, t], alone.z, atol=1e-12)
        np.testing.assert_array_equal(significance_bins(got.z[:, t], got.p[:, t]), significance_bins(alone.z, alone.p))


def test_neighbourhood_window_equals_gistar_over_each_time_window():
    x, y = grid_centres()
    values = background(steps=8)
    weights = distance_band_weights(x, y, BAND)
    k = 2
    got = space_time_gistar(values, weights, k, "neighbourhood")
    n = x.size
    for t in range(8):
        t0 = max(0, t - k)
        steps = t - t0 + 1
        window_values = values[:, t0 : t + 1].T.ravel()
        reference = gi_star_sparse(window_values, space_time_matrix(weights, steps, k))
        np.testing.assert_allclose(got.z[:, t], reference.z[(steps - 1) * n :], atol=1e-12)


def test_harm_reaches_the_statistic():
    x, y = grid_centres()
    counts = background(steps=10)
    harm = counts.copy()
    harm[plus(5, 5), :] *= 50  # same incidents, one place's crimes are far more harmful
    weights = distance_band_weights(x, y, BAND)
    z_counts = space_time_gistar(counts, weights, 1).z
    z_harm = space_time_gistar(harm, weights, 1).z
    assert z_harm[cell(5, 5)].min() > z_counts[cell(5, 5)].max()


# --------------------------------------------------------------------------------------------
# Mann–Kendall


def test_mann_kendall_hand_computed_with_ties():
    # x = 1, 2, 2, 4, 3: S = 4 + 2 + 2 − 1 = 7; one pair tied: Var = (5·4·15 − 2·1·9)/18 = 282/18.
    result = mann_kendall(np.array([[1, 2, 2, 4, 3]]))
    assert result.s[0] == 7
    assert result.var_s[0] == pytest.approx(282 / 18)
    assert result.z[0] == pytest.approx(6 / math.sqrt(282 / 18))  # continuity: (S − 1)/√Var
    assert result.z[0] == pytest.approx(1.51587, abs=1e-5)
    assert result.p[0] == pytest.approx(math.erfc(result.z[0] / math.sqrt(2)))
    assert result.tau[0] == pytest.approx(0.7)


def test_mann_kendall_equals_scipy_kendalltau_against_time_without_continuity():
    rng = np.random.default_rng(3)
    series = rng.integers(0, 6, size=(40, 15)).astype(float)  # many ties
    series[:10] += np.arange(15) * 0.4  # some with a trend
    result = mann_kendall(series, continuity=False)
    time = np.arange(15)
    for row, values in enumerate(series):
        tau_b, p = stats.kendalltau(time, values, method="asymptotic")
        assert result.p[row] == pytest.approx(p, rel=1e-9, abs=1e-12)
        assert np.sign(result.z[row]) == np.sign(tau_b)


def test_mann_kendall_flat_series_is_no_trend():
    result = mann_kendall(np.ones((2, 12)))
    np.testing.assert_array_equal(result.z, [0, 0])
    np.testing.assert_array_equal(result.p, [1, 1])


# --------------------------------------------------------------------------------------------
# Categories from planted bin series (every one of the 17, and the precedence rules)

H, C, N = 2, -2, 0  # hot, cold, not significant
T20 = 20
RISING = (3.0, 0.001)
FALLING = (-3.0, 0.001)
FLAT = (0.3, 0.76)

PLANTED = [
    # (bins over 20 steps, (trend z, p), expected category)
    ([N] * 19 + [H], FLAT, "New Hot Spot"),
    ([N] * 19 + [C], FLAT, "New Cold Spot"),
    ([N] * 15 + [H] * 5, RISING, "Consecutive Hot Spot"),
    ([N] * 12 + [C] * 8, FALLING, "Consecutive Cold Spot"),
    ([N] * 2 + [H] * 18, RISING, "Intensifying Hot Spot"),  # 18/20 = 90 %
    ([C] * 19 + [C], FALLING, "Intensifying Cold Spot"),
    ([H] * 20, FLAT, "Persistent Hot Spot"),
    ([C, N] + [C] * 18, FLAT, "Persistent Cold Spot"),
    ([H] * 19 + [H], FALLING, "Diminishing Hot Spot"),
    ([C] * 20, RISING, "Diminishing Cold Spot"),
    ([H, N, H, N, N, H, N, N, N, N, H, N, N, N, H, N, N, N, N, H], FLAT, "Sporadic Hot Spot"),
    ([N, C, N, N, C, C, N, N, N, N, N, C, N, N, N, N, N, N, N, C], FLAT, "Sporadic Cold Spot"),
    ([C] * 3 + [N] * 16 + [H], FLAT, "Oscillating Hot Spot"),
    ([H] * 19 + [C], FALLING, "Oscillating Cold Spot"),  # hot, then cold in the last step
    ([H] * 18 + [N, N], FALLING, "Historical Hot Spot"),
    ([C] * 19 + [N], FLAT, "Historical Cold Spot"),
    ([N] * 20, FLAT, "No Pattern Detected"),
    ([H] * 17 + [N] * 3, FLAT, "No Pattern Detected"),  # 85 % hot but not now: not historical
    ([N] * 2 + [H] * 18, FLAT, "Persistent Hot Spot"),  # 90 % with no significant trend
    ([N] * 3 + [H] * 17, RISING, "Consecutive Hot Spot"),  # 85 %: too few for intensifying
    ([N] * 18 + [C, H], FLAT, "Oscillating Hot Spot"),  # cold just before: oscillating, not new
    ([N] * 10 + [H, N] + [H] * 8, FLAT, "Sporadic Hot Spot"),  # the final run is interrupted
]


def test_every_category_from_planted_series():
    bins = np.array([row for row, _, _ in PLANTED])
    trend_z = np.array([t[0] for _, t, _ in PLANTED])
    trend_p = np.array([t[1] for _, t, _ in PLANTED])
    codes = classify(bins, trend_z, trend_p)
    got = [CATEGORIES[int(c)] for c in codes]
    assert got == [expected for _, _, expected in PLANTED]
    assert set(got) == set(CATEGORIES.values())  # all 17 at least once


def test_min_bin_raises_the_bar():
    bins = np.array([[1] * 19 + [3]])  # 90 % bins everywhere, 99 % last
    assert CATEGORIES[int(classify(bins, [0.0], [1.0], min_bin=1)[0])] == "Persistent Hot Spot"
    assert CATEGORIES[int(classify(bins, [0.0], [1.0], min_bin=2)[0])] == "New Hot Spot"


def test_ninety_percent_counts_whole_steps():
    # 10 steps: 9 hot (90 %) is enough, 8 is not.
    assert CATEGORIES[int(classify(np.array([[N] + [H] * 9]), [3.0], [0.01])[0])] == "Intensifying Hot Spot"
    assert CATEGORIES[int(classify(np.array([[N, N] + [H] * 8]), [3.0], [0.01])[0])] == "Consecutive Hot Spot"


# --------------------------------------------------------------------------------------------
# Planted cubes through the whole analysis (default: entire-cube window, one time neighbour)

STEPS = 20


def run(values, **kwargs):
    x, y = grid_centres()
    kwargs.setdefault("band", BAND)
    return emerging_hotspots(cube_of(values), x, y, **kwargs)


def category_at(result, col, row):
    return result.category[cell(col, row)]


def test_planted_new_hot_spot():
    values = background(STEPS)
    values[plus(5, 5), -1] += 20  # a surge in the last week only
    result = run(values)
    assert category_at(result, 5, 5) == "New Hot Spot"
    assert result.gi_bin[cell(5, 5), -1] == 3
    assert (result.gi_bin[cell(5, 5), :-1] < 1).all()


def test_planted_intensifying_hot_spot():
    values = background(STEPS)
    values[plus(14, 6), :] += 8 + 0.8 * np.arange(STEPS)  # hot from the start, rising every week
    result = run(values)
    assert category_at(result, 14, 6) == "Intensifying Hot Spot"
    frame = result.cells_frame().iloc[cell(14, 6)]
    assert frame["trend_z"] > 0 and frame["trend_p"] < 0.05
    assert frame["n_hot_steps"] >= 18


def test_planted_persistent_hot_spot():
    values = background(STEPS)
    values[plus(6, 14), :] += 12  # equally hot every week
    result = run(values)
    assert category_at(result, 6, 14) == "Persistent Hot Spot"
    assert result.trend.p[cell(6, 14)] >= 0.05
    assert result.cells_frame().iloc[cell(6, 14)]["n_hot_steps"] == STEPS


def test_planted_oscillating_cold_spot_hot_then_cold_in_the_last_step():
    values = background(STEPS, mean=6.0)
    place = plus(14, 14)
    values[place, :10] += 15  # a hot spot for ten weeks
    values[place, -1] = 0  # then empty in the last week
    result = run(values)
    assert category_at(result, 14, 14) == "Oscillating Cold Spot"
    assert result.gi_bin[cell(14, 14), -1] < 0


def test_background_is_mostly_no_pattern():
    result = run(background(STEPS))
    share = (result.category == "No Pattern Detected").mean()
    assert share > 0.85


def test_outputs_have_the_documented_columns_and_values():
    values = background(STEPS)
    values[plus(5, 5), -1] += 20
    result = run(values)
    cells = result.cells_frame()
    assert list(cells.columns) == CELL_COLUMNS
    assert len(cells) == SIDE * SIDE
    assert cells["n_crimes"].sum() == int(values.sum())
    steps = result.steps_frame()
    assert list(steps.columns) == STEP_COLUMNS
    assert len(steps) == SIDE * SIDE * STEPS
    assert steps["step_start"].iloc[0] == pd.Timestamp("2023-09-04", tz="Europe/London")
    assert (steps["step_end"] - steps["step_start"]).iloc[:STEPS].max() <= pd.Timedelta(days=7, hours=1)
    summary = result.summary()
    assert summary["categories"]["New Hot Spot"] >= 1
    assert sum(summary["categories"].values()) == SIDE * SIDE


def test_bad_parameters_are_refused_with_a_fix():
    values = background(STEPS)
    with pytest.raises(HotspotInputError, match="at least 10 time steps"):
        run(values[:, :6])
    with pytest.raises(HotspotInputError, match="Time neighbours"):
        run(values, time_neighbours=STEPS)
    with pytest.raises(HotspotInputError, match="distance band"):
        run(values, band=0)
    with pytest.raises(HotspotInputError, match="zero variance"):
        run(np.ones_like(values))
    with pytest.raises(HotspotInputError, match="global window"):
        run(values, global_window="step")


# --------------------------------------------------------------------------------------------
# Building the cube from incidents


def test_weeks_start_on_monday_local_time_across_the_clock_change():
    times = [
        "2024-03-31 23:30",  # Sunday, local (BST): the week of Monday 25 March
        "2024-03-31T23:10:00Z",  # = Monday 1 April 00:10 BST: the next week
        "2024-03-25 00:00",
        "2024-04-07 23:59",
    ]
    cube = build_cube([0, 0, 1, 1], times, n_cells=2, time_step="week", start="2024-03-25", end="2024-04-07")
    assert cube.n_steps == 2
    np.testing.assert_array_equal(cube.counts, [[1, 1], [1, 1]])
    starts, ends = cube.step_bounds()
    assert starts[1] == pd.Timestamp("2024-04-01", tz="Europe/London")
    assert (ends[0] - starts[0]) == pd.Timedelta(hours=167)  # the week with the spring change
    assert cube.messages == []


def test_months_and_days_are_local_calendar_steps():
    times = ["2024-06-30T22:30:00Z", "2024-06-30T23:30:00Z"]  # 23:30 BST in June, 00:30 BST in July
    cube = build_cube([0, 0], times, n_cells=1, time_step="month")
    np.testing.assert_array_equal(cube.counts, [[1, 1]])
    assert cube.step_bounds()[0][1] == pd.Timestamp("2024-07-01", tz="Europe/London")
    days = build_cube([0, 0], times, n_cells=1, time_step="day")
    assert days.n_steps == 2 and days.start == pd.Timestamp("2024-06-30").date()


def test_harm_sums_per_bin_and_left_out_incidents_are_counted():
    times = ["2024-01-01 10:00", "2024-01-02 10:00", "2024-01-09 10:00", "2024-02-20 10:00", "2024-01-03 10:00"]
    cube = build_cube(
        [0, 0, 1, 1, -1], times, n_cells=2, harm=[273.5, 2, 10, 5, 1], start="2024-01-01", end="2024-01-14"
    )
    np.testing.assert_allclose(cube.values, [[275.5, 0], [0, 10]])
    np.testing.assert_array_equal(cube.counts, [[2, 0], [0, 1]])
    assert (cube.n_used, cube.n_outside_cells, cube.n_outside_period) == (3, 1, 1)
    assert any("no tested cell" in m for m in cube.messages)
    assert any("outside 2024-01-01" in m for m in cube.messages)


def test_partial_first_week_is_reported():
    cube = build_cube([0], ["2024-01-03 10:00"], n_cells=1, start="2024-01-03", end="2024-01-14")
    assert any("first week" in m and "2024-01-03" in m for m in cube.messages)


def test_missing_times_and_bad_harm_name_the_rows():
    with pytest.raises(HotspotInputError, match=r"rows 2 \(B\), 3 \(C\)"):
        build_cube([0, 0, 0], ["2024-01-01", None, "not a date"], n_cells=1, ids=["A", "B", "C"])
    with pytest.raises(HotspotInputError, match="negative harm.*row 2"):
        build_cube([0, 0], ["2024-01-01", "2024-01-02"], n_cells=1, harm=[1, -5])


def test_cube_rows_maps_grid_cells_to_tested_rows():
    rows = cube_rows(np.array([7, 3, 12, -1, 5]), np.array([3, 5, 7]))
    np.testing.assert_array_equal(rows, [2, 0, -1, -1, 1])
