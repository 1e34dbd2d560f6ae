"""Residual deterrence — the Koper curve: time to the next crime after a patrol leaves (DOMAIN.md §5).

Koper (1995) found that the longer police stayed at a hot spot, the longer it stayed free of
disorder after they left, up to about 15 minutes. Here, from visits and timed crimes:

- *presences*: visits in one place are joined into the union over officers (a pair patrolling
  together is one presence, as patrol-minutes count it); a presence's length is its duration;
- *survival time* of a presence: from its end to the first crime in the same place strictly after
  it. It is right-censored at the end of observation (``end_utc``, default the last visit or crime)
  and, with ``censor_at_next_visit`` (default), at the start of the next presence in the place —
  after that, the deterrence of a later visit is being measured, not this one's;
- presences are grouped by length band (default < 5, 5–10, 10–15, 15–20, 20 min or more: the bands
  are half-open, [5, 10) and so on); per band a Kaplan–Meier curve, its median with a 95 %
  interval (statsmodels ``SurvfuncRight``), and across bands a log-rank test (``survdiff``;
  chi-squared with bands − 1 degrees of freedom). A median or bound the curve never reaches is NaN.

Times in minutes. Inputs: visits ``fence_id, start_utc, end_utc``; crimes ``fence_id, time_utc``
(read as in :mod:`.ledger`: naive crime times are local time in ``tz``, naive visit times UTC).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Dict, Sequence

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..ids import id_keys
from ..intervals import Union
from ..timeutil import DEFAULT_TIMEZONE, UTC, utc_seconds
from . import require_statsmodels
from .ledger import _frame, _need, crime_seconds, visit_seconds

DEFAULT_LENGTH_EDGES = (5.0, 10.0, 15.0, 20.0)
CURVE_FIELDS = ("band", "time_min", "at_risk", "events", "survival")
BAND_FIELDS = (
    "band",
    "length_low_min",
    "length_high_min",
    "presences",
    "events",
    "censored",
    "mean_length_min",
    "median_min",
    "median_ci_low",
    "median_ci_high",
)
PRESENCE_FIELDS = ("fence_id", "start_utc", "end_utc", "length_min", "band", "time_min", "event")


@dataclass
class KoperResult:
    """Output of :func:`koper_curves`.

    ``presences``: one row per presence (``PRESENCE_FIELDS``; ``event`` 1 = a crime ended it, 0 =
    censored); ``curves``: the Kaplan–Meier steps per band (``CURVE_FIELDS``, starting at time 0,
    survival 1); ``bands``: one row per band (``BAND_FIELDS``); ``test``: the log-rank test
    (``chi2``, ``df``, ``p``); ``summary``: counts and settings for the log.
    """

    presences: pd.DataFrame
    curves: pd.DataFrame
    bands: pd.DataFrame
    test: Dict[str, float]
    summary: Dict[str, object] = field(default_factory=dict)


def band_labels(edges: Sequence[float]) -> list:
    """``< 5 min``, ``5–10 min``, …, ``20 min or more`` for edges 5, 10, 15, 20."""
    labels = [f"< {edges[0]:g} min"]
    labels += [f"{a:g}–{b:g} min" for a, b in zip(edges[:-1], edges[1:])]
    labels.append(f"{edges[-1]:g} min or more")
    return labels


def koper_curves(
    visits,
    crimes,
    end_utc=None,
    edges: Sequence[float] = DEFAULT_LENGTH_EDGES,
    censor_at_next_visit: bool = True,
    tz: str = DEFAULT_TIMEZONE,
) -> KoperResult:
    """Survival curves of the time to the next crime after a presence, by presence length (module docstring).

    ``end_utc``: the end of observation (an instant; default the latest visit end or crime);
    ``edges``: increasing band limits in minutes.
    """
    edges = [float(e) for e in edges]
    if not edges or sorted(edges) != edges or len(set(edges)) != len(edges) or edges[0] <= 0:
        raise HotspotInputError("Visit length bands must be increasing minutes above 0, like 5, 10, 15, 20.")
    visit_frame = _frame(visits, "visits")
    crime_frame = _frame(crimes, "crimes")
    if visit_frame.empty:
        raise HotspotInputError("There are no visits. Choose the visits table written by Dwell and compliance.")
    _need(visit_frame, ("fence_id", "start_utc", "end_utc"), "visits", "Use the visits table of Dwell and compliance.")
    if len(crime_frame):
        _need(crime_frame, ("fence_id", "time_utc"), "crimes", "Each crime needs its place (fence_id) and time_utc.")
    sm = require_statsmodels()
    from statsmodels.duration.survfunc import survdiff  # noqa: PLC0415 - statsmodels is optional

    v_key = id_keys(visit_frame["fence_id"])
    v_start = visit_seconds(visit_frame["start_utc"], "start_utc")
    v_end = visit_seconds(visit_frame["end_utc"], "end_utc")
    if (v_end < v_start).any():
        raise HotspotInputError("A visit ends before it starts. Check the visits table.")
    c_key = id_keys(crime_frame["fence_id"]) if len(crime_frame) else np.zeros(0, dtype=object)
    c_time = crime_seconds(crime_frame["time_utc"], tz) if len(crime_frame) else np.zeros(0)
    keep_v = np.array([k is not None for k in v_key], dtype=bool) & (v_end > v_start)
    keep_c = np.array([k is not None for k in c_key], dtype=bool)
    codes, names = pd.factorize(pd.Series(np.concatenate([v_key[keep_v], c_key[keep_c]]).astype(str)))
    vc, cc = codes[: keep_v.sum()], codes[keep_v.sum() :]
    vs, ve, ct = v_start[keep_v], v_end[keep_v], c_time[keep_c]
    if end_utc is None:
        end_s = float(max(ve.max(), ct.max() if ct.size else -np.inf))
    else:
        end_s = float(utc_seconds([end_utc], naive=UTC)[0])
        if not np.isfinite(end_s):
            raise HotspotInputError(f"The end of observation '{end_utc}' is not an instant like 2026-05-25T06:00:00Z.")
    origin = float(min(vs.min(), ct.min() if ct.size else np.inf))
    span = max(end_s, ve.max(), ct.max() if ct.size else -np.inf) - origin + 1.0

    # Presences: the union over officers per place (sorted by place, then start).
    presence = Union.of(vc, vs - origin, ve - origin, span)
    pg, pa, pb = presence.group, presence.start, presence.end
    keys_p = pg * span + pb
    # The first crime strictly after each presence ends, in the same place.
    order = np.lexsort((ct, cc))
    crime_place = cc[order]
    crime_key = crime_place * span + (ct[order] - origin)
    next_crime = np.full(pg.size, np.inf)
    if crime_key.size:
        j = np.minimum(np.searchsorted(crime_key, keys_p, side="right"), crime_key.size - 1)
        found = (crime_key[j] > keys_p) & (crime_place[j] == pg)
        next_crime[found] = crime_key[j][found] - pg[found] * span
    censor = np.full(pg.size, end_s - origin)
    if censor_at_next_visit and pg.size > 1:
        same = pg[1:] == pg[:-1]
        censor[:-1] = np.where(same, np.minimum(censor[:-1], pa[1:]), censor[:-1])
    observed = pb < end_s - origin
    event = (next_crime <= censor) & observed
    time_min = (np.where(event, next_crime, censor) - pb) / 60.0
    length_min = (pb - pa) / 60.0
    band_index = np.searchsorted(edges, length_min, side="right")
    labels = band_labels(edges)
    presences = pd.DataFrame(
        {
            "fence_id": np.asarray(names, dtype=object)[pg],
            "start_utc": pd.to_datetime(np.round((pa + origin) * 1000).astype(np.int64), unit="ms", utc=True),
            "end_utc": pd.to_datetime(np.round((pb + origin) * 1000).astype(np.int64), unit="ms", utc=True),
            "length_min": length_min,
            "band": np.asarray(labels, dtype=object)[band_index],
            "time_min": time_min,
            "event": event.astype(np.int64),
        },
        columns=list(PRESENCE_FIELDS),
    )[observed].reset_index(drop=True)
    if presences.empty:
        raise HotspotInputError("No presence ends before the end of observation: there is nothing to follow up.")

    lows = [0.0] + edges
    highs = edges + [np.inf]
    curve_rows, band_rows = [], []
    for k, label in enumerate(labels):
        part = presences[presences["band"] == label]
        row = {
            "band": label,
            "length_low_min": lows[k],
            "length_high_min": highs[k],
            "presences": int(len(part)),
            "events": int(part["event"].sum()),
            "censored": int(len(part) - part["event"].sum()),
            "mean_length_min": float(part["length_min"].mean()) if len(part) else np.nan,
            "median_min": np.nan,
            "median_ci_low": np.nan,
            "median_ci_high": np.nan,
        }
        if len(part):
            curve_rows.append({"band": label, "time_min": 0.0, "at_risk": int(len(part)), "events": 0, "survival": 1.0})
            if part["event"].any():
                km = sm.SurvfuncRight(part["time_min"].to_numpy(), part["event"].to_numpy())
                for t, n, e, s in zip(km.surv_times, km.n_risk, km.n_events, km.surv_prob):
                    curve_rows.append(
                        {"band": label, "time_min": float(t), "at_risk": int(n), "events": int(e), "survival": float(s)}
                    )
                row["median_min"] = _median(km)
                with warnings.catch_warnings():  # log(-log S) at S = 1 or 0 inside statsmodels
                    warnings.simplefilter("ignore", RuntimeWarning)
                    low, high = km.quantile_ci(0.5)
                row["median_ci_low"] = _finite(low)
                row["median_ci_high"] = _finite(high)
        band_rows.append(row)
    used = presences["band"].nunique()
    if used >= 2 and presences["event"].any():
        chi2, p = survdiff(
            presences["time_min"].to_numpy(), presences["event"].to_numpy(), presences["band"].to_numpy()
        )
        test = {"chi2": float(chi2), "df": int(used - 1), "p": float(p)}
    else:
        test = {"chi2": np.nan, "df": int(max(used - 1, 0)), "p": np.nan}
    summary = {
        "visits_in": int(len(visit_frame)),
        "visits_used": int(keep_v.sum()),
        "presences": int(len(presences)),
        "presences_after_end": int((~observed).sum()),
        "events": int(presences["event"].sum()),
        "crimes_used": int(keep_c.sum()),
        "end_utc": pd.Timestamp(end_s, unit="s", tz="UTC").isoformat(),
        "censor_at_next_visit": bool(censor_at_next_visit),
        "bands": ", ".join(labels),
    }
    return KoperResult(
        presences,
        pd.DataFrame(curve_rows, columns=list(CURVE_FIELDS)),
        pd.DataFrame(band_rows, columns=list(BAND_FIELDS)),
        test,
        summary,
    )


def _finite(value) -> float:
    """A number, or NaN for a bound that is not reached (statsmodels gives None or inf)."""
    return float(value) if value is not None and np.isfinite(value) else np.nan


def _median(km) -> float:
    """The Kaplan–Meier median: the first time the curve is at or below one half (NaN if it never is)."""
    below = np.nonzero(np.asarray(km.surv_prob) <= 0.5 + 1e-12)[0]
    return float(km.surv_times[below[0]]) if below.size else np.nan
