"""Benchmark of the trial-evaluation core on a force-sized trial, against plain statsmodels in the same run.

A year-long place-day trial (200 places × 364 days = 72,800 place-days) with a planted effect:

- the rate ratio fit: ours (the Poisson GLM on two cells per place, statsmodels) against the
  statsmodels GLM on every place-day with place dummies — the same estimate and clustered error;
- one randomisation redraw: ours (the closed-form fixed-effects estimate, vectorised over draws)
  against refitting the place-day GLM, the direct way to recompute the statistic;
- the ledger from the schedule, crimes and visits.

Run: ``.venv/bin/python scripts/bench_evaluation.py`` (needs statsmodels). Ratios are within one run.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import statsmodels.api as sm  # noqa: E402

from hotspot_plugin.core.evaluation import planted  # noqa: E402
from hotspot_plugin.core.evaluation.effect import _trial, fit_rate_ratio, randomisation_test  # noqa: E402
from hotspot_plugin.core.evaluation.ledger import build_ledger  # noqa: E402


def timed(label, fn, repeat=1):
    best = np.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    print(f"{label:<58} {best:9.3f} s")
    return out, best


def main() -> None:
    print("Generating a 200-place, 52-week planted trial ...")
    data = planted.planted_trial(n_places=200, weeks=52, start=date(2025, 6, 2), n_comparison=0, seed=7)
    crimes = data.crimes[data.crimes["period"] == "trial"][["fence_id", "time_utc", "harm"]]
    print(f"{len(data.schedule):,} schedule rows, {len(crimes):,} crimes, {len(data.visits):,} visits")
    ledger, _ = timed(
        "ledger (schedule + crimes + visits → place-days)",
        lambda: build_ledger(data.schedule, data.places["fence_id"], crimes, data.visits),
    )
    print(f"{len(ledger.frame):,} place-days")

    ours, t_ours = timed("rate ratio, ours (2 cells per place)", lambda: fit_rate_ratio(ledger, "crimes"), repeat=3)
    trial = _trial(ledger, "crimes")
    treated = trial.arm == "treatment"
    use = (treated | (trial.arm == "control")).ravel()
    groups = np.repeat(np.arange(trial.y.shape[0]), trial.y.shape[1])[use]
    exog = np.column_stack([treated.ravel()[use].astype(float), np.eye(trial.y.shape[0])[groups]])

    def place_days():
        model = sm.GLM(
            trial.y.ravel()[use], exog, family=sm.families.Poisson(), offset=np.log(trial.exposure.ravel()[use])
        )
        return model.fit(cov_type="cluster", cov_kwds={"groups": groups, "use_correction": False})

    direct, t_direct = timed("rate ratio, statsmodels GLM on every place-day", place_days)
    g = trial.y.shape[0]
    print(
        f"  same estimate: |Δ log RR| = {abs(ours['log_rr'] - direct.params[0]):.2e}, "
        f"|Δ SE| = {abs(ours['se_log_rr'] - direct.bse[0] * np.sqrt(g / (g - 1))):.2e}; "
        f"GLM on place-days is {t_direct / t_ours:.0f}× slower"
    )

    draws = 2000
    ri, t_ri = timed(
        f"randomisation inference, ours ({draws} redraws)", lambda: randomisation_test(ledger, "crimes", draws, 1)
    )
    per_ours = t_ri / draws
    print(
        f"  p = {ri.p_value:.4f}; {per_ours * 1000:.2f} ms per redraw; statsmodels refit per redraw: "
        f"{t_direct * 1000:.0f} ms ({t_direct / per_ours:.0f}× slower, {t_direct * draws / 60:.0f} min for {draws})"
    )


if __name__ == "__main__":
    main()
