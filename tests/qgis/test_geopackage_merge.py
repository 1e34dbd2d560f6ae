"""A new layer added to an existing GeoPackage in one SQLite transaction (core/geopackage.py)."""

import hashlib
import sqlite3

import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle, QgsVectorLayer
from qgis.PyQt import sip

from hotspot_plugin.core import geopackage
from hotspot_plugin.core.errors import HotspotInputError


def write_points(run_alg, policeuk_csv, destination):
    return run_alg("importpoliceuk", {"INPUT": str(policeuk_csv), "OUTPUT": destination})["OUTPUT"]


def dump(path, table):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return hashlib.sha256(repr(db.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()).encode()).hexdigest()
    finally:
        db.close()


@pytest.fixture
def two_files(run_alg, policeuk_csv, tmp_path):
    """``target.gpkg`` with layer ``crimes``, and ``new.gpkg`` with layer ``cells`` (styled, with metadata)."""
    target = tmp_path / "target.gpkg"
    write_points(run_alg, policeuk_csv, f"{target}|layername=crimes")
    crimes = QgsVectorLayer(f"{target}|layername=crimes", "c", "ogr")
    run_alg(
        "harmhotspots",
        {
            "INPUT": crimes,
            "HARM_FIELD": "harm",
            "CELL_SIZE": 500,
            "DISTANCE_BAND": 1500,
            "OUTPUT": str(tmp_path / "new.gpkg"),
        },
    )
    return target, tmp_path / "new.gpkg"


def test_merge_keeps_the_other_layers_and_brings_index_style_and_metadata(two_files):
    target, new = two_files
    before = dump(target, "crimes")
    (table,) = geopackage.user_tables(new)
    assert geopackage.merge_geopackage([new], target) == [table]
    assert dump(target, "crimes") == before
    assert dump(target, table) == dump(new, table)
    assert not [p for p in target.parent.iterdir() if p.name.endswith(("-journal", "-wal"))]
    db = sqlite3.connect(str(target))
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    cells = QgsVectorLayer(f"{target}|layername={table}", table, "ogr")
    assert cells.isValid() and type(cells.renderer()).__name__ == "QgsCategorizedSymbolRenderer"
    assert "Cell size: 500 m" in cells.metadata().abstract()
    # The R-tree came along: a spatial filter through GDAL gives what a brute-force test gives.
    box = QgsRectangle(450000, 200000, 460000, 210000)
    brute = sum(1 for f in cells.getFeatures() if f.geometry().intersects(QgsGeometry.fromRect(box)))
    dataset = ogr.Open(str(target))
    layer = dataset.GetLayerByName(table)
    layer.SetSpatialFilterRect(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    assert layer.GetFeatureCount() == brute > 0
    dataset = None
    # …and its triggers: an edit through QGIS keeps the index and the feature count right.
    assert cells.startEditing()
    feature = next(cells.getFeatures())
    assert cells.deleteFeature(feature.id()) and cells.commitChanges(), cells.commitErrors()
    dataset = ogr.Open(str(target))
    assert dataset.GetLayerByName(table).GetFeatureCount() == cells.featureCount()
    dataset = None


def test_merge_replaces_a_table_of_the_same_name_or_refuses(two_files, run_alg, policeuk_csv, tmp_path):
    target, new = two_files
    (table,) = geopackage.user_tables(new)
    geopackage.merge_geopackage([new], target)
    again = tmp_path / "again.gpkg"
    write_points(run_alg, policeuk_csv, f"{again}|layername={table.upper()}")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(HotspotInputError, match="never overwritten"):
        geopackage.merge_geopackage([again], target, replace=False)
    with pytest.raises(HotspotInputError, match="is an input of this run"):
        geopackage.merge_geopackage([again], target, protected=[table])
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    geopackage.merge_geopackage([again], target)
    replaced = QgsVectorLayer(f"{target}|layername={table.upper()}", "r", "ogr")
    assert replaced.featureCount() == 16491 and replaced.fields().indexOf("crime_type") >= 0
    assert sorted(t.lower() for t in geopackage.user_tables(target)) == sorted(["crimes", table.lower()])


def test_a_failed_merge_rolls_back(two_files, monkeypatch):
    target, new = two_files
    before = hashlib.sha256(target.read_bytes()).hexdigest()

    def broken(db, alias, table):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(geopackage, "_copy_styles", broken)  # fails after the table and its index are copied
    with pytest.raises(HotspotInputError, match="disk I/O error.*The file is unchanged"):
        geopackage.merge_geopackage([new], target)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert geopackage.user_tables(target) == ["crimes"]


def test_a_file_that_is_not_a_geopackage_is_refused(tmp_path, two_files):
    _, new = two_files
    other = tmp_path / "notes.gpkg"
    other.write_text("not a database", encoding="utf-8")
    with pytest.raises(HotspotInputError, match="not a GeoPackage"):
        geopackage.merge_geopackage([new], other)
    assert other.read_text(encoding="utf-8") == "not a database"


def test_creategeofencelayer_adds_to_an_existing_geopackage_and_never_overwrites(run_alg, two_files):
    target, _ = two_files
    result = run_alg("creategeofencelayer", {"OUTPUT": str(target), "TABLE": "fences"})
    assert result["GEOFENCES"] == f"{target}|layername=fences"
    assert {"crimes", "fences", "fences_history"} <= set(geopackage.user_tables(target))
    layer = QgsVectorLayer(result["GEOFENCES"], "fences", "ogr")
    assert type(layer.renderer()).__name__ == "QgsCategorizedSymbolRenderer"  # the form and style came along
    assert layer.startEditing()
    fence = QgsFeature(layer.fields())
    fence.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 50, 50)))
    fence["name"] = "Test"
    assert layer.addFeature(fence) and layer.commitChanges(), layer.commitErrors()
    db = sqlite3.connect(str(target))
    # The database's triggers work in the merged layer: id assigned, history recorded.
    assert db.execute("SELECT fence_id, status FROM fences").fetchall() == [(1, "draft")]
    assert db.execute("SELECT fence_id, action FROM fences_history").fetchall() == [(1, "insert")]
    db.close()
    # Free the edited layer (and its GeoPackage connection) now: freed after QGIS has shut down, it
    # crashes the interpreter on exit (as in test_geofence_layers.py).
    sip.delete(layer)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException, match="already has a table named fences"):
        run_alg("creategeofencelayer", {"OUTPUT": str(target), "TABLE": "fences"})
    # The change history an input geofence layer keeps beside it is protected like the layer itself.
    with pytest.raises(QgsProcessingException, match="would replace the layer 'fences_history'"):
        run_alg("geofencehistory", {"INPUT": result["GEOFENCES"], "OUTPUT": f"{target}|layername=fences_history"})
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("page_size", [4096, 8192])
def test_the_spatial_index_is_right_whichever_way_it_is_copied(two_files, page_size):
    """Same page size: the R-tree's tables are copied; another page size: every box is inserted."""
    target, new = two_files
    db = sqlite3.connect(str(new), isolation_level=None)
    db.execute(f"PRAGMA page_size = {page_size}")
    db.execute("VACUUM")
    assert db.execute("PRAGMA page_size").fetchone()[0] == page_size
    db.close()
    (table,) = geopackage.merge_geopackage([new], target)
    db = sqlite3.connect(str(target))
    assert db.execute("SELECT rtreecheck(?)", (f"rtree_{table}_geom",)).fetchone() == ("ok",)
    boxes = {
        name: db.execute(f'SELECT id, minx, maxx, miny, maxy FROM "{name}" ORDER BY id').fetchall()
        for name in (f"rtree_{table}_geom",)
    }
    db.close()
    source = sqlite3.connect(str(new))
    assert (
        boxes[f"rtree_{table}_geom"]
        == source.execute(f'SELECT id, minx, maxx, miny, maxy FROM "rtree_{table}_geom" ORDER BY id').fetchall()
    )
    source.close()
