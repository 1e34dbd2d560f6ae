"""The place-day ledger of a randomised patrol trial (DOMAIN.md §5 "Did it work?", §6).

One row per place (geofence) per policing day of the trial — always places × days rows, in the
fences' order, then by day — with the columns of :data:`LEDGER_FIELDS`:

- ``fence_id``: the fence's id as given; ``day``: the policing day (a ``datetime.date``);
- ``arm``: as allocated by the schedule (``treatment``, ``control``, ``washout``), or
  ``not scheduled`` when the schedule has no row for that place on that day (intention to treat:
  the arm never depends on what was delivered);
- ``crimes``: crimes in the place whose instant falls in the policing day; ``harm``: their summed
  harm (NULL/NaN for every row when no harm was given);
- ``tasked_min``: the minutes tasked (sum of ``minutes`` of the day's treatment rows with a window);
- ``delivered_min``: patrol-minutes inside those windows — the union over officers of the visits in
  the place, so a pair counts once (as ``hotspot:dwellcompliance`` measures delivery), not capped;
- ``background_min``: patrol-minutes by anyone in the place during the whole policing day (union
  over officers, inside and outside the windows), so presence in control places — contamination —
  is visible; on treated days it includes ``delivered_min``;
- ``visits``: visits (one officer, one place) that start in the policing day;
- ``day_hours``: the length of the policing day in hours — 23 or 25 on the days the clocks change,
  the exposure the models use.

A policing day ``D`` runs from ``day_start`` local time (Europe/London by default) on ``D`` to
``day_start`` on ``D + 1`` (``timeutil.policing_day_bounds``), so with a 06:00 start a crime at 05:59 is
on the previous day. The trial's days run from the schedule's first to its last ``date`` unless
given. Visits are clipped to the day they overlap, so a visit across the day start counts in both.

Inputs are plain tables (pandas frames, or lists of dicts):

- taskings: the tasking schedule's rows (``fence_id, date, arm, window_start, window_end, minutes``;
  see ``core/tasking.py``); treatment rows without a window or minutes are counted but task nothing;
- crimes: ``fence_id`` (the place the crime lies in; empty when in none), ``time_utc`` (date-times:
  with an offset or time zone they are instants; naive ones are local wall-clock time in ``tz``, as
  force records hold them, read as ``core/trends`` reads crime times) and optionally ``harm`` (≥ 0);
  a crime in two overlapping places is one row per place; dates without a time are refused;
- visits: ``fence_id, start_utc, end_utc`` (``officer_id`` optional), as ``dwellcompliance`` writes
  them (naive values are UTC there).

Ids are compared as text (12, 12.0 and "12" are the same place) by ``core.ids.id_text``, as everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Dict, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..ids import id_keys, id_text, is_blank
from ..intervals import Union
from ..progress import ProgressCallback, report
from ..tasking import CONTROL, TREATMENT, WASHOUT, read_windows
from ..timeutil import (
    DEFAULT_DAY_START,
    DEFAULT_TIMEZONE,
    UTC,
    day_start_clock,
    parse_date,
    policing_day_bounds,
    utc_ns,
    utc_seconds,
)
from ..trends.instants import required_utc

NOT_SCHEDULED = "not scheduled"
ARMS = (TREATMENT, CONTROL, WASHOUT, NOT_SCHEDULED)
#: Output columns, in order.
LEDGER_FIELDS = (
    "fence_id",
    "day",
    "arm",
    "crimes",
    "harm",
    "tasked_min",
    "delivered_min",
    "background_min",
    "visits",
    "day_hours",
)


@dataclass
class Ledger:
    """Output of :func:`build_ledger`: ``frame`` (``LEDGER_FIELDS``) and ``summary`` (counts and settings to log)."""

    frame: pd.DataFrame
    summary: Dict[str, object] = field(default_factory=dict)


def _frame(table, name: str) -> pd.DataFrame:
    if table is None:
        return pd.DataFrame()
    if isinstance(table, pd.DataFrame):
        return table
    try:
        return pd.DataFrame(list(table) if not isinstance(table, dict) else table)
    except (TypeError, ValueError):
        raise HotspotInputError(f"The {name} table could not be read as rows of fields.") from None


def _need(frame: pd.DataFrame, columns: Sequence[str], name: str, hint: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise HotspotInputError(f"The {name} table has no field {', '.join(missing)}. {hint}")


def _place_codes(values, position: Dict[str, int]) -> np.ndarray:
    """Row → index of its place in the ledger (−1 when empty or not one of the places)."""
    return np.array([position.get(k, -1) if k is not None else -1 for k in id_keys(values)], dtype=np.int64)


_DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}(-\d{2})?\s*$")


def _refuse_dates_without_time(values, name: str, column: str) -> None:
    """Dates without a time of day (police.uk months, plain dates) would all land on one policing day."""
    array = np.asarray(values, dtype=object)
    text = [v for v in array[: min(array.size, 1000)] if isinstance(v, str)]
    if text and all(_DATE_ONLY.match(v) for v in text):
        raise HotspotInputError(
            f"The {name}' {column} holds dates without a time of day (like '{text[0].strip()}'): police.uk "
            "months have no day or time. A policing-day analysis needs each crime's date and time, from "
            "the force's crime records."
        )


def visit_seconds(values, column: str) -> np.ndarray:
    """UTC seconds of visit times (naive values are UTC, as Dwell and compliance writes them)."""
    _refuse_dates_without_time(values, "visits", column)
    seconds = utc_seconds(values, naive=UTC)
    bad = ~np.isfinite(seconds)
    if bad.any():
        first = np.nonzero(bad)[0][0]
        raise HotspotInputError(
            f"{int(bad.sum())} visits have no readable {column} (the first is row {first + 1}: "
            f"'{np.asarray(values, dtype=object)[first]}'). Give ISO 8601 instants like 2026-03-02T21:15:00Z."
        )
    return seconds


def crime_seconds(values, tz: str = DEFAULT_TIMEZONE, column: str = "time_utc") -> np.ndarray:
    """UTC seconds of crime times: instants with an offset as they are, naive values local time in ``tz``.

    Read by ``trends.instants.required_utc`` (DOMAIN.md §4: naive times are Europe/London wall-clock
    times; the repeated October hour is its first occurrence), so crimes are timed as everywhere else.
    """
    _refuse_dates_without_time(values, "crimes", column)
    series = values if isinstance(values, pd.Series) else pd.Series(list(values))
    return utc_ns(required_utc(series, tz, field=column)) / 1e9


def arms_of_rows(schedule: pd.DataFrame) -> pd.Series:
    """Each schedule row's arm in lower case; an empty arm is a treatment (as ``tasking.read_windows`` reads it)."""
    return schedule["arm"].map(lambda a: TREATMENT if is_blank(a) else str(a).strip().lower())


def _per_value(values: pd.Series, convert) -> pd.Series:
    """``convert(value, row)`` applied once per distinct value (schedules repeat dates and ids)."""
    first_row = {}
    for n, value in enumerate(values, start=1):
        first_row.setdefault(value, n)
    lookup = {value: convert(value, n) for value, n in first_row.items()}
    return values.map(lookup)


def read_arms(schedule: pd.DataFrame) -> pd.DataFrame:
    """The allocation of a schedule: one row per scheduled place-day, ``fence_key, date, arm``.

    A place-day with rows in different arms (say treatment and control) is an error: intention to
    treat needs one allocated arm per place-day.
    """
    blank = schedule["fence_id"].map(is_blank) | schedule["date"].map(is_blank)
    if blank.any():
        n = int(np.nonzero(blank.to_numpy())[0][0]) + 1
        raise HotspotInputError(f"Tasking row {n} has no fence_id or no date. Every schedule row needs both.")
    arm = arms_of_rows(schedule)
    bad = ~arm.isin((TREATMENT, CONTROL, WASHOUT))
    if bad.any():
        n = int(np.nonzero(bad.to_numpy())[0][0])
        raise HotspotInputError(
            f"Tasking row {n + 1} has the arm '{schedule['arm'].iloc[n]}'. Arms are treatment, control or "
            "washout, as the tasking schedule writes them."
        )
    keys = _per_value(schedule["fence_id"].astype(object), lambda v, n: id_text(v))
    days = _per_value(
        schedule["date"].astype(object), lambda v, n: parse_date(v, f"date of tasking row {n}", day_first=True)
    )
    rows = pd.DataFrame({"fence_key": keys.to_numpy(), "date": days.to_numpy(), "arm": arm.to_numpy()})
    arms = rows.drop_duplicates()
    clash = arms.duplicated(["fence_key", "date"], keep=False)
    if clash.any():
        first = arms[clash].iloc[0]
        raise HotspotInputError(
            f"The schedule puts place {first['fence_key']} in more than one arm on {first['date']} "
            f"({', '.join(sorted(arms[clash & (arms['fence_key'] == first['fence_key'])]['arm'].unique()))}). "
            "Each place-day needs one arm: correct the schedule."
        )
    return arms


def build_ledger(
    taskings,
    fence_ids: Sequence,
    crimes=None,
    visits=None,
    day_start: str = DEFAULT_DAY_START,
    tz: str = DEFAULT_TIMEZONE,
    first_day: Optional[date] = None,
    last_day: Optional[date] = None,
    progress: ProgressCallback = None,
) -> Ledger:
    """One row per place per policing day (see the module docstring for every column and rule).

    ``taskings``: the schedule's rows; ``fence_ids``: the places, in output order; ``crimes``: rows
    with ``fence_id, time_utc`` and optional ``harm``; ``visits``: rows with ``fence_id, start_utc,
    end_utc``; ``day_start`` ``HH:MM`` local time in ``tz``; ``first_day``/``last_day``: the trial's
    days (default: the schedule's first and last dates). Inputs are never modified.
    """
    day_start_clock(day_start)
    fence_ids = list(fence_ids)
    if not fence_ids:
        raise HotspotInputError("There are no places. Choose the geofence layer the schedule was made for.")
    keys = [id_text(f) for f in fence_ids]
    if len(set(keys)) != len(keys):
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        raise HotspotInputError(f"fence_id values repeat ({', '.join(dupes[:5])}). Each place needs its own id.")
    position = {k: i for i, k in enumerate(keys)}
    n_places = len(keys)

    schedule = _frame(taskings, "taskings")
    if schedule.empty:
        raise HotspotInputError("The tasking schedule has no rows. Choose the schedule of the trial.")
    _need(
        schedule,
        ("fence_id", "date", "arm"),
        "taskings",
        "Use the table written by the tasking schedule (fence_id, date, arm, window_start, window_end, minutes).",
    )
    arms = read_arms(schedule)
    row_arms = arms_of_rows(schedule)
    first_day = first_day or arms["date"].min()
    last_day = last_day or arms["date"].max()
    if last_day < first_day:
        raise HotspotInputError(f"The last day {last_day} is before the first day {first_day}.")
    n_days = (last_day - first_day).days + 1
    report(progress, 0.05)

    bounds = policing_day_bounds(first_day, n_days, day_start, tz)
    day_hours = np.diff(bounds) / 3600.0
    days = [first_day + timedelta(days=k) for k in range(n_days)]

    arm = np.full((n_places, n_days), NOT_SCHEDULED, dtype=object)
    d_index = np.array([(d - first_day).days for d in arms["date"]], dtype=np.int64)
    p_index = np.array([position.get(k, -1) for k in arms["fence_key"]], dtype=np.int64)
    ok = (p_index >= 0) & (d_index >= 0) & (d_index < n_days)
    arm[p_index[ok], d_index[ok]] = arms["arm"].to_numpy()[ok]
    unmatched_places = sorted(set(arms["fence_key"][p_index < 0]))

    # Tasked minutes and windows: dwell's reading of the schedule (ISO instants or clock times).
    # Control and washout rows carry no window: only treatment rows go through the (row-by-row) reader.
    fields = [c for c in ("fence_id", "date", "arm", "window_start", "window_end", "minutes") if c in schedule.columns]
    windows, _ = read_windows(schedule.loc[(row_arms == TREATMENT).to_numpy(), fields], day_start, tz)
    w_place = np.array([position.get(k, -1) for k in windows["fence_key"]], dtype=np.int64)
    w_day = np.array([(d - first_day).days for d in windows["date"]], dtype=np.int64)
    w_ok = (w_place >= 0) & (w_day >= 0) & (w_day < n_days)
    w_place, w_day = w_place[w_ok], w_day[w_ok]
    w_start, w_end = windows["start_s"].to_numpy()[w_ok], windows["end_s"].to_numpy()[w_ok]
    tasked = np.zeros((n_places, n_days))
    np.add.at(tasked, (w_place, w_day), windows["minutes"].to_numpy()[w_ok])
    n_treatment_rows = int((row_arms == TREATMENT).sum())
    report(progress, 0.2)

    # Crimes.
    crime_frame = _frame(crimes, "crimes")
    counts = np.zeros((n_places, n_days))
    harm = np.zeros((n_places, n_days))
    has_harm = "harm" in crime_frame.columns
    summary_crimes = {"crimes_in": int(len(crime_frame)), "crimes_counted": 0}
    if len(crime_frame):
        _need(
            crime_frame,
            ("fence_id", "time_utc"),
            "crimes",
            "Each crime needs the place it lies in (fence_id, empty when in none) and its instant (time_utc).",
        )
        c_place = _place_codes(crime_frame["fence_id"], position)
        c_time = crime_seconds(crime_frame["time_utc"], tz)
        c_day = np.searchsorted(bounds, c_time, side="right") - 1
        inside = (c_place >= 0) & (c_day >= 0) & (c_day < n_days)
        if has_harm:
            c_harm = pd.to_numeric(crime_frame["harm"], errors="coerce").to_numpy(dtype=np.float64)
            if np.isnan(c_harm).any() or (c_harm < 0).any():
                bad = int((np.isnan(c_harm) | (c_harm < 0)).sum())
                raise HotspotInputError(
                    f"{bad} crimes have a harm that is empty, not a number or negative. Give every crime a harm "
                    "of 0 or more (or no harm field, to count crimes only)."
                )
            np.add.at(harm, (c_place[inside], c_day[inside]), c_harm[inside])
        np.add.at(counts, (c_place[inside], c_day[inside]), 1.0)
        summary_crimes = {
            "crimes_in": int(len(crime_frame)),
            "crimes_counted": int(inside.sum()),
            "crimes_outside_places": int((c_place < 0).sum()),
            "crimes_outside_days": int(((c_place >= 0) & ~inside).sum()),
        }
    report(progress, 0.4)

    # Visits: the union over officers per place, clipped to windows and to days.
    visit_frame = _frame(visits, "visits")
    delivered = np.zeros((n_places, n_days))
    background = np.zeros((n_places, n_days))
    n_visits = np.zeros((n_places, n_days))
    summary_visits = {"visits_in": int(len(visit_frame)), "visits_counted": 0}
    if len(visit_frame):
        _need(
            visit_frame,
            ("fence_id", "start_utc", "end_utc"),
            "visits",
            "Use the visits table written by Dwell and compliance (fence_id, officer_id, start_utc, end_utc).",
        )
        v_place = _place_codes(visit_frame["fence_id"], position)
        v_start = visit_seconds(visit_frame["start_utc"], "start_utc")
        v_end = visit_seconds(visit_frame["end_utc"], "end_utc")
        if (v_end < v_start).any():
            first = int(np.nonzero(v_end < v_start)[0][0])
            raise HotspotInputError(f"Visit row {first + 1} ends before it starts. Check the visits table.")
        origin, span = float(bounds[0]), float(bounds[-1] - bounds[0])
        a = np.clip(v_start, bounds[0], bounds[-1]) - origin
        b = np.clip(v_end, bounds[0], bounds[-1]) - origin
        keep = (v_place >= 0) & (b > a)
        presence = Union.of(v_place[keep], a[keep], b[keep], span)
        cell_place = np.repeat(np.arange(n_places, dtype=np.int64), n_days)
        cell_day = np.tile(np.arange(n_days), n_places)
        lo, hi = bounds[:-1] - origin, bounds[1:] - origin
        background = (presence.overlap(cell_place, lo[cell_day], hi[cell_day]) / 60.0).reshape(n_places, n_days)
        got = presence.overlap(w_place, w_start - origin, w_end - origin) / 60.0
        np.add.at(delivered, (w_place, w_day), got)
        s_day = np.searchsorted(bounds, v_start, side="right") - 1
        started = keep & (s_day >= 0) & (s_day < n_days)
        np.add.at(n_visits, (v_place[started], s_day[started]), 1.0)
        summary_visits = {
            "visits_in": int(len(visit_frame)),
            "visits_counted": int(keep.sum()),
            "visits_outside_places": int((v_place < 0).sum()),
            "visits_outside_days": int(((v_place >= 0) & ~keep).sum()),
        }
    report(progress, 0.9)

    frame = pd.DataFrame(
        {
            "fence_id": np.repeat(np.asarray(fence_ids, dtype=object), n_days),
            "day": np.tile(np.asarray(days, dtype=object), n_places),
            "arm": arm.ravel(),
            "crimes": counts.ravel().astype(np.int64),
            "harm": harm.ravel() if has_harm else np.full(n_places * n_days, np.nan),
            "tasked_min": tasked.ravel(),
            "delivered_min": delivered.ravel(),
            "background_min": background.ravel(),
            "visits": n_visits.ravel().astype(np.int64),
            "day_hours": np.tile(day_hours, n_places),
        },
        columns=list(LEDGER_FIELDS),
    )
    arm_counts = frame["arm"].value_counts()
    summary = {
        "day_start": day_start,
        "timezone": tz,
        "first_day": first_day.isoformat(),
        "last_day": last_day.isoformat(),
        "days": n_days,
        "places": n_places,
        "rows": int(len(frame)),
        **{f"{a.replace(' ', '_')}_place_days": int(arm_counts.get(a, 0)) for a in ARMS},
        "clock_change_days": [d.isoformat() for d, h in zip(days, day_hours) if abs(h - 24.0) > 1e-9],
        "schedule_rows": int(len(schedule)),
        "treatment_rows_without_window": max(0, n_treatment_rows - len(windows)),
        "schedule_places_not_in_fences": unmatched_places,
        "harm_given": has_harm,
        "tasked_min": float(tasked.sum()),
        "delivered_min": float(delivered.sum()),
        **summary_crimes,
        **summary_visits,
    }
    report(progress, 1.0)
    return Ledger(frame, summary)
