"""Small helpers to build memory layers for tests."""

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant


def point_layer(xs, ys, crs="EPSG:27700", fields=None, name="points"):
    """A memory point layer; ``fields`` maps name → list of values (float or str)."""
    fields = fields or {}
    layer = QgsVectorLayer(f"Point?crs={crs}", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes(
        [
            QgsField(k, QVariant.String if any(isinstance(v, str) for v in vals) else QVariant.Double)
            for k, vals in fields.items()
        ]
    )
    layer.updateFields()
    features = []
    for i, (x, y) in enumerate(zip(xs, ys)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([vals[i] for vals in fields.values()])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        features.append(feature)
    provider.addFeatures(features)
    return layer


def polygon_layer(wkts, crs="EPSG:27700", name="polygons"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}", name, "memory")
    features = []
    for wkt in wkts:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def attribute_rows(layer, fields):
    return [[f[name] for name in fields] for f in layer.getFeatures()]
