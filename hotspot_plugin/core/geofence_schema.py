"""The geofence layer schema: SQL for its table, change history and triggers, in GeoPackage and PostGIS.

QGIS-free. The layer's fields are ``fence_id`` (assigned by the database on insert, never changed),
``name``, ``rank``, ``status`` (draft/live/retired), ``valid_from``, ``valid_to``, ``notes``,
``edited_by``, ``edited_at``, a polygon geometry ``geom`` in EPSG:27700, and in PostGIS ``version``
and ``base_version`` for optimistic locking between planners (see :func:`postgis_sql`).

The history table ``<table>_history`` sits next to the layer in the same database and gets one row
per insert, geometry change and delete: ``history_id, fence_id, action, edited_by, edited_at,
old_geom, new_geom``. Triggers write it, so edits made outside QGIS are recorded too.
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
#: PostGIS only: row version kept by the database, and the version an edit was based on.
LOCK_FIELDS = ("version", "base_version")
HISTORY_FIELDS = ("history_id", "fence_id", "action", "edited_by", "edited_at", "old_geom", "new_geom")

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


def postgis_sql(schema: str, table: str) -> str:
    """One SQL script creating the geofence table, its history table and triggers in ``schema``.

    - ``fence_id`` comes from a sequence on every insert (a value sent by the client is replaced) and
      can never change.
    - ``edited_by``/``edited_at`` are set to ``current_user``/``now()`` on every insert and update.
    - Optimistic locking: ``version`` starts at 1 and goes up by one on every update. A client that
      sends ``base_version`` (the version it started from; the plugin does this when an edit session is
      committed) gets an error — and its transaction rolled back — when another session changed the
      fence in the meantime, so the second planner's edit stays in their edit buffer instead of
      silently overwriting the first. ``base_version`` is never stored.
    """
    s = check_name(schema, "Schema")
    t = check_name(table)
    h = history_table(t)
    q = f'"{s}"."{t}"'
    qh = f'"{s}"."{h}"'
    seq = f"{s}.{t}_fence_id_seq"
    statuses = ", ".join(f"'{x}'" for x in STATUSES)
    return f"""
CREATE SEQUENCE "{s}"."{t}_fence_id_seq";
CREATE TABLE {q} (
    fence_id integer PRIMARY KEY DEFAULT nextval('{seq}'),
    name text,
    rank integer,
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ({statuses})),
    valid_from date,
    valid_to date,
    notes text,
    edited_by text,
    edited_at timestamptz,
    version integer NOT NULL DEFAULT 1,
    base_version integer,
    {GEOMETRY_COLUMN} geometry(Polygon, {SRID}),
    CONSTRAINT "{t}_valid_dates" CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
ALTER SEQUENCE "{s}"."{t}_fence_id_seq" OWNED BY {q}.fence_id;
CREATE INDEX "{t}_geom_idx" ON {q} USING gist ({GEOMETRY_COLUMN});
COMMENT ON TABLE {q} IS 'Geofences (hot spot policing plugin). History in {h}.';
CREATE TABLE {qh} (
    history_id bigserial PRIMARY KEY,
    fence_id integer NOT NULL,
    action text NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    edited_by text NOT NULL,
    edited_at timestamptz NOT NULL,
    old_geom geometry(Polygon, {SRID}),
    new_geom geometry(Polygon, {SRID})
);
CREATE INDEX "{h}_fence_idx" ON {qh} (fence_id);
COMMENT ON TABLE {qh} IS 'Change history of the geofence layer {t}: one row per insert, geometry change, delete.';
CREATE FUNCTION "{s}"."{t}_stamp"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.fence_id := nextval('{seq}');
        NEW.status := coalesce(NEW.status, 'draft');
        NEW.version := 1;
    ELSE
        IF NEW.fence_id IS DISTINCT FROM OLD.fence_id THEN
            RAISE EXCEPTION 'fence_id % is assigned by the database and cannot be changed', OLD.fence_id;
        END IF;
        IF NEW.base_version IS NOT NULL AND NEW.base_version <> OLD.version THEN
            RAISE EXCEPTION 'Edit conflict on fence %: % changed it at % after you started editing.',
                OLD.fence_id, coalesce(OLD.edited_by, 'another planner'), OLD.edited_at
                USING ERRCODE = 'serialization_failure',
                DETAIL = format('You edited version %s; the database now holds version %s.',
                                NEW.base_version, OLD.version),
                HINT = 'Your change was not saved and is still in your edit buffer: look at their change, '
                       || 'then apply yours again (or keep yours on purpose).';
        END IF;
        NEW.version := OLD.version + 1;
    END IF;
    NEW.base_version := NULL;
    NEW.edited_by := current_user;
    NEW.edited_at := now();
    RETURN NEW;
END
$fn$;
CREATE FUNCTION "{s}"."{t}_log"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO {qh} (fence_id, action, edited_by, edited_at, old_geom, new_geom)
        VALUES (NEW.fence_id, 'insert', current_user, now(), NULL, NEW.{GEOMETRY_COLUMN});
    ELSIF TG_OP = 'UPDATE' THEN
        IF ST_AsEWKB(NEW.{GEOMETRY_COLUMN}) IS DISTINCT FROM ST_AsEWKB(OLD.{GEOMETRY_COLUMN}) THEN
            INSERT INTO {qh} (fence_id, action, edited_by, edited_at, old_geom, new_geom)
            VALUES (NEW.fence_id, 'update', current_user, now(), OLD.{GEOMETRY_COLUMN}, NEW.{GEOMETRY_COLUMN});
        END IF;
    ELSE
        INSERT INTO {qh} (fence_id, action, edited_by, edited_at, old_geom, new_geom)
        VALUES (OLD.fence_id, 'delete', current_user, now(), OLD.{GEOMETRY_COLUMN}, NULL);
    END IF;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER "{t}_stamp" BEFORE INSERT OR UPDATE ON {q}
    FOR EACH ROW EXECUTE FUNCTION "{s}"."{t}_stamp"();
CREATE TRIGGER "{t}_log" AFTER INSERT OR UPDATE OR DELETE ON {q}
    FOR EACH ROW EXECUTE FUNCTION "{s}"."{t}_log"();
"""


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
