"""Aoristic hour-of-week weights (Ratcliffe 2000, 2002) for crimes recorded with a from/to window.

A crime known only to have happened between t1 and t2 (a burglary found after a weekend away) spreads
a weight of 1 evenly over the real time it spans, and each hour of the week (``how``: Monday
00:00–00:59 = 0 … Sunday 23:00–23:59 = 167, local time) receives the share of that time falling in
it. So 08:00–16:00 gives 0.125 to each of 8 hours, 08:30–10:00 gives 1/3 to 08:00 and 2/3 to 09:00.

* No end time (or end = start): the whole weight goes to the start hour.
* A window of a week or more (local clock: t2 − t1 ≥ 7 days): 1/168 to every hour, whatever its
  length, since every hour of the week is equally possible.
* Local time is DST-aware (Europe/London by default): 00:00–04:00 on the spring-forward Sunday is 3
  real hours (no 01:00 hour that night), so 1/3 each to 00:00, 02:00 and 03:00; on the autumn
  Sunday the repeated 01:00 hour receives twice the share of its neighbours.
* An end before its start is an error naming the rows; so is a missing start.

Naive date-times are local clock times (:mod:`.instants`). With ``places`` the weights are summed per
place; crimes with no place are left out and counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..progress import ProgressCallback, report
from ..timeutil import DEFAULT_TIMEZONE, local_clock, to_utc, utc_ns
from .instants import required_utc, rows_text

HOURS_PER_WEEK = 168
_WEEK_S = 7 * 86400
#: Pieces expanded at once (memory bound: a few arrays of this many int64).
_CHUNK_PIECES = 4_000_000
#: Columns of :attr:`AoristicResult.table` (``place`` only when places were given).
TABLE_COLUMNS = ["place", "how", "day", "hour", "weight"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class AoristicResult:
    """``table``: one row per (place and) hour of week, all 168 hours, weights summing to the crimes used."""

    table: pd.DataFrame
    n_crimes: int
    n_used: int
    n_no_end: int
    n_week_or_more: int
    n_without_place: int
    messages: List[str] = field(default_factory=list)

    def busiest_hours(self, top: int = 3, place=None) -> pd.DataFrame:
        """The ``top`` hours of week with the most weight (of one place, or of all places summed)."""
        table = self.table
        if place is not None and "place" in table.columns:
            table = table[table["place"] == place]
        by_how = table.groupby(["how", "day", "hour"], as_index=False)["weight"].sum()
        return by_how.sort_values(["weight", "how"], ascending=[False, True]).head(top).reset_index(drop=True)


def hour_of_week(local: np.ndarray) -> np.ndarray:
    """Hour of week (Monday 00:00 = 0 … 167) of naive local clock times."""
    index = pd.DatetimeIndex(np.asarray(local, dtype="datetime64[ns]"))
    return (index.dayofweek * 24 + index.hour).to_numpy(dtype=np.int64)


def _quantum(starts_utc: pd.Series, ends_utc: pd.Series, tz: str) -> int:
    """Seconds between UTC instants at which local hours can begin: 3600 where the zone's offsets are
    whole hours (the UK), else 900 (zones such as +05:45 start their hours at quarter-hours)."""
    for series in (starts_utc, ends_utc):
        offset = (local_clock(series, tz) - series.dt.tz_localize(None).to_numpy(dtype="datetime64[ns]")).astype(
            "timedelta64[s]"
        )
        if (offset.astype(np.int64) % 3600 != 0).any():
            return 900
    return 3600


def _spread(start_s: np.ndarray, end_s: np.ndarray, tz: str, quantum: int):
    """(crime index, hour of week, weight) of every piece of the windows [start, end) (seconds)."""
    k_lo = start_s // quantum
    k_hi = (end_s - 1) // quantum
    pieces = (k_hi - k_lo + 1).astype(np.int64)
    crime = np.repeat(np.arange(start_s.size), pieces)
    within = np.arange(crime.size) - np.repeat(np.cumsum(pieces) - pieces, pieces)
    k = k_lo[crime] + within
    piece_start = np.maximum(start_s[crime], k * quantum)
    piece_end = np.minimum(end_s[crime], (k + 1) * quantum)
    weight = (piece_end - piece_start) / (end_s - start_s)[crime]
    local = pd.to_datetime(piece_start, unit="s", utc=True).tz_convert(tz).tz_localize(None)
    how = (local.dayofweek * 24 + local.hour).to_numpy(dtype=np.int64)
    return crime, how, weight


def aoristic_weights(
    starts,
    ends=None,
    places=None,
    tz: str = DEFAULT_TIMEZONE,
    ids=None,
    progress: ProgressCallback = None,
) -> AoristicResult:
    """Hour-of-week aoristic weights of crimes with windows ``starts`` … ``ends`` (module docstring).

    ``starts``/``ends``: date-times per crime (:func:`.instants.to_utc`; ``ends`` None or NaT for "no
    end"). ``places``: optional place label per crime (None/NaN: in no place). ``ids`` name rows in
    error messages. Returns all 168 hours (per place, places in sorted order) with columns
    :data:`TABLE_COLUMNS`.
    """
    start_utc = required_utc(starts, tz, ids, field="start ('from') time")
    n = len(start_utc)
    if n == 0:
        raise HotspotInputError("The input has no crimes. Choose a layer with crimes.")
    end_utc = to_utc(ends, tz) if ends is not None else pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns, UTC]")
    if len(end_utc) != n:
        raise ValueError("starts and ends must have the same length")
    has_end = end_utc.notna().to_numpy()
    start_s = utc_ns(start_utc) // 1_000_000_000
    end_s = np.where(has_end, utc_ns(end_utc.fillna(start_utc.iloc[0])) // 1_000_000_000, start_s)
    backwards = np.flatnonzero(has_end & (end_s < start_s))
    if backwards.size:
        first = int(backwards[0])
        begin = start_utc.iloc[first].tz_convert(tz)
        finish = end_utc.iloc[first].tz_convert(tz)
        raise HotspotInputError(
            f"{backwards.size} crimes end before they start ({rows_text(backwards, ids)}; e.g. from "
            f"{begin:%Y-%m-%d %H:%M} to {finish:%Y-%m-%d %H:%M}). Swap their from and to times or correct them."
        )

    if places is not None:
        labels = pd.Series(places, dtype=object).reset_index(drop=True)
        if len(labels) != n:
            raise ValueError("places must give one label per crime")
        in_place = labels.notna().to_numpy()
        codes, place_names = pd.factorize(labels[in_place], sort=True)
        place_code = np.full(n, -1, dtype=np.int64)
        place_code[in_place] = codes
        n_places = len(place_names)
    else:
        in_place = np.ones(n, dtype=bool)
        place_code = np.zeros(n, dtype=np.int64)
        place_names = None
        n_places = 1

    local_start = local_clock(start_utc, tz)
    local_end = np.where(has_end, local_clock(end_utc.fillna(start_utc.iloc[0]), tz), local_start)
    instant = ~has_end | (end_s == start_s)
    week = ~instant & ((local_end - local_start) >= np.timedelta64(_WEEK_S, "s"))
    window = ~instant & ~week
    totals = np.zeros(n_places * HOURS_PER_WEEK)

    use = in_place & instant
    np.add.at(totals, place_code[use] * HOURS_PER_WEEK + hour_of_week(local_start[use]), 1.0)
    use = in_place & week
    totals += np.repeat(np.bincount(place_code[use], minlength=n_places) / HOURS_PER_WEEK, HOURS_PER_WEEK)
    chosen = np.flatnonzero(in_place & window)
    if chosen.size:
        quantum = _quantum(start_utc.iloc[chosen], end_utc.iloc[chosen], tz)
        piece_counts = (end_s[chosen] - 1) // quantum - start_s[chosen] // quantum + 1
        boundaries = np.searchsorted(
            np.cumsum(piece_counts), np.arange(_CHUNK_PIECES, piece_counts.sum(), _CHUNK_PIECES)
        )
        for part_number, part in enumerate(np.split(chosen, boundaries)):
            if part.size == 0:
                continue
            crime, how, weight = _spread(start_s[part], end_s[part], tz, quantum)
            totals += np.bincount(place_code[part][crime] * HOURS_PER_WEEK + how, weights=weight, minlength=totals.size)
            report(progress, (part_number + 1) / (len(boundaries) + 1))

    how = np.tile(np.arange(HOURS_PER_WEEK), n_places)
    table = pd.DataFrame({"how": how, "day": how // 24, "hour": how % 24, "weight": totals})
    if place_names is not None:
        table.insert(0, "place", np.repeat(np.asarray(place_names, dtype=object), HOURS_PER_WEEK))
    messages = []
    n_without_place = int((~in_place).sum())
    if n_without_place:
        messages.append(f"{n_without_place} crimes lie in no place and were left out.")
    n_no_end = int((in_place & instant).sum())
    if n_no_end:
        messages.append(f"{n_no_end} crimes have no end time (or end = start): all their weight is in the start hour.")
    n_week = int((in_place & week).sum())
    if n_week:
        messages.append(f"{n_week} crimes span a week or more: 1/168 of their weight in every hour.")
    report(progress, 1.0)
    return AoristicResult(
        table=table,
        n_crimes=n,
        n_used=int(in_place.sum()),
        n_no_end=n_no_end,
        n_week_or_more=n_week,
        n_without_place=n_without_place,
        messages=messages,
    )
