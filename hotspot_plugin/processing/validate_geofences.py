"""hotspot:validategeofences — list every problem of a geofence layer, one row per problem."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.fields import make_fields
from ..qgis_io.geofence_store import DEFAULT_MAX_AREA_M2, DEFAULT_MIN_AREA_M2
from ..qgis_io.geometry import as_multipolygon
from ..qgis_io.redacted import RedactedCommandMixin
from ..qgis_io.styles import style_on_load
from .base import HotspotAlgorithm, describe, run_core

PROBLEM_STYLE = "geofence_problems.qml"


class ValidateGeofencesAlgorithm(RedactedCommandMixin, HotspotAlgorithm):
    NAME = "validategeofences"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ValidateGeofencesAlgorithm", "Validate geofences")
    GROUP = QT_TRANSLATE_NOOP("ValidateGeofencesAlgorithm", "Geofences")
    GROUP_ID = "geofences"

    INPUT = "INPUT"
    MIN_AREA = "MIN_AREA"
    MAX_AREA = "MAX_AREA"
    ALLOW_OVERLAP = "ALLOW_OVERLAP"
    HOTSPOTS = "HOTSPOTS"
    HOT_BIN = "HOT_BIN"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Checks a geofence layer and lists every problem, one row per problem (fence_id, problem, detail), "
            "with the problem's place as geometry: invalid geometry (self-intersections and other ring errors, "
            "with the place), no geometry, overlap with a live fence (edges may touch), area below the minimum "
            "or above the maximum, and — when a hot spot cell layer is given — a fence that covers no hot cell. "
            "Retired fences are checked only for valid geometry. Layers without a status field are taken as all "
            "live. A clean layer gives an empty output and the log says so. Nothing in the input is changed; the "
            "layer may be in an edit session (its unsaved edits are checked)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.INPUT,
            self.tr("Geofences"),
            self.tr("The geofence layer to check (made by Create geofence layer or Geofences from hot spots)."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add_number(
            self.MIN_AREA,
            self.tr("Minimum area (m²)"),
            self.tr("Fences smaller than this are reported (slivers left by editing). 0 = no minimum."),
            default=DEFAULT_MIN_AREA_M2,
        )
        self.add_number(
            self.MAX_AREA,
            self.tr("Maximum area (m²)"),
            self.tr(
                "Fences larger than this are reported: too large to patrol on foot (a 150 m radius is about "
                "70,700 m²). 0 = no maximum."
            ),
            default=DEFAULT_MAX_AREA_M2,
        )
        self.add(
            QgsProcessingParameterBoolean(self.ALLOW_OVERLAP, self.tr("Allow overlapping fences"), defaultValue=False),
            self.tr("When ticked, fences overlapping a live fence are not reported."),
        )
        self.add_source(
            self.HOTSPOTS,
            self.tr("Hot spot cells (optional)"),
            self.tr(
                "The cell output of Harm-weighted hot spots. When given, draft and live fences that cover no hot cell "
                "are reported."
            ),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        self.add_number(
            self.HOT_BIN,
            self.tr("Hot cell: minimum Gi* bin"),
            self.tr("Cells with gi_bin at or above this count as hot: 1 = 90 %, 2 = 95 %, 3 = 99 % confidence."),
            default=2,
            minimum=1,
            maximum=3,
            integer=True,
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Geofence problems"),
            self.tr("One row per problem: fence_id, problem, detail; geometry is the fence or the overlapping part."),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        self.addOutput(QgsProcessingOutputNumber("N_PROBLEMS", self.tr("Problems found")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.geofence_checks import check_fences, summarise
        from ..qgis_io.crs import working_crs
        from ..qgis_io.layers import fence_shapes, read_cells

        source = self.source(parameters, self.INPUT, context)
        crs = working_crs(source.sourceCrs(), source.sourceExtent(), self.tr("The geofence layer"), feedback)
        transform = None
        if source.sourceCrs() != crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        # Invalid geometries are what this algorithm reports: read them as they are.
        features = source.getFeatures(
            QgsFeatureRequest(), QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        )
        fences = fence_shapes(features, source.fields(), transform)
        feedback.setProgress(30)
        cells = None
        hotspots = self.parameterAsSource(parameters, self.HOTSPOTS, context)
        hot_bin = self.parameterAsInt(parameters, self.HOT_BIN, context)
        if hotspots is not None:
            cell_transform = None
            if hotspots.sourceCrs() != crs:
                cell_transform = QgsCoordinateTransform(hotspots.sourceCrs(), crs, context.transformContext())
            cells = read_cells(hotspots, cell_transform, min_bin=hot_bin, feedback=feedback).shapes
            feedback.pushInfo(self.tr("{:,} hot cells (gi_bin ≥ {}).").format(len(cells), hot_bin))
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        max_area = self.parameterAsDouble(parameters, self.MAX_AREA, context)
        allow_overlap = self.parameterAsBoolean(parameters, self.ALLOW_OVERLAP, context)
        if 0 < max_area < min_area:
            raise QgsProcessingException(self.tr("The maximum area is below the minimum area. Swap them."))
        problems = run_core(
            check_fences,
            fences,
            min_area_m2=min_area,
            max_area_m2=max_area,
            allow_overlap=allow_overlap,
            hot_cells=cells,
        )
        feedback.setProgress(80)

        id_index = source.fields().lookupField("fence_id")
        id_type = source.fields().at(id_index).type() if id_index >= 0 else "Int"
        fields = make_fields([("fence_id", id_type), ("problem", "String"), ("detail", "String")])
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
        for problem in problems:
            feature = QgsFeature(fields)
            feature.setAttributes([problem.fence_id, problem.problem, problem.detail])
            if problem.geometry is not None:
                feature.setGeometry(as_multipolygon(problem.geometry))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        if problems:
            feedback.pushWarning(summarise(problems))
        else:
            feedback.pushInfo(
                self.tr("No problems: all {} fences pass every check. The output is empty.").format(len(fences))
            )
        choices = {
            "Fences checked": len(fences),
            "Problems": len(problems),
            "Area range": f"{min_area:g}–{max_area:g} m² (0 = no limit)",
            "Overlaps allowed": "yes" if allow_overlap else "no",
            "Hot cells": "not checked" if cells is None else f"{len(cells)} cells with gi_bin ≥ {hot_bin}",
        }
        style_on_load(context, dest_id, PROBLEM_STYLE, describe(choices), self.tr("Geofence problems"))
        return {self.OUTPUT: dest_id, "N_PROBLEMS": len(problems)}
