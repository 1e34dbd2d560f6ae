"""The geofence layer schema: SQL for its table, change history and triggers, in GeoPackage and PostGIS.

QGIS-free. The layer's fields are ``fence_id`` (assigned by the database on insert, never changed),
``name``, ``rank``, ``status`` (draft/live/retired), ``valid_from``, ``valid_to``, ``notes``,
``edited_by``, ``edited_at``, a polygon geometry ``geom`` in EPSG:27700, and in PostGIS ``version``,
``based_on_version``, ``base_version`` and ``overwrites_version`` for optimistic locking between
planners (see :func:`create_postgis_tables`).

The history table ``<table>_history`` sits next to the layer in the same database and gets one row
per insert, geometry change and delete: ``history_id, fence_id, action, edited_by, edited_at,
old_geom, new_geom`` (in PostGIS also ``version, based_on_version``). Triggers write it, so edits made
outside QGIS are recorded too. PostGIS statements are composed with ``psycopg2.sql`` (every identifier
quoted by the driver) and run through a psycopg2 cursor the caller gives.
"""

from __future__ import annotations

import re
import struct
from typing import List, Optional

from .errors import HotspotInputError

SRID = 27700
GEOMETRY_COLUMN = "geom"
STATUSES = ("draft", "live", "retired")
DEFAULT_TABLE = "geofences"
#: Fields every geofence layer has (the GeoPackage also has its ``fid`` primary key).
FIELDS = ("fence_id", "name", "rank", "status", "valid_from", "valid_to", "notes", "edited_by", "edited_at")
#: PostGIS only: the row version kept by the database and the version the stored change was based on,
#: then the two values a client sends with an update and the database never stores (see
#: :func:`create_postgis_tables`).
LOCK_FIELDS = ("version", "based_on_version", "base_version", "overwrites_version")
HISTORY_FIELDS = ("history_id", "fence_id", "action", "edited_by", "edited_at", "old_geom", "new_geom")
#: PostGIS history only: the fence version a change made (deleted, for deletes) and the one it was based on.
HISTORY_VERSION_FIELDS = ("version", "based_on_version")
#: PostgreSQL keeps at most this many bytes of an identifier.
MAX_IDENTIFIER_BYTES = 63
SEQUENCE_SUFFIX = "_fence_id_seq"

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,50}$")


def check_name(name: str, what: str = "Table") -> str:
    """``name`` if it is a plain lower-case SQL identifier, else a HotspotInputError saying how to fix it."""
    if not _NAME.match(name or ""):
        raise HotspotInputError(
            f"{what} name '{name}' is not usable: use lower-case letters, digits and underscores, "
            "starting with a letter, at most 50 characters (e.g. geofences_2026)."
        )
    return name


def history_table(table: str) -> str:
    return f"{table}_history"


def gpkg_history_sql(table: str) -> List[str]:
    """Statements that add the history table and the triggers to a GeoPackage layer made by OGR.

    The layer must have the integer primary key ``fid`` and the geometry column ``geom``.
    ``fence_id`` is kept equal to ``fid`` (AUTOINCREMENT: never reused), so it is stable and unique;
    a missing status becomes ``draft`` and any other value than draft/live/retired is refused.
    SQLite has no users: ``edited_by`` comes from the row (QGIS fills it with ``@user_account_name``),
    and a delete records the last editor of the deleted fence; ``edited_at`` is the trigger's UTC time.
    """
    t = check_name(table)
    h = history_table(t)
    now = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
    statuses = ", ".join(f"'{x}'" for x in STATUSES)
    return [
        f"""CREATE TABLE "{h}" (
            history_id INTEGER PRIMARY KEY AUTOINCREMENT,
            fence_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
            edited_by TEXT,
            edited_at DATETIME NOT NULL,
            old_geom BLOB,
            new_geom BLOB)""",
        f"""INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
            VALUES ('{h}', 'attributes', '{h}', 'Change history of the geofence layer {t}', {now})""",
        f"""CREATE TRIGGER "{t}_fence_id_on_insert" AFTER INSERT ON "{t}"
            WHEN NEW.fence_id IS NOT NEW.fid OR NEW.status IS NULL
            BEGIN UPDATE "{t}" SET fence_id = NEW.fid, status = coalesce(NEW.status, 'draft')
            WHERE fid = NEW.fid; END""",
        f"""CREATE TRIGGER "{t}_status_on_insert" BEFORE INSERT ON "{t}"
            WHEN NEW.status IS NOT NULL AND NEW.status NOT IN ({statuses})
            BEGIN SELECT RAISE(ABORT, 'status must be draft, live or retired'); END""",
        f"""CREATE TRIGGER "{t}_status_on_update" BEFORE UPDATE OF status ON "{t}"
            WHEN NEW.status IS NULL OR NEW.status NOT IN ({statuses})
            BEGIN SELECT RAISE(ABORT, 'status must be draft, live or retired'); END""",
        f"""CREATE TRIGGER "{t}_fence_id_fixed" BEFORE UPDATE OF fence_id ON "{t}"
            WHEN NEW.fence_id IS NOT OLD.fence_id AND NEW.fence_id IS NOT NEW.fid
            BEGIN SELECT RAISE(ABORT, 'fence_id is assigned by the database and cannot be changed'); END""",
        f"""CREATE TRIGGER "{t}_history_insert" AFTER INSERT ON "{t}"
            BEGIN INSERT INTO "{h}" (fence_id, action, edited_by, edited_at, old_geom, new_geom)
            VALUES (NEW.fid, 'insert', NEW.edited_by, {now}, NULL, NEW.geom); END""",
        f"""CREATE TRIGGER "{t}_history_update" AFTER UPDATE OF geom ON "{t}"
            WHEN NEW.geom IS NOT OLD.geom
            BEGIN INSERT INTO "{h}" (fence_id, action, edited_by, edited_at, old_geom, new_geom)
            VALUES (NEW.fid, 'update', NEW.edited_by, {now}, OLD.geom, NEW.geom); END""",
        f"""CREATE TRIGGER "{t}_history_delete" AFTER DELETE ON "{t}"
            BEGIN INSERT INTO "{h}" (fence_id, action, edited_by, edited_at, old_geom, new_geom)
            VALUES (OLD.fid, 'delete', OLD.edited_by, {now}, OLD.geom, NULL); END""",
    ]


def check_identifier(name: str, what: str = "Table", longest_suffix: str = "") -> str:
    """``name`` if PostgreSQL can hold it (with ``longest_suffix`` appended) as an identifier.

    Any characters are allowed, since every statement quotes identifiers; only the empty name, NUL and
    names longer than PostgreSQL's 63 bytes (which it would silently cut) are refused.
    """
    if not name or "\x00" in name:
        raise HotspotInputError(f"{what} name '{name}' is empty or holds a NUL character: choose another name.")
    room = MAX_IDENTIFIER_BYTES - len(longest_suffix.encode("utf-8"))
    if len(name.encode("utf-8")) > room:
        raise HotspotInputError(
            f"{what} name '{name}' is too long: PostgreSQL keeps at most {MAX_IDENTIFIER_BYTES} bytes"
            + (f" and the plugin adds '{longest_suffix}'" if longest_suffix else "")
            + f"; use at most {room} bytes."
        )
    return name


def literal_name(cursor, *names: str):
    """The quoted, schema-qualified name as a SQL string literal (for ``::regclass`` and trigger arguments)."""
    from psycopg2 import sql

    return sql.Literal(sql.Identifier(*names).as_string(cursor))


def function_body(cursor, body) -> object:
    """A function body composed with quoted identifiers, as one safely quoted SQL string literal."""
    from psycopg2 import sql

    return sql.Literal(body.as_string(cursor) if hasattr(body, "as_string") else str(body))


def postgis_schema(cursor) -> str:
    """The schema the PostGIS extension lives in; a HotspotInputError when the database has no PostGIS."""
    cursor.execute(
        "SELECT n.nspname FROM pg_catalog.pg_extension e "
        "JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'"
    )
    row = cursor.fetchone()
    if row is None:
        raise HotspotInputError(
            "This database has no PostGIS: ask its administrator to run CREATE EXTENSION postgis, then try again."
        )
    return row[0]


def table_exists(cursor, schema: str, table: str) -> bool:
    cursor.execute(
        "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relname = %s",
        (schema, table),
    )
    return cursor.fetchone() is not None


def schema_exists(cursor, schema: str) -> bool:
    cursor.execute("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s", (schema,))
    return cursor.fetchone() is not None


def create_postgis_tables(cursor, schema: str, table: str = DEFAULT_TABLE) -> None:
    """Create the geofence table ``schema.table``, its history table and triggers, through ``cursor``.

    The caller owns the transaction (commit or roll back). Every identifier is quoted by psycopg2.sql.

    - ``fence_id`` comes from a sequence on every insert (a value sent by the client is replaced) and
      can never change.
    - ``edited_by``/``edited_at`` are set to ``session_user`` (the login role of the person who made
      the change, even when a role was SET) and ``now()`` on every insert and update.
    - Optimistic locking: ``version`` starts at 1 and goes up by one on every update. Every update must
      say which version it is based on, in ``base_version``; an update based on an older version than
      the database holds is an "Edit conflict" error, so the transaction is rolled back and the edit
      stays in the client's edit buffer. An update with no ``base_version`` is refused too, so that a
      client that knows nothing of versions (psql, a layer opened without its default style) can never
      silently overwrite someone else's change. A client that has seen the newer version and means to
      replace it sends ``overwrites_version`` = that version ("Keep my version"). ``base_version`` and
      ``overwrites_version`` are never stored; ``based_on_version`` keeps the version the stored change
      was based on, so the history shows overwritten edits.
    - The history trigger runs with the table owner's rights (SECURITY DEFINER, fixed search_path): the
      history can be read by those given SELECT on it, but only the triggers write it.
    """
    from psycopg2 import sql

    check_identifier(schema, "Schema")
    check_identifier(table, "Table", SEQUENCE_SUFFIX)
    ps = postgis_schema(cursor)
    h = history_table(table)
    seq = table + SEQUENCE_SUFFIX
    names = {
        "q": sql.Identifier(schema, table),
        "qh": sql.Identifier(schema, h),
        "seq": sql.Identifier(schema, seq),
        "seq_name": literal_name(cursor, schema, seq),
        "ps": sql.Identifier(ps),
        "geom": sql.Identifier(GEOMETRY_COLUMN),
        "stamp": sql.Identifier(schema, table + "_stamp"),
        "log": sql.Identifier(schema, table + "_log"),
        "stamp_trigger": sql.Identifier(table + "_stamp"),
        "log_trigger": sql.Identifier(table + "_log"),
        "geom_idx": sql.Identifier(table + "_geom_idx"),
        "fence_idx": sql.Identifier(h + "_fence_idx"),
        "dates": sql.Identifier(table + "_valid_dates"),
        "statuses": sql.SQL(", ").join(sql.Literal(x) for x in STATUSES),
        "srid": sql.Literal(SRID),
    }

    def run(statement: str, **extra) -> None:
        cursor.execute(sql.SQL(statement).format(**names, **extra))

    run("CREATE SEQUENCE {seq}")
    run(
        """CREATE TABLE {q} (
    fence_id integer PRIMARY KEY DEFAULT nextval({seq_name}::regclass),
    name text,
    rank integer,
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ({statuses})),
    valid_from date,
    valid_to date,
    notes text,
    edited_by text,
    edited_at timestamptz,
    version integer NOT NULL DEFAULT 1,
    based_on_version integer,
    base_version integer,
    overwrites_version integer,
    {geom} {ps}.geometry(Polygon, {srid}),
    CONSTRAINT {dates} CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
)"""
    )
    run("ALTER SEQUENCE {seq} OWNED BY {column}", column=sql.Identifier(schema, table, "fence_id"))
    run("CREATE INDEX {geom_idx} ON {q} USING gist ({geom})")
    run(
        "COMMENT ON TABLE {q} IS {comment}",
        comment=sql.Literal(f"Geofences (hot spot policing plugin). History in {h}."),
    )
    run(
        """CREATE TABLE {qh} (
    history_id bigserial PRIMARY KEY,
    fence_id integer NOT NULL,
    action text NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    edited_by text NOT NULL,
    edited_at timestamptz NOT NULL,
    version integer,
    based_on_version integer,
    old_geom {ps}.geometry(Polygon, {srid}),
    new_geom {ps}.geometry(Polygon, {srid})
)"""
    )
    run("CREATE INDEX {fence_idx} ON {qh} (fence_id)")
    run(
        "COMMENT ON TABLE {qh} IS {comment}",
        comment=sql.Literal(
            f"Change history of the geofence layer {table}: one row per insert, geometry change, delete."
        ),
    )
    stamp = sql.SQL(_STAMP_BODY).format(**names)
    run(
        "CREATE FUNCTION {stamp}() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = pg_catalog, {ps}, pg_temp AS {body}",
        body=function_body(cursor, stamp),
    )
    log = sql.SQL(_LOG_BODY).format(**names)
    run(
        "CREATE FUNCTION {log}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, {ps}, pg_temp AS {body}",
        body=function_body(cursor, log),
    )
    run("REVOKE ALL ON FUNCTION {stamp}(), {log}() FROM PUBLIC")
    run("CREATE TRIGGER {stamp_trigger} BEFORE INSERT OR UPDATE ON {q} FOR EACH ROW EXECUTE FUNCTION {stamp}()")
    run("CREATE TRIGGER {log_trigger} AFTER INSERT OR UPDATE OR DELETE ON {q} FOR EACH ROW EXECUTE FUNCTION {log}()")


# The messages below are what a planner reads in QGIS when a save is refused: what happened, that the
# edit is still in their buffer, and what to do. ``Edit conflict on fence <id>`` is matched by the plugin.
_STAMP_BODY = """
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.fence_id := nextval({seq_name}::regclass);
        NEW.status := coalesce(NEW.status, 'draft');
        NEW.version := 1;
        NEW.based_on_version := NULL;
    ELSE
        IF NEW.fence_id IS DISTINCT FROM OLD.fence_id THEN
            RAISE EXCEPTION 'fence_id % is assigned by the database and cannot be changed', OLD.fence_id;
        END IF;
        IF NEW.base_version IS NULL AND NEW.overwrites_version IS NULL THEN
            RAISE EXCEPTION USING
                MESSAGE = format('Fence %s was not saved: the change does not say which version of the fence '
                                 || 'it is based on, so the database cannot tell whether it would overwrite '
                                 || 'another edit.', OLD.fence_id),
                ERRCODE = 'check_violation',
                HINT = 'Open the layer with its default style (QGIS then sends base_version), or use the '
                       || 'hot spot policing plugin. In SQL, add base_version = version to the SET list to '
                       || 'change the version that is there now.';
        END IF;
        -- The version the change builds on, or the newer one the planner has seen and replaces on purpose.
        IF coalesce(NEW.overwrites_version, NEW.base_version) <> OLD.version THEN
            RAISE EXCEPTION 'Edit conflict on fence %: % changed it at % after you started editing.',
                OLD.fence_id, coalesce(OLD.edited_by, 'another planner'), OLD.edited_at
                USING ERRCODE = 'serialization_failure',
                DETAIL = format('You edited version %s; the database now holds version %s.',
                                coalesce(NEW.overwrites_version, NEW.base_version), OLD.version),
                HINT = 'Your change was not saved and is still in your edit buffer: look at their change, '
                       || 'then apply yours again (or keep yours on purpose: overwrites_version = '
                       || OLD.version || ').';
        END IF;
        -- Kept over a newer version, base_version is older than OLD.version: the history shows what it replaced.
        NEW.based_on_version := NEW.base_version;
        NEW.version := OLD.version + 1;
    END IF;
    NEW.base_version := NULL;
    NEW.overwrites_version := NULL;
    NEW.edited_by := session_user;
    NEW.edited_at := now();
    RETURN NEW;
END
"""

_LOG_BODY = """
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO {qh} (fence_id, action, edited_by, edited_at, version, based_on_version, old_geom, new_geom)
        VALUES (NEW.fence_id, 'insert', session_user, now(), NEW.version, NULL, NULL, NEW.{geom});
    ELSIF TG_OP = 'UPDATE' THEN
        IF ST_AsEWKB(NEW.{geom}) IS DISTINCT FROM ST_AsEWKB(OLD.{geom}) THEN
            INSERT INTO {qh} (fence_id, action, edited_by, edited_at, version, based_on_version, old_geom, new_geom)
            VALUES (NEW.fence_id, 'update', session_user, now(), NEW.version, NEW.based_on_version,
                    OLD.{geom}, NEW.{geom});
        END IF;
    ELSE
        INSERT INTO {qh} (fence_id, action, edited_by, edited_at, version, based_on_version, old_geom, new_geom)
        VALUES (OLD.fence_id, 'delete', session_user, now(), OLD.version, NULL, OLD.{geom}, NULL);
    END IF;
    RETURN NULL;
END
"""


def overwritten_changes(rows) -> dict:
    """Which history rows were overwritten: ``{history_id: history_id of the save that replaced it}``.

    ``rows`` are history rows (dicts with ``history_id, fence_id, action, version, based_on_version``),
    oldest first. An update stored with ``based_on_version`` b and ``version`` v built on version b, so
    the changes that made versions b+1 … v−1 of that fence were replaced without being built on (the
    planner chose "Keep my version" after an edit conflict). When b is unknown but the update replaced a
    newer version on purpose, only version v−1 is known to be replaced. Rows without versions (GeoPackage,
    or histories from before versions were kept) are never flagged.
    """
    by_fence: dict = {}
    for row in rows:
        if row.get("version") is not None:
            by_fence.setdefault(row["fence_id"], []).append(row)
    replaced: dict = {}
    for history in by_fence.values():
        for row in history:
            if not row_overwrote(row):
                continue
            v, b = row["version"], row.get("based_on_version")
            first = v - 1 if b is None else b + 1
            for earlier in history:
                if earlier is row or earlier["history_id"] > row["history_id"]:
                    continue
                if first <= earlier["version"] <= v - 1 and earlier["action"] != "delete":
                    replaced.setdefault(earlier["history_id"], row["history_id"])
    return replaced


def row_overwrote(row) -> bool:
    """True for an update stored over a version newer than the one its change was based on."""
    if row.get("action") != "update" or row.get("version") is None:
        return False
    return row.get("based_on_version") != row["version"] - 1


def gpkg_blob_to_wkb(blob: Optional[bytes]) -> Optional[bytes]:
    """The WKB inside a GeoPackage geometry blob (header ``GP``, version, flags, srs_id, envelope).

    Returns None for NULL or empty geometries.
    """
    if blob is None:
        return None
    blob = bytes(blob)
    if len(blob) < 8 or blob[:2] != b"GP":
        raise HotspotInputError("The history table holds a geometry that is not a GeoPackage blob.")
    flags = blob[3]
    if flags & 0b00010000:  # empty geometry flag
        return None
    envelope = (flags >> 1) & 0b111
    envelope_bytes = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get(envelope)
    if envelope_bytes is None:
        raise HotspotInputError("The history table holds a GeoPackage geometry with an unknown envelope.")
    return blob[8 + envelope_bytes :]


def gpkg_blob_srid(blob: bytes) -> int:
    """The srs_id of a GeoPackage geometry blob."""
    blob = bytes(blob)
    little = blob[3] & 1
    return struct.unpack("<i" if little else ">i", blob[4:8])[0]
