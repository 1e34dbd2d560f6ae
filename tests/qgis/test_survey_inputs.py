"""No silent wrong results from hotspot:surveyoverlay (issue 11.6): field names, field lists, GeoPackage areas."""

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from hotspot_plugin.core import survey as core
from hotspot_plugin.processing.survey_overlay import SurveyOverlayAlgorithm
from hotspot_plugin.qgis_io import survey_style
from tests.qgis.feedback import LogFeedback
from tests.qgis.survey_data import csv_layer, make_responses, write_csv, write_key

K = 10


@pytest.fixture
def survey(tmp_path, oxford_lsoa):
    rows = make_responses(oxford_lsoa)
    path = write_csv(rows, tmp_path / "responses.csv")
    return rows, path, write_key(tmp_path / "survey.key")


def parameters(path, areas, key, out, **extra):
    values = {
        "RESPONSES": csv_layer(path),
        "AREAS": str(areas),
        "AREA_FIELD": "LSOA11CD",
        "RESPONSE_AREA_FIELD": "lsoa",
        "QUESTION_FIELDS": ["confidence"],
        "MIN_RESPONDENTS": K,
        "PERTURBATION_KEY_FILE": str(key),
        "OUTPUT": str(out),
    }
    values.update(extra)
    return values


def test_unknown_question_field_is_an_error_naming_the_fields(run_alg, survey, oxford_lsoa, tmp_path):
    _, path, key = survey
    out = tmp_path / "out.gpkg"
    # Today "nosuchfield" read the table's last column and gave "No / Yes 50 %" for every area.
    with pytest.raises(QgsProcessingException, match="no field 'nosuchfield'") as error:
        run_alg("surveyoverlay", parameters(path, oxford_lsoa, key, out, QUESTION_FIELDS=["nosuchfield"]))
    message = str(error.value)
    assert "QUESTION_FIELDS" in message
    for name in ("confidence", "deal", "priority", "wave", "lsoa"):
        assert name in message
    with pytest.raises(QgsProcessingException, match="no field 'q9'"):
        run_alg("surveyoverlay", parameters(path, oxford_lsoa, key, out, QUESTION_FIELDS="confidence,q9"))
    assert not out.exists()


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("AREA_FIELD", "LSOA_CODE", "AREA_FIELD: the areas have no field 'LSOA_CODE'. Fields available: LSOA11CD"),
        ("RESPONSE_AREA_FIELD", "area", "RESPONSE_AREA_FIELD: the responses have no field 'area'"),
        ("WAVE_FIELD", "round", "WAVE_FIELD: the responses have no field 'round'"),
        ("RESPONSE_ID_FIELD", "respondent", "RESPONSE_ID_FIELD: the responses have no field 'respondent'"),
    ],
)
def test_every_field_parameter_is_checked(run_alg, survey, oxford_lsoa, tmp_path, key, value, message):
    _, path, secret = survey
    with pytest.raises(QgsProcessingException) as error:
        run_alg("surveyoverlay", parameters(path, oxford_lsoa, secret, tmp_path / "out.gpkg", **{key: value}))
    assert message in str(error.value)


@pytest.mark.parametrize(
    "value",
    [
        ["confidence", "deal", "priority"],  # Python, and qgis_process with QUESTION_FIELDS repeated
        "confidence;deal;priority",  # Processing's own separator
        "confidence,deal,priority",  # as typed on the command line: today taken as one field
        " confidence , DEAL ,priority",  # spaces, another case
        ["confidence,deal", "priority"],
    ],
)
def test_question_lists_parse_in_every_form(run_alg, survey, oxford_lsoa, tmp_path, value):
    _, path, key = survey
    result = run_alg("surveyoverlay", parameters(path, oxford_lsoa, key, tmp_path / "out.gpkg", QUESTION_FIELDS=value))
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert survey_style.survey_questions(layer) == [
        ("confidence", "numeric"),
        ("deal", "categorical"),
        ("priority", "categorical"),
    ]
    assert sum(1 for f in layer.getFeatures() if f["deal_top"] in ("Agree", "Disagree", "Neither")) >= 10


def geopackage_areas(oxford_lsoa, tmp_path):
    """The Oxford LSOAs as a GeoPackage, as most analysts keep them (it has a fid column)."""
    source = QgsVectorLayer(str(oxford_lsoa), "lsoa", "ogr")
    target = tmp_path / "lsoa.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(
        source, str(target), QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError, error
    layer = QgsVectorLayer(str(target), "lsoa", "ogr")
    assert "fid" in layer.fields().names()
    return target


def test_waves_from_geopackage_areas_write_every_area_and_wave(run_alg, survey, oxford_lsoa, tmp_path):
    """Today 46 of 92 rows were lost to "UNIQUE constraint failed: fid" and the run reported success."""
    _, path, key = survey
    areas = geopackage_areas(oxford_lsoa, tmp_path)
    values = parameters(path, areas, key, tmp_path / "waves.gpkg", WAVE_FIELD="wave")
    result = run_alg("surveyoverlay", values)
    layer = QgsVectorLayer(result["OUTPUT"], "waves", "ogr")
    assert layer.featureCount() == 46 * 2
    pairs = {(f["LSOA11CD"], f["wave"]) for f in layer.getFeatures()}
    assert len(pairs) == 92 and {w for _, w in pairs} == {"2023", "2024"}
    # The area layer's own fid is kept, under a name that cannot clash with the output's feature id.
    assert "area_fid" in layer.fields().names()
    area_fids = {f["LSOA11CD"]: f["fid"] for f in QgsVectorLayer(str(areas), "a", "ogr").getFeatures()}
    assert all(f["area_fid"] == area_fids[f["LSOA11CD"]] for f in layer.getFeatures())
    # The same survey over the GeoJSON areas gives the same rows, value for value.
    plain = run_alg("surveyoverlay", parameters(path, oxford_lsoa, key, tmp_path / "plain.gpkg", WAVE_FIELD="wave"))
    expected = {(f["LSOA11CD"], f["wave"]): f for f in QgsVectorLayer(plain["OUTPUT"], "p", "ogr").getFeatures()}
    for feature in layer.getFeatures():
        other = expected[(feature["LSOA11CD"], feature["wave"])]
        for name in ("n_responses", "confidence_mean", "confidence_change", "suppressed"):
            assert feature[name] == other[name], name


class RefusingSink:
    """A sink that refuses its third feature, as a GeoPackage refuses a duplicate fid."""

    def __init__(self):
        self.added = 0

    def addFeature(self, feature, flags=None):  # noqa: N802 - QGIS API name
        self.added += 1
        return self.added < 3

    def lastError(self):  # noqa: N802 - QGIS API name
        return "UNIQUE constraint failed: fid"


class QuietFeedback:
    def isCanceled(self):  # noqa: N802 - QGIS API name
        return False

    def setProgress(self, value):  # noqa: N802 - QGIS API name
        pass


def test_a_feature_the_output_refuses_is_an_error_not_a_success():
    """Today a refused feature was dropped and the run reported success; now the run fails, naming the area."""
    aggregate = core.aggregate_responses(["A"] * 12, {"q": [3] * 12}, ["A", "B", "C"], perturbation=None)
    areas = QgsVectorLayer("Polygon?crs=EPSG:27700&field=code:string", "areas", "memory")
    features = []
    for i, code in enumerate("ABC"):
        feature = QgsFeature(areas.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(i, 0, i + 1, 1)))
        features.append(feature)
    fields, names = SurveyOverlayAlgorithm._output_fields(areas.fields(), aggregate)
    sink = RefusingSink()
    with pytest.raises(QgsProcessingException, match="Could not write the feature of area C.*UNIQUE constraint"):
        SurveyOverlayAlgorithm._write(sink, fields, names, features, ["A", "B", "C"], aggregate, QuietFeedback())


def test_repeated_response_ids_are_reported(run_alg, oxford_lsoa, tmp_path):
    rows = make_responses(oxford_lsoa)
    for i, row in enumerate(rows):
        row["response_id"] = f"R{i:05d}"
    rows[1]["response_id"] = rows[0]["response_id"]
    rows[2]["response_id"] = rows[0]["response_id"]
    path = write_csv(rows, tmp_path / "responses.csv")
    feedback = LogFeedback()
    values = parameters(path, oxford_lsoa, write_key(tmp_path / "k.key"), tmp_path / "out.gpkg")
    values["RESPONSE_ID_FIELD"] = "RESPONSE_ID"  # matched case-insensitively, reported in the layer's spelling
    result = run_alg("surveyoverlay", values, feedback=feedback)
    log = "\n".join(feedback.lines)
    assert "2 responses have the same response_id as another response" in log
    assert "record keys from the response id field response_id" in log
    assert QgsVectorLayer(result["OUTPUT"], "out", "ogr").featureCount() == 46
