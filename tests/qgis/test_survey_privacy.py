"""Disclosure control of hotspot:surveyoverlay (issue 11.5): the differencing attack, stable noise, no totals.

The attack from the issue: one run over the Oxford LSOAs publishes LSOA X and suppresses its
neighbour Y (fewer than 10 responses); a second run over a layer where X and Y are replaced by their
union U publishes U. Without perturbation n(U) − n(X) is Y's count and n(U)·mean(U) − n(X)·mean(X)
is the sum of Y's hidden answers.
"""

import json
import re

import pandas as pd
import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from shapely.geometry import mapping
from shapely.ops import unary_union

from tests.qgis.feedback import LogFeedback
from tests.qgis.survey_data import lsoa_shapes, make_responses, null, write_csv, write_key

K = 10


def counts_by_area(rows):
    frame = pd.DataFrame(rows)
    return frame.assign(area=frame["lsoa"].str.upper()).groupby("area").size()


@pytest.fixture
def attack(tmp_path, oxford_lsoa):
    """Responses, the LSOA layer, and a layer where a published LSOA X and a suppressed Y are one area U."""
    rows = make_responses(oxford_lsoa)
    n = counts_by_area(rows)
    shapes = dict(lsoa_shapes(oxford_lsoa))
    big = sorted(code for code in n.index if code in shapes and n[code] >= 20)
    small = sorted(code for code in n.index if code in shapes and 3 <= n[code] < K)
    # A suppressed LSOA next to a published one, as a real neighbourhood layer would join them.
    x, y = next((a, b) for b in small for a in big if shapes[a].touches(shapes[b]) or shapes[a].intersects(shapes[b]))
    for row in rows:  # every answer in X and Y valid, so that today's exact figures subtract exactly
        if row["lsoa"].upper() in (x, y) and row["confidence"] in ("", 9):
            row["confidence"] = 3
    data = json.loads(oxford_lsoa.read_text(encoding="utf-8"))
    kept = [f for f in data["features"] if f["properties"]["LSOA11CD"] not in (x, y)]
    union = {
        "type": "Feature",
        "properties": {"LSOA11CD": "UNION", "LSOA11NM": "X and Y"},
        "geometry": mapping(unary_union([shapes[x], shapes[y]])),
    }
    union_path = tmp_path / "union_layer.geojson"
    union_path.write_text(json.dumps(dict(data, features=kept + [union])), encoding="utf-8")
    path = write_csv(rows, tmp_path / "responses.csv")
    return rows, path, oxford_lsoa, union_path, x, y


def run(run_alg, responses, areas, out, key, feedback=None, **extra):
    parameters = {
        "RESPONSES": responses if isinstance(responses, QgsVectorLayer) else str(responses),
        "AREAS": str(areas),
        "AREA_FIELD": "LSOA11CD",
        "X_FIELD": "lon",
        "Y_FIELD": "lat",
        "QUESTION_FIELDS": ["confidence", "deal"],
        "MIN_RESPONDENTS": K,
        "OUTPUT": str(out),
    }
    if key is not None:
        parameters["PERTURBATION_KEY_FILE"] = str(key)
    parameters.update(extra)
    result = (
        run_alg("surveyoverlay", parameters, feedback=feedback) if feedback else run_alg("surveyoverlay", parameters)
    )
    layer = QgsVectorLayer(str(out), "overlay", "ogr")
    assert layer.isValid()
    return result, {f["LSOA11CD"]: f for f in layer.getFeatures()}


def hidden(rows, code):
    answers = [float(r["confidence"]) for r in rows if r["lsoa"].upper() == code]
    return len(answers), sum(answers) / len(answers)


def test_differencing_attack_recovers_neither_count_nor_mean(run_alg, attack, tmp_path):
    rows, path, lsoa, union, x, y = attack
    key = write_key(tmp_path / "survey.key")
    _, by_lsoa = run(run_alg, path, lsoa, tmp_path / "lsoa.gpkg", key)
    _, by_union = run(run_alg, path, union, tmp_path / "union.gpkg", key)
    assert by_lsoa[y]["suppressed"] and null(by_lsoa[y]["n_responses"]) and null(by_lsoa[y]["confidence_mean"])
    assert not by_lsoa[x]["suppressed"] and not by_union["UNION"]["suppressed"]
    n_y, mean_y = hidden(rows, y)
    assert 3 <= n_y < K

    n_x, m_x = by_lsoa[x]["n_responses"], by_lsoa[x]["confidence_mean"]
    n_u, m_u = by_union["UNION"]["n_responses"], by_union["UNION"]["confidence_mean"]
    recovered_n = n_u - n_x
    recovered_mean = (n_u * m_u - n_x * m_x) / recovered_n
    # Without perturbation both are exact (recovered_n == n_y, recovered_mean == mean_y to 1e-12).
    # With this key (the noise is fixed by the key, so this is no chance result) neither is recovered; over
    # many keys the count still comes out right about a quarter of the time, but the attacker cannot tell
    # when, and the mean is off by 0.77 points in the median (tests/core/test_disclosure.py).
    assert recovered_n != n_y
    assert abs(recovered_mean - mean_y) > 0.25, (recovered_mean, mean_y)
    # And the published figures are still close to the truth: X within the stated tolerance.
    true_n_x, true_mean_x = hidden(rows, x)
    assert abs(n_x - true_n_x) <= 2 and abs(m_x - true_mean_x) < 4.0 / true_n_x


def test_same_responses_get_the_same_noise_in_every_run(run_alg, attack, tmp_path):
    """Whatever area layer, link method, reading of the CSV or question order: the same cell, the same values."""
    rows, path, lsoa, union, x, y = attack
    key = write_key(tmp_path / "survey.key")
    _, first = run(run_alg, path, lsoa, tmp_path / "a.gpkg", key)
    _, again = run(run_alg, path, lsoa, tmp_path / "b.gpkg", key)
    _, by_union = run(run_alg, path, union, tmp_path / "c.gpkg", key, QUESTION_FIELDS=["deal", "confidence"])
    typed = QgsVectorLayer(f"file://{path}?delimiter=,&detectTypes=yes&geomType=none", "typed", "delimitedtext")
    assert typed.isValid()
    _, by_code = run(run_alg, typed, lsoa, tmp_path / "d.gpkg", key, X_FIELD="", Y_FIELD="", RESPONSE_AREA_FIELD="lsoa")
    # A GeoPackage copy of the responses (it adds a fid column) gives the same record keys too.
    gpkg = tmp_path / "responses.gpkg"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(
        typed, str(gpkg), QgsProject.instance().transformContext(), QgsVectorFileWriter.SaveVectorOptions()
    )
    assert error[0] == QgsVectorFileWriter.NoError
    _, from_gpkg = run(
        run_alg, gpkg, lsoa, tmp_path / "e.gpkg", key, X_FIELD="", Y_FIELD="", RESPONSE_AREA_FIELD="lsoa"
    )
    values = ("n_responses", "confidence_mean", "confidence_ci_low", "deal_top_pct", "deal_top_ci_high")
    compared = 0
    for code, feature in first.items():
        others = [again[code], by_code[code], from_gpkg[code]] + ([by_union[code]] if code in by_union else [])
        for other in others:
            for name in values:
                assert other[name] == feature[name], (code, name)
        compared += not feature["suppressed"]
    assert compared >= 10
    # The noise is real: some published count differs from its true count.
    n = counts_by_area(rows)
    assert any(f["n_responses"] != n[code] for code, f in first.items() if not f["suppressed"])


def test_key_decides_the_noise_and_the_profile_key_is_stable(run_alg, attack, tmp_path):
    rows, path, lsoa, _, _, _ = attack
    _, with_file = run(run_alg, path, lsoa, tmp_path / "a.gpkg", write_key(tmp_path / "survey.key"))
    other_key = write_key(tmp_path / "other.key", "another-long-random-secret-for-tests")
    _, with_other = run(run_alg, path, lsoa, tmp_path / "b.gpkg", other_key)
    _, profile_1 = run(run_alg, path, lsoa, tmp_path / "c.gpkg", None)
    _, profile_2 = run(run_alg, path, lsoa, tmp_path / "d.gpkg", None)
    published = [c for c, f in with_file.items() if not f["suppressed"]]
    assert any(with_file[c]["confidence_mean"] != with_other[c]["confidence_mean"] for c in published)
    assert all(profile_1[c]["confidence_mean"] == profile_2[c]["confidence_mean"] for c in published)
    assert all(profile_1[c]["n_responses"] == profile_2[c]["n_responses"] for c in published)


def test_bad_key_files_are_refused(run_alg, attack, tmp_path):
    _, path, lsoa, _, _, _ = attack
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run(run_alg, path, lsoa, tmp_path / "a.gpkg", tmp_path / "missing.key")
    with pytest.raises(QgsProcessingException, match="fewer than 16 bytes"):
        run(run_alg, path, lsoa, tmp_path / "b.gpkg", write_key(tmp_path / "short.key", "secret"))
    assert not (tmp_path / "a.gpkg").exists() and not (tmp_path / "b.gpkg").exists()


def test_no_log_line_or_metadata_carries_a_total(run_alg, attack, tmp_path):
    """The issue: "Responses read: 1,115" beside 1,111 published gave the suppressed areas' count."""
    from qgis import processing

    rows, path, lsoa, _, _, _ = attack
    key = write_key(tmp_path / "survey.key")
    feedback = LogFeedback()
    result, features = run(run_alg, path, lsoa, tmp_path / "a.gpkg", key, feedback=feedback)
    n = counts_by_area(rows)
    total = len(rows)
    linked = int(n[[c for c in n.index if c in features]].sum())
    published_true = int(sum(n[c] for c, f in features.items() if not f["suppressed"]))
    suppressed_true = linked - published_true
    text = "\n".join(feedback.lines + [result["REPORT"]])
    assert "Responses read" not in text
    numbers = {int(m.replace(",", "")) for m in re.findall(r"\b\d[\d,]*\b", text)}
    for figure in (total, linked, published_true, total - published_true, suppressed_true):
        assert figure not in numbers, figure
    assert "cell key" in text and "±2" in text

    # The metadata of the loaded layer: the settings and the rule, no counts of responses.
    project = QgsProject.instance()
    loaded = processing.runAndLoadResults(
        "hotspot:surveyoverlay",
        {
            "RESPONSES": str(path),
            "AREAS": str(lsoa),
            "AREA_FIELD": "LSOA11CD",
            "X_FIELD": "lon",
            "Y_FIELD": "lat",
            "QUESTION_FIELDS": ["confidence"],
            "PERTURBATION_KEY_FILE": str(key),
            "OUTPUT": str(tmp_path / "loaded.gpkg"),
        },
    )
    layer = project.mapLayer(loaded["OUTPUT"]) or next(iter(project.mapLayersByName("Survey overlay")), None)
    assert layer is not None
    abstract = layer.metadata().abstract()
    assert "cell key" in abstract and "survey.key" in abstract and "hotspot-survey-tests" not in abstract
    numbers = {int(m.replace(",", "")) for m in re.findall(r"\b\d[\d,]*\b", abstract)}
    for figure in (total, linked, published_true, suppressed_true):
        assert figure not in numbers, figure
    project.removeMapLayer(layer.id())
