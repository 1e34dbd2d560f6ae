"""The plugin object: registers the Processing provider, the menu, the toolbar and the GUI parts."""

from __future__ import annotations

import importlib
from typing import List, Tuple

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.resources import resource_path
from .i18n_loader import install_translator, remove_translator
from .processing.provider import HotspotProvider

MENU = "&Hot spot policing"

#: GUI parts, each a class in its own module: ``Part(iface, menu_name, toolbar)`` with ``initGui()``
#: and ``unload()``; ``unload`` must remove every dock, action and signal connection it made.
GUI_PARTS: List[Tuple[str, str]] = [
    (".gui.demo", "DemoPart"),
    (".gui.tasking.dock", "TaskingPart"),
    (".gui.track_import", "TrackImportPart"),
    (".gui.geofence_guard", "GeofenceGuard"),
    (".gui.fence_tool", "FenceToolPart"),
    (".gui.survey_dock", "SurveyPart"),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("HotspotPlugin", text)


class HotspotPlugin:
    """Adds the provider (also headless, for qgis_process) and, with a GUI, menu, toolbar and docks."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions: list = []
        self.toolbar = None
        self.parts: list = []
        # Before any string is translated; kept here so it can be removed on unload.
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802 - QGIS API name
        if self.provider is None:
            self.provider = HotspotProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 - QGIS API name
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("Hot spot policing"))
        self.toolbar.setObjectName("HotspotPolicingToolbar")
        action = QAction(
            QIcon(str(resource_path("icons", "hotspot.svg"))), tr("Harm hot spots…"), self.iface.mainWindow()
        )
        action.setObjectName("HotspotHarmHotspotsAction")
        action.triggered.connect(self.open_harm_hotspots)
        self.iface.addPluginToMenu(tr(MENU), action)
        self.toolbar.addAction(action)
        self.actions.append(action)
        for module_name, class_name in GUI_PARTS:
            module = importlib.import_module(module_name, __package__)
            part = getattr(module, class_name)(self.iface, tr(MENU), self.toolbar)
            part.initGui()
            self.parts.append(part)

    def open_harm_hotspots(self):
        from qgis import processing

        processing.execAlgorithmDialog("hotspot:harmhotspots", {})

    def unload(self):
        for part in reversed(self.parts):
            part.unload()
        self.parts = []
        for action in self.actions:
            self.iface.removePluginMenu(tr(MENU), action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
