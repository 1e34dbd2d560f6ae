"""The analysis core runs headless: no module of hotspot_plugin.core imports anything from QGIS or Qt."""

import pkgutil
import subprocess
import sys

import hotspot_plugin.core
from tests.conftest import REPO


def core_modules():
    found = ["hotspot_plugin.core"]
    for info in pkgutil.walk_packages(hotspot_plugin.core.__path__, "hotspot_plugin.core."):
        found.append(info.name)
    return found


def test_every_core_module_imports_without_qgis():
    modules = core_modules()
    assert len(modules) > 30 and "hotspot_plugin.core.gistar" in modules
    code = (
        "import importlib, sys\n"
        # A module that imports qgis (or Qt) now fails with ImportError naming it.
        "for blocked in ('qgis', 'PyQt5', 'PyQt6', 'osgeo'):\n"
        "    sys.modules[blocked] = None\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(len([m for m in sys.modules if m.startswith('hotspot_plugin.core')]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= len(modules)
