"""hotspot:emerginghotspots — timed crimes to the 17 emerging hot spot categories on harmhotspots' cells."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.feedback import check_cancel
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import style_on_load
from .base import describe, progress_callback, run_core, write_features
from .harm_hotspots import HarmHotspotsAlgorithm

CELL_FIELDS = [
    ("cell_id", "LongLong"),
    ("category", "String"),
    ("category_code", "Int"),
    ("trend_z", "Double"),
    ("trend_p", "Double"),
    ("trend_tau", "Double"),
    ("n_hot_steps", "Int"),
    ("n_cold_steps", "Int"),
    ("n_sig_steps", "Int"),
    ("last_gi_bin", "Int"),
    ("n_crimes", "Int"),
    ("harm", "Double"),
]
STEP_FIELDS = [
    ("cell_id", "LongLong"),
    ("step", "Int"),
    ("step_start", "DateTime"),
    ("step_end", "DateTime"),
    ("n_crimes", "Int"),
    ("harm", "Double"),
    ("gi_z", "Double"),
    ("gi_p", "Double"),
    ("gi_bin", "Int"),
]


class EmergingHotspotsAlgorithm(HarmHotspotsAlgorithm):
    """Shares Harm-weighted hot spots' harm parameters, grid and cells (it subclasses it for them)."""

    NAME = "emerginghotspots"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("EmergingHotspotsAlgorithm", "Emerging hot spots (space-time Gi*)")
    GROUP = QT_TRANSLATE_NOOP("EmergingHotspotsAlgorithm", "Trends")
    GROUP_ID = "trends"

    CRIMES = "CRIMES"
    TIME_FIELD = "TIME_FIELD"
    TIME_STEP = "TIME_STEP"
    TIME_NEIGHBOURS = "TIME_NEIGHBOURS"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    GLOBAL_WINDOW = "GLOBAL_WINDOW"
    SIGNIFICANCE = "SIGNIFICANCE"
    TIMEZONE = "TIMEZONE"
    OUTPUT_STEPS = "OUTPUT_STEPS"
    ALL_STEP_BINS = "ALL_STEP_BINS"
    TIME_STEPS = ["day", "week", "month"]
    GLOBAL_WINDOWS = ["cube", "neighbourhood"]

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Emerging hot spot analysis (after ArcGIS's tool of that name): crimes with a date-time are "
            "binned into a space-time cube of the same grid cells as Harm-weighted hot spots (same grid, "
            "cell size, distance band and cell rule: only cells with crimes, or every cell of the study area "
            "boundary) by calendar step (day, Monday-based week or month, local time). Each cell and step "
            "gets a Gi* z-score whose neighbours are the cells within the distance band in that step and in "
            "the TIME_NEIGHBOURS previous steps; significance bins use Benjamini–Hochberg FDR per step. A "
            "Mann–Kendall test on each cell's series of z-scores gives its trend (trend_z, trend_p), and the "
            "17 ArcGIS categories follow from the bins with ArcGIS's 90 % rules: new, consecutive, "
            "intensifying, persistent, diminishing, sporadic, oscillating and historical hot or cold spots, "
            "or no pattern.\n\n"
            "Outputs: the cells with category, trend and steps significant (n_sig_steps), and a per-step "
            "layer (cell_id, step, step_start, step_end, gi_z, gi_p, gi_bin) set up for the Temporal "
            "Controller, so the map plays week by week. At least 10 steps are needed; a partly covered first "
            "or last step is warned about (it looks like a trend).\n\n"
            "Automatic choices (cell size and distance band as in Harm-weighted hot spots, the period from "
            "the first to the last crime, the harm field) are written to the log and the outputs' metadata."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.CRIMES,
            self.tr("Crime points"),
            self.tr("One point per crime, with the date-time it happened."),
            [QgsProcessing.SourceType.TypeVectorPoint],
        )
        self.add(
            QgsProcessingParameterField(
                self.TIME_FIELD, self.tr("Date-time field"), parentLayerParameterName=self.CRIMES
            ),
            self.tr(
                "When each crime happened: a date-time field, or text such as 2026-03-01T21:15 or 01/03/2026 "
                "21:15. Times without an offset are local time in the time zone."
            ),
        )
        self.add_harm_parameters(self.CRIMES)
        self.add(
            QgsProcessingParameterEnum(
                self.GRID_TYPE,
                self.tr("Grid type"),
                options=[self.tr("Square (fishnet)"), self.tr("Hexagon")],
                defaultValue=0,
            ),
            self.tr("Square cells (UK practice) or hexagons, as Harm-weighted hot spots."),
        )
        self.add_number(
            self.CELL_SIZE,
            self.tr("Cell size (m, 0 = automatic)"),
            self.tr("Cell edge in metres. 0 chooses it as Harm-weighted hot spots does (150 m for a town)."),
        )
        self.add_number(
            self.DISTANCE_BAND,
            self.tr("Distance band (m, 0 = automatic)"),
            self.tr(
                "Cells whose centres are within this many metres are spatial neighbours (the cell itself "
                "included). 0 chooses it by incremental spatial autocorrelation on the whole period."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.TIME_STEP,
                self.tr("Time step"),
                options=[self.tr("Day"), self.tr("Week"), self.tr("Month")],
                defaultValue=1,
            ),
            self.tr("The length of each step of the cube: local calendar days, Monday-based weeks or months."),
        )
        self.add_number(
            self.TIME_NEIGHBOURS,
            self.tr("Time neighbours (previous steps)"),
            self.tr(
                "How many previous steps of the same and nearby cells count as neighbours of a cell and step "
                "(ArcGIS's neighbourhood time step less one). 0: each step on its own."
            ),
            default=1,
            integer=True,
        )
        self.add_source(
            self.BOUNDARY,
            self.tr("Study area boundary"),
            self.tr(
                "Polygons where crime can happen. Given: every cell sharing area with it is tested, empty "
                "cells included, and crimes outside it are left out. Not given: only cells with at least one "
                "crime in the period are tested."
            ),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        for key, label, help_text in (
            (
                self.START_DATE,
                self.tr("First day (YYYY-MM-DD)"),
                self.tr("First day of the period; empty: the first crime's day."),
            ),
            (
                self.END_DATE,
                self.tr("Last day (YYYY-MM-DD)"),
                self.tr("Last day of the period (inclusive); empty: the last crime's day."),
            ),
        ):
            self.add(QgsProcessingParameterString(key, label, optional=True), help_text)
        self.add(
            QgsProcessingParameterEnum(
                self.GLOBAL_WINDOW,
                self.tr("Global window"),
                options=[self.tr("Entire cube"), self.tr("Each step's time window")],
                defaultValue=0,
            ),
            self.tr(
                "Over which bins Gi*'s mean and standard deviation are taken: the entire cube (ArcGIS's default) "
                "or the steps of each bin's time window (with 0 time neighbours: each step alone, exactly "
                "Harm-weighted hot spots on that step)."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.FDR, self.tr("Correct for multiple testing (FDR)"), defaultValue=True),
            self.tr("Benjamini–Hochberg false discovery rate correction of each step's bins."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(
                self.SIGNIFICANCE,
                self.tr("A step is a hot or cold spot from"),
                options=[self.tr("90 % confidence"), self.tr("95 % confidence"), self.tr("99 % confidence")],
                defaultValue=0,
            ),
            self.tr("The bin a step must reach to count as a hot or cold spot in the categories (ArcGIS: 90 %)."),
            advanced=True,
        )
        self.add_timezone(
            self.TIMEZONE,
            self.tr("Time zone"),
            self.tr("IANA time zone of the calendar steps and of times without an offset."),
        )
        self.add_count_only()
        self.add_dask_scheduler(
            self.tr(
                "Empty: in memory, in this process. local (a Dask cluster on this computer) or an address such as "
                "tcp://host:8786: the space-time cube's Gi* (and the whole period's, which picks the cells) is "
                "computed in tiles with a halo of the band's reach and the time neighbours, square or hexagon grid, "
                "giving the same numbers, for national grids. Needs the Python packages dask and distributed."
            )
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.ALL_STEP_BINS, self.tr("Per-step layer: every cell in every step"), defaultValue=False
            ),
            self.tr(
                "Write every cell in every step to the per-step layer (cells × steps features: large). Off: only "
                "the bins that are hot or cold spots, which is what the Temporal Controller shows."
            ),
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Emerging hot spot cells"),
            self.tr(
                "Tested cells with category, category_code (1..8 hot, −1..−8 cold, 0 no pattern), trend_z, "
                "trend_p, trend_tau, n_hot_steps, n_cold_steps, n_sig_steps, last_gi_bin, n_crimes, harm."
            ),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        self.add_sink(
            self.OUTPUT_STEPS,
            self.tr("Emerging hot spots by step (temporal)"),
            self.tr(
                "Cells by step with step_start, step_end, n_crimes, harm, gi_z, gi_p, gi_bin; plays in the "
                "Temporal Controller."
            ),
            QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True,
        )
        for key, label in [
            ("CELL_SIZE_USED", self.tr("Cell size used (m)")),
            ("DISTANCE_BAND_USED", self.tr("Distance band used (m)")),
            ("CELLS_TESTED", self.tr("Cells tested")),
            ("STEPS", self.tr("Time steps")),
            ("HOT_SPOT_CELLS", self.tr("Cells in a hot spot category")),
            ("COLD_SPOT_CELLS", self.tr("Cells in a cold spot category")),
            ("NEW_HOT_SPOTS", self.tr("New hot spots")),
            ("INTENSIFYING_HOT_SPOTS", self.tr("Intensifying hot spots")),
        ]:
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import numpy as np

        from ..core.grid import points_in_polygons
        from ..core.hotspots import detect_hotspots
        from ..core.trends.emerging import INTENSIFYING, NEW, build_cube, cube_rows, emerging_hotspots
        from ..core.trends.instants import in_period_of
        from ..qgis_io.crs import Reprojection, working_crs
        from ..qgis_io.layers import boundary_geometry
        from ..qgis_io.trend_io import read_crimes

        source = self.source(parameters, self.CRIMES, context)
        if source.featureCount() == 0:
            raise QgsProcessingException("The crime layer is empty. Choose a layer with crime points.")
        crs = working_crs(source.sourceCrs(), source.sourceExtent(), "The crime layer", feedback)
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        tz = self.timezone(parameters, self.TIMEZONE, context)
        harm_fields, harm_of, counts_only = self._harm(parameters, context, source, feedback)
        x, y, columns = read_crimes(
            self, parameters, self.CRIMES, context, crs, [time_field] + harm_fields, feedback, "The crime layer"
        )
        check_cancel(feedback)
        harm, unknown = harm_of(columns)
        times = columns[time_field]
        if unknown:
            feedback.pushWarning(
                f"{sum(unknown.values())} crimes have types missing from the harm table and were left out: "
                + "; ".join(f"{k}: {v}" for k, v in sorted(unknown.items()))
            )
            keep = np.isfinite(harm)
            x, y, harm = x[keep], y[keep], harm[keep]
            times = [t for t, k in zip(times, keep.tolist()) if k]
        weights = np.ones(x.size) if harm is None else np.asarray(harm, dtype=float)

        start = self.parameterAsString(parameters, self.START_DATE, context).strip() or None
        end = self.parameterAsString(parameters, self.END_DATE, context).strip() or None
        time_step = self.TIME_STEPS[self.parameterAsEnum(parameters, self.TIME_STEP, context)]
        utc, first, last, in_period = run_core(in_period_of, times, tz, start, end)
        feedback.setProgress(25)

        boundary = None
        boundary_source = self.parameterAsSource(parameters, self.BOUNDARY, context)
        if boundary_source is not None:
            boundary_reprojection = Reprojection(boundary_source.sourceCrs(), crs, context)
            boundary = boundary_geometry(boundary_source, context, crs, feedback, boundary_reprojection)
            if boundary is None:
                raise QgsProcessingException(
                    "The boundary layer has no polygons. Choose a polygon layer with features."
                )
        grid_type = self.GRID_TYPES[self.parameterAsEnum(parameters, self.GRID_TYPE, context)]
        fdr = self.parameterAsBoolean(parameters, self.FDR, context)
        time_neighbours = self.parameterAsInt(parameters, self.TIME_NEIGHBOURS, context)
        global_window = self.GLOBAL_WINDOWS[self.parameterAsEnum(parameters, self.GLOBAL_WINDOW, context)]
        min_bin = self.parameterAsEnum(parameters, self.SIGNIFICANCE, context) + 1
        runner = self.dask_runner(parameters, context, feedback)
        try:
            gi_grid = None
            if runner is not None:
                from functools import partial

                from ..core.dask_scale.hotspots import gi_star_grid_tiled

                gi_grid = partial(gi_star_grid_tiled, scheduler=runner.client)
            # The same grid, cells, cell size and band as harmhotspots on the period's crimes.
            cells = run_core(
                detect_hotspots,
                x[in_period],
                y[in_period],
                weights[in_period],
                grid_type=grid_type,
                cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
                band=self.parameterAsDouble(parameters, self.DISTANCE_BAND, context),
                fdr=fdr,
                boundary=boundary,
                progress=progress_callback(feedback, 25, 45),
                gi_grid=gi_grid,
            )
            check_cancel(feedback)
            point_cell = cells.grid.locate(x, y)
            if boundary is not None:
                point_cell[~points_in_polygons(boundary, x, y, include_edge=True)] = -1
            rows = cube_rows(point_cell, cells.cell_ids)
            cube = run_core(build_cube, rows, utc, cells.n_cells, weights, time_step, tz, first, last)
            cx, cy = cells.grid.centres(cells.cell_ids)
            gi_cube = None
            if runner is not None:
                from ..core.dask_scale.emerging import tiled_gi_cube

                gi_cube = tiled_gi_cube(cells.grid, cells.cell_ids, cells.band, scheduler=runner.client)
            result = run_core(
                emerging_hotspots,
                cube,
                cx,
                cy,
                cells.band,
                time_neighbours=time_neighbours,
                global_window=global_window,
                fdr=fdr,
                min_bin=min_bin,
                progress=progress_callback(feedback, 45, 70),
                gi_cube=gi_cube,
            )
        finally:
            where = runner.where if runner is not None else "in memory, in this process"
            if runner is not None:
                runner.close()
        summary = result.summary()
        choices = {
            "CRS": crs.authid(),
            "Harm": "none, every crime counts 1" if counts_only else f"field {', '.join(harm_fields)}",
            "Cell size": f"{cells.cell_size:g} m ({cells.cell_size_reason})",
            "Distance band": f"{cells.band:g} m ({cells.band_reason})",
            "Cells tested": f"{cells.n_cells:,} ({cells.cell_rule})",
            "Period": f"{summary['period']} ("
            + ("set by the user" if start and end else "the first to the last crime where not set")
            + ")",
            "Time step": f"{time_step}, {summary['steps']} steps (local time, {tz})",
            "Time neighbours": f"{time_neighbours} previous step(s)",
            "Global window": "entire cube" if global_window == "cube" else "each step's time window",
            "Significant from": f"{summary['significant_at']} confidence" + (", FDR per step" if fdr else ""),
            "Trend": f"Mann–Kendall on each cell's Gi* z series, significant at p < {summary['trend_alpha']:g}",
            "Gi* computed": where if runner is None else f"in tiles on {where}",
            "Crimes used": f"{summary['incidents_used']:,} of {x.size:,}",
            "Categories": ", ".join(f"{k} {v}" for k, v in summary["categories"].items() if v),
        }
        for key, value in choices.items():
            feedback.pushInfo(f"{key}: {value}")
        for message in cells.messages + result.messages:
            feedback.pushWarning(message)
        abstract = describe(choices) + "".join(f"\nWarning: {m}" for m in result.messages)
        check_cancel(feedback)

        geometry = HarmHotspotsAlgorithm.cell_geometry(cells.grid, cells.cell_ids)
        frame = result.cells_frame()
        ids = cells.cell_ids.tolist()
        names = [name for name, _ in CELL_FIELDS[1:]]
        table = [[ids[i]] + values for i, values in enumerate(frame[names].to_numpy(dtype=object).tolist())]
        out_fields = make_fields(CELL_FIELDS)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, out_fields, QgsWkbTypes.Type.Polygon, crs)
        write_features(sink, out_fields, table, feedback, geometry, (70, 80))
        style_on_load(context, dest_id, "emerging_hotspots.qml", abstract, self.tr("Emerging hot spots"))
        results = {
            self.OUTPUT: dest_id,
            "CELL_SIZE_USED": cells.cell_size,
            "DISTANCE_BAND_USED": cells.band,
            "CELLS_TESTED": cells.n_cells,
            "STEPS": cube.n_steps,
            "HOT_SPOT_CELLS": int((result.category_code > 0).sum()),
            "COLD_SPOT_CELLS": int((result.category_code < 0).sum()),
            "NEW_HOT_SPOTS": int((result.category_code == NEW).sum()),
            "INTENSIFYING_HOT_SPOTS": int((result.category_code == INTENSIFYING).sum()),
        }
        step_fields = make_fields(STEP_FIELDS)
        step_sink, step_id = self.parameterAsSink(
            parameters, self.OUTPUT_STEPS, context, step_fields, QgsWkbTypes.Type.Polygon, crs
        )
        if step_sink is not None:
            every = self.parameterAsBoolean(parameters, self.ALL_STEP_BINS, context)
            self._write_steps(step_sink, step_fields, result, ids, geometry, every, feedback)
            style_on_load(context, step_id, "emerging_steps.qml", abstract, self.tr("Emerging hot spots by step"))
            results[self.OUTPUT_STEPS] = step_id
        return results

    @staticmethod
    def _write_steps(sink, fields, result, ids, geometry, every, feedback):
        """One feature per cell and step (only the significant bins unless ``every``), step times in UTC."""
        import numpy as np

        from ..qgis_io.values import utc_qdatetime

        n_cells, n_steps = result.z.shape
        starts, ends = result.cube.step_bounds()
        start_s = (starts.tz_convert("UTC").asi8 // 10**9).tolist()
        end_s = (ends.tz_convert("UTC").asi8 // 10**9).tolist()
        start_q = [utc_qdatetime(s) for s in start_s]
        end_q = [utc_qdatetime(s) for s in end_s]
        significant = result.gi_bin >= result.min_bin
        significant |= result.gi_bin <= -result.min_bin
        cell, step = np.nonzero(np.ones_like(significant) if every else significant)
        counts = result.cube.counts[cell, step].tolist()
        harm = result.cube.values[cell, step].tolist()
        z = result.z[cell, step].tolist()
        p = result.p[cell, step].tolist()
        bins = result.gi_bin[cell, step].astype(np.int64).tolist()
        cells = cell.tolist()
        steps = step.tolist()
        rows = [
            [ids[c], s, start_q[s], end_q[s], counts[i], harm[i], z[i], p[i], bins[i]]
            for i, (c, s) in enumerate(zip(cells, steps))
        ]
        write_features(sink, fields, rows, feedback, lambda i: geometry(cells[i]), (80, 100))
