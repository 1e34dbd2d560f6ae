"""GeoPackage files handled as SQLite databases: settle a finished file, add layers in one transaction.

A new layer for an existing GeoPackage is first written to a GeoPackage of its own (beside the
target, see ``core/atomic_files.py``); :func:`merge_geopackage` then copies its tables — with their
spatial index, triggers, ``gpkg_*`` registrations, QGIS styles (``layer_styles``) and metadata — into
the target inside one SQLite transaction. The target's other layers are never touched, other
programs that have it open keep working (SQLite's own locking), and if anything fails the
transaction is rolled back: the target is as it was. Only Python's ``sqlite3`` is used: no
spatial SQL functions are needed because rows are copied before the triggers that call them exist.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Union

from .errors import HotspotInputError

_SYSTEM_PREFIXES = ("gpkg_", "rtree_", "sqlite_")
_SYSTEM_TABLES = {"layer_styles", "qgis_projects"}
#: Registration tables keyed by ``table_name`` that follow a layer when it moves.
_REGISTRIES = ("gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents", "gpkg_data_columns")
#: How long to wait for another program's write to finish before giving up (seconds).
BUSY_TIMEOUT_S = 30.0


def is_user_table(name: str) -> bool:
    """True for a layer or table of the user's data (not a GeoPackage, R-tree, SQLite or QGIS table)."""
    low = name.lower()
    return not low.startswith(_SYSTEM_PREFIXES) and low not in _SYSTEM_TABLES


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _has_table(db: sqlite3.Connection, schema: str, name: str) -> bool:
    row = db.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND lower(name) = lower(?)", (name,)
    ).fetchone()
    return row is not None


def _columns(db: sqlite3.Connection, schema: str, table: str) -> List[str]:
    return [row[1] for row in db.execute(f"PRAGMA {schema}.table_info({_quote(table)})")]


def user_tables(path: Union[str, Path]) -> List[str]:
    """Names of the user's tables in the GeoPackage ``path`` (layers and attribute tables)."""
    db = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    try:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    finally:
        db.close()
    return [name for name in names if is_user_table(name)]


def is_sqlite(path: Union[str, Path]) -> bool:
    """True when ``path`` starts with the SQLite file header (a GeoPackage, SpatiaLite or other database)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def is_geopackage(path: Union[str, Path]) -> bool:
    """True when ``path`` is an SQLite database with a ``gpkg_contents`` table."""
    try:
        db = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
        try:
            return _has_table(db, "main", "gpkg_contents")
        finally:
            db.close()
    except sqlite3.Error:
        return False


def settle(path: Union[str, Path]) -> None:
    """Leave a finished SQLite file self-contained: write-ahead log folded in, rollback journal mode.

    QGIS and GDAL may switch a GeoPackage they wrote to WAL mode; a file in rollback mode needs no
    ``-wal``/``-shm`` files beside it, so it can be moved and opened read-only anywhere.
    """
    db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    try:
        mode = db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    finally:
        db.close()
    if str(mode).lower() != "delete":
        raise HotspotInputError(
            f"{path} is still open in another program (journal mode {mode}); it cannot be finished."
        )


def merge_geopackage(
    sources: Sequence[Union[str, Path]],
    target: Union[str, Path],
    replace: bool = True,
    protected: Iterable[str] = (),
) -> List[str]:
    """Copy every user table of each GeoPackage in ``sources`` into the existing GeoPackage ``target``.

    All in one transaction. A table of the same name (compared without case, as SQLite does) is
    replaced when ``replace`` is true, else the merge is refused; tables named in ``protected`` (an
    algorithm's inputs) are never replaced. Returns the names of the tables copied.
    Raises :class:`HotspotInputError` with a message for the user; the target is then unchanged.
    """
    target = Path(target)
    if not is_geopackage(target):
        raise HotspotInputError(
            f"{target} exists but is not a GeoPackage, so no layer can be added to it. "
            "Choose another file, or write the whole file (a destination without a layer name)."
        )
    protected_names = {name.lower() for name in protected}
    db = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    aliases = []
    try:
        for n, source in enumerate(sources):
            alias = f"src{n}"
            db.execute(f"ATTACH DATABASE ? AS {alias}", (str(source),))
            aliases.append(alias)
        plan = []
        seen: Dict[str, str] = {}
        for alias in aliases:
            names = [r[0] for r in db.execute(f"SELECT name FROM {alias}.sqlite_master WHERE type = 'table'")]
            for name in names:
                if not is_user_table(name):
                    continue
                if name.lower() in seen:
                    raise HotspotInputError(f"Two outputs write a table named {name} into {target}.")
                seen[name.lower()] = alias
                plan.append((alias, name))
        existing = {
            r[0].lower(): r[0]
            for r in db.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")
            if is_user_table(r[0])
        }
        clashes = [name for _, name in plan if name.lower() in existing]
        for name in clashes:
            if name.lower() in protected_names:
                raise HotspotInputError(f"The table {name} of {target} is an input of this run and is never replaced.")
        if clashes and not replace:
            raise HotspotInputError(
                f"{target} already has a table named {', '.join(existing[c.lower()] for c in clashes)}. "
                "Existing tables are never overwritten: choose another name or another file."
            )
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise HotspotInputError(
                f"{target} is locked by another program ({error}). Save or stop its edits and run again."
            ) from None
        try:
            for name in clashes:
                _drop_table(db, existing[name.lower()])
            for alias, name in plan:
                _copy_table(db, alias, name)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        raise HotspotInputError(
            f"Could not add the new layer(s) to {target}: {error}. The file is unchanged."
        ) from None
    finally:
        for alias in aliases:
            try:
                db.execute(f"DETACH DATABASE {alias}")
            except sqlite3.Error:
                pass
        db.close()
    return [name for _, name in plan]


def _rtree_tables(db: sqlite3.Connection, schema: str, table: str) -> List[str]:
    if not _has_table(db, schema, "gpkg_extensions"):
        return []
    rows = db.execute(
        f"SELECT column_name FROM {schema}.gpkg_extensions "
        "WHERE lower(table_name) = lower(?) AND extension_name = 'gpkg_rtree_index'",
        (table,),
    ).fetchall()
    return [f"rtree_{table}_{row[0]}" for row in rows if _has_table(db, schema, f"rtree_{table}_{row[0]}")]


def _drop_table(db: sqlite3.Connection, table: str) -> None:
    """Remove a layer and everything registered for it (as GDAL's DeleteLayer does)."""
    for rtree in _rtree_tables(db, "main", table):
        db.execute(f"DROP TABLE {_quote(rtree)}")
    for registry in (*_REGISTRIES, "gpkg_metadata_reference", "gpkg_contents"):
        if _has_table(db, "main", registry):
            db.execute(f"DELETE FROM main.{registry} WHERE lower(table_name) = lower(?)", (table,))
    if _has_table(db, "main", "sqlite_sequence"):
        db.execute("DELETE FROM main.sqlite_sequence WHERE lower(name) = lower(?)", (table,))
    db.execute(f"DROP TABLE main.{_quote(table)}")


def _ensure_table(db: sqlite3.Connection, alias: str, table: str) -> None:
    """Create a GeoPackage/QGIS system table in the target like the source's, with its triggers."""
    if _has_table(db, "main", table):
        return
    rows = db.execute(
        f"SELECT type, sql FROM {alias}.sqlite_master WHERE lower(tbl_name) = lower(?) AND sql IS NOT NULL "
        "ORDER BY type = 'table' DESC",
        (table,),
    ).fetchall()
    for _, sql in rows:
        db.execute(sql)
    if table != "gpkg_contents" and _has_table(db, alias, "gpkg_contents"):
        _copy_rows(db, alias, "gpkg_contents", "lower(table_name) = lower(?)", (table,))
    if _has_table(db, alias, "gpkg_extensions") and _has_table(db, "main", "gpkg_extensions"):
        _copy_rows(db, alias, "gpkg_extensions", "lower(table_name) = lower(?)", (table,))


def _copy_rows(
    db: sqlite3.Connection,
    alias: str,
    table: str,
    where: str,
    args: tuple,
    skip: Sequence[str] = (),
    values: Optional[Dict[str, object]] = None,
) -> List[int]:
    """Copy the rows of ``alias.table`` matching ``where`` into ``main.table`` (shared columns only)."""
    target_columns = {c.lower() for c in _columns(db, "main", table)}
    columns = [c for c in _columns(db, alias, table) if c.lower() in target_columns and c not in skip]
    names = ", ".join(_quote(c) for c in columns)
    ids = []
    for row in db.execute(f"SELECT {names} FROM {alias}.{_quote(table)} WHERE {where}", args).fetchall():
        record = dict(zip(columns, row))
        record.update(values or {})
        keys = list(record)
        cursor = db.execute(
            f"INSERT INTO main.{_quote(table)} ({', '.join(_quote(k) for k in keys)}) "
            f"VALUES ({', '.join('?' for _ in keys)})",
            [record[k] for k in keys],
        )
        ids.append(cursor.lastrowid)
    return ids


def _srs_id(db: sqlite3.Connection, alias: str, srs_id: Optional[int]) -> Optional[int]:
    """The target's id for the source's spatial reference system ``srs_id`` (added if missing)."""
    if srs_id is None:
        return None
    columns = _columns(db, alias, "gpkg_spatial_ref_sys")
    row = db.execute(f"SELECT * FROM {alias}.gpkg_spatial_ref_sys WHERE srs_id = ?", (srs_id,)).fetchone()
    if row is None:
        return srs_id
    record = dict(zip(columns, row))
    same = db.execute(
        "SELECT srs_id FROM main.gpkg_spatial_ref_sys WHERE lower(organization) = lower(?) "
        "AND organization_coordsys_id = ? AND (srs_id = ? OR definition = ?) ORDER BY srs_id != ?",
        (record["organization"], record["organization_coordsys_id"], srs_id, record["definition"], srs_id),
    ).fetchone()
    if same is not None:
        return same[0]
    if db.execute("SELECT 1 FROM main.gpkg_spatial_ref_sys WHERE srs_id = ?", (srs_id,)).fetchone():
        srs_id = max(db.execute("SELECT max(srs_id) FROM main.gpkg_spatial_ref_sys").fetchone()[0], 99999) + 1
    _copy_rows(db, alias, "gpkg_spatial_ref_sys", "srs_id = ?", (record["srs_id"],), values={"srs_id": srs_id})
    return srs_id


def _copy_table(db: sqlite3.Connection, alias: str, table: str) -> None:
    if _has_table(db, alias, "gpkg_ogr_contents"):
        _ensure_table(db, alias, "gpkg_ogr_contents")  # GDAL's feature-count triggers update it
    objects = db.execute(
        f"SELECT type, name, tbl_name, sql FROM {alias}.sqlite_master WHERE sql IS NOT NULL"
    ).fetchall()
    create = next(sql for kind, name, _, sql in objects if kind == "table" and name == table)
    db.execute(create)
    db.execute(f"INSERT INTO main.{_quote(table)} SELECT * FROM {alias}.{_quote(table)}")
    rtrees = _rtree_tables(db, alias, table)
    for rtree in rtrees:
        db.execute(next(sql for kind, name, _, sql in objects if kind == "table" and name == rtree))
        _copy_rtree(db, alias, rtree)
    # Indexes and triggers last, so copying rows fires none of them (they may call GDAL's SQL functions).
    owners = {table.lower(), *(r.lower() for r in rtrees)}
    for kind, _, owner, sql in objects:
        if kind in ("index", "trigger") and owner.lower() in owners:
            db.execute(sql)

    contents = db.execute(
        f"SELECT srs_id FROM {alias}.gpkg_contents WHERE lower(table_name) = lower(?)", (table,)
    ).fetchone()
    if contents is not None:
        values = {"srs_id": _srs_id(db, alias, contents[0])}
        identifier = db.execute(
            f"SELECT identifier FROM {alias}.gpkg_contents WHERE lower(table_name) = lower(?)", (table,)
        ).fetchone()[0]
        if db.execute("SELECT 1 FROM main.gpkg_contents WHERE identifier = ?", (identifier,)).fetchone():
            values["identifier"] = table  # identifiers are unique; the table name is free (checked above)
        _copy_rows(db, alias, "gpkg_contents", "lower(table_name) = lower(?)", (table,), values=values)
    for registry in _REGISTRIES:
        if not _has_table(db, alias, registry):
            continue
        if not db.execute(f"SELECT 1 FROM {alias}.{registry} WHERE lower(table_name) = lower(?)", (table,)).fetchone():
            continue
        _ensure_table(db, alias, registry)
        values = None
        if registry == "gpkg_geometry_columns":
            srs = db.execute(
                f"SELECT srs_id FROM {alias}.gpkg_geometry_columns WHERE lower(table_name) = lower(?)", (table,)
            ).fetchone()[0]
            values = {"srs_id": _srs_id(db, alias, srs)}
        _copy_rows(db, alias, registry, "lower(table_name) = lower(?)", (table,), values=values)
    _copy_metadata(db, alias, table)
    _copy_styles(db, alias, table)


def _copy_rtree(db: sqlite3.Connection, alias: str, rtree: str) -> None:
    """Fill the new R-tree ``rtree`` from the source's.

    Copying the R-tree's own tables (``_node``, ``_parent``, ``_rowid``) is some 20 times faster than
    re-inserting every box (0.3 s against 5 s for 410,150 cells). It is done only when both files
    have the same page size (which sets the R-tree's node size), checked with SQLite's ``rtreecheck``,
    and otherwise — or if this SQLite refuses writes to those tables — the boxes are inserted.
    """
    page = db.execute("PRAGMA main.page_size").fetchone()[0]
    if page == db.execute(f"PRAGMA {alias}.page_size").fetchone()[0]:
        db.execute("SAVEPOINT rtree_copy")
        try:
            for part in ("node", "parent", "rowid"):
                shadow = _quote(f"{rtree}_{part}")
                db.execute(f"DELETE FROM main.{shadow}")
                db.execute(f"INSERT INTO main.{shadow} SELECT * FROM {alias}.{shadow}")
            check = db.execute("SELECT rtreecheck('main', ?)", (rtree,)).fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(check)
            db.execute("RELEASE rtree_copy")
            return
        except sqlite3.DatabaseError:
            db.execute("ROLLBACK TO rtree_copy")
            db.execute("RELEASE rtree_copy")
    db.execute(f"INSERT INTO main.{_quote(rtree)} SELECT * FROM {alias}.{_quote(rtree)}")


def _copy_metadata(db: sqlite3.Connection, alias: str, table: str) -> None:
    """The table's GeoPackage metadata (QGIS layer metadata lives there), with new metadata ids."""
    if not _has_table(db, alias, "gpkg_metadata_reference") or not _has_table(db, alias, "gpkg_metadata"):
        return
    references = db.execute(
        f"SELECT rowid, md_file_id FROM {alias}.gpkg_metadata_reference WHERE lower(table_name) = lower(?)",
        (table,),
    ).fetchall()
    if not references:
        return
    _ensure_table(db, alias, "gpkg_metadata")
    _ensure_table(db, alias, "gpkg_metadata_reference")
    for rowid, md_file_id in references:
        new_id = _copy_rows(db, alias, "gpkg_metadata", "id = ?", (md_file_id,), skip=("id",))
        if new_id:
            _copy_rows(
                db,
                alias,
                "gpkg_metadata_reference",
                "rowid = ?",
                (rowid,),
                values={"md_file_id": new_id[0], "md_parent_id": None},
            )


def _copy_styles(db: sqlite3.Connection, alias: str, table: str) -> None:
    """The table's QGIS styles; a copied default style becomes the target's default for that table."""
    if not _has_table(db, alias, "layer_styles"):
        return
    where = "lower(f_table_name) = lower(?)"
    if not db.execute(f"SELECT 1 FROM {alias}.layer_styles WHERE {where}", (table,)).fetchone():
        return
    _ensure_table(db, alias, "layer_styles")
    if db.execute(f"SELECT 1 FROM {alias}.layer_styles WHERE {where} AND useAsDefault", (table,)).fetchone():
        db.execute(f"UPDATE main.layer_styles SET useAsDefault = 0 WHERE {where}", (table,))
    _copy_rows(db, alias, "layer_styles", where, (table,), skip=("id",))
