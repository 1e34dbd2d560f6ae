"""Regenerate the shipped QML styles in resources/styles with PyQGIS.

Run with the QGIS Python: ``QT_QPA_PLATFORM=offscreen python3 scripts/make_styles.py``. The QML
files are committed; this script records how they were made so they can be changed consistently.
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"

# ColorBrewer RdBu, diverging: cold spots blue, hot spots red, as ArcGIS's Gi_Bin legend.
BINS = [
    (3, "#b2182b", "Hot spot, 99 % confidence"),
    (2, "#ef8a62", "Hot spot, 95 % confidence"),
    (1, "#fddbc7", "Hot spot, 90 % confidence"),
    (0, "#f7f7f7", "Not significant"),
    (-1, "#d1e5f0", "Cold spot, 90 % confidence"),
    (-2, "#67a9cf", "Cold spot, 95 % confidence"),
    (-3, "#2166ac", "Cold spot, 99 % confidence"),
]


def hotspots_style(path: Path) -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=gi_bin:integer", "cells", "memory")
    categories = []
    for value, colour, label in BINS:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#bdbdbd",
                                             "outline_width": "0.1", "outline_style": "solid"})
        if value == 0:
            symbol.setOpacity(0.35)
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("gi_bin", categories))
    layer.saveNamedStyle(str(path))


def fences_style(path: Path) -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=rank:integer&field=name:string", "fences", "memory")
    symbol = QgsFillSymbol.createSimple({"color": "255,255,255,0", "outline_color": "#252525",
                                         "outline_width": "0.8", "outline_style": "solid"})
    layer.renderer().setSymbol(symbol)
    from qgis.core import QgsPalLayerSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling, QgsTextBufferSettings

    settings = QgsPalLayerSettings()
    settings.fieldName = "rank"
    text = QgsTextFormat()
    text.setSize(9)
    text.setColor(QColor("#252525"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(path))


def crimes_style(path: Path) -> None:
    layer = QgsVectorLayer("Point?crs=EPSG:27700&field=harm:double", "crimes", "memory")
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#3f3f3f", "size": "1.2",
                                           "outline_style": "no"})
    symbol.setOpacity(0.6)
    layer.renderer().setSymbol(symbol)
    layer.saveNamedStyle(str(path))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    hotspots_style(STYLES / "hotspots.qml")
    fences_style(STYLES / "geofences.qml")
    crimes_style(STYLES / "crimes.qml")
    print("\n".join(str(p) for p in sorted(STYLES.glob("*.qml"))), file=sys.stdout)
    app.exitQgis()
