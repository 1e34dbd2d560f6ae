"""Who may see and change what in a force's shared PostGIS database: roles, grants, row-level security.

QGIS-free; every statement runs through a psycopg2 cursor the caller gives (the caller commits), and
every identifier is quoted by ``psycopg2.sql`` and every value passed as a parameter, so schema,
table and role names may hold any character.

The model (set up by ``hotspot:setupaccess``, enforced by PostgreSQL itself, never by the plugin):

- Three group roles, ``<prefix>_analyst``, ``<prefix>_planner`` and ``<prefix>_viewer`` (NOLOGIN).
  People log in as their own login roles, made members of the groups; the history records the login
  (``session_user``). Analysts' sessions in the database take the analyst role (``ALTER ROLE … SET
  role``), so that the tables they create belong to the group, any analyst (and the administrator)
  can manage them and the schema's default privileges apply to them.
- The shared schema holds geofence layers, districts and published outputs (survey aggregates, hot
  spots). All three roles may use it; analysts may create in it. What analysts create there is
  readable by planners and viewers (default privileges): put nothing there that viewers may not see.
- A restricted schema (default ``<schema>_restricted``) holds raw survey responses and anything else
  personal: only analysts may use it, so whatever is created there is private to them.
- Geofence tables: row-level security. Analysts read and write every fence; planners read every fence
  and insert, change and delete those inside the districts assigned to them (polygons in
  ``districts``, assignments in ``planner_districts``, a login or any role the planner belongs to);
  viewers read live fences only. The change history: analysts and planners read it, only the
  triggers write it. A trigger refuses, with a message naming the rule and whom to ask, a planner's
  change of a fence outside their districts, before the policies would: row-level security alone
  skips such rows silently on update and delete, and QGIS would report the save as done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from .errors import HotspotInputError
from .geofence_schema import (
    GEOMETRY_COLUMN,
    SEQUENCE_SUFFIX,
    SRID,
    check_identifier,
    function_body,
    history_table,
    postgis_schema,
    schema_exists,
    table_exists,
)

GROUPS = ("analyst", "planner", "viewer")
DISTRICTS = "districts"
PLANNER_DISTRICTS = "planner_districts"
SETTINGS = "access_settings"
MAY_EDIT = "planner_may_edit"
GUARD = "fence_district_guard"
POLICY_PREFIX = "hotspot_"
#: A fence may reach this far (metres) outside a planner's districts: snapping slack along borders.
DISTRICT_TOLERANCE_M = 1.0
RESTRICTED_SUFFIX = "_restricted"
#: Columns a geofence table made by this version of the plugin has (older ones lack the lock columns).
FENCE_COLUMNS = ("fence_id", "status", "version", "based_on_version", "base_version", "overwrites_version")


@dataclass(frozen=True)
class AccessRoles:
    """The group role names for a prefix, e.g. ``tvp_hotspot_analyst``."""

    prefix: str

    @property
    def analyst(self) -> str:
        return f"{self.prefix}_analyst"

    @property
    def planner(self) -> str:
        return f"{self.prefix}_planner"

    @property
    def viewer(self) -> str:
        return f"{self.prefix}_viewer"

    @property
    def all(self) -> Tuple[str, str, str]:
        return (self.analyst, self.planner, self.viewer)


def check_prefix(prefix: str) -> str:
    """A role prefix PostgreSQL can hold with ``_analyst`` appended (any characters; quoted)."""
    prefix = (prefix or "").strip()
    return check_identifier(prefix, "Role prefix", "_analyst")


@dataclass
class AccessSetup:
    """What ``hotspot:setupaccess`` asks for. ``districts``: (code, name, WKB polygon in EPSG:27700);
    ``assignments``: (role, district code)."""

    schema: str
    prefix: str
    contact: str = ""
    restricted_schema: str = ""
    analysts: Sequence[str] = ()
    planners: Sequence[str] = ()
    viewers: Sequence[str] = ()
    districts: Sequence[Tuple[str, Optional[str], bytes]] = ()
    assignments: Sequence[Tuple[str, str]] = ()
    report: List[str] = field(default_factory=list)

    @property
    def restricted(self) -> str:
        return self.restricted_schema or self.schema + RESTRICTED_SUFFIX


def parse_logins(text: str) -> List[str]:
    """``"alice, bob"`` → ``["alice", "bob"]`` (commas, semicolons or new lines; blanks dropped)."""
    return [name.strip() for name in re.split(r"[,;\n]", text or "") if name.strip()]


def parse_assignments(text: str) -> List[Tuple[str, str]]:
    """``"alice: N1, N2; bob: S1"`` → ``[("alice", "N1"), ("alice", "N2"), ("bob", "S1")]``."""
    pairs = []
    for part in re.split(r"[;\n]", text or ""):
        if not part.strip():
            continue
        if ":" not in part:
            raise HotspotInputError(
                f"'{part.strip()}' is not an assignment: write the planner's login, a colon and the district "
                "codes, e.g. alice: N1, N2; bob: S1"
            )
        role, codes = part.split(":", 1)
        role = role.strip()
        codes = [c.strip() for c in codes.split(",") if c.strip()]
        if not role or not codes:
            raise HotspotInputError(f"'{part.strip()}' names no planner or no district: e.g. alice: N1, N2")
        pairs += [(role, code) for code in codes]
    return pairs


def _sql():
    from psycopg2 import sql

    return sql


def role_exists(cursor, name: str) -> Optional[bool]:
    """None when the role does not exist, else whether it can log in."""
    cursor.execute("SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = %s", (name,))
    row = cursor.fetchone()
    return None if row is None else bool(row[0])


def access_roles(cursor, schema: str) -> Optional[AccessRoles]:
    """The roles a schema was set up for (from its ``access_settings``), or None when it was not."""
    if not table_exists(cursor, schema, SETTINGS):
        return None
    sql = _sql()
    settings = sql.Identifier(schema, SETTINGS)
    cursor.execute("SELECT has_table_privilege(%s, 'SELECT')", (settings.as_string(cursor),))
    if not cursor.fetchone()[0]:
        raise HotspotInputError(
            f"Schema {schema} is set up for shared access (roles, districts) and your database role is not one "
            "of its analysts: ask your database administrator to make you an analyst, or use another schema."
        )
    cursor.execute(sql.SQL("SELECT value FROM {} WHERE setting = 'role_prefix'").format(settings))
    row = cursor.fetchone()
    return AccessRoles(row[0]) if row and row[0] else None


def access_contact(cursor, schema: str) -> str:
    """Whom to ask for rights, as the administrator wrote it ('' when not set or not readable)."""
    if not table_exists(cursor, schema, SETTINGS):
        return ""
    sql = _sql()
    cursor.execute("SELECT has_table_privilege(%s, 'SELECT')", (sql.Identifier(schema, SETTINGS).as_string(cursor),))
    if not cursor.fetchone()[0]:
        return ""
    cursor.execute(sql.SQL("SELECT value FROM {} WHERE setting = 'contact'").format(sql.Identifier(schema, SETTINGS)))
    row = cursor.fetchone()
    return row[0] if row and row[0] else ""


def geofence_tables(cursor, schema: str) -> List[str]:
    """Tables of ``schema`` made by Create geofence layer (they have the fence and lock columns, a
    geometry column ``geom`` and a ``<table>_history`` next to them)."""
    cursor.execute(
        """SELECT c.table_name FROM information_schema.columns c
           WHERE c.table_schema = %s AND c.column_name = ANY(%s)
           GROUP BY c.table_name HAVING count(*) = %s""",
        (schema, list(FENCE_COLUMNS) + [GEOMETRY_COLUMN], len(FENCE_COLUMNS) + 1),
    )
    names = sorted(row[0] for row in cursor.fetchall())
    return [name for name in names if table_exists(cursor, schema, history_table(name))]


def _owner(cursor, schema: str, table: str) -> str:
    cursor.execute(
        "SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s",
        (schema, table),
    )
    row = cursor.fetchone()
    return row[0] if row else ""


def _savepoint(cursor, name: str, action, on_error) -> bool:
    """Run ``action()``; on a database error roll back to before it, call ``on_error(error)``, go on."""
    import psycopg2

    sql = _sql()
    cursor.execute(sql.SQL("SAVEPOINT {}").format(sql.Identifier(name)))
    try:
        action()
    except psycopg2.Error as error:
        cursor.execute(sql.SQL("ROLLBACK TO SAVEPOINT {}").format(sql.Identifier(name)))
        on_error(error)
        return False
    cursor.execute(sql.SQL("RELEASE SAVEPOINT {}").format(sql.Identifier(name)))
    return True


def _database_says(error) -> str:
    diag = getattr(error, "diag", None)
    return (getattr(diag, "message_primary", None) or str(error)).strip()


def setup_access(cursor, setup: AccessSetup) -> List[str]:
    """Create or bring up to date the roles, schemas, tables, functions, grants and policies of the
    access model (module docstring) for ``setup.schema``; returns what was done, one line each.

    Runs as the connected role, which must be allowed to create roles (CREATEROLE or superuser) and
    own the shared schema and its geofence tables (or be a member of their owner). Re-running it is
    safe: it adds what is missing and re-applies grants and policies. Nothing is dropped or revoked
    from people: memberships are only added (remove one with ``REVOKE <group> FROM <login>``).
    """
    import psycopg2

    sql = _sql()
    report = setup.report
    schema, restricted = setup.schema, setup.restricted
    check_identifier(schema, "Schema")
    check_identifier(restricted, "Restricted schema")
    roles = AccessRoles(check_prefix(setup.prefix))
    if restricted == schema:
        raise HotspotInputError("The restricted schema must not be the shared schema: choose another name.")

    cursor.execute("SELECT session_user, rolsuper, rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user")
    login, superuser, createrole = cursor.fetchone()
    if not (superuser or createrole):
        raise HotspotInputError(
            f"The connection logs in as {login}, which may not create roles. Run Set up access with your "
            "database administrator's connection (a role with CREATEROLE)."
        )
    if not schema_exists(cursor, schema):
        raise HotspotInputError(f"The database has no schema {schema}: create it first (CREATE SCHEMA), then run this.")
    ps = postgis_schema(cursor)
    existing = access_roles(cursor, schema)
    if existing is not None and existing.prefix != roles.prefix:
        raise HotspotInputError(
            f"Schema {schema} is already set up for the roles {', '.join(existing.all)}: use the role prefix "
            f"'{existing.prefix}' again, or another schema."
        )
    cursor.execute("SELECT current_database()")
    database = cursor.fetchone()[0]

    # People first: a typo in a login name stops the set-up before anything is made.
    people = [(name, roles.analyst) for name in setup.analysts]
    people += [(name, roles.planner) for name in setup.planners]
    people += [(name, roles.viewer) for name in setup.viewers]
    for name, _ in people:
        can_login = role_exists(cursor, name)
        if can_login is None:
            raise HotspotInputError(
                f"There is no login role {name}: create it first (CREATE ROLE … LOGIN, or your directory's "
                "tool), or check the spelling. The plugin never creates logins or handles passwords."
            )
        if not can_login:
            raise HotspotInputError(f"{name} is a role that cannot log in: give login roles of people here.")

    q = sql.Identifier
    for group, role in zip(GROUPS, roles.all):
        can_login = role_exists(cursor, role)
        if can_login:
            raise HotspotInputError(
                f"The role {role} already exists and can log in, so it is not a group role: choose another prefix."
            )
        if can_login is None:
            cursor.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(q(role)))
            report.append(f"Created the group role {role}.")
        cursor.execute(
            sql.SQL("COMMENT ON ROLE {} IS {}").format(
                q(role), sql.Literal(f"Hot spot policing {group}s (schema {schema}); members are login roles.")
            )
        )
    if not superuser:
        # The administrator manages what analysts create (their tables belong to the analyst group).
        cursor.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(q(roles.analyst)))

    # Schemas.
    everyone = sql.SQL(", ").join(q(r) for r in roles.all)
    cursor.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(q(schema), everyone))
    cursor.execute(sql.SQL("GRANT CREATE ON SCHEMA {} TO {}").format(q(schema), q(roles.analyst)))
    if not schema_exists(cursor, restricted):
        cursor.execute(sql.SQL("CREATE SCHEMA {} AUTHORIZATION {}").format(q(restricted), q(roles.analyst)))
        report.append(f"Created the restricted schema {restricted} (owned by {roles.analyst}).")
    cursor.execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(q(restricted)))
    cursor.execute(
        sql.SQL("REVOKE ALL ON SCHEMA {} FROM {}, {}").format(q(restricted), q(roles.planner), q(roles.viewer))
    )
    cursor.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA {} TO {}").format(q(restricted), q(roles.analyst)))
    cursor.execute(
        sql.SQL("COMMENT ON SCHEMA {} IS {}").format(
            q(restricted),
            sql.Literal(f"Restricted: raw survey responses and other personal data; only {roles.analyst} may use it."),
        )
    )
    cursor.execute(
        sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} GRANT SELECT ON TABLES TO {}, {}").format(
            q(roles.analyst), q(schema), q(roles.planner), q(roles.viewer)
        )
    )
    report.append(
        f"Schema {schema}: {', '.join(roles.all)} may use it, {roles.analyst} may create in it, and what "
        f"analysts create there can be read by {roles.planner} and {roles.viewer}."
    )
    report.append(f"Schema {restricted}: only {roles.analyst} may use it (raw survey responses go here).")
    others = _schema_users(cursor, restricted, roles.analyst, login)
    if others:
        report.append(
            f"WARNING: {', '.join(others)} can also use {restricted} (granted directly, or as its owner or a "
            "superuser). Revoke what is not meant: REVOKE ALL ON SCHEMA … FROM …"
        )

    # The administrator's tables.
    _create_access_tables(cursor, schema, ps, roles, setup.contact, restricted)
    report.append(
        f"Tables {schema}.{DISTRICTS} (district polygons), {schema}.{PLANNER_DISTRICTS} (planner → district) and "
        f"{schema}.{SETTINGS} are ready; fill the first two as administrator."
    )
    _create_access_functions(cursor, schema, ps, roles)

    for code, name, geometry in setup.districts:
        cursor.execute(
            sql.SQL(
                "INSERT INTO {t} (district_code, name, geom) "
                "VALUES (%s, %s, {ps}.ST_Multi({ps}.ST_GeomFromWKB(%s, {srid}))) "
                "ON CONFLICT (district_code) DO UPDATE SET name = EXCLUDED.name, geom = EXCLUDED.geom"
            ).format(t=q(schema, DISTRICTS), ps=q(ps), srid=sql.Literal(SRID)),
            (str(code), name, psycopg2.Binary(geometry)),
        )
    if setup.districts:
        report.append(f"{len(setup.districts)} district(s) added or updated in {schema}.{DISTRICTS}.")

    for name, role in people:
        cursor.execute(sql.SQL("GRANT {} TO {}").format(q(role), q(name)))
        if role == roles.analyst:
            cursor.execute(
                sql.SQL("ALTER ROLE {} IN DATABASE {} SET role = {}").format(
                    q(name), q(database), sql.Literal(roles.analyst)
                )
            )
        report.append(f"{name} is a member of {role}.")
    for name in {n for n, _ in people}:
        cursor.execute("SELECT rolsuper, rolbypassrls FROM pg_catalog.pg_roles WHERE rolname = %s", (name,))
        if any(cursor.fetchone()):
            report.append(f"WARNING: {name} is a superuser or bypasses row-level security: no rule applies to them.")
    for name, code in setup.assignments:
        if role_exists(cursor, name) is None:
            raise HotspotInputError(f"Cannot assign districts to {name}: there is no such role.")
        cursor.execute(sql.SQL("SELECT 1 FROM {} WHERE district_code = %s").format(q(schema, DISTRICTS)), (code,))
        if cursor.fetchone() is None:
            raise HotspotInputError(
                f"District {code} (for {name}) is not in {schema}.{DISTRICTS}: add it (Districts layer) or "
                "check the code."
            )
        cursor.execute(
            sql.SQL("INSERT INTO {} (role_name, district_code) VALUES (%s, %s) ON CONFLICT DO NOTHING").format(
                q(schema, PLANNER_DISTRICTS)
            ),
            (name, code),
        )
    if setup.assignments:
        report.append(f"{len(setup.assignments)} district assignment(s) in {schema}.{PLANNER_DISTRICTS}.")

    tables = geofence_tables(cursor, schema)
    for table in tables:
        try:
            apply_fence_access(cursor, schema, table, roles)
        except psycopg2.errors.InsufficientPrivilege:
            owner = _owner(cursor, schema, table)
            raise HotspotInputError(
                f"Cannot secure the geofence layer {schema}.{table}: it belongs to {owner}. Run Set up access as "
                f"{owner} (or a member of it), or first: ALTER TABLE {schema}.{table} OWNER TO {roles.analyst} "
                f"(and the same for {history_table(table)}). Nothing was changed."
            ) from None
        report.append(
            f"Geofence layer {schema}.{table}: row-level security on; analysts edit all, planners their "
            "districts, viewers read live fences; history readable by analysts and planners."
        )
    if not tables:
        report.append(
            f"No geofence layer in {schema} yet: those made later with Create geofence layer are secured then."
        )
    _layer_styles(cursor, roles, report)
    return report


def _schema_users(cursor, schema: str, analyst: str, me: str) -> List[str]:
    """Login roles other than analysts and the administrator that can use ``schema`` (its owner, or
    granted directly); superusers, who can use everything, are not listed."""
    cursor.execute(
        """SELECT r.rolname FROM pg_catalog.pg_roles r, pg_catalog.pg_namespace n
           WHERE n.nspname = %s AND r.rolcanlogin AND NOT r.rolsuper AND r.rolname <> %s
             AND pg_catalog.has_schema_privilege(r.oid, n.oid, 'USAGE')
             AND NOT pg_catalog.pg_has_role(r.oid, %s, 'MEMBER')
           ORDER BY r.rolname""",
        (schema, me, analyst),
    )
    return [row[0] for row in cursor.fetchall()]


def _create_access_tables(cursor, schema, ps, roles: AccessRoles, contact: str, restricted: str) -> None:
    sql = _sql()
    q = sql.Identifier
    districts, assigned, settings = q(schema, DISTRICTS), q(schema, PLANNER_DISTRICTS), q(schema, SETTINGS)
    if table_exists(cursor, schema, DISTRICTS):
        cursor.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
            "AND column_name IN ('district_code', 'name', 'geom')",
            (schema, DISTRICTS),
        )
        if cursor.fetchone()[0] != 3:
            raise HotspotInputError(
                f"{schema}.{DISTRICTS} exists but is not a districts table (district_code, name, geom): rename it "
                "or use another schema."
            )
    cursor.execute(
        sql.SQL(
            """CREATE TABLE IF NOT EXISTS {t} (
    district_code text PRIMARY KEY,
    name text,
    geom {ps}.geometry(MultiPolygon, {srid}) NOT NULL
)"""
        ).format(t=districts, ps=q(ps), srid=sql.Literal(SRID))
    )
    cursor.execute(
        sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} USING gist (geom)").format(q(DISTRICTS + "_geom_idx"), districts)
    )
    cursor.execute(
        sql.SQL(
            """CREATE TABLE IF NOT EXISTS {t} (
    role_name name NOT NULL,
    district_code text NOT NULL REFERENCES {d} (district_code) ON UPDATE CASCADE ON DELETE CASCADE,
    PRIMARY KEY (role_name, district_code)
)"""
        ).format(t=assigned, d=districts)
    )
    cursor.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} (setting text PRIMARY KEY, value text)").format(settings))
    for table, comment in (
        (districts, "Districts (polygons, EPSG:27700) planners may be assigned to. Filled by the administrator."),
        (assigned, "Which role (a planner's login, or a team role) may edit the fences in which district."),
        (settings, "Settings of the hot spot policing access model (role prefix, whom to ask)."),
    ):
        cursor.execute(sql.SQL("COMMENT ON TABLE {} IS {}").format(table, sql.Literal(comment)))
        cursor.execute(sql.SQL("REVOKE ALL ON {} FROM PUBLIC").format(table))
    cursor.execute(
        sql.SQL("GRANT SELECT ON {}, {} TO {}, {}").format(districts, assigned, q(roles.analyst), q(roles.planner))
    )
    cursor.execute(sql.SQL("GRANT SELECT ON {} TO {}, {}, {}").format(settings, *(q(r) for r in roles.all)))
    for key, value in (("role_prefix", roles.prefix), ("contact", contact), ("restricted_schema", restricted)):
        cursor.execute(
            sql.SQL(
                "INSERT INTO {} (setting, value) VALUES (%s, %s) "
                "ON CONFLICT (setting) DO UPDATE SET value = EXCLUDED.value"
            ).format(settings),
            (key, value),
        )


def _create_access_functions(cursor, schema, ps, roles: AccessRoles) -> None:
    sql = _sql()
    q = sql.Identifier
    names = {
        "districts": q(schema, DISTRICTS),
        "assigned": q(schema, PLANNER_DISTRICTS),
        "settings": q(schema, SETTINGS),
        "may_edit": q(schema, MAY_EDIT),
        "guard": q(schema, GUARD),
        "ps": q(ps),
        "tolerance": sql.Literal(DISTRICT_TOLERANCE_M),
    }
    may_edit = sql.SQL(
        """SELECT g IS NOT NULL AND coalesce(ST_CoveredBy(g, ST_Buffer(ST_Union(d.geom), {tolerance})), false)
FROM {assigned} p
JOIN {districts} d ON d.district_code = p.district_code
JOIN pg_catalog.pg_roles r ON r.rolname = p.role_name
WHERE pg_catalog.pg_has_role(r.oid, 'MEMBER')"""
    ).format(**names)
    cursor.execute(
        sql.SQL(
            "CREATE OR REPLACE FUNCTION {may_edit}(g {ps}.geometry) RETURNS boolean LANGUAGE sql STABLE "
            "SET search_path = pg_catalog, {ps}, pg_temp AS {body}"
        ).format(body=function_body(cursor, may_edit), **names)
    )
    cursor.execute(
        sql.SQL(
            "COMMENT ON FUNCTION {}({}.geometry) IS "
            "'True when the geometry lies inside the districts assigned to the current role (or its groups).'"
        ).format(names["may_edit"], names["ps"])
    )
    guard = sql.SQL(_GUARD_BODY).format(**names)
    cursor.execute(
        sql.SQL(
            "CREATE OR REPLACE FUNCTION {guard}() RETURNS trigger LANGUAGE plpgsql "
            "SET search_path = pg_catalog, {ps}, pg_temp AS {body}"
        ).format(body=function_body(cursor, guard), **names)
    )
    for function in (sql.SQL("{}({}.geometry)").format(names["may_edit"], names["ps"]), names["guard"] + sql.SQL("()")):
        cursor.execute(sql.SQL("REVOKE ALL ON FUNCTION {} FROM PUBLIC").format(function))
        cursor.execute(
            sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}, {}").format(function, q(roles.analyst), q(roles.planner))
        )


# Runs as the person saving (SECURITY INVOKER): analysts and roles outside the model pass (their
# grants and the policies decide); a planner may change a fence only where both the fence as it is and
# as it would be lie inside their districts. The messages are what QGIS shows when the save is refused.
_GUARD_BODY = """
DECLARE
    prefix text;
    contact text;
    mine text;
    fence text;
BEGIN
    SELECT value INTO prefix FROM {settings} WHERE setting = 'role_prefix';
    IF prefix IS NULL
       OR pg_catalog.pg_has_role(prefix || '_analyst', 'MEMBER')
       OR NOT pg_catalog.pg_has_role(prefix || '_planner', 'MEMBER') THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF (TG_OP IN ('UPDATE', 'DELETE') AND NOT {may_edit}(OLD.geom))
       OR (TG_OP IN ('INSERT', 'UPDATE') AND NOT {may_edit}(NEW.geom)) THEN
        SELECT value INTO contact FROM {settings} WHERE setting = 'contact';
        SELECT string_agg(DISTINCT p.district_code, ', ' ORDER BY p.district_code) INTO mine
        FROM {assigned} p JOIN pg_catalog.pg_roles r ON r.rolname = p.role_name
        WHERE pg_catalog.pg_has_role(r.oid, 'MEMBER');
        fence := CASE WHEN TG_OP = 'INSERT' THEN format('the new fence %L', coalesce(NEW.name, ''))
                      ELSE format('fence %s', OLD.fence_id) END;
        RAISE EXCEPTION USING
            ERRCODE = 'insufficient_privilege',
            MESSAGE = format('Outside your districts: %s does not lie inside the districts assigned to you (%s), '
                             || 'so the database refused this %s.', fence, coalesce(mine, 'none'), lower(TG_OP)),
            DETAIL = 'Rule: planners insert, change and delete only fences inside the districts assigned to them '
                     || '(table planner_districts).',
            HINT = format('Your change is still in your edit buffer. Ask %s to assign you the district, or ask '
                          || 'an analyst to make this change.',
                          coalesce(nullif(contact, ''), 'your database administrator'));
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
"""


def apply_fence_access(cursor, schema: str, table: str, roles: AccessRoles) -> None:
    """Row-level security, policies, grants and the district guard on one geofence table (and its
    history and sequence). Safe to repeat. The connected role must own the table (or be a member of its
    owner); the districts functions of the schema must exist (:func:`setup_access` makes them)."""
    sql = _sql()
    q = sql.Identifier
    cursor.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s",
        (schema, table),
    )
    present = {row[0] for row in cursor.fetchall()}
    missing = [c for c in FENCE_COLUMNS if c not in present]
    if missing:
        raise HotspotInputError(
            f"{schema}.{table} lacks {', '.join(missing)}: it was made by an older version of the plugin. Create a "
            "new geofence layer and give the old one as 'Fences to start with'."
        )
    fences, history = q(schema, table), q(schema, history_table(table))
    analyst, planner, viewer = (q(r) for r in roles.all)
    may_edit = sql.SQL("{}({})").format(q(schema, MAY_EDIT), q(GEOMETRY_COLUMN))
    cursor.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(fences))
    cursor.execute(
        """SELECT p.polname FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = %s AND c.relname = %s AND left(p.polname, %s) = %s""",
        (schema, table, len(POLICY_PREFIX), POLICY_PREFIX),
    )
    for (name,) in cursor.fetchall():
        cursor.execute(sql.SQL("DROP POLICY {} ON {}").format(q(name), fences))
    policies = [
        ("read", "SELECT", [analyst, planner], "USING (true)"),
        ("viewer_read", "SELECT", [viewer], "USING (status = 'live')"),
        ("analyst_write", "ALL", [analyst], "USING (true) WITH CHECK (true)"),
        ("planner_insert", "INSERT", [planner], "WITH CHECK ({may_edit})"),
        # USING (true): the fence as it was is checked by the guard trigger, which says why it refuses;
        # a USING clause would skip the row without a word, and QGIS would report the save as done.
        ("planner_update", "UPDATE", [planner], "USING (true) WITH CHECK ({may_edit})"),
        ("planner_delete", "DELETE", [planner], "USING (true)"),
    ]
    for name, command, to, clause in policies:
        cursor.execute(
            sql.SQL("CREATE POLICY {name} ON {t} FOR " + command + " TO {to} " + clause).format(
                name=q(POLICY_PREFIX + name), t=fences, to=sql.SQL(", ").join(to), may_edit=may_edit
            )
        )
    for target in (fences, history):
        # Not from the analyst group: it usually owns the table, and an owner revoking its own privileges
        # could no longer add the trigger below.
        cursor.execute(sql.SQL("REVOKE ALL ON {} FROM PUBLIC, {}, {}").format(target, planner, viewer))
    cursor.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(fences, viewer))
    cursor.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}, {}").format(fences, analyst, planner))
    cursor.execute(sql.SQL("GRANT SELECT ON {} TO {}, {}").format(history, analyst, planner))
    if table_exists(cursor, schema, table + SEQUENCE_SUFFIX):
        cursor.execute(
            sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}, {}").format(q(schema, table + SEQUENCE_SUFFIX), analyst, planner)
        )
    trigger = q(table + "_district_guard")
    cursor.execute(sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(trigger, fences))
    cursor.execute(
        sql.SQL("CREATE TRIGGER {} BEFORE INSERT OR UPDATE OR DELETE ON {} FOR EACH ROW EXECUTE FUNCTION {}()").format(
            trigger, fences, q(schema, GUARD)
        )
    )


def _layer_styles(cursor, roles: AccessRoles, report: List[str]) -> None:
    """QGIS keeps layers' default styles (the geofence form, and the default value that makes QGIS send
    base_version) in public.layer_styles: everyone reads it, analysts save styles."""
    sql = _sql()
    q = sql.Identifier
    cursor.execute("SELECT to_regclass('public.layer_styles') IS NOT NULL")
    if not cursor.fetchone()[0]:
        # The columns QGIS's PostgreSQL provider reads and writes (it creates the same table itself).
        created = _savepoint(
            cursor,
            "hotspot_layer_styles",
            lambda: cursor.execute(
                """CREATE TABLE public.layer_styles (
    id serial PRIMARY KEY, f_table_catalog varchar, f_table_schema varchar, f_table_name varchar,
    f_geometry_column varchar, stylename text, styleqml xml, stylesld xml, useasdefault boolean,
    description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml,
    update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)"""
            ),
            lambda error: report.append(
                "WARNING: the database has no layer_styles table and this role cannot create it in public "
                f"({_database_says(error)}): create a geofence layer once as the database owner, then run this again."
            ),
        )
        if not created:
            return
        report.append("Created public.layer_styles (QGIS keeps layers' default styles there).")

    def grant():
        everyone = sql.SQL(", ").join(q(r) for r in roles.all)
        cursor.execute(sql.SQL("GRANT SELECT ON public.layer_styles TO {}").format(everyone))
        cursor.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON public.layer_styles TO {}").format(q(roles.analyst)))
        cursor.execute(
            """SELECT n.nspname, c.relname FROM pg_catalog.pg_class c
               JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
               WHERE c.oid = pg_catalog.pg_get_serial_sequence('public.layer_styles', 'id')::regclass"""
        )
        sequence = cursor.fetchone()
        if sequence:
            cursor.execute(sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(q(*sequence), q(roles.analyst)))

    if _savepoint(
        cursor,
        "hotspot_layer_styles_grants",
        grant,
        lambda error: report.append(
            f"WARNING: could not grant on public.layer_styles ({_database_says(error)}). Its owner should run: "
            f"GRANT SELECT ON public.layer_styles TO {', '.join(roles.all)}; GRANT INSERT, UPDATE, DELETE ON "
            f"public.layer_styles TO {roles.analyst}; and USAGE on its id sequence to {roles.analyst}."
        ),
    ):
        report.append(
            f"public.layer_styles: {', '.join(roles.all)} read the layers' forms and styles, "
            f"{roles.analyst} saves them."
        )


# ---------------------------------------------------------------------------------------------------
# Refusals, as the database words them in QGIS's commit errors, turned into what the planner should do.


@dataclass
class Refusal:
    """Why the database refused a save: ``kind`` — ``district`` (a planner outside their districts),
    ``permission`` (the role may not write the table), ``row_security`` (a row-level security policy),
    ``no_base`` (the change did not say its base version) — the fences named (ids), whom to ask (from
    the database's hint, or '') and the table named in a permission error."""

    kind: str
    fence_ids: List[int]
    ask: str = ""
    table: str = ""


_ASK = re.compile(r"Ask (.+?) to assign you the district")


def explain_refusal(errors: Sequence[str]) -> Optional[Refusal]:
    """The first refusal by an access rule or version rule in ``errors`` (QGIS's commit errors), else None.
    Edit conflicts are not refusals here: they have their own message and "Keep my version"."""
    text = "\n".join(str(e) for e in errors)
    if "Outside your districts" in text:
        ids = sorted({int(i) for i in re.findall(r"Outside your districts: fence (\d+)", text)})
        match = _ASK.search(text)
        return Refusal("district", ids, match.group(1) if match else "")
    denied = re.search(r"permission denied for (?:table|relation|sequence|schema) (\"[^\"]+\"|\S+)", text)
    if denied:
        return Refusal("permission", [], table=denied.group(1).strip('"'))
    if "violates row-level security policy" in text:
        return Refusal("row_security", [])
    if "does not say which version of the fence it is based on" in text:
        return Refusal("no_base", sorted({int(i) for i in re.findall(r"Fence (\d+) was not saved", text)}))
    return None
