"""Print layouts (issue 17 item 1): the hot spot map and the geofence briefing atlas exist, are filled and export.

The layouts are made the way a user gets them: Harm hot spots and Geofences from hot spots run and loaded into the
project (``runAndLoadResults``, as the toolbox does) add them to the project's layout manager.
"""

from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsProject,
    QgsScaleBarSettings,
)
from qgis.PyQt.QtGui import QFont, QFontMetricsF

from hotspot_plugin.qgis_io import layouts
from hotspot_plugin.qgis_io.layouts import (
    DEFAULT_MARKING,
    MIN_SEGMENT_MM,
    OGL,
    attribution_lines,
    export_layout,
    nice_segment,
    protective_marking,
    set_protective_marking,
)

from .desktop import image_stats
from .layers import point_layer


@pytest.fixture
def marking_reset():
    set_protective_marking(DEFAULT_MARKING)
    yield
    set_protective_marking(DEFAULT_MARKING)


def police_like_points():
    """Clustered crimes with police.uk's fields (crime_id, lsoa_code) and a harm weight."""
    rng = np.random.default_rng(7)
    n_uniform, n_cluster = 300, 120
    xs = np.r_[rng.uniform(0, 3000, n_uniform), rng.normal(1500, 90, n_cluster)] + 450000
    ys = np.r_[rng.uniform(0, 3000, n_uniform), rng.normal(1500, 90, n_cluster)] + 200000
    n = n_uniform + n_cluster
    harm = [float(v) for v in rng.choice([1.0, 10.0, 270.0], n, p=[0.6, 0.3, 0.1])]
    fields = {"crime_id": [f"c{i}" for i in range(n)], "lsoa_code": ["E01000001"] * n, "harm": harm}
    layer = point_layer(xs, ys, fields=fields, name="Crimes")
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def loaded_chain(hotspot_provider, qgis_new_project, marking_reset):
    from qgis import processing

    crimes = police_like_points()
    hot = processing.runAndLoadResults(
        "hotspot:harmhotspots",
        {"INPUT": crimes, "HARM_FIELD": "harm", "CELL_SIZE": 150, "DISTANCE_BAND": 450, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    cells = QgsProject.instance().mapLayer(hot["OUTPUT"])
    fences = processing.runAndLoadResults(
        "hotspot:geofencesfromhotspots", {"INPUT": cells, "MIN_BIN": 1, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    return crimes, cells, QgsProject.instance().mapLayer(fences["OUTPUT"])


def text_width_mm(text: str, points: float) -> float:
    """Printed width of ``text`` at ``points`` pt (measured at a 1000 px em, then scaled to the point size)."""
    font = QFont()
    font.setPixelSize(1000)
    return QFontMetricsF(font).horizontalAdvance(text) / 1000.0 * points * 25.4 / 72.0


def keep(path: Path) -> None:
    """Copy a rendered page to $HOTSPOT_SCREENSHOTS (when set) for a person to look at."""
    import os
    import shutil

    folder = os.environ.get("HOTSPOT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)


def check_scale_bar(bar, map_item):
    """Round segments (1, 2 or 5 × 10ⁿ of the unit shown), each wider than the widest label, as drawn."""
    metres = {"m": 1.0, "km": 1000.0}[bar.unitLabel()]
    step = bar.unitsPerSegment()
    mantissa = step / 10 ** np.floor(np.log10(step))
    assert round(mantissa, 9) in (1.0, 2.0, 5.0), step
    segment_mm = step * metres * 1000.0 / map_item.scale()
    assert segment_mm >= MIN_SEGMENT_MM
    widest = f"{bar.numberOfSegments() * step:,g} {bar.unitLabel()}"
    assert text_width_mm(widest, bar.textFormat().size()) < segment_mm, (widest, segment_mm)
    # QGIS prints unitsPerSegment ÷ mapUnitsPerScaleBarUnit under each tick and draws unitsPerSegment of the unit:
    # the two agree only with a multiplier of 1 ("0.001 km" under a 1 km segment otherwise).
    assert bar.mapUnitsPerScaleBarUnit() == 1.0
    bar.refresh()
    drawn = bar.sizeWithUnits().width()
    assert bar.numberOfSegments() * segment_mm <= drawn <= bar.numberOfSegments() * segment_mm + 40, drawn


def items_of(layout, kind):
    return [item for item in layout.items() if isinstance(item, kind)]


def label_texts(layout):
    return [item.text() for item in items_of(layout, QgsLayoutItemLabel)]


def check_furniture(layout, expect_marking=DEFAULT_MARKING):
    """Title, date, legend with entries, scale bar, north arrow, attribution and marking: present and filled."""
    texts = label_texts(layout)
    assert layout.itemById("title") is not None and layout.itemById("title").text().strip()
    assert any(t.startswith("Made ") or "Made " in t for t in texts), texts
    assert sum(t == expect_marking for t in texts) == 2, texts  # top and bottom of the page
    attribution = layout.itemById("attribution").text()
    assert OGL in attribution, attribution
    arrow = items_of(layout, QgsLayoutItemPicture)
    assert arrow and Path(arrow[0].picturePath()).is_file() and arrow[0].picturePath().endswith("NorthArrow_02.svg")
    (legend,) = items_of(layout, QgsLayoutItemLegend)
    assert legend.legendFilterByMapEnabled()
    assert legend.linkedMap() is not None
    (bar,) = items_of(layout, QgsLayoutItemScaleBar)
    assert bar.linkedMap() is legend.linkedMap()
    return legend, bar


def legend_entries(legend, layer):
    """The legend's entries for ``layer`` as drawn (QGIS applies the map filter when it paints the legend)."""
    model = legend.model()
    node = model.rootGroup().findLayer(layer)
    assert node is not None, f"{layer.name()} is not in the legend"
    return [n.data(0) for n in model.layerLegendNodes(node)]


def test_hot_spot_run_adds_a_filled_hot_spot_map_layout(loaded_chain, tmp_path):
    crimes, cells, _ = loaded_chain
    layout = QgsProject.instance().layoutManager().layoutByName(layouts.HOTSPOT_LAYOUT)
    assert layout is not None, [lay.name() for lay in QgsProject.instance().layoutManager().layouts()]
    (map_item,) = items_of(layout, QgsLayoutItemMap)
    assert {layer.id() for layer in map_item.layers()} >= {cells.id(), crimes.id()}
    assert not map_item.extent().isEmpty()
    legend, bar = check_furniture(layout)
    # A fixed, round segment at least MIN_SEGMENT_MM wide: the labels cannot overlap.
    assert bar.segmentSizeMode() == QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed
    check_scale_bar(bar, map_item)

    png, pdf = tmp_path / "hotspots.png", tmp_path / "hotspots.pdf"
    assert export_layout(layout, png) == [png]
    assert export_layout(layout, pdf) == [pdf]
    # Only the bins the map draws are listed: every one of them, and nothing else.
    drawn_bins = {int(f["gi_bin"]) for f in cells.getFeatures()}
    entries = legend_entries(legend, cells)
    assert 0 < len(entries) == len(drawn_bins) < 7, entries
    keep(png)
    stats = image_stats(png)
    assert stats["width"] > 1000 and stats["colours"] >= 10 and stats["non_background"] > 0.05, stats
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 10_000


def test_geofence_run_adds_a_briefing_atlas_whose_table_is_the_fence(loaded_chain, tmp_path):
    _, cells, fences = loaded_chain
    layout = QgsProject.instance().layoutManager().layoutByName(layouts.ATLAS_LAYOUT)
    assert layout is not None
    atlas = layout.atlas()
    assert atlas.enabled() and atlas.coverageLayer() is fences
    n_fences = fences.featureCount()
    assert n_fences >= 1
    (map_item,) = items_of(layout, QgsLayoutItemMap)
    assert map_item.atlasDriven()
    assert cells.id() in {layer.id() for layer in map_item.layers()}
    legend, bar = check_furniture(layout)
    assert bar.segmentSizeMode() == QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth
    assert bar.minimumBarWidth() >= 2 * MIN_SEGMENT_MM
    table = layout.itemById("facts").multiFrame()
    atlas.beginRender()
    assert atlas.first()
    feature = atlas.layout().reportContext().feature()
    # The page keeps its shape for every fence: the map is not reshaped, the scale bar stays on it.
    assert (map_item.sizeWithUnits().width(), map_item.sizeWithUnits().height()) == (180.0, 160.0)
    map_bottom = map_item.positionWithUnits().y() + map_item.sizeWithUnits().height()
    assert map_item.positionWithUnits().y() < bar.positionWithUnits().y() < map_bottom
    table.refreshAttributes()
    (row,) = table.contents()
    assert str(row[0]) == str(feature["fence_id"])
    assert int(float(str(row[4]).replace(",", ""))) == int(feature["n_crimes"])
    assert str(row[3]).replace(",", "") == f"{feature['harm']:.0f}"
    atlas.endRender()
    pdf = tmp_path / "briefing.pdf"
    assert export_layout(layout, pdf) == [pdf]
    assert pdf.stat().st_size > 10_000
    pngs = export_layout(layout, tmp_path / "briefing.png")
    assert len(pngs) == n_fences and all(p.is_file() for p in pngs)
    keep(pngs[0])
    assert image_stats(pngs[0])["non_background"] > 0.05


def test_marking_is_set_once_and_used_by_every_later_layout(loaded_chain):
    _, cells, _ = loaded_chain
    assert protective_marking() == DEFAULT_MARKING
    set_protective_marking("OFFICIAL-SENSITIVE")
    assert protective_marking() == "OFFICIAL-SENSITIVE"
    layout = layouts.hotspot_map_layout(QgsProject.instance(), cells, add_to_project=False)
    assert label_texts(layout).count("OFFICIAL-SENSITIVE") == 2
    set_protective_marking("  ")
    assert protective_marking() == DEFAULT_MARKING


def test_a_run_not_loaded_adds_no_layout(hotspot_provider, qgis_new_project, run_alg):
    crimes = police_like_points()
    run_alg("harmhotspots", {"INPUT": crimes, "CELL_SIZE": 150, "DISTANCE_BAND": 450, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert QgsProject.instance().layoutManager().layouts() == []


@pytest.mark.parametrize(
    "mm_per_metre, expected",
    [(1.0, 20.0), (0.1, 200.0), (0.02, 1000.0), (0.0123, 2000.0), (0.5, 50.0), (0.004, 5000.0)],
)
def test_scale_bar_segments_are_round_and_wide_enough(mm_per_metre, expected):
    segment = nice_segment(mm_per_metre)
    assert segment == expected
    assert segment * mm_per_metre >= MIN_SEGMENT_MM
    # the next smaller round step would be too narrow
    smaller = {1: 0.5, 2: 1, 5: 2}[int(str(int(segment))[0])] * 10 ** (len(str(int(segment))) - 1)
    assert smaller * mm_per_metre < MIN_SEGMENT_MM


def test_attribution_names_each_source_once():
    police = point_layer([0], [0], fields={"crime_id": ["a"], "lsoa_code": ["E01"]}, name="crimes")
    lsoa = point_layer([0], [0], fields={"LSOA11CD": ["E01"]}, name="lsoa")
    other = point_layer([0], [0], fields={"x": [1.0]}, name="other")
    lines = attribution_lines([police, lsoa, other, police], year=2026)
    assert lines == [OGL, layouts.OS_DATA.format(year=2026)]
    assert attribution_lines([other]) == []
    hollowford = point_layer([0], [0], fields={"x": [1.0]}, name="Hollowford crimes")
    assert attribution_lines([hollowford]) == [layouts.INVENTED]
    # invented data with police.uk's fields (the demo trial's crimes) are not police.uk's: no OGL line for them
    invented = point_layer([0], [0], fields={"crime_id": ["a"]}, name="Trial: crimes")
    metadata = invented.metadata()
    metadata.setRights([layouts.INVENTED])
    invented.setMetadata(metadata)
    assert attribution_lines([invented]) == [layouts.INVENTED]
    assert attribution_lines([invented, police], year=2026) == [layouts.INVENTED, OGL]


@pytest.mark.parametrize("width_m", [400.0, 4000.0, 40000.0])
def test_scale_bar_reads_right_from_street_to_town(width_m, qgis_new_project):
    """Metres on a street map, kilometres on a town map: the drawn length matches the labels."""
    from qgis.core import QgsRectangle

    cells = point_layer([450000, 450000 + width_m], [200000, 200000 + width_m * 0.8], name="cells")
    layout = layouts.new_layout(QgsProject.instance(), "t")
    map_item = layouts.add_map(layout, [cells], cells.crs(), 10, 25, 200, 160)
    layouts.fit_extent(map_item, QgsRectangle(450000, 200000, 450000 + width_m, 200000 + width_m * 0.8))
    bar = layouts.add_scale_bar(layout, map_item, 13, 170)
    assert bar.unitLabel() == ("km" if width_m > 10000 else "m")
    check_scale_bar(bar, map_item)


def test_the_marking_is_set_from_the_plugin_menu(qgis_iface, monkeypatch, marking_reset):
    from qgis.PyQt.QtWidgets import QInputDialog

    from hotspot_plugin.gui.parts import MarkingPart

    part = MarkingPart(qgis_iface, "&Hot spot policing", None)
    part.initGui()
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: asked.append(k.get("text")) or ("OFFICIAL-SENSITIVE", True)
    )
    assert part.ask() == "OFFICIAL-SENSITIVE" == protective_marking()
    assert asked == [DEFAULT_MARKING]  # the dialog opens on the current marking
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("SECRET", False))  # cancelled: unchanged
    assert part.ask() == "OFFICIAL-SENSITIVE"
    part.unload()


@pytest.mark.parametrize("code", ["en", "cy"])
def test_layout_text_fits_its_boxes(code, loaded_chain):
    """Title, date, attribution, marking and the atlas's labels are never cut off, in English or in Welsh."""
    from .clipping import overflowing_labels
    from .test_welsh_dialogs import language

    crimes, cells, fences = loaded_chain
    with language(code):
        project = QgsProject.instance()
        hot = layouts.hotspot_map_layout(project, cells, [fences, crimes], add_to_project=False)
        atlas = layouts.briefing_atlas_layout(project, fences, [cells, crimes], add_to_project=False)
        assert len(items_of(hot, QgsLayoutItemLabel)) >= 5
        assert overflowing_labels(hot) == []
        atlas.atlas().beginRender()
        assert atlas.atlas().first()
        assert overflowing_labels(atlas) == []
        atlas.atlas().endRender()
        if code == "cy":
            assert any("Gwnaed" in text for text in label_texts(hot))  # the check ran on the Welsh page
