"""Helpers shared by the geofence tests: make geofence layers in GeoPackage or PostGIS, cells, edits."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QVariant

from hotspot_plugin.qgis_io.geometry import geometry_from_wkb


def square(x0: float, y0: float, size: float) -> QgsGeometry:
    return QgsGeometry.fromWkt(
        f"POLYGON(({x0} {y0},{x0 + size} {y0},{x0 + size} {y0 + size},{x0} {y0 + size},{x0} {y0}))"
    )


def create_geofence_layer(run_alg, backend: str, tmp_path, pg_schema=None, table: str = "geofences") -> QgsVectorLayer:
    """Run hotspot:creategeofencelayer into a GeoPackage or the test schema; the layer opened as a user would."""
    if backend == "gpkg":
        result = run_alg("creategeofencelayer", {"OUTPUT": str(tmp_path / "fences.gpkg"), "TABLE": table})
    else:
        result = run_alg(
            "creategeofencelayer", {"DATABASE": pg_schema.connection_name, "SCHEMA": pg_schema.schema, "TABLE": table}
        )
    layer = open_layer(result["GEOFENCES"], result["PROVIDER"], table)
    assert layer.isValid(), result
    return layer


def open_layer(source: str, provider: str, name: str = "geofences") -> QgsVectorLayer:
    """A new layer on the same table (a second planner, or QGIS after a restart)."""
    return QgsVectorLayer(source, name, provider)


def add_fence(layer: QgsVectorLayer, geometry: QgsGeometry, **values) -> QgsFeature:
    """Add a fence through the edit buffer with the layer's default values; the layer must be editable."""
    fields = layer.fields()
    attributes = {fields.lookupField(k): v for k, v in values.items()}
    feature = QgsVectorLayerUtils.createFeature(layer, geometry, attributes)
    assert layer.addFeature(feature)
    return feature


def fence_by_name(layer: QgsVectorLayer, name: str) -> QgsFeature:
    matches = [f for f in layer.getFeatures() if f["name"] == name]
    assert len(matches) == 1, [f.attributes() for f in layer.getFeatures()]
    return matches[0]


def cell_layer(cells) -> QgsVectorLayer:
    """A memory hot spot cell layer: ``cells`` are (x0, y0, size, gi_bin, harm, n_crimes)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700", "cells", "memory")
    provider = layer.dataProvider()
    provider.addAttributes(
        [QgsField("gi_bin", QVariant.Int), QgsField("harm", QVariant.Double), QgsField("n_crimes", QVariant.Int)]
    )
    layer.updateFields()
    features = []
    for x0, y0, size, gi_bin, harm, n_crimes in cells:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([gi_bin, harm, n_crimes])
        feature.setGeometry(square(x0, y0, size))
        features.append(feature)
    provider.addFeatures(features)
    return layer


def same_shape(wkb_or_geometry, expected: QgsGeometry) -> bool:
    """True when a WKB (or geometry) covers the same area as ``expected`` (vertex order may differ)."""
    geometry = wkb_or_geometry if isinstance(wkb_or_geometry, QgsGeometry) else geometry_from_wkb(wkb_or_geometry)
    return geometry.symDifference(expected).area() < 1e-6 and abs(geometry.area() - expected.area()) < 1e-6


@pytest.fixture
def unstarted_guard(qgis_iface, qgis_new_project):
    """The plugin's GeofenceGuard part before it starts (the test calls ``initGui()``); unloaded after."""
    from hotspot_plugin.gui.geofence_guard import GeofenceGuard

    part = GeofenceGuard(qgis_iface, "&Hot spot policing")
    yield part
    part.unload()
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture
def guard(unstarted_guard, qgis_iface):
    """The GeofenceGuard part, started (watching the project), with an empty message bar."""
    unstarted_guard.initGui()
    qgis_iface.messageBar().clearWidgets()
    return unstarted_guard
