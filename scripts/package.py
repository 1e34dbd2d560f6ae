"""Build the plugin zip that QGIS's "Install from ZIP" accepts, from a clean tree.

Only files under version control are packed (no __pycache__, no local outputs), laid out as QGIS
expects: one top folder ``hotspot_plugin/`` holding the package, ``metadata.txt``, ``resources/``,
compiled translations (``i18n/*.qm``), README and LICENSE.

    python scripts/package.py --output dist
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLUGIN = "hotspot_plugin"


def tracked_files() -> list:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, check=True, capture_output=True).stdout
        files = [REPO / name for name in out.decode().split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        files = [p for p in REPO.rglob("*") if p.is_file()]
    return [p for p in files if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]


def archive_name(path: Path):
    """Where a repository file goes in the zip, or None if it is not part of the plugin."""
    rel = path.relative_to(REPO)
    top = rel.parts[0]
    if top == PLUGIN:
        return rel.as_posix()
    if top == "resources" and rel.parts[1:2] != ("police_uk",):  # demo-only real data stays out
        return f"{PLUGIN}/{rel.as_posix()}"
    if top == "i18n" and rel.suffix == ".qm":
        return f"{PLUGIN}/{rel.as_posix()}"
    if rel.as_posix() in ("metadata.txt", "LICENSE", "README.md", "CHANGELOG.md"):
        return f"{PLUGIN}/{rel.name}"
    return None


def version() -> str:
    for line in (REPO / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise SystemExit("metadata.txt has no version")


def build(output: Path) -> Path:
    output.mkdir(parents=True, exist_ok=True)
    target = output / f"{PLUGIN}-{version()}.zip"
    entries = sorted((name, path) for path in tracked_files() if (name := archive_name(path)))
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, path in entries:
            archive.write(path, name)
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "dist")
    args = parser.parse_args(argv)
    target = build(args.output)
    with zipfile.ZipFile(target) as archive:
        count = len(archive.namelist())
    print(f"{target} ({count} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
