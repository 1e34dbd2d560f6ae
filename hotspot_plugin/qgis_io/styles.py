"""Styles and metadata of algorithm outputs: stored in an output GeoPackage, applied when QGIS loads it.

An algorithm calls :func:`style_on_load` (a shipped QML style plus title and abstract) or
:func:`describe_on_load` (title and abstract only, for tables) with the output's id. The styling is
given to the safe-output mechanism (``outputs.store_style``), which saves it in an output GeoPackage
as the layer's default style and metadata on every run (``qgis_process`` and models included), and to
QGIS's "load on completion" details, so a layer added to the project opens styled.
"""

from __future__ import annotations

from typing import Callable, Dict, Optional

from qgis.core import (
    QgsPalLayerSettings,
    QgsProcessingLayerPostProcessorInterface,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..core.resources import resource_path

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


def write_metadata(layer, title: Optional[str], abstract: str) -> None:
    """Set the title and abstract of ``layer``'s metadata (each when given)."""
    metadata = layer.metadata()
    if title:
        metadata.setTitle(title)
    if abstract:
        metadata.setAbstract(abstract)
    layer.setMetadata(metadata)


class StyleOutput(QgsProcessingLayerPostProcessorInterface):
    """Loads a shipped QML style and writes the run's parameters into the layer's metadata."""

    def __init__(self, style: str, abstract: str = "", title: Optional[str] = None):
        super().__init__()
        self.style = style
        self.abstract = abstract
        self.title = title

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
        if layer is None or not layer.isValid():
            return
        layer.loadNamedStyle(str(resource_path("styles", self.style)))
        write_metadata(layer, self.title, self.abstract)
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
        write_metadata(layer, self.title, self.abstract)


def on_load(
    context, dest_id: str, make: Callable[[], QgsProcessingLayerPostProcessorInterface], name: Optional[str] = None
) -> None:
    """Style the output ``dest_id`` with post-processors from ``make()``: one stored in its GeoPackage when
    the run finishes, one applied when QGIS loads it (then named ``name`` when given)."""
    from .outputs import store_style  # the safe-output mechanism, loaded with the first run

    store_style(context, dest_id, make())
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    details = context.layerToLoadOnCompletionDetails(dest_id)
    if name:
        details.name = name
    processor = make()
    _POST_PROCESSORS[dest_id] = processor
    details.setPostProcessor(processor)


def style_on_load(context, dest_id: str, style: str, abstract: str = "", title: Optional[str] = None) -> None:
    """Style an output with the shipped QML ``style`` and record how it was made (title, abstract)."""
    on_load(context, dest_id, lambda: StyleOutput(style, abstract, title))


def describe_on_load(context, dest_id: str, title: str, abstract: str) -> None:
    """Record how a table output was made: in an output GeoPackage's metadata, and when QGIS loads it."""
    on_load(context, dest_id, lambda: MetadataOutput(title, abstract), name=title)
