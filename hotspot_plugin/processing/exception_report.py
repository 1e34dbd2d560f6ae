"""hotspot:exceptionreport — tasked versus delivered minutes per tasking, with a summary."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import describe_on_load
from ..qgis_io.tasking_io import read_rows
from .base import HotspotAlgorithm, describe, run_core

REPORT_TYPES = {
    "tasked_min": "Double",
    "delivered_min": "Double",
    "officer_min": "Double",
    "shortfall_min": "Double",
    "visits": "Int",
}
SUMMARY_TYPES = {
    "taskings": "Int",
    "tasked_min": "Double",
    "delivered_min": "Double",
    "shortfall_min": "Double",
    "met": "Int",
    "partly_met": "Int",
    "not_met": "Int",
    "no_data": "Int",
    "delivered_pct": "Double",
}


class ExceptionReportAlgorithm(HotspotAlgorithm):
    NAME = "exceptionreport"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ExceptionReportAlgorithm", "Exception report (tasked vs delivered)")
    GROUP = QT_TRANSLATE_NOOP("ExceptionReportAlgorithm", "Taskings")
    GROUP_ID = "taskings"

    TASKINGS = "TASKINGS"
    VISITS = "VISITS"
    TOLERANCE_MIN = "TOLERANCE_MIN"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Compares each treated tasking with the visits measured from officers' tracks (the visits output "
            "of Dwell and compliance: fence_id, officer_id, start_utc, end_utc). Delivered minutes are the "
            "minutes inside the tasking's window (widened by the tolerance) when at least one officer was in "
            "the place — a pair counts once; officer_min sums officers. Status: met (delivered ≥ tasked), "
            "partly met (some), not met (none, although tracks exist that day), no data (no visit anywhere "
            "during that day's tasked windows: tracks missing or tracking off). Fence ids are matched as text. "
            "A second table sums tasked, delivered and shortfall minutes and counts statuses by day, shift "
            "and place."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.TASKINGS,
            self.tr("Tasking schedule"),
            self.tr(
                "A schedule from Tasking schedule (task_id, date, shift, fence_id, arm, window_start, "
                "window_end, minutes, team); control rows are skipped."
            ),
            [QgsProcessing.TypeVector],
        )
        self.add_source(
            self.VISITS,
            self.tr("Visits"),
            self.tr("Visits from Dwell and compliance: fence_id, officer_id, start_utc, end_utc (UTC; optional mode)."),
            [QgsProcessing.TypeVector],
        )
        self.add_number(
            self.TOLERANCE_MIN,
            self.tr("Window tolerance (min)"),
            self.tr("Also count presence this many minutes before and after each window."),
            default=0.0,
            maximum=240.0,
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Exception report"),
            self.tr(
                "One row per treated tasking with tasked_min, delivered_min, officer_min, shortfall_min, visits "
                "and status."
            ),
            QgsProcessing.TypeVector,
        )
        self.add_sink(
            self.OUTPUT_SUMMARY,
            self.tr("Exception summary"),
            self.tr("Totals and status counts by day, shift and place (level, key)."),
            QgsProcessing.TypeVector,
            optional=True,
        )
        for key, label in (
            ("N_MET", self.tr("Taskings met")),
            ("N_PARTLY", self.tr("Taskings partly met")),
            ("N_NOT_MET", self.tr("Taskings not met")),
            ("N_NO_DATA", self.tr("Taskings with no data")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.exception_report import (
            NO_DATA,
            NOT_MET,
            PARTLY,
            REPORT_FIELDS,
            SUMMARY_FIELDS,
            exception_report,
            make_visits,
        )

        taskings = self.source(parameters, self.TASKINGS, context)
        visits_source = self.source(parameters, self.VISITS, context)
        task_rows = read_rows(
            taskings,
            ["fence_id", "date", "window_start", "window_end", "minutes"],
            ["task_id", "shift", "arm", "team"],
            "The tasking schedule",
            feedback,
        )
        feedback.setProgress(20)
        visit_rows = read_rows(
            visits_source, ["fence_id", "start_utc", "end_utc"], ["officer_id", "mode"], "The visits table", feedback
        )
        feedback.setProgress(40)
        visits = run_core(make_visits, visit_rows)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE_MIN, context)
        rows, summary = run_core(exception_report, task_rows, visits, tolerance)
        feedback.setProgress(80)
        fields = make_fields(REPORT_FIELDS, REPORT_TYPES)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields)
        for row in rows:
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            feature.setAttributes([row[name] for name in REPORT_FIELDS])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        results = {self.OUTPUT: dest_id}
        summary_fields = make_fields(SUMMARY_FIELDS, SUMMARY_TYPES)
        summary_sink, summary_id = self.parameterAsSink(
            parameters, self.OUTPUT_SUMMARY, context, summary_fields, QgsWkbTypes.NoGeometry
        )
        if summary_sink is not None:
            for row in summary:
                feature = QgsFeature(summary_fields)
                feature.setAttributes([row[name] for name in SUMMARY_FIELDS])
                summary_sink.addFeature(feature, QgsFeatureSink.FastInsert)
            results[self.OUTPUT_SUMMARY] = summary_id
        counts = {status: sum(1 for r in rows if r["status"] == status) for status in ("met", PARTLY, NOT_MET, NO_DATA)}
        tasked = sum(r["tasked_min"] for r in rows)
        delivered = sum(r["delivered_min"] for r in rows)
        choices = {
            "treated taskings": len(rows),
            "visits read": len(visits),
            "tolerance": f"{tolerance:g} min",
            "tasked": f"{tasked:.0f} min",
            "delivered": f"{delivered:.0f} min" + (f" ({100 * delivered / tasked:.0f} %)" if tasked else ""),
            "statuses": ", ".join(f"{k} {v}" for k, v in counts.items()),
            "definition": "delivered = union of visits at the fence inside the window (patrol-minutes)",
        }
        for key, value in choices.items():
            feedback.pushInfo(f"{key}: {value}")
        describe_on_load(context, dest_id, self.tr("Exception report"), describe(choices))
        if summary_sink is not None:
            describe_on_load(context, summary_id, self.tr("Exception summary"), describe(choices))
        results.update(
            {
                "N_MET": counts["met"],
                "N_PARTLY": counts[PARTLY],
                "N_NOT_MET": counts[NOT_MET],
                "N_NO_DATA": counts[NO_DATA],
            }
        )
        return results
