"""hotspot:importtracks — officer tracking exports to cleaned fixes and daily track lines (EPSG:27700).

The "Import tracks" dialog is a face on this algorithm: it runs it (several files at once through
``MORE_INPUTS``, broken files skipped with ``SKIP_BROKEN``) and loads its outputs as the toolbox
does, so the dialog and ``qgis_process`` give the same layers. The fixes become features through
``qgis_io.track_layers``.
"""

from __future__ import annotations

from pathlib import Path
from typing import List

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.crs import BRITISH_NATIONAL_GRID
from ..qgis_io.feedback import CANCELLED, check_cancel
from ..qgis_io.styles import style_on_load
from ..qgis_io.track_layers import (
    POINT_COLUMNS,
    WGS84,
    area_line,
    areas_for,
    line_fields,
    point_features,
    point_fields,
    point_rows,
    project_fixes,
    track_line_features,
)
from .base import DEFAULT_DAY_START, DEFAULT_TIMEZONE, HotspotAlgorithm, progress_callback, run_core

#: What the toolbox offers, written out so that listing the algorithm loads no track reader; the same as
#: ``core.tracks``' and ``core.timeutil``'s (checked by tests/qgis/test_import_light.py).
FORMATS = ["auto", "csv", "gpx", "geojson", "nmea"]
DATE_ORDERS = ["auto", "day first", "month first"]
DEFAULT_MAX_SPEED_KMH = 200.0
DEFAULT_MAX_ACCURACY_M = 100.0

TIME_RULES = (
    "Times with an offset (Z, +01:00) or Unix epochs are absolute; times without one are local time in the "
    "chosen zone. Slashed dates follow the date order: auto reads them day first (14/07/2026) unless some only "
    "make sense month first (04/13/2026) and none only day first; a file with both is refused; dates that read "
    "either way (07/04/2026) are counted in the log. In the spring-forward gap a local time is read "
    "with the offset before the change; in the repeated autumn hour a local time is the first occurrence "
    "(BST) unless that device's own sequence steps back within the hour, after which it is the second (GMT)."
)


class ImportTracksAlgorithm(HotspotAlgorithm):
    NAME = "importtracks"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ImportTracksAlgorithm", "Import officer tracks")
    GROUP = QT_TRANSLATE_NOOP("ImportTracksAlgorithm", "Data")
    GROUP_ID = "data"

    INPUT = "INPUT"
    MORE_INPUTS = "MORE_INPUTS"
    FORMAT = "FORMAT"
    OFFICER_FIELD = "OFFICER_FIELD"
    TIME_FIELD = "TIME_FIELD"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    SPEED_FIELD = "SPEED_FIELD"
    HEADING_FIELD = "HEADING_FIELD"
    ACCURACY_FIELD = "ACCURACY_FIELD"
    SOURCE_CRS = "SOURCE_CRS"
    TIMEZONE = "TIMEZONE"
    DATE_ORDER = "DATE_ORDER"
    DAY_START = "DAY_START"
    ID_LOOKUP = "ID_LOOKUP"
    PSEUDONYMISE = "PSEUDONYMISE"
    MAX_SPEED_KMH = "MAX_SPEED_KMH"
    MAX_ACCURACY_M = "MAX_ACCURACY_M"
    SKIP_BROKEN = "SKIP_BROKEN"
    OUTPUT = "OUTPUT"
    OUTPUT_TRACKS = "OUTPUT_TRACKS"
    OUTPUT_PARQUET = "OUTPUT_PARQUET"
    #: Column mapping parameters: role → key.
    FIELD_KEYS = {
        "officer": OFFICER_FIELD,
        "time": TIME_FIELD,
        "x": X_FIELD,
        "y": Y_FIELD,
        "speed": SPEED_FIELD,
        "heading": HEADING_FIELD,
        "accuracy": ACCURACY_FIELD,
    }

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Reads officer tracking exports — app GPS or radio location CSV, GPX 1.0/1.1, GeoJSON points or NMEA "
            "logs — into cleaned fixes in British National Grid (EPSG:27700) and one track line per officer "
            "per policing day (from the policing day start, 06:00 local by default).\n\n"
            "Columns are recognised from common names (collar/officer/callsign/ISSI, timestamp/date+time, "
            "lat/lon or easting/northing, speed, heading, accuracy/HDOP); set the field parameters to override. "
            "Speeds are stored in km/h (NMEA knots and GPX m/s converted; a CSV speed column is read in the unit its "
            "name gives, else km/h).\n\n{time_rules}\n\n"
            "Coordinates must lie where their CRS and British National Grid are both usable (the CRS's area of "
            "use): a file with more than 1 % of its fixes outside stops the run with the count and an example, and "
            "says when x and y look swapped (e.g. latitude and longitude columns exchanged); fewer are dropped as "
            "strays. Degrees given with a projected CRS (or the reverse) are refused too.\n\n"
            "Dropped fixes are counted by reason in the log: no id, no time, implausible time, bad coordinates "
            "(missing, 0,0, out of range), stray fixes outside the area of use, accuracy worse than the maximum, "
            "duplicates (same device and time) and jumps (a spike that needs more than the maximum speed to reach "
            "and leave). The log also gives the median and 90th percentile ping interval.\n\n"
            "Further exports (MORE_INPUTS) are imported with the first, with one pseudonym key for all. A broken "
            "file stops the run with a message naming the file and line, and writes nothing — unless broken files "
            "are to be skipped: they are then reported in the log and the others imported. The Import tracks tool "
            "on the toolbar runs this algorithm."
        ).format(time_rules=TIME_RULES)

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add(
            QgsProcessingParameterFile(
                self.INPUT,
                self.tr("Tracking export"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                fileFilter=self.tr(
                    "Tracking exports (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;All files (*.*)"
                ),
            ),
            self.tr("One export file: app GPS or radio location CSV, GPX, GeoJSON points or NMEA log."),
        )
        self.add(
            QgsProcessingParameterMultipleLayers(
                self.MORE_INPUTS, self.tr("Further exports"), QgsProcessing.SourceType.TypeFile, optional=True
            ),
            self.tr(
                "More export files imported with the first in one run (one pseudonym key for all, one set of "
                "outputs). The column mapping applies to every CSV and GeoJSON file."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(self.FORMAT, self.tr("Format"), options=FORMATS, defaultValue=0),
            self.tr(
                "auto recognises the format from the extension (.csv .gpx .geojson .nmea) or the first characters."
            ),
        )
        for key, label, text, advanced in (
            (
                self.OFFICER_FIELD,
                self.tr("Officer / radio id column"),
                self.tr(
                    "Column with the collar number, call sign or radio id "
                    "(ISSI). Empty: guessed; if none is found the file name is the id."
                ),
                False,
            ),
            (
                self.TIME_FIELD,
                self.tr("Time column"),
                self.tr("Column with the date and time. Empty: guessed. Two columns can be joined as 'Date + Time'."),
                False,
            ),
            (
                self.X_FIELD,
                self.tr("X / longitude column"),
                self.tr("Column with longitude or easting. Empty: guessed."),
                False,
            ),
            (
                self.Y_FIELD,
                self.tr("Y / latitude column"),
                self.tr("Column with latitude or northing. Empty: guessed."),
                False,
            ),
            (
                self.SPEED_FIELD,
                self.tr("Speed column"),
                self.tr("Column with the speed (read in the unit its name gives, else km/h). Empty: guessed."),
                True,
            ),
            (
                self.HEADING_FIELD,
                self.tr("Heading column"),
                self.tr("Column with the heading in degrees. Empty: guessed."),
                True,
            ),
            (
                self.ACCURACY_FIELD,
                self.tr("Accuracy column"),
                self.tr("Column with the stated error in metres, or HDOP. Empty: guessed."),
                True,
            ),
        ):
            self.add(QgsProcessingParameterString(key, label, optional=True), text, advanced=advanced)
        self.add(
            QgsProcessingParameterCrs(
                self.SOURCE_CRS, self.tr("Coordinates' CRS"), defaultValue="EPSG:4326", optional=True
            ),
            self.tr(
                "CRS of the coordinates in the file (default EPSG:4326, latitude/longitude). If it is geographic but "
                "the values are clearly eastings/northings, EPSG:27700 is used and the log says so."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.TIMEZONE, self.tr("Time zone of times without an offset"), defaultValue=DEFAULT_TIMEZONE
            ),
            self.tr(
                "IANA time zone for local times in the file (Europe/London: GMT in winter, BST in summer); the "
                "policing days of the track lines are in this zone too."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(self.DATE_ORDER, self.tr("Date order"), options=DATE_ORDERS, defaultValue=0),
            self.tr(
                "How to read slashed dates such as 07/04/2026. auto: day first (UK, 7 April) unless some dates only "
                "make sense month first (04/13/2026) and none only day first; a file with both kinds is refused. "
                "day first / month first: read so; dates valid only the other way are dropped and counted. The log "
                "says how many dates could be read either way and the order used."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.DAY_START, self.tr("Policing day starts at (HH:MM)"), defaultValue=DEFAULT_DAY_START
            ),
            self.tr(
                "Local time when the policing day starts: each track line is one officer's fixes from then to the "
                "same time the next day (as Dwell and compliance splits visits)."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFile(
                self.ID_LOOKUP, self.tr("Radio id → collar number lookup (CSV)"), extension="csv", optional=True
            ),
            self.tr(
                "CSV with a radio id (ISSI) column and a collar number column. Ids not in it keep their radio id; "
                "how many is logged (the ids themselves never are)."
            ),
        )
        self.add(
            QgsProcessingParameterBoolean(self.PSEUDONYMISE, self.tr("Pseudonymise officer ids"), defaultValue=False),
            self.tr(
                "Replace ids with keyed pseudonyms (P-…): the same officer gets the same pseudonym within this run, "
                "and runs cannot be linked. File names are replaced too."
            ),
        )
        self.add_number(
            self.MAX_SPEED_KMH,
            self.tr("Maximum speed (km/h)"),
            self.tr(
                "A fix that needs more than this speed to reach and to leave is a GPS jump and is dropped; 0 keeps all."
            ),
            default=DEFAULT_MAX_SPEED_KMH,
        )
        self.add_number(
            self.MAX_ACCURACY_M,
            self.tr("Maximum accuracy error (m)"),
            self.tr("Fixes whose stated error (accuracy, or HDOP × 5 m) exceeds this are dropped; 0 keeps all."),
            default=DEFAULT_MAX_ACCURACY_M,
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.SKIP_BROKEN, self.tr("Skip broken files (import the others)"), defaultValue=False
            ),
            self.tr(
                "With several exports: a file that cannot be read (or is refused for its coordinates or mixed date "
                "orders) is named in the log and left out, and the others are imported. Off: it stops the run."
            ),
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Officer fixes"),
            self.tr(
                "Cleaned fixes in EPSG:27700 with officer_id, t_utc (UTC), speed_kmh, heading, accuracy_m, source."
            ),
            QgsProcessing.SourceType.TypeVectorPoint,
        )
        tracks = self.add_sink(
            self.OUTPUT_TRACKS,
            self.tr("Officer tracks"),
            self.tr(
                "One line per officer per policing day, split where fixes are more than 15 minutes apart, with "
                "officer_id, day, start_utc, end_utc, n_fixes, length_m. Optional: skipped when not set (e.g. "
                "qgis_process without OUTPUT_TRACKS)."
            ),
            QgsProcessing.SourceType.TypeVectorLine,
            optional=True,
        )
        tracks.setCreateByDefault(True)
        parquet = self.add(
            QgsProcessingParameterFolderDestination(
                self.OUTPUT_PARQUET, self.tr("Fixes as Parquet (folder)"), optional=True
            ),
            self.tr(
                "Optional: the cleaned fixes also as Parquet in a new folder, one sub-folder per policing day "
                "(day=YYYY-MM-DD; officer_id, t_utc, x, y in EPSG:27700, speed_kmh), for Dwell and compliance on Dask "
                "or a data team's own tools. Needs the Python package pyarrow."
            ),
            advanced=True,
        )
        parquet.setCreateByDefault(False)
        self.addOutput(QgsProcessingOutputNumber("N_READ", self.tr("Fixes read")))
        self.addOutput(QgsProcessingOutputNumber("N_KEPT", self.tr("Fixes kept")))
        self.addOutput(QgsProcessingOutputNumber("N_DROPPED", self.tr("Fixes dropped")))
        self.addOutput(QgsProcessingOutputNumber("N_OFFICERS", self.tr("Officers")))
        self.addOutput(QgsProcessingOutputNumber("N_FILES_FAILED", self.tr("Files not imported")))

    def _paths(self, parameters, context) -> List[str]:
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise QgsProcessingException(self.tr("Choose a tracking export file (INPUT)."))
        more = (
            self.parameterAsFileList(parameters, self.MORE_INPUTS, context) if parameters.get(self.MORE_INPUTS) else []
        )
        return [path] + [p for p in more if p and p != path]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.timeutil import check_timezone, day_start_clock
        from ..core.tracks.importer import import_tracks
        from ..core.tracks.readers import load_id_lookup
        from ..qgis_io.outputs import bulk_table, datetime_text

        paths = self._paths(parameters, context)
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        mapping = {
            role: self.parameterAsString(parameters, key, context).strip() or None
            for role, key in self.FIELD_KEYS.items()
        }
        source_crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        if not source_crs.isValid():  # optional so that qgis_process runs without it (3.22 ignores the default)
            source_crs = QgsCoordinateReferenceSystem(WGS84)
        tz = self.parameterAsString(parameters, self.TIMEZONE, context).strip() or DEFAULT_TIMEZONE
        day_start = self.parameterAsString(parameters, self.DAY_START, context).strip() or DEFAULT_DAY_START
        run_core(check_timezone, tz)
        run_core(day_start_clock, day_start)
        date_order = DATE_ORDERS[self.parameterAsEnum(parameters, self.DATE_ORDER, context)]
        area, fallback_area = areas_for(source_crs, context.transformContext())
        check_cancel(feedback)
        lookup_path = self.parameterAsFile(parameters, self.ID_LOOKUP, context)
        lookup = run_core(load_id_lookup, lookup_path) if lookup_path else None
        pseudonymise = self.parameterAsBoolean(parameters, self.PSEUDONYMISE, context)
        max_speed = self.parameterAsDouble(parameters, self.MAX_SPEED_KMH, context)
        max_accuracy = self.parameterAsDouble(parameters, self.MAX_ACCURACY_M, context)
        skip_broken = self.parameterAsBoolean(parameters, self.SKIP_BROKEN, context)

        result = run_core(
            import_tracks,
            paths,
            fmt=fmt,
            mapping=mapping,
            tz=tz,
            id_lookup=lookup,
            pseudonymise=pseudonymise,
            max_speed_kmh=max_speed,
            max_accuracy_m=max_accuracy,
            geographic=None if source_crs.isGeographic() else False,
            skip_broken=skip_broken,
            progress=progress_callback(feedback, 0, 60),
            date_order=date_order,
            area=area,
            fallback_area=fallback_area,
        )
        read_crs = source_crs
        if source_crs.isGeographic() and not result.geographic:
            feedback.pushWarning(
                self.tr(
                    "The coordinates are eastings/northings in metres, not degrees, so they were read as "
                    "{} instead of {}. Set the CRS if that is wrong."
                ).format(BRITISH_NATIONAL_GRID, source_crs.authid())
            )
            read_crs = QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID)
            area = fallback_area
        checked = area_line(area, result.geographic)
        feedback.pushInfo(checked)
        columns = []
        for label, used in result.mappings.items():
            shown = ", ".join(f"{role}={column}" for role, column in used.items() if column)
            if shown:
                columns.append(f"Columns of {label}: {shown}")
        for line in columns:
            feedback.pushInfo(line)
        feedback.pushInfo(TIME_RULES)
        for _, message in result.failed:
            feedback.reportError(self.tr("Not imported: {}").format(message))
        if result.fixes.empty:
            raise QgsProcessingException(
                self.tr("No usable fixes: {} Check the column mapping, the CRS and the limits.").format(
                    " ".join(result.log_lines())
                )
            )

        projected = project_fixes(result, read_crs, context.transformContext(), progress_callback(feedback, 60, 85))
        check_cancel(feedback)
        if projected is None:
            raise QgsProcessingException(CANCELLED)
        xs, ys, n_failed = projected
        fixes = result.fixes
        lines = track_line_features(fixes, xs, ys, tz, day_start)
        check_cancel(feedback)
        feedback.setProgress(95)
        for line in result.log_lines():
            feedback.pushInfo(line)
        if n_failed:
            feedback.pushWarning(
                self.tr(
                    "{:,} fixes could not be reprojected to {} (counted as bad coordinates): is the CRS right?"
                ).format(n_failed, BRITISH_NATIONAL_GRID)
            )

        target = QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, point_fields(), QgsWkbTypes.Type.Point, target)
        bulk = bulk_table(context, sink)
        if bulk is not None:  # a new GeoPackage: rows in bulk, no feature per fix
            bulk.write(list(POINT_COLUMNS), point_rows(fixes, xs, ys, bulk.srs_id, datetime_text), feedback)
        else:
            points = point_features(fixes, xs, ys, lambda _: not feedback.isCanceled())
            check_cancel(feedback)
            sink.addFeatures(points, QgsFeatureSink.Flag.FastInsert)
            del points
        line_sink, line_id = self.parameterAsSink(
            parameters, self.OUTPUT_TRACKS, context, line_fields(), QgsWkbTypes.Type.MultiLineString, target
        )
        if line_sink is not None:  # optional output
            line_sink.addFeatures(lines, QgsFeatureSink.Flag.FastInsert)
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("Wrote {:,} fixes and {:,} track lines (officer × policing day).").format(len(fixes), len(lines))
            if line_sink is not None
            else self.tr("Wrote {:,} fixes.").format(len(fixes))
        )

        parquet_folder = self._write_parquet(parameters, context, (fixes, xs, ys), day_start, tz, feedback)

        settings = [
            f"format: {fmt}",
            f"files: {len(result.files)} imported" + (f", {len(result.failed)} not imported" if result.failed else ""),
            f"coordinates CRS: {read_crs.authid()}",
            f"time zone: {tz}",
            f"date order: {date_order}",
            f"policing day starts: {day_start}",
            f"radio id lookup: {'yes' if lookup_path else 'no'}",
            f"pseudonymised: {'yes' if pseudonymise else 'no'}",
            f"maximum speed: {max_speed:g} km/h",
            f"maximum accuracy error: {max_accuracy:g} m",
        ]
        if not pseudonymise:
            settings.insert(0, "files read: " + ", ".join(Path(p).name for p in paths))
        abstract = "\n".join(["hotspot:importtracks"] + settings + columns + result.log_lines() + [checked])
        style_on_load(context, dest_id, "tracks_points.qml", abstract, self.tr("Officer fixes"))
        n_officers = int(fixes["officer_id"].astype(str).nunique())
        outputs = {
            self.OUTPUT: dest_id,
            "N_READ": result.n_read,
            "N_KEPT": len(fixes),
            "N_DROPPED": int(sum(result.dropped.values())),
            "N_OFFICERS": n_officers,
            "N_FILES_FAILED": len(result.failed),
        }
        if line_sink is not None:
            style_on_load(context, line_id, "tracks_lines.qml", abstract, self.tr("Officer tracks"))
            outputs[self.OUTPUT_TRACKS] = line_id
        if parquet_folder:
            outputs[self.OUTPUT_PARQUET] = parquet_folder
        return outputs

    def _write_parquet(self, parameters, context, projected, day_start, tz, feedback):
        """The fixes as Parquet by policing day into OUTPUT_PARQUET (when set); returns the folder or None.

        ``projected``: the fixes with their EPSG:27700 ``xs``/``ys``, the values the point output holds
        (times at the millisecond the layer stores).
        """
        if parameters.get(self.OUTPUT_PARQUET) in (None, ""):
            return None
        folder = self.parameterAsString(parameters, self.OUTPUT_PARQUET, context)
        if not folder:
            return None
        import numpy as np

        from ..core.dask_scale import require
        from ..core.dask_scale.layout import write_fixes
        from ..qgis_io.track_layers import point_values

        run_core(require, ("pyarrow",))
        check_cancel(feedback)
        fixes, xs, ys = projected
        officer, milliseconds, speed, _, _, _ = point_values(fixes)
        officers = np.array(officer, dtype=object)
        seconds = milliseconds.astype(float) / 1000.0
        x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        dataset = run_core(
            write_fixes, folder, officers, seconds, x, y, speed, day_start, tz, BRITISH_NATIONAL_GRID, True
        )
        feedback.pushInfo(
            self.tr("Wrote the fixes as Parquet to {}: {:,} policing days.").format(folder, len(dataset.days))
        )
        return folder
