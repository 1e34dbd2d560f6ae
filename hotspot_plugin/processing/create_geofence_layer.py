"""hotspot:creategeofencelayer — an empty, ready-to-edit geofence layer in a GeoPackage or PostGIS."""

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDateTime

from ..core.credentials import has_password, redact
from ..core.geofence_schema import DEFAULT_TABLE, history_table
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..qgis_io.geofence_store import connection_uri, create_gpkg_layer, create_postgis_layer, describe_connection
from ..qgis_io.redacted import RedactedCommandMixin
from ..qgis_io.values import is_null
from .base import HotspotAlgorithm, run_core

COPIED_FIELDS = ("name", "rank", "status", "valid_from", "valid_to", "notes")


def copy_fences(source, layer, context, feedback) -> int:
    """Copy polygons with their fence attributes into a newly created geofence layer; returns the count."""
    transform = None
    if source.sourceCrs() != layer.crs():
        transform = QgsCoordinateTransform(source.sourceCrs(), layer.crs(), context.transformContext())
    names = source.fields().names()
    fields = layer.fields()
    now = QDateTime.currentDateTime()
    features = []
    for feature in source.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        if transform is not None:
            geometry.transform(transform)
        parts = [geometry] if not geometry.isMultipart() else [QgsGeometry(p.clone()) for p in geometry.parts()]
        for part in parts:
            new = QgsFeature(fields)
            for name in COPIED_FIELDS:
                if name in names and not is_null(feature[name]):
                    new[name] = feature[name]
            if is_null(new["status"]) or str(new["status"]) not in ("draft", "live", "retired"):
                new["status"] = "draft"
            new["edited_by"] = QgsApplication.userLoginName()
            new["edited_at"] = now
            new.setGeometry(part)
            features.append(new)
    if not layer.dataProvider().addFeatures(features):
        raise QgsProcessingException(
            tr("Could not copy the fences: {}").format(redact("; ".join(layer.dataProvider().errors())))
        )
    return len(features)


class CreateGeofenceLayerAlgorithm(RedactedCommandMixin, HotspotAlgorithm):
    NAME = "creategeofencelayer"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("CreateGeofenceLayerAlgorithm", "Create geofence layer")
    GROUP = QT_TRANSLATE_NOOP("CreateGeofenceLayerAlgorithm", "Geofences")
    GROUP_ID = "geofences"

    OUTPUT = "OUTPUT"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    TABLE = "TABLE"
    FENCES = "FENCES"
    GEOFENCES = "GEOFENCES"
    HISTORY = "HISTORY"
    PROVIDER = "PROVIDER"
    #: OUTPUT adds the layer to an existing GeoPackage (qgis_io/outputs.py; tables never overwritten).
    GEOPACKAGE_ADD_OUTPUTS = (OUTPUT,)

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
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
            "To start from hot spots, give the output of Geofences from hot spots as 'Fences to start with': "
            "they are copied in as drafts (name and rank kept; fence_id assigned by the database).\n\n"
            "Credentials: use a connection whose user name and password are kept in a QGIS authentication "
            "configuration (authcfg). The plugin never writes a password: not in its log, the layer's metadata, "
            "the results or the Processing history, and the layer it adds leaves the password out of its source "
            "(so it is not saved in projects; QGIS asks for it in a new session unless the connection uses an "
            "authentication configuration)."
        )

    def flags(self):
        # Database DDL and the layer loaded into the project are done on the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        output = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("GeoPackage"), "GeoPackage (*.gpkg)", optional=True, createByDefault=False
        )
        self.add(
            output,
            self.tr(
                "A GeoPackage to create the layer in (a new file, or an existing one that has no "
                "table of that name). Leave empty to use a PostGIS database instead."
            ),
        )
        self.add(
            QgsProcessingParameterProviderConnection(
                self.DATABASE, self.tr("PostGIS database (connection)"), "postgres", optional=True
            ),
            self.tr(
                "A saved PostgreSQL connection (Browser → PostgreSQL → New Connection) to create the layer in. "
                "Used when no GeoPackage is given. Keep its user name and password in an authentication "
                "configuration (Authentication → Configurations in the connection dialog), not typed into the "
                "connection: then no password is stored in QGIS's settings, projects or logs, and passwords are "
                "changed in one place."
            ),
        )
        self.add(
            QgsProcessingParameterDatabaseSchema(
                self.SCHEMA, self.tr("Schema"), self.DATABASE, defaultValue="public", optional=True
            ),
            self.tr("The existing schema of that database to create the table in (you need CREATE rights on it)."),
        )
        self.add(
            QgsProcessingParameterString(self.TABLE, self.tr("Table (layer) name"), defaultValue=DEFAULT_TABLE),
            self.tr(
                "Name of the new layer: lower-case letters, digits and underscores. The history table is called "
                "<name>_history. An existing table is never overwritten."
            ),
        )
        self.add_source(
            self.FENCES,
            self.tr("Fences to start with"),
            self.tr(
                "Optional polygons copied into the new layer, e.g. the output of Geofences from hot spots. Their "
                "name, rank, status, valid_from, valid_to and notes are kept when present (status draft otherwise); "
                "they are reprojected to EPSG:27700 and multi-part fences split into one fence per part."
            ),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        self.addOutput(QgsProcessingOutputString(self.GEOFENCES, self.tr("Geofence layer")))
        self.addOutput(QgsProcessingOutputString(self.HISTORY, self.tr("History table")))
        self.addOutput(QgsProcessingOutputString(self.PROVIDER, self.tr("QGIS data provider (ogr or postgres)")))

    @staticmethod
    def say_how_credentials_are_kept(connection: str, feedback) -> None:
        """A warning when the password comes typed into the connection rather than from an authcfg."""
        uri = connection_uri(connection)
        if uri.authConfigId() or not uri.password():
            return
        if has_password(connection):
            feedback.pushWarning(
                tr(
                    "The connection string holds a password. The plugin leaves it out of everything it writes, "
                    "but QGIS itself shows parameter values in its log: use a saved connection with an "
                    "authentication configuration instead."
                )
            )
        else:
            feedback.pushInfo(
                tr(
                    "This connection keeps its password in QGIS's settings as plain text. The layer is added "
                    "without it (QGIS asks for it when the project is opened in a new session). Keep the "
                    "credentials in an authentication configuration instead: Browser → PostgreSQL → Edit "
                    "connection → Authentication → Configurations."
                )
            )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        connection = self.parameterAsConnectionName(parameters, self.DATABASE, context)
        schema = self.parameterAsSchema(parameters, self.SCHEMA, context) or "public"
        table = self.parameterAsString(parameters, self.TABLE, context).strip() or DEFAULT_TABLE
        if path and connection:
            raise QgsProcessingException(self.tr("Choose either a GeoPackage or a PostGIS connection, not both."))
        if path:
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            layer = run_core(create_gpkg_layer, path, table)
            feedback.pushInfo(
                self.tr("Created the geofence layer {} and its history table {}.").format(table, history_table(table))
            )
        elif connection:
            report = []
            layer = run_core(create_postgis_layer, connection, schema, table, report)
            where = describe_connection(connection)
            feedback.pushInfo(
                self.tr("Created {0}.{1} and {0}.{2} in the database of {3}.").format(
                    schema, table, history_table(table), where
                )
            )
            for line in report:
                feedback.pushInfo(line)
            self.say_how_credentials_are_kept(connection, feedback)
        else:
            raise QgsProcessingException(
                self.tr("Give a GeoPackage file to create, or choose a PostGIS connection and schema.")
            )
        fences = self.parameterAsSource(parameters, self.FENCES, context)
        if fences is not None:
            added = copy_fences(fences, layer, context, feedback)
            feedback.pushInfo(self.tr("Copied {} fence(s) into the new layer.").format(added))
        feedback.pushInfo(self.tr("The form and style are saved as the layer's default style (layer_styles)."))
        layer.setName(table)
        context.temporaryLayerStore().addMapLayer(layer)
        context.addLayerToLoadOnCompletion(
            layer.id(), QgsProcessingContext.LayerDetails(table, context.project(), self.GEOFENCES)
        )
        # The layer's data source (a GeoPackage path|layername, or a PostgreSQL URI without password) for
        # scripts and models.
        result = {
            self.GEOFENCES: layer.source(),
            self.HISTORY: history_table(table),
            self.PROVIDER: layer.providerType(),
        }
        if path:
            result[self.OUTPUT] = path
        return result
