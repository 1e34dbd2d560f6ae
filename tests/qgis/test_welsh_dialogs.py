"""Welsh throughout: the .ts is (nearly) all translated, and the main docks and dialogs built in Welsh clip no text.

A label, button, check box, group box title, combo box item or table header section is clipped when its text (as
``fontMetrics().horizontalAdvance`` measures it, plus what the style draws beside it) is wider than the widget after
layout, unless the widget wraps words. Each dock is built twice, in English and in Welsh, at a usual dock width:
Welsh clips nothing, and no Welsh panel needs a dock more than 3 % wider than its English twin (or than that width).
Set HOTSPOT_WELSH_SHOTS to a folder to keep screenshots of what was checked.
"""

import contextlib
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from hotspot_plugin import i18n_loader

REPO = Path(__file__).resolve().parents[2]
WELSH_TS = REPO / "i18n" / "hotspot_plugin_cy.ts"
#: A usual width of a dock on the side of the QGIS window (px).
DOCK_WIDTH = 420
#: How much wider than its English twin a Welsh panel may be (a longer word here and there), as a fraction.
WIDTH_ALLOWANCE = 0.03
#: Where screenshots of the Welsh widgets go when HOTSPOT_WELSH_SHOTS names a folder (for looking at them).
SHOTS = os.environ.get("HOTSPOT_WELSH_SHOTS", "")


def coverage(ts_path=WELSH_TS):
    """(translated, total) messages of a .ts file: a message is translated when it is not ``unfinished``."""
    root = ET.parse(ts_path).getroot()
    messages = list(root.iter("message"))
    unfinished = sum(1 for m in messages if m.find("translation").get("type") == "unfinished")
    return len(messages) - unfinished, len(messages)


def test_at_least_95_percent_of_the_messages_are_welsh():
    translated, total = coverage()
    assert total > 500, "the .ts lost its messages: run make translations"
    assert translated / total >= 0.95, f"only {translated} of {total} messages are Welsh"


def test_coverage_counts_unfinished_messages(tmp_path):
    ts = tmp_path / "x_cy.ts"
    ts.write_text(
        "<TS><context><name>@default</name>"
        "<message><source>a</source><translation>b</translation></message>"
        '<message><source>c</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert coverage(ts) == (1, 2)


@contextlib.contextmanager
def language(code: str):
    """The plugin's strings in ``code`` ("cy" installs the Welsh .qm as the plugin does; "en" is the source)."""
    translator = None
    if code == "cy":
        translator = i18n_loader.install_translator("cy")
        assert translator is not None, "no i18n/hotspot_plugin_cy.qm"
    try:
        yield
    finally:
        i18n_loader.remove_translator(translator)


def _plain(text: str) -> str:
    """What a widget draws of ``text``: no accelerator ampersands, no markup."""
    return re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest_line(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in _plain(text).splitlines()), default=0)


def _metric(widget: QWidget, metric) -> int:
    return widget.style().pixelMetric(metric, None, widget)


def _need_and_have(widget: QWidget):
    """(px the widget's text needs, px it has), or None for widgets without text to check."""
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text():
            return None
        return _widest_line(widget, widget.text()) + 2 * widget.margin(), widget.contentsRect().width()
    if isinstance(widget, (QCheckBox, QRadioButton)):
        if not widget.text():
            return None
        indicator = QStyle.PixelMetric.PM_IndicatorWidth
        if isinstance(widget, QRadioButton):
            indicator = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        spacing = _metric(widget, QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        return _widest_line(widget, widget.text()) + _metric(widget, indicator) + spacing, widget.width()
    if isinstance(widget, QPushButton) or (
        isinstance(widget, QToolButton) and widget.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        if not widget.text():
            return None
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        frame = 2 * _metric(widget, QStyle.PixelMetric.PM_DefaultFrameWidth)
        return _widest_line(widget, widget.text()) + icon + frame, widget.width()
    if isinstance(widget, QComboBox) and not widget.isEditable():
        if not widget.currentText():
            return None
        option = QStyleOptionComboBox()  # as QComboBox.initStyleOption fills it (protected in PyQt)
        option.initFrom(widget)
        option.editable = False
        option.frame = widget.hasFrame()
        option.currentText = widget.currentText()
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
        )
        items = [widget.itemText(i) for i in range(widget.count())]  # any of them may be chosen
        return max(_widest_line(widget, item) for item in items), field.width()
    if isinstance(widget, QGroupBox):
        if not widget.title():
            return None
        box = _metric(widget, QStyle.PixelMetric.PM_IndicatorWidth) + 4 if widget.isCheckable() else 0
        return _widest_line(widget, widget.title()) + 8 + box, widget.width()
    return None


def _clipped_sections(header: QHeaderView):
    model = header.model()
    if model is None:
        return []
    margin = 2 * _metric(header, QStyle.PixelMetric.PM_HeaderMargin)
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        need, have = _widest_line(header, text) + margin, header.sectionSize(section)
        if text and need > have:
            problems.append(f"header section {text!r}: needs {need} px, has {have}")
    return problems


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QComboBox):
        return max((widget.itemText(i) for i in range(widget.count())), key=len)
    return widget.text()


def clipped(top: QWidget):
    """Descriptions of the visible widgets under ``top`` whose text does not fit them."""
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QHeaderView):
            if widget.orientation() == Qt.Orientation.Horizontal:
                problems += _clipped_sections(widget)
            continue
        sizes = _need_and_have(widget)
        if sizes is not None and sizes[0] > sizes[1]:
            text = _text_of(widget)
            problems.append(f"{type(widget).__name__} {text!r}: needs {sizes[0]} px, has {sizes[1]}")
    return problems


def needed_width(panel: QWidget) -> int:
    """How wide a dock must be for ``panel`` to show without a horizontal scroll bar (px)."""
    scroll = panel.findChild(QScrollArea)
    frame = scroll.width() - scroll.viewport().width() if scroll.verticalScrollBar().isVisible() else 0
    return scroll.widget().minimumSizeHint().width() + 2 * scroll.frameWidth() + frame


def settle(widget: QWidget, qtbot, width=None):
    widget.show()
    if width is None:
        widget.adjustSize()
    else:
        widget.resize(width, 600 if isinstance(widget, QDialog) else 760)
    qtbot.wait(50)
    QApplication.processEvents()


def shoot(widget: QWidget, name: str):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def look_at_dock(make_dock, name: str, qtbot):
    """Build a dock, show each of its panels in it at DOCK_WIDTH; per panel (title, needed width, clipped)."""
    from hotspot_plugin.gui.panel import HotspotPanel

    dock = make_dock()
    qtbot.addWidget(dock)
    results = []
    try:
        settle(dock, qtbot, DOCK_WIDTH)
        # Panels not yet opened are not drawn over the dock's title.
        panels = dock.findChildren(HotspotPanel)
        stray = [p.panelTitle() for p in panels if p.isVisibleTo(dock) and not dock.stack.isAncestorOf(p)]
        assert stray == [], f"{name}: panels shown outside the panel stack: {stray}"
        for index, panel in enumerate(dock.panels):
            if index:
                dock.panels[0].open_panel(panel)
            qtbot.waitUntil(panel.isVisible, timeout=5000)
            qtbot.wait(350)  # the stack slides the panel in
            QApplication.processEvents()
            shoot(dock, f"{name}_{index}")
            results.append((panel.panelTitle(), needed_width(panel), clipped(panel)))
            if index:
                panel.acceptPanel()
                qtbot.wait(350)
    finally:
        dock.cleanup()
    return results


def compare_docks(make_dock, name: str, qtbot):
    """Problems of the Welsh dock: clipped text, and panels needing more width than in English (or DOCK_WIDTH)."""
    with language("en"):
        english = look_at_dock(make_dock, f"{name}_en", qtbot)
    with language("cy"):
        welsh = look_at_dock(make_dock, f"{name}_cy", qtbot)
    assert [title for title, _, _ in welsh] != [title for title, _, _ in english], "the dock is not in Welsh"
    problems = []
    for (title, need_en, _), (title_cy, need_cy, clipped_cy) in zip(english, welsh):
        problems += [f"{name} / {title_cy}: {problem}" for problem in clipped_cy]
        if need_cy > max(need_en * (1 + WIDTH_ALLOWANCE), DOCK_WIDTH):
            problems.append(f"{name} / {title_cy}: needs a {need_cy} px dock (English {title!r}: {need_en} px)")
    return welsh, problems


def test_survey_dock_in_welsh_fits(qtbot, qgis_iface, qgis_new_project):
    from hotspot_plugin.gui.survey_dock import SurveyDock

    welsh, problems = compare_docks(lambda: SurveyDock(qgis_iface.mapCanvas(), QgsProject.instance()), "survey", qtbot)
    assert [title for title, _, _ in welsh] == ["Arolwg cymunedol", "Map ac allforion"]
    assert problems == [], "\n".join(problems)


def test_tasking_dock_in_welsh_fits(qtbot, qgis_canvas, qgis_new_project, hotspot_provider):
    from hotspot_plugin.gui.tasking.dock import TaskingDock

    welsh, problems = compare_docks(lambda: TaskingDock(qgis_canvas, QgsProject.instance()), "tasking", qtbot)
    assert [title for title, _, _ in welsh] == ["Amserlen dasgau", "Allforion a briff", "Cyflawni"]
    assert problems == [], "\n".join(problems)


def test_import_tracks_dialog_in_welsh_fits(qtbot, hotspot_provider, qgis_new_project):
    from hotspot_plugin.gui.track_import import TrackImportDialog

    with language("cy"):
        dialog = TrackImportDialog(project=QgsProject.instance())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Mewnforio traciau swyddogion"
    settle(dialog, qtbot)
    shoot(dialog, "import_tracks_cy")
    texts = {button.text() for button in dialog.findChildren(QAbstractButton)}
    assert {"Ychwanegu ffeiliau…", "Mewnforio", "Cau"} <= texts, texts
    from hotspot_plugin.core.tracks.readers import ROLE_LABELS
    from hotspot_plugin.gui.track_import import ROLE_NAMES

    assert set(ROLE_LABELS.values()) <= set(ROLE_NAMES), "list every column role in track_import.ROLE_NAMES"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"dynodydd swyddog", "x / hydred"} <= labels, labels
    assert clipped(dialog) == []
    assert dialog.width() <= 1024, "the Welsh dialog is wider than a small laptop's screen"


def test_clipping_is_seen(qtbot):
    """The check itself: a label narrower than its text, a button and a header section too narrow are caught."""
    from qgis.PyQt.QtGui import QStandardItemModel
    from qgis.PyQt.QtWidgets import QTableView, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    label = QLabel("Cyfran y niwed y tu mewn i ffensys")
    button = QPushButton("Ychwanegu ffeiliau…")
    wrapped = QLabel("Mae'r testun hwn yn lapio geiriau felly nid yw byth yn cael ei dorri")
    wrapped.setWordWrap(True)
    combo = QComboBox()
    combo.addItems(["Byr", "Uwchben y mannau problemus"])  # the short one shown, the long one may be chosen
    table = QTableView()
    model = QStandardItemModel(0, 1, table)
    model.setHorizontalHeaderLabels(["Wedi'i gyflawni (mun)"])
    table.setModel(model)
    for widget in (label, button, wrapped, combo, table):
        layout.addWidget(widget)
    top.show()
    for widget in (label, button, wrapped, combo):
        widget.setFixedWidth(60)
    table.horizontalHeader().resizeSection(0, 40)
    QApplication.processEvents()
    found = " ".join(clipped(top))
    assert "Cyfran y niwed" in found and "Ychwanegu ffeiliau" in found and "header section" in found
    assert "Uwchben y mannau problemus" in found and "lapio" not in found
    for widget in (label, button, combo):
        widget.setFixedWidth(400)
    table.resizeColumnsToContents()
    QApplication.processEvents()
    assert clipped(top) == []


@pytest.fixture
def algorithm_dialog(qtbot, qgis_iface, hotspot_provider, qgis_new_project, monkeypatch):
    """Build an algorithm's Processing dialog in Welsh, at the size QGIS first opens it."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    monkeypatch.setattr(qgis_iface, "activeLayer", lambda: None, raising=False)

    def build(algorithm_id: str, code: str = "cy"):
        with language(code):
            algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id).create()
            dialog = AlgorithmDialog(algorithm, False, None)
        qtbot.addWidget(dialog)
        settle(dialog, qtbot, 800)
        shoot(dialog, f"{algorithm_id.split(':')[-1]}_{code}")
        return dialog

    return build


def parameters_width(dialog) -> tuple:
    """(px the parameters panel needs, px it has) of an algorithm dialog."""
    scrolls = [s for s in dialog.findChildren(QScrollArea) if s.widget() is not None]
    scroll = max(scrolls, key=lambda s: s.widget().minimumSizeHint().width())  # the parameters, not the log
    return scroll.widget().minimumSizeHint().width(), scroll.viewport().width()


def dialog_problems(dialog, english_need: int = 0) -> list:
    """Clipped text, and a parameters panel that needs horizontal scrolling (where English does not)."""
    problems = clipped(dialog)
    need, have = parameters_width(dialog)
    if need > max(have, english_need * (1 + WIDTH_ALLOWANCE)):
        problems.append(f"the parameters need {need} px in a {have} px view (English: {english_need} px)")
    return problems


def test_harm_hotspots_processing_dialog_in_welsh_fits(algorithm_dialog):
    dialog = algorithm_dialog("hotspot:harmhotspots")
    labels = " ".join(label.text() for label in dialog.findChildren((QLabel, QCheckBox)))
    assert "Maes niwed" in labels and "Cywiro ar gyfer profion lluosog (FDR)" in labels, labels
    assert dialog_problems(dialog) == []


def test_every_algorithm_dialog_in_welsh_fits(algorithm_dialog):
    from hotspot_plugin.processing.provider import ALGORITHMS

    problems = []
    for algorithm in ALGORITHMS:
        english_need, _ = parameters_width(algorithm_dialog(f"hotspot:{algorithm.NAME}", "en"))
        dialog = algorithm_dialog(f"hotspot:{algorithm.NAME}")
        problems += [f"{algorithm.NAME}: {problem}" for problem in dialog_problems(dialog, english_need)]
        if algorithm.NAME == "trialpower":  # a parameter its base class (TrialAlgorithm) adds is Welsh too
            assert "Maes dyddiad-amser" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert problems == [], "\n".join(problems)


def _style_labels(path: Path):
    root = ET.parse(path).getroot()
    return [e.get("label") for tag in ("category", "range", "rule") for e in root.iter(tag) if e.get("label")]


def test_every_legend_class_of_the_shipped_styles_is_listed_for_translation():
    from hotspot_plugin.qgis_io.legend_labels import LABELS

    styles = sorted((REPO / "resources" / "styles").glob("*.qml"))
    assert styles
    missing = {(path.name, label) for path in styles for label in _style_labels(path) if label not in LABELS}
    assert not missing, f"add these to hotspot_plugin/qgis_io/legend_labels.py LABELS: {sorted(missing)}"


def _polygon_layer(fields: str):
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(f"Polygon?crs=EPSG:27700&{fields}", "styled", "memory")


def _legend(layer):
    return [item.label() for item in layer.renderer().legendSymbolItems()]


def test_legend_classes_follow_the_language():
    from hotspot_plugin.core.resources import resource_path
    from hotspot_plugin.qgis_io.legend_labels import load_style

    cells = _polygon_layer("field=gi_bin:integer")
    fences = _polygon_layer("field=dwell_min:double")
    with language("en"):
        assert load_style(cells, resource_path("styles", "hotspots.qml"))
        assert "Hot spot, 99 % confidence" in _legend(cells)
    with language("cy"):
        assert load_style(cells, resource_path("styles", "hotspots.qml"))  # categorized
        assert load_style(fences, resource_path("styles", "fences_dwell.qml"))  # graduated
    assert _legend(cells)[0] == "Man problemus, hyder 99 %" and "Ddim yn arwyddocaol" in _legend(cells)
    assert "Dim ymweliadau" in _legend(fences) and "Llai na 5 mun ar gyfer pob ymweliad" in _legend(fences)
    assert all(label.strip() for label in _legend(cells) + _legend(fences))
    # Values and colours are the style's: only the labels changed.
    categories = cells.renderer().categories()
    assert [str(c.value()) for c in categories][:2] == ["3", "2"]


def test_rule_based_legend_classes_follow_the_language():
    from qgis.core import QgsFillSymbol, QgsRuleBasedRenderer

    from hotspot_plugin.qgis_io.legend_labels import translate_legend

    layer = _polygon_layer("field=status:string")
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression in (("Live", "\"status\" = 'live'"), ("Something new", "\"status\" = 'x'")):
        symbol = QgsFillSymbol.createSimple({})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    with language("cy"):
        assert translate_legend(layer) == 1
    assert [rule.label() for rule in layer.renderer().rootRule().children()] == ["Byw", "Something new"]


def test_algorithm_outputs_and_the_problems_layer_open_with_welsh_legends():
    from hotspot_plugin.gui.geofence_guard import problems_layer
    from hotspot_plugin.qgis_io.styles import StyleOutput

    cells = _polygon_layer("field=gi_bin:integer")
    with language("cy"):
        StyleOutput("hotspots.qml", "", "Mannau problemus niwed").postProcessLayer(cells, None, None)
        problems = problems_layer([], cells.crs(), "Problemau")
    assert _legend(cells)[0] == "Man problemus, hyder 99 %"
    assert "Geometreg annilys" in _legend(problems)


def test_an_algorithm_logs_in_welsh(run_alg, tmp_path):
    """Harm hot spots run with QGIS in Welsh: its own lines and the names of its summary lines are Welsh."""
    import random

    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from tests.qgis.feedback import LogFeedback

    crimes = QgsVectorLayer("Point?crs=EPSG:27700&field=harm:double", "crimes", "memory")
    rng = random.Random(7)
    features = []
    for n in range(60):
        feature = QgsFeature(crimes.fields())
        centre = (451000, 206000) if n % 2 else (452000 + rng.uniform(0, 900), 207000 + rng.uniform(0, 900))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(centre[0] + rng.uniform(0, 60), centre[1])))
        feature.setAttributes([float(rng.choice((1, 10, 270)))])
        features.append(feature)
    crimes.dataProvider().addFeatures(features)
    feedback = LogFeedback()
    with language("cy"):
        run_alg("harmhotspots", {"INPUT": crimes, "OUTPUT": str(tmp_path / "cells.gpkg")}, feedback=feedback)
    log = "\n".join(feedback.lines)
    assert "Niwed: maes rhifol yr haen harm" in log, log
    assert "\nMaint cell: 150 m" in log and "\nCelloedd a brofwyd: " in log, log
    assert "\nCell size:" not in log and "\nYsgrifennwyd OUTPUT i " in log
