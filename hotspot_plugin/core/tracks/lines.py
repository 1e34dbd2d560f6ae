"""Track lines: one line per officer per policing day, split where fixes are far apart in time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List

import numpy as np
import pandas as pd

from ..timeutil import DEFAULT_DAY_START, DEFAULT_TIMEZONE, policing_day, utc_seconds

#: Track lines are split where consecutive fixes are further apart than this (seconds).
TRACK_SPLIT_GAP_S = 900.0


@dataclass
class TrackLine:
    """One officer's track on one policing day: parts split at gaps longer than ``TRACK_SPLIT_GAP_S``."""

    officer_id: str
    day: object  #: datetime.date
    start_utc: pd.Timestamp
    end_utc: pd.Timestamp
    n_fixes: int
    parts: List[np.ndarray]  #: each an (n, 2) array of x, y with n ≥ 2


def track_lines(
    fixes: pd.DataFrame,
    x: np.ndarray,
    y: np.ndarray,
    day_start: str = DEFAULT_DAY_START,
    tz: str = DEFAULT_TIMEZONE,
    split_gap_s: float = TRACK_SPLIT_GAP_S,
) -> List[TrackLine]:
    """Track lines per officer per policing day from fixes sorted by officer then time.

    ``x``, ``y``: coordinates to draw (e.g. reprojected), aligned with ``fixes``. Days with fewer
    than two fixes, and parts of a single fix, draw nothing.
    """
    if fixes.empty:
        return []
    days = policing_day(fixes["t_utc"], day_start, tz).to_numpy()
    officers = fixes["officer_id"].to_numpy()
    seconds = utc_seconds(fixes["t_utc"])
    keys = pd.factorize(pd.Series(list(zip(officers, days))))[0]
    boundaries = np.flatnonzero(np.diff(keys) != 0) + 1
    lines = []
    for rows in np.split(np.arange(len(fixes)), boundaries):
        if len(rows) < 2:
            continue
        breaks = np.flatnonzero(np.diff(seconds[rows]) > split_gap_s) + 1
        parts = [np.column_stack([x[p], y[p]]) for p in np.split(rows, breaks) if len(p) >= 2]
        if not parts:
            continue
        lines.append(
            TrackLine(
                str(officers[rows[0]]),
                days[rows[0]],
                fixes["t_utc"].iloc[rows[0]],
                fixes["t_utc"].iloc[rows[-1]],
                int(len(rows)),
                parts,
            )
        )
    return lines
