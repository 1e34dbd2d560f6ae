"""Processing history and "Copy as Python command" without database passwords."""

from __future__ import annotations

from ..core.credentials import redact, redact_value


class RedactedCommandMixin:
    """Mix into an algorithm (before its base class) whose parameters may hold a PostgreSQL connection
    string or layer source: QGIS writes the command of every run it starts from a dialog into the
    Processing history; the password is taken out first.

    The parameters are redacted before QGIS sees them, not only the command it returns: QGIS 3.40 tries to open a
    string given to a layer parameter while it writes the command, and OGR logs the string it could not open
    ("Cannot open dbname=… password=…") to the message log."""

    def asPythonCommand(self, parameters, context):  # noqa: N802 - QGIS API name
        return redact(super().asPythonCommand(redact_value(dict(parameters)), context))

    def asQgisProcessCommand(self, parameters, context):  # noqa: N802 - QGIS API name (QGIS 3.24 and later)
        command, ok = super().asQgisProcessCommand(redact_value(dict(parameters)), context)
        return redact(command), ok
