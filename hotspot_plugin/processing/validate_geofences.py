"""hotspot:validategeofences — list every problem of a geofence layer, one row per problem."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from shapely import wkb

from ..core.credentials import redact
from ..core.geofence_checks import FenceShape, check_fences, summarise
from .base import HotspotAlgorithm, describe, run_core, style_on_load
from .geofence_layer import DEFAULT_MAX_AREA_M2, DEFAULT_MIN_AREA_M2, geometry_from_wkb
from .layer_io import is_null, working_crs
from .redacted import RedactedCommandMixin

PROBLEM_STYLE = "geofence_problems.qml"


def fence_shapes(features, fields, transform=None):
    """FenceShape for each feature: ``fence_id`` (the feature id when the layer has no such field),
    ``status`` (``live`` when the layer has none) and the geometry as shapely, in the transform's CRS."""
    id_index = fields.lookupField("fence_id")
    status_index = fields.lookupField("status")
    shapes = []
    for feature in features:
        fence_id = feature.id() if id_index < 0 else feature.attributes()[id_index]
        if is_null(fence_id):
            fence_id = None
        status = "live" if status_index < 0 else feature.attributes()[status_index]
        status = "draft" if is_null(status) else str(status)
        geometry = feature.geometry()
        shape = None
        if geometry is not None and not geometry.isNull() and not geometry.isEmpty():
            geometry = QgsGeometry(geometry)
            if transform is not None:
                geometry.transform(transform)
            shape = wkb.loads(bytes(geometry.asWkb()))
        shapes.append(FenceShape(fence_id, shape, status))
    return shapes


def hot_cell_shapes(source, min_bin, target_crs, context):
    """Polygons (shapely, in ``target_crs``) of the cells with gi_bin ≥ ``min_bin``."""
    index = source.fields().lookupField("gi_bin")
    if index < 0:
        raise QgsProcessingException(
            "The hot spot layer has no gi_bin field. Choose the cell output of Harm-weighted hot spots."
        )
    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    request = QgsFeatureRequest().setFilterExpression(f'"gi_bin" >= {int(min_bin)}')
    cells = []
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        cells.append(wkb.loads(bytes(geometry.asWkb())))
    return cells


class ValidateGeofencesAlgorithm(RedactedCommandMixin, HotspotAlgorithm):
    NAME = "validategeofences"
    DISPLAY_NAME = "Validate geofences"
    GROUP = "Geofences"
    GROUP_ID = "geofences"
    HELP = (
        "Checks a geofence layer and lists every problem, one row per problem (fence_id, problem, detail), "
        "with the problem's place as geometry: invalid geometry (self-intersections and other ring errors, "
        "with the place), no geometry, overlap with a live fence (edges may touch), area below the minimum "
        "or above the maximum, and — when a hot spot cell layer is given — a fence that covers no hot cell. "
        "Retired fences are checked only for valid geometry. Layers without a status field are taken as all "
        "live. A clean layer gives an empty output and the log says so. Nothing in the input is changed; the "
        "layer may be in an edit session (its unsaved edits are checked)."
    )

    INPUT = "INPUT"
    MIN_AREA = "MIN_AREA"
    MAX_AREA = "MAX_AREA"
    ALLOW_OVERLAP = "ALLOW_OVERLAP"
    HOTSPOTS = "HOTSPOTS"
    HOT_BIN = "HOT_BIN"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Geofences"), [QgsProcessing.TypeVectorPolygon]),
            "The geofence layer to check (made by Create geofence layer or Geofences from hot spots).",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_AREA,
                self.tr("Minimum area (m²)"),
                type=QgsProcessingParameterNumber.Double,
                defaultValue=DEFAULT_MIN_AREA_M2,
                minValue=0.0,
            ),
            "Fences smaller than this are reported (slivers left by editing). 0 = no minimum.",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_AREA,
                self.tr("Maximum area (m²)"),
                type=QgsProcessingParameterNumber.Double,
                defaultValue=DEFAULT_MAX_AREA_M2,
                minValue=0.0,
            ),
            "Fences larger than this are reported: too large to patrol on foot (a 150 m radius is about "
            "70,700 m²). 0 = no maximum.",
        )
        self.add(
            QgsProcessingParameterBoolean(self.ALLOW_OVERLAP, self.tr("Allow overlapping fences"), defaultValue=False),
            "When ticked, fences overlapping a live fence are not reported.",
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.HOTSPOTS, self.tr("Hot spot cells (optional)"), [QgsProcessing.TypeVectorPolygon], optional=True
            ),
            "The cell output of Harm-weighted hot spots. When given, draft and live fences that cover no hot cell "
            "are reported.",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.HOT_BIN, self.tr("Hot cell: minimum Gi* bin"), defaultValue=2, minValue=1, maxValue=3
            ),
            "Cells with gi_bin at or above this count as hot: 1 = 90 %, 2 = 95 %, 3 = 99 % confidence.",
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Geofence problems"), QgsProcessing.TypeVectorPolygon
            ),
            "One row per problem: fence_id, problem, detail; geometry is the fence or the overlapping part.",
        )
        self.addOutput(QgsProcessingOutputNumber("N_PROBLEMS", self.tr("Problems found")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(redact(self.invalidSourceError(parameters, self.INPUT)))
        crs = working_crs(source.sourceCrs(), source.sourceExtent(), "The geofence layer", feedback)
        transform = None
        if source.sourceCrs() != crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        # Invalid geometries are what this algorithm reports: read them as they are.
        features = source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        fences = fence_shapes(features, source.fields(), transform)
        feedback.setProgress(30)
        cells = None
        hotspots = self.parameterAsSource(parameters, self.HOTSPOTS, context)
        hot_bin = self.parameterAsInt(parameters, self.HOT_BIN, context)
        if hotspots is not None:
            cells = hot_cell_shapes(hotspots, hot_bin, crs, context)
            feedback.pushInfo(f"{len(cells):,} hot cells (gi_bin ≥ {hot_bin}).")
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        max_area = self.parameterAsDouble(parameters, self.MAX_AREA, context)
        allow_overlap = self.parameterAsBoolean(parameters, self.ALLOW_OVERLAP, context)
        if 0 < max_area < min_area:
            raise QgsProcessingException("The maximum area is below the minimum area. Swap them.")
        problems = run_core(
            check_fences,
            fences,
            min_area_m2=min_area,
            max_area_m2=max_area,
            allow_overlap=allow_overlap,
            hot_cells=cells,
        )
        feedback.setProgress(80)

        id_type = QVariant.Int
        id_index = source.fields().lookupField("fence_id")
        if id_index >= 0:
            id_type = source.fields().at(id_index).type()
        fields = QgsFields()
        fields.append(QgsField("fence_id", id_type))
        fields.append(QgsField("problem", QVariant.String))
        fields.append(QgsField("detail", QVariant.String))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(redact(self.invalidSinkError(parameters, self.OUTPUT)))
        for problem in problems:
            feature = QgsFeature(fields)
            feature.setAttributes([problem.fence_id, problem.problem, problem.detail])
            if problem.geometry is not None:
                geometry = geometry_from_wkb(wkb.dumps(problem.geometry))
                if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
                    geometry = QgsGeometry()
                else:
                    geometry.convertToMultiType()
                feature.setGeometry(geometry)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        if problems:
            feedback.pushWarning(summarise(problems))
        else:
            feedback.pushInfo(f"No problems: all {len(fences)} fences pass every check. The output is empty.")
        choices = {
            "Fences checked": len(fences),
            "Problems": len(problems),
            "Area range": f"{min_area:g}–{max_area:g} m² (0 = no limit)",
            "Overlaps allowed": "yes" if allow_overlap else "no",
            "Hot cells": "not checked" if cells is None else f"{len(cells)} cells with gi_bin ≥ {hot_bin}",
        }
        style_on_load(context, dest_id, PROBLEM_STYLE, describe(choices), self.tr("Geofence problems"))
        return {self.OUTPUT: dest_id, "N_PROBLEMS": len(problems)}
