"""hotspot:taskingschedule — a seeded, randomised patrol schedule for the geofences."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import describe_on_load
from ..qgis_io.tasking_io import SCHEDULE_TYPES
from ..qgis_io.values import is_null, qgis_value
from .base import HotspotAlgorithm, describe, progress_callback, run_core

FENCE_ID = "fence_id"


def balance_lines(balance) -> list:
    """The per-block balance between arms as log lines."""
    lines = []
    for b in balance:
        lines.append(
            f"Block {b['block']} ({b['places']} places): treated {b['treated_days']} place-days "
            f"(harm {b['treated_harm']:.1f}, {b['treated_harm_per_day']:.1f} per place-day), control "
            f"{b['control_days']} (harm {b['control_harm']:.1f}, {b['control_harm_per_day']:.1f} per place-day)"
            + (f", washout {b['washout_days']}" if b["washout_days"] else "")
        )
    return lines


class TaskingScheduleAlgorithm(HotspotAlgorithm):
    NAME = "taskingschedule"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("TaskingScheduleAlgorithm", "Tasking schedule")
    GROUP = QT_TRANSLATE_NOOP("TaskingScheduleAlgorithm", "Taskings")
    GROUP_ID = "taskings"

    FENCES = "FENCES"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    SHIFTS = "SHIFTS"
    TREATED_SHARE = "TREATED_SHARE"
    BLOCK_FIELD = "BLOCK_FIELD"
    PATROLS_PER_DAY = "PATROLS_PER_DAY"
    PATROL_MIN = "PATROL_MIN"
    MIN_GAP_MIN = "MIN_GAP_MIN"
    WASHOUT_DAYS = "WASHOUT_DAYS"
    SEED = "SEED"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Randomises every geofence, every policing day, to treatment (patrolled) or control, optionally "
            "within blocks (e.g. harm tiers), and gives each treated place-day its dose: a number of patrols of "
            "a set length at random times inside the shifts, a minimum gap apart (end of one to start of the "
            "next). A shift that crosses midnight belongs to the policing day it starts in. With a washout, a "
            "place not treated within that many days after a treated day is in arm 'washout' (neither tasked "
            "nor a control). The same inputs and seed give the identical schedule on any machine (NumPy PCG64; "
            "places drawn in fence_id order as text). Output: one row per patrol of a treated place-day and one "
            "row (no window, 0 minutes) per control place-day; date is a Date field and window_start, window_end "
            "DateTime fields in local time (Europe/London; files store the local wall clock, the convention every "
            "algorithm of the plugin reads them by). The log reports the balance between arms (place-days, harm) "
            "per block."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        today = QDate.currentDate()
        self.add_source(
            self.FENCES,
            self.tr("Geofences"),
            self.tr(
                "The places to schedule: a polygon layer with a fence_id field (and harm, used for the balance "
                "report, when present). Selected features only is honoured."
            ),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add(
            QgsProcessingParameterString(
                self.START_DATE, self.tr("First day (YYYY-MM-DD)"), defaultValue=today.addDays(1).toString("yyyy-MM-dd")
            ),
            self.tr("The first policing day of the schedule, e.g. 2026-03-02."),
        )
        self.add(
            QgsProcessingParameterString(
                self.END_DATE, self.tr("Last day (YYYY-MM-DD)"), defaultValue=today.addDays(28).toString("yyyy-MM-dd")
            ),
            self.tr("The last policing day of the schedule (inclusive)."),
        )
        self.add(
            QgsProcessingParameterString(
                self.SHIFTS, self.tr("Shifts"), defaultValue="06:00-14:00,14:00-22:00,22:00-06:00"
            ),
            self.tr(
                "Comma-separated HH:MM-HH:MM windows in local time; an end before the start crosses midnight "
                "and belongs to the day it starts. Prefix a team name with = (Early=06:00-14:00) to name the "
                "team; otherwise teams are Shift 1, Shift 2… Shifts may touch but not overlap."
            ),
        )
        self.add_number(
            self.TREATED_SHARE,
            self.tr("Share of places treated each day"),
            self.tr(
                "Fraction of the places treated each day (0.5 = half). The daily count rounds up or down at "
                "random so the long-run share is exact and each day is within one place of the target."
            ),
            default=0.5,
            maximum=1.0,
        )
        self.add(
            QgsProcessingParameterField(
                self.BLOCK_FIELD, self.tr("Block field (optional)"), parentLayerParameterName=self.FENCES, optional=True
            ),
            self.tr(
                "Randomise within the blocks this field defines (e.g. a harm tier), so each block has its "
                "share of treated places every day."
            ),
        )
        self.add_number(
            self.PATROLS_PER_DAY,
            self.tr("Patrols per treated place-day"),
            self.tr("How many patrols a treated place gets on its day (3 × 15 min in Peterborough and Birmingham)."),
            default=3,
            minimum=1,
            maximum=24,
            integer=True,
        )
        self.add_number(
            self.PATROL_MIN,
            self.tr("Minutes per patrol"),
            self.tr("Length of each patrol in minutes (the Koper curve suggests 11–15)."),
            default=15,
            minimum=1,
            maximum=480,
            integer=True,
        )
        self.add_number(
            self.MIN_GAP_MIN,
            self.tr("Minimum gap between patrols (min)"),
            self.tr("At least this many minutes from the end of one patrol at a place to the start of the next."),
            default=60,
            minimum=0,
            maximum=1440,
            integer=True,
        )
        self.add_number(
            self.WASHOUT_DAYS,
            self.tr("Washout days"),
            self.tr(
                "Days after a treated day before an untreated place counts as control again (crossover "
                "designs); those days are marked 'washout'. 0 = none."
            ),
            default=0,
            minimum=0,
            maximum=60,
            integer=True,
        )
        self.add_number(
            self.SEED,
            self.tr("Random seed"),
            self.tr(
                "The seed of the random draw. Keep it with the schedule: the same seed and inputs give the "
                "same schedule again."
            ),
            default=1,
            minimum=0,
            integer=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Tasking schedule"),
            self.tr(
                "Table with task_id, date (Date), shift, fence_id, arm, window_start and window_end (DateTime, "
                "local time), minutes, visit_order, team and source."
            ),
            QgsProcessing.SourceType.TypeVector,
        )
        self.addOutput(QgsProcessingOutputNumber("N_TASKINGS", self.tr("Patrol taskings")))
        self.addOutput(QgsProcessingOutputNumber("N_PLACES", self.tr("Places")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.ids import id_label
        from ..core.tasking import SCHEDULE_FIELDS, TREATMENT, Place, generate_schedule, parse_shifts
        from ..core.timeutil import parse_date

        source = self.source(parameters, self.FENCES, context)
        names = source.fields().names()
        if FENCE_ID not in names:
            raise QgsProcessingException(
                self.tr(
                    "The geofence layer has no fence_id field. Use the output of Geofences from hot spots, or add "
                    "a fence_id field with one value per fence."
                )
            )
        block_field = self.parameterAsString(parameters, self.BLOCK_FIELD, context) or ""
        id_index = source.fields().lookupField(FENCE_ID)
        harm_index = source.fields().lookupField("harm")
        block_index = source.fields().lookupField(block_field) if block_field else -1
        places = []
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for feature in source.getFeatures(request):
            attributes = feature.attributes()
            fence_id = attributes[id_index]
            if is_null(fence_id):
                raise QgsProcessingException(self.tr("A geofence has no fence_id. Give every fence an id."))
            harm = 0.0
            if harm_index >= 0 and not is_null(attributes[harm_index]):
                try:
                    harm = float(attributes[harm_index])
                except (TypeError, ValueError):
                    harm = 0.0
            block = "(none)" if block_index < 0 or is_null(attributes[block_index]) else str(attributes[block_index])
            if block_index < 0:
                block = "(all)"
            places.append(Place(id_label(fence_id), harm, block))
        start = run_core(parse_date, self.parameterAsString(parameters, self.START_DATE, context), "first day")
        end = run_core(parse_date, self.parameterAsString(parameters, self.END_DATE, context), "last day")
        shifts = run_core(parse_shifts, self.parameterAsString(parameters, self.SHIFTS, context))
        seed = self.parameterAsInt(parameters, self.SEED, context)
        schedule = run_core(
            generate_schedule,
            places,
            start,
            end,
            shifts,
            treated_share=self.parameterAsDouble(parameters, self.TREATED_SHARE, context),
            patrols_per_day=self.parameterAsInt(parameters, self.PATROLS_PER_DAY, context),
            patrol_min=self.parameterAsInt(parameters, self.PATROL_MIN, context),
            min_gap_min=self.parameterAsInt(parameters, self.MIN_GAP_MIN, context),
            washout_days=self.parameterAsInt(parameters, self.WASHOUT_DAYS, context),
            seed=seed,
            progress=progress_callback(feedback, 0, 80),
        )
        fields = make_fields(SCHEDULE_FIELDS, SCHEDULE_TYPES)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields)
        total = len(schedule.taskings) or 1
        for n, task in enumerate(schedule.taskings):
            if n % 2000 == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(80 + 20 * n / total)
            feature = QgsFeature(fields)
            row = task.as_row()
            row[SCHEDULE_FIELDS.index("date")] = QDate.fromString(task.date, "yyyy-MM-dd")
            feature.setAttributes([qgis_value(value) for value in row])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        n_patrols = sum(1 for t in schedule.taskings if t.arm == TREATMENT)
        choices = dict(schedule.settings)
        choices["places"] = len(places)
        choices["block field"] = block_field or "(none)"
        choices["patrol taskings"] = n_patrols
        for key, value in choices.items():
            feedback.pushInfo(f"{self.tr(key)}: {value}")  # keys that are also output names are translated
        for line in balance_lines(schedule.balance):
            feedback.pushInfo(line)
        describe_on_load(
            context,
            dest_id,
            self.tr("Tasking schedule (seed {})").format(seed),
            describe(choices) + "\n" + "\n".join(balance_lines(schedule.balance)),
        )
        return {self.OUTPUT: dest_id, "N_TASKINGS": n_patrols, "N_PLACES": len(places)}
