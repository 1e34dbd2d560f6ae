"""Displacement and diffusion of benefits around treated places (DOMAIN.md §5).

Four areas, two periods (b before, a after):

- A: the treated areas; C: the control areas; B: the *treated ring*, a buffer of ``buffer_m`` metres
  around the treated areas excluding every treated and control area; D: the *control ring*, the same
  around the control areas (excluding them and the treated areas). A crime in both rings (rings that
  overlap) counts in both, and the summary says how many did: keep the areas far enough apart.

**Weighted Displacement Difference** (Wheeler & Ratcliffe 2018, "A simple weighted displacement
difference test to evaluate place based crime interventions", Crime Science 7:11)::

    WDD = ΔA − ΔC + ΔB − ΔD        (Δ = after − before)

Negative is a net fall in crime in the treated areas and their ring beyond the controls'. For
counts the variance is the sum of the eight counts (each a Poisson count), z = WDD / √variance with
a normal two-sided p and interval. For harm (a sum of harm weights h) the variance is Σ h² over the
crimes in the eight cells — the compound-Poisson variance, which is what combining per-type WDDs
with harm weights gives (Wheeler's ``ptools::wdd_harm``).

**Weighted Displacement Quotient** (Bowers & Johnson 2003, "Measuring the geographical displacement
and diffusion of benefit effects of crime prevention activity", J. Quant. Criminol. 19:275)::

    WDQ = (B_a/C_a − B_b/C_b) / (A_a/C_a − A_b/C_b)

It reads only when the treated areas improved against the controls (denominator < 0): WDQ > 0 is a
diffusion of benefits into the ring, WDQ < 0 displacement (−1: the ring rose as much as the target
fell), near 0 neither. NaN when a control total is 0 or the denominator is 0.

Periods are policing days (from ``day_start`` local time, Europe/London, as in the ledger), both ends
inclusive: a crime at 02:00 on the day after the last one still belongs to the period.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Dict, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from scipy import stats
from shapely.ops import unary_union

from ..dwell.clip import polygon_parts
from ..errors import HotspotInputError
from ..grid import points_in_polygons
from ..timeutil import DEFAULT_DAY_START, DEFAULT_TIMEZONE, parse_date, policing_day_bounds
from .ledger import crime_seconds

DISPLACEMENT_FIELDS = (
    "measure",
    "treated_before",
    "treated_after",
    "control_before",
    "control_after",
    "treated_ring_before",
    "treated_ring_after",
    "control_ring_before",
    "control_ring_after",
    "wdd",
    "wdd_se",
    "wdd_z",
    "wdd_p",
    "wdd_ci_low",
    "wdd_ci_high",
    "wdq",
)
AREAS = ("treated", "control", "treated_ring", "control_ring")
_BOUNDARY_M = 1e-6


def wdd(
    treated: Tuple[float, float],
    control: Tuple[float, float],
    treated_ring: Tuple[float, float] = (0.0, 0.0),
    control_ring: Tuple[float, float] = (0.0, 0.0),
    variance: Optional[float] = None,
    confidence: float = 0.95,
) -> Dict[str, float]:
    """The WDD of (before, after) counts, with ``se``, ``z``, two-sided ``p`` and a normal interval.

    ``variance``: default the sum of the eight counts (Poisson counts); pass Σ h² for harm.
    Wheeler & Ratcliffe's example — control 308 → 318, treated 207 → 110, control ring 150 → 140,
    treated ring 178 → 157 — gives WDD −118, SE √1568, z −2.98.
    """
    cells = [*treated, *control, *treated_ring, *control_ring]
    if any(float(v) < 0 for v in cells):
        raise HotspotInputError("Counts and harm for the WDD cannot be negative.")
    value = (treated[1] - treated[0]) - (control[1] - control[0]) + (treated_ring[1] - treated_ring[0])
    value -= control_ring[1] - control_ring[0]
    var = float(sum(cells)) if variance is None else float(variance)
    se = float(np.sqrt(var))
    z = value / se if se > 0 else np.nan
    crit = float(stats.norm.ppf(0.5 + confidence / 2.0))
    return {
        "wdd": float(value),
        "wdd_se": se,
        "wdd_z": float(z),
        "wdd_p": float(2.0 * stats.norm.sf(abs(z))) if se > 0 else np.nan,
        "wdd_ci_low": float(value - crit * se),
        "wdd_ci_high": float(value + crit * se),
    }


def wdq(treated: Tuple[float, float], control: Tuple[float, float], treated_ring: Tuple[float, float]) -> float:
    """The WDQ of (before, after) totals (Bowers & Johnson 2003); NaN when it is undefined.

    Target 100 → 50, ring 100 → 150, control 100 → 100 gives −1 (full displacement).
    """
    (a_b, a_a), (b_b, b_a), (c_b, c_a) = treated, treated_ring, control
    if c_b <= 0 or c_a <= 0:
        return np.nan
    success = a_a / c_a - a_b / c_b
    if success == 0:
        return np.nan
    return float((b_a / c_a - b_b / c_b) / success)


@dataclass
class DisplacementResult:
    """Output of :func:`displacement`: ``table`` (``DISPLACEMENT_FIELDS``; rows crimes and harm) and ``summary``."""

    table: pd.DataFrame
    summary: Dict[str, object] = field(default_factory=dict)


def area_masks(x, y, treated: Sequence, control: Sequence, buffer_m: float) -> Dict[str, np.ndarray]:
    """Which crimes (points, metres) lie in the treated and control areas and their rings.

    ``treated``/``control``: shapely polygons in the points' projected CRS; ``buffer_m`` > 0 the ring
    width. Boundaries count as inside (as for dwell); a point in an area is in no ring.
    """
    if not buffer_m > 0:
        raise HotspotInputError("The ring width must be more than 0 metres (e.g. 150).")
    t_union = unary_union([p for g in treated for p in polygon_parts(g)])
    c_union = unary_union([p for g in control for p in polygon_parts(g)])
    if t_union.is_empty or c_union.is_empty:
        raise HotspotInputError("Give at least one treated and one control polygon.")
    if t_union.intersection(c_union).area > 0:
        raise HotspotInputError("Treated and control areas overlap. Each place must be treated or control, not both.")
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)

    def inside(geometry) -> np.ndarray:
        return points_in_polygons(geometry, x, y) if not geometry.is_empty else np.zeros(len(x), dtype=bool)

    # A point on an area's outline is in the area (1 µm tolerance, as dwell counts fence boundaries).
    in_t, in_c = inside(t_union.buffer(_BOUNDARY_M)), inside(c_union.buffer(_BOUNDARY_M))
    either = in_t | in_c
    t_ring = inside(t_union.buffer(buffer_m)) & ~either
    c_ring = inside(c_union.buffer(buffer_m)) & ~either
    return {"treated": in_t, "control": in_c & ~in_t, "treated_ring": t_ring, "control_ring": c_ring}


def displacement(
    x,
    y,
    time_utc,
    treated: Sequence,
    control: Sequence,
    buffer_m: float,
    before: Tuple[object, object],
    after: Tuple[object, object],
    harm=None,
    day_start: str = DEFAULT_DAY_START,
    tz: str = DEFAULT_TIMEZONE,
    confidence: float = 0.95,
) -> DisplacementResult:
    """WDD and WDQ for counts and (when ``harm`` is given) harm, from crimes and areas (module docstring).

    ``x``, ``y``: crime coordinates in metres; ``time_utc``: their date-times (naive: local in ``tz``);
    ``treated``/``control``: polygons; ``before``/``after``: (first, last) policing days, inclusive, as
    dates or ``YYYY-MM-DD``.
    """
    periods = []
    for label, (first, last) in (("before", before), ("after", after)):
        a = first if isinstance(first, date) else parse_date(first, f"{label} start")
        b = last if isinstance(last, date) else parse_date(last, f"{label} end")
        if b < a:
            raise HotspotInputError(f"The {label} period ends ({b}) before it starts ({a}).")
        periods.append((a, b))
    (b0, b1), (a0, a1) = periods
    if not (b1 < a0 or a1 < b0):
        raise HotspotInputError("The before and after periods overlap. Choose periods that do not share a day.")
    t = crime_seconds(time_utc, tz, "time")
    if len(t) != len(x) or len(x) != len(y):
        raise HotspotInputError("x, y and the times must have one value per crime.")
    masks = area_masks(x, y, treated, control, buffer_m)
    in_before = np.zeros(len(t), bool)
    in_after = np.zeros(len(t), bool)
    for (first, last), out in ((periods[0], in_before), (periods[1], in_after)):
        bounds = policing_day_bounds(first, (last - first).days + 1, day_start, tz)
        out |= (t >= bounds[0]) & (t < bounds[-1])
    for label, mask in (("before", in_before), ("after", in_after)):
        if not any((masks[a] & mask).any() for a in AREAS):
            first, last = periods[0] if label == "before" else periods[1]
            raise HotspotInputError(
                f"No crime in the areas or rings falls in the {label} period ({first} to {last}). Check the "
                "dates against the crimes' dates (police.uk files hold one month each)."
            )
    h = None if harm is None else np.asarray(pd.to_numeric(pd.Series(harm), errors="coerce"), dtype=np.float64)
    if h is not None and (np.isnan(h) | (h < 0)).any():
        raise HotspotInputError("Some crimes have an empty or negative harm. Give every crime a harm of 0 or more.")
    rows = []
    for measure, weight in (("crimes", np.ones(len(t))), ("harm", h)):
        if weight is None:
            continue
        cells = {}
        var = 0.0
        for area in AREAS:
            for period, mask in (("before", in_before), ("after", in_after)):
                sel = masks[area] & mask
                cells[f"{area}_{period}"] = float(weight[sel].sum())
                var += float((weight[sel] ** 2).sum())
        pairs = {a: (cells[f"{a}_before"], cells[f"{a}_after"]) for a in AREAS}
        result = wdd(pairs["treated"], pairs["control"], pairs["treated_ring"], pairs["control_ring"], var, confidence)
        quotient = wdq(pairs["treated"], pairs["control"], pairs["treated_ring"])
        rows.append({"measure": measure, **cells, **result, "wdq": quotient})
    days_before, days_after = (b1 - b0).days + 1, (a1 - a0).days + 1
    overlap = int((masks["treated_ring"] & masks["control_ring"]).sum())
    warnings = []
    if days_before != days_after:
        warnings.append(
            f"The periods differ in length ({days_before} and {days_after} days): WDD compares raw counts, so "
            "choose periods of equal length."
        )
    if overlap:
        warnings.append(
            f"{overlap} crimes lie in both rings (treated and control areas closer than twice the ring width): "
            "they count in both. Choose control areas further away or a narrower ring."
        )
    summary = {
        "buffer_m": float(buffer_m),
        "before": f"{b0.isoformat()} to {b1.isoformat()}",
        "after": f"{a0.isoformat()} to {a1.isoformat()}",
        "days_before": days_before,
        "days_after": days_after,
        "equal_periods": days_before == days_after,
        "ring_overlap_crimes": overlap,
        "crimes_in": int(len(t)),
        "crimes_in_periods": int((in_before | in_after).sum()),
        "day_start": day_start,
        "timezone": tz,
        "warnings": warnings,
    }
    return DisplacementResult(pd.DataFrame(rows, columns=list(DISPLACEMENT_FIELDS)), summary)
