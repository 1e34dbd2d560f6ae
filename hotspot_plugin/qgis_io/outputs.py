"""Safe outputs for every algorithm of the provider (README "Reliability").

:class:`~hotspot_plugin.processing.base.HotspotAlgorithm` runs each ``processAlgorithm`` through
:func:`run_safely`, which gives four guarantees for file outputs (feature sinks and file
destinations):

1. **Inputs are never overwritten.** Before anything is written, every destination is compared
   with every input layer or file (the same file however it is spelt: symlinks, ``..``, hard
   links). A destination that would replace an input file, or the input's layer inside a
   GeoPackage, is refused with a message naming both parameters. Adding a *new* layer to the
   input's GeoPackage is allowed: the input's layer survives.
2. **Atomic writes.** Each output is written in a hidden folder beside its target
   (``core/atomic_files.py``). Only when the algorithm has finished, every feature is on disk
   (counted) and the file is closed and settled, is it moved into place (a rename) — or, for a new
   layer in an existing GeoPackage, copied in within one SQLite transaction, keeping the other layers
   (``core/geopackage.py``). Any failure or cancel removes the hidden folder: no new or changed file
   remains. A feature the data source refuses (disk full, GDAL error) is an error, never a silent gap.
3. **Formula guard.** Text fields of an output whose destination is a ``.csv`` are neutralised by
   the same rule as every other CSV the plugin writes (``core/csv_export.neutralise``); numeric
   fields are untouched.
4. **Styles inside GeoPackages.** The style an algorithm gives :func:`~.base.style_on_load` (and its
   title/abstract) is stored in the output GeoPackage as the layer's default style (``layer_styles``)
   and metadata, so outputs of ``qgis_process``, batch runs and models open styled anywhere.

Memory outputs (``TEMPORARY_OUTPUT``, ``memory:``), QGIS's own temporary files and database
destinations (PostGIS, ``postgres://``…) are left to QGIS.
"""

from __future__ import annotations

import gc
import os
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

from qgis.core import (
    QgsDataProvider,
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFile,
    QgsProperty,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt import sip

from ..core import atomic_files, geopackage
from ..core.csv_export import FORMULA_PREFIXES, neutralise
from ..core.errors import Cancelled, HotspotInputError
from ..core.geofence_schema import history_table
from .feedback import CANCELLED
from .values import is_null

#: Parameter types whose value is read (a layer or a file); destinations are checked against them.
_INPUT_LAYER_TYPES = {"source", "vector", "layer", "raster", "mesh", "pointcloud", "vectortile"}
_PROVIDER_URI = re.compile(r"^(.*?)://(.*)$")
_PROVIDER_PREFIX = re.compile(r"^(.{3,}?):(.*)$")
_SQLITE_SUFFIXES = (".gpkg", ".sqlite", ".db")


def _text(value) -> str:
    """A parameter value as text (a QgsProperty evaluated statically; NULL and None as '')."""
    if value is None:
        return ""
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    if is_null(value):
        return ""
    return str(value)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _same_file(a, b) -> bool:
    try:
        return os.path.samefile(str(a), str(b))
    except OSError:
        return os.path.normcase(os.path.realpath(str(a))) == os.path.normcase(os.path.realpath(str(b)))


# --- what the algorithm reads ----------------------------------------------------------------------
@dataclass
class InputFile:
    """A file an input parameter reads; ``layer`` is the table read inside a GeoPackage (None: the whole file)."""

    key: str
    description: str
    path: str
    layer: Optional[str] = None

    @property
    def label(self) -> str:
        return f"the input '{self.description}' ({self.key})"


def _first_layer_name(path: str, layer_id) -> Optional[str]:
    try:
        from osgeo import ogr
    except ImportError:
        return None
    index = _text(layer_id)
    try:
        dataset = ogr.Open(path)
        layer = dataset.GetLayer(int(index) if index.isdigit() else 0) if dataset is not None else None
        return layer.GetName() if layer is not None else None
    except RuntimeError:  # GDAL with exceptions on: not a readable dataset
        return None
    finally:
        dataset = None


def _layer_input(key: str, description: str, layer) -> List[InputFile]:
    if layer is None:
        return []
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = _text(parts.get("path"))
    if not path:
        return []  # memory layers, databases
    name = _text(parts.get("layerName")) or None
    if name is None and path.lower().endswith(".gpkg"):
        name = _first_layer_name(path, parts.get("layerId"))
    return [InputFile(key, description, path, name)]


def input_files(algorithm: QgsProcessingAlgorithm, parameters: dict, context) -> List[InputFile]:
    """Every file the algorithm's input parameters read, with the GeoPackage table where there is one."""
    found: List[InputFile] = []
    for definition in algorithm.parameterDefinitions():
        key, kind = definition.name(), definition.type()
        if definition.isDestination() or parameters.get(key) is None:
            continue
        description = definition.description()
        if kind == "file":
            if definition.behavior() == QgsProcessingParameterFile.Behavior.Folder:
                continue
            path = algorithm.parameterAsFile(parameters, key, context)
            if path:
                found.append(InputFile(key, description, path))
        elif kind == "multilayer" and definition.layerType() == QgsProcessing.SourceType.TypeFile:
            # plain files (e.g. importtracks' MORE_INPUTS): listed as they are, not opened as layers
            for path in algorithm.parameterAsFileList(parameters, key, context):
                if path:
                    found.append(InputFile(key, description, path))
        elif kind == "multilayer":
            for layer in algorithm.parameterAsLayerList(parameters, key, context):
                found.extend(_layer_input(key, description, layer))
        elif kind in _INPUT_LAYER_TYPES:
            value = parameters.get(key)
            if isinstance(value, QgsProcessingFeatureSourceDefinition):
                value = value.source
            layer = algorithm.parameterAsLayer({key: value}, key, context)
            found.extend(_layer_input(key, description, layer))
    return found


# --- where the algorithm writes --------------------------------------------------------------------
@dataclass
class Destination:
    """One destination parameter, resolved.

    ``mode``: ``file`` (the whole file is written or replaced), ``layer`` (a table in a GeoPackage,
    the file's other tables kept), ``append`` (features appended to an existing layer, QGIS's
    "append to layer"), or ``qgis`` (memory, temporary and database outputs: left to QGIS).
    ``redirect`` is true when the output is written beside its target first.
    """

    key: str
    description: str
    kind: str  # "sink" or "file"
    mode: str
    target: Optional[Path] = None
    layer: Optional[str] = None
    add_only: bool = False
    value: object = None
    partial: Optional[Path] = None
    #: Set while the algorithm runs: the sink and the data source id it writes to.
    sink: Optional[CheckedSink] = None
    partial_id: str = ""
    styles: list = field(default_factory=list)

    @property
    def redirect(self) -> bool:
        if self.mode == "file":
            return True
        return self.mode == "layer" and self.target is not None and self.target.suffix.lower() == ".gpkg"

    @property
    def label(self) -> str:
        return f"the output '{self.description}' ({self.key})"

    @property
    def partial_target(self) -> Path:
        return self.partial / self.target.name

    @property
    def is_csv(self) -> bool:
        return self.mode == "file" and self.target.suffix.lower() == ".csv"

    def map_text(self, text: str) -> str:
        """``text`` with the hidden folder's path replaced by the target's folder."""
        if self.partial is None or not isinstance(text, str):
            return text
        return text.replace(str(self.partial), str(self.target.parent))


def _sink_destination(algorithm, definition, parameters: dict, context) -> Destination:
    key = definition.name()
    value = parameters.get(key)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        text, _ = value.sink.valueAsString(context.expressionContext(), "")
        append = value.useRemapping()
    else:
        text = (
            value.valueAsString(context.expressionContext(), "")[0] if isinstance(value, QgsProperty) else _text(value)
        )
        append = False
    if not text:
        text = _text(definition.defaultValue())
    destination = Destination(key, definition.description(), "sink", "qgis", value=value)
    if not text or text == QgsProcessing.TEMPORARY_OUTPUT or text.startswith("memory:"):
        return destination
    if _PROVIDER_URI.match(text):
        return destination  # postgres://… and other provider URIs: databases
    prefixed = _PROVIDER_PREFIX.match(text)
    if prefixed:
        provider, uri = prefixed.groups()
        if provider != "ogr":
            return destination  # postgis:, spatialite:, mssql:… databases
        source = QgsDataSourceUri(uri)
        if not source.database():
            return destination
        destination.target = Path(os.path.abspath(source.database()))
        destination.layer = source.table() or None
        destination.mode = "append" if append else ("layer" if destination.layer else "qgis")
        return destination
    if "|layername=" in text:
        path, layer = text.split("|layername=", 1)
        destination.target, destination.layer = Path(os.path.abspath(path)), layer.split("|", 1)[0]
        destination.mode = "append" if append else "layer"
        return destination
    suffix = text.rsplit(".", 1)[1] if "." in Path(text).name else ""
    if not suffix or not QgsVectorFileWriter.driverForExtension(suffix):
        text += ".gpkg"  # as QgsProcessingUtils.parseDestinationString does
    destination.target = Path(os.path.abspath(text))
    destination.mode = "append" if append else "file"
    return destination


def _file_destination(algorithm, definition, parameters: dict, context) -> Destination:
    key = definition.name()
    value = parameters.get(key)
    text = value.valueAsString(context.expressionContext(), "")[0] if isinstance(value, QgsProperty) else _text(value)
    destination = Destination(key, definition.description(), "file", "qgis", value=value)
    if not text or text == QgsProcessing.TEMPORARY_OUTPUT:
        return destination
    target = Path(os.path.abspath(text))
    extension = definition.defaultFileExtension() if hasattr(definition, "defaultFileExtension") else ""
    if not target.suffix and extension:
        target = target.with_name(f"{target.name}.{extension}")
    destination.target = target
    destination.add_only = key in getattr(algorithm, "GEOPACKAGE_ADD_OUTPUTS", ())
    destination.mode = "layer" if destination.add_only and target.exists() else "file"
    return destination


def destinations(algorithm: QgsProcessingAlgorithm, parameters: dict, context) -> List[Destination]:
    """Every destination parameter of the algorithm, resolved (see :class:`Destination`)."""
    found = []
    for definition in algorithm.destinationParameterDefinitions():
        if definition.type() == "sink":
            found.append(_sink_destination(algorithm, definition, parameters, context))
        elif definition.type() in ("fileDestination", "vectorDestination"):
            found.append(_file_destination(algorithm, definition, parameters, context))
    return [d for d in found if d.mode != "qgis" or d.target is not None]


def _input_sidecars(path: str) -> List[str]:
    return [path] + [str(p) for p in atomic_files.sidecars(path) if not str(p).endswith(atomic_files.SQLITE_SIDECARS)]


def _conflict(destination: Destination, inputs: Iterable[InputFile]) -> Optional[str]:
    target = destination.target
    if target is None or not target.exists():
        return None
    for source in inputs:
        if not any(_same_file(path, target) for path in _input_sidecars(source.path)):
            continue
        if destination.mode == "file":
            return (
                f"{_capital(destination.label)} would overwrite {source.label}: both are {target}. "
                f"Inputs are never overwritten: choose another file for {destination.key}."
            )
        if source.layer is None:
            return (
                f"{_capital(destination.label)} would write into {target}, which is {source.label} "
                f"(read as a whole file). Choose another file for {destination.key}."
            )
        protected = {source.layer.lower(), history_table(source.layer).lower()}
        if destination.layer is None or destination.layer.lower() in protected:
            return (
                f"{_capital(destination.label)} would replace the layer '{destination.layer or source.layer}' of "
                f"{target}, which {source.label} reads. Inputs are never overwritten: choose another layer name "
                f"or another file for {destination.key}."
            )
    return None


def _in_use(destination: Destination) -> Optional[str]:
    """A message when a database file that would be replaced is open (its journal files exist)."""
    target = destination.target
    if destination.mode != "file" or not target.exists() or target.suffix.lower() not in _SQLITE_SUFFIXES:
        return None
    for suffix in atomic_files.SQLITE_SIDECARS:
        journal = Path(str(target) + suffix)
        if journal.exists():
            return (
                f"{target} is open (its {journal.name} file exists), e.g. a layer of it is being edited in QGIS: "
                "replacing it now could lose those edits. Remove its layers from the project (or close the program "
                f"using it) and run again, or choose another file for {destination.key}."
            )
    return None


@dataclass
class Inspection:
    """What a run reads and writes, found before it starts (on the main thread: see :func:`inspect_run`)."""

    inputs: List[InputFile]
    destinations: List[Destination]
    problem: Optional[str]


def inspect_run(algorithm: QgsProcessingAlgorithm, parameters: dict, context) -> Inspection:
    """The inputs and destinations of a run, and why it cannot be written as given (None when it can).

    Resolving the parameters opens the project's layers, which live on the main thread; QGIS calls an
    algorithm's ``prepareAlgorithm`` there (also for a run in the task manager), so the plugin's
    algorithms inspect their run in it and the worker thread never touches a project layer to do so.
    """
    found = destinations(algorithm, parameters, context)
    inputs = input_files(algorithm, parameters, context)
    return Inspection(inputs, found, _problem(found, inputs))


def find_problem(algorithm: QgsProcessingAlgorithm, parameters: dict, context) -> Optional[str]:
    """Why the destinations cannot be written as given (an input would be overwritten, two outputs clash…), or None."""
    found = destinations(algorithm, parameters, context)
    if not any(d.target is not None for d in found):
        return None
    return _problem(found, input_files(algorithm, parameters, context))


def _problem(found: List[Destination], inputs: List[InputFile]) -> Optional[str]:
    outputs = [d for d in found if d.target is not None]
    if not outputs:
        return None
    for destination in outputs:
        problem = _conflict(destination, inputs) or _in_use(destination)
        if problem:
            return problem
    for i, first in enumerate(outputs):
        for second in outputs[i + 1 :]:
            if not _same_file(first.target, second.target):
                continue
            both_layers = first.mode in ("layer", "append") and second.mode in ("layer", "append")
            if both_layers and (first.layer or "").lower() != (second.layer or "").lower():
                continue
            return (
                f"The outputs {first.key} and {second.key} both write {first.target}: the second would overwrite "
                "the first. Choose different files, or different layer names in one GeoPackage."
            )
    return None


# --- writing ---------------------------------------------------------------------------------------
_NO_FLAGS = QgsFeatureSink.Flags()


class CheckedSink(QgsFeatureSink):
    """A feature sink that counts what it writes, makes a refused feature an error, and guards CSV text."""

    def __init__(self, inner: QgsFeatureSink, destination_key: str, guarded_fields: Iterable[int] = ()):
        super().__init__()
        self.inner = inner
        self.key = destination_key
        self.count = 0
        self.guarded = list(guarded_fields)

    def _guard(self, feature: QgsFeature) -> QgsFeature:
        attributes = feature.attributes()
        changed = False
        for index in self.guarded:
            if index < len(attributes):
                value = attributes[index]
                if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
                    attributes[index] = neutralise(value)
                    changed = True
        if not changed:
            return feature
        copy = QgsFeature(feature)
        copy.setAttributes(attributes)
        return copy

    def _refused(self):
        reason = self.inner.lastError() if hasattr(self.inner, "lastError") else ""
        raise QgsProcessingException(
            f"Could not write to the output {self.key}: {reason or 'the data source refused a feature'} "
            "(disk full, no permission or a GDAL error). Nothing was written."
        )

    def addFeature(self, feature, flags=_NO_FLAGS):  # noqa: N802 - QGIS API name
        if self.guarded:
            feature = self._guard(feature)
        if not self.inner.addFeature(feature, flags):
            self._refused()
        self.count += 1
        return True

    def addFeatures(self, features, flags=_NO_FLAGS):  # noqa: N802 - QGIS API name
        features = [self._guard(f) for f in features] if self.guarded else list(features)
        if features and not self.inner.addFeatures(features, flags):
            self._refused()
        self.count += len(features)
        return True

    def flushBuffer(self):  # noqa: N802 - QGIS API name
        if not self.inner.flushBuffer():
            self._refused()
        return True

    def lastError(self):  # noqa: N802 - QGIS API name
        return self.inner.lastError()


def _count_features(source_id: str) -> Optional[int]:
    """Features GDAL reads back from a written file (None when GDAL cannot say)."""
    try:
        from osgeo import ogr
    except ImportError:
        return None
    path, _, layer_name = source_id.partition("|layername=")
    try:
        dataset = ogr.Open(path)
        if dataset is None:
            return -1
        layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
        return layer.GetFeatureCount() if layer is not None else -1
    except RuntimeError:  # GDAL with exceptions on: the file cannot be read back
        return -1
    finally:
        dataset = None


def _open_files_in(folders: List[Path]) -> List[str]:
    """Files of ``folders`` this process still has open (Linux /proc; empty elsewhere)."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return []
    prefixes = [str(f) + os.sep for f in folders]
    found = []
    for entry in fd_dir.iterdir():
        try:
            target = os.readlink(str(entry))
        except OSError:
            continue
        if any(target.startswith(p) for p in prefixes):
            found.append(target)
    return found


def collect_garbage() -> None:
    """Free the Python side of closed layers now, on the main thread only.

    In a worker thread (a background run) the collector would also finalise the main thread's garbage
    from the wrong thread; there the layers' connections are released by ``_release`` and the rest is
    collected when the run has ended (``gui.background``).
    """
    if threading.current_thread() is threading.main_thread():
        gc.collect()


def _release(layer: QgsVectorLayer) -> None:
    """Close the connections QGIS pools for ``layer``'s file (reading features leaves one open)."""
    if layer.dataProvider() is not None:
        layer.dataProvider().reloadData()


def _style_saved(result) -> str:
    """The error text of ``saveStyleToDatabase`` across QGIS versions ('' when saved)."""
    if isinstance(result, tuple):
        return "" if result and result[0] in (True, 0) else str(result[-1])
    return result if isinstance(result, str) else ""


class OutputPlan:
    """The destinations of one algorithm run: checked, redirected, then committed or removed."""

    def __init__(self, algorithm, parameters: dict, context, feedback):
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.destinations: List[Destination] = []
        self.inputs: List[InputFile] = []
        self._reopen: List[Tuple[QgsVectorLayer, str]] = []

    # before the run
    def prepare(self, inspection: Optional[Inspection] = None) -> dict:
        """Refuse bad destinations; return the parameters with each file output redirected beside its target.

        ``inspection``: the run's :func:`inspect_run`, when the algorithm made it in ``prepareAlgorithm``.
        """
        if inspection is None:
            inspection = inspect_run(self.algorithm, self.parameters, self.context)
        if inspection.problem:
            raise QgsProcessingException(inspection.problem)
        self.inputs = inspection.inputs
        self.destinations = inspection.destinations
        prepared = dict(self.parameters)
        try:
            for destination in self.destinations:
                if destination.redirect:
                    destination.partial = atomic_files.partial_dir(destination.target)
                    prepared[destination.key] = self._redirected_value(destination)
        except HotspotInputError as error:
            self.abort()
            raise QgsProcessingException(f"{_capital(destination.label)}: {error}") from None
        return prepared

    @staticmethod
    def _redirected_value(destination: Destination):
        partial = str(destination.partial_target)
        if destination.kind == "file":
            return partial
        if destination.mode == "layer":
            uri = QgsDataSourceUri()
            uri.setDatabase(partial)
            uri.setTable(destination.layer)
            uri.setGeometryColumn("geom")
            partial = "ogr:" + uri.uri()
        value = destination.value
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = QgsProcessingOutputLayerDefinition(value)
            value.sink = QgsProperty.fromValue(partial)
            return value
        return partial

    def destination(self, key: str) -> Optional[Destination]:
        return next((d for d in self.destinations if d.key == key), None)

    def map_text(self, text: str) -> str:
        for destination in self.destinations:
            text = destination.map_text(text)
        return text

    # while the algorithm runs
    def sink_created(self, key: str, sink, partial_id: str, fields) -> Tuple[CheckedSink, str]:
        """Wrap a new sink; return it with the identifier the output will have once in place."""
        destination = self.destination(key)
        guarded = []
        if destination is not None and destination.is_csv:
            guarded = [i for i, f in enumerate(fields) if not f.isNumeric()]
        checked = CheckedSink(sink, key, guarded)
        if destination is None or not destination.redirect:
            return checked, partial_id
        destination.sink = checked
        destination.partial_id = partial_id
        final_id = destination.map_text(partial_id)
        self._rekey_load_on_completion(partial_id, final_id)
        return checked, final_id

    def _rekey_load_on_completion(self, old: str, new: str) -> None:
        """Let QGIS load the output from where it will be (the entry has no post-processor yet)."""
        if old == new or not self.context.willLoadLayerOnCompletion(old):
            return
        details = self.context.layersToLoadOnCompletion()
        if details[old].postProcessor() is not None:
            return  # re-keying would delete it; QGIS never sets one when creating a sink
        details[new] = details.pop(old)
        self.context.setLayersToLoadOnCompletion(details)

    def remember_style(self, final_id: str, processor) -> None:
        for destination in self.destinations:
            if destination.sink is not None and destination.map_text(destination.partial_id) == final_id:
                destination.styles.append(processor)

    # after the run
    def commit(self, results: dict) -> dict:
        """Finish every redirected output and move it into place; return ``results`` with final paths."""
        redirected = [d for d in self.destinations if d.partial is not None]
        if not redirected:
            return results
        self._close_sinks()
        for destination in redirected:
            self._check_written(destination)
            self._store_style(destination)
        self._close_partial_layers()
        self._settle(redirected)
        placed = self._place(redirected)
        for layer, source in self._reopen:
            options = QgsDataProvider.ProviderOptions()
            options.transformContext = self.context.transformContext()
            layer.setDataSource(source, layer.name(), layer.providerType(), options, True)
        self._reopen = []
        for destination in redirected:
            atomic_files.remove_partial(destination.partial)
        mapped = {key: self._map_value(value) for key, value in results.items()}
        for line in placed:
            if self.feedback is not None:
                self.feedback.pushInfo(line)
        return mapped

    def _map_value(self, value):
        if isinstance(value, str):
            return self.map_text(value)
        if isinstance(value, list):
            return [self._map_value(v) for v in value]
        return value

    def _close_sinks(self) -> None:
        for destination in self.destinations:
            checked = destination.sink
            if checked is None or sip.isdeleted(checked.inner):
                continue
            checked.flushBuffer()
            if destination.partial is not None:
                sip.delete(checked.inner)  # closes the file, whoever still holds the sink

    def _check_written(self, destination: Destination) -> None:
        if destination.sink is None or not destination.partial_id:
            return
        found = _count_features(destination.partial_id)
        if found is not None and found != destination.sink.count:
            raise QgsProcessingException(
                f"Only {max(found, 0):,} of {destination.sink.count:,} features could be written to "
                f"{destination.label} (disk full or a GDAL error). Nothing was written."
            )

    def _store_style(self, destination: Destination) -> None:
        """Apply the output's styles to the written layer and save them (and its metadata) in the GeoPackage."""
        if not destination.styles or destination.target.suffix.lower() != ".gpkg":
            return
        path, _, table = destination.partial_id.partition("|layername=")
        tables = geopackage.user_tables(path)
        table = table or (tables[0] if len(tables) == 1 else destination.target.stem)
        layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
        if not layer.isValid():
            raise QgsProcessingException(f"{_capital(destination.label)} was written but cannot be read back.")
        for processor in destination.styles:
            processor.postProcessLayer(layer, self.context, self.feedback)
        error = _style_saved(layer.saveStyleToDatabase(table, "Style of the hot spot policing plugin", True, ""))
        message, saved = layer.saveDefaultMetadata()
        _release(layer)
        del layer
        problems = [p for p in (error, "" if saved else message) if p]
        if problems and self.feedback is not None:
            self.feedback.pushWarning(
                f"The style or metadata of {destination.key} could not be stored in the GeoPackage: "
                + "; ".join(problems)
            )

    def _close_partial_layers(self) -> None:
        """Detach layers QGIS holds on the hidden folders (e.g. a layer an algorithm added to load)."""
        folders = [str(d.partial) for d in self.destinations if d.partial is not None]
        store = self.context.temporaryLayerStore()
        for layer in list(store.mapLayers().values()):
            source = layer.source()
            if any(folder in source for folder in folders) and isinstance(layer, QgsVectorLayer):
                self._reopen.append((layer, self.map_text(source)))
                _release(layer)
                layer.setDataSource("", layer.name(), layer.providerType())
        if self._reopen:
            collect_garbage()

    def _settle(self, redirected: List[Destination]) -> None:
        folders = [d.partial for d in redirected]
        for folder in folders:
            for path in folder.iterdir():
                if path.is_file() and geopackage.is_sqlite(path):
                    try:
                        geopackage.settle(path)
                    except HotspotInputError as error:
                        raise QgsProcessingException(str(error)) from None
        still_open = _open_files_in(folders)
        if still_open:
            raise QgsProcessingException(
                f"An output is still open ({still_open[0]}), so it cannot be moved into place safely. "
                "Nothing was written."
            )

    def _place(self, redirected: List[Destination]) -> List[str]:
        """Move (or merge) every finished output into place; lines for the log."""
        from ..i18n import tr

        lines = []
        groups: List[List[Destination]] = []
        for destination in redirected:
            group = next((g for g in groups if _same_file(g[0].target, destination.target)), None)
            if group is None:
                groups.append([destination])
            else:
                group.append(destination)
        for group in groups:
            target = group[0].target
            first = group[0]
            try:
                if first.mode == "layer" and target.exists():
                    protected = [s.layer for s in self.inputs if s.layer and _same_file(s.path, target)]
                    tables = geopackage.merge_geopackage(
                        [d.partial_target for d in group],
                        target,
                        replace=not any(d.add_only for d in group),
                        protected=protected + [history_table(p) for p in protected],
                    )
                    lines.append(f"Added {', '.join(tables)} to {target} (its other layers are unchanged).")
                    continue
                if len(group) > 1:
                    geopackage.merge_geopackage([d.partial_target for d in group[1:]], first.partial_target)
                atomic_files.move_into_place(first.partial, target)
            except HotspotInputError as error:
                raise QgsProcessingException(str(error)) from None
            keys = ", ".join(d.key for d in group)
            lines.append(tr("Wrote {} to {}.").format(keys, target))
        styled = [d.key for d in redirected if d.styles and d.target.suffix.lower() == ".gpkg"]
        if styled:
            lines.append(
                tr("Style and metadata of {} are stored in the GeoPackage (layer_styles).").format(", ".join(styled))
            )
        return lines

    def abort(self) -> None:
        """Remove every partial file; nothing the run started writing remains."""
        for destination in self.destinations:
            sink = destination.sink
            if sink is not None and destination.partial is not None and not sip.isdeleted(sink.inner):
                sip.delete(sink.inner)
        folders = [str(d.partial) for d in self.destinations if d.partial is not None]
        if folders:
            store = self.context.temporaryLayerStore()
            for layer in list(store.mapLayers().values()):
                if any(folder in layer.source() for folder in folders):
                    store.removeMapLayer(layer.id())
            self._reopen = []
            collect_garbage()
        for destination in self.destinations:
            atomic_files.remove_partial(destination.partial)
            destination.partial = None


# --- the run ---------------------------------------------------------------------------------------
_PLANS: Dict[int, List[OutputPlan]] = {}
_LOCK = threading.Lock()


def _context_key(context) -> int:
    return sip.unwrapinstance(context)


def active_plan(context) -> Optional[OutputPlan]:
    """The plan of the innermost run using ``context`` (None outside a run)."""
    if context is None:
        return None
    with _LOCK:
        plans = _PLANS.get(_context_key(context))
        return plans[-1] if plans else None


def run_safely(algorithm, process, parameters: dict, context, feedback):
    """Run ``process`` (an algorithm's own processAlgorithm) with the guarantees of this module."""
    from ..i18n import tr

    current = active_plan(context)
    if current is not None and current.algorithm is algorithm:
        return process(algorithm, parameters, context, feedback)  # a subclass calling its parent's method
    plan = OutputPlan(algorithm, parameters, context, feedback)
    prepared = plan.prepare(getattr(algorithm, "_inspection", None))
    algorithm._inspection = None  # one run per preparation
    key = _context_key(context)
    with _LOCK:
        _PLANS.setdefault(key, []).append(plan)
    try:
        try:
            results = process(algorithm, prepared, context, feedback)
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled: no output was written."))
            return plan.commit(results)
        except QgsProcessingException as error:
            plan.abort()
            raise QgsProcessingException(plan.map_text(str(error))) from None
        except HotspotInputError as error:
            plan.abort()
            raise QgsProcessingException(plan.map_text(str(error))) from None
        except BaseException:
            plan.abort()
            raise
    finally:
        with _LOCK:
            plans = _PLANS.get(key, [])
            if plan in plans:
                plans.remove(plan)
            if not plans:
                _PLANS.pop(key, None)


def create_sink(algorithm, parameters, name, context, fields, *args, **kwargs):
    """``parameterAsSink`` for the plugin's algorithms: the sink is checked and its id is the final one."""
    plan = active_plan(context)
    try:
        sink, dest_id = QgsProcessingAlgorithm.parameterAsSink(
            algorithm, parameters, name, context, fields, *args, **kwargs
        )
    except QgsProcessingException as error:
        raise QgsProcessingException(plan.map_text(str(error)) if plan else str(error)) from None
    if sink is None or plan is None or plan.algorithm is not algorithm:
        return sink, dest_id
    return plan.sink_created(name, sink, dest_id, fields)


class BulkTable:
    """A new GeoPackage table that rows go into in bulk (one SQLite transaction), bypassing QGIS's feature
    loop; the checked sink it came from counts them, so the run's checks hold as for features."""

    def __init__(self, path: str, table: str, sink: CheckedSink):
        self.path, self.table, self.sink = path, table, sink
        self.geometry, self.srs_id = geopackage.geometry_column(path, table)

    def write(self, names: List[str], chunks, feedback=None) -> int:
        """Insert ``chunks`` (see :func:`core.geopackage.insert_rows`; the geometry column first in ``names``
        when the table has one). A cancel between chunks, or any failure, leaves the table empty."""
        if self.geometry is not None:
            names = [self.geometry] + list(names)
        cancelled = feedback.isCanceled if feedback is not None else None
        try:
            written = geopackage.insert_rows(self.path, self.table, names, chunks, cancelled)
        except Cancelled:
            written = None
        except (HotspotInputError, sqlite3.Error) as error:
            raise QgsProcessingException(
                f"Could not write to the output {self.sink.key}: {error} (disk full, no permission or a "
                "GDAL error). Nothing was written."
            ) from None
        if written is None:
            raise QgsProcessingException(CANCELLED)
        self.sink.count += written
        return written


_DATETIME_TEXT: List[Tuple[bool, str]] = []


def datetime_text(milliseconds) -> list:
    """UTC instants (integer milliseconds since 1970) as the text QGIS's own GeoPackage writer stores for
    a UTC ``QDateTime``: with or without the milliseconds and a ``Z``, as this QGIS does (QGIS 3.22
    drops the milliseconds; asked once, by writing one value to a scratch GeoPackage)."""
    import numpy as np

    if not _DATETIME_TEXT:
        _DATETIME_TEXT.append(_probe_datetime_text())
    keep_ms, suffix = _DATETIME_TEXT[0]
    ms = np.asarray(milliseconds, dtype=np.int64)
    if not keep_ms:
        ms = ms // 1000 * 1000
    text = np.datetime_as_string(ms.astype("datetime64[ms]"), unit="ms")
    if suffix:
        text = np.char.add(text, suffix)
    return text.tolist()


def _probe_datetime_text() -> Tuple[bool, str]:
    import tempfile

    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsWkbTypes
    from qgis.PyQt.QtCore import QDateTime, Qt

    from .fields import make_fields

    fields = make_fields([("t", "DateTime")])
    with tempfile.TemporaryDirectory(prefix="hotspot_probe_") as folder:
        path = os.path.join(folder, "probe.gpkg")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        writer = QgsVectorFileWriter.create(
            path,
            fields,
            QgsWkbTypes.Type.NoGeometry,
            QgsCoordinateReferenceSystem(),
            QgsCoordinateTransformContext(),
            options,
        )
        feature = QgsFeature(fields)
        feature.setAttributes([QDateTime.fromMSecsSinceEpoch(946782245678, Qt.TimeSpec.UTC)])  # 2000-01-02 03:04:05.678
        writer.addFeature(feature)
        del writer
        db = sqlite3.connect(path)
        try:
            (text,) = db.execute('SELECT t FROM "probe"').fetchone()
        finally:
            db.close()
    if not str(text).startswith("2000-01-02T03:04:05"):
        raise QgsProcessingException(f"QGIS stores date-times as {text!r}; the bulk writer cannot follow it.")
    return ".678" in text, "Z" if str(text).endswith("Z") else ""


def bulk_table(context, sink) -> Optional[BulkTable]:
    """The new GeoPackage table ``sink`` writes, to fill in bulk, or None (then write through the sink).

    Only for a sink of the running plan that writes a file it redirected (a new GeoPackage, or a new
    layer for one: written beside the target, checked and moved as every output is), before any feature
    went in. QGIS's writer has created the table with its fields, geometry type and CRS; it is closed here
    so that SQLite can fill the table. Memory, database and appended outputs, CSV and other formats go
    through QGIS as before.
    """
    plan = active_plan(context)
    if plan is None or not isinstance(sink, CheckedSink) or sink.count or sink.guarded:
        return None
    destination = next((d for d in plan.destinations if d.sink is sink), None)
    if destination is None or destination.partial is None or destination.target.suffix.lower() != ".gpkg":
        return None
    path, _, table = destination.partial_id.partition("|layername=")
    if not path.lower().endswith(".gpkg") or sip.isdeleted(sink.inner):
        return None
    sink.flushBuffer()
    sip.delete(sink.inner)  # closes QGIS's writer: the file is complete (an empty table)
    tables = geopackage.user_tables(path)
    table = table.split("|", 1)[0] or (tables[0] if len(tables) == 1 else "")
    if table not in tables:
        raise QgsProcessingException(f"{_capital(destination.label)}: QGIS did not create its table in {path}.")
    return BulkTable(path, table, sink)


def store_style(context, dest_id: str, processor) -> None:
    """Store ``processor``'s styling of the output ``dest_id`` in its GeoPackage when the run finishes.

    ``processor`` is a ``QgsProcessingLayerPostProcessorInterface`` kept by Python (never handed to
    QGIS, which deletes the ones it is given); it is applied to the written layer, then the layer's
    style and metadata are saved as its defaults in the GeoPackage.
    """
    plan = active_plan(context)
    if plan is not None:
        plan.remember_style(dest_id, processor)
