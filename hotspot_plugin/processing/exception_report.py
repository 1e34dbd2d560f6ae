"""hotspot:exceptionreport — the per-tasking compliance table as an exception report, with a summary."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import describe_on_load
from ..qgis_io.tasking_io import read_rows
from ..qgis_io.values import qgis_value
from .base import DEFAULT_DAY_START, DEFAULT_TIMEZONE, HotspotAlgorithm, describe, run_core

REPORT_TYPES = {
    "date": "Date",
    "window_start": "DateTime",
    "window_end": "DateTime",
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
FROM_TABLE = "the per-tasking table of Dwell and compliance (tracking from the fixes)"
FROM_VISITS = (
    "the visits alone: an officer is taken as tracked from their first to their last visit of each policing "
    "day, so a tasking outside those spans is no data even if the officer was tracked (give the per-tasking "
    "table of Dwell and compliance for the exact status)"
)


class ExceptionReportAlgorithm(HotspotAlgorithm):
    NAME = "exceptionreport"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ExceptionReportAlgorithm", "Exception report (tasked vs delivered)")
    GROUP = QT_TRANSLATE_NOOP("ExceptionReportAlgorithm", "Taskings")
    GROUP_ID = "taskings"

    TASKINGS = "TASKINGS"
    VISITS = "VISITS"
    COMPLIANCE = "COMPLIANCE"
    TOLERANCE_MIN = "TOLERANCE_MIN"
    DAY_START = "DAY_START"
    TIMEZONE = "TIMEZONE"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "One row per treated tasking with tasked, delivered and shortfall minutes and its status, and a summary "
            "by day, shift and place. The statuses are those of Dwell and compliance — one definition for the map, "
            "the tasking dock and this report: delivered minutes are the minutes inside the tasking's window when "
            "at least one officer was in the place (a pair counts once; officer_min sums officers); met (all "
            "delivered), partly met (some), not met (none, although tracked), no data (no tracking data during the "
            "window — its minutes are then NULL, unknown).\n"
            "Best: give the per-tasking table (Compliance per tasking) of Dwell and compliance; the report is then "
            "exactly that table. With only the visits, tracking is estimated from them: an officer counts as "
            "tracked from the start of their first to the end of their last visit of each policing day, so some "
            "taskings the tracks did cover may show no data (never the other way round). The window tolerance "
            "applies to the visits only. Fence ids are matched as text."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.TASKINGS,
            self.tr("Tasking schedule"),
            self.tr(
                "A schedule from Tasking schedule (task_id, date, shift, fence_id, arm, window_start, "
                "window_end, minutes, team); control rows are skipped."
            ),
            [QgsProcessing.SourceType.TypeVector],
        )
        self.add_source(
            self.VISITS,
            self.tr("Visits"),
            self.tr(
                "Visits from Dwell and compliance: fence_id, officer_id, start_utc, end_utc (UTC). Used when no "
                "per-tasking table is given (tracking is then estimated from the visits)."
            ),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        self.add_source(
            self.COMPLIANCE,
            self.tr("Compliance per tasking"),
            self.tr(
                "The per-tasking table of Dwell and compliance (OUTPUT_TASKINGS), made with this schedule: the "
                "report takes its minutes and statuses as they are."
            ),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        self.add_number(
            self.TOLERANCE_MIN,
            self.tr("Window tolerance (min)"),
            self.tr(
                "With visits: also count presence this many minutes before and after each window. Not available "
                "with the per-tasking table, which was measured on the tasked windows."
            ),
            default=0.0,
            maximum=240.0,
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(
                self.DAY_START, self.tr("Policing day starts at (HH:MM)"), defaultValue=DEFAULT_DAY_START
            ),
            self.tr("With visits: the policing days over which an officer's tracking is estimated."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.TIMEZONE, self.tr("Time zone"), defaultValue=DEFAULT_TIMEZONE),
            self.tr("IANA time zone of the schedule's times without an offset and of the policing day."),
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Exception report"),
            self.tr(
                "One row per treated tasking with tasked_min, delivered_min, officer_min, shortfall_min, visits "
                "and status (minutes NULL for no data)."
            ),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add_sink(
            self.OUTPUT_SUMMARY,
            self.tr("Exception summary"),
            self.tr(
                "Totals and status counts by day, shift and place (level, key); delivered and shortfall minutes "
                "over the taskings with data."
            ),
            QgsProcessing.SourceType.TypeVector,
            optional=True,
        )
        for key, label in (
            ("N_MET", self.tr("Taskings met")),
            ("N_PARTLY", self.tr("Taskings partly met")),
            ("N_NOT_MET", self.tr("Taskings not met")),
            ("N_NO_DATA", self.tr("Taskings with no data")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def _from_table(self, table_source, windows, feedback):
        """The per-tasking table's rows for the schedule's taskings (matched by task_id when both have one)."""
        from ..core.dwell.compliance import TASKING_FIELDS
        from ..core.timeutil import UTC, parse_date, parse_instant

        required = ["fence_id", "window_start_utc", "window_end_utc", "tasked_min", "status"]
        table = read_rows(
            table_source,
            required,
            [n for n in TASKING_FIELDS if n not in required],
            self.tr("The per-tasking table"),
            feedback,
        )
        scheduled = {t for t in windows["task_id"] if t is not None}
        listed = {str(r["task_id"]) for r in table if r.get("task_id") is not None}
        if scheduled and listed:
            table = [r for r in table if r.get("task_id") is None or str(r["task_id"]) in scheduled]
            missing = scheduled - listed
            if missing:
                feedback.pushWarning(
                    self.tr(
                        "{} treated taskings of the schedule are not in the per-tasking table (edited "
                        "after Dwell and compliance ran, or for fences not in its geofence layer); they are left out. "
                        "Run Dwell and compliance again with this schedule to include them."
                    ).format(len(missing))
                )
        for row in table:
            for name in ("window_start_utc", "window_end_utc"):
                row[name] = parse_instant(row[name], naive=UTC, label=name)
            if row.get("date") is not None:
                row["date"] = parse_date(row["date"], "date of the per-tasking table")
        return table

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.dwell.compliance import MET, NO_DATA, NOT_MET, PARTLY_MET
        from ..core.exception_report import (
            REPORT_FIELDS,
            SUMMARY_FIELDS,
            from_visits,
            report_rows,
            status_counts,
            summarise,
        )
        from ..core.ids import id_text
        from ..core.tasking import read_windows
        from ..core.timeutil import local_time

        taskings = self.source(parameters, self.TASKINGS, context)
        visits_source = self.parameterAsSource(parameters, self.VISITS, context)
        table_source = self.parameterAsSource(parameters, self.COMPLIANCE, context)
        if visits_source is None and table_source is None:
            raise QgsProcessingException(
                self.tr("Give the per-tasking table of Dwell and compliance (COMPLIANCE), or its visits (VISITS).")
            )
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE_MIN, context)
        if table_source is not None and tolerance > 0:
            raise QgsProcessingException(
                self.tr(
                    "The per-tasking table was measured on the tasked windows, so a window tolerance cannot be added "
                    "to it. Set the tolerance to 0, or give the visits instead of the per-tasking table."
                )
            )
        day_start = (self.parameterAsString(parameters, self.DAY_START, context) or DEFAULT_DAY_START).strip()
        tz = (self.parameterAsString(parameters, self.TIMEZONE, context) or DEFAULT_TIMEZONE).strip()
        task_rows = read_rows(
            taskings,
            ["fence_id", "date", "window_start", "window_end", "minutes"],
            ["task_id", "shift", "arm", "team"],
            "The tasking schedule",
            feedback,
        )
        feedback.setProgress(20)
        if table_source is not None:
            if visits_source is not None:
                feedback.pushInfo(self.tr("Both the per-tasking table and visits were given: the table is used."))
            windows, _ = run_core(read_windows, task_rows, day_start, tz)
            rows = report_rows(self._from_table(table_source, windows, feedback))
            summary, source_note, n_visits = summarise(rows), FROM_TABLE, None
        else:
            visit_rows = read_rows(
                visits_source,
                ["fence_id", "start_utc", "end_utc"],
                ["officer_id"],
                self.tr("The visits table"),
                feedback,
            )
            feedback.setProgress(40)
            rows, summary = run_core(from_visits, task_rows, visit_rows, tolerance, day_start, tz)
            source_note, n_visits = FROM_VISITS, len(visit_rows)
        rows.sort(key=lambda r: (r["window_start"], id_text(r["fence_id"]) or "", str(r["task_id"])))
        feedback.setProgress(80)
        fields = make_fields(REPORT_FIELDS, REPORT_TYPES)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields)
        for row in rows:
            if feedback.isCanceled():
                break
            values = dict(
                row, window_start=local_time(row["window_start"], tz), window_end=local_time(row["window_end"], tz)
            )
            feature = QgsFeature(fields)
            feature.setAttributes([qgis_value(values[name]) for name in REPORT_FIELDS])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        results = {self.OUTPUT: dest_id}
        summary_fields = make_fields(SUMMARY_FIELDS, SUMMARY_TYPES)
        summary_sink, summary_id = self.parameterAsSink(
            parameters, self.OUTPUT_SUMMARY, context, summary_fields, QgsWkbTypes.Type.NoGeometry
        )
        if summary_sink is not None:
            for row in summary:
                feature = QgsFeature(summary_fields)
                feature.setAttributes([row[name] for name in SUMMARY_FIELDS])
                summary_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            results[self.OUTPUT_SUMMARY] = summary_id
        counts = status_counts(rows)
        tasked = sum(r["tasked_min"] for r in rows)
        known = [r for r in rows if r["status"] != NO_DATA]
        tasked_known = sum(r["tasked_min"] for r in known)
        delivered = sum(r["delivered_min"] for r in known)
        choices = {
            "treated taskings": len(rows),
            "statuses from": source_note,
            "tolerance": f"{tolerance:g} min",
            "tasked": f"{tasked:.0f} min ({tasked_known:.0f} min with tracking data)",
            "delivered": f"{delivered:.0f} min"
            + (f" ({100 * delivered / tasked_known:.0f} % of the tasked minutes with data)" if tasked_known else ""),
            "statuses": ", ".join(f"{k} {v}" for k, v in counts.items()),
            "definition": "delivered = union of visits at the fence inside the window (patrol-minutes); no data = "
            "no tracking data during the window",
        }
        if n_visits is not None:
            choices["visits read"] = n_visits
            choices["policing day"] = f"starts {day_start} {tz}"
        for key, value in choices.items():
            feedback.pushInfo(f"{self.tr(key)}: {value}")  # keys that are also output names are translated
        describe_on_load(context, dest_id, self.tr("Exception report"), describe(choices))
        if summary_sink is not None:
            describe_on_load(context, summary_id, self.tr("Exception summary"), describe(choices))
        results.update(
            {
                "N_MET": counts[MET],
                "N_PARTLY": counts[PARTLY_MET],
                "N_NOT_MET": counts[NOT_MET],
                "N_NO_DATA": counts[NO_DATA],
            }
        )
        return results
