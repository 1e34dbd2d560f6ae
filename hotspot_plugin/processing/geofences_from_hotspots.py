"""hotspot:geofencesfromhotspots — dissolve hot cells into geofence polygons."""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from shapely import wkb

from ..core.geofence import fences_from_cells
from .base import HotspotAlgorithm, describe, run_core, style_on_load
from .layer_io import is_null, qgs_fields, working_crs

FENCE_FIELDS = [
    ("fence_id", QVariant.Int),
    ("name", QVariant.String),
    ("rank", QVariant.Int),
    ("harm", QVariant.Double),
    ("n_crimes", QVariant.Int),
    ("area_m2", QVariant.Double),
    ("pai", QVariant.Double),
]
REQUIRED_CELL_FIELDS = ("gi_bin", "harm", "n_crimes")


class GeofencesFromHotspotsAlgorithm(HotspotAlgorithm):
    NAME = "geofencesfromhotspots"
    DISPLAY_NAME = "Geofences from hot spots"
    GROUP = "Geofences"
    GROUP_ID = "geofences"
    HELP = (
        "Draws geofence polygons around hot spots: cells with gi_bin at or above the minimum bin are "
        "dissolved, contiguous cells (sharing an edge) forming one fence; an optional buffer allows "
        "for GPS error, outlines can be simplified and slivers dropped. Fences are ranked by harm "
        "(1 = most harm) and carry their harm, crimes, area and PAI (Prediction Accuracy Index: "
        "share of harm captured ÷ share of the study area covered; Chainey et al. 2008). The log "
        "states the share of harm and of area the fences capture."
    )

    INPUT = "INPUT"
    MIN_BIN = "MIN_BIN"
    TOP_N = "TOP_N"
    BUFFER = "BUFFER"
    SIMPLIFY = "SIMPLIFY"
    MIN_AREA = "MIN_AREA"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Hot spot cells"), [QgsProcessing.TypeVectorPolygon]
            ),
            "The cell output of Harm-weighted hot spots (needs the fields gi_bin, harm and n_crimes).",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_BIN, self.tr("Minimum Gi* bin"), defaultValue=2, minValue=1, maxValue=3
            ),
            "Cells with gi_bin at or above this qualify: 1 = 90 %, 2 = 95 %, 3 = 99 % confidence hot spots.",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.TOP_N, self.tr("Keep the top N fences (0 = all)"), defaultValue=0, minValue=0
            ),
            "Keep only the N fences with the most harm (forces usually pick 20–80 hot spots).",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.BUFFER,
                self.tr("Buffer (m)"),
                type=QgsProcessingParameterNumber.Double,
                defaultValue=0.0,
                minValue=0.0,
            ),
            "Widen each fence by this many metres to allow for GPS error (10–25 m is typical).",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.SIMPLIFY,
                self.tr("Simplify tolerance (m)"),
                type=QgsProcessingParameterNumber.Double,
                defaultValue=0.0,
                minValue=0.0,
            ),
            "Simplify outlines with this tolerance in metres (0 = keep cell edges).",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_AREA,
                self.tr("Minimum area (m²)"),
                type=QgsProcessingParameterNumber.Double,
                defaultValue=0.0,
                minValue=0.0,
            ),
            "Drop fences smaller than this (slivers).",
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Geofences"), QgsProcessing.TypeVectorPolygon),
            "Fence polygons with fence_id, name, rank, harm, n_crimes, area_m2 and pai.",
        )
        self.addOutput(QgsProcessingOutputNumber("N_FENCES", self.tr("Fences drawn")))
        self.addOutput(QgsProcessingOutputNumber("HARM_SHARE", self.tr("Share of harm inside fences (%)")))
        self.addOutput(QgsProcessingOutputNumber("AREA_SHARE", self.tr("Share of the area inside fences (%)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        missing = [f for f in REQUIRED_CELL_FIELDS if f not in names]
        if missing:
            raise QgsProcessingException(
                f"The cell layer lacks the field(s) {', '.join(missing)}. Use the output of "
                "Harm-weighted hot spots (Gi*)."
            )
        if source.featureCount() == 0:
            raise QgsProcessingException("The cell layer is empty. Run Harm-weighted hot spots first.")
        crs = working_crs(source.sourceCrs(), source.sourceExtent(), "The cell layer", feedback)
        transform = None
        if source.sourceCrs() != crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        idx = [source.fields().lookupField(f) for f in REQUIRED_CELL_FIELDS]
        min_bin = self.parameterAsInt(parameters, self.MIN_BIN, context)
        # Every cell counts towards the study area and total harm; only qualifying cells need shapely.
        cells, harm, n_crimes = [], [], []
        total_harm, total_area, n_cells = 0.0, 0.0, 0
        count = max(source.featureCount(), 1)
        for n, feature in enumerate(source.getFeatures(QgsFeatureRequest().setSubsetOfAttributes(idx))):
            if n % 20000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException("Cancelled.")
                feedback.setProgress(60.0 * n / count)
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            if transform is not None:
                geometry.transform(transform)
            attributes = feature.attributes()
            gi_bin, cell_harm, cell_crimes = (attributes[i] for i in idx)
            cell_harm = 0.0 if is_null(cell_harm) else float(cell_harm)
            total_harm += cell_harm
            total_area += geometry.area()
            n_cells += 1
            if not is_null(gi_bin) and int(gi_bin) >= min_bin:
                cells.append(wkb.loads(bytes(geometry.asWkb())))
                harm.append(cell_harm)
                n_crimes.append(0 if is_null(cell_crimes) else int(cell_crimes))
        feedback.pushInfo(f"{len(cells):,} of {n_cells:,} cells have gi_bin ≥ {min_bin}.")
        fences = run_core(
            fences_from_cells,
            cells,
            np.array(harm, dtype=float),
            np.array(n_crimes, dtype=np.int64),
            np.ones(len(cells), dtype=bool),
            total_harm=total_harm,
            total_area=total_area,
            top_n=self.parameterAsInt(parameters, self.TOP_N, context),
            buffer_m=self.parameterAsDouble(parameters, self.BUFFER, context),
            simplify_m=self.parameterAsDouble(parameters, self.SIMPLIFY, context),
            min_area_m2=self.parameterAsDouble(parameters, self.MIN_AREA, context),
        )
        fields = qgs_fields(FENCE_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for fence in fences:
            feature = QgsFeature(fields)
            feature.setAttributes(
                [fence.fence_id, fence.name, fence.rank, fence.harm, fence.n_crimes, fence.area_m2, fence.pai]
            )
            feature.setGeometry(QgsGeometry.fromWkt(fence.geometry.wkt))
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        harm_share = 100.0 * sum(f.harm for f in fences) / total_harm if total_harm > 0 else 0.0
        area_share = 100.0 * sum(f.area_m2 for f in fences) / total_area if total_area > 0 else 0.0
        if not fences:
            feedback.pushWarning(
                f"No fences: no cells reach gi_bin {min_bin} (or all were dropped by the minimum area). "
                "Lower the minimum bin or the minimum area."
            )
        choices = {
            "Fences": f"{len(fences)}",
            "Harm captured": f"{harm_share:.1f} % of the harm on {area_share:.2f} % of the area",
            "Minimum bin": min_bin,
            "Buffer": f"{self.parameterAsDouble(parameters, self.BUFFER, context):g} m",
        }
        for key, value in choices.items():
            feedback.pushInfo(f"{key}: {value}")
        style_on_load(context, dest_id, "geofences.qml", describe(choices), self.tr("Geofences"))
        return {self.OUTPUT: dest_id, "N_FENCES": len(fences), "HARM_SHARE": harm_share, "AREA_SHARE": area_share}
