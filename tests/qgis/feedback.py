"""A Processing feedback that keeps what an algorithm writes to its log, for tests that read the log."""

from qgis.core import QgsProcessingFeedback


class LogFeedback(QgsProcessingFeedback):
    """Keeps every line an algorithm writes (information, warnings, commands, debug, console output,
    progress text, errors) in ``lines``."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 - QGIS API name
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API name
        self.lines.append(warning)
        super().pushWarning(warning)

    def pushCommandInfo(self, info):  # noqa: N802 - QGIS API name
        self.lines.append(info)
        super().pushCommandInfo(info)

    def pushDebugInfo(self, info):  # noqa: N802 - QGIS API name
        self.lines.append(info)
        super().pushDebugInfo(info)

    def pushConsoleInfo(self, info):  # noqa: N802 - QGIS API name
        self.lines.append(info)
        super().pushConsoleInfo(info)

    def setProgressText(self, text):  # noqa: N802 - QGIS API name
        self.lines.append(text)
        super().setProgressText(text)

    @property
    def text(self) -> str:
        """All lines as one text."""
        return "\n".join(str(line) for line in self.lines)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API names
        self.lines.append(error)
        super().reportError(error, fatalError)
