"""Startup script for QGIS (``--code``): click "Load demo", wait, record the project, take screenshots, quit.

Writes ``report.json``, ``canvas.png`` and ``window.png`` into $HOTSPOT_TEST_OUT.
"""

import json
import os
import traceback

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.utils import iface, plugins

OUT = os.environ["HOTSPOT_TEST_OUT"]
REPORT = {"errors": [], "log": []}
STATE = {"polls": 0, "part": None, "saved": False}


def on_log(message, tag, level):
    if tag == "Python error" or level == Qgis.Critical:
        REPORT["errors"].append(f"{tag}: {message}"[:3000])


QgsApplication.messageLog().messageReceived.connect(on_log)
REPORT["message_bar"] = []


def on_bar_item(item):
    """Every message the message bar shows, even ones that time out before the end."""
    from qgis.PyQt.QtWidgets import QLabel, QTextEdit

    try:
        text = f"{item.title()}: {item.text()}"
    except AttributeError:  # delivered as a plain QWidget (e.g. QGIS's own transform warning)
        parts = [label.text() for label in item.findChildren(QLabel)]
        parts += [edit.toPlainText() for edit in item.findChildren(QTextEdit)]
        text = " ".join(p for p in parts if p)
    REPORT["message_bar"].append(text[:500])


def finish():
    with open(os.path.join(OUT, "report.json"), "w", encoding="utf-8") as handle:
        json.dump(REPORT, handle, indent=1)
    QgsProject.instance().setDirty(False)
    QgsApplication.exit(0)


def plugin_menu():
    """{sub-menu title: [action texts]} of the Plugins menu, and the Load demo action."""
    found, load = {}, None
    for action in iface.pluginMenu().actions():
        menu = action.menu()
        if menu is None:
            continue
        found[action.text()] = [a.text() for a in menu.actions()]
        for item in menu.actions():
            if item.objectName() == "HotspotLoadDemoAction":
                load = item
    return found, load


def start():
    try:
        iface.messageBar().widgetAdded.connect(on_bar_item)
        # A fresh profile opens QGIS 3.40's window at its minimum size under Xvfb (no window manager to maximise
        # it); fill the screen as an analyst's maximised window would, so the canvas has room beside the docks.
        iface.mainWindow().setGeometry(QGuiApplication.primaryScreen().availableGeometry())
        plugin = plugins.get("hotspot_plugin")
        REPORT["plugin_loaded"] = plugin is not None
        menus, load = plugin_menu()
        REPORT["plugin_menus"] = menus
        if plugin is None or load is None:
            finish()
            return
        STATE["part"] = next(p for p in plugin.parts if type(p).__name__ == "DemoPart")
        load.trigger()  # as a trainer would: Plugins ▸ Hot spot policing ▸ Load demo
        REPORT["busy_after_click"] = STATE["part"].busy
        QTimer.singleShot(500, poll)
    except Exception:  # noqa: BLE001 - reported to the test
        REPORT["errors"].append(traceback.format_exc())
        finish()


def poll():
    part = STATE["part"]
    STATE["polls"] += 1
    if part.busy and STATE["polls"] < 200:
        QTimer.singleShot(300, poll)
        return
    try:
        REPORT["demo_busy_at_end"] = part.busy
        REPORT["demo_layers"] = sorted(part.layers)
        outcome = part.last_outcome
        REPORT["skipped"] = outcome.skipped if outcome else None
        REPORT["failed"] = outcome.failed if outcome else None
        project = QgsProject.instance()
        REPORT["project_layers"] = {
            layer.name(): layer.featureCount() if hasattr(layer, "featureCount") else -1
            for layer in project.mapLayers().values()
        }
        REPORT["temporal_layers"] = sorted(
            layer.name()
            for layer in project.mapLayers().values()
            if layer.temporalProperties() and layer.temporalProperties().isActive()
        )
        cells = part.layers.get("cells")
        REPORT["cells_3d"] = bool(cells is not None and cells.renderer3D() is not None)
        REPORT["help_dock_visible"] = bool(part.dock is not None and part.dock.isVisible())
        from qgis.PyQt.QtWidgets import QDockWidget

        REPORT["visible_docks"] = sorted(
            d.objectName() for d in iface.mainWindow().findChildren(QDockWidget) if d.isVisible()
        )
        canvas = iface.mapCanvas()
        REPORT["canvas_crs"] = canvas.mapSettings().destinationCrs().authid()
        REPORT["canvas_temporal"] = canvas.mapSettings().isTemporal()
        canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(800, save))
        canvas.refreshAllLayers()
        QTimer.singleShot(20000, save)  # in case no refresh signal arrives
    except Exception:  # noqa: BLE001
        REPORT["errors"].append(traceback.format_exc())
        finish()


def save():
    if STATE["saved"]:
        return
    STATE["saved"] = True
    try:
        iface.mapCanvas().saveAsImage(os.path.join(OUT, "canvas.png"))
        iface.mainWindow().grab().save(os.path.join(OUT, "window.png"))
        export_layouts()
    except Exception:  # noqa: BLE001
        REPORT["errors"].append(traceback.format_exc())
    if os.environ.get("HOTSPOT_TEST_REOPEN"):
        reopen()
        return
    finish()


def export_layouts():
    """The project's print layouts as the desktop prints them: layout_<name>.png (an atlas: its first page)."""
    from hotspot_plugin.qgis_io.layouts import export_layout

    REPORT["layouts"] = {}
    for layout in QgsProject.instance().layoutManager().printLayouts():
        stem = "layout_" + "".join(c if c.isalnum() else "_" for c in layout.name()).lower()
        written = export_layout(layout, os.path.join(OUT, stem + ".png"), dpi=110)
        REPORT["layouts"][layout.name()] = [os.path.basename(str(path)) for path in written]


def reopen():
    """Save the demo project, open it again as a trainer would, and record the 3D views QGIS restores."""
    with open(os.path.join(OUT, "report.json"), "w", encoding="utf-8") as handle:
        json.dump(REPORT, handle, indent=1)  # in case the 3D view takes QGIS down
    project = QgsProject.instance()
    path = os.path.join(OUT, "demo.qgz")
    REPORT["saved_project"] = project.write(path)
    iface.newProject(False)
    REPORT["reopened"] = project.read(path)
    QTimer.singleShot(6000, after_reopen)


def after_reopen():
    try:
        from qgis.PyQt.QtWidgets import QDockWidget

        REPORT["docks_after_reopen"] = sorted(
            d.windowTitle() for d in iface.mainWindow().findChildren(QDockWidget) if d.isVisible()
        )
        from qgis.PyQt.QtWidgets import QApplication

        # QGIS 3.22 floats an undocked 3D view as a dock; 3.40 opens it in a window of its own.
        REPORT["windows_after_reopen"] = sorted(
            w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle()
        )
        for dock in iface.mainWindow().findChildren(QDockWidget):
            if "3D" in dock.windowTitle() and dock.isVisible():
                dock.raise_()
        # The whole screen: the 3D view draws with OpenGL into its own native window, which widget grabs miss.
        QGuiApplication.primaryScreen().grabWindow(0).save(os.path.join(OUT, "screen_reopened.png"))
    except Exception:  # noqa: BLE001
        REPORT["errors"].append(traceback.format_exc())
    finish()


QTimer.singleShot(1500, start)
