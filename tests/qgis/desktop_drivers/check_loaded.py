"""Startup script for QGIS (``--code``): record whether the plugin loaded cleanly and what its menu says, quit.

Writes ``report.json`` into $HOTSPOT_TEST_OUT.
"""

import json
import os
import traceback

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins, iface, plugins

OUT = os.environ["HOTSPOT_TEST_OUT"]
REPORT = {"errors": []}


def on_log(message, tag, level):
    if tag == "Python error" or level == Qgis.Critical:
        REPORT["errors"].append(f"{tag}: {message}"[:3000])


QgsApplication.messageLog().messageReceived.connect(on_log)


def check():
    try:
        REPORT["plugin_loaded"] = "hotspot_plugin" in plugins
        REPORT["plugin_active"] = "hotspot_plugin" in active_plugins
        menus = {}
        for action in iface.pluginMenu().actions():
            if action.menu() is not None:
                menus[action.text()] = [a.text() for a in action.menu().actions()]
        REPORT["plugin_menus"] = menus
        provider = QgsApplication.processingRegistry().providerById("hotspot")
        REPORT["algorithms"] = sorted(a.displayName() for a in provider.algorithms()) if provider else []
        REPORT["groups"] = sorted({a.group() for a in provider.algorithms()}) if provider else []
        plugin = plugins.get("hotspot_plugin")
        REPORT["translator"] = bool(plugin is not None and plugin.translator is not None)
        REPORT["plugin_dir"] = os.path.dirname(__import__("hotspot_plugin").__file__)
    except Exception:  # noqa: BLE001 - reported to the test
        REPORT["errors"].append(traceback.format_exc())
    with open(os.path.join(OUT, "report.json"), "w", encoding="utf-8") as handle:
        json.dump(REPORT, handle, indent=1)
    QgsProject.instance().setDirty(False)
    QgsApplication.exit(0)


QTimer.singleShot(1500, check)
