"""The "Tasking schedule" dock: plan, randomise, edit, route-check, export and check hot spot patrols.

A panel stack on the shared panel base (``gui.panel``): the schedule panel (the plan form, the day's
table and its map highlights, hand edits, the day's route) opens the exports panel and the delivery
panel. The schedule, the route and the exception report run as Processing algorithms in the
background with progress and Stop; the dock never alters the geofence, crime or visit layers.
"""

from __future__ import annotations

from qgis.core import QgsProject

from ...i18n import tr
from ..panel import PanelDock
from .delivery import DeliveryPanel
from .exports import ExportsPanel
from .schedule import SchedulePanel
from .session import TaskingSession


class TaskingDock(PanelDock):
    """The dock. ``canvas`` and ``project`` come in through the constructor (testable with a bare canvas)."""

    def __init__(self, canvas, project=None, parent=None):
        super().__init__(tr("Tasking schedule"), "HotspotTaskingDock", parent)
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.session = TaskingSession(canvas, self.project, self)
        self.schedule = SchedulePanel(self.session, self)
        self.exports = ExportsPanel(self.session, self)
        self.delivery = DeliveryPanel(self.session, self)
        self.set_main_panel(self.schedule)
        self.add_panel(self.exports)
        self.add_panel(self.delivery)
        self.schedule.exports_button.clicked.connect(lambda: self.schedule.open_panel(self.exports))
        self.schedule.delivery_button.clicked.connect(lambda: self.schedule.open_panel(self.delivery))

    @property
    def model(self):
        return self.session.model

    def is_running(self) -> bool:
        return self.schedule.is_running() or self.delivery.runner.is_running()
