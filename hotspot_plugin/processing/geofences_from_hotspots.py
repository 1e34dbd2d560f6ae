"""hotspot:geofencesfromhotspots — dissolve hot cells into geofence polygons."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.feedback import check_cancel
from ..qgis_io.fields import make_fields
from ..qgis_io.geometry import from_shape
from .base import HotspotAlgorithm, describe, run_core

FENCE_FIELDS = [
    ("fence_id", "Int"),
    ("name", "String"),
    ("rank", "Int"),
    ("harm", "Double"),
    ("n_crimes", "Int"),
    ("area_m2", "Double"),
    ("pai", "Double"),
    ("pai_harm", "Double"),
    ("pei", "Double"),
]


class GeofencesFromHotspotsAlgorithm(HotspotAlgorithm):
    NAME = "geofencesfromhotspots"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("GeofencesFromHotspotsAlgorithm", "Geofences from hot spots")
    GROUP = QT_TRANSLATE_NOOP("GeofencesFromHotspotsAlgorithm", "Geofences")
    GROUP_ID = "geofences"

    INPUT = "INPUT"
    MIN_BIN = "MIN_BIN"
    MIN_CRIMES = "MIN_CRIMES"
    TOP_N = "TOP_N"
    BUFFER = "BUFFER"
    SIMPLIFY = "SIMPLIFY"
    MIN_AREA = "MIN_AREA"
    STUDY_AREA = "STUDY_AREA"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return (
            self.tr(
                "Draws geofence polygons around hot spots: cells with gi_bin at or above the minimum bin are "
                "dissolved, contiguous cells (sharing an edge) forming one fence; an optional buffer allows "
                "for GPS error, outlines can be simplified and slivers dropped. Fences are ranked by harm "
                "(1 = most harm) and carry their harm, crimes and area, and three scores:\n"
                "pai: Prediction Accuracy Index (Chainey et al. 2008), share of crimes captured ÷ share of the "
                "study area covered;\n"
                "pai_harm: the same with harm (a harm PAI);\n"
                "pei: Predictive Efficiency Index, crimes captured ÷ the most crimes tested cells of the same "
                "total area could capture (1 = the busiest cells possible).\n"
                "Crimes, harm and area are those of the fence's cells (the buffer is a GPS allowance and is not "
                "counted). The study area is the Study area boundary when given (use the boundary the hot "
                "spots were computed in), else the area of all the tested cells, never a bounding box. The "
                "log and the layer's metadata give the scores of all fences together."
            )
            + "\n\n"
            + self.tr(
                "Loaded into a project (run from the toolbox), the output also adds the print layout Geofence "
                "briefing atlas (Project ▸ Layouts): a page per fence, most harmful first, with its map and figures."
            )
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.INPUT,
            self.tr("Hot spot cells"),
            self.tr("The cell output of Harm-weighted hot spots (needs the fields gi_bin, harm and n_crimes)."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add_number(
            self.MIN_BIN,
            self.tr("Minimum Gi* bin"),
            self.tr("Cells with gi_bin at or above this qualify: 1 = 90 %, 2 = 95 %, 3 = 99 % confidence hot spots."),
            default=2,
            minimum=1,
            maximum=3,
            integer=True,
        )
        self.add_number(
            self.MIN_CRIMES,
            self.tr("Minimum crimes in a cell"),
            self.tr(
                "A hot cell qualifies only when it holds at least this many crimes (n_crimes). 0 = every hot cell, "
                "including empty cells that are hot because of their neighbours; 1 or 2 keeps fences to the "
                "places where crime (or repeat crime) was recorded, so they stay patrol-sized."
            ),
            default=0,
            integer=True,
            optional=True,
        )
        self.add_number(
            self.TOP_N,
            self.tr("Keep the top N fences (0 = all)"),
            self.tr("Keep only the N fences with the most harm (forces usually pick 20–80 hot spots)."),
            default=0,
            integer=True,
        )
        self.add_number(
            self.BUFFER,
            self.tr("Buffer (m)"),
            self.tr("Widen each fence by this many metres to allow for GPS error (10–25 m is typical)."),
        )
        self.add_number(
            self.SIMPLIFY,
            self.tr("Simplify tolerance (m)"),
            self.tr("Simplify outlines with this tolerance in metres (0 = keep cell edges)."),
        )
        self.add_number(
            self.MIN_AREA, self.tr("Minimum area (m²)"), self.tr("Drop fences smaller than this (slivers).")
        )
        self.add_source(
            self.STUDY_AREA,
            self.tr("Study area boundary"),
            self.tr(
                "The boundary the hot spots were computed in (Harm-weighted hot spots' BOUNDARY): its area is "
                "the study area A of PAI, and fence cells are measured within it. Empty: A is the area of all "
                "the tested cells."
            ),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Geofences"),
            self.tr("Fence polygons with fence_id, name, rank, harm, n_crimes, area_m2, pai, pai_harm and pei."),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        self.addOutput(QgsProcessingOutputNumber("N_FENCES", self.tr("Fences drawn")))
        self.addOutput(QgsProcessingOutputNumber("HARM_SHARE", self.tr("Share of harm inside fences (%)")))
        self.addOutput(QgsProcessingOutputNumber("AREA_SHARE", self.tr("Share of the area inside fences (%)")))
        self.addOutput(QgsProcessingOutputNumber("CRIME_SHARE", self.tr("Share of crimes inside fences (%)")))
        self.addOutput(QgsProcessingOutputNumber("PAI", self.tr("PAI of all fences together")))
        self.addOutput(QgsProcessingOutputNumber("PAI_HARM", self.tr("Harm PAI of all fences together")))
        self.addOutput(QgsProcessingOutputNumber("PEI", self.tr("PEI of all fences together")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import numpy as np
        from shapely.prepared import prep

        from ..core.geofence import Scores, StudyCells, fences_from_cells
        from ..qgis_io.crs import Reprojection, working_crs
        from ..qgis_io.layers import CELL_FIELDS, boundary_geometry, read_cells, require_cell_fields

        source = self.source(parameters, self.INPUT, context)
        require_cell_fields(source, layer_name=self.tr("The cell layer"))
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The cell layer is empty. Run Harm-weighted hot spots first."))
        crs = working_crs(source.sourceCrs(), source.sourceExtent(), self.tr("The cell layer"), feedback)
        reprojection = Reprojection(source.sourceCrs(), crs, context)
        transforms = {}
        if not reprojection.identity:
            transforms["Cells reprojected"] = reprojection.description
        min_bin = self.parameterAsInt(parameters, self.MIN_BIN, context)
        min_crimes = self.parameterAsInt(parameters, self.MIN_CRIMES, context)
        study_area = None
        study_source = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if study_source is not None:
            study_reprojection = Reprojection(study_source.sourceCrs(), crs, context)
            study_area = boundary_geometry(study_source, context, crs, feedback, study_reprojection)
            if study_area is None or study_area.area <= 0:
                raise QgsProcessingException(
                    self.tr(
                        "The study area boundary has no polygons. Choose the polygon layer the hot spots were "
                        "computed in, or leave it empty."
                    )
                )
            if not study_reprojection.identity:
                transforms["Study area reprojected"] = study_reprojection.description

        # Every cell counts towards N, H, n* and A; only qualifying cells are dissolved, so only they need
        # shapes, unless a study area cuts cells at its edge.
        table = read_cells(
            source,
            reprojection,
            required=CELL_FIELDS,
            shape_if=None if study_area is not None else (lambda b, h, c: b >= min_bin and c >= min_crimes),
            feedback=feedback,
            progress=(0.0, 60.0),
            layer_name=self.tr("The cell layer"),
        )
        qualifying = table.hot(min_bin, min_crimes)
        if study_area is not None:
            inside = prep(study_area)
            for i, shape in enumerate(table.shapes):
                if not inside.contains(shape):
                    table.area[i] = shape.intersection(study_area).area  # a cell cut by the study area's edge
        members = np.nonzero(qualifying)[0].astype(np.int64)
        cells = [table.shapes[i] for i in members]
        check_cancel(feedback)
        n_cells = len(table)
        total_harm = float(sum(table.harm.tolist()))  # summed in feature order
        rule = f"gi_bin ≥ {min_bin}" + (f" and at least {min_crimes} crime(s)" if min_crimes else "")
        feedback.pushInfo(self.tr("{:,} of {:,} cells have {}.").format(len(cells), n_cells, rule))
        study = StudyCells.of(
            table.n_crimes.tolist(),
            table.harm.tolist(),
            table.area.tolist(),
            study_area.area if study_area is not None else None,
        )
        if study_area is not None:
            area_text = f"{study.study_area_m2 / 1e6:,.3f} km², the study area boundary"
        else:
            area_text = f"{study.study_area_m2 / 1e6:,.3f} km², the area of the {n_cells:,} tested cells"
        check_cancel(feedback)
        feedback.setProgress(60)
        fences = run_core(
            fences_from_cells,
            cells,
            study.harm[members],
            study.crimes[members].astype(np.int64),
            np.ones(len(cells), dtype=bool),
            total_harm=total_harm,
            total_area=study.study_area_m2,
            top_n=self.parameterAsInt(parameters, self.TOP_N, context),
            buffer_m=self.parameterAsDouble(parameters, self.BUFFER, context),
            simplify_m=self.parameterAsDouble(parameters, self.SIMPLIFY, context),
            min_area_m2=self.parameterAsDouble(parameters, self.MIN_AREA, context),
            study=study,
            cell_index=members,
        )
        check_cancel(feedback)
        feedback.setProgress(80)

        fence_crimes = sum(f.n_crimes for f in fences)
        fence_harm = sum(f.harm for f in fences)
        fence_area = sum(f.cells_area_m2 for f in fences)
        together = study.score(np.concatenate([f.cells for f in fences])) if fences else Scores(0.0, 0.0, 0.0)
        harm_share = 100.0 * fence_harm / total_harm if total_harm > 0 else 0.0
        total_crimes = float(study.crimes.sum())
        crime_share = 100.0 * fence_crimes / total_crimes if total_crimes > 0 else 0.0
        area_share = 100.0 * fence_area / study.study_area_m2 if study.study_area_m2 > 0 else 0.0
        if not fences:
            feedback.pushWarning(
                self.tr(
                    "No fences: no cells have {} (or all were dropped by the minimum area). "
                    "Lower the minimum bin, the minimum crimes or the minimum area."
                ).format(rule)
            )
        areas = sorted(f.area_m2 for f in fences)
        choices = {
            "Fences": f"{len(fences)}"
            + (f" ({areas[0]:,.0f} to {areas[-1]:,.0f} m², median {areas[len(areas) // 2]:,.0f} m²)" if areas else ""),
            "Study area A": area_text,
            "Harm captured": f"{harm_share:.1f} % of the harm and {crime_share:.1f} % of the crimes on "
            f"{area_share:.2f} % of the area",
            "All fences together": f"PAI {together.pai:.2f} (crimes), harm PAI {together.pai_harm:.2f}, "
            f"PEI {together.pei:.2f}",
            "Scores": "pai = (n/N)/(a/A) with crimes, pai_harm the same with harm (Chainey et al. 2008); "
            "pei = n/n*, n* the most crimes tested cells of the same area hold (busiest per m² first); "
            "n, a from the fence's cells (buffer not counted)",
            "Cells used": rule,
            "Buffer": f"{self.parameterAsDouble(parameters, self.BUFFER, context):g} m",
            **transforms,
        }
        for key, value in choices.items():
            feedback.pushInfo(f"{self.tr(key)}: {value}")  # keys that are also output names are translated

        fields = make_fields(FENCE_FIELDS)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Polygon, crs)
        for fence in fences:
            check_cancel(feedback)
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    fence.fence_id,
                    fence.name,
                    fence.rank,
                    fence.harm,
                    fence.n_crimes,
                    fence.area_m2,
                    fence.pai,
                    fence.pai_harm,
                    fence.pei,
                ]
            )
            feature.setGeometry(from_shape(fence.geometry))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        from ..qgis_io.layouts import style_with_layout

        inputs = [self.parameterAsVectorLayer(parameters, self.INPUT, context)]
        style_with_layout(context, dest_id, "atlas", "geofences.qml", describe(choices), self.tr("Geofences"), inputs)
        return {
            self.OUTPUT: dest_id,
            "N_FENCES": len(fences),
            "HARM_SHARE": harm_share,
            "AREA_SHARE": area_share,
            "CRIME_SHARE": crime_share,
            "PAI": together.pai,
            "PAI_HARM": together.pai_harm,
            "PEI": together.pei,
        }
