"""The provider and the three foundation algorithms, run through QGIS Processing."""

import hashlib

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from .layers import attribute_rows, point_layer, polygon_layer

CELL_FIELDS = ["cell_id", "n_crimes", "harm", "gi_z", "gi_p", "gi_bin", "n_neighbours", "harm_rank"]
FENCE_FIELDS = ["fence_id", "name", "rank", "harm", "n_crimes", "area_m2", "pai", "pai_harm", "pei"]


def clustered(seed=0, n=600):
    rng = np.random.default_rng(seed)
    x = np.concatenate([rng.uniform(450000, 454000, n), rng.normal(452000, 100, n // 3)])
    y = np.concatenate([rng.uniform(205000, 208000, n), rng.normal(206500, 100, n // 3)])
    return x, y


@pytest.fixture(scope="module")
def imported(hotspot_provider, tmp_path_factory):
    """The shared police.uk month imported once for the module."""
    from qgis import processing

    from ..conftest import POLICE_UK_CSV

    folder = tmp_path_factory.mktemp("policeuk")
    csv = folder / POLICE_UK_CSV.name
    csv.write_bytes(POLICE_UK_CSV.read_bytes())
    digest = hashlib.sha256(csv.read_bytes()).hexdigest()
    result = processing.run("hotspot:importpoliceuk", {"INPUT": str(csv), "OUTPUT": str(folder / "crimes.gpkg")})
    assert hashlib.sha256(csv.read_bytes()).hexdigest() == digest  # input untouched
    return result


def test_provider_registers_algorithms_with_help(hotspot_provider):
    ids = {a.id() for a in QgsApplication.processingRegistry().providerById("hotspot").algorithms()}
    assert {"hotspot:importpoliceuk", "hotspot:harmhotspots", "hotspot:geofencesfromhotspots"} <= ids
    for algorithm in hotspot_provider.algorithms():
        assert algorithm.shortHelpString(), algorithm.id()
        for parameter in algorithm.parameterDefinitions():
            assert parameter.help(), f"{algorithm.id()} {parameter.name()} has no help text"
        assert algorithm.createInstance() is not algorithm


def test_import_police_uk_real_month(imported):
    assert imported["N_IMPORTED"] == 16491
    assert imported["N_NO_COORDINATES"] == 1697
    layer = QgsVectorLayer(imported["OUTPUT"], "crimes", "ogr")
    assert layer.featureCount() == 16491
    assert layer.crs().authid() == "EPSG:27700"
    for name in ["crime_id", "month", "crime_type", "location", "lsoa_code", "outcome", "harm"]:
        assert layer.fields().lookupField(name) >= 0, name
    extent = layer.extent()  # Thames Valley in British National Grid
    assert 380000 < extent.xMinimum() < extent.xMaximum() < 530000
    assert 140000 < extent.yMinimum() < extent.yMaximum() < 290000
    rows = attribute_rows(layer, ["crime_type", "harm", "crime_id"])
    harm_by_type = {t: h for t, h, _ in rows}
    assert harm_by_type["Robbery"] == 365 and harm_by_type["Shoplifting"] == 1
    # Anti-social behaviour records have no crime id on police.uk.
    assert all(not cid for t, _, cid in rows if t == "Anti-social behaviour")


def test_harm_hotspots_on_real_month(imported, run_alg):
    crimes = QgsVectorLayer(imported["OUTPUT"], "crimes", "ogr")
    total_harm = sum(f["harm"] for f in crimes.getFeatures())
    result = run_alg("harmhotspots", {"INPUT": imported["OUTPUT"], "HARM_FIELD": "harm", "OUTPUT": "TEMPORARY_OUTPUT"})
    cells = result["OUTPUT"]
    assert [f.name() for f in cells.fields()] == CELL_FIELDS
    assert result["CELL_SIZE_USED"] == 150.0
    assert 150.0 <= result["DISTANCE_BAND_USED"] <= 1500.0
    # No study area: only cells holding a crime are tested (test_hotspots_real_month has the known answers).
    occupied = {(int(p.x() // 150), int(p.y() // 150)) for p in (f.geometry().asPoint() for f in crimes.getFeatures())}
    assert cells.featureCount() == result["CELLS_TESTED"] == len(occupied)
    rows = np.array(attribute_rows(cells, ["n_crimes", "harm", "gi_z", "gi_p", "gi_bin", "harm_rank"]), dtype=float)
    assert rows[:, 0].sum() == 16491  # every crime lands in a cell
    assert rows[:, 0].min() >= 1
    assert rows[:, 1].sum() == pytest.approx(total_harm)  # harm is conserved
    assert set(np.unique(rows[:, 4])) <= set(range(-3, 4))
    assert ((rows[:, 3] >= 0) & (rows[:, 3] <= 1)).all()  # p underflows to 0 for z beyond ~38
    assert (rows[rows[:, 4] == 3, 2] > 0).all() and (rows[:, 4] == 3).sum() > 10
    assert sorted(rows[:, 5].astype(int)) == list(range(1, len(rows) + 1))
    top = rows[rows[:, 5] == 1][0]
    assert top[1] == rows[:, 1].max()
    # A 150 m cell is 22,500 m².
    assert next(cells.getFeatures()).geometry().area() == pytest.approx(22500.0)


def test_brute_force_z_of_the_hottest_cell(run_alg):
    """Recompute Gi* for one output cell straight from the output layer (DOMAIN.md formula)."""
    x, y = clustered()
    layer = point_layer(x, y)
    result = run_alg(
        "harmhotspots",
        {"INPUT": layer, "CELL_SIZE": 200, "DISTANCE_BAND": 400, "FDR": False, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    cells = result["OUTPUT"]
    feats = list(cells.getFeatures())
    centres = np.array([[f.geometry().centroid().asPoint().x(), f.geometry().centroid().asPoint().y()] for f in feats])
    values = np.array([f["harm"] for f in feats])
    i = int(np.argmax([f["gi_z"] for f in feats]))
    w = (np.hypot(*(centres - centres[i]).T) <= 400 + 1e-6).astype(float)
    n = len(values)
    assert min(f["n_crimes"] for f in feats) >= 1  # no study area: cells holding a crime
    s = np.sqrt((values**2).mean() - values.mean() ** 2)
    z = (w @ values - values.mean() * w.sum()) / (s * np.sqrt((n * w.sum() - w.sum() ** 2) / (n - 1)))
    assert feats[i]["gi_z"] == pytest.approx(z, rel=1e-9)
    assert feats[i]["n_neighbours"] == int(w.sum())


def test_geofences_from_hotspots(imported, run_alg):
    cells = run_alg("harmhotspots", {"INPUT": imported["OUTPUT"], "HARM_FIELD": "harm", "OUTPUT": "TEMPORARY_OUTPUT"})[
        "OUTPUT"
    ]
    result = run_alg("geofencesfromhotspots", {"INPUT": cells, "TOP_N": 20, "BUFFER": 10, "OUTPUT": "TEMPORARY_OUTPUT"})
    fences = result["OUTPUT"]
    assert [f.name() for f in fences.fields()] == FENCE_FIELDS
    assert fences.featureCount() == result["N_FENCES"] == 20
    rows = attribute_rows(fences, FENCE_FIELDS)
    harms = [r[3] for r in rows]
    assert harms == sorted(harms, reverse=True)
    assert [r[2] for r in rows] == list(range(1, 21))
    assert len({r[0] for r in rows}) == 20
    for feature in fences.getFeatures():
        assert feature.geometry().isGeosValid()
        assert feature["area_m2"] == pytest.approx(feature.geometry().area(), rel=1e-6)
        assert feature["pai_harm"] > 1.0  # a hot spot captures more harm than its share of area
        assert 0 < feature["pei"] <= 1.0
    assert 0 < result["HARM_SHARE"] < 100 and 0 < result["AREA_SHARE"] < 5
    # No more of the 30–42 km² "towns" of issue 10: at the automatic band the largest fence is a town
    # centre's cluster of about 1.2 km², most are a few cells.
    areas = sorted(f["area_m2"] for f in fences.getFeatures())
    assert areas[-1] < 2.0e6 and areas[len(areas) // 2] < 0.2e6


def test_hexagon_grid_and_category_weights(run_alg):
    x, y = clustered(seed=4)
    types = ["Robbery" if i % 7 == 0 else "Shoplifting" for i in range(len(x))]
    layer = point_layer(x, y, fields={"type": types})
    by_type = run_alg(
        "harmhotspots",
        {
            "INPUT": layer,
            "CATEGORY_FIELD": "type",
            "GRID_TYPE": 1,
            "CELL_SIZE": 200,
            "DISTANCE_BAND": 400,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    counted = run_alg(
        "harmhotspots",
        {"INPUT": layer, "GRID_TYPE": 1, "CELL_SIZE": 200, "DISTANCE_BAND": 400, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    harm = sum(f["harm"] for f in by_type.getFeatures())
    n_robbery = types.count("Robbery")
    assert harm == pytest.approx(n_robbery * 365 + (len(types) - n_robbery) * 1)
    assert next(by_type.getFeatures()).geometry().constGet().exteriorRing().numPoints() == 7  # hexagons
    z_weighted = [f["gi_z"] for f in by_type.getFeatures()]
    z_counted = [f["gi_z"] for f in counted.getFeatures()]
    assert max(abs(a - b) for a, b in zip(z_weighted, z_counted)) > 0.5


def test_geographic_input_is_reprojected_not_computed_in_degrees(run_alg):
    from hotspot_plugin.qgis_io.crs import Reprojection

    x, y = clustered(seed=5)
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:27700"), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    lonlat = [transform.transform(float(a), float(b)) for a, b in zip(x, y)]
    lon, lat = [p.x() for p in lonlat], [p.y() for p in lonlat]
    geographic = point_layer(lon, lat, crs="EPSG:4326")
    # The same points taken to British National Grid by the operation the plugin uses (OSTN15 where
    # available): the algorithm must reproject first and then give exactly these results.
    forward = Reprojection(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:27700"))
    projected = point_layer(*forward.points(np.array(lon), np.array(lat)))
    params = {"CELL_SIZE": 150, "DISTANCE_BAND": 450, "OUTPUT": "TEMPORARY_OUTPUT"}
    a = run_alg("harmhotspots", {"INPUT": projected, **params})["OUTPUT"]
    b = run_alg("harmhotspots", {"INPUT": geographic, **params})["OUTPUT"]
    assert b.crs().authid() == "EPSG:27700"
    za = {f["cell_id"]: f["gi_z"] for f in a.getFeatures()}
    zb = {f["cell_id"]: f["gi_z"] for f in b.getFeatures()}
    assert za.keys() == zb.keys()
    assert max(abs(za[k] - zb[k]) for k in za) < 1e-6


def test_boundary_limits_tested_cells(run_alg):
    x, y = clustered(seed=6)
    # 451000 / 150 = 3006.7 and 453000 / 150 = 3020 (a grid line): columns 3006..3019, rows
    # 205500 / 150 = 1370 .. 207500 / 150 = 1383.3 → 1370..1383. 14 × 14 cells share area with it.
    boundary = polygon_layer(["POLYGON((451000 205500, 453000 205500, 453000 207500, 451000 207500, 451000 205500))"])
    result = run_alg(
        "harmhotspots",
        {
            "INPUT": point_layer(x, y),
            "BOUNDARY": boundary,
            "CELL_SIZE": 150,
            "DISTANCE_BAND": 450,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    extent = result["OUTPUT"].extent()
    assert (extent.xMinimum(), extent.xMaximum()) == (3006 * 150, 3020 * 150)
    assert (extent.yMinimum(), extent.yMaximum()) == (1370 * 150, 1384 * 150)
    assert result["CELLS_TESTED"] == 14 * 14
    inside = int(((x > 451000) & (x < 453000) & (y > 205500) & (y < 207500)).sum())
    assert result["INCIDENTS_USED"] == inside


def _error_of(run_alg, name, parameters):
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(name, parameters)
    return str(caught.value)


def test_bad_inputs_give_clear_errors_and_leave_inputs_alone(run_alg, tmp_path):
    x, y = clustered(seed=7)
    empty = point_layer([], [])
    assert "empty" in _error_of(run_alg, "harmhotspots", {"INPUT": empty, "OUTPUT": "TEMPORARY_OUTPUT"})

    few = point_layer(x[:20], y[:20])
    assert "at least 30" in _error_of(run_alg, "harmhotspots", {"INPUT": few, "OUTPUT": "TEMPORARY_OUTPUT"})

    harm = [1.0] * len(x)
    harm[5] = None
    nulls = point_layer(x, y, fields={"harm": harm})
    message = _error_of(run_alg, "harmhotspots", {"INPUT": nulls, "HARM_FIELD": "harm", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "NULL" in message and "1 of" in message
    fifth = [f["harm"] for f in nulls.getFeatures()][5]
    assert fifth is None or str(fifth) == "NULL"  # the NULL is still there

    negative = point_layer(x, y, fields={"harm": [-2.0] + [1.0] * (len(x) - 1)})
    assert "negative" in _error_of(
        run_alg, "harmhotspots", {"INPUT": negative, "HARM_FIELD": "harm", "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert next(negative.getFeatures())["harm"] == -2.0  # untouched

    zeros = point_layer(x, y, fields={"harm": [0.0] * len(x)})
    assert "zero variance" in _error_of(
        run_alg, "harmhotspots", {"INPUT": zeros, "HARM_FIELD": "harm", "OUTPUT": "TEMPORARY_OUTPUT"}
    )

    far = point_layer(np.full(40, 10.0) + np.arange(40) * 0.01, np.full(40, 45.0), crs="EPSG:4326")
    assert "outside Great Britain" in _error_of(run_alg, "harmhotspots", {"INPUT": far, "OUTPUT": "TEMPORARY_OUTPUT"})

    both = point_layer(x, y, fields={"harm": [1.0] * len(x), "type": ["Robbery"] * len(x)})
    assert "not both" in _error_of(
        run_alg,
        "harmhotspots",
        {"INPUT": both, "HARM_FIELD": "harm", "CATEGORY_FIELD": "type", "OUTPUT": "TEMPORARY_OUTPUT"},
    )

    not_police = tmp_path / "not_police.csv"
    not_police.write_text("a,b\n1,2\n", encoding="utf-8")
    message = _error_of(run_alg, "importpoliceuk", {"INPUT": str(not_police), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "not a police.uk" in message and "Longitude" in message
    assert not_police.read_text(encoding="utf-8") == "a,b\n1,2\n"

    no_fields = polygon_layer(["POLYGON((0 0, 1 0, 1 1, 0 0))"])
    assert "gi_bin" in _error_of(run_alg, "geofencesfromhotspots", {"INPUT": no_fields, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_unknown_crime_types_are_counted_and_left_out(run_alg):
    x, y = clustered(seed=8)
    types = ["Burglary"] * len(x)
    for i in range(0, 40):
        types[i] = "Fraud"
    layer = point_layer(x, y, fields={"type": types})

    class Capture:
        def __init__(self):
            from qgis.core import QgsProcessingFeedback

            self.feedback = QgsProcessingFeedback()
            self.warnings = []
            self.feedback.pushWarning = self.warnings.append

    capture = Capture()
    result = run_alg(
        "harmhotspots",
        {
            "INPUT": layer,
            "CATEGORY_FIELD": "type",
            "CELL_SIZE": 150,
            "DISTANCE_BAND": 450,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=capture.feedback,
    )
    assert any("40 crimes" in w and "Fraud: 40" in w for w in capture.warnings)
    assert sum(f["n_crimes"] for f in result["OUTPUT"].getFeatures()) == len(x) - 40


def test_gdal_fast_path_equals_qgis_path(run_alg, tmp_path):
    """A whole GeoPackage layer is read through GDAL; the result must equal the QGIS feature path."""
    from qgis.core import QgsVectorFileWriter

    x, y = clustered(seed=9)
    types = ["Robbery" if i % 5 == 0 else "Burglary" for i in range(len(x))]
    memory = point_layer(x, y, fields={"harm": [float(i % 7) for i in range(len(x))], "type": types})
    path = str(tmp_path / "points.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV2(memory, path, QgsProject.instance().transformContext(), options)
    common = {"CELL_SIZE": 150, "DISTANCE_BAND": 450, "OUTPUT": "TEMPORARY_OUTPUT"}
    for extra in ({"HARM_FIELD": "harm"}, {"CATEGORY_FIELD": "type"}):
        from_file = run_alg("harmhotspots", {"INPUT": path, **extra, **common})["OUTPUT"]
        from_memory = run_alg("harmhotspots", {"INPUT": memory, **extra, **common})["OUTPUT"]
        a = attribute_rows(from_file, CELL_FIELDS)
        b = attribute_rows(from_memory, CELL_FIELDS)
        assert a == b
    # A subset filter must be honoured (the fast path steps aside).
    filtered = QgsVectorLayer(path, "filtered", "ogr")
    filtered.setSubsetString("\"type\" = 'Robbery'")
    result = run_alg("harmhotspots", {"INPUT": filtered, **common})
    assert sum(f["n_crimes"] for f in result["OUTPUT"].getFeatures()) == types.count("Robbery")
