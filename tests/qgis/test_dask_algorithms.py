"""Issue 18 in QGIS: importtracks' Parquet output, dwellcompliance from Parquet and on Dask (DASK_SCHEDULER)."""

from __future__ import annotations

import os

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from hotspot_plugin.core.dask_scale import add_deps_path, missing
from hotspot_plugin.core.resources import resource_path

add_deps_path()
pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def imported(tmp_path_factory, hotspot_provider):
    from qgis import processing

    folder = tmp_path_factory.mktemp("tracks")
    result = processing.run(
        "hotspot:importtracks",
        {
            "INPUT": str(resource_path("demo", "app_tracks.csv")),
            "OUTPUT": str(folder / "fixes.gpkg"),
            "OUTPUT_PARQUET": str(folder / "fixes_parquet"),
        },
    )
    return result, folder


def fence_layer(fixes_path):
    """Three 150 m squares around fixes of the demo (so officers pass through them)."""
    fixes = QgsVectorLayer(fixes_path, "fixes", "ogr")
    points = [f.geometry().asPoint() for f in fixes.getFeatures()]
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700", "fences", "memory")
    layer.dataProvider().addAttributes([QgsField("fence_id", QVariant.String)])
    layer.updateFields()
    features = []
    for name, k in (("F1", 200), ("F2", 2500), ("F3", 4800)):
        p = points[k]
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({p.x() - 75} {p.y() - 75}, {p.x() + 75} {p.y() - 75}, {p.x() + 75} {p.y() + 75}, "
                f"{p.x() - 75} {p.y() + 75}, {p.x() - 75} {p.y() - 75}))"
            )
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def table(path, key):
    layer = QgsVectorLayer(path, "t", "ogr")
    return sorted(tuple(str(f[k]) for k in key) for f in layer.getFeatures())


def fence_minutes(path):
    return {
        f["fence_id"]: (f["officer_min"], f["patrol_min"], f["visits"])
        for f in QgsVectorLayer(path, "f", "ogr").getFeatures()
    }


def run_dwell(run_alg, tmp_path, name, **inputs):
    return run_alg(
        "dwellcompliance",
        {
            **inputs,
            "MIN_VISIT_S": 0,
            "OUTPUT_VISITS": str(tmp_path / f"{name}_visits.csv"),
            "OUTPUT_FENCES": str(tmp_path / f"{name}_fences.gpkg"),
        },
    )


def test_import_writes_parquet_by_policing_day(imported):
    from hotspot_plugin.core.dask_scale.layout import open_dataset

    result, folder = imported
    assert result["OUTPUT_PARQUET"] == str(folder / "fixes_parquet")
    ds = open_dataset(result["OUTPUT_PARQUET"])
    assert ds.crs == "EPSG:27700" and ds.day_start == "06:00"
    assert sum(ds.n_fixes.values()) == result["N_KEPT"] == QgsVectorLayer(result["OUTPUT"], "f", "ogr").featureCount()
    assert all(os.path.isdir(folder / "fixes_parquet" / f"day={d}") for d in ds.days)


def test_dwell_from_parquet_equals_the_layer(imported, run_alg, tmp_path):
    result, _ = imported
    fences = fence_layer(result["OUTPUT"])
    layer = run_dwell(run_alg, tmp_path, "layer", TRACKS=result["OUTPUT"], FENCES=fences)
    parquet = run_dwell(run_alg, tmp_path, "parquet", TRACKS_PARQUET=result["OUTPUT_PARQUET"], FENCES=fences)
    key = ("fence_id", "officer_id", "start_utc", "end_utc", "duration_s", "n_fixes")
    visits = table(layer["OUTPUT_VISITS"], key)
    assert len(visits) >= 3 and table(parquet["OUTPUT_VISITS"], key) == visits
    a, b = fence_minutes(layer["OUTPUT_FENCES"]), fence_minutes(parquet["OUTPUT_FENCES"])
    assert a.keys() == b.keys()
    for k in a:
        assert b[k][:2] == pytest.approx(a[k][:2], rel=1e-9) and b[k][2] == a[k][2]


def test_neither_tracks_nor_parquet_is_an_error(imported, run_alg, tmp_path):
    result, _ = imported
    with pytest.raises(QgsProcessingException, match="TRACKS_PARQUET"):
        run_dwell(run_alg, tmp_path, "none", FENCES=fence_layer(result["OUTPUT"]))


def test_missing_dask_says_what_to_install(imported, run_alg, tmp_path, monkeypatch):
    import importlib.util

    result, _ = imported
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "dask" else real(name, *a))
    with pytest.raises(QgsProcessingException, match="Missing Python package.*dask.*pip install"):
        run_dwell(
            run_alg,
            tmp_path,
            "nodask",
            TRACKS=result["OUTPUT"],
            FENCES=fence_layer(result["OUTPUT"]),
            DASK_SCHEDULER="local",
        )


@pytest.mark.slow  # a LocalCluster of two worker processes starts in 10-20 s
@pytest.mark.skipif(bool(missing()), reason="dask, distributed or pyarrow not installed")
def test_tracks_layer_on_a_local_cluster(imported, run_alg, tmp_path):
    result, _ = imported
    fences = fence_layer(result["OUTPUT"])
    layer = run_dwell(run_alg, tmp_path, "layer", TRACKS=result["OUTPUT"], FENCES=fences)
    dask = run_dwell(run_alg, tmp_path, "dask", TRACKS=result["OUTPUT"], FENCES=fences, DASK_SCHEDULER="local")
    key = ("fence_id", "officer_id", "start_utc", "end_utc", "duration_s", "n_fixes")
    assert table(dask["OUTPUT_VISITS"], key) == table(layer["OUTPUT_VISITS"], key)


@pytest.mark.slow  # a LocalCluster starts in 10-20 s
@pytest.mark.skipif(bool(missing()), reason="dask, distributed or pyarrow not installed")
def test_harm_hotspots_in_tiles_on_a_local_cluster(run_alg, tmp_path):
    import numpy as np
    from qgis.core import QgsPointXY

    rng = np.random.default_rng(5)
    layer = QgsVectorLayer("Point?crs=EPSG:27700", "crimes", "memory")
    layer.dataProvider().addAttributes([QgsField("harm", QVariant.Double)])
    layer.updateFields()
    features = []
    xs = np.concatenate([rng.uniform(440000, 470000, 3000), rng.normal(452000, 250, 600)])
    ys = np.concatenate([rng.uniform(200000, 215000, 3000), rng.normal(206000, 250, 600)])
    for x, y, h in zip(xs, ys, rng.choice([1.0, 10.0, 270.0], xs.size)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([float(h)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    common = {"INPUT": layer, "HARM_FIELD": "harm", "CELL_SIZE": 150, "DISTANCE_BAND": 450}
    a = run_alg("harmhotspots", {**common, "OUTPUT": str(tmp_path / "a.gpkg")})
    b = run_alg("harmhotspots", {**common, "DASK_SCHEDULER": "local", "OUTPUT": str(tmp_path / "b.gpkg")})

    def cells(path):
        return sorted((f["cell_id"], f["gi_z"], f["gi_bin"]) for f in QgsVectorLayer(path, "c", "ogr").getFeatures())

    assert cells(b["OUTPUT"]) == cells(a["OUTPUT"]) and b["HOT_CELLS"] == a["HOT_CELLS"] > 0
