"""Build the two Processing models the provider ships (hotspot_plugin/processing/models/*.model3) with PyQGIS.

Run with the QGIS Python of the oldest QGIS the plugin supports (3.22 writes a file 3.40 reads):
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_models.py [FOLDER]`` (``make models``; FOLDER defaults to
the plugin's ``processing/models``). The .model3 files are committed; this script is how they are made, so change
it and rebuild rather than editing the files (a test checks that the files are what the script writes).

- ``policeukchain``: police.uk CSV → *Import police.uk* → *Harm-weighted hot spots* → *Geofences from hot spots*
  → *Tasking schedule*;
- ``trackschain``: a tracking export → *Import officer tracks* → *Dwell and compliance* (with the geofences and the
  tasking schedule) → *Exception report*.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Qt writes XML attributes in hash order: a fixed seed writes the same bytes every time (reviewable diffs).
os.environ["QT_HASH_SEED"] = "0"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
from qgis_headless import start_qgis, stop_qgis  # noqa: E402

MODELS_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "hotspot_plugin" / "processing" / "models"
GROUP = "Chains"


class ModelBuilder:
    """A model with its inputs in a column on the left and its steps in a row, outputs beside each step."""

    def __init__(self, name: str):
        from qgis.core import QgsProcessingModelAlgorithm

        # The name is the algorithm's id (hotspot:<name>); the provider shows a translated title beside it.
        self.model = QgsProcessingModelAlgorithm(name, GROUP, GROUP.lower())
        self.name = name
        self.help = {}
        self._inputs = 0
        self._steps = 0

    def add_input(self, parameter, help_text: str):
        """A model input: ``parameter`` (a QgsProcessingParameter…) with its help text."""
        from qgis.core import QgsProcessingModelParameter
        from qgis.PyQt.QtCore import QPointF

        parameter.setHelp(help_text)
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120, 60 + 70 * self._inputs))
        self.model.addModelParameter(parameter, component)
        self.help[parameter.name()] = help_text
        self._inputs += 1
        return parameter.name()

    def add_step(self, algorithm_id: str, description: str, inputs: dict, static: dict, outputs: dict):
        """One step: ``inputs`` maps the algorithm's parameters to model inputs (a name) or to another step's
        output (``(step_id, output)``); ``static`` gives fixed values; ``outputs`` maps the algorithm's outputs to
        the names of the model outputs they become. Returns the step id (the algorithm's name)."""
        from qgis.core import (
            QgsApplication,
            QgsProcessingModelChildAlgorithm,
            QgsProcessingModelChildParameterSource,
            QgsProcessingModelOutput,
            QgsProcessingParameterDefinition,
        )
        from qgis.PyQt.QtCore import QPointF

        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child_id = algorithm_id.split(":", 1)[1]
        child.setChildId(child_id)
        child.setDescription(description)
        position = QPointF(420 + 300 * self._steps, 120 + 60 * self._steps)
        child.setPosition(position)
        for parameter, source in inputs.items():
            if isinstance(source, tuple):
                value = QgsProcessingModelChildParameterSource.fromChildOutput(*source)
            else:
                value = QgsProcessingModelChildParameterSource.fromModelParameter(source)
            child.addParameterSources(parameter, [value])
        for parameter, value in static.items():
            child.addParameterSources(parameter, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
        # The model needs a value for every mandatory parameter: the algorithm's own default for the rest.
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        for definition in algorithm.parameterDefinitions():
            optional = definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
            if definition.isDestination() or optional or definition.name() in child.parameterSources():
                continue
            default = QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())
            child.addParameterSources(definition.name(), [default])
        model_outputs = {}
        for n, (output, label) in enumerate(outputs.items()):
            model_output = QgsProcessingModelOutput(label, label)
            model_output.setChildId(child_id)
            model_output.setChildOutputName(output)
            model_output.setPosition(position + QPointF(40, 90 + 40 * n))
            model_outputs[label] = model_output
        child.setModelOutputs(model_outputs)
        self.model.addChildAlgorithm(child)
        self._steps += 1
        return child_id

    def save(self, summary: str) -> Path:
        self.model.setHelpContent(dict(self.help, ALG_DESC=summary, ALG_CREATOR="Hot spot policing plugin"))
        errors = self.model.validate()[1] if hasattr(self.model, "validate") else []
        if errors:
            raise SystemExit(f"{self.name}: the model does not validate: {errors}")
        MODELS_DIR.mkdir(parents=True, exist_ok=True)
        path = MODELS_DIR / f"{self.name}.model3"
        if not self.model.toFile(str(path)):
            raise SystemExit(f"could not write {path}")
        return path


def police_uk_chain() -> Path:
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterFile,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
    )

    Number = QgsProcessingParameterNumber  # noqa: N806 - a class
    b = ModelBuilder("policeukchain")
    csv = b.add_input(
        QgsProcessingParameterFile("policeuk_csv", "police.uk street-level CSV", extension="csv"),
        "A street-level crime CSV downloaded from data.police.uk (one month or several).",
    )
    harm_table = b.add_input(
        QgsProcessingParameterFile("harm_table", "Harm table (CSV)", extension="csv", optional=True),
        "Your force's harm weights (crime_type,harm). Empty: the shipped approximate table.",
    )
    boundary = b.add_input(
        QgsProcessingParameterFeatureSource(
            "study_area", "Study area boundary", [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
        ),
        "Polygons: cells and geofences are kept inside them. Empty: the crimes' extent.",
    )
    cell = b.add_input(
        Number("cell_size", "Cell size (m, 0 = automatic)", Number.Type.Double, 0.0, minValue=0.0),
        "Grid cell size in metres; 0 chooses it from the data (stated in the log).",
    )
    band = b.add_input(
        Number("distance_band", "Distance band (m, 0 = automatic)", Number.Type.Double, 0.0, minValue=0.0),
        "Gi* neighbourhood radius in metres; 0 chooses it from the data (stated in the log).",
    )
    top_n = b.add_input(
        Number("top_n", "Keep the top N geofences (0 = all)", Number.Type.Integer, 8, minValue=0),
        "How many geofences to keep, the most harmful first.",
    )
    buffer = b.add_input(
        Number("buffer", "Geofence buffer (m)", Number.Type.Double, 10.0, minValue=0.0),
        "Grow each geofence by this many metres (GPS error, the street in front of the place).",
    )
    start = b.add_input(
        QgsProcessingParameterString("start_date", "First day of tasking (YYYY-MM-DD)"),
        "The first day the schedule tasks patrols.",
    )
    end = b.add_input(
        QgsProcessingParameterString("end_date", "Last day of tasking (YYYY-MM-DD)"),
        "The last day the schedule tasks patrols.",
    )
    shifts = b.add_input(
        QgsProcessingParameterString("shifts", "Shifts", "06:00-14:00,14:00-22:00,22:00-06:00"),
        "The shifts patrols are tasked in, as HH:MM-HH:MM separated by commas.",
    )
    share = b.add_input(
        Number("treated_share", "Share of places treated each day", Number.Type.Double, 0.5, minValue=0, maxValue=1),
        "Share of the geofences tasked each day (the rest are controls), chosen at random with the seed.",
    )
    patrols = b.add_input(
        Number("patrols_per_day", "Patrols per treated place-day", Number.Type.Integer, 2, minValue=1),
        "How many patrols each treated place gets each day.",
    )
    minutes = b.add_input(
        Number("patrol_min", "Minutes per patrol", Number.Type.Integer, 15, minValue=1),
        "How long each patrol stays in the place (15 minutes is the Koper curve's optimum).",
    )
    seed = b.add_input(Number("seed", "Random seed", Number.Type.Integer, 1), "The same seed gives the same schedule.")

    imported = b.add_step(
        "hotspot:importpoliceuk",
        "Import police.uk",
        {"INPUT": csv, "HARM_TABLE": harm_table},
        {},
        {"OUTPUT": "crimes"},
    )
    cells = b.add_step(
        "hotspot:harmhotspots",
        "Harm-weighted hot spots (Gi*)",
        {"INPUT": (imported, "OUTPUT"), "CELL_SIZE": cell, "DISTANCE_BAND": band, "BOUNDARY": boundary},
        {"HARM_FIELD": "harm", "GRID_TYPE": 0, "FDR": True},
        {"OUTPUT": "hot_spot_cells"},
    )
    fences = b.add_step(
        "hotspot:geofencesfromhotspots",
        "Geofences from hot spots",
        {"INPUT": (cells, "OUTPUT"), "TOP_N": top_n, "BUFFER": buffer, "STUDY_AREA": boundary},
        {"MIN_BIN": 2},
        {"OUTPUT": "geofences"},
    )
    b.add_step(
        "hotspot:taskingschedule",
        "Tasking schedule",
        {
            "FENCES": (fences, "OUTPUT"),
            "START_DATE": start,
            "END_DATE": end,
            "SHIFTS": shifts,
            "TREATED_SHARE": share,
            "PATROLS_PER_DAY": patrols,
            "PATROL_MIN": minutes,
            "SEED": seed,
        },
        {},
        {"OUTPUT": "tasking_schedule"},
    )
    return b.save(
        "The whole hot spot chain in one run: imports a police.uk street-level CSV with harm weights, finds "
        "harm-weighted Gi* hot spots on a square grid (FDR-corrected bins), draws geofences around the hottest "
        "places (bin 2 and above, the top N) and tasks patrols to a random share of them each day. Each step is "
        "the plugin's own algorithm (Hot spot policing ▸ Data, Hot spots, Geofences, Taskings): run them one by "
        "one for the choices this model fixes (grid type, minimum bin, block field, washout)."
    )


def tracks_chain() -> Path:
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterCrs,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterFile,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
    )

    Number = QgsProcessingParameterNumber  # noqa: N806 - a class
    b = ModelBuilder("trackschain")
    export = b.add_input(
        QgsProcessingParameterFile("tracking_export", "Tracking export"),
        "An officer tracking export (app CSV, radio CSV, GPX, GeoJSON or NMEA); the columns are detected.",
    )
    more = b.add_input(
        QgsProcessingParameterMultipleLayers(
            "more_exports", "Further exports", QgsProcessing.SourceType.TypeFile, optional=True
        ),
        "More exports of the same kind and coordinate system, imported with the first.",
    )
    crs = b.add_input(
        QgsProcessingParameterCrs("source_crs", "Coordinates' CRS", "EPSG:4326"),
        "The coordinate system of the exports' positions (EPSG:4326 for latitude/longitude).",
    )
    lookup = b.add_input(
        QgsProcessingParameterFile(
            "id_lookup", "Radio id → collar number lookup (CSV)", extension="csv", optional=True
        ),
        "For radio exports: a CSV of issi,collar so radios and phones name the same officer.",
    )
    fences = b.add_input(
        QgsProcessingParameterFeatureSource("geofences", "Geofences", [QgsProcessing.SourceType.TypeVectorPolygon]),
        "The geofences the taskings are for (e.g. the police.uk chain's geofences).",
    )
    taskings = b.add_input(
        QgsProcessingParameterFeatureSource("taskings", "Tasking schedule", [QgsProcessing.SourceType.TypeVector]),
        "The tasking schedule the officers were given (Tasking schedule's output).",
    )
    max_gap = b.add_input(
        Number("max_gap_s", "Maximum gap between fixes (s)", Number.Type.Double, 150.0, minValue=1.0),
        "Two fixes further apart than this are not joined: the time between them is 'no data'.",
    )
    min_visit = b.add_input(
        Number("min_visit_s", "Minimum visit (s)", Number.Type.Double, 60.0, minValue=0.0),
        "Shorter stays in a geofence are not counted as visits (driving through).",
    )

    imported = b.add_step(
        "hotspot:importtracks",
        "Import officer tracks",
        {"INPUT": export, "MORE_INPUTS": more, "SOURCE_CRS": crs, "ID_LOOKUP": lookup},
        {},
        {"OUTPUT": "officer_fixes"},
    )
    dwell = b.add_step(
        "hotspot:dwellcompliance",
        "Dwell and compliance",
        {
            "TRACKS": (imported, "OUTPUT"),
            "FENCES": fences,
            "TASKINGS": taskings,
            "MAX_GAP_S": max_gap,
            "MIN_VISIT_S": min_visit,
        },
        {"METHOD": 0},
        {"OUTPUT_VISITS": "visits", "OUTPUT_FENCES": "fences_dwell", "OUTPUT_TASKINGS": "compliance"},
    )
    b.add_step(
        "hotspot:exceptionreport",
        "Exception report",
        {"TASKINGS": taskings, "COMPLIANCE": (dwell, "OUTPUT_TASKINGS")},
        {},
        {"OUTPUT": "exception_report", "OUTPUT_SUMMARY": "exception_summary"},
    )
    return b.save(
        "From officers' tracking data to the exception report in one run: imports a tracking export (cleaned, "
        "one officer per id), measures each officer's dwell in each geofence and each tasking's delivered "
        "minutes, and lists the taskings met, partly met, not met or without tracking data. Each step is the "
        "plugin's own algorithm (Hot spot policing ▸ Data, Tracks, Taskings): run them one by one for the "
        "choices this model leaves at their defaults (time zone, policing day, speed and accuracy limits)."
    )


def main() -> None:
    app, provider = start_qgis()
    try:
        for build in (police_uk_chain, tracks_chain):
            print(f"wrote {build()}")
    finally:
        stop_qgis(app, provider)


if __name__ == "__main__":
    main()
