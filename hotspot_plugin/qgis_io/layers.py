"""Layers as arrays for the analysis core: points as coordinate arrays, polygons as shapely, hot spot cells.

Readers take a Processing feature source (or a vector layer) and a target CRS, check for cancel in their
loops, and count what they leave out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from ..i18n import tr
from .crs import Reprojection
from .feedback import check_cancel
from .geometry import to_shape
from .values import is_null


def source_points(
    source,
    context,
    target_crs,
    fields: List[str],
    feedback=None,
    layer_name: str = "The input layer",
    reprojection: Optional[Reprojection] = None,
) -> Tuple[np.ndarray, np.ndarray, dict, int]:
    """Coordinates (in ``target_crs``) and attribute values of every point feature.

    Returns ``(x, y, columns, n_skipped)``: ``columns`` maps each requested field to a list of
    values; features with no geometry are skipped and counted. Multipoints contribute each part.
    ``reprojection`` (made here when None) takes the points from the source CRS to ``target_crs``.
    Checks for cancel every 10,000 features (a Processing error "Cancelled.").
    """
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
        raise QgsProcessingException(tr("{} must be a point layer (one point per crime).").format(layer_name))
    if reprojection is None:
        reprojection = Reprojection(source.sourceCrs(), target_crs, context)
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
            check_cancel(feedback)
            feedback.setProgress(20.0 * n / total)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        parts = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        attributes = feature.attributes()
        for point in parts:
            xs.append(point.x())
            ys.append(point.y())
            for f, i in zip(fields, indices):
                columns[f].append(attributes[i])
    check_cancel(feedback)
    x, y = reprojection.points(np.array(xs, dtype=float), np.array(ys, dtype=float), feedback)
    return x, y, columns, skipped


def ogr_points_fast(parameter_value, layer, target_crs, fields: List[str], feedback=None):
    """Read a whole single-point OGR layer straight through GDAL's Arrow interface, or return None.

    Iterating a million features through the QGIS API costs seconds in Python; GDAL (≥ 3.6) hands
    the points over as arrays. Used only when nothing would differ from the QGIS path: an OGR file
    layer already in ``target_crs``, 2-D single points, no subset filter, no "selected features
    only" or feature limit, no null geometry. Returns ``(x, y, columns, 0)`` like
    :func:`source_points`, numeric columns as float arrays (NaN for NULL), date-time columns as naive
    ``datetime64`` arrays (NaT for NULL), the wall clock QGIS 3.22 shows for them, text as object arrays of str
    (None for NULL). With ``feedback``,
    checks for cancel and reports progress (0–20 %) after every batch.
    """
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition):
        if parameter_value.selectedFeaturesOnly or parameter_value.featureLimit != -1:
            return None
    if (
        layer is None
        or layer.providerType() != "ogr"
        or layer.subsetString()
        or layer.wkbType() != QgsWkbTypes.Type.Point
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
    total = max(ogr_layer.GetFeatureCount(), 1)
    read = 0
    check_cancel(feedback)
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
            elif column.dtype.kind == "M":  # date-times stay an array (NaT for NULL), read as they were stored
                columns[f].append(np.ma.filled(np.ma.asarray(column), np.datetime64("NaT")))
            elif column.dtype.kind == "S":  # text: decoded in one call (ASCII in C, else UTF-8), None for NULL
                values = _decode_text(np.ma.getdata(column))
                values[np.ma.getmaskarray(column)] = None
                columns[f].append(values)
            else:
                mask = np.ma.getmaskarray(column)
                values = [
                    None if m else (v.decode("utf-8") if isinstance(v, bytes) else v)
                    for v, m in zip(np.ma.getdata(column).tolist(), mask)
                ]
                columns[f].append(np.array(values, dtype=object))
        read += raw.shape[0]
        if feedback is not None:
            feedback.setProgress(20.0 * read / total)
        check_cancel(feedback)
    if not xs:
        return None
    return (np.concatenate(xs), np.concatenate(ys), {f: np.concatenate(v) for f, v in columns.items()}, 0)


def _decode_bytes(data: np.ndarray) -> np.ndarray:
    """Fixed-width bytes as an object array of str: ASCII in C, else UTF-8."""
    try:
        return data.astype(str).astype(object)
    except UnicodeDecodeError:
        return np.char.decode(data, "utf-8").astype(object)


def _decode_text(data: np.ndarray) -> np.ndarray:
    """:func:`_decode_bytes`, decoding each distinct text once when the texts are short (ids: officers, radios).

    Texts of up to 8 bytes are keys of one 64-bit integer (numpy drops trailing NUL bytes, so the zero
    padding changes nothing); the result holds one str object per distinct text.
    """
    size = data.dtype.itemsize
    if size == 0 or size > 8 or data.size < 1000:
        return _decode_bytes(data)
    padded = np.zeros((data.size, 8), dtype=np.uint8)
    padded[:, :size] = np.ascontiguousarray(data).view(np.uint8).reshape(-1, size)
    codes, uniques = pd_factorize(padded.view("<u8").ravel())
    if uniques.size * 4 > data.size:  # mostly distinct: nothing to share
        return _decode_bytes(data)
    texts = _decode_bytes(uniques.astype("<u8").view(np.uint8).reshape(-1, 8)[:, :size].copy().view(f"S{size}").ravel())
    return texts[codes]


def pd_factorize(values: np.ndarray):
    """pandas' hash factorization (pandas is loaded when an algorithm runs)."""
    import pandas as pd

    return pd.factorize(values)


def to_float(values, field_name: str) -> np.ndarray:
    """Numbers from attribute values; NULL becomes NaN; text that is not a number is an error."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiu":
        return values.astype(float)
    out = np.empty(len(values), dtype=float)
    for i, value in enumerate(values):
        if is_null(value):
            out[i] = np.nan
            continue
        try:
            out[i] = float(value)
        except (TypeError, ValueError):
            raise QgsProcessingException(
                tr("Field {} holds '{}', which is not a number. Choose a numeric harm field.").format(field_name, value)
            ) from None
    return out


def boundary_geometry(source, context, target_crs, feedback=None, reprojection=None) -> Optional[object]:
    """Union of a polygon source's features as a shapely geometry in ``target_crs``.

    Invalid polygons (common in generalised boundary files) are repaired with makeValid and
    counted in the log, rather than stopping the run: only the area they cover matters here.
    ``reprojection`` (made here when None) takes the polygons to ``target_crs``.
    """
    from shapely.ops import unary_union

    if reprojection is None:
        reprojection = Reprojection(source.sourceCrs(), target_crs, context)
    request = QgsFeatureRequest().setNoAttributes()
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    parts = []
    repaired = 0
    for n, feature in enumerate(
        source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    ):
        if n % 500 == 0:
            check_cancel(feedback)
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
            repaired += 1
        parts.append(to_shape(reprojection.geometry(geometry)))
    if repaired and feedback is not None:
        feedback.pushWarning(
            tr("Repaired {} invalid boundary polygon(s) before use (the layer is unchanged).").format(repaired)
        )
    if not parts:
        return None
    check_cancel(feedback)
    union = unary_union(parts)
    # Reprojection can leave a repaired polygon a hair invalid; the area is what matters.
    return union if union.is_valid else union.buffer(0)


#: The fields of a hot spot cell layer (the output of Harm-weighted hot spots) that cell readers use.
CELL_FIELDS = ("gi_bin", "harm", "n_crimes")


@dataclass
class CellTable:
    """The cells of a hot spot layer, one entry per cell with a geometry, in the reader's CRS.

    ``gi_bin`` is NaN where NULL; ``harm`` and ``n_crimes`` are 0 where NULL; ``area`` is each cell's
    area in the CRS's units (m²); ``shapes`` holds shapely polygons (None where not asked for).
    """

    shapes: list
    gi_bin: np.ndarray
    harm: np.ndarray
    n_crimes: np.ndarray
    area: np.ndarray

    def __len__(self) -> int:
        return len(self.shapes)

    def hot(self, min_bin: int, min_crimes: int = 0) -> np.ndarray:
        """Which cells have gi_bin ≥ ``min_bin`` and at least ``min_crimes`` crimes."""
        with np.errstate(invalid="ignore"):
            return (self.gi_bin >= min_bin) & (self.n_crimes >= min_crimes)


def require_cell_fields(source, required: Sequence[str] = CELL_FIELDS, layer_name: str = "The hot spot layer") -> None:
    """A Processing error naming the fields of a hot spot cell layer that ``source`` lacks."""
    missing = [f for f in required if f not in source.fields().names()]
    if missing:
        raise QgsProcessingException(
            tr("{} lacks the field(s) {}. Use the cell output of Harm-weighted hot spots (Gi*).").format(
                layer_name, ", ".join(missing)
            )
        )


def read_cells(
    source,
    transform=None,
    min_bin: Optional[int] = None,
    required: Sequence[str] = ("gi_bin",),
    shape_if: Optional[Callable[[float, float, float], bool]] = None,
    feedback=None,
    progress: Tuple[float, float] = (0.0, 0.0),
    layer_name: str = "The hot spot layer",
) -> CellTable:
    """Read the cells of a hot spot layer (a feature source or a vector layer).

    ``transform`` (a ``QgsCoordinateTransform`` or a :class:`~.crs.Reprojection`) takes the cells to the
    CRS to work in; ``min_bin`` reads only cells with gi_bin ≥ it; ``required`` fields must exist (a
    Processing error naming them otherwise); ``shape_if(gi_bin, harm, n_crimes)`` limits which cells
    get a shapely polygon (all when None). Cells without geometry are skipped. With ``feedback``,
    checks for cancel and reports progress between the two percentages of ``progress``.
    """
    require_cell_fields(source, required, layer_name)
    index = {f: source.fields().lookupField(f) for f in CELL_FIELDS}
    request = QgsFeatureRequest().setSubsetOfAttributes([i for i in index.values() if i >= 0])
    if min_bin is not None:
        request.setFilterExpression(f'"gi_bin" >= {int(min_bin)}')
    reproject = getattr(transform, "geometry", None)
    shapes, gi_bin, harm, crimes, area = [], [], [], [], []
    total = max(source.featureCount(), 1)
    start, end = progress
    for n, feature in enumerate(source.getFeatures(request)):
        if n % 5000 == 0:
            check_cancel(feedback)
            if feedback is not None and end > start:
                feedback.setProgress(start + (end - start) * n / total)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        if reproject is not None:
            geometry = reproject(geometry)
        elif transform is not None:
            geometry = QgsGeometry(geometry)
            geometry.transform(transform)
        attributes = feature.attributes()
        values = [attributes[i] if i >= 0 else None for i in index.values()]
        cell_bin = np.nan if is_null(values[0]) else float(values[0])
        cell_harm = 0.0 if is_null(values[1]) else float(values[1])
        cell_crimes = 0 if is_null(values[2]) else int(values[2])
        keep = shape_if is None or shape_if(cell_bin, cell_harm, cell_crimes)
        shapes.append(to_shape(geometry) if keep else None)
        gi_bin.append(cell_bin)
        harm.append(cell_harm)
        crimes.append(cell_crimes)
        area.append(geometry.area())
    check_cancel(feedback)
    return CellTable(
        shapes,
        np.array(gi_bin, dtype=float),
        np.array(harm, dtype=float),
        np.array(crimes, dtype=np.int64),
        np.array(area, dtype=float),
    )


def fence_shapes(features, fields, transform=None, name_new: bool = False) -> list:
    """The fences of a geofence layer as the geofence checks take them (``core.geofence_checks.FenceShape``).

    ``fence_id`` is the field's value (the feature id when the layer has none; None when NULL), ``status``
    the field's (``live`` when the layer has none, ``draft`` when NULL), the geometry as shapely in the
    ``transform``'s CRS. With ``name_new``, fences not saved yet (no integer id) are named
    ``new: <name>`` (or ``new fence``).
    """
    from ..core.geofence_checks import FenceShape

    id_index, name_index, status_index = (fields.lookupField(n) for n in ("fence_id", "name", "status"))
    shapes = []
    for feature in features:
        attributes = feature.attributes()
        fence_id = feature.id() if id_index < 0 else attributes[id_index]
        if is_null(fence_id):
            fence_id = None
        if name_new and (not isinstance(fence_id, int) or feature.id() < 0):
            name = attributes[name_index] if name_index >= 0 else None
            fence_id = f"new: {name}" if not is_null(name) and name else "new fence"
        status = "live" if status_index < 0 else attributes[status_index]
        shapes.append(
            FenceShape(fence_id, to_shape(feature.geometry(), transform), "draft" if is_null(status) else str(status))
        )
    return shapes
