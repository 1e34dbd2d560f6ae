"""What the trial-evaluation algorithms share: their group, the crimes-in-places inputs, the policing day, the log.

Import-light like every algorithm module: numpy, pandas and the evaluation core are imported inside
the helpers, when an algorithm runs.
"""

from __future__ import annotations

from typing import Dict

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from .base import DEFAULT_DAY_START, DEFAULT_TIMEZONE, HotspotAlgorithm, describe, run_core

GROUP_ID = "trialevaluation"


class TrialAlgorithm(HotspotAlgorithm):
    """Base of the trial-evaluation algorithms (subclasses set ``GROUP`` in their own translation context)."""

    GROUP_ID = GROUP_ID
    CRIMES = "CRIMES"
    TIME_FIELD = "TIME_FIELD"
    HARM_FIELD = "HARM_FIELD"
    DAY_START = "DAY_START"
    TIMEZONE = "TIMEZONE"
    #: Whether the crimes' TIME_FIELD must be given (trial power counts untimed past crimes too).
    CRIME_TIME_REQUIRED = True

    # --- parameters ----------------------------------------------------------------------------------
    def add_crime_parameters(self, crimes_help: str, harm: bool = True, optional: bool = False) -> None:
        """CRIMES (points), TIME_FIELD (date-time) and, with ``harm``, the optional HARM_FIELD."""
        self.add_source(
            self.CRIMES, self.tr("Crimes"), crimes_help, [QgsProcessing.SourceType.TypeVectorPoint], optional=optional
        )
        self.add(
            QgsProcessingParameterField(
                self.TIME_FIELD,
                self.tr("Date-time field"),
                parentLayerParameterName=self.CRIMES,
                type=QgsProcessingParameterField.DataType.Any,
                optional=optional,
            ),
            self.tr(
                "When each crime happened: a DateTime field or ISO 8601 text. Values without an offset are local "
                "wall-clock time in the time zone (as force records hold them); dates without a time are refused."
            ),
        )
        if harm:
            self.add(
                QgsProcessingParameterField(
                    self.HARM_FIELD,
                    self.tr("Harm field"),
                    parentLayerParameterName=self.CRIMES,
                    type=QgsProcessingParameterField.DataType.Numeric,
                    optional=True,
                ),
                self.tr("Optional harm weight of each crime (0 or more), e.g. the harm field of Import police.uk."),
            )

    def add_day_parameters(self, day_help: str) -> None:
        """DAY_START (HH:MM, default 06:00) and the advanced TIMEZONE."""
        self.add(
            QgsProcessingParameterString(
                self.DAY_START, self.tr("Policing day starts at (HH:MM)"), defaultValue=DEFAULT_DAY_START
            ),
            day_help,
        )
        self.add(
            QgsProcessingParameterString(self.TIMEZONE, self.tr("Time zone"), defaultValue=DEFAULT_TIMEZONE),
            self.tr("IANA time zone of the policing day and of date-times without an offset (Europe/London: GMT/BST)."),
            advanced=True,
        )

    def day_settings(self, parameters, context):
        """(day start, time zone), checked."""
        from ..core.timeutil import check_timezone, day_start_clock

        day_start = (self.parameterAsString(parameters, self.DAY_START, context) or DEFAULT_DAY_START).strip()
        tz = (self.parameterAsString(parameters, self.TIMEZONE, context) or DEFAULT_TIMEZONE).strip()
        run_core(day_start_clock, day_start)
        run_core(check_timezone, tz)
        return day_start, tz

    def add_number_outputs(self, outputs) -> None:
        """Number outputs (for models and qgis_process) from ``(key, label)`` pairs."""
        from qgis.core import QgsProcessingOutputNumber

        for key, label in outputs:
            self.addOutput(QgsProcessingOutputNumber(key, label))

    # --- reading -------------------------------------------------------------------------------------
    def crimes_in_places(self, parameters, context, feedback, places_key: str, block_field: str = ""):
        """(places, crimes frame ``fence_id, time_utc[, harm]``, crimes): CRIMES in the polygons of ``places_key``."""
        from ..qgis_io.evaluation_io import crimes_in_places, read_crimes, read_places

        source = self.source(parameters, self.CRIMES, context)
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        harm_field = (
            self.parameterAsString(parameters, self.HARM_FIELD, context)
            if self.HARM_FIELD in [p.name() for p in self.parameterDefinitions()]
            else ""
        )
        crimes = read_crimes(source, context, time_field, harm_field, feedback, need_time=self.CRIME_TIME_REQUIRED)
        fences = self.source(parameters, places_key, context)
        places = read_places(fences, context, crimes.crs, feedback, block_field)
        return places, crimes_in_places(crimes, places, feedback), crimes

    # --- the log -------------------------------------------------------------------------------------
    def report_choices(self, feedback, choices: Dict[str, object], warnings=()) -> str:
        """Each choice to the log (warnings as warnings); returns the text for the outputs' metadata."""
        for key, value in choices.items():
            feedback.pushInfo(f"{self.tr(key)}: {value}")
        for warning in warnings:
            feedback.pushWarning(warning)
        text = describe(choices)
        if warnings:
            text += "\n" + "\n".join(f"Warning: {w}" for w in warnings)
        return text
