"""Randomised hot spot tasking schedules (DOMAIN.md §6).

Each policing day every place (geofence) is randomised to *treatment* (patrolled) or *control*
(left to normal policing), optionally within blocks (e.g. harm tiers). A treated place-day gets
``patrols_per_day`` patrols of ``patrol_min`` minutes at random times inside the shift windows,
at least ``min_gap_min`` minutes apart (end of one patrol to start of the next).

Reproducibility: the same inputs and seed give the identical schedule on any machine. Draws come
from ``numpy.random.Generator(PCG64(seed))`` in this fixed order, never from Python ``hash()`` or
set order. Only ``Generator.random()`` is called (53-bit doubles from the PCG64 stream, stable across
NumPy versions); shuffles are a Fisher–Yates written here (:func:`shuffled`), not NumPy's:

1. places are sorted by ``fence_id`` as text; blocks by their value as text;
2. for each day in date order:
   a. one ``random()`` decides whether the day's treated total rounds down or up (probability =
      the fractional part of ``share × places``);
   b. a shuffle of the blocks breaks ties when handing the rounded-up places to blocks;
   c. for each block in order, a shuffle of its places: the first ``t`` are treated;
   d. for each treated place in ``fence_id`` order, ``patrols_per_day`` calls to ``random()``
      choose the patrol times.

Times are wall-clock times in the policing time zone (Europe/London by default) on a one-minute
grid. A shift that crosses midnight (``22:00-06:00``) belongs to the policing day it starts in.
Windows are aware datetimes in that zone (the Processing output writes them as DateTime fields);
:func:`read_windows` reads a schedule table back — DateTime values or ISO 8601 text, parsed once
through ``core.timeutil`` — into UTC windows for dwell, compliance and the trial ledger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Dict, Iterable, List, Optional, Sequence, Tuple
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from .errors import HotspotInputError
from .ids import id_text, is_blank
from .progress import ProgressCallback, report
from .timeutil import (
    DEFAULT_DAY_START,
    DEFAULT_TIMEZONE,
    clock_on_policing_day,
    day_start_clock,
    parse_clock,
    parse_date,
    parse_instant,
    policing_day,
    zone,
)

TREATMENT = "treatment"
CONTROL = "control"
WASHOUT = "washout"
GENERATED = "generated"
MANUAL = "manual"
#: Output columns, in order (``source`` says whether a row was generated or edited by hand).
SCHEDULE_FIELDS = (
    "task_id",
    "date",
    "shift",
    "fence_id",
    "arm",
    "window_start",
    "window_end",
    "minutes",
    "visit_order",
    "team",
    "source",
)
NO_BLOCK = "(all)"
#: The shifts a new schedule starts from: early, late and night, the night belonging to the day it starts.
DEFAULT_SHIFTS = "06:00-14:00,14:00-22:00,22:00-06:00"
_SHIFT_RE = re.compile(
    r"^\s*(?:(?P<label>[^=]+?)\s*=\s*)?(?P<h1>\d{1,2}):(?P<m1>\d{2})\s*-\s*"
    r"(?P<h2>\d{1,2}):(?P<m2>\d{2})\s*$"
)


@dataclass(frozen=True)
class Shift:
    """A shift window in minutes after the policing day's midnight; ``end`` > 1440 crosses midnight."""

    name: str
    start: int
    end: int
    team: str

    @property
    def minutes(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Place:
    """A place to randomise: its id (kept as text), harm (for the balance report) and block."""

    fence_id: str
    harm: float = 0.0
    block: str = NO_BLOCK


@dataclass
class Tasking:
    """One schedule row. Control place-days have no shift, window, order or team and 0 minutes.

    ``date`` is the policing day as ``YYYY-MM-DD``; ``window_start``/``window_end`` are aware
    datetimes (local time in the schedule's zone), or None.
    """

    task_id: str
    date: str
    shift: Optional[str]
    fence_id: str
    arm: str
    window_start: Optional[datetime]
    window_end: Optional[datetime]
    minutes: int
    visit_order: Optional[int]
    team: Optional[str]
    source: str = GENERATED

    def as_row(self) -> list:
        """The values of ``SCHEDULE_FIELDS``, windows as aware datetimes."""
        return [getattr(self, name) for name in SCHEDULE_FIELDS]

    def as_text_row(self) -> list:
        """The values of ``SCHEDULE_FIELDS`` for text files: windows as ISO 8601 with their UTC offset."""
        return [v.isoformat(timespec="seconds") if isinstance(v, datetime) else v for v in self.as_row()]


@dataclass
class Schedule:
    taskings: List[Tasking]
    balance: List[dict]
    settings: Dict[str, object] = field(default_factory=dict)


def parse_shifts(text: str) -> List[Shift]:
    """Shifts from text like ``06:00-14:00,14:00-22:00,22:00-06:00``.

    Each part may carry a team label: ``Early=06:00-14:00``; without one the team is "Shift 1",
    "Shift 2"… in the order given. An end at or before the start means the shift crosses midnight.
    Shifts may touch but not overlap (also across midnight, as days follow each other).
    """
    shifts: List[Shift] = []
    parts = [p for p in str(text or "").split(",") if p.strip()]
    if not parts:
        raise HotspotInputError("No shifts given. Write them like 06:00-14:00,14:00-22:00,22:00-06:00.")
    for i, part in enumerate(parts):
        match = _SHIFT_RE.match(part)
        if not match:
            raise HotspotInputError(f"The shift '{part.strip()}' is not like 06:00-14:00 (24-hour HH:MM-HH:MM).")
        h1, m1, h2, m2 = (int(match.group(k)) for k in ("h1", "m1", "h2", "m2"))
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2 > 0):
            raise HotspotInputError(f"The shift '{part.strip()}' has an impossible time.")
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if end <= start:
            end += 1440
        name = f"{h1:02d}:{m1:02d}-{h2 % 24:02d}:{m2:02d}"
        team = (match.group("label") or "").strip() or f"Shift {i + 1}"
        shifts.append(Shift(name, start, end, team))
    shifts.sort(key=lambda s: s.start)
    for i, a in enumerate(shifts):
        for b in shifts[i + 1 :]:
            for offset in (-1440, 0, 1440):
                if a.start < b.end + offset and b.start + offset < a.end:
                    raise HotspotInputError(
                        f"The shifts {a.name} and {b.name} overlap. Shifts may touch but not overlap."
                    )
    return shifts


class PatrolSampler:
    """Draws patrol start times uniformly over every feasible set of patrols in a day's shifts.

    A patrol of ``length`` minutes starting at minute ``s`` must lie inside one shift; consecutive
    patrols start at least ``length + gap`` minutes apart. Feasible sets are counted by dynamic
    programming on the one-minute grid, so each set is equally likely and any dose that fits can be
    drawn (no rejection sampling that could loop).
    """

    def __init__(self, shifts: Sequence[Shift], patrols: int, length: int, gap: int):
        self.shifts = list(shifts)
        self.patrols = patrols
        self.length = length
        self.gap = gap
        starts, shift_of = [], []
        for index, shift in enumerate(self.shifts):
            for s in range(shift.start, shift.end - length + 1):
                starts.append(s)
                shift_of.append(index)
        self.starts = np.array(starts, dtype=np.int64)
        self.shift_of = np.array(shift_of, dtype=np.int64)
        n = len(starts)
        # next_index[i]: first candidate that may follow a patrol starting at candidate i.
        self.next_index = np.searchsorted(self.starts, self.starts + length + gap, side="left")
        # ways[j][i]: number of ways to place j patrols using candidates i.. (float64 is exact enough
        # for sampling weights and gives the same IEEE result everywhere).
        ways = np.zeros((patrols + 1, n + 1), dtype=np.float64)
        ways[0, :] = 1.0
        for j in range(1, patrols + 1):
            take = np.zeros(n + 1)
            take[:n] = ways[j - 1, self.next_index]
            # ways[j][i] = ways[j][i+1] + take[i], a reversed cumulative sum.
            ways[j, :n] = np.cumsum(take[:n][::-1])[::-1]
        self.ways = ways

    @property
    def feasible(self) -> bool:
        return self.patrols == 0 or self.ways[self.patrols, 0] > 0

    def draw(self, rng: np.random.Generator) -> List[Tuple[int, int]]:
        """``patrols`` calls to ``rng.random()``; returns ``(start minute, shift index)`` in time order."""
        chosen: List[Tuple[int, int]] = []
        low = 0
        n = len(self.starts)
        for remaining in range(self.patrols, 0, -1):
            # Weight of picking candidate i next: the ways to place the rest after it.
            weights = self.ways[remaining - 1, self.next_index[low:n]]
            cumulative = np.cumsum(weights)
            u = rng.random() * cumulative[-1]
            pick = low + int(np.searchsorted(cumulative, u, side="right"))
            # side="right" never lands on a zero weight: the first cumulative sum above u grows there.
            pick = min(pick, n - 1)
            chosen.append((int(self.starts[pick]), int(self.shift_of[pick])))
            low = int(self.next_index[pick])
        return chosen


def wall_time(day: date, minute: int, tz: ZoneInfo) -> datetime:
    """The aware local datetime ``minute`` minutes (wall clock) after ``day``'s midnight."""
    naive = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
    return naive.replace(tzinfo=tz)


def real_shifts(day: date, shifts: Sequence[Shift], tz: ZoneInfo) -> Tuple[datetime, List[Shift]]:
    """The day's local midnight in UTC and the shifts as elapsed minutes after it.

    On the nights the clocks change a shift is an hour shorter or longer in real time; patrols and
    gaps are measured in real minutes so a 60-minute gap is 60 minutes on those nights too.
    """
    anchor = wall_time(day, 0, tz).astimezone(timezone.utc)

    def elapsed(minute: int) -> int:
        return int(round((wall_time(day, minute, tz).astimezone(timezone.utc) - anchor).total_seconds() / 60))

    return anchor, [Shift(s.name, elapsed(s.start), elapsed(s.end), s.team) for s in shifts]


def window_times(anchor: datetime, minute: int, length: int, tz: ZoneInfo) -> Tuple[datetime, datetime]:
    """Aware local start and end, ``minute`` real minutes after ``anchor`` (UTC), ``length`` minutes long."""
    start = anchor + timedelta(minutes=minute)
    end = start + timedelta(minutes=length)
    return start.astimezone(tz), end.astimezone(tz)


def shuffled(n: int, rng: np.random.Generator) -> List[int]:
    """A random order of ``0..n-1``: Fisher–Yates driven by ``n - 1`` calls to ``rng.random()``."""
    order = list(range(n))
    for i in range(n - 1, 0, -1):
        j = min(int(rng.random() * (i + 1)), i)
        order[i], order[j] = order[j], order[i]
    return order


def _block_targets(counts: List[int], share: float, rng: np.random.Generator) -> List[int]:
    """Treated places per block: each block gets ⌊share·n⌋ or ⌈share·n⌉, the day's total ⌊share·N⌉."""
    exact = [share * c for c in counts]
    base = [int(np.floor(e + 1e-9)) for e in exact]
    remainders = [e - b for e, b in zip(exact, base)]
    total_exact = share * sum(counts)
    lower = int(np.floor(total_exact + 1e-9))
    fraction = total_exact - lower
    u = rng.random()
    total = lower + (1 if u < fraction - 1e-9 else 0)
    tie_break = shuffled(len(counts), rng)
    extra = total - sum(base)
    order = sorted(range(len(counts)), key=lambda b: (-round(remainders[b], 9), int(tie_break[b])))
    targets = list(base)
    for b in order:
        if extra <= 0:
            break
        if remainders[b] > 1e-9:
            targets[b] += 1
            extra -= 1
    return targets


def task_id(day: date, fence_id: str, patrol: int) -> str:
    """A stable, readable id: ``20260302-12-1`` (patrol 0 is a control or washout place-day)."""
    return f"{day:%Y%m%d}-{fence_id}-{patrol}"


def generate_schedule(
    places: Sequence[Place],
    start_date: date,
    end_date: date,
    shifts: Sequence[Shift],
    treated_share: float = 0.5,
    patrols_per_day: int = 3,
    patrol_min: int = 15,
    min_gap_min: int = 60,
    washout_days: int = 0,
    seed: int = 0,
    timezone_name: str = DEFAULT_TIMEZONE,
    progress: ProgressCallback = None,
) -> Schedule:
    """Randomise places to arms per day and draw the patrol windows.

    Returns a :class:`Schedule`: ``taskings`` has one row per patrol of a treated place-day and one
    row (no window, 0 minutes) per control place-day. With ``washout_days`` = w, a place not
    treated within w days after one of its treated days is in arm ``washout`` (not tasked and not a
    control), so no control day follows treatment of the same place within w days. ``visit_order``
    numbers the patrols of one date and shift in time order. ``balance`` has, per block, the place-days
    and harm in each arm.
    """
    if not places:
        raise HotspotInputError("There are no places to schedule. Choose a geofence layer with fences.")
    if end_date < start_date:
        raise HotspotInputError(f"The end date {end_date} is before the start date {start_date}.")
    if (end_date - start_date).days > 3660:
        raise HotspotInputError("The date range is longer than ten years. Choose a shorter range.")
    if not 0.0 <= treated_share <= 1.0:
        raise HotspotInputError(f"The treated share {treated_share} must lie between 0 and 1.")
    if patrols_per_day < 1 or patrol_min < 1 or min_gap_min < 0 or washout_days < 0:
        raise HotspotInputError("Patrols per day and patrol minutes must be at least 1; gap and washout at least 0.")
    ids = [str(p.fence_id) for p in places]
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise HotspotInputError(f"fence_id values repeat ({', '.join(dupes[:5])}). Each fence needs its own id.")
    tz = zone(timezone_name)
    samplers: Dict[Tuple[Tuple[int, int], ...], PatrolSampler] = {}

    def sampler_for(day_shifts: Sequence[Shift]) -> PatrolSampler:
        key = tuple((s.start, s.end) for s in day_shifts)
        if key not in samplers:
            samplers[key] = PatrolSampler(day_shifts, patrols_per_day, patrol_min, min_gap_min)
        return samplers[key]

    if not sampler_for(shifts).feasible:
        raise HotspotInputError(
            f"{patrols_per_day} patrols of {patrol_min} min at least {min_gap_min} min apart do not fit in the "
            f"shifts {', '.join(s.name for s in shifts)}. Lower the dose or the gap, or widen the shifts."
        )
    ordered = sorted(
        (Place(str(p.fence_id), float(p.harm or 0.0), str(p.block)) for p in places), key=lambda p: p.fence_id
    )
    blocks: Dict[str, List[Place]] = {}
    for place in ordered:
        blocks.setdefault(place.block, []).append(place)
    block_names = sorted(blocks)
    counts = [len(blocks[b]) for b in block_names]
    rng = np.random.Generator(np.random.PCG64(int(seed)))
    n_days = (end_date - start_date).days + 1
    last_treated: Dict[str, date] = {}
    taskings: List[Tasking] = []
    tally = {b: {TREATMENT: [0, 0.0], CONTROL: [0, 0.0], WASHOUT: [0, 0.0]} for b in block_names}
    for d in range(n_days):
        report(progress, d / n_days)
        day = start_date + timedelta(days=d)
        anchor, day_shifts = real_shifts(day, shifts, tz)
        sampler = sampler_for(day_shifts)
        if not sampler.feasible:
            raise HotspotInputError(
                f"The dose does not fit in the shifts on {day} (the clocks change that night). "
                "Lower the dose or the gap."
            )
        targets = _block_targets(counts, treated_share, rng)
        treated_ids = set()
        for b, name in enumerate(block_names):
            members = blocks[name]
            permutation = shuffled(len(members), rng)
            for k in permutation[: targets[b]]:
                treated_ids.add(members[int(k)].fence_id)
        day_rows: List[Tasking] = []
        for place in ordered:
            if place.fence_id in treated_ids:
                for patrol, (start, shift_index) in enumerate(sampler.draw(rng), start=1):
                    shift = shifts[shift_index]
                    begin, end = window_times(anchor, start, patrol_min, tz)
                    day_rows.append(
                        Tasking(
                            task_id(day, place.fence_id, patrol),
                            day.isoformat(),
                            shift.name,
                            place.fence_id,
                            TREATMENT,
                            begin,
                            end,
                            patrol_min,
                            None,
                            shift.team,
                        )
                    )
                last_treated[place.fence_id] = day
                arm = TREATMENT
            else:
                previous = last_treated.get(place.fence_id)
                arm = WASHOUT if previous is not None and (day - previous).days <= washout_days else CONTROL
                day_rows.append(
                    Tasking(
                        task_id(day, place.fence_id, 0),
                        day.isoformat(),
                        None,
                        place.fence_id,
                        arm,
                        None,
                        None,
                        0,
                        None,
                        None,
                    )
                )
            tally[place.block][arm][0] += 1
            tally[place.block][arm][1] += place.harm
        taskings.extend(number_visits(day_rows))
    report(progress, 1.0)
    balance = []
    for name in block_names:
        t, c, w = (tally[name][a] for a in (TREATMENT, CONTROL, WASHOUT))
        balance.append(
            {
                "block": name,
                "places": len(blocks[name]),
                "treated_days": t[0],
                "control_days": c[0],
                "washout_days": w[0],
                "treated_harm": t[1],
                "control_harm": c[1],
                "treated_harm_per_day": t[1] / t[0] if t[0] else 0.0,
                "control_harm_per_day": c[1] / c[0] if c[0] else 0.0,
            }
        )
    settings = {
        "start_date": start_date.isoformat(),
        "end_date": end_date.isoformat(),
        "shifts": ",".join(f"{s.team}={s.name}" for s in shifts),
        "treated_share": treated_share,
        "patrols_per_day": patrols_per_day,
        "patrol_min": patrol_min,
        "min_gap_min": min_gap_min,
        "washout_days": washout_days,
        "seed": int(seed),
        "timezone": timezone_name,
        "generator": "numpy PCG64",
    }
    return Schedule(taskings, balance, settings)


def number_visits(rows: Iterable[Tasking]) -> List[Tasking]:
    """Set ``visit_order`` to 1, 2, … by window start within each date and shift; sort rows.

    Rows come out ordered by date, then treated patrols by window start (then fence_id), then the
    untasked place-days by fence_id.
    """
    rows = list(rows)
    tasked = [r for r in rows if r.window_start]
    tasked.sort(key=lambda r: (r.date, r.window_start.timestamp(), r.fence_id, r.task_id))
    counters: Dict[Tuple[str, Optional[str]], int] = {}
    for row in tasked:
        key = (row.date, row.shift)
        counters[key] = counters.get(key, 0) + 1
        row.visit_order = counters[key]
    others = sorted((r for r in rows if not r.window_start), key=lambda r: (r.date, r.fence_id, r.task_id))
    by_date: Dict[str, List[Tasking]] = {}
    for row in tasked + others:
        by_date.setdefault(row.date, []).append(row)
    return [row for day in sorted(by_date) for row in by_date[day]]


# --------------------------------------------------------------------------------------------
# Reading a schedule back


#: Columns of :func:`read_windows`: the place (``id_text`` of fence_id), policing day, window in
#: UTC seconds, tasked minutes, and the schedule's own labels (None when the table has none).
WINDOW_COLUMNS = ("fence_key", "date", "start_s", "end_s", "minutes", "task_id", "shift", "team")


def _table_rows(taskings) -> List[dict]:
    if taskings is None:
        return []
    if isinstance(taskings, pd.DataFrame):
        return taskings.to_dict("records")
    if isinstance(taskings, dict):
        return pd.DataFrame(taskings).to_dict("records")
    return [dict(vars(row)) if isinstance(row, Tasking) else dict(row) for row in taskings]


def _instant_or_clock(value, row: int, label: str, tz: str):
    """``("instant", UTC seconds)`` for a date and time, ``("clock", time)`` for a time of day."""
    if isinstance(value, time):
        return "clock", value
    if isinstance(value, (datetime, pd.Timestamp, np.datetime64)):
        return "instant", parse_instant(value, tz).timestamp()
    text = str(value).strip()
    if len(text) > 8:
        try:
            return "instant", parse_instant(text, tz).timestamp()
        except HotspotInputError:
            raise HotspotInputError(
                f"Tasking row {row}: {label} '{value}' is neither an ISO 8601 date and time "
                "(2026-07-14T09:15:00+01:00) nor a clock time (09:15)."
            ) from None
    return "clock", parse_clock(text, f"{label} of tasking row {row}")


def read_windows(taskings, day_start: str = DEFAULT_DAY_START, tz: str = DEFAULT_TIMEZONE) -> Tuple[pd.DataFrame, int]:
    """The tasked windows of a schedule table (``WINDOW_COLUMNS``) and the number of rows skipped.

    ``taskings``: a frame, rows (dicts or :class:`Tasking`) with ``fence_id, date, window_start,
    window_end, minutes`` and optionally ``arm, task_id, shift, team``. Windows are date-times
    (DateTime values or ISO 8601 text; naive ones are local time in ``tz``) or clock times
    (``HH:MM``) on the policing ``date``: a clock time before ``day_start`` falls on the next
    calendar day, and a window that ends at or before its start ends the next day. Rows whose
    ``arm`` is not ``treatment``, without a window, or with ``minutes`` ≤ 0 are skipped (control and
    washout place-days, patrols cancelled by hand). Missing ``minutes`` means the whole window.
    """
    zone(tz)
    day_start_clock(day_start)
    out = []
    skipped = 0
    rows = _table_rows(taskings)
    fields = set().union(*(row.keys() for row in rows)) if rows else set()
    if rows and not {"fence_id", "window_start", "window_end"} <= fields:
        raise HotspotInputError(
            "The taskings table needs the fields fence_id, date, window_start, window_end "
            "and minutes (as the tasking schedule writes them)."
        )
    for n, row in enumerate(rows, start=1):
        arm = row.get("arm")
        if (
            (not is_blank(arm) and str(arm).strip().lower() != TREATMENT)
            or is_blank(row.get("window_start"))
            or is_blank(row.get("window_end"))
            or is_blank(row.get("fence_id"))
        ):
            skipped += 1
            continue
        kind_a, a = _instant_or_clock(row["window_start"], n, "window_start", tz)
        kind_b, b = _instant_or_clock(row["window_end"], n, "window_end", tz)
        day = None if is_blank(row.get("date")) else parse_date(row["date"], f"date of tasking row {n}", day_first=True)
        if kind_a == "clock" or kind_b == "clock":
            if day is None:
                raise HotspotInputError(f"Tasking row {n} gives clock times but no date.")
            if kind_a == "clock":
                a = clock_on_policing_day(day, a, day_start, tz).timestamp()
            if kind_b == "clock":
                end = clock_on_policing_day(day, b, day_start, tz).timestamp()
                b = end if end > a else clock_on_policing_day(day + timedelta(days=1), b, day_start, tz).timestamp()
        if b <= a:
            raise HotspotInputError(
                f"Tasking row {n}: the window ends ({row['window_end']}) before it starts ({row['window_start']})."
            )
        if day is None:
            day = policing_day(pd.Timestamp(a, unit="s", tz="UTC"), day_start, tz)
        minutes = row.get("minutes")
        if is_blank(minutes):
            minutes = (b - a) / 60.0
        try:
            minutes = float(minutes)
        except (TypeError, ValueError):
            raise HotspotInputError(f"Tasking row {n}: minutes '{minutes}' is not a number.") from None
        if minutes <= 0:
            skipped += 1
            continue
        labels = {key: None if is_blank(row.get(key)) else str(row.get(key)) for key in ("task_id", "shift", "team")}
        out.append(
            {"fence_key": id_text(row["fence_id"]), "date": day, "start_s": a, "end_s": b, "minutes": minutes, **labels}
        )
    return pd.DataFrame(out, columns=list(WINDOW_COLUMNS)), skipped
