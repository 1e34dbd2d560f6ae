"""hotspot:importtracks end to end, and the Import tracks dialog driven with qtbot (which also runs dwell)."""

from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

from hotspot_plugin.core.resources import resource_path
from tests.qgis.feedback import LogFeedback

# The west edge of British National Grid's area of use in the EPSG dataset that PROJ ships: 9.00°W in QGIS 3.22's
# PROJ 9.1, 9.01°W in QGIS 3.40's PROJ 9.6 (EPSG revised it). The plugin reads it from PROJ, so the tests do too.
BNG_WEST = round(QgsCoordinateReferenceSystem("EPSG:27700").bounds().xMinimum(), 2)

# Two officers walking in central Oxford, one with a duplicate, a 0,0 fix and a GPS spike; times are
# local (BST) day-first as a UK export writes them, and rows are out of order.
APP_CSV = """Collar No,Date Time,Latitude,Longitude,Speed (mph),Heading,Accuracy
PC101,14/07/2026 09:00:30,51.75210,-1.25780,3,90,6
PC101,14/07/2026 09:00:00,51.75200,-1.25800,3,90,6
PC101,14/07/2026 09:00:00,51.75200,-1.25800,3,90,6
PC101,14/07/2026 09:01:00,0,0,3,90,6
PC101,14/07/2026 09:01:30,51.90000,-1.25760,3,90,6
PC101,14/07/2026 09:02:00,51.75230,-1.25740,3,90,6
PC202,14/07/2026 09:00:00,51.75300,-1.25000,2,180,250
PC202,14/07/2026 09:00:30,51.75290,-1.25000,2,180,5
PC202,14/07/2026 09:01:00,51.75280,-1.25000,2,180,5
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def features(layer):
    return sorted(layer.getFeatures(), key=lambda f: (f["officer_id"], f["t_utc"].toMSecsSinceEpoch()))


class Recorder(LogFeedback):
    """Keeps the log and the progress; with ``cancel_above`` the user presses Cancel at the first progress above it."""

    def __init__(self, cancel_above=None):
        super().__init__()
        self.progress = []
        self.cancel_above = cancel_above

    def setProgress(self, progress):  # noqa: N802 - QGIS API name
        self.progress.append(progress)
        if self.cancel_above is not None and progress > self.cancel_above:
            self.cancel()
        super().setProgress(progress)


def walk_rows(n=40, swap=False):
    """n fixes 30 s apart walking east through Oxford as 'officer,time,lat,lon' rows (lat and lon swapped)."""
    rows = []
    for i in range(n):
        lat, lon = 51.752, -1.258 + 0.0001 * i
        a, b = (lon, lat) if swap else (lat, lon)
        rows.append(f"PC1,2026-07-14T{9 + i // 120:02d}:{i // 2 % 60:02d}:{30 * (i % 2):02d}+01:00,{a:.4f},{b:.4f}")
    return "officer,time,lat,lon\n" + "\n".join(rows) + "\n"


def test_importtracks_end_to_end(run_alg, tmp_path):
    path = write(tmp_path, "app.csv", APP_CSV)
    before = path.read_bytes()
    result = run_alg(
        "importtracks",
        {"INPUT": str(path), "OUTPUT": str(tmp_path / "fixes.gpkg"), "OUTPUT_TRACKS": str(tmp_path / "tracks.gpkg")},
    )
    assert path.read_bytes() == before  # input untouched
    fixes = QgsVectorLayer(result["OUTPUT"], "fixes", "ogr")
    tracks = QgsVectorLayer(result["OUTPUT_TRACKS"], "tracks", "ogr")
    assert fixes.isValid() and tracks.isValid()
    assert fixes.crs().authid() == "EPSG:27700" and tracks.crs().authid() == "EPSG:27700"
    names = fixes.fields().names()
    for name in ("officer_id", "t_utc", "speed_kmh", "heading", "accuracy_m", "source"):
        assert name in names
    assert fixes.fields().field("t_utc").type() == QVariant.DateTime
    # 9 rows: 1 duplicate, 1 at 0,0, 1 spike, 1 accuracy 250 m > 100 m -> 5 kept
    assert (result["N_READ"], result["N_KEPT"], result["N_DROPPED"], result["N_OFFICERS"]) == (9, 5, 4, 2)
    rows = features(fixes)
    assert [f["officer_id"] for f in rows] == ["PC101"] * 3 + ["PC202"] * 2
    first = rows[0]
    # 09:00:00 BST is 08:00:00 UTC
    assert first["t_utc"].toUTC() == QDateTime.fromString("2026-07-14T08:00:00Z", Qt.ISODate).toUTC()
    assert first["speed_kmh"] == pytest.approx(3 * 1.609344)
    expected = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:27700"), QgsProject.instance()
    ).transform(QgsPointXY(-1.258, 51.752))
    point = first.geometry().asPoint()
    assert point.x() == pytest.approx(expected.x(), abs=0.01) and 440000 < point.x() < 460000
    assert first["source"] == "app.csv"
    lines = list(tracks.getFeatures())
    assert len(lines) == 2
    assert QgsWkbTypes.geometryType(tracks.wkbType()) == QgsWkbTypes.LineGeometry
    by_officer = {f["officer_id"]: f for f in lines}
    assert by_officer["PC101"]["n_fixes"] == 3
    assert by_officer["PC202"]["length_m"] == pytest.approx(11.1, abs=0.3)  # 0.0001° of latitude (first fix dropped)


def test_importtracks_log_counts_reasons_and_intervals(run_alg, tmp_path):
    feedback = Recorder()
    run_alg(
        "importtracks",
        {
            "INPUT": str(write(tmp_path, "app.csv", APP_CSV)),
            "OUTPUT": "memory:",
            "OUTPUT_TRACKS": "memory:",
            "PSEUDONYMISE": True,
        },
        feedback=feedback,
    )
    log = "\n".join(feedback.lines)
    assert "Dropped 1: duplicate" in log and "Dropped 1: jump" in log and "Dropped 1: bad coordinates" in log
    assert "Dropped 1: accuracy" in log and "Ping interval" in log
    assert "PC101" not in log and "PC202" not in log and "app.csv" not in log


def test_importtracks_pseudonymised_output(run_alg, tmp_path):
    result = run_alg(
        "importtracks",
        {
            "INPUT": str(write(tmp_path, "app.csv", APP_CSV)),
            "OUTPUT": "memory:",
            "OUTPUT_TRACKS": "memory:",
            "PSEUDONYMISE": True,
        },
    )
    from qgis.core import QgsProcessingContext  # noqa: F401 - outputs are layer ids in the run's context

    layer = result["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsProject.instance().mapLayer(layer)
    if layer is None:
        pytest.skip("memory output not retrievable outside the run context")
    ids = {f["officer_id"] for f in layer.getFeatures()}
    assert len(ids) == 2 and all(i.startswith("P-") for i in ids)


def test_importtracks_eastings_and_lookup(run_alg, tmp_path):
    lookup = write(tmp_path, "lookup.csv", "ISSI,Collar\n1234567,PC9\n")
    text = (
        "ISSI,Date,Time,Easting,Northing\n1234567,14/07/2026,09:00:00,451300,206200\n"
        "1234567,14/07/2026,09:05:00,451400,206200\n7654321,14/07/2026,09:05:00,451400,206300\n"
    )
    result = run_alg(
        "importtracks",
        {
            "INPUT": str(write(tmp_path, "radio.csv", text)),
            "ID_LOOKUP": str(lookup),
            "OUTPUT": str(tmp_path / "r.gpkg"),
            "OUTPUT_TRACKS": str(tmp_path / "t.gpkg"),
        },
    )
    layer = QgsVectorLayer(result["OUTPUT"], "r", "ogr")
    ids = sorted(f["officer_id"] for f in layer.getFeatures())
    assert ids == ["7654321", "PC9", "PC9"]
    point = next(f for f in layer.getFeatures() if f["officer_id"] == "7654321").geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx((451400, 206300))


def test_importtracks_clear_errors(run_alg, tmp_path):
    gpx = (
        '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
        '<trkpt lat="51.75" lon="-1.25"/><trkpt lat="51.76" lon="-1.25"/></trkseg></trk></gpx>'
    )
    with pytest.raises(QgsProcessingException, match="GPX without times cannot give dwell"):
        run_alg(
            "importtracks",
            {"INPUT": str(write(tmp_path, "route.gpx", gpx)), "OUTPUT": "memory:", "OUTPUT_TRACKS": "memory:"},
        )
    broken = write(tmp_path, "broken.csv", APP_CSV + "PC101,14/07/2026 09:03:00\n")
    with pytest.raises(QgsProcessingException, match=r"broken\.csv, line 11"):
        run_alg(
            "importtracks", {"INPUT": str(broken), "OUTPUT": str(tmp_path / "never.gpkg"), "OUTPUT_TRACKS": "memory:"}
        )
    assert not (tmp_path / "never.gpkg").exists()


def test_importtracks_parameters_have_help(hotspot_provider):
    algorithm = QgsApplication.processingRegistry().algorithmById("hotspot:importtracks")
    names = [p.name() for p in algorithm.parameterDefinitions()]
    added = {
        "MORE_INPUTS",
        "SPEED_FIELD",
        "HEADING_FIELD",
        "ACCURACY_FIELD",
        "DAY_START",
        "SKIP_BROKEN",
        "OUTPUT_PARQUET",
    }
    assert set(names) >= added  # keys added for the Import tracks dialog (issue 12)
    assert [n for n in names if n not in added] == [
        "INPUT",
        "FORMAT",
        "OFFICER_FIELD",
        "TIME_FIELD",
        "X_FIELD",
        "Y_FIELD",
        "SOURCE_CRS",
        "TIMEZONE",
        "DATE_ORDER",
        "ID_LOOKUP",
        "PSEUDONYMISE",
        "MAX_SPEED_KMH",
        "MAX_ACCURACY_M",
        "OUTPUT",
        "OUTPUT_TRACKS",
    ]
    assert all(p.help() for p in algorithm.parameterDefinitions())
    assert resource_path("styles", "tracks_points.qml").exists()
    assert resource_path("styles", "tracks_lines.qml").exists()


# --- coordinates outside the CRS's area of use, date order, cancel ----------------------------


def test_area_of_use_from_the_crs_bounds():
    from hotspot_plugin.qgis_io.track_layers import area_of_use

    context = QgsProject.instance().transformContext()
    wgs84 = area_of_use(QgsCoordinateReferenceSystem("EPSG:4326"), context)
    # EPSG:4326 is usable worldwide, British National Grid from 9°W to 2.01°E and 49.75°N to 61.01°N
    assert BNG_WEST in (-9.0, -9.01)
    assert (wgs84.xmin, wgs84.ymin, wgs84.xmax, wgs84.ymax) == pytest.approx((BNG_WEST, 49.75, 2.01, 61.01))
    bng = area_of_use(QgsCoordinateReferenceSystem("EPSG:27700"), context)
    # In metres; with the 9.01°W edge the west side lies 0.01° (≈ 720 m at 49.75°N) further out.
    expected = {
        -9.0: (-103976.3, -16698.8, 688938.0, 1256635.0),
        -9.01: (-104695.8, -16703.9, 688938.0, 1256692.8),
    }[BNG_WEST]
    assert (bng.xmin, bng.ymin, bng.xmax, bng.ymax) == pytest.approx(expected, abs=1)
    assert bng.description == "the area of use of EPSG:27700 (British National Grid)"
    # Irish Transverse Mercator (-10.56..-5.34°E, 51.39..55.43°N) overlaps it over Northern Ireland
    irish = area_of_use(QgsCoordinateReferenceSystem("EPSG:2157"), context)
    belfast = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:2157"), context
    ).transform(QgsPointXY(-5.93, 54.6))
    assert irish.contains(belfast.x(), belfast.y())
    # UTM 17N (Americas) does not reach Great Britain: its own area is kept, so British fixes are outside
    utm = area_of_use(QgsCoordinateReferenceSystem("EPSG:32617"), context)
    assert utm.description == "the area of use of EPSG:32617, which does not reach Great Britain"


def test_importtracks_swapped_lat_lon_is_refused_with_the_swap_suggested(run_alg, tmp_path):
    # the case: 40 fixes with lat and lon swapped were written at x ≈ 7.5e6, y ≈ -5.8e6 without a word
    path = write(tmp_path, "swapped.csv", walk_rows(swap=True))
    output = tmp_path / "fixes.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run_alg("importtracks", {"INPUT": str(path), "OUTPUT": str(output), "OUTPUT_TRACKS": "memory:"})
    assert str(error.value) == (
        "swapped.csv: 40 of 40 fixes lie outside the area where EPSG:4326 and British National Grid (EPSG:27700, "
        f"the output) are both usable (x {BNG_WEST:.2f} to 2.01, y 49.75 to 61.01), "
        "e.g. line 2: x 51.75200, y -1.25800. "
        "With x and y swapped 40 of them would be inside: the x and y columns look swapped. Set the x / longitude "
        "column to 'lat' and the y / latitude column to 'lon'."
    )
    assert not output.exists()


def test_importtracks_swapped_columns_import_once_mapped_as_told(run_alg, tmp_path):
    # A separate test from the refusal: PyQGIS never frees an exception raised by a Python algorithm, and with
    # it the caller's frame, so a layer opened in the same test would outlive QGIS and crash the exit.
    path = write(tmp_path, "swapped.csv", walk_rows(swap=True))
    feedback = Recorder()
    result = run_alg(
        "importtracks",
        {
            "INPUT": str(path),
            "X_FIELD": "lat",
            "Y_FIELD": "lon",
            "OUTPUT": str(tmp_path / "fixes.gpkg"),
            "OUTPUT_TRACKS": "memory:",
        },
        feedback=feedback,
    )
    assert result["N_KEPT"] == 40
    layer = QgsVectorLayer(result["OUTPUT"], "fixes", "ogr")
    point = features(layer)[0].geometry().asPoint()
    assert 450000 < point.x() < 452000 and 205000 < point.y() < 207000  # Oxford
    checked = (
        "Coordinates checked against the area where EPSG:4326 and British National Grid (EPSG:27700, the output) "
        f"are both usable: x {BNG_WEST:.2f} to 2.01, y 49.75 to 61.01."
    )
    assert checked in feedback.lines


def test_importtracks_projected_inputs_given_the_wrong_way(run_alg, tmp_path):
    # longitude/latitude with SOURCE_CRS=EPSG:27700 would land 2 m from the grid's false origin, inside its area
    path = write(tmp_path, "lonlat.csv", walk_rows())
    with pytest.raises(QgsProcessingException) as error:
        run_alg("importtracks", {"INPUT": str(path), "SOURCE_CRS": "EPSG:27700", "OUTPUT": "memory:"})
    assert str(error.value) == (
        "lonlat.csv: the coordinates look like longitude/latitude in degrees (e.g. line 2: x -1.25800, y 51.75200), "
        "but EPSG:27700 is in metres. Set the coordinates' CRS to EPSG:4326 (WGS 84 latitude/longitude)."
    )
    # eastings and northings of Lerwick (E 447,000, N 1,141,000) swapped: the "easting" is east of the grid
    text = "collar,timestamp,easting,northing\n" + "".join(
        f"PC1,2026-07-14T09:00:{s:02d}Z,{1141000 + s},447000\n" for s in range(30)
    )
    path = write(tmp_path, "lerwick.csv", text)
    with pytest.raises(QgsProcessingException, match=r"30 of 30 fixes lie outside the area of use of EPSG:27700 "):
        run_alg("importtracks", {"INPUT": str(path), "SOURCE_CRS": "EPSG:27700", "OUTPUT": "memory:"})
    # the same with the default EPSG:4326: read as eastings/northings (as before), then checked the same way
    with pytest.raises(QgsProcessingException) as error:
        run_alg("importtracks", {"INPUT": str(path), "OUTPUT": "memory:"})
    assert "Set the x / longitude column to 'northing' and the y / latitude column to 'easting'." in str(error.value)
    result = run_alg(
        "importtracks", {"INPUT": str(path), "X_FIELD": "northing", "Y_FIELD": "easting", "OUTPUT": "memory:"}
    )
    assert result["N_KEPT"] == 30


def test_importtracks_date_order(run_alg, tmp_path):
    # a US export: 07/04/2026 is 4 July there, 7 April in the UK; nothing in the file decides
    rows = "".join(f"PC1,07/04/2026 09:{m:02d}:00,51.752,{-1.258 + 0.0001 * m:.4f}\n" for m in range(40))
    path = write(tmp_path, "us.csv", "officer,time,lat,lon\n" + rows)
    feedback = Recorder()
    result = run_alg("importtracks", {"INPUT": str(path), "OUTPUT": str(tmp_path / "a.gpkg")}, feedback=feedback)
    note = (
        "us.csv: 40 of 40 dates could be read day first or month first (e.g. '07/04/2026 09:00:00' (line 2)) and "
        "no date in the file decides: read day first (UK order). If the export writes month first (US order), set "
        "the date order to month first."
    )
    assert note in feedback.lines
    first = features(QgsVectorLayer(result["OUTPUT"], "a", "ogr"))[0]["t_utc"].toUTC()
    assert first == QDateTime.fromString("2026-04-07T08:00:00Z", Qt.ISODate).toUTC()
    result = run_alg("importtracks", {"INPUT": str(path), "DATE_ORDER": 2, "OUTPUT": str(tmp_path / "b.gpkg")})
    first = features(QgsVectorLayer(result["OUTPUT"], "b", "ogr"))[0]["t_utc"].toUTC()
    assert first == QDateTime.fromString("2026-07-04T08:00:00Z", Qt.ISODate).toUTC()
    mixed = write(
        tmp_path,
        "mixed.csv",
        "officer,time,lat,lon\n" + rows + "PC1,13/04/2026 10:00:00,51.752,-1.258\n"
        "PC1,04/14/2026 10:00:00,51.752,-1.258\n",
    )
    with pytest.raises(QgsProcessingException, match=r"^mixed\.csv: the dates mix day-first and month-first order"):
        run_alg("importtracks", {"INPUT": str(mixed), "OUTPUT": str(tmp_path / "never.gpkg")})
    assert not (tmp_path / "never.gpkg").exists()
    result = run_alg("importtracks", {"INPUT": str(mixed), "DATE_ORDER": 1, "OUTPUT": "memory:"})
    assert (result["N_READ"], result["N_KEPT"], result["N_DROPPED"]) == (42, 41, 1)


def test_importtracks_cancel_while_reading(run_alg, tmp_path):
    rows = [
        f"PC{i % 50},2026-07-14T08:{i // 60 % 60:02d}:{i % 60:02d}Z,51.75{i % 100:02d},-1.25" for i in range(100000)
    ]
    path = write(tmp_path, "big.csv", "officer,time,lat,lon\n" + "\n".join(rows) + "\n")
    output = tmp_path / "fixes.gpkg"
    feedback = Recorder(cancel_above=0)  # Cancel as soon as the run shows any progress
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("importtracks", {"INPUT": str(path), "OUTPUT": str(output)}, feedback=feedback)
    # the core's 0-60 % go to the file (36 %: reading its rows, columns, then times) and cleaning: the run stopped
    # at its first report while the rows were read (after the fast reader's first block of rows, or 20,000 rows
    # into the file on the exact reader), where it used to read and parse the whole file first
    rows = 60 * 0.6 * 0.7 * 0.6
    assert len(feedback.progress) == 2 and feedback.progress[0] == 0.0
    assert 0.0 < feedback.progress[1] <= rows
    assert not output.exists()


def test_dwellcompliance_cancel_while_reading_the_fixes(run_alg, tmp_path):
    # 30,000 fixes as the Import tracks dialog leaves them: a memory layer with date-time t_utc
    layer = QgsVectorLayer("Point?crs=EPSG:27700", "fixes", "memory")
    layer.dataProvider().addAttributes([QgsField("officer_id", QVariant.String), QgsField("t_utc", QVariant.DateTime)])
    layer.updateFields()
    batch = []
    for i in range(30000):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"PC{i % 10}", QDateTime.fromMSecsSinceEpoch(1784016000000 + 3000 * i, Qt.UTC)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(451000 + i % 100, 206000)))
        batch.append(feature)
    layer.dataProvider().addFeatures(batch)
    fences = QgsVectorLayer("Polygon?crs=EPSG:27700&field=fence_id:integer", "fences", "memory")
    fence = QgsFeature(fences.fields())
    fence.setAttributes([1])
    fence.setGeometry(QgsGeometry.fromRect(QgsRectangle(450990, 205990, 451050, 206010)))
    fences.dataProvider().addFeatures([fence])
    visits, fenced = tmp_path / "visits.gpkg", tmp_path / "fences.gpkg"
    parameters = {"TRACKS": layer, "FENCES": fences, "OUTPUT_VISITS": str(visits), "OUTPUT_FENCES": str(fenced)}
    # points are read at 0-20 %, their times at 20-23 %, then fences and taskings; Cancel while the times are read
    feedback = Recorder(cancel_above=20)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("dwellcompliance", parameters, feedback=feedback)
    assert 20 < max(feedback.progress) < 23  # it stopped there, before reading the fences
    assert not visits.exists() and not fenced.exists()
    result = run_alg("dwellcompliance", parameters)  # not cancelled, the same input runs through
    assert QgsVectorLayer(result["OUTPUT_FENCES"], "f", "ogr").featureCount() == 1


# --- the dialog --------------------------------------------------------------------------------

# The corrected columns hold the true position; a user points the mapping at them.
CORRECTED_CSV = """Officer,Time,Lat,Lon,Lat_fixed,Lon_fixed
PC7,2026-07-14T09:00:00+01:00,51.0,-1.0,51.75200,-1.25800
PC7,2026-07-14T09:00:30+01:00,51.0,-1.0,51.75210,-1.25790
PC7,2026-07-14T09:01:00+01:00,51.0,-1.0,51.75220,-1.25780
"""


@pytest.fixture
def dialog(qtbot, hotspot_provider, qgis_new_project):
    from hotspot_plugin.gui.track_import import TrackImportDialog

    widget = TrackImportDialog(project=QgsProject.instance())
    qtbot.addWidget(widget)
    yield widget
    if widget.task is not None and widget.busy:
        widget.cancel()
        qtbot.waitUntil(lambda: not widget.busy, timeout=20000)


def run_dialog(qtbot, widget):
    widget.start()
    qtbot.waitUntil(lambda: not widget.busy, timeout=30000)


def test_dialog_preview_recognises_columns(dialog, tmp_path):
    dialog.add_files([write(tmp_path, "app.csv", APP_CSV)])
    combos = {role: combo.currentText() for role, combo in dialog.role_combos.items()}
    assert combos == {
        "officer": "Collar No",
        "time": "Date Time",
        "x": "Longitude",
        "y": "Latitude",
        "speed": "Speed (mph)",
        "heading": "Heading",
        "accuracy": "Accuracy",
    }
    assert dialog.preview.rowCount() == 9
    assert dialog.preview.item(0, 0).text() == "PC101"
    assert dialog.preview.item(0, 1).text() == "14/07/2026 09:00:30"


def test_dialog_mapping_change_is_applied_and_layers_added(dialog, qtbot, tmp_path):
    dialog.add_files([write(tmp_path, "corrected.csv", CORRECTED_CSV)])
    assert dialog.role_combos["y"].currentText() == "Lat"
    dialog.set_mapping({"x": "Lon_fixed", "y": "Lat_fixed"})
    assert dialog.preview.item(0, 3).text() == "51.75200"
    run_dialog(qtbot, dialog)
    names = [layer.name() for layer in dialog.added_layers]
    assert "Officer fixes" in names and "Officer tracks" in names
    fixes = next(layer for layer in dialog.added_layers if layer.name() == "Officer fixes")
    assert QgsProject.instance().mapLayer(fixes.id()) is fixes
    assert fixes.featureCount() == 3 and fixes.crs().authid() == "EPSG:27700"
    point = next(fixes.getFeatures()).geometry().asPoint()
    assert 450000 < point.x() < 452000 and 205000 < point.y() < 207000  # Oxford, not 51°N 1°W
    assert fixes.renderer() is not None
    assert dialog.progress.value() == 100
    abstract = fixes.metadata().abstract()
    assert "x=Lon_fixed" in abstract and "time zone: Europe/London" in abstract and "kept 3" in abstract


def test_dialog_broken_file_reported_others_imported(dialog, qtbot, tmp_path):
    good = write(tmp_path, "good.csv", APP_CSV)
    bad = write(tmp_path, "bad.csv", "officer,time,lat,lon\nA,2026-07-14 09:00,51.75\n")
    dialog.add_files([good, bad])
    run_dialog(qtbot, dialog)
    log = dialog.log.toPlainText()
    assert "bad.csv, line 2" in log
    fixes = next(layer for layer in dialog.added_layers if layer.name() == "Officer fixes")
    assert fixes.featureCount() == 5


def test_dialog_presets_round_trip(dialog, tmp_path):
    dialog.add_files([write(tmp_path, "corrected.csv", CORRECTED_CSV)])
    dialog.set_mapping({"x": "Lon_fixed", "y": "Lat_fixed"})
    dialog.save_preset("corrected export test")
    try:
        assert "corrected export test" in dialog.preset_names()
        dialog.set_mapping({"x": "Lon", "y": "Lat"})
        assert dialog.load_preset("corrected export test")
        assert dialog.mapping()["x"] == "Lon_fixed" and dialog.mapping()["y"] == "Lat_fixed"
    finally:
        dialog.delete_preset("corrected export test")
    assert "corrected export test" not in dialog.preset_names()


def test_dialog_cancel(dialog, qtbot, tmp_path):
    rows = ["officer,time,lat,lon"] + [
        f"PC{i % 50},2026-07-14T08:{i // 3600 % 60:02d}:{i % 60:02d}Z,51.75{i % 100:02d},-1.25{i % 97:02d}"
        for i in range(60000)
    ]
    dialog.add_files([write(tmp_path, "big.csv", "\n".join(rows) + "\n")])
    dialog.start()
    assert dialog.busy and dialog.cancel_button.isEnabled()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert dialog.added_layers == []
    assert "ancelled" in dialog.log.toPlainText()
    assert dialog.run_button.isEnabled()


def test_dialog_dwell_and_compliance_toggle(dialog, qtbot, tmp_path):
    registry = QgsApplication.processingRegistry()
    if registry.algorithmById("hotspot:dwellcompliance") is None:
        pytest.skip(
            "hotspot:dwellcompliance is not registered yet (built in parallel); the dwell part of the dialog cannot run"
        )
    for style in ("fences_dwell.qml", "fences_compliance.qml"):
        if not resource_path("styles", style).exists():
            pytest.skip(f"resources/styles/{style} does not exist yet (made with the dwell algorithm)")
    fences = QgsVectorLayer("Polygon?crs=EPSG:27700&field=fence_id:integer&field=name:string", "Fences", "memory")
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:27700"), QgsProject.instance()
    )
    centre = transform.transform(QgsPointXY(-1.2579, 51.7521))
    feature = QgsFeature(fences.fields())
    feature.setAttributes([1, "Fence 1"])
    feature.setGeometry(
        QgsGeometry.fromRect(QgsRectangle(centre.x() - 75, centre.y() - 75, centre.x() + 75, centre.y() + 75))
    )
    fences.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(fences)
    before = [f.attributes() for f in fences.getFeatures()]
    dialog.fence_combo.setLayer(fences)
    dialog.add_files([write(tmp_path, "corrected.csv", CORRECTED_CSV)])
    dialog.set_mapping({"x": "Lon_fixed", "y": "Lat_fixed"})
    run_dialog(qtbot, dialog)
    names = [layer.name() for layer in dialog.added_layers]
    assert "Visits" in names and "Fences by dwell" in names, dialog.log.toPlainText()
    assert [f.attributes() for f in fences.getFeatures()] == before  # input fences untouched
    out = dialog.fences_layer
    assert "dwell_min" in out.fields().names() and "compliance_status" in out.fields().names()
    assert dialog.colour_button.isEnabled()
    assert (out.renderer().type(), out.renderer().classAttribute()) == ("graduatedSymbol", "dwell_min")
    dialog.colour_button.click()
    assert dialog.colour_button.isChecked()
    assert (out.renderer().type(), out.renderer().classAttribute()) == ("categorizedSymbol", "compliance_status")
    dialog.colour_button.click()
    assert out.renderer().classAttribute() == "dwell_min"
    visits = next(layer for layer in dialog.added_layers if layer.name() == "Visits")
    assert visits.featureCount() >= 1  # the walk passes through the fence


def test_toolbar_part_adds_and_removes_action(qgis_iface):
    from qgis.PyQt.QtWidgets import QToolBar

    from hotspot_plugin.gui.parts import TrackImportPart

    toolbar = QToolBar()
    part = TrackImportPart(qgis_iface, "&Hot spot policing", toolbar)
    part.initGui()
    assert [a.objectName() for a in toolbar.actions()] == ["HotspotImportTracksAction"]
    dialog = part.open_dialog()
    assert dialog.isVisible()
    part.unload()
    assert toolbar.actions() == []


def test_importtracks_tracks_output_is_optional(run_alg, tmp_path):
    result = run_alg("importtracks", {"INPUT": str(write(tmp_path, "app.csv", APP_CSV)), "OUTPUT": "memory:"})
    assert result["N_KEPT"] == 5 and "OUTPUT_TRACKS" not in result


def test_dialog_date_order_is_used_and_kept_in_presets(dialog, qtbot, tmp_path):
    rows = "".join(f"PC1,07/04/2026 09:{m:02d}:00,51.752,{-1.258 + 0.0001 * m:.4f}\n" for m in range(4))
    dialog.add_files([write(tmp_path, "us.csv", "officer,time,lat,lon\n" + rows)])
    assert dialog.date_order_combo.currentText() == "auto"
    dialog.date_order_combo.setCurrentText("month first")
    dialog.save_preset("us export test")
    try:
        dialog.date_order_combo.setCurrentText("auto")
        assert dialog.load_preset("us export test") and dialog.date_order_combo.currentText() == "month first"
    finally:
        dialog.delete_preset("us export test")
    run_dialog(qtbot, dialog)
    fixes = next(layer for layer in dialog.added_layers if layer.name() == "Officer fixes")
    first = min(f["t_utc"].toUTC() for f in fixes.getFeatures())
    assert first == QDateTime.fromString("2026-07-04T08:00:00Z", Qt.ISODate).toUTC()
    log = dialog.log.toPlainText()
    assert "us.csv: dates read month first, as chosen; 4 of 4 could also be read day first." in log
    assert "date order: month first" in fixes.metadata().abstract()


def test_dialog_reports_swapped_file_and_imports_the_others(dialog, qtbot, tmp_path):
    # the same export layout (the mapping applies to every file), but one file's latitudes and longitudes swapped
    good = write(tmp_path, "good.csv", APP_CSV)
    lines = APP_CSV.splitlines()
    swapped_rows = [",".join(c[:2] + [c[3], c[2]] + c[4:]) for c in (line.split(",") for line in lines[1:])]
    swapped = write(tmp_path, "swapped.csv", "\n".join(lines[:1] + swapped_rows) + "\n")
    dialog.add_files([good, swapped])
    run_dialog(qtbot, dialog)
    log = dialog.log.toPlainText()
    assert "Not imported: swapped.csv: 8 of 8 fixes lie outside" in log  # the ninth is at 0,0
    assert "Set the x / longitude column to 'Latitude' and the y / latitude column to 'Longitude'." in log
    fixes = next(layer for layer in dialog.added_layers if layer.name() == "Officer fixes")
    assert fixes.featureCount() == 5 and {f["source"] for f in fixes.getFeatures()} == {"good.csv"}


# --- the dialog is a face on hotspot:importtracks (issue 12) -------------------------------------


def _fix_table(layer):
    """(officer, t_utc ms) → (x, y, speed, heading, accuracy) of a fixes layer."""
    table = {}
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint()
        key = (feature["officer_id"], feature["t_utc"].toMSecsSinceEpoch())
        table[key] = (point.x(), point.y(), feature["speed_kmh"], feature["heading"], feature["accuracy_m"])
    return table


def test_dialog_in_a_bng_project_gives_the_algorithms_fixes(dialog, qtbot, run_alg, tmp_path):
    """The demo's lon/lat app export, imported through the dialog into a project in EPSG:27700 set up as
    Load demo sets it up, gives exactly the fixes qgis_process writes (and BNG metres, not degrees)."""
    from hotspot_plugin.gui.demo_project import pin_demo_transforms

    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    pin_demo_transforms(project)
    export = str(resource_path("demo", "app_tracks.csv"))
    dialog.add_files([export])
    run_dialog(qtbot, dialog)
    fixes = next(layer for layer in dialog.added_layers if layer.name() == "Officer fixes")
    assert fixes.crs().authid() == "EPSG:27700"
    result = run_alg("importtracks", {"INPUT": export, "OUTPUT": str(tmp_path / "fixes.gpkg")})
    expected = _fix_table(QgsVectorLayer(result["OUTPUT"], "cli", "ogr"))
    got = _fix_table(fixes)
    assert len(got) == len(expected) == 5760
    assert set(got) == set(expected)
    for key, (x, y, *rest) in expected.items():
        gx, gy, *grest = got[key]
        assert abs(gx - x) < 1e-6 and abs(gy - y) < 1e-6 and grest == rest, key
    xs = [value[0] for value in got.values()]
    assert 447000 < min(xs) and max(xs) < 455000  # Hollowford in metres, not -1.25 "metres"
    tracks = next(layer for layer in dialog.added_layers if layer.name() == "Officer tracks")
    assert tracks.featureCount() == 4
    for layer in (fixes, tracks):  # styled and described by the algorithm, as the toolbox loads it
        assert layer.metadata().abstract().startswith("hotspot:importtracks"), layer.name()


def test_dialog_warns_when_no_fix_lies_in_any_fence(qgis_iface, qtbot, hotspot_provider, qgis_new_project, tmp_path):
    from qgis.core import Qgis

    from hotspot_plugin.gui.track_import import TrackImportDialog

    fences = QgsVectorLayer("Polygon?crs=EPSG:27700&field=fence_id:integer", "Far fences", "memory")
    feature = QgsFeature(fences.fields())
    feature.setAttributes([1])
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(300000, 100000, 300150, 100150)))  # Dorset, not Oxford
    fences.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(fences)
    qgis_iface.messageBar().clear_messages()
    widget = TrackImportDialog(iface=qgis_iface, project=QgsProject.instance())
    qtbot.addWidget(widget)
    widget.fence_combo.setLayer(fences)
    widget.add_files([write(tmp_path, "corrected.csv", CORRECTED_CSV)])
    widget.set_mapping({"x": "Lon_fixed", "y": "Lat_fixed"})
    run_dialog(qtbot, widget)
    assert widget.warnings and "None of the imported fixes lies in any fence" in widget.warnings[0]
    assert widget.warnings[0] in widget.log.toPlainText()
    assert any("None of the imported fixes" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
    assert "None of the 3 fixes lies in any of the 1 geofences" in widget.log.toPlainText()  # the algorithm's log


def test_dwellcompliance_warns_when_no_fix_lies_in_any_fence(run_alg, tmp_path):
    fixes = run_alg("importtracks", {"INPUT": str(write(tmp_path, "app.csv", APP_CSV)), "OUTPUT": "memory:"})["OUTPUT"]
    far = QgsVectorLayer("Polygon?crs=EPSG:27700&field=fence_id:integer", "far", "memory")
    feature = QgsFeature(far.fields())
    feature.setAttributes([7])
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(300000, 100000, 300150, 100150)))
    far.dataProvider().addFeatures([feature])
    log = LogFeedback()
    result = run_alg(
        "dwellcompliance",
        {"TRACKS": fixes, "FENCES": far, "OUTPUT_VISITS": "memory:", "OUTPUT_FENCES": "memory:"},
        feedback=log,
    )
    assert result["N_VISITS"] == 0 and result["PRESENT_MIN"] == 0
    assert any("lies in any of the 1 geofences" in line for line in log.lines)
