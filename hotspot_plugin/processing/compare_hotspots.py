"""hotspot:comparehotspots — two harmhotspots runs cell by cell: agreement, fuzzy similarity and kappa."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import style_on_load
from ..qgis_io.values import qgis_value
from .base import HotspotAlgorithm, describe, run_core, write_features

OUT_FIELDS = [
    ("bin_1", "Int"),
    ("bin_2", "Int"),
    ("agree", "Bool"),
    ("change", "String"),
    ("similarity", "Double"),
    ("expected_similarity", "Double"),
    ("kappa", "Double"),
    ("included", "Bool"),
]


class CompareHotspotsAlgorithm(HotspotAlgorithm):
    NAME = "comparehotspots"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("CompareHotspotsAlgorithm", "Compare two hot spot runs")
    GROUP = QT_TRANSLATE_NOOP("CompareHotspotsAlgorithm", "Trends")
    GROUP_ID = "trends"

    RUN_1 = "RUN_1"
    RUN_2 = "RUN_2"
    NEIGHBOURS = "NEIGHBOURS"
    WEIGHTING = "WEIGHTING"
    CONDITIONAL = "CONDITIONAL"
    OUTPUT = "OUTPUT"
    WEIGHTINGS = ["fuzzy", "exact"]

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Compares two runs of Harm-weighted hot spots (two periods, cell sizes or bands) cell by cell, as "
            "ArcGIS's Hot Spot Analysis Comparison: each cell's gi_bin in both runs (run 2's bin is the one at "
            "the centre of run 1's cell; cells tested in one run only count as not significant in the other), "
            "whether they agree, and a fuzzy similarity that gives partial credit for the neighbouring "
            "confidence level (99 % against 95 % hot: 0.5) and, halving per cell of distance, for the same bin "
            "among the nearest cells (Hagen-Zanker 2009). The overall similarity is the mean over the cells, "
            "kappa = (similarity − expected) / (1 − expected) with the expected similarity of unrelated runs "
            "with the same bin frequencies and clustering; plain Cohen's kappa and the share of equal bins are "
            "in the log. Identical runs give similarity 1 and kappa 1. 'Conditional' compares only cells "
            "significant in either run."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        for key, label in ((self.RUN_1, self.tr("First run (cells)")), (self.RUN_2, self.tr("Second run (cells)"))):
            self.add_source(
                key,
                label,
                self.tr("The cell output of Harm-weighted hot spots (gi_bin −3..3)."),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        self.add_number(
            self.NEIGHBOURS,
            self.tr("Nearest cells searched"),
            self.tr("How many nearest cells may supply a match, at half credit per cell of distance (0: none)."),
            default=8,
            integer=True,
        )
        self.add(
            QgsProcessingParameterEnum(
                self.WEIGHTING,
                self.tr("Credit between confidence levels"),
                options=[self.tr("Fuzzy (0.5 for the neighbouring level)"), self.tr("Exact (equal bins only)")],
                defaultValue=0,
            ),
            self.tr("Fuzzy: 99 % and 95 % hot (or 95 % and 90 %) count half a match; exact: only equal bins."),
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.CONDITIONAL, self.tr("Conditional: only cells significant in either run"), defaultValue=False
            ),
            self.tr("Leave out cells not significant in both runs (ArcGIS's conditional similarity and kappa)."),
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Compared cells"),
            self.tr(
                "Cells with bin_1, bin_2, agree, change (e.g. hot 95% → not significant), similarity, "
                "expected_similarity, kappa (local) and included."
            ),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        for key, label in (
            ("SIMILARITY", self.tr("Similarity")),
            ("EXPECTED_SIMILARITY", self.tr("Expected similarity")),
            ("KAPPA", self.tr("Kappa")),
            ("EXACT_AGREEMENT", self.tr("Share of cells with equal bins")),
            ("COHEN_KAPPA", self.tr("Cohen's kappa (exact, non-spatial)")),
            ("CELLS_COMPARED", self.tr("Cells compared")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import numpy as np

        from ..core.trends.compare import compare_runs
        from ..qgis_io.crs import working_crs
        from ..qgis_io.layers import require_cell_fields, to_float
        from ..qgis_io.trend_io import read_places

        sources = [self.source(parameters, key, context) for key in (self.RUN_1, self.RUN_2)]
        names = ("The first run", "The second run")
        for source, name in zip(sources, names):
            require_cell_fields(source, ("gi_bin",), name)
        crs = working_crs(sources[0].sourceCrs(), sources[0].sourceExtent(), names[0], feedback)
        runs = [read_places(s, context, crs, feedback, layer_name=n) for s, n in zip(sources, names)]
        bins = []
        for run, source in zip(runs, sources):
            index = source.fields().lookupField("gi_bin")
            values = to_float([row[index] for row in run.attributes], "gi_bin")
            bins.append(np.nan_to_num(values, nan=0.0).astype(np.int64))
        centres = [
            np.array([[p.x(), p.y()] for p in (g.pointOnSurface().asPoint() for g in run.geometries)]) for run in runs
        ]
        feedback.setProgress(30)
        # Run 2 at run 1's cell centres; run 2's cells holding no run-1 centre are added (bin_1 = 0).
        at_1 = runs[1].locate(centres[0][:, 0], centres[0][:, 1], feedback)
        used_2 = np.zeros(len(runs[1]), dtype=bool)
        used_2[at_1[at_1 >= 0]] = True
        at_2 = runs[0].locate(centres[1][:, 0], centres[1][:, 1], feedback)
        only_2 = np.flatnonzero(~used_2 & (at_2 < 0))
        bin_1 = np.concatenate([bins[0], np.zeros(only_2.size, dtype=np.int64)])
        bin_2 = np.concatenate([np.where(at_1 >= 0, bins[1][np.maximum(at_1, 0)], 0), bins[1][only_2]])
        xy = np.vstack([centres[0], centres[1][only_2]])
        geometries = runs[0].geometries + [runs[1].geometries[i] for i in only_2.tolist()]
        feedback.setProgress(50)
        weighting = self.WEIGHTINGS[self.parameterAsEnum(parameters, self.WEIGHTING, context)]
        comparison = run_core(
            compare_runs,
            bin_1,
            bin_2,
            xy[:, 0],
            xy[:, 1],
            neighbours=self.parameterAsInt(parameters, self.NEIGHBOURS, context),
            weighting=weighting,
            exclude_nonsignificant=self.parameterAsBoolean(parameters, self.CONDITIONAL, context),
        )
        choices = {
            "Cells": f"{len(runs[0])} in the first run, {len(runs[1])} in the second",
            "Pairing": "the second run's bin at the centre of each first-run cell",
            "Only in the first run": f"{int((at_1 < 0).sum())} cells (bin_2 = 0, not tested there)",
            "Only in the second run": f"{only_2.size} cells (bin_1 = 0, not tested there)",
            "Weighting": f"{weighting}, {comparison.parameters['neighbours']} nearest cells",
            "Cells compared": comparison.parameters["cells_compared"],
            "Similarity": f"{comparison.similarity:.4f}",
            "Expected similarity": f"{comparison.expected_similarity:.4f} ({comparison.expectation})",
            "Kappa": f"{comparison.kappa:.4f}",
            "Equal bins": f"{100 * comparison.exact_agreement:.1f} % of the cells compared",
            "Cohen's kappa (exact, non-spatial)": f"{comparison.cohen_kappa:.4f}",
        }
        for key, value in choices.items():
            feedback.pushInfo(f"{key}: {value}")
        for message in comparison.messages:
            feedback.pushWarning(message)
        out_fields = make_fields(OUT_FIELDS)
        frame = comparison.cells[[name for name, _ in OUT_FIELDS]]
        rows = [[qgis_value(v) for v in row] for row in frame.to_numpy(dtype=object).tolist()]
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, out_fields, QgsWkbTypes.Type.MultiPolygon, crs)
        write_features(sink, out_fields, rows, feedback, lambda i: geometries[i], (60, 100))
        style_on_load(context, dest_id, "compare_hotspots.qml", describe(choices), self.tr("Compared hot spot runs"))

        def number(value):
            return float(value) if np.isfinite(value) else None

        return {
            self.OUTPUT: dest_id,
            "SIMILARITY": number(comparison.similarity),
            "EXPECTED_SIMILARITY": number(comparison.expected_similarity),
            "KAPPA": number(comparison.kappa),
            "EXACT_AGREEMENT": number(comparison.exact_agreement),
            "COHEN_KAPPA": number(comparison.cohen_kappa),
            "CELLS_COMPARED": comparison.parameters["cells_compared"],
        }
