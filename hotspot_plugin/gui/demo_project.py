"""Turn the demo chain's outputs into a styled project: layers, styles, time slider, 3D view.

Layers made by an algorithm get the style that algorithm ships (QML in ``resources/styles`` or the
survey module's own styling); the rest are styled here. Everything runs on the main thread, after
the chain (which may run in a background task) has written its files.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Dict, List, Optional

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsDateTimeRange,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsInterval,
    QgsLayerTreeGroup,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsProperty,
    QgsRectangle,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..core.demo import TOWN_NAME, TRACK_DAY
from ..core.dwell.compliance import MET, NOT_MET, PARTLY_MET, STATUS_COLOURS
from ..core.resources import resource_path
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..qgis_io.crs import pin_best_operations
from ..qgis_io.legend_labels import load_style
from ..qgis_io.styles import expression_labels
from .demo_steps import DAY_START, DemoOutcome, local_to_utc

GROUP_NAME = QT_TRANSLATE_NOOP("@default", "Hollowford demo")
EVALUATION_GROUP = QT_TRANSLATE_NOOP("@default", "Evaluation")
#: Officer colours (ColorBrewer Dark2 and Set1, readable on a light map).
OFFICER_COLOURS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#377eb8"]
#: Frame length of the time slider.
FRAME_MINUTES = 30
#: Height of the tallest 3D cell, metres.
MAX_EXTRUSION_M = 600.0
#: Gi* bin → legend label (the shipped hotspots.qml's).
BIN_LABELS = {
    3: QT_TRANSLATE_NOOP("@default", "Hot spot, 99 % confidence"),
    2: QT_TRANSLATE_NOOP("@default", "Hot spot, 95 % confidence"),
    1: QT_TRANSLATE_NOOP("@default", "Hot spot, 90 % confidence"),
    0: QT_TRANSLATE_NOOP("@default", "Not significant"),
    -1: QT_TRANSLATE_NOOP("@default", "Cold spot, 90 % confidence"),
    -2: QT_TRANSLATE_NOOP("@default", "Cold spot, 95 % confidence"),
    -3: QT_TRANSLATE_NOOP("@default", "Cold spot, 99 % confidence"),
}


def _style(layer: QgsVectorLayer, *names: str) -> bool:
    """Load the first shipped QML style that exists; True when one was loaded."""
    for name in names:
        path = resource_path("styles", name)
        if path.is_file():
            if load_style(layer, path):
                return True
    return False


def _officer_renderer(layer: QgsVectorLayer, geometry: str) -> None:
    officers = sorted({str(f["officer_id"]) for f in layer.getFeatures()})
    categories = []
    for i, officer in enumerate(officers):
        colour = OFFICER_COLOURS[i % len(OFFICER_COLOURS)]
        if geometry == "line":
            symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.5", "line_style": "solid"})
        else:
            symbol = QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": colour, "size": "2.2", "outline_color": "#ffffff", "outline_width": "0.2"}
            )
        categories.append(QgsRendererCategory(officer, symbol, tr("Officer {0}").format(officer)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("officer_id", categories))


def _graduated(
    layer: QgsVectorLayer,
    field: str,
    breaks: List[float],
    colours: List[str],
    labels: List[str],
    outline: str = "#555555",
) -> None:
    ranges = []
    for (low, high), colour, label in zip(zip(breaks[:-1], breaks[1:]), colours, labels):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": "0.4"})
        ranges.append(QgsRendererRange(low, high, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer(field, ranges))


def _crime_renderer(layer: QgsVectorLayer) -> None:
    """Crimes sized and coloured by harm, so a burglary stands out from a shoplifting."""
    # Greys, light to black, and growing: harm shows by size and darkness, never red (the hot spot cells' colour).
    classes = [
        (0.0, 1.0, "#bdbdbd", "1.6", tr("Harm 0–1 (e.g. shoplifting, anti-social behaviour)")),
        (1.0, 10.0, "#969696", "2.0", tr("Harm 2–10 (e.g. theft, assault without injury)")),
        (10.0, 100.0, "#525252", "2.8", tr("Harm 20–90 (e.g. criminal damage, weapons)")),
        (100.0, 1.0e9, "#000000", "3.8", tr("Harm over 100 (burglary, robbery)")),
    ]
    ranges = []
    for low, high, colour, size, label in classes:
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": colour, "size": size, "outline_color": "#ffffff", "outline_width": "0.2"}
        )
        symbol.setOpacity(0.85)
        ranges.append(QgsRendererRange(low, high, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("harm", ranges))


def _temporal(layer: QgsVectorLayer, field: str, minutes: float) -> None:
    """Show each feature for ``minutes`` from the date-time in ``field``."""
    properties = layer.temporalProperties()
    properties.setMode(Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField)
    properties.setStartField(field)
    properties.setFixedDuration(minutes)
    properties.setDurationUnits(QgsUnitTypes.TemporalUnit.TemporalMinutes)
    properties.setIsActive(True)


#: Gi* bin → colour of the 3D cells: the 2D legend's (ColorBrewer RdBu, scripts/make_styles.py).
BIN_COLOURS_3D = {
    3: "#b2182b",
    2: "#ef8a62",
    1: "#fddbc7",
    0: "#d9d9d9",
    -1: "#d1e5f0",
    -2: "#67a9cf",
    -3: "#2166ac",
}
#: The saved 3D camera: looking north-north-east, tilted 50° from straight down, from about 3 km.
CAMERA_PITCH, CAMERA_HEADING, CAMERA_DISTANCE_FACTOR = 50.0, 20.0, 1.3


def _set_material(symbol, material) -> None:
    """QGIS 3.22 calls it setMaterial; 3.26 and later setMaterialSettings (setMaterial is gone on 3.40)."""
    setter = getattr(symbol, "setMaterialSettings", None) or symbol.setMaterial
    setter(material)


def add_3d_renderer(layer: QgsVectorLayer) -> bool:
    """Cells extruded by harm and coloured by Gi* bin in 3D views (False when QGIS has no 3D library)."""
    try:
        from qgis._3d import QgsPhongMaterialSettings, QgsPolygon3DSymbol, QgsRuleBased3DRenderer
    except ImportError:
        return False
    index = layer.fields().lookupField("harm")
    if index < 0 or layer.fields().lookupField("gi_bin") < 0:
        return False
    top = layer.maximumValue(index) or 1.0
    height = QgsProperty.fromExpression(f'coalesce("harm", 0) * {MAX_EXTRUSION_M / float(top):.6f}')
    kinds = QgsPolygon3DSymbol.Property  # ExtrusionHeight on 3.40, PropertyExtrusionHeight on 3.22
    extrusion = kinds.ExtrusionHeight if hasattr(kinds, "ExtrusionHeight") else kinds.PropertyExtrusionHeight
    root = QgsRuleBased3DRenderer.Rule(None)
    for value, colour in BIN_COLOURS_3D.items():
        symbol = QgsPolygon3DSymbol()
        symbol.setExtrusionHeight(0.0)
        properties = symbol.dataDefinedProperties()
        properties.setProperty(extrusion, height)
        symbol.setDataDefinedProperties(properties)
        material = QgsPhongMaterialSettings()
        material.setDiffuse(QColor(colour))
        material.setAmbient(QColor(colour).darker(250))
        _set_material(symbol, material)
        root.appendChild(QgsRuleBased3DRenderer.Rule(symbol, f'"gi_bin" = {value}', tr(BIN_LABELS[value])))
    layer.setRenderer3D(QgsRuleBased3DRenderer(root))
    return True


#: Name of the demo's saved 3D view (View ▸ 3D Map Views).
VIEW_3D_NAME = QT_TRANSLATE_NOOP("@default", "Hot spots in 3D")
_SAVED_VIEWS: Dict[int, object] = {}  # project id → (document, view element) kept alive for writeProject


def view_3d_element(project: QgsProject, layers: List[QgsVectorLayer], extent: QgsRectangle, crs):
    """The 3D map view QGIS saves for View ▸ 3D Map Views, as XML (``<view>`` with ``<qgis3d>`` and ``<camera>``).

    Written by hand because ``Qgs3DMapSettings.writeXml`` crashes without the desktop on QGIS 3.22: a flat terrain
    over the town with ``layers`` (their own 3D renderers draw the cells), and the camera looking at the town
    centre from ``CAMERA_DISTANCE_FACTOR`` × its size, tilted ``CAMERA_PITCH``° from straight down. Returns
    ``(document, element)``.
    """
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument("qgis")
    view = document.createElement("view")
    view.setAttribute("name", tr(VIEW_3D_NAME))
    view.setAttribute("isOpen", "1")
    view.setAttribute("isDocked", "0")
    view.setAttribute("width", "900")
    view.setAttribute("height", "650")
    settings = document.createElement("qgis3d")
    settings.setAttribute("version", "1")
    centre = extent.center()
    origin = document.createElement("origin")
    for key, value in (("x", centre.x()), ("y", centre.y()), ("z", 0.0)):
        origin.setAttribute(key, f"{value:.3f}")
    settings.appendChild(origin)
    colour = document.createElement("color")
    colour.setAttribute("background", "#ffffff")
    colour.setAttribute("selection", "#ffff00")
    settings.appendChild(colour)
    crs_element = document.createElement("crs")
    crs.writeXml(crs_element, document)
    settings.appendChild(crs_element)
    terrain = document.createElement("terrain")
    for key, value in (("exaggeration", "1"), ("shading-enabled", "0"), ("elevation-offset", "0")):
        terrain.setAttribute(key, value)
    layer_list = document.createElement("layers")
    for layer in layers:
        item = document.createElement("layer")
        item.setAttribute("id", layer.id())
        layer_list.appendChild(item)
    terrain.appendChild(layer_list)
    generator = document.createElement("generator")
    generator.setAttribute("type", "flat")
    box = document.createElement("extent")
    for key, value in (
        ("xmin", extent.xMinimum()),
        ("ymin", extent.yMinimum()),
        ("xmax", extent.xMaximum()),
        ("ymax", extent.yMaximum()),
    ):
        box.setAttribute(key, f"{value:.3f}")
    generator.appendChild(box)
    terrain.appendChild(generator)
    settings.appendChild(terrain)
    view.appendChild(settings)
    camera = document.createElement("camera")
    distance = max(extent.width(), extent.height()) * CAMERA_DISTANCE_FACTOR
    # QGIS 3.22 reads x, y, elev; later versions xMap, yMap, zMap: the centre is the origin in both.
    for key in ("x", "y", "elev", "xMap", "yMap", "zMap"):
        camera.setAttribute(key, "0")
    camera.setAttribute("dist", f"{distance:.1f}")
    camera.setAttribute("pitch", f"{CAMERA_PITCH:g}")
    camera.setAttribute("yaw", f"{CAMERA_HEADING:g}")
    view.appendChild(camera)
    document.appendChild(view)
    return document, view


def save_3d_view(project: QgsProject, layers: List[QgsVectorLayer], extent: QgsRectangle) -> bool:
    """Save the demo's tilted 3D view with the project (QGIS 3.24+: its views manager; 3.22: into the project
    file as it is written, beside QGIS's own views). True when it will be saved."""
    crs = project.crs() if project.crs().isValid() else QgsCoordinateReferenceSystem("EPSG:27700")
    document, view = view_3d_element(project, layers, extent, crs)
    if hasattr(project, "viewsManager"):  # 3.24+: the views manager writes it (Python can only read XML into it)
        _register_view(project.viewsManager(), view)
        return True
    key = id(project)
    first = key not in _SAVED_VIEWS
    _SAVED_VIEWS[key] = (document, view)
    if first:
        project.writeProject.connect(lambda doc, key=key: _append_view(doc, key))
        project.cleared.connect(lambda key=key: _SAVED_VIEWS.pop(key, None))  # a new project has no demo view
    return True


def _register_view(manager, view) -> None:
    """Add ``view`` to the project's views manager, keeping its other views (``readXml`` replaces them all)."""
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument("qgis")
    holder = document.createElement("qgis")
    document.appendChild(holder)
    docks = manager.writeXml(document)
    existing = docks.firstChildElement("view")
    while not existing.isNull():
        following = existing.nextSiblingElement("view")
        if existing.attribute("name") == view.attribute("name"):
            docks.removeChild(existing)
        existing = following
    docks.appendChild(document.importNode(view, True))
    holder.appendChild(docks)
    manager.readXml(holder, document)


def _append_view(doc, key: int) -> None:
    """Add the saved 3D view to the project XML being written (into QGIS's own ``mapViewDocks3D``, if any)."""
    saved = _SAVED_VIEWS.get(key)
    if saved is None:
        return
    _, view = saved
    root = doc.documentElement()
    docks = root.firstChildElement("mapViewDocks3D")
    if docks.isNull():
        docks = doc.createElement("mapViewDocks3D")
        root.appendChild(docks)
    existing = docks.firstChildElement("view")
    while not existing.isNull():
        if existing.attribute("name") == view.attribute("name"):
            return
        existing = existing.nextSiblingElement("view")
    docks.appendChild(doc.importNode(view, True))


def _style_survey(layer: QgsVectorLayer) -> None:
    """The survey overlay's own choropleth (suppressed areas grey, no value), latest wave; else a plain one."""
    try:
        from ..qgis_io import survey_style

        survey_style.apply_survey_style(layer, "confidence", "mean", opacity=0.55)
        waves = sorted({str(f["wave"]) for f in layer.getFeatures()}) if layer.fields().lookupField("wave") >= 0 else []
        survey_style.show_wave(layer, waves[-1] if waves else None)
        return
    except (ImportError, ValueError, AttributeError):
        pass
    _graduated(
        layer,
        "confidence_mean",
        [1, 2.5, 3, 3.5, 5.01],
        ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
        [tr("Low (below 2.5)"), "2.5–3", "3–3.5", tr("High (3.5 and over)")],
    )
    layer.setOpacity(0.55)


def _style_fences_with_dwell(layer: QgsVectorLayer) -> None:
    if _style(layer, "fences_compliance.qml", "fences_dwell.qml"):
        return
    field = "compliance_pct" if layer.fields().lookupField("compliance_pct") >= 0 else "dwell_min"
    if field == "compliance_pct":
        _graduated(
            layer,
            field,
            [0, 50, 100, 10000],
            [STATUS_COLOURS[NOT_MET], STATUS_COLOURS[PARTLY_MET], STATUS_COLOURS[MET]],
            [tr("Not met (under 50 %)"), tr("Partly met"), tr("Met")],
            outline="#000000",
        )
    else:
        _graduated(
            layer,
            field,
            [0, 5, 15, 30, 100000],
            ["#f7f7f7", "#c2e699", "#78c679", "#238443"],
            [tr("Under 5 min"), "5–15 min", "15–30 min", tr("30 min and over")],
            outline="#000000",
        )


def pin_demo_transforms(project: QgsProject) -> None:
    """Pin the project's WGS 84 → British National Grid operation to the best one QGIS can run here
    (OSTN15 with OS's grid installed, else the most accurate Helmert), unless the project already
    chose one: the demo's GPS tracks then import without QGIS's "Cannot use preferred transform
    between EPSG:4326 and EPSG:27700" warning over the map."""
    pinned, _ = pin_best_operations(project.transformContext())
    project.setTransformContext(pinned)


class DemoProjectBuilder:
    """Adds the demo's layers, in a group at the top of the layer tree, to ``project``."""

    def __init__(self, project: QgsProject, canvas=None):
        self.project = project
        self.canvas = canvas
        self.layers: Dict[str, QgsVectorLayer] = {}
        self.notes: List[str] = []

    def _add(
        self, group: QgsLayerTreeGroup, key: str, source: str, name: str, visible: bool = True, provider: str = "ogr"
    ) -> Optional[QgsVectorLayer]:
        layer = QgsVectorLayer(source, name, provider)
        if not layer.isValid():
            self.notes.append(tr("Could not open {0}").format(name))
            return None
        self.project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
        self.layers[key] = layer
        return layer

    def build(self, outcome: DemoOutcome) -> Dict[str, QgsVectorLayer]:
        products = outcome.products
        pin_demo_transforms(self.project)
        if not self.project.mapLayers():
            self.project.setCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
            self.project.setTitle(tr("Hot spot policing demo: {0}").format(TOWN_NAME))
        root = self.project.layerTreeRoot()
        group = root.insertGroup(0, tr(GROUP_NAME))
        tables = group.addGroup(tr("Tables"))

        # Top to bottom: what moves, what happened, where to patrol, where harm is, what residents say.
        if "fixes" in products:
            layer = self._add(group, "fixes", products["fixes"], tr("Officer positions (time slider)"))
            if layer:
                _officer_renderer(layer, "point")
                _temporal(layer, "t_utc", FRAME_MINUTES)
        if "tracks" in products:
            layer = self._add(group, "tracks", products["tracks"], tr("Officer tracks (day)"), visible=False)
            if layer:
                _officer_renderer(layer, "line")
        if "crimes" in products:
            layer = self._add(group, "crimes", products["crimes"], tr("Crimes by time of day (13 weeks)"))
            if layer:
                _crime_renderer(layer)
                _temporal(layer, "demo_time", 60)
        if "fences_dwell" in products:
            layer = self._add(group, "fences", products["fences_dwell"], tr("Geofences: dwell and compliance"))
            if layer:
                _style_fences_with_dwell(layer)
        elif "fences" in products:
            layer = self._add(group, "fences", products["fences"], tr("Geofences"))
            if layer:
                _style(layer, "geofences.qml")
        if "fences" in self.layers:
            expression_labels(self.layers["fences"], '"name"', 9)
        if "cells" in products:
            layer = self._add(group, "cells", products["cells"], tr("Hot spot cells (Gi* bins)"))
            if layer:
                _style(layer, "hotspots.qml")
                if not add_3d_renderer(layer):
                    self.notes.append(tr("The 3D view is not available in this QGIS."))
        if "survey" in products:
            layer = self._add(
                group, "survey", products["survey"], tr("Survey: confidence in local policing"), visible=False
            )
            if layer:
                _style_survey(layer)
        if "areas" in products:
            layer = self._add(group, "areas", products["areas"], tr("Wards (invented)"))
            if layer:
                layer.setRenderer(
                    QgsSingleSymbolRenderer(
                        QgsFillSymbol.createSimple(
                            {
                                "color": "255,255,255,0",
                                "outline_color": "#636363",
                                "outline_width": "0.5",
                                "outline_style": "dash",
                            }
                        )
                    )
                )
                expression_labels(layer, '"name"', 8)
        self._add_trends(group, products)
        for key, name in [
            ("taskings", tr("Tasking schedule")),
            ("visits", tr("Visits")),
            ("compliance", tr("Compliance per tasking")),
            ("exceptions", tr("Exception report")),
            ("exception_summary", tr("Exception summary")),
        ]:
            if key in products:
                self._add(tables, key, products[key], name)
        self._add_evaluation(group, products)
        for layer in self.layers.values():
            layer.triggerRepaint()
        self.add_layouts()
        return self.layers

    def _add_evaluation(self, group: QgsLayerTreeGroup, products: Dict[str, object]) -> None:
        """The 12-week trial: its areas and rings, places and crimes (hidden), and every evaluation table."""
        keys = [k for k in products if str(k).startswith("trial_")]
        if not keys:
            return
        evaluation = group.addGroup(tr(EVALUATION_GROUP))
        evaluation.setExpanded(False)
        if "trial_areas" in products:
            layer = self._add(evaluation, "trial_areas", products["trial_areas"], tr("Trial: areas and rings"), False)
            if layer:
                _style(layer, "trial_areas.qml")
        if "trial_places" in products:
            layer = self._add(evaluation, "trial_places", products["trial_places"], tr("Trial: places"), False)
            if layer:
                _style(layer, "geofences.qml")
        if "trial_crimes" in products:
            layer = self._add(evaluation, "trial_crimes", products["trial_crimes"], tr("Trial: crimes"), False)
            if layer:
                _style(layer, "crimes.qml")
        tables = evaluation.addGroup(tr("Trial tables"))
        for key, name in [
            ("trial_ledger", tr("Place-day ledger")),
            ("trial_effect", tr("Trial effect: crimes")),
            ("trial_effect_harm", tr("Trial effect: harm")),
            ("trial_dose", tr("Dose–response")),
            ("trial_compliers", tr("Tasked vs delivered per place")),
            ("trial_koper", tr("Koper bands")),
            ("trial_koper_curves", tr("Koper curves")),
            ("trial_displacement", tr("Displacement")),
            ("trial_power", tr("Trial power")),
            ("trial_schedule", tr("Trial schedule")),
            ("trial_visits", tr("Trial visits")),
        ]:
            if key in products:
                self._add(tables, key, products[key], name)

    def add_layouts(self) -> list:
        """The hot spot map and the geofence briefing atlas in the project's layouts (Project ▸ Layouts)."""
        from ..qgis_io.layouts import INVENTED, briefing_atlas_layout, hotspot_map_layout

        made = []
        cells, fences = self.layers.get("cells"), self.layers.get("fences")
        if cells is not None:
            on_top = [self.layers.get(key) for key in ("fences", "areas")]  # the crimes' dots would hide the cells
            made.append(
                hotspot_map_layout(
                    self.project,
                    cells,
                    on_top,
                    title=tr("Harm hot spots in {0}").format(TOWN_NAME),
                    attribution=[INVENTED],
                    extent=self.extent(),
                )
            )
        if fences is not None:
            below = [self.layers.get(key) for key in ("crimes", "cells")]
            made.append(briefing_atlas_layout(self.project, fences, below, attribution=[INVENTED]))
        if cells is not None and cells.renderer3D() is not None:
            draped = [self.layers[key] for key in ("fences", "areas") if key in self.layers]
            save_3d_view(self.project, draped + [cells], self.extent())
        return made

    def _add_trends(self, group: QgsLayerTreeGroup, products) -> None:
        """The "Trends" group (issue 16): the year's emerging hot spots, and its weeks for the Temporal Controller."""
        if "emerging" not in products and "aoristic" not in products:
            return
        trends = group.addGroup(tr("Trends"))
        trends.setExpanded(False)
        if "emerging" in products:
            layer = self._add(trends, "emerging", products["emerging"], tr("Emerging hot spots (a year, weekly)"))
            if layer:
                _style(layer, "emerging_hotspots.qml")
        if "emerging_steps" in products:
            # Off at first: the Temporal Controller shows the track day; set its range to the year to play it.
            layer = self._add(
                trends, "emerging_steps", products["emerging_steps"], tr("Hot and cold spots by week"), visible=False
            )
            if layer:
                _style(layer, "emerging_steps.qml")
        if "aoristic" in products:
            self._add(trends, "aoristic", products["aoristic"], tr("Aoristic hours of the week per place"))

    def extent(self) -> QgsRectangle:
        """The town: the wards' extent (or the crimes')."""
        for key in ("areas", "crimes", "cells"):
            if key in self.layers:
                rect = QgsRectangle(self.layers[key].extent())
                rect.scale(1.05)
                return rect
        return QgsRectangle()

    def day_range(self) -> QgsDateTimeRange:
        """The demo's policing day, 06:00 to 06:00 local, as UTC date-times."""
        start_local = datetime.combine(TRACK_DAY, DAY_START)
        return QgsDateTimeRange(local_to_utc(start_local), local_to_utc(start_local + timedelta(days=1)))

    def frame_range(self, local_hour: int = 22) -> QgsDateTimeRange:
        """One time-slider frame starting at ``local_hour`` on the demo day."""
        start_local = datetime.combine(TRACK_DAY, datetime.min.time()) + timedelta(hours=local_hour)
        if local_hour < DAY_START.hour:
            start_local += timedelta(days=1)
        return QgsDateTimeRange(local_to_utc(start_local), local_to_utc(start_local + timedelta(minutes=FRAME_MINUTES)))

    def render_png(self, path: str, width: int = 1600, height: int = 1200, local_hour: int = 22) -> bool:
        """Render the visible demo layers (time slider at ``local_hour``) to a PNG without a canvas."""
        from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
        from qgis.PyQt.QtCore import QSize

        root = self.project.layerTreeRoot()
        layers = [layer for layer in root.layerOrder() if root.findLayer(layer.id()).isVisible()]
        settings = QgsMapSettings()
        settings.setLayers(layers)
        settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
        settings.setOutputSize(QSize(width, height))
        settings.setBackgroundColor(QColor("#ffffff"))
        settings.setExtent(self.extent())
        settings.setIsTemporal(True)
        settings.setTemporalRange(self.frame_range(local_hour))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        return job.renderedImage().save(path, "PNG")

    def set_up_canvas(self, canvas, frame_local_hour: int = 22) -> None:
        """CRS, extent and the time slider: the policing day 06:00–06:00 in 30-minute frames."""
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
        extent = self.extent()
        if not extent.isEmpty():
            canvas.setExtent(extent)
        day = self.day_range()
        settings = self.project.timeSettings()
        settings.setTemporalRange(day)
        controller = canvas.temporalController()
        if controller is not None and hasattr(controller, "setTemporalExtents"):
            controller.setTemporalExtents(day)
            controller.setFrameDuration(QgsInterval(FRAME_MINUTES * 60))
            if hasattr(controller, "setNavigationMode"):
                controller.setNavigationMode(controller.Animated)
            frame = int((frame_local_hour - DAY_START.hour) % 24 * 60 / FRAME_MINUTES)
            controller.setCurrentFrameNumber(frame)
        canvas.refresh()
