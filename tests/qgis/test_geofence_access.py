# ruff: noqa: F811 - the PostGIS fixtures are imported from tests/qgis/postgis_db.py and access_db.py
"""Who may see and change what (issue 13), enforced by PostgreSQL for people logged in as themselves.

An analyst, two planners with a district each and a viewer log in with their own roles (psycopg2 and
plain QgsVectorLayers, no plugin watching unless a test says so); ``hotspot:setupaccess`` made the
roles, districts and row-level security.
"""

import psycopg2
import pytest
from psycopg2 import sql
from qgis.core import QgsProcessingException, QgsVectorDataProvider

from hotspot_plugin.qgis_io.geofence_store import read_history
from tests.qgis.access_db import CONTACT, access_db  # noqa: F401 - fixture
from tests.qgis.geofence_helpers import add_fence, fence_by_name, guard, same_shape, square, unstarted_guard  # noqa: F401
from tests.qgis.postgis_db import pg_admin, pg_logins, postgis_server, qgis_auth  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgis

IN_N, IN_S = square(100, 100, 200), square(100, -500, 200)


def make_fences(run_alg, access_db, table="geofences"):
    """alice (analyst) creates the geofence layer with a live fence in N, one in S and a draft in N."""
    connection = access_db.save_connection("alice")
    result = run_alg("creategeofencelayer", {"DATABASE": connection, "SCHEMA": access_db.schema, "TABLE": table})
    layer = access_db.layer("alice", table)
    assert layer.isValid(), result
    assert layer.startEditing()
    add_fence(layer, IN_N, name="north", status="live")
    add_fence(layer, IN_S, name="south", status="live")
    add_fence(layer, square(500, 500, 100), name="north draft", status="draft")
    assert layer.commitChanges(), layer.commitErrors()
    return {f["name"]: f["fence_id"] for f in layer.getFeatures()}


def test_setup_makes_group_roles_memberships_and_tables(access_db):
    db = access_db
    roles = db.sql(
        "admin",
        "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE %s ORDER BY rolname",
        (db.prefix + "\\_%",),
    )
    assert roles == [(db.roles.analyst, False), (db.roles.planner, False), (db.roles.viewer, False)]
    for who, group in (
        ("alice", db.roles.analyst),
        ("pete", db.roles.planner),
        ("paula", db.roles.planner),
        ("vera", db.roles.viewer),
    ):
        login = db.login(who).name
        assert db.sql("admin", "SELECT pg_has_role(%s, %s, 'MEMBER')", (login, group)) == [(True,)]
    assert not db.sql("admin", "SELECT pg_has_role(%s, %s, 'MEMBER')", (db.login("vera").name, db.roles.planner))[0][0]
    settings = dict(
        db.sql("vera", sql.SQL("SELECT setting, value FROM {}").format(sql.Identifier(db.schema, "access_settings")))
    )
    assert settings == {"role_prefix": db.prefix, "contact": CONTACT, "restricted_schema": db.restricted}
    districts = db.sql(
        "pete",
        sql.SQL("SELECT district_code, name, round(ST_Area(geom)) FROM {} ORDER BY 1").format(
            sql.Identifier(db.schema, "districts")
        ),
    )
    assert districts == [("N", "North", 1000000.0), ("S", "South", 1000000.0)]
    assigned = db.sql(
        "admin",
        sql.SQL("SELECT role_name, district_code FROM {} ORDER BY 2").format(
            sql.Identifier(db.schema, "planner_districts")
        ),
    )
    assert assigned == [(db.login("pete").name, "N"), (db.login("paula").name, "S")]
    # Analysts' sessions act as the analyst group (what they create belongs to the group); others as themselves.
    assert db.sql("alice", "SELECT session_user, current_user") == [(db.login("alice").name, db.roles.analyst)]
    assert db.sql("vera", "SELECT session_user, current_user") == [(db.login("vera").name,) * 2]
    assert db.setup_result["N_GEOFENCE_LAYERS"] == 0


def test_setup_runs_again_safely_and_refuses_what_it_should(access_db, run_alg, pg_logins):
    db = access_db
    again = run_alg(
        "setupaccess",
        {"DATABASE": db.admin_connection, "SCHEMA": db.schema, "ROLE_PREFIX": db.prefix, "CONTACT": CONTACT},
    )
    assert again["ANALYST_ROLE"] == db.roles.analyst
    # Memberships and assignments stay: running again only adds.
    assert db.sql("admin", "SELECT pg_has_role(%s, %s, 'MEMBER')", (db.login("pete").name, db.roles.planner)) == [
        (True,)
    ]
    with pytest.raises(QgsProcessingException, match="already set up for the roles"):
        run_alg("setupaccess", {"DATABASE": db.admin_connection, "SCHEMA": db.schema, "ROLE_PREFIX": "other"})
    with pytest.raises(QgsProcessingException, match="There is no login role nobody_here"):
        run_alg(
            "setupaccess",
            {"DATABASE": db.admin_connection, "SCHEMA": db.schema, "ROLE_PREFIX": db.prefix, "VIEWERS": "nobody_here"},
        )
    # Not an administrator: refused, with what to do.
    with pytest.raises(QgsProcessingException, match="may not create roles"):
        run_alg(
            "setupaccess",
            {"DATABASE": db.save_connection("pete"), "SCHEMA": db.schema, "ROLE_PREFIX": db.prefix},
        )
    with pytest.raises(QgsProcessingException, match="is not in"):
        run_alg(
            "setupaccess",
            {
                "DATABASE": db.admin_connection,
                "SCHEMA": db.schema,
                "ROLE_PREFIX": db.prefix,
                "ASSIGNMENTS": f"{db.login('pete').name}: Z9",
            },
        )


def test_three_roles_logged_in_as_themselves(access_db, run_alg, qgis_auth):
    db = access_db
    ids = make_fences(run_alg, db)
    fences = sql.Identifier(db.schema, "geofences")
    names = sql.SQL("SELECT name FROM {} ORDER BY name").format(fences)
    assert [r[0] for r in db.sql("alice", names)] == ["north", "north draft", "south"]
    assert [r[0] for r in db.sql("pete", names)] == ["north", "north draft", "south"]
    assert [r[0] for r in db.sql("vera", names)] == ["north", "south"]  # viewers: live fences only
    # The same through plain QGIS layers, one of them with an authentication configuration.
    authcfg = qgis_auth(db.login("vera").name, db.login("vera").password)
    from qgis.core import QgsVectorLayer

    vera = QgsVectorLayer(db.layer_source("vera", "geofences", authcfg=authcfg), "vera", "postgres")
    pete = db.layer("pete")
    assert vera.isValid() and pete.isValid()
    assert sorted(f["name"] for f in vera.getFeatures()) == ["north", "south"]
    assert pete.featureCount() == 3
    # A viewer's QGIS offers no editing at all; the database refuses it anyway.
    assert not vera.dataProvider().capabilities() & QgsVectorDataProvider.ChangeGeometries
    assert not vera.startEditing()
    with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="permission denied"):
        db.sql("vera", sql.SQL("UPDATE {} SET notes = 'x', base_version = version").format(fences))
    with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="permission denied"):
        db.sql("vera", sql.SQL("SELECT * FROM {}").format(sql.Identifier(db.schema, "geofences_history")))
    assert pete.dataProvider().capabilities() & QgsVectorDataProvider.ChangeGeometries
    assert len(ids) == 3


def test_a_planner_is_refused_outside_their_district_even_without_the_plugin(access_db, run_alg):
    db = access_db
    ids = make_fences(run_alg, db)
    pete = db.layer("pete")
    assert pete.startEditing()
    south = fence_by_name(pete, "south")
    moved = square(120, -480, 200)
    assert pete.changeGeometry(south.id(), moved)
    assert not pete.commitChanges()
    errors = "\n".join(pete.commitErrors())
    assert f"Outside your districts: fence {ids['south']}" in errors
    assert "districts assigned to them" in errors and CONTACT in errors
    assert pete.isEditable() and same_shape(pete.editBuffer().changedGeometries()[south.id()], moved)
    assert same_shape(fence_by_name(db.layer("alice"), "south").geometry(), IN_S)
    pete.rollBack()

    # Inside the district: fine. Moving a fence out of it, adding or deleting outside it: refused.
    assert pete.startEditing()
    north = fence_by_name(pete, "north")
    assert pete.changeGeometry(north.id(), square(100, 100, 250))
    assert pete.commitChanges(False), pete.commitErrors()
    assert pete.changeGeometry(north.id(), square(100, -100, 250))  # reaches into S
    assert not pete.commitChanges(False)
    assert "Outside your districts" in "\n".join(pete.commitErrors())
    pete.rollBack()
    for action in ("add", "delete"):
        assert pete.startEditing()
        if action == "add":
            add_fence(pete, square(300, -300, 100), name="pete in S", status="draft")
        else:
            assert pete.deleteFeature(fence_by_name(pete, "south").id())
        assert not pete.commitChanges(), action
        assert "Outside your districts" in "\n".join(pete.commitErrors())
        pete.rollBack()
    assert sorted(f["name"] for f in db.layer("alice").getFeatures()) == ["north", "north draft", "south"]

    # Paula plans district S: her change of the south fence goes through; an analyst edits anywhere.
    paula = db.layer("paula")
    assert paula.startEditing()
    assert paula.changeGeometry(fence_by_name(paula, "south").id(), moved)
    assert paula.commitChanges(), paula.commitErrors()
    alice = db.layer("alice")
    assert alice.startEditing()
    add_fence(alice, square(2000, 2000, 100), name="outside every district", status="draft")
    assert alice.commitChanges(), alice.commitErrors()

    # psql: the same rules.
    fences = sql.Identifier(db.schema, "geofences")
    with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="Outside your districts"):
        db.sql("pete", sql.SQL("DELETE FROM {} WHERE fence_id = %s").format(fences), (ids["south"],))
    # Row-level security holds on its own: with the explaining trigger switched off by the
    # administrator, the policy still refuses a planner's fence outside their districts.
    db.sql(
        "admin", sql.SQL("ALTER TABLE {} DISABLE TRIGGER {}").format(fences, sql.Identifier("geofences_district_guard"))
    )
    with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="row-level security"):
        db.sql(
            "pete",
            sql.SQL("INSERT INTO {} (name, geom) VALUES ('sneaky', ST_GeomFromText(%s, 27700))").format(fences),
            (square(300, -300, 100).asWkt(),),
        )
    db.sql(
        "admin", sql.SQL("ALTER TABLE {} ENABLE TRIGGER {}").format(fences, sql.Identifier("geofences_district_guard"))
    )


def test_history_shows_who_did_what(access_db, run_alg):
    db = access_db
    make_fences(run_alg, db)
    pete, paula = db.layer("pete"), db.layer("paula")
    for layer, name, shape in ((pete, "north", square(100, 100, 220)), (paula, "south", square(100, -500, 220))):
        assert layer.startEditing()
        assert layer.changeGeometry(fence_by_name(layer, name).id(), shape)
        assert layer.commitChanges(), layer.commitErrors()
    alice = db.layer("alice")
    assert alice.startEditing()
    assert alice.deleteFeature(fence_by_name(alice, "north draft").id())
    assert alice.commitChanges(), alice.commitErrors()

    result = run_alg("geofencehistory", {"INPUT": db.layer("pete"), "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = sorted(result["OUTPUT"].getFeatures(), key=lambda f: f["history_id"])
    who = {name: db.login(name).name for name in ("alice", "pete", "paula")}
    assert [(r["action"], r["edited_by"]) for r in rows] == [
        ("insert", who["alice"]),
        ("insert", who["alice"]),
        ("insert", who["alice"]),
        ("update", who["pete"]),
        ("update", who["paula"]),
        ("delete", who["alice"]),
    ]
    # The fence itself names its last editor, the person, not the group role alice's session acts as.
    assert fence_by_name(db.layer("vera"), "south")["edited_by"] == who["paula"]
    assert read_history(db.layer("paula"))[-1]["edited_by"] == who["alice"]
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        db.sql(
            "pete",
            sql.SQL(
                "INSERT INTO {} (fence_id, action, edited_by, edited_at) VALUES (1, 'delete', 'someone', now())"
            ).format(sql.Identifier(db.schema, "geofences_history")),
        )


def test_the_message_bar_names_the_rule_and_whom_to_ask(access_db, run_alg, guard, qgis_iface, qtbot):
    from qgis.core import Qgis, QgsProject

    db = access_db
    make_fences(run_alg, db)
    pete = db.layer("pete")
    QgsProject.instance().addMapLayer(pete)
    assert pete.id() in guard.watchers
    bar = qgis_iface.messageBar()

    assert pete.startEditing()
    south = fence_by_name(pete, "south")
    assert pete.changeGeometry(south.id(), square(120, -480, 200))
    assert not pete.commitChanges()
    qtbot.waitUntil(lambda: len(bar.items()) == 1, timeout=2000)
    item = bar.items()[0]
    assert item.level() == Qgis.Critical and item.objectName() == "GeofenceRefusal_district"
    text = item.text()
    assert f"Fence(s) {south['fence_id']}" in text and "districts assigned to them" in text
    assert CONTACT in text and "still in the edit buffer" in text
    assert pete.isEditable() and south.id() in pete.editBuffer().changedGeometries()
    pete.rollBack()
    bar.clearWidgets()

    # Rights taken away while the layer is open: the save is refused for permission; the contact is
    # read from the database when the error does not carry it (here it cannot be: pete may read nothing now).
    assert pete.startEditing()
    north = fence_by_name(pete, "north")
    assert pete.changeGeometry(north.id(), square(100, 100, 230))
    db.sql(
        "admin",
        sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(db.roles.planner), sql.Identifier(db.login("pete").name)),
    )
    assert not pete.commitChanges()
    qtbot.waitUntil(lambda: len(bar.items()) == 1, timeout=2000)
    item = bar.items()[0]
    assert item.objectName() == "GeofenceRefusal_permission"
    assert "may only read this layer" in item.text() and "your database administrator" in item.text()
    assert pete.isEditable() and north.id() in pete.editBuffer().changedGeometries()
    pete.rollBack()


def test_hostile_schema_table_and_role_names_are_only_ever_names(run_alg, pg_admin, pg_logins):
    """Every identifier is quoted by psycopg2.sql: names built to break string-formatted SQL create
    objects with exactly those names and nothing else happens."""
    import uuid

    from hotspot_plugin.core.access import AccessRoles, apply_fence_access
    from hotspot_plugin.core.geofence_schema import create_postgis_tables
    from tests.qgis.access_db import districts_layer, drop_access

    token = uuid.uuid4().hex[:8]
    prefix = f't_{token}_Evil"; DROP SCHEMA public CASCADE; --'
    schema = f't_{token} we"ird; DROP SCHEMA x; --'
    table = 'fences"; DROP TABLE public.layer_styles; --'
    restricted = schema + "_restricted"
    alice, pete = pg_logins("h_alice"), pg_logins("h_pete")
    pg_admin.sql(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    name = f"t_{token}_admin"
    metadata.saveConnection(
        metadata.createConnection(pg_admin.uri(), {"saveUsername": True, "savePassword": True}), name
    )
    parameters = {
        "DATABASE": name,
        "SCHEMA": schema,
        "ROLE_PREFIX": prefix,
        "ANALYSTS": alice.name,
        "PLANNERS": pete.name,
        "DISTRICTS": districts_layer(),
        "DISTRICT_FIELD": "code",
        "ASSIGNMENTS": f"{pete.name}: N",
    }
    try:
        result = run_alg("setupaccess", parameters)
        roles = AccessRoles(prefix)
        assert result["ANALYST_ROLE"] == roles.analyst
        assert pg_admin.sql("SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)", (list(roles.all),)) == [(3,)]
        assert pg_admin.sql("SELECT to_regclass('public.layer_styles') IS NOT NULL") == [(True,)]
        assert pg_admin.sql(
            "SELECT nspname FROM pg_namespace WHERE nspname IN (%s, %s, 'public') ORDER BY 1", (schema, restricted)
        ) == [
            ("public",),
            (schema,),
            (restricted,),
        ]
        # A geofence layer with a hostile name, made by the analyst, secured by running the set-up again.
        connection = alice.settings.connect()
        connection.autocommit = False
        with connection, connection.cursor() as cursor:
            create_postgis_tables(cursor, schema, table)
            apply_fence_access(cursor, schema, table, roles)
        connection.close()
        assert run_alg("setupaccess", parameters)["N_GEOFENCE_LAYERS"] == 1
        fences = sql.Identifier(schema, table)
        insert = sql.SQL("INSERT INTO {} (name, geom) VALUES (%s, ST_GeomFromText(%s, 27700))").format(fences)
        pete.settings.sql(insert, ("in N", square(100, 100, 100).asWkt()))
        with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="Outside your districts"):
            pete.settings.sql(insert, ("in S", square(100, -500, 100).asWkt()))
        history = pete.settings.sql(
            sql.SQL("SELECT action, edited_by FROM {}").format(sql.Identifier(schema, table + "_history"))
        )
        assert history == [("insert", pete.name)]
        # Create geofence layer keeps to plain names for the layers it makes, and says so.
        with pytest.raises(QgsProcessingException, match="is not usable"):
            run_alg("creategeofencelayer", {"DATABASE": name, "SCHEMA": schema, "TABLE": "geofences"})
    finally:
        metadata.deleteConnection(name)
        drop_access(pg_admin, [schema, restricted], prefix)


def test_district_edges_two_districts_and_team_roles(access_db, run_alg):
    db = access_db
    make_fences(run_alg, db)
    fences = sql.Identifier(db.schema, "geofences")
    insert = sql.SQL("INSERT INTO {} (name, geom) VALUES (%s, ST_GeomFromText(%s, 27700))").format(fences)
    pete = db.login("pete")
    # District N is 0..1000 × 0..1000: up to 1 m past its edge is snapping slack, 5 m is outside.
    db.sql("pete", insert, ("edge", square(900, 900, 100.5).asWkt()))
    with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="Outside your districts"):
        db.sql("pete", insert, ("past the edge", square(900, 900, 105).asWkt()))
    across = square(400, -100, 200).asWkt()  # half in N, half in S
    with pytest.raises(psycopg2.errors.InsufficientPrivilege, match=r"assigned to you \(N\)"):
        db.sql("pete", insert, ("across", across))
    # Planning both districts (here through a team role the administrator assigns to S) allows it.
    team = f"{db.prefix}_south_team"
    db.sql("admin", sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(team)))
    try:
        db.sql("admin", sql.SQL("GRANT {} TO {}").format(sql.Identifier(team), sql.Identifier(pete.name)))
        run_alg(
            "setupaccess",
            {
                "DATABASE": db.admin_connection,
                "SCHEMA": db.schema,
                "ROLE_PREFIX": db.prefix,
                "ASSIGNMENTS": f"{team}: S",
            },
        )
        db.sql("pete", insert, ("across", across))
        names = db.sql("vera", sql.SQL("SELECT count(*) FROM {} WHERE name IN ('edge', 'across')").format(fences))
        assert names == [(0,)]  # drafts: the viewer sees neither
        assert db.sql("alice", sql.SQL("SELECT count(*) FROM {} WHERE name IN ('edge', 'across')").format(fences)) == [
            (2,)
        ]
    finally:
        db.sql(
            "admin",
            sql.SQL("DELETE FROM {} WHERE role_name = %s").format(sql.Identifier(db.schema, "planner_districts")),
            (team,),
        )
        db.sql("admin", sql.SQL("DROP ROLE {}").format(sql.Identifier(team)))
