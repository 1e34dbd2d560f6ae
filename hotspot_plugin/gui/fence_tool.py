"""Map tool "Fence around hot spot": click a hot cell, get a draft fence around its contiguous hot cells.

The fence is drawn by ``core.geofence.fences_from_cells`` — the logic of ``Geofences from hot spots``
(edge-contiguous cells with gi_bin ≥ 2 dissolved, ranked by harm), keeping the one fence under the
click. It is added to the geofence layer's edit buffer as one undoable command, ready to reshape with
QGIS's vertex tool; nothing is saved until the planner saves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

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
from qgis.PyQt.QtCore import Qt, pyqtSignal

from ..i18n import tr
from ..qgis_io.geofence_store import is_geofence_layer
from ..qgis_io.geometry import from_shape
from ..qgis_io.layers import CELL_FIELDS
from ..qgis_io.values import is_null, python_value
from .geofence_guard import HOT_CELLS_PROPERTY

if TYPE_CHECKING:  # the fence logic (numpy, shapely) loads on the first click
    from ..core.geofence import Fence

MIN_BIN = 2


def is_cell_layer(layer) -> bool:
    return (
        isinstance(layer, QgsVectorLayer)
        and layer.isValid()
        and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
        and all(layer.fields().lookupField(f) >= 0 for f in CELL_FIELDS)
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
    from shapely.geometry import Point

    from ..core.geofence import fences_from_cells
    from ..qgis_io.layers import read_cells

    cells = read_cells(cells_layer, required=CELL_FIELDS)
    fences = fences_from_cells(
        cells.shapes,
        cells.harm,
        cells.n_crimes,
        cells.hot(min_bin),
        total_harm=float(cells.harm.sum()),
        total_area=float(sum(c.area for c in cells.shapes)),
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
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _message(self, text: str, level=Qgis.MessageLevel.Info) -> None:
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

    def _named_places(self, fence_layer) -> list:
        """Layers whose polygons are named places: the target, then other fence layers (e.g. the demo's)."""
        layers = [fence_layer]
        for layer in self.project.mapLayers().values():
            if layer is fence_layer or not isinstance(layer, QgsVectorLayer) or is_cell_layer(layer):
                continue
            names = set(layer.fields().names())
            if (
                layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
                and "name" in names
                and names & {"fence_id", "rank"}
            ):
                layers.append(layer)
        return layers

    def draft_name(self, geometry: QgsGeometry, fence_layer: QgsVectorLayer, rank: int) -> str:
        """The draft's name: that of a named fence it mostly overlaps (the same place keeps its name, e.g. the
        demo's "Hot spot 1"), else "Hot spot N" from its harm rank, the next free N if that name is taken."""
        for layer in self._named_places(fence_layer):
            shape = QgsGeometry(geometry)
            if layer.crs() != fence_layer.crs():
                shape.transform(QgsCoordinateTransform(fence_layer.crs(), layer.crs(), self.project))
            for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(shape.boundingBox())):
                name = python_value(feature["name"])
                other = feature.geometry()
                if not name or other is None or other.isEmpty():
                    continue
                overlap = shape.intersection(other).area()
                if overlap >= 0.5 * min(shape.area(), other.area()):
                    return str(name)
        taken = {str(python_value(f["name"])) for f in fence_layer.getFeatures()}
        number = max(int(rank), 1)
        while tr("Hot spot {rank}").format(rank=number) in taken:
            number += 1
        return tr("Hot spot {rank}").format(rank=number)

    def canvasReleaseEvent(self, event):  # noqa: N802 - QGIS API name
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.add_fence_at(event.mapPoint())

    def add_fence_at(self, map_point: QgsPointXY) -> Optional[int]:
        """Add the fence around the hot cell at ``map_point`` (canvas CRS); its feature id, or None."""
        fence_layer = self.target_fence_layer()
        if fence_layer is None:
            self._message(
                tr("No geofence layer in the project: create one with Create geofence layer."),
                Qgis.MessageLevel.Warning,
            )
            return None
        cells_layers = [self.cells_layer] if self.cells_layer is not None else self._candidates(is_cell_layer)
        for cells_layer in cells_layers:
            point = self.toLayerCoordinates(cells_layer, map_point)
            fence = fence_at_point(cells_layer, point)
            if fence is not None:
                return self._add(fence, cells_layer, fence_layer)
        self._message(tr("No hot cell (gi_bin ≥ 2) here: click inside a hot spot cell."), Qgis.MessageLevel.Warning)
        return None

    def _add(self, fence: Fence, cells_layer: QgsVectorLayer, fence_layer: QgsVectorLayer) -> Optional[int]:
        geometry = from_shape(fence.geometry)
        if cells_layer.crs() != fence_layer.crs():
            geometry.transform(QgsCoordinateTransform(cells_layer.crs(), fence_layer.crs(), self.project))
        if not fence_layer.isEditable():
            fence_layer.startEditing()
        fields = fence_layer.fields()
        values = {
            fields.lookupField("name"): self.draft_name(geometry, fence_layer, fence.rank),
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
            self._message(
                tr("Could not add the fence to {name}.").format(name=fence_layer.name()), Qgis.MessageLevel.Critical
            )
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
