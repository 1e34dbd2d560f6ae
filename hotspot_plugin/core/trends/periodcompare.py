"""Is the change real? Current vs previous period counts per unit with the Poisson E-test.

Per unit (cell, fence or area): ``current``, ``previous``, ``difference = current − previous``,
``pct_change = 100 · difference / previous`` (percent; NaN, never infinity, when previous is 0) and
``p_value``, the two-sided E-test of equal Poisson rates (Krishnamoorthy & Thomson 2004, "A more
powerful test for comparing two Poisson means", J. Stat. Plan. Inference 119).

The E-test for counts k1 (current) and k2 (previous) over equal periods: under H0 both are Poisson with
the pooled mean λ̂ = (k1 + k2) / 2, the statistic is T(X1, X2) = (X1 − X2) / √(X1 + X2) (0 when both are
0) and ::

    p = Σ_{x1, x2 ≥ 0} Pois(x1; λ̂) Pois(x2; λ̂) · 1[ |T(x1, x2)| ≥ |T(k1, k2)| ]

(for equal periods the paper's Wald and score forms coincide). 6 against 2 gives p = 0.1749.
Only equal periods are compared: unequal lengths are refused, as are overlapping periods.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Tuple

import numpy as np
import pandas as pd
from scipy import stats

from ..errors import HotspotInputError
from ..timeutil import DEFAULT_TIMEZONE, parse_date
from .instants import date_bounds_utc, required_utc

#: Columns of :func:`compare_counts`.
COLUMNS = ["current", "previous", "difference", "pct_change", "p_value"]
#: Poisson tail mass left out of the E-test's double sum.
_TAIL = 1e-13


@dataclass(frozen=True)
class Periods:
    """Two equal, non-overlapping periods of inclusive local dates."""

    current_start: dt.date
    current_end: dt.date
    previous_start: dt.date
    previous_end: dt.date

    @property
    def days(self) -> int:
        return (self.current_end - self.current_start).days + 1


def check_periods(current_start, current_end, previous_start, previous_end) -> Periods:
    """Parse inclusive ISO dates and refuse unequal, reversed or overlapping periods."""
    cs = parse_date(current_start, "current period start")
    ce = parse_date(current_end, "current period end")
    ps = parse_date(previous_start, "previous period start")
    pe = parse_date(previous_end, "previous period end")
    for label, start, end in (("current", cs, ce), ("previous", ps, pe)):
        if end < start:
            raise HotspotInputError(f"The {label} period ends ({end}) before it starts ({start}). Swap its dates.")
    current_days = (ce - cs).days + 1
    previous_days = (pe - ps).days + 1
    if current_days != previous_days:
        raise HotspotInputError(
            f"The periods differ in length: current {cs} – {ce} has {current_days} days, previous {ps} – {pe} "
            f"has {previous_days}. Counts are compared only over equal periods: make both {current_days} days "
            f"(e.g. previous {cs - dt.timedelta(days=current_days)} – {cs - dt.timedelta(days=1)})."
        )
    if cs <= pe and ps <= ce:
        raise HotspotInputError(
            f"The periods overlap (current {cs} – {ce}, previous {ps} – {pe}), so some crimes would count in "
            "both. Choose periods that do not share a day."
        )
    return Periods(cs, ce, ps, pe)


def count_in_period(rows, times, n_units: int, start: dt.date, end: dt.date, tz: str = DEFAULT_TIMEZONE, ids=None):
    """Crimes per unit whose local date falls in ``start`` … ``end`` (inclusive).

    ``rows``: each crime's unit (0 … n_units − 1, −1 for none).
    """
    rows = np.asarray(rows, dtype=np.int64)
    utc = required_utc(times, tz, ids)
    begin, stop = date_bounds_utc(start, end, tz)
    inside = ((utc >= begin) & (utc < stop)).to_numpy() & (rows >= 0)
    return np.bincount(rows[inside], minlength=n_units)


def count_periods(rows, times, n_units: int, periods: Periods, tz: str = DEFAULT_TIMEZONE, ids=None):
    """(current, previous) counts per unit for :class:`Periods`."""
    current = count_in_period(rows, times, n_units, periods.current_start, periods.current_end, tz, ids)
    previous = count_in_period(rows, times, n_units, periods.previous_start, periods.previous_end, tz, ids)
    return current, previous


def _etest_one(k1: int, k2: int) -> float:
    if k1 == k2:
        return 1.0
    lam = (k1 + k2) / 2.0
    top = int(stats.poisson.isf(_TAIL, lam)) + 2
    support = np.arange(top + 1)
    pmf = stats.poisson.pmf(support, lam)
    x1 = support[:, None]
    x2 = support[None, :]
    total = x1 + x2
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(total > 0, (x1 - x2) / np.sqrt(np.where(total > 0, total, 1)), 0.0)
    observed = abs(k1 - k2) / np.sqrt(k1 + k2)
    extreme = np.abs(t) >= observed * (1 - 1e-12)
    return float(min(1.0, (pmf[:, None] * pmf[None, :] * extreme).sum()))


def poisson_etest(k1, k2) -> np.ndarray:
    """Two-sided E-test p-values for count pairs over equal periods (module docstring); vectorised."""
    k1 = np.asarray(k1)
    k2 = np.asarray(k2)
    if (k1 < 0).any() or (k2 < 0).any() or not np.allclose(k1, np.round(k1)) or not np.allclose(k2, np.round(k2)):
        raise HotspotInputError("Counts must be whole numbers of 0 or more.")
    k1 = np.round(k1).astype(np.int64)
    k2 = np.round(k2).astype(np.int64)
    pairs, inverse = np.unique(np.stack([k1.ravel(), k2.ravel()], axis=1), axis=0, return_inverse=True)
    p = np.array([_etest_one(int(a), int(b)) for a, b in pairs])
    return p[np.asarray(inverse).ravel()].reshape(k1.shape)


def compare_counts(current, previous) -> pd.DataFrame:
    """One row per unit with :data:`COLUMNS` (see the module docstring for each)."""
    current = np.asarray(current)
    previous = np.asarray(previous)
    if current.shape != previous.shape:
        raise ValueError("current and previous must have one count per unit")
    difference = current - previous
    with np.errstate(invalid="ignore", divide="ignore"):
        pct = np.where(previous > 0, 100.0 * difference / np.where(previous > 0, previous, 1), np.nan)
    return pd.DataFrame(
        {
            "current": current,
            "previous": previous,
            "difference": difference,
            "pct_change": pct,
            "p_value": poisson_etest(current, previous),
        },
    )


def totals(frame: pd.DataFrame) -> Tuple[int, int, float, float]:
    """Whole-area (current, previous, percent change, E-test p) for the log."""
    current = int(frame["current"].sum())
    previous = int(frame["previous"].sum())
    pct = 100.0 * (current - previous) / previous if previous > 0 else float("nan")
    return current, previous, pct, float(poisson_etest(current, previous))
