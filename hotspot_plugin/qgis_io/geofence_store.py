"""Geofence layers in QGIS: create them (GeoPackage or PostGIS), recognise them, read their history.

The table, history and trigger SQL is in ``core/geofence_schema.py``; the form and style ship as
``resources/styles/geofence_layer.qml``, made by :func:`configure_geofence_layer` (see
``scripts/make_styles.py``) and saved as the layer's default style in the database it lives in.

PostgreSQL credentials: the plugin connects through a saved QGIS connection, a connection string or
a layer's source, best with an authentication configuration (``authcfg``), so that no password sits
in a connection string. Passwords are never written by the plugin: layer sources it creates leave the
password out (QGIS keeps it in memory for the session, as after its own login dialog), and every
message passes through :func:`~hotspot_plugin.core.credentials.redact`.
"""

from __future__ import annotations

import sqlite3
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsCredentials,
    QgsDataSourceUri,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpressionContextUtils,
    QgsFieldConstraints,
    QgsFields,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.access import access_roles, apply_fence_access
from ..core.credentials import redact
from ..core.errors import HotspotInputError
from ..core.geofence_schema import (
    DEFAULT_TABLE,
    GEOMETRY_COLUMN,
    SRID,
    STATUSES,
    check_name,
    create_postgis_tables,
    gpkg_blob_to_wkb,
    gpkg_history_sql,
    history_table,
    postgis_schema,
    schema_exists,
    table_exists,
)
from ..core.resources import resource_path
from ..i18n import tr
from .fields import make_fields

#: Custom layer property that marks a geofence layer (saved in its default style).
GEOFENCE_PROPERTY = "hotspot/geofence_layer"
#: Layer variables the check on save reads (Layer Properties → Variables; saved with the default style):
#: area limits in m² (0 = no limit) and whether overlapping live fences are allowed (0/1).
MIN_AREA_VARIABLE = "geofence_min_area_m2"
MAX_AREA_VARIABLE = "geofence_max_area_m2"
ALLOW_OVERLAP_VARIABLE = "geofence_allow_overlap"
DEFAULT_MIN_AREA_M2 = 100.0
DEFAULT_MAX_AREA_M2 = 250000.0
STYLE_FILE = "geofence_layer.qml"
#: Default value (applied on every change) of ``base_version``: the version the fence had when this
#: edit session first changed it (kept once set, so later edits in the session do not move it on).
BASE_VERSION_DEFAULT = 'coalesce("base_version", "version")'
APPLICATION_NAME = "QGIS hot spot policing plugin"

_FIELD_TYPES = [
    ("fence_id", "Int"),
    ("name", "String"),
    ("rank", "Int"),
    ("status", "String"),
    ("valid_from", "Date"),
    ("valid_to", "Date"),
    ("notes", "String"),
    ("edited_by", "String"),
    ("edited_at", "DateTime"),
]


def geofence_fields() -> QgsFields:
    return make_fields(_FIELD_TYPES)


def is_geofence_layer(layer) -> bool:
    """True for a polygon vector layer made by ``hotspot:creategeofencelayer`` (marked, or with its fields)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
        return False
    if str(layer.customProperty(GEOFENCE_PROPERTY, "")) in ("1", "true", "True"):
        return True
    names = set(layer.fields().names())
    return {"fence_id", "status", "valid_from", "valid_to", "edited_by", "edited_at"} <= names


def configure_geofence_layer(layer: QgsVectorLayer) -> None:
    """Form, defaults, constraints, style and marker property of a geofence layer (any provider)."""
    fields = layer.fields()

    def widget(name: str, kind: str, config: Optional[dict] = None, editable: bool = True, alias: str = ""):
        index = fields.lookupField(name)
        if index < 0:
            return
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(kind, config or {}))
        form = layer.editFormConfig()
        form.setReadOnly(index, not editable)
        layer.setEditFormConfig(form)
        if alias:
            layer.setFieldAlias(index, alias)

    date_config = {
        "display_format": "yyyy-MM-dd",
        "field_format": "yyyy-MM-dd",
        "calendar_popup": True,
        "allow_null": True,
        "field_iso_format": False,
    }
    time_config = {
        "display_format": "yyyy-MM-dd HH:mm:ss",
        "field_format": "yyyy-MM-dd HH:mm:ss",
        "calendar_popup": False,
        "allow_null": True,
        "field_iso_format": False,
    }
    widget("fid", "Hidden")
    widget("fence_id", "TextEdit", {"IsMultiline": False}, editable=False, alias=tr("Fence id (assigned on save)"))
    widget("name", "TextEdit", {"IsMultiline": False}, alias=tr("Name"))
    widget(
        "rank",
        "Range",
        {"Min": 1, "Max": 100000, "Step": 1, "Style": "SpinBox", "AllowNull": True},
        alias=tr("Rank (1 = most harm)"),
    )
    widget(
        "status",
        "ValueMap",
        {"map": [{tr("Draft"): "draft"}, {tr("Live"): "live"}, {tr("Retired"): "retired"}]},
        alias=tr("Status"),
    )
    widget("valid_from", "DateTime", date_config, alias=tr("Valid from"))
    widget("valid_to", "DateTime", date_config, alias=tr("Valid to"))
    widget("notes", "TextEdit", {"IsMultiline": True}, alias=tr("Notes"))
    widget("edited_by", "TextEdit", {"IsMultiline": False}, editable=False, alias=tr("Last edited by"))
    widget("edited_at", "DateTime", time_config, editable=False, alias=tr("Last edited at"))
    widget("version", "TextEdit", {"IsMultiline": False}, editable=False, alias=tr("Version"))
    widget("based_on_version", "TextEdit", {"IsMultiline": False}, editable=False, alias=tr("Based on version"))
    widget("base_version", "Hidden")
    widget("overwrites_version", "Hidden")

    def default(name: str, expression: str, on_update: bool) -> None:
        index = fields.lookupField(name)
        if index >= 0:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(expression, on_update))

    default("status", "'draft'", False)
    default("edited_by", "@user_account_name", True)
    default("edited_at", "now()", True)
    # PostGIS: every changed fence tells the database which version it was changed from, so that the
    # database refuses a save over someone else's newer change. Part of the default style, so QGIS does
    # this for any planner who opens the layer, with or without the plugin.
    default("base_version", BASE_VERSION_DEFAULT, True)

    status = fields.lookupField("status")
    if status >= 0:
        layer.setFieldConstraint(
            status,
            QgsFieldConstraints.Constraint.ConstraintNotNull,
            QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard,
        )
        allowed = ", ".join(f"'{s}'" for s in STATUSES)
        layer.setConstraintExpression(status, f'"status" IN ({allowed})', tr("Status is draft, live or retired."))
        layer.setFieldConstraint(
            status,
            QgsFieldConstraints.Constraint.ConstraintExpression,
            QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard,
        )
    valid_to = fields.lookupField("valid_to")
    if valid_to >= 0:
        layer.setConstraintExpression(
            valid_to,
            '"valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" >= "valid_from"',
            tr("Valid to must not be before valid from."),
        )
        layer.setFieldConstraint(
            valid_to,
            QgsFieldConstraints.Constraint.ConstraintExpression,
            QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard,
        )
    layer.setCustomProperty(GEOFENCE_PROPERTY, "1")
    scope = QgsExpressionContextUtils.layerScope(layer)
    for name, value in (
        (MIN_AREA_VARIABLE, DEFAULT_MIN_AREA_M2),
        (MAX_AREA_VARIABLE, DEFAULT_MAX_AREA_M2),
        (ALLOW_OVERLAP_VARIABLE, 0),
    ):
        if not scope.hasVariable(name):
            QgsExpressionContextUtils.setLayerVariable(layer, name, f"{value:g}")


def check_settings(layer) -> Tuple[float, float, bool]:
    """(min_area_m2, max_area_m2, allow_overlap) from the layer's variables, defaults when unset or unreadable."""
    scope = QgsExpressionContextUtils.layerScope(layer)

    def number(name: str, default: float) -> float:
        try:
            return float(scope.variable(name)) if scope.hasVariable(name) else default
        except (TypeError, ValueError):
            return default

    allow = str(scope.variable(ALLOW_OVERLAP_VARIABLE) if scope.hasVariable(ALLOW_OVERLAP_VARIABLE) else "0")
    return (
        number(MIN_AREA_VARIABLE, DEFAULT_MIN_AREA_M2),
        number(MAX_AREA_VARIABLE, DEFAULT_MAX_AREA_M2),
        allow.strip().lower() in ("1", "true", "yes"),
    )


def apply_geofence_style(layer: QgsVectorLayer) -> None:
    """Load the shipped form and style, then re-apply the form rules for fields the QML may not know."""
    layer.loadNamedStyle(str(resource_path("styles", STYLE_FILE)))
    configure_geofence_layer(layer)


def save_default_style(layer: QgsVectorLayer) -> str:
    """Save the layer's style as its default in its own database (layer_styles); '' or an error message."""
    result = layer.saveStyleToDatabase("geofences", tr("Geofence form and style (hot spot policing plugin)"), True, "")
    return result if isinstance(result, str) else ""


def gpkg_uri(path: str, table: str) -> str:
    return f"{path}|layername={table}"


def create_gpkg_layer(path: str, table: str = DEFAULT_TABLE) -> QgsVectorLayer:
    """Create the geofence layer ``table`` with its history table and triggers in the GeoPackage ``path``.

    The file is created if needed; an existing layer of that name is never overwritten.
    """
    check_name(table)
    from pathlib import Path

    if Path(path).exists():
        with sqlite3.connect(path) as db:
            taken = db.execute(
                "SELECT 1 FROM sqlite_master WHERE lower(name) IN (lower(?), lower(?))", (table, history_table(table))
            ).fetchone()
        if taken:
            raise HotspotInputError(
                f"{path} already has a table {table} or {history_table(table)}. "
                "Choose another table name or another file."
            )
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    options.layerOptions = ["FID=fid", f"GEOMETRY_NAME={GEOMETRY_COLUMN}", "SPATIAL_INDEX=YES"]
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if Path(path).exists()
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    writer = QgsVectorFileWriter.create(
        path,
        geofence_fields(),
        QgsWkbTypes.Type.Polygon,
        QgsCoordinateReferenceSystem(f"EPSG:{SRID}"),
        QgsCoordinateTransformContext(),
        options,
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise HotspotInputError(f"Could not create {path}: {writer.errorMessage()}")
    del writer  # closes the file
    db = sqlite3.connect(path)
    try:
        with db:
            for statement in gpkg_history_sql(table):
                db.execute(statement)
    finally:
        db.close()
    return _open_styled(gpkg_uri(path, table), table, "ogr", f"the layer {table} in {path}")


def _open_styled(source: str, name: str, provider: str, what: str) -> QgsVectorLayer:
    """The geofence layer just created (``what``, for messages), with its form and style saved as its default."""
    layer = QgsVectorLayer(source, name, provider)
    if not layer.isValid():
        raise HotspotInputError(f"Created {what} but QGIS cannot open it as a layer.")
    apply_geofence_style(layer)
    error = save_default_style(layer)
    if error:
        raise HotspotInputError(f"Created {what} but could not save its form and style: {redact(error)}")
    return layer


def postgres_connection(name_or_uri: str):
    """A QGIS PostgreSQL connection: a saved connection's name, or a connection URI."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        raise HotspotInputError("This QGIS has no PostgreSQL provider.")
    if name_or_uri in metadata.connections(False):
        return metadata.createConnection(name_or_uri)
    try:
        return metadata.createConnection(name_or_uri, {})
    except Exception as error:  # noqa: BLE001 - QGIS raises its own exception type here
        raise HotspotInputError(f"Not a PostgreSQL connection: {redact(error)}") from None


def connection_uri(name_or_uri: str) -> QgsDataSourceUri:
    """The connection details of a saved connection's name, a connection string or a layer source."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is not None and name_or_uri in metadata.connections(False):
        return QgsDataSourceUri(metadata.createConnection(name_or_uri).uri())
    return QgsDataSourceUri(name_or_uri)


def describe_database(uri: QgsDataSourceUri) -> str:
    """Which database a connection reaches, for messages: never its password."""
    if uri.service():
        where = f"service '{uri.service()}'"
    else:
        where = f"database '{uri.database()}' on {uri.host() or 'the local socket'}:{uri.port() or '5432'}"
    if uri.username():
        where += f" as '{uri.username()}'"
    if uri.authConfigId():
        where += f" (authentication configuration {uri.authConfigId()})"
    return where


def describe_connection(name_or_uri: str) -> str:
    """A saved connection's name as given, else the database a connection string reaches (no password)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is not None and name_or_uri in metadata.connections(False):
        return f"the connection '{name_or_uri}'"
    return describe_database(QgsDataSourceUri(name_or_uri))


def connect_database(name_or_uri: str):
    """A psycopg2 connection (not in autocommit) for a saved connection's name, a connection string or a
    layer source. An ``authcfg`` is resolved by QGIS's authentication manager in memory; when the source
    holds no password, QGIS's credentials for it are used (those it keeps for the session, or its login
    dialog), as when QGIS opens the layer itself."""
    import psycopg2

    uri = connection_uri(name_or_uri)

    def connect(details: QgsDataSourceUri):
        return psycopg2.connect(details.connectionInfo(True), connect_timeout=15, application_name=APPLICATION_NAME)

    try:
        return connect(uri)
    except psycopg2.OperationalError as error:
        first = redact(str(error).strip())
    if "password" in first or "authentication" in first:
        realm = uri.connectionInfo(False)
        credentials = QgsCredentials.instance()
        credentials.lock()
        try:
            ok, user, password = credentials.get(realm, uri.username(), uri.password(), first)
            if ok and password:
                uri.setUsername(user)
                uri.setPassword(password)
                try:
                    connection = connect(uri)
                    credentials.put(realm, user, password)
                    return connection
                except psycopg2.OperationalError as error:
                    first = redact(str(error).strip())
        finally:
            credentials.unlock()
    first = first.rstrip(".") + "."
    raise HotspotInputError(
        f"Could not connect to {describe_database(uri)}: {first} Check the connection in the Browser "
        "(PostgreSQL), best with its user name and password in an authentication configuration."
    )


def database_error(error) -> str:
    """A psycopg2 error as the database worded it (message, detail, hint), with any password removed."""
    diag = getattr(error, "diag", None)
    parts = [getattr(diag, "message_primary", None) or str(error).strip()]
    for extra in (getattr(diag, "message_detail", None), getattr(diag, "message_hint", None)):
        if extra:
            parts.append(extra)
    return redact(" ".join(p.strip() for p in parts if p))


def layer_source_without_password(source: str) -> str:
    """``source`` without its password, for layers the plugin creates (so that QGIS never writes the
    password into a project or the Processing log). The password goes into QGIS's credentials for this
    session, so the layer still opens now; in a new session QGIS asks for it, unless the connection
    keeps it in an authentication configuration."""
    uri = QgsDataSourceUri(source)
    if not uri.password():
        return source
    stripped = QgsDataSourceUri.removePassword(source)
    QgsCredentials.instance().put(QgsDataSourceUri(stripped).connectionInfo(False), uri.username(), uri.password())
    return stripped


def postgis_layer_uri(connection: QgsDataSourceUri, schema: str, table: str) -> str:
    uri = QgsDataSourceUri(connection.uri(False))
    uri.setDataSource(schema, table, GEOMETRY_COLUMN, "", "fence_id")
    uri.setSrid(str(SRID))
    uri.setWkbType(QgsWkbTypes.Type.Polygon)
    return uri.uri(False)


def create_postgis_layer(
    connection_name: str, schema: str, table: str = DEFAULT_TABLE, report: Optional[List[str]] = None
) -> QgsVectorLayer:
    """Create the geofence table, history table and triggers in ``schema`` of a saved QGIS connection
    (or a connection string). In a schema set up by ``hotspot:setupaccess`` the new table gets the
    access rules (row-level security, grants, district guard) in the same transaction, and a line in
    ``report`` says so.

    Runs as one transaction: either everything is created or nothing. An existing table is never touched.
    The layer returned has a source without password (see :func:`layer_source_without_password`).
    """
    import psycopg2

    check_name(schema, "Schema")
    check_name(table)
    connection = connect_database(connection_name)
    try:
        with connection, connection.cursor() as cursor:
            if not schema_exists(cursor, schema):
                raise HotspotInputError(f"The database has no schema {schema}. Create it first or choose another.")
            for name in (table, history_table(table)):
                if table_exists(cursor, schema, name):
                    raise HotspotInputError(f"{schema}.{name} already exists. Choose another table name.")
            create_postgis_tables(cursor, schema, table)
            roles = access_roles(cursor, schema)
            if roles is not None:
                apply_fence_access(cursor, schema, table, roles)
                if report is not None:
                    report.append(
                        f"Schema {schema} is set up for shared access: analysts ({roles.analyst}) edit every fence, "
                        f"planners ({roles.planner}) those in their districts, viewers ({roles.viewer}) read "
                        "live fences."
                    )
    except psycopg2.Error as error:
        raise HotspotInputError(f"Could not create {schema}.{table}: {database_error(error)}") from None
    finally:
        connection.close()
    source = layer_source_without_password(postgis_layer_uri(connection_uri(connection_name), schema, table))
    return _open_styled(source, table, "postgres", f"{schema}.{table}")


def _gpkg_location(layer) -> Tuple[str, str]:
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path", "")
    table = parts.get("layerName") or layer.name()
    return path, table


def read_history(layer) -> List[Dict[str, object]]:
    """Rows of the history table next to a geofence layer, oldest first.

    Each row: ``history_id, fence_id, action, edited_by, edited_at`` (ISO text), ``old_wkb``,
    ``new_wkb`` (WKB bytes in EPSG:27700 or None) and ``version, based_on_version`` (PostGIS; None in a
    GeoPackage).
    """
    provider = layer.providerType()
    if provider == "ogr":
        path, table = _gpkg_location(layer)
        h = history_table(table)
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if not db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (h,)).fetchone():
                raise HotspotInputError(
                    f"{path} has no history table {h}: the layer was not made by Create geofence layer."
                )
            # SQLite has no parameters for names: the name (checked to exist above) is quoted by doubling quotes.
            quoted = '"' + h.replace('"', '""') + '"'
            rows = db.execute(
                "SELECT history_id, fence_id, action, edited_by, edited_at, old_geom, new_geom "
                f"FROM {quoted} ORDER BY history_id"
            ).fetchall()
        finally:
            db.close()
        return [
            {
                "history_id": r[0],
                "fence_id": r[1],
                "action": r[2],
                "edited_by": r[3],
                "edited_at": str(r[4]),
                "old_wkb": gpkg_blob_to_wkb(r[5]),
                "new_wkb": gpkg_blob_to_wkb(r[6]),
                "version": None,
                "based_on_version": None,
            }
            for r in rows
        ]
    if provider == "postgres":
        return _read_postgis_history(layer)
    raise HotspotInputError(f"{layer.name()} is neither in a GeoPackage nor in PostGIS: it has no change history.")


def _read_postgis_history(layer) -> List[Dict[str, object]]:
    import psycopg2
    from psycopg2 import sql

    uri = QgsDataSourceUri(layer.source())
    schema, table = uri.schema() or "public", uri.table()
    h = history_table(table)
    connection = connect_database(layer.source())
    try:
        with connection, connection.cursor() as cursor:
            if not table_exists(cursor, schema, h):
                raise HotspotInputError(
                    f"{schema} has no history table {h}: the layer was not made by Create geofence layer."
                )
            cursor.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s",
                (schema, h),
            )
            columns = {row[0] for row in cursor.fetchall()}
            versions = [sql.Identifier(c) if c in columns else sql.SQL("NULL") for c in ("version", "based_on_version")]
            as_binary = sql.Identifier(postgis_schema(cursor), "st_asbinary")
            cursor.execute(
                sql.SQL(
                    "SELECT history_id, fence_id, action, edited_by, "
                    "to_char(edited_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
                    "{as_binary}(old_geom), {as_binary}(new_geom), {version}, {based_on} "
                    "FROM {history} ORDER BY history_id"
                ).format(
                    as_binary=as_binary, version=versions[0], based_on=versions[1], history=sql.Identifier(schema, h)
                )
            )
            rows = cursor.fetchall()
    except psycopg2.Error as error:
        raise HotspotInputError(f"Could not read {schema}.{h}: {database_error(error)}") from None
    finally:
        connection.close()
    return [
        {
            "history_id": int(r[0]),
            "fence_id": int(r[1]),
            "action": r[2],
            "edited_by": r[3],
            "edited_at": str(r[4]),
            "old_wkb": bytes(r[5]) if r[5] is not None else None,
            "new_wkb": bytes(r[6]) if r[6] is not None else None,
            "version": r[7],
            "based_on_version": r[8],
        }
        for r in rows
    ]
