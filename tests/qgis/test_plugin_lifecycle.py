"""The plugin loads and unloads cleanly: nothing it added (menus, toolbars, docks, provider) is left."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

import hotspot_plugin.plugin as plugin_module
from hotspot_plugin.processing.provider import HotspotProvider

from .plugin_iface import RecordingIface, flush_deletes

TEST_PROVIDER_ID = "hotspot_lifecycle"


class LifecycleProvider(HotspotProvider):
    """The real provider under another id, so the session's registered ``hotspot`` provider is left alone."""

    def id(self):
        return TEST_PROVIDER_ID


@pytest.fixture
def recording_iface(qgis_iface, monkeypatch):
    monkeypatch.setattr(plugin_module, "HotspotProvider", LifecycleProvider)
    return RecordingIface(qgis_iface, monkeypatch)


def _held(iface, before_ids):
    """References to the docks and toolbars a plugin added (so Python's GC cannot hide a leak)."""
    main = iface.mainWindow()
    return [w for w in main.findChildren(QDockWidget) + main.findChildren(QToolBar) if id(w) not in before_ids]


def _gone(widget) -> bool:
    return sip.isdeleted(widget) or widget.parent() is None


def _load(iface):
    plugin = plugin_module.HotspotPlugin(iface)
    plugin.initGui()
    flush_deletes()
    return plugin


def test_load_adds_menu_toolbar_provider_and_unload_removes_them(recording_iface, qgis_iface):
    registry = QgsApplication.processingRegistry()
    before = recording_iface.snapshot()
    assert registry.providerById(TEST_PROVIDER_ID) is None

    main = qgis_iface.mainWindow()
    before_ids = {id(w) for w in main.findChildren(QDockWidget) + main.findChildren(QToolBar)}
    plugin = _load(qgis_iface)
    for part in plugin.parts:  # open every part's docks, where a part has a way to show them
        for opener in ("show_help", "show_dock", "showDock", "open_dock"):
            if hasattr(part, opener):
                getattr(part, opener)()
    flush_deletes()
    held = _held(qgis_iface, before_ids)
    loaded = recording_iface.snapshot()
    menu_key = "&Plugins/" + plugin_module.tr(plugin_module.MENU)
    assert menu_key in loaded["menus"], loaded["menus"]
    assert "HotspotLoadDemoAction" in loaded["actions"]
    assert "HotspotPolicingToolbar" in loaded["toolbars"]
    # The README's promise: Load demo is a toolbar button too (issue 17, item 5).
    toolbar = plugin.toolbar
    assert "HotspotLoadDemoAction" in [a.objectName() for a in toolbar.actions()]
    provider = registry.providerById(TEST_PROVIDER_ID)
    assert provider is not None and len(provider.algorithms()) >= 3
    assert len(plugin.parts) == len(plugin_module.gui_parts())

    plugin.unload()
    after = recording_iface.snapshot()
    assert registry.providerById(TEST_PROVIDER_ID) is None
    leftovers = [w.objectName() or w.windowTitle() for w in held if not _gone(w)]
    assert not leftovers, f"unload left these docks/toolbars in the main window: {leftovers}"
    for key in ("menus", "toolbar_icons", "toolbars", "docks", "actions"):
        assert after[key] == before[key], (key, set(map(str, after[key])) ^ set(map(str, before[key])))


def test_help_dock_is_removed_on_unload(recording_iface, qgis_iface):
    before = recording_iface.snapshot()
    plugin = _load(qgis_iface)
    demo = next(p for p in plugin.parts if type(p).__name__ == "DemoPart")
    demo.show_help()
    assert "HotspotDemoHelpDock" in recording_iface.snapshot()["docks"]
    plugin.unload()
    assert recording_iface.snapshot()["docks"] == before["docks"]


def test_can_be_reloaded(recording_iface, qgis_iface):
    before = recording_iface.snapshot()
    first = _load(qgis_iface)
    first_menus = recording_iface.snapshot()["menus"]
    first.unload()
    second = _load(qgis_iface)
    assert recording_iface.snapshot()["menus"] == first_menus  # same entries, not doubled
    assert QgsApplication.processingRegistry().providerById(TEST_PROVIDER_ID) is not None
    second.unload()
    assert recording_iface.snapshot() == before
