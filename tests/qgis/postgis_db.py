"""A real PostgreSQL/PostGIS for the geofence tests (no mocks).

``scripts/start_postgis.sh`` starts a throwaway server on 127.0.0.1:54329 from Debian's packages;
the session fixture runs it when the server does not answer. Each test gets a fresh schema and a
saved QGIS PostgreSQL connection pointing at the database, both removed afterwards.

Import the fixtures into a test module with ``from tests.qgis.postgis_db import pg_schema, postgis_server``.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass
class PgSettings:
    host: str
    port: str
    database: str
    user: str
    password: str

    def connect(self):
        import psycopg2

        connection = psycopg2.connect(
            host=self.host,
            port=self.port,
            dbname=self.database,
            user=self.user,
            password=self.password,
            connect_timeout=5,
        )
        connection.autocommit = True
        return connection


@dataclass
class PgSchema:
    settings: PgSettings
    schema: str
    connection_name: str
    connection_uri: str

    def sql(self, statement: str, params=None):
        """Run SQL as the test role; rows for a SELECT, else None."""
        connection = self.settings.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement, params)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()


def _settings() -> PgSettings:
    return PgSettings(
        host=os.environ.get("HOTSPOT_PGHOST", "127.0.0.1"),
        port=os.environ.get("HOTSPOT_PGPORT", "54329"),
        database=os.environ.get("HOTSPOT_PGDATABASE", "hotspot_test"),
        user=os.environ.get("HOTSPOT_PGUSER", "hotspot_test"),
        password=os.environ.get("HOTSPOT_PGPASSWORD", "hotspot_test"),
    )


@pytest.fixture(scope="session")
def postgis_server() -> PgSettings:
    """The test server's settings; starts it with scripts/start_postgis.sh when it does not answer."""
    settings = _settings()
    try:
        settings.connect().close()
        return settings
    except Exception:  # noqa: BLE001 - any failure means: start it
        pass
    run = subprocess.run(
        ["bash", str(REPO / "scripts" / "start_postgis.sh")], capture_output=True, text=True, timeout=300
    )
    if run.returncode != 0:
        pytest.fail(f"Could not start PostGIS with scripts/start_postgis.sh:\n{run.stdout}\n{run.stderr}")
    settings.connect().close()
    return settings


@pytest.fixture
def pg_schema(postgis_server, qgis_app) -> PgSchema:
    """A fresh schema and a saved QGIS connection to the test database; both dropped after the test."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    token = uuid.uuid4().hex[:10]
    schema = f"t_{token}"
    name = f"hotspot_test_{token}"
    s = postgis_server
    uri = QgsDataSourceUri()
    uri.setConnection(s.host, s.port, s.database, s.user, s.password)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(uri.uri(False), {"saveUsername": True, "savePassword": True})
    metadata.saveConnection(connection, name)
    handle = PgSchema(s, schema, name, uri.uri(False))
    handle.sql(f'CREATE SCHEMA "{schema}"')
    yield handle
    metadata.deleteConnection(name)
    handle.sql(f'DROP SCHEMA "{schema}" CASCADE')
    if handle.sql("SELECT to_regclass('public.layer_styles') IS NOT NULL")[0][0]:
        handle.sql("DELETE FROM public.layer_styles WHERE f_table_schema = %s", (schema,))
