"""What the tasking panels share: the plan being edited, the day shown, the geofences, canvas and project.

One :class:`TaskingSession` per dock. The panels read and change it; none of them keeps its own copy
of the plan, so the table, the highlights, the exports, the briefing and the exception report always
show the same taskings.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Dict, Iterable, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...core.ids import id_label
from ...core.tasking import SCHEDULE_FIELDS, TREATMENT, Tasking
from ...core.tasking_export import PlaceInfo
from ...core.timeutil import local_time, parse_instant
from ...i18n import tr
from ...qgis_io.tasking_io import SCHEDULE_TYPES
from ...qgis_io.values import python_value, qgis_value
from .model import ALL_DAYS, DayFilter, TaskingModel


def text_of(value) -> Optional[str]:
    """A QGIS attribute as text (NULL → None; 12.0 → "12")."""
    return id_label(python_value(value))


class TaskingSession(QObject):
    """The plan (``model``, ``proxy`` for the day shown) and the layers the panels work on."""

    planChanged = pyqtSignal()  # noqa: N815 - Qt signal name; a new plan was generated (hand edits change the model)
    dayChanged = pyqtSignal(str)  # noqa: N815 - Qt signal name

    def __init__(self, canvas, project, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.project = project
        self.model = TaskingModel(self)
        self.proxy = DayFilter(self)
        self.proxy.setSourceModel(self.model)
        self.fences_layer: Optional[QgsVectorLayer] = None
        self.shift_teams: Dict[str, str] = {}
        self.shift_starts: Dict[str, int] = {}
        self.seed: Optional[int] = None

    # --- the plan ----------------------------------------------------------------------------------
    def taskings_from_layer(self, layer) -> List[Tasking]:
        """Taskings from a schedule layer (DateTime windows, or ISO text from a CSV), parsed once here."""
        tz = self.model.tz.key
        taskings = []
        for feature in layer.getFeatures():
            values = {name: python_value(feature[name]) for name in SCHEDULE_FIELDS}
            window = {
                key: None if values[key] is None else local_time(parse_instant(values[key], tz, label=key), tz)
                for key in ("window_start", "window_end")
            }
            minutes, order = text_of(values["minutes"]), text_of(values["visit_order"])
            taskings.append(
                Tasking(
                    text_of(values["task_id"]),
                    text_of(values["date"]),
                    text_of(values["shift"]),
                    text_of(values["fence_id"]),
                    text_of(values["arm"]),
                    window["window_start"],
                    window["window_end"],
                    int(float(minutes)) if minutes else 0,
                    int(float(order)) if order else None,
                    text_of(values["team"]),
                    text_of(values["source"]) or "generated",
                )
            )
        return taskings

    def set_plan(self, taskings: List[Tasking]) -> int:
        """Show a newly generated plan, keeping the hand edits of the one before; returns how many were kept."""
        previous = list(self.model.taskings)
        self.model.set_taskings(taskings, self.fence_names(), self.shift_starts)
        kept = self.model.keep_manual(previous)
        self.planChanged.emit()
        return kept

    def fence_names(self) -> Dict[str, str]:
        names: Dict[str, str] = {}
        layer = self.fences_layer
        if layer is None or layer.fields().lookupField("fence_id") < 0:
            return names
        has_name = layer.fields().lookupField("name") >= 0
        for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
            key = text_of(feature["fence_id"])
            if key is not None:
                names[key] = (text_of(feature["name"]) if has_name else None) or tr("Place {}").format(key)
        return names

    # --- the day shown ------------------------------------------------------------------------------
    def current_day(self) -> str:
        return self.proxy.day

    def set_day(self, day: str) -> None:
        self.proxy.set_day(day)
        self.dayChanged.emit(day)

    def export_rows(self) -> List[Tasking]:
        """The rows exports use: the day shown (or all), skipping patrols cancelled by hand."""
        day = self.current_day()
        return [
            t
            for t in self.model.taskings
            if (day == ALL_DAYS or t.date == day) and not (t.arm == TREATMENT and t.minutes == 0)
        ]

    def briefing_day(self) -> str:
        """The day a briefing is for: the day shown, or the first day when all are shown."""
        day = self.current_day()
        if day == ALL_DAYS:
            dates = self.model.dates()
            if not dates:
                raise ValueError(tr("Generate a schedule first."))
            day = dates[0]
        return day

    # --- the places ---------------------------------------------------------------------------------
    def fence_geometries(self, fence_ids: Iterable, to_canvas: bool = True) -> Dict[str, QgsGeometry]:
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
            key = text_of(feature["fence_id"])
            if key in wanted:
                geometry = QgsGeometry(feature.geometry())
                if transform is not None:
                    geometry.transform(transform)
                found[key] = geometry
        return found

    def place_info(self) -> Dict[str, PlaceInfo]:
        """Fence labels, centroids and outlines in WGS 84 for the phone and calendar exports."""
        layer = self.fences_layer
        info: Dict[str, PlaceInfo] = {}
        if layer is None:
            return info
        transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), self.project)
        names = self.model.names
        for feature in layer.getFeatures():
            key = text_of(feature["fence_id"])
            geometry = QgsGeometry(feature.geometry())
            if key is None or geometry.isEmpty():
                continue
            geometry.transform(transform)
            centre = geometry.centroid().asPoint()
            info[key] = PlaceInfo(
                key, names.get(key, tr("Place {}").format(key)), centre.x(), centre.y(), json.loads(geometry.asJson(7))
            )
        return info

    def schedule_layer(self) -> QgsVectorLayer:
        """The current plan (with hand edits) as a memory table with the schedule's own field types."""
        kinds = {"Int": "integer", "Date": "date", "DateTime": "datetime"}
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
