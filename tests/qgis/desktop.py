"""Run the real QGIS desktop under Xvfb with a throwaway profile (for the desktop tests).

``xvfb`` starts Debian's Xvfb on a free display; ``make_profile`` writes a fresh profile folder with the
plugin installed and enabled; ``run_qgis`` starts ``qgis`` with ``--profiles-path``/``--profile`` and a
startup script (``--code``) that writes ``report.json`` (and screenshots) into an output folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Optional

PLUGIN = "hotspot_plugin"
REPO = Path(__file__).resolve().parents[2]
DRIVERS = Path(__file__).resolve().parent / "desktop_drivers"


class Xvfb:
    """An X server on a free display number; stop() ends exactly the process this started."""

    def __init__(self, width: int = 1600, height: int = 1000):
        self.display = next(
            n
            for n in range(91, 200)
            if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists()
        )
        self.process = subprocess.Popen(
            ["Xvfb", f":{self.display}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 15
        while not Path(f"/tmp/.X11-unix/X{self.display}").exists():
            if self.process.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"Xvfb :{self.display} did not start")
            time.sleep(0.1)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def install_from_tree(plugins_dir: Path) -> Path:
    """Copy the working tree's plugin as QGIS installs it: the package with resources, .qm and metadata."""
    target = plugins_dir / PLUGIN
    shutil.copytree(REPO / PLUGIN, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copytree(REPO / "resources", target / "resources", ignore=shutil.ignore_patterns("police_uk"))
    (target / "i18n").mkdir()
    for qm in (REPO / "i18n").glob("*.qm"):
        shutil.copy(qm, target / "i18n" / qm.name)
    shutil.copy(REPO / "metadata.txt", target / "metadata.txt")
    return target


def make_profile(
    root: Path, name: str = "hotspot_test", locale: Optional[str] = None, enable_plugin: bool = True
) -> Path:
    """A clean profile folder under ``root/profiles/<name>``; returns its python/plugins folder."""
    profile = root / "profiles" / name
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    lines = [
        "[PythonPlugins]",
        f"{PLUGIN}={'true' if enable_plugin else 'false'}",
        "",
        "[qgis]",
        "checkVersion=false",
        "showTips=false",
        "showTips322=false",
        "allowVersionCheck=false",
        "",
        "[core]",
        "NewsFeed\\httpsfeedqgisorg\\disabled=true",
        "",
    ]
    if locale:
        lines += ["[locale]", f"userLocale={locale}", "overrideFlag=true", ""]
    ini.write_text("\n".join(lines), encoding="utf-8")
    return plugins


def run_qgis(
    xvfb: Xvfb,
    root: Path,
    driver: str,
    out: Path,
    name: str = "hotspot_test",
    timeout: float = 150,
    env_extra: Optional[dict] = None,
) -> dict:
    """Start QGIS with ``driver`` (a file in desktop_drivers/) and return the report it wrote."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real X display, not offscreen
    env.update(
        {
            "DISPLAY": f":{xvfb.display}",
            "HOTSPOT_TEST_OUT": str(out),
            "QGIS_DEBUG": "0",
            "XDG_RUNTIME_DIR": str(root / "xdg"),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    (root / "xdg").mkdir(exist_ok=True, mode=0o700)
    env.update(env_extra or {})
    command = [
        "qgis",
        "--nologo",
        "--noversioncheck",
        "--profiles-path",
        str(root),
        "--profile",
        name,
        "--code",
        str(DRIVERS / driver),
    ]
    try:
        completed = subprocess.run(command, env=env, timeout=timeout, capture_output=True, text=True)
        output = completed.stdout[-4000:] + completed.stderr[-4000:]
    except subprocess.TimeoutExpired as expired:
        output = f"QGIS did not finish within {timeout} s. " + str(expired.stderr or "")[-4000:]
    report_path = out / "report.json"
    if not report_path.is_file():
        raise AssertionError(f"QGIS wrote no report. Output:\n{output}")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    report["_qgis_output"] = output
    return report


def image_stats(path: Path) -> dict:
    """Distinct colours and share of non-background pixels of an image (sampled on a grid)."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return {"width": 0, "height": 0, "colours": 0, "non_background": 0.0}
    step = max(1, min(image.width(), image.height()) // 200)
    colours = {}
    total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours[rgb] = colours.get(rgb, 0) + 1
            total += 1
    background = max(colours.values())
    return {
        "width": image.width(),
        "height": image.height(),
        "colours": len(colours),
        "non_background": 1.0 - background / total,
    }
