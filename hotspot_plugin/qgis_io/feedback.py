"""Cancel checks for long loops over features or values (inside algorithms and their helpers)."""

from __future__ import annotations

from qgis.core import QgsProcessingException

#: The message of a run the user stopped.
CANCELLED = "Cancelled."


def check_cancel(feedback) -> None:
    """Stop the run when the user has cancelled (a Processing error reading "Cancelled.")."""
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(CANCELLED)
