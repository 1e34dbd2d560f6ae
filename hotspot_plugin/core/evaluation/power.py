"""Power of a place-day patrol trial: the minimum detectable effect (DOMAIN.md §5).

The design: ``places`` places, ``days`` days, a share ``p`` of the places treated each day, a
baseline rate λ_i crimes per place-day, analysed as :mod:`.effect` does (Poisson fixed effects per
place, place-clustered errors, two-sided test at ``alpha``).

**Analytic.** With the place effects profiled out, place i carries the information
``D λ_i θ p (1 − p) / (θ p + 1 − p)`` on the log rate ratio log θ (the information of a binomial
split of its crimes between its treated and control days), so::

    Var(log θ̂) = φ (θ p + 1 − p) / (D θ p (1 − p) Σ_i λ_i)

φ is the over-dispersion of place-day counts within places (variance ÷ mean; 1 for Poisson),
estimated from a past period's counts as the Pearson statistic of the place-effects model,
Σ_i Σ_t (y_it − ȳ_i)² / ȳ_i ÷ Σ_i (D_past − 1), and never taken below 1. The minimum detectable
effect θ < 1 solves ``−log θ = (t_{1−α/2} + t_{power}) × SE(θ)`` with G − 1 degrees of freedom (G
places), the test the effect module uses. It is reported as a rate ratio and as a percent reduction.

**Simulation check.** ``simulations`` trials of the design (seeded PCG64) with the analytic effect
planted: each day ⌊pG⌉ places treated at random (the generator's rounding), counts negative binomial
with mean λ_i θ^treated and variance φ × mean (Poisson when φ = 1), each analysed with the
closed-form Poisson fixed-effects estimate and clustered error of :mod:`.effect`. The share
rejecting the null is the simulated power; it should be within 10 % of ``power``. The same with no
effect gives the test's real size (``simulated_size``, nominally ``alpha``): with few or very
unequal places the clustered test rejects too often and the two disagree, which the summary says.

Not modelled: serial correlation of a place's days, washout days (left out of the analysis, so
fewer days), places added or lost during the trial.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional

import numpy as np
from scipy import stats

from ..errors import HotspotInputError
from ..progress import ProgressCallback, report
from .effect import fe_poisson_cluster_se, fe_poisson_log_rr

POWER_FIELDS = (
    "places",
    "days",
    "treated_share",
    "base_rate",
    "dispersion",
    "alpha",
    "power",
    "mde_rate_ratio",
    "mde_reduction_pct",
    "se_log_rr",
    "simulated_power",
    "simulated_size",
    "simulations",
    "seed",
)


@dataclass
class PowerResult:
    """Output of :func:`minimum_detectable_effect`: ``row`` (``POWER_FIELDS``) and ``summary``."""

    row: Dict[str, object]
    summary: Dict[str, object] = field(default_factory=dict)


def dispersion_of(past_counts: np.ndarray) -> float:
    """Within-place over-dispersion of a (places × days) count matrix, at least 1 (module docstring)."""
    y = np.asarray(past_counts, dtype=np.float64)
    mean = y.mean(axis=1)
    use = mean > 0
    if y.shape[1] < 2 or not use.any():
        return 1.0
    pearson = (((y[use] - mean[use, None]) ** 2) / mean[use, None]).sum()
    return max(1.0, float(pearson / (use.sum() * (y.shape[1] - 1))))


def se_log_rate_ratio(theta: float, days: int, share: float, rate_sum: float, dispersion: float) -> float:
    """Analytic standard error of log θ̂ (module docstring); ``rate_sum`` = Σ_i λ_i per place-day."""
    return float(np.sqrt(dispersion * (theta * share + 1 - share) / (days * theta * share * (1 - share) * rate_sum)))


def minimum_detectable_effect(
    days: int,
    places: Optional[int] = None,
    treated_share: float = 0.5,
    base_rate: Optional[float] = None,
    past_counts=None,
    past_days: Optional[int] = None,
    dispersion: Optional[float] = None,
    alpha: float = 0.05,
    power: float = 0.8,
    simulations: int = 1000,
    seed: int = 0,
    progress: ProgressCallback = None,
) -> PowerResult:
    """The minimum detectable rate ratio of a place-day design, analytic, with its simulation check.

    Give ``places`` and ``base_rate`` (mean crimes per place per day), or ``past_counts``: a
    (places × past days) array of a past period's daily counts in the places, from which the rates per
    place and the over-dispersion are taken (``dispersion`` overrides the latter; default 1 with a
    base rate), or one total per place with ``past_days`` (say a police.uk month: 30 days; with no
    daily counts the over-dispersion is 1 unless given). ``simulations`` 0 skips the check.
    """
    if int(days) < 2:
        raise HotspotInputError("A trial needs at least 2 days.")
    if not 0.0 < treated_share < 1.0:
        raise HotspotInputError(f"The treated share {treated_share} must lie strictly between 0 and 1.")
    if not (0.0 < alpha < 1.0 and 0.0 < power < 1.0):
        raise HotspotInputError("Alpha and power must lie strictly between 0 and 1 (usual: 0.05 and 0.8).")
    days = int(days)
    source = "base rate"
    if past_counts is not None:
        counts = np.asarray(past_counts, dtype=np.float64)
        if counts.ndim not in (1, 2) or counts.shape[0] < 2 or counts.size < 2:
            raise HotspotInputError("The past counts must be per place (at least two places), by day or in total.")
        if np.isnan(counts).any() or (counts < 0).any():
            raise HotspotInputError("The past counts have empty or negative values.")
        if places is not None and int(places) != counts.shape[0]:
            raise HotspotInputError(
                f"{places} places were given but the past counts are for {counts.shape[0]}. Give one or the other."
            )
        if counts.ndim == 2:
            rates = counts.mean(axis=1)
            phi = dispersion_of(counts) if dispersion is None else float(dispersion)
            source = f"daily counts over {counts.shape[1]} past days"
        else:
            if past_days is None or int(past_days) < 1:
                raise HotspotInputError(
                    "One total per place was given: say how many days they cover (e.g. 30 for a police.uk month)."
                )
            rates = counts / int(past_days)
            phi = 1.0 if dispersion is None else float(dispersion)
            source = f"totals over {int(past_days)} past days (no daily counts: over-dispersion {phi:g} assumed)"
    else:
        if places is None or base_rate is None:
            raise HotspotInputError("Give the number of places and a base rate, or the crimes of a past period.")
        if int(places) < 2 or not base_rate > 0:
            raise HotspotInputError("A trial needs at least 2 places and a base rate above 0 crimes per place-day.")
        rates = np.full(int(places), float(base_rate))
        phi = 1.0 if dispersion is None else float(dispersion)
    if phi < 1.0:
        raise HotspotInputError("The over-dispersion must be 1 or more (1 is Poisson).")
    g = int((rates > 0).sum())
    if g < 2 or rates.sum() <= 0:
        raise HotspotInputError("Fewer than two places had any crime: no effect can be detected.")
    df = g - 1
    multiplier = float(stats.t.ppf(1 - alpha / 2, df) + stats.t.ppf(power, df))
    rate_sum = float(rates.sum())

    def gap(theta: float) -> float:
        return -np.log(theta) - multiplier * se_log_rate_ratio(theta, days, treated_share, rate_sum, phi)

    # gap < 0 near θ = 1 (too small an effect) and again near 0 (too few treated crimes left to
    # measure it): the MDE is the largest θ where gap turns positive, bracketed on a grid then bisected.
    grid = 1.0 - np.geomspace(1e-6, 0.999, 400)
    positive = [th for th in grid if gap(th) > 0]
    if not positive:
        raise HotspotInputError("Even removing most crime could not be detected with this design: add places or days.")
    lo = max(positive)
    hi = min(th for th in np.append(grid, 1.0 - 1e-12) if th > lo)
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if gap(mid) > 0 else (lo, mid)
    theta = 0.5 * (lo + hi)
    se = se_log_rate_ratio(theta, days, treated_share, rate_sum, phi)
    simulated = simulate_power(rates, days, treated_share, theta, phi, alpha, simulations, seed, progress)
    size = simulate_power(rates, days, treated_share, 1.0, phi, alpha, simulations, seed + 1) if simulations else np.nan
    row = {
        "places": int(len(rates)),
        "days": days,
        "treated_share": float(treated_share),
        "base_rate": float(rates.mean()),
        "dispersion": float(phi),
        "alpha": float(alpha),
        "power": float(power),
        "mde_rate_ratio": float(theta),
        "mde_reduction_pct": float(100.0 * (1.0 - theta)),
        "se_log_rr": se,
        "simulated_power": simulated,
        "simulated_size": size,
        "simulations": int(simulations),
        "seed": int(seed),
    }
    agrees = bool(abs(simulated - power) <= 0.1 * power) if simulations else None
    summary = {
        "source": source,
        "places_with_crime": g,
        "degrees_of_freedom": df,
        "agrees_within_10pct": agrees,
    }
    if agrees is False:
        summary["warning"] = (
            f"The simulated power ({simulated:.2f}) differs from {power:.2f} by more than 10 %, and the clustered "
            f"test rejected {100 * size:.0f} % of simulated trials with no effect (nominally {100 * alpha:g} %): "
            "with few or very unequal places the clustered interval is approximate. Take the detectable effect "
            "as a rough guide, add places if you can, and judge the trial by its randomisation p-value."
        )
    return PowerResult(row, summary)


def simulate_power(
    rates: np.ndarray,
    days: int,
    share: float,
    theta: float,
    dispersion: float,
    alpha: float,
    simulations: int,
    seed: int,
    progress: ProgressCallback = None,
    chunk: int = 200,
) -> float:
    """The share of simulated trials whose clustered t-test rejects the null (module docstring); NaN for 0 runs."""
    if not simulations:
        return np.nan
    rng = np.random.Generator(np.random.PCG64(int(seed)))
    rates = np.asarray(rates, dtype=np.float64)
    n_p = rates.size
    exact = share * n_p
    lower = int(np.floor(exact + 1e-9))
    rejected = 0
    for start in range(0, simulations, chunk):
        k = min(chunk, simulations - start)
        keys = rng.random((k, days, n_p))
        n_treated = lower + (rng.random((k, days)) < exact - lower - 1e-9)
        ranks = keys.argsort(axis=2).argsort(axis=2)
        treated = ranks < n_treated[..., None]  # (k, days, places)
        mean = rates[None, None, :] * np.where(treated, theta, 1.0)
        if dispersion > 1.0:
            n = np.where(mean > 0, mean / (dispersion - 1.0), 1.0)
            y = np.where(mean > 0, rng.negative_binomial(n, 1.0 / dispersion), 0)
        else:
            y = rng.poisson(mean)
        y = y.astype(np.float64)
        y_t, y_c = (y * treated).sum(axis=1), (y * ~treated).sum(axis=1)
        e_t, e_c = treated.sum(axis=1).astype(np.float64), (~treated).sum(axis=1).astype(np.float64)
        beta = fe_poisson_log_rr(y_t, y_c, e_t, e_c)
        se = fe_poisson_cluster_se(beta, y_t, y_c, e_t, e_c)
        g = ((e_t > 0) & (e_c > 0) & (y_t + y_c > 0)).sum(axis=1)
        crit = stats.t.ppf(1 - alpha / 2, np.maximum(g - 1, 1))
        with np.errstate(invalid="ignore", divide="ignore"):
            rejected += int((np.abs(beta / se) > crit).sum())
        report(progress, (start + k) / simulations)
    return rejected / simulations
