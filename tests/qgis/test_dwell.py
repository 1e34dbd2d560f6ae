"""hotspot:dwellcompliance end to end in QGIS: fields kept, values, reprojection, file input."""

from datetime import datetime, timezone

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

from hotspot_plugin.core.resources import resource_path

# Fences (British National Grid, Oxford): A is a 150 m square, B an L-shape, C nobody visits.
X0, Y0 = 451000.0, 206000.0
FENCES = {
    "A": f"POLYGON(({X0} {Y0}, {X0 + 150} {Y0}, {X0 + 150} {Y0 + 150}, {X0} {Y0 + 150}, {X0} {Y0}))",
    "B": (
        f"POLYGON(({X0 + 500} {Y0}, {X0 + 800} {Y0}, {X0 + 800} {Y0 + 100}, {X0 + 600} {Y0 + 100}, "
        f"{X0 + 600} {Y0 + 300}, {X0 + 500} {Y0 + 300}, {X0 + 500} {Y0}))"
    ),
    "C": (
        f"POLYGON(({X0 + 2000} {Y0}, {X0 + 2150} {Y0}, {X0 + 2150} {Y0 + 150}, {X0 + 2000} {Y0 + 150}, "
        f"{X0 + 2000} {Y0}))"
    ),
}
START = datetime(2026, 7, 7, 8, 0, tzinfo=timezone.utc).timestamp()  # 09:00 BST


def fixes():
    """PC1 and PC2 stand together in A for 20 min (09:00–09:20 BST); PC1 then walks east through B's foot."""
    rows = []
    for officer in ("PC1", "PC2"):
        for k in range(41):
            rows.append((officer, START + 30 * k, X0 + 75, Y0 + 75, 0.0))
    # PC1 walks at 1 m/s along y = Y0 + 50 from x = X0 + 410 to X0 + 910, fixes every 20 s (inside B for
    # 300 m, from 08:26:30 UTC; fixes at x = 510 … 790 are inside).
    for k in range(26):
        rows.append(("PC1", START + 1500 + 20 * k, X0 + 410 + 20 * k, Y0 + 50, 3.6))
    return rows


def track_layer(rows, crs="EPSG:27700", text_times=False):
    layer = QgsVectorLayer(f"Point?crs={crs}", "fixes", "memory")
    layer.dataProvider().addAttributes(
        [
            QgsField("officer_id", QVariant.String),
            QgsField("t_utc", QVariant.String if text_times else QVariant.DateTime),
            QgsField("speed_kmh", QVariant.Double),
        ]
    )
    layer.updateFields()
    transform = None
    if crs != "EPSG:27700":
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:27700"),
            QgsCoordinateReferenceSystem(crs),
            QgsCoordinateTransformContext(),
        )
    features = []
    for officer, t, x, y, speed in rows:
        feature = QgsFeature(layer.fields())
        moment = QDateTime.fromMSecsSinceEpoch(int(t * 1000), Qt.UTC)
        when = moment.toString(Qt.ISODate) if text_times else moment
        feature.setAttributes([officer, when, speed])
        geometry = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        if transform is not None:
            geometry.transform(transform)
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def fence_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700", "fences", "memory")
    layer.dataProvider().addAttributes(
        [QgsField("fence_id", QVariant.String), QgsField("name", QVariant.String), QgsField("rank", QVariant.Int)]
    )
    layer.updateFields()
    features = []
    for rank, (fid, wkt) in enumerate(FENCES.items(), start=1):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([fid, f"Hot spot {fid}", rank])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def tasking_table():
    layer = QgsVectorLayer("None", "taskings", "memory")
    names = ["task_id", "date", "fence_id", "arm", "window_start", "window_end", "minutes"]
    layer.dataProvider().addAttributes(
        [QgsField(n, QVariant.Int if n == "minutes" else QVariant.String) for n in names]
    )
    layer.updateFields()
    rows = [
        ("t1", "2026-07-07", "A", "treatment", "2026-07-07T09:00:00+01:00", "2026-07-07T09:30:00+01:00", 15),
        ("t2", "2026-07-07", "B", "treatment", "09:20", "09:40", 15),
        ("t3", "2026-07-07", "C", "treatment", "09:00", "09:45", 15),
        ("t4", "2026-07-07", "C", "control", None, None, 0),
    ]
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def by_fence(layer):
    return {f["fence_id"]: f for f in layer.getFeatures()}


def test_dwell_compliance_end_to_end(run_alg):
    tracks, fences, taskings = track_layer(fixes()), fence_layer(), tasking_table()
    n_tracks = tracks.featureCount()
    result = run_alg(
        "dwellcompliance",
        {
            "TRACKS": tracks,
            "FENCES": fences,
            "TASKINGS": taskings,
            "MIN_VISIT_S": 60,
            "OUTPUT_VISITS": "TEMPORARY_OUTPUT",
            "OUTPUT_FENCES": "TEMPORARY_OUTPUT",
        },
    )
    out = result["OUTPUT_FENCES"]
    names = out.fields().names()
    assert names[:3] == ["fence_id", "name", "rank"]
    assert names[3:] == [
        "dwell_min",
        "officer_min",
        "patrol_min",
        "visits",
        "tasked_min",
        "delivered_min",
        "compliance_pct",
        "compliance_status",
    ]
    f = by_fence(out)
    assert f["A"]["name"] == "Hot spot A" and f["A"]["rank"] == 1
    assert f["A"].geometry().equals(QgsGeometry.fromWkt(FENCES["A"]))
    # Two officers together for 20 minutes: patrol 20, officer-minutes 40, two visits of 20.
    assert f["A"]["patrol_min"] == pytest.approx(20.0)
    assert f["A"]["officer_min"] == pytest.approx(40.0)
    assert f["A"]["visits"] == 2 and f["A"]["dwell_min"] == pytest.approx(20.0)
    # B: 300 m of the walk at 1 m/s inside the L's foot (09:26:30–09:31:30 BST).
    assert f["B"]["officer_min"] == pytest.approx(5.0)
    assert f["C"]["officer_min"] == 0.0 and f["C"]["visits"] == 0
    assert f["A"]["compliance_status"] == "met" and f["A"]["compliance_pct"] == pytest.approx(100.0)
    assert f["B"]["compliance_status"] == "partly met"
    assert f["B"]["delivered_min"] == pytest.approx(5.0) and f["B"]["tasked_min"] == 15
    assert f["C"]["compliance_status"] == "not met" and f["C"]["compliance_pct"] == 0.0

    visits = result["OUTPUT_VISITS"]
    assert visits.fields().names() == [
        "fence_id",
        "officer_id",
        "start_utc",
        "end_utc",
        "duration_s",
        "mode",
        "n_fixes",
    ]
    rows = sorted(
        (v["fence_id"], v["officer_id"], v["duration_s"], v["mode"], v["n_fixes"]) for v in visits.getFeatures()
    )
    assert rows == [("A", "PC1", 1200.0, "stop", 41), ("A", "PC2", 1200.0, "stop", 41), ("B", "PC1", 300.0, "foot", 15)]
    b_visit = [v for v in visits.getFeatures() if v["fence_id"] == "B"][0]
    start = b_visit["start_utc"]
    assert start.toUTC().toString("yyyy-MM-dd HH:mm:ss") == "2026-07-07 08:26:30"
    # Inputs untouched.
    assert tracks.featureCount() == n_tracks and fences.fields().names() == ["fence_id", "name", "rank"]


def test_points_only_geographic_text_times_and_no_taskings(run_alg):
    tracks = track_layer(fixes(), crs="EPSG:4326", text_times=True)
    result = run_alg(
        "dwellcompliance",
        {
            "TRACKS": tracks,
            "FENCES": fence_layer(),
            "METHOD": 1,
            "MIN_VISIT_S": 0,
            "OUTPUT_VISITS": "TEMPORARY_OUTPUT",
            "OUTPUT_FENCES": "TEMPORARY_OUTPUT",
        },
    )
    f = by_fence(result["OUTPUT_FENCES"])
    assert f["A"]["officer_min"] == pytest.approx(40.0, abs=1e-6)
    # Points only: fixes at x = X0+510 … X0+790 are inside B's foot, 15 of them → 14 × 20 s.
    assert f["B"]["officer_min"] == pytest.approx(14 * 20 / 60.0, abs=1e-6)
    assert {feat["compliance_status"] for feat in f.values()} == {"no tasking"}


def test_reads_a_geopackage_and_applies_speed_and_buffer(run_alg, tmp_path):
    path = str(tmp_path / "fixes.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        track_layer(fixes()), path, QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError
    common = {
        "TRACKS": path,
        "FENCES": fence_layer(),
        "MIN_VISIT_S": 0,
        "OUTPUT_VISITS": "TEMPORARY_OUTPUT",
        "OUTPUT_FENCES": "TEMPORARY_OUTPUT",
    }
    plain = by_fence(run_alg("dwellcompliance", common)["OUTPUT_FENCES"])
    assert plain["B"]["officer_min"] == pytest.approx(5.0)
    # Recorded 3.6 km/h is above a 2 km/h limit: the walk through B is pass-through.
    slow = by_fence(run_alg("dwellcompliance", {**common, "MAX_SPEED_KMH": 2.0})["OUTPUT_FENCES"])
    assert slow["B"]["officer_min"] == 0.0 and slow["A"]["officer_min"] == pytest.approx(40.0)
    # A 60 m buffer widens B's foot by 60 m at each end of the walk's straight crossing.
    wide = by_fence(run_alg("dwellcompliance", {**common, "BUFFER_M": 60.0})["OUTPUT_FENCES"])
    assert wide["B"]["officer_min"] == pytest.approx((300 + 120) / 60.0, rel=1e-3)


def test_styles_exist_for_the_gui_toggle():
    for name in ("fences_dwell.qml", "fences_compliance.qml"):
        text = resource_path("styles", name).read_text(encoding="utf-8")
        assert ("dwell_min" in text) if "dwell" in name else ("compliance_status" in text)
    layer = fence_layer()
    message, ok = layer.loadNamedStyle(str(resource_path("styles", "fences_compliance.qml")))
    assert ok, message
    assert {c.value() for c in layer.renderer().categories()} == {
        "met",
        "partly met",
        "not met",
        "no data",
        "no tasking",
    }
