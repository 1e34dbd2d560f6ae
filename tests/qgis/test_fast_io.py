"""The fast I/O paths give what the QGIS-API paths give (issue 14 item 2).

``harmhotspots`` reads a whole OGR file layer through GDAL's Arrow interface and writes cells into a new
GeoPackage in bulk (one SQLite transaction, a packed R-tree); any other input is read through QGIS
features and any other output written through the sink. On the real police.uk month the two writers
give byte-identical tables (feature ids, geometry blobs, every attribute), the same spatial index
entries, feature count, extent and triggers; a memory-layer input (the QGIS read path) and a memory
output (the sink path) give the same cells, z, p and bins.
"""

import sqlite3

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

from hotspot_plugin.qgis_io import outputs

from ..conftest import POLICE_UK_CSV

CELL_NAMES = ["cell_id", "n_crimes", "harm", "gi_z", "gi_p", "gi_bin", "n_neighbours", "harm_rank"]


@pytest.fixture(scope="module")
def crimes(hotspot_provider, tmp_path_factory):
    from qgis import processing

    path = tmp_path_factory.mktemp("fastio") / "crimes.gpkg"
    processing.run("hotspot:importpoliceuk", {"INPUT": str(POLICE_UK_CSV), "OUTPUT": str(path)})
    return str(path)


def _dump(path):
    """Everything a reader sees of the one cell table of ``path``."""
    db = sqlite3.connect(path)
    try:
        (table,) = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]
        rows = db.execute(f'SELECT fid, hex(geom), {", ".join(CELL_NAMES)} FROM "{table}" ORDER BY fid').fetchall()
        return {
            "rows": rows,
            "rtree": db.execute(f'SELECT * FROM "rtree_{table}_geom" ORDER BY id').fetchall(),
            "rtreecheck": db.execute(f"SELECT rtreecheck('rtree_{table}_geom')").fetchone()[0],
            "count": db.execute(
                "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?", (table,)
            ).fetchone(),
            "extent": db.execute(
                "SELECT min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents WHERE table_name = ?", (table,)
            ).fetchone(),
            "geometry": db.execute(
                "SELECT column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns"
            ).fetchall(),
            "schema": db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,))
            .fetchone()[0]
            .replace(table, "T"),
            "triggers": sorted(
                r[0].replace(table, "T")
                for r in db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))
            ),
            "styled": db.execute("SELECT count(*) FROM layer_styles WHERE f_table_name = ?", (table,)).fetchone(),
        }
    finally:
        db.close()


def _run(run_alg, source, output, **extra):
    parameters = {"INPUT": source, "HARM_FIELD": "harm", "CELL_SIZE": 150, "DISTANCE_BAND": 450, "OUTPUT": output}
    parameters.update(extra)
    return run_alg("harmhotspots", parameters)


@pytest.fixture
def bulk_calls(monkeypatch):
    """Counts the outputs written in bulk."""
    calls = []
    real = outputs.bulk_table

    def spy(context, sink):
        table = real(context, sink)
        calls.append(table is not None)
        return table

    monkeypatch.setattr(outputs, "bulk_table", spy)
    return calls


@pytest.mark.parametrize("grid", [0, 1], ids=["square", "hexagon"])
def test_bulk_write_equals_qgis_write(run_alg, crimes, tmp_path, monkeypatch, bulk_calls, grid):
    fast = tmp_path / "fast.gpkg"
    _run(run_alg, crimes, str(fast), GRID_TYPE=grid)
    assert bulk_calls == [True]
    monkeypatch.setattr(outputs, "bulk_table", lambda context, sink: None)  # the sink, feature by feature
    slow = tmp_path / "slow.gpkg"
    _run(run_alg, crimes, str(slow), GRID_TYPE=grid)
    fast_dump, slow_dump = _dump(str(fast)), _dump(str(slow))
    assert len(fast_dump["rows"]) > 6000
    assert fast_dump["rtreecheck"] == "ok"
    assert fast_dump["styled"] == (1,)
    for key in fast_dump:
        assert fast_dump[key] == slow_dump[key], key


def test_bulk_write_as_a_new_layer_of_an_existing_geopackage(run_alg, crimes, tmp_path, bulk_calls):
    """A new layer for an existing GeoPackage is written beside it in bulk, then merged in: the crimes stay."""
    import shutil

    both = tmp_path / "both.gpkg"
    shutil.copy(crimes, both)
    _run(run_alg, f"{both}|layername=crimes", f"{both}|layername=cells")
    assert bulk_calls == [True]
    cells = QgsVectorLayer(f"{both}|layername=cells", "cells", "ogr")
    crimes_layer = QgsVectorLayer(f"{both}|layername=crimes", "crimes", "ogr")
    assert cells.featureCount() > 6000 and crimes_layer.featureCount() == 16491
    db = sqlite3.connect(str(both))
    assert db.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone()[0] == "ok"
    db.close()


def _cells(layer):
    return sorted(tuple(f[n] for n in CELL_NAMES) + (f.geometry().asWkt(6),) for f in layer.getFeatures())


def test_memory_input_and_memory_output_agree_with_the_fast_paths(run_alg, crimes, tmp_path, bulk_calls):
    """The QGIS read path (a memory layer: no OGR source) and the sink write path (a memory output)
    give the same cells, z, p and bins as the Arrow read and the bulk write."""
    from qgis import processing

    fast = tmp_path / "fast.gpkg"
    _run(run_alg, crimes, str(fast))
    file_layer = QgsVectorLayer(crimes, "crimes", "ogr")
    memory = file_layer.materialize(QgsFeatureRequest())
    assert memory.providerType() == "memory" and memory.featureCount() == 16491
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    result = processing.run(
        "hotspot:harmhotspots",
        {"INPUT": memory, "HARM_FIELD": "harm", "CELL_SIZE": 150, "DISTANCE_BAND": 450, "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context,
        feedback=feedback,
    )
    assert bulk_calls == [True, False]
    in_memory = result["OUTPUT"]
    if isinstance(in_memory, str):
        in_memory = context.getMapLayer(in_memory)
    written = QgsVectorLayer(str(fast), "fast", "ogr")
    assert in_memory.featureCount() == written.featureCount() > 6000
    assert _cells(in_memory) == _cells(written)


def test_cancel_during_the_bulk_write_leaves_nothing(run_alg, crimes, tmp_path, monkeypatch):
    """Cancelled once QGIS's writer has made the table and the rows are going in: no file remains."""
    from qgis.core import QgsProcessingException

    feedback = QgsProcessingFeedback()
    real = outputs.bulk_table
    calls = []

    def cancel_then_write(context, sink):
        table = real(context, sink)
        calls.append(table is not None)
        feedback.cancel()
        return table

    monkeypatch.setattr(outputs, "bulk_table", cancel_then_write)
    target = tmp_path / "cells.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            "harmhotspots",
            {"INPUT": crimes, "HARM_FIELD": "harm", "CELL_SIZE": 150, "DISTANCE_BAND": 450, "OUTPUT": str(target)},
            feedback=feedback,
        )
    assert calls == [True]
    assert list(tmp_path.iterdir()) == []
