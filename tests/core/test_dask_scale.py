"""Dwell and compliance at scale (issue 18): Parquet by policing day, day tasks, exact reduction.

The peer is the in-process dwell core (``compute_dwell``) on the same fixes: visits identical, minutes
within 1e-9 (relative), the per-tasking table and the summary equal. The real-cluster test starts a
``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1 in an empty folder, without the plugin
on their path, so the code can only come from ``Client.upload_file``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from hotspot_plugin.core.dask_scale import add_deps_path, missing
from hotspot_plugin.core.errors import HotspotInputError

from . import dask_data

add_deps_path()
pytest.importorskip("pyarrow")

from hotspot_plugin.core.dask_scale.dwell import dwell_parquet  # noqa: E402
from hotspot_plugin.core.dask_scale.layout import open_dataset, read_day, write_fixes  # noqa: E402
from hotspot_plugin.core.dwell import compute_dwell  # noqa: E402

SETTINGS = dict(fence_ids=dask_data.FENCE_IDS, max_speed_kmh=15.0, min_visit_s=30.0)
VISIT_KEY = ["start_utc", "fence_id", "officer_id"]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    root = str(tmp_path_factory.mktemp("fixes") / "ds")
    write_fixes(root, *dask_data.case(), crs="EPSG:27700")
    return root


def in_process(root, **kwargs):
    """compute_dwell on every fix of the dataset, as read back (times to the millisecond)."""
    ds = open_dataset(root)
    days = [read_day(ds.files(d)) for d in ds.days]
    cols = {k: np.concatenate([c[k] for c in days]) for k in days[0]}
    return compute_dwell(
        cols["officer_id"], cols["t"], cols["x"], cols["y"], dask_data.fences(), speed_kmh=cols["speed_kmh"], **kwargs
    )


def assert_same(a, b):
    va = a.visits.sort_values(VISIT_KEY).reset_index(drop=True)
    vb = b.visits.sort_values(VISIT_KEY).reset_index(drop=True)
    pd.testing.assert_frame_equal(va, vb, check_exact=True)
    for col in ("dwell_min", "officer_min", "patrol_min", "tasked_min", "delivered_min", "compliance_pct"):
        np.testing.assert_allclose(b.fences[col], a.fences[col], rtol=1e-9, atol=1e-9, equal_nan=True, err_msg=col)
    assert list(b.fences["visits"]) == list(a.fences["visits"])
    assert list(b.fences["compliance_status"]) == list(a.fences["compliance_status"])
    ta, tb = a.taskings, b.taskings
    assert list(ta.columns) == list(tb.columns) and len(ta) == len(tb)
    for col in ta.columns:
        if ta[col].dtype.kind == "f":
            np.testing.assert_allclose(tb[col], ta[col], rtol=1e-9, atol=1e-9, equal_nan=True, err_msg=col)
        else:
            assert list(tb[col]) == list(ta[col]), col
    for key, value in a.summary.items():
        if isinstance(value, float):
            assert b.summary[key] == pytest.approx(value, rel=1e-9, abs=1e-9), key
        else:
            assert b.summary[key] == value, key


def test_layout_one_folder_per_policing_day(dataset):
    ds = open_dataset(dataset)
    assert ds.day_start == "06:00" and ds.timezone == "Europe/London" and ds.crs == "EPSG:27700"
    assert len(ds.days) >= 4 and sorted(ds.days) == ds.days
    ids, t, *_ = dask_data.case()
    assert sum(ds.n_fixes.values()) == t.size
    from hotspot_plugin.core.timeutil import policing_day

    for d in ds.days:
        cols = read_day(ds.files(d))
        stamps = pd.Series(pd.to_datetime(cols["t"], unit="s", utc=True))
        assert set(policing_day(stamps)) == {d}  # every fix of the folder is on its policing day
        # Sorted by officer (each officer's rows together), then time.
        officer = pd.Series(cols["officer_id"]).fillna("").to_numpy()
        changes = np.flatnonzero(officer[1:] != officer[:-1]) + 1
        assert len(set(officer[np.concatenate([[0], changes])])) == len(changes) + 1
        same = officer[1:] == officer[:-1]
        assert (np.diff(cols["t"])[same] >= 0).all()
    # One officer's day is in one folder only.
    seen = {}
    for d in ds.days:
        cols = read_day(ds.files(d))
        days = pd.Series(pd.to_datetime(cols["t"], unit="s", utc=True))
        for officer, day in set(zip(cols["officer_id"], policing_day(days))):
            assert seen.setdefault((officer, day), d) == d


def test_in_process_days_equal_one_process(dataset):
    taskings = dask_data.taskings()
    a = in_process(dataset, taskings=taskings, **SETTINGS)
    b = dwell_parquet(dataset, dask_data.fences(), taskings=taskings, **SETTINGS)
    assert len(a.visits) > 1000 and a.summary["n_pass_through_segments"] > 0
    assert set(a.taskings["status"]) >= {"met", "partly met"}
    assert_same(a, b)


def test_dataset_of_another_writer_without_edge_files(dataset, tmp_path):
    """Without ``_edges`` (a dataset written by other tools) every day is read twice, with the same result."""
    import shutil

    copy = str(tmp_path / "copy")
    shutil.copytree(dataset, copy, ignore=shutil.ignore_patterns("_edges"))
    assert open_dataset(copy).edge_files(open_dataset(copy).days[0]) is None
    assert_same(
        dwell_parquet(dataset, dask_data.fences(), **SETTINGS), dwell_parquet(copy, dask_data.fences(), **SETTINGS)
    )


def test_points_only_and_drive_throughs(dataset):
    kwargs = dict(fence_ids=dask_data.FENCE_IDS, method="points only", min_visit_s=120.0, buffer_m=10.0)
    a = in_process(dataset, **kwargs)
    b = dwell_parquet(dataset, dask_data.fences(), **kwargs)
    assert a.summary["n_drive_throughs"] > 0
    assert_same(a, b)


def test_segment_over_a_whole_absent_day(tmp_path):
    """With a gap allowed longer than a day, an officer's segment crosses a day they have no fix on."""
    t = np.array([0, 3600, 86400 * 1.5, 86400 * 2.5, 86400 * 2.5 + 60], dtype=float) + dask_data.T0
    ids = np.array(["P1"] * 5, dtype=object)
    x = np.array([10.0, 150.0, 200.0, 120.0, 130.0])
    y = np.array([10.0, 150.0, 200.0, 120.0, 140.0])
    others = (
        np.array(["P2"] * 3, dtype=object),
        dask_data.T0 + 86400 * np.array([0.2, 1.2, 2.2]),
        np.full(3, 900.0),
        np.full(3, 900.0),
    )
    root = str(tmp_path / "ds")
    write_fixes(
        root,
        np.concatenate([ids, others[0]]),
        np.concatenate([t, others[1]]),
        np.concatenate([x, others[2]]),
        np.concatenate([y, others[3]]),
    )
    kwargs = dict(fence_ids=dask_data.FENCE_IDS, max_gap_s=3 * 86400.0, min_visit_s=0.0)
    a = in_process(root, **kwargs)
    b = dwell_parquet(root, dask_data.fences(), **kwargs)
    assert a.summary["policing_days"] > 3 and len(a.visits) >= 3
    assert_same(a, b)


def test_other_day_start_refused(dataset):
    with pytest.raises(HotspotInputError, match="partitioned by policing days starting at 06:00"):
        dwell_parquet(dataset, dask_data.fences(), day_start="04:00")


def test_not_a_dataset(tmp_path):
    with pytest.raises(HotspotInputError, match="not a fixes dataset"):
        dwell_parquet(str(tmp_path), dask_data.fences())
    (tmp_path / "other.txt").write_text("x")
    with pytest.raises(HotspotInputError, match="not empty"):
        write_fixes(str(tmp_path), ["a"], [0.0], [0.0], [0.0])


def test_missing_packages_named(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name))
    assert missing() == ["distributed"]
    from hotspot_plugin.core.dask_scale import require

    with pytest.raises(HotspotInputError, match="distributed.*apt install python3-dask"):
        require()


@pytest.mark.slow  # about 35 s: starting and stopping the scheduler and workers takes most of it
def test_real_scheduler_two_workers_equal_in_process(dataset, real_cluster):
    client, address = real_cluster
    import importlib.util

    assert set(client.run(importlib.util.find_spec, "hotspot_plugin").values()) == {None}  # stock workers
    taskings = dask_data.taskings()
    a = in_process(dataset, taskings=taskings, **SETTINGS)
    notes = []
    b = dwell_parquet(dataset, dask_data.fences(), taskings=taskings, scheduler=address, log=notes.append, **SETTINGS)
    assert "(2 workers)" in notes[0]
    assert_same(a, b)
    # Both workers ran days, with the code of the upload.
    from hotspot_plugin.core.dask_scale.cluster import imported

    ran = client.run(imported, "hotspot_plugin.core.dask_scale.worker")
    assert list(ran.values()) == [True, True]
    origins = client.run(importlib.util.find_spec, "hotspot_plugin.core.dask_scale.worker")
    assert all(".zip" in spec.origin for spec in origins.values())


def test_command_line_import_and_dwell(tmp_path):
    """The data team's batch job: CSV → dataset → CSV tables, equal to the in-process core."""
    from shapely.geometry import mapping

    ids, t, x, y, speed = dask_data.case(4, 2000)
    stamps = pd.to_datetime(t, unit="s", utc=True).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    pd.DataFrame({"officer_id": ids, "t_utc": stamps, "x": x, "y": y, "speed_kmh": speed}).to_csv(
        tmp_path / "fixes.csv", index=False
    )
    features = [
        {"type": "Feature", "properties": {"fence_id": i}, "geometry": mapping(g)}
        for i, g in zip(dask_data.FENCE_IDS, dask_data.fences())
    ]
    (tmp_path / "fences.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    pd.DataFrame(dask_data.taskings()).to_csv(tmp_path / "taskings.csv", index=False)
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    module = [sys.executable, "-m", "hotspot_plugin.core.dask_scale"]
    ds, out = str(tmp_path / "ds"), str(tmp_path / "out")
    subprocess.run(
        module + ["import", str(tmp_path / "fixes.csv"), "--out", ds], cwd=repo, check=True, capture_output=True
    )
    done = subprocess.run(
        module
        + [
            "dwell",
            "--fixes",
            ds,
            "--fences",
            str(tmp_path / "fences.geojson"),
            "--taskings",
            str(tmp_path / "taskings.csv"),
            "--out",
            out,
            "--min-visit-s",
            "30",
        ],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    )
    assert "visits at 3 fences" in done.stdout
    expected = in_process(ds, fence_ids=dask_data.FENCE_IDS, min_visit_s=30.0, taskings=dask_data.taskings())
    fences = pd.read_csv(os.path.join(out, "fences.csv"))
    np.testing.assert_allclose(fences["patrol_min"], expected.fences["patrol_min"], rtol=1e-12)
    assert len(pd.read_csv(os.path.join(out, "visits.csv"))) == len(expected.visits) > 50
    taskings = pd.read_csv(os.path.join(out, "taskings.csv"))
    assert list(taskings["status"]) == list(expected.taskings["status"])
    summary = json.loads(open(os.path.join(out, "summary.json")).read())
    assert summary["n_fixes"] == expected.summary["n_fixes"]
    # A wrong day start is an error message, not a traceback.
    bad = subprocess.run(
        module
        + ["dwell", "--fixes", ds, "--fences", str(tmp_path / "fences.geojson"), "--out", out, "--day-start", "04:00"],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "starting at 06:00" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize("band_cells", [1.0, 2.5, 6.0])
def test_tiled_gi_star_identical_to_in_memory(band_cells):
    """Tiles smaller than the grid, halos of the band's reach: z bit for bit the in-memory one."""
    pytest.importorskip("dask")
    from hotspot_plugin.core.dask_scale.hotspots import gi_star_grid_tiled
    from hotspot_plugin.core.gistar import gi_star_grid

    rng = np.random.default_rng(7)
    raster = rng.gamma(0.3, 50.0, (301, 257)) * (rng.random((301, 257)) < 0.4)
    raster[100:120, 60:90] += 400.0  # a hot spot across tile edges
    mask = rng.random((301, 257)) < 0.9
    mask[:, :5] = False
    a = gi_star_grid(raster, mask, 150.0, 150.0 * band_cells)
    b = gi_star_grid_tiled(raster, mask, 150.0, 150.0 * band_cells, tile=64)
    np.testing.assert_array_equal(b.z, a.z)
    np.testing.assert_array_equal(b.n_neighbours, a.n_neighbours)
    assert (a.z > 3).any()


def test_harm_hotspots_with_tiles_equal():
    pytest.importorskip("dask")
    from functools import partial

    from hotspot_plugin.core.dask_scale.hotspots import gi_star_grid_tiled
    from hotspot_plugin.core.hotspots import detect_hotspots

    rng = np.random.default_rng(3)
    x = np.concatenate([rng.uniform(0, 30000, 4000), rng.normal(12000, 300, 800)])
    y = np.concatenate([rng.uniform(0, 20000, 4000), rng.normal(9000, 300, 800)])
    harm = rng.choice([1.0, 10.0, 270.0], x.size)
    a = detect_hotspots(x, y, harm, cell_size=150.0, band=450.0)
    b = detect_hotspots(x, y, harm, cell_size=150.0, band=450.0, gi_grid=partial(gi_star_grid_tiled, tile=32))
    np.testing.assert_array_equal(b.z, a.z)
    assert (a.gi_bin == 3).any()
    np.testing.assert_array_equal(b.gi_bin, a.gi_bin)
