"""A tiny progress/cancel protocol shared by the analysis functions."""

from typing import Callable, Optional

from .errors import Cancelled

#: ``progress(fraction)`` returns False to ask the computation to stop; fraction is 0..1.
ProgressCallback = Optional[Callable[[float], bool]]


def report(progress: ProgressCallback, fraction: float) -> None:
    """Call ``progress`` if given and raise :class:`Cancelled` when it asks to stop."""
    if progress is not None and progress(min(max(fraction, 0.0), 1.0)) is False:
        raise Cancelled("Cancelled by the user.")


def scaled(progress: ProgressCallback, start: float, end: float) -> ProgressCallback:
    """A callback for a part of the work that maps its 0..1 onto ``start``..``end`` of ``progress``."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)
