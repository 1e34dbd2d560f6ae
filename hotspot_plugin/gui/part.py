"""The base of every GUI part: what it adds to the plugin menu and toolbar, and how it is removed again.

A part is made as ``Part(iface, menu_name, toolbar)``; ``initGui()`` adds its actions and ``unload()``
removes every action, dock and signal connection it made (``tests/qgis/test_plugin_lifecycle.py``).
:class:`DockPart` adds one dock, built the first time it is shown, so that starting QGIS builds no
dock and loads no analysis module.
"""

from __future__ import annotations

from typing import Callable, List, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..core.resources import resource_path


class Part:
    """One GUI part. Subclasses add their actions with :meth:`add_action` in ``initGui`` and extend
    ``unload`` to undo anything else they made (calling ``super().unload()``)."""

    def __init__(self, iface, menu_name: str = "", toolbar=None):
        self.iface = iface
        self.menu_name = menu_name
        self.toolbar = toolbar
        self.actions: List[QAction] = []

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        """Add the part's actions (subclasses)."""

    def add_action(
        self,
        text: str,
        object_name: str,
        triggered: Optional[Callable] = None,
        icon: str = "",
        tooltip: str = "",
        checkable: bool = False,
        on_toolbar: bool = True,
    ) -> QAction:
        """An action in the plugin menu (and on the toolbar when ``on_toolbar`` and there is one);
        ``icon`` is a file in resources/icons. Removed again by :meth:`unload`."""
        parent = self.iface.mainWindow() if self.iface is not None else None
        action = QAction(QIcon(str(resource_path("icons", icon))), text, parent) if icon else QAction(text, parent)
        action.setObjectName(object_name)
        if tooltip:
            action.setToolTip(tooltip)
        action.setCheckable(checkable)
        if triggered is not None:
            action.triggered.connect(triggered)
        if on_toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        if self.iface is not None:
            self.iface.addPluginToMenu(self.menu_name, action)
        self.actions.append(action)
        return action

    def unload(self) -> None:
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginMenu(self.menu_name, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []


class DockPart(Part):
    """A part with one dock and a checkable menu/toolbar action showing it.

    Subclasses set ``ACTION_OBJECT_NAME`` and ``ICON`` and define ``action_text()`` and ``create_dock()``
    (which imports the dock's module and returns ``Dock(canvas, project, parent)``, a dock with a
    ``cleanup()`` method). The dock is made on first show.
    """

    ACTION_OBJECT_NAME = ""
    ICON = "hotspot.svg"  #: file in resources/icons

    def __init__(self, iface, menu_name: str = "", toolbar=None):
        super().__init__(iface, menu_name, toolbar)
        self.dock = None
        self.action: Optional[QAction] = None

    def action_text(self) -> str:
        raise NotImplementedError

    def create_dock(self):
        raise NotImplementedError

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self.action = self.add_action(self.action_text(), self.ACTION_OBJECT_NAME, icon=self.ICON, checkable=True)
        self.action.toggled.connect(self._toggled)

    def show_dock(self):
        """Show the dock (made now if it was never shown) and bring it to the front; returns it."""
        if self.dock is None:
            self.dock = self.create_dock()
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self.action.setChecked)
        self.dock.setUserVisible(True)
        self.dock.raise_()
        return self.dock

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.show_dock()
        elif self.dock is not None:
            self.dock.setUserVisible(False)

    def unload(self) -> None:
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        super().unload()
        self.action = None
