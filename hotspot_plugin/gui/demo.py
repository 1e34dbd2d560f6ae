""" "Load demo": one click builds a styled, teaching project from the shipped Hollowford data.

The Processing chain runs in a background task (the window stays usable, progress shows in the
status bar); the layers, styles, time slider, 3D renderer and the "How to read this map" panel are
set up on the main thread when it finishes. Steps whose algorithm is not installed are skipped and
named in the message bar and the log.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProject,
    QgsTask,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QPushButton, QTextBrowser

from ..core.demo import TOWN_NAME
from ..core.resources import resource_path
from .demo_project import DemoProjectBuilder, pin_demo_transforms
from .demo_steps import DemoOutcome, run_demo_chain

LOG_TAG = "Hot spot policing"


def tr(text: str) -> str:
    return QCoreApplication.translate("DemoPart", text)


def demo_output_folder() -> Path:
    """A new folder for this run's GeoPackages, under the QGIS profile (kept so saved projects open)."""
    base = Path(QgsApplication.qgisSettingsDirPath()) / "hotspot_demo"
    folder = base / time.strftime("%Y%m%d-%H%M%S")
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = base / f"{time.strftime('%Y%m%d-%H%M%S')}-{suffix}"
    return folder


def help_html() -> str:
    """The one-page "How to read this map" text (translated)."""
    parts = [
        "<h2>" + tr("How to read this map") + "</h2>",
        "<p>"
        + tr(
            "Hollowford is an invented town: every crime, officer and survey answer here is made up for "
            "training. Use the layer list on the left to switch layers on and off."
        )
        + "</p>",
        "<h3>" + tr("Harm, not counts") + "</h3>",
        "<p>"
        + tr(
            "Each crime carries a harm weight: roughly the days in prison its starting sentence would be "
            "(a burglary weighs about 270, a shoplifting 1). A street with a few burglaries can matter more "
            "than one with many thefts. The shipped weights are approximations: forces should use their own."
        )
        + "</p>",
        "<h3>" + tr("Hot spot cells and Gi* bins") + "</h3>",
        "<p>"
        + tr(
            "The town is cut into 150 m squares. For each square the Getis-Ord Gi* statistic asks: is the harm "
            "in this square and its neighbours much higher than across the whole town, more than chance would "
            "give? Dark red squares (bin 3) are hot spots at 99 % confidence, red (2) at 95 %, pink (1) at 90 %. "
            "Blue squares are cold spots; pale squares are nothing unusual. The bins are corrected for testing "
            "many squares at once (false discovery rate)."
        )
        + "</p>",
        "<h3>" + tr("Geofences") + "</h3>",
        "<p>"
        + tr(
            "Neighbouring hot squares are joined into geofences: the places officers are sent to patrol. "
            "Hot spot 1 holds the most harm."
        )
        + "</p>",
        "<h3>" + tr("Dwell and compliance") + "</h3>",
        "<p>"
        + tr(
            "Dwell is the time officers spent inside a geofence, worked out from their phone and radio "
            "positions. A short pass in a car is not a patrol; gaps in the positions count as no data, never "
            "as absent. Compliance compares the minutes tasked with the minutes delivered: green met, amber "
            "partly met, red not met. Some places are controls: deliberately not tasked that day."
        )
        + "</p>",
        "<h3>" + tr("The time slider") + "</h3>",
        "<p>"
        + tr(
            "Open the Temporal Controller (the clock button on the map navigation toolbar) and press play. "
            "Officers move through one Friday; the crimes shown are thirteen weeks of crime placed at their "
            "time of day, so you can see the night-time economy build up after 21:00 and shoplifting in shop "
            "hours."
        )
        + "</p>",
        "<h3>" + tr("3D view") + "</h3>",
        "<p>"
        + tr("Open View ▸ 3D Map Views ▸ New 3D Map View: hot spot cells rise in proportion to their harm.")
        + "</p>",
        "<h3>" + tr("What residents say") + "</h3>",
        "<p>"
        + tr(
            "The survey layer shades wards by average confidence in local policing (1 to 5). Grey wards had "
            "too few respondents to show anything: their results are suppressed to protect the people who "
            "answered. High harm with low confidence marks priority places."
        )
        + "</p>",
        "<h3>" + tr("Next: your own data") + "</h3>",
        "<p>"
        + tr(
            "Open the Processing Toolbox, group Hot spot policing, and run the same steps on your force's "
            "data: import police.uk or your own crimes, harm-weighted hot spots, geofences, then tracks and "
            "taskings."
        )
        + "</p>",
    ]
    return "\n".join(parts)


class HelpDock(QgsDockWidget):
    """The "How to read this map" panel."""

    def __init__(self, parent=None):
        super().__init__(tr("How to read this map"), parent)
        self.setObjectName("HotspotDemoHelpDock")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(help_html())
        self.setWidget(self.browser)


class DemoTask(QgsTask):
    """Runs the demo chain in the background; ``on_done(outcome, error)`` is called on the main thread."""

    def __init__(self, folder: Path, transform_context, on_done: Callable[[Optional[DemoOutcome], str], None]):
        super().__init__(tr("Hot spot policing: building the demo"), QgsTask.CanCancel)
        self.folder = folder
        self.transform_context = transform_context
        self.on_done = on_done
        self.outcome: Optional[DemoOutcome] = None
        self.error = ""

    def run(self):
        try:
            self.outcome = run_demo_chain(
                self.folder, self.transform_context, progress=self.setProgress, is_cancelled=self.isCanceled
            )
        except Exception as error:  # noqa: BLE001 - reported to the user in finished()
            self.error = str(error) or repr(error)
            return False
        return not self.isCanceled()

    def finished(self, result):
        self.on_done(self.outcome if result else None, self.error or ("" if result else tr("Cancelled.")))


class DemoPart:
    """GUI part: "Load demo" and "How to read this map" in the plugin menu, and the help dock."""

    def __init__(self, iface, menu_name: str, toolbar):
        self.iface = iface
        self.menu_name = menu_name
        self.toolbar = toolbar
        self.actions: List[QAction] = []
        self.dock: Optional[HelpDock] = None
        self.task: Optional[DemoTask] = None
        self.layers: dict = {}
        self.last_outcome: Optional[DemoOutcome] = None
        self.busy = False

    def initGui(self):  # noqa: N802 - QGIS API name
        load = QAction(QIcon(str(resource_path("icons", "demo.svg"))), tr("Load demo"), self.iface.mainWindow())
        load.setObjectName("HotspotLoadDemoAction")
        load.setToolTip(tr("Build a styled demo project for the invented town of Hollowford"))
        load.triggered.connect(self.load_demo)
        help_action = QAction(tr("How to read this map"), self.iface.mainWindow())
        help_action.setObjectName("HotspotDemoHelpAction")
        help_action.triggered.connect(self.show_help)
        for action in (load, help_action):
            self.iface.addPluginToMenu(self.menu_name, action)
            self.actions.append(action)

    def unload(self):
        if self.task is not None:
            try:
                self.task.on_done = lambda outcome, error: None
                self.task.cancel()
            except RuntimeError:  # already finished and deleted by the task manager
                pass
            self.task = None
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_name, action)
            action.triggered.disconnect()
            action.deleteLater()
        self.actions = []
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None

    # -- help panel ---------------------------------------------------------------------------
    def show_help(self):
        if self.dock is None:
            self.dock = HelpDock(self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
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
        self.busy = True
        folder = demo_output_folder()
        pin_demo_transforms(QgsProject.instance())  # before the chain: its GPS import transforms 4326 → 27700
        context = QgsProject.instance().transformContext()
        self.iface.messageBar().pushMessage(tr("Hot spot policing"), tr("Building the Hollowford demo…"), Qgis.Info, 3)
        if synchronous:
            try:
                outcome = run_demo_chain(folder, context)
            except Exception as error:  # noqa: BLE001 - reported like the background case
                self._done(None, str(error))
                return
            self._done(outcome, "")
            return
        self.task = DemoTask(folder, context, self._done)
        QgsApplication.taskManager().addTask(self.task)

    def _done(self, outcome: Optional[DemoOutcome], error: str):
        self.busy = False
        self.task = None
        if outcome is None:
            self.iface.messageBar().pushMessage(
                tr("Hot spot policing"), tr("The demo could not be built: {0}").format(error), Qgis.Critical, 0
            )
            QgsMessageLog.logMessage(f"Load demo failed: {error}", LOG_TAG, Qgis.Critical)
            return
        self.last_outcome = outcome
        builder = DemoProjectBuilder(QgsProject.instance(), self.iface.mapCanvas())
        self.layers = builder.build(outcome)
        builder.set_up_canvas(self.iface.mapCanvas())
        self.show_temporal_controller()
        self.show_help()
        for line in outcome.log:
            QgsMessageLog.logMessage(line, LOG_TAG, Qgis.Info)
        problems = outcome.skipped + outcome.failed + builder.notes
        for line in problems:
            QgsMessageLog.logMessage(line, LOG_TAG, Qgis.Warning)
        text = tr("Demo of {0} loaded: {1} layers.").format(TOWN_NAME, len(self.layers))
        if problems:
            text += " " + tr("Not shown: {0}.").format("; ".join(problems))
        bar = self.iface.messageBar()
        widget = bar.createMessage(tr("Hot spot policing"), text)
        button = QPushButton(tr("How to read this map"), widget)
        button.clicked.connect(self.show_help)
        widget.layout().addWidget(button)
        bar.pushWidget(widget, Qgis.Warning if outcome.failed else Qgis.Success, 10)
