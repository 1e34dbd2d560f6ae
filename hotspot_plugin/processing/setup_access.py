"""hotspot:setupaccess — roles, grants and row-level security for a force's shared PostGIS schema."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterField,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ..core.access import AccessRoles, AccessSetup, geofence_tables, parse_assignments, parse_logins, setup_access
from ..core.credentials import redact
from ..core.errors import HotspotInputError
from ..core.geofence_schema import SRID
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..qgis_io.feedback import check_cancel
from ..qgis_io.geofence_store import connect_database, database_error, describe_connection
from ..qgis_io.redacted import RedactedCommandMixin
from ..qgis_io.values import is_null
from .base import HotspotAlgorithm, run_core


def read_districts(source, code_field: str, name_field: str, context, feedback):
    """(code, name, WKB polygon in EPSG:27700) for each feature of the districts layer."""
    names = source.fields().names()
    if code_field not in names:
        raise QgsProcessingException(
            tr("The districts layer has no field {}: choose its code field.").format(code_field)
        )
    target = QgsCoordinateReferenceSystem(f"EPSG:{SRID}")
    transform = None
    if source.sourceCrs() != target:
        transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
    districts, seen = [], set()
    for feature in source.getFeatures():
        check_cancel(feedback)
        code = feature[code_field]
        if is_null(code) or not str(code).strip():
            raise QgsProcessingException(
                tr("A district (feature {}) has no code in {}: every district needs one.").format(
                    feature.id(), code_field
                )
            )
        code = str(code).strip()
        if code in seen:
            raise QgsProcessingException(
                tr("District code {} appears twice in {}: codes must be unique.").format(code, code_field)
            )
        seen.add(code)
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            raise QgsProcessingException(tr("District {} has no geometry.").format(code))
        if transform is not None:
            geometry.transform(transform)
        geometry.convertToMultiType()
        name = feature[name_field] if name_field and name_field in names else None
        districts.append((code, None if is_null(name) else str(name), bytes(geometry.asWkb())))
    return districts


class SetupAccessAlgorithm(RedactedCommandMixin, HotspotAlgorithm):
    NAME = "setupaccess"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("SetupAccessAlgorithm", "Set up access (roles, districts, row-level security)")
    GROUP = QT_TRANSLATE_NOOP("SetupAccessAlgorithm", "Geofences")
    GROUP_ID = "geofences"

    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    RESTRICTED_SCHEMA = "RESTRICTED_SCHEMA"
    ROLE_PREFIX = "ROLE_PREFIX"
    CONTACT = "CONTACT"
    ANALYSTS = "ANALYSTS"
    PLANNERS = "PLANNERS"
    VIEWERS = "VIEWERS"
    DISTRICTS = "DISTRICTS"
    DISTRICT_FIELD = "DISTRICT_FIELD"
    DISTRICT_NAME_FIELD = "DISTRICT_NAME_FIELD"
    ASSIGNMENTS = "ASSIGNMENTS"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "For a force's database administrator: sets up who may see and change what in a shared PostGIS "
            "schema, with PostgreSQL's own roles, grants and row-level security, so that the database enforces "
            "it for every client (QGIS with or without this plugin, psql, scripts).\n\n"
            "Creates three group roles, <prefix>_analyst (creates layers, reads everything, edits every fence, "
            "reads raw survey responses), <prefix>_planner (edits the fences inside the districts assigned to "
            "them, reads the rest) and <prefix>_viewer (reads live fences and published outputs only), and makes "
            "the login roles you list members. In the shared schema it creates the tables districts (polygons), "
            "planner_districts (which login may edit which district) and access_settings, and secures every "
            "geofence layer in it (those made later with Create geofence layer are secured when made). A "
            "restricted schema (default <schema>_restricted) is created for raw survey responses: only analysts "
            "may use it. Whatever analysts create in the shared schema (e.g. Community survey overlay written to "
            "PostGIS) is readable by planners and viewers.\n\n"
            "Run it with an administrator's connection (a role with CREATEROLE that owns the schema). It is safe "
            "to run again: it adds what is missing and re-applies the rules; it never drops a role, never revokes "
            "a membership, never creates login roles and never handles a password."
        )

    def flags(self):
        # Database DDL on the main thread, like Create geofence layer.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add(
            QgsProcessingParameterProviderConnection(
                self.DATABASE, self.tr("PostGIS database (administrator's connection)"), "postgres"
            ),
            self.tr(
                "A saved PostgreSQL connection that logs in as the database administrator: a role with CREATEROLE "
                "that owns the schema (or is a member of its owner). Keep its credentials in an authentication "
                "configuration; the plugin never writes a password."
            ),
        )
        self.add(
            QgsProcessingParameterDatabaseSchema(self.SCHEMA, self.tr("Shared schema"), self.DATABASE),
            self.tr(
                "The existing schema planners and viewers share: geofence layers, districts and published outputs. "
                "Put nothing here that viewers may not read."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.RESTRICTED_SCHEMA, self.tr("Restricted schema (raw survey responses)"), optional=True
            ),
            self.tr(
                "Schema only analysts may use, for raw survey responses and other personal data. Created when "
                "missing. Empty: <shared schema>_restricted."
            ),
        )
        self.add(
            QgsProcessingParameterString(self.ROLE_PREFIX, self.tr("Role prefix"), defaultValue="hotspot"),
            self.tr(
                "Start of the three group role names (<prefix>_analyst, <prefix>_planner, <prefix>_viewer), so that "
                "they do not clash with the roles of other databases on the same server, e.g. tvp_hotspot."
            ),
        )
        self.add(
            QgsProcessingParameterString(self.CONTACT, self.tr("Whom to ask for rights"), optional=True),
            self.tr(
                "Who planners and viewers should contact when the database refuses an edit, e.g. 'GIS team, "
                "ext. 4321'. Shown in QGIS's message bar with the refusal."
            ),
        )
        membership = (
            "Login roles and their passwords are made by the administrator (CREATE ROLE … LOGIN, or the force's "
            "directory), never by the plugin. Memberships are only added; remove one with REVOKE <group> FROM "
            "<login>."
        )
        self.add(
            QgsProcessingParameterString(self.ANALYSTS, self.tr("Analysts (login roles)"), optional=True),
            "Existing login roles (comma-separated) to make members of the analyst group; their sessions in "
            "this database then act as the analyst group, so that what they create belongs to the group. " + membership,
        )
        self.add(
            QgsProcessingParameterString(self.PLANNERS, self.tr("Planners (login roles)"), optional=True),
            "Existing login roles (comma-separated) to make members of the planner group. " + membership,
        )
        self.add(
            QgsProcessingParameterString(self.VIEWERS, self.tr("Viewers (login roles)"), optional=True),
            "Existing login roles (comma-separated) to make members of the viewer group. " + membership,
        )
        self.add_source(
            self.DISTRICTS,
            self.tr("Districts"),
            self.tr(
                "Optional polygons to add to (or update in) the districts table, e.g. neighbourhood policing areas. "
                "Reprojected to EPSG:27700."
            ),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        self.add(
            QgsProcessingParameterField(
                self.DISTRICT_FIELD,
                self.tr("District code field"),
                parentLayerParameterName=self.DISTRICTS,
                optional=True,
            ),
            self.tr("Field with each district's unique code (used in assignments)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.DISTRICT_NAME_FIELD,
                self.tr("District name field"),
                parentLayerParameterName=self.DISTRICTS,
                optional=True,
            ),
            self.tr("Optional field with each district's name (kept in the districts table)."),
        )
        self.add(
            QgsProcessingParameterString(
                self.ASSIGNMENTS, self.tr("Planner → districts"), optional=True, multiLine=True
            ),
            self.tr(
                "Optional assignments to add, as 'login: CODE, CODE; login: CODE', e.g. 'alice: N1, N2; bob: S1'. "
                "A role may be a team role too: its members may edit there. Assignments can also be edited in the "
                "planner_districts table."
            ),
        )
        self.addOutput(QgsProcessingOutputString("ANALYST_ROLE", self.tr("Analyst group role")))
        self.addOutput(QgsProcessingOutputString("PLANNER_ROLE", self.tr("Planner group role")))
        self.addOutput(QgsProcessingOutputString("VIEWER_ROLE", self.tr("Viewer group role")))
        self.addOutput(QgsProcessingOutputNumber("N_GEOFENCE_LAYERS", self.tr("Geofence layers secured")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import psycopg2

        connection_name = self.parameterAsConnectionName(parameters, self.DATABASE, context)
        schema = self.parameterAsSchema(parameters, self.SCHEMA, context)
        if not connection_name or not schema:
            raise QgsProcessingException(self.tr("Choose the administrator's connection and the shared schema."))
        setup = AccessSetup(
            schema=schema,
            prefix=self.parameterAsString(parameters, self.ROLE_PREFIX, context).strip(),
            contact=self.parameterAsString(parameters, self.CONTACT, context).strip(),
            restricted_schema=self.parameterAsString(parameters, self.RESTRICTED_SCHEMA, context).strip(),
            analysts=parse_logins(self.parameterAsString(parameters, self.ANALYSTS, context)),
            planners=parse_logins(self.parameterAsString(parameters, self.PLANNERS, context)),
            viewers=parse_logins(self.parameterAsString(parameters, self.VIEWERS, context)),
            assignments=run_core(parse_assignments, self.parameterAsString(parameters, self.ASSIGNMENTS, context)),
        )
        districts = self.parameterAsSource(parameters, self.DISTRICTS, context)
        if districts is not None:
            code_field = self.parameterAsString(parameters, self.DISTRICT_FIELD, context)
            if not code_field:
                raise QgsProcessingException(self.tr("Choose the districts layer's code field (District code field)."))
            name_field = self.parameterAsString(parameters, self.DISTRICT_NAME_FIELD, context)
            setup.districts = read_districts(districts, code_field, name_field, context, feedback)
        feedback.pushInfo(
            self.tr("Setting up access in schema {} of {}.").format(schema, describe_connection(connection_name))
        )
        feedback.setProgress(10)
        connection = run_core(connect_database, connection_name)
        try:
            with connection, connection.cursor() as cursor:
                report = run_core(setup_access, cursor, setup)
                tables = geofence_tables(cursor, schema)
        except psycopg2.Error as error:
            raise QgsProcessingException(
                self.tr("The database refused the set-up, nothing was changed: {}").format(database_error(error))
            ) from None
        except HotspotInputError as error:
            raise QgsProcessingException(redact(str(error))) from None
        finally:
            connection.close()
        for line in report:
            (feedback.pushWarning if line.startswith("WARNING") else feedback.pushInfo)(line)
        roles = AccessRoles(setup.prefix)
        feedback.pushInfo(
            self.tr(
                "Next: assign districts (planner_districts, or Planner → districts here), and give people's "
                "QGIS a connection with an authentication configuration for their own login."
            )
        )
        return {
            "ANALYST_ROLE": roles.analyst,
            "PLANNER_ROLE": roles.planner,
            "VIEWER_ROLE": roles.viewer,
            "N_GEOFENCE_LAYERS": len(tables),
        }
