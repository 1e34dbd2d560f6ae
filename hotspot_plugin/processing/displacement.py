"""hotspot:displacement — Weighted Displacement Difference and Quotient around treated areas (core/evaluation)."""

from qgis.core import QgsProcessing, QgsProcessingParameterString, QgsWkbTypes

from ..i18n import QT_TRANSLATE_NOOP
from .base import run_core
from .trial_base import TrialAlgorithm
from .trial_effect import columns_of

DISPLACEMENT_ALIASES = {
    "measure": "Measure",
    "treated_before": "Treated, before",
    "treated_after": "Treated, after",
    "control_before": "Control, before",
    "control_after": "Control, after",
    "treated_ring_before": "Treated ring, before",
    "treated_ring_after": "Treated ring, after",
    "control_ring_before": "Control ring, before",
    "control_ring_after": "Control ring, after",
    "wdd": "Weighted displacement difference",
    "wdd_se": "WDD standard error",
    "wdd_z": "WDD z",
    "wdd_p": "WDD p (two-sided)",
    "wdd_ci_low": "WDD 95 % low",
    "wdd_ci_high": "WDD 95 % high",
    "wdq": "Weighted displacement quotient",
}
AREA_LABELS = {
    "treated": "Treated areas",
    "control": "Control areas",
    "treated_ring": "Ring around treated areas",
    "control_ring": "Ring around control areas",
}
AREAS_STYLE = "trial_areas.qml"


def area_shapes(treated, control, buffer_m: float):
    """The four areas as shapely geometries, as the core counts them: each ring excludes both kinds of area."""
    from shapely.ops import unary_union

    from ..core.dwell.clip import polygon_parts

    t = unary_union([p for g in treated for p in polygon_parts(g)])
    c = unary_union([p for g in control for p in polygon_parts(g)])
    either = t.union(c)
    return {
        "treated": t,
        "control": c,
        "treated_ring": t.buffer(buffer_m).difference(either),
        "control_ring": c.buffer(buffer_m).difference(either),
    }


class DisplacementAlgorithm(TrialAlgorithm):
    NAME = "displacement"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("DisplacementAlgorithm", "Displacement and diffusion (WDD, WDQ)")
    GROUP = QT_TRANSLATE_NOOP("DisplacementAlgorithm", "Trial evaluation")

    TREATED = "TREATED"
    CONTROL = "CONTROL"
    BUFFER_M = "BUFFER_M"
    BEFORE_START = "BEFORE_START"
    BEFORE_END = "BEFORE_END"
    AFTER_START = "AFTER_START"
    AFTER_END = "AFTER_END"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Was crime pushed round the corner, or did the benefit spread? Crimes are counted (and their harm "
            "summed) in four areas — the treated areas, the control areas, and a ring of BUFFER_M metres around "
            "each (the ring excludes every treated and control area) — in a before and an after period (policing "
            "days, both ends inclusive).\n"
            "Weighted Displacement Difference (Wheeler & Ratcliffe 2018): WDD = ΔTreated − ΔControl + ΔTreated ring − "
            "ΔControl ring (Δ = after − before); negative is a net fall beyond the controls'. Its variance is the "
            "sum of the eight counts (Poisson), or for harm the sum of squared harms; z, a two-sided p and a 95 % "
            "interval follow. Weighted Displacement Quotient (Bowers & Johnson 2003): (B_a/C_a − B_b/C_b) ÷ "
            "(A_a/C_a − A_b/C_b), read only when the treated areas improved: above 0 diffusion of benefits, below 0 "
            "displacement (−1: the ring rose as much as the target fell); NULL when undefined.\n"
            "Outputs: OUTPUT, one row per measure (crimes, and harm with a harm field) with treated_before, "
            "treated_after, control_before, control_after, treated_ring_before, treated_ring_after, "
            "control_ring_before, control_ring_after, wdd, wdd_se, wdd_z, wdd_p, wdd_ci_low, wdd_ci_high, wdq; "
            "OUTPUT_AREAS (optional), the four areas as polygons (area, label), styled. Warnings (periods of "
            "unequal length, crimes in both rings) go to the log and metadata."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_crime_parameters(self.tr("Crime points with a date and time (and optionally a harm), both periods."))
        self.add_source(
            self.TREATED,
            self.tr("Treated areas"),
            self.tr("Polygons of the places that were patrolled."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add_source(
            self.CONTROL,
            self.tr("Control areas"),
            self.tr("Polygons of comparable places that were not (not overlapping the treated areas)."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add_number(
            self.BUFFER_M,
            self.tr("Ring width (m)"),
            self.tr("Width of the ring around each area where displaced crime would show (e.g. 150 m)."),
            default=150.0,
            minimum=0.001,
        )
        for key, label, hint in (
            (self.BEFORE_START, self.tr("Before: first day (YYYY-MM-DD)"), self.tr("First policing day before.")),
            (self.BEFORE_END, self.tr("Before: last day (YYYY-MM-DD)"), self.tr("Last policing day before.")),
            (
                self.AFTER_START,
                self.tr("After: first day (YYYY-MM-DD)"),
                self.tr("First policing day after (or during)."),
            ),
            (self.AFTER_END, self.tr("After: last day (YYYY-MM-DD)"), self.tr("Last policing day after (or during).")),
        ):
            self.add(QgsProcessingParameterString(key, label), hint + " " + self.tr("Both ends are inclusive."))
        self.add_day_parameters(self.tr("Local time the policing day starts; the periods are whole policing days."))
        self.add_sink(
            self.OUTPUT,
            self.tr("Displacement"),
            self.tr("One row per measure: the eight counts (or harm sums), WDD with SE, z, p and interval, and WDQ."),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add_sink(
            self.OUTPUT_AREAS,
            self.tr("Areas and rings"),
            self.tr("The treated and control areas and their rings as polygons (area, label), styled."),
            QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True,
        )
        self.add_number_outputs(
            (
                ("WDD", self.tr("WDD (crimes)")),
                ("WDD_Z", self.tr("WDD z (crimes)")),
                ("WDQ", self.tr("WDQ (crimes)")),
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import pandas as pd

        from ..core.evaluation.displacement import DISPLACEMENT_FIELDS, displacement
        from ..qgis_io.evaluation_io import read_crimes, read_places, write_frame

        day_start, tz = self.day_settings(parameters, context)
        crimes = read_crimes(
            self.source(parameters, self.CRIMES, context),
            context,
            self.parameterAsString(parameters, self.TIME_FIELD, context),
            self.parameterAsString(parameters, self.HARM_FIELD, context),
            feedback,
        )
        feedback.setProgress(30)
        areas = {}
        for key, name in ((self.TREATED, "The treated areas"), (self.CONTROL, "The control areas")):
            places = read_places(
                self.source(parameters, key, context), context, crimes.crs, feedback, "", name, ids=False
            )
            areas[key] = [s for s in places.shapes if s is not None and not s.is_empty]
        buffer_m = self.parameterAsDouble(parameters, self.BUFFER_M, context)
        periods = [self.parameterAsString(parameters, k, context) for k in (self.BEFORE_START, self.BEFORE_END)]
        after = [self.parameterAsString(parameters, k, context) for k in (self.AFTER_START, self.AFTER_END)]
        feedback.setProgress(40)
        result = run_core(
            displacement,
            crimes.x,
            crimes.y,
            pd.Series(crimes.times, dtype=object),
            areas[self.TREATED],
            areas[self.CONTROL],
            buffer_m,
            tuple(periods),
            tuple(after),
            crimes.harm,
            day_start,
            tz,
        )
        feedback.setProgress(80)
        table, summary = result.table, result.summary
        counts = table.iloc[0]
        choices = {
            "Before": f"{summary['before']} ({summary['days_before']} policing days)",
            "After": f"{summary['after']} ({summary['days_after']} policing days)",
            "Policing day": f"starts {day_start} {tz}",
            "Ring width": f"{buffer_m:g} m (each ring excludes every treated and control area)",
            "Working CRS": crimes.crs.authid(),
            "Crimes": f"{summary['crimes_in_periods']} of {summary['crimes_in']} in the two periods",
            "WDD (crimes)": f"{counts['wdd']:.0f}, SE {counts['wdd_se']:.2f}, z {counts['wdd_z']:.2f}, "
            f"p {counts['wdd_p']:.4f}",
            "WDQ (crimes)": "undefined" if counts["wdq"] != counts["wdq"] else f"{counts['wdq']:.2f}",
            "Variance": "sum of the eight counts (crimes); sum of squared harms (harm)",
        }
        abstract = self.report_choices(feedback, choices, summary["warnings"])
        results = {
            self.OUTPUT: write_frame(
                self,
                parameters,
                self.OUTPUT,
                context,
                feedback,
                table,
                columns_of(DISPLACEMENT_FIELDS, {"measure": "String"}),
                DISPLACEMENT_ALIASES,
                self.tr("Displacement"),
                abstract,
            ),
            "WDD": float(counts["wdd"]),
            "WDD_Z": float(counts["wdd_z"]),
            "WDQ": float(counts["wdq"]),
        }
        shapes = area_shapes(areas[self.TREATED], areas[self.CONTROL], buffer_m)
        frame = pd.DataFrame({"area": list(shapes), "label": [AREA_LABELS[a] for a in shapes]})
        written = write_frame(
            self,
            parameters,
            self.OUTPUT_AREAS,
            context,
            feedback,
            frame,
            [("area", "String"), ("label", "String")],
            {"area": "Area", "label": "Label"},
            self.tr("Areas and rings"),
            abstract,
            geometries=list(shapes.values()),
            geometry_type=QgsWkbTypes.Type.MultiPolygon,
            crs=crimes.crs,
            style=AREAS_STYLE,
            optional=True,
        )
        if written:
            results[self.OUTPUT_AREAS] = written
        feedback.setProgress(100)
        return results
