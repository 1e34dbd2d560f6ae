"""One meaning per colour (issue 17 item 2): red is the Gi* hot spot's, and nothing else on the demo map is red.

Compliance is drawn as outlines and hatches in its own palette, survey values in sequential blues, fence fills are
translucent over the cells, and the 3D cells take the 2D bins' colours.
"""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsRenderContext, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

from hotspot_plugin.core.dwell.compliance import STATUS_COLOURS
from hotspot_plugin.core.resources import resource_path


def is_red(colour) -> bool:
    """A saturated colour with a hue within 20° of red (pink and pale tints count only when saturated)."""
    colour = QColor(colour)
    if colour.alpha() == 0:
        return False
    hue, saturation, value = colour.hsvHue(), colour.hsvSaturationF(), colour.valueF()
    return hue >= 0 and (hue <= 20 or hue >= 340) and saturation > 0.45 and value > 0.35


def symbol_colours(symbol):
    """Fill, stroke and hatch colours of every layer of a symbol."""
    found = []
    for index in range(symbol.symbolLayerCount()):
        layer = symbol.symbolLayer(index)
        props = layer.properties()
        if props.get("style", "solid") != "no":
            found.append(layer.color())
        if props.get("outline_style", "solid") != "no" and hasattr(layer, "strokeColor"):
            found.append(layer.strokeColor())
    return found


def styled(qml: str, geometry: str = "Polygon", fields: str = "") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:27700{fields}", qml, "memory")
    _, ok = layer.loadNamedStyle(str(resource_path("styles", qml)))
    assert ok, qml
    return layer


def test_red_is_the_hot_spot_colour_and_the_test_can_tell():
    hot = styled("hotspots.qml", fields="&field=gi_bin:integer")
    colours = {int(c.value()): c.symbol().color() for c in hot.renderer().categories()}
    assert is_red(colours[3]) and is_red(colours[2])
    assert not is_red(colours[0]) and not is_red(colours[-3])
    assert not is_red("#1b9e77") and is_red("#d7191c") and is_red("#e31a1c")


def test_compliance_is_outline_or_hatch_in_its_own_palette():
    layer = styled("fences_compliance.qml", fields="&field=compliance_status:string")
    categories = layer.renderer().categories()
    assert len(categories) == 5
    for category in categories:
        symbol = category.symbol()
        props = symbol.symbolLayer(0).properties()
        assert props["style"] in ("no", "b_diagonal", "f_diagonal", "cross"), (category.label(), props["style"])
        assert not any(is_red(c) for c in symbol_colours(symbol)), category.label()
    assert not any(is_red(c) for c in STATUS_COLOURS.values())
    # each status is told apart by its line or hatch too, not by colour alone (colour-blind safe)
    looks = {
        (c.symbol().symbolLayer(0).properties()["style"], c.symbol().symbolLayer(0).properties()["outline_style"])
        for c in categories
    }
    assert len(looks) >= 4, looks


@pytest.mark.parametrize("qml", ["geofence_layer.qml", "geofences.qml", "fences_dwell.qml", "fences_compliance.qml"])
def test_fence_fills_are_translucent_over_the_cells(qml):
    fields = "&field=status:string&field=dwell_min:double&field=compliance_status:string&field=fence_id:integer"
    layer = styled(qml, fields=fields)
    symbols = layer.renderer().symbols(QgsRenderContext())
    assert symbols
    for symbol in symbols:
        fill = symbol.symbolLayer(0)
        solid = fill.properties().get("style", "solid") == "solid"
        alpha = fill.color().alphaF() * symbol.opacity() * layer.opacity()
        assert not solid or alpha <= 0.55, (qml, fill.color().name(), alpha)
        assert not any(is_red(c) for c in symbol_colours(symbol)), qml


def survey_layer():
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:27700&field=area:string&field=n_responses:integer&field=suppressed:boolean"
        "&field=confidence_mean:double&field=confidence_ci_low:double&field=confidence_ci_high:double"
        "&field=confidence_change:double",
        "survey",
        "memory",
    )
    features = []
    for i, (mean, change) in enumerate([(1.4, -0.8), (2.2, -0.2), (3.0, 0.0), (3.9, 0.3), (4.7, 0.9)]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"A{i}", 30, False, mean, mean - 0.3, mean + 0.3, change])
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("view", ["mean", "change"])
def test_survey_values_are_never_red(view):
    from hotspot_plugin.qgis_io.survey_style import SEQUENTIAL, apply_survey_style

    layer = survey_layer()
    apply_survey_style(layer, "confidence", view)
    context = QgsRenderContext()
    symbols = layer.renderer().symbols(context)
    assert len(symbols) >= 3
    for symbol in symbols:
        assert not any(is_red(c) for c in symbol_colours(symbol)), [c.name() for c in symbol_colours(symbol)]
    # sequential: one hue family, lightness falling from low to high scores
    lightness = [QColor(c).lightnessF() for c in SEQUENTIAL]
    assert lightness == sorted(lightness, reverse=True)


def test_demo_crimes_and_survey_fallbacks_are_not_red(qgis_new_project):
    from hotspot_plugin.gui import demo_project

    crimes = QgsVectorLayer("Point?crs=EPSG:27700&field=harm:double", "crimes", "memory")
    demo_project._crime_renderer(crimes)
    symbols = crimes.renderer().symbols(QgsRenderContext())
    assert len(symbols) == 4
    for symbol in symbols:
        assert not any(is_red(c) for c in symbol_colours(symbol)), symbol.color().name()


def test_3d_cells_take_the_bins_colours(qgis_new_project):
    pytest.importorskip("qgis._3d")
    from hotspot_plugin.gui.demo_project import BIN_COLOURS_3D, add_3d_renderer

    cells = styled("hotspots.qml", fields="&field=gi_bin:integer&field=harm:double")
    feature = QgsFeature(cells.fields())
    feature.setAttributes([3, 500.0])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 150 0, 150 150, 0 150, 0 0))"))
    cells.dataProvider().addFeatures([feature])
    assert add_3d_renderer(cells)
    renderer = cells.renderer3D()
    assert renderer.type() == "rulebased"
    rules = renderer.rootRule().children()
    two_d = {int(c.value()): c.symbol().color().name() for c in cells.renderer().categories()}
    assert len(rules) == 7
    for rule in rules:
        value = int(rule.filterExpression().split("=")[1])
        symbol = rule.symbol()
        material = symbol.materialSettings() if hasattr(symbol, "materialSettings") else symbol.material()
        assert material.diffuse().name() == QColor(BIN_COLOURS_3D[value]).name()
        if value != 0:  # "not significant" is pale grey in 3D (the 2D one is near-white and translucent)
            assert material.diffuse().name() == two_d[value], value
        assert "harm" in symbol.dataDefinedProperties().property(1).expressionString()
