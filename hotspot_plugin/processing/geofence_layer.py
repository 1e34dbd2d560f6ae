"""Geofence layers in QGIS: create them (GeoPackage or PostGIS), recognise them, read their history.

The table, history and trigger SQL is in ``core/geofence_schema.py``; the form and style ship as
``resources/styles/geofence_layer.qml``, made by :func:`configure_geofence_layer` (see
``scripts/make_styles.py``) and saved as the layer's default style in the database it lives in.
"""

from __future__ import annotations

import sqlite3
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDataSourceUri,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpressionContextUtils,
    QgsField,
    QgsFieldConstraints,
    QgsFields,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..core.errors import HotspotInputError
from ..core.geofence_schema import (
    DEFAULT_TABLE,
    GEOMETRY_COLUMN,
    SRID,
    STATUSES,
    check_name,
    gpkg_blob_to_wkb,
    gpkg_history_sql,
    history_table,
    postgis_sql,
)
from ..core.resources import resource_path

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

_FIELD_TYPES = [
    ("fence_id", QVariant.Int),
    ("name", QVariant.String),
    ("rank", QVariant.Int),
    ("status", QVariant.String),
    ("valid_from", QVariant.Date),
    ("valid_to", QVariant.Date),
    ("notes", QVariant.String),
    ("edited_by", QVariant.String),
    ("edited_at", QVariant.DateTime),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("GeofenceLayer", text)


def geofence_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in _FIELD_TYPES:
        fields.append(QgsField(name, kind))
    return fields


def is_geofence_layer(layer) -> bool:
    """True for a polygon vector layer made by ``hotspot:creategeofencelayer`` (marked, or with its fields)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
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
    widget("base_version", "Hidden")

    def default(name: str, expression: str, on_update: bool) -> None:
        index = fields.lookupField(name)
        if index >= 0:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(expression, on_update))

    default("status", "'draft'", False)
    default("edited_by", "@user_account_name", True)
    default("edited_at", "now()", True)

    status = fields.lookupField("status")
    if status >= 0:
        layer.setFieldConstraint(
            status, QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintStrengthHard
        )
        allowed = ", ".join(f"'{s}'" for s in STATUSES)
        layer.setConstraintExpression(status, f'"status" IN ({allowed})', tr("Status is draft, live or retired."))
        layer.setFieldConstraint(
            status, QgsFieldConstraints.ConstraintExpression, QgsFieldConstraints.ConstraintStrengthHard
        )
    valid_to = fields.lookupField("valid_to")
    if valid_to >= 0:
        layer.setConstraintExpression(
            valid_to,
            '"valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" >= "valid_from"',
            tr("Valid to must not be before valid from."),
        )
        layer.setFieldConstraint(
            valid_to, QgsFieldConstraints.ConstraintExpression, QgsFieldConstraints.ConstraintStrengthHard
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


def geometry_from_wkb(data: Optional[bytes]):
    """A QgsGeometry from WKB bytes; an empty (null) geometry for None."""
    from qgis.core import QgsGeometry

    geometry = QgsGeometry()
    if data:
        geometry.fromWkb(bytes(data))
    return geometry


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
        QgsVectorFileWriter.CreateOrOverwriteLayer if Path(path).exists() else QgsVectorFileWriter.CreateOrOverwriteFile
    )
    writer = QgsVectorFileWriter.create(
        path,
        geofence_fields(),
        QgsWkbTypes.Polygon,
        QgsCoordinateReferenceSystem(f"EPSG:{SRID}"),
        QgsCoordinateTransformContext(),
        options,
    )
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise HotspotInputError(f"Could not create {path}: {writer.errorMessage()}")
    del writer  # closes the file
    db = sqlite3.connect(path)
    try:
        with db:
            for statement in gpkg_history_sql(table):
                db.execute(statement)
    finally:
        db.close()
    layer = QgsVectorLayer(gpkg_uri(path, table), table, "ogr")
    if not layer.isValid():
        raise HotspotInputError(f"Created {path} but QGIS cannot open the layer {table} in it.")
    apply_geofence_style(layer)
    error = save_default_style(layer)
    if error:
        raise HotspotInputError(f"Created the layer but could not save its form and style: {error}")
    return layer


def postgres_connection(name_or_uri: str):
    """A QGIS PostgreSQL connection: a saved connection's name, or a connection URI."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        raise HotspotInputError("This QGIS has no PostgreSQL provider.")
    if name_or_uri in metadata.connections(False):
        return metadata.createConnection(name_or_uri)
    return metadata.createConnection(name_or_uri, {})


def postgis_layer_uri(connection_uri: str, schema: str, table: str) -> str:
    uri = QgsDataSourceUri(connection_uri)
    uri.setDataSource(schema, table, GEOMETRY_COLUMN, "", "fence_id")
    uri.setSrid(str(SRID))
    uri.setWkbType(QgsWkbTypes.Polygon)
    return uri.uri(False)


def create_postgis_layer(connection_name: str, schema: str, table: str = DEFAULT_TABLE) -> QgsVectorLayer:
    """Create the geofence table, history table and triggers in ``schema`` of a saved QGIS connection.

    Runs as one transaction: either everything is created or nothing. An existing table is never touched.
    """
    check_name(schema, "Schema")
    check_name(table)
    connection = postgres_connection(connection_name)
    tables = {t.tableName() for t in connection.tables(schema)} if schema in connection.schemas() else None
    if tables is None:
        raise HotspotInputError(f"The database has no schema {schema}. Create it first or choose another.")
    for name in (table, history_table(table)):
        if name in tables:
            raise HotspotInputError(f"{schema}.{name} already exists. Choose another table name.")
    connection.executeSql("BEGIN;\n" + postgis_sql(schema, table) + "\nCOMMIT;")
    layer = QgsVectorLayer(postgis_layer_uri(connection.uri(), schema, table), table, "postgres")
    if not layer.isValid():
        raise HotspotInputError(f"Created {schema}.{table} but QGIS cannot open it as a layer.")
    apply_geofence_style(layer)
    error = save_default_style(layer)
    if error:
        raise HotspotInputError(f"Created the table but could not save its form and style: {error}")
    return layer


def _gpkg_location(layer) -> Tuple[str, str]:
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path", "")
    table = parts.get("layerName") or layer.name()
    return path, table


def read_history(layer) -> List[Dict[str, object]]:
    """Rows of the history table next to a geofence layer, oldest first.

    Each row: ``history_id, fence_id, action, edited_by, edited_at`` (ISO text) and ``old_wkb``,
    ``new_wkb`` (WKB bytes in EPSG:27700 or None).
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
            rows = db.execute(
                f"SELECT history_id, fence_id, action, edited_by, edited_at, old_geom, new_geom "
                f'FROM "{h}" ORDER BY history_id'
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
            }
            for r in rows
        ]
    if provider == "postgres":
        uri = QgsDataSourceUri(layer.source())
        schema, table = uri.schema() or "public", uri.table()
        h = history_table(table)
        connection = postgres_connection(layer.source())
        if h not in {t.tableName() for t in connection.tables(schema)}:
            raise HotspotInputError(
                f"{schema} has no history table {h}: the layer was not made by Create geofence layer."
            )
        rows = connection.executeSql(
            f"SELECT history_id, fence_id, action, edited_by, "
            f"to_char(edited_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
            f"encode(ST_AsBinary(old_geom), 'hex'), encode(ST_AsBinary(new_geom), 'hex') "
            f'FROM "{schema}"."{h}" ORDER BY history_id'
        )
        return [
            {
                "history_id": int(r[0]),
                "fence_id": int(r[1]),
                "action": r[2],
                "edited_by": r[3],
                "edited_at": str(r[4]),
                "old_wkb": bytes.fromhex(r[5]) if r[5] else None,
                "new_wkb": bytes.fromhex(r[6]) if r[6] else None,
            }
            for r in rows
        ]
    raise HotspotInputError(f"{layer.name()} is neither in a GeoPackage nor in PostGIS: it has no change history.")
