"""Dwell and compliance (hotspot_plugin.core.dwell): known answers that can fail."""

from datetime import datetime, timezone

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, Polygon, box

from hotspot_plugin.core.dwell import clip, compute_dwell
from hotspot_plugin.core.dwell.clip import segment_fraction_inside
from hotspot_plugin.core.dwell.compliance import TASKING_FIELDS
from hotspot_plugin.core.dwell.visits import INTERPOLATED, POINTS_ONLY
from hotspot_plugin.core.errors import Cancelled, HotspotInputError
from hotspot_plugin.core.tasking import read_windows as prepare_taskings
from hotspot_plugin.core.timeutil import UTC, policing_day_starts, utc_seconds

T0 = 1_783_411_200  # 2026-07-07 08:00:00 UTC (09:00 BST), well inside a policing day
FENCE = box(0.0, 0.0, 150.0, 150.0)


def walk(start, angle_deg, speed_ms, interval_s, n, t0=T0):
    """Fixes of a straight walk at constant speed."""
    t = t0 + np.arange(n) * interval_s
    d = speed_ms * (t - t0)
    a = np.radians(angle_deg)
    return t, start[0] + d * np.cos(a), start[1] + d * np.sin(a)


def run(officer, t, x, y, fences=(FENCE,), **kwargs):
    kwargs.setdefault("min_visit_s", 0.0)
    return compute_dwell(officer, t, x, y, list(fences), **kwargs)


# ------------------------------------------------------------------ known answers


def test_straight_walk_interpolated_is_analytic_and_points_only_is_the_lower_bound():
    speed = 1.07
    t, x, y = walk((-103.7, 20.3), 13.0, speed, 30, 20)
    officer = np.zeros(t.size, dtype=int)
    path = LineString(list(zip(x, y)))
    expected_s = path.intersection(FENCE).length / speed
    assert expected_s > 120  # the walk really crosses the fence

    result = run(officer, t, x, y)
    got_s = result.fences.officer_min[0] * 60
    assert got_s == pytest.approx(expected_s, rel=0.005)
    assert got_s == pytest.approx(expected_s, rel=1e-9)  # exact in fact
    visit = result.visits.iloc[0]
    assert len(result.visits) == 1 and visit.duration_s == pytest.approx(expected_s)
    # Entry instant: where the line meets the fence's left or bottom edge.
    entry = min(path.intersection(FENCE).coords, key=lambda c: c[0])
    entry_t = T0 + np.hypot(entry[0] + 103.7, entry[1] - 20.3) / speed
    assert visit.start_utc.timestamp() == pytest.approx(entry_t, abs=1e-3)

    points = run(officer, t, x, y, method=POINTS_ONLY)
    inside = np.array([FENCE.covers(Point(a, b)) for a, b in zip(x, y)])
    lower_s = t[inside].max() - t[inside].min()
    assert points.fences.officer_min[0] * 60 == pytest.approx(lower_s)
    assert lower_s < expected_s
    assert points.visits.n_fixes[0] == inside.sum() == result.visits.n_fixes[0]


def test_two_officers_together_patrol_once_officer_minutes_twice():
    t, x, y = walk((-50.0, 75.0), 0.0, 1.0, 30, 10)
    officer = np.array(["A"] * t.size + ["B"] * t.size)
    both = run(officer, np.tile(t, 2), np.tile(x, 2), np.tile(y, 2))
    one = run(np.zeros(t.size), t, x, y)
    assert one.fences.officer_min[0] == pytest.approx(150 / 60.0)
    assert both.fences.patrol_min[0] == pytest.approx(one.fences.patrol_min[0])
    assert both.fences.officer_min[0] == pytest.approx(2 * one.fences.officer_min[0])
    assert both.fences.visits[0] == 2
    assert sorted(both.visits.officer_id) == ["A", "B"]


def test_patrol_minutes_are_the_union_when_officers_overlap_in_part():
    # A stands inside 09:00–09:10, B 09:05–09:20: union 20 min, sum 25 min.
    ta = T0 + np.arange(0, 601, 30)
    tb = T0 + np.arange(300, 1201, 30)
    officer = np.array(["A"] * ta.size + ["B"] * tb.size)
    t = np.concatenate([ta, tb])
    result = run(officer, t, np.full(t.size, 10.0), np.full(t.size, 10.0))
    assert result.fences.officer_min[0] == pytest.approx(25.0)
    assert result.fences.patrol_min[0] == pytest.approx(20.0)
    assert result.fences.dwell_min[0] == pytest.approx(12.5)  # mean minutes per visit


def test_gap_longer_than_max_gap_adds_nothing():
    # Inside at both fixes, 200 s apart: no data, not present.
    t = np.array([T0, T0 + 200])
    result = run(np.zeros(2), t, np.array([50.0, 60.0]), np.array([50.0, 60.0]), max_gap_s=150)
    assert result.fences.officer_min[0] == 0.0 and len(result.visits) == 0
    assert result.summary["n_gaps"] == 1
    # The same pair within the gap limit counts fully.
    result = run(np.zeros(2), t, np.array([50.0, 60.0]), np.array([50.0, 60.0]), max_gap_s=250)
    assert result.fences.officer_min[0] * 60 == pytest.approx(200.0)


def test_gap_in_the_middle_of_a_walk_removes_only_that_segment():
    t = T0 + np.array([0, 30, 60, 400, 430])
    x = np.array([10.0, 20.0, 30.0, 40.0, 50.0])
    result = run(np.zeros(5), t, x, np.full(5, 50.0), max_gap_s=150)
    assert result.fences.officer_min[0] * 60 == pytest.approx(90.0)
    assert len(result.visits) == 2  # the gap ends a visit


@pytest.mark.parametrize("method", [INTERPOLATED, POINTS_ONLY])
def test_stationary_pair_inside_counts_fully(method):
    t = np.array([T0, T0 + 60, T0 + 120])
    result = run(np.zeros(3), t, np.full(3, 75.0), np.full(3, 75.0), method=method)
    assert result.fences.officer_min[0] * 60 == pytest.approx(120.0)
    assert result.visits["mode"][0] == "stop"
    # Also on a general (non-rectangular) fence, and on the boundary.
    tri = Polygon([(0, 0), (200, 0), (0, 200)])
    result = run(np.zeros(3), t, np.full(3, 100.0), np.full(3, 100.0), fences=[tri], method=method)
    assert result.fences.officer_min[0] * 60 == pytest.approx(120.0)


def test_unsorted_duplicated_input_gives_the_same_answer_and_inputs_are_untouched():
    rng = np.random.default_rng(1)
    t1, x1, y1 = walk((-40.0, 20.0), 10.0, 1.2, 20, 30)
    t2, x2, y2 = walk((160.0, 140.0), 200.0, 0.9, 20, 30)
    officer = np.array(["x"] * 30 + ["y"] * 30, dtype=object)
    t, x, y = np.concatenate([t1, t2]), np.concatenate([x1, x2]), np.concatenate([y1, y2])
    ordered = run(officer, t, x, y)
    perm = rng.permutation(t.size)
    copies = [officer[perm].copy(), t[perm].copy(), x[perm].copy(), y[perm].copy()]
    shuffled = run(*copies)
    for before, after in zip(copies, [officer[perm], t[perm], x[perm], y[perm]]):
        assert np.array_equal(before, after)
    assert shuffled.fences.officer_min[0] == pytest.approx(ordered.fences.officer_min[0])
    assert len(shuffled.visits) == len(ordered.visits) == 2


# ------------------------------------------------------------------ geometry


L_SHAPE = Polygon([(0, 0), (300, 0), (300, 100), (100, 100), (100, 300), (0, 300)])
CONCAVE = Polygon([(0, 0), (200, 0), (120, 80), (200, 200), (100, 130), (0, 200), (60, 90)])
WITH_HOLE = Polygon([(0, 0), (300, 0), (300, 300), (0, 300)], [[(100, 100), (200, 100), (200, 200), (100, 200)]])


@pytest.mark.parametrize("polygon", [L_SHAPE, CONCAVE, WITH_HOLE], ids=["L", "concave", "hole"])
def test_general_clipping_equals_shapely_length_ratio(polygon):
    rng = np.random.default_rng(7)
    n = 400
    x0, y0 = rng.uniform(-60, 360, n), rng.uniform(-60, 360, n)
    length = rng.uniform(1, 250, n)
    angle = rng.uniform(0, 2 * np.pi, n)
    x1, y1 = x0 + length * np.cos(angle), y0 + length * np.sin(angle)
    got = segment_fraction_inside(x0, y0, x1, y1, polygon)
    expected = np.array(
        [
            LineString([(a, b), (c, d)]).intersection(polygon).length / LineString([(a, b), (c, d)]).length
            for a, b, c, d in zip(x0, y0, x1, y1)
        ]
    )
    assert np.abs(got - expected).max() < 1e-9
    assert (expected > 0).sum() > 100 and ((expected > 0) & (expected < 1)).sum() > 50


def test_general_clipping_through_vertices_and_along_edges():
    # Through the reflex vertex of the L, along its edges and through corners.
    x0 = np.array([-50.0, 0.0, 50.0, -10.0, 100.0, 400.0])
    y0 = np.array([-50.0, -20.0, 100.0, 100.0, 350.0, 100.0])
    x1 = np.array([350.0, 0.0, 250.0, 310.0, 100.0, 250.0])
    y1 = np.array([350.0, 320.0, 100.0, 100.0, -50.0, 100.0])
    got = segment_fraction_inside(x0, y0, x1, y1, L_SHAPE)
    expected = [
        LineString([(a, b), (c, d)]).intersection(L_SHAPE).length / np.hypot(c - a, d - b)
        for a, b, c, d in zip(x0, y0, x1, y1)
    ]
    np.testing.assert_allclose(got, expected, atol=1e-9)


def test_rectangle_fast_path_equals_general_path():
    rng = np.random.default_rng(11)
    rect = box(1000.0, 2000.0, 1150.0, 2150.0)
    n = 2000
    x0, y0 = rng.uniform(900, 1250, n), rng.uniform(1900, 2250, n)
    x1, y1 = x0 + rng.normal(0, 80, n), y0 + rng.normal(0, 80, n)
    # Edge cases: on the boundary, along an edge, stationary inside/outside/on the edge, corner to corner.
    x0[:6] = [1000, 1000, 1075, 1300, 1150, 1000]
    y0[:6] = [1990, 2000, 2075, 2000, 2100, 2000]
    x1[:6] = [1000, 1200, 1075, 1300, 1150, 1150]
    y1[:6] = [2200, 2000, 2075, 2000, 2100, 2150]
    fast = segment_fraction_inside(x0, y0, x1, y1, rect, fast_path=True)
    general = segment_fraction_inside(x0, y0, x1, y1, rect, fast_path=False)
    np.testing.assert_allclose(fast, general, atol=1e-9)
    np.testing.assert_allclose(fast[:6], [150 / 210, 150 / 200, 1.0, 0.0, 1.0, 1.0], atol=1e-12)


def test_rectangle_and_general_fences_give_the_same_dwell(monkeypatch):
    rng = np.random.default_rng(3)
    n = 3000
    officer = np.repeat(np.arange(6), n // 6)
    t = np.tile(T0 + np.arange(n // 6) * 5, 6)
    x = np.cumsum(rng.normal(0, 4, n)) % 400
    y = np.cumsum(rng.normal(0, 4, n)) % 400
    rect = box(100, 100, 250, 250)
    # The same square with an extra vertex on an edge is still a box.
    five = Polygon([(100, 100), (175, 100), (250, 100), (250, 250), (100, 250)])
    a = run(officer, t, x, y, fences=[rect])
    assert run(officer, t, x, y, fences=[five]).summary["n_rectangles"] == 1
    monkeypatch.setattr(clip, "_FAST_RECTANGLES", False)
    b = run(officer, t, x, y, fences=[five])
    assert a.summary["n_rectangles"] == 1 and b.summary["n_rectangles"] == 0
    assert a.fences.officer_min[0] > 0
    assert a.fences.officer_min[0] == pytest.approx(b.fences.officer_min[0], rel=1e-9)
    assert len(a.visits) == len(b.visits)


# ------------------------------------------------------------------ parameters


def test_min_visit_drops_drive_throughs_from_visits_and_minutes():
    # Crossing 150 m at 3 m/s: 50 s inside.
    t, x, y = walk((-30.0, 75.0), 0.0, 3.0, 10, 30)
    short = compute_dwell(np.zeros(t.size), t, x, y, [FENCE], min_visit_s=60)
    assert len(short.visits) == 0 and short.fences.officer_min[0] == 0.0 and short.fences.visits[0] == 0
    assert short.summary["n_drive_throughs"] == 1
    assert short.summary["drive_through_min"] == pytest.approx(50 / 60)
    kept = compute_dwell(np.zeros(t.size), t, x, y, [FENCE], min_visit_s=40)
    assert len(kept.visits) == 1 and kept.fences.officer_min[0] == pytest.approx(50 / 60)


def test_max_speed_makes_fast_movement_pass_through():
    # A car at 36 km/h (10 m/s) through the fence for 15 s, then an officer on foot.
    t, x, y = walk((-100.0, 75.0), 0.0, 10.0, 5, 60)
    no_limit = run(np.zeros(t.size), t, x, y)
    assert no_limit.fences.officer_min[0] * 60 == pytest.approx(15.0)
    assert no_limit.visits["mode"][0] == "vehicle"
    limited = run(np.zeros(t.size), t, x, y, max_speed_kmh=15.0)
    assert limited.fences.officer_min[0] == 0.0
    assert limited.summary["pass_through_min"] * 60 == pytest.approx(15.0)
    # Recorded speeds win over the speed between fixes: recorded 5 km/h means patrol.
    slow = run(np.zeros(t.size), t, x, y, max_speed_kmh=15.0, speed_kmh=np.full(t.size, 5.0))
    assert slow.fences.officer_min[0] * 60 == pytest.approx(15.0)
    walker = run(np.zeros(t.size), *walk((-10.0, 75.0), 0.0, 1.3, 5, 60), max_speed_kmh=15.0)
    assert walker.fences.officer_min[0] > 0 and walker.visits["mode"][0] == "foot"


def test_buffer_widens_the_fence():
    # Walking parallel to the top edge, 10 m outside it, at 1 m/s.
    t, x, y = walk((-100.0, 160.0), 0.0, 1.0, 10, 40)
    assert run(np.zeros(t.size), t, x, y).fences.officer_min[0] == 0.0
    buffered = run(np.zeros(t.size), t, x, y, buffer_m=15.0)
    expected = 150 + 2 * np.sqrt(15**2 - 10**2)  # straight edge plus the chord of each round corner
    assert buffered.fences.officer_min[0] * 60 == pytest.approx(expected, rel=0.01)
    assert buffered.summary["n_rectangles"] == 0


def test_visits_split_at_the_start_of_the_policing_day():
    # Standing inside from 05:50 to 06:10 BST on 7 July 2026 (04:50–05:10 UTC).
    start = datetime(2026, 7, 7, 4, 50, tzinfo=timezone.utc).timestamp()
    t = start + np.arange(0, 1201, 30)
    result = run(np.zeros(t.size), t, np.full(t.size, 20.0), np.full(t.size, 20.0))
    assert len(result.visits) == 2
    cut = datetime(2026, 7, 7, 5, 0, tzinfo=timezone.utc).timestamp()
    assert result.visits.end_utc[0].timestamp() == pytest.approx(cut)
    assert result.visits.duration_s.tolist() == pytest.approx([600.0, 600.0])
    assert result.fences.officer_min[0] == pytest.approx(20.0)
    days, starts = policing_day_starts(start, start + 10, "06:00")
    k = days.index(datetime(2026, 7, 7).date())
    assert starts[k] == cut
    # In winter the policing day starts at 06:00 GMT = 06:00 UTC.
    winter = datetime(2026, 12, 1, 12, tzinfo=timezone.utc).timestamp()
    days, starts = policing_day_starts(winter, winter, "06:00")
    assert starts[days.index(datetime(2026, 12, 1).date())] == datetime(2026, 12, 1, 6, tzinfo=timezone.utc).timestamp()


def test_points_only_fixes_and_modes_per_visit():
    t = T0 + np.arange(0, 301, 30)
    x = np.concatenate([np.full(6, 50.0), np.full(5, 500.0)])
    result = run(np.zeros(t.size), t, x, np.full(t.size, 50.0), method=POINTS_ONLY)
    assert result.visits.n_fixes.tolist() == [6]
    assert result.visits.duration_s.tolist() == [150.0]


# ------------------------------------------------------------------ compliance


def _tracks_for_compliance():
    """Officer 1 stands in fence A 09:00–09:20 BST and in fence B 10:00–10:05 BST on 7 July 2026."""

    def stand(first_utc_hm, minutes, x):
        start = datetime(2026, 7, 7, *first_utc_hm, tzinfo=timezone.utc).timestamp()
        t = start + np.arange(0, minutes * 60 + 1, 30)
        return t, np.full(t.size, x)

    ta, xa = stand((8, 0), 20, 75.0)
    tb, xb = stand((9, 0), 5, 575.0)
    t = np.concatenate([ta, tb])
    x = np.concatenate([xa, xb])
    return np.ones(t.size, dtype=int), t, x, np.full(t.size, 75.0)


def test_compliance_statuses_on_hand_made_taskings():
    officer, t, x, y = _tracks_for_compliance()
    fences = [
        box(0, 0, 150, 150),
        box(500, 0, 650, 150),
        box(1000, 0, 1150, 150),
        box(2000, 0, 2150, 150),
        box(3000, 0, 3150, 150),
    ]
    taskings = pd.DataFrame(
        {
            "fence_id": ["A", "B", "C", "E", "A", "B"],
            "date": ["2026-07-07", "07/07/2026", "2026-07-07", "2026-07-07", "2026-07-07", "2026-07-07"],
            # A: 15 min tasked 09:00–09:30 → met; B: 15 min in 10:00–10:30 → 5 delivered; C: nobody went →
            # not met; E: 22:00–23:00 when no one was tracked → no data; D: no tasking.
            "window_start": ["09:00", "10:00", "09:00", "22:00", "2026-07-07T08:00:00+00:00", "arm-control"],
            "window_end": ["09:30", "10:30", "10:00", "23:00", "2026-07-07T08:10:00Z", ""],
            "minutes": [15, 15, 15, 15, 10, 0],
            "arm": ["treatment", "treatment", "treatment", "treatment", "treatment", "control"],
        }
    )
    result = compute_dwell(
        officer, t, x, y, fences, fence_ids=["A", "B", "C", "D", "E"], min_visit_s=60, taskings=taskings
    )
    f = result.fences.set_index("fence_id")
    assert f.compliance_status.to_dict() == {
        "A": "met",
        "B": "partly met",
        "C": "not met",
        "D": "no tasking",
        "E": "no data",
    }
    assert f.tasked_min["A"] == 25 and f.delivered_min["A"] == pytest.approx(30.0)  # 20 (09:00–09:30) + 10
    assert f.compliance_pct["A"] == pytest.approx(100.0)
    assert f.delivered_min["B"] == pytest.approx(5.0)
    assert f.compliance_pct["B"] == pytest.approx(100 * 5 / 15)
    assert f.compliance_pct["C"] == 0.0 and f.delivered_min["C"] == 0.0
    assert np.isnan(f.compliance_pct["E"]) and np.isnan(f.delivered_min["E"]) and f.tasked_min["E"] == 15
    assert np.isnan(f.compliance_pct["D"]) and f.tasked_min["D"] == 0
    assert result.summary["n_taskings"] == 5 and result.summary["n_taskings_skipped"] == 1
    assert sorted(result.taskings.status) == ["met", "met", "no data", "not met", "partly met"]


def test_compliance_caps_each_tasking_at_its_dose():
    officer, t, x, y = _tracks_for_compliance()
    # 20 minutes in the first window cannot make up for the empty second one: 50 %, partly met.
    taskings = [
        {"fence_id": 0, "date": "2026-07-07", "window_start": "09:00", "window_end": "09:30", "minutes": 10},
        {"fence_id": 0, "date": "2026-07-07", "window_start": "09:40", "window_end": "10:10", "minutes": 10},
    ]
    result = run(officer, t, x, y, fences=[box(0, 0, 150, 150)], taskings=taskings)
    assert result.fences.compliance_pct[0] == pytest.approx(50.0)
    assert result.fences.delivered_min[0] == pytest.approx(20.0)
    assert result.fences.compliance_status[0] == "partly met"


def test_tasking_windows_after_midnight_belong_to_the_policing_day():
    frame, skipped = prepare_taskings(
        [
            {"fence_id": 1, "date": "2026-07-07", "window_start": "23:30", "window_end": "00:30", "minutes": 15},
            {"fence_id": 1, "date": "2026-07-07", "window_start": "02:00", "window_end": "02:15", "minutes": 15},
            {
                "fence_id": "1.0",
                "date": None,
                "window_start": "2026-10-25T01:30:00",
                "window_end": "2026-10-25T01:45:00",
                "minutes": None,
            },
        ],
        day_start="06:00",
    )
    utc = [datetime.fromtimestamp(s, timezone.utc).strftime("%Y-%m-%d %H:%M") for s in frame.start_s]
    assert utc[0] == "2026-07-07 22:30"  # 23:30 BST
    assert (frame.end_s[0] - frame.start_s[0]) == 3600
    assert utc[1] == "2026-07-08 01:00"  # 02:00 BST the next calendar day
    # The repeated October hour: naive local time takes the first (BST) instant.
    assert utc[2] == "2026-10-25 00:30"
    assert frame.minutes[2] == 15.0 and str(frame.date[2]) == "2026-10-24"
    assert skipped == 0


def test_bad_inputs_give_clear_messages():
    t = np.array([T0, T0 + 30])
    xy = np.array([1.0, 2.0])
    with pytest.raises(HotspotInputError, match="method"):
        compute_dwell([1, 1], t, xy, xy, [FENCE], method="guess")
    with pytest.raises(HotspotInputError, match="geofences"):
        compute_dwell([1, 1], t, xy, xy, [])
    with pytest.raises(HotspotInputError, match="clock time"):
        compute_dwell([1, 1], t, xy, xy, [FENCE], day_start="6am")
    with pytest.raises(HotspotInputError, match="maximum speed"):
        compute_dwell([1, 1], t, xy, xy, [FENCE], max_speed_kmh=0)
    with pytest.raises(HotspotInputError, match="fence_id"):
        compute_dwell([1, 1], t, xy, xy, [FENCE], taskings=[{"date": "2026-07-07"}])
    with pytest.raises(HotspotInputError, match="row 1"):
        compute_dwell(
            [1, 1],
            t,
            xy,
            xy,
            [FENCE],
            taskings=[
                {"fence_id": 0, "date": "July 7th", "window_start": "09:00", "window_end": "10:00", "minutes": 5}
            ],
        )
    with pytest.raises(Cancelled):
        compute_dwell([1, 1], t, xy, xy, [FENCE], progress=lambda f: False)


def test_times_as_text_and_datetime64():
    iso = ["2026-07-07T09:00:00+01:00", "2026-07-07T08:00:30Z", "2026-07-07 08:01:00", None]
    got = utc_seconds(np.array(iso, dtype=object), naive=UTC)
    assert got[:3].tolist() == [T0, T0 + 30, T0 + 60] and np.isnan(got[3])
    d64 = np.array(["2026-07-07T08:00:00", "NaT"], dtype="datetime64[s]")
    assert utc_seconds(d64, naive=UTC)[0] == T0 and np.isnan(utc_seconds(d64, naive=UTC)[1])
    aware = pd.Series(pd.to_datetime(["2026-07-07 09:00"]).tz_localize("Europe/London"))
    assert utc_seconds(aware)[0] == T0


def test_many_fences_and_officers_match_a_brute_force_count():
    """Points-only dwell equals a direct count over fixes for every fence (grid index finds all pairs)."""
    rng = np.random.default_rng(5)
    n_off, per = 20, 500
    officer = np.repeat(np.arange(n_off), per)
    t = np.tile(T0 + np.arange(per) * 5, n_off)
    x = (rng.uniform(0, 3000, n_off)[:, None] + np.cumsum(rng.normal(0, 6, (n_off, per)), axis=1)).ravel()
    y = (rng.uniform(0, 3000, n_off)[:, None] + np.cumsum(rng.normal(0, 6, (n_off, per)), axis=1)).ravel()
    corners = rng.uniform(0, 2900, (60, 2))
    fences = [box(a, b, a + 100 + 50 * (k % 3), b + 100) for k, (a, b) in enumerate(corners)]
    result = run(officer, t, x, y, fences=fences, method=POINTS_ONLY)
    for k, fence in enumerate(fences):
        a, b, c, d = fence.bounds
        inside = (x >= a) & (x <= c) & (y >= b) & (y <= d)
        both = inside[:-1] & inside[1:] & (officer[:-1] == officer[1:])
        assert result.fences.officer_min[k] * 60 == pytest.approx(5.0 * both.sum())


def test_reads_the_schedule_the_tasking_generator_writes():
    """Rows of hotspot:taskingschedule (ISO windows with offsets, control rows, text fence ids) join int ids."""
    from datetime import date

    from hotspot_plugin.core.tasking import SCHEDULE_FIELDS, Place, generate_schedule, parse_shifts

    schedule = generate_schedule(
        [Place("1"), Place("2")],
        date(2026, 7, 7),
        date(2026, 7, 7),
        parse_shifts("07:00-15:00"),
        treated_share=1.0,
        patrols_per_day=2,
        patrol_min=15,
        seed=3,
    )
    rows = [dict(zip(SCHEDULE_FIELDS, t.as_text_row())) for t in schedule.taskings]
    first = min((r for r in rows if r["fence_id"] == "1"), key=lambda r: r["window_start"])
    start = datetime.fromisoformat(first["window_start"]).timestamp()
    t = start - 60 + np.arange(0, 17 * 60 + 1, 30)
    result = run(
        np.zeros(t.size),
        t,
        np.full(t.size, 50.0),
        np.full(t.size, 50.0),
        fences=[box(0, 0, 150, 150), box(5000, 0, 5150, 150)],
        fence_ids=[1, 2],
        taskings=rows,
    )
    assert result.summary["n_taskings"] == 4
    tasks = result.taskings.sort_values("window_start_utc")
    met = tasks[(tasks.fence_id == 1) & (tasks.window_start_utc == pd.Timestamp(start, unit="s", tz="UTC"))]
    assert met.status.tolist() == ["met"] and met.delivered_min.tolist() == [15.0]
    # Fence 2 was tasked while the officer stood in fence 1 (not met) or when nobody was tracked (no data).
    assert set(tasks[tasks.fence_id == 2].status) <= {"not met", "no data"}


def test_per_tasking_table_one_definition_of_no_data():
    """One officer in fence 1 08:00–08:20 UTC, a second there 08:05–08:10, then both elsewhere until
    08:40, then no tracking at all: the per-tasking table and the fences' statuses from it."""
    t0 = T0  # 08:00 UTC
    a_t = t0 + np.arange(0, 40 * 60 + 1, 30)
    a_x = np.where(a_t <= t0 + 20 * 60, 50.0, 5000.0)
    b_t = t0 + np.arange(5 * 60, 10 * 60 + 1, 30)
    officer = np.concatenate([np.zeros(a_t.size), np.ones(b_t.size)])
    t = np.concatenate([a_t, b_t])
    x = np.concatenate([a_x, np.full(b_t.size, 60.0)])
    y = np.full(t.size, 50.0)

    def window(fence, start_min, minutes=15, task_id=None):
        start = datetime.fromtimestamp(t0 + start_min * 60, timezone.utc)
        end = datetime.fromtimestamp(t0 + (start_min + minutes) * 60, timezone.utc)
        return {
            "task_id": task_id,
            "fence_id": fence,
            "date": "2026-07-07",
            "window_start": start,
            "window_end": end,
            "minutes": minutes,
            "shift": "06:00-14:00",
            "team": "A",
        }

    taskings = [
        window(1, 0, task_id="met"),  # in fence 1 throughout
        window(1, 15, task_id="partly"),  # 5 of 15 minutes
        window(2, 25, task_id="missed"),  # tracked (elsewhere), not in fence 2
        window(2, 60, task_id="untracked"),  # nobody tracked at all: no data, not "not met"
        window(3, 60, task_id="also untracked"),
    ]
    result = run(
        officer,
        t,
        x,
        y,
        fences=[FENCE, box(3000, 0, 3150, 150), box(9000, 0, 9150, 150)],
        fence_ids=[1, 2, 3],
        taskings=taskings,
    )
    table = result.taskings.set_index("task_id")
    assert table.status.to_dict() == {
        "met": "met",
        "partly": "partly met",
        "missed": "not met",
        "untracked": "no data",
        "also untracked": "no data",
    }
    assert table.delivered_min["met"] == pytest.approx(15.0) and table.officer_min["met"] == pytest.approx(20.0)
    assert table.visits["met"] == 2  # the pair: two visits overlap the window, patrol minutes count once
    # 5 minutes, and the 0.6 s of the 30 s step out of the fence (clipped: 100 of its 4,950 m are inside)
    assert table.delivered_min["partly"] == pytest.approx(5.0 + 0.6 / 60, abs=1e-3)
    assert table.shortfall_min["partly"] == pytest.approx(10.0 - 0.6 / 60, abs=1e-3)
    assert table.covered["missed"] and table.delivered_min["missed"] == 0.0
    assert not table.covered["untracked"] and np.isnan(table.delivered_min["untracked"])
    assert np.isnan(table.shortfall_min["untracked"]) and table.visits["untracked"] == 0
    assert list(result.taskings.columns) == list(TASKING_FIELDS) and table.team.tolist() == ["A"] * 5
    # The fences' compliance is the sum of their taskings (met 15 + partly 5 of 30 → 66.7 %; fence 2's
    # one covered tasking not met; fence 3 nothing covered → no data).
    fences = result.fences.set_index("fence_id")
    assert fences.compliance_status.to_dict() == {1: "partly met", 2: "not met", 3: "no data"}
    assert fences.compliance_pct[1] == pytest.approx(100 * (20 + 0.6 / 60) / 30, abs=1e-3)
    assert fences.tasked_min[2] == 30.0
    assert fences.delivered_min[2] == 0.0 and np.isnan(fences.delivered_min[3])
    assert result.summary["n_taskings_no_data"] == 2
