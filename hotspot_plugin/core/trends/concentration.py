"""Concentration of crime and harm on places: the 80-20 table, Lorenz curves and Gini coefficients.

**80-20 table.** Row k (``rank`` 1 … n) answers "how much do the k worst places hold?": places are
ranked separately by crimes and by harm (most first, ties by input order), so ``cum_share_crimes`` is
the share of all crimes in the k places with most crimes and ``cum_share_harm`` the share of all harm
in the k places with most harm; ``cum_share_places`` = k / n. Every place is a row, places with no
crime included: leaving them out would understate concentration (Weisburd 2015's "law of crime
concentration" counts every street segment).

**Gini.** G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄) over all n places (zero-crime places included), the
"population" Gini, equal to 1 − 2 × the area under the Lorenz curve drawn through (k/n, share held by
the k *least* affected places) with straight segments. 0: every place has the same; (n − 1)/n: one
place has everything. No small-sample n/(n − 1) factor is applied. With fewer crimes than places
the Gini cannot reach its maximum (Bernasco & Steenbeek 2017): compare places and periods with
similar counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Tuple

import numpy as np
import pandas as pd

from ..errors import HotspotInputError

#: Columns of :attr:`Concentration.table` (the harm columns only when harm is given).
TABLE_COLUMNS = [
    "rank",
    "cum_share_places",
    "cum_share_crimes",
    "cum_share_harm",
    "place_by_crimes",
    "crimes",
    "place_by_harm",
    "harm",
]
SHARES = (0.5, 0.8)


def _check(values: np.ndarray, label: str) -> np.ndarray:
    values = np.asarray(values, dtype=float)
    if values.size == 0:
        raise HotspotInputError("There are no places. Choose a layer with cells, fences or street segments.")
    if not np.isfinite(values).all():
        raise HotspotInputError(f"Some places have no {label} value (NULL). Fill it (0 for none) or filter them out.")
    if (values < 0).any():
        raise HotspotInputError(f"Some places have a negative {label} value. {label.capitalize()} must be 0 or more.")
    if values.sum() <= 0:
        raise HotspotInputError(f"Every place has 0 {label}: there is nothing to concentrate.")
    return values


def gini(values) -> float:
    """Population Gini of non-negative values (module docstring), in O(n log n)."""
    x = np.sort(_check(values, "value"))
    n = x.size
    ranks = np.arange(1, n + 1)
    # Σ_i Σ_j |x_i − x_j| = 2 Σ_k (2k − n − 1) x_(k) for ascending x.
    return float(2.0 * ((2 * ranks - n - 1) * x).sum() / (2.0 * n * n * x.mean()))


def lorenz_curve(values) -> Tuple[np.ndarray, np.ndarray]:
    """Lorenz curve points (share of places, share of the total held by the least affected), from (0, 0)."""
    x = np.sort(_check(values, "value"))
    share_places = np.arange(x.size + 1) / x.size
    share_total = np.concatenate([[0.0], np.cumsum(x) / x.sum()])
    return share_places, share_total


def places_holding(values, share: float) -> int:
    """Fewest places (most affected first) that hold at least ``share`` of the total."""
    x = np.sort(_check(values, "value"))[::-1]
    cumulative = np.cumsum(x) / x.sum()
    return int(np.searchsorted(cumulative, share * (1 - 1e-12)) + 1)


@dataclass
class Concentration:
    table: pd.DataFrame
    gini_crimes: float
    gini_harm: Optional[float]
    summary: Dict[str, object]


def _ranked(values: np.ndarray, places: np.ndarray):
    order = np.argsort(-values, kind="stable")
    return places[order], values[order], np.cumsum(values[order]) / values.sum()


def concentration(crimes, harm=None, places=None) -> Concentration:
    """80-20 table, Gini and summary figures for crimes (and harm) per place.

    ``crimes``: count per place; ``harm``: optional harm per place; ``places``: ids (default 0 … n−1).
    The summary gives, for 50 % and 80 %, how many places (and what share of places) hold that share.
    """
    crimes = _check(crimes, "crime count")
    n = crimes.size
    places = np.arange(n) if places is None else np.asarray(places, dtype=object)
    if places.size != n:
        raise ValueError("places must give one id per place")
    rank = np.arange(1, n + 1)
    by_crimes, crimes_sorted, cum_crimes = _ranked(crimes, places)
    columns = {
        "rank": rank,
        "cum_share_places": rank / n,
        "cum_share_crimes": cum_crimes,
        "place_by_crimes": by_crimes,
        "crimes": crimes_sorted,
    }
    summary: Dict[str, object] = {"places": n, "crimes": float(crimes.sum()), "gini_crimes": gini(crimes)}
    for share in SHARES:
        k = places_holding(crimes, share)
        summary[f"places_for_{int(share * 100)}pct_crimes"] = k
        summary[f"share_of_places_for_{int(share * 100)}pct_crimes"] = k / n
    gini_harm = None
    if harm is not None:
        harm = _check(harm, "harm")
        if harm.size != n:
            raise ValueError("harm must give one value per place")
        by_harm, harm_sorted, cum_harm = _ranked(harm, places)
        columns.update({"cum_share_harm": cum_harm, "place_by_harm": by_harm, "harm": harm_sorted})
        gini_harm = gini(harm)
        summary["harm"] = float(harm.sum())
        summary["gini_harm"] = gini_harm
        for share in SHARES:
            k = places_holding(harm, share)
            summary[f"places_for_{int(share * 100)}pct_harm"] = k
            summary[f"share_of_places_for_{int(share * 100)}pct_harm"] = k / n
    # Built column by column in TABLE_COLUMNS order (pandas' columns= argument copies through objects).
    table = pd.DataFrame({c: columns[c] for c in TABLE_COLUMNS if c in columns})
    return Concentration(table=table, gini_crimes=summary["gini_crimes"], gini_harm=gini_harm, summary=summary)
