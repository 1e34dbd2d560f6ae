""" "Why is this a hot spot?" — the facts a patrol briefing states about a place (DOMAIN.md §6)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import List, Optional, Sequence, Tuple

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
NO_TIMES = (
    "The crime records give the month only (as police.uk does), so the hour of day and day of week "
    "of these crimes are not known."
)
_MONTH_ONLY = re.compile(r"^\s*\d{4}-\d{2}\s*$")


@dataclass
class WhyHere:
    """Harm by crime type (most harmful first) and, when the data have times, crimes by hour and weekday."""

    n_crimes: int
    total_harm: float
    harm_by_type: List[Tuple[str, int, float]]
    has_times: bool
    by_hour: List[int] = field(default_factory=lambda: [0] * 24)
    by_weekday: List[int] = field(default_factory=lambda: [0] * 7)

    def time_lines(self) -> List[str]:
        """Plain sentences on timing: the busiest hours and days, or why timing is unknown."""
        if not self.has_times:
            return [NO_TIMES]
        hours = sorted(range(24), key=lambda h: (-self.by_hour[h], h))[:3]
        days = sorted(range(7), key=lambda d: (-self.by_weekday[d], d))[:2]
        return [
            "Busiest hours: "
            + ", ".join(f"{h:02d}:00–{(h + 1) % 24:02d}:00 ({self.by_hour[h]})" for h in hours if self.by_hour[h] > 0),
            "Busiest days: "
            + ", ".join(f"{WEEKDAYS[d]} ({self.by_weekday[d]})" for d in days if self.by_weekday[d] > 0),
        ]


def _moment(value) -> Optional[datetime]:
    """A datetime with a real time of day from a value, or None (month-only text, dates, empty)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    text = str(value).strip()
    if not text or _MONTH_ONLY.match(text) or len(text) <= 10:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        for pattern in ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M"):
            try:
                return datetime.strptime(text, pattern)
            except ValueError:
                continue
    return None


def why_here(crime_types: Sequence, harms: Sequence, times: Optional[Sequence] = None) -> WhyHere:
    """Summarise the crimes inside one place.

    ``crime_types`` and ``harms`` run in parallel (None harm counts 0); ``times`` (optional) are
    datetimes or text. Times count only when at least one record has a time of day other than
    midnight — month-only or date-only data (police.uk) say so plainly instead.
    """
    totals = {}
    counts = {}
    for kind, harm in zip(crime_types, harms):
        key = str(kind) if kind not in (None, "") else "Unknown type"
        totals[key] = totals.get(key, 0.0) + (float(harm) if harm is not None else 0.0)
        counts[key] = counts.get(key, 0) + 1
    by_type = sorted(((k, counts[k], totals[k]) for k in totals), key=lambda t: (-t[2], -t[1], t[0]))
    moments = [_moment(t) for t in (times or [])]
    known = [m for m in moments if m is not None]
    has_times = bool(known) and any((m.hour, m.minute, m.second) != (0, 0, 0) for m in known)
    result = WhyHere(len(crime_types), float(sum(totals.values())), by_type, has_times)
    if has_times:
        for m in known:
            result.by_hour[m.hour] += 1
            result.by_weekday[m.weekday()] += 1
    return result
