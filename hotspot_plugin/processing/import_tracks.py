"""hotspot:importtracks — officer tracking exports to cleaned fixes and daily track lines (EPSG:27700).

The "Import tracks" dialog is a face on this algorithm: it runs it (several files at once through
``MORE_INPUTS``, broken files skipped with ``SKIP_BROKEN``) and loads its outputs as the toolbox
does, so the dialog and ``qgis_process`` give the same layers.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Callable, List, Optional, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from ..core.timeutil import (
    DATE_ORDERS,
    DEFAULT_DAY_START,
    DEFAULT_TIMEZONE,
    check_timezone,
    day_start_clock,
    utc_seconds,
)
from ..core.tracks.clean import AreaOfUse
from ..core.tracks.importer import DEFAULT_MAX_ACCURACY_M, DEFAULT_MAX_SPEED_KMH, TrackImport, import_tracks
from ..core.tracks.lines import track_lines
from ..core.tracks.readers import FORMATS, load_id_lookup
from .base import HotspotAlgorithm, progress_callback, run_core, style_on_load
from .layer_io import BRITISH_NATIONAL_GRID, check_cancel
from .qt_compat import FieldType

TIME_RULES = (
    "Times with an offset (Z, +01:00) or Unix epochs are absolute; times without one are local time in the "
    "chosen zone. Slashed dates follow the date order: auto reads them day first (14/07/2026) unless some only "
    "make sense month first (04/13/2026) and none only day first; a file with both is refused; dates that read "
    "either way (07/04/2026) are counted in the log. In the spring-forward gap a local time is read "
    "with the offset before the change; in the repeated autumn hour a local time is the first occurrence "
    "(BST) unless that device's own sequence steps back within the hour, after which it is the second (GMT)."
)
#: QGIS gives every CRS's area of use (``bounds()``) in WGS 84 longitude/latitude.
WGS84 = "EPSG:4326"


def area_of_use(crs: QgsCoordinateReferenceSystem, transform_context) -> Optional[AreaOfUse]:
    """Where coordinates in ``crs`` make sense for British National Grid output, as a box in ``crs`` units.

    The CRS's own area of use (``bounds()``) intersected with that of EPSG:27700, transformed into
    ``crs`` when it is projected; a CRS whose area does not reach Great Britain keeps its own area
    (every British fix is then outside it). None when QGIS cannot say (a custom CRS without an area,
    or a box that cannot be transformed): the check is then skipped.
    """
    target = QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID)
    name = crs.authid() or crs.description()
    if crs == target:
        lonlat = target.bounds()
        description = f"the area of use of {BRITISH_NATIONAL_GRID} (British National Grid)"
    else:
        own = crs.bounds()
        if own.isEmpty():
            return None
        lonlat = own.intersect(target.bounds())
        description = (
            f"the area where {name} and British National Grid ({BRITISH_NATIONAL_GRID}, the output) are both usable"
        )
        if lonlat.isEmpty():
            lonlat = own
            description = f"the area of use of {name}, which does not reach Great Britain"
    box = lonlat
    if not crs.isGeographic():
        try:
            transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84), crs, transform_context)
            box = transform.transformBoundingBox(lonlat)
        except QgsCsException:
            return None
    return AreaOfUse(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), name, description)


def areas_for(crs: QgsCoordinateReferenceSystem, transform_context) -> Tuple[Optional[AreaOfUse], Optional[AreaOfUse]]:
    """``(area, fallback_area)`` for :func:`import_tracks`: the chosen CRS's and, for eastings/northings found
    in a geographic CRS, EPSG:27700's."""
    fallback = area_of_use(QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID), transform_context)
    return area_of_use(crs, transform_context), fallback


def area_line(area: Optional[AreaOfUse], degrees: bool) -> str:
    """The log line saying which area the coordinates were checked against."""
    if area is None:
        return "Coordinates were not checked against an area of use (QGIS gives none for this CRS)."
    return f"Coordinates checked against {area.description}: {area.box_text(degrees)}."


def point_fields() -> QgsFields:
    """Fields of the cleaned fixes layer."""
    fields = QgsFields()
    fields.append(QgsField("officer_id", FieldType.String))
    fields.append(QgsField("t_utc", FieldType.DateTime))
    fields.append(QgsField("speed_kmh", FieldType.Double))
    fields.append(QgsField("heading", FieldType.Double))
    fields.append(QgsField("accuracy_m", FieldType.Double))
    fields.append(QgsField("source", FieldType.String))
    return fields


def line_fields() -> QgsFields:
    """Fields of the track lines layer (one feature per officer per policing day)."""
    fields = QgsFields()
    fields.append(QgsField("officer_id", FieldType.String))
    fields.append(QgsField("day", FieldType.Date))
    fields.append(QgsField("start_utc", FieldType.DateTime))
    fields.append(QgsField("end_utc", FieldType.DateTime))
    fields.append(QgsField("n_fixes", FieldType.Int))
    fields.append(QgsField("length_m", FieldType.Double))
    return fields


def _utc_datetime(seconds: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(round(seconds * 1000.0)), Qt.UTC)


def _number(value: float) -> Optional[float]:
    return None if value is None or not math.isfinite(value) else float(value)


def build_track_features(
    result: TrackImport,
    source_crs: QgsCoordinateReferenceSystem,
    transform_context,
    tz: str = DEFAULT_TIMEZONE,
    progress: Optional[Callable[[float], bool]] = None,
    day_start: str = DEFAULT_DAY_START,
) -> Tuple[List[QgsFeature], List[QgsFeature], int]:
    """Point and line features in EPSG:27700 from imported fixes (lines per policing day from ``day_start``).

    Returns ``(points, lines, n_failed)``, ``n_failed`` counting fixes that could not be
    reprojected: they are removed from ``result.fixes`` and counted as bad coordinates.
    ``progress(fraction)`` returning False stops early (lists so far).
    Safe to call in a background thread (no layers are touched).
    """
    target = QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID)
    transform = QgsCoordinateTransform(source_crs, target, transform_context)
    if not transform.isValid():  # an invalid transform would pass the coordinates through unchanged
        raise QgsProcessingException(
            f"The coordinates' CRS ({source_crs.authid() or source_crs.description() or 'not set'}) cannot be "
            f"transformed to {BRITISH_NATIONAL_GRID}. Choose the CRS the export's coordinates are in."
        )
    fixes = result.fixes
    n = len(fixes)
    xs = np.full(n, np.nan)
    ys = np.full(n, np.nan)
    fields = point_fields()
    points: List[QgsFeature] = []
    seconds = utc_seconds(fixes["t_utc"]) if n else np.zeros(0)
    columns = [fixes[c].to_numpy() for c in ("officer_id", "speed_kmh", "heading", "accuracy_m", "source")]
    x_in, y_in = fixes["x"].to_numpy(dtype=float), fixes["y"].to_numpy(dtype=float)
    failed = 0
    for i in range(n):
        if i % 5000 == 0 and progress is not None and progress(0.8 * i / max(n, 1)) is False:
            return points, [], failed
        try:
            point = transform.transform(QgsPointXY(x_in[i], y_in[i]))
        except QgsCsException:
            failed += 1
            continue
        if not (math.isfinite(point.x()) and math.isfinite(point.y())):
            failed += 1
            continue
        xs[i], ys[i] = point.x(), point.y()
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                str(columns[0][i]),
                _utc_datetime(seconds[i]),
                _number(columns[1][i]),
                _number(columns[2][i]),
                _number(columns[3][i]),
                str(columns[4][i]),
            ]
        )
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        points.append(feature)
    ok = np.isfinite(xs)
    drawn = fixes[ok].reset_index(drop=True)
    if failed:  # reprojection failures are bad coordinates too
        result.fixes = drawn
        result.dropped["bad_coordinates"] += failed
    lines: List[QgsFeature] = []
    line_schema = line_fields()
    for track in track_lines(drawn, xs[ok], ys[ok], day_start, tz):
        geometry = QgsGeometry.fromMultiPolylineXY(
            [[QgsPointXY(float(a), float(b)) for a, b in part] for part in track.parts]
        )
        feature = QgsFeature(line_schema)
        feature.setAttributes(
            [
                track.officer_id,
                QDate(track.day.year, track.day.month, track.day.day),
                _utc_datetime(track.start_utc.timestamp()),
                _utc_datetime(track.end_utc.timestamp()),
                track.n_fixes,
                geometry.length(),
            ]
        )
        feature.setGeometry(geometry)
        lines.append(feature)
    if progress is not None:
        progress(1.0)
    return points, lines, failed


class ImportTracksAlgorithm(HotspotAlgorithm):
    NAME = "importtracks"
    DISPLAY_NAME = "Import officer tracks"
    GROUP = "Data"
    GROUP_ID = "data"
    HELP = (
        "Reads officer tracking exports — app GPS or radio location CSV, GPX 1.0/1.1, GeoJSON points or NMEA "
        "logs — into cleaned fixes in British National Grid (EPSG:27700) and one track line per officer "
        "per policing day (from the policing day start, 06:00 local by default).\n\n"
        "Columns are recognised from common names (collar/officer/callsign/ISSI, timestamp/date+time, "
        "lat/lon or easting/northing, speed, heading, accuracy/HDOP); set the field parameters to override. "
        "Speeds are stored in km/h (NMEA knots and GPX m/s converted; a CSV speed column is read in the unit its "
        "name gives, else km/h).\n\n" + TIME_RULES + "\n\n"
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
    )

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

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add(
            QgsProcessingParameterFile(
                self.INPUT,
                self.tr("Tracking export"),
                behavior=QgsProcessingParameterFile.File,
                fileFilter=self.tr(
                    "Tracking exports (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;All files (*.*)"
                ),
            ),
            "One export file: app GPS or radio location CSV, GPX, GeoJSON points or NMEA log.",
        )
        self.add(
            QgsProcessingParameterMultipleLayers(
                self.MORE_INPUTS, self.tr("Further exports"), QgsProcessing.TypeFile, optional=True
            ),
            "More export files imported with the first in one run (one pseudonym key for all, one set of "
            "outputs). The column mapping applies to every CSV and GeoJSON file.",
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(self.FORMAT, self.tr("Format"), options=FORMATS, defaultValue=0),
            "auto recognises the format from the extension (.csv .gpx .geojson .nmea) or the first characters.",
        )
        for key, label, text, advanced in (
            (
                self.OFFICER_FIELD,
                "Officer / radio id column",
                "Column with the collar number, call sign or radio id "
                "(ISSI). Empty: guessed; if none is found the file name is the id.",
                False,
            ),
            (
                self.TIME_FIELD,
                "Time column",
                "Column with the date and time. Empty: guessed. Two columns can be joined as 'Date + Time'.",
                False,
            ),
            (self.X_FIELD, "X / longitude column", "Column with longitude or easting. Empty: guessed.", False),
            (self.Y_FIELD, "Y / latitude column", "Column with latitude or northing. Empty: guessed.", False),
            (
                self.SPEED_FIELD,
                "Speed column",
                "Column with the speed (read in the unit its name gives, else km/h). Empty: guessed.",
                True,
            ),
            (self.HEADING_FIELD, "Heading column", "Column with the heading in degrees. Empty: guessed.", True),
            (
                self.ACCURACY_FIELD,
                "Accuracy column",
                "Column with the stated error in metres, or HDOP. Empty: guessed.",
                True,
            ),
        ):
            self.add(QgsProcessingParameterString(key, self.tr(label), optional=True), text, advanced=advanced)
        self.add(
            QgsProcessingParameterCrs(
                self.SOURCE_CRS, self.tr("Coordinates' CRS"), defaultValue="EPSG:4326", optional=True
            ),
            "CRS of the coordinates in the file (default EPSG:4326, latitude/longitude). If it is geographic but the "
            "values are clearly eastings/northings, EPSG:27700 is used and the log says so.",
        )
        self.add(
            QgsProcessingParameterString(
                self.TIMEZONE, self.tr("Time zone of times without an offset"), defaultValue=DEFAULT_TIMEZONE
            ),
            "IANA time zone for local times in the file (Europe/London: GMT in winter, BST in summer); the "
            "policing days of the track lines are in this zone too.",
        )
        self.add(
            QgsProcessingParameterEnum(self.DATE_ORDER, self.tr("Date order"), options=DATE_ORDERS, defaultValue=0),
            "How to read slashed dates such as 07/04/2026. auto: day first (UK, 7 April) unless some dates only "
            "make sense month first (04/13/2026) and none only day first; a file with both kinds is refused. "
            "day first / month first: read so; dates valid only the other way are dropped and counted. The log "
            "says how many dates could be read either way and the order used.",
        )
        self.add(
            QgsProcessingParameterString(
                self.DAY_START, self.tr("Policing day starts at (HH:MM)"), defaultValue=DEFAULT_DAY_START
            ),
            "Local time when the policing day starts: each track line is one officer's fixes from then to the "
            "same time the next day (as Dwell and compliance splits visits).",
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFile(
                self.ID_LOOKUP, self.tr("Radio id → collar number lookup (CSV)"), extension="csv", optional=True
            ),
            "CSV with a radio id (ISSI) column and a collar number column. Ids not in it keep their radio id; "
            "how many is logged (the ids themselves never are).",
        )
        self.add(
            QgsProcessingParameterBoolean(self.PSEUDONYMISE, self.tr("Pseudonymise officer ids"), defaultValue=False),
            "Replace ids with keyed pseudonyms (P-…): the same officer gets the same pseudonym within this run, "
            "and runs cannot be linked. File names are replaced too.",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_SPEED_KMH,
                self.tr("Maximum speed (km/h)"),
                type=QgsProcessingParameterNumber.Double,
                defaultValue=DEFAULT_MAX_SPEED_KMH,
                minValue=0.0,
            ),
            "A fix that needs more than this speed to reach and to leave is a GPS jump and is dropped; 0 keeps all.",
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_ACCURACY_M,
                self.tr("Maximum accuracy error (m)"),
                type=QgsProcessingParameterNumber.Double,
                defaultValue=DEFAULT_MAX_ACCURACY_M,
                minValue=0.0,
            ),
            "Fixes whose stated error (accuracy, or HDOP × 5 m) exceeds this are dropped; 0 keeps all.",
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.SKIP_BROKEN, self.tr("Skip broken files (import the others)"), defaultValue=False
            ),
            "With several exports: a file that cannot be read (or is refused for its coordinates or mixed date "
            "orders) is named in the log and left out, and the others are imported. Off: it stops the run.",
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Officer fixes"), QgsProcessing.TypeVectorPoint),
            "Cleaned fixes in EPSG:27700 with officer_id, t_utc (UTC), speed_kmh, heading, accuracy_m, source.",
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TRACKS,
                self.tr("Officer tracks"),
                QgsProcessing.TypeVectorLine,
                optional=True,
                createByDefault=True,
            ),
            "One line per officer per policing day, split where fixes are more than 15 minutes apart, with "
            "officer_id, day, start_utc, end_utc, n_fixes, length_m. Optional: skipped when not set (e.g. "
            "qgis_process without OUTPUT_TRACKS).",
        )
        self.addOutput(QgsProcessingOutputNumber("N_READ", self.tr("Fixes read")))
        self.addOutput(QgsProcessingOutputNumber("N_KEPT", self.tr("Fixes kept")))
        self.addOutput(QgsProcessingOutputNumber("N_DROPPED", self.tr("Fixes dropped")))
        self.addOutput(QgsProcessingOutputNumber("N_OFFICERS", self.tr("Officers")))
        self.addOutput(QgsProcessingOutputNumber("N_FILES_FAILED", self.tr("Files not imported")))

    def _paths(self, parameters, context) -> List[str]:
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise QgsProcessingException("Choose a tracking export file (INPUT).")
        more = (
            self.parameterAsFileList(parameters, self.MORE_INPUTS, context) if parameters.get(self.MORE_INPUTS) else []
        )
        return [path] + [p for p in more if p and p != path]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
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
                f"The coordinates are eastings/northings in metres, not degrees, so they were read as "
                f"{BRITISH_NATIONAL_GRID} instead of {source_crs.authid()}. Set the CRS if that is wrong."
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
            feedback.reportError(f"Not imported: {message}")
        if result.fixes.empty:
            raise QgsProcessingException(
                "No usable fixes: " + " ".join(result.log_lines()) + " Check the column mapping, the CRS and "
                "the limits."
            )

        points, lines, n_failed = build_track_features(
            result, read_crs, context.transformContext(), tz, progress_callback(feedback, 60, 95), day_start
        )
        check_cancel(feedback)
        for line in result.log_lines():
            feedback.pushInfo(line)
        if n_failed:
            feedback.pushWarning(
                f"{n_failed:,} fixes could not be reprojected to {BRITISH_NATIONAL_GRID} "
                "(counted as bad coordinates): is the CRS right?"
            )

        target = QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, point_fields(), QgsWkbTypes.Point, target
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        sink.addFeatures(points, QgsFeatureSink.FastInsert)
        line_sink, line_id = self.parameterAsSink(
            parameters, self.OUTPUT_TRACKS, context, line_fields(), QgsWkbTypes.MultiLineString, target
        )
        if line_sink is not None:  # optional output
            line_sink.addFeatures(lines, QgsFeatureSink.FastInsert)
        feedback.setProgress(100)
        feedback.pushInfo(
            f"Wrote {len(points):,} fixes"
            + (f" and {len(lines):,} track lines (officer × policing day)." if line_sink is not None else ".")
        )

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
        n_officers = len({f.attribute("officer_id") for f in points})
        outputs = {
            self.OUTPUT: dest_id,
            "N_READ": result.n_read,
            "N_KEPT": len(points),
            "N_DROPPED": int(sum(result.dropped.values())),
            "N_OFFICERS": n_officers,
            "N_FILES_FAILED": len(result.failed),
        }
        if line_sink is not None:
            style_on_load(context, line_id, "tracks_lines.qml", abstract, self.tr("Officer tracks"))
            outputs[self.OUTPUT_TRACKS] = line_id
        return outputs
