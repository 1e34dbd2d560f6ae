"""The evaluation core runs headless: no qgis, and statsmodels only when a model is fitted."""

import subprocess
import sys

from tests.conftest import REPO

MODULES = ("ledger", "effect", "koper", "displacement", "power", "planted")


def test_evaluation_imports_without_qgis_or_statsmodels():
    code = (
        "import sys\n"
        "sys.modules['qgis'] = None\n"
        "sys.modules['statsmodels'] = None\n"
        + "".join(f"import hotspot_plugin.core.evaluation.{m}\n" for m in MODULES)
        + "assert not any(name.split('.')[0] in ('qgis', 'PyQt5') for name in sys.modules if sys.modules[name])\n"
        "from hotspot_plugin.core.evaluation.displacement import wdd\n"
        "print(wdd((207, 110), (308, 318), (178, 157), (150, 140))['wdd'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "-118.0"
