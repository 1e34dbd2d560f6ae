"""A recording wrapper around pytest-qgis's ``qgis_iface``: plugin menus become real menus.

pytest-qgis's iface accepts ``addPluginToMenu`` and friends without doing anything; QGIS itself puts
each action in a sub-menu of Plugins (or Vector, Raster, Database, Web). This does the same on the
test main window so tests can check what a plugin added and that ``unload`` took it all away.
"""

from __future__ import annotations

from typing import Dict, List

from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QToolBar

TOP_MENUS = {
    "Plugin": "&Plugins",
    "PluginVector": "&Vector",
    "PluginRaster": "&Raster",
    "PluginDatabase": "&Database",
    "PluginWeb": "&Web",
}


def flush_deletes() -> None:
    """Run pending ``deleteLater`` calls (QGIS's event loop would do it)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        QCoreApplication.processEvents()


class RecordingIface:
    """Patches ``iface`` (with pytest's ``monkeypatch``) so plugin menus, toolbar icons and docks are real."""

    def __init__(self, iface, monkeypatch):
        self.iface = iface
        self.main = iface.mainWindow()
        self.toolbar_icons: List[QAction] = []
        for kind, top in TOP_MENUS.items():
            add_name = "addPluginToMenu" if kind == "Plugin" else f"addPluginTo{kind[6:]}Menu"
            remove_name = "removePluginMenu" if kind == "Plugin" else f"removePlugin{kind[6:]}Menu"
            monkeypatch.setattr(iface, add_name, self._adder(top), raising=False)
            monkeypatch.setattr(iface, remove_name, self._remover(top), raising=False)
        for name in (
            "addToolBarIcon",
            "addVectorToolBarIcon",
            "addRasterToolBarIcon",
            "addDatabaseToolBarIcon",
            "addWebToolBarIcon",
        ):
            monkeypatch.setattr(iface, name, self.toolbar_icons.append, raising=False)
        for name in (
            "removeToolBarIcon",
            "removeVectorToolBarIcon",
            "removeRasterToolBarIcon",
            "removeDatabaseToolBarIcon",
            "removeWebToolBarIcon",
        ):
            monkeypatch.setattr(iface, name, self._remove_icon, raising=False)
        monkeypatch.setattr(iface, "addDockWidget", lambda area, dock: self.main.addDockWidget(area, dock))
        monkeypatch.setattr(
            iface,
            "addTabifiedDockWidget",
            lambda area, dock, *args, **kwargs: self.main.addDockWidget(area, dock),
            raising=False,
        )
        monkeypatch.setattr(iface, "removeDockWidget", self.main.removeDockWidget)
        for top in TOP_MENUS.values():  # QGIS always has these
            self._top(top)

    def _top(self, title: str) -> QMenu:
        bar = self.main.menuBar()
        for action in bar.actions():
            if action.menu() is not None and action.text() == title:
                return action.menu()
        return bar.addMenu(title)

    @staticmethod
    def _submenu(top: QMenu, name: str, create: bool):
        for action in top.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return top.addMenu(name) if create else None

    def _adder(self, top_title):
        def add(name, action):
            self._submenu(self._top(top_title), name, True).addAction(action)

        return add

    def _remover(self, top_title):
        def remove(name, action):
            top = self._top(top_title)
            sub = self._submenu(top, name, False)
            if sub is None:
                return
            sub.removeAction(action)
            if not sub.actions():
                top.removeAction(sub.menuAction())
                sub.deleteLater()

        return remove

    def _remove_icon(self, action):
        if action in self.toolbar_icons:
            self.toolbar_icons.remove(action)

    # -- what is there now ------------------------------------------------------------------------
    def plugin_menus(self) -> Dict[str, List[str]]:
        """``{"&Plugins/<sub-menu>": [action texts]}`` for every plugin sub-menu."""
        found = {}
        for top_action in self.main.menuBar().actions():
            top = top_action.menu()
            if top is None:
                continue
            for action in top.actions():
                if action.menu() is not None:
                    found[f"{top_action.text()}/{action.text()}"] = [a.text() for a in action.menu().actions()]
        return found

    def snapshot(self) -> dict:
        """Menus, toolbar icons, toolbars, docks and actions under the main window."""
        flush_deletes()
        return {
            "menus": self.plugin_menus(),
            "toolbar_icons": [a.text() for a in self.toolbar_icons],
            "toolbars": sorted(t.objectName() or t.windowTitle() for t in self.main.findChildren(QToolBar)),
            "docks": sorted(d.objectName() or d.windowTitle() for d in self.main.findChildren(QDockWidget)),
            "actions": sorted(
                a.objectName() or a.text() for a in self.main.findChildren(QAction) if a.objectName() or a.text()
            ),
        }
