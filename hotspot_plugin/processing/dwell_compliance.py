"""hotspot:dwellcompliance — visits, dwell and compliance per geofence from officer tracks."""

from __future__ import annotations

from typing import List, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.feedback import check_cancel
from ..qgis_io.fields import make_fields
from ..qgis_io.geometry import to_shape
from ..qgis_io.styles import describe_on_load, style_on_load
from ..qgis_io.tasking_io import read_rows
from ..qgis_io.values import is_null, qgis_value
from .base import DEFAULT_DAY_START, DEFAULT_TIMEZONE, HotspotAlgorithm, describe, progress_callback, run_core

#: Types of the per-tasking table's fields (``fence_id`` takes the fence layer's type).
TASKING_TYPES = {
    "date": "Date",
    "window_start_utc": "DateTime",
    "window_end_utc": "DateTime",
    "tasked_min": "Double",
    "delivered_min": "Double",
    "officer_min": "Double",
    "shortfall_min": "Double",
    "visits": "Int",
    "covered": "Bool",
}
NEW_FENCE_FIELDS = [
    ("dwell_min", "Double"),
    ("officer_min", "Double"),
    ("patrol_min", "Double"),
    ("visits", "Int"),
    ("tasked_min", "Double"),
    ("delivered_min", "Double"),
    ("compliance_pct", "Double"),
    ("compliance_status", "String"),
]
DWELL_STYLE = "fences_dwell.qml"
COMPLIANCE_STYLE = "fences_compliance.qml"
#: Progress (percent) while reading: the fixes' points (layer_io reports 0–20), their times, fences, taskings.
TIMES_PROGRESS = (20.0, 23.0)
FENCES_PROGRESS = 24.0
TASKINGS_PROGRESS = 25.0
#: Check for cancel every this many values or features in the Python loops.
CANCEL_EVERY = 5000


def _field_name(fields, wanted: str) -> Optional[str]:
    """The layer's own spelling of a field name, matched case-insensitively."""
    for name in fields.names():
        if name.lower() == wanted.lower():
            return name
    return None


def _seconds(values, feedback=None):
    """UTC seconds (a numpy array) from attribute values: QDateTime (a time without zone is taken as UTC),
    ISO text, numbers.

    ``feedback`` gets progress over ``TIMES_PROGRESS`` and may cancel the loop over QDateTime values.
    """
    import numpy as np

    from ..core.timeutil import UTC, utc_seconds

    if isinstance(values, np.ndarray) and values.dtype.kind == "M":
        # Date-times from GDAL (a file stores milliseconds at most): milliseconds / 1000, as for a QDateTime
        # below, not nanoseconds / 1e9, which rounds differently in the last bit.
        milliseconds = values.astype("datetime64[ms]")
        out = milliseconds.astype(np.int64) / 1000.0
        out[np.isnat(milliseconds)] = np.nan
        return out
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiu":
        return utc_seconds(values, naive=UTC)
    if isinstance(values, np.ndarray):
        # Straight from GDAL: datetimes or text, no QDateTime; parsed in one vectorised call.
        first = next((v for v in values if v is not None), None)
        if not isinstance(first, QDateTime):
            return utc_seconds(values, naive=UTC)
    out = np.full(len(values), np.nan)
    text_rows: List[int] = []
    start, end = TIMES_PROGRESS
    for i, value in enumerate(values):
        if feedback is not None and i % CANCEL_EVERY == 0:
            check_cancel(feedback)
            feedback.setProgress(start + (end - start) * i / len(values))
        if is_null(value):
            continue
        if isinstance(value, QDateTime):
            if value.isValid():
                if value.timeSpec() == Qt.TimeSpec.LocalTime:  # read back from a file: t_utc is UTC
                    value = QDateTime(value.date(), value.time(), Qt.TimeSpec.UTC)
                out[i] = value.toMSecsSinceEpoch() / 1000.0
        else:
            text_rows.append(i)
    if text_rows:
        parsed = utc_seconds(np.array([values[i] for i in text_rows], dtype=object), naive=UTC)
        out[np.array(text_rows)] = parsed
    return out


def _require_scale(dask: bool) -> None:
    """pyarrow (and Dask when a scheduler is set) must be installed: a message naming what to install."""
    from ..core.dask_scale import require

    require(("dask", "distributed", "pyarrow") if dask else ("pyarrow",))


class DwellComplianceAlgorithm(HotspotAlgorithm):
    NAME = "dwellcompliance"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("DwellComplianceAlgorithm", "Dwell and compliance")
    GROUP = QT_TRANSLATE_NOOP("DwellComplianceAlgorithm", "Tracks")
    GROUP_ID = "tracks"

    TRACKS = "TRACKS"
    TRACKS_PARQUET = "TRACKS_PARQUET"
    DASK_SCHEDULER = "DASK_SCHEDULER"
    FENCES = "FENCES"
    TASKINGS = "TASKINGS"
    METHOD = "METHOD"
    MAX_GAP_S = "MAX_GAP_S"
    MIN_VISIT_S = "MIN_VISIT_S"
    MAX_SPEED_KMH = "MAX_SPEED_KMH"
    BUFFER_M = "BUFFER_M"
    DAY_START = "DAY_START"
    TIMEZONE = "TIMEZONE"
    OUTPUT_VISITS = "OUTPUT_VISITS"
    OUTPUT_FENCES = "OUTPUT_FENCES"
    OUTPUT_TASKINGS = "OUTPUT_TASKINGS"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Measures how long officers were in each geofence, from tracked fixes (officer_id and t_utc are "
            "required; speed_kmh is used when present), and compares it with taskings.\n"
            "Interpolated: the straight segment between consecutive fixes of an officer (no more than the "
            "maximum gap apart) is clipped by the fence and its time shared in proportion to the length "
            "inside; a stationary pair inside counts fully. Points only: a segment counts only when both fixes "
            "are inside (a lower bound). Longer gaps are 'no data': neither present nor absent.\n"
            "A visit is one officer's continuous presence in one fence within one policing day; visits shorter "
            "than the minimum visit are drive-throughs and count nowhere. Segments faster than the maximum "
            "speed are pass-through. officer_min sums over officers, patrol_min is the union (minutes with at "
            "least one officer present), dwell_min the mean minutes per visit.\n"
            "Compliance, per tasking (the per-tasking table) and per fence (the sum of its taskings): delivered "
            "minutes are the patrol minutes inside each tasking window; each tasking counts up to its own dose. "
            "A tasking is no data when there is no tracking data (of any officer, anywhere) during its window. "
            "Status: met (all delivered), partly met, not met (nothing, although tracked), no data; a fence is "
            "met when all its covered taskings are, and no data when none is covered. Naive times in the "
            "taskings (DateTime fields read from a file, text without an offset, clock times on the policing "
            "day) are local time in the time zone.\n"
            "The parameters used are written to the log and to every output's metadata."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.TRACKS,
            self.tr("Tracked fixes"),
            self.tr(
                "Officer fixes, e.g. the output of Import tracks: officer_id and t_utc (date-time or ISO 8601 text, "
                "UTC) are required; speed_kmh (km/h) is used for the maximum speed when present."
            ),
            [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True,
        )
        self.add(
            QgsProcessingParameterFile(
                self.TRACKS_PARQUET,
                self.tr("Tracked fixes as Parquet (folder)"),
                behavior=QgsProcessingParameterFile.Behavior.Folder,
                optional=True,
            ),
            self.tr(
                "Instead of the tracks layer: a folder of fixes as Parquet by policing day (Import tracks' Parquet "
                "output, or python -m hotspot_plugin.core.dask_scale import), for more fixes than fit in memory. "
                "It is read one policing day at a time, in this process or on Dask; its day start and time zone "
                "must be this run's."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.DASK_SCHEDULER, self.tr("Dask scheduler"), defaultValue="", optional=True
            ),
            self.tr(
                "Empty: run in this process. local: a Dask cluster of worker processes on this computer. An address "
                "such as tcp://host:8786: your data team's Dask cluster (its workers need Python with numpy, pandas, "
                "shapely, pyarrow and Dask, not the plugin, and must be able to read the Parquet folder). With Dask, "
                "the tracks layer is first written as Parquet to a temporary folder (on this computer: use the Parquet "
                "folder for a remote cluster). Needs the Python packages dask, distributed and pyarrow."
            ),
            advanced=True,
        )
        self.add_source(
            self.FENCES,
            self.tr("Geofences"),
            self.tr(
                "The fence polygons. A fence_id field, when present, links them to the taskings and visits; "
                "otherwise the feature id is used."
            ),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add_source(
            self.TASKINGS,
            self.tr("Taskings"),
            self.tr(
                "Optional table from the tasking schedule: fence_id, date, window_start, window_end, minutes "
                "(task_id, shift and team are carried into the per-tasking table; rows whose arm is not "
                "'treatment' are skipped). Windows are DateTime fields, ISO 8601 text or HH:MM clock times on the "
                "policing date; without an offset they are local time in the time zone."
            ),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        self.add(
            QgsProcessingParameterEnum(
                self.METHOD,
                self.tr("Method"),
                options=[self.tr("Interpolated"), self.tr("Points only")],
                defaultValue=0,
            ),
            self.tr(
                "Interpolated clips the segment between fixes by the fence (time ∝ length inside); points only "
                "counts a segment only when both fixes are inside (a lower bound, for comparison)."
            ),
        )
        self.add_number(
            self.MAX_GAP_S,
            self.tr("Maximum gap between fixes (s)"),
            self.tr("Fixes further apart than this are 'no data' in between (about 2.5 × the normal interval)."),
            default=150.0,
            minimum=1.0,
        )
        self.add_number(
            self.MIN_VISIT_S,
            self.tr("Minimum visit (s)"),
            self.tr("Shorter visits are drive-throughs: not listed and not counted in any minutes."),
            default=60.0,
        )
        self.add_number(
            self.MAX_SPEED_KMH,
            self.tr("Maximum patrol speed (km/h)"),
            self.tr("Movement faster than this is pass-through (e.g. a vehicle), not patrol. Empty or 0: no limit."),
            default=None,
            optional=True,
        )
        self.add_number(
            self.BUFFER_M,
            self.tr("Fence buffer (m)"),
            self.tr(
                "Widen each fence by this many metres for GPS error (10–25 m is typical); the output keeps the "
                "fences' own outlines."
            ),
            default=0.0,
        )
        self.add(
            QgsProcessingParameterString(
                self.DAY_START, self.tr("Policing day starts at (HH:MM)"), defaultValue=DEFAULT_DAY_START
            ),
            self.tr(
                "Local time when the policing day starts; visits are split there and tasking clock times before it "
                "belong to the next calendar day."
            ),
        )
        self.add(
            QgsProcessingParameterString(self.TIMEZONE, self.tr("Time zone"), defaultValue=DEFAULT_TIMEZONE),
            self.tr(
                "IANA time zone of the policing day and of taskings' times without an offset (Europe/London: GMT "
                "in winter, BST in summer)."
            ),
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT_VISITS,
            self.tr("Visits"),
            self.tr(
                "One row per visit: fence_id, officer_id, start_utc, end_utc, duration_s, mode (stop, foot, "
                "vehicle from the mean speed), n_fixes."
            ),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add_sink(
            self.OUTPUT_FENCES,
            self.tr("Fences with dwell and compliance"),
            self.tr(
                "The fences with their own fields plus dwell_min, officer_min, patrol_min, visits, tasked_min, "
                "delivered_min, compliance_pct and compliance_status."
            ),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        self.add_sink(
            self.OUTPUT_TASKINGS,
            self.tr("Compliance per tasking"),
            self.tr(
                "With taskings: one row per tasking with task_id, date, shift, fence_id, team, window_start_utc, "
                "window_end_utc (UTC), tasked_min, delivered_min, officer_min, shortfall_min, visits, covered and "
                "status — the table the Exception report and the tasking dock read. Minutes of a no data tasking "
                "are NULL (unknown)."
            ),
            QgsProcessing.SourceType.TypeVector,
            optional=True,
        )
        self.addOutput(QgsProcessingOutputNumber("N_VISITS", self.tr("Visits")))
        self.addOutput(QgsProcessingOutputNumber("PRESENT_MIN", self.tr("Minutes inside any fence")))

    def _read_tracks(self, parameters, context, feedback):
        import numpy as np

        from ..qgis_io.crs import working_crs
        from ..qgis_io.layers import ogr_points_fast, source_points

        check_cancel(feedback)
        source = self.source(parameters, self.TRACKS, context)
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The tracks layer is empty. Import tracks first (Import tracks)."))
        officer_field = _field_name(source.fields(), "officer_id")
        time_field = _field_name(source.fields(), "t_utc")
        if officer_field is None or time_field is None:
            raise QgsProcessingException(
                self.tr(
                    "The tracks layer needs the fields officer_id and t_utc (as Import tracks writes them); it has {}."
                ).format(", ".join(source.fields().names()))
            )
        speed_field = _field_name(source.fields(), "speed_kmh")
        fields = [officer_field, time_field] + ([speed_field] if speed_field else [])
        crs = working_crs(source.sourceCrs(), source.sourceExtent(), self.tr("The tracks layer"), feedback)
        layer = self.parameterAsVectorLayer(parameters, self.TRACKS, context)
        fast = ogr_points_fast(parameters.get(self.TRACKS), layer, crs, fields, feedback)
        if fast is not None:
            feedback.pushInfo(self.tr("Read the fixes through GDAL directly (whole file layer, no filter)."))
        x, y, columns, skipped = fast or source_points(
            source, context, crs, fields, feedback, self.tr("The tracks layer")
        )
        check_cancel(feedback)
        if skipped:
            feedback.pushWarning(self.tr("{} fixes have no geometry and were left out.").format(skipped))
        officers = columns[officer_field]
        if not isinstance(officers, np.ndarray):
            officers = np.array([None if is_null(v) else v for v in officers], dtype=object)
        seconds = _seconds(columns[time_field], feedback)
        check_cancel(feedback)
        speed = None
        if speed_field:
            values = columns[speed_field]
            speed = (
                np.array([np.nan if is_null(v) else float(v) for v in values], dtype=float)
                if not isinstance(values, np.ndarray) or values.dtype.kind not in "fiu"
                else values.astype(float)
            )
        return crs, officers, seconds, x, y, speed

    def _parquet_crs(self, folder):
        """The CRS of a Parquet fixes folder (checked: a projected CRS)."""
        from qgis.core import QgsCoordinateReferenceSystem

        from ..core.dask_scale.layout import open_dataset

        dataset = run_core(open_dataset, folder)
        crs = QgsCoordinateReferenceSystem(dataset.crs)
        if not crs.isValid() or crs.isGeographic():
            raise QgsProcessingException(
                f"The Parquet fixes in {folder} do not name a projected CRS ({dataset.crs or 'none'}): write them "
                "again with Import tracks (EPSG:27700)."
            )
        return crs

    def _temporary_parquet(self, officers, seconds, x, y, speed, day_start, tz, crs, feedback):
        """The tracks layer's fixes as a Parquet dataset in a new temporary folder (for Dask)."""
        import os

        from qgis.core import QgsProcessingUtils

        from ..core.dask_scale.layout import write_fixes

        folder = os.path.join(QgsProcessingUtils.tempFolder(), f"fixes_{os.getpid()}_{id(officers):x}")
        run_core(write_fixes, folder, officers, seconds, x, y, speed, day_start, tz, crs.authid(), True)
        feedback.pushInfo(f"Wrote the fixes as Parquet by policing day to {folder} for Dask.")
        return folder

    def _read_fences(self, parameters, context, crs, feedback):
        source = self.source(parameters, self.FENCES, context)
        transform = None
        if source.sourceCrs() != crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        id_field = _field_name(source.fields(), "fence_id")
        if id_field is None:
            feedback.pushWarning(
                self.tr(
                    "The fences have no fence_id field: the feature id stands in for it in visits "
                    "and when matching taskings."
                )
            )
        id_index = source.fields().lookupField(id_field) if id_field else -1
        features, polygons, ids = [], [], []
        request = QgsFeatureRequest().setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        for feature in source.getFeatures(request):
            check_cancel(feedback)
            shape = to_shape(feature.geometry(), transform)
            features.append(feature)
            polygons.append(shape)
            value = feature.attributes()[id_index] if id_index >= 0 else feature.id()
            ids.append(None if is_null(value) else value)
        if not features:
            raise QgsProcessingException(self.tr("The geofence layer is empty. Draw or generate fences first."))
        return source, id_field, features, polygons, ids

    def _read_taskings(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.TASKINGS, context)
        if source is None:
            return None, ""
        names = [n.lower() for n in source.fields().names()]
        required = ["fence_id", "window_start", "window_end"]
        if any(f not in names for f in required):
            raise QgsProcessingException(
                self.tr(
                    "The taskings table needs the fields fence_id, date, window_start, window_end and minutes "
                    "(as the tasking schedule writes them)."
                )
            )
        rows = read_rows(
            source,
            required,
            ["date", "minutes", "arm", "task_id", "shift", "team"],
            self.tr("The taskings table"),
            feedback,
        )
        return rows, source.sourceName()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import numpy as np

        from ..core.dwell import compute_dwell
        from ..core.dwell.compliance import COMPLIANCE_STATUSES
        from ..core.dwell.visits import INTERPOLATED, POINTS_ONLY, VISIT_FIELDS
        from ..core.timeutil import check_timezone, day_start_clock

        parquet = (self.parameterAsFile(parameters, self.TRACKS_PARQUET, context) or "").strip()
        scheduler = (self.parameterAsString(parameters, self.DASK_SCHEDULER, context) or "").strip()
        if scheduler or parquet:
            run_core(_require_scale, bool(scheduler))
        if parquet:
            crs = self._parquet_crs(parquet)
            officers = seconds = x = y = speed = None
        else:
            if parameters.get(self.TRACKS) in (None, ""):
                raise QgsProcessingException(
                    "Choose the tracked fixes: a tracks layer (TRACKS) or a Parquet folder (TRACKS_PARQUET)."
                )
            crs, officers, seconds, x, y, speed = self._read_tracks(parameters, context, feedback)
        feedback.setProgress(TIMES_PROGRESS[1])
        fence_source, id_field, features, polygons, ids = self._read_fences(parameters, context, crs, feedback)
        feedback.setProgress(FENCES_PROGRESS)
        taskings, taskings_name = self._read_taskings(parameters, context, feedback)
        check_cancel(feedback)
        feedback.setProgress(TASKINGS_PROGRESS)

        method = [INTERPOLATED, POINTS_ONLY][self.parameterAsEnum(parameters, self.METHOD, context)]
        max_gap = self.parameterAsDouble(parameters, self.MAX_GAP_S, context)
        min_visit = self.parameterAsDouble(parameters, self.MIN_VISIT_S, context)
        max_speed = None
        if parameters.get(self.MAX_SPEED_KMH) not in (None, ""):
            max_speed = self.parameterAsDouble(parameters, self.MAX_SPEED_KMH, context) or None
        buffer_m = self.parameterAsDouble(parameters, self.BUFFER_M, context)
        day_start = (self.parameterAsString(parameters, self.DAY_START, context) or DEFAULT_DAY_START).strip()
        tz = (self.parameterAsString(parameters, self.TIMEZONE, context) or DEFAULT_TIMEZONE).strip()
        run_core(day_start_clock, day_start)
        run_core(check_timezone, tz)

        settings = dict(
            fence_ids=ids,
            method=method,
            max_gap_s=max_gap,
            min_visit_s=min_visit,
            max_speed_kmh=max_speed,
            buffer_m=buffer_m,
            day_start=day_start,
            tz=tz,
            taskings=taskings,
            progress=progress_callback(feedback, TASKINGS_PROGRESS, 90),
        )
        if parquet or scheduler:
            from ..core.dask_scale.dwell import dwell_parquet

            if not parquet:
                parquet = self._temporary_parquet(officers, seconds, x, y, speed, day_start, tz, crs, feedback)
                if scheduler.lower() != "local":
                    feedback.pushWarning(
                        f"The fixes were written to {parquet} on this computer: the workers of {scheduler} must be "
                        "able to read that folder. For a remote cluster, give a Parquet folder on shared storage."
                    )
            result = run_core(dwell_parquet, parquet, polygons, scheduler=scheduler, log=feedback.pushInfo, **settings)
        else:
            result = run_core(compute_dwell, officers, seconds, x, y, polygons, speed_kmh=speed, **settings)
        summary = result.summary

        choices = {
            "Method": method,
            "Maximum gap": f"{max_gap:g} s (longer gaps are no data)",
            "Minimum visit": f"{min_visit:g} s (shorter visits are drive-throughs, not counted)",
            "Maximum patrol speed": f"{max_speed:g} km/h" if max_speed else "no limit",
            "Fence buffer": f"{buffer_m:g} m",
            "Policing day": f"starts {day_start} {tz}",
            "Working CRS": crs.authid(),
            "Fixes from": f"Parquet {parquet}" if parquet else "the tracks layer",
            "Where": f"Dask ({scheduler})" if scheduler else "this process",
            "Fixes": f"{summary['n_fixes']:,} of {summary['n_input']:,} read "
            f"({summary['n_dropped']:,} without officer, time or coordinates), "
            f"{summary['n_officers']:,} officers, {summary['first_utc']:%Y-%m-%d %H:%M} to "
            f"{summary['last_utc']:%Y-%m-%d %H:%M} UTC",
            "Tracked": f"{summary['coverage_hours']:,.1f} h with at least one officer tracked; "
            f"{summary['n_gaps']:,} gaps longer than the maximum ({summary['gap_hours']:,.1f} officer-hours "
            "of no data)",
            "Fences": f"{summary['n_fences']:,} ({summary['n_rectangles']:,} rectangles; "
            f"{summary['n_empty_fences']:,} without area)",
            "Visits": f"{summary['n_visits']:,}; {summary['n_drive_throughs']:,} drive-throughs "
            f"({summary['drive_through_min']:,.1f} min) and {summary['pass_through_min']:,.1f} min of "
            "pass-through left out",
            "Taskings": (
                f"{summary['n_taskings']:,} from {taskings_name} ({summary['n_taskings_skipped']:,} rows "
                f"without a treatment window skipped, {summary['n_taskings_unmatched']:,} for unknown "
                f"fences, {summary['n_taskings_no_data']:,} with no tracking during the window)"
                if taskings is not None
                else "none"
            ),
        }
        for key, value in choices.items():
            feedback.pushInfo(f"{self.tr(key)}: {value}")  # keys that are also output names are translated
        if summary["n_taskings_unmatched"]:
            feedback.pushWarning(
                self.tr("{} taskings name a fence_id that is not in the geofence layer; they were left out.").format(
                    summary["n_taskings_unmatched"]
                )
            )
        if summary["present_min"] <= 0:
            feedback.pushWarning(
                self.tr(
                    "None of the {fixes:,} fixes lies in any of the {fences:,} geofences: every fence has 0 dwell. "
                    "Check that the tracks and the fences cover the same area, and that the fixes' coordinates were "
                    "imported in the right CRS (Import tracks, Coordinates' CRS; the fixes were measured in {crs})."
                ).format(fixes=summary["n_fixes"], fences=summary["n_fences"], crs=crs.authid())
            )
        abstract = describe(choices)

        # Visits table.
        id_type = "Int"
        if id_field is not None:
            id_type = fence_source.fields().field(id_field).type()
        visit_types = [id_type, "String", "DateTime", "DateTime", "Double", "String", "Int"]
        visit_fields = make_fields(zip(VISIT_FIELDS, visit_types))
        visits_sink, visits_id = self.sink(parameters, self.OUTPUT_VISITS, context, visit_fields)
        visits = result.visits
        for n, row in enumerate(visits.itertuples(index=False)):
            if n % CANCEL_EVERY == 0:
                check_cancel(feedback)
                feedback.setProgress(90 + 5 * n / max(1, len(visits)))
            feature = QgsFeature(visit_fields)
            officer = row.officer_id
            if isinstance(officer, (float, np.floating)) and float(officer).is_integer():
                officer = int(officer)  # a numeric collar number read as 12.0
            feature.setAttributes(
                [
                    qgis_value(row.fence_id),
                    str(officer),
                    qgis_value(row.start_utc),
                    qgis_value(row.end_utc),
                    round(float(row.duration_s), 3),
                    row.mode,
                    int(row.n_fixes),
                ]
            )
            visits_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        # Fences: their own fields (a same-named old result is replaced) plus the new ones.
        new_names = {name for name, _ in NEW_FENCE_FIELDS}
        own = [f for f in fence_source.fields() if f.name().lower() not in new_names]
        replaced = [f.name() for f in fence_source.fields() if f.name().lower() in new_names]
        if replaced:
            feedback.pushInfo(
                self.tr("Replaced the fences' earlier {} with this run's values.").format(", ".join(replaced))
            )
        fence_fields = make_fields(NEW_FENCE_FIELDS, base=own)
        own_index = [fence_source.fields().lookupField(f.name()) for f in own]
        fences_sink, fences_id = self.sink(
            parameters, self.OUTPUT_FENCES, context, fence_fields, fence_source.wkbType(), fence_source.sourceCrs()
        )
        table = result.fences
        for n, (feature, row) in enumerate(zip(features, table.itertuples(index=False))):
            if n % CANCEL_EVERY == 0:
                check_cancel(feedback)
            out = QgsFeature(fence_fields)
            out.setGeometry(feature.geometry())
            attributes = feature.attributes()
            out.setAttributes(
                [attributes[i] for i in own_index]
                + [
                    qgis_value(row.dwell_min),
                    qgis_value(row.officer_min),
                    qgis_value(row.patrol_min),
                    int(row.visits),
                    qgis_value(row.tasked_min),
                    qgis_value(row.delivered_min),
                    qgis_value(row.compliance_pct),
                    str(row.compliance_status),
                ]
            )
            fences_sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        feedback.setProgress(100)

        counts = table.compliance_status.value_counts()
        if taskings is not None:
            feedback.pushInfo(
                self.tr("Compliance: {}").format(
                    ", ".join(f"{status} {int(counts.get(status, 0))}" for status in COMPLIANCE_STATUSES)
                )
            )
        results = {
            self.OUTPUT_VISITS: visits_id,
            self.OUTPUT_FENCES: fences_id,
            "N_VISITS": int(summary["n_visits"]),
            "PRESENT_MIN": float(summary["present_min"]),
        }
        taskings_id = self._write_taskings(parameters, context, fence_source, id_field, result.taskings)
        if taskings_id is not None:
            describe_on_load(context, taskings_id, self.tr("Compliance per tasking"), abstract)
            results[self.OUTPUT_TASKINGS] = taskings_id
        describe_on_load(context, visits_id, self.tr("Visits"), abstract)
        style = COMPLIANCE_STYLE if taskings is not None else DWELL_STYLE
        style_on_load(context, fences_id, style, abstract, self.tr("Fences with dwell and compliance"))
        return results

    def _write_taskings(self, parameters, context, fence_source, id_field, table) -> Optional[str]:
        """The per-tasking table into OUTPUT_TASKINGS (when set); windows in UTC, as the visits' times."""
        from ..core.dwell.compliance import TASKING_FIELDS

        types = dict(TASKING_TYPES)
        types["fence_id"] = fence_source.fields().field(id_field).type() if id_field is not None else "Int"
        fields = make_fields(TASKING_FIELDS, types)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT_TASKINGS, context, fields, QgsWkbTypes.Type.NoGeometry
        )
        if sink is None:  # optional output, not asked for
            return None
        for row in table.itertuples(index=False):
            values = row._asdict()
            feature = QgsFeature(fields)
            feature.setAttributes([qgis_value(values[name]) for name in TASKING_FIELDS])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id
