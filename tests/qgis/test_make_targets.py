"""Install paths run twice: `make deploy` into a throwaway QGIS config folder, twice, on the QGIS running the tests."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import Qgis

REPO = Path(__file__).resolve().parents[2]
QGIS_PROCESS = shutil.which("qgis_process.bin")


def in_repo_venv() -> bool:
    """True on the host (tests run from the repo's .venv): there `make deploy` runs its own setup step too."""
    return (REPO / ".venv").exists() and Path(sys.prefix).resolve() == (REPO / ".venv").resolve()


def make(target, env, *extra):
    args = ["make", "--no-print-directory", "-C", str(REPO), target, *extra]
    if not in_repo_venv():
        # In the QGIS 3.40 root the Debian packages and the test venv are there already (scripts/qgis340.sh).
        args += ["SETUP=", f"PY={sys.executable}"]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900)
    return done.returncode, done.stdout + done.stderr


def loaded_plugins(env) -> dict:
    done = subprocess.run([QGIS_PROCESS, "--json", "plugins"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")
def test_make_deploy_twice_into_a_throwaway_profile(tmp_path):
    if QGIS_PROCESS is None:
        pytest.fail("qgis_process.bin not found: install Debian's qgis package (make setup does)")
    config = tmp_path / "QGIS3"
    dist = tmp_path / "dist"
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_PLUGINS", None)

    code, first = make("deploy", env, f"DIST={dist}")
    assert code == 0, first
    assert "already enabled" not in first
    installed = config / "profiles" / "default" / "python" / "plugins" / "hotspot_plugin"
    version = next(line for line in (REPO / "metadata.txt").read_text().splitlines() if line.startswith("version="))
    assert version in (installed / "metadata.txt").read_text().splitlines()
    assert (installed / "__init__.py").is_file() and not list(installed.rglob("__pycache__"))
    (installed / "stale_file_from_an_old_version.py").write_text("raise RuntimeError('left over')\n")

    code, second = make("deploy", env, f"DIST={dist}")
    assert code == 0, second
    assert "hotspot_plugin was already enabled for qgis_process." in second
    assert not (installed / "stale_file_from_an_old_version.py").exists()  # the old copy is replaced, not merged
    report = loaded_plugins(env)
    assert report["plugins"]["hotspot_plugin"]["loaded"] is True
    assert report["qgis_version"].startswith(Qgis.QGIS_VERSION.split("-")[0])
    # The deployed copy serves the command line on the QGIS that deployed it.
    done = subprocess.run(
        [QGIS_PROCESS, "help", "hotspot:harmhotspots"], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0 and "CELL_SIZE" in done.stdout, done.stdout + done.stderr
