"""hotspot:surveyoverlay on the real Oxford LSOA boundaries with seeded synthetic responses."""

import hashlib
import math
import re

import pandas as pd
import pytest
from qgis.core import (
    QgsExpression,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant
from scipy import stats

from tests.qgis.survey_data import (
    NOISE_VARIANCE,
    csv_layer,
    lsoa_shapes,
    make_responses,
    null,
    write_csv,
    write_key,
    write_lookup,
)

K = 10
#: Width of the 1–5 confidence scale: the cell key noise on a sum of answers is below one answer's range.
WIDTH = 4.0


@pytest.fixture
def responses(tmp_path, oxford_lsoa):
    rows = make_responses(oxford_lsoa)
    path = write_csv(rows, tmp_path / "responses.csv")
    return rows, path


def run_overlay(run_alg, responses_path, areas_path, **extra):
    """Run the overlay to a GeoPackage and open it afresh (as a user would)."""
    output = responses_path.parent / f"overlay_{len(list(responses_path.parent.glob('overlay_*.gpkg')))}.gpkg"
    parameters = {
        "RESPONSES": csv_layer(responses_path),
        "AREAS": str(areas_path),
        "AREA_FIELD": "LSOA11CD",
        "QUESTION_FIELDS": ["confidence", "deal"],
        "MIN_RESPONDENTS": K,
        "CONFIDENCE": 0.95,
        "PERTURBATION_KEY_FILE": str(write_key(responses_path.parent / "survey.key")),
        "OUTPUT": str(output),
    }
    parameters.update(extra)
    result = run_alg("surveyoverlay", parameters)
    layer = QgsVectorLayer(str(output), "overlay", "ogr")
    assert layer.isValid()
    return result, layer


def features_by_code(layer):
    out = {}
    for feature in layer.getFeatures():
        out.setdefault(feature["LSOA11CD"], []).append(feature)
    return out


def expected_by_pandas(rows, by=("area",)):
    frame = pd.DataFrame(rows)
    frame["area"] = frame["lsoa"].str.upper()
    numeric = pd.to_numeric(frame["confidence"], errors="coerce")
    frame["c"] = numeric.where(numeric.between(1, 5))
    return frame, frame.groupby(list(by)).size(), frame.dropna(subset=["c"]).groupby(list(by))["c"]


def test_code_link_matches_pandas_and_suppresses(run_alg, responses, oxford_lsoa):
    rows, path = responses
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result, layer = run_overlay(run_alg, path, oxford_lsoa, RESPONSE_AREA_FIELD="lsoa")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # the input is never changed
    assert layer.featureCount() == 46
    frame, n, c = expected_by_pandas(rows)
    stats_c = c.agg(["mean", "std", "count"])
    published = suppressed = 0
    survey_fields = [f for f in layer.fields().names() if f not in ("fid", "LSOA11CD", "LSOA11NM", "suppressed")]
    for code, (feature,) in features_by_code(layer).items():
        count = int(n.get(code, 0))
        if count < K:
            suppressed += 1
            assert feature["suppressed"] is True or feature["suppressed"] == 1
            for name in survey_fields:
                assert null(feature[name]), (code, name)
            continue
        published += 1
        # Cell key noise: within ±2 of the true count, never below the threshold.
        assert abs(feature["n_responses"] - count) <= 2 and feature["n_responses"] >= K
        if code in stats_c.index and stats_c.loc[code, "count"] >= K:
            mean, sd, m = stats_c.loc[code]
            published_mean = feature["confidence_mean"]
            assert abs(published_mean - mean) < WIDTH / m  # the stated tolerance
            # The t interval around the published mean, widened by the noise's variance (Satterthwaite df).
            sampling, noise = sd**2 / m, WIDTH**2 * NOISE_VARIANCE / m**2
            df = (sampling + noise) ** 2 / (sampling**2 / (m - 1))
            half = stats.t.ppf(0.975, df) * math.sqrt(sampling + noise)
            assert feature["confidence_ci_low"] == pytest.approx(published_mean - half)
            assert feature["confidence_ci_high"] == pytest.approx(published_mean + half)
            assert half > stats.t.ppf(0.975, m - 1) * sd / math.sqrt(m)
        counts = frame[frame["area"] == code]["deal"].value_counts()
        assert feature["deal_top"] == " / ".join(sorted(counts[counts == counts.max()].index))
        assert abs(feature["deal_top_pct"] - 100 * counts.max() / counts.sum()) < 100 / counts.sum()
    assert published >= 10 and suppressed >= 10
    assert result["AREAS_PUBLISHED"] == published and result["AREAS_SUPPRESSED"] == suppressed
    # Unmatched codes are counted (perturbed like every count that depends on the area layer) and reported.
    assert 3 <= result["RESPONSES_NOT_LINKED"] <= 7
    assert "responses match no area" in result["REPORT"] and "E01099999" in result["REPORT"]
    # Off-scale answers are whole-survey counts (the same whatever the area layer), exact.
    off_scale = int((pd.to_numeric(frame["confidence"], errors="coerce") == 9).sum())
    assert off_scale > 0 and result["ANSWERS_LEFT_OUT"] == off_scale
    assert f"{off_scale} answers to confidence lie outside 1–5" in result["REPORT"]


def test_coordinates_link_gives_the_same_areas(run_alg, responses, oxford_lsoa):
    rows, path = responses
    _, by_code = run_overlay(run_alg, path, oxford_lsoa, RESPONSE_AREA_FIELD="lsoa")
    result, by_xy = run_overlay(run_alg, path, oxford_lsoa, X_FIELD="lon", Y_FIELD="lat")
    a, b = features_by_code(by_code), features_by_code(by_xy)
    for code in a:
        assert a[code][0]["n_responses"] == b[code][0]["n_responses"]
        assert a[code][0]["confidence_mean"] == b[code][0]["confidence_mean"]
    assert "match no area" in result["REPORT"]  # the five points at (-1, 50) lie outside Oxford


def test_postcode_link_counts_bad_and_unknown_postcodes(run_alg, tmp_path, responses, oxford_lsoa):
    rows, _ = responses
    rows = [dict(r) for r in rows]
    rows[0]["postcode"] = "not a postcode"
    rows[1]["postcode"] = "OX1"
    rows[2]["postcode"] = ""
    lookup = write_lookup(rows[3:], tmp_path / "lookup.csv")
    rows[3]["postcode"] = "OX9 9ZZ"  # valid shape, not in the lookup
    path = write_csv(rows, tmp_path / "postcodes.csv")
    result, layer = run_overlay(run_alg, path, oxford_lsoa, POSTCODE_FIELD="postcode", POSTCODE_LOOKUP=str(lookup))
    report = result["REPORT"]
    assert re.search(r"\b\d responses have a postcode that is not a valid UK postcode", report)
    assert re.search(r"\b\d responses have no postcode", report)
    assert "missing from the postcode lookup" in report
    assert "not a postcode" not in report and "OX9 9ZZ" not in report  # postcodes are never logged
    linked = sum(f["n_responses"] or 0 for f in layer.getFeatures())
    assert linked > 0


def test_link_must_be_given_once(run_alg, responses, oxford_lsoa):
    _, path = responses
    with pytest.raises(QgsProcessingException, match="one way only"):
        run_overlay(run_alg, path, oxford_lsoa, RESPONSE_AREA_FIELD="lsoa", X_FIELD="lon", Y_FIELD="lat")
    with pytest.raises(QgsProcessingException, match="Say how responses are linked"):
        run_overlay(run_alg, path, oxford_lsoa)


def test_waves_and_change(run_alg, responses, oxford_lsoa):
    rows, path = responses
    result, layer = run_overlay(run_alg, path, oxford_lsoa, RESPONSE_AREA_FIELD="lsoa", WAVE_FIELD="wave")
    assert layer.featureCount() == 46 * 2
    frame, n, c = expected_by_pandas(rows, by=("area", "wave"))
    checked = 0
    for code, features in features_by_code(layer).items():
        waves = {f["wave"]: f for f in features}
        assert set(waves) == {"2023", "2024"}
        first, second = waves["2023"], waves["2024"]
        assert null(first["confidence_change"])
        if null(first["confidence_mean"]) or null(second["confidence_mean"]):
            assert null(second["confidence_change"])
            continue
        checked += 1
        a, b = c.get_group((code, 2023)), c.get_group((code, 2024))
        # The change is that of the published means, so within the two means' tolerances of the true change.
        assert second["confidence_change"] == pytest.approx(second["confidence_mean"] - first["confidence_mean"])
        assert abs(second["confidence_change"] - (b.mean() - a.mean())) < WIDTH / len(a) + WIDTH / len(b)
    assert checked >= 3


def hotspot_cells(oxford_lsoa):
    """A 500 m grid over Oxford (EPSG:27700) with harm rising to the east."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700", "cells", "memory")
    layer.dataProvider().addAttributes(
        [QgsField("cell_id", QVariant.LongLong), QgsField("harm", QVariant.Double), QgsField("gi_bin", QVariant.Int)]
    )
    layer.updateFields()
    features = []
    for i, x in enumerate(range(448000, 458000, 500)):
        for j, y in enumerate(range(200000, 212000, 500)):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([i * 100 + j, float(i), 0])
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 500, y + 500)))
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_hotspots_give_harm_and_priority_classes(run_alg, responses, oxford_lsoa):
    rows, path = responses
    cells = hotspot_cells(oxford_lsoa)
    result, layer = run_overlay(run_alg, path, oxford_lsoa, RESPONSE_AREA_FIELD="lsoa", HOTSPOTS=cells)
    harm = {f["LSOA11CD"]: f["harm"] for f in layer.getFeatures()}
    assert all(not null(h) and h >= 0 for h in harm.values())
    assert len({round(h, 6) for h in harm.values()}) > 20
    classes = [f["confidence_priority"] for f in layer.getFeatures()]
    published = [f for f in layer.getFeatures() if not null(f["confidence_mean"])]
    assert {c for c in classes if not null(c)} <= {1, 2, 3, 4}
    assert sum(1 for c in classes if c == 4) >= 1
    assert all(null(f["confidence_priority"]) for f in layer.getFeatures() if null(f["confidence_mean"]))
    assert sum(1 for f in published if not null(f["confidence_priority"])) == len(published)


def test_styles_never_show_a_suppressed_value(run_alg, responses, oxford_lsoa):
    from hotspot_plugin.qgis_io import survey_style

    rows, path = responses
    _, layer = run_overlay(run_alg, path, oxford_lsoa, RESPONSE_AREA_FIELD="lsoa", HOTSPOTS=hotspot_cells(oxford_lsoa))
    assert survey_style.survey_questions(layer) == [("confidence", "numeric"), ("deal", "categorical")]
    for key, view in [("confidence", "mean"), ("deal", "top"), ("confidence", "priority")]:
        survey_style.apply_survey_style(layer, key, view, opacity=0.6)
        assert layer.opacity() == pytest.approx(0.6)
        legend = [item.label() for item in layer.renderer().legendSymbolItems()]
        assert any("Suppressed" in label for label in legend)
        labeling = layer.labeling().settings()
        label = QgsExpression(labeling.fieldName)
        tip = QgsExpression(layer.mapTipTemplate()[3:-3])
        context = layer.createExpressionContext()
        seen_suppressed = seen_published = 0
        for feature in layer.getFeatures():
            context.setFeature(feature)
            label_text = label.evaluate(context)
            tip_text = tip.evaluate(context)
            assert not label.hasEvalError() and not tip.hasEvalError(), (label.evalErrorString(), tip.evalErrorString())
            if feature["suppressed"]:
                seen_suppressed += 1
                assert label_text in ("", None)
                assert not re.search(r"\d", tip_text), tip_text
                assert "Suppressed" in tip_text
            elif not null(feature[survey_style.value_field(key, view)]):
                seen_published += 1
                assert str(feature["n_responses"]) in tip_text or view == "priority"
        assert seen_suppressed >= 10 and seen_published >= 10
        # Every feature falls in exactly one legend class (the suppressed class included).
        rules = [QgsExpression(rule.filterExpression()) for rule in layer.renderer().rootRule().children()]
        for feature in layer.getFeatures():
            context.setFeature(feature)
            assert sum(bool(rule.evaluate(context)) for rule in rules) == 1


def test_real_lsoa_boundaries_are_the_shipped_ones(oxford_lsoa):
    shapes = lsoa_shapes(oxford_lsoa)
    assert len(shapes) == 46 and all(code.startswith("E01") for code, _ in shapes)


@pytest.mark.slow  # the whole real month through Gi* first
def test_real_hot_spots_on_oxford(run_alg, responses, oxford_lsoa, policeuk_csv, tmp_path):
    """Cells from importpoliceuk → harmhotspots (Oxford boundary) feed the priority places; harm is conserved."""
    from shapely import wkb
    from shapely.ops import unary_union

    rows, path = responses
    crimes = run_alg("importpoliceuk", {"INPUT": str(policeuk_csv), "OUTPUT": str(tmp_path / "crimes.gpkg")})["OUTPUT"]
    cells = run_alg(
        "harmhotspots",
        {"INPUT": crimes, "HARM_FIELD": "harm", "BOUNDARY": str(oxford_lsoa), "OUTPUT": str(tmp_path / "cells.gpkg")},
    )["OUTPUT"]
    cells = QgsVectorLayer(cells, "cells", "ogr")
    result, layer = run_overlay(run_alg, path, oxford_lsoa, RESPONSE_AREA_FIELD="lsoa", HOTSPOTS=cells)
    area_harm = sum(f["harm"] for f in layer.getFeatures())
    # Every cell's harm is shared by overlap area: the areas hold between the harm of the cells wholly inside
    # the LSOAs and the harm of every cell touching them.
    shapes = [wkb.loads(bytes(f.geometry().asWkb())) for f in run_overlay_areas_in_bng(oxford_lsoa)]
    union = unary_union(shapes)
    inside = touching = 0.0
    for feature in cells.getFeatures():
        cell = wkb.loads(bytes(feature.geometry().asWkb()))
        if union.buffer(1e-6).contains(cell):
            inside += feature["harm"]
        if union.intersects(cell):
            touching += feature["harm"]
    assert inside > 0
    assert inside - 1e-6 <= area_harm <= touching + 1e-6
    assert {f["confidence_priority"] for f in layer.getFeatures()} >= {1, 2, 3, 4}


def run_overlay_areas_in_bng(oxford_lsoa):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    areas = QgsVectorLayer(str(oxford_lsoa), "lsoa", "ogr")
    transform = QgsCoordinateTransform(areas.crs(), QgsCoordinateReferenceSystem("EPSG:27700"), QgsProject.instance())
    out = []
    for feature in areas.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        feature.setGeometry(geometry)
        out.append(feature)
    return out
