"""The "Fence around hot spot" map tool, driven with synthetic mouse events on a real canvas."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject, QgsRectangle
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt

from hotspot_plugin.gui.fence_tool import FenceAroundHotspotTool
from hotspot_plugin.gui.geofence_guard import HOT_CELLS_PROPERTY
from hotspot_plugin.gui.parts import FenceToolPart
from hotspot_plugin.qgis_io.geofence_store import read_history
from tests.qgis.geofence_helpers import cell_layer, create_geofence_layer, same_shape

# Two edge-contiguous hot cells (bins 3 and 2), a third touching only at a corner, a cold one beside.
CELLS = [
    (0, 0, 100, 3, 10.0, 5),
    (100, 0, 100, 2, 6.0, 3),
    (200, 100, 100, 2, 30.0, 9),  # touches (100, 0) only at the corner (200, 100): another fence
    (0, 100, 100, 0, 1.0, 1),  # not hot
    (1000, 1000, 100, 1, 1.0, 1),  # gi_bin 1: below the tool's threshold
]


@pytest.fixture
def scene(qgis_canvas, qgis_iface, qgis_new_project, run_alg, tmp_path):
    cells = cell_layer(CELLS)
    fences = create_geofence_layer(run_alg, "gpkg", tmp_path)
    QgsProject.instance().addMapLayers([cells, fences])
    qgis_canvas.resize(600, 600)
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    qgis_canvas.setLayers([fences, cells])
    qgis_canvas.setExtent(QgsRectangle(-100, -100, 1200, 1200))
    qgis_canvas.refresh()
    tool = FenceAroundHotspotTool(qgis_canvas, qgis_iface)
    qgis_canvas.setMapTool(tool)
    yield qgis_canvas, tool, cells, fences
    qgis_canvas.unsetMapTool(tool)
    if fences.isEditable():
        fences.rollBack()
    QgsProject.instance().removeAllMapLayers()


def click(canvas, x: float, y: float):
    pixel = canvas.mapSettings().mapToPixel().transform(QgsPointXY(x, y))
    position = QPoint(round(pixel.x()), round(pixel.y()))
    for kind in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease):
        event = QgsMapMouseEvent(canvas, kind, position, Qt.LeftButton, Qt.LeftButton, Qt.NoModifier)
        if kind == QEvent.MouseButtonPress:
            canvas.mapTool().canvasPressEvent(event)
        else:
            canvas.mapTool().canvasReleaseEvent(event)


def test_click_in_hot_cell_adds_undoable_draft_fence(scene):
    canvas, tool, cells, fences = scene
    added = []
    tool.fenceAdded.connect(lambda layer, fid: added.append(fid))
    click(canvas, 150, 50)  # inside the bin-2 cell next to the bin-3 one
    assert fences.isEditable() and len(added) == 1
    feature = fences.getFeature(added[0])
    assert same_shape(feature.geometry(), QgsGeometry.fromWkt("POLYGON((0 0,200 0,200 100,0 100,0 0))"))
    assert feature["status"] == "draft"
    # Same ranking as Geofences from hot spots: the corner-touching cell (harm 30) is fence 1, this one 2.
    assert feature["rank"] == 2 and feature["name"] == "Hot spot 2"
    assert fences.customProperty(HOT_CELLS_PROPERTY) == cells.id()
    # One undoable command, nothing saved yet.
    assert fences.undoStack().count() == 1
    fences.undoStack().undo()
    assert fences.featureCount() == 0
    fences.undoStack().redo()
    assert fences.featureCount() == 1
    assert read_history(fences) == []
    assert fences.commitChanges(), fences.commitErrors()
    assert [r["action"] for r in read_history(fences)] == ["insert"]


def test_click_outside_hot_cells_adds_nothing(scene, qgis_iface):
    canvas, tool, cells, fences = scene
    qgis_iface.messageBar().clearWidgets()
    click(canvas, 50, 150)  # a cell that is not hot
    click(canvas, 1050, 1050)  # gi_bin 1
    click(canvas, 600, 600)  # no cell at all
    assert not fences.isEditable() or fences.featureCount() == 0
    assert fences.featureCount() == 0


def test_corner_touching_cell_gives_its_own_fence(scene):
    canvas, tool, cells, fences = scene
    click(canvas, 250, 150)
    (feature,) = list(fences.getFeatures())
    assert same_shape(feature.geometry(), QgsGeometry.fromWkt("POLYGON((200 100,300 100,300 200,200 200,200 100))"))
    assert feature["rank"] == 1


def test_toolbar_action_switches_to_the_tool(qgis_iface, qgis_canvas):
    from qgis.PyQt.QtWidgets import QToolBar

    toolbar = QToolBar()
    part = FenceToolPart(qgis_iface, "&Hot spot policing", toolbar)
    part.initGui()
    assert part.action in toolbar.actions() and part.action.isCheckable()
    part.action.trigger()
    assert qgis_canvas.mapTool() is part.tool
    part.unload()
    assert toolbar.actions() == [] and qgis_canvas.mapTool() is None


def test_a_draft_takes_the_name_of_the_place_it_redraws(scene):
    """The demo calls a place "Hot spot 1"; a draft drawn over it is "Hot spot 1" too, whatever its rank among
    the tool's own clusters; elsewhere the draft's harm-rank name, the next free one if taken."""
    from qgis.core import QgsFeature, QgsVectorLayer

    canvas, tool, cells, fences = scene
    named = QgsVectorLayer(
        "Polygon?crs=EPSG:27700&field=fence_id:integer&field=name:string&field=rank:integer", "Geofences", "memory"
    )
    place = QgsFeature(named.fields())
    place.setAttributes([1, "Hot spot 1", 1])
    place.setGeometry(QgsGeometry.fromWkt("POLYGON((-10 -10,210 -10,210 110,-10 110,-10 -10))"))
    named.dataProvider().addFeatures([place])
    QgsProject.instance().addMapLayer(named)
    click(canvas, 150, 50)  # rank 2 among the tool's clusters, inside the demo's "Hot spot 1"
    (feature,) = list(fences.getFeatures())
    assert feature["name"] == "Hot spot 1" and feature["rank"] == 2
    QgsProject.instance().removeMapLayer(named.id())
    fences.changeAttributeValue(feature.id(), fences.fields().lookupField("name"), "Hot spot 1")
    click(canvas, 250, 150)  # rank 1, but "Hot spot 1" is taken in this layer
    names = sorted(f["name"] for f in fences.getFeatures())
    assert names == ["Hot spot 1", "Hot spot 2"]
