"""Safe outputs (qgis_io/outputs.py): inputs never overwritten, atomic writes, CSV formula guard.

Every test here failed on the code before the mechanism: the same-file runs replaced the input, a
read-only folder or a cancel left partial files, and CSV outputs carried formulas through GDAL.
"""

import csv
import hashlib
import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

from hotspot_plugin.qgis_io.outputs import CheckedSink

FORMULAS = ["=cmd|' /C calc'!A0", "+44123", "@officer", '=HYPERLINK("http://example.org","x")']

APP_CSV = """Collar No,Date Time,Latitude,Longitude,Speed (mph),Heading,Accuracy
PC101,14/07/2026 09:00:00,51.75200,-1.25800,3,90,6
PC101,14/07/2026 09:00:30,51.75210,-1.25780,3,90,6
PC101,14/07/2026 09:01:00,51.75230,-1.25740,3,90,6
{a},14/07/2026 09:00:00,51.75300,-1.25000,2,180,5
{a},14/07/2026 09:00:30,51.75290,-1.25000,2,180,5
{b},14/07/2026 09:00:00,51.75280,-1.25100,2,180,5
{b},14/07/2026 09:00:30,51.75270,-1.25100,2,180,5
"""


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def table_hash(path, table) -> str:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
    finally:
        db.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def names(folder) -> set:
    return {p.name for p in Path(folder).iterdir()}


def csv_rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def tracks_csv(tmp_path, a="=cmd|' /C calc'!A0", b="+44123") -> Path:
    path = tmp_path / "tracks.csv"
    path.write_text(APP_CSV.format(a=a, b=b), encoding="utf-8")
    return path


@pytest.fixture
def crimes_gpkg(run_alg, policeuk_csv, tmp_path) -> Path:
    path = tmp_path / "same.gpkg"
    run_alg("importpoliceuk", {"INPUT": str(policeuk_csv), "OUTPUT": str(path)})
    return path


# --- 1. inputs are never overwritten ---------------------------------------------------------------
@pytest.mark.parametrize("spelling", ["plain", "dot-dot", "symlink"])
def test_importpoliceuk_refuses_to_write_over_its_csv(run_alg, policeuk_csv, tmp_path, spelling):
    before = sha(policeuk_csv)
    output = {
        "plain": policeuk_csv,
        "dot-dot": tmp_path / "sub" / ".." / policeuk_csv.name,
        "symlink": tmp_path / "link" / policeuk_csv.name,
    }[spelling]
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "link")
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("importpoliceuk", {"INPUT": str(policeuk_csv), "OUTPUT": str(output)})
    message = str(raised.value)
    assert "would overwrite the input" in message and "(INPUT)" in message and "(OUTPUT)" in message
    assert sha(policeuk_csv) == before
    assert names(tmp_path) == {policeuk_csv.name, "sub", "link"}


def test_importtracks_refuses_to_write_over_its_csv(run_alg, tmp_path):
    path = tracks_csv(tmp_path, "PC1", "PC2")
    before = sha(path)
    with pytest.raises(QgsProcessingException, match=r"\(OUTPUT\) would overwrite the input .*\(INPUT\)"):
        run_alg("importtracks", {"INPUT": str(path), "OUTPUT": str(path)})
    assert sha(path) == before and names(tmp_path) == {"tracks.csv"}


def test_importtracks_refuses_to_write_over_a_further_export(run_alg, tmp_path):
    """MORE_INPUTS are plain files: each is an input the outputs may not overwrite, found without opening it
    as a layer (an NMEA log is no layer at all)."""
    from qgis.core import QgsApplication, QgsProcessingContext

    from hotspot_plugin.qgis_io.outputs import input_files

    first = tracks_csv(tmp_path, "PC1", "PC2")
    second = tmp_path / "more.csv"
    second.write_bytes(first.read_bytes())
    nmea = tmp_path / "radio.nmea"
    nmea.write_text("$GPRMC,101500,A,5145.000,N,00115.000,W,0.0,0.0,010626,,*1F\n", encoding="ascii")
    before = sha(second)
    with pytest.raises(QgsProcessingException, match=r"\(OUTPUT\) would overwrite the input .*\(MORE_INPUTS\)"):
        run_alg("importtracks", {"INPUT": str(first), "MORE_INPUTS": [str(second)], "OUTPUT": str(second)})
    assert sha(second) == before and names(tmp_path) == {"tracks.csv", "more.csv", "radio.nmea"}
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("hotspot:importtracks")
    context = QgsProcessingContext()
    parameters = {"INPUT": str(first), "MORE_INPUTS": [str(second), str(nmea)], "OUTPUT": str(tmp_path / "x.gpkg")}
    listed = [(f.key, f.path) for f in input_files(algorithm, parameters, context)]
    assert listed == [("INPUT", str(first)), ("MORE_INPUTS", str(second)), ("MORE_INPUTS", str(nmea))]
    assert context.temporaryLayerStore().count() == 0


def test_harmhotspots_refuses_same_gpkg_and_the_input_layer(run_alg, crimes_gpkg):
    before = sha(crimes_gpkg)
    for output in (str(crimes_gpkg), f"{crimes_gpkg}|layername=same", f"ogr:dbname='{crimes_gpkg}' table=\"SAME\""):
        with pytest.raises(QgsProcessingException, match=r"\(INPUT\)") as raised:
            run_alg(
                "harmhotspots",
                {"INPUT": f"{crimes_gpkg}|layername=same", "CELL_SIZE": 250, "DISTANCE_BAND": 750, "OUTPUT": output},
            )
        assert "(OUTPUT)" in str(raised.value)
        assert sha(crimes_gpkg) == before
    assert not any(n.endswith(".partial") for n in names(crimes_gpkg.parent))


def test_a_new_layer_in_the_inputs_geopackage_keeps_the_input(run_alg, crimes_gpkg):
    before = table_hash(crimes_gpkg, "same")
    result = run_alg(
        "harmhotspots",
        {
            "INPUT": f"{crimes_gpkg}|layername=same",
            "HARM_FIELD": "harm",
            "CELL_SIZE": 250,
            "DISTANCE_BAND": 750,
            "OUTPUT": f"{crimes_gpkg}|layername=cells",
        },
    )
    assert result["OUTPUT"] == f"{crimes_gpkg}|layername=cells"
    assert table_hash(crimes_gpkg, "same") == before
    cells = QgsVectorLayer(result["OUTPUT"], "cells", "ogr")
    assert cells.isValid() and cells.featureCount() == result["CELLS_TESTED"]
    assert QgsVectorLayer(f"{crimes_gpkg}|layername=same", "crimes", "ogr").featureCount() == 16491
    assert names(crimes_gpkg.parent) == {"same.gpkg", "2018-06-thames-valley-street.csv"}


def test_the_refusal_shows_before_the_run_in_the_dialog(hotspot_provider, policeuk_csv):
    algorithm = hotspot_provider.algorithm("importpoliceuk")
    context = QgsProcessingContext()
    ok, message = algorithm.checkParameterValues({"INPUT": str(policeuk_csv), "OUTPUT": str(policeuk_csv)}, context)
    assert not ok and "would overwrite the input" in message


def test_two_outputs_into_one_file_are_refused(run_alg, tmp_path):
    path = tracks_csv(tmp_path, "PC1", "PC2")
    target = tmp_path / "both.gpkg"
    with pytest.raises(QgsProcessingException, match="OUTPUT and OUTPUT_TRACKS both write"):
        run_alg("importtracks", {"INPUT": str(path), "OUTPUT": str(target), "OUTPUT_TRACKS": str(target)})
    assert not target.exists()
    # …but two layers of one new GeoPackage are fine
    result = run_alg(
        "importtracks",
        {"INPUT": str(path), "OUTPUT": f"{target}|layername=fixes", "OUTPUT_TRACKS": f"{target}|layername=tracks"},
    )
    assert QgsVectorLayer(result["OUTPUT"], "f", "ogr").featureCount() == 7
    assert QgsVectorLayer(result["OUTPUT_TRACKS"], "t", "ogr").featureCount() == 3
    assert names(tmp_path) == {"tracks.csv", "both.gpkg"}


# --- 2. atomic writes ------------------------------------------------------------------------------
def test_a_read_only_folder_is_an_error_and_leaves_no_file(run_alg, tmp_path, readonly_dir, policeuk_csv):
    path = tracks_csv(tmp_path, "PC1", "PC2")
    with pytest.raises(QgsProcessingException, match=f"Cannot write in the folder {readonly_dir}"):
        run_alg(
            "importtracks",
            {"INPUT": str(path), "OUTPUT": str(tmp_path / "fixes.gpkg"), "OUTPUT_TRACKS": str(readonly_dir / "t.gpkg")},
        )
    assert names(tmp_path) == {"tracks.csv", "readonly", policeuk_csv.name}  # no fixes.gpkg either
    with pytest.raises(QgsProcessingException, match="Cannot write in the folder"):
        run_alg("importpoliceuk", {"INPUT": str(policeuk_csv), "OUTPUT": str(readonly_dir / "crimes.csv")})
    assert list(readonly_dir.iterdir()) == []


class CancelHalfway(QgsProcessingFeedback):
    """Cancels once progress passes 50 % (while the output is being written)."""

    def __init__(self):
        super().__init__()
        self.progressChanged.connect(lambda p: self.cancel() if p >= 50 else None)


def test_cancel_while_writing_leaves_no_new_or_changed_file(run_alg, policeuk_csv, tmp_path):
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            "importpoliceuk",
            {"INPUT": str(policeuk_csv), "OUTPUT": str(tmp_path / "new.gpkg")},
            feedback=CancelHalfway(),
        )
    assert names(tmp_path) == {policeuk_csv.name}
    existing = tmp_path / "existing.csv"
    existing.write_text("previous export\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("importpoliceuk", {"INPUT": str(policeuk_csv), "OUTPUT": str(existing)}, feedback=CancelHalfway())
    assert existing.read_text(encoding="utf-8") == "previous export\n"
    assert names(tmp_path) == {policeuk_csv.name, "existing.csv"}


def test_cancel_while_adding_a_layer_leaves_the_geopackage_byte_identical(run_alg, crimes_gpkg):
    before = sha(crimes_gpkg)
    csv_path = crimes_gpkg.parent / "2018-06-thames-valley-street.csv"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            "importpoliceuk",
            {"INPUT": str(csv_path), "OUTPUT": f"{crimes_gpkg}|layername=again"},
            feedback=CancelHalfway(),
        )
    assert sha(crimes_gpkg) == before
    assert names(crimes_gpkg.parent) == {"same.gpkg", csv_path.name}


class RefusingSink(QgsFeatureSink):
    """What a full disk looks like to an algorithm: the data source refuses the feature."""

    def addFeature(self, feature, flags=None):  # noqa: N802
        return False

    def addFeatures(self, features, flags=None):  # noqa: N802
        return False

    def lastError(self):  # noqa: N802
        return "No space left on device"


def test_a_refused_feature_is_an_error_not_a_gap():
    sink = CheckedSink(RefusingSink(), "OUTPUT")
    with pytest.raises(QgsProcessingException, match="OUTPUT: No space left on device"):
        sink.addFeature(QgsFeature())
    with pytest.raises(QgsProcessingException, match="Nothing was written"):
        sink.addFeatures([QgsFeature()])


@pytest.fixture
def tiny_disk(tmp_path):
    """A 256 KB file system (tmpfs), when this process may mount one (root in a container); else skip."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root): the refused-feature test covers the logic")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_full_disk_is_an_error_and_leaves_no_file(run_alg, policeuk_csv, tiny_disk):
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("importpoliceuk", {"INPUT": str(policeuk_csv), "OUTPUT": str(tiny_disk / "crimes.gpkg")})
    assert "Nothing was written" in str(raised.value) or "Could not" in str(raised.value)
    assert list(tiny_disk.iterdir()) == []


def test_outputs_load_from_their_final_place_with_their_style(hotspot_provider, policeuk_csv, tmp_path):
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    target = tmp_path / "crimes.gpkg"
    algorithm = hotspot_provider.algorithm("importpoliceuk").create()
    results, ok = algorithm.run(
        {"INPUT": str(policeuk_csv), "OUTPUT": QgsProcessingOutputLayerDefinition(str(target), project)},
        context,
        QgsProcessingFeedback(),
    )
    assert ok and results["OUTPUT"] == str(target)
    loads = context.layersToLoadOnCompletion()
    assert list(loads) == [str(target)]
    assert loads[str(target)].postProcessor() is not None  # the style is applied when QGIS loads it
    assert names(tmp_path) == {"crimes.gpkg", policeuk_csv.name}  # no -wal, -journal or partial folder
    # What the Processing dialog does next: load the outputs into the project.
    from processing.gui.Postprocessing import handleAlgorithmResults

    assert handleAlgorithmResults(algorithm, context, QgsProcessingFeedback())
    (layer,) = project.mapLayers().values()
    assert layer.source().split("|")[0] == str(target) and layer.featureCount() == 16491
    assert layer.metadata().abstract().startswith("police.uk crimes 2018-06")
    project.removeAllMapLayers()


# --- 3. formula guard on GDAL-written CSV outputs --------------------------------------------------
def test_importpoliceuk_csv_output_is_guarded(run_alg, policeuk_csv, tmp_path):
    lines = policeuk_csv.read_text(encoding="utf-8").splitlines()
    burglary = next(line for line in lines if ",Burglary," in line).split(",")
    crafted = []
    for text in FORMULAS:
        row = list(burglary)
        row[0], row[6], row[10] = text.replace(",", ";"), text.replace(",", ";"), "@outcome"
        crafted.append(",".join(row))
    source = tmp_path / "crafted.csv"
    source.write_text("\n".join([lines[0], *crafted]) + "\n", encoding="utf-8")
    run_alg("importpoliceuk", {"INPUT": str(source), "OUTPUT": str(tmp_path / "crimes.csv")})
    rows = csv_rows(tmp_path / "crimes.csv")
    assert [r["crime_id"] for r in rows] == ["'" + t.replace(",", ";") for t in FORMULAS]
    assert [r["location"] for r in rows] == ["'" + t.replace(",", ";") for t in FORMULAS]
    assert {r["outcome"] for r in rows} == {"'@outcome"}
    assert {r["harm"] for r in rows} == {"273.5"}  # the numeric field stays a number


def test_importtracks_csv_outputs_are_guarded(run_alg, tmp_path):
    path = tracks_csv(tmp_path)
    run_alg(
        "importtracks",
        {"INPUT": str(path), "OUTPUT": str(tmp_path / "fixes.csv"), "OUTPUT_TRACKS": str(tmp_path / "tracks_out.csv")},
    )
    fixes = csv_rows(tmp_path / "fixes.csv")
    assert {r["officer_id"] for r in fixes} == {"PC101", "'=cmd|' /C calc'!A0", "'+44123"}
    assert {round(float(r["speed_kmh"]), 3) for r in fixes} == {4.828, 3.219}  # 3 and 2 mph, numbers
    tracks = csv_rows(tmp_path / "tracks_out.csv")
    assert {r["officer_id"] for r in tracks} == {"PC101", "'=cmd|' /C calc'!A0", "'+44123"}


def _dwell_inputs():
    x0, y0 = 451000.0, 206000.0
    tracks = QgsVectorLayer("Point?crs=EPSG:27700", "fixes", "memory")
    tracks.dataProvider().addAttributes([QgsField("officer_id", QVariant.String), QgsField("t_utc", QVariant.DateTime)])
    tracks.updateFields()
    features = []
    for officer in ("=cmd|' /C calc'!A0", "+44123"):
        for k in range(21):
            feature = QgsFeature(tracks.fields())
            moment = QDateTime.fromMSecsSinceEpoch(int((1783411200 + 30 * k) * 1000), Qt.UTC)
            feature.setAttributes([officer, moment])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x0 + 50, y0 + 50)))
            features.append(feature)
    tracks.dataProvider().addFeatures(features)
    fences = QgsVectorLayer("Polygon?crs=EPSG:27700", "fences", "memory")
    fences.dataProvider().addAttributes(
        [QgsField("fence_id", QVariant.String), QgsField("name", QVariant.String), QgsField("rank", QVariant.Int)]
    )
    fences.updateFields()
    fence = QgsFeature(fences.fields())
    fence.setAttributes(["-12", '=HYPERLINK("http://example.org","x")', 1])
    fence.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + 100, y0 + 100)))
    fences.dataProvider().addFeatures([fence])
    return tracks, fences


def test_dwellcompliance_csv_outputs_are_guarded(run_alg, tmp_path):
    tracks, fences = _dwell_inputs()
    run_alg(
        "dwellcompliance",
        {
            "TRACKS": tracks,
            "FENCES": fences,
            "MIN_VISIT_S": 60,
            "OUTPUT_VISITS": str(tmp_path / "visits.csv"),
            "OUTPUT_FENCES": str(tmp_path / "fences.csv"),
        },
    )
    visits = csv_rows(tmp_path / "visits.csv")
    assert {r["officer_id"] for r in visits} == {"'=cmd|' /C calc'!A0", "'+44123"}
    assert {r["fence_id"] for r in visits} == {"'-12"}  # a text id that looks like a number is text
    assert {r["duration_s"] for r in visits} == {"600"}  # 20 × 30 s, a number
    (fence,) = csv_rows(tmp_path / "fences.csv")
    assert fence["name"] == '\'=HYPERLINK("http://example.org","x")' and fence["fence_id"] == "'-12"
    assert (fence["dwell_min"], fence["officer_min"], fence["rank"]) == ("10", "20", "1")


def test_surveyoverlay_csv_output_is_guarded(run_alg, tmp_path, oxford_lsoa):
    from tests.qgis.survey_data import csv_layer, make_responses, write_csv

    data = json.loads(oxford_lsoa.read_text(encoding="utf-8"))
    for feature, text in zip(data["features"], FORMULAS):
        feature["properties"]["LSOA11NM"] = text
    areas = tmp_path / "areas.geojson"
    areas.write_text(json.dumps(data), encoding="utf-8")
    responses = write_csv(make_responses(oxford_lsoa), tmp_path / "responses.csv")
    run_alg(
        "surveyoverlay",
        {
            "RESPONSES": csv_layer(responses),
            "AREAS": str(areas),
            "AREA_FIELD": "LSOA11CD",
            "RESPONSE_AREA_FIELD": "lsoa",
            "QUESTION_FIELDS": ["confidence"],
            "OUTPUT": str(tmp_path / "survey.csv"),
        },
    )
    rows = csv_rows(tmp_path / "survey.csv")
    assert [r["LSOA11NM"] for r in rows[: len(FORMULAS)]] == ["'" + t for t in FORMULAS]
    numbers = [r["n_responses"] for r in rows if r["n_responses"]]
    assert numbers and all(float(n) >= 0 and not n.startswith("'") for n in numbers)


def test_the_guard_touches_only_text_fields():
    """CheckedSink guards exactly the non-numeric fields it is given."""
    fields = QgsFields()
    fields.append(QgsField("who", QVariant.String))
    fields.append(QgsField("n", QVariant.Double))

    class Collect(QgsFeatureSink):
        def __init__(self):
            super().__init__()
            self.rows = []

        def addFeature(self, feature, flags=None):  # noqa: N802
            self.rows.append(feature.attributes())
            return True

        def addFeatures(self, features, flags=None):  # noqa: N802
            self.rows.extend(f.attributes() for f in features)
            return True

    inner = Collect()
    sink = CheckedSink(inner, "OUTPUT", [0])
    feature = QgsFeature(fields)
    feature.setAttributes(["=1+1", -3.0])
    sink.addFeature(feature)
    assert inner.rows == [["'=1+1", -3.0]] and feature.attributes() == ["=1+1", -3.0]  # the caller's copy is kept
