""" "Load demo" in a QGIS session (pytest-qgis): the styled project, time slider, 3D renderer and help panel."""

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayerTemporalProperties

import hotspot_plugin.gui.demo as demo_module
from hotspot_plugin.gui.demo_project import GROUP_NAME
from hotspot_plugin.gui.parts import DemoPart

from .plugin_iface import RecordingIface

ALWAYS = {"crimes", "cells", "fences", "areas"}
#: Layer key → the algorithm that must be registered for it to appear.
OPTIONAL = {
    "fixes": "hotspot:importtracks",
    "tracks": "hotspot:importtracks",
    "survey": "hotspot:surveyoverlay",
    "taskings": "hotspot:taskingschedule",
    "visits": "hotspot:dwellcompliance",
    "exceptions": "hotspot:exceptionreport",
}


@pytest.fixture
def demo_part(qgis_iface, qgis_new_project, hotspot_provider, monkeypatch, tmp_path):
    RecordingIface(qgis_iface, monkeypatch)
    monkeypatch.setattr(demo_module, "demo_output_folder", lambda: tmp_path / "demo")
    part = DemoPart(qgis_iface, "&Hot spot policing", None)
    part.initGui()
    yield part
    part.unload()
    QgsProject.instance().clear()


def _check_project(part):
    registry = QgsApplication.processingRegistry()
    expected = set(ALWAYS) | {k for k, alg in OPTIONAL.items() if registry.algorithmById(alg) is not None}
    assert expected <= set(part.layers), (expected - set(part.layers), part.last_outcome.skipped)
    assert part.last_outcome.failed == []
    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup(GROUP_NAME)
    assert group is not None
    for layer in part.layers.values():
        assert layer.isValid() and project.mapLayer(layer.id()) is not None
        assert layer.featureCount() > 0, layer.name()
    assert part.layers["crimes"].featureCount() == 1500

    # Styles: nothing is left with QGIS's random default single symbol.
    for key in ("crimes", "cells", "fences", "fixes", "tracks"):
        if key in part.layers:
            assert part.layers[key].renderer().type() != "singleSymbol", key
    if "survey" in part.layers:  # suppressed wards have their own class: no value shown
        assert part.layers["survey"].renderer().type() in ("RuleRenderer", "graduatedSymbol")
        labels = [item.label() for item in part.layers["survey"].renderer().legendSymbolItems()]
        assert any("uppress" in label or "withheld" in label.lower() for label in labels), labels
    # Time slider: crimes and officer positions play through the policing day.
    for key, field in (("crimes", "demo_time"), ("fixes", "t_utc")):
        if key in part.layers:
            properties = part.layers[key].temporalProperties()
            assert properties.isActive(), key
            assert properties.mode() == QgsVectorLayerTemporalProperties.ModeFeatureDateTimeInstantFromField
            assert properties.startField() == field
    settings = project.timeSettings().temporalRange()
    assert settings.begin().secsTo(settings.end()) == 24 * 3600
    # 3D: cells extruded by harm, coloured by Gi* bin (one rule per bin).
    renderer = part.layers["cells"].renderer3D()
    assert renderer is not None and renderer.type() == "rulebased"
    assert len(renderer.rootRule().children()) == 7
    # Print layouts in the project: the hot spot map, the briefing atlas, the 3D view with its tilted camera.
    from hotspot_plugin.i18n import tr
    from hotspot_plugin.qgis_io.layouts import ATLAS_LAYOUT, HOTSPOT_LAYOUT

    manager = project.layoutManager()
    assert manager.layoutByName(tr(HOTSPOT_LAYOUT)) is not None
    atlas = manager.layoutByName(tr(ATLAS_LAYOUT))
    assert atlas is not None and atlas.atlas().coverageLayer() is part.layers["fences"]
    view = saved_3d_view(project)
    assert view is not None, "the project saves no 3D view"
    camera = view.find("camera")
    assert 30 <= float(camera.get("pitch")) <= 70  # tilted, not straight down
    drawn = {item.get("id") for item in view.find("qgis3d/terrain/layers")}
    assert part.layers["cells"].id() in drawn
    # The help panel.
    assert part.dock is not None and "Gi*" in part.dock.browser.toPlainText()


def saved_3d_view(project):
    """The demo's 3D view as QGIS saves it in the project file (``mapViewDocks3D/view``), or None."""
    import tempfile
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from hotspot_plugin.gui.demo_project import VIEW_3D_NAME
    from hotspot_plugin.i18n import tr

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.qgs"
        assert project.write(str(path))
        root = ET.parse(path).getroot()
    views = [v for v in root.iter("view") if v.get("name") == tr(VIEW_3D_NAME)]
    return views[0] if views else None


def test_load_demo_builds_the_styled_project(demo_part):
    demo_part.load_demo(synchronous=True)
    _check_project(demo_part)
    _check_transform_pinned()


def _check_transform_pinned():
    """WGS 84 → BNG is pinned to an operation QGIS can run, so it never falls back with the
    "Cannot use preferred transform between EPSG:4326 and EPSG:27700" warning over the map."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsDatumTransform

    wgs84, bng = QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:27700")
    proj = QgsProject.instance().transformContext().calculateCoordinateOperation(wgs84, bng)
    assert proj in {op.proj for op in QgsDatumTransform.operations(wgs84, bng) if op.isAvailable}


def test_load_demo_runs_in_the_background(demo_part, qtbot):
    demo_part.load_demo()
    assert demo_part.busy
    qtbot.waitUntil(lambda: not demo_part.busy, timeout=180000)  # with the 12-week trial: ~1 min when loaded
    _check_project(demo_part)


def test_missing_algorithms_are_reported_not_fatal(demo_part, monkeypatch):
    """With only the foundation's algorithms, the demo still loads and names what it skipped."""
    registry = QgsApplication.processingRegistry()
    real = registry.algorithmById
    missing = {"hotspot:importtracks", "hotspot:dwellcompliance", "hotspot:surveyoverlay"}
    monkeypatch.setattr(
        type(registry), "algorithmById", lambda self, alg_id, *a: None if alg_id in missing else real(alg_id, *a)
    )
    demo_part.load_demo(synchronous=True)
    assert ALWAYS <= set(demo_part.layers)
    assert "fixes" not in demo_part.layers and "survey" not in demo_part.layers
    skipped = " ".join(demo_part.last_outcome.skipped)
    assert "hotspot:importtracks" in skipped and "hotspot:surveyoverlay" in skipped


@pytest.mark.slow  # the whole demo chain, written and rendered
def test_headless_demo_writes_project_and_map(hotspot_provider, qgis_new_project, tmp_path):
    """scripts/demo_hollowford.py: the same demo as files (for `make demo` and trainers without a desktop)."""
    import importlib.util

    from qgis.core import QgsProject

    from .desktop import REPO, image_stats

    spec = importlib.util.spec_from_file_location("demo_hollowford", REPO / "scripts" / "demo_hollowford.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.build(tmp_path / "hollowford")
    assert result["outcome"].failed == []
    assert ALWAYS <= set(result["layers"])
    stats = image_stats(result["png"])
    assert stats["colours"] >= 20 and stats["non_background"] > 0.05, stats
    project = QgsProject.instance()
    project.clear()
    assert project.read(str(result["project"]))
    layers = list(project.mapLayers().values())
    assert len(layers) == len(result["layers"]) and all(layer.isValid() for layer in layers)
    crimes = next(layer for layer in layers if layer.fields().lookupField("demo_time") >= 0)
    assert crimes.temporalProperties().isActive()
    _check_transform_pinned()  # saved with the project
    project.clear()


def test_the_3d_view_leaves_with_the_demo(qgis_new_project):
    """A project made after the demo (File ▸ New) does not inherit the demo's 3D view."""
    from qgis.core import QgsRectangle

    from hotspot_plugin.gui.demo_project import save_3d_view

    from .layers import polygon_layer

    project = QgsProject.instance()
    cells = polygon_layer(["POLYGON((0 0, 150 0, 150 150, 0 150, 0 0))"], name="cells")
    project.addMapLayer(cells)
    assert save_3d_view(project, [cells], QgsRectangle(0, 0, 3000, 3000))
    assert saved_3d_view(project) is not None
    project.clear()
    assert saved_3d_view(project) is None
