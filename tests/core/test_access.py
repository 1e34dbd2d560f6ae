"""The access model's parsing and the refusal messages, without a database (the rules are tested
against the real PostGIS in tests/qgis/test_geofence_access.py)."""

import pytest

from hotspot_plugin.core.access import (
    AccessRoles,
    AccessSetup,
    check_prefix,
    explain_refusal,
    parse_assignments,
    parse_logins,
)
from hotspot_plugin.core.errors import HotspotInputError


def test_role_names_follow_the_prefix():
    roles = AccessRoles("tvp_hotspot")
    assert roles.all == ("tvp_hotspot_analyst", "tvp_hotspot_planner", "tvp_hotspot_viewer")
    assert check_prefix('  Evil"; DROP ROLE x; --  ') == 'Evil"; DROP ROLE x; --'  # quoted, never refused
    for bad in ("", "   ", "x" * 56):
        with pytest.raises(HotspotInputError):
            check_prefix(bad)
    assert check_prefix("x" * 55) == "x" * 55  # + "_analyst" = 63 bytes, PostgreSQL's limit
    assert AccessSetup("planning", "hs").restricted == "planning_restricted"
    assert AccessSetup("planning", "hs", restricted_schema="private").restricted == "private"


def test_lists_of_logins_and_assignments():
    assert parse_logins(" alice, bob;carol\n\n dave ") == ["alice", "bob", "carol", "dave"]
    assert parse_logins("") == []
    assert parse_assignments("alice: N1, N2; bob: S1\ncarol:E") == [
        ("alice", "N1"),
        ("alice", "N2"),
        ("bob", "S1"),
        ("carol", "E"),
    ]
    for bad in ("alice N1", "alice:", ": N1"):
        with pytest.raises(HotspotInputError, match="alice: N1"):
            parse_assignments(bad)


def test_refusals_are_recognised_from_the_database_messages():
    district = [
        "ERROR: 1 geometries not changed.",
        "PostGIS error while changing geometry values: ERROR:  Outside your districts: fence 12 does not lie "
        "inside the districts assigned to you (N), so the database refused this update.\n"
        "DETAIL:  Rule: planners insert, change and delete only fences inside the districts assigned to them.\n"
        "HINT:  Your change is still in your edit buffer. Ask GIS team, ext. 4321 to assign you the district, "
        "or ask an analyst to make this change.",
    ]
    refusal = explain_refusal(district)
    assert (refusal.kind, refusal.fence_ids, refusal.ask) == ("district", [12], "GIS team, ext. 4321")
    denied = explain_refusal(["PostGIS error: ERROR:  permission denied for table geofences"])
    assert (denied.kind, denied.table) == ("permission", "geofences")
    schema = explain_refusal(["ERROR:  permission denied for schema planning\nLINE 1: UPDATE"])
    assert (schema.kind, schema.table) == ("permission", "planning")
    assert explain_refusal(['ERROR:  new row violates row-level security policy for table "geofences"']).kind == (
        "row_security"
    )
    no_base = explain_refusal(
        ["ERROR:  Fence 3 was not saved: the change does not say which version of the fence it is based on, so"]
    )
    assert (no_base.kind, no_base.fence_ids) == ("no_base", [3])
    assert explain_refusal(["ERROR:  Edit conflict on fence 3: alice changed it"]) is None
    assert explain_refusal(["SUCCESS: 1 feature(s) added."]) is None
