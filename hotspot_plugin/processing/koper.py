"""hotspot:koper — residual deterrence: time to the next crime after a patrol leaves (core/evaluation/koper.py)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..i18n import QT_TRANSLATE_NOOP
from .base import run_core
from .trial_base import TrialAlgorithm
from .trial_effect import columns_of, parse_edges

BAND_TYPES = {"band": "String", "presences": "Int", "events": "Int", "censored": "Int"}
BAND_ALIASES = {
    "band": "Visit length",
    "presences": "Presences",
    "events": "Followed by a crime",
    "censored": "Censored",
    "mean_length_min": "Mean length (min)",
    "median_min": "Median minutes to the next crime",
    "median_ci_low": "Median, 95 % low",
    "median_ci_high": "Median, 95 % high",
}
CURVE_TYPES = {"band": "String", "at_risk": "Int", "events": "Int"}
CURVE_ALIASES = {
    "band": "Visit length",
    "time_min": "Minutes after the visit",
    "at_risk": "At risk",
    "events": "Crimes",
    "survival": "Share still without a crime",
}


class KoperAlgorithm(TrialAlgorithm):
    NAME = "koper"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("KoperAlgorithm", "Residual deterrence (Koper curve)")
    GROUP = QT_TRANSLATE_NOOP("KoperAlgorithm", "Trial evaluation")

    VISITS = "VISITS"
    FENCES = "FENCES"
    BANDS = "BANDS"
    END = "END"
    CENSOR_AT_NEXT_VISIT = "CENSOR_AT_NEXT_VISIT"
    OUTPUT = "OUTPUT"
    OUTPUT_CURVES = "OUTPUT_CURVES"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "How long does a place stay free of crime after a patrol leaves, and does a longer stay buy more "
            "(Koper 1995)? From the visits of Dwell and compliance and timed crimes: visits in one place are joined "
            "over officers into presences (a pair is one presence); each presence is followed from its end to the "
            "first crime in the same place, censored at the start of the next presence there (unless switched off) "
            "and at the end of observation. Presences are grouped by length (default < 5, 5–10, 10–15, 15–20, "
            "20 min or more; half-open bands) and each band gets a Kaplan–Meier survival curve with its median and "
            "95 % interval (statsmodels); a log-rank test compares the bands.\n"
            "Outputs: OUTPUT, one row per band with band, length_low_min, length_high_min, presences, events, "
            "censored, mean_length_min, median_min, median_ci_low, median_ci_high (NULL when the curve never "
            "reaches one half); OUTPUT_CURVES, the curves' steps (band, time_min, at_risk, events, survival), "
            "starting at 0 minutes with survival 1. The log-rank chi-squared, degrees of freedom and p are the "
            "outputs CHI2, DF and P, and are in the log and metadata."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.VISITS,
            self.tr("Visits"),
            self.tr("Visits from Dwell and compliance: fence_id, start_utc, end_utc (UTC); officer_id optional."),
            [QgsProcessing.SourceType.TypeVector],
        )
        self.add_source(
            self.FENCES,
            self.tr("Geofences (places)"),
            self.tr("The places the visits name (fence_id): the crimes are placed in them."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add_crime_parameters(self.tr("Crime points with a date and time."), harm=False)
        self.add(
            QgsProcessingParameterString(
                self.BANDS, self.tr("Visit length bands (minutes)"), defaultValue="5,10,15,20"
            ),
            self.tr("Band limits in minutes: below the first, each interval, then the last or more."),
        )
        self.add(
            QgsProcessingParameterString(self.END, self.tr("End of observation"), optional=True),
            self.tr(
                "An ISO 8601 instant (e.g. 2026-05-25T06:00:00Z) after which nothing is known; empty: the last visit "
                "or crime."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.CENSOR_AT_NEXT_VISIT, self.tr("Stop following at the next visit"), defaultValue=True
            ),
            self.tr("After the next patrol arrives, its deterrence is measured, not this one's (Koper's rule)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.TIMEZONE, self.tr("Time zone"), defaultValue="Europe/London"),
            self.tr("IANA time zone of crime times without an offset."),
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Koper bands"),
            self.tr("One row per visit length band: presences, crimes, censored, median time to the next crime."),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add_sink(
            self.OUTPUT_CURVES,
            self.tr("Koper curves"),
            self.tr("Kaplan–Meier steps per band: time_min, at_risk, events, survival."),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add_number_outputs(
            (
                ("CHI2", self.tr("Log-rank chi-squared")),
                ("DF", self.tr("Log-rank degrees of freedom")),
                ("P", self.tr("Log-rank p")),
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.evaluation.koper import BAND_FIELDS, CURVE_FIELDS, koper_curves
        from ..core.timeutil import check_timezone
        from ..qgis_io.evaluation_io import read_table, write_frame

        tz = (self.parameterAsString(parameters, self.TIMEZONE, context) or "Europe/London").strip()
        run_core(check_timezone, tz)
        edges = run_core(parse_edges, self.parameterAsString(parameters, self.BANDS, context), "visit length bands")
        end = (self.parameterAsString(parameters, self.END, context) or "").strip() or None
        censor = self.parameterAsBool(parameters, self.CENSOR_AT_NEXT_VISIT, context)
        visits = read_table(
            self.source(parameters, self.VISITS, context),
            ["fence_id", "start_utc", "end_utc"],
            ["officer_id"],
            "The visits table",
            feedback,
        )
        feedback.setProgress(10)
        _, crimes, _ = self.crimes_in_places(parameters, context, feedback, self.FENCES)
        crimes = crimes[crimes["fence_id"].notna()]
        feedback.setProgress(40)
        result = run_core(koper_curves, visits, crimes, end, edges, censor, tz)
        feedback.setProgress(80)
        test, summary = result.test, result.summary
        choices = {
            "Presences": f"{summary['presences']} from {summary['visits_used']} of {summary['visits_in']} visits "
            f"(joined over officers per place), {summary['presences_after_end']} ending after the end of observation",
            "Crimes in the places": summary["crimes_used"],
            "Followed by a crime": summary["events"],
            "Bands": summary["bands"],
            "Censoring": ("at the next presence in the place and " if censor else "")
            + f"at the end of observation, {summary['end_utc']}",
            "Log-rank test": f"chi-squared {test['chi2']:.2f}, {test['df']} df, p {test['p']:.4f}",
            "Medians": "; ".join(
                f"{r.band}: {r.median_min:.0f} min" if r.median_min == r.median_min else f"{r.band}: not reached"
                for r in result.bands.itertuples()
                if r.presences
            ),
        }
        abstract = self.report_choices(feedback, choices)
        results = {
            self.OUTPUT: write_frame(
                self,
                parameters,
                self.OUTPUT,
                context,
                feedback,
                result.bands,
                columns_of(BAND_FIELDS, BAND_TYPES),
                BAND_ALIASES,
                self.tr("Koper bands"),
                abstract,
            ),
            self.OUTPUT_CURVES: write_frame(
                self,
                parameters,
                self.OUTPUT_CURVES,
                context,
                feedback,
                result.curves,
                columns_of(CURVE_FIELDS, CURVE_TYPES),
                CURVE_ALIASES,
                self.tr("Koper curves"),
                abstract,
            ),
            "CHI2": test["chi2"],
            "DF": test["df"],
            "P": test["p"],
        }
        feedback.setProgress(100)
        return results
