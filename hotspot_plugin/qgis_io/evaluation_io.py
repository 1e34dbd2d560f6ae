"""Layers and tables of the trial-evaluation algorithms as pandas frames, and frames back into sinks.

The evaluation core (``core/evaluation``) reads plain tables: a tasking schedule, a ledger, visits, and
crimes with the place they lie in. These helpers read Processing sources into such frames (crimes
are placed in the geofences here, by point in polygon), and write result frames into feature sinks
with typed fields, a readable alias per field, and the run's choices in the layer's metadata.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsWkbTypes,
)

from .crs import Reprojection, working_crs
from .feedback import check_cancel
from .fields import new_field
from .geometry import as_multipolygon, from_shape, to_shape
from .layers import source_points
from .styles import on_load, write_metadata
from .tasking_io import read_rows
from .values import is_null, python_value, qgis_value

CANCEL_EVERY = 5000


def read_table(source, required: Sequence[str], optional: Sequence[str], name: str, feedback=None) -> pd.DataFrame:
    """Every feature of a table source as a frame of the named fields (plain Python values)."""
    optional = [f for f in optional if f not in required]
    rows = read_rows(source, required, optional, name, feedback)
    names = source.fields().names()
    columns = list(required) + [f for f in optional if f in names]
    return pd.DataFrame(rows, columns=columns)


@dataclass
class Places:
    """The geofences of a trial: ids in layer order, shapely polygons in ``crs``, optional blocks."""

    ids: List[object]
    shapes: List[object]
    crs: object
    blocks: Optional[Dict[str, str]] = None


def read_places(
    source, context, crs, feedback, block_field: str = "", layer_name: str = "The geofence layer", ids=True
):
    """The fences of ``source`` (``fence_id`` field, else the feature id) as shapely polygons in ``crs``
    (``ids`` false: areas whose ids do not matter, no warning without a fence_id field)."""
    from ..core.ids import id_text

    fields = source.fields()
    id_index = fields.lookupField("fence_id")
    if id_index < 0 and ids:
        feedback.pushWarning(f"{layer_name} has no fence_id field: the feature id stands in for it.")
    block_index = fields.lookupField(block_field) if block_field else -1
    if block_field and block_index < 0:
        raise QgsProcessingException(f"{layer_name} has no field '{block_field}' (the block field).")
    transform = None
    if source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    ids, shapes, blocks = [], [], {}
    request = QgsFeatureRequest().setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    for n, feature in enumerate(source.getFeatures(request)):
        if n % CANCEL_EVERY == 0:
            check_cancel(feedback)
        value = feature.attributes()[id_index] if id_index >= 0 else feature.id()
        if is_null(value):
            raise QgsProcessingException(
                f"A feature of {layer_name.lower()} has no fence_id. Give every place its id (as the tasking "
                "schedule was made with)."
            )
        shape = to_shape(feature.geometry(), transform)
        if shape is None or shape.is_empty:
            feedback.pushWarning(f"Place {value} has no geometry: no crime can be placed in it.")
        ids.append(python_value(value))
        shapes.append(shape)
        if block_index >= 0:
            block = feature.attributes()[block_index]
            blocks[id_text(value)] = "" if is_null(block) else str(python_value(block))
    if not ids:
        raise QgsProcessingException(f"{layer_name} is empty. Choose the geofences of the trial.")
    return Places(ids, shapes, crs, blocks if block_index >= 0 else None)


@dataclass
class Crimes:
    """Crimes as arrays in the working CRS: coordinates, time values (as read), optional harm."""

    x: np.ndarray
    y: np.ndarray
    times: List[object]
    harm: Optional[np.ndarray]
    crs: object
    skipped: int


def read_crimes(
    source, context, time_field: str, harm_field: str, feedback, layer_name: str = "The crimes layer", need_time=True
):
    """Crime points (in a projected CRS in metres) with their date-time values (None without a time field, when
    ``need_time`` is false) and harm (None when not given)."""
    if not time_field and need_time:
        raise QgsProcessingException(f"Choose the date-time field of {layer_name.lower()} (TIME_FIELD).")
    fields = ([time_field] if time_field else []) + ([harm_field] if harm_field else [])
    for name in fields:
        if source.fields().lookupField(name) < 0:
            raise QgsProcessingException(f"{layer_name} has no field '{name}'.")
    crs = working_crs(source.sourceCrs(), source.sourceExtent(), layer_name, feedback)
    reprojection = Reprojection(source.sourceCrs(), crs, context)
    x, y, columns, skipped = source_points(source, context, crs, fields, feedback, layer_name, reprojection)
    times = [python_value(v) for v in columns[time_field]] if time_field else [None] * len(x)
    harm = None
    if harm_field:
        values = [python_value(v) for v in columns[harm_field]]
        harm = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=np.float64)
    if skipped:
        feedback.pushWarning(f"{skipped} crimes have no geometry and were left out.")
    return Crimes(np.asarray(x, float), np.asarray(y, float), times, harm, crs, skipped)


def crimes_in_places(crimes: Crimes, places: Places, feedback=None) -> pd.DataFrame:
    """One row per crime per place it lies in (``fence_id, time_utc`` and ``harm`` when given); a crime in no
    place is one row with an empty ``fence_id``. Outlines count as inside."""
    from ..core.grid import points_in_polygons

    n = len(crimes.x)
    inside_any = np.zeros(n, dtype=bool)
    rows_index: List[np.ndarray] = []
    rows_place: List[object] = []
    for k, (fid, shape) in enumerate(zip(places.ids, places.shapes)):
        if k % 200 == 0:
            check_cancel(feedback)
        if shape is None or shape.is_empty:
            continue
        minx, miny, maxx, maxy = shape.bounds
        candidates = np.nonzero((crimes.x >= minx) & (crimes.x <= maxx) & (crimes.y >= miny) & (crimes.y <= maxy))[0]
        if not candidates.size:
            continue
        hit = candidates[points_in_polygons(shape, crimes.x[candidates], crimes.y[candidates], include_edge=True)]
        inside_any[hit] = True
        rows_index.append(hit)
        rows_place.extend([fid] * hit.size)
    outside = np.nonzero(~inside_any)[0]
    index = np.concatenate(rows_index + [outside]) if rows_index else outside
    fence = rows_place + [None] * outside.size
    times = np.asarray(crimes.times, dtype=object)
    frame = pd.DataFrame({"fence_id": pd.Series(fence, dtype=object), "time_utc": times[index]})
    if crimes.harm is not None:
        frame["harm"] = crimes.harm[index]
    return frame


class TableOutput(QgsProcessingLayerPostProcessorInterface):
    """Field aliases, title and abstract of a result table (stored in its GeoPackage, applied on load)."""

    def __init__(self, title: str, abstract: str, aliases: Mapping[str, str], style: str = ""):
        super().__init__()
        self.title, self.abstract, self.aliases, self.style = title, abstract, dict(aliases), style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
        if layer is None or not layer.isValid():
            return
        if self.style:
            from ..core.resources import resource_path

            layer.loadNamedStyle(str(resource_path("styles", self.style)), True)  # the file, not a stored style
        for name, alias in self.aliases.items():
            index = layer.fields().lookupField(name)
            if index >= 0:
                layer.setFieldAlias(index, alias)
        write_metadata(layer, self.title, self.abstract)


def fields_of(columns: Sequence[Tuple[str, str]]):
    """``QgsFields`` from ``(name, type name)`` pairs."""
    from qgis.core import QgsFields

    fields = QgsFields()
    for name, kind in columns:
        fields.append(new_field(name, kind))
    return fields


def write_frame(
    algorithm,
    parameters,
    key: str,
    context,
    feedback,
    frame: pd.DataFrame,
    columns: Sequence[Tuple[str, str]],
    aliases: Mapping[str, str],
    title: str,
    abstract: str,
    geometries: Optional[Sequence] = None,
    geometry_type=QgsWkbTypes.Type.NoGeometry,
    crs=None,
    style: str = "",
    optional: bool = False,
) -> Optional[str]:
    """Write ``frame``'s ``columns`` into the sink ``key`` (a table, or a layer of shapely ``geometries``);
    the field aliases and the run's description go with it. Returns the output's id (None when an
    optional output was not asked for)."""
    fields = fields_of(columns)
    if optional:
        args = (geometry_type,) if crs is None else (geometry_type, crs)
        sink, dest_id = algorithm.parameterAsSink(parameters, key, context, fields, *args)
        if sink is None:
            return None
    else:
        sink, dest_id = algorithm.sink(parameters, key, context, fields, geometry_type, crs)
    names = [name for name, _ in columns]
    polygons = QgsWkbTypes.geometryType(geometry_type) == QgsWkbTypes.GeometryType.PolygonGeometry
    records = frame[names].to_dict("records") if len(frame) else []
    for n, record in enumerate(records):
        if n % CANCEL_EVERY == 0:
            check_cancel(feedback)
        feature = QgsFeature(fields)
        feature.setAttributes([qgis_value(record[name]) for name in names])
        if geometries is not None:
            feature.setGeometry(as_multipolygon(geometries[n]) if polygons else from_shape(geometries[n]))
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    on_load(context, dest_id, lambda: TableOutput(title, abstract, aliases, style), name=title)
    return dest_id
