"""The Hollowford demo's 12-week patrol trial as GeoPackages: made when the demo runs, from the seeded generator.

``core/evaluation/planted.py`` plants a 30 % reduction on treated place-days and a little displacement
into one ring; this module writes what an evaluator would have — the places, comparison areas, the
tasking schedule, timed crimes with harm and the visits of Dwell and compliance — as the plugin's
algorithms read them. Crime times are local wall-clock time (as force records hold them), visit times
UTC (as Dwell and compliance writes them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.tasking import SCHEDULE_FIELDS
from ..core.timeutil import DEFAULT_TIMEZONE
from ..qgis_io.fields import make_fields
from ..qgis_io.geometry import as_multipolygon, from_shape
from ..qgis_io.tasking_io import SCHEDULE_TYPES
from ..qgis_io.values import qgis_value

#: The demo trial's layers (product name → GeoPackage file name without ``.gpkg``).
TRIAL_LAYERS = {
    "trial_places": "trial_places",
    "trial_comparison": "trial_comparison",
    "trial_schedule": "trial_schedule",
    "trial_crimes": "trial_crimes",
    "trial_visits": "trial_visits",
}
#: The seed of the demo's trial (the planted trial's default).
TRIAL_SEED = 20260302
#: The trial's 12 weeks and the 12 weeks before (the planted trial's defaults), for the displacement step.
TRIAL_PERIODS = {
    "BEFORE_START": "2025-12-08",
    "BEFORE_END": "2026-03-01",
    "AFTER_START": "2026-03-02",
    "AFTER_END": "2026-05-24",
}
#: Randomisation redraws and power simulations in the demo (fewer than the defaults, so it loads quickly).
DEMO_PERMUTATIONS = 1000
DEMO_SIMULATIONS = 500


def _write(
    path: Path,
    columns: Sequence[Tuple[str, str]],
    records,
    geometries=None,
    wkb=QgsWkbTypes.Type.NoGeometry,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> str:
    fields = make_fields(columns)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = path.stem
    crs = QgsCoordinateReferenceSystem("EPSG:27700")
    writer = QgsVectorFileWriter.create(
        str(path), fields, wkb, crs, transform_context or QgsCoordinateTransformContext(), options
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise OSError(writer.errorMessage())
    polygons = QgsWkbTypes.geometryType(wkb) == QgsWkbTypes.GeometryType.PolygonGeometry
    for n, record in enumerate(records):
        feature = QgsFeature(fields)
        feature.setAttributes([qgis_value(v) for v in record])
        if geometries is not None:
            feature.setGeometry(as_multipolygon(geometries[n]) if polygons else from_shape(geometries[n]))
        writer.addFeature(feature)
    del writer
    from ..qgis_io.layouts import INVENTED

    layer = QgsVectorLayer(f"{path}|layername={path.stem}", path.stem, "ogr")
    metadata = layer.metadata()
    metadata.setRights([INVENTED])  # kept in the GeoPackage: maps and reports made from it say the data are invented
    layer.setMetadata(metadata)
    layer.saveDefaultMetadata()
    return str(path)


def write_trial(folder, trial=None, transform_context=None, tz: str = DEFAULT_TIMEZONE) -> Dict[str, str]:
    """Write ``trial`` (default: the demo's planted trial) into ``folder``; returns product → path."""
    from shapely.geometry import Point

    from ..core.evaluation.planted import planted_trial

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    trial = trial if trial is not None else planted_trial(seed=TRIAL_SEED)
    paths = {}

    def out(name):
        return folder / f"{TRIAL_LAYERS[name]}.gpkg"

    places = trial.places
    paths["trial_places"] = _write(
        out("trial_places"),
        [("fence_id", "String"), ("block", "String"), ("name", "String")],
        [[f, b, f"Trial place {f}"] for f, b in zip(places["fence_id"], places["block"])],
        list(places["geometry"]),
        QgsWkbTypes.Type.MultiPolygon,
        transform_context,
    )
    comparison = trial.comparison
    paths["trial_comparison"] = _write(
        out("trial_comparison"),
        [("area_id", "String")],
        [[a] for a in comparison["area_id"]],
        list(comparison["geometry"]),
        QgsWkbTypes.Type.MultiPolygon,
        transform_context,
    )
    schedule = trial.schedule
    rows = []
    for row in schedule[list(SCHEDULE_FIELDS)].itertuples(index=False):
        values = list(row)
        for k, name in enumerate(SCHEDULE_FIELDS):
            value = values[k]
            if name in ("window_start", "window_end") and value == value and value is not None:
                values[k] = value.tz_convert(tz).tz_localize(None).to_pydatetime()  # local wall clock
            elif name == "date":
                from datetime import date

                values[k] = date.fromisoformat(value)
            elif value != value:
                values[k] = None
        rows.append(values)
    paths["trial_schedule"] = _write(
        out("trial_schedule"),
        [(n, SCHEDULE_TYPES[n]) for n in SCHEDULE_FIELDS],
        rows,
        None,
        QgsWkbTypes.Type.NoGeometry,
    )
    crimes = trial.crimes
    local = crimes["time_utc"].dt.tz_convert(tz).dt.tz_localize(None)
    paths["trial_crimes"] = _write(
        out("trial_crimes"),
        [
            ("crime_id", "String"),
            ("area", "String"),
            ("period", "String"),
            ("occurred_at", "DateTime"),
            ("crime_type", "String"),
            ("harm", "Double"),
        ],
        [
            [c, a, p, t.to_pydatetime(), ct, h]
            for c, a, p, t, ct, h in zip(
                crimes["crime_id"], crimes["area"], crimes["period"], local, crimes["crime_type"], crimes["harm"]
            )
        ],
        [Point(x, y) for x, y in zip(crimes["x"], crimes["y"])],
        QgsWkbTypes.Type.Point,
        transform_context,
    )
    visits = trial.visits
    paths["trial_visits"] = _write(
        out("trial_visits"),
        [
            ("fence_id", "String"),
            ("officer_id", "String"),
            ("start_utc", "DateTime"),
            ("end_utc", "DateTime"),
            ("duration_s", "Double"),
        ],
        [
            [f, o, s.to_pydatetime(), e.to_pydatetime(), d]
            for f, o, s, e, d in zip(
                visits["fence_id"], visits["officer_id"], visits["start_utc"], visits["end_utc"], visits["duration_s"]
            )
        ],
    )
    return paths
