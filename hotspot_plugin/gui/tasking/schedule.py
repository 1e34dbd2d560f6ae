"""The tasking dock's main panel: the plan form, the day-by-day table with its map highlights, hand edits
and the day's route; buttons open the exports and the delivery check."""

from __future__ import annotations

from functools import partial
from typing import List, Optional

from qgis.core import QgsProcessingContext
from qgis.gui import QgsHighlight
from qgis.PyQt.QtCore import QTime
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
)

from ...core.tasking import TREATMENT
from ...i18n import tr
from ..background import PanelRunner
from ..panel import HotspotPanel
from .model import ALL_DAYS
from .plan import PlanForm
from .session import TaskingSession

ROUTE_ALGORITHM = "hotspot:routeorder"


class AddTaskingDialog(QDialog):
    """Asks for place, day, start time, minutes and shift of a hand-added patrol."""

    def __init__(self, fence_ids: List[str], days: List[str], shifts: List[str], minutes: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Add a patrol by hand"))
        form = QFormLayout(self)
        self.fence = QComboBox()
        self.fence.addItems(fence_ids)
        self.day = QComboBox()
        self.day.addItems(days)
        self.start = QTimeEdit(QTime(12, 0))
        self.start.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 480)
        self.minutes.setValue(minutes)
        self.shift = QComboBox()
        self.shift.addItems(shifts)
        for label, widget in (
            (tr("Place (fence_id)"), self.fence),
            (tr("Day"), self.day),
            (tr("Start"), self.start),
            (tr("Minutes"), self.minutes),
            (tr("Shift"), self.shift),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class SchedulePanel(HotspotPanel):
    """Plan, look at and edit the schedule day by day; the day's places are outlined on the map."""

    def __init__(self, session: TaskingSession, parent=None):
        super().__init__(tr("Tasking schedule"), session.canvas, session.project, parent)
        self.session = session
        self.highlights: List[QgsHighlight] = []
        self.route_layer_id = ""
        self.last_results: dict = {}
        self.plan = PlanForm(session, self.status, self.body)
        self.body_layout.addWidget(self.plan)

        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(tr("Day"), self.body))
        self.day_combo = QComboBox(self.body)
        self.day_combo.currentIndexChanged.connect(self._day_changed)
        day_row.addWidget(self.day_combo, 1)
        self.body_layout.addLayout(day_row)
        self.table = QTableView(self.body)
        self.table.setModel(session.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setToolTip(tr("Double-click a window (HH:MM), minutes or team to change it by hand."))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setMinimumHeight(220)
        self.table.resizeColumnsToContents()  # the headers' full text before there is a plan
        self.body_layout.addWidget(self.table, 1)

        edit_row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add patrol…"), self.body)
        self.add_button.clicked.connect(self._add_dialog)
        self.cancel_button = QPushButton(tr("Cancel patrol"), self.body)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.route_button = QPushButton(tr("Route for the day"), self.body)
        self.route_button.setToolTip(tr("Order the day's places to minimise travel (hotspot:routeorder)."))
        self.route_button.clicked.connect(self.route_day)
        for widget in (self.add_button, self.cancel_button, self.route_button):
            edit_row.addWidget(widget)
        self.body_layout.addLayout(edit_row)
        open_row = QHBoxLayout()
        self.exports_button = QPushButton(tr("Exports and briefing…"), self.body)
        self.delivery_button = QPushButton(tr("Delivery…"), self.body)
        open_row.addWidget(self.exports_button)
        open_row.addWidget(self.delivery_button)
        self.body_layout.addLayout(open_row)
        self.route_progress = QProgressBar(self.body)
        self.route_progress.setRange(0, 100)
        self.route_progress.setVisible(False)
        self.body_layout.addWidget(self.route_progress)
        self.add_status()
        self.route_runner = PanelRunner(session.project, self.route_progress, self.status, None, [self.route_button])
        session.planChanged.connect(self._plan_changed)

    # --- the days ---------------------------------------------------------------------------------
    def _plan_changed(self) -> None:
        self._fill_days()
        self.table.resizeColumnsToContents()

    def _fill_days(self) -> None:
        current = self.day_combo.currentData()
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        self.day_combo.addItem(tr("All days"), ALL_DAYS)
        for day in self.session.model.dates():
            self.day_combo.addItem(day, day)
        index = self.day_combo.findData(current) if current else -1
        self.day_combo.setCurrentIndex(index if index >= 0 else (1 if self.day_combo.count() > 1 else 0))
        self.day_combo.blockSignals(False)
        self._day_changed()

    def current_day(self) -> str:
        return self.day_combo.currentData() or ALL_DAYS

    def set_day(self, day: str) -> None:
        index = self.day_combo.findData(day)
        if index >= 0:
            self.day_combo.setCurrentIndex(index)

    def _day_changed(self, *args) -> None:
        self.session.set_day(self.current_day())
        self.highlight_day(self.current_day())

    # --- the map ------------------------------------------------------------------------------------
    def clear_highlights(self) -> None:
        for highlight in self.highlights:
            highlight.hide()
            if highlight.scene() is not None:
                highlight.scene().removeItem(highlight)
        self.highlights = []

    def highlight_day(self, day: str) -> None:
        """Outline the fences treated on ``day`` (none for all days)."""
        self.clear_highlights()
        layer = self.session.fences_layer
        if day == ALL_DAYS or layer is None:
            return
        model = self.session.model
        fence_ids = {t.fence_id for t in model.taskings if t.date == day and t.arm == TREATMENT and t.minutes}
        for geometry in self.session.fence_geometries(fence_ids, to_canvas=False).values():
            # QgsHighlight reprojects from the layer's CRS to the canvas itself.
            highlight = QgsHighlight(self.canvas, geometry, layer)
            highlight.setColor(QColor(215, 48, 39))
            highlight.setFillColor(QColor(215, 48, 39, 50))
            highlight.setWidth(3)
            highlight.show()
            self.highlights.append(highlight)
        self.canvas.refresh()

    def selected_rows(self) -> List[int]:
        proxy = self.session.proxy
        return sorted({proxy.mapToSource(index).row() for index in self.table.selectionModel().selectedRows()})

    def _selection_changed(self, *args) -> None:
        rows = self.selected_rows()
        if rows:
            self.zoom_to(self.session.model.taskings[rows[0]].fence_id)

    def zoom_to(self, fence_id: str) -> None:
        geometry = self.session.fence_geometries([fence_id]).get(str(fence_id))
        if geometry is None or geometry.isEmpty():
            return
        box = geometry.boundingBox()
        self.canvas.setExtent(box.buffered(max(box.width(), box.height(), 1e-9) * 1.5))
        self.canvas.refresh()

    # --- hand edits -----------------------------------------------------------------------------------
    def cancel_selected(self) -> None:
        model = self.session.model
        for row in self.selected_rows():
            if model.taskings[row].arm == TREATMENT:
                model.cancel(row)
        self.highlight_day(self.current_day())

    def _add_dialog(self) -> None:
        model = self.session.model
        if not model.taskings:
            self.status.setText(tr("Generate a schedule first."))
            return
        fence_ids = sorted({t.fence_id for t in model.taskings})
        days = model.dates()
        dialog = AddTaskingDialog(fence_ids, days, list(self.session.shift_teams), self.plan.minutes_spin.value(), self)
        if self.current_day() in days:
            dialog.day.setCurrentText(self.current_day())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_tasking(
                dialog.fence.currentText(),
                dialog.day.currentText(),
                dialog.start.time().toString("HH:mm"),
                dialog.minutes.value(),
                dialog.shift.currentText() or None,
            )

    def add_tasking(self, fence_id: str, day: str, hhmm: str, minutes: int, shift: Optional[str] = None) -> str:
        task_id = self.session.model.add(fence_id, day, hhmm, minutes, shift, self.session.shift_teams.get(shift or ""))
        self._fill_days()
        return task_id

    # --- the day's route ------------------------------------------------------------------------------
    def route_day(self) -> None:
        """Run hotspot:routeorder for the day shown and add the ordered places to the map."""
        day = self.current_day()
        if day == ALL_DAYS or self.session.fences_layer is None:
            self.status.setText(tr("Generate a schedule and pick a day first."))
            return
        self._plan_layer = self.session.schedule_layer()
        parameters = {
            "FENCES": self.session.fences_layer,
            "TASKINGS": self._plan_layer,
            "DATE": day,
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        self.route_runner.start(ROUTE_ALGORITHM, parameters, partial(self._routed, day))

    def _routed(self, day: str, results: dict, context: QgsProcessingContext) -> None:
        self.last_results = dict(results)
        route = context.takeResultLayer(results["OUTPUT"])
        route.setName(tr("Route {}").format(day))
        self.project.addMapLayer(route)
        self.route_layer_id = route.id()
        self.status.setText(
            tr("Route for {day}: {total:.0f} m (in the planned order {before:.0f} m).").format(
                day=day, total=results["TOTAL_M"], before=results["INPUT_TOTAL_M"]
            )
        )

    def is_running(self) -> bool:
        return self.plan.runner.is_running() or self.route_runner.is_running()

    def cleanup(self) -> None:
        self.plan.runner.stop()
        self.route_runner.stop()
        self.clear_highlights()
        super().cleanup()
