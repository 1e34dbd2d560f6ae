"""Bulk writing into GeoPackage tables (core/geopackage.py): the packed R-tree against SQLite's own inserts,
and geometry blobs against shapely's WKB."""

import sqlite3

import numpy as np
import pytest
from shapely import wkb
from shapely.geometry import Polygon

from hotspot_plugin.core import geopackage
from hotspot_plugin.core.errors import Cancelled


def _rtree(db, name):
    db.execute(f'CREATE VIRTUAL TABLE "{name}" USING rtree(id, minx, maxx, miny, maxy)')


def _boxes(n, seed):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-5e5, 7e5, n)  # negative and positive: both rounding directions
    y = rng.uniform(-1e3, 1.2e6, n)
    w = rng.uniform(0, 300, n)
    h = rng.uniform(0, 300, n)
    return np.stack([x, x + w, y, y + h], axis=1)


@pytest.mark.parametrize("n", [1, 51, 52, 2_700, 40_000])
def test_packed_rtree_holds_what_inserts_give(n):
    """Same entries as one INSERT per row (SQLite's float32 rounding outwards), rtreecheck passes, and
    window queries find the same ids; sizes around one node (51 entries) and over two levels."""
    boxes = _boxes(n, n)
    ids = np.arange(1, n + 1, dtype=np.int64) * 3  # ids need not be 1..n
    db = sqlite3.connect(":memory:")
    _rtree(db, "packed")
    _rtree(db, "inserted")
    geopackage.load_rtree(db, "packed", ids, boxes)
    db.executemany("INSERT INTO inserted VALUES (?, ?, ?, ?, ?)", ((int(i), *b) for i, b in zip(ids, boxes.tolist())))
    packed = db.execute("SELECT * FROM packed ORDER BY id").fetchall()
    inserted = db.execute("SELECT * FROM inserted ORDER BY id").fetchall()
    assert len(packed) == n
    assert packed == inserted
    assert db.execute("SELECT rtreecheck('packed')").fetchone()[0] == "ok"
    rng = np.random.default_rng(7)
    for _ in range(20):
        x0, y0 = rng.uniform(-5e5, 7e5), rng.uniform(0, 1.2e6)
        window = (x0, x0 + 5e4, y0, y0 + 5e4)
        query = "SELECT id FROM {} WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ? ORDER BY id"
        args = (window[1], window[0], window[3], window[2])
        assert (
            db.execute(query.format("packed"), args).fetchall() == db.execute(query.format("inserted"), args).fetchall()
        )
    # The tree stays usable for ordinary edits afterwards.
    db.execute("INSERT INTO packed VALUES (999999, 0, 1, 0, 1)")
    db.execute("DELETE FROM packed WHERE id = ?", (int(ids[0]),))
    assert db.execute("SELECT rtreecheck('packed')").fetchone()[0] == "ok"


def test_packed_rtree_refuses_a_filled_tree():
    db = sqlite3.connect(":memory:")
    _rtree(db, "r")
    db.execute("INSERT INTO r VALUES (1, 0, 1, 0, 1)")
    with pytest.raises(geopackage.HotspotInputError, match="not an empty R-tree"):
        geopackage.load_rtree(db, "r", np.array([2]), np.array([[0.0, 1.0, 0.0, 1.0]]))


def test_blobs_are_geopackage_geometries():
    """Header (magic, flags, SRS id, envelope) and WKB that shapely reads back exactly."""
    rings = np.array([[[0.5, 1.0], [2.0, 1.0], [2.0, 3.25], [0.5, 3.25], [0.5, 1.0]]] * 2)
    rings[1] += 1e5
    blobs, boxes = geopackage.polygon_blobs(rings, 27700)
    assert len(blobs) == 2 and len(blobs[0]) == 8 + 32 + 13 + 5 * 16
    assert blobs[0][:4] == b"GP\x00\x03" and int.from_bytes(blobs[0][4:8], "little") == 27700
    assert (
        np.frombuffer(blobs[1][8:40], "<f8").tolist() == boxes[1].tolist() == [1e5 + 0.5, 1e5 + 2, 1e5 + 1, 1e5 + 3.25]
    )
    assert wkb.loads(blobs[1][40:]).equals_exact(Polygon(rings[1]), 0)
    points, point_boxes = geopackage.point_blobs([1.5, -2.0], [3.0, 4.5], 4326)
    assert points[1][:4] == b"GP\x00\x01" and len(points[1]) == 8 + 21
    assert wkb.loads(points[1][8:]).coords[0] == (-2.0, 4.5)
    assert point_boxes[1].tolist() == [-2.0, -2.0, 4.5, 4.5]


def _table(path):
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE,
            max_y DOUBLE, last_change DATETIME);
        CREATE TABLE gpkg_ogr_contents (table_name TEXT PRIMARY KEY, feature_count INTEGER);
        CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, srs_id INTEGER);
        INSERT INTO gpkg_contents (table_name) VALUES ('t');
        INSERT INTO gpkg_ogr_contents VALUES ('t', 0);
        INSERT INTO gpkg_geometry_columns VALUES ('t', 'geom', 27700);
        CREATE TABLE t (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POLYGON, v REAL);
        CREATE VIRTUAL TABLE rtree_t_geom USING rtree(id, minx, maxx, miny, maxy);
        CREATE TRIGGER trigger_insert_feature_count_t AFTER INSERT ON t BEGIN
            UPDATE gpkg_ogr_contents SET feature_count = feature_count + 1 WHERE table_name = 't'; END;
        CREATE TRIGGER rtree_t_geom_insert AFTER INSERT ON t WHEN NOT ST_IsEmpty(NEW.geom) BEGIN
            SELECT 1; END;
        """
    )
    db.commit()
    db.close()


def test_insert_rows_fills_table_index_count_and_extent(tmp_path):
    path = str(tmp_path / "t.gpkg")
    _table(path)
    rings = np.array([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], dtype=float) + np.arange(130)[:, None, None] * 2
    blobs, boxes = geopackage.polygon_blobs(rings, 27700)
    values = [float(v) for v in range(130)]

    def chunks():
        for start in range(0, 130, 50):
            part = slice(start, start + 50)
            yield [blobs[part], values[part]], boxes[part]

    assert geopackage.insert_rows(path, "t", ["geom", "v"], chunks()) == 130
    db = sqlite3.connect(path)
    assert db.execute("SELECT fid, v FROM t ORDER BY fid").fetchall() == [(i + 1, float(i)) for i in range(130)]
    assert db.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == 130
    assert db.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents").fetchone() == (0, 0, 259, 259)
    assert db.execute("SELECT count(*) FROM rtree_t_geom").fetchone()[0] == 130
    assert db.execute("SELECT rtreecheck('rtree_t_geom')").fetchone()[0] == "ok"
    # the triggers are back, exactly as they were
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert names == {"trigger_insert_feature_count_t", "rtree_t_geom_insert"}
    db.close()
    with pytest.raises(geopackage.HotspotInputError, match="not empty"):
        geopackage.insert_rows(path, "t", ["geom", "v"], iter([([blobs[:1], [1.0]], boxes[:1])]))


def test_insert_rows_cancelled_leaves_the_table_empty(tmp_path):
    path = str(tmp_path / "t.gpkg")
    _table(path)
    blobs, boxes = geopackage.polygon_blobs(np.zeros((3, 5, 2)), 27700)
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 1

    chunks = iter([([blobs, [1.0] * 3], boxes), ([blobs, [2.0] * 3], boxes)])
    with pytest.raises(Cancelled):
        geopackage.insert_rows(path, "t", ["geom", "v"], chunks, cancelled)
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM rtree_t_geom").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == 2
