"""A small base class for the plugin's algorithms, and helpers they share.

Algorithm modules stay light to import: at the top they import only ``qgis`` and light plugin modules
(this one, ``qgis_io.fields``/``values``/``geometry``/``feedback``, ``i18n``); numpy, pandas, scipy,
shapely, the analysis core and the ``qgis_io`` readers are imported inside ``processAlgorithm`` and
its helpers. So the provider lists its algorithms (in QGIS, the modeller and every ``qgis_process``
call) without loading any of them (``tests/qgis/test_import_light.py``).
"""

from __future__ import annotations

import functools
from typing import Optional, Sequence, Tuple

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.credentials import redact
from ..core.errors import Cancelled, HotspotInputError
from ..core.resources import resource_path
from ..qgis_io.feedback import CANCELLED

#: The policing zone and day start the toolbox offers by default, written out so that listing the
#: algorithms loads no time module; the same as ``core.timeutil``'s (tests/qgis/test_import_light.py).
DEFAULT_TIMEZONE = "Europe/London"
DEFAULT_DAY_START = "06:00"


class HotspotAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME``, ``GROUP_ID``, ``DISPLAY_NAME`` and ``GROUP`` (both as
    ``QT_TRANSLATE_NOOP("<their class>", "…")``), and define ``shortHelpString`` returning ``self.tr("…")``.

    Every subclass's ``processAlgorithm`` runs through ``qgis_io.outputs.run_safely``: destinations that
    would overwrite an input are refused, file outputs are written beside their target and moved
    into place only when complete, CSV text is guarded against formulas, and styles are stored in
    output GeoPackages (README "Reliability").
    """

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = ""
    GROUP_ID = ""
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
            from ..qgis_io import outputs

            return outputs.run_safely(self, process, parameters, context, feedback)

        processAlgorithm.safe_outputs = True
        cls.processAlgorithm = processAlgorithm

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        """Inspect the run's inputs and outputs here, on the main thread (QGIS prepares a task's run there).

        ``processAlgorithm`` may run in a worker thread (a dock's or the toolbox's background task);
        resolving layer parameters opens the project's layers, which must not be touched from there.
        """
        from ..qgis_io import outputs

        self._inspection = outputs.inspect_run(self, parameters, context)
        return True

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """QGIS's checks, then the outputs': refused before the run starts (the dialog shows why)."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        from ..qgis_io import outputs

        try:
            problem = outputs.find_problem(self, parameters, context)
        except QgsProcessingException as error:
            problem = str(error)
        return (False, problem) if problem else (True, message)

    def parameterAsSink(self, parameters, name, context, fields, *args, **kwargs):  # noqa: N802 - QGIS API name
        """QGIS's sink, checked (a refused feature is an error) and CSV-guarded; its id is where it ends up."""
        from ..qgis_io import outputs

        return outputs.create_sink(self, parameters, name, context, fields, *args, **kwargs)

    def tr(self, text: str) -> str:
        """``text`` translated in the context of this algorithm's class, or of the base class whose code
        holds the string (pylupdate5 files it under the class it stands in, e.g. TrialAlgorithm)."""
        for cls in type(self).__mro__:
            if cls is HotspotAlgorithm:
                break
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802 - QGIS API name
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP)

    def groupId(self):  # noqa: N802 - QGIS API name
        return self.GROUP_ID

    def icon(self):
        return QIcon(str(resource_path("icons", "hotspot.svg")))

    def createInstance(self):  # noqa: N802 - QGIS API name
        return type(self)()

    # --- parameters --------------------------------------------------------------------------------
    def add(self, parameter: QgsProcessingParameterDefinition, help_text: str, advanced: bool = False):
        """Add a parameter with its (translated) help text, shown as a tooltip and in qgis_process help."""
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(parameter)
        return parameter

    def add_number(
        self,
        key: str,
        label: str,
        help_text: str,
        default=0.0,
        minimum: Optional[float] = 0.0,
        maximum: Optional[float] = None,
        integer: bool = False,
        optional: bool = False,
        advanced: bool = False,
    ):
        """Add a number parameter (a double unless ``integer``); ``minimum``/``maximum`` None: unbounded."""
        kind = QgsProcessingParameterNumber.Type.Integer if integer else QgsProcessingParameterNumber.Type.Double
        parameter = QgsProcessingParameterNumber(key, label, type=kind, defaultValue=default, optional=optional)
        if minimum is not None:
            parameter.setMinimum(minimum)
        if maximum is not None:
            parameter.setMaximum(maximum)
        return self.add(parameter, help_text, advanced)

    def add_source(
        self,
        key: str,
        label: str,
        help_text: str,
        types: Sequence[int] = (QgsProcessing.SourceType.TypeVector,),
        optional=False,
    ):
        """Add a feature source parameter of the given layer types."""
        return self.add(QgsProcessingParameterFeatureSource(key, label, list(types), optional=optional), help_text)

    def add_sink(
        self, key: str, label: str, help_text: str, kind: int = QgsProcessing.SourceType.TypeVector, optional=False
    ):
        """Add a feature sink (an output layer or table) of the given layer type."""
        return self.add(QgsProcessingParameterFeatureSink(key, label, kind, optional=optional), help_text)

    def add_timezone(self, key: str, label: str, help_text: str):
        """An advanced IANA time zone parameter, the plugin's policing zone by default (read by :meth:`timezone`)."""
        return self.add(QgsProcessingParameterString(key, label, defaultValue=DEFAULT_TIMEZONE), help_text, True)

    def timezone(self, parameters, key: str, context) -> str:
        """The time zone of ``key`` (the default when empty); an unknown zone is a Processing error."""
        from ..core.timeutil import check_timezone

        tz = (self.parameterAsString(parameters, key, context) or DEFAULT_TIMEZONE).strip()
        run_core(check_timezone, tz)
        return tz

    # --- reading and writing -----------------------------------------------------------------------
    def source(self, parameters, key: str, context):
        """The feature source of ``key``; a Processing error naming the parameter (never a password) when it
        cannot be read."""
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            raise QgsProcessingException(redact(self.invalidSourceError(parameters, key)))
        return source

    def field_names(self, parameters, key: str, context) -> list:
        """The field names of the field parameter ``key``: ``parameterAsStrings`` where QGIS has it (3.32 and
        later; ``parameterAsFields`` is deprecated from 3.40), ``parameterAsFields`` before."""
        read = getattr(self, "parameterAsStrings", None) or self.parameterAsFields
        return list(read(parameters, key, context))

    def sink(self, parameters, key: str, context, fields, geometry_type=QgsWkbTypes.Type.NoGeometry, crs=None):
        """``(sink, dest_id)`` of the output ``key``; a Processing error when it cannot be created."""
        args = (geometry_type,) if crs is None else (geometry_type, crs)
        sink, dest_id = self.parameterAsSink(parameters, key, context, fields, *args)
        if sink is None:
            raise QgsProcessingException(redact(self.invalidSinkError(parameters, key)))
        return sink, dest_id


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
        message = CANCELLED
    raise QgsProcessingException(message)


def progress_callback(feedback, start: float = 0.0, end: float = 100.0):
    """A core progress callback that drives ``feedback`` between ``start`` and ``end`` percent."""

    def callback(fraction: float) -> bool:
        if feedback is None:
            return True
        feedback.setProgress(start + (end - start) * fraction)
        return not feedback.isCanceled()

    return callback


def describe(parameters: dict) -> str:
    """One line per parameter/choice, for log and metadata."""
    return "\n".join(f"{key}: {value}" for key, value in parameters.items())


def write_features(sink, fields, rows, feedback, geometry=None, progress=(0.0, 100.0), batch_size: int = 20000):
    """Write ``rows`` (attribute lists in ``fields`` order) to ``sink`` in batches, checking for cancel.

    ``geometry(i)`` gives row i's geometry (None: a table); progress runs between the two percentages.
    """
    from ..qgis_io.feedback import check_cancel

    start_pct, end_pct = progress
    total = max(len(rows), 1)
    for start in range(0, len(rows), batch_size):
        check_cancel(feedback)
        feedback.setProgress(start_pct + (end_pct - start_pct) * start / total)
        batch = []
        for i in range(start, min(start + batch_size, len(rows))):
            feature = QgsFeature(fields)
            feature.setAttributes(list(rows[i]))
            if geometry is not None:
                feature.setGeometry(geometry(i))
            batch.append(feature)
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
