"""Did the patrols work? Intention-to-treat effects from the place-day ledger (DOMAIN.md §5).

**Estimand.** The rate ratio of treatment to control place-days, arm as allocated (intention to
treat): washout and unscheduled place-days are left out. Each place-day's exposure is its length
(``day_hours`` / 24, so the 23- and 25-hour days the clocks change count as such).

**Models** (fitted with ``statsmodels``; :func:`fit_rate_ratio`):

- ``poisson``: log E[y_pd] = α_p + β·treated_pd + log exposure_pd, one fixed effect α_p per place.
  Because the treatment is binary, the Poisson likelihood for β depends on each place's treated and
  control totals only, so the GLM is fitted to two cells per place (treated, control; offsets the
  log summed exposure): the same β, the same Hessian and the same per-place scores as the place-day
  fit, hence the same clustered errors (``tests/core/test_evaluation_effect.py`` checks this against a
  place-day fit), at any trial size.
- ``negbin``: the NB2 model (variance μ + αμ², α by maximum likelihood) with place dummies, fitted
  on the place-day rows (statsmodels GLM, profile likelihood over α: :func:`_fit_negbin`). Counts only.
- **Harm is not a count.** For harm the ``poisson`` model is a quasi-likelihood (pseudo-) maximum
  likelihood estimator: it is consistent for the rate ratio whenever E[harm | place, arm] =
  exp(α_p + β·treated), whatever the distribution of harm (Gourieroux, Monfort & Trognon 1984;
  Wooldridge 1999 for place fixed effects; Santos Silva & Tenreyro 2006). Its model-based errors
  would be wrong — harm is over-dispersed — so only the clustered errors are reported.

**Errors** are clustered by place (a place's days are not independent): the sandwich
``H⁻¹ (Σ_p s_p s_pᵀ) H⁻¹`` with the small-sample factor G/(G − 1), G the places that inform β (the
fixed effects are nested in the clusters, so they do not count against the degrees of freedom, as
in Stata's ``xtpoisson, fe vce(robust)`` and R's ``fixest``); intervals and ``p_model`` use
Student's t with G − 1 degrees of freedom. Places with no crimes (or no harm) in the analysed
days, or with days in one arm only, carry no information on β and are left out of the fit (counted
in the summary).

**Randomisation inference** (:func:`randomisation_test`): the sharp null "patrols changed nothing
in any place-day" is tested by redrawing the allocation with the schedule's own design and
recomputing the Poisson fixed-effects estimate each time; ``p = (1 + #{|β̂_k| ≥ |β̂|}) / (1 + K)``
(two-sided, K draws, seeded PCG64). The redraw keeps what the schedule generator fixes
(``core/tasking.py``): each day, in each block, the same number of places is treated (the
generator's rounding of share × places is an independent coin, so conditioning on it keeps the test
exact), drawn uniformly among the places scheduled that day; washout days are then recomputed by the
generator's rule (an untreated place within ``washout_days`` days after a treated day is washout
and is left out). Blocks come from a ``block`` column of the ledger or the ``blocks`` argument.

**Dose–response** (:func:`dose_response`) is descriptive: delivered minutes were not randomised,
so the table shows association, not effect. **Complier view** (:func:`complier_view`): tasked
versus delivered minutes per place, and the background presence in control places.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Dict, Mapping, Optional, Sequence

import numpy as np
import pandas as pd
from scipy import stats

from ..errors import HotspotInputError
from ..ids import id_text
from ..progress import ProgressCallback, report
from ..tasking import CONTROL, TREATMENT, WASHOUT
from . import require_statsmodels

CRIMES, HARM = "crimes", "harm"
OUTCOMES = (CRIMES, HARM)
POISSON, NEGBIN = "poisson", "negbin"
MODELS = (POISSON, NEGBIN)
MODEL_NAMES = {
    (CRIMES, POISSON): "Poisson, place fixed effects",
    (CRIMES, NEGBIN): "negative binomial (NB2), place fixed effects",
    (HARM, POISSON): "Poisson quasi-likelihood, place fixed effects",
}
DEFAULT_PERMUTATIONS = 2000
#: Output columns of :func:`trial_effect`, in order.
EFFECT_FIELDS = (
    "measure",
    "outcome",
    "model",
    "estimate",
    "ci_low",
    "ci_high",
    "p_model",
    "p_randomisation",
    "log_rr",
    "se_log_rr",
    "places",
    "treated_days",
    "control_days",
    "treated_per_day",
    "control_per_day",
    "nb_alpha",
    "permutations",
    "seed",
)
#: Delivered-minute bands of the dose–response table: 0, then (0, 15], (15, 30], (30, 45], above 45.
DEFAULT_DOSE_EDGES = (0.0, 15.0, 30.0, 45.0)
DOSE_FIELDS = (
    "band",
    "dose_low",
    "dose_high",
    "place_days",
    "treated_days",
    "control_days",
    "mean_dose_min",
    "crimes",
    "crimes_per_day",
    "harm",
    "harm_per_day",
    "harm_per_day_se",
)
COMPLIER_FIELDS = (
    "fence_id",
    "treated_days",
    "tasked_min",
    "delivered_min",
    "delivered_capped_min",
    "delivered_pct",
    "days_full",
    "days_partial",
    "days_none",
    "control_days",
    "control_background_min",
    "treated_background_min",
)
ALL_PLACES = "(all)"
#: Below this many places clustered errors are known to be too small (Cameron & Miller 2015 put the
#: usual threshold at 20–50 clusters); the result then says to rely on randomisation inference.
FEW_PLACES = 30


# --------------------------------------------------------------------------------------------
# The ledger as place × day arrays


@dataclass
class _Trial:
    """The ledger as arrays: places × days of outcome, exposure and arm."""

    keys: list  #: place ids as text, in ledger order
    ids: list  #: place ids as given
    days: list
    arm: np.ndarray  #: (P, D) object: treatment / control / washout / not scheduled
    y: np.ndarray  #: (P, D) outcome
    exposure: np.ndarray  #: (P, D) day length / 24 h


def _trial(ledger, outcome: str) -> _Trial:
    frame = ledger.frame if hasattr(ledger, "frame") else ledger
    if not isinstance(frame, pd.DataFrame):
        frame = pd.DataFrame(frame)
    if outcome not in OUTCOMES:
        raise HotspotInputError(f"Unknown outcome '{outcome}': use 'crimes' or 'harm'.")
    missing = [c for c in ("fence_id", "day", "arm", outcome) if c not in frame.columns]
    if missing:
        raise HotspotInputError(
            f"The ledger has no field {', '.join(missing)}. Use the table written by the place-day ledger."
        )
    values = pd.to_numeric(frame[outcome], errors="coerce").to_numpy(dtype=np.float64)
    if outcome == HARM and np.isnan(values).all():
        raise HotspotInputError(
            "The ledger has no harm (it was built without a harm field). Rebuild it with the crimes' harm, "
            "or choose the crime counts as the outcome."
        )
    if np.isnan(values).any() or (values < 0).any():
        raise HotspotInputError(f"The ledger's {outcome} has empty or negative values. Rebuild the ledger.")
    key_codes, keys = pd.factorize(pd.Series([id_text(f) for f in frame["fence_id"]]), sort=False)
    day_codes, days = pd.factorize(pd.Series(frame["day"].astype(str).to_numpy()), sort=True)
    n_p, n_d = len(keys), len(days)
    if len(frame) != n_p * n_d or pd.Series(key_codes * n_d + day_codes).duplicated().any():
        raise HotspotInputError(
            "The ledger must have exactly one row per place per day. Use the table written by the place-day ledger."
        )
    arm = np.empty((n_p, n_d), dtype=object)
    y = np.zeros((n_p, n_d))
    exposure = np.ones((n_p, n_d))
    arm[key_codes, day_codes] = frame["arm"].astype(str).str.strip().str.lower().to_numpy()
    y[key_codes, day_codes] = values
    if "day_hours" in frame.columns:
        exposure[key_codes, day_codes] = pd.to_numeric(frame["day_hours"], errors="coerce").fillna(24.0) / 24.0
    first_id = {}
    for code, fid in zip(key_codes, frame["fence_id"]):
        first_id.setdefault(code, fid)
    return _Trial(list(keys), [first_id[i] for i in range(n_p)], list(days), arm, y, exposure)


def _sums(trial: _Trial, treated: np.ndarray, control: np.ndarray):
    """Per place: treated and control totals of the outcome and of the exposure."""
    return (
        (trial.y * treated).sum(axis=-1),
        (trial.y * control).sum(axis=-1),
        (trial.exposure * treated).sum(axis=-1),
        (trial.exposure * control).sum(axis=-1),
    )


# --------------------------------------------------------------------------------------------
# The Poisson fixed-effects estimate in closed form (the randomisation statistic)


def fe_poisson_log_rr(y_t, y_c, e_t, e_c, tol: float = 1e-12, max_iter: int = 100) -> np.ndarray:
    """Poisson fixed-effects log rate ratio from per-place totals, for many allocations at once.

    Arrays of shape (..., places): treated and control outcome totals and exposures. With the place
    effects profiled out, β solves Σ_p [y_t − y_p·e^β e_t / (e^β e_t + e_c)] = 0 (y_p = y_t + y_c), a
    monotone equation solved by safeguarded Newton from the Mantel–Haenszel estimate. Returns β over
    the leading axes: −inf when no informative place has any treated outcome, +inf when none has
    control outcome, NaN when no place informs β. Equals statsmodels' GLM estimate (tested).
    """
    y_t, y_c, e_t, e_c = (np.asarray(a, dtype=np.float64) for a in (y_t, y_c, e_t, e_c))
    y = y_t + y_c
    use = (e_t > 0) & (e_c > 0) & (y > 0)
    y_t, y_c, e_t, e_c, y = (np.where(use, a, 0.0) for a in (y_t, y_c, e_t, e_c, y))
    e = np.where(use, e_t + e_c, 1.0)
    mh_num = (y_t * e_c / e).sum(axis=-1)
    mh_den = (y_c * e_t / e).sum(axis=-1)
    total_t, total_c = y_t.sum(axis=-1), y_c.sum(axis=-1)
    finite = (total_t > 0) & (total_c > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        beta = np.where(finite, np.log(np.where(finite, mh_num, 1.0) / np.where(finite, mh_den, 1.0)), 0.0)
    lo = np.full(beta.shape, -60.0)
    hi = np.full(beta.shape, 60.0)
    e_t_safe = np.where(use, e_t, 0.0)
    for _ in range(max_iter):
        r = np.exp(beta)[..., None] * e_t_safe
        share = np.where(use, r / np.where(use, r + e_c, 1.0), 0.0)
        g = (y_t - y * share).sum(axis=-1)
        slope = -(y * share * (1.0 - share)).sum(axis=-1)
        lo = np.where(g > 0, beta, lo)  # g decreases in β: positive g means the root lies above
        hi = np.where(g < 0, beta, hi)
        with np.errstate(divide="ignore", invalid="ignore"):
            step = np.where(slope < 0, -g / slope, 0.0)
        new = beta + step
        outside = ~((new > lo) & (new < hi)) | ~np.isfinite(new)
        new = np.where(outside, 0.5 * (lo + hi), new)
        done = np.abs(new - beta) < tol
        beta = new
        if np.all(done | ~finite):
            break
    beta = np.where(finite, beta, np.where(total_t > 0, np.inf, -np.inf))
    informative = use.any(axis=-1)
    return np.where(informative, beta, np.nan)


def fe_poisson_cluster_se(beta, y_t, y_c, e_t, e_c) -> np.ndarray:
    """Place-clustered standard error of :func:`fe_poisson_log_rr`'s β, with the G/(G − 1) factor.

    With the place effects at their maximum, each place's score for its own effect is 0 and its score
    for β is y_t − μ_t, so the sandwich reduces to Σ_p (y_t − μ_t)² / I², I = Σ_p μ_t μ_c / y_p
    (μ_t = y_p e^β e_t / (e^β e_t + e_c)). G: the places that inform β.
    """
    beta = np.asarray(beta, dtype=np.float64)
    y_t, y_c, e_t, e_c = (np.asarray(a, dtype=np.float64) for a in (y_t, y_c, e_t, e_c))
    y = y_t + y_c
    use = (e_t > 0) & (e_c > 0) & (y > 0)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        r = np.exp(beta)[..., None] * e_t
        mu_t = np.where(use, y * r / np.where(use, r + e_c, 1.0), 0.0)
        mu_c = y - mu_t
        info = np.where(use, mu_t * mu_c / np.where(use, y, 1.0), 0.0).sum(axis=-1)
        meat = np.where(use, (y_t - mu_t) ** 2, 0.0).sum(axis=-1)
        g = use.sum(axis=-1)
        return np.sqrt(meat / info**2 * g / np.maximum(g - 1, 1))


# --------------------------------------------------------------------------------------------
# Model fits (statsmodels)


def _informative(y_t, y_c, e_t, e_c) -> np.ndarray:
    return (e_t > 0) & (e_c > 0) & (y_t + y_c > 0)


#: NB2 over-dispersion searched on a log scale within these bounds; at the lower bound NB2 is Poisson
#: to within 1e-4 × μ² of variance (below it statsmodels' log-gamma terms lose precision).
NB_ALPHA_BOUNDS = (1e-4, 100.0)


def _fit_negbin(sm, endog, exog, offset, groups):
    """NB2 GLM at the maximum-likelihood α (profile likelihood over log α), place-clustered covariance.

    For fixed α the NB2 model is a GLM that IRLS fits reliably; α is then found by a bounded search
    of the profile log-likelihood. This avoids the joint Newton fit, which fails when α is near 0
    (little over-dispersion once places have their own rates). β and α are orthogonal in NB2's
    information, so the clustered covariance of β at the estimated α is the usual one.
    """
    from scipy.optimize import minimize_scalar  # noqa: PLC0415

    start = {"params": sm.GLM(endog, exog, family=sm.families.Poisson(), offset=offset).fit().params}

    def fit(alpha, **kwargs):
        model = sm.GLM(endog, exog, family=sm.families.NegativeBinomial(alpha=alpha), offset=offset)
        return model.fit(start_params=start["params"], **kwargs)

    def negative_profile(log_alpha: float) -> float:
        result = fit(float(np.exp(log_alpha)))
        start["params"] = result.params
        return -float(result.llf)

    lo, hi = np.log(NB_ALPHA_BOUNDS[0]), np.log(NB_ALPHA_BOUNDS[1])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        best = minimize_scalar(negative_profile, bounds=(lo, hi), method="bounded", options={"xatol": 1e-4})
        alpha = float(np.exp(best.x))
        result = fit(alpha, cov_type="cluster", cov_kwds={"groups": groups, "use_correction": False})
    if not np.all(np.isfinite(result.params)):
        raise HotspotInputError(
            "The negative binomial model could not be fitted to this ledger. Use the Poisson model "
            "(its clustered errors already allow for over-dispersion)."
        )
    return result, alpha


def fit_rate_ratio(ledger, outcome: str = CRIMES, model: str = POISSON, confidence: float = 0.95) -> dict:
    """The intention-to-treat rate ratio with a place-clustered interval (see the module docstring).

    ``ledger``: a :class:`~.ledger.Ledger` or its frame. Returns a dict with ``estimate`` (rate
    ratio), ``ci_low``, ``ci_high``, ``p_model``, ``log_rr``, ``se_log_rr``, ``places`` (G, the places
    in the fit), ``treated_days``, ``control_days``, ``treated_per_day``, ``control_per_day`` (the raw
    means per place-day of 24 h), ``nb_alpha`` (NB2 over-dispersion, NaN for Poisson) and ``model``.
    """
    if model not in MODELS:
        raise HotspotInputError(f"Unknown model '{model}': use 'poisson' or 'negbin'.")
    if outcome == HARM and model == NEGBIN:
        raise HotspotInputError(
            "The negative binomial model is for counts; harm is not a count. For harm use the Poisson "
            "quasi-likelihood model, which is consistent for any non-negative outcome."
        )
    sm = require_statsmodels()
    trial = _trial(ledger, outcome)
    treated = trial.arm == TREATMENT
    control = trial.arm == CONTROL
    y_t, y_c, e_t, e_c = _sums(trial, treated, control)
    use = _informative(y_t, y_c, e_t, e_c)
    g = int(use.sum())
    if g < 2:
        raise HotspotInputError(
            f"Only {g} place(s) have {outcome} and days in both arms: a rate ratio needs at least two. "
            "Check the ledger's arms, or evaluate over a longer period."
        )
    places = np.nonzero(use)[0]
    dummies = np.eye(g)
    if model == POISSON:
        endog = np.concatenate([y_t[places], y_c[places]])
        exog = np.column_stack([np.r_[np.ones(g), np.zeros(g)], np.vstack([dummies, dummies])])
        offset = np.log(np.concatenate([e_t[places], e_c[places]]))
        groups = np.concatenate([np.arange(g), np.arange(g)])
        glm = sm.GLM(endog, exog, family=sm.families.Poisson(), offset=offset)
        result = glm.fit(cov_type="cluster", cov_kwds={"groups": groups, "use_correction": False})
        beta = float(result.params[0])
        cov = float(result.cov_params()[0, 0])
        nb_alpha = np.nan
    else:
        rows_p, rows_d = np.nonzero((treated | control)[places])
        endog = trial.y[places][rows_p, rows_d]
        exog = np.column_stack([treated[places][rows_p, rows_d].astype(float), dummies[rows_p]])
        offset = np.log(trial.exposure[places][rows_p, rows_d])
        result, nb_alpha = _fit_negbin(sm, endog, exog, offset, rows_p)
        beta = float(result.params[0])
        cov = float(np.asarray(result.cov_params())[0, 0])
    se = float(np.sqrt(cov * g / (g - 1)))
    crit = float(stats.t.ppf(0.5 + confidence / 2.0, g - 1))
    t_value = beta / se if se > 0 else np.inf
    return {
        "outcome": outcome,
        "model": MODEL_NAMES[(outcome, model)],
        "estimate": float(np.exp(beta)),
        "ci_low": float(np.exp(beta - crit * se)),
        "ci_high": float(np.exp(beta + crit * se)),
        "p_model": float(2.0 * stats.t.sf(abs(t_value), g - 1)),
        "log_rr": beta,
        "se_log_rr": se,
        "places": g,
        "treated_days": int(treated.sum()),
        "control_days": int(control.sum()),
        "treated_per_day": float(trial.y[treated].sum() / trial.exposure[treated].sum()) if treated.any() else np.nan,
        "control_per_day": float(trial.y[control].sum() / trial.exposure[control].sum()) if control.any() else np.nan,
        "nb_alpha": nb_alpha,
        "places_left_out": int(len(trial.keys) - g),
    }


# --------------------------------------------------------------------------------------------
# Randomisation inference


def infer_washout_days(arm: np.ndarray) -> int:
    """The washout length a ledger's arms imply: the longest run from a treated day to a washout day.

    ``arm``: (places, days) arms. 0 when there are no washout days.
    """
    longest = 0
    for row in arm:
        last = None
        for d, a in enumerate(row):
            if a == TREATMENT:
                last = d
            elif a == WASHOUT and last is not None:
                longest = max(longest, d - last)
    return longest


def washout_mask(treated: np.ndarray, eligible: np.ndarray, washout_days: int) -> np.ndarray:
    """The schedule generator's washout rule (``core/tasking.py``) for many allocations at once.

    ``treated``: (..., places, days) booleans; ``eligible``: (places, days) scheduled place-days. A
    scheduled, untreated place-day within ``washout_days`` days after a treated day of the same place
    is washout.
    """
    out = np.zeros(treated.shape, dtype=bool)
    if washout_days <= 0:
        return out
    last = np.full(treated.shape[:-1], -(10**9), dtype=np.int64)
    for d in range(treated.shape[-1]):
        t = treated[..., d]
        out[..., d] = ~t & eligible[:, d] & (d - last <= washout_days)
        last = np.where(t, d, last)
    return out


@dataclass
class RandomisationResult:
    """Output of :func:`randomisation_test`."""

    p_value: float
    observed: float  #: the observed Poisson fixed-effects log rate ratio
    draws: np.ndarray  #: the log rate ratio of each redraw
    summary: Dict[str, object] = field(default_factory=dict)


def _blocks_of(frame: pd.DataFrame, trial: _Trial, blocks: Optional[Mapping]) -> np.ndarray:
    if blocks is not None:
        lookup = {id_text(k): str(v) for k, v in blocks.items()}
        missing = [k for k in trial.keys if k not in lookup]
        if missing:
            raise HotspotInputError(
                f"No block is given for place(s) {', '.join(missing[:5])}. Give every place its block."
            )
        return np.array([lookup[k] for k in trial.keys], dtype=object)
    if "block" in frame.columns:
        first = {}
        for fid, block in zip(frame["fence_id"], frame["block"]):
            first.setdefault(id_text(fid), str(block))
        return np.array([first[k] for k in trial.keys], dtype=object)
    return np.array(["(all)"] * len(trial.keys), dtype=object)


def randomisation_test(
    ledger,
    outcome: str = CRIMES,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: int = 0,
    blocks: Optional[Mapping] = None,
    washout_days: Optional[int] = None,
    progress: ProgressCallback = None,
    chunk: int = 250,
) -> RandomisationResult:
    """Randomisation-inference p-value of the Poisson fixed-effects rate ratio (module docstring).

    ``permutations``: redraws K (≥ 1); ``seed``: the PCG64 seed (same seed, same p); ``blocks``:
    optional mapping fence_id → block (else the ledger's ``block`` column, else one block);
    ``washout_days``: the schedule's washout (default: inferred from the ledger's arms, see
    :func:`infer_washout_days`).
    """
    if int(permutations) < 1:
        raise HotspotInputError("The number of permutations must be at least 1 (2000 is usual).")
    permutations = int(permutations)
    frame = ledger.frame if hasattr(ledger, "frame") else pd.DataFrame(ledger)
    trial = _trial(frame, outcome)
    treated = trial.arm == TREATMENT
    control = trial.arm == CONTROL
    eligible = np.isin(trial.arm, (TREATMENT, CONTROL, WASHOUT))
    inferred = washout_days is None
    w = infer_washout_days(trial.arm) if inferred else int(washout_days)
    block = _blocks_of(frame, trial, blocks)
    observed = float(fe_poisson_log_rr(*_sums(trial, treated, control)))
    if not np.isfinite(observed):
        raise HotspotInputError(
            f"The rate ratio of {outcome} cannot be estimated (no place has {outcome} in both arms), so there is "
            "nothing to test."
        )
    block_names = sorted(set(block))
    members = [np.nonzero(block == b)[0] for b in block_names]
    # Treated places per day and block: what the generator fixed for that day.
    k_treated = np.array([[int(treated[m, d].sum()) for m in members] for d in range(treated.shape[1])])
    rng = np.random.Generator(np.random.PCG64(int(seed)))
    n_p, n_d = trial.y.shape
    chunk = int(max(1, min(chunk, 2_000_000 // max(1, n_p * n_d))))  # ≤ 16 MB per (draws × places × days) array
    draws = np.empty(permutations)
    for lo in range(0, permutations, chunk):
        k = min(chunk, permutations - lo)
        t = np.zeros((k, n_p, n_d), dtype=bool)
        for d in range(n_d):
            keys = rng.random((k, n_p))
            keys[:, ~eligible[:, d]] = 2.0  # never among the first k_treated of a block
            for b, m in enumerate(members):
                if k_treated[d, b] == 0:
                    continue
                order = np.argsort(keys[:, m], axis=1, kind="stable")[:, : k_treated[d, b]]
                t[np.arange(k)[:, None], m[order], d] = True
        wash = washout_mask(t, eligible, w)
        c = eligible[None] & ~t & ~wash
        draws[lo : lo + k] = fe_poisson_log_rr(
            (trial.y * t).sum(-1), (trial.y * c).sum(-1), (trial.exposure * t).sum(-1), (trial.exposure * c).sum(-1)
        )
        report(progress, (lo + k) / permutations)
    extreme = np.abs(draws) >= abs(observed) * (1.0 - 1e-12)
    p = (1.0 + float(extreme.sum())) / (1.0 + permutations)
    rule_kept = bool((washout_mask(treated[None], eligible, w)[0] == (trial.arm == WASHOUT)).all())
    summary = {
        "permutations": permutations,
        "seed": int(seed),
        "blocks": len(block_names),
        "washout_days": w,
        "washout_days_inferred": inferred,
        "washout_rule_matches_ledger": rule_kept,
        "statistic": "Poisson fixed-effects log rate ratio, two-sided",
    }
    return RandomisationResult(p, observed, draws, summary)


# --------------------------------------------------------------------------------------------
# The table trialeffect writes


@dataclass
class EffectResult:
    """Output of :func:`trial_effect`: ``table`` (``EFFECT_FIELDS``, one row per model) and ``summary``."""

    table: pd.DataFrame
    summary: Dict[str, object] = field(default_factory=dict)


def trial_effect(
    ledger,
    outcome: str = CRIMES,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: int = 0,
    models: Optional[Sequence[str]] = None,
    blocks: Optional[Mapping] = None,
    washout_days: Optional[int] = None,
    confidence: float = 0.95,
    progress: ProgressCallback = None,
) -> EffectResult:
    """Rate ratios for one outcome, one row per model, with the randomisation p-value.

    ``models``: default Poisson and negative binomial for crimes, Poisson quasi-likelihood for harm.
    ``permutations`` 0 skips randomisation inference (``p_randomisation`` NaN). The randomisation
    p-value tests the sharp null with the Poisson estimate as its statistic; it is the same on every row.
    """
    models = list(models or ((POISSON, NEGBIN) if outcome == CRIMES else (POISSON,)))
    rows = []
    for n, model in enumerate(models):
        row = fit_rate_ratio(ledger, outcome, model, confidence)
        rows.append(row)
        report(progress, 0.1 * (n + 1) / len(models))
    summary: Dict[str, object] = {"outcome": outcome, "confidence": confidence}
    p_ri = np.nan
    if permutations:

        def inner(fraction: float) -> bool:
            return progress is None or progress(0.1 + 0.9 * fraction) is not False

        ri = randomisation_test(ledger, outcome, permutations, seed, blocks, washout_days, inner)
        p_ri = ri.p_value
        summary.update({f"randomisation_{k}": v for k, v in ri.summary.items()})
    table = pd.DataFrame(
        [
            {
                "measure": f"{outcome} rate ratio ({row['model']})",
                **row,
                "p_randomisation": p_ri,
                "permutations": int(permutations),
                "seed": int(seed),
            }
            for row in rows
        ]
    )
    summary["places_left_out"] = rows[0]["places_left_out"]
    if rows[0]["places"] < FEW_PLACES:
        summary["warning"] = (
            f"Only {rows[0]['places']} places inform the estimate: clustered intervals are too narrow with few "
            "places (especially unequal ones). Judge the effect by the randomisation p-value."
        )
    report(progress, 1.0)
    return EffectResult(table[list(EFFECT_FIELDS)], summary)


# --------------------------------------------------------------------------------------------
# Dose–response and complier view


def _clustered_mean_se(values: np.ndarray, clusters: np.ndarray) -> float:
    """Standard error of a mean clustered by place (CR1: G/(G − 1))."""
    n = values.size
    if n == 0:
        return np.nan
    resid = values - values.mean()
    codes, _ = pd.factorize(clusters)
    sums = np.bincount(codes, weights=resid)
    g = sums.size
    if g < 2:
        return np.nan
    return float(np.sqrt((sums**2).sum() * g / (g - 1)) / n)


def dose_response(ledger, dose: str = "delivered_min", edges: Sequence[float] = DEFAULT_DOSE_EDGES) -> pd.DataFrame:
    """Crimes and harm per place-day by bands of patrol minutes (``DOSE_FIELDS``; descriptive).

    ``dose``: the ledger column banded (``delivered_min`` or ``background_min``); ``edges``: band limits
    in minutes; the first band is exactly ``edges[0]`` (no patrol), then (e_i, e_i+1], then above the
    last. Treatment and control place-days are used (washout and unscheduled are not).
    ``harm_per_day_se`` is clustered by place.
    """
    frame = ledger.frame if hasattr(ledger, "frame") else pd.DataFrame(ledger)
    if dose not in frame.columns:
        raise HotspotInputError(f"The ledger has no field '{dose}'. Use delivered_min or background_min.")
    edges = [float(e) for e in edges]
    if not edges or sorted(edges) != edges or len(set(edges)) != len(edges):
        raise HotspotInputError("Dose band limits must be increasing minutes, like 0, 15, 30, 45.")
    rows = frame[frame["arm"].astype(str).isin((TREATMENT, CONTROL))]
    minutes = pd.to_numeric(rows[dose], errors="coerce").fillna(0.0).to_numpy()
    band = np.where(minutes <= edges[0], 0, np.searchsorted(edges, minutes, side="left"))
    has_harm = "harm" in rows.columns and not rows["harm"].isna().all()
    out = []
    labels = [f"{edges[0]:g} min"]
    labels += [f"{a:g}–{b:g} min" for a, b in zip(edges[:-1], edges[1:])]
    labels.append(f"over {edges[-1]:g} min")
    limits = [(edges[0], edges[0])] + list(zip(edges[:-1], edges[1:])) + [(edges[-1], np.inf)]
    for k, label in enumerate(labels):
        sel = band == k
        part = rows[sel]
        n = int(sel.sum())
        crimes = float(part["crimes"].sum())
        harm = float(part["harm"].sum()) if has_harm else np.nan
        out.append(
            {
                "band": label,
                "dose_low": limits[k][0],
                "dose_high": limits[k][1],
                "place_days": n,
                "treated_days": int((part["arm"] == TREATMENT).sum()),
                "control_days": int((part["arm"] == CONTROL).sum()),
                "mean_dose_min": float(minutes[sel].mean()) if n else np.nan,
                "crimes": crimes,
                "crimes_per_day": crimes / n if n else np.nan,
                "harm": harm,
                "harm_per_day": harm / n if n and has_harm else np.nan,
                "harm_per_day_se": (
                    _clustered_mean_se(part["harm"].to_numpy(dtype=float), part["fence_id"].map(id_text).to_numpy())
                    if n and has_harm
                    else np.nan
                ),
            }
        )
    return pd.DataFrame(out, columns=list(DOSE_FIELDS))


def complier_view(ledger) -> pd.DataFrame:
    """Tasked versus delivered per place, then one ``(all)`` row (``COMPLIER_FIELDS``).

    ``delivered_capped_min`` caps each treated place-day at its tasked minutes (a long patrol one day
    does not make up for a missed one); ``delivered_pct`` = 100 × capped ÷ tasked. ``days_full``:
    treated days with delivered ≥ tasked; ``days_partial``: some but not all; ``days_none``: nothing.
    ``control_background_min`` / ``treated_background_min``: mean patrol-minutes by anyone per control /
    treated place-day (contamination of the controls).
    """
    frame = ledger.frame if hasattr(ledger, "frame") else pd.DataFrame(ledger)
    need = [c for c in ("fence_id", "arm", "tasked_min", "delivered_min", "background_min") if c not in frame.columns]
    if need:
        raise HotspotInputError(f"The ledger has no field {', '.join(need)}. Use the table of the place-day ledger.")

    def row(fid, part):
        t = part[part["arm"] == TREATMENT]
        c = part[part["arm"] == CONTROL]
        tasked = t["tasked_min"].to_numpy(dtype=float)
        got = t["delivered_min"].to_numpy(dtype=float)
        capped = np.minimum(got, tasked)
        full = (got >= tasked - 1e-9) & (tasked > 0)
        return {
            "fence_id": fid,
            "treated_days": int(len(t)),
            "tasked_min": float(tasked.sum()),
            "delivered_min": float(got.sum()),
            "delivered_capped_min": float(capped.sum()),
            "delivered_pct": float(100.0 * capped.sum() / tasked.sum()) if tasked.sum() > 0 else np.nan,
            "days_full": int(full.sum()),
            "days_partial": int(((got > 0) & ~full).sum()),
            "days_none": int(((got <= 0) & (tasked > 0)).sum()),
            "control_days": int(len(c)),
            "control_background_min": float(c["background_min"].mean()) if len(c) else np.nan,
            "treated_background_min": float(t["background_min"].mean()) if len(t) else np.nan,
        }

    keys = frame["fence_id"].map(id_text)
    rows = [row(part["fence_id"].iloc[0], part) for _, part in frame.groupby(keys, sort=False)]
    rows.append(row(ALL_PLACES, frame))
    return pd.DataFrame(rows, columns=list(COMPLIER_FIELDS))
