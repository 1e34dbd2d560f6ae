"""The "Tasking schedule" dock: plan, randomise, edit, route-check, export and check hot spot patrols.

The schedule and the exception report run as the Processing algorithms ``hotspot:taskingschedule``
and ``hotspot:exceptionreport`` in a background task (QgsProcessingAlgRunnerTask), with progress and
cancel; the dock never alters the geofence, crime or visit layers.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from functools import partial
from pathlib import Path
from typing import Callable, Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsProcessingContext,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget, QgsFieldComboBox, QgsHighlight, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, QDate, QSortFilterProxyModel, QTime, QVariant
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.atomic_files import atomic_path, write_bytes_atomic, write_text_atomic
from ..core.csv_export import write_csv
from ..core.ids import id_label
from ..core.tasking import SCHEDULE_FIELDS, TREATMENT, Tasking, parse_shifts
from ..core.tasking_export import PlaceInfo, to_geojson, to_gpx, to_ics
from ..core.timeutil import local_time, parse_instant
from ..processing.tasking_io import SCHEDULE_TYPES, python_value, qgis_value
from .background import start_algorithm
from .dock_part import DockPart
from .tasking_briefing import build_briefing, export_pdf
from .tasking_model import TaskingModel

ALL_DAYS = "__all__"


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskingDock", text)


def _text(value) -> Optional[str]:
    """A QGIS attribute as text (NULL → None; 12.0 → "12")."""
    return id_label(python_value(value))


def _int(value) -> Optional[int]:
    text = _text(value)
    return None if text is None else int(float(text))


class DayFilter(QSortFilterProxyModel):
    """Shows one date's rows (or all), and optionally hides control and washout rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.day = ALL_DAYS
        self.treated_only = False

    def set_day(self, day: str) -> None:
        self.day = day
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 - Qt API name
        task = self.sourceModel().taskings[source_row]
        if self.day != ALL_DAYS and task.date != self.day:
            return False
        return not (self.treated_only and task.arm != TREATMENT)


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


class TaskingDock(QgsDockWidget):
    """The dock. ``canvas`` and ``project`` come in through the constructor (testable with a bare canvas)."""

    def __init__(self, canvas, project=None, parent=None):
        super().__init__(tr("Tasking schedule"), parent)
        self.setObjectName("HotspotTaskingDock")
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.model = TaskingModel(self)
        self.proxy = DayFilter(self)
        self.proxy.setSourceModel(self.model)
        self.highlights: List[QgsHighlight] = []
        self.fences_layer: Optional[QgsVectorLayer] = None
        self.last_results: Dict[str, object] = {}
        self.last_error = ""
        self.shift_teams: Dict[str, str] = {}
        self._shift_starts: Dict[str, int] = {}
        self.report_layers: List[str] = []
        self._plan_layer: Optional[QgsVectorLayer] = None
        self.route_layer_id = ""
        self._running = None
        self._build()

    # --- widgets -------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        plan = QgsCollapsibleGroupBox(tr("Plan"), body)
        form = QFormLayout(plan)
        self.fences_combo = QgsMapLayerComboBox(plan)
        self.fences_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.fences_combo.setToolTip(tr("The geofence layer (needs fence_id; harm is used for the balance)."))
        self.block_combo = QgsFieldComboBox(plan)
        self.block_combo.setAllowEmptyFieldName(True)
        self.block_combo.setToolTip(tr("Optional: randomise within blocks of this field, e.g. a harm tier."))
        self.fences_combo.layerChanged.connect(self.block_combo.setLayer)
        self.block_combo.setLayer(self.fences_combo.currentLayer())
        today = QDate.currentDate()
        self.start_edit = QDateEdit(today.addDays(1), plan)
        self.end_edit = QDateEdit(today.addDays(14), plan)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.shifts_edit = QLineEdit("06:00-14:00,14:00-22:00,22:00-06:00", plan)
        self.shifts_edit.setToolTip(
            tr(
                "HH:MM-HH:MM windows, comma-separated; Team=06:00-14:00 names the team. "
                "A night shift belongs to the day it starts."
            )
        )
        self.patrols_spin = QSpinBox(plan)
        self.patrols_spin.setRange(1, 24)
        self.patrols_spin.setValue(3)
        self.minutes_spin = QSpinBox(plan)
        self.minutes_spin.setRange(1, 480)
        self.minutes_spin.setValue(15)
        self.gap_spin = QSpinBox(plan)
        self.gap_spin.setRange(0, 1440)
        self.gap_spin.setValue(60)
        dose = QHBoxLayout()
        for widget, suffix in (
            (self.patrols_spin, tr(" patrols")),
            (self.minutes_spin, tr(" min")),
            (self.gap_spin, tr(" min apart")),
        ):
            widget.setSuffix(suffix)
            dose.addWidget(widget)
        self.share_spin = QDoubleSpinBox(plan)
        self.share_spin.setRange(0.0, 1.0)
        self.share_spin.setSingleStep(0.05)
        self.share_spin.setValue(0.5)
        self.washout_spin = QSpinBox(plan)
        self.washout_spin.setRange(0, 60)
        self.seed_spin = QSpinBox(plan)
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setValue(1)
        self.seed_spin.setToolTip(tr("Keep the seed with the plan: the same seed and inputs give the same schedule."))
        form.addRow(tr("Geofences"), self.fences_combo)
        form.addRow(tr("Block field"), self.block_combo)
        form.addRow(tr("From"), self.start_edit)
        form.addRow(tr("To"), self.end_edit)
        form.addRow(tr("Shifts"), self.shifts_edit)
        form.addRow(tr("Dose per treated day"), dose)
        form.addRow(tr("Share treated each day"), self.share_spin)
        form.addRow(tr("Washout days"), self.washout_spin)
        form.addRow(tr("Seed"), self.seed_spin)
        run_row = QHBoxLayout()
        self.generate_button = QPushButton(tr("Generate"), plan)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_run_button = QPushButton(tr("Stop"), plan)
        self.cancel_run_button.setEnabled(False)
        self.cancel_run_button.clicked.connect(self.stop)
        self.progress = QProgressBar(plan)
        self.progress.setRange(0, 100)
        run_row.addWidget(self.generate_button)
        run_row.addWidget(self.cancel_run_button)
        run_row.addWidget(self.progress)
        form.addRow(run_row)
        layout.addWidget(plan)

        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(tr("Day"), body))
        self.day_combo = QComboBox(body)
        self.day_combo.currentIndexChanged.connect(self._day_changed)
        day_row.addWidget(self.day_combo, 1)
        layout.addLayout(day_row)
        self.table = QTableView(body)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setToolTip(tr("Double-click a window (HH:MM), minutes or team to change it by hand."))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        edit_row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add patrol…"), body)
        self.add_button.clicked.connect(self._add_dialog)
        self.cancel_button = QPushButton(tr("Cancel patrol"), body)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.export_button = QToolButton(body)
        self.export_button.setText(tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for label, method, file_filter in (
            (tr("CSV…"), self.export_csv, "CSV (*.csv)"),
            (tr("iCalendar…"), self.export_ics, "iCalendar (*.ics)"),
            (tr("GeoJSON…"), self.export_geojson, "GeoJSON (*.geojson)"),
            (tr("GPX…"), self.export_gpx, "GPX (*.gpx)"),
            (tr("PDF briefing for the day…"), self.export_briefing, "PDF (*.pdf)"),
        ):
            action = menu.addAction(label)
            action.triggered.connect(partial(self._ask_and_export, method, file_filter))
        self.export_button.setMenu(menu)
        self.route_button = QPushButton(tr("Route for the day"), body)
        self.route_button.setToolTip(tr("Order the day's places to minimise travel (hotspot:routeorder)."))
        self.route_button.clicked.connect(self.route_day)
        for widget in (self.add_button, self.cancel_button, self.route_button, self.export_button):
            edit_row.addWidget(widget)
        layout.addLayout(edit_row)

        check = QgsCollapsibleGroupBox(tr("Delivery"), body)
        check_form = QFormLayout(check)
        self.visits_combo = QgsMapLayerComboBox(check)
        self.visits_combo.setFilters(QgsMapLayerProxyModel.VectorLayer)
        self.visits_combo.setAllowEmptyLayer(True)
        self.visits_combo.setLayer(None)
        self.visits_combo.setToolTip(tr("Visits from Dwell and compliance (fence_id, officer_id, start_utc, end_utc)."))
        self.crimes_combo = QgsMapLayerComboBox(check)
        self.crimes_combo.setFilters(QgsMapLayerProxyModel.PointLayer)
        self.crimes_combo.setAllowEmptyLayer(True)
        self.crimes_combo.setLayer(None)
        self.crimes_combo.setToolTip(tr("Crimes for the briefing's 'why here' (crime_type, harm, and a time field)."))
        self.check_button = QPushButton(tr("Exception report"), check)
        self.check_button.clicked.connect(self.check_delivery)
        check_form.addRow(tr("Visits"), self.visits_combo)
        check_form.addRow(self.check_button)
        check_form.addRow(tr("Crimes (briefing)"), self.crimes_combo)
        layout.addWidget(check)
        self.status = QLabel("", body)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setWidget(body)

    # --- running algorithms in the background ------------------------------------------------------
    def _run(self, algorithm_id: str, parameters: dict, done: Callable[[dict, QgsProcessingContext], None]) -> None:
        if self._running is not None:
            self.status.setText(tr("Wait for the running job to finish, or stop it."))
            return
        self.progress.setValue(0)
        run = start_algorithm(
            algorithm_id,
            parameters,
            self.project,
            lambda value: self.progress.setValue(int(value)),
            partial(self._finished, done),
        )
        if run is None:
            self.status.setText(tr("The Processing algorithm {} is not available.").format(algorithm_id))
            return
        self._running = run
        for button in (self.generate_button, self.check_button, self.route_button):
            button.setEnabled(False)
        self.cancel_run_button.setEnabled(True)
        self.status.setText(tr("Working…"))

    def _finished(self, done, successful: bool, results: dict, context, feedback) -> None:
        run, self._running = self._running, None
        for button in (self.generate_button, self.check_button, self.route_button):
            button.setEnabled(True)
        self.cancel_run_button.setEnabled(False)
        if not successful:
            self.last_error = run.failure_message()
            self.status.setText(self.last_error)
            return
        self.last_error = ""
        self.progress.setValue(100)
        done(results, context)

    def stop(self) -> None:
        if self._running is not None:
            self._running.cancel()

    def is_running(self) -> bool:
        return self._running is not None

    # --- generating ---------------------------------------------------------------------------------
    def generate(self) -> None:
        """Run hotspot:taskingschedule with the dock's settings in the background."""
        layer = self.fences_combo.currentLayer()
        if layer is None:
            self.status.setText(tr("Choose a geofence layer first."))
            return
        try:
            shifts = parse_shifts(self.shifts_edit.text())
        except ValueError as error:
            self.status.setText(str(error))
            return
        self.shift_teams = {s.name: s.team for s in shifts}
        self._shift_starts = {s.name: s.start for s in shifts}
        self.fences_layer = layer
        parameters = {
            "FENCES": layer,
            "START_DATE": self.start_edit.date().toString("yyyy-MM-dd"),
            "END_DATE": self.end_edit.date().toString("yyyy-MM-dd"),
            "SHIFTS": self.shifts_edit.text(),
            "TREATED_SHARE": self.share_spin.value(),
            "BLOCK_FIELD": self.block_combo.currentField() or None,
            "PATROLS_PER_DAY": self.patrols_spin.value(),
            "PATROL_MIN": self.minutes_spin.value(),
            "MIN_GAP_MIN": self.gap_spin.value(),
            "WASHOUT_DAYS": self.washout_spin.value(),
            "SEED": self.seed_spin.value(),
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        self._run("hotspot:taskingschedule", parameters, self._generated)

    def _generated(self, results: dict, context: QgsProcessingContext) -> None:
        self.last_results = dict(results)
        layer = QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context)
        taskings = []
        tz = self.model.tz.key
        for feature in layer.getFeatures():
            values = {name: python_value(feature[name]) for name in SCHEDULE_FIELDS}
            window = {
                key: None if values[key] is None else local_time(parse_instant(values[key], tz, label=key), tz)
                for key in ("window_start", "window_end")
            }
            taskings.append(
                Tasking(
                    _text(values["task_id"]),
                    _text(values["date"]),
                    _text(values["shift"]),
                    id_label(values["fence_id"]),
                    _text(values["arm"]),
                    window["window_start"],
                    window["window_end"],
                    _int(values["minutes"]) or 0,
                    _int(values["visit_order"]),
                    _text(values["team"]),
                    _text(values["source"]) or "generated",
                )
            )
        previous = list(self.model.taskings)
        self.model.set_taskings(taskings, self._fence_names(), self._shift_starts)
        kept = self.model.keep_manual(previous)
        self._fill_days()
        self.table.resizeColumnsToContents()
        treated = sum(1 for t in taskings if t.arm == TREATMENT)
        self.status.setText(
            tr("{n} patrols planned over {d} days (seed {s}).").format(
                n=treated, d=len(self.model.dates()), s=self.seed_spin.value()
            )
            + (tr(" Hand edits kept: {k}.").format(k=kept) if kept else "")
        )

    def _fence_names(self) -> Dict[str, str]:
        names = {}
        layer = self.fences_layer
        if layer is None or layer.fields().lookupField("fence_id") < 0:
            return names
        has_name = layer.fields().lookupField("name") >= 0
        for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
            key = _text(feature["fence_id"])
            if key is not None:
                names[key] = (_text(feature["name"]) if has_name else None) or f"Place {key}"
        return names

    def _fill_days(self) -> None:
        current = self.day_combo.currentData()
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        self.day_combo.addItem(tr("All days"), ALL_DAYS)
        for day in self.model.dates():
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
        self.proxy.set_day(self.current_day())
        self.highlight_day(self.current_day())

    # --- map ------------------------------------------------------------------------------------------
    def _fence_geometries(self, fence_ids, to_canvas: bool = True) -> Dict[str, QgsGeometry]:
        """Geometries of the named fences, in the canvas CRS (or the layer's with ``to_canvas=False``)."""
        layer = self.fences_layer
        if layer is None:
            return {}
        wanted = {str(f) for f in fence_ids}
        canvas_crs = self.canvas.mapSettings().destinationCrs()
        transform = None
        if to_canvas and canvas_crs.isValid() and layer.crs().isValid() and canvas_crs != layer.crs():
            transform = QgsCoordinateTransform(layer.crs(), canvas_crs, self.project)
        found = {}
        for feature in layer.getFeatures():
            key = _text(feature["fence_id"])
            if key in wanted:
                geometry = QgsGeometry(feature.geometry())
                if transform is not None:
                    geometry.transform(transform)
                found[key] = geometry
        return found

    def clear_highlights(self) -> None:
        for highlight in self.highlights:
            highlight.hide()
            if highlight.scene() is not None:
                highlight.scene().removeItem(highlight)
        self.highlights = []

    def highlight_day(self, day: str) -> None:
        """Outline the fences treated on ``day`` (none for all days)."""
        self.clear_highlights()
        if day == ALL_DAYS or self.fences_layer is None:
            return
        fence_ids = {t.fence_id for t in self.model.taskings if t.date == day and t.arm == TREATMENT and t.minutes}
        for geometry in self._fence_geometries(fence_ids, to_canvas=False).values():
            # QgsHighlight reprojects from the layer's CRS to the canvas itself.
            highlight = QgsHighlight(self.canvas, geometry, self.fences_layer)
            highlight.setColor(QColor(215, 48, 39))
            highlight.setFillColor(QColor(215, 48, 39, 50))
            highlight.setWidth(3)
            highlight.show()
            self.highlights.append(highlight)
        self.canvas.refresh()

    def selected_rows(self) -> List[int]:
        rows = {self.proxy.mapToSource(index).row() for index in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def _selection_changed(self, *args) -> None:
        rows = self.selected_rows()
        if rows:
            self.zoom_to(self.model.taskings[rows[0]].fence_id)

    def zoom_to(self, fence_id: str) -> None:
        geometry = self._fence_geometries([fence_id]).get(str(fence_id))
        if geometry is None or geometry.isEmpty():
            return
        box = geometry.boundingBox()
        self.canvas.setExtent(box.buffered(max(box.width(), box.height(), 1e-9) * 1.5))
        self.canvas.refresh()

    # --- hand edits -----------------------------------------------------------------------------------
    def cancel_selected(self) -> None:
        for row in self.selected_rows():
            if self.model.taskings[row].arm == TREATMENT:
                self.model.cancel(row)
        self.highlight_day(self.current_day())

    def _add_dialog(self) -> None:
        if not self.model.taskings:
            self.status.setText(tr("Generate a schedule first."))
            return
        fence_ids = sorted({t.fence_id for t in self.model.taskings})
        days = self.model.dates()
        dialog = AddTaskingDialog(fence_ids, days, list(self.shift_teams), self.minutes_spin.value(), self)
        if self.current_day() in days:
            dialog.day.setCurrentText(self.current_day())
        if dialog.exec_() == QDialog.DialogCode.Accepted:
            shift = dialog.shift.currentText() or None
            self.add_tasking(
                dialog.fence.currentText(),
                dialog.day.currentText(),
                dialog.start.time().toString("HH:mm"),
                dialog.minutes.value(),
                shift,
            )

    def add_tasking(self, fence_id: str, day: str, hhmm: str, minutes: int, shift: Optional[str] = None) -> str:
        task_id = self.model.add(fence_id, day, hhmm, minutes, shift, self.shift_teams.get(shift or ""))
        self._fill_days()
        return task_id

    # --- exports --------------------------------------------------------------------------------------
    def _ask_and_export(self, method, file_filter: str, *args) -> None:
        if not self.model.taskings:
            self.status.setText(tr("Generate a schedule first."))
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Export taskings"), "", file_filter)
        if path:
            try:
                method(path)
                self.status.setText(tr("Written: {}").format(path))
            except (OSError, ValueError) as error:
                self.status.setText(str(error))

    def export_rows(self) -> List[Tasking]:
        """The rows exports use: the day shown (or all), skipping patrols cancelled by hand."""
        day = self.current_day()
        return [
            t
            for t in self.model.taskings
            if (day == ALL_DAYS or t.date == day) and not (t.arm == TREATMENT and t.minutes == 0)
        ]

    def place_info(self) -> Dict[str, PlaceInfo]:
        """Fence labels, centroids and outlines in WGS 84 for the phone and calendar exports."""
        layer = self.fences_layer
        info: Dict[str, PlaceInfo] = {}
        if layer is None:
            return info
        transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), self.project)
        names = self.model.names
        for feature in layer.getFeatures():
            key = _text(feature["fence_id"])
            geometry = QgsGeometry(feature.geometry())
            if key is None or geometry.isEmpty():
                continue
            geometry.transform(transform)
            centre = geometry.centroid().asPoint()
            info[key] = PlaceInfo(
                key, names.get(key, f"Place {key}"), centre.x(), centre.y(), json.loads(geometry.asJson(7))
            )
        return info

    def export_csv(self, path: str) -> Path:
        header = list(SCHEDULE_FIELDS) + ["name", "delivered_min", "status"]
        rows = []
        for task in self.export_rows():
            delivered = self.model.delivered.get(task.task_id)
            rows.append(
                task.as_text_row()
                + [
                    self.model.names.get(task.fence_id, ""),
                    delivered[0] if delivered else None,
                    delivered[1] if delivered else None,
                ]
            )
        return write_csv(path, header, rows)

    def export_ics(self, path: str) -> Path:
        text = to_ics(self.export_rows(), self.place_info(), datetime.now(timezone.utc))
        return write_bytes_atomic(path, text.encode("utf-8"))

    def export_geojson(self, path: str) -> Path:
        return write_text_atomic(path, to_geojson(self.export_rows(), self.place_info()))

    def export_gpx(self, path: str) -> Path:
        return write_text_atomic(path, to_gpx(self.export_rows(), self.place_info()))

    def export_briefing(self, path: str) -> Path:
        """A PDF briefing for the day shown (the first day when all days are shown): a page per place."""
        day = self.current_day()
        if day == ALL_DAYS:
            dates = self.model.dates()
            if not dates:
                raise ValueError(tr("Generate a schedule first."))
            day = dates[0]
        if self.fences_layer is None:
            raise ValueError(tr("Generate a schedule first."))
        layout = build_briefing(
            self.project,
            self.fences_layer,
            self.model.taskings,
            day,
            self.crimes_combo.currentLayer(),
            self.model.names,
        )
        with atomic_path(path) as partial:
            if not export_pdf(layout, str(partial)):
                raise OSError(tr("The PDF could not be written to {}.").format(path))
        return Path(path)

    # --- delivery ---------------------------------------------------------------------------------------
    def schedule_layer(self) -> QgsVectorLayer:
        """The current plan (with hand edits) as a memory table, for the exception report."""
        kinds = {QVariant.Int: "integer", QVariant.Date: "date", QVariant.DateTime: "datetime"}
        spec = "&".join(f"field={name}:{kinds.get(SCHEDULE_TYPES[name], 'string')}" for name in SCHEDULE_FIELDS)
        layer = QgsVectorLayer(f"None?{spec}", tr("Tasking schedule (as planned)"), "memory")
        features = []
        for task in self.model.taskings:
            feature = QgsFeature(layer.fields())
            row = task.as_row()
            row[SCHEDULE_FIELDS.index("date")] = date.fromisoformat(task.date)
            feature.setAttributes([qgis_value(value) for value in row])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        return layer

    def check_delivery(self) -> None:
        """Run hotspot:exceptionreport on the plan and the chosen visits; fill Delivered and Status."""
        visits = self.visits_combo.currentLayer()
        if visits is None or not self.model.taskings:
            self.status.setText(tr("Generate a schedule and choose a visits layer first."))
            return
        self._plan_layer = self.schedule_layer()
        parameters = {
            "TASKINGS": self._plan_layer,
            "VISITS": visits,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT",
        }
        self._run("hotspot:exceptionreport", parameters, self._checked)

    def route_day(self) -> None:
        """Run hotspot:routeorder for the day shown and add the ordered places to the map."""
        day = self.current_day()
        if day == ALL_DAYS or self.fences_layer is None:
            self.status.setText(tr("Generate a schedule and pick a day first."))
            return
        self._plan_layer = self.schedule_layer()
        parameters = {
            "FENCES": self.fences_layer,
            "TASKINGS": self._plan_layer,
            "DATE": day,
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        self._run("hotspot:routeorder", parameters, partial(self._routed, day))

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

    def _checked(self, results: dict, context: QgsProcessingContext) -> None:
        self.last_results = dict(results)
        report = context.takeResultLayer(results["OUTPUT"])
        summary = context.takeResultLayer(results["OUTPUT_SUMMARY"])
        delivered = {}
        for feature in report.getFeatures():
            minutes = python_value(feature["delivered_min"])
            delivered[_text(feature["task_id"])] = (
                None if minutes is None else float(minutes),
                _text(feature["status"]),
            )
        self.model.set_delivered(delivered)
        report.setName(tr("Exception report"))
        summary.setName(tr("Exception summary"))
        self.project.addMapLayers([report, summary])
        self.report_layers = [report.id(), summary.id()]
        self.status.setText(
            tr("Exception report: {met} met, {partly} partly met, {missed} not met, {nodata} no data.").format(
                met=results.get("N_MET"),
                partly=results.get("N_PARTLY"),
                missed=results.get("N_NOT_MET"),
                nodata=results.get("N_NO_DATA"),
            )
        )

    def cleanup(self) -> None:
        """Remove highlights and stop a running job (called on unload)."""
        self.stop()
        self.clear_highlights()


class TaskingPart(DockPart):
    """GUI part: a toolbar/menu action that shows the dock (see ``GUI_PARTS`` in plugin.py)."""

    DOCK_CLASS = TaskingDock
    ACTION_OBJECT_NAME = "HotspotTaskingScheduleAction"
    ICON = "tasking.svg"

    def action_text(self) -> str:
        return tr("Tasking schedule")
