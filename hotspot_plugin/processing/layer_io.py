"""Turning QGIS layers into arrays for the analysis package, and choosing a metric CRS."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDatumTransform,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsRectangle,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ..core import bng

BRITISH_NATIONAL_GRID = "EPSG:27700"
#: Longitude/latitude box where British National Grid is fit to use (with a margin).
BNG_AREA = QgsRectangle(-9.5, 49.0, 2.5, 61.5)
#: Longitude/latitude CRSs the OSTN15 package takes as they are (WGS 84, ETRS89).
OSTN15_PACKAGE_SOURCES = ("EPSG:4326", "EPSG:4258")
#: PROJ's name for OS's OSTN15 grid file.
OSTN15_GRID = "uk_os_OSTN15_NTv2_OSGBtoETRS.tif"
CANCELLED = "Cancelled."


def check_cancel(feedback) -> None:
    """Stop the run when the user has cancelled (a Processing error reading "Cancelled.")."""
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(CANCELLED)


@dataclass
class Operation:
    """A candidate coordinate operation: what QgsDatumTransform lists, reduced to what we decide on."""

    name: str
    proj: str
    accuracy: float  #: metres, as stated by EPSG through PROJ; negative when not stated
    available: bool
    grids: Tuple[str, ...] = ()


@dataclass
class OperationChoice:
    """The operation chosen for one source → target pair, and what the log should say about it."""

    method: str  #: "identity", "proj" (a PROJ operation through QGIS) or "ostn15-package"
    source: str
    target: str
    name: str = ""
    proj: str = ""
    accuracy: float = -1.0
    why: str = ""

    def description(self) -> str:
        if self.method == "identity":
            return f"none needed (already in {self.target})"
        accuracy = f"stated accuracy {self.accuracy:g} m" if self.accuracy >= 0 else "accuracy not stated"
        text = f"{self.source} → {self.target} by {self.name} ({accuracy})"
        return f"{text}; {self.why}" if self.why else text


def choose_operation(
    source: str,
    target: str,
    operations: Sequence[Operation],
    project_proj: str = "",
    ostn15_package: Optional[str] = None,
) -> OperationChoice:
    """Which operation to use from ``source`` to ``target`` (auth ids), best first.

    1. the project's own choice (``project_proj``, from its transform context) when it made one —
       unless it pins only the Helmert QGIS would fall back to anyway and OSTN15 is at hand (3.);
    2. PROJ's preferred operation when it can run here — for WGS 84 → British National Grid that
       is OSTN15 when OS's grid file is installed;
    3. OSTN15 through the ``convertbng`` package (``ostn15_package``) when PROJ's preferred
       operation needs the missing OSTN15 grid and the source is WGS 84 or ETRS89 longitude/latitude;
    4. the most accurate operation that can run (a Helmert transformation for BNG), said plainly.
    """
    if source == target:
        return OperationChoice("identity", source, target)
    usable = [op for op in operations if op.available]
    fallback = min(usable, key=lambda op: op.accuracy if op.accuracy >= 0 else float("inf")) if usable else None
    needs_ostn15 = bool(operations) and not operations[0].available and any("OSTN15" in g for g in operations[0].grids)
    package_fits = (
        needs_ostn15 and bool(ostn15_package) and target == BRITISH_NATIONAL_GRID and source in OSTN15_PACKAGE_SOURCES
    )
    # A project that pins exactly the Helmert QGIS falls back to anyway (as the demo does, and as
    # QGIS's own "preferred transform" dialog records) has not chosen Helmert over OSTN15.
    only_the_fallback = fallback is not None and project_proj == fallback.proj
    if project_proj and not (package_fits and only_the_fallback):
        known = next((op for op in operations if op.proj == project_proj), None)
        name = f"the project's chosen operation '{known.name}'" if known else "the project's chosen operation"
        return OperationChoice(
            "proj", source, target, name, project_proj, known.accuracy if known else -1.0, f"PROJ: {project_proj}"
        )
    if not operations:
        return OperationChoice("proj", source, target, "PROJ's default operation")
    preferred = operations[0]
    if preferred.available:
        grid = next((g for g in preferred.grids if "OSTN15" in g), "")
        name = f"OSTN15 through PROJ's grid {grid} ('{preferred.name}')" if grid else f"'{preferred.name}'"
        return OperationChoice("proj", source, target, name, preferred.proj, preferred.accuracy)
    if package_fits:
        return OperationChoice(
            "ostn15-package",
            source,
            target,
            f"OSTN15 through {ostn15_package}",
            accuracy=bng.OSTN15_ACCURACY_M,
            why=f"PROJ's OSTN15 grid {OSTN15_GRID} is not installed",
        )
    if fallback is None:
        return OperationChoice("proj", source, target, "PROJ's default operation")
    why = ""
    if needs_ostn15:
        why = (
            f"PROJ's OSTN15 grid {OSTN15_GRID} is not installed, so this Helmert fallback is used. For "
            "OSTN15 install the grid (QGIS offers it under Settings ▸ Options ▸ Transformations, or run "
            "PROJ's projsync) or the convertbng Python package"
        )
    return OperationChoice("proj", source, target, f"'{fallback.name}'", fallback.proj, fallback.accuracy, why)


def available_operations(source_crs, target_crs) -> List[Operation]:
    """The operations PROJ knows between two CRSs, best first, as :class:`Operation`."""
    out = []
    for details in QgsDatumTransform.operations(source_crs, target_crs):
        grids = tuple(g.shortName for g in details.grids)
        out.append(Operation(details.name, details.proj, float(details.accuracy), bool(details.isAvailable), grids))
    return out


def pin_best_operations(transform_context, pairs=(("EPSG:4326", BRITISH_NATIONAL_GRID),)):
    """A copy of a transform context with each (source, target) pair pinned to the best operation
    PROJ can run here, unless the context already chooses one.

    With OS's OSTN15 grid installed that is OSTN15; without it, the most accurate Helmert. QGIS then
    uses it without falling back by itself, so the desktop no longer shows "Cannot use preferred
    transform between EPSG:4326 and EPSG:27700". Returns ``(context, {pair: OperationChoice})``.
    """
    pinned = QgsCoordinateTransformContext(transform_context)
    chosen = {}
    for source_id, target_id in pairs:
        source = QgsCoordinateReferenceSystem(source_id)
        target = QgsCoordinateReferenceSystem(target_id)
        project_proj = pinned.calculateCoordinateOperation(source, target)
        choice = choose_operation(source_id, target_id, available_operations(source, target), project_proj, None)
        if choice.proj and not project_proj:
            pinned.addCoordinateOperation(source, target, choice.proj)
        chosen[(source_id, target_id)] = choice
    return pinned, chosen


class Reprojection:
    """Coordinates from one CRS to another by a named operation (see :func:`choose_operation`).

    ``description`` says which operation and its stated accuracy, for the log and the metadata.
    The QGIS path pins the operation in a copy of the context, so QGIS never falls back on its own
    (nor warns "Cannot use preferred transform"); the OSTN15 package path converts whole arrays.
    """

    def __init__(self, source_crs, target_crs, context=None, operations=None, ostn15_package="auto"):
        self.source_crs = source_crs
        self.target_crs = target_crs
        base = context.transformContext() if context is not None else QgsCoordinateTransformContext()
        if ostn15_package == "auto":
            ostn15_package = bng.ostn15_package()
        project_proj = ""
        if source_crs != target_crs:
            project_proj = base.calculateCoordinateOperation(source_crs, target_crs)
            if operations is None:
                operations = available_operations(source_crs, target_crs)
        self.choice = choose_operation(
            source_crs.authid(), target_crs.authid(), operations or [], project_proj, ostn15_package
        )
        self._qgis = None
        self._fallback = None
        if self.choice.method == "proj":
            pinned = QgsCoordinateTransformContext(base)
            if self.choice.proj:
                pinned.addCoordinateOperation(source_crs, target_crs, self.choice.proj)
            self._qgis = QgsCoordinateTransform(source_crs, target_crs, pinned)
        elif self.choice.method == "ostn15-package":
            # For points OSTN15 does not cover (far offshore): the best operation PROJ can run.
            fallback = choose_operation(source_crs.authid(), target_crs.authid(), operations or [], "", None)
            pinned = QgsCoordinateTransformContext(base)
            if fallback.proj:
                pinned.addCoordinateOperation(source_crs, target_crs, fallback.proj)
            self._fallback = (fallback, QgsCoordinateTransform(source_crs, target_crs, pinned))
        self.n_fallback = 0

    @property
    def identity(self) -> bool:
        return self.choice.method == "identity"

    @property
    def description(self) -> str:
        text = self.choice.description()
        if self.n_fallback and self._fallback is not None:
            text += (
                f"; {self.n_fallback:,} point(s) outside OSTN15's coverage by {self._fallback[0].name} "
                f"(stated accuracy {self._fallback[0].accuracy:g} m)"
            )
        return text

    def points(self, x, y, feedback=None) -> Tuple[np.ndarray, np.ndarray]:
        """Transform arrays of coordinates (checking for cancel every 10,000 points)."""
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if self.identity:
            return x.copy(), y.copy()
        if self.choice.method == "ostn15-package":
            ex, ny = bng.lonlat_to_bng(x, y)
            missing = np.nonzero(~np.isfinite(ex))[0]
            if missing.size:
                self.n_fallback += int(missing.size)
                fx, fy = self._loop(self._fallback[1], x[missing], y[missing], feedback)
                ex[missing], ny[missing] = fx, fy
            return ex, ny
        return self._loop(self._qgis, x, y, feedback)

    @staticmethod
    def _loop(transform, x, y, feedback) -> Tuple[np.ndarray, np.ndarray]:
        out_x = np.empty(x.size)
        out_y = np.empty(y.size)
        for i, (a, b) in enumerate(zip(x.tolist(), y.tolist())):
            if i % 10000 == 0:
                check_cancel(feedback)
            point = transform.transform(QgsPointXY(a, b))
            out_x[i], out_y[i] = point.x(), point.y()
        return out_x, out_y

    def geometry(self, geometry: QgsGeometry) -> QgsGeometry:
        """A transformed copy of a geometry."""
        out = QgsGeometry(geometry)
        if self.identity:
            return out
        if self.choice.method == "proj":
            out.transform(self._qgis)
            return out
        from shapely import wkb

        result = QgsGeometry()
        result.fromWkb(self.shape(wkb.loads(bytes(out.asWkb()))).wkb)
        return result

    def shape(self, shape):
        """A transformed copy of a shapely geometry."""
        if self.identity:
            return shape
        from shapely.ops import transform

        return transform(lambda xs, ys, zs=None: self.points(xs, ys), shape)


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
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
        raise QgsProcessingException(f"{layer_name} must be a point layer (one point per crime).")
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
    :func:`source_points`, numeric columns as float arrays (NaN for NULL). With ``feedback``,
    checks for cancel and reports progress (0–20 %) after every batch.
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


def boundary_geometry(source, context, target_crs, feedback=None, reprojection=None) -> Optional[object]:
    """Union of a polygon source's features as a shapely geometry in ``target_crs``.

    Invalid polygons (common in generalised boundary files) are repaired with makeValid and
    counted in the log, rather than stopping the run: only the area they cover matters here.
    ``reprojection`` (made here when None) takes the polygons to ``target_crs``.
    """
    from shapely import wkb
    from shapely.ops import unary_union

    if reprojection is None:
        reprojection = Reprojection(source.sourceCrs(), target_crs, context)
    request = QgsFeatureRequest().setNoAttributes()
    request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    parts = []
    repaired = 0
    for n, feature in enumerate(source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)):
        if n % 500 == 0:
            check_cancel(feedback)
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
            repaired += 1
        parts.append(wkb.loads(bytes(reprojection.geometry(geometry).asWkb())))
    if repaired and feedback is not None:
        feedback.pushWarning(f"Repaired {repaired} invalid boundary polygon(s) before use (the layer is unchanged).")
    if not parts:
        return None
    check_cancel(feedback)
    union = unary_union(parts)
    # Reprojection can leave a repaired polygon a hair invalid; the area is what matters.
    return union if union.is_valid else union.buffer(0)
