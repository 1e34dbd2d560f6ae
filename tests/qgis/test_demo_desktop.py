"""In a real QGIS desktop under Xvfb: the plugin loads, "Load demo" runs from its menu, and the map is drawn."""

import shutil

import pytest

from .desktop import Xvfb, image_stats, install_from_tree, make_profile, run_qgis

pytestmark = [
    pytest.mark.desktop,
    pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("qgis")), reason="needs Xvfb and the qgis desktop"),
]

EXPECTED_LAYERS = {"crimes", "cells", "fences", "areas"}


@pytest.fixture(scope="module")
def xvfb():
    server = Xvfb()
    yield server
    server.stop()


def test_load_demo_in_the_qgis_desktop(xvfb, tmp_path):
    install_from_tree(make_profile(tmp_path))
    out = tmp_path / "out"
    report = run_qgis(xvfb, tmp_path, "load_demo.py", out)
    context = report.pop("_qgis_output")
    assert report.get("plugin_loaded"), context
    assert "&Hot spot policing" in report["plugin_menus"], report["plugin_menus"]
    assert report["busy_after_click"] is True  # it ran as a background task
    assert report["demo_busy_at_end"] is False
    assert not report["errors"], report["errors"]
    assert report["failed"] == []
    assert EXPECTED_LAYERS <= set(report["demo_layers"]), report["demo_layers"]
    assert len(report["demo_layers"]) >= 8, (report["demo_layers"], report["skipped"])
    assert all(count > 0 for count in report["project_layers"].values()), report["project_layers"]
    assert "Crimes by time of day (13 weeks)" in report["temporal_layers"]
    assert report["cells_3d"] is True
    assert report["help_dock_visible"] is True
    assert "Temporal Controller" in report["visible_docks"], report["visible_docks"]
    assert report["canvas_crs"] == "EPSG:27700"
    assert report["canvas_temporal"] is True
    # The project's WGS 84 ↔ BNG operation is pinned: QGIS's fallback warning no longer sits over the map.
    assert report["message_bar"], "no message bar items were recorded"
    assert not any("Cannot use preferred transform" in m for m in report["message_bar"]), report["message_bar"]

    canvas = image_stats(out / "canvas.png")
    assert canvas["width"] > 300 and canvas["height"] > 200
    # A blank canvas is one colour; the demo map has cells, fences, wards, crimes and officers.
    assert canvas["colours"] >= 20, canvas
    assert canvas["non_background"] > 0.05, canvas
    window = image_stats(out / "window.png")
    assert window["colours"] >= 50 and window["width"] >= 1000, window


def test_demo_prints_its_layouts_and_reopens_with_its_3d_view(xvfb, tmp_path):
    """In the real desktop: the demo's print layouts export filled pages, and the saved project reopens."""
    install_from_tree(make_profile(tmp_path))
    out = tmp_path / "out"
    report = run_qgis(xvfb, tmp_path, "load_demo.py", out, timeout=240, env_extra={"HOTSPOT_TEST_REOPEN": "1"})
    context = report.pop("_qgis_output")
    assert not report["errors"], (report["errors"], context)
    layouts = report["layouts"]
    assert {"Hot spot map", "Geofence briefing atlas"} <= set(layouts), layouts
    for name, files in layouts.items():
        assert files, name
        stats = image_stats(out / files[0])
        assert stats["width"] > 1000 and stats["colours"] >= 20 and stats["non_background"] > 0.05, (name, stats)
    assert report["saved_project"] and report["reopened"]
    # QGIS restores the demo's tilted 3D view from the saved project (View ▸ 3D Map Views)
    shown = report["docks_after_reopen"] + report["windows_after_reopen"]
    assert any("Hot spots in 3D" in title for title in shown), shown
