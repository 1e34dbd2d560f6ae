"""The shared base of the plugin's docks: a dock holding a panel stack, and a panel for each job.

As in North Road's plugins: ``QgsDockWidget`` → ``QgsPanelWidgetStack`` → ``QgsPanelWidget``. A dock shows
its main panel; a panel opens another (``open_panel``) that slides in with QGIS's back arrow, as in the
Layer Styling panel. Collaborators (canvas, project) come in through the constructors, so a panel can be
driven in a test with a bare canvas.

A panel builds its widgets into ``self.body_layout`` (a vertical layout inside a scroll area) in its own
constructor, after ``super().__init__``, and undoes anything it connected outside itself in ``cleanup()``
(called when the plugin unloads).
"""

from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget, QgsPanelWidget, QgsPanelWidgetStack
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget


class HotspotPanel(QgsPanelWidget):
    """One job of a dock (a form, a table, a set of exports) on a scrollable body, with a status line.

    ``canvas`` and ``project`` are kept as attributes (``project`` defaults to the current project);
    ``self.status`` is a selectable, word-wrapped label that subclasses add where they want it
    (``add_status``).
    """

    def __init__(self, title: str, canvas=None, project: Optional[QgsProject] = None, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.setPanelTitle(title)
        self.setDockMode(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(scroll)
        self.body_layout = QVBoxLayout(self.body)
        scroll.setWidget(self.body)
        outer.addWidget(scroll)
        self.status = QLabel("", self.body)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumWidth(50)

    @staticmethod
    def row(form: QFormLayout, label: str, widget, tooltip: str = ""):
        """Add ``widget`` (a widget or a layout) to ``form`` under ``label``, with its tooltip; returns it."""
        if tooltip and not isinstance(widget, QLayout):
            widget.setToolTip(tooltip)
        form.addRow(label, widget)
        return widget

    def add_status(self) -> QLabel:
        """Put the status line at the end of the body, above a stretch, and let the panel fit a narrow dock
        (combo boxes shrink to a short text instead of widening the panel past the dock); returns it."""
        self.body_layout.addWidget(self.status)
        self.body_layout.addStretch(1)
        for combo in self.body.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for form in self.body.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        return self.status

    def open_panel(self, panel: HotspotPanel) -> None:
        """Show ``panel`` on top of this one (QGIS's back arrow returns); it is kept to be opened again."""
        panel.setAutoDelete(False)
        self.openPanel(panel)

    def cleanup(self) -> None:
        """Stop any work and disconnect from the project and canvas (on unload). Subclasses call super()."""


class PanelDock(QgsDockWidget):
    """A dock whose content is a panel stack. Subclasses make their panels, give the first to
    :meth:`set_main_panel` and the others (opened later from a panel) to :meth:`add_panel`."""

    def __init__(self, title: str, object_name: str, parent=None):
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.stack = QgsPanelWidgetStack(self)
        self.panels: List[HotspotPanel] = []
        self.setWidget(self.stack)

    def set_main_panel(self, panel: HotspotPanel) -> None:
        self.stack.setMainPanel(panel)
        self.add_panel(panel)

    def add_panel(self, panel: HotspotPanel) -> None:
        """A panel of this dock: cleaned up with it."""
        self.panels.append(panel)
        if panel is not self.stack.mainPanel():
            panel.hide()  # until it is opened: a child of the dock would lie over the dock's title

    def cleanup(self) -> None:
        """Close opened panels and clean up every panel, the last made first (called on unload)."""
        self.stack.acceptAllPanels()
        for panel in reversed(self.panels):
            panel.cleanup()
