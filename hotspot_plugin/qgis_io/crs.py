"""Coordinate reference systems: the metric CRS to compute in, and which operation reprojects to it.

``working_crs`` chooses the CRS (a layer's own when projected in metres, else British National Grid for
data in Great Britain); ``Reprojection`` takes coordinates, geometries and shapely shapes there by the
best operation this machine has (OSTN15 when PROJ's grid or the convertbng package is installed) and
says which it used, for the log and the output's metadata.

Light to import (numpy and the OSTN15 package are loaded when coordinates are converted), so algorithm
modules may name its constants at the top.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDatumTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsUnitTypes,
)

from ..i18n import tr
from .feedback import check_cancel
from .geometry import from_shape, to_shape

BRITISH_NATIONAL_GRID = "EPSG:27700"
#: Longitude/latitude box where British National Grid is fit to use (with a margin).
BNG_AREA = QgsRectangle(-9.5, 49.0, 2.5, 61.5)
#: Longitude/latitude CRSs the OSTN15 package takes as they are (WGS 84, ETRS89).
OSTN15_PACKAGE_SOURCES = ("EPSG:4326", "EPSG:4258")
#: PROJ's name for OS's OSTN15 grid file.
OSTN15_GRID = "uk_os_OSTN15_NTv2_OSGBtoETRS.tif"


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
        from ..core import bng

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
            from ..core import bng

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

    def points(self, x, y, feedback=None):
        """Transform arrays of coordinates (checking for cancel every 10,000 points); two numpy arrays."""
        import numpy as np

        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if self.identity:
            return x.copy(), y.copy()
        if self.choice.method == "ostn15-package":
            from ..core import bng

            ex, ny = bng.lonlat_to_bng(x, y)
            missing = np.nonzero(~np.isfinite(ex))[0]
            if missing.size:
                self.n_fallback += int(missing.size)
                fx, fy = self._loop(self._fallback[1], x[missing], y[missing], feedback)
                ex[missing], ny[missing] = fx, fy
            return ex, ny
        return self._loop(self._qgis, x, y, feedback)

    @staticmethod
    def _loop(transform, x, y, feedback):
        import numpy as np

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
        return from_shape(self.shape(to_shape(out)))

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
            tr(
                "{} has no coordinate reference system. Set its CRS (Layer Properties → Source) "
                "to the one the coordinates are in, e.g. EPSG:27700 or EPSG:4326."
            ).format(layer_name)
        )
    if source_crs.isGeographic():
        if BNG_AREA.contains(extent):
            if feedback:
                feedback.pushInfo(
                    tr(
                        "{} is in {} (degrees): reprojected to {} (British National Grid) so distances are in metres."
                    ).format(layer_name, source_crs.authid(), BRITISH_NATIONAL_GRID)
                )
            return QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID)
        raise QgsProcessingException(
            tr(
                "{} is in a geographic CRS ({}, degrees) and lies outside Great Britain. Reproject it to a "
                "projected CRS in metres (Vector → Data Management → Reproject Layer) and run again."
            ).format(layer_name, source_crs.authid())
        )
    if source_crs.mapUnits() != QgsUnitTypes.DistanceUnit.DistanceMeters:
        raise QgsProcessingException(
            tr("{} uses a CRS in {}, not metres. Reproject it to a projected CRS in metres such as EPSG:27700.").format(
                layer_name, QgsUnitTypes.toString(source_crs.mapUnits())
            )
        )
    return source_crs
