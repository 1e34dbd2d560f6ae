"""Seeded fixes, fences and taskings for the Dask tests: several policing days, segments across the day
start, long gaps (no data), speeds with unknowns, rectangles and a general polygon."""

from __future__ import annotations

import numpy as np
from shapely.geometry import Polygon, box

T0 = 1783411200 - 6 * 3600  # 2026-07-07 02:00 UTC, before the 06:00 BST day start
FENCE_IDS = ["A", "B", "C"]


def fences():
    return [box(100, 100, 250, 250), box(300, 50, 450, 200), Polygon([(50, 300), (300, 350), (200, 550), (60, 500)])]


def case(n_officers: int = 8, n_fixes: int = 6000, seed: int = 18):
    """(officer ids, UTC seconds, x, y, speed km/h), shuffled (the writer and the core both sort)."""
    rng = np.random.default_rng(seed)
    off = np.repeat(np.arange(n_officers), n_fixes)
    dt = rng.choice([5, 5, 5, 10, 30, 200], size=(n_officers, n_fixes))
    t = T0 + np.cumsum(dt, axis=1).ravel() + np.repeat(rng.uniform(0, 3600, n_officers).round(3), n_fixes)
    x = (np.cumsum(rng.normal(0, 6, (n_officers, n_fixes)), axis=1) % 600).ravel()
    y = (np.cumsum(rng.normal(0, 6, (n_officers, n_fixes)), axis=1) % 600).ravel()
    speed = rng.uniform(0, 20, off.size)
    speed[rng.random(off.size) < 0.3] = np.nan
    ids = np.array([f"PC{i:03d}" for i in off], dtype=object)
    ids[rng.random(off.size) < 0.001] = None  # no officer: dropped and counted
    x[rng.random(off.size) < 0.001] = np.nan
    perm = rng.permutation(off.size)
    return ids[perm], t[perm], x[perm], y[perm], speed[perm]


def taskings():
    """Treated windows on the first days, some over the policing day start, one at an unknown fence."""
    rows = []
    for day, (start, end) in enumerate(
        [
            ("2026-07-07T05:30:00", "2026-07-07T07:30:00"),
            ("2026-07-07T12:00:00", "2026-07-07T12:15:00"),
            ("2026-07-08T05:00:00", "2026-07-08T09:00:00"),
        ]
    ):
        for fence in FENCE_IDS + ["Z"]:
            rows.append(
                {
                    "task_id": f"T{day}{fence}",
                    "fence_id": fence,
                    "date": start[:10],
                    "window_start": start,
                    "window_end": end,
                    "minutes": 15,
                    "arm": "treatment",
                }
            )
    return rows
