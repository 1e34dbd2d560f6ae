"""A small base class for the plugin's algorithms, and helpers they share."""

from __future__ import annotations

import functools
from typing import Dict, Optional, Tuple

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, HotspotInputError
from ..core.resources import resource_path
from . import outputs


class HotspotAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME``, ``DISPLAY_NAME``, ``GROUP``, ``GROUP_ID`` and ``HELP``.

    Every subclass's ``processAlgorithm`` runs through :func:`outputs.run_safely`: destinations that
    would overwrite an input are refused, file outputs are written beside their target and moved
    into place only when complete, CSV text is guarded against formulas, and styles are stored in
    output GeoPackages (README "Reliability").
    """

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = "Hot spots"
    GROUP_ID = "hotspots"
    HELP = ""
    #: File destinations that add layers to an existing GeoPackage instead of replacing the file
    #: (existing tables are then never overwritten).
    GEOPACKAGE_ADD_OUTPUTS: Tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is None or getattr(process, "safe_outputs", False):
            return

        @functools.wraps(process)
        def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
            return outputs.run_safely(self, process, parameters, context, feedback)

        processAlgorithm.safe_outputs = True
        cls.processAlgorithm = processAlgorithm

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """QGIS's checks, then the outputs': refused before the run starts (the dialog shows why)."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            problem = outputs.find_problem(self, parameters, context)
        except QgsProcessingException as error:
            problem = str(error)
        return (False, problem) if problem else (True, message)

    def parameterAsSink(self, parameters, name, context, fields, *args, **kwargs):  # noqa: N802 - QGIS API name
        """QGIS's sink, checked (a refused feature is an error) and CSV-guarded; its id is where it ends up."""
        return outputs.create_sink(self, parameters, name, context, fields, *args, **kwargs)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802 - QGIS API name
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP)

    def groupId(self):  # noqa: N802 - QGIS API name
        return self.GROUP_ID

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(self.HELP)

    def icon(self):
        return QIcon(str(resource_path("icons", "hotspot.svg")))

    def createInstance(self):  # noqa: N802 - QGIS API name
        return type(self)()

    def add(self, parameter: QgsProcessingParameterDefinition, help_text: str, advanced: bool = False):
        """Add a parameter with its help text (shown as a tooltip and in qgis_process help)."""
        parameter.setHelp(self.tr(help_text))
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)
        return parameter


def run_core(function, *args, **kwargs):
    """Call an analysis function, turning its input errors into Processing errors (no traceback).

    The Processing error is raised after the ``except`` block has ended: PyQGIS never frees an
    exception raised by a Python algorithm, and one raised inside the block would keep the core's
    error, its traceback and every array its frames hold alive (about 110 MB per refused
    500,000-row track import).
    """
    try:
        return function(*args, **kwargs)
    except HotspotInputError as error:
        message = str(error)
    except Cancelled:
        message = "Cancelled."
    raise QgsProcessingException(message)


def progress_callback(feedback, start: float = 0.0, end: float = 100.0):
    """A core progress callback that drives ``feedback`` between ``start`` and ``end`` percent."""

    def callback(fraction: float) -> bool:
        if feedback is None:
            return True
        feedback.setProgress(start + (end - start) * fraction)
        return not feedback.isCanceled()

    return callback


# Post-processors must outlive the algorithm that made them (QGIS keeps only a pointer).
_POST_PROCESSORS: Dict[str, StyleOutput] = {}


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
        metadata = layer.metadata()
        if self.title:
            metadata.setTitle(self.title)
        if self.abstract:
            metadata.setAbstract(self.abstract)
        layer.setMetadata(metadata)
        layer.triggerRepaint()


def style_on_load(context, dest_id: str, style: str, abstract: str = "", title: Optional[str] = None) -> None:
    """Style an output: stored as its default style and metadata in an output GeoPackage (every run,
    ``qgis_process`` and models included), and applied when QGIS loads it into the project."""
    outputs.store_style(context, dest_id, StyleOutput(style, abstract, title))
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = StyleOutput(style, abstract, title)
    _POST_PROCESSORS[dest_id] = processor
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


def describe(parameters: dict) -> str:
    """One line per parameter/choice, for log and metadata."""
    return "\n".join(f"{key}: {value}" for key, value in parameters.items())
