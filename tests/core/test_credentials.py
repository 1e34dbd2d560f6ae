"""Passwords never reach what the plugin writes: every form a PostgreSQL connection arrives in."""

import pytest

from hotspot_plugin.core.credentials import MASK, has_password, redact, redact_value

SECRET = "s3cr3t-Pa55"


@pytest.mark.parametrize(
    "text",
    [
        f"dbname='police' host=db.force.local port=5432 user='planner' password='{SECRET}' sslmode=require",
        f"dbname=police user=planner password={SECRET} host=db",
        f"dbname='police' user='o''brien' password='it''s{SECRET}' table=\"public\".\"geofences\" (geom)",
        f"dbname='police' password='a\\'b{SECRET}' host=x",
        f"postgresql://planner:{SECRET}@db.force.local:5432/police",
        f"postgres://planner:{SECRET}@db/police?sslmode=require",
        f'postgis:dbname=\'police\' password="{SECRET}" table="s"."t" (geom)',
        f"postgresql://db/police?user=planner&password={SECRET}&sslmode=require",
        f"sslpassword='{SECRET}' dbname=police",
        f"PGPASSWORD={SECRET} psql",
        f"Could not connect: dbname='x' PASSWORD = '{SECRET}'",
    ],
)
def test_every_form_of_password_is_removed(text):
    cleaned = redact(text)
    assert SECRET not in cleaned
    assert MASK in cleaned
    assert has_password(text) and not has_password(cleaned)


def test_everything_else_is_kept():
    text = "dbname='police' host=db.force.local port=5432 user='planner' authcfg=ab12cd3 table=\"s\".\"geofences\""
    assert redact(text) == text
    assert not has_password(text)
    cleaned = redact(f"dbname='police' host=db user='planner' password='{SECRET}' key='fence_id'")
    assert cleaned == f"dbname='police' host=db user='planner' password='{MASK}' key='fence_id'"
    assert redact(f"postgresql://planner:{SECRET}@db/police") == f"postgresql://planner:{MASK}@db/police"
    assert redact(None) == ""


def test_nested_values():
    value = {"DATABASE": f"password={SECRET} dbname=x", "TABLE": "geofences", "N": 3, "L": [f"password={SECRET}"]}
    cleaned = redact_value(value)
    assert SECRET not in repr(cleaned) and cleaned["TABLE"] == "geofences" and cleaned["N"] == 3
