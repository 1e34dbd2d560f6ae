"""WGS 84 → British National Grid: OSTN15 when PROJ's grid or convertbng is there, Helmert otherwise, named."""

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDatumTransform,
    QgsProject,
)

from hotspot_plugin.core import bng
from hotspot_plugin.qgis_io.crs import (
    Operation,
    Reprojection,
    available_operations,
    choose_operation,
    pin_best_operations,
)

from .feedback import LogFeedback

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
BNG = QgsCoordinateReferenceSystem("EPSG:27700")

# Ordnance Survey's published OSTN15 test points (OSTN15_TestInput/TestOutput_ETRStoOSGB, OSI BSD
# licence; contains OS data © Crown copyright): ETRS89 longitude, latitude → National Grid E, N.
OS_TEST_POINTS = {
    "TP01": (-6.29977752014, 49.9222639373, 91492.146, 11318.804),
    "TP07": (1.44454730409, 51.3744702555, 639821.835, 169565.858),
    "TP10": (-4.3085247696, 51.858908964, 241124.584, 220332.641),
    "TP20": (-1.66379168242, 53.8002151963, 422242.186, 433818.701),
}
needs_ostn15 = pytest.mark.skipif(bng.ostn15_package() is None, reason="convertbng is not installed")


def os_points():
    values = np.array(list(OS_TEST_POINTS.values()))
    return values[:, 0], values[:, 1], values[:, 2], values[:, 3]


@needs_ostn15
def test_ostn15_package_reproduces_the_os_test_points(qgis_app):
    lon, lat, east, north = os_points()
    reprojection = Reprojection(WGS84, BNG)
    assert reprojection.choice.method == "ostn15-package"
    x, y = reprojection.points(lon, lat)
    # convertbng rounds to the millimetre; OS publishes to the millimetre.
    assert np.abs(x - east).max() <= 0.0015 and np.abs(y - north).max() <= 0.0015
    text = reprojection.description
    assert "OSTN15 through convertbng" in text and "stated accuracy 1 m" in text


def test_helmert_fallback_is_named_with_its_accuracy(qgis_app):
    """Without the grid and without convertbng: PROJ's best Helmert, a couple of metres off OSTN15."""
    lon, lat, east, north = os_points()
    reprojection = Reprojection(WGS84, BNG, ostn15_package=None)
    assert reprojection.choice.method == "proj"
    x, y = reprojection.points(lon, lat)
    error = np.hypot(x - east, y - north)
    assert 0.2 < error.max() < 6.0  # metres: a Helmert, not OSTN15, and not a wrong datum either
    text = reprojection.description
    assert "Helmert fallback" in text and "uk_os_OSTN15_NTv2_OSGBtoETRS.tif is not installed" in text
    assert "stated accuracy 2 m" in text and "OSGB36 to WGS 84 (6)" in text


def test_choice_order_with_made_up_operations():
    grid = Operation("OSTN15 op", "+grid", 1.0, True, ("uk_os_OSTN15_NTv2_OSGBtoETRS.tif",))
    helmert6 = Operation("Helmert (6)", "+h6", 2.0, True)
    helmert8 = Operation("Helmert (8)", "+h8", 3.0, True)
    missing = Operation("OSTN15 op", "+grid", 1.0, False, ("uk_os_OSTN15_NTv2_OSGBtoETRS.tif",))
    pair = ("EPSG:4326", "EPSG:27700")
    # The grid is installed: PROJ's preferred operation, OSTN15, even with convertbng at hand.
    chosen = choose_operation(*pair, [grid, helmert6], "", "convertbng 0.7.0")
    assert chosen.method == "proj" and chosen.proj == "+grid" and "OSTN15 through PROJ's grid" in chosen.name
    # No grid: convertbng when installed, else the most accurate Helmert (not the first listed).
    assert choose_operation(*pair, [missing, helmert8, helmert6], "", "convertbng 0.7.0").method == "ostn15-package"
    fallback = choose_operation(*pair, [missing, helmert8, helmert6], "", None)
    assert fallback.proj == "+h6" and fallback.accuracy == 2.0
    # The project's own choice wins, unless it only pins the Helmert QGIS falls back to anyway.
    assert choose_operation(*pair, [missing, helmert8, helmert6], "+h8", "convertbng 0.7.0").proj == "+h8"
    assert choose_operation(*pair, [missing, helmert8, helmert6], "+h6", "convertbng 0.7.0").method == "ostn15-package"
    assert choose_operation(*pair, [missing, helmert8, helmert6], "+h6", None).proj == "+h6"
    # convertbng only takes WGS 84 / ETRS89 longitude and latitude to British National Grid.
    assert choose_operation("EPSG:4277", "EPSG:27700", [missing, helmert6], "", "convertbng").method == "proj"
    assert choose_operation("EPSG:27700", "EPSG:27700", [], "", "convertbng").method == "identity"


def test_pinned_context_uses_an_operation_qgis_can_run(qgis_app):
    """QGIS warns "Cannot use preferred transform" when it must fall back from an operation it cannot run;
    a context pinned to one it can run leaves nothing to fall back from."""
    context, chosen = pin_best_operations(QgsCoordinateTransformContext())
    proj = context.calculateCoordinateOperation(WGS84, BNG)
    assert proj
    runnable = {op.proj for op in QgsDatumTransform.operations(WGS84, BNG) if op.isAvailable}
    assert proj in runnable
    assert chosen[("EPSG:4326", "EPSG:27700")].proj == proj
    # A context that already chose an operation keeps it.
    other = next(op.proj for op in available_operations(WGS84, BNG) if op.available and op.proj != proj)
    mine = QgsCoordinateTransformContext()
    mine.addCoordinateOperation(WGS84, BNG, other)
    kept, _ = pin_best_operations(mine)
    assert kept.calculateCoordinateOperation(WGS84, BNG) == other


@needs_ostn15
def test_import_names_the_operation_and_matches_ostn15(run_alg, tmp_path):
    """importpoliceuk's points are OSTN15 (the OS test point TP20, Bradford, as a police.uk row)."""
    lon, lat, east, north = OS_TEST_POINTS["TP20"]
    csv = tmp_path / "one.csv"
    rows = "\n".join(f"c{i},2018-06,{lon},{lat},On or near X,E01,Burglary," for i in range(3))
    csv.write_text(
        "Crime ID,Month,Longitude,Latitude,Location,LSOA code,Crime type,Last outcome category\n" + rows + "\n",
        encoding="utf-8",
    )
    feedback = LogFeedback()
    layer = run_alg("importpoliceuk", {"INPUT": str(csv), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)["OUTPUT"]
    lines = feedback.lines
    point = next(layer.getFeatures()).geometry().asPoint()
    assert point.x() == pytest.approx(east, abs=0.0015) and point.y() == pytest.approx(north, abs=0.0015)
    assert any(line.startswith("Coordinates: EPSG:4326 → EPSG:27700 by OSTN15") for line in lines), lines


def test_a_project_choice_other_than_the_fallback_is_honoured(run_alg, tmp_path, qgis_new_project):
    lon, lat, east, north = OS_TEST_POINTS["TP20"]
    ops = [op for op in available_operations(WGS84, BNG) if op.available]
    worst = max(ops, key=lambda op: op.accuracy)
    project = QgsProject.instance()
    context = project.transformContext()
    context.addCoordinateOperation(WGS84, BNG, worst.proj)
    project.setTransformContext(context)
    try:
        reprojection = Reprojection(WGS84, BNG, _context_of(project))
        assert reprojection.choice.proj == worst.proj
        assert "the project's chosen operation" in reprojection.description
    finally:
        project.setTransformContext(QgsCoordinateTransformContext())


def _context_of(project):
    from qgis.core import QgsProcessingContext

    context = QgsProcessingContext()
    context.setProject(project)
    return context
