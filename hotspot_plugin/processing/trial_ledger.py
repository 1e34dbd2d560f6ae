"""hotspot:trialledger — one row per place per policing day of a patrol trial (core/evaluation/ledger.py)."""

from qgis.core import QgsProcessing, QgsProcessingParameterField

from ..i18n import QT_TRANSLATE_NOOP
from .base import progress_callback, run_core
from .trial_base import TrialAlgorithm

LEDGER_COLUMNS = [
    ("fence_id", "String"),
    ("day", "Date"),
    ("arm", "String"),
    ("crimes", "Int"),
    ("harm", "Double"),
    ("tasked_min", "Double"),
    ("delivered_min", "Double"),
    ("background_min", "Double"),
    ("visits", "Int"),
    ("day_hours", "Double"),
]
LEDGER_ALIASES = {
    "fence_id": "Place",
    "day": "Policing day",
    "arm": "Arm as allocated",
    "crimes": "Crimes",
    "harm": "Harm",
    "tasked_min": "Tasked minutes",
    "delivered_min": "Delivered minutes (in the windows)",
    "background_min": "Patrol minutes by anyone that day",
    "visits": "Visits started",
    "day_hours": "Day length (hours)",
    "block": "Block",
}


class TrialLedgerAlgorithm(TrialAlgorithm):
    NAME = "trialledger"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("TrialLedgerAlgorithm", "Place-day ledger")
    GROUP = QT_TRANSLATE_NOOP("TrialLedgerAlgorithm", "Trial evaluation")

    TASKINGS = "TASKINGS"
    FENCES = "FENCES"
    VISITS = "VISITS"
    BLOCK_FIELD = "BLOCK_FIELD"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "The table every trial evaluation starts from: one row per place (geofence) per policing day of the "
            "trial — always places × days rows — with the arm as allocated by the schedule (treatment, control, "
            "washout, or 'not scheduled'), the crimes and harm in the place that day, the tasked minutes, the "
            "delivered minutes (patrol-minutes inside the tasked windows, a pair counted once, as Dwell and "
            "compliance measures them) and the background minutes (patrol-minutes by anyone in the place that whole "
            "day, so presence in control places — contamination — shows).\n"
            "A policing day runs from the day start (06:00 by default, Europe/London) to the next day's: a crime at "
            "05:59 counts on the previous day. Days when the clocks change are 23 or 25 hours long (day_hours), "
            "which the effect models use as exposure. Crimes are placed in every fence they lie in (outlines count "
            "as inside). The trial's days run from the schedule's first to its last date.\n"
            "Output: fence_id, day, arm, crimes, harm (NULL without a harm field), tasked_min, delivered_min, "
            "background_min, visits, day_hours, and block when a block field is chosen (the randomisation test then "
            "redraws within blocks, as the schedule did). Counts of what was read, left out and every setting are in "
            "the log and the table's metadata."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.TASKINGS,
            self.tr("Tasking schedule"),
            self.tr(
                "The trial's schedule from Tasking schedule: fence_id, date, arm (treatment, control, washout), "
                "window_start, window_end, minutes."
            ),
            [QgsProcessing.SourceType.TypeVector],
        )
        self.add_source(
            self.FENCES,
            self.tr("Geofences (places)"),
            self.tr("The trial's places: polygons with the fence_id the schedule names (else the feature id)."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add_crime_parameters(self.tr("Crime points with a date and time (and optionally a harm) of the trial."))
        self.add_source(
            self.VISITS,
            self.tr("Visits"),
            self.tr(
                "Optional visits from Dwell and compliance (fence_id, start_utc, end_utc; officer_id): without them "
                "delivered and background minutes are 0."
            ),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        self.add_day_parameters(
            self.tr("Local time the policing day starts (HH:MM); a crime before it counts on the previous day.")
        )
        self.add(
            QgsProcessingParameterField(
                self.BLOCK_FIELD,
                self.tr("Block field of the places"),
                parentLayerParameterName=self.FENCES,
                optional=True,
            ),
            self.tr(
                "The fences' field the schedule was blocked by (Tasking schedule's block field): copied into the "
                "ledger as block, so Trial effect redraws the allocation within the same blocks."
            ),
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Place-day ledger"),
            self.tr("One row per place per policing day (fields in the help)."),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add_number_outputs(
            (
                ("N_ROWS", self.tr("Place-days")),
                ("N_PLACES", self.tr("Places")),
                ("N_DAYS", self.tr("Days")),
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.evaluation.ledger import build_ledger
        from ..core.ids import id_text
        from ..qgis_io.evaluation_io import read_table, write_frame

        day_start, tz = self.day_settings(parameters, context)
        block_field = self.parameterAsString(parameters, self.BLOCK_FIELD, context) or ""
        taskings = read_table(
            self.source(parameters, self.TASKINGS, context),
            ["fence_id", "date", "arm"],
            ["window_start", "window_end", "minutes", "task_id", "shift"],
            "The tasking schedule",
            feedback,
        )
        feedback.setProgress(5)
        places, crimes, _ = self.crimes_in_places(parameters, context, feedback, self.FENCES, block_field)
        feedback.setProgress(25)
        visits_source = self.parameterAsSource(parameters, self.VISITS, context)
        visits = None
        if visits_source is not None:
            visits = read_table(visits_source, ["fence_id", "start_utc", "end_utc"], ["officer_id"], "The visits table")
        feedback.setProgress(30)
        ledger = run_core(
            build_ledger,
            taskings,
            places.ids,
            crimes,
            visits,
            day_start,
            tz,
            progress=progress_callback(feedback, 30, 85),
        )
        frame, summary = ledger.frame, ledger.summary
        columns = list(LEDGER_COLUMNS)
        if places.blocks is not None:
            frame = frame.assign(block=[places.blocks.get(id_text(f), "") for f in frame["fence_id"]])
            columns.append(("block", "String"))
        frame = frame.assign(fence_id=[id_text(f) for f in frame["fence_id"]])

        choices = {
            "Policing day": f"starts {day_start} {tz}",
            "Trial days": f"{summary['first_day']} to {summary['last_day']} "
            f"({summary['days']} days, from the schedule)",
            "Places": f"{summary['places']} (rows = places × days = {summary['rows']})",
            "Arms (place-days)": ", ".join(
                f"{a.replace('_place_days', '').replace('_', ' ')} {v}"
                for a, v in summary.items()
                if a.endswith("_place_days")
            ),
            "Clock-change days": ", ".join(summary["clock_change_days"]) or "none",
            "Crimes": f"{summary.get('crimes_counted', 0)} of {summary['crimes_in']} counted "
            f"({summary.get('crimes_outside_places', 0)} outside every place, "
            f"{summary.get('crimes_outside_days', 0)} outside the trial's days)",
            "Harm": "from the harm field" if summary["harm_given"] else "not given (harm is NULL)",
            "Visits": (
                f"{summary['visits_counted']} of {summary['visits_in']} used "
                f"({summary.get('visits_outside_places', 0)} in no place, {summary.get('visits_outside_days', 0)} "
                "outside the trial's days)"
                if visits is not None
                else "none given: delivered and background minutes are 0"
            ),
            "Tasked / delivered": f"{summary['tasked_min']:.0f} / {summary['delivered_min']:.0f} min"
            + (f" ({100 * summary['delivered_min'] / summary['tasked_min']:.0f} %)" if summary["tasked_min"] else ""),
            "Blocks": f"from the field {block_field}" if places.blocks is not None else "none (one block)",
            "Definition": "delivered = union over officers of the visits inside the tasked windows; background = the "
            "same over the whole policing day; arm as allocated (intention to treat)",
        }
        warnings = []
        if summary["schedule_places_not_in_fences"]:
            missing = summary["schedule_places_not_in_fences"]
            warnings.append(
                f"The schedule names {len(missing)} places that are not in the geofence layer "
                f"({', '.join(missing[:5])}); their rows were left out. Choose the fences the schedule was made for."
            )
        if summary["treatment_rows_without_window"]:
            warnings.append(
                f"{summary['treatment_rows_without_window']} treatment rows have no window or minutes: "
                "they task nothing."
            )
        abstract = self.report_choices(feedback, choices, warnings)
        dest_id = write_frame(
            self,
            parameters,
            self.OUTPUT,
            context,
            feedback,
            frame,
            columns,
            LEDGER_ALIASES,
            self.tr("Place-day ledger"),
            abstract,
        )
        feedback.setProgress(100)
        return {
            self.OUTPUT: dest_id,
            "N_ROWS": int(summary["rows"]),
            "N_PLACES": int(summary["places"]),
            "N_DAYS": int(summary["days"]),
        }
