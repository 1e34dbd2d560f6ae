"""Layers for the weekly-kit algorithms (issue 16): timed crime points, places to count them in.

The trend algorithms read crimes as coordinates plus a few columns (times as plain values), and
count them in places — areas, fences, hot spot cells or street buffers — given as a polygon layer.
Imported by the algorithms inside their run (numpy at the top: ``processing/base.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from .crs import Reprojection
from .feedback import check_cancel
from .layers import ogr_points_fast, source_points
from .values import is_null, python_value

#: Up to this many places, points are located with one vectorised bounding-box test per place.
_FEW_PLACES = 300


def plain_column(values):
    """Attribute values as plain Python (NULL → None, QDateTime → datetime), numpy arrays as they are.

    A column of naive date-times (what QGIS 3.22 reads from a file's DateTime field) becomes a
    ``datetime64`` array, which the trend core reads vectorised.
    """
    if isinstance(values, np.ndarray) and values.dtype != object:
        return values
    plain = [python_value(v) for v in values]
    if plain and all(v is None or (isinstance(v, datetime) and v.tzinfo is None) for v in plain):
        if any(v is not None for v in plain):
            return np.array(plain, dtype="datetime64[ms]")
    return plain


def read_crimes(algorithm, parameters, key: str, context, crs, fields: Sequence[str], feedback, layer_name: str):
    """``(x, y, columns)`` of the crime points of parameter ``key`` in ``crs``, with the named fields.

    Whole OGR file layers already in ``crs`` are read through GDAL directly (much faster); features with
    no geometry are left out with a warning. ``columns`` values are plain Python (:func:`plain_column`).
    """
    source = algorithm.source(parameters, key, context)
    if source.featureCount() == 0:
        raise QgsProcessingException(f"{layer_name} is empty. Choose a layer with crimes.")
    fields = [f for f in fields if f]
    fast = ogr_points_fast(
        parameters.get(key), algorithm.parameterAsVectorLayer(parameters, key, context), crs, fields, feedback=feedback
    )
    if fast is not None:
        feedback.pushInfo(f"{layer_name}: read through GDAL directly (whole file layer, no filter).")
        x, y, columns, skipped = fast
    else:
        reprojection = Reprojection(source.sourceCrs(), crs, context)
        if not reprojection.identity:
            feedback.pushInfo(f"{layer_name} reprojected: {reprojection.description}")
        x, y, columns, skipped = source_points(source, context, crs, fields, feedback, layer_name, reprojection)
    if skipped:
        feedback.pushWarning(f"{layer_name}: {skipped} features have no geometry and were left out.")
    return x, y, {name: plain_column(values) for name, values in columns.items()}


@dataclass
class Places:
    """Polygons (in the CRS they were read into) with their source features' ids and attributes."""

    geometries: List[QgsGeometry]
    labels: List[object]  #: the id field's value, or the feature id
    attributes: List[list]
    fields: object  #: the source's QgsFields

    def __len__(self) -> int:
        return len(self.geometries)

    @property
    def areas(self) -> np.ndarray:
        return np.array([g.area() for g in self.geometries], dtype=float)

    def locate(self, x: np.ndarray, y: np.ndarray, feedback=None) -> np.ndarray:
        """Index of the place holding each point (its outline included; the first when several), −1 for none."""
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        found = np.full(x.size, -1, dtype=np.int64)
        if x.size == 0 or not self.geometries:
            return found
        if len(self.geometries) <= _FEW_PLACES:
            return self._locate_few(x, y, found, feedback)
        index = QgsSpatialIndex()
        for i, geometry in enumerate(self.geometries):
            index.addFeature(i, geometry.boundingBox())
        engines = {}
        for n, (px, py) in enumerate(zip(x.tolist(), y.tolist())):
            if n % 10000 == 0:
                check_cancel(feedback)
            candidates = index.intersects(QgsRectangle(px, py, px, py))
            if not candidates:
                continue
            point = QgsGeometry.fromPointXY(QgsPointXY(px, py))
            for i in sorted(candidates):
                engine = engines.get(i)
                if engine is None:
                    engine = engines[i] = QgsGeometry.createGeometryEngine(self.geometries[i].constGet())
                    engine.prepareGeometry()
                if engine.intersects(point.constGet()):
                    found[n] = i
                    break
        return found

    def _locate_few(self, x, y, found, feedback):
        from ..core.grid import points_in_polygons
        from .geometry import to_shape

        for i, geometry in enumerate(self.geometries):
            check_cancel(feedback)
            box = geometry.boundingBox()
            in_box = (x >= box.xMinimum()) & (x <= box.xMaximum()) & (y >= box.yMinimum()) & (y <= box.yMaximum())
            near = np.flatnonzero((found < 0) & in_box)
            if near.size:
                inside = points_in_polygons(to_shape(geometry), x[near], y[near], include_edge=True)
                found[near[inside]] = i
        return found


def read_places(
    source,
    context,
    crs,
    feedback,
    id_field: Optional[str] = None,
    layer_name: str = "The places layer",
) -> Places:
    """The polygons of ``source`` reprojected to ``crs`` (invalid ones repaired and counted), with ids.

    Features without a polygon are left out with a warning. ``id_field`` names each place (its value,
    as text when not NULL); without it the feature id does.
    """
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise QgsProcessingException(f"{layer_name} must be a polygon layer (areas, fences or cells).")
    reprojection = Reprojection(source.sourceCrs(), crs, context)
    if not reprojection.identity:
        feedback.pushInfo(f"{layer_name} reprojected: {reprojection.description}")
    id_index = source.fields().lookupField(id_field) if id_field else -1
    request = QgsFeatureRequest()
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    geometries, labels, attributes = [], [], []
    skipped = repaired = 0
    total = max(source.featureCount(), 1)
    for n, feature in enumerate(
        source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    ):
        if n % 2000 == 0:
            check_cancel(feedback)
            feedback.setProgress(10.0 * n / total)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
            repaired += 1
        geometries.append(reprojection.geometry(geometry))
        values = feature.attributes()
        label = values[id_index] if id_index >= 0 else feature.id()
        labels.append(None if is_null(label) else python_value(label))
        attributes.append(values)
    if skipped:
        feedback.pushWarning(f"{layer_name}: {skipped} features have no geometry and were left out.")
    if repaired:
        feedback.pushWarning(
            f"{layer_name}: repaired {repaired} invalid polygon(s) before use (the layer is unchanged)."
        )
    if not geometries:
        raise QgsProcessingException(f"{layer_name} has no polygons. Choose a polygon layer with features.")
    return Places(geometries, labels, attributes, source.fields())
