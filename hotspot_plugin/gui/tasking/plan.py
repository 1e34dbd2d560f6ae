"""The plan form: geofences, dates, shifts, dose, share, washout and seed; Generate runs ``hotspot:taskingschedule``."""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel, QgsProcessingUtils
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
)

from ...core.errors import HotspotInputError
from ...core.tasking import DEFAULT_SHIFTS, TREATMENT, parse_shifts
from ...i18n import tr
from ..background import PanelRunner
from .session import TaskingSession

SCHEDULE_ALGORITHM = "hotspot:taskingschedule"


class PlanForm(QgsCollapsibleGroupBox):
    """The settings of a schedule and the Generate/Stop row; the plan goes into the session."""

    def __init__(self, session: TaskingSession, status, parent=None):
        super().__init__(tr("Plan"), parent)
        self.session = session
        self.status = status
        form = QFormLayout(self)
        self.fences_combo = QgsMapLayerComboBox(self)
        self.fences_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.fences_combo.setToolTip(tr("The geofence layer (needs fence_id; harm is used for the balance)."))
        self.block_combo = QgsFieldComboBox(self)
        self.block_combo.setAllowEmptyFieldName(True)
        self.block_combo.setToolTip(tr("Optional: randomise within blocks of this field, e.g. a harm tier."))
        self.fences_combo.layerChanged.connect(self.block_combo.setLayer)
        self.block_combo.setLayer(self.fences_combo.currentLayer())
        today = QDate.currentDate()
        self.start_edit = QDateEdit(today.addDays(1), self)
        self.end_edit = QDateEdit(today.addDays(14), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.shifts_edit = QLineEdit(DEFAULT_SHIFTS, self)
        self.shifts_edit.setToolTip(
            tr(
                "HH:MM-HH:MM windows, comma-separated; Team=06:00-14:00 names the team. "
                "A night shift belongs to the day it starts."
            )
        )
        self.patrols_spin = QSpinBox(self)
        self.patrols_spin.setRange(1, 24)
        self.patrols_spin.setValue(3)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(1, 480)
        self.minutes_spin.setValue(15)
        self.gap_spin = QSpinBox(self)
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
        self.share_spin = QDoubleSpinBox(self)
        self.share_spin.setRange(0.0, 1.0)
        self.share_spin.setSingleStep(0.05)
        self.share_spin.setValue(0.5)
        self.washout_spin = QSpinBox(self)
        self.washout_spin.setRange(0, 60)
        self.seed_spin = QSpinBox(self)
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
        self.generate_button = QPushButton(tr("Generate"), self)
        self.generate_button.clicked.connect(self.generate)
        self.stop_button = QPushButton(tr("Stop"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        run_row.addWidget(self.generate_button)
        run_row.addWidget(self.stop_button)
        run_row.addWidget(self.progress)
        form.addRow(run_row)
        self.runner = PanelRunner(session.project, self.progress, status, self.stop_button, [self.generate_button])

    def generate(self) -> None:
        """Run hotspot:taskingschedule with the form's settings in the background."""
        layer = self.fences_combo.currentLayer()
        if layer is None:
            self.status.setText(tr("Choose a geofence layer first."))
            return
        try:
            shifts = parse_shifts(self.shifts_edit.text())
        except HotspotInputError as error:
            self.status.setText(str(error))
            return
        session = self.session
        session.shift_teams = {s.name: s.team for s in shifts}
        session.shift_starts = {s.name: s.start for s in shifts}
        session.fences_layer = layer
        session.seed = self.seed_spin.value()
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
        self.runner.start(SCHEDULE_ALGORITHM, parameters, self._generated)

    def _generated(self, results: dict, context) -> None:
        layer = QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context)
        taskings = self.session.taskings_from_layer(layer)
        kept = self.session.set_plan(taskings)
        treated = sum(1 for t in taskings if t.arm == TREATMENT)
        self.status.setText(
            tr("{n} patrols planned over {d} days (seed {s}).").format(
                n=treated, d=len(self.session.model.dates()), s=self.seed_spin.value()
            )
            + (tr(" Hand edits kept: {k}.").format(k=kept) if kept else "")
        )
