"""What the plugin adds to every QGIS start: `qgis_process.bin run` of a trivial native algorithm with the
plugin enabled and with it disabled, in two throwaway profiles, alternating, in the same run.

    python scripts/bench_startup.py              # this checkout, 5 runs each
    python scripts/bench_startup.py --repo /work/main --runs 7

Both profiles hold the same plugin, installed from the zip `make package` builds (scripts/package.py);
only its enabled flag differs. QGIS imports an enabled plugin and its provider lists its algorithms on
every start, so the difference of the medians is the plugin's start-up cost (issue 14: at most 0.15 s).
Then the GUI start: ``classFactory`` and ``initGui`` timed inside a fresh QGIS, as the desktop runs them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLUGIN = "hotspot_plugin"
#: A native algorithm that does next to nothing: the time is qgis_process's own start-up.
TRIVIAL = [
    "native:createconstantrasterlayer",
    "--",
    "EXTENT=0,1,0,1",
    "TARGET_CRS=EPSG:27700",
    "PIXEL_SIZE=1",
    "NUMBER=1",
]


def make_profile(folder: Path, archive: Path, enabled: bool) -> dict:
    """A QGIS profile in ``folder`` with the plugin installed from ``archive``; its environment."""
    plugins = folder / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as package:
        package.extractall(plugins)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(folder), QT_QPA_PLATFORM="offscreen")
    action = "enable" if enabled else "disable"
    done = subprocess.run(["qgis_process.bin", "plugins", action, PLUGIN], env=env, capture_output=True, text=True)
    if done.returncode != 0 and "already" not in (done.stdout + done.stderr):
        raise SystemExit(f"qgis_process.bin plugins {action} {PLUGIN} failed: {done.stdout}{done.stderr}")
    return env


def run_once(env: dict, output: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        ["qgis_process.bin", "run", *TRIVIAL, f"OUTPUT={output}"], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"qgis_process.bin run failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return elapsed


#: The plugin's GUI start in a fresh QGIS (no project, a bare window standing in for QGIS's): the time of
#: ``classFactory(iface)`` and ``initGui()``, which QGIS runs for every enabled plugin as it opens, with what
#: they added and loaded, then ``unload()``; one JSON line. tests/qgis/test_import_light.py runs it too.
GUI_START = """
import json, sys, time
from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget, QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow
app = QgsApplication([], True)
app.initQgis()


class Iface:
    def __init__(self):
        self.main = QMainWindow()
        self.canvas = QgsMapCanvas(self.main)
        self.menu = []

    def mainWindow(self):
        return self.main

    def mapCanvas(self):
        return self.canvas

    def addToolBar(self, name):
        return self.main.addToolBar(name)

    def addPluginToMenu(self, menu, action):
        self.menu.append(action.text())

    def removePluginMenu(self, menu, action):
        self.menu.remove(action.text())

    def addDockWidget(self, area, dock):
        self.main.addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self.main.removeDockWidget(dock)

    def activeLayer(self):
        return None


iface = Iface()
before = set(sys.modules)
start = time.perf_counter()
import hotspot_plugin
plugin = hotspot_plugin.classFactory(iface)
plugin.initGui()
seconds = time.perf_counter() - start
menu = list(iface.menu)
docks = [d.objectName() for d in iface.main.findChildren(QgsDockWidget)]
loaded = sorted(set(sys.modules) - before)
plugin.unload()
print(json.dumps({"seconds": seconds, "menu": menu, "docks": docks, "loaded": loaded, "left": iface.menu}))
"""


def gui_start(repo: Path, runs: int) -> list:
    """Seconds of ``classFactory`` + ``initGui`` of the plugin in ``repo``, one fresh interpreter per run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(repo))
    times = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", GUI_START], env=env, capture_output=True, text=True, cwd=repo)
        if done.returncode != 0:
            raise SystemExit(f"GUI start failed:\n{done.stderr[-2000:]}")
        times.append(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])
    return times


def measure(repo: Path, runs: int) -> dict:
    if shutil.which("qgis_process.bin") is None:
        raise SystemExit("qgis_process.bin not found: install QGIS (scripts/setup.sh).")
    with tempfile.TemporaryDirectory(prefix="bench_startup_") as tmp:
        work = Path(tmp)
        subprocess.run(
            [sys.executable, str(repo / "scripts" / "package.py"), "--output", str(work / "dist")],
            check=True,
            capture_output=True,
            cwd=repo,
        )
        archive = next((work / "dist").glob(f"{PLUGIN}-*.zip"))
        profiles = {
            "enabled": make_profile(work / "enabled", archive, True),
            "disabled": make_profile(work / "disabled", archive, False),
        }
        for env in profiles.values():  # a first start writes caches and settings: not timed
            run_once(env, work / "warm.tif")
        times = {name: [] for name in profiles}
        for i in range(runs):
            order = list(profiles) if i % 2 == 0 else list(reversed(profiles))
            for name in order:
                times[name].append(run_once(profiles[name], work / f"{name}_{i}.tif"))
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="checkout whose plugin to measure (default: this)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per profile (default 5)")
    args = parser.parse_args(argv)
    times = measure(args.repo.resolve(), args.runs)
    enabled, disabled = (statistics.median(times[k]) for k in ("enabled", "disabled"))
    print(f"qgis_process.bin run native:createconstantrasterlayer, {args.runs} runs each, alternating ({args.repo}):")
    for name in ("enabled", "disabled"):
        shown = ", ".join(f"{t:.2f}" for t in times[name])
        print(f"  plugin {name:8}  median {statistics.median(times[name]):.3f} s  ({shown})")
    print(f"  added by the plugin: {enabled - disabled:+.3f} s (target: at most 0.15 s)")
    gui = gui_start(args.repo.resolve(), args.runs)
    shown = ", ".join(f"{t:.3f}" for t in gui)
    print(f"GUI start (classFactory + initGui in a fresh QGIS): median {statistics.median(gui):.3f} s  ({shown})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
