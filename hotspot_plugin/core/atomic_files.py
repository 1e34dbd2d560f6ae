"""Files that appear whole or not at all: written beside their target, then moved into place.

A partial file is written in a hidden folder next to the target (``.<name>.<random>.partial``), on
the same file system, so the final move is a rename: a reader sees the old file or the new one,
never half of one. When anything fails, the hidden folder is removed and the target is untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Union

from .errors import HotspotInputError

PARTIAL_SUFFIX = ".partial"

#: Files that belong to one shapefile (or MapInfo table): replaced together.
SIDECAR_SUFFIXES = {
    ".shp": (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx"),
    ".tab": (".tab", ".dat", ".map", ".id", ".ind"),
}
#: Files SQLite keeps beside a database while it is open or after a crash.
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def partial_dir(target: Union[str, Path]) -> Path:
    """Create the hidden folder beside ``target`` that its new version is written in.

    Raises :class:`HotspotInputError` naming the folder when it is missing or cannot be written to
    (a read-only folder, no permission), before anything is written.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise HotspotInputError(
            f"The folder {folder} does not exist. Create it or choose another folder for {target.name}."
        )
    try:
        return Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=str(folder)))
    except OSError as error:
        raise HotspotInputError(
            f"Cannot write in the folder {folder} ({error.strerror or error}). Choose a folder you can write to."
        ) from None


def remove_partial(folder: Union[str, Path, None]) -> None:
    """Remove a partial folder and everything in it (no error if it is already gone)."""
    if folder is not None:
        shutil.rmtree(str(folder), ignore_errors=True)


def sidecars(path: Union[str, Path]) -> List[Path]:
    """The files that exist beside ``path`` and belong to it (shapefile parts, SQLite journals)."""
    path = Path(path)
    found = []
    for suffix in SIDECAR_SUFFIXES.get(path.suffix.lower(), ()):
        for candidate in (path.with_suffix(suffix), path.with_suffix(suffix.upper())):
            if candidate != path and candidate.exists() and candidate not in found:
                found.append(candidate)
    for suffix in SQLITE_SIDECARS:
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            found.append(candidate)
    return found


def move_into_place(folder: Union[str, Path], target: Union[str, Path]) -> List[Path]:
    """Move every file of the partial ``folder`` beside ``target`` (replacing files of the same name).

    Stale parts of the old target that the new version does not have (e.g. an old ``.qix`` index of
    a shapefile) are removed, so the old and new parts never mix. Returns the files now in place.
    """
    folder, target = Path(folder), Path(target)
    entries = sorted(folder.iterdir())
    new_names = {entry.name for entry in entries}
    for stale in sidecars(target):
        if stale.name not in new_names and not stale.name.endswith(SQLITE_SIDECARS):
            stale.unlink()
    placed = []
    for entry in entries:
        destination = target.parent / entry.name
        os.replace(str(entry), str(destination))
        placed.append(destination)
    return placed


@contextmanager
def atomic_path(target: Union[str, Path]) -> Iterator[Path]:
    """A path to write the new ``target`` at; it replaces ``target`` only if the block completes.

    >>> with atomic_path("report.pdf") as partial:   # doctest: +SKIP
    ...     write_pdf(partial)
    """
    target = Path(target)
    folder = partial_dir(target)
    try:
        partial = folder / target.name
        yield partial
        if not partial.exists():
            raise OSError(f"Nothing was written to {target}.")
        os.replace(str(partial), str(target))
    finally:
        remove_partial(folder)


def write_bytes_atomic(target: Union[str, Path], data: bytes) -> Path:
    """Write ``data`` to ``target`` as a whole: the old file stays until the new one is complete."""
    with atomic_path(target) as partial:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    return Path(target)


def write_text_atomic(target: Union[str, Path], text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``target`` as a whole (see :func:`write_bytes_atomic`)."""
    return write_bytes_atomic(target, text.encode(encoding))
