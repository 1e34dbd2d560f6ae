# ruff: noqa: F811 - the PostGIS fixtures are imported from tests/qgis/postgis_db.py
"""Database passwords never reach what the plugin writes; authentication configurations work end to end.

Issue 11 item 8: ``creategeofencelayer`` with a connection string printed ``password='…'`` in its log.
Each test logs in as a role of its own with a random password, so the password is a string that can
be looked for everywhere: every kind of feedback text, the results, QGIS's message log, the layer's
source and metadata, a project file holding the layer and the Processing history command.
"""

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from hotspot_plugin.qgis_io.geofence_store import connect_database, read_history
from tests.qgis.feedback import LogFeedback
from tests.qgis.geofence_helpers import add_fence, cell_layer, fence_by_name, open_layer, square
from tests.qgis.postgis_db import pg_admin, pg_logins, pg_schema, postgis_server, qgis_auth  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgis


@pytest.fixture
def message_log():
    """Everything QGIS's message log receives during the test."""
    received = []

    def keep(message, tag, level):
        received.append(f"{tag}: {message}")

    log = QgsApplication.messageLog()
    log.messageReceived.connect(keep)
    yield received
    log.messageReceived.disconnect(keep)


def fences_to_copy() -> QgsVectorLayer:
    from qgis import processing

    cells = cell_layer([(0, 0, 100, 3, 10.0, 5), (3000, 0, 100, 3, 20.0, 9)])
    return processing.run("hotspot:geofencesfromhotspots", {"INPUT": cells, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def history_command(algorithm_id: str, parameters: dict) -> str:
    """What QGIS writes into the Processing history for a run started from the algorithm's dialog."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    return algorithm.asPythonCommand(parameters, QgsProcessingContext())


def test_a_password_in_the_connection_string_is_never_written(
    hotspot_provider, qgis_new_project, pg_schema, pg_logins, message_log, tmp_path
):
    from qgis import processing

    login = pg_logins("leak", member_of=[pg_schema.settings.user])
    secret = login.password
    connection_string = login.settings.uri()
    assert f"password='{secret}'" in connection_string
    parameters = {
        "DATABASE": connection_string,
        "SCHEMA": pg_schema.schema,
        "TABLE": "geofences",
        "FENCES": fences_to_copy(),
    }
    feedback = LogFeedback()
    results = processing.runAndLoadResults("hotspot:creategeofencelayer", parameters, feedback=feedback)

    assert "Copied 2 fence(s)" in feedback.text  # the run did its work ...
    assert "The connection string holds a password" in feedback.text  # ... said how to do better ...
    assert secret not in feedback.text  # ... and never showed the password.
    assert secret not in repr(results)
    assert "password" not in results["GEOFENCES"]
    layers = QgsProject.instance().mapLayersByName("geofences")
    assert len(layers) == 1
    layer = layers[0]
    assert secret not in layer.source() and secret not in layer.publicSource()
    metadata = layer.metadata()
    assert secret not in " ".join([metadata.title(), metadata.abstract(), layer.htmlMetadata()])
    # A project saved with the layer does not hold the password either ...
    project_file = tmp_path / "planners.qgs"
    assert QgsProject.instance().write(str(project_file))
    assert secret not in project_file.read_text(encoding="utf-8")
    # ... nor does the Processing history of the run.
    command = history_command("hotspot:creategeofencelayer", dict(parameters, FENCES="fences.gpkg"))
    assert secret not in command and "creategeofencelayer" in command and "********" in command

    # The layer without its password still works in this session: QGIS keeps the password in memory.
    assert layer.featureCount() == 2
    assert layer.startEditing()
    assert layer.changeGeometry(fence_by_name(layer, "Hot spot 1").id(), square(3000, 0, 120))
    assert layer.commitChanges(), layer.commitErrors()
    history_feedback = LogFeedback()
    exported = processing.run(
        "hotspot:geofencehistory", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=history_feedback
    )
    assert exported["N_CHANGES"] == 3
    assert {f["edited_by"] for f in exported["OUTPUT"].getFeatures()} == {login.name}
    assert secret not in history_feedback.text
    assert secret not in exported["OUTPUT"].metadata().abstract()
    assert secret not in history_command("hotspot:geofencehistory", {"INPUT": connection_string, "OUTPUT": "x"})
    assert not [m for m in message_log if secret in m]


def test_refusals_do_not_show_the_password_either(hotspot_provider, pg_schema, pg_logins, message_log):
    from qgis import processing

    login = pg_logins("refused", member_of=[pg_schema.settings.user])
    wrong = login.settings.as_user(login.name, login.password + "-wrong").uri()
    for parameters in (
        {"DATABASE": wrong, "SCHEMA": pg_schema.schema, "TABLE": "geofences"},
        {"DATABASE": login.settings.uri(), "SCHEMA": "no_such_schema", "TABLE": "geofences"},
    ):
        feedback = LogFeedback()
        with pytest.raises(QgsProcessingException) as refused:
            processing.run("hotspot:creategeofencelayer", parameters, feedback=feedback)
        said = str(refused.value) + feedback.text
        assert login.password not in said
        assert "no_such_schema" in said or "password authentication failed" in said
    assert not [m for m in message_log if login.password in m]


def test_saved_connection_with_a_stored_password_gives_a_layer_without_it(run_alg, pg_schema):
    feedback = LogFeedback()
    result = run_alg(
        "creategeofencelayer",
        {"DATABASE": pg_schema.connection_name, "SCHEMA": pg_schema.schema, "TABLE": "geofences"},
        feedback=feedback,
    )
    assert "password" not in result["GEOFENCES"]
    assert "keeps its password in QGIS's settings as plain text" in feedback.text
    assert f"the connection '{pg_schema.connection_name}'" in feedback.text
    assert open_layer(result["GEOFENCES"], "postgres").isValid()


def test_an_authentication_configuration_works_end_to_end(run_alg, pg_schema, pg_logins, pg_admin, qgis_auth):
    login = pg_logins("authcfg", member_of=[pg_schema.settings.user])
    authcfg = qgis_auth(login.name, login.password)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    name = f"{pg_schema.connection_name}_authcfg"
    metadata.saveConnection(metadata.createConnection(login.settings.uri(authcfg=authcfg), {}), name)
    try:
        feedback = LogFeedback()
        result = run_alg(
            "creategeofencelayer",
            {"DATABASE": name, "SCHEMA": pg_schema.schema, "TABLE": "geofences"},
            feedback=feedback,
        )
        source = result["GEOFENCES"]
        assert f"authcfg={authcfg}" in source and "password" not in source and login.password not in source
        assert "plain text" not in feedback.text and "holds a password" not in feedback.text

        layer = open_layer(source, "postgres")
        assert layer.isValid()
        assert layer.startEditing()
        add_fence(layer, square(0, 0, 100), name="A", status="live")
        assert layer.commitChanges(), layer.commitErrors()
        assert [(r["action"], r["edited_by"]) for r in read_history(layer)] == [("insert", login.name)]

        # Rotating the password: the database and the authentication configuration change, the layer's
        # source (and every project holding it) stays the same.
        from psycopg2 import sql
        from qgis.core import QgsAuthMethodConfig

        new_password = login.password + "-rotated"
        pg_admin.sql(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(login.name), sql.Literal(new_password)))
        manager = QgsApplication.authManager()
        config = QgsAuthMethodConfig()
        manager.loadAuthenticationConfig(authcfg, config, True)
        config.setConfig("password", new_password)
        assert manager.updateAuthenticationConfig(config)
        connection = connect_database(source)  # a fresh login, through the authentication configuration
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT session_user")
                assert cursor.fetchone()[0] == login.name
        finally:
            connection.close()
        exported = run_alg("geofencehistory", {"INPUT": open_layer(source, "postgres"), "OUTPUT": "TEMPORARY_OUTPUT"})
        rows = list(exported["OUTPUT"].getFeatures(QgsFeatureRequest()))
        assert [(r["action"], r["edited_by"]) for r in rows] == [("insert", login.name)]
    finally:
        metadata.deleteConnection(name)


@pytest.mark.parametrize("algorithm_id", ["creategeofencelayer", "geofencehistory", "validategeofences", "setupaccess"])
def test_writing_the_command_logs_no_password(hotspot_provider, message_log, algorithm_id):
    """Writing the history command never hands the password to QGIS: 3.40 opens a layer parameter's string to
    write it, and OGR logs what it could not open (no server is needed to see that)."""
    secret = "pw-never-in-the-log-42"
    connection_string = f"dbname='nowhere' host=127.0.0.1 port=1 user='someone' password='{secret}'"
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"hotspot:{algorithm_id}")
    parameters = {p.name(): connection_string for p in algorithm.parameterDefinitions() if not p.isDestination()}
    commands = [algorithm.asPythonCommand(parameters, QgsProcessingContext())]
    if hasattr(QgsProcessingAlgorithm, "asQgisProcessCommand"):  # QGIS 3.24 and later
        command, ok = algorithm.asQgisProcessCommand(parameters, QgsProcessingContext())
        commands.append(command)
    assert commands[0] and algorithm_id in commands[0]
    assert not [c for c in commands if secret in c]
    assert not [m for m in message_log if secret in m], message_log
