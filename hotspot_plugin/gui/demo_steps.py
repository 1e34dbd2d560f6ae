"""The demo chain: every Processing step "Load demo" runs on the shipped Hollowford data.

Runs without widgets (in a QgsTask or a test): each step runs when its algorithm is registered and
its inputs were made by earlier steps, and is otherwise reported as skipped with the reason, so the
demo grows as algorithms are added to the provider.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable, Dict, List, Optional

import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ..core.demo import (
    EMERGING_PARAMETERS,
    FENCE_PARAMETERS,
    FILES,
    HOTSPOT_PARAMETERS,
    TASKING_PARAMETERS,
    TRACK_DAY,
    demo_dir,
)
from ..core.timeutil import DEFAULT_DAY_START, DEFAULT_TIMEZONE, day_start_clock, wall_to_utc
from ..i18n import tr
from ..qgis_io.fields import make_fields
from .demo_trial import DEMO_PERMUTATIONS, DEMO_SIMULATIONS, TRIAL_PERIODS, write_trial

#: The demo's policing day starts at the plugin's default (06:00 local).
DAY_START = day_start_clock(DEFAULT_DAY_START)


@dataclass
class Step:
    """One step: ``algorithm`` (None for the plugin's own preparation), what it needs and makes."""

    key: str
    label: str
    algorithm: Optional[str]
    needs: List[str]
    parameters: Callable[[Dict[str, str], Path], dict]
    outputs: Dict[str, str]  # output key in the results → name of the product
    #: Makes a file for ``make demo`` (the trial report PDF), not a layer: Load demo leaves it out.
    file_only: bool = False


@dataclass
class DemoOutcome:
    """What a run made (product name → file path or URI) and what it ran, skipped or failed."""

    folder: Path
    products: Dict[str, object] = field(default_factory=dict)  # paths, or the survey table layer
    ran: List[str] = field(default_factory=list)
    skipped: List[str] = field(default_factory=list)
    failed: List[str] = field(default_factory=list)
    log: List[str] = field(default_factory=list)


def shipped(name: str) -> str:
    return str(demo_dir() / FILES[name])


def _gpkg(folder: Path, name: str) -> str:
    return str(folder / f"{name}.gpkg")


def survey_layer() -> QgsVectorLayer:
    """The shipped survey CSV as a table with detected field types (confidence is numeric)."""
    path = Path(shipped("survey")).as_posix()
    uri = f"file:///{path.lstrip('/')}?type=csv&delimiter=,&detectTypes=yes&geomType=none"
    return QgsVectorLayer(uri, "survey responses", "delimitedtext")


def steps() -> List[Step]:
    """The demo chain in order."""
    day = TRACK_DAY.isoformat()
    hot = HOTSPOT_PARAMETERS
    fence = FENCE_PARAMETERS
    return [
        Step(
            "hotspots",
            tr("Harm-weighted hot spots"),
            "hotspot:harmhotspots",
            ["crimes"],
            lambda p, f: {
                "INPUT": p["crimes"],
                "HARM_FIELD": "harm",
                "GRID_TYPE": hot["GRID_TYPE"],
                "CELL_SIZE": hot["CELL_SIZE"],
                "DISTANCE_BAND": hot["DISTANCE_BAND"],
                "FDR": hot["FDR"],
                "OUTPUT": _gpkg(f, "hotspot_cells"),
            },
            {"OUTPUT": "cells"},
        ),
        Step(
            "fences",
            tr("Geofences around the hot spots"),
            "hotspot:geofencesfromhotspots",
            ["cells"],
            lambda p, f: {
                "INPUT": p["cells"],
                "MIN_BIN": fence["MIN_BIN"],
                "TOP_N": fence["TOP_N"],
                "BUFFER": fence["BUFFER"],
                "SIMPLIFY": fence["SIMPLIFY"],
                "MIN_AREA": fence["MIN_AREA"],
                "OUTPUT": _gpkg(f, "geofences"),
            },
            {"OUTPUT": "fences"},
        ),
        Step(
            "app_tracks",
            tr("Import app GPS tracks"),
            "hotspot:importtracks",
            [],
            lambda p, f: {
                "INPUT": shipped("app_tracks"),
                "SOURCE_CRS": "EPSG:4326",
                "TIMEZONE": DEFAULT_TIMEZONE,
                "OUTPUT": _gpkg(f, "fixes_app"),
                "OUTPUT_TRACKS": _gpkg(f, "tracks_app"),
            },
            {"OUTPUT": "fixes_app", "OUTPUT_TRACKS": "tracks_app"},
        ),
        Step(
            "radio_tracks",
            tr("Import radio location reports"),
            "hotspot:importtracks",
            [],
            lambda p, f: {
                "INPUT": shipped("radio_tracks"),
                "SOURCE_CRS": "EPSG:27700",
                "TIMEZONE": DEFAULT_TIMEZONE,
                "ID_LOOKUP": shipped("radio_lookup"),
                "OUTPUT": _gpkg(f, "fixes_radio"),
                "OUTPUT_TRACKS": _gpkg(f, "tracks_radio"),
            },
            {"OUTPUT": "fixes_radio", "OUTPUT_TRACKS": "tracks_radio"},
        ),
        Step(
            "fixes",
            tr("Merge app and radio fixes"),
            "native:mergevectorlayers",
            ["fixes_app", "fixes_radio"],
            lambda p, f: {
                "LAYERS": [p["fixes_app"], p["fixes_radio"]],
                "CRS": "EPSG:27700",
                "OUTPUT": _gpkg(f, "fixes"),
            },
            {"OUTPUT": "fixes"},
        ),
        Step(
            "tracks",
            tr("Merge app and radio tracks"),
            "native:mergevectorlayers",
            ["tracks_app", "tracks_radio"],
            lambda p, f: {
                "LAYERS": [p["tracks_app"], p["tracks_radio"]],
                "CRS": "EPSG:27700",
                "OUTPUT": _gpkg(f, "tracks"),
            },
            {"OUTPUT": "tracks"},
        ),
        Step(
            "taskings",
            tr("Tasking schedule"),
            "hotspot:taskingschedule",
            ["fences"],
            lambda p, f: dict(
                TASKING_PARAMETERS,
                FENCES=p["fences"],
                START_DATE=day,
                END_DATE=day,
                OUTPUT=_gpkg(f, "taskings"),
            ),
            {"OUTPUT": "taskings"},
        ),
        Step(
            "dwell",
            tr("Dwell and compliance"),
            "hotspot:dwellcompliance",
            ["fixes", "fences"],
            lambda p, f: dict(
                {
                    "TRACKS": p["fixes"],
                    "FENCES": p["fences"],
                    "METHOD": 0,
                    "MAX_GAP_S": 150,
                    "MIN_VISIT_S": 60,
                    "OUTPUT_VISITS": _gpkg(f, "visits"),
                    "OUTPUT_FENCES": _gpkg(f, "fences_dwell"),
                    "OUTPUT_TASKINGS": _gpkg(f, "compliance"),
                },
                **({"TASKINGS": p["taskings"]} if "taskings" in p else {}),
            ),
            {"OUTPUT_VISITS": "visits", "OUTPUT_FENCES": "fences_dwell", "OUTPUT_TASKINGS": "compliance"},
        ),
        Step(
            "exceptions",
            tr("Exception report"),
            "hotspot:exceptionreport",
            ["taskings", "compliance"],
            lambda p, f: {
                "TASKINGS": p["taskings"],
                "COMPLIANCE": p["compliance"],
                "OUTPUT": _gpkg(f, "exceptions"),
                "OUTPUT_SUMMARY": _gpkg(f, "exception_summary"),
            },
            {"OUTPUT": "exceptions", "OUTPUT_SUMMARY": "exception_summary"},
        ),
        Step(
            "survey",
            tr("Community survey overlay"),
            "hotspot:surveyoverlay",
            ["areas", "responses"],
            lambda p, f: dict(
                {
                    "RESPONSES": p["responses"],
                    "AREAS": p["areas"],
                    "AREA_FIELD": "area_code",
                    "RESPONSE_AREA_FIELD": "area_code",
                    "QUESTION_FIELDS": ["confidence", "deal_with_matters", "top_priority"],
                    "WAVE_FIELD": "wave",
                    "MIN_RESPONDENTS": 10,
                    "OUTPUT": _gpkg(f, "survey"),
                },
                **({"HOTSPOTS": p["cells"]} if "cells" in p else {}),
            ),
            {"OUTPUT": "survey"},
        ),
        Step(
            "emerging",
            tr("Emerging hot spots (a year, weekly)"),
            "hotspot:emerginghotspots",
            ["crimes_year"],
            lambda p, f: dict(
                EMERGING_PARAMETERS,
                CRIMES=p["crimes_year"],
                OUTPUT=_gpkg(f, "emerging_hotspots"),
                OUTPUT_STEPS=_gpkg(f, "emerging_steps"),
            ),
            {"OUTPUT": "emerging", "OUTPUT_STEPS": "emerging_steps"},
        ),
        Step(
            "aoristic",
            tr("When it happens (aoristic hours of the week)"),
            "hotspot:aoristic",
            ["crimes_year", "fences"],
            lambda p, f: {
                "CRIMES": p["crimes_year"],
                "FROM_FIELD": "occurred_from",
                "TO_FIELD": "occurred_to",
                "PLACES": p["fences"],
                "PLACE_FIELD": "name",
                "OUTPUT": _gpkg(f, "aoristic"),
                "OUTPUT_CHART": str(f / "aoristic_hours.png"),
            },
            {"OUTPUT": "aoristic", "OUTPUT_CHART": "aoristic_chart"},
        ),
        *trial_steps(),
    ]


#: What the trial steps read: the planted 12-week trial ``run_demo_chain`` writes (gui/demo_trial.py).
TRIAL_INPUTS = ["trial_schedule", "trial_places", "trial_crimes", "trial_visits"]


def trial_steps() -> List[Step]:
    """The Evaluation part of the demo: the 12-week trial from ledger to report."""

    def crimes(p):
        return {"CRIMES": p["trial_crimes"], "TIME_FIELD": "occurred_at"}

    return [
        Step(
            "trial_ledger",
            tr("Trial: place-day ledger"),
            "hotspot:trialledger",
            TRIAL_INPUTS,
            lambda p, f: dict(
                crimes(p),
                TASKINGS=p["trial_schedule"],
                FENCES=p["trial_places"],
                HARM_FIELD="harm",
                VISITS=p["trial_visits"],
                BLOCK_FIELD="block",
                OUTPUT=_gpkg(f, "trial_ledger"),
            ),
            {"OUTPUT": "trial_ledger"},
        ),
        Step(
            "trial_effect",
            tr("Trial: effect on crimes"),
            "hotspot:trialeffect",
            ["trial_ledger"],
            lambda p, f: {
                "LEDGER": p["trial_ledger"],
                "OUTCOME": 0,
                "MODELS": 1,  # Poisson only: the negative binomial fit would add 10 s to the demo
                "PERMUTATIONS": DEMO_PERMUTATIONS,
                "SEED": 1,
                "OUTPUT": _gpkg(f, "trial_effect"),
                "OUTPUT_DOSE": _gpkg(f, "trial_dose"),
                "OUTPUT_COMPLIERS": _gpkg(f, "trial_compliers"),
            },
            {"OUTPUT": "trial_effect", "OUTPUT_DOSE": "trial_dose", "OUTPUT_COMPLIERS": "trial_compliers"},
        ),
        Step(
            "trial_effect_harm",
            tr("Trial: effect on harm"),
            "hotspot:trialeffect",
            ["trial_ledger"],
            lambda p, f: {
                "LEDGER": p["trial_ledger"],
                "OUTCOME": 1,
                "PERMUTATIONS": DEMO_PERMUTATIONS,
                "SEED": 1,
                "OUTPUT": _gpkg(f, "trial_effect_harm"),
                "OUTPUT_DOSE": "TEMPORARY_OUTPUT",
            },
            {"OUTPUT": "trial_effect_harm"},
        ),
        Step(
            "trial_koper",
            tr("Trial: residual deterrence (Koper curves)"),
            "hotspot:koper",
            ["trial_visits", "trial_places", "trial_crimes"],
            lambda p, f: dict(
                crimes(p),
                VISITS=p["trial_visits"],
                FENCES=p["trial_places"],
                OUTPUT=_gpkg(f, "trial_koper"),
                OUTPUT_CURVES=_gpkg(f, "trial_koper_curves"),
            ),
            {"OUTPUT": "trial_koper", "OUTPUT_CURVES": "trial_koper_curves"},
        ),
        Step(
            "trial_displacement",
            tr("Trial: displacement and diffusion"),
            "hotspot:displacement",
            ["trial_crimes", "trial_places", "trial_comparison"],
            lambda p, f: dict(
                crimes(p),
                **TRIAL_PERIODS,
                HARM_FIELD="harm",
                TREATED=p["trial_places"],
                CONTROL=p["trial_comparison"],
                BUFFER_M=150.0,
                OUTPUT=_gpkg(f, "trial_displacement"),
                OUTPUT_AREAS=_gpkg(f, "trial_areas"),
            ),
            {"OUTPUT": "trial_displacement", "OUTPUT_AREAS": "trial_areas"},
        ),
        Step(
            "trial_power",
            tr("Trial: power of the design"),
            "hotspot:trialpower",
            ["trial_places", "trial_crimes"],
            lambda p, f: dict(
                crimes(p),
                CRIMES=p["trial_crimes"] + "|subset=\"period\" = 'before'",
                FENCES=p["trial_places"],
                DAYS=84,
                TREATED_SHARE=0.5,
                PAST_START=TRIAL_PERIODS["BEFORE_START"],
                PAST_END=TRIAL_PERIODS["BEFORE_END"],
                SIMULATIONS=DEMO_SIMULATIONS,
                OUTPUT=_gpkg(f, "trial_power"),
            ),
            {"OUTPUT": "trial_power"},
        ),
        Step(
            "trial_report",
            tr("Trial report (PDF)"),
            "hotspot:trialreport",
            ["trial_ledger", "trial_effect"],
            lambda p, f: {
                "LEDGER": p["trial_ledger"],
                "EFFECTS": [p[k] for k in ("trial_effect", "trial_effect_harm") if k in p],
                **{
                    k: p[v]
                    for k, v in (
                        ("KOPER", "trial_koper"),
                        ("KOPER_CURVES", "trial_koper_curves"),
                        ("DISPLACEMENT", "trial_displacement"),
                        ("AREAS", "trial_areas"),
                        ("CRIMES", "trial_crimes"),
                        ("POWER", "trial_power"),
                    )
                    if v in p
                },
                "TITLE": tr("Hollowford patrol trial, 12 weeks: did it work?"),
                "OUTPUT": str(f / "trial_report.pdf"),
            },
            {"OUTPUT": "trial_report"},
            file_only=True,
        ),
    ]


def demo_time(occurred: datetime) -> datetime:
    """The crime's time of day placed on the demo's policing day (06:00 to 06:00, local).

    Thirteen weeks of crimes then play through one day on the time slider: what a typical day looks
    like, hour by hour, beside the officers' tracks of that day.
    """
    base = datetime.combine(TRACK_DAY, datetime.min.time())
    moment = base + timedelta(hours=occurred.hour, minutes=occurred.minute)
    if occurred.time() < DAY_START:
        moment += timedelta(days=1)
    return moment


def local_to_utc(moment: datetime) -> QDateTime:
    """A local wall-clock time (Europe/London) → a UTC QDateTime, independent of the machine's zone."""
    instant = wall_to_utc(moment.date(), moment.time())
    return QDateTime.fromMSecsSinceEpoch(int(round(instant.timestamp() * 1000)), Qt.TimeSpec.UTC)


def _point_writer(folder: Path, name: str, fields, transform_context: QgsCoordinateTransformContext):
    """``(path, writer)`` of a new GeoPackage point layer ``name`` (EPSG:27700) in ``folder``."""
    path = _gpkg(folder, name)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    crs = QgsCoordinateReferenceSystem("EPSG:27700")
    writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.Type.Point, crs, transform_context, options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(writer.errorMessage())
    return path, writer


def _local_qdatetime(text: str):
    """ISO local wall-clock text as a QDateTime without zone (as QGIS writes DateTime fields); NULL for empty."""
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))


def write_year_crimes(folder: Path, transform_context: QgsCoordinateTransformContext) -> str:
    """The shipped year of timed crime (trends) as a GeoPackage point layer with from/to date-times."""
    frame = pd.read_csv(shipped("crimes_year"), dtype={"crime_id": str}, keep_default_na=False)
    fields = make_fields(
        [
            ("crime_id", "String"),
            ("occurred_from", "DateTime"),
            ("occurred_to", "DateTime"),
            ("crime_type", "String"),
            ("harm", "Double"),
        ]
    )
    path, writer = _point_writer(folder, "crimes_year", fields, transform_context)
    for row in frame.itertuples(index=False):
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                row.crime_id,
                _local_qdatetime(row.occurred_from),
                _local_qdatetime(row.occurred_to),
                row.crime_type,
                float(row.harm),
            ]
        )
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(row.easting), float(row.northing))))
        writer.addFeature(feature)
    del writer
    return path


def write_crimes(folder: Path, transform_context: QgsCoordinateTransformContext) -> str:
    """The shipped crimes CSV as a GeoPackage point layer with real date-times and ``demo_time``."""
    frame = pd.read_csv(shipped("crimes"), dtype={"crime_id": str, "area_code": str})
    fields = make_fields(
        [
            ("crime_id", "String"),
            ("occurred_at", "DateTime"),
            ("weekday", "String"),
            ("hour", "Int"),
            ("offence", "String"),
            ("crime_type", "String"),
            ("harm", "Double"),
            ("location", "String"),
            ("area_code", "String"),
            ("demo_time", "DateTime"),
        ]
    )
    path, writer = _point_writer(folder, "crimes", fields, transform_context)
    for row in frame.itertuples(index=False):
        occurred = datetime.fromisoformat(row.occurred_at)
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                row.crime_id,
                _local_qdatetime(row.occurred_at),
                row.weekday,
                int(row.hour),
                row.offence,
                row.crime_type,
                float(row.harm),
                row.location,
                row.area_code,
                local_to_utc(demo_time(occurred)),
            ]
        )
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(row.easting), float(row.northing))))
        writer.addFeature(feature)
    del writer
    return path


class _Feedback(QgsProcessingFeedback):
    """Collects algorithm messages for the demo's log and follows the caller's cancel flag."""

    def __init__(self, log: List[str], is_cancelled: Callable[[], bool]):
        super().__init__()
        self._log = log
        self._is_cancelled = is_cancelled

    def pushInfo(self, info):  # noqa: N802 - QGIS API name
        self._log.append(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API name
        self._log.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API names
        self._log.append(error)

    def isCanceled(self):  # noqa: N802 - QGIS API name
        return self._is_cancelled() or super().isCanceled()


def run_demo_chain(
    folder: Path,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
    progress: Optional[Callable[[float], None]] = None,
    is_cancelled: Callable[[], bool] = lambda: False,
    files: bool = True,
) -> DemoOutcome:
    """Run every step that can run into ``folder``; returns what was made and what was skipped.

    ``files`` false (Load demo): leave out the steps that only write a file (the trial report PDF,
    which ``make demo`` writes; its print layout is drawn on the main thread).
    """
    from qgis import processing

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    outcome = DemoOutcome(folder=folder)
    context_transforms = transform_context or QgsCoordinateTransformContext()
    outcome.products["crimes"] = write_crimes(folder, context_transforms)
    outcome.products["areas"] = shipped("areas")
    responses = survey_layer()
    if responses.isValid():
        outcome.products["responses"] = responses
    outcome.products["crimes_year"] = write_year_crimes(folder, context_transforms)
    outcome.ran.append(tr("Demo crimes with harm and times"))
    try:
        outcome.products.update(write_trial(folder, transform_context=context_transforms))
        outcome.ran.append(tr("Demo trial: 12 weeks of places, schedule, crimes and visits"))
    except (OSError, ValueError) as error:  # the rest of the demo does not need the trial
        outcome.failed.append(tr("Demo trial data: {0}").format(error))
    registry = QgsApplication.processingRegistry()
    chain = [step for step in steps() if files or not step.file_only]
    for number, step in enumerate(chain, start=1):
        if is_cancelled():
            outcome.skipped.append(step.label + ": " + tr("cancelled"))
            continue
        if step.algorithm and registry.algorithmById(step.algorithm) is None:
            outcome.skipped.append(step.label + ": " + tr("algorithm {0} is not installed").format(step.algorithm))
            continue
        missing = [need for need in step.needs if need not in outcome.products]
        if missing:
            outcome.skipped.append(step.label + ": " + tr("needs {0}").format(", ".join(missing)))
            continue
        context = QgsProcessingContext()
        context.setTransformContext(context_transforms)
        feedback = _Feedback(outcome.log, is_cancelled)
        outcome.log.append(f"— {step.label} ({step.algorithm})")
        try:
            results = processing.run(
                step.algorithm, step.parameters(outcome.products, folder), context=context, feedback=feedback
            )
        except Exception as error:  # noqa: BLE001 - one failing step must not stop the demo
            outcome.failed.append(f"{step.label}: {str(error).strip().splitlines()[-1] if str(error) else error!r}")
            continue
        for key, product in step.outputs.items():
            value = results.get(key)
            if isinstance(value, str) and value:
                outcome.products[product] = value
        outcome.ran.append(step.label)
        if progress is not None:
            progress(100.0 * number / len(chain))
    return outcome
