"""Run a Processing algorithm in QGIS's task manager from a dock or dialog, with progress and cancel.

Outputs given as :func:`to_project` destinations are loaded as the Processing toolbox loads them
(:meth:`BackgroundRun.load`): into the project, named, with the style and metadata the algorithm
attached to them, so a dock or dialog gives the same layers as the toolbox and ``qgis_process``.
"""

from __future__ import annotations

import gc
from typing import Callable, Dict, List, Optional

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsVectorLayer,
)

from ..i18n import tr


def to_project(project, name: str = "") -> QgsProcessingOutputLayerDefinition:
    """A temporary output the run loads into ``project`` on completion (as the toolbox's "Open output")."""
    definition = QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, project)
    if name:
        definition.destinationName = name
    return definition


class _CycleCollectorPause:
    """Python's cycle collector paused while a background run goes on, resumed on the main thread.

    The collector runs in whichever thread happens to allocate; in the worker thread it would finalise
    garbage the main thread left (layers, widgets, other Qt objects of the main thread) from the wrong
    thread, which crashes QGIS. So garbage is collected on the main thread before a run starts, the
    collector waits while runs go on, and the main thread collects again when the last one has ended.
    Reference counting still frees everything else at once.
    """

    def __init__(self):
        self.runs = 0
        self.paused_here = False

    def start(self) -> None:
        if self.runs == 0:
            gc.collect()
            self.paused_here = gc.isenabled()
            gc.disable()
        self.runs += 1

    def end(self) -> None:
        self.runs = max(0, self.runs - 1)
        if self.runs == 0 and self.paused_here:
            self.paused_here = False
            gc.enable()
            gc.collect()


CYCLE_COLLECTOR = _CycleCollectorPause()


class BackgroundRun:
    """One algorithm run; keeps its task, context, feedback and algorithm alive until it ends.

    ``on_done(successful, results, context, feedback)`` is called on the main thread when the task
    has run (or failed, or was cancelled).
    """

    def __init__(
        self,
        algorithm,
        parameters: dict,
        project,
        on_progress: Callable[[float], None],
        on_done: Callable[[bool, dict, QgsProcessingContext, QgsProcessingFeedback], None],
    ):
        self.algorithm = algorithm
        self.project = project
        self.context = QgsProcessingContext()
        self.context.setProject(project)
        self.feedback = QgsProcessingFeedback()
        self.feedback.progressChanged.connect(on_progress)
        self._paused = True
        CYCLE_COLLECTOR.start()
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(lambda ok, results: self._executed(on_done, ok, results))
        self.task.taskTerminated.connect(self._resume_collector)
        self.task.taskCompleted.connect(self._resume_collector)
        QgsApplication.taskManager().addTask(self.task)

    def _executed(self, on_done, ok: bool, results: dict) -> None:
        self._resume_collector()
        on_done(ok, results, self.context, self.feedback)

    def _resume_collector(self) -> None:
        if self._paused:
            self._paused = False
            CYCLE_COLLECTOR.end()

    def cancel(self) -> None:
        self.task.cancel()

    def failure_message(self) -> str:
        """The last line of the run's log: what went wrong, in the algorithm's words."""
        log = [line for line in self.feedback.textLog().strip().splitlines() if line.strip()]
        return log[-1] if log else tr("The job failed or was stopped.")

    def load(self, results: dict, names: Dict[str, str]) -> List[QgsVectorLayer]:
        """Add the outputs ``names`` (output key → layer name) of a finished run to the project, styled.

        Each layer gets the post-processing (style, metadata) the algorithm attached to it, as the
        toolbox applies it; outputs the run did not make are skipped.
        """
        layers = []
        for key, name in names.items():
            value = results.get(key)
            if not value:
                continue
            layer = self.context.takeResultLayer(str(value))
            if layer is None:
                layer = QgsVectorLayer(str(value), name, "ogr")
            if not layer.isValid():
                continue
            layer.setName(name)
            self.project.addMapLayer(layer)
            if self.context.willLoadLayerOnCompletion(str(value)):
                processor = self.context.layerToLoadOnCompletionDetails(str(value)).postProcessor()
                if processor is not None:
                    processor.postProcessLayer(layer, self.context, self.feedback)
            layers.append(layer)
        return layers


def start_algorithm(algorithm_id: str, parameters: dict, project, on_progress, on_done) -> Optional[BackgroundRun]:
    """Start ``algorithm_id`` in the background, or return None when it is not registered."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    if algorithm is None:
        return None
    return BackgroundRun(algorithm, parameters, project, on_progress, on_done)


class PanelRunner:
    """Runs one algorithm at a time for a panel, with its progress bar, stop button and status line.

    While a run goes on, ``busy_buttons`` are disabled and ``stop_button`` enabled. When it ends,
    ``done(results, context)`` is called on success; on failure ``last_error`` holds the algorithm's
    message, which the status line shows.
    """

    def __init__(self, project, progress, status, stop_button=None, busy_buttons=()):
        self.project = project
        self.progress = progress
        self.status = status
        self.stop_button = stop_button
        self.busy_buttons = list(busy_buttons)
        self.last_error = ""
        self._running: Optional[BackgroundRun] = None
        if stop_button is not None:
            stop_button.setEnabled(False)
            stop_button.clicked.connect(self.stop)

    def start(self, algorithm_id: str, parameters: dict, done: Callable[[dict, QgsProcessingContext], None]) -> bool:
        """Start ``algorithm_id``; False (and a line in the status) when a run is going on or it is missing."""
        if self._running is not None:
            self.status.setText(tr("Wait for the running job to finish, or stop it."))
            return False
        self.progress.setValue(0)
        run = start_algorithm(
            algorithm_id,
            parameters,
            self.project,
            lambda value: self.progress.setValue(int(value)),
            lambda ok, results, context, feedback: self._finished(done, ok, results, context),
        )
        if run is None:
            self.status.setText(tr("The Processing algorithm {} is not available.").format(algorithm_id))
            return False
        self._running = run
        self._set_busy(True)
        self.status.setText(tr("Working…"))
        return True

    def _set_busy(self, busy: bool) -> None:
        for button in self.busy_buttons:
            button.setEnabled(not busy)
        if self.stop_button is not None:
            self.stop_button.setEnabled(busy)

    def _finished(self, done, successful: bool, results: dict, context) -> None:
        run, self._running = self._running, None
        self._set_busy(False)
        if not successful:
            self.last_error = run.failure_message()
            self.status.setText(self.last_error)
            return
        self.last_error = ""
        self.progress.setValue(100)
        done(results, context)

    def stop(self) -> None:
        if self._running is not None:
            self._running.cancel()

    def is_running(self) -> bool:
        return self._running is not None
