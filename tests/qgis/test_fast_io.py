"""The fast I/O paths give what the QGIS-API paths give (issue 14 item 2).

``importtracks`` writes its fixes the same way, and ``dwellcompliance`` reads them through the Arrow
interface: both agree with the QGIS-API paths too (tests at the end).

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


def _dump(path, names=CELL_NAMES):
    """Everything a reader sees of the one feature table of ``path``."""
    db = sqlite3.connect(path)
    try:
        (table,) = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]
        rows = db.execute(f'SELECT fid, hex(geom), {", ".join(names)} FROM "{table}" ORDER BY fid').fetchall()
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


def _tracks_csv(path, officers=("PC 101", "PC 202", "3303", "Siân 7")):
    """Officers' fixes (by default four, one with a non-ASCII id) in longitude/latitude (reprojected one by
    one), times with milliseconds, gaps in the speed column, one fix far outside Great Britain (dropped
    as a stray)."""
    import numpy as np

    rng = np.random.default_rng(14)
    lines = ["collar,timestamp,lat,lon,speed_kmh"]
    for officer in officers:
        lat, lon = 51.752 + rng.normal(0, 0.002), -1.2577 + rng.normal(0, 0.002)
        for i in range(400):
            lat += rng.normal(0, 0.00005)
            lon += rng.normal(0, 0.00008)
            millis = int(rng.integers(0, 1000))
            speed = "" if i % 7 == 0 else f"{rng.uniform(0, 6):.2f}"
            lines.append(
                f"{officer},2026-07-07T{8 + i // 720:02d}:{i // 12 % 60:02d}:{i % 12 * 5:02d}.{millis:03d}Z,"
                f"{lat:.7f},{lon:.7f},{speed}"
            )
    lines.append("PC 101,2026-07-07T12:00:00Z,10.0,10.0,1.0")
    path.write_text("\n".join(lines) + "\n")
    return path


FIX_NAMES = ["officer_id", "t_utc", "speed_kmh", "heading", "accuracy_m", "source"]


def test_importtracks_bulk_write_equals_sink_write(run_alg, tmp_path, monkeypatch, bulk_calls):
    csv = _tracks_csv(tmp_path / "tracks.csv")
    fast = run_alg(
        "importtracks",
        {"INPUT": str(csv), "OUTPUT": str(tmp_path / "fast.gpkg"), "OUTPUT_TRACKS": str(tmp_path / "fast_lines.gpkg")},
    )
    assert bulk_calls == [True]  # the fixes; the few track lines go through the sink
    monkeypatch.setattr(outputs, "bulk_table", lambda context, sink: None)
    slow = run_alg(
        "importtracks",
        {"INPUT": str(csv), "OUTPUT": str(tmp_path / "slow.gpkg"), "OUTPUT_TRACKS": str(tmp_path / "slow_lines.gpkg")},
    )
    assert fast["N_KEPT"] == slow["N_KEPT"] == 1600 and fast["N_OFFICERS"] == slow["N_OFFICERS"] == 4
    assert fast["N_DROPPED"] == slow["N_DROPPED"] == 1
    fast_dump, slow_dump = _dump(fast["OUTPUT"], FIX_NAMES), _dump(slow["OUTPUT"], FIX_NAMES)
    assert len(fast_dump["rows"]) == 1600 and fast_dump["rtreecheck"] == "ok" and fast_dump["styled"] == (1,)
    assert any(row[4] is None for row in fast_dump["rows"])  # NULL speeds stay NULL
    for key in fast_dump:
        assert fast_dump[key] == slow_dump[key], key
    lines = ["officer_id", "day", "start_utc", "end_utc", "n_fixes", "length_m"]
    assert _dump(fast["OUTPUT_TRACKS"], lines)["rows"] == _dump(slow["OUTPUT_TRACKS"], lines)["rows"]


@pytest.mark.parametrize("officers", [("PC 101", "3303"), ("PC 101", "Siân 7")], ids=["ascii", "utf8"])
def test_dwell_arrow_read_equals_qgis_read(run_alg, tmp_path, officers):
    """dwellcompliance on the fixes GeoPackage (read through GDAL's Arrow interface: text, date-times and
    numbers as arrays) and on a memory copy (QGIS features) gives the same visits and fences."""
    from qgis import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle

    csv = _tracks_csv(tmp_path / "tracks.csv", officers)
    fixes = run_alg("importtracks", {"INPUT": str(csv), "OUTPUT": str(tmp_path / "fixes.gpkg")})["OUTPUT"]
    file_layer = QgsVectorLayer(fixes, "fixes", "ogr")
    extent = file_layer.extent()
    fences = QgsVectorLayer("Polygon?crs=EPSG:27700&field=fence_id:integer", "fences", "memory")
    features = []
    for i, (fx, fy) in enumerate([(0.3, 0.3), (0.5, 0.5), (0.6, 0.2)]):
        x0 = extent.xMinimum() + fx * extent.width()
        y0 = extent.yMinimum() + fy * extent.height()
        feature = QgsFeature(fences.fields())
        feature.setAttributes([i + 1])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + 60, y0 + 60)))
        features.append(feature)
    assert fences.dataProvider().addFeatures(features)[0]
    memory = file_layer.materialize(QgsFeatureRequest())
    results = []
    for tracks in (fixes, memory):
        context = QgsProcessingContext()
        out = processing.run(
            "hotspot:dwellcompliance",
            {
                "TRACKS": tracks,
                "FENCES": fences,
                "MIN_VISIT_S": 0,
                "OUTPUT_VISITS": "TEMPORARY_OUTPUT",
                "OUTPUT_FENCES": "TEMPORARY_OUTPUT",
            },
            context=context,
            feedback=QgsProcessingFeedback(),
        )
        layers = [
            out[k] if not isinstance(out[k], str) else context.getMapLayer(out[k])
            for k in ("OUTPUT_VISITS", "OUTPUT_FENCES")
        ]
        results.append(
            (
                [f.attributes() for f in layers[0].getFeatures()],
                [f.attributes() for f in layers[1].getFeatures()],
                out["PRESENT_MIN"],
            )
        )
    assert results[0][2] > 0 and len(results[0][0]) > 0
    assert results[0] == results[1]
