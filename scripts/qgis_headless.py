"""QGIS without a desktop for the demo scripts: start it with the plugin's provider, stop it cleanly."""

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def start_qgis():
    """A QgsApplication with Processing and the plugin's provider; returns ``(app, provider)``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from hotspot_plugin.processing.provider import HotspotProvider

    provider = HotspotProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def stop_qgis(app, provider) -> None:
    """Layers and the provider must go before QGIS shuts down, or Python frees them afterwards and crashes."""
    from qgis.core import QgsApplication, QgsProject

    QgsProject.instance().clear()
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()
