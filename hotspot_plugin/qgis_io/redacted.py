"""Processing history and "Copy as Python command" without database passwords."""

from __future__ import annotations

from ..core.credentials import redact


class RedactedCommandMixin:
    """Mix into an algorithm (before its base class) whose parameters may hold a PostgreSQL connection
    string or layer source: QGIS writes the command of every run it starts from a dialog into the
    Processing history; the password is taken out first."""

    def asPythonCommand(self, parameters, context):  # noqa: N802 - QGIS API name
        return redact(super().asPythonCommand(parameters, context))

    def asQgisProcessCommand(self, parameters, context):  # noqa: N802 - QGIS API name (QGIS 3.24 and later)
        command, ok = super().asQgisProcessCommand(parameters, context)
        return redact(command), ok
