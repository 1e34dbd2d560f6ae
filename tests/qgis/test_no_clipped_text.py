"""No label or button text is cut off in the main docks and dialogs (issue 17 item 4, run in English here; the
Welsh run installs the translation first, with the same helper, ``tests/qgis/clipping.py``)."""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QLabel, QWidget

from .clipping import clipped, settle, text_widgets

#: The width of a dock on a laptop screen beside the map (pixels): narrow, as analysts keep them.
DOCK_WIDTH = 420


def test_the_helper_finds_a_clipped_label(qtbot):
    """The check can fail: a one-line label squeezed below its text's width is reported, a roomy one is not."""
    parent = QWidget()
    qtbot.addWidget(parent)
    squeezed = QLabel("A long label that cannot fit in forty pixels", parent)
    squeezed.setGeometry(0, 0, 40, 20)
    roomy = QLabel("Fits", parent)
    roomy.setGeometry(0, 30, 200, 20)
    settle(parent)
    problems = clipped(parent)
    assert len(problems) == 1 and "forty pixels" in problems[0]


@pytest.mark.parametrize("dock_name", ["tasking", "survey"])
def test_docks_show_every_text_whole(dock_name, qtbot, qgis_iface, qgis_new_project, hotspot_provider):
    if dock_name == "tasking":
        from hotspot_plugin.gui.tasking.dock import TaskingDock as Dock
    else:
        from hotspot_plugin.gui.survey_dock import SurveyDock as Dock
    dock = Dock(qgis_iface.mapCanvas(), QgsProject.instance())
    qtbot.addWidget(dock)
    dock.resize(max(DOCK_WIDTH, dock.minimumSizeHint().width()), 900)
    settle(dock)
    assert len(text_widgets(dock)) >= 5  # the check looked at the dock's labels and buttons
    assert clipped(dock) == []
    dock.cleanup()


def test_track_import_dialog_shows_every_text_whole(qtbot, qgis_iface, qgis_new_project, hotspot_provider):
    from hotspot_plugin.gui.track_import import TrackImportDialog

    dialog = TrackImportDialog(qgis_iface, None, QgsProject.instance())
    qtbot.addWidget(dialog)
    settle(dialog)
    assert len(text_widgets(dialog)) >= 5
    assert clipped(dialog) == []
    dialog.cancel()


def test_help_panel_shows_every_text_whole(qtbot):
    from hotspot_plugin.gui.demo import HelpDock

    dock = HelpDock()
    qtbot.addWidget(dock)
    dock.resize(DOCK_WIDTH, 700)
    settle(dock)
    assert clipped(dock) == []


def test_the_layout_helper_finds_an_overflowing_label(qgis_new_project):
    """The print layout check can fail: two lines in a one-line box and a word wider than its box are reported."""
    from hotspot_plugin.qgis_io.layouts import add_label, new_layout

    from .clipping import overflowing_labels

    layout = new_layout(QgsProject.instance(), "clipping check")
    add_label(layout, "Fits on one line", 10, 10, 100, 6, size=9)
    add_label(layout, "A heading long enough to wrap onto a second line here", 10, 20, 60, 6, size=11, bold=True)
    add_label(layout, "Unbreakablewordthatistoowide", 10, 30, 15, 20, size=9)
    problems = overflowing_labels(layout)
    assert len(problems) == 2, problems
    assert "A heading long" in problems[0] + problems[1] and "Unbreakable" in problems[0] + problems[1]
