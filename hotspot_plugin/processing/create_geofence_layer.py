"""hotspot:creategeofencelayer — an empty, ready-to-edit geofence layer in a GeoPackage or PostGIS."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ..core.geofence_schema import DEFAULT_TABLE, history_table
from .base import HotspotAlgorithm, run_core
from .geofence_layer import create_gpkg_layer, create_postgis_layer


class CreateGeofenceLayerAlgorithm(HotspotAlgorithm):
    NAME = "creategeofencelayer"
    DISPLAY_NAME = "Create geofence layer"
    GROUP = "Geofences"
    GROUP_ID = "geofences"
    HELP = (
        "Creates an empty geofence layer for planners to draw and edit by hand, either in a GeoPackage "
        "(one analyst) or in a schema of a PostGIS database (several planners at once). Fields: fence_id "
        "(assigned by the database, never changes), name, rank, status (draft/live/retired), valid_from, "
        "valid_to, notes, edited_by, edited_at; polygons in EPSG:27700 (British National Grid). In PostGIS "
        "the table also has version (raised on every change) so that two planners editing the same fence "
        "get an edit-conflict error instead of one silently overwriting the other.\n\n"
        "Next to the layer, in the same database, a table <name>_history records every insert, geometry "
        "change and delete (fence, user, time, old and new geometry) through database triggers; export it "
        "with Geofence change history. The form (status list, date pickers, read-only id and audit fields) "
        "and style are saved as the layer's default style, so the layer opens ready to edit.\n\n"
        "To fill it from hot spots, run Geofences from hot spots and choose 'Append to layer' for its output "
        "(fence_id is assigned by the database, status becomes draft)."
    )

    OUTPUT = "OUTPUT"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    TABLE = "TABLE"
    GEOFENCES = "GEOFENCES"
    HISTORY = "HISTORY"
    PROVIDER = "PROVIDER"

    def flags(self):
        # Database DDL and the layer loaded into the project are done on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        output = QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("GeoPackage"), "GeoPackage (*.gpkg)",
                                                       optional=True, createByDefault=False)
        self.add(output, "A GeoPackage to create the layer in (a new file, or an existing one that has no "
                 "table of that name). Leave empty to use a PostGIS database instead.")
        self.add(
            QgsProcessingParameterProviderConnection(self.DATABASE, self.tr("PostGIS database (connection)"),
                                                     "postgres", optional=True),
            "A saved PostgreSQL connection (Browser → PostgreSQL → New Connection) to create the layer in. "
            "Used when no GeoPackage is given.",
        )
        self.add(
            QgsProcessingParameterDatabaseSchema(self.SCHEMA, self.tr("Schema"), self.DATABASE,
                                                 defaultValue="public", optional=True),
            "The existing schema of that database to create the table in (you need CREATE rights on it).",
        )
        self.add(
            QgsProcessingParameterString(self.TABLE, self.tr("Table (layer) name"), defaultValue=DEFAULT_TABLE),
            "Name of the new layer: lower-case letters, digits and underscores. The history table is called "
            "<name>_history. An existing table is never overwritten.",
        )
        self.addOutput(QgsProcessingOutputString(self.GEOFENCES, self.tr("Geofence layer")))
        self.addOutput(QgsProcessingOutputString(self.HISTORY, self.tr("History table")))
        self.addOutput(QgsProcessingOutputString(self.PROVIDER, self.tr("QGIS data provider (ogr or postgres)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        connection = self.parameterAsConnectionName(parameters, self.DATABASE, context)
        schema = self.parameterAsSchema(parameters, self.SCHEMA, context) or "public"
        table = self.parameterAsString(parameters, self.TABLE, context).strip() or DEFAULT_TABLE
        if path and connection:
            raise QgsProcessingException("Choose either a GeoPackage or a PostGIS connection, not both.")
        if path:
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            layer = run_core(create_gpkg_layer, path, table)
            feedback.pushInfo(f"Created the geofence layer {table} and its history table "
                              f"{history_table(table)} in {path}.")
        elif connection:
            layer = run_core(create_postgis_layer, connection, schema, table)
            feedback.pushInfo(f"Created {schema}.{table} and {schema}.{history_table(table)} in the database "
                              f"of the connection '{connection}'.")
        else:
            raise QgsProcessingException(
                "Give a GeoPackage file to create, or choose a PostGIS connection and schema.")
        feedback.pushInfo("The form and style are saved as the layer's default style (layer_styles).")
        layer.setName(table)
        context.temporaryLayerStore().addMapLayer(layer)
        context.addLayerToLoadOnCompletion(
            layer.id(), QgsProcessingContext.LayerDetails(table, context.project(), self.GEOFENCES))
        # The layer's data source (a GeoPackage path|layername, or a PostgreSQL URI) for scripts and models.
        result = {self.GEOFENCES: layer.source(), self.HISTORY: history_table(table), self.PROVIDER: layer.providerType()}
        if path:
            result[self.OUTPUT] = path
        return result
