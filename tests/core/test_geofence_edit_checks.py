"""The geofence checks on hand-made bad fences (each problem found) and good ones (nothing found)."""

import pytest
from shapely.geometry import Polygon, box

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.geofence_checks import (
    INVALID,
    NO_GEOMETRY,
    NO_HOT_CELL,
    OVERLAP,
    TOO_LARGE,
    TOO_SMALL,
    FenceShape,
    check_fences,
    summarise,
)
from hotspot_plugin.core.geofence_schema import (
    check_identifier,
    check_name,
    gpkg_blob_to_wkb,
    gpkg_history_sql,
    overwritten_changes,
)

HOT_CELLS = [box(0, 0, 100, 100), box(100, 0, 200, 100), box(1000, 1000, 1100, 1100)]
LIMITS = dict(min_area_m2=1000.0, max_area_m2=50000.0)


def good_fences():
    """Live fences on hot cells that share only an edge, a draft beside them, a retired one overlapping."""
    return [
        FenceShape(1, box(0, 0, 100, 100), "live"),
        FenceShape(2, box(100, 0, 200, 100), "live"),  # touches fence 1 along x = 100: not an overlap
        FenceShape(3, box(1000, 1000, 1100, 1100), "draft"),
        FenceShape(4, box(50, 0, 150, 100), "retired"),  # overlaps both, but retired fences are history
    ]


def test_good_fences_have_no_problems():
    assert check_fences(good_fences(), hot_cells=HOT_CELLS, **LIMITS) == []
    assert summarise([]) == "No problems found."


def test_bow_tie_is_invalid_with_its_place():
    bow_tie = Polygon([(0, 0), (100, 100), (100, 0), (0, 100), (0, 0)])
    problems = check_fences([FenceShape(7, bow_tie, "draft")])
    assert [(p.fence_id, p.problem) for p in problems] == [(7, INVALID)]
    assert "Self-intersection" in problems[0].detail and "50 50" in problems[0].detail


def test_missing_geometry_is_reported():
    problems = check_fences([FenceShape(8, None, "draft")])
    assert [(p.fence_id, p.problem) for p in problems] == [(8, NO_GEOMETRY)]


def test_overlap_with_live_fence_reported_on_each_live_fence():
    fences = [FenceShape(1, box(0, 0, 100, 100), "live"), FenceShape(2, box(50, 0, 150, 100), "live")]
    problems = check_fences(fences)
    assert sorted((p.fence_id, p.problem) for p in problems) == [(1, OVERLAP), (2, OVERLAP)]
    assert "5,000 m²" in problems[0].detail
    assert problems[0].geometry.area == pytest.approx(5000.0)
    assert check_fences(fences, allow_overlap=True) == []


def test_draft_overlapping_live_is_reported_but_two_drafts_are_not():
    live_and_draft = [FenceShape(1, box(0, 0, 100, 100), "live"), FenceShape(2, box(50, 0, 150, 100), "draft")]
    problems = check_fences(live_and_draft)
    assert [(p.fence_id, p.problem) for p in problems] == [(2, OVERLAP)]
    assert "live fence 1" in problems[0].detail
    two_drafts = [FenceShape(1, box(0, 0, 100, 100), "draft"), FenceShape(2, box(50, 0, 150, 100), "draft")]
    assert check_fences(two_drafts) == []


def test_area_outside_range():
    fences = [FenceShape(1, box(0, 0, 10, 10), "live"), FenceShape(2, box(0, 1000, 500, 1500), "live")]
    problems = check_fences(fences, **LIMITS)
    assert [(p.fence_id, p.problem) for p in problems] == [(1, TOO_SMALL), (2, TOO_LARGE)]
    assert "100 m² is below the minimum of 1,000 m²" in problems[0].detail
    assert check_fences(fences, min_area_m2=0, max_area_m2=0) == []


def test_fence_covering_no_hot_cell():
    fences = [
        FenceShape(1, box(0, 0, 100, 100), "live"),
        FenceShape(2, box(500, 500, 600, 600), "live"),  # far from every hot cell
        FenceShape(3, box(200, 0, 300, 100), "live"),  # only touches the hot cell at x = 200
    ]
    problems = check_fences(fences, hot_cells=HOT_CELLS)
    assert [(p.fence_id, p.problem) for p in problems] == [(2, NO_HOT_CELL), (3, NO_HOT_CELL)]
    assert check_fences(fences, hot_cells=None) == []


def test_every_problem_at_once_and_summary():
    bow_tie = Polygon([(0, 0), (100, 100), (100, 0), (0, 100), (0, 0)])
    fences = [
        FenceShape(1, box(0, 0, 100, 100), "live"),
        FenceShape(2, box(50, 50, 150, 150), "live"),
        FenceShape(3, bow_tie, "draft"),
        FenceShape(4, box(3000, 3000, 3005, 3005), "draft"),
        FenceShape(5, None, "draft"),
    ]
    problems = check_fences(fences, hot_cells=HOT_CELLS, **LIMITS)
    found = {p.problem for p in problems}
    assert found == {INVALID, NO_GEOMETRY, OVERLAP, TOO_SMALL, NO_HOT_CELL}
    assert "problem(s) on" in summarise(problems)


def test_names_and_sql():
    assert check_name("geofences_2026") == "geofences_2026"
    for bad in ("Geofences", "1fences", "fences; drop table x", ""):
        with pytest.raises(HotspotInputError):
            check_name(bad)
    assert len(gpkg_history_sql("geofences")) == 9
    # PostGIS names are quoted by psycopg2, so any characters do; only PostgreSQL's 63 bytes are a limit.
    assert check_identifier('we"ird; DROP TABLE x; --', "Schema") == 'we"ird; DROP TABLE x; --'
    assert check_identifier("x" * 50, "Table", "_fence_id_seq") == "x" * 50
    for bad, suffix in (("", ""), ("a\x00b", ""), ("x" * 51, "_fence_id_seq"), ("é" * 32, "")):
        with pytest.raises(HotspotInputError):
            check_identifier(bad, "Table", suffix)


def _row(history_id, fence_id, action, version, based_on=None):
    return {
        "history_id": history_id,
        "fence_id": fence_id,
        "action": action,
        "version": version,
        "based_on_version": based_on,
    }


def test_overwritten_changes_are_found_from_versions():
    rows = [
        _row(1, 7, "insert", 1),
        _row(2, 7, "update", 2, 1),  # planner A builds on version 1
        _row(3, 8, "insert", 1),
        _row(4, 7, "update", 3, 2),
        _row(5, 7, "update", 4, 1),  # planner B kept their version (based on 1): replaced 2 and 3
        _row(6, 8, "update", 2, 1),
        _row(7, 8, "update", 3, None),  # a deliberate overwrite that did not say its base: replaced 2
        _row(8, 7, "update", 5, 4),
    ]
    assert overwritten_changes(rows) == {2: 5, 4: 5, 6: 7}
    # Histories without versions (GeoPackage, older tables) are never flagged.
    assert overwritten_changes([dict(r, version=None, based_on_version=None) for r in rows]) == {}


def test_gpkg_blob_decoding():
    from shapely import wkb

    polygon = box(0, 0, 1, 1)
    raw = wkb.dumps(polygon)
    # GP, version 0, flags: little endian (1) with an xy envelope (1 << 1), srs_id 27700, 4 doubles.
    import struct

    header = b"GP" + bytes([0, 0b00000011]) + struct.pack("<i", 27700) + struct.pack("<4d", 0, 1, 0, 1)
    assert gpkg_blob_to_wkb(header + raw) == raw
    assert gpkg_blob_to_wkb(None) is None
    with pytest.raises(HotspotInputError):
        gpkg_blob_to_wkb(b"XX\x00\x00\x00\x00\x00\x00")
