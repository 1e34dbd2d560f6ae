"""The packaged plugin installs into a clean profile and runs from the command line (qgis_process)."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

#: Each test starts qgis_process (seconds each): deselect locally with -m "not slow".
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
QGIS_PROCESS = shutil.which("qgis_process.bin")


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    """A throwaway QGIS config path with the zip from scripts/package.py installed and enabled."""
    if QGIS_PROCESS is None:
        pytest.fail("qgis_process.bin not found: install Debian's qgis package (make setup does)")
    root = tmp_path_factory.mktemp("qgis-config")
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "package.py"), "--output", str(root)], check=True, capture_output=True
    )
    archive = next(root.glob("hotspot_plugin-*.zip"))
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        assert "hotspot_plugin/metadata.txt" in names and "hotspot_plugin/__init__.py" in names
        assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)
        assert not any("resources/police_uk/" in n for n in names)  # the demo's real data stays out of the zip
        plugins = root / "profiles" / "default" / "python" / "plugins"
        plugins.mkdir(parents=True)
        zipped.extractall(plugins)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(root), QT_QPA_PLATFORM="offscreen")
    enabled = subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", "hotspot_plugin"], env=env, capture_output=True, text=True
    )
    assert enabled.returncode == 0, enabled.stderr
    return env


def qgis_process(env, *args):
    done = subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=600)
    return done.returncode, done.stdout + done.stderr


def test_command_line_chain(profile, policeuk_csv, tmp_path):
    crimes = tmp_path / "crimes.gpkg"
    cells = tmp_path / "cells.gpkg"
    fences = tmp_path / "fences.gpkg"
    code, out = qgis_process(
        profile, "run", "hotspot:importpoliceuk", "--", f"INPUT={policeuk_csv}", f"OUTPUT={crimes}"
    )
    assert code == 0, out
    assert "N_NO_COORDINATES:\t1697" in out and "N_IMPORTED:\t16491" in out
    code, out = qgis_process(
        profile,
        "run",
        "hotspot:harmhotspots",
        "--",
        f"INPUT={crimes}",
        "HARM_FIELD=harm",
        "CELL_SIZE=150",
        "DISTANCE_BAND=450",
        f"OUTPUT={cells}",
    )
    assert code == 0, out
    assert "Cell size: 150 m" in out and "Distance band: 450 m" in out and "Cells tested:" in out
    code, out = qgis_process(
        profile, "run", "hotspot:geofencesfromhotspots", "--", f"INPUT={cells}", "TOP_N=10", f"OUTPUT={fences}"
    )
    assert code == 0, out
    layer = QgsVectorLayer(str(fences), "fences", "ogr")
    assert layer.featureCount() == 10
    assert "Harm captured:" in out


def test_help_lists_parameters(profile):
    code, out = qgis_process(profile, "help", "hotspot:harmhotspots")
    assert code == 0, out
    for key in [
        "INPUT",
        "HARM_FIELD",
        "CATEGORY_FIELD",
        "HARM_TABLE",
        "GRID_TYPE",
        "CELL_SIZE",
        "DISTANCE_BAND",
        "FDR",
        "BOUNDARY",
        "OUTPUT",
    ]:
        assert key in out


def test_command_line_error_is_a_message_not_a_traceback(profile, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    code, out = qgis_process(
        profile, "run", "hotspot:importpoliceuk", "--", f"INPUT={bad}", f"OUTPUT={tmp_path / 'x.gpkg'}"
    )
    assert code != 0
    assert "not a police.uk street-level CSV" in out
    assert "Traceback" not in out


def test_command_line_outputs_open_styled_and_inputs_are_never_overwritten(profile, policeuk_csv, tmp_path):
    import hashlib

    from hotspot_plugin.core.resources import resource_path

    before = hashlib.sha256(policeuk_csv.read_bytes()).hexdigest()
    code, out = qgis_process(
        profile, "run", "hotspot:importpoliceuk", "--", f"INPUT={policeuk_csv}", f"OUTPUT={policeuk_csv}"
    )
    assert code != 0 and "would overwrite the input" in out and "Traceback" not in out
    assert hashlib.sha256(policeuk_csv.read_bytes()).hexdigest() == before
    crimes = tmp_path / "crimes.gpkg"
    code, out = qgis_process(
        profile, "run", "hotspot:importpoliceuk", "--", f"INPUT={policeuk_csv}", f"OUTPUT={crimes}"
    )
    assert code == 0, out
    code, out = qgis_process(
        profile,
        "run",
        "hotspot:harmhotspots",
        "--",
        f"INPUT={crimes}|layername=crimes",
        "HARM_FIELD=harm",
        "CELL_SIZE=250",
        "DISTANCE_BAND=750",
        f"OUTPUT={crimes}|layername=cells",
    )
    assert code == 0, out
    assert f"OUTPUT:\t{crimes}|layername=cells" in out
    cells = QgsVectorLayer(f"{crimes}|layername=cells", "cells", "ogr")
    expected = QgsVectorLayer(f"{crimes}|layername=cells", "expected", "ogr")
    assert expected.loadNamedStyle(str(resource_path("styles", "hotspots.qml")))[1]
    assert type(cells.renderer()).__name__ == "QgsCategorizedSymbolRenderer"
    assert cells.renderer().dump() == expected.renderer().dump()
    assert QgsVectorLayer(f"{crimes}|layername=crimes", "crimes", "ogr").featureCount() == 16491
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([policeuk_csv.name, "crimes.gpkg"])
