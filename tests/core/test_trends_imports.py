"""The trends core runs headless: importing every module loads nothing from qgis."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODULES = ["aoristic", "compare", "concentration", "emerging", "forecast", "instants", "mann_kendall", "periodcompare"]


def test_trends_modules_import_no_qgis():
    code = (
        "import sys\n"
        + "".join(f"import hotspot_plugin.core.trends.{name}\n" for name in MODULES)
        + "loaded = sorted(m for m in sys.modules if m == 'qgis' or m.startswith('qgis.'))\n"
        + "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
