"""Officer tracks as QGIS layers: coordinates checked against the CRS's area of use, and imported fixes
(``core.tracks``) as point and daily track line features in British National Grid.

Used by ``hotspot:importtracks`` and the Import tracks dialog; numpy and the track core are imported when
features are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QDate

from ..i18n import tr
from .crs import BRITISH_NATIONAL_GRID
from .fields import make_fields
from .values import qgis_value, utc_qdatetime

if TYPE_CHECKING:  # the track core (numpy, pandas) loads when features are built
    from ..core.tracks.clean import AreaOfUse
    from ..core.tracks.importer import TrackImport

#: QGIS gives every CRS's area of use (``bounds()``) in WGS 84 longitude/latitude.
WGS84 = "EPSG:4326"


def area_of_use(crs: QgsCoordinateReferenceSystem, transform_context) -> Optional[AreaOfUse]:
    """Where coordinates in ``crs`` make sense for British National Grid output, as a box in ``crs`` units.

    The CRS's own area of use (``bounds()``) intersected with that of EPSG:27700, transformed into
    ``crs`` when it is projected; a CRS whose area does not reach Great Britain keeps its own area
    (every British fix is then outside it). None when QGIS cannot say (a custom CRS without an area,
    or a box that cannot be transformed): the check is then skipped.
    """
    from ..core.tracks.clean import AreaOfUse

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
    return make_fields(
        [
            ("officer_id", "String"),
            ("t_utc", "DateTime"),
            ("speed_kmh", "Double"),
            ("heading", "Double"),
            ("accuracy_m", "Double"),
            ("source", "String"),
        ]
    )


def line_fields() -> QgsFields:
    """Fields of the track lines layer (one feature per officer per policing day)."""
    return make_fields(
        [
            ("officer_id", "String"),
            ("day", "Date"),
            ("start_utc", "DateTime"),
            ("end_utc", "DateTime"),
            ("n_fixes", "Int"),
            ("length_m", "Double"),
        ]
    )


def project_fixes(
    result: TrackImport,
    source_crs: QgsCoordinateReferenceSystem,
    transform_context,
    progress: Optional[Callable[[float], bool]] = None,
):
    """The fixes' coordinates in EPSG:27700, as two numpy arrays.

    Fixes that cannot be reprojected are removed from ``result.fixes`` (which is then renumbered 0…n−1)
    and counted as bad coordinates; returns ``(x, y, n_failed)`` for the fixes kept, in their order. A CRS
    already EPSG:27700 is taken as it is. ``progress(fraction)`` returning False stops early (returns None).
    Safe to call in a background thread (no layers are touched).
    """
    import math

    import numpy as np

    target = QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID)
    transform = QgsCoordinateTransform(source_crs, target, transform_context)
    if not transform.isValid():  # an invalid transform would pass the coordinates through unchanged
        raise QgsProcessingException(
            tr(
                "The coordinates' CRS ({}) cannot be transformed to {}. Choose the CRS the export's coordinates are in."
            ).format(source_crs.authid() or source_crs.description() or tr("not set"), BRITISH_NATIONAL_GRID)
        )
    fixes = result.fixes
    n = len(fixes)
    x_in, y_in = fixes["x"].to_numpy(dtype=float), fixes["y"].to_numpy(dtype=float)
    if source_crs == target:
        xs, ys = x_in.copy(), y_in.copy()
        xs[~(np.isfinite(x_in) & np.isfinite(y_in))] = np.nan
    else:
        xs = np.full(n, np.nan)
        ys = np.full(n, np.nan)
        for i in range(n):
            if i % 5000 == 0 and progress is not None and progress(0.8 * i / max(n, 1)) is False:
                return None
            try:
                point = transform.transform(QgsPointXY(x_in[i], y_in[i]))
            except QgsCsException:
                continue
            if math.isfinite(point.x()) and math.isfinite(point.y()):
                xs[i], ys[i] = point.x(), point.y()
    ok = np.isfinite(xs)
    failed = int(n - ok.sum())
    result.fixes = fixes[ok].reset_index(drop=True)
    if failed:  # reprojection failures are bad coordinates too
        result.dropped["bad_coordinates"] += failed
    return xs[ok], ys[ok], failed


#: Columns of the fixes layer after the geometry, in ``point_fields()``'s order.
POINT_COLUMNS = ("officer_id", "t_utc", "speed_kmh", "heading", "accuracy_m", "source")


def point_values(fixes):
    """The fixes' attribute columns as lists: ids and sources as text, times as UTC milliseconds, NaN kept."""
    import numpy as np

    from ..core.timeutil import utc_seconds

    seconds = utc_seconds(fixes["t_utc"]) if len(fixes) else np.zeros(0)
    milliseconds = np.round(seconds * 1000.0).astype(np.int64)  # as utc_qdatetime rounds
    return (
        fixes["officer_id"].astype(str).tolist(),
        milliseconds,
        *(fixes[c].to_numpy(dtype=float) for c in ("speed_kmh", "heading", "accuracy_m")),
        fixes["source"].astype(str).tolist(),
    )


def point_features(fixes, xs, ys, progress: Optional[Callable[[float], bool]] = None) -> List[QgsFeature]:
    """The fixes as point features in EPSG:27700 (``xs``/``ys`` from :func:`project_fixes`)."""
    from qgis.PyQt.QtCore import QDateTime, Qt

    officer, milliseconds, speed, heading, accuracy, source = point_values(fixes)
    fields = point_fields()
    points: List[QgsFeature] = []
    for i, (ms, a, b, c) in enumerate(zip(milliseconds.tolist(), speed.tolist(), heading.tolist(), accuracy.tolist())):
        if i % 5000 == 0 and progress is not None and progress(i / max(len(officer), 1)) is False:
            break
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                officer[i],
                QDateTime.fromMSecsSinceEpoch(ms, Qt.TimeSpec.UTC),
                qgis_value(a),
                qgis_value(b),
                qgis_value(c),
                source[i],
            ]
        )
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[i], ys[i])))
        points.append(feature)
    return points


def point_rows(fixes, xs, ys, srs_id: int, datetime_text: Callable, chunk: int = 100_000):
    """The fixes for a bulk GeoPackage write (``qgis_io.outputs.BulkTable``): ``(columns, boxes)``
    chunks: the geometry blobs then :data:`POINT_COLUMNS`' values; ``datetime_text`` turns UTC
    milliseconds into the text QGIS would store."""
    from ..core.geopackage import point_blobs

    officer, milliseconds, speed, heading, accuracy, source = point_values(fixes)
    for start in range(0, len(officer), chunk):
        part = slice(start, start + chunk)
        blobs, boxes = point_blobs(xs[part], ys[part], srs_id)
        columns = [
            blobs,
            officer[part],
            datetime_text(milliseconds[part]),
            speed[part].tolist(),  # NaN is stored as NULL
            heading[part].tolist(),
            accuracy[part].tolist(),
            source[part],
        ]
        yield columns, boxes


def track_line_features(fixes, xs, ys, tz: str, day_start: str) -> List[QgsFeature]:
    """One line feature per officer per policing day (starting at ``day_start`` HH:MM local in the IANA zone
    ``tz``) from the projected fixes."""
    from ..core.tracks.lines import track_lines

    lines: List[QgsFeature] = []
    line_schema = line_fields()
    for track in track_lines(fixes, xs, ys, day_start, tz):
        geometry = QgsGeometry.fromMultiPolylineXY(
            [[QgsPointXY(float(a), float(b)) for a, b in part] for part in track.parts]
        )
        feature = QgsFeature(line_schema)
        feature.setAttributes(
            [
                track.officer_id,
                QDate(track.day.year, track.day.month, track.day.day),
                utc_qdatetime(track.start_utc.timestamp()),
                utc_qdatetime(track.end_utc.timestamp()),
                track.n_fixes,
                geometry.length(),
            ]
        )
        feature.setGeometry(geometry)
        lines.append(feature)
    return lines
