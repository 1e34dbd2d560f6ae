"""hotspot:exceptionreport — tasked versus delivered minutes per tasking, with a summary."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.exception_report import (
    NO_DATA,
    NOT_MET,
    PARTLY,
    REPORT_FIELDS,
    SUMMARY_FIELDS,
    exception_report,
    make_visits,
)
from .base import HotspotAlgorithm, describe, run_core
from .tasking_io import describe_on_load, make_fields, read_rows

REPORT_TYPES = {
    "tasked_min": QVariant.Double,
    "delivered_min": QVariant.Double,
    "officer_min": QVariant.Double,
    "shortfall_min": QVariant.Double,
    "visits": QVariant.Int,
}
SUMMARY_TYPES = {
    "taskings": QVariant.Int,
    "tasked_min": QVariant.Double,
    "delivered_min": QVariant.Double,
    "shortfall_min": QVariant.Double,
    "met": QVariant.Int,
    "partly_met": QVariant.Int,
    "not_met": QVariant.Int,
    "no_data": QVariant.Int,
    "delivered_pct": QVariant.Double,
}


class ExceptionReportAlgorithm(HotspotAlgorithm):
    NAME = "exceptionreport"
    DISPLAY_NAME = "Exception report (tasked vs delivered)"
    GROUP = "Taskings"
    GROUP_ID = "taskings"
    HELP = (
        "Compares each treated tasking with the visits measured from officers' tracks (the visits output "
        "of Dwell and compliance: fence_id, officer_id, start_utc, end_utc). Delivered minutes are the "
        "minutes inside the tasking's window (widened by the tolerance) when at least one officer was in "
        "the place — a pair counts once; officer_min sums officers. Status: met (delivered ≥ tasked), "
        "partly met (some), not met (none, although tracks exist that day), no data (no visit anywhere "
        "during that day's tasked windows: tracks missing or tracking off). Fence ids are matched as text. "
        "A second table sums tasked, delivered and shortfall minutes and counts statuses by day, shift "
        "and place."
    )

    TASKINGS = "TASKINGS"
    VISITS = "VISITS"
    TOLERANCE_MIN = "TOLERANCE_MIN"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add(
            QgsProcessingParameterFeatureSource(self.TASKINGS, self.tr("Tasking schedule"), [QgsProcessing.TypeVector]),
            "A schedule from Tasking schedule (task_id, date, shift, fence_id, arm, window_start, "
            "window_end, minutes, team); control rows are skipped.",
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.VISITS, self.tr("Visits"), [QgsProcessing.TypeVector]),
            "Visits from Dwell and compliance: fence_id, officer_id, start_utc, end_utc (UTC; optional mode).",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.TOLERANCE_MIN,
                self.tr("Window tolerance (min)"),
                type=QgsProcessingParameterNumber.Double,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=240.0,
            ),
            "Also count presence this many minutes before and after each window.",
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Exception report"), QgsProcessing.TypeVector),
            "One row per treated tasking with tasked_min, delivered_min, officer_min, shortfall_min, visits "
            "and status.",
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY, self.tr("Exception summary"), QgsProcessing.TypeVector, optional=True
            ),
            "Totals and status counts by day, shift and place (level, key).",
        )
        for key, label in (
            ("N_MET", "Taskings met"),
            ("N_PARTLY", "Taskings partly met"),
            ("N_NOT_MET", "Taskings not met"),
            ("N_NO_DATA", "Taskings with no data"),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        taskings = self.parameterAsSource(parameters, self.TASKINGS, context)
        if taskings is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TASKINGS))
        visits_source = self.parameterAsSource(parameters, self.VISITS, context)
        if visits_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.VISITS))
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
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
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
