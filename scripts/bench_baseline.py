"""Benchmark: this checkout's dwell and track import against a baseline commit, in one run.

For a refactor that must not be slower (issue 12's redesign): the baseline's ``hotspot_plugin`` is
exported from git (``--baseline``, default ``main``) into a temporary folder, and each workload runs
in a fresh interpreter for the baseline and for this checkout in turn, ``--repeat`` times each,
alternating so both see the same machine load. Reports the median of each and the ratio
(baseline ÷ this checkout: above 1 is faster now). No QGIS needed; runs in ``.venv``.

Workloads: ``dwell`` — ``compute_dwell`` (interpolated) on the seeded random walks of
``bench_dwell.py`` (``--officers`` × ``--fixes``, 500 fences); ``tracks`` — ``import_tracks`` of the
synthetic day-first CSV of ``bench_track_cancel.py`` (``--track-fixes`` fixes).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = REPO / "scripts"

CHILD = r"""
import sys, time
tree, workload, a, b, csv_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
sys.path.insert(0, tree)
sys.path.insert(1, {scripts!r})
if workload == "dwell":
    from hotspot_plugin.core.dwell import compute_dwell
    import bench_dwell
    officer, t, x, y, speed, fx, fy = bench_dwell.make_case(a, b, 500)
    from shapely.geometry import box
    fences = [box(p, q, p + bench_dwell.FENCE_M, q + bench_dwell.FENCE_M) for p, q in zip(fx, fy)]
    start = time.perf_counter()
    result = compute_dwell(officer, t, x, y, fences, speed_kmh=speed, max_gap_s=150.0, min_visit_s=60.0)
    elapsed = time.perf_counter() - start
    check = float(result.fences.officer_min.sum())
else:
    try:
        from hotspot_plugin.core.tracks.importer import import_tracks
    except ImportError:  # before issue 12 the import lived in one module
        from hotspot_plugin.core.tracks import import_tracks
    start = time.perf_counter()
    result = import_tracks([csv_path])
    elapsed = time.perf_counter() - start
    check = float(len(result.fixes))
assert sys.modules["hotspot_plugin"].__file__.startswith(tree), sys.modules["hotspot_plugin"].__file__
print(elapsed, check)
"""


def export_baseline(ref: str, folder: Path) -> Path:
    """``hotspot_plugin`` of ``ref`` (a commit or branch) unpacked into ``folder``."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", ref, "hotspot_plugin"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder)
    return folder


def run(tree: Path, workload: str, a: int, b: int, csv_path: Path):
    code = CHILD.replace("{scripts!r}", repr(str(SCRIPTS)))
    out = subprocess.run(
        [sys.executable, "-c", code, str(tree), workload, str(a), str(b), str(csv_path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="main", help="git commit or branch to compare with (default main)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--officers", type=int, default=400)
    parser.add_argument("--fixes", type=int, default=5000, help="fixes per officer for the dwell workload")
    parser.add_argument("--track-fixes", type=int, default=500_000)
    parser.add_argument("--workloads", default="dwell,tracks")
    args = parser.parse_args()
    sys.path.insert(0, str(SCRIPTS))
    sys.path.insert(0, str(REPO))
    from bench_track_cancel import write_export

    with tempfile.TemporaryDirectory() as folder:
        base = export_baseline(args.baseline, Path(folder) / "baseline")
        csv_path = Path(folder) / "export.csv"
        write_export(csv_path, args.track_fixes)
        trees = {"baseline": base, "current": REPO}
        for workload in args.workloads.split(","):
            a, b = (args.officers, args.fixes) if workload == "dwell" else (args.track_fixes, 0)
            times = {"baseline": [], "current": []}
            checks = {}
            for _ in range(args.repeat):
                for name, tree in trees.items():
                    elapsed, check = run(tree, workload, a, b, csv_path)
                    times[name].append(elapsed)
                    checks[name] = check
            size = f"{a * b:,} fixes" if workload == "dwell" else f"{a:,} fixes"
            medians = {name: statistics.median(values) for name, values in times.items()}
            ratio = medians["baseline"] / medians["current"]
            print(
                f"{workload} ({size}): baseline {args.baseline} {medians['baseline']:.2f} s, this checkout "
                f"{medians['current']:.2f} s (medians of {args.repeat}); ratio {ratio:.2f}; "
                f"same answer: {checks['baseline'] == checks['current']} ({checks['current']:,.3f})",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
