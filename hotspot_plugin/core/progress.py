"""A tiny progress/cancel protocol shared by the analysis functions."""

from typing import Callable, Optional

from .errors import Cancelled

#: ``progress(fraction)`` returns False to ask the computation to stop; fraction is 0..1.
ProgressCallback = Optional[Callable[[float], bool]]


def report(progress: ProgressCallback, fraction: float) -> None:
    """Call ``progress`` if given and raise :class:`Cancelled` when it asks to stop."""
    if progress is not None and progress(min(max(fraction, 0.0), 1.0)) is False:
        raise Cancelled("Cancelled by the user.")
