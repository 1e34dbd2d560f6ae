"""The GUI parts the plugin adds to the QGIS window, each on the :class:`~.part.Part` base.

This module is light: what a part opens (a dock, a dialog, the map tool, the demo chain) is imported
the first time it is opened, so starting QGIS with the plugin loads no dock and no analysis module.
``PARTS`` lists them in the order their menu entries appear.
"""

from __future__ import annotations

from typing import List

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QPushButton

from ..i18n import tr
from .geofence_guard import GeofenceGuard
from .part import DockPart, Part

LOG_TAG = "Hot spot policing"


class DemoPart(Part):
    """ "Load demo" and "How to read this map" in the plugin menu, and the help dock."""

    def __init__(self, iface, menu_name: str = "", toolbar=None):
        super().__init__(iface, menu_name, toolbar)
        self.dock = None
        self.task = None
        self.layers: dict = {}
        self.last_outcome = None
        self.busy = False

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self.add_action(
            tr("Load demo"),
            "HotspotLoadDemoAction",
            self.load_demo,
            icon="demo.svg",
            tooltip=tr("Build a styled demo project for the invented town of Hollowford"),
        )
        self.add_action(tr("How to read this map"), "HotspotDemoHelpAction", self.show_help, on_toolbar=False)

    def unload(self) -> None:
        if self.task is not None:
            try:
                self.task.on_done = lambda outcome, error: None
                self.task.cancel()
            except RuntimeError:  # already finished and deleted by the task manager
                pass
            self.task = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        super().unload()

    # -- help panel ---------------------------------------------------------------------------
    def show_help(self):
        if self.dock is None:
            from .demo import HelpDock

            self.dock = HelpDock(self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.show()
        self.dock.raise_()

    def show_temporal_controller(self) -> bool:
        """Open QGIS's Temporal Controller panel (the time slider) if this QGIS has one."""
        main = self.iface.mainWindow()
        for dock in main.findChildren(QDockWidget) if main is not None else []:
            if dock.objectName() in ("Temporal Controller", "TemporalControllerDockWidget"):
                dock.show()
                dock.raise_()
                return True
        return False

    # -- the demo -----------------------------------------------------------------------------
    def load_demo(self, synchronous: bool = False):
        """Start building the demo (in a background task; ``synchronous`` for scripts and tests)."""
        if self.busy:
            return
        from .demo import DemoTask, demo_output_folder
        from .demo_project import pin_demo_transforms
        from .demo_steps import run_demo_chain

        self.busy = True
        folder = demo_output_folder()
        pin_demo_transforms(QgsProject.instance())  # before the chain: its GPS import transforms 4326 → 27700
        context = QgsProject.instance().transformContext()
        self.iface.messageBar().pushMessage(
            tr("Hot spot policing"), tr("Building the Hollowford demo…"), Qgis.MessageLevel.Info, 3
        )
        if synchronous:
            try:
                outcome = run_demo_chain(folder, context, files=False)
            except Exception as error:  # noqa: BLE001 - reported like the background case
                self._done(None, str(error))
                return
            self._done(outcome, "")
            return
        self.task = DemoTask(folder, context, self._done)
        QgsApplication.taskManager().addTask(self.task)

    def _done(self, outcome, error: str):
        self.busy = False
        self.task = None
        if outcome is None:
            self.iface.messageBar().pushMessage(
                tr("Hot spot policing"),
                tr("The demo could not be built: {0}").format(error),
                Qgis.MessageLevel.Critical,
                0,
            )
            QgsMessageLog.logMessage(f"Load demo failed: {error}", LOG_TAG, Qgis.MessageLevel.Critical)
            return
        from ..core.demo import TOWN_NAME
        from .demo_project import DemoProjectBuilder

        self.last_outcome = outcome
        builder = DemoProjectBuilder(QgsProject.instance(), self.iface.mapCanvas())
        self.layers = builder.build(outcome)
        builder.set_up_canvas(self.iface.mapCanvas())
        self.show_temporal_controller()
        self.show_help()
        for line in outcome.log:
            QgsMessageLog.logMessage(line, LOG_TAG, Qgis.MessageLevel.Info)
        problems = outcome.skipped + outcome.failed + builder.notes
        for line in problems:
            QgsMessageLog.logMessage(line, LOG_TAG, Qgis.MessageLevel.Warning)
        text = tr("Demo of {0} loaded: {1} layers.").format(TOWN_NAME, len(self.layers))
        if problems:
            text += " " + tr("Not shown: {0}.").format("; ".join(problems))
        bar = self.iface.messageBar()
        widget = bar.createMessage(tr("Hot spot policing"), text)
        button = QPushButton(tr("How to read this map"), widget)
        button.clicked.connect(self.show_help)
        widget.layout().addWidget(button)
        bar.pushWidget(widget, Qgis.MessageLevel.Warning if outcome.failed else Qgis.MessageLevel.Success, 10)


class TaskingPart(DockPart):
    """The "Tasking schedule" dock."""

    ACTION_OBJECT_NAME = "HotspotTaskingScheduleAction"
    ICON = "tasking.svg"

    def action_text(self) -> str:
        return tr("Tasking schedule")

    def create_dock(self):
        from .tasking.dock import TaskingDock

        return TaskingDock(self.iface.mapCanvas(), QgsProject.instance(), self.iface.mainWindow())


class SurveyPart(DockPart):
    """The "Community survey" dock."""

    ACTION_OBJECT_NAME = "HotspotCommunitySurveyAction"
    ICON = "survey.svg"

    def action_text(self) -> str:
        return tr("Community survey")

    def create_dock(self):
        from .survey_dock import SurveyDock

        return SurveyDock(self.iface.mapCanvas(), QgsProject.instance(), self.iface.mainWindow())


class TrackImportPart(Part):
    """The "Import tracks" toolbar button and menu entry, opening the import dialog."""

    def __init__(self, iface, menu_name: str = "", toolbar=None):
        super().__init__(iface, menu_name, toolbar)
        self.dialog = None

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self.add_action(
            tr("Import tracks…"),
            "HotspotImportTracksAction",
            self.open_dialog,
            icon="tracks.svg",
            tooltip=tr("Import officer tracking exports, and measure dwell in geofences"),
        )

    def open_dialog(self):
        if self.dialog is None:
            from .track_import import TrackImportDialog

            parent = self.iface.mainWindow() if self.iface is not None else None
            self.dialog = TrackImportDialog(self.iface, parent)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def unload(self) -> None:
        if self.dialog is not None:
            self.dialog.cancel()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        super().unload()


class FenceToolPart(Part):
    """A checkable toolbar and menu action that switches the canvas to the "Fence around hot spot" tool."""

    def __init__(self, iface, menu_name: str = "", toolbar=None):
        super().__init__(iface, menu_name, toolbar)
        self.action = None
        self.tool = None

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self.action = self.add_action(
            tr("Fence around hot spot"),
            "HotspotFenceAroundHotspotAction",
            self.activate,
            icon="fence.svg",
            tooltip=tr("Click inside a hot spot cell to add a draft geofence around its hot cells"),
            checkable=True,
        )

    def activate(self) -> None:
        if self.tool is None:
            from .fence_tool import FenceAroundHotspotTool

            self.tool = FenceAroundHotspotTool(self.iface.mapCanvas(), self.iface)
            self.tool.setAction(self.action)
        self.iface.mapCanvas().setMapTool(self.tool)

    def unload(self) -> None:
        canvas = self.iface.mapCanvas()
        if self.tool is not None and canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        super().unload()
        self.action = None
        self.tool = None


class MarkingPart(Part):
    """ "Protective marking…" in the plugin menu: the text every print layout carries, set once."""

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self.add_action(
            tr("Protective marking…"),
            "HotspotProtectiveMarkingAction",
            self.ask,
            tooltip=tr("The marking printed at the top and bottom of every map, briefing and report page"),
            on_toolbar=False,
        )

    def ask(self) -> str:
        from qgis.PyQt.QtWidgets import QInputDialog

        from ..qgis_io.layouts import protective_marking, set_protective_marking

        parent = self.iface.mainWindow() if self.iface is not None else None
        text, ok = QInputDialog.getText(
            parent,
            tr("Protective marking"),
            tr("Printed on every page of the plugin's layouts (e.g. OFFICIAL or OFFICIAL-SENSITIVE):"),
            text=protective_marking(),
        )
        if ok:
            set_protective_marking(text)
        return protective_marking()


#: The plugin's GUI parts, in menu order.
PARTS: List[type] = [DemoPart, TaskingPart, TrackImportPart, GeofenceGuard, FenceToolPart, SurveyPart, MarkingPart]

__all__ = [
    "PARTS",
    "DemoPart",
    "FenceToolPart",
    "GeofenceGuard",
    "MarkingPart",
    "SurveyPart",
    "TaskingPart",
    "TrackImportPart",
]
