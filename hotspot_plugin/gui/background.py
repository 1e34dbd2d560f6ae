"""Run a Processing algorithm in QGIS's task manager from a dock, with progress and cancel."""

from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication


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
        self.context = QgsProcessingContext()
        self.context.setProject(project)
        self.feedback = QgsProcessingFeedback()
        self.feedback.progressChanged.connect(on_progress)
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(lambda ok, results: on_done(ok, results, self.context, self.feedback))
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        self.task.cancel()

    def failure_message(self) -> str:
        """The last line of the run's log: what went wrong, in the algorithm's words."""
        log = [line for line in self.feedback.textLog().strip().splitlines() if line.strip()]
        return log[-1] if log else QCoreApplication.translate("BackgroundRun", "The job failed or was stopped.")


def start_algorithm(algorithm_id: str, parameters: dict, project, on_progress, on_done) -> Optional[BackgroundRun]:
    """Start ``algorithm_id`` in the background, or return None when it is not registered."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    if algorithm is None:
        return None
    return BackgroundRun(algorithm, parameters, project, on_progress, on_done)
