"""Do hot spots predict? Hit rate, PAI, PEI and the Recapture Rate Index.

Hot spots chosen from one period (cells or fences flagged ``hot``) are scored against the crimes of a
later period. With N the later period's crimes in the study area, n those inside the hot spots, A the
study area and a the hot spots' area:

* **hit rate** = n / N (Chainey, Tompson & Uhlig 2008: the share of the next period's crime captured);
* **PAI**, Predictive Accuracy Index = (n / N) / (a / A) (Chainey, Tompson & Uhlig 2008);
* **PEI**, Predictive Efficiency Index = n / n* (Hunt 2016), where n* is the most crime the same area
  could have captured: the later period's crimes in the busiest units whose area adds up to a. For
  equal units (grid cells) that is the k busiest cells, k the number of hot cells; for unequal units
  the busiest-per-area units are taken in order and the last one in part (an upper bound, so PEI is
  never over-stated);
* **RRI**, Recapture Rate Index = (n₂ / n₁) / (N₂ / N₁) (Levine 2008, CrimeStat; also in Hunt 2016):
  the hot spots' crime in the later period (n₂) over the earlier one (n₁), scaled by the change of the
  total. 1 means the hot spots kept their share; above 1 they captured relatively more.

With ``harm`` the same figures are computed on harm (a "harm hit rate" and a "harm PAI" — named so
in the output). A is the area of all units given (every tested cell, or a tiling of the study area),
or ``study_area`` when given — never a bounding box (DOMAIN.md §2).
"""

from __future__ import annotations

from typing import Dict, Optional

import numpy as np

from ..errors import HotspotInputError


def _values(values, label: str, n: int) -> np.ndarray:
    values = np.asarray(values, dtype=float)
    if values.shape != (n,):
        raise ValueError(f"{label} must give one value per unit")
    if not np.isfinite(values).all() or (values < 0).any():
        raise HotspotInputError(f"The {label} must be 0 or more for every unit (no NULLs).")
    return values


def most_capturable(values: np.ndarray, area: np.ndarray, budget: float) -> float:
    """Most of ``values`` that units of total area ``budget`` can hold (densest first, the last in part)."""
    density = values / np.where(area > 0, area, np.inf)
    order = np.argsort(-density, kind="stable")
    cum_area = np.cumsum(area[order])
    cum_values = np.cumsum(values[order])
    k = int(np.searchsorted(cum_area, budget * (1 - 1e-12)))
    if k >= order.size:
        return float(cum_values[-1])
    before_area = cum_area[k - 1] if k > 0 else 0.0
    before_values = cum_values[k - 1] if k > 0 else 0.0
    part = (budget - before_area) / area[order[k]] if area[order[k]] > 0 else 0.0
    return float(before_values + min(max(part, 0.0), 1.0) * values[order[k]])


def _scores(hot: np.ndarray, later: np.ndarray, area: np.ndarray, total_area: float, prefix: str) -> Dict[str, float]:
    total = later.sum()
    captured = later[hot].sum()
    hot_area = area[hot].sum()
    area_share = hot_area / total_area
    hit = captured / total if total > 0 else float("nan")
    best = most_capturable(later, area, hot_area)
    return {
        f"{prefix}hit_rate": float(hit),
        f"{prefix}pai": float(hit / area_share) if area_share > 0 else float("nan"),
        f"{prefix}pei": float(captured / best) if best > 0 else float("nan"),
        f"{prefix}captured": float(captured),
        f"{prefix}total": float(total),
        f"{prefix}max_capturable": best,
    }


def forecast_accuracy(
    hot,
    later_crimes,
    area=None,
    earlier_crimes=None,
    later_harm=None,
    study_area: Optional[float] = None,
) -> Dict[str, float]:
    """Scores of hot spots ``hot`` (bool per unit) against ``later_crimes`` (count per unit).

    ``area``: unit areas in m² (default: all equal, i.e. cells). ``earlier_crimes``: counts in the
    period the hot spots were chosen from, for the RRI. ``later_harm``: harm per unit for the harm
    figures. Returns ``hit_rate, pai, pei, rri, area_share, n_hot`` and the counts behind them, plus
    ``harm_hit_rate, harm_pai, harm_pei`` with harm.
    """
    hot = np.asarray(hot, dtype=bool)
    n = hot.size
    if n == 0:
        raise HotspotInputError("There are no units to score. Choose the cells or fences of the hot spot run.")
    if not hot.any():
        raise HotspotInputError("No unit is a hot spot, so there is nothing to score. Lower the hot spot threshold.")
    later = _values(later_crimes, "crime counts of the later period", n)
    area = np.ones(n) if area is None else _values(area, "unit areas", n)
    total_area = float(study_area) if study_area is not None else float(area.sum())
    if total_area <= 0:
        raise HotspotInputError("The study area must be larger than 0 m².")
    if area[hot].sum() > total_area * (1 + 1e-9):
        raise HotspotInputError("The hot spots cover more than the study area: check the study area and units.")
    if later.sum() <= 0:
        raise HotspotInputError("The later period has no crimes in the study area: choose another period.")
    result: Dict[str, float] = {"n_hot": int(hot.sum()), "area_share": float(area[hot].sum() / total_area)}
    result.update(_scores(hot, later, area, total_area, ""))
    result["rri"] = float("nan")
    if earlier_crimes is not None:
        earlier = _values(earlier_crimes, "crime counts of the earlier period", n)
        n1, n2 = earlier[hot].sum(), later[hot].sum()
        big_n1, big_n2 = earlier.sum(), later.sum()
        if n1 > 0 and big_n1 > 0:
            result["rri"] = float((n2 / n1) / (big_n2 / big_n1))
        result["earlier_captured"] = float(n1)
        result["earlier_total"] = float(big_n1)
    if later_harm is not None:
        harm = _values(later_harm, "harm of the later period", n)
        result.update(_scores(hot, harm, area, total_area, "harm_"))
    return result
