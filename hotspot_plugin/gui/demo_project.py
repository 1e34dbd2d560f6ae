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
    classes = [
        (0.0, 1.0, "#969696", "1.6", tr("Harm 0–1 (e.g. shoplifting, anti-social behaviour)")),
        (1.0, 10.0, "#fd8d3c", "2.0", tr("Harm 2–10 (e.g. theft, assault without injury)")),
        (10.0, 100.0, "#e31a1c", "2.8", tr("Harm 20–90 (e.g. criminal damage, weapons)")),
        (100.0, 1.0e9, "#67000d", "3.8", tr("Harm over 100 (burglary, robbery)")),
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


def add_3d_renderer(layer: QgsVectorLayer) -> bool:
    """Extrude cells by harm in 3D views (False when QGIS was built without its 3D library)."""
    try:
        from qgis._3d import QgsPhongMaterialSettings, QgsPolygon3DSymbol, QgsVectorLayer3DRenderer
    except ImportError:
        return False
    index = layer.fields().lookupField("harm")
    if index < 0:
        return False
    top = layer.maximumValue(index) or 1.0
    symbol = QgsPolygon3DSymbol()
    symbol.setExtrusionHeight(0.0)
    properties = symbol.dataDefinedProperties()
    properties.setProperty(
        QgsPolygon3DSymbol.Property.PropertyExtrusionHeight,
        QgsProperty.fromExpression(f'coalesce("harm", 0) * {MAX_EXTRUSION_M / float(top):.6f}'),
    )
    symbol.setDataDefinedProperties(properties)
    material = QgsPhongMaterialSettings()
    material.setDiffuse(QColor("#d7301f"))
    material.setAmbient(QColor("#7f0000"))
    # QGIS 3.22 has setMaterial; later QGIS renamed it setMaterialSettings (and dropped setMaterial).
    set_material = getattr(symbol, "setMaterialSettings", None) or symbol.setMaterial
    set_material(material)
    renderer = QgsVectorLayer3DRenderer(symbol)
    layer.setRenderer3D(renderer)
    return True


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
        ["#d7191c", "#fdae61", "#abd9e9", "#2c7bb6"],
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
            ["#d7191c", "#fdae61", "#1a9641"],
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
