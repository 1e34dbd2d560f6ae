""" "Why is this a hot spot?" — the facts a patrol briefing states about a place (DOMAIN.md §6).

The figures are computed once (:func:`why_here`) and the page prints them from one object: the
sentence above the table and the table's Total row are the same numbers, and the table's rows add
up to them (the less harmful types are one "other types" row; harm is rounded so the rounded rows
sum to the rounded total).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import List, Optional, Sequence, Tuple

import numpy as np

from .errors import HotspotInputError
from .timeutil import DEFAULT_TIMEZONE, local_time, parse_instant

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
NO_TIMES = (
    "The crime records give the month only (as police.uk does), so the hour of day and day of week "
    "of these crimes are not known."
)
AORISTIC_NOTE = (
    "Some crimes are recorded with a from/to window: each spreads its weight of 1 evenly over the hours it "
    "may have happened in (aoristic weights, Ratcliffe)."
)
_DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}(-\d{2})?\s*$")
TYPE, OTHER, TOTAL = "type", "other", "total"


@dataclass
class TypeRow:
    """One row of the briefing's crime table: a type, the other types together, or the total."""

    kind: str  #: ``TYPE``, ``OTHER`` or ``TOTAL``
    name: str  #: the crime type ("" for the other and total rows)
    n_types: int  #: types in the row (1 for a type)
    crimes: int
    harm: int  #: rounded so the rows add up to the total's


@dataclass
class WhyHere:
    """Harm by crime type (most harmful first) and, when the data have times, crimes by hour and weekday."""

    n_crimes: int
    total_harm: float
    harm_by_type: List[Tuple[str, int, float]]
    has_times: bool
    by_hour: List[float] = field(default_factory=lambda: [0] * 24)
    by_weekday: List[float] = field(default_factory=lambda: [0] * 7)
    #: The hours and weekdays hold aoristic weights (crimes recorded with from/to windows), not counts.
    aoristic: bool = False

    def type_rows(self, limit: int = 8) -> List[TypeRow]:
        """At most ``limit`` rows of types (the rest as one ``OTHER`` row), then the ``TOTAL`` row.

        Crimes add up exactly; harm is rounded by largest remainder so the rounded rows add up to
        the rounded total, which is what the sentence above the table says.
        """
        shown = list(self.harm_by_type)
        other: List[Tuple[str, int, float]] = []
        if len(shown) > limit:
            shown, other = shown[: limit - 1], shown[limit - 1 :]
        values = [h for _, _, h in shown] + ([sum(h for _, _, h in other)] if other else [])
        harms = rounded_to_total(values, round_half_up(self.total_harm))
        rows = [TypeRow(TYPE, name, 1, count, h) for (name, count, _), h in zip(shown, harms)]
        if other:
            rows.append(TypeRow(OTHER, "", len(other), sum(c for _, c, _ in other), harms[-1]))
        rows.append(TypeRow(TOTAL, "", len(self.harm_by_type), self.n_crimes, round_half_up(self.total_harm)))
        return rows

    def time_lines(self) -> List[str]:
        """Plain sentences on timing: the busiest hours and days, or why timing is unknown."""
        if not self.has_times:
            return [NO_TIMES]
        hours = sorted(range(24), key=lambda h: (-self.by_hour[h], h))[:3]
        days = sorted(range(7), key=lambda d: (-self.by_weekday[d], d))[:2]
        lines = [
            "Busiest hours: "
            + ", ".join(
                f"{h:02d}:00–{(h + 1) % 24:02d}:00 ({self.figure(self.by_hour[h])})"
                for h in hours
                if self.by_hour[h] > 0
            ),
            "Busiest days: "
            + ", ".join(f"{WEEKDAYS[d]} ({self.figure(self.by_weekday[d])})" for d in days if self.by_weekday[d] > 0),
        ]
        if self.aoristic:
            lines.append(AORISTIC_NOTE)
        return lines

    def figure(self, value: float) -> str:
        """A count as a whole number, an aoristic weight to one decimal."""
        return f"{value:.1f}" if self.aoristic else f"{int(value)}"


def round_half_up(value: float) -> int:
    """273.5 → 274 as a reader expects (Python's ``round`` goes to even: 274.5 → 274)."""
    return int(np.floor(value + 0.5))


def rounded_to_total(values: Sequence[float], total: int) -> List[int]:
    """Whole numbers near ``values`` that add up to ``total`` (largest remainder, ties to the first)."""
    if not values:
        return []
    floors = [int(np.floor(v)) for v in values]
    missing = int(total) - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (-(values[i] - floors[i]), i))
    for i in order[: max(missing, 0)]:
        floors[i] += 1
    return floors


def _local_clock(value, tz: str) -> Optional[datetime]:
    """The local wall-clock time of a crime time, or None when it has no time of day (months, dates, empty)."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text or _DATE_ONLY.match(text) or len(text) <= 10:
            return None
    try:
        return local_time(parse_instant(value, tz), tz)
    except HotspotInputError:
        return None


def why_here(
    crime_types: Sequence,
    harms: Sequence,
    times: Optional[Sequence] = None,
    tz: str = DEFAULT_TIMEZONE,
    ends: Optional[Sequence] = None,
):
    """Summarise the crimes inside one place (a :class:`WhyHere`).

    ``crime_types`` and ``harms`` run in parallel (None harm counts 0); ``times`` (optional) are
    datetimes or text, naive ones local time in ``tz``; hours and weekdays are counted on the local
    clock. Times count only when at least one record has a time of day other than midnight —
    month-only or date-only data (police.uk) say so plainly instead. ``ends`` (optional, parallel to
    ``times``): the latest time of crimes recorded with a from/to window; when any crime has one, the
    busiest hours and days are aoristic weights (:mod:`.trends.aoristic`), each crime spread evenly
    over its window, instead of counts of start times.
    """
    totals = {}
    counts = {}
    for kind, harm in zip(crime_types, harms):
        key = str(kind) if kind not in (None, "") else "Unknown type"
        totals[key] = totals.get(key, 0.0) + (float(harm) if harm is not None else 0.0)
        counts[key] = counts.get(key, 0) + 1
    by_type = sorted(((k, counts[k], totals[k]) for k in totals), key=lambda t: (-t[2], -t[1], t[0]))
    clocks = [_local_clock(t, tz) for t in (times or [])]
    known = [m for m in clocks if m is not None]
    has_times = bool(known) and any((m.hour, m.minute, m.second) != (0, 0, 0) for m in known)
    result = WhyHere(len(crime_types), float(sum(totals.values())), by_type, has_times)
    if not has_times:
        return result
    if ends is not None and any(e not in (None, "") for e in ends):
        from .trends.aoristic import aoristic_weights

        pairs = [(t, None if e in (None, "") else e) for t, e, c in zip(times, ends, clocks) if c is not None]
        try:
            weights = aoristic_weights([t for t, _ in pairs], [e for _, e in pairs], tz=tz)
        except HotspotInputError:  # e.g. an end before its start: the counts of start times still say something
            weights = None
        if weights is not None and weights.n_no_end < weights.n_used:
            table = weights.table
            result.by_hour = table.groupby("hour")["weight"].sum().reindex(range(24), fill_value=0.0).tolist()
            result.by_weekday = table.groupby("day")["weight"].sum().reindex(range(7), fill_value=0.0).tolist()
            result.aoristic = True
            return result
    for m in known:
        result.by_hour[m.hour] += 1
        result.by_weekday[m.weekday()] += 1
    return result
