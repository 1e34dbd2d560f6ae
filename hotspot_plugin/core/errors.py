"""Errors that carry a message fit to show a user: what is wrong and how to fix it."""


class HotspotInputError(ValueError):
    """Raised for bad input. The message names the problem and the fix; adapters show it as is."""


class Cancelled(RuntimeError):  # noqa: N818 - reads as "raise Cancelled", not an error of the input
    """Raised when the caller's progress callback asks to stop."""
