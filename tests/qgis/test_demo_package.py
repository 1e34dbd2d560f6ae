"""The zip from ``make package`` installs into a clean QGIS profile and loads without errors (in English and Welsh)."""

import importlib.util
import shutil
import zipfile

import pytest

from .desktop import PLUGIN, REPO, Xvfb, make_profile, run_qgis

pytestmark = [
    pytest.mark.desktop,
    pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("qgis")), reason="needs Xvfb and the qgis desktop"),
]
PACKAGE_SCRIPT = REPO / "scripts" / "package.py"


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    if not PACKAGE_SCRIPT.is_file():
        pytest.fail("scripts/package.py (make package) is missing")
    spec = importlib.util.spec_from_file_location("package_script", PACKAGE_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def xvfb():
    server = Xvfb()
    yield server
    server.stop()


def _install(plugin_zip, root, locale=None):
    """What "Install from ZIP" does: unpack into the profile's plugins folder; enabled in the profile."""
    plugins = make_profile(root, locale=locale)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    return plugins / PLUGIN


def test_zip_holds_what_the_plugin_needs(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = set(archive.namelist())
    assert all(name.startswith(f"{PLUGIN}/") for name in names)
    for needed in (
        "__init__.py",
        "metadata.txt",
        "plugin.py",
        "i18n/hotspot_plugin_cy.qm",
        "resources/demo/crimes.csv",
        "resources/demo/areas.geojson",
        "resources/harm/default_harm_weights.csv",
        "resources/styles/hotspots.qml",
        "gui/demo.py",
        "core/demo.py",
    ):
        assert f"{PLUGIN}/{needed}" in names, needed
    # The Hollowford generator is an offline script: Load demo needs only the shipped files.
    assert not [n for n in names if "demo_data" in n or "hollowford" in n]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_zip_installs_into_a_clean_profile_and_loads(plugin_zip, xvfb, tmp_path):
    installed = _install(plugin_zip, tmp_path)
    report = run_qgis(xvfb, tmp_path, "check_loaded.py", tmp_path / "out")
    context = report.pop("_qgis_output")
    assert report.get("plugin_loaded") and report.get("plugin_active"), context
    assert not report["errors"], report["errors"]
    assert report["plugin_dir"] == str(installed)  # the installed copy, not the repository
    assert "Load demo" in report["plugin_menus"]["&Hot spot policing"]
    assert "Harm-weighted hot spots (Gi*)" in report["algorithms"]
    assert report["translator"] is False


def test_zip_in_welsh_qgis_shows_welsh_menus(plugin_zip, xvfb, tmp_path):
    _install(plugin_zip, tmp_path, locale="cy")
    report = run_qgis(xvfb, tmp_path, "check_loaded.py", tmp_path / "out")
    context = report.pop("_qgis_output")
    assert report.get("plugin_loaded"), context
    assert not report["errors"], report["errors"]
    assert report["translator"] is True
    menu = report["plugin_menus"].get("&Plismona mannau problemus")
    assert menu is not None, report["plugin_menus"]
    assert "Llwytho'r demo" in menu and "Sut i ddarllen y map hwn" in menu
    assert "Mannau problemus wedi'u pwysoli yn ôl niwed (Gi*)" in report["algorithms"]
    assert "Mannau problemus" in report["groups"]
