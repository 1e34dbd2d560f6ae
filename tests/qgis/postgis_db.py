"""A real PostgreSQL/PostGIS for the geofence tests (no mocks).

``scripts/start_postgis.sh`` starts a throwaway server on 127.0.0.1:54329 from Debian's packages;
the session fixture runs it when the server does not answer. Each test gets a fresh schema and a
saved QGIS PostgreSQL connection pointing at the database, both removed afterwards.

The server also has an administrator role (``hotspot_admin``: LOGIN CREATEROLE, member of the test
role). ``pg_logins`` makes login roles with random passwords for a test (people logging in as
themselves) and drops them afterwards; ``qgis_auth`` stores QGIS authentication configurations.

Import the fixtures into a test module with ``from tests.qgis.postgis_db import pg_schema, postgis_server``.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import List

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

    def as_user(self, user: str, password: str) -> PgSettings:
        return replace(self, user=user, password=password)

    def sql(self, statement, params=None):
        """Run SQL as this role (autocommit); rows for a SELECT, else None."""
        connection = self.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement, params)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()

    def uri(self, authcfg: str = "") -> str:
        """A QGIS connection string for this role: with its password, or with an authcfg instead."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri()
        if authcfg:
            uri.setConnection(self.host, self.port, self.database, "", "", QgsDataSourceUri.SslPrefer, authcfg)
        else:
            uri.setConnection(self.host, self.port, self.database, self.user, self.password)
        return uri.uri(False)


@dataclass
class PgSchema:
    settings: PgSettings
    schema: str
    connection_name: str
    connection_uri: str

    def sql(self, statement, params=None):
        """Run SQL as the test role; rows for a SELECT, else None."""
        return self.settings.sql(statement, params)


def _settings() -> PgSettings:
    return PgSettings(
        host=os.environ.get("HOTSPOT_PGHOST", "127.0.0.1"),
        port=os.environ.get("HOTSPOT_PGPORT", "54329"),
        database=os.environ.get("HOTSPOT_PGDATABASE", "hotspot_test"),
        user=os.environ.get("HOTSPOT_PGUSER", "hotspot_test"),
        password=os.environ.get("HOTSPOT_PGPASSWORD", "hotspot_test"),
    )


def _admin_settings() -> PgSettings:
    return replace(
        _settings(),
        user=os.environ.get("HOTSPOT_PGADMIN", "hotspot_admin"),
        password=os.environ.get("HOTSPOT_PGADMINPASSWORD", "hotspot_admin"),
    )


def _start_server() -> None:
    run = subprocess.run(
        ["bash", str(REPO / "scripts" / "start_postgis.sh")], capture_output=True, text=True, timeout=300
    )
    if run.returncode != 0:
        pytest.fail(f"Could not start PostGIS with scripts/start_postgis.sh:\n{run.stdout}\n{run.stderr}")


@pytest.fixture(scope="session")
def postgis_server() -> PgSettings:
    """The test server's settings; starts it with scripts/start_postgis.sh when it does not answer."""
    settings = _settings()
    try:
        settings.connect().close()
        return settings
    except Exception:  # noqa: BLE001 - any failure means: start it
        pass
    _start_server()
    settings.connect().close()
    return settings


@pytest.fixture(scope="session")
def pg_admin(postgis_server) -> PgSettings:
    """The administrator role (CREATEROLE); made by scripts/start_postgis.sh when an older run lacked it."""
    admin = _admin_settings()
    try:
        admin.connect().close()
    except Exception:  # noqa: BLE001 - a server started before the script made the administrator
        _start_server()
        admin.connect().close()
    return admin


@dataclass
class PgLogin:
    settings: PgSettings

    @property
    def name(self) -> str:
        return self.settings.user

    @property
    def password(self) -> str:
        return self.settings.password


@pytest.fixture
def pg_logins(pg_admin):
    """``make(label, member_of=())``: a new login role with a random password, dropped after the test
    (what it owns is handed back to the test role first)."""
    from psycopg2 import sql

    made: List[PgLogin] = []
    token = uuid.uuid4().hex[:8]

    def make(label: str, member_of=()) -> PgLogin:
        name = f"t_{token}_{label}"
        password = "pw-" + secrets.token_urlsafe(18)
        pg_admin.sql(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(name), sql.Literal(password)))
        for role in member_of:
            pg_admin.sql(sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), sql.Identifier(name)))
        login = PgLogin(pg_admin.as_user(name, password))
        made.append(login)
        return login

    yield make
    for login in made:
        name = sql.Identifier(login.name)
        pg_admin.sql(sql.SQL("GRANT {} TO CURRENT_USER").format(name))
        pg_admin.sql(sql.SQL("REASSIGN OWNED BY {} TO {}").format(name, sql.Identifier(_settings().user)))
        pg_admin.sql(sql.SQL("DROP OWNED BY {}").format(name))
        pg_admin.sql(sql.SQL("DROP ROLE {}").format(name))


TEST_MASTER_PASSWORD = "hotspot-test-master-password"


@pytest.fixture
def qgis_auth(qgis_app):
    """``store(user, password) -> authcfg id``: a Basic authentication configuration in QGIS's auth
    database (the test profile's, under .qgis-settings), removed after the test."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet() and not manager.setMasterPassword(TEST_MASTER_PASSWORD, True):
        pytest.fail(f"The test QGIS auth database ({manager.authenticationDatabasePath()}) has another master password")
    stored = []

    def store(user: str, password: str) -> str:
        config = QgsAuthMethodConfig("Basic")
        config.setName(f"hotspot test {user}")
        config.setConfig("username", user)
        config.setConfig("password", password)
        result = manager.storeAuthenticationConfig(config)
        ok = result[0] if isinstance(result, tuple) else result
        assert ok and config.id(), "could not store the authentication configuration"
        stored.append(config.id())
        return config.id()

    yield store
    for config_id in stored:
        manager.removeAuthenticationConfig(config_id)


def _share_layer_styles(settings: PgSettings) -> None:
    """Let the test role save default styles whichever test made ``public.layer_styles``.

    *Set up database access* creates the table as the administrator when it is missing and grants it to its own
    roles only; a test run that reaches it first (another run sharing the server, or a test order that starts with
    the access tests) would leave the test role unable to save a style ("Unable to add column type to
    layer_styles table"), failing every later PostGIS test for a reason that is not theirs."""
    from psycopg2 import sql

    admin = _admin_settings()
    owner = settings.sql("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'layer_styles'")
    if not owner or owner[0][0] != admin.user:  # the test role's own table, or none yet
        return
    role = sql.Identifier(settings.user)
    admin.sql(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON public.layer_styles TO {}").format(role))
    admin.sql(sql.SQL("GRANT USAGE, SELECT ON SEQUENCE public.layer_styles_id_seq TO {}").format(role))


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
    from psycopg2 import sql

    handle.sql(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    _share_layer_styles(s)
    yield handle
    metadata.deleteConnection(name)
    handle.sql(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
    if handle.sql("SELECT to_regclass('public.layer_styles') IS NOT NULL")[0][0]:
        handle.sql("DELETE FROM public.layer_styles WHERE f_table_schema = %s", (schema,))
