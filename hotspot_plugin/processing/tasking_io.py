"""Reading attribute tables (taskings, visits) into plain Python rows for the tasking core."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Dict, List, Optional, Sequence

from qgis.core import (
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from .layer_io import is_null
from .outputs import store_style
from .qt_compat import FieldType

SCHEDULE_TYPES = {
    "task_id": FieldType.String,
    "date": FieldType.Date,
    "shift": FieldType.String,
    "fence_id": FieldType.String,
    "arm": FieldType.String,
    "window_start": FieldType.DateTime,
    "window_end": FieldType.DateTime,
    "minutes": FieldType.Int,
    "visit_order": FieldType.Int,
    "team": FieldType.String,
    "source": FieldType.String,
}


def python_value(value):
    """A QGIS attribute as a plain value: NULL → None, QDate → ISO text, QDateTime → datetime.

    A QDateTime with a zone or offset becomes an aware datetime. One without (QGIS 3.22 writes
    DateTime fields to files without their zone, so every value read back from a GeoPackage or CSV
    is such) becomes the naive wall-clock time it shows: the reader's convention in
    ``core.timeutil`` says which zone that is (local time for schedules, UTC for ``*_utc`` fields).
    """
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        if value.timeSpec() == Qt.TimeSpec.LocalTime:
            day, clock = value.date(), value.time()
            return datetime(
                day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second(), clock.msec() * 1000
            )
        return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000.0, timezone.utc)
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss") if value.isValid() else None
    return value


def qgis_value(value):
    """A plain value as a QGIS attribute: an aware datetime → QDateTime keeping its UTC offset (local
    wall clock), a naive one → QDateTime without zone, a date → QDate; anything else as it is."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return QDateTime(
                QDate(value.year, value.month, value.day),
                QTime(value.hour, value.minute, value.second, value.microsecond // 1000),
            )
        offset = int(value.utcoffset().total_seconds())
        millis = int(round(value.timestamp() * 1000.0))
        return QDateTime.fromMSecsSinceEpoch(millis, Qt.TimeSpec.OffsetFromUTC, offset)
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    return value


def read_rows(
    source, required: Sequence[str], optional: Sequence[str] = (), layer_name: str = "The table", feedback=None
) -> List[Dict[str, object]]:
    """Every feature of ``source`` as a dict of the named fields; missing required fields are an error."""
    names = source.fields().names()
    missing = [f for f in required if f not in names]
    if missing:
        raise QgsProcessingException(f"{layer_name} lacks the field(s) {', '.join(missing)}.")
    wanted = list(required) + [f for f in optional if f in names]
    indices = [source.fields().lookupField(f) for f in wanted]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(indices)
    rows = []
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and n % 5000 == 0 and feedback.isCanceled():
            raise QgsProcessingException("Cancelled.")
        attributes = feature.attributes()
        rows.append({name: python_value(attributes[i]) for name, i in zip(wanted, indices)})
    return rows


def make_fields(names: Sequence[str], types: Optional[Dict[str, int]] = None) -> QgsFields:
    """QgsFields for ``names``; types from ``types`` (default text)."""
    fields = QgsFields()
    for name in names:
        fields.append(QgsField(name, (types or {}).get(name, FieldType.String)))
    return fields


# Post-processors must outlive the algorithm that made them (QGIS keeps only a pointer).
_POST_PROCESSORS: Dict[str, MetadataOutput] = {}


class MetadataOutput(QgsProcessingLayerPostProcessorInterface):
    """Writes the run's parameters and choices into a loaded output table's metadata."""

    def __init__(self, title: str, abstract: str):
        super().__init__()
        self.title = title
        self.abstract = abstract

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
        if layer is None or not layer.isValid():
            return
        metadata = layer.metadata()
        metadata.setTitle(self.title)
        metadata.setAbstract(self.abstract)
        layer.setMetadata(metadata)


def describe_on_load(context, dest_id: str, title: str, abstract: str) -> None:
    """Record how a table output was made: in an output GeoPackage's metadata, and when QGIS loads it."""
    store_style(context, dest_id, MetadataOutput(title, abstract))
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    details = context.layerToLoadOnCompletionDetails(dest_id)
    details.name = title
    processor = MetadataOutput(title, abstract)
    _POST_PROCESSORS[dest_id] = processor
    details.setPostProcessor(processor)
