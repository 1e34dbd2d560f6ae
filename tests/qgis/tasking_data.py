"""Small hand-made layers for the tasking tests: square fences, a road grid, visits."""

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer

#: Fence centres (x, y) in British National Grid around Oxford, ids deliberately out of text order.
CENTRES = {
    1: (451000, 206000),
    2: (451600, 206000),
    10: (452200, 206000),
    3: (451000, 206800),
    4: (451600, 206800),
    5: (452200, 206800),
}


def fence_layer(size=100.0, ids=None, name="fences"):
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:27700&field=fence_id:integer&field=name:string&field=rank:integer"
        "&field=harm:double&field=tier:string",
        name,
        "memory",
    )
    features = []
    for rank, fence_id in enumerate(ids or CENTRES, start=1):
        x, y = CENTRES[fence_id]
        feature = QgsFeature(layer.fields())
        feature.setAttributes([fence_id, f"Place {fence_id}", rank, 1000.0 / rank, "high" if rank <= 3 else "low"])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x - size / 2, y - size / 2, x + size / 2, y + size / 2)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def road_layer(lines):
    layer = QgsVectorLayer("LineString?crs=EPSG:27700&field=name:string", "roads", "memory")
    features = []
    for points in lines:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["road"])
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in points]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def table_layer(fields, rows, name="table"):
    """A geometry-less memory table; ``fields`` is a list of (name, type) with type string/integer/double."""
    spec = "&".join(f"field={n}:{t}" for n, t in fields)
    layer = QgsVectorLayer(f"None?{spec}", name, "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def plain(value):
    """An attribute as the tests compare it: NULL → None, QDate → ISO date, QDateTime → ISO 8601 text."""
    from datetime import datetime

    from hotspot_plugin.qgis_io.values import python_value

    value = python_value(value)
    return value.isoformat() if isinstance(value, datetime) else value


def rows_of(layer):
    names = layer.fields().names()
    return [dict(zip(names, [plain(v) for v in f.attributes()])) for f in layer.getFeatures()]
