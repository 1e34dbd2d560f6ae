"""Write the demo data set for the invented town of Hollowford into resources/demo/.

Usage: python scripts/make_demo_data.py [--seed N] [--output DIR]

The generator is ``scripts/demo_data/hollowford.py``. The same seed gives byte-identical files. The
shipped files are made with the default seed; "Load demo" in the plugin and the README's demo use
them, and neither needs the generator.
"""

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts" / "demo_data"))

from hollowford import DEFAULT_SEED, digest, write_demo_data  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--output", default=str(REPO / "resources" / "demo"), help="output folder")
    args = parser.parse_args(argv)
    paths = write_demo_data(args.output, args.seed)
    total = 0
    for path in paths.values():
        size = path.stat().st_size
        total += size
        print(f"{path.name:24s} {size / 1024:8.1f} KiB")
    print(f"{'total':24s} {total / 1024:8.1f} KiB   seed {args.seed}   sha256 {digest(list(paths.values()))[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
