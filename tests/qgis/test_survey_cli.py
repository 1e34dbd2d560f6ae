"""hotspot:surveyoverlay from qgis_process: what the command line passes for the question list (issue 11.6).

qgis_process gives a repeated ``QUESTION_FIELDS=`` as a list and a single one as one string, which
Processing splits at ``;`` but not at ``,``: the algorithm must read all three forms as the same list.
"""

import pytest
from qgis.core import QgsVectorLayer

from tests.qgis.survey_data import make_responses, write_csv, write_key
from tests.qgis.test_qgis_process import profile, qgis_process  # noqa: F401 - the packaged plugin's profile

#: Each test starts qgis_process (seconds each): deselect locally with -m "not slow".
pytestmark = pytest.mark.slow


@pytest.fixture
def survey_files(tmp_path, oxford_lsoa):
    rows = make_responses(oxford_lsoa)
    return write_csv(rows, tmp_path / "responses.csv"), write_key(tmp_path / "survey.key")


def run_cli(env, responses, areas, key, out, *questions):
    return qgis_process(
        env,
        "run",
        "hotspot:surveyoverlay",
        "--",
        f"RESPONSES={responses}",
        f"AREAS={areas}",
        "AREA_FIELD=LSOA11CD",
        "RESPONSE_AREA_FIELD=lsoa",
        *[f"QUESTION_FIELDS={q}" for q in questions],
        f"PERTURBATION_KEY_FILE={key}",
        f"OUTPUT={out}",
    )


@pytest.mark.parametrize(
    "questions",
    [("confidence,deal,priority",), ("confidence;deal;priority",), ("confidence", "deal", "priority")],
    ids=["commas", "semicolons", "repeated"],
)
def test_question_list_from_the_command_line(profile, survey_files, oxford_lsoa, tmp_path, questions):  # noqa: F811
    responses, key = survey_files
    out = tmp_path / "out.gpkg"
    code, text = run_cli(profile, responses, oxford_lsoa, key, out, *questions)
    assert code == 0, text
    names = QgsVectorLayer(str(out), "out", "ogr").fields().names()
    assert {"confidence_mean", "deal_top", "priority_top"} <= set(names), names
    assert "confidence → confidence_* (numeric), deal → deal_* (categorical), priority → priority_*" in text


def test_unknown_question_from_the_command_line(profile, survey_files, oxford_lsoa, tmp_path):  # noqa: F811
    responses, key = survey_files
    out = tmp_path / "out.gpkg"
    code, text = run_cli(profile, responses, oxford_lsoa, key, out, "nosuchfield")
    assert code != 0
    assert "no field 'nosuchfield'" in text and "Fields available: lsoa, lon, lat, postcode, confidence" in text
    assert not out.exists()
