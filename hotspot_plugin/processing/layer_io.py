"""Turning QGIS layers into arrays for the analysis package, and choosing a metric CRS."""

from __future__ import annotations

from typing import List, Optional, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsRectangle,
    QgsUnitTypes,
    QgsWkbTypes,
)

BRITISH_NATIONAL_GRID = "EPSG:27700"
#: Longitude/latitude box where British National Grid is fit to use (with a margin).
BNG_AREA = QgsRectangle(-9.5, 49.0, 2.5, 61.5)


def working_crs(
    source_crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, layer_name: str, feedback=None
) -> QgsCoordinateReferenceSystem:
    """The CRS to compute in: the layer's own if projected in metres, else British National Grid.

    Geographic layers inside Great Britain are reprojected to EPSG:27700 (and the log says so);
    anything else is refused with a message, never computed in degrees.
    """
    if not source_crs.isValid():
        raise QgsProcessingException(
            f"{layer_name} has no coordinate reference system. Set its CRS (Layer Properties → Source) "
            "to the one the coordinates are in, e.g. EPSG:27700 or EPSG:4326."
        )
    if source_crs.isGeographic():
        if BNG_AREA.contains(extent):
            if feedback:
                feedback.pushInfo(
                    f"{layer_name} is in {source_crs.authid()} (degrees): reprojected to "
                    f"{BRITISH_NATIONAL_GRID} (British National Grid) so distances are in metres."
                )
            return QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID)
        raise QgsProcessingException(
            f"{layer_name} is in a geographic CRS ({source_crs.authid()}, degrees) and lies outside "
            "Great Britain. Reproject it to a projected CRS in metres (Vector → Data Management → "
            "Reproject Layer) and run again."
        )
    if source_crs.mapUnits() != QgsUnitTypes.DistanceMeters:
        raise QgsProcessingException(
            f"{layer_name} uses a CRS in {QgsUnitTypes.toString(source_crs.mapUnits())}, not metres. "
            "Reproject it to a projected CRS in metres such as EPSG:27700."
        )
    return source_crs


def source_points(
    source, context, target_crs, fields: List[str], feedback=None, layer_name: str = "The input layer"
) -> Tuple[np.ndarray, np.ndarray, dict, int]:
    """Coordinates (in ``target_crs``) and attribute values of every point feature.

    Returns ``(x, y, columns, n_skipped)``: ``columns`` maps each requested field to a list of
    values; features with no geometry are skipped and counted. Multipoints contribute each part.
    """
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
        raise QgsProcessingException(f"{layer_name} must be a point layer (one point per crime).")
    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    request = QgsFeatureRequest()
    indices = [source.fields().lookupField(f) for f in fields]
    request.setSubsetOfAttributes(indices)
    total = source.featureCount() or 1
    xs: List[float] = []
    ys: List[float] = []
    columns = {f: [] for f in fields}
    skipped = 0
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and n % 10000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException("Cancelled.")
            feedback.setProgress(20.0 * n / total)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        if transform is not None:
            geometry.transform(transform)
        parts = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        attributes = feature.attributes()
        for point in parts:
            xs.append(point.x())
            ys.append(point.y())
            for f, i in zip(fields, indices):
                columns[f].append(attributes[i])
    return np.array(xs, dtype=float), np.array(ys, dtype=float), columns, skipped


def ogr_points_fast(parameter_value, layer, target_crs, fields: List[str]):
    """Read a whole single-point OGR layer straight through GDAL's Arrow interface, or return None.

    Iterating a million features through the QGIS API costs seconds in Python; GDAL (≥ 3.6) hands
    the points over as arrays. Used only when nothing would differ from the QGIS path: an OGR file
    layer already in ``target_crs``, 2-D single points, no subset filter, no "selected features
    only" or feature limit, no null geometry. Returns ``(x, y, columns, 0)`` like
    :func:`source_points`, numeric columns as float arrays (NaN for NULL).
    """
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition):
        if parameter_value.selectedFeaturesOnly or parameter_value.featureLimit != -1:
            return None
    if (
        layer is None
        or layer.providerType() != "ogr"
        or layer.subsetString()
        or layer.wkbType() != QgsWkbTypes.Point
        or layer.crs() != target_crs
    ):
        return None
    try:
        from osgeo import gdal, ogr
    except ImportError:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    gdal.UseExceptions()
    try:
        dataset = ogr.Open(parts.get("path", ""))
        ogr_layer = dataset.GetLayerByName(parts["layerName"]) if parts.get("layerName") else dataset.GetLayer(0)
    except (RuntimeError, KeyError):
        return None
    if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
        return None
    definition = ogr_layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if any(f not in names for f in fields):
        return None
    ogr_layer.SetIgnoredFields([n for n in names if n not in fields])
    xs, ys, columns = [], [], {f: [] for f in fields}
    for batch in ogr_layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES", "INCLUDE_FID=NO"]):
        geometry = [v for k, v in batch.items() if k not in fields]
        if len(geometry) != 1 or isinstance(geometry[0], np.ma.MaskedArray) or geometry[0].dtype.itemsize != 21:
            return None  # null, empty, 3-D or multi-part geometries: leave it to QGIS
        raw = geometry[0].view(np.uint8).reshape(-1, 21)
        if not ((raw[:, 0] == 1).all() and (raw[:, 1:5].view("<u4").ravel() == 1).all()):
            return None  # not little-endian 2-D WKB points
        xs.append(raw[:, 5:13].copy().view("<f8").ravel())
        ys.append(raw[:, 13:21].copy().view("<f8").ravel())
        for f in fields:
            column = batch[f]
            if column.dtype.kind in "fiu":
                columns[f].append(np.ma.filled(np.ma.asarray(column, dtype=float), np.nan))
            else:
                mask = np.ma.getmaskarray(column)
                values = [
                    None if m else (v.decode("utf-8") if isinstance(v, bytes) else v)
                    for v, m in zip(np.ma.getdata(column).tolist(), mask)
                ]
                columns[f].append(np.array(values, dtype=object))
    if not xs:
        return None
    return (np.concatenate(xs), np.concatenate(ys), {f: np.concatenate(v) for f, v in columns.items()}, 0)


def to_float(values, field_name: str) -> np.ndarray:
    """Numbers from attribute values; NULL becomes NaN; text that is not a number is an error."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiu":
        return values.astype(float)
    out = np.empty(len(values), dtype=float)
    for i, value in enumerate(values):
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            out[i] = np.nan
            continue
        try:
            out[i] = float(value)
        except (TypeError, ValueError):
            raise QgsProcessingException(
                f"Field {field_name} holds '{value}', which is not a number. Choose a numeric harm field."
            ) from None
    return out


def qgs_fields(spec, base=None) -> QgsFields:
    """QgsFields from ``(name, QVariant type)`` pairs, after copies of the fields in ``base`` if given."""
    fields = QgsFields()
    for field in base or []:
        fields.append(QgsField(field))
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def boundary_geometry(source, context, target_crs, feedback=None) -> Optional[object]:
    """Union of a polygon source's features as a shapely geometry in ``target_crs``.

    Invalid polygons (common in generalised boundary files) are repaired with makeValid and
    counted in the log, rather than stopping the run: only the area they cover matters here.
    """
    from shapely import wkb
    from shapely.ops import unary_union

    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    request = QgsFeatureRequest().setNoAttributes()
    request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    parts = []
    repaired = 0
    for feature in source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
            repaired += 1
        if transform is not None:
            geometry.transform(transform)
        parts.append(wkb.loads(bytes(geometry.asWkb())))
    if repaired and feedback is not None:
        feedback.pushWarning(f"Repaired {repaired} invalid boundary polygon(s) before use (the layer is unchanged).")
    if not parts:
        return None
    return unary_union(parts)
