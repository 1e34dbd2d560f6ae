"""Map tool "Fence around hot spot": click a hot cell, get a draft fence around its contiguous hot cells.

The fence is drawn by ``core.geofence.fences_from_cells`` — the logic of ``Geofences from hot spots``
(edge-contiguous cells with gi_bin ≥ 2 dissolved, ranked by harm), keeping the one fence under the
click. It is added to the geofence layer's edit buffer as one undoable command, ready to reshape with
QGIS's vertex tool; nothing is saved until the planner saves.
"""

from __future__ import annotations

from typing import Optional

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction
from shapely import wkb
from shapely.geometry import Point

from ..core.geofence import Fence, fences_from_cells
from ..core.resources import resource_path
from ..processing.geofence_layer import geometry_from_wkb, is_geofence_layer
from ..processing.layer_io import is_null
from .geofence_guard import HOT_CELLS_PROPERTY

MIN_BIN = 2


def tr(text: str) -> str:
    return QCoreApplication.translate("FenceAroundHotspotTool", text)


def is_cell_layer(layer) -> bool:
    return (
        isinstance(layer, QgsVectorLayer)
        and layer.isValid()
        and layer.geometryType() == QgsWkbTypes.PolygonGeometry
        and all(layer.fields().lookupField(f) >= 0 for f in ("gi_bin", "harm", "n_crimes"))
    )


def fence_at_point(cells_layer: QgsVectorLayer, point: QgsPointXY, min_bin: int = MIN_BIN) -> Optional[Fence]:
    """The fence around the hot cell under ``point`` (in the cell layer's CRS), or None when the point is
    not inside a cell with gi_bin ≥ ``min_bin``. Rank and PAI are those the fence has among all fences
    of the layer, as in Geofences from hot spots."""
    probe = QgsGeometry.fromPointXY(point)
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(point.x(), point.y(), point.x(), point.y()))
    hit = any(
        f.geometry().intersects(probe) and not is_null(f["gi_bin"]) and int(f["gi_bin"]) >= min_bin
        for f in cells_layer.getFeatures(request)
    )
    if not hit:
        return None
    cells, harm, n_crimes, qualifies = [], [], [], []
    for feature in cells_layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        cells.append(wkb.loads(bytes(geometry.asWkb())))
        harm.append(0.0 if is_null(feature["harm"]) else float(feature["harm"]))
        n_crimes.append(0 if is_null(feature["n_crimes"]) else int(feature["n_crimes"]))
        qualifies.append(not is_null(feature["gi_bin"]) and int(feature["gi_bin"]) >= min_bin)
    harm_array = np.array(harm)
    fences = fences_from_cells(
        cells,
        harm_array,
        np.array(n_crimes),
        np.array(qualifies),
        total_harm=float(harm_array.sum()),
        total_area=float(sum(c.area for c in cells)),
    )
    click = Point(point.x(), point.y())
    for fence in fences:
        if fence.geometry.intersects(click):
            return fence
    return None


class FenceAroundHotspotTool(QgsMapTool):
    """Click inside a hot cell: a draft fence around it goes into the geofence layer's edit buffer."""

    fenceAdded = pyqtSignal(object, object)  # noqa: N815 - Qt signal naming: (layer, feature id)

    def __init__(self, canvas, iface=None, project: Optional[QgsProject] = None):
        super().__init__(canvas)
        self.iface = iface
        self.project = project or QgsProject.instance()
        #: Layers to use; when None, found at click time (active layer first, then the project's).
        self.cells_layer: Optional[QgsVectorLayer] = None
        self.fence_layer: Optional[QgsVectorLayer] = None
        self.setCursor(Qt.CrossCursor)

    def _message(self, text: str, level=Qgis.Info) -> None:
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Fence around hot spot"), text, level, 5)

    def _candidates(self, test):
        active = self.iface.activeLayer() if self.iface is not None else None
        layers = [active] if test(active) else []
        layers += [lyr for lyr in self.canvas().layers() if test(lyr) and lyr is not active]
        layers += [lyr for lyr in self.project.mapLayers().values() if test(lyr) and lyr not in layers]
        return layers

    def target_fence_layer(self) -> Optional[QgsVectorLayer]:
        if self.fence_layer is not None:
            return self.fence_layer
        layers = self._candidates(is_geofence_layer)
        editable = [lyr for lyr in layers if lyr.isEditable()]
        return (editable or layers or [None])[0]

    def canvasReleaseEvent(self, event):  # noqa: N802 - QGIS API name
        if event.button() != Qt.LeftButton:
            return
        self.add_fence_at(event.mapPoint())

    def add_fence_at(self, map_point: QgsPointXY) -> Optional[int]:
        """Add the fence around the hot cell at ``map_point`` (canvas CRS); its feature id, or None."""
        fence_layer = self.target_fence_layer()
        if fence_layer is None:
            self._message(tr("No geofence layer in the project: create one with Create geofence layer."), Qgis.Warning)
            return None
        cells_layers = [self.cells_layer] if self.cells_layer is not None else self._candidates(is_cell_layer)
        for cells_layer in cells_layers:
            point = self.toLayerCoordinates(cells_layer, map_point)
            fence = fence_at_point(cells_layer, point)
            if fence is not None:
                return self._add(fence, cells_layer, fence_layer)
        self._message(tr("No hot cell (gi_bin ≥ 2) here: click inside a hot spot cell."), Qgis.Warning)
        return None

    def _add(self, fence: Fence, cells_layer: QgsVectorLayer, fence_layer: QgsVectorLayer) -> Optional[int]:
        geometry = geometry_from_wkb(wkb.dumps(fence.geometry))
        if cells_layer.crs() != fence_layer.crs():
            geometry.transform(QgsCoordinateTransform(cells_layer.crs(), fence_layer.crs(), self.project))
        if not fence_layer.isEditable():
            fence_layer.startEditing()
        fields = fence_layer.fields()
        values = {
            fields.lookupField("name"): tr("Hot spot {rank}").format(rank=fence.rank),
            fields.lookupField("rank"): fence.rank,
            fields.lookupField("status"): "draft",
        }
        values = {k: v for k, v in values.items() if k >= 0}
        feature = QgsVectorLayerUtils.createFeature(
            fence_layer, geometry, values, fence_layer.createExpressionContext()
        )
        fence_layer.beginEditCommand(tr("Fence around hot spot"))
        added = fence_layer.addFeature(feature)
        if not added:
            fence_layer.destroyEditCommand()
            self._message(tr("Could not add the fence to {name}.").format(name=fence_layer.name()), Qgis.Critical)
            return None
        fence_layer.endEditCommand()
        fence_layer.setCustomProperty(HOT_CELLS_PROPERTY, cells_layer.id())
        fence_layer.triggerRepaint()
        self._message(
            tr(
                "Draft fence added to {name}: {n} hot cells, {area:,.0f} m². Reshape it with the vertex "
                "tool, then save the layer's edits."
            ).format(name=fence_layer.name(), n=fence.n_cells, area=fence.area_m2)
        )
        self.fenceAdded.emit(fence_layer, feature.id())
        return feature.id()


class FenceToolPart:
    """GUI part: a checkable toolbar and menu action that switches the canvas to the tool."""

    def __init__(self, iface, menu_name: str, toolbar):
        self.iface = iface
        self.menu_name = menu_name
        self.toolbar = toolbar
        self.action = None
        self.tool = None

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self.tool = FenceAroundHotspotTool(self.iface.mapCanvas(), self.iface)
        self.action = QAction(
            QIcon(str(resource_path("icons", "fence.svg"))), tr("Fence around hot spot"), self.iface.mainWindow()
        )
        self.action.setObjectName("HotspotFenceAroundHotspotAction")
        self.action.setToolTip(tr("Click inside a hot spot cell to add a draft geofence around its hot cells"))
        self.action.setCheckable(True)
        self.action.triggered.connect(self.activate)
        self.tool.setAction(self.action)
        if self.toolbar is not None:
            self.toolbar.addAction(self.action)
        self.iface.addPluginToMenu(self.menu_name, self.action)

    def activate(self) -> None:
        self.iface.mapCanvas().setMapTool(self.tool)

    def unload(self) -> None:
        canvas = self.iface.mapCanvas()
        if self.tool is not None and canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        if self.action is not None:
            self.iface.removePluginMenu(self.menu_name, self.action)
            if self.toolbar is not None:
                self.toolbar.removeAction(self.action)
            self.action.deleteLater()
        self.action = None
        self.tool = None
