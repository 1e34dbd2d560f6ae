"""A GUI part that adds one dock and a checkable menu/toolbar action showing it."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..core.resources import resource_path


class DockPart:
    """Subclasses set ``DOCK_CLASS`` (built as ``DockClass(canvas, project, parent)``, with a
    ``cleanup()`` method), ``ACTION_OBJECT_NAME`` and an ``action_text()`` method returning the
    translated action label. ``unload`` removes the
    action from menu and toolbar and the dock from the main window (see ``GUI_PARTS`` in plugin.py).
    """

    DOCK_CLASS = None
    ACTION_OBJECT_NAME = ""
    ICON = "hotspot.svg"  #: file in resources/icons

    def __init__(self, iface, menu_name: str, toolbar):
        self.iface = iface
        self.menu_name = menu_name
        self.toolbar = toolbar
        self.dock = None
        self.action: Optional[QAction] = None

    def initGui(self):  # noqa: N802 - QGIS API name
        self.dock = self.DOCK_CLASS(self.iface.mapCanvas(), QgsProject.instance(), self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = QAction(
            QIcon(str(resource_path("icons", self.ICON))), self.action_text(), self.iface.mainWindow()
        )
        self.action.setObjectName(self.ACTION_OBJECT_NAME)
        self.action.setCheckable(True)
        self.action.toggled.connect(self.dock.setUserVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addPluginToMenu(self.menu_name, self.action)
        if self.toolbar is not None:
            self.toolbar.addAction(self.action)

    def unload(self):
        if self.action is not None:
            self.iface.removePluginMenu(self.menu_name, self.action)
            if self.toolbar is not None:
                self.toolbar.removeAction(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
