"""Files written beside their target and moved into place only when complete."""

import os

import pytest

from hotspot_plugin.core.atomic_files import (
    atomic_path,
    move_into_place,
    partial_dir,
    sidecars,
    write_bytes_atomic,
    write_text_atomic,
)
from hotspot_plugin.core.errors import HotspotInputError


def test_atomic_path_replaces_only_on_success(tmp_path):
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as partial:
            assert partial.parent.parent == tmp_path and partial.name == "briefing.pdf"
            partial.write_bytes(b"half")
            raise RuntimeError("layout failed")
    assert target.read_bytes() == b"old"
    with atomic_path(target) as partial:
        partial.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # the old file stays until the new one is complete
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf"]


def test_nothing_written_is_an_error(tmp_path):
    with pytest.raises(OSError, match="Nothing was written"):
        with atomic_path(tmp_path / "x.ics"):
            pass
    assert list(tmp_path.iterdir()) == []


def test_write_text_and_bytes(tmp_path):
    assert write_text_atomic(tmp_path / "a.geojson", "{}").read_text() == "{}"
    assert write_bytes_atomic(tmp_path / "a.ics", b"BEGIN").read_bytes() == b"BEGIN"


def test_missing_and_read_only_folders_are_errors(tmp_path, readonly_dir):
    with pytest.raises(HotspotInputError, match="does not exist"):
        partial_dir(tmp_path / "nowhere" / "x.gpkg")
    with pytest.raises(HotspotInputError, match=f"Cannot write in the folder {readonly_dir}"):
        write_text_atomic(readonly_dir / "x.gpx", "<gpx/>")
    assert list(readonly_dir.iterdir()) == []


def test_a_shapefile_is_replaced_with_all_its_parts(tmp_path):
    for suffix in (".shp", ".shx", ".dbf", ".prj", ".qix", ".qml"):
        (tmp_path / f"cells{suffix}").write_bytes(b"old")
    folder = partial_dir(tmp_path / "cells.shp")
    for suffix in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
        (folder / f"cells{suffix}").write_bytes(b"new")
    move_into_place(folder, tmp_path / "cells.shp")
    os.rmdir(folder)
    names = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    # the stale spatial index of the old file is gone; the user's own style sidecar is kept
    assert names == {f"cells{s}": b"new" for s in (".shp", ".shx", ".dbf", ".prj", ".cpg")} | {"cells.qml": b"old"}
    assert {p.name for p in sidecars(tmp_path / "cells.shp")} == {f"cells{s}" for s in (".shx", ".dbf", ".prj", ".cpg")}
