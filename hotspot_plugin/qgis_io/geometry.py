"""Geometries between QGIS and shapely (the analysis core works on shapely), one way each.

shapely is imported on first use, so modules that only define algorithms stay light.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsCoordinateTransform, QgsGeometry


def to_shape(geometry: Optional[QgsGeometry], transform: Optional[QgsCoordinateTransform] = None):
    """A shapely geometry from a QgsGeometry (transformed by ``transform`` first, the input untouched);
    None for a missing, null or empty geometry."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if transform is not None:
        geometry = QgsGeometry(geometry)
        geometry.transform(transform)
    from shapely import wkb

    return wkb.loads(bytes(geometry.asWkb()))


def geometry_from_wkb(data: Optional[bytes]) -> QgsGeometry:
    """A QgsGeometry from WKB bytes; an empty (null) geometry for None."""
    geometry = QgsGeometry()
    if data:
        geometry.fromWkb(bytes(data))
    return geometry


def from_shape(shape) -> QgsGeometry:
    """A QgsGeometry from a shapely geometry; an empty (null) geometry for None."""
    return geometry_from_wkb(None if shape is None else shape.wkb)


def as_multipolygon(shape) -> QgsGeometry:
    """A multipolygon QgsGeometry of a polygonal shapely geometry; an empty geometry for anything else
    (a problem's point or line marks no area)."""
    if shape is None or shape.geom_type not in ("Polygon", "MultiPolygon"):
        return QgsGeometry()
    geometry = from_shape(shape)
    geometry.convertToMultiType()
    return geometry
