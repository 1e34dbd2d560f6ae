"""The delivery panel: the exception report for the plan as it stands (``hotspot:exceptionreport``).

With the per-tasking table of *Dwell and compliance* the table's statuses are shown as they are, the
same the map's compliance colours come from; with only the visits the report estimates tracking
from them (as its help says). Delivered minutes and statuses fill the schedule table.
"""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel, QgsProcessingContext
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QFormLayout, QHBoxLayout, QProgressBar, QPushButton

from ...i18n import tr
from ...qgis_io.values import python_value
from ..background import PanelRunner
from ..panel import HotspotPanel
from .session import TaskingSession, text_of

REPORT_ALGORITHM = "hotspot:exceptionreport"


def optional_layer(parent, filters, tooltip: str) -> QgsMapLayerComboBox:
    """A layer choice that starts empty and may stay so (the panels' optional inputs)."""
    combo = QgsMapLayerComboBox(parent)
    combo.setFilters(filters)
    combo.setAllowEmptyLayer(True)
    combo.setLayer(None)
    combo.setToolTip(tooltip)
    return combo


class DeliveryPanel(HotspotPanel):
    """Choose what the officers' tracks gave (the per-tasking table, or the visits) and make the report."""

    def __init__(self, session: TaskingSession, parent=None):
        super().__init__(tr("Delivery"), session.canvas, session.project, parent)
        self.session = session
        self.report_layers = []
        self.last_results: dict = {}
        form = QFormLayout()
        self.compliance_combo = optional_layer(
            self.body,
            QgsMapLayerProxyModel.Filter.VectorLayer,
            tr("Compliance per tasking from Dwell and compliance: its statuses are those of the map."),
        )
        self.visits_combo = optional_layer(
            self.body,
            QgsMapLayerProxyModel.Filter.VectorLayer,
            tr("Visits from Dwell and compliance (fence_id, officer_id, start_utc, end_utc), when there is no table."),
        )
        form.addRow(tr("Compliance per tasking"), self.compliance_combo)
        form.addRow(tr("Visits"), self.visits_combo)
        self.body_layout.addLayout(form)
        row = QHBoxLayout()
        self.check_button = QPushButton(tr("Exception report"), self.body)
        self.check_button.clicked.connect(self.check_delivery)
        self.stop_button = QPushButton(tr("Stop"), self.body)
        self.progress = QProgressBar(self.body)
        self.progress.setRange(0, 100)
        row.addWidget(self.check_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.progress)
        self.body_layout.addLayout(row)
        self.add_status()
        self.runner = PanelRunner(session.project, self.progress, self.status, self.stop_button, [self.check_button])

    def check_delivery(self) -> None:
        """Run hotspot:exceptionreport on the plan and the chosen tracking results; fill Delivered and Status."""
        table = self.compliance_combo.currentLayer()
        visits = self.visits_combo.currentLayer()
        if (table is None and visits is None) or not self.session.model.taskings:
            self.status.setText(tr("Generate a schedule and choose the per-tasking table or the visits first."))
            return
        self._plan_layer = self.session.schedule_layer()
        parameters = {"TASKINGS": self._plan_layer, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
        if table is not None:
            parameters["COMPLIANCE"] = table
        else:
            parameters["VISITS"] = visits
        self.runner.start(REPORT_ALGORITHM, parameters, self._checked)

    def _checked(self, results: dict, context: QgsProcessingContext) -> None:
        self.last_results = dict(results)
        report = context.takeResultLayer(results["OUTPUT"])
        summary = context.takeResultLayer(results["OUTPUT_SUMMARY"])
        delivered = {}
        for feature in report.getFeatures():
            minutes = python_value(feature["delivered_min"])
            delivered[text_of(feature["task_id"])] = (
                None if minutes is None else float(minutes),
                text_of(feature["status"]),
            )
        self.session.model.set_delivered(delivered)
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
        self.runner.stop()
        super().cleanup()
