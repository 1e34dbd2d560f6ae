"""The planted trial of ``scripts/demo_data/trial.py`` for the evaluation tests (built once per session)."""

import importlib.util
import sys
from functools import cache
from pathlib import Path

from hotspot_plugin.core.evaluation.ledger import build_ledger

GENERATOR = Path(__file__).resolve().parents[2] / "scripts" / "demo_data" / "trial.py"


def generator():
    """The generator module, loaded from its file (``scripts`` is not a package)."""
    name = "hotspot_demo_trial"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, GENERATOR)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@cache
def planted(effect: float = 0.7, washout_days: int = 0, seed: int = 20260302):
    """(trial, ledger) for a planted trial; the ledger counts the trial period's crimes and all visits."""
    trial = generator().planted_trial(effect=effect, washout_days=washout_days, seed=seed)
    crimes = trial.crimes[trial.crimes["period"] == "trial"][["fence_id", "time_utc", "harm"]]
    ledger = build_ledger(trial.schedule, trial.places["fence_id"], crimes, trial.visits)
    return trial, ledger
