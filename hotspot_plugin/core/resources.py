"""Where shipped files (styles, icons, tables, metadata) live.

In the repository they sit beside the package (``resources/``, ``metadata.txt``); in an installed
plugin ``make package`` puts them inside the plugin folder. Both layouts are searched.
"""

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path('styles', 'hotspots.qml')``."""
    return _first_existing(
        _PACKAGE_DIR.joinpath("resources", *parts),
        _PACKAGE_DIR.parent.joinpath("resources", *parts),
    )


def metadata_path() -> Path:
    """Path of ``metadata.txt`` (the one place the version lives)."""
    return _first_existing(_PACKAGE_DIR / "metadata.txt", _PACKAGE_DIR.parent / "metadata.txt")


def plugin_version() -> str:
    """The ``version`` field of metadata.txt."""
    for line in metadata_path().read_text(encoding="utf-8").splitlines():
        if line.strip().lower().startswith("version="):
            return line.split("=", 1)[1].strip()
    return "unknown"
