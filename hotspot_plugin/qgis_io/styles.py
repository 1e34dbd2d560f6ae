"""Styles and metadata of algorithm outputs: stored in an output GeoPackage, applied when QGIS loads it.

An algorithm calls :func:`style_on_load` (a shipped QML style plus title and abstract) or
:func:`describe_on_load` (title and abstract only, for tables) with the output's id. The styling is
given to the safe-output mechanism (``outputs.store_style``), which saves it in an output GeoPackage
as the layer's default style and metadata on every run (``qgis_process`` and models included), and to
QGIS's "load on completion" details, so a layer added to the project opens styled.
"""

from __future__ import annotations

from typing import Callable, Dict, Optional, Sequence

from qgis.core import (
    QgsPalLayerSettings,
    QgsProcessingLayerPostProcessorInterface,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..core.resources import resource_path
from ..i18n import QT_TRANSLATE_NOOP, tr

#: What a person reads in the attribute table, legends and layout tables for the outputs' machine names (which
#: stay the field names, so expressions, models and exports keep working). Units are in the alias.
FIELD_ALIASES = {
    "cell_id": QT_TRANSLATE_NOOP("@default", "Cell"),
    "n_crimes": QT_TRANSLATE_NOOP("@default", "Crimes"),
    "harm": QT_TRANSLATE_NOOP("@default", "Harm (days)"),
    "gi_z": QT_TRANSLATE_NOOP("@default", "Gi* z-score"),
    "gi_p": QT_TRANSLATE_NOOP("@default", "Gi* p-value"),
    "gi_bin": QT_TRANSLATE_NOOP("@default", "Gi* bin (−3 cold … 3 hot)"),
    "n_neighbours": QT_TRANSLATE_NOOP("@default", "Neighbour cells"),
    "harm_rank": QT_TRANSLATE_NOOP("@default", "Harm rank"),
    "fence_id": QT_TRANSLATE_NOOP("@default", "Fence"),
    "name": QT_TRANSLATE_NOOP("@default", "Name"),
    "rank": QT_TRANSLATE_NOOP("@default", "Rank"),
    "area_m2": QT_TRANSLATE_NOOP("@default", "Area (m²)"),
    "pai": QT_TRANSLATE_NOOP("@default", "PAI"),
    "pai_harm": QT_TRANSLATE_NOOP("@default", "Harm PAI"),
    "pei": QT_TRANSLATE_NOOP("@default", "PEI"),
    "dwell_min": QT_TRANSLATE_NOOP("@default", "Dwell per visit (min)"),
    "officer_min": QT_TRANSLATE_NOOP("@default", "Officer time (min)"),
    "patrol_min": QT_TRANSLATE_NOOP("@default", "Patrol time (min)"),
    "visits": QT_TRANSLATE_NOOP("@default", "Visits"),
    "tasked_min": QT_TRANSLATE_NOOP("@default", "Tasked (min)"),
    "delivered_min": QT_TRANSLATE_NOOP("@default", "Delivered (min)"),
    "shortfall_min": QT_TRANSLATE_NOOP("@default", "Shortfall (min)"),
    "compliance_pct": QT_TRANSLATE_NOOP("@default", "Compliance (%)"),
    "compliance_status": QT_TRANSLATE_NOOP("@default", "Compliance"),
    "duration_s": QT_TRANSLATE_NOOP("@default", "Duration (s)"),
    "n_fixes": QT_TRANSLATE_NOOP("@default", "Fixes"),
    "officer_id": QT_TRANSLATE_NOOP("@default", "Officer"),
    "start_utc": QT_TRANSLATE_NOOP("@default", "Start (UTC)"),
    "end_utc": QT_TRANSLATE_NOOP("@default", "End (UTC)"),
    "window_start_utc": QT_TRANSLATE_NOOP("@default", "Window start (UTC)"),
    "window_end_utc": QT_TRANSLATE_NOOP("@default", "Window end (UTC)"),
    "crime_type": QT_TRANSLATE_NOOP("@default", "Crime type"),
    "crime_id": QT_TRANSLATE_NOOP("@default", "Crime ID"),
    "lsoa_code": QT_TRANSLATE_NOOP("@default", "LSOA code"),
    "n_responses": QT_TRANSLATE_NOOP("@default", "Responses"),
}
#: Decimals shown in the attribute table for real-valued outputs (the stored value keeps every digit).
FIELD_DECIMALS = {
    "harm": 1,
    "gi_z": 2,
    "gi_p": 4,
    "area_m2": 0,
    "pai": 1,
    "pai_harm": 1,
    "pei": 2,
    "dwell_min": 1,
    "officer_min": 1,
    "patrol_min": 1,
    "tasked_min": 0,
    "delivered_min": 1,
    "shortfall_min": 1,
    "compliance_pct": 0,
}

# Post-processors must outlive the algorithm that made them (QGIS keeps only a pointer).
_POST_PROCESSORS: Dict[str, QgsProcessingLayerPostProcessorInterface] = {}


def expression_labels(
    layer, expression: str, size: float = 8.0, buffer: float = 1.0, colour: str = "", enabled: bool = True
) -> None:
    """Label ``layer`` with a QGIS ``expression``: ``size`` points, a white halo ``buffer`` mm wide."""
    pal = QgsPalLayerSettings()
    pal.isExpression = True
    pal.fieldName = expression
    text = QgsTextFormat()
    text.setSize(size)
    if colour:
        text.setColor(QColor(colour))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(buffer)
    text.setBuffer(halo)
    pal.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    layer.setLabelsEnabled(enabled)


def readable_fields(layer) -> int:
    """Give the layer's known machine-named fields their alias (FIELD_ALIASES) and a sensible number of
    decimals in the attribute table (FIELD_DECIMALS); a field that already has an alias keeps it. Returns
    how many fields got an alias."""
    from qgis.core import QgsEditorWidgetSetup

    fields = layer.fields()
    named = 0
    for index in range(fields.count()):
        field = fields.at(index)
        key = field.name().lower()
        if key in FIELD_ALIASES and not field.alias():
            layer.setFieldAlias(index, tr(FIELD_ALIASES[key]))
            named += 1
        if key in FIELD_DECIMALS and field.isNumeric() and layer.editorWidgetSetup(index).type() in ("", "TextEdit"):
            config = {"Precision": FIELD_DECIMALS[key], "Style": "SpinBox", "Min": -1e15, "Max": 1e15, "Step": 1}
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Range", config))
    return named


def write_metadata(layer, title: Optional[str], abstract: str, rights: Sequence[str] = ()) -> None:
    """Set the title, abstract and rights (the data's attribution) of ``layer``'s metadata (each when given)."""
    metadata = layer.metadata()
    if title:
        metadata.setTitle(title)
    if abstract:
        metadata.setAbstract(abstract)
    if rights:
        metadata.setRights(list(dict.fromkeys(list(metadata.rights()) + list(rights))))
    layer.setMetadata(metadata)


class StyleOutput(QgsProcessingLayerPostProcessorInterface):
    """Loads a shipped QML style and writes the run's parameters into the layer's metadata."""

    def __init__(self, style: str, abstract: str = "", title: Optional[str] = None, rights: Sequence[str] = ()):
        super().__init__()
        self.style = style
        self.abstract = abstract
        self.title = title
        self.rights = list(rights)  #: attribution the output inherits from its inputs (metadata rights)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
        if layer is None or not layer.isValid():
            return
        layer.loadNamedStyle(str(resource_path("styles", self.style)))
        readable_fields(layer)
        write_metadata(layer, self.title, self.abstract, self.rights)
        layer.triggerRepaint()
        from .legend_labels import translate_legend

        translate_legend(layer)  # the style's legend classes in QGIS's language


class MetadataOutput(QgsProcessingLayerPostProcessorInterface):
    """Writes the run's parameters and choices into a loaded output table's metadata."""

    def __init__(self, title: str, abstract: str):
        super().__init__()
        self.title = title
        self.abstract = abstract

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
        if layer is None or not layer.isValid():
            return
        readable_fields(layer)
        write_metadata(layer, self.title, self.abstract)


def on_load(
    context,
    dest_id: str,
    make: Callable[[], QgsProcessingLayerPostProcessorInterface],
    name: Optional[str] = None,
    make_loaded: Optional[Callable[[], QgsProcessingLayerPostProcessorInterface]] = None,
) -> None:
    """Style the output ``dest_id`` with post-processors from ``make()``: one stored in its GeoPackage when
    the run finishes, one applied when QGIS loads it (then named ``name`` when given; ``make_loaded`` makes
    that one instead, for what only a loaded layer gets, such as a print layout in the project)."""
    from .outputs import store_style  # the safe-output mechanism, loaded with the first run

    store_style(context, dest_id, make())
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    details = context.layerToLoadOnCompletionDetails(dest_id)
    if name:
        details.name = name
    processor = (make_loaded or make)()
    _POST_PROCESSORS[dest_id] = processor
    details.setPostProcessor(processor)


def style_on_load(context, dest_id: str, style: str, abstract: str = "", title: Optional[str] = None) -> None:
    """Style an output with the shipped QML ``style`` and record how it was made (title, abstract)."""
    on_load(context, dest_id, lambda: StyleOutput(style, abstract, title))


def describe_on_load(context, dest_id: str, title: str, abstract: str) -> None:
    """Record how a table output was made: in an output GeoPackage's metadata, and when QGIS loads it."""
    on_load(context, dest_id, lambda: MetadataOutput(title, abstract), name=title)
