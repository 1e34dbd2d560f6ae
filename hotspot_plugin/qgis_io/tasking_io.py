"""Reading attribute tables (taskings, visits) into plain Python rows for the tasking core."""

from __future__ import annotations

from typing import Dict, List, Sequence

from qgis.core import QgsFeatureRequest, QgsProcessingException

from ..i18n import tr
from .feedback import check_cancel
from .values import python_value

SCHEDULE_TYPES = {
    "task_id": "String",
    "date": "Date",
    "shift": "String",
    "fence_id": "String",
    "arm": "String",
    "window_start": "DateTime",
    "window_end": "DateTime",
    "minutes": "Int",
    "visit_order": "Int",
    "team": "String",
    "source": "String",
}


def read_rows(
    source, required: Sequence[str], optional: Sequence[str] = (), layer_name: str = "The table", feedback=None
) -> List[Dict[str, object]]:
    """Every feature of ``source`` as a dict of the named fields; missing required fields are an error."""
    names = source.fields().names()
    missing = [f for f in required if f not in names]
    if missing:
        raise QgsProcessingException(tr("{} lacks the field(s) {}.").format(layer_name, ", ".join(missing)))
    wanted = list(required) + [f for f in optional if f in names]
    indices = [source.fields().lookupField(f) for f in wanted]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(indices)
    rows = []
    for n, feature in enumerate(source.getFeatures(request)):
        if n % 5000 == 0:
            check_cancel(feedback)
        attributes = feature.attributes()
        rows.append({name: python_value(attributes[i]) for name, i in zip(wanted, indices)})
    return rows
