"""Benchmark: how long an officer-track import can go without checking for cancel, in one run.

Writes a synthetic app-GPS CSV (default 1,000,000 fixes: 100 officers, day-first local times,
lat/lon around Oxford) and imports it with ``hotspot_plugin.core.tracks.importer.import_tracks``, recording
when the progress callback is asked (each call is a chance to stop). Reports the longest stretch
between two calls. The baseline, from the same run, is the longest stretch between the calls the
import made before cancel was checked while reading (at 0, 65, 75, 85, 95 and 100 % only, so the
whole file was read and its times parsed before the first chance to stop). No QGIS needed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hotspot_plugin.core.tracks.importer import import_tracks  # noqa: E402

#: The progress fractions at which import_tracks checked for cancel before reading was covered.
OLD_CHECKS = (0.0, 0.65, 0.75, 0.85, 0.95, 1.0)


def write_export(path: Path, n: int, seed: int = 11) -> None:
    rng = np.random.default_rng(seed)
    t = pd.Timestamp("2026-07-14 06:00") + pd.to_timedelta(np.arange(n) // 100 * 5, unit="s")
    walk = np.cumsum(rng.normal(0, 0.00002, size=(n, 2)), axis=0)
    frame = pd.DataFrame(
        {
            "officer_id": [f"PC{i % 100}" for i in range(n)],
            "timestamp": t.strftime("%d/%m/%Y %H:%M:%S"),
            "lat": 51.75 + walk[:, 0],
            "lon": -1.25 + walk[:, 1],
        }
    )
    frame.to_csv(path, index=False, float_format="%.6f")


def longest_gap(calls, keep=None) -> float:
    times = [t for t, fraction in calls if keep is None or fraction in keep]
    return max(b - a for a, b in zip(times, times[1:]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixes", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.csv"
        write_export(path, args.fixes)
        calls = []
        start = time.perf_counter()

        def progress(fraction: float) -> bool:
            calls.append((time.perf_counter() - start, round(fraction, 6)))
            return True

        result = import_tracks([path], progress=progress)
    total = calls[-1][0]
    now, before = longest_gap(calls), longest_gap(calls, OLD_CHECKS)
    print(f"{result.n_read:,} fixes read, {len(result.fixes):,} kept in {total:.2f} s; {len(calls)} cancel checks")
    print(f"longest stretch without a cancel check: {now:.2f} s ({100 * now / total:.0f} % of the import)")
    print(f"with the checks made before (same run): {before:.2f} s ({100 * before / total:.0f} %)")
    print(f"ratio: {before / now:.1f}x shorter")


if __name__ == "__main__":
    main()
