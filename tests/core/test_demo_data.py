"""The demo data generator: reproducible under its seed, small, and shaped so the demo teaches something."""

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from hotspot_plugin.core.resources import resource_path
from tests.demo_generators import generator

demo_data = generator("hollowford")

SHIPPED = resource_path("demo")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo_a")
    return out, demo_data.write_demo_data(out)


def test_same_seed_gives_identical_bytes(generated, tmp_path):
    _, paths_a = generated
    paths_b = demo_data.write_demo_data(tmp_path / "b")
    for key in paths_a:
        assert paths_a[key].read_bytes() == paths_b[key].read_bytes(), key
    assert demo_data.digest(paths_a.values()) == demo_data.digest(paths_b.values())


def test_another_seed_gives_different_data(generated, tmp_path):
    _, paths_a = generated
    paths_c = demo_data.write_demo_data(tmp_path / "c", seed=demo_data.DEFAULT_SEED + 1)
    assert demo_data.digest(paths_a.values()) != demo_data.digest(paths_c.values())
    for key in ("crimes", "app_tracks", "radio_tracks", "survey"):
        assert paths_a[key].read_bytes() != paths_c[key].read_bytes(), key


def test_shipped_files_are_the_generator_output(generated):
    """resources/demo must be regenerated (make demo-data) whenever the generator changes."""
    _, paths = generated
    for path in paths.values():
        shipped = SHIPPED / path.name
        assert shipped.is_file(), f"{shipped} is missing: run scripts/make_demo_data.py"
        assert shipped.read_bytes() == path.read_bytes(), f"{shipped.name} is stale: run scripts/make_demo_data.py"


def test_output_is_small():
    total = sum(p.stat().st_size for p in SHIPPED.iterdir() if p.is_file())
    assert total < 1.5 * 1024 * 1024


def test_crimes_have_harm_times_and_patterns():
    crimes = pd.read_csv(SHIPPED / "crimes.csv")
    assert len(crimes) == demo_data.N_CRIMES
    assert crimes["crime_id"].is_unique
    assert crimes["crime_type"].nunique() == 14
    assert (crimes["harm"] >= 0).all() and crimes["harm"].notna().all()
    assert crimes.loc[crimes.crime_type == "Burglary", "harm"].eq(273.5).all()
    times = pd.to_datetime(crimes["occurred_at"])
    assert times.min() >= pd.Timestamp("2026-01-05") and times.max() < pd.Timestamp("2026-04-06")
    assert (times.dt.hour == crimes["hour"]).all()
    # Night-time economy: town-centre violence peaks late on Friday and Saturday nights.
    violence = crimes[crimes.offence.isin(["Assault with injury", "Assault without injury"])]
    night = violence["hour"].isin([21, 22, 23, 0, 1, 2])
    assert night.mean() > 0.4
    weekend = pd.to_datetime(violence["occurred_at"]).dt.dayofweek.isin([4, 5, 6])
    assert weekend.mean() > 0.5
    # Shoplifting happens when shops are open.
    shop = crimes[crimes.crime_type == "Shoplifting"]
    assert shop["hour"].between(7, 21).all()
    # Every crime lies in one of the wards.
    assert (crimes["area_code"] != "").all()


def test_hot_spots_exist_and_tracks_visit_some_and_miss_others():
    data = demo_data.generate()
    fences = data.fences
    assert len(fences) >= 4
    app = data.app_tracks
    radio = data.radio_tracks
    # Compare in BNG: radio already is; app fixes go back through the fences' own frame by nearest fix.
    e = pd.to_numeric(radio["easting"]).to_numpy()
    n = pd.to_numeric(radio["northing"]).to_numpy()
    inside_radio = {f.rank: sum(f.geometry.contains(Point(x, y)) for x, y in zip(e, n)) for f in fences}
    planned = {v.officer: set() for v in data.planned_visits}
    for visit in data.planned_visits:
        planned[visit.officer].add(visit.rank)
    assert inside_radio[1] > 5 and inside_radio[3] > 5  # PCSOs' own patrols
    assert inside_radio[5] == 0
    # App fixes: project the fences to WGS84 vertices with the same conversion to test containment.
    from shapely.geometry import Polygon

    inside_app = {}
    lat = pd.to_numeric(app["lat"]).to_numpy()
    lon = pd.to_numeric(app["lon"]).to_numpy()
    for fence in fences:
        xs, ys = np.array(fence.geometry.exterior.coords).T
        flon, flat = demo_data.bng_to_wgs84(xs, ys)
        poly = Polygon(np.column_stack([flon, flat]))
        inside_app[fence.rank] = int(sum(poly.contains(Point(a, b)) for a, b in zip(lon, lat)))
    assert inside_app[1] > 50 and inside_app[2] > 50 and inside_app[3] > 30
    assert inside_app[5] <= 2 and inside_app[4] <= 2  # at most a car passing through: no dwell
    # App fixes are seconds apart, radio reports minutes apart.
    stamps = pd.to_datetime(app[app.officer_id == "4127"]["timestamp"])
    assert stamps.diff().dt.total_seconds().dropna().median() <= 30
    radio_t = pd.to_datetime(radio[radio.issi == "2350417"]["time"], format="%d/%m/%Y %H:%M:%S")
    assert radio_t.diff().dt.total_seconds().dropna().median() >= 60
    assert set(data.radio_lookup["issi"]) == set(radio["issi"])


def test_officers_are_sent_to_the_tasked_places_at_the_tasked_times():
    """Taskings of the first treated place are met, the second partly, the third missed."""
    data = demo_data.generate()
    treated = [t for t in data.taskings if t.arm == "treatment"]
    assert treated and any(t.arm == "control" for t in data.taskings)
    ranks = sorted({int(t.fence_id) for t in treated})
    visits = data.planned_visits
    windows = {r: [t for t in treated if int(t.fence_id) == r] for r in ranks}
    met = [v for v in visits if v.purpose == "met"]
    assert {v.rank for v in met} >= {ranks[0]}
    assert {v.rank for v in visits if v.purpose == "partly"} == {ranks[1]}
    assert not [v for v in visits if v.rank == ranks[2]]
    for visit in met:
        starts = [demo_data._local_minute(t.window_start) for t in windows[visit.rank]]
        assert any(visit.start_min <= s and s + 15 <= visit.start_min + visit.minutes for s in starts)
    # Never two places at once.
    for officer in {v.officer for v in visits}:
        own = sorted((v.start_min, v.start_min + v.minutes) for v in visits if v.officer == officer)
        assert all(a[1] <= b[0] for a, b in zip(own, own[1:]))


def test_survey_has_suppressed_and_reportable_areas():
    survey = pd.read_csv(SHIPPED / "survey.csv", dtype={"area_code": str})
    assert survey["confidence"].between(1, 5).all()
    assert set(survey["deal_with_matters"]) == {"agree", "disagree"}
    per_area = survey.groupby(["wave", "area_code"]).size()
    assert (per_area < 10).any() and (per_area >= 10).sum() >= 12
    codes = {c for c, _, _ in demo_data.make_areas()}
    assert set(survey["area_code"]) <= codes


def test_bng_to_wgs84_known_point():
    """Ordnance Survey's origin check: the true origin (400000, -100000) is 49°N 2°W on OSGB36;
    WGS84 differs by the Helmert shift (about 0.00072° north, 0.0015° west... within 150 m)."""
    lon, lat = demo_data.bng_to_wgs84(np.array([400000.0]), np.array([-100000.0]))
    assert abs(lat[0] - 49.0) < 0.002 and abs(lon[0] + 2.0) < 0.003
    # Town centre: inside England, Midlands.
    lon, lat = demo_data.bng_to_wgs84(np.array([demo_data.CENTRE_E]), np.array([demo_data.CENTRE_N]))
    assert 52.0 < lat[0] < 53.0 and -2.0 < lon[0] < -0.5
