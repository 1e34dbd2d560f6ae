"""Importing tracking exports: read, convert times to UTC, map radio ids, clean, sort, pseudonymise.

:func:`import_tracks` reads every file (``readers``), parses its times (``timeutil``: offsets and
epochs are absolute, other times local wall-clock time in ``tz``, the repeated autumn hour resolved
per device, slashed dates by ``date_order``), checks its coordinates (``clean``), maps radio ids
to collar numbers, drops unusable fixes (counted by reason, ``DROP_REASONS``), sorts per device,
optionally pseudonymises ids and measures ping intervals. Nothing here imports QGIS: the adapters
build the CRS's area of use and reproject.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import HotspotInputError
from ..ids import id_text, new_pseudonym_key, pseudonymise_ids
from ..progress import ProgressCallback, report, scaled
from ..timeutil import DATE_ORDERS, DEFAULT_TIMEZONE, check_timezone, date_order_note, parse_times, utc_seconds
from .clean import AreaOfUse, _fix_place, check_file_coordinates, coordinates_look_projected, jump_mask, ping_intervals
from .readers import PathLike, read_fixes

#: Columns of :attr:`TrackImport.fixes`.
FIX_COLUMNS = ["officer_id", "t_utc", "x", "y", "speed_kmh", "heading", "accuracy_m", "source"]

#: Why fixes were dropped, in the order the checks run (each fix counts under its first reason).
DROP_REASONS = {
    "unreadable": "unreadable NMEA sentence (bad checksum or fields)",
    "no_officer": "no officer or radio id",
    "no_time": "no time, or a time that could not be read",
    "bad_time": "time before 2000 or more than a day in the future",
    "bad_coordinates": "bad coordinates (missing, 0,0 or out of range)",
    "outside_area": "stray fixes outside the area of use of the coordinates' CRS",
    "accuracy": "accuracy worse than the maximum",
    "duplicate": "duplicate (same device, same time)",
    "jump": "jump (reaching and leaving the fix needs more than the maximum speed)",
}

DEFAULT_MAX_SPEED_KMH = 200.0
DEFAULT_MAX_ACCURACY_M = 100.0


@dataclass
class TrackImport:
    """Result of :func:`import_tracks`."""

    fixes: pd.DataFrame  #: FIX_COLUMNS, sorted by officer_id then t_utc; x, y in the source CRS
    n_read: int = 0
    dropped: Counter = field(default_factory=Counter)  #: reason (``DROP_REASONS`` key) → count
    intervals: Dict[str, Tuple[float, float, int]] = field(default_factory=dict)  #: source → median s, p90 s, n
    geographic: bool = True  #: coordinates were read as degrees (else metres)
    n_ambiguous: int = 0
    n_second_occurrence: int = 0
    n_nonexistent: int = 0
    n_lookup_mapped_ids: int = 0
    n_unmapped_ids: int = 0
    n_unmapped_fixes: int = 0
    files: List[Tuple[str, str, int]] = field(default_factory=list)  #: source label, format, rows read
    failed: List[Tuple[str, str]] = field(default_factory=list)  #: file name, message
    notes: List[str] = field(default_factory=list)
    mappings: Dict[str, Dict[str, Optional[str]]] = field(default_factory=dict)  #: source label → mapping

    def log_lines(self) -> List[str]:
        """What happened, for the log: never any raw officer or radio id."""
        lines = [f"Read {self.n_read:,} fixes from {len(self.files)} file(s); kept {len(self.fixes):,}."]
        for reason, label in DROP_REASONS.items():
            if self.dropped.get(reason):
                lines.append(f"Dropped {self.dropped[reason]:,}: {label}.")
        if not sum(self.dropped.values()):
            lines.append("Dropped none.")
        if self.n_ambiguous:
            lines.append(
                f"{self.n_ambiguous:,} local times fell in the repeated autumn hour: "
                f"{self.n_second_occurrence:,} read as its second occurrence (GMT), "
                "the rest as the first (BST)."
            )
        if self.n_nonexistent:
            lines.append(
                f"{self.n_nonexistent:,} local times fell in the spring-forward gap (they do not exist on "
                "a UK clock) and were read with the offset before the change (GMT)."
            )
        if self.n_lookup_mapped_ids or self.n_unmapped_ids:
            lines.append(
                f"ID lookup: {self.n_lookup_mapped_ids:,} radio id(s) mapped to collar numbers; "
                f"{self.n_unmapped_ids:,} id(s) ({self.n_unmapped_fixes:,} fixes) not in the lookup "
                "kept their radio id."
            )
        for source, (median, p90, count) in self.intervals.items():
            lines.append(
                f"Ping interval {source}: median {median:,.1f} s, 90th percentile {p90:,.1f} s ({count:,} intervals)."
            )
        lines.extend(self.notes)
        lines.extend(f"Not imported: {message}" for _, message in self.failed)
        return lines


def _renumbered(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame.reset_index(drop=True)``, without copying a frame already numbered 0..n-1."""
    index = frame.index
    if isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1:
        return frame
    return frame.reset_index(drop=True)


def _stripped_text(values: pd.Series) -> pd.Series:
    """``values.fillna("").astype(str).str.strip()``, stripping each distinct text once (ids repeat a lot)."""
    codes, uniques = pd.factorize(values.fillna(""))
    if not all(type(u) is str for u in uniques):  # 1 and 1.0 are one key to factorize but two texts
        return values.fillna("").astype(str).str.strip()
    stripped = pd.Series(uniques, dtype=object).str.strip().to_numpy()
    return pd.Series(stripped[codes] if len(codes) else np.array([], dtype=object), index=values.index)


def _empty_fixes() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=float) for c in FIX_COLUMNS})
    frame["officer_id"] = frame["officer_id"].astype(object)
    frame["source"] = frame["source"].astype(object)
    frame["t_utc"] = pd.Series(dtype="datetime64[ns, UTC]")
    return frame


def import_tracks(
    paths: Sequence[PathLike],
    fmt: str = "auto",
    mapping: Optional[Dict[str, Optional[str]]] = None,
    tz: str = DEFAULT_TIMEZONE,
    id_lookup: Optional[Dict[str, str]] = None,
    pseudonymise: bool = False,
    key: Optional[bytes] = None,
    max_speed_kmh: float = DEFAULT_MAX_SPEED_KMH,
    max_accuracy_m: float = DEFAULT_MAX_ACCURACY_M,
    geographic: Optional[bool] = True,
    skip_broken: bool = False,
    now: Optional[datetime] = None,
    progress: ProgressCallback = None,
    date_order: str = "auto",
    area: Optional[AreaOfUse] = None,
    fallback_area: Optional[AreaOfUse] = None,
) -> TrackImport:
    """Read, convert and clean tracking exports into one table of fixes.

    ``paths``: files of the formats in ``FORMATS``; ``mapping``: role → column overrides (CSV and
    GeoJSON); ``tz``: zone of times without an offset; ``date_order``: how to read slashed dates
    (``DATE_ORDERS``); ``id_lookup``: radio id → collar number;
    ``pseudonymise``: replace ids with keyed pseudonyms (``key``, else a fresh random key);
    ``max_speed_kmh`` / ``max_accuracy_m``: 0 turns the check off; ``geographic``: coordinates are
    degrees (else metres; ``None``: decide from the values, see ``TrackImport.geographic``).
    ``area``: where the chosen CRS's coordinates make sense (:func:`check_file_coordinates`);
    ``fallback_area``: the same for EPSG:27700, used when ``geographic`` is None and the values
    turn out to be eastings/northings. None skips that check.
    A broken file raises :class:`HotspotInputError` naming file and line,
    unless ``skip_broken``: then it is listed in ``failed`` and the other files are kept.
    ``progress`` is told the share done, also while files are read, and may stop the run
    (:class:`Cancelled`). Returns a :class:`TrackImport`; fixes keep coordinates in the source CRS.
    """
    check_timezone(tz)
    if date_order not in DATE_ORDERS:
        raise HotspotInputError(f"Unknown date order '{date_order}': use one of {', '.join(DATE_ORDERS)}.")
    result = TrackImport(fixes=_empty_fixes())
    loaded = []
    share = 0.6 / max(len(paths), 1)  # of the progress, for each file: reading 70 %, times 30 %
    for n, path in enumerate(paths):
        report(progress, share * n)
        path = Path(path)
        label = f"file {n + 1} ({path.suffix.lstrip('.').lower() or 'text'})" if pseudonymise else path.name
        try:
            raw = read_fixes(path, fmt, mapping, progress=scaled(progress, share * n, share * (n + 0.7)))
            times = parse_times(
                raw.frame["time"],
                tz,
                raw.frame["officer"],
                date_order=date_order,
                lines=raw.frame["line"],
                source=path.name,
                progress=scaled(progress, share * (n + 0.7), share * (n + 1)),
            )
        except HotspotInputError as error:
            if not skip_broken:
                raise
            result.failed.append((path.name, str(error)))
            continue
        loaded.append((path, label, raw, times))

    declared = geographic
    if geographic is None and loaded:
        geographic = not coordinates_look_projected(
            np.concatenate([raw.frame["x"].to_numpy(dtype=float) for _, _, raw, _ in loaded]),
            np.concatenate([raw.frame["y"].to_numpy(dtype=float) for _, _, raw, _ in loaded]),
        )
    geographic = True if geographic is None else geographic
    result.geographic = geographic
    if declared is None and not geographic:
        area = fallback_area

    frames = []
    unreadable = 0
    for path, label, raw, times in loaded:
        try:
            outside = check_file_coordinates(raw, path.name, geographic, declared is None, area)
        except HotspotInputError as error:
            if not skip_broken:
                raise
            result.failed.append((path.name, str(error)))
            continue
        frame = raw.frame.copy()
        frame["t_utc"] = times.t_utc.array
        frame["source"] = label
        frame["_outside"] = outside
        frames.append(frame)
        unreadable += raw.n_unreadable
        result.n_ambiguous += times.n_ambiguous
        result.n_second_occurrence += times.n_second_occurrence
        result.n_nonexistent += times.n_nonexistent
        note = date_order_note(times.dates, label)
        if note:
            result.notes.append(note)
        if outside.any():
            result.notes.append(
                f"{label}: {int(outside.sum()):,} stray fix(es) lie outside "
                f"{area.description or 'the area of use of ' + area.crs} and were dropped, "
                f"the first at {_fix_place(raw.frame, int(np.flatnonzero(outside)[0]))}."
            )
        result.files.append((label, raw.format, len(frame)))
        result.mappings[label] = raw.mapping
        result.notes.extend(
            raw.notes
            if not pseudonymise
            else [m.replace(path.name, label) for m in raw.notes if "file name is" not in m]
        )
    result.dropped["unreadable"] = unreadable
    if not frames:
        return result
    fixes = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].reset_index(drop=True)
    result.n_read = len(fixes) + unreadable
    report(progress, 0.65)

    officer = _stripped_text(fixes["officer"])
    if id_lookup:
        normal = officer.map(id_text)
        mapped = normal.map(id_lookup)
        known = mapped.notna()
        present = officer != ""
        result.n_lookup_mapped_ids = int(normal[known].nunique())
        result.n_unmapped_ids = int(normal[~known & present].nunique())
        result.n_unmapped_fixes = int((~known & present).sum())
        officer = mapped.where(known, officer)
    fixes["officer_id"] = officer
    report(progress, 0.68)

    now = pd.Timestamp(now or datetime.now(timezone.utc))
    now = now.tz_localize("UTC") if now.tzinfo is None else now.tz_convert("UTC")
    keep = np.ones(len(fixes), dtype=bool)

    def drop(reason: str, mask) -> None:
        mask = np.asarray(mask, dtype=bool) & keep
        result.dropped[reason] += int(mask.sum())
        keep[mask] = False

    drop("no_officer", officer == "")
    t = fixes["t_utc"]
    drop("no_time", t.isna())
    drop("bad_time", t.notna() & ((t < pd.Timestamp("2000-01-01", tz="UTC")) | (t > now + pd.Timedelta(days=1))))
    report(progress, 0.71)
    x, y = fixes["x"].to_numpy(dtype=float), fixes["y"].to_numpy(dtype=float)
    bad = ~np.isfinite(x) | ~np.isfinite(y) | ((x == 0) & (y == 0))
    if geographic:
        with np.errstate(invalid="ignore"):
            bad |= (np.abs(x) > 180) | (np.abs(y) > 90)
    drop("bad_coordinates", bad)
    drop("outside_area", fixes["_outside"].to_numpy(dtype=bool))
    if max_accuracy_m and max_accuracy_m > 0:
        accuracy = fixes["accuracy_m"].to_numpy(dtype=float)
        with np.errstate(invalid="ignore"):
            drop("accuracy", accuracy > max_accuracy_m)
    report(progress, 0.74)
    if not keep.all():  # (a copy of every column for nothing when all are kept)
        fixes = fixes[keep]
    report(progress, 0.75)

    # sorted by officer, then time, then file order (a stable sort of officer codes in text order and times);
    # after it a duplicate (same device, same time) is a row equal to the one before it
    codes = pd.factorize(fixes["officer_id"], sort=True)[0]
    t_ns = pd.DatetimeIndex(fixes["t_utc"]).asi8
    order = np.lexsort((t_ns, codes))
    if (order[1:] > order[:-1]).all():  # already in that order (exports are often listed per device)
        fixes = _renumbered(fixes)
    else:
        fixes = fixes.take(order).reset_index(drop=True)
        codes, t_ns = codes[order], t_ns[order]
    report(progress, 0.8)
    duplicate = np.r_[False, (codes[1:] == codes[:-1]) & (t_ns[1:] == t_ns[:-1])]
    result.dropped["duplicate"] += int(duplicate.sum())
    if duplicate.any():
        fixes = fixes[~duplicate].reset_index(drop=True)
        codes = codes[~duplicate]
    report(progress, 0.85)
    if len(fixes):
        seconds = utc_seconds(fixes["t_utc"])
        jumps = jump_mask(
            codes,
            seconds,
            fixes["x"].to_numpy(dtype=float),
            fixes["y"].to_numpy(dtype=float),
            max_speed_kmh,
            geographic,
            progress=scaled(progress, 0.85, 0.95),
        )
        result.dropped["jump"] += int(jumps.sum())
        if jumps.any():
            fixes = fixes[~jumps].reset_index(drop=True)
    report(progress, 0.95)

    result.intervals = ping_intervals(fixes)
    report(progress, 0.98)
    if pseudonymise:
        fixes["officer_id"] = pseudonymise_ids(fixes["officer_id"], key or new_pseudonym_key())
    result.fixes = fixes[FIX_COLUMNS]  # a new frame; its index is 0..n-1 already
    result.dropped = Counter({k: v for k, v in result.dropped.items() if v})
    report(progress, 1.0)
    return result
