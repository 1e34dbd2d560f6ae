"""The offline demo generators of ``scripts/demo_data/`` (not part of the plugin), loaded for the tests."""

import importlib.util
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts" / "demo_data"


def generator(name: str):
    """``scripts/demo_data/<name>.py`` as a module, loaded once from its file (``scripts`` is not a package)."""
    module_name = f"hotspot_demo_{name}"
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(module_name, SCRIPTS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return sys.modules[module_name]
