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

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from hotspot_plugin.core.dwell.compliance import (  # noqa: E402
    MET,
    NO_DATA,
    NO_TASKING,
    NOT_MET,
    PARTLY_MET,
    STATUS_COLOURS,
)

STYLES = REPO / "resources" / "styles"

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


def label_layer(layer, text_or_expression: str, size: float, colour=None, expression: bool = False) -> None:
    """Label every feature with a field (or an expression) in ``size`` pt text with a white halo."""
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling

    settings = QgsPalLayerSettings()
    settings.isExpression = expression
    settings.fieldName = text_or_expression
    text = QgsTextFormat()
    text.setSize(size)
    if colour is not None:
        text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def bin_renderer() -> QgsCategorizedSymbolRenderer:
    """The gi_bin classes −3..3 (not significant faint)."""
    categories = []
    for value, colour, label in BINS:
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#bdbdbd", "outline_width": "0.1", "outline_style": "solid"}
        )
        if value == 0:
            symbol.setOpacity(0.35)
        categories.append(QgsRendererCategory(value, symbol, label))
    return QgsCategorizedSymbolRenderer("gi_bin", categories)


def hotspots_style(path: Path) -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=gi_bin:integer", "cells", "memory")
    layer.setRenderer(bin_renderer())
    layer.saveNamedStyle(str(path))


# The 17 emerging hot spot categories (core.trends.emerging codes): hot spots in reds, strongest darkest,
# cold spots in the mirror blues (a red–blue diverging scheme stays distinct for colour-blind readers);
# new spots get a dark outline, no pattern is left clear.
EMERGING_ORDER = [3, 4, 2, 1, 5, 7, 6, 8]  # intensifying, persistent, consecutive, new, diminishing, …
EMERGING_HOT = ["#7f0000", "#b30000", "#d7301f", "#ef6548", "#fc8d59", "#fdbb84", "#fdd49e", "#fff0e0"]
EMERGING_COLD = ["#08306b", "#08519c", "#2171b5", "#4292c6", "#6baed6", "#9ecae1", "#c6dbef", "#eef5fc"]


def emerging_hotspots_style(path: Path) -> None:
    from hotspot_plugin.core.trends.emerging import CATEGORIES, NEW

    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=category_code:integer", "cells", "memory")
    categories = []
    for sign, colours in ((1, EMERGING_HOT), (-1, EMERGING_COLD)):
        for code, colour in zip(EMERGING_ORDER, colours):
            new = code == NEW
            symbol = QgsFillSymbol.createSimple(
                {
                    "color": colour,
                    "outline_color": "#252525" if new else "#969696",
                    "outline_width": "0.5" if new else "0.1",
                    "outline_style": "solid",
                }
            )
            categories.append(QgsRendererCategory(sign * code, symbol, CATEGORIES[sign * code]))
    clear = QgsFillSymbol.createSimple({"color": "255,255,255,0", "outline_color": "#bdbdbd", "outline_width": "0.1"})
    categories.append(QgsRendererCategory(0, clear, CATEGORIES[0]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("category_code", categories))
    layer.saveNamedStyle(str(path))


def _change_style(path: Path, fields: str, expression: str, classes) -> None:
    """Polygons coloured by a −1/0/1 expression: (value, colour, label) classes, a red–blue diverging scheme."""
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:27700&{fields}", "change", "memory")
    categories = []
    for value, colour, label in classes:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#969696", "outline_width": "0.1"})
        if value == 0:
            symbol.setOpacity(0.5)
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer(expression, categories))
    layer.saveNamedStyle(str(path))


def period_compare_style(path: Path) -> None:
    """Areas of hotspot:periodcompare: a significant rise red, a significant fall blue (E-test p < 0.05)."""
    _change_style(
        path,
        "field=difference:integer&field=p_value:double",
        'CASE WHEN "p_value" < 0.05 AND "difference" > 0 THEN 1 WHEN "p_value" < 0.05 AND "difference" < 0 '
        "THEN -1 ELSE 0 END",
        [
            (1, "#d6604d", "Significant rise (p < 0.05)"),
            (0, "#f0f0f0", "No significant change"),
            (-1, "#4393c3", "Significant fall (p < 0.05)"),
        ],
    )


def compare_hotspots_style(path: Path) -> None:
    """Cells of hotspot:comparehotspots: hotter in the second run red, cooler blue, the same grey."""
    _change_style(
        path,
        "field=bin_1:integer&field=bin_2:integer",
        'CASE WHEN "bin_2" > "bin_1" THEN 1 WHEN "bin_2" < "bin_1" THEN -1 ELSE 0 END',
        [
            (1, "#d6604d", "Hotter in the second run"),
            (0, "#f0f0f0", "The same bin"),
            (-1, "#4393c3", "Cooler in the second run"),
        ],
    )


def emerging_steps_style(path: Path) -> None:
    """The per-step bins, set up for the Temporal Controller (each step shown from its start to its end)."""
    from qgis.core import QgsVectorLayerTemporalProperties

    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:27700&field=gi_bin:integer&field=step_start:datetime&field=step_end:datetime",
        "steps",
        "memory",
    )
    layer.setRenderer(bin_renderer())
    temporal = layer.temporalProperties()
    temporal.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
    temporal.setStartField("step_start")
    temporal.setEndField("step_end")
    temporal.setIsActive(True)
    layer.saveNamedStyle(str(path))


def fences_style(path: Path) -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=rank:integer&field=name:string", "fences", "memory")
    symbol = QgsFillSymbol.createSimple(
        {"color": "255,255,255,0", "outline_color": "#252525", "outline_width": "0.8", "outline_style": "solid"}
    )
    layer.renderer().setSymbol(symbol)
    label_layer(layer, "rank", size=9, colour="#252525")
    layer.saveNamedStyle(str(path))


def crimes_style(path: Path) -> None:
    layer = QgsVectorLayer("Point?crs=EPSG:27700&field=harm:double", "crimes", "memory")
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#3f3f3f", "size": "1.2", "outline_style": "no"})
    symbol.setOpacity(0.6)
    layer.renderer().setSymbol(symbol)
    layer.saveNamedStyle(str(path))


#: The areas of hotspot:displacement: treated and control places solid, their rings lighter.
TRIAL_AREAS = [
    ("treated", "#1b9e77", "#0b5e46", "Treated areas"),
    ("treated_ring", "#d95f02", "#d95f02", "Ring around treated areas"),
    ("control", "#7570b3", "#3f3a80", "Control areas"),
    ("control_ring", "#bcbddc", "#7570b3", "Ring around control areas"),
]


def trial_areas_style(path: Path) -> None:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field=area:string&field=label:string", "areas", "memory")
    categories = []
    for value, fill, outline, label in TRIAL_AREAS:
        colour = QColor(fill)
        colour.setAlpha(110 if value.endswith("ring") else 200)
        symbol = QgsFillSymbol.createSimple(
            {"color": colour.name(QColor.NameFormat.HexArgb), "outline_color": outline, "outline_width": "0.3"}
        )
        symbol.symbolLayer(0).setFillColor(colour)
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("area", categories))
    layer.saveNamedStyle(str(path))


def geofence_layer_style(path: Path) -> None:
    """Form (value map, date pickers, read-only id and audit fields, defaults) and style of a geofence layer."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    from hotspot_plugin.qgis_io.geofence_store import configure_geofence_layer

    fields = (
        "fid:integer&field=fence_id:integer&field=name:string&field=rank:integer&field=status:string"
        "&field=valid_from:date&field=valid_to:date&field=notes:string&field=edited_by:string"
        "&field=edited_at:datetime&field=version:integer&field=base_version:integer"
    )
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:27700&field={fields}", "geofences", "memory")
    configure_geofence_layer(layer)
    # Live fences solid dark blue, drafts dashed orange, retired faint grey dots: status is visible at a glance;
    # the fills are faint, so the hot spot cells (red is theirs) show through.
    looks = [
        (
            "live",
            "Live",
            {"color": "8,48,107,25", "outline_color": "#08306b", "outline_width": "0.8", "outline_style": "solid"},
        ),
        (
            "draft",
            "Draft",
            {"color": "253,141,60,30", "outline_color": "#fd8d3c", "outline_width": "0.8", "outline_style": "dash"},
        ),
        (
            "retired",
            "Retired",
            {"color": "255,255,255,0", "outline_color": "#969696", "outline_width": "0.4", "outline_style": "dot"},
        ),
    ]
    categories = [QgsRendererCategory(value, QgsFillSymbol.createSimple(props), label) for value, label, props in looks]
    layer.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
    label_layer(layer, "coalesce(\"name\", 'Fence ' || \"fence_id\", 'New fence')", size=9, expression=True)
    layer.setDisplayExpression('coalesce("name", \'Fence \' || "fence_id")')
    layer.saveNamedStyle(str(path))


def geofence_problems_style(path: Path) -> None:
    """Problems of Validate geofences: one colour per problem, hatched so the fence under it stays visible."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field=problem:string", "problems", "memory")
    looks = [
        ("invalid geometry", "#e31a1c"),
        ("overlaps a live fence", "#6a3d9a"),
        ("area below minimum", "#1f78b4"),
        ("area above maximum", "#ff7f00"),
        ("covers no hot cell", "#33a02c"),
        ("no geometry", "#000000"),
    ]
    categories = []
    for value, colour in looks:
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "style": "b_diagonal", "outline_color": colour, "outline_width": "0.6"}
        )
        categories.append(QgsRendererCategory(value, symbol, value.capitalize()))
    layer.setRenderer(QgsCategorizedSymbolRenderer("problem", categories))
    layer.saveNamedStyle(str(path))


def geofence_history_style(path: Path) -> None:
    """Geofence history: inserts green, geometry changes blue, deletes red dashed; outlines only."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=action:string", "history", "memory")
    looks = [("insert", "#1a9641", "solid"), ("update", "#2b83ba", "solid"), ("delete", "#d7191c", "dash")]
    categories = []
    for value, colour, line in looks:
        symbol = QgsFillSymbol.createSimple(
            {"color": "255,255,255,0", "outline_color": colour, "outline_width": "0.6", "outline_style": line}
        )
        categories.append(QgsRendererCategory(value, symbol, value.capitalize()))
    layer.setRenderer(QgsCategorizedSymbolRenderer("action", categories))
    layer.saveNamedStyle(str(path))


def tracks_styles(points_path: Path, lines_path: Path) -> None:
    """Officer fixes (small dots) and daily track lines, each officer in a stable colour from the id."""
    from qgis.core import QgsLineSymbol, QgsProperty, QgsSymbolLayer

    hue = (
        'color_hsl((ascii(left("officer_id", 1)) * 11 + ascii(right("officer_id", 1)) * 53 '
        '+ ascii(substr("officer_id", 3, 1)) * 29 + length("officer_id") * 37) % 360, 70, {light})'
    )
    points = QgsVectorLayer("Point?crs=EPSG:27700&field=officer_id:string", "fixes", "memory")
    marker = QgsMarkerSymbol.createSimple({"name": "circle", "size": "1.0", "outline_style": "no"})
    marker.setOpacity(0.7)
    marker.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyFillColor, QgsProperty.fromExpression(hue.format(light=40))
    )
    points.renderer().setSymbol(marker)
    points.saveNamedStyle(str(points_path))
    lines = QgsVectorLayer("MultiLineString?crs=EPSG:27700&field=officer_id:string", "tracks", "memory")
    line = QgsLineSymbol.createSimple(
        {"line_width": "0.5", "line_style": "solid", "capstyle": "round", "joinstyle": "round"}
    )
    line.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyStrokeColor, QgsProperty.fromExpression(hue.format(light=45))
    )
    lines.renderer().setSymbol(line)
    lines.saveNamedStyle(str(lines_path))


# Dwell per visit in minutes, classes around Koper's curve (about 10-15 min per stop is optimal).
DWELL_CLASSES = [
    (0.0, 0.5, "#f0f0f0", "No visits"),
    (0.5, 5.0, "#c7e9b4", "Under 5 min per visit"),
    (5.0, 10.0, "#7fcdbb", "5-10 min per visit"),
    (10.0, 15.0, "#1d91c0", "10-15 min per visit (Koper optimum)"),
    (15.0, 1e9, "#0c2c84", "Over 15 min per visit"),
]
# Compliance with taskings: outlines and hatches in compliance's own palette (core STATUS_COLOURS, which the
# tasking dock tints its table with), so the Gi* cells under a fence stay visible and red keeps one meaning.
COMPLIANCE_CLASSES = [
    (
        MET,
        {"color": STATUS_COLOURS[MET], "style": "no", "outline_style": "solid"},
        "Met (all tasked minutes delivered)",
    ),
    (PARTLY_MET, {"color": STATUS_COLOURS[PARTLY_MET], "style": "no", "outline_style": "dash"}, "Partly met"),
    (
        NOT_MET,
        {"color": STATUS_COLOURS[NOT_MET], "style": "b_diagonal", "outline_style": "solid"},
        "Not met (tracked, no patrol)",
    ),
    (
        NO_DATA,
        {"color": STATUS_COLOURS[NO_DATA], "style": "no", "outline_style": "dot"},
        "No data (not tracked during the windows)",
    ),
    (NO_TASKING, {"color": "255,255,255,0", "style": "no", "outline_style": "solid"}, "No tasking"),
]


def _dwell_label(layer) -> None:
    label_layer(
        layer,
        'if("visits" > 0, format_number("dwell_min", 1) || \' min x \' || "visits", \'\')',
        size=8,
        colour="#252525",
        expression=True,
    )


def fences_dwell_style(path: Path) -> None:
    """Fences graduated by dwell_min (mean minutes per visit), legend in minutes."""
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange

    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=dwell_min:double&field=visits:integer", "fences", "memory")
    ranges = []
    for lower, upper, colour, label in DWELL_CLASSES:
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#252525", "outline_width": "0.4", "outline_style": "solid"}
        )
        symbol.setOpacity(0.5)  # translucent: the hot spot cells show through
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    renderer = QgsGraduatedSymbolRenderer("dwell_min", ranges)
    layer.setRenderer(renderer)
    _dwell_label(layer)
    layer.saveNamedStyle(str(path))


def fences_compliance_style(path: Path) -> None:
    """Fences categorised by compliance_status: a thick outline in the status colour (solid met, dashed partly
    met, hatched not met, dotted no data), a thin dark one where nothing was tasked; no opaque fill."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=compliance_status:string", "fences", "memory")
    categories = []
    for value, look, label in COMPLIANCE_CLASSES:
        tasked = value != NO_TASKING
        props = {
            "outline_color": look["color"] if tasked else "#525252",
            "outline_width": "1.2" if tasked else "0.3",
        }
        props.update(look)
        categories.append(QgsRendererCategory(value, QgsFillSymbol.createSimple(props), label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("compliance_status", categories))
    layer.saveNamedStyle(str(path))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    hotspots_style(STYLES / "hotspots.qml")
    fences_style(STYLES / "geofences.qml")
    crimes_style(STYLES / "crimes.qml")
    geofence_layer_style(STYLES / "geofence_layer.qml")
    geofence_problems_style(STYLES / "geofence_problems.qml")
    geofence_history_style(STYLES / "geofence_history.qml")
    tracks_styles(STYLES / "tracks_points.qml", STYLES / "tracks_lines.qml")
    fences_dwell_style(STYLES / "fences_dwell.qml")
    fences_compliance_style(STYLES / "fences_compliance.qml")
    trial_areas_style(STYLES / "trial_areas.qml")
    emerging_hotspots_style(STYLES / "emerging_hotspots.qml")
    emerging_steps_style(STYLES / "emerging_steps.qml")
    period_compare_style(STYLES / "period_compare.qml")
    compare_hotspots_style(STYLES / "compare_hotspots.qml")
    print("\n".join(str(p) for p in sorted(STYLES.glob("*.qml"))), file=sys.stdout)
    app.exitQgis()
