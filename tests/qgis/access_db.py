"""A shared schema set up by hotspot:setupaccess, with people logging in as themselves (issue 13).

``access_db`` makes, as the administrator role of the test server: a shared schema, login roles for an
analyst (alice), two planners (pete: district N, paula: district S) and a viewer (vera), each with a
random password, and runs ``hotspot:setupaccess`` with a role prefix of its own. Districts: N is the
square 0..1000 × 0..1000 (EPSG:27700 metres), S the square below it. Everything is dropped afterwards.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Dict

import pytest
from psycopg2 import sql
from qgis.core import QgsDataSourceUri, QgsFeature, QgsField, QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from hotspot_plugin.core.access import AccessRoles
from tests.qgis.geofence_helpers import square
from tests.qgis.postgis_db import PgLogin, PgSettings

CONTACT = "GIS team, ext. 4321"
DISTRICT_N = (0, 0, 1000)
DISTRICT_S = (0, -1000, 1000)


def districts_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700", "districts", "memory")
    layer.dataProvider().addAttributes([QgsField("code", QVariant.String), QgsField("label", QVariant.String)])
    layer.updateFields()
    features = []
    for code, label, (x0, y0, size) in (("N", "North", DISTRICT_N), ("S", "South", DISTRICT_S)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, label])
        feature.setGeometry(square(x0, y0, size))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@dataclass
class AccessDb:
    admin: PgSettings
    schema: str
    restricted: str
    prefix: str
    admin_connection: str
    people: Dict[str, PgLogin]
    setup_result: dict
    connections: list = field(default_factory=list)

    @property
    def roles(self) -> AccessRoles:
        return AccessRoles(self.prefix)

    def login(self, who: str) -> PgLogin:
        return self.people[who]

    def sql(self, who: str, statement, params=None):
        """Run SQL logged in as ``who`` (alice, pete, paula, vera or admin)."""
        settings = self.admin if who == "admin" else self.people[who].settings
        return settings.sql(statement, params)

    def layer_source(self, who: str, table: str, schema: str = "", authcfg: str = "") -> str:
        """The source QGIS's Browser gives the table (with geometry type and SRID: QGIS 3.22 finds a
        table's default style in layer_styles only when the source names its geometry type)."""
        uri = QgsDataSourceUri(self.people[who].settings.uri(authcfg))
        uri.setDataSource(schema or self.schema, table, "geom", "", "fence_id")
        uri.setSrid("27700")
        uri.setWkbType(QgsWkbTypes.Polygon)
        return uri.uri(False)

    def layer(self, who: str, table: str = "geofences") -> QgsVectorLayer:
        """The table as ``who``'s plain QGIS opens it (default style from the database, no plugin)."""
        return QgsVectorLayer(self.layer_source(who, table), f"{table} ({who})", "postgres")

    def save_connection(self, who: str, authcfg: str = "") -> str:
        """A saved QGIS connection for ``who`` (with an authcfg, or their password)."""
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        name = f"{self.prefix}_{who}"
        settings = self.admin if who == "admin" else self.people[who].settings
        connection = metadata.createConnection(settings.uri(authcfg), {"saveUsername": True, "savePassword": True})
        metadata.saveConnection(connection, name)
        self.connections.append(name)
        return name


def drop_access(admin: PgSettings, schemas, prefix: str) -> None:
    """Drop the test's schemas and group roles (as the administrator)."""
    for schema in schemas:
        admin.sql(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))
        admin.sql("DELETE FROM public.layer_styles WHERE f_table_schema = %s", (schema,))
    for role in AccessRoles(prefix).all:
        if not admin.sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)):
            continue
        name = sql.Identifier(role)
        admin.sql(sql.SQL("GRANT {} TO CURRENT_USER").format(name))
        admin.sql(sql.SQL("DROP OWNED BY {}").format(name))
        admin.sql(sql.SQL("DROP ROLE {}").format(name))


@pytest.fixture
def access_db(run_alg, pg_admin, pg_logins):
    token = uuid.uuid4().hex[:8]
    prefix = f"t_{token}"
    schema = f"t_{token}_shared"
    pg_admin.sql(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    people = {
        "alice": pg_logins("alice"),
        "pete": pg_logins("pete"),
        "paula": pg_logins("paula"),
        "vera": pg_logins("vera"),
    }
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    handle = AccessDb(pg_admin, schema, f"{schema}_restricted", prefix, "", people, {})
    try:
        handle.admin_connection = handle.save_connection("admin")
        handle.setup_result = run_alg(
            "setupaccess",
            {
                "DATABASE": handle.admin_connection,
                "SCHEMA": schema,
                "ROLE_PREFIX": prefix,
                "CONTACT": CONTACT,
                "ANALYSTS": people["alice"].name,
                "PLANNERS": f"{people['pete'].name}, {people['paula'].name}",
                "VIEWERS": people["vera"].name,
                "DISTRICTS": districts_layer(),
                "DISTRICT_FIELD": "code",
                "DISTRICT_NAME_FIELD": "label",
                "ASSIGNMENTS": f"{people['pete'].name}: N; {people['paula'].name}: S",
            },
        )
        yield handle
    finally:
        for name in handle.connections:
            metadata.deleteConnection(name)
        drop_access(pg_admin, [schema, f"{schema}_restricted"], prefix)
