# ruff: noqa: F811 - the PostGIS fixtures are imported from tests/qgis/postgis_db.py and access_db.py
"""Survey data in the shared database (issue 13): raw responses only analysts can read, the published
aggregates that Community survey overlay writes to PostGIS readable by planners and viewers."""

import psycopg2
import pytest
from psycopg2 import sql
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from tests.qgis.access_db import access_db  # noqa: F401 - fixture
from tests.qgis.postgis_db import pg_admin, pg_logins, postgis_server, qgis_auth  # noqa: F401 - fixtures
from tests.qgis.survey_data import csv_layer, make_responses, write_csv

pytestmark = pytest.mark.postgis
K = 10


def test_raw_responses_stay_with_analysts_and_published_aggregates_are_shared(
    access_db, run_alg, qgis_auth, oxford_lsoa, tmp_path
):
    db = access_db
    alice = db.login("alice")
    authcfg = qgis_auth(alice.name, alice.password)
    connection = db.save_connection("alice", authcfg=authcfg)
    rows = make_responses(oxford_lsoa)
    responses_csv = write_csv(rows, tmp_path / "responses.csv")

    # The analyst puts the raw responses into the restricted schema with QGIS's own Export to PostgreSQL.
    from qgis import processing

    processing.run(
        "qgis:importintopostgis",
        {
            "INPUT": csv_layer(responses_csv),
            "DATABASE": connection,
            "SCHEMA": db.restricted,
            "TABLENAME": "survey_responses",
            "OVERWRITE": False,
        },
    )
    raw = sql.Identifier(db.restricted, "survey_responses")
    assert db.sql("alice", sql.SQL("SELECT count(*) FROM {}").format(raw)) == [(len(rows),)]

    # Community survey overlay reads them from PostGIS and writes its published output to PostGIS.
    source = QgsDataSourceUri(db.login("alice").settings.uri(authcfg))
    source.setDataSource(db.restricted, "survey_responses", None, "", "id")
    responses = QgsVectorLayer(source.uri(False), "responses", "postgres")
    assert responses.isValid() and responses.featureCount() == len(rows)
    destination = QgsDataSourceUri(db.login("alice").settings.uri(authcfg))
    destination.setDataSource(db.schema, "survey_published", "geom", "", "fid")
    result = run_alg(
        "surveyoverlay",
        {
            "RESPONSES": responses,
            "AREAS": str(oxford_lsoa),
            "AREA_FIELD": "LSOA11CD",
            "RESPONSE_AREA_FIELD": "lsoa",
            "QUESTION_FIELDS": ["confidence"],
            "MIN_RESPONDENTS": K,
            "OUTPUT": "postgis:" + destination.uri(False),
        },
    )
    assert "password" not in str(result)
    published = sql.Identifier(db.schema, "survey_published")
    count = sql.SQL("SELECT count(*), count(*) FILTER (WHERE suppressed) FROM {}").format(published)
    total, suppressed = db.sql("alice", count)[0]
    assert total == 46 and 0 < suppressed < 46

    # Planners and viewers read the published aggregates, with no value for suppressed areas ...
    for who in ("vera", "pete"):
        assert db.sql(who, count) == [(total, suppressed)]
        hidden = db.sql(
            who,
            sql.SQL(
                "SELECT count(*) FROM {} WHERE suppressed AND (n_responses IS NOT NULL OR confidence_mean IS NOT NULL)"
            ).format(published),
        )
        assert hidden == [(0,)]
        # ... and cannot select a single raw response.
        with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="permission denied for schema"):
            db.sql(who, sql.SQL("SELECT count(*) FROM {}").format(raw))
    viewer_uri = QgsDataSourceUri(db.login("vera").settings.uri())
    viewer_uri.setDataSource(db.schema, "survey_published", "geom", "", "fid")
    viewer_layer = QgsVectorLayer(viewer_uri.uri(False), "published", "postgres")
    assert viewer_layer.isValid() and viewer_layer.featureCount() == 46
    viewer_uri.setDataSource(db.restricted, "survey_responses", None, "", "id")
    assert not QgsVectorLayer(viewer_uri.uri(False), "raw", "postgres").isValid()
