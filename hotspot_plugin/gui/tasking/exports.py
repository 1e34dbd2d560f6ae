"""The exports panel: the plan for the day shown (or all days) as CSV, iCalendar, GeoJSON and GPX, and the
PDF patrol briefing with "why here" facts from a crime layer. Every file is written atomically."""

from __future__ import annotations

from datetime import datetime, timezone
from functools import partial
from pathlib import Path

from qgis.core import QgsMapLayerProxyModel
from qgis.PyQt.QtWidgets import QFileDialog, QFormLayout, QPushButton

from ...core.atomic_files import atomic_path, write_bytes_atomic, write_text_atomic
from ...core.csv_export import write_csv
from ...core.tasking import SCHEDULE_FIELDS
from ...core.tasking_export import to_geojson, to_gpx, to_ics
from ...i18n import tr
from ...qgis_io.layouts import replace_in_project
from ..panel import HotspotPanel
from .briefing import build_briefing, export_pdf
from .delivery import optional_layer
from .session import TaskingSession


class ExportsPanel(HotspotPanel):
    """One button per export of the day shown; cancelled patrols are left out of every file."""

    def __init__(self, session: TaskingSession, parent=None):
        super().__init__(tr("Exports and briefing"), session.canvas, session.project, parent)
        self.session = session
        form = QFormLayout()
        self.crimes_combo = optional_layer(
            self.body,
            QgsMapLayerProxyModel.Filter.PointLayer,
            tr("Crimes for the briefing's 'why here' (crime_type, harm, and a time field)."),
        )
        form.addRow(tr("Crimes (briefing)"), self.crimes_combo)
        self.body_layout.addLayout(form)
        self.buttons = {}
        for key, label, method, file_filter in (
            ("csv", tr("CSV…"), self.export_csv, "CSV (*.csv)"),
            ("ics", tr("iCalendar…"), self.export_ics, "iCalendar (*.ics)"),
            ("geojson", tr("GeoJSON…"), self.export_geojson, "GeoJSON (*.geojson)"),
            ("gpx", tr("GPX…"), self.export_gpx, "GPX (*.gpx)"),
            ("pdf", tr("PDF briefing for the day…"), self.export_briefing, "PDF (*.pdf)"),
        ):
            button = QPushButton(label, self.body)
            button.clicked.connect(partial(self._ask_and_export, method, file_filter))
            self.body_layout.addWidget(button)
            self.buttons[key] = button
        self.add_status()

    def _ask_and_export(self, method, file_filter: str, *args) -> None:
        if not self.session.model.taskings:
            self.status.setText(tr("Generate a schedule first."))
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Export taskings"), "", file_filter)
        if path:
            try:
                method(path)
                self.status.setText(tr("Written: {}").format(path))
            except (OSError, ValueError) as error:
                self.status.setText(str(error))

    def export_csv(self, path) -> Path:
        """The schedule's fields (windows as ISO 8601 with offset), the place name and what was delivered."""
        model = self.session.model
        header = list(SCHEDULE_FIELDS) + ["name", "delivered_min", "status"]
        rows = []
        for task in self.session.export_rows():
            delivered = model.delivered.get(task.task_id)
            rows.append(
                task.as_text_row()
                + [
                    model.names.get(task.fence_id, ""),
                    round(delivered[0], 1) if delivered and delivered[0] is not None else None,  # 0.1 min
                    delivered[1] if delivered else None,
                ]
            )
        return write_csv(path, header, rows)

    def export_ics(self, path) -> Path:
        text = to_ics(self.session.export_rows(), self.session.place_info(), datetime.now(timezone.utc))
        return write_bytes_atomic(path, text.encode("utf-8"))

    def export_geojson(self, path) -> Path:
        return write_text_atomic(path, to_geojson(self.session.export_rows(), self.session.place_info()))

    def export_gpx(self, path) -> Path:
        return write_text_atomic(path, to_gpx(self.session.export_rows(), self.session.place_info()))

    def export_briefing(self, path) -> Path:
        """A PDF briefing for the day shown (the first day when all days are shown): a page per place."""
        session = self.session
        day = session.briefing_day()
        if session.fences_layer is None:
            raise ValueError(tr("Generate a schedule first."))
        layout = build_briefing(
            session.project,
            session.fences_layer,
            session.model.taskings,
            day,
            self.crimes_combo.currentLayer(),
            session.model.names,
        )
        with atomic_path(path) as partial_path:
            if not export_pdf(layout, str(partial_path)):
                raise OSError(tr("The PDF could not be written to {}.").format(path))
        replace_in_project(session.project, layout)  # Project ▸ Layouts: to edit and print again
        return Path(path)
