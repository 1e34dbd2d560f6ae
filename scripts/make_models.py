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
KEEP = object()  # expose(): keep the algorithm's default


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

    def add_input(self, parameter):
        """A model input: ``parameter`` (a QgsProcessingParameter… with its help text); returns its name."""
        from qgis.core import QgsProcessingModelParameter
        from qgis.PyQt.QtCore import QPointF

        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120, 60 + 70 * self._inputs))
        self.model.addModelParameter(parameter, component)
        self.help[parameter.name()] = parameter.help()
        self._inputs += 1
        return parameter.name()

    def expose(self, algorithm_id: str, parameter: str, name: str, default=KEEP):
        """A model input named ``name`` made from a step's own parameter (its label, help, type, limits and
        default, which ``default`` replaces when given), so the model asks as the algorithm does."""
        from qgis.core import QgsApplication

        definition = QgsApplication.processingRegistry().algorithmById(algorithm_id).parameterDefinition(parameter)
        exposed = definition.clone()
        exposed.setName(name)
        if default is not KEEP:
            exposed.setDefaultValue(default)
        return self.add_input(exposed)

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
    b = ModelBuilder("policeukchain")
    csv = b.expose("hotspot:importpoliceuk", "INPUT", "policeuk_csv")
    harm_table = b.expose("hotspot:importpoliceuk", "HARM_TABLE", "harm_table")
    boundary = b.expose("hotspot:harmhotspots", "BOUNDARY", "study_area")
    cell = b.expose("hotspot:harmhotspots", "CELL_SIZE", "cell_size")
    band = b.expose("hotspot:harmhotspots", "DISTANCE_BAND", "distance_band")
    top_n = b.expose("hotspot:geofencesfromhotspots", "TOP_N", "top_n", default=8)
    buffer = b.expose("hotspot:geofencesfromhotspots", "BUFFER", "buffer", default=10.0)
    tasking = {
        key: b.expose("hotspot:taskingschedule", key, key.lower(), default=None if key.endswith("_DATE") else KEEP)
        for key in ("START_DATE", "END_DATE", "SHIFTS", "TREATED_SHARE", "PATROLS_PER_DAY", "PATROL_MIN", "SEED")
    }

    imported = b.add_step(
        "hotspot:importpoliceuk", "Import police.uk", {"INPUT": csv, "HARM_TABLE": harm_table}, {}, {"OUTPUT": "crimes"}
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
        dict(tasking, FENCES=(fences, "OUTPUT")),
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
    b = ModelBuilder("trackschain")
    export = b.expose("hotspot:importtracks", "INPUT", "tracking_export")
    more = b.expose("hotspot:importtracks", "MORE_INPUTS", "more_exports")
    crs = b.expose("hotspot:importtracks", "SOURCE_CRS", "source_crs")
    lookup = b.expose("hotspot:importtracks", "ID_LOOKUP", "id_lookup")
    fences = b.expose("hotspot:dwellcompliance", "FENCES", "geofences")
    taskings = b.expose("hotspot:exceptionreport", "TASKINGS", "taskings")
    max_gap = b.expose("hotspot:dwellcompliance", "MAX_GAP_S", "max_gap_s")
    min_visit = b.expose("hotspot:dwellcompliance", "MIN_VISIT_S", "min_visit_s")

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
