"""hotspot:harmhotspots — points to a grid of harm-weighted Getis–Ord Gi* hot spots."""

from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.feedback import check_cancel
from ..qgis_io.fields import make_fields
from ..qgis_io.values import is_null
from .base import HotspotAlgorithm, describe, progress_callback, run_core, write_features

#: A numeric field with this name (any case) is the harm when no other choice is made.
DEFAULT_HARM_FIELD = "harm"

CELL_FIELDS = [
    ("cell_id", "LongLong"),
    ("n_crimes", "Int"),
    ("harm", "Double"),
    ("gi_z", "Double"),
    ("gi_p", "Double"),
    ("gi_bin", "Int"),
    ("n_neighbours", "Int"),
    ("harm_rank", "Int"),
]


class HarmHotspotsAlgorithm(HotspotAlgorithm):
    NAME = "harmhotspots"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("HarmHotspotsAlgorithm", "Harm-weighted hot spots (Gi*)")
    GROUP = QT_TRANSLATE_NOOP("HarmHotspotsAlgorithm", "Hot spots")
    GROUP_ID = "hotspots"

    INPUT = "INPUT"
    HARM_FIELD = "HARM_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    HARM_TABLE = "HARM_TABLE"
    GRID_TYPE = "GRID_TYPE"
    CELL_SIZE = "CELL_SIZE"
    DISTANCE_BAND = "DISTANCE_BAND"
    FDR = "FDR"
    BOUNDARY = "BOUNDARY"
    COUNT_ONLY = "COUNT_ONLY"
    DASK_SCHEDULER = "DASK_SCHEDULER"
    OUTPUT = "OUTPUT"
    GRID_TYPES = ["square", "hexagon"]

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return (
            self.tr(
                "Aggregates crime points into a square or hexagon grid, weighting each crime by its harm, "
                "and tests the cells with the Getis–Ord Gi* statistic (binary distance-band weights, the "
                "cell itself included). gi_bin is −3..3: ±3 at 99 %, ±2 at 95 %, ±1 at 90 % confidence, "
                "with Benjamini–Hochberg false discovery rate correction when FDR is on. gi_z and gi_p are "
                "unadjusted.\n\n"
                "Which cells are tested (ArcGIS Optimized Hot Spot Analysis): with no study area boundary, "
                "only cells holding at least one crime; with a boundary, every cell sharing area with it, "
                "empty cells included, and only crimes inside the boundary count.\n\n"
                "Harm: a numeric harm field (a field called 'harm' is used when nothing else is chosen), or a "
                "crime-type field with a harm table (the shipped table when none is given); 'Count crimes' "
                "weighs every crime 1.\n\n"
                "Automatic choices (cell size 0 → 150 m, the UK practice; distance band 0 → incremental "
                "spatial autocorrelation, the first significant peak of Moran's I) and a summary (crimes used "
                "and dropped, cells tested, FDR cut-offs, hot and cold cells, share of harm in hot cells) are "
                "written to the log and the output's metadata. Geographic input in Great Britain is "
                "reprojected to EPSG:27700 (OSTN15 when available; the log names the operation); at least 30 "
                "incidents are needed."
            )
            + "\n\n"
            + self.tr(
                "Loaded into a project (run from the toolbox), the output also adds the print layout Hot spot map "
                "(Project ▸ Layouts): legend, scale bar, north arrow, attribution and the protective marking."
            )
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.INPUT,
            self.tr("Crime points"),
            self.tr("One point per crime, e.g. the output of Import police.uk street crime CSV."),
            [QgsProcessing.SourceType.TypeVectorPoint],
        )
        self.add_harm_parameters(self.INPUT)
        self.add(
            QgsProcessingParameterEnum(
                self.GRID_TYPE,
                self.tr("Grid type"),
                options=[self.tr("Square (fishnet)"), self.tr("Hexagon")],
                defaultValue=0,
            ),
            self.tr("Square cells (UK practice) or hexagons (cell size = distance between hexagon centres)."),
        )
        self.add_number(
            self.CELL_SIZE,
            self.tr("Cell size (m, 0 = automatic)"),
            self.tr("Cell edge in metres. 0 chooses 150 m, made coarser only for very large areas."),
        )
        self.add_number(
            self.DISTANCE_BAND,
            self.tr("Distance band (m, 0 = automatic)"),
            self.tr(
                "Cells whose centres are within this many metres are neighbours (the cell itself included). "
                "0 chooses it by incremental spatial autocorrelation."
            ),
        )
        self.add(
            QgsProcessingParameterBoolean(self.FDR, self.tr("Correct for multiple testing (FDR)"), defaultValue=True),
            self.tr("Benjamini–Hochberg false discovery rate correction of the significance bins."),
        )
        self.add_source(
            self.BOUNDARY,
            self.tr("Study area boundary"),
            self.tr(
                "Polygons where crime can happen (e.g. the force or district area). Given: every cell sharing "
                "area with it is tested, empty cells included, and crimes outside it are left out and "
                "counted. Not given: only cells holding at least one crime are tested."
            ),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        self.add_count_only()
        self.add_dask_scheduler(
            self.tr(
                "Empty: Gi* in memory, in this process. local (a Dask cluster on this computer) or an address such as "
                "tcp://host:8786: the grid (square or hexagon) is computed in tiles with a halo of the band's reach, "
                "giving the same numbers, for national grids. Needs the Python packages dask and distributed."
            )
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Hot spot cells"),
            self.tr("Grid cells with cell_id, n_crimes, harm, gi_z, gi_p, gi_bin, n_neighbours, harm_rank."),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        for key, label in [
            ("CELL_SIZE_USED", self.tr("Cell size used (m)")),
            ("DISTANCE_BAND_USED", self.tr("Distance band used (m)")),
            ("CELLS_TESTED", self.tr("Cells tested")),
            ("HOT_CELLS", self.tr("Hot cells (95 % or more)")),
            ("HARM_SHARE_HOT", self.tr("Share of harm in hot cells (%)")),
            ("COLD_CELLS", self.tr("Cold cells (95 % or more)")),
            ("INCIDENTS_USED", self.tr("Incidents used")),
        ]:
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString("CELL_RULE", self.tr("Which cells were tested")))

    def add_harm_parameters(self, parent: str):
        """The harm field, crime type field and harm table of the crime layer ``parent`` (read by ``_harm``)."""
        self.add(
            QgsProcessingParameterField(
                self.HARM_FIELD,
                self.tr("Harm field"),
                parentLayerParameterName=parent,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr(
                "Numeric field with each crime's harm (e.g. 'harm' from the police.uk import). Left empty, a "
                "numeric field called 'harm' is used if the layer has one; otherwise choose a crime type "
                "field, or crimes are counted (with a warning)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CATEGORY_FIELD, self.tr("Crime type field"), parentLayerParameterName=parent, optional=True
            ),
            self.tr("Field with the crime type, weighted through the harm table. Use instead of a harm field."),
        )
        self.add(
            QgsProcessingParameterFile(self.HARM_TABLE, self.tr("Harm table (CSV)"), extension="csv", optional=True),
            self.tr("CSV crime_type,weight used with the crime type field; empty = the shipped approximate table."),
        )

    def add_dask_scheduler(self, help_text: str):
        """The advanced DASK_SCHEDULER string (empty = in memory in this process, ``local`` or an address)."""
        self.add(
            QgsProcessingParameterString(
                self.DASK_SCHEDULER, self.tr("Dask scheduler"), defaultValue="", optional=True
            ),
            help_text,
            advanced=True,
        )

    def dask_runner(self, parameters, context, feedback):
        """A :class:`..core.dask_scale.cluster.Runner` for DASK_SCHEDULER, or None when it is empty.

        Without dask and distributed it stops with a message naming them and how to install them.
        """
        scheduler = (self.parameterAsString(parameters, self.DASK_SCHEDULER, context) or "").strip()
        if not scheduler:
            return None
        from ..core.dask_scale import require

        run_core(require, ("dask", "distributed"))
        from ..core.dask_scale.cluster import TILE_PACKAGES, Runner

        runner = run_core(Runner, scheduler, needs=TILE_PACKAGES)
        feedback.pushInfo(self.tr("Gi* in tiles on {where}.").format(where=runner.where))
        return runner

    def add_count_only(self):
        """The advanced 'Count crimes (ignore harm)' switch (read by ``_harm``)."""
        self.add(
            QgsProcessingParameterBoolean(
                self.COUNT_ONLY, self.tr("Count crimes (ignore harm)"), defaultValue=False, optional=True
            ),
            self.tr(
                "Weigh every crime 1 even when the layer has a harm field. The summary warns that the result "
                "counts crimes rather than weighing their harm."
            ),
            advanced=True,
        )

    def _harm(self, parameters, context, source, feedback):
        """Field names to read, a function turning their values into ``(harm, unknown types)``, and
        whether the run counts crimes.

        ``harm`` is None when every crime counts 1; ``unknown`` counts crime types missing from the
        harm table (their harm is NaN).
        """
        from collections import Counter

        from ..core.harm import load_harm_table
        from ..qgis_io.layers import to_float

        harm_field = self.parameterAsString(parameters, self.HARM_FIELD, context)
        category_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context)
        table_path = self.parameterAsFile(parameters, self.HARM_TABLE, context)
        count_only = self.parameterAsBoolean(parameters, self.COUNT_ONLY, context)
        if harm_field and category_field:
            raise QgsProcessingException(
                self.tr("Give either a harm field or a crime type field (with a harm table), not both.")
            )
        if count_only and (harm_field or category_field):
            raise QgsProcessingException(
                self.tr(
                    "'Count crimes' ignores harm: leave the harm field and the crime type field empty, or untick it."
                )
            )
        if table_path and not category_field:
            raise QgsProcessingException(
                self.tr("A harm table needs a crime type field: choose the field that holds the crime type.")
            )
        if not (harm_field or category_field or count_only):
            default = next(
                (f for f in source.fields() if f.name().lower() == DEFAULT_HARM_FIELD and f.isNumeric()), None
            )
            if default is not None:
                harm_field = default.name()
                feedback.pushInfo(
                    self.tr(
                        "Harm: the layer's numeric field {} (used because no harm field, crime type "
                        "field or 'Count crimes' was chosen)."
                    ).format(harm_field)
                )
                return [harm_field], lambda cols: (to_float(cols[harm_field], harm_field), Counter()), False
        if harm_field:
            feedback.pushInfo(self.tr("Harm: field {}.").format(harm_field))
            return [harm_field], lambda cols: (to_float(cols[harm_field], harm_field), Counter()), False
        if category_field:
            table = run_core(load_harm_table, table_path or None)
            feedback.pushInfo(self.tr("Harm: crime type field {} weighted by {}.").format(category_field, table.path))

            def weigh(cols):
                return table.apply(["" if is_null(v) else str(v) for v in cols[category_field]])

            return [category_field], weigh, False
        feedback.pushInfo(self.tr("Harm: none, every crime counts 1."))
        return [], lambda cols: (None, Counter()), True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import numpy as np

        from ..core.hotspots import detect_hotspots, summary_lines
        from ..qgis_io.crs import Reprojection, working_crs
        from ..qgis_io.layers import boundary_geometry, ogr_points_fast, source_points

        source = self.source(parameters, self.INPUT, context)
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The crime layer is empty. Choose a layer with crime points."))
        crs = working_crs(source.sourceCrs(), source.sourceExtent(), self.tr("The crime layer"), feedback)
        fields, harm_of, counts_only = self._harm(parameters, context, source, feedback)
        fast = ogr_points_fast(
            parameters.get(self.INPUT),
            self.parameterAsVectorLayer(parameters, self.INPUT, context),
            crs,
            fields,
            feedback=feedback,
        )
        reprojection = Reprojection(source.sourceCrs(), crs, context)
        if fast is not None:
            feedback.pushInfo(self.tr("Read the points through GDAL directly (whole file layer, no filter)."))
        x, y, columns, skipped = fast or source_points(
            source, context, crs, fields, feedback, self.tr("The crime layer"), reprojection=reprojection
        )
        check_cancel(feedback)
        if skipped:
            feedback.pushWarning(self.tr("{} features have no geometry and were left out.").format(skipped))
        harm, unknown = harm_of(columns)
        dropped = {"with no geometry": skipped}
        if unknown:
            listing = "; ".join(f"{k}: {v}" for k, v in sorted(unknown.items()))
            feedback.pushWarning(
                self.tr(
                    "{} crimes have types missing from the harm table and were left out: {}. "
                    "Add these types to the harm table to include them."
                ).format(sum(unknown.values()), listing)
            )
            dropped["with a crime type missing from the harm table"] = sum(unknown.values())
            keep = np.isfinite(harm)
            x, y, harm = x[keep], y[keep], harm[keep]
        if harm is None:
            harm = np.ones(x.size)

        boundary = None
        boundary_reprojection = None
        boundary_source = self.parameterAsSource(parameters, self.BOUNDARY, context)
        if boundary_source is not None:
            boundary_reprojection = Reprojection(boundary_source.sourceCrs(), crs, context)
            boundary = boundary_geometry(boundary_source, context, crs, feedback, boundary_reprojection)
            if boundary is None:
                raise QgsProcessingException(
                    self.tr("The boundary layer has no polygons. Choose a polygon layer with features.")
                )
        check_cancel(feedback)
        grid_type = self.GRID_TYPES[self.parameterAsEnum(parameters, self.GRID_TYPE, context)]
        fdr = self.parameterAsBoolean(parameters, self.FDR, context)
        runner = self.dask_runner(parameters, context, feedback)
        gi_grid = None
        if runner is not None:
            from functools import partial

            from ..core.dask_scale.hotspots import gi_star_grid_tiled

            gi_grid = partial(gi_star_grid_tiled, scheduler=runner.client)
        try:
            result = run_core(
                detect_hotspots,
                x,
                y,
                harm,
                grid_type=grid_type,
                cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
                band=self.parameterAsDouble(parameters, self.DISTANCE_BAND, context),
                fdr=fdr,
                boundary=boundary,
                progress=progress_callback(feedback, 20, 70),
                gi_grid=gi_grid,
            )
        finally:
            if runner is not None:
                runner.close()
        summary = result.summary()
        lines, warnings = summary_lines(result, dropped, counts_only)
        choices = {"CRS": crs.authid()}
        if not reprojection.identity:
            choices["Crimes reprojected"] = reprojection.description
        if boundary_reprojection is not None and not boundary_reprojection.identity:
            choices["Boundary reprojected"] = boundary_reprojection.description
        if boundary is not None:
            choices["Study area"] = f"{boundary.area / 1e6:,.2f} km² (the boundary)"
        choices.update(lines)
        for key, value in choices.items():
            feedback.pushInfo(f"{self.tr(key)}: {value}")  # keys that are also output names are translated
        for warning in warnings:
            feedback.pushWarning(warning)
        check_cancel(feedback)

        out_fields = make_fields(CELL_FIELDS)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, out_fields, QgsWkbTypes.Type.Polygon, crs)
        self._write_cells(sink, out_fields, result, context, feedback)
        abstract = describe(choices)
        if warnings:
            abstract += "\n" + "\n".join(f"Warning: {w}" for w in warnings)
        from ..qgis_io.layouts import style_with_layout

        inputs = [self.parameterAsVectorLayer(parameters, name, context) for name in (self.INPUT, self.BOUNDARY)]
        style_with_layout(context, dest_id, "hotspot", "hotspots.qml", abstract, self.tr("Harm hot spots"), inputs)
        return {
            self.OUTPUT: dest_id,
            "CELL_SIZE_USED": result.cell_size,
            "DISTANCE_BAND_USED": result.band,
            "CELLS_TESTED": result.n_cells,
            "HOT_CELLS": summary["hot_cells_95"],
            "HARM_SHARE_HOT": 100.0 * summary["harm_share_hot_95"],
            "COLD_CELLS": summary["cold_cells_95"],
            "INCIDENTS_USED": summary["incidents_used"],
            "CELL_RULE": result.cell_rule,
        }

    @staticmethod
    def cell_geometry(grid, ids):
        """A function giving the polygon (QgsGeometry) of the i-th of the grid cells ``ids``."""
        if grid.kind == "square":
            cx, cy = grid.centres(ids)
            half = grid.size / 2.0
            boxes = list(zip((cx - half).tolist(), (cy - half).tolist(), (cx + half).tolist(), (cy + half).tolist()))

            def geometry(i):
                return QgsGeometry.fromRect(QgsRectangle(*boxes[i]))
        else:
            rings = grid.cell_rings(ids).tolist()

            def geometry(i):
                return QgsGeometry.fromPolygonXY([[QgsPointXY(px, py) for px, py in rings[i]]])

        return geometry

    @staticmethod
    def _write_cells(sink, fields, result, context, feedback, batch_size: int = 20000):
        """Write the tested cells: into a new GeoPackage in bulk (one SQLite transaction, geometry blobs made
        by numpy), otherwise through the sink in batches (one addFeatures call per batch)."""
        from ..core.geopackage import polygon_blobs
        from ..qgis_io.outputs import bulk_table

        grid = result.grid
        ids = result.cell_ids
        columns = [
            ids.tolist(),
            result.n_crimes.tolist(),
            result.harm.tolist(),
            result.z.tolist(),
            result.p.tolist(),
            result.gi_bin.tolist(),
            result.n_neighbours.tolist(),
            result.harm_rank.tolist(),
        ]
        total = max(len(ids), 1)
        bulk = bulk_table(context, sink)
        if bulk is not None:

            def chunks():
                for start in range(0, len(ids), batch_size):
                    feedback.setProgress(70 + 30.0 * start / total)
                    part = slice(start, start + batch_size)
                    blobs, boxes = polygon_blobs(grid.cell_rings(ids[part]), bulk.srs_id)
                    yield [blobs] + [c[part] for c in columns], boxes

            bulk.write([name for name, _ in CELL_FIELDS], chunks(), feedback)
            return
        rows = list(zip(*columns))
        write_features(
            sink, fields, rows, feedback, HarmHotspotsAlgorithm.cell_geometry(grid, ids), (70, 100), batch_size
        )
