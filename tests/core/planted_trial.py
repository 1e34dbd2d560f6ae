"""The planted trial of ``core/evaluation/planted.py`` for the evaluation tests (built once per session)."""

from functools import cache

from hotspot_plugin.core.evaluation import planted as planted_module
from hotspot_plugin.core.evaluation.ledger import build_ledger


def generator():
    """The planted-trial generator module (``core/evaluation/planted.py``)."""
    return planted_module


@cache
def planted(effect: float = 0.7, washout_days: int = 0, seed: int = 20260302):
    """(trial, ledger) for a planted trial; the ledger counts the trial period's crimes and all visits."""
    trial = generator().planted_trial(effect=effect, washout_days=washout_days, seed=seed)
    crimes = trial.crimes[trial.crimes["period"] == "trial"][["fence_id", "time_utc", "harm"]]
    ledger = build_ledger(trial.schedule, trial.places["fence_id"], crimes, trial.visits)
    return trial, ledger
