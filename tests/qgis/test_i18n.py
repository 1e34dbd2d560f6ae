"""Translations: the Welsh .qm matches its .ts, and with QGIS in Welsh the plugin's menus are Welsh."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

import hotspot_plugin.plugin as plugin_module
from hotspot_plugin import i18n_loader

from .plugin_iface import RecordingIface
from .test_plugin_lifecycle import TEST_PROVIDER_ID, LifecycleProvider

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "i18n"
WELSH_MENU = "&Plismona mannau problemus"


@pytest.fixture
def qgis_locale():
    """Set QGIS's language as the Options dialog does; restore it afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/userLocale", "locale/overrideFlag")}

    def set_locale(code):
        settings.setValue("locale/userLocale", code)
        settings.setValue("locale/overrideFlag", True)

    yield set_locale
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture
def recording_iface(qgis_iface, monkeypatch):
    monkeypatch.setattr(plugin_module, "HotspotProvider", LifecycleProvider)
    return RecordingIface(qgis_iface, monkeypatch)


def _messages(ts_path):
    root = ET.parse(ts_path).getroot()
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            yield context.findtext("name"), message.findtext("source"), translation


def test_translation_files_exist_and_qm_is_compiled_from_ts(tmp_path):
    for name in ("hotspot_plugin_cy.ts", "hotspot_plugin_en.ts", "hotspot_plugin_cy.qm"):
        assert (I18N / name).is_file(), name
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    if not Path(lrelease).exists():
        pytest.skip("lrelease (qttools5-dev-tools) is not installed")
    fresh = tmp_path / "cy.qm"
    subprocess.run([lrelease, "-silent", str(I18N / "hotspot_plugin_cy.ts"), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (I18N / "hotspot_plugin_cy.qm").read_bytes(), (
        "i18n/hotspot_plugin_cy.qm is stale: run scripts/update_translations.sh"
    )


def test_welsh_covers_the_strings_that_matter_most():
    translated = {
        (ctx, src): (t.text or "")
        for ctx, src, t in _messages(I18N / "hotspot_plugin_cy.ts")
        if t is not None and t.get("type") != "unfinished"
    }
    # The plugin's own strings share the context @default (hotspot_plugin/i18n.py); algorithms keep theirs.
    must = [
        ("@default", "&Hot spot policing"),
        ("@default", "Hot spot policing"),
        ("@default", "Harm hot spots…"),
        ("@default", "Load demo"),
        ("@default", "How to read this map"),
        ("@default", "Harm, not counts"),
        ("@default", "Hot spot cells and Gi* bins"),
        ("@default", "Dwell and compliance"),
        ("@default", "Hot spot cells (Gi* bins)"),
    ]
    for key in must:
        assert translated.get(key), f"no Welsh for {key}"
    # Every algorithm's name and group (what the Processing toolbox shows).
    from hotspot_plugin.processing.provider import ALGORITHMS

    for algorithm in ALGORITHMS:
        context = algorithm.__name__
        for text in (algorithm.DISPLAY_NAME, algorithm.GROUP):
            assert translated.get((context, text)), (
                f"no Welsh for {context}: {text!r} (run scripts/update_translations.sh)"
            )
    # Placeholders survive translation.
    for (ctx, src), text in translated.items():
        for placeholder in ("{0}", "{1}", "{}"):
            assert src.count(placeholder) == text.count(placeholder), (ctx, src, text)


def test_menus_are_welsh_when_qgis_runs_in_welsh(qgis_locale, recording_iface, qgis_iface):
    qgis_locale("cy")
    assert i18n_loader.translation_file().name == "hotspot_plugin_cy.qm"
    plugin = plugin_module.HotspotPlugin(qgis_iface)
    try:
        assert plugin.translator is not None
        plugin.initGui()
        menus = recording_iface.plugin_menus()
        assert f"&Plugins/{WELSH_MENU}" in menus, menus
        entries = menus[f"&Plugins/{WELSH_MENU}"]
        assert "Llwytho'r demo" in entries
        assert "Sut i ddarllen y map hwn" in entries
        assert "Mannau problemus niwed…" in entries
        algorithm = QgsApplication.processingRegistry().algorithmById(f"{TEST_PROVIDER_ID}:harmhotspots")
        assert algorithm.displayName() == "Mannau problemus wedi'u pwysoli yn ôl niwed (Gi*)"
        assert algorithm.group() == "Mannau problemus"
        demo = next(p for p in plugin.parts if type(p).__name__ == "DemoPart")
        demo.show_help()
        assert demo.dock.windowTitle() == "Sut i ddarllen y map hwn"
        assert "Niwed, nid niferoedd" in demo.dock.browser.toHtml()
    finally:
        plugin.unload()
    # The translator went with the plugin.
    assert QCoreApplication.translate("@default", "Load demo") == "Load demo"


def test_english_qgis_gets_english_menus(qgis_locale, recording_iface, qgis_iface):
    qgis_locale("en_GB")
    plugin = plugin_module.HotspotPlugin(qgis_iface)
    try:
        assert plugin.translator is None
        plugin.initGui()
        menus = recording_iface.plugin_menus()
        assert "Load demo" in menus["&Plugins/&Hot spot policing"]
    finally:
        plugin.unload()
