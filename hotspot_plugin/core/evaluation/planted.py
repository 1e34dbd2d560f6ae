"""A planted randomised patrol trial, seeded, for the evaluation tests and the Hollowford demo's "Evaluation".

Invented places, crimes and patrols whose truth is known, so the evaluation must find it:

- ``n_places`` square places (150 m, British National Grid metres, 600 m apart) randomised per
  policing day by the plugin's own schedule generator (``core/tasking.py``: half treated, blocked by
  rate tier, 3 × 15 min patrols in 06:00–14:00, 14:00–22:00, 22:00–06:00), over ``weeks`` weeks that
  include the spring clock change, plus ``n_comparison`` places that are never in the trial;
- crimes at each place-day ~ Poisson(λ_place × day length / 24 h), each crime of a treated place-day
  kept with probability ``effect`` (thinning, so ``effect`` = 1 gives the same data without the effect),
  each at a time of day drawn from an evening-peaked profile and of a police.uk type with the
  shipped harm weight; a *before* period of the same length with no treatment, for displacement
  and power; crimes in a 150 m ring around every place, and ``displacement`` × the ring rate in the
  ring of one treated place (the first) during the trial;
- patrol visits: each tasked patrol is delivered with probability ``delivery`` (most, not all), by
  one officer or a pair, starting up to 3 minutes early or late and lasting 80–130 % of the tasked
  15 minutes;
  plus untasked visits on any place-day (background presence, also in control places).

Times are pandas UTC timestamps; the frames use the column names the evaluation core reads. The
places lie inside the invented town of Hollowford (British National Grid), so "Load demo" draws the
trial over the town. Generating the default trial takes about a second; the demo makes it when it
runs instead of shipping 2 MB of files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Dict

import numpy as np
import pandas as pd
from shapely.geometry import box

from ..harm import load_harm_table
from ..tasking import (
    DEFAULT_SHIFTS,
    SCHEDULE_FIELDS,
    TREATMENT,
    Place,
    generate_schedule,
    parse_shifts,
)
from ..timeutil import DEFAULT_DAY_START, policing_day_bounds

SHIFTS = DEFAULT_SHIFTS
DAY_START = DEFAULT_DAY_START
CELL_M = 150.0
SPACING_M = 600.0
RING_M = 150.0
ORIGIN_E, ORIGIN_N = 449_000.0, 285_000.0
#: police.uk types and their shares of crime in the places (harm from the shipped table).
CRIME_MIX = {
    "Shoplifting": 0.22,
    "Other theft": 0.18,
    "Anti-social behaviour": 0.15,
    "Violence and sexual offences": 0.25,
    "Public order": 0.08,
    "Criminal damage and arson": 0.08,
    "Vehicle crime": 0.04,
}


@dataclass
class PlantedTrial:
    """Everything a trial evaluation reads, and the truth planted in it."""

    places: pd.DataFrame  #: fence_id, block, rate, x, y, geometry (shapely box)
    comparison: pd.DataFrame  #: area_id, x, y, geometry: never-treated places
    schedule: pd.DataFrame  #: the tasking schedule (``SCHEDULE_FIELDS``)
    crimes: pd.DataFrame  #: crime_id, fence_id, area, period, time_utc, crime_type, harm, x, y
    visits: pd.DataFrame  #: fence_id, officer_id, start_utc, end_utc, duration_s
    settings: Dict[str, object] = field(default_factory=dict)


def _times_of_day(rng: np.random.Generator, n: int) -> np.ndarray:
    """Fractions of the policing day (from 06:00): 55 % spread evenly, 45 % around 22:00 (night-time economy)."""
    evening = rng.random(n) < 0.45
    peak = np.clip(rng.normal(16.0 / 24.0, 2.5 / 24.0, n), 0.0, 0.9999)
    return np.where(evening, peak, rng.random(n))


def _crimes_in(rng, rate_per_day, bounds, multiplier, x0, y0, area, label, period, harm_of):
    """Crimes in one area: rate per 24 h × day length per day, each kept with probability ``multiplier``
    (≤ 1) of its day, placed uniformly in the square (or its ring).

    The planted reduction thins the crimes of the same draws, so a trial with ``effect`` 1 is the same
    data as the planted one plus the crimes the patrols prevented.
    """
    hours = np.diff(bounds) / 3600.0
    n = rng.poisson(rate_per_day * hours / 24.0)
    day = np.repeat(np.arange(len(n)), n)
    frac = _times_of_day(rng, int(n.sum()))
    t = bounds[day] + frac * (bounds[day + 1] - bounds[day])
    types = rng.choice(list(CRIME_MIX), size=t.size, p=np.array(list(CRIME_MIX.values())))
    if area.endswith("ring"):
        # A point in the ring: within RING_M of the square but not in it (the buffer's round corners included).
        x, y = np.zeros(0), np.zeros(0)
        while x.size < t.size:
            px = rng.uniform(x0 - RING_M, x0 + CELL_M + RING_M, 2 * t.size)
            py = rng.uniform(y0 - RING_M, y0 + CELL_M + RING_M, 2 * t.size)
            dx = np.maximum.reduce([x0 - px, np.zeros_like(px), px - (x0 + CELL_M)])
            dy = np.maximum.reduce([y0 - py, np.zeros_like(py), py - (y0 + CELL_M)])
            ok = (np.hypot(dx, dy) > 1.0) & (np.hypot(dx, dy) < RING_M - 1.0)
            x, y = np.append(x, px[ok]), np.append(y, py[ok])
        x, y = x[: t.size], y[: t.size]
    else:
        x, y = x0 + rng.random(t.size) * CELL_M, y0 + rng.random(t.size) * CELL_M
    keep = rng.random(t.size) < np.broadcast_to(multiplier, len(n))[day]
    t, types, x, y = t[keep], types[keep], x[keep], y[keep]
    return pd.DataFrame(
        {
            "fence_id": label if area == "treated" else None,  # the trial's places are the fences
            "area": area,
            "owner": label,
            "period": period,
            "t": t,
            "crime_type": types,
            "harm": [harm_of[c] for c in types],
            "x": x,
            "y": y,
        }
    )


def planted_trial(
    n_places: int = 40,
    weeks: int = 12,
    start: date = date(2026, 3, 2),
    effect: float = 0.7,
    base_rate: float = 0.6,
    displacement: float = 1.5,
    n_comparison: int = 10,
    ring_rate: float = 0.4,
    delivery: float = 0.9,
    background_visit_share: float = 0.15,
    washout_days: int = 0,
    seed: int = 20260302,
) -> PlantedTrial:
    """The planted trial (module docstring). ``effect``: the rate ratio on treated place-days (1 = none);
    ``base_rate``: mean crimes per place per 24 h; ``displacement``: ring rate multiplier in one ring."""
    rng = np.random.Generator(np.random.PCG64(seed))
    table = load_harm_table()
    harm_of = {t: float(table.weight(t)) for t in CRIME_MIX}
    n_days = 7 * weeks
    end = start + timedelta(days=n_days - 1)
    before_start = start - timedelta(days=n_days)
    side = int(np.ceil(np.sqrt(n_places + n_comparison)))
    n_all = n_places + n_comparison
    cells = [(ORIGIN_E + (k % side) * SPACING_M, ORIGIN_N + (k // side) * SPACING_M) for k in range(n_all)]
    rates = rng.gamma(4.0, base_rate / 4.0, n_places + n_comparison)
    ids = [f"P{k + 1:02d}" for k in range(n_places)]
    tier = np.where(rates[:n_places] >= np.median(rates[:n_places]), "high", "low")
    places = pd.DataFrame(
        {
            "fence_id": ids,
            "block": tier,
            "rate": rates[:n_places],
            "x": [c[0] for c in cells[:n_places]],
            "y": [c[1] for c in cells[:n_places]],
        }
    )
    places["geometry"] = [box(x, y, x + CELL_M, y + CELL_M) for x, y in zip(places["x"], places["y"])]
    comparison = pd.DataFrame(
        {
            "area_id": [f"C{k + 1:02d}" for k in range(n_comparison)],
            "x": [c[0] for c in cells[n_places:]],
            "y": [c[1] for c in cells[n_places:]],
        }
    )
    comparison["geometry"] = [box(x, y, x + CELL_M, y + CELL_M) for x, y in zip(comparison["x"], comparison["y"])]

    sched = generate_schedule(
        [Place(f, float(r), b) for f, r, b in zip(ids, rates, tier)],
        start,
        end,
        parse_shifts(SHIFTS),
        treated_share=0.5,
        patrols_per_day=3,
        patrol_min=15,
        min_gap_min=60,
        washout_days=washout_days,
        seed=seed,
    )
    schedule = pd.DataFrame([t.as_row() for t in sched.taskings], columns=list(SCHEDULE_FIELDS))
    rows = zip(schedule.fence_id, schedule.date, schedule.arm)
    treated_days = {(f, (date.fromisoformat(d) - start).days) for f, d, a in rows if a == TREATMENT}

    bounds = policing_day_bounds(start, n_days, DAY_START)
    before = policing_day_bounds(before_start, n_days, DAY_START)
    parts = []
    for k, fid in enumerate(ids):
        x0, y0 = cells[k]
        mult = np.array([effect if (fid, d) in treated_days else 1.0 for d in range(n_days)])
        parts.append(_crimes_in(rng, rates[k], bounds, mult, x0, y0, "treated", fid, "trial", harm_of))
        parts.append(_crimes_in(rng, rates[k], before, 1.0, x0, y0, "treated", fid, "before", harm_of))
        parts.append(_crimes_in(rng, ring_rate, bounds, 1.0, x0, y0, "treated ring", fid, "trial", harm_of))
        if k == 0 and displacement > 1.0:  # crime pushed round the corner: extra crimes in this one ring
            extra = ring_rate * (displacement - 1.0)
            parts.append(_crimes_in(rng, extra, bounds, 1.0, x0, y0, "treated ring", fid, "trial", harm_of))
        parts.append(_crimes_in(rng, ring_rate, before, 1.0, x0, y0, "treated ring", fid, "before", harm_of))
    for k, aid in enumerate(comparison["area_id"]):
        x0, y0 = cells[n_places + k]
        r = rates[n_places + k]
        parts.append(_crimes_in(rng, r, bounds, 1.0, x0, y0, "control", aid, "trial", harm_of))
        parts.append(_crimes_in(rng, r, before, 1.0, x0, y0, "control", aid, "before", harm_of))
        parts.append(_crimes_in(rng, ring_rate, bounds, 1.0, x0, y0, "control ring", aid, "trial", harm_of))
        parts.append(_crimes_in(rng, ring_rate, before, 1.0, x0, y0, "control ring", aid, "before", harm_of))
    crimes = pd.concat(parts, ignore_index=True).sort_values("t", kind="stable").reset_index(drop=True)
    crimes.insert(0, "crime_id", [f"X{k + 1:06d}" for k in range(len(crimes))])
    crimes["time_utc"] = pd.to_datetime(np.round(crimes.pop("t") * 1000).astype(np.int64), unit="ms", utc=True)
    crimes = crimes[["crime_id", "fence_id", "area", "owner", "period", "time_utc", "crime_type", "harm", "x", "y"]]

    visits = []
    officer = 0
    tasked = schedule[(schedule.arm == TREATMENT) & schedule.window_start.notna()]
    for fid, ws in zip(tasked.fence_id, tasked.window_start):
        if rng.random() >= delivery:
            continue
        begin = pd.Timestamp(ws).tz_convert("UTC") + pd.Timedelta(minutes=float(rng.uniform(-3.0, 3.0)))
        length = pd.Timedelta(minutes=15.0 * float(rng.uniform(0.8, 1.3)))
        officer = (officer + 1) % 30
        visits.append((fid, f"PC{officer:03d}", begin, begin + length))
        if rng.random() < 0.25:  # a pair: the second officer arrives a little later, leaves together
            visits.append((fid, f"PC{(officer + 7) % 30:03d}", begin + pd.Timedelta(minutes=1), begin + length))
    for fid in ids:
        for d in range(n_days):
            if rng.random() < background_visit_share:
                begin = bounds[d] + rng.random() * (bounds[d + 1] - bounds[d] - 1800.0)
                length = rng.uniform(3.0, 20.0) * 60.0
                visits.append(
                    (
                        fid,
                        f"PC{int(rng.integers(30)):03d}",
                        pd.Timestamp(begin, unit="s", tz="UTC"),
                        pd.Timestamp(begin + length, unit="s", tz="UTC"),
                    )
                )
    visits = pd.DataFrame(visits, columns=["fence_id", "officer_id", "start_utc", "end_utc"])
    visits["start_utc"] = pd.to_datetime(visits["start_utc"], utc=True).dt.round("s")
    visits["end_utc"] = pd.to_datetime(visits["end_utc"], utc=True).dt.round("s")
    visits["duration_s"] = (visits["end_utc"] - visits["start_utc"]).dt.total_seconds()
    visits = visits.sort_values(["start_utc", "fence_id"], kind="stable").reset_index(drop=True)
    settings = {
        "seed": seed,
        "effect": effect,
        "base_rate": base_rate,
        "displacement": displacement,
        "displaced_ring_of": ids[0],
        "start": start.isoformat(),
        "end": end.isoformat(),
        "before_start": before_start.isoformat(),
        "before_end": (start - timedelta(days=1)).isoformat(),
        "days": n_days,
        "places": n_places,
        "washout_days": washout_days,
        "delivery": delivery,
        "day_start": DAY_START,
    }
    return PlantedTrial(places, comparison, schedule, crimes, visits, settings)
