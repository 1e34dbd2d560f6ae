"""The trial-evaluation algorithms through Processing: known answers, the ledger's day boundary, the planted trial.

The planted trial (core/evaluation/planted.py: 40 places, 12 weeks, 30 % fewer crimes on treated place-days)
is written as GeoPackages the way Load demo writes it (gui/demo_trial.py), then every algorithm reads those
files, so the layers → frames → core → sinks path is what is tested.
"""

import math
import re
import shutil
import subprocess
import unicodedata

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from hotspot_plugin.core.evaluation.planted import planted_trial
from hotspot_plugin.gui.demo_trial import TRIAL_PERIODS, write_trial

from .layers import polygon_layer
from .tasking_data import table_layer

#: Fewer redraws than the default keep the tests quick; p can still go down to 1/501.
PERMUTATIONS = 500


def rows_of(path_or_layer):
    layer = (
        path_or_layer if isinstance(path_or_layer, QgsVectorLayer) else QgsVectorLayer(str(path_or_layer), "t", "ogr")
    )
    assert layer.isValid(), path_or_layer
    names = [n for n in layer.fields().names() if n != "fid"]
    return [{n: f[n] for n in names} for f in layer.getFeatures()]


def crime_layer(points, fields=("occurred_at", "harm")):
    """A memory point layer (EPSG:27700) of (x, y, time text, harm) tuples."""
    layer = QgsVectorLayer("Point?crs=EPSG:27700&field=occurred_at:string&field=harm:double", "crimes", "memory")
    features = []
    for x, y, when, harm in points:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([when, harm])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def square(x0, y0, side=100.0):
    return f"POLYGON(({x0} {y0},{x0 + side} {y0},{x0 + side} {y0 + side},{x0} {y0 + side},{x0} {y0}))"


# --- displacement: the papers' known answers ----------------------------------------------------------------
def _displacement_crimes(counts):
    """Crimes at fixed points of each area: treated square at 0–100 m, control at 5000–5100 m, rings 50 m."""
    spots = {
        "treated": (50.0, 50.0),
        "treated_ring": (125.0, 50.0),
        "control": (5050.0, 50.0),
        "control_ring": (5125.0, 50.0),
    }
    points = []
    for (area, period), n in counts.items():
        x, y = spots[area]
        when = "2026-01-10T12:00:00" if period == "before" else "2026-02-10T12:00:00"
        points += [(x, y, when, 2.0)] * n
    return crime_layer(points)


def _run_displacement(run_alg, counts, **extra):
    params = {
        "CRIMES": _displacement_crimes(counts),
        "TIME_FIELD": "occurred_at",
        "TREATED": polygon_layer([square(0, 0)]),
        "CONTROL": polygon_layer([square(5000, 0)]),
        "BUFFER_M": 50.0,
        "BEFORE_START": "2026-01-01",
        "BEFORE_END": "2026-01-31",
        "AFTER_START": "2026-02-01",
        "AFTER_END": "2026-03-03",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    params.update(extra)
    result = run_alg("displacement", params)
    return result, rows_of(result["OUTPUT"])


def test_displacement_wheeler_ratcliffe_known_answer(run_alg):
    counts = {
        ("control", "before"): 308,
        ("control", "after"): 318,
        ("treated", "before"): 207,
        ("treated", "after"): 110,
        ("control_ring", "before"): 150,
        ("control_ring", "after"): 140,
        ("treated_ring", "before"): 178,
        ("treated_ring", "after"): 157,
    }
    result, rows = _run_displacement(run_alg, counts, HARM_FIELD="harm", OUTPUT_AREAS="TEMPORARY_OUTPUT")
    crimes = next(r for r in rows if r["measure"] == "crimes")
    for (area, period), n in counts.items():
        assert crimes[f"{area}_{period}"] == n
    assert crimes["wdd"] == pytest.approx(-118)
    assert crimes["wdd_se"] == pytest.approx(math.sqrt(1568))
    assert crimes["wdd_z"] == pytest.approx(-2.98, abs=0.005)
    assert result["WDD"] == pytest.approx(-118) and result["WDD_Z"] == pytest.approx(-2.98, abs=0.005)
    harm = next(r for r in rows if r["measure"] == "harm")  # every crime's harm is 2: WDD doubles, SE = 2 √1568
    assert harm["wdd"] == pytest.approx(-236) and harm["wdd_se"] == pytest.approx(math.sqrt(4 * 1568))
    areas = {f["area"]: f.geometry().area() for f in result["OUTPUT_AREAS"].getFeatures()}
    assert areas["treated"] == pytest.approx(10000) and areas["control"] == pytest.approx(10000)
    assert 10000 < areas["treated_ring"] < (200 * 200) and areas["treated_ring"] == pytest.approx(areas["control_ring"])


def test_displacement_bowers_johnson_wdq_known_answer(run_alg):
    counts = {
        ("treated", "before"): 100,
        ("treated", "after"): 50,
        ("treated_ring", "before"): 100,
        ("treated_ring", "after"): 150,
        ("control", "before"): 100,
        ("control", "after"): 100,
    }
    result, rows = _run_displacement(run_alg, counts)
    assert [r["measure"] for r in rows] == ["crimes"]  # no harm field: counts only
    assert rows[0]["wdq"] == pytest.approx(-1.0)
    assert result["WDQ"] == pytest.approx(-1.0)


def test_displacement_refuses_overlapping_periods(run_alg):
    with pytest.raises(QgsProcessingException, match="overlap"):
        _run_displacement(run_alg, {("treated", "before"): 1}, AFTER_START="2026-01-20")


# --- the ledger's day boundary ----------------------------------------------------------------------------------
def test_ledger_rows_are_places_times_days_and_0559_is_the_previous_day(run_alg):
    fences = QgsVectorLayer("Polygon?crs=EPSG:27700&field=fence_id:string", "fences", "memory")
    features = []
    for fid, x0 in (("A", 0), ("B", 1000), ("C", 2000)):
        feature = QgsFeature(fences.fields())
        feature.setAttributes([fid])
        feature.setGeometry(QgsGeometry.fromWkt(square(x0, 0)))
        features.append(feature)
    fences.dataProvider().addFeatures(features)
    schedule = table_layer(
        [
            ("fence_id", "string"),
            ("date", "string"),
            ("arm", "string"),
            ("window_start", "string"),
            ("window_end", "string"),
            ("minutes", "integer"),
        ],
        [
            ("A", "2026-03-02", "treatment", "2026-03-02T10:00:00", "2026-03-02T10:15:00", 15),
            ("B", "2026-03-02", "control", None, None, None),
            ("A", "2026-03-03", "control", None, None, None),
            ("B", "2026-03-03", "treatment", "2026-03-03T10:00:00", "2026-03-03T10:15:00", 15),
            ("A", "2026-03-04", "treatment", "2026-03-04T10:00:00", "2026-03-04T10:15:00", 15),
        ],
    )
    crimes = crime_layer(
        [
            (50, 50, "2026-03-03T05:59:00", 10.0),  # policing day 2 March
            (50, 50, "2026-03-03T06:00:00", 1.0),  # policing day 3 March
            (1050, 50, "2026-03-02T23:30:00", 5.0),
            (5000, 5000, "2026-03-02T12:00:00", 1.0),  # in no place
        ]
    )
    visits = table_layer(
        [("fence_id", "string"), ("officer_id", "string"), ("start_utc", "string"), ("end_utc", "string")],
        [
            ("A", "PC1", "2026-03-02T10:00:00Z", "2026-03-02T10:10:00Z"),
            ("C", "PC2", "2026-03-03T12:00:00Z", "2026-03-03T12:05:00Z"),
        ],
    )
    result = run_alg(
        "trialledger",
        {
            "TASKINGS": schedule,
            "FENCES": fences,
            "CRIMES": crimes,
            "TIME_FIELD": "occurred_at",
            "HARM_FIELD": "harm",
            "VISITS": visits,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    rows = rows_of(result["OUTPUT"])
    assert result["N_ROWS"] == len(rows) == 3 * 3 and result["N_PLACES"] == 3 and result["N_DAYS"] == 3
    by = {(r["fence_id"], r["day"].toString("yyyy-MM-dd")): r for r in rows}
    assert by[("A", "2026-03-02")]["crimes"] == 1 and by[("A", "2026-03-02")]["harm"] == 10.0
    assert by[("A", "2026-03-03")]["crimes"] == 1 and by[("A", "2026-03-03")]["harm"] == 1.0
    assert by[("B", "2026-03-02")]["crimes"] == 1 and by[("B", "2026-03-02")]["arm"] == "control"
    assert by[("C", "2026-03-02")]["arm"] == "not scheduled" and by[("C", "2026-03-03")]["background_min"] == 5.0
    assert by[("A", "2026-03-02")]["tasked_min"] == 15 and by[("A", "2026-03-02")]["delivered_min"] == 10.0
    assert sum(r["crimes"] for r in rows) == 3  # the crime in no place is left out


# --- the planted trial --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def planted_files(tmp_path_factory):
    return write_trial(tmp_path_factory.mktemp("planted_trial"))


def _ledger(run_alg, files, output):
    return run_alg(
        "trialledger",
        {
            "TASKINGS": files["trial_schedule"],
            "FENCES": files["trial_places"],
            "CRIMES": files["trial_crimes"],
            "TIME_FIELD": "occurred_at",
            "HARM_FIELD": "harm",
            "VISITS": files["trial_visits"],
            "BLOCK_FIELD": "block",
            "OUTPUT": str(output),
        },
    )


@pytest.fixture(scope="module")
def planted_ledger(hotspot_provider, planted_files, tmp_path_factory):
    from qgis import processing

    def run(name, params):
        return processing.run(f"hotspot:{name}", params)

    return _ledger(run, planted_files, tmp_path_factory.mktemp("ledger") / "ledger.gpkg")


def test_planted_ledger_has_every_place_day(planted_ledger):
    assert planted_ledger["N_ROWS"] == 40 * 84
    rows = rows_of(planted_ledger["OUTPUT"])
    assert len(rows) == 40 * 84 and {r["block"] for r in rows} == {"high", "low"}
    assert {r["arm"] for r in rows} == {"treatment", "control"}
    assert sum(r["day_hours"] == 23.0 for r in rows) == 40  # the spring clock change (29 March 2026)
    trial = planted_trial()
    in_places = trial.crimes[(trial.crimes["period"] == "trial") & trial.crimes["fence_id"].notna()]
    assert sum(r["crimes"] for r in rows) == len(in_places)


def test_planted_effect_is_found(run_alg, planted_ledger):
    result = run_alg(
        "trialeffect",
        {
            "LEDGER": planted_ledger["OUTPUT"],
            "OUTCOME": 0,
            "PERMUTATIONS": PERMUTATIONS,
            "SEED": 7,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_DOSE": "TEMPORARY_OUTPUT",
            "OUTPUT_COMPLIERS": "TEMPORARY_OUTPUT",
        },
    )
    rows = rows_of(result["OUTPUT"])
    assert [r["model"] for r in rows] == [
        "Poisson, place fixed effects",
        "negative binomial (NB2), place fixed effects",
    ]
    for row in rows:
        assert row["ci_low"] < 0.70 < row["ci_high"] and row["ci_high"] < 1.0, row
        assert row["p_randomisation"] < 0.05 and row["permutations"] == PERMUTATIONS
    assert result["RATE_RATIO"] == pytest.approx(rows[0]["estimate"])
    dose = rows_of(result["OUTPUT_DOSE"])
    assert sum(r["place_days"] for r in dose) == 40 * 84
    compliers = rows_of(result["OUTPUT_COMPLIERS"])
    total = compliers[-1]
    assert total["fence_id"] == "(all)" and 70 < total["delivered_pct"] < 95  # most, not all, delivered
    assert total["control_background_min"] > 0  # contamination of the controls shows


def test_no_planted_effect_interval_contains_one(run_alg, tmp_path):
    files = write_trial(tmp_path / "null", planted_trial(effect=1.0))
    ledger = _ledger(run_alg, files, tmp_path / "null_ledger.gpkg")
    result = run_alg(
        "trialeffect",
        {
            "LEDGER": ledger["OUTPUT"],
            "OUTCOME": 1,
            "PERMUTATIONS": 0,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_DOSE": "TEMPORARY_OUTPUT",
        },
    )
    row = rows_of(result["OUTPUT"])[0]
    assert row["outcome"] == "harm" and row["ci_low"] < 1.0 < row["ci_high"], row


def test_power_agrees_with_its_simulation(run_alg):
    result = run_alg(
        "trialpower",
        {
            "PLACES": 40,
            "DAYS": 84,
            "TREATED_SHARE": 0.5,
            "BASE_RATE": 0.6,
            "SIMULATIONS": 1000,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    row = rows_of(result["OUTPUT"])[0]
    assert row["places"] == 40 and row["days"] == 84
    assert 0.80 < row["mde_rate_ratio"] < 0.95
    assert abs(row["simulated_power"] - 0.8) <= 0.1 * 0.8
    assert row["simulated_size"] < 0.1
    with pytest.raises(QgsProcessingException, match="base rate"):
        run_alg("trialpower", {"DAYS": 84, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_power_from_past_crimes(run_alg, planted_files):
    before = QgsVectorLayer(planted_files["trial_crimes"], "crimes", "ogr")
    before.setSubsetString("\"period\" = 'before'")
    result = run_alg(
        "trialpower",
        {
            "DAYS": 84,
            "CRIMES": before,
            "TIME_FIELD": "occurred_at",
            "FENCES": planted_files["trial_places"],
            "PAST_START": TRIAL_PERIODS["BEFORE_START"],
            "PAST_END": TRIAL_PERIODS["BEFORE_END"],
            "SIMULATIONS": 200,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    row = rows_of(result["OUTPUT"])[0]
    trial = planted_trial()
    past = trial.crimes[(trial.crimes["period"] == "before") & trial.crimes["fence_id"].notna()]
    assert row["places"] == 40 and row["base_rate"] == pytest.approx(len(past) / (40 * 84))


def test_koper_curves_on_the_planted_trial(run_alg, planted_files):
    result = run_alg(
        "koper",
        {
            "VISITS": planted_files["trial_visits"],
            "FENCES": planted_files["trial_places"],
            "CRIMES": planted_files["trial_crimes"],
            "TIME_FIELD": "occurred_at",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_CURVES": "TEMPORARY_OUTPUT",
        },
    )
    bands = rows_of(result["OUTPUT"])
    assert [b["band"] for b in bands] == ["< 5 min", "5–10 min", "10–15 min", "15–20 min", "20 min or more"]
    curves = rows_of(result["OUTPUT_CURVES"])
    for band in bands:
        steps = [c for c in curves if c["band"] == band["band"]]
        if band["presences"]:
            assert steps[0]["time_min"] == 0 and steps[0]["survival"] == 1.0
            assert steps[0]["at_risk"] == band["presences"]
            assert all(a["survival"] >= b["survival"] for a, b in zip(steps, steps[1:]))
    assert sum(b["events"] for b in bands) > 0 and result["DF"] == sum(b["presences"] > 0 for b in bands) - 1
    assert 0.0 <= result["P"] <= 1.0


def _report_overflows(monkeypatch):
    """The labels of the trial report that overflow their boxes, checked as the algorithm exports the layout
    (the layout lives in a project of its own that is gone once the algorithm returns)."""
    from hotspot_plugin.qgis_io import trial_report

    from .clipping import overflowing_labels

    found = []
    export = trial_report.export_layout

    def check_then_export(layout, path, **kw):
        found.append(overflowing_labels(layout))
        return export(layout, path, **kw)

    monkeypatch.setattr(trial_report, "export_layout", check_then_export)
    return found


@pytest.mark.parametrize("code", ["en", "cy"])
def test_trial_report_text_fits_its_boxes(code, run_alg, planted_ledger, tmp_path, monkeypatch):
    """No heading, sentence or footer of the report is cut off, in English or in (longer) Welsh."""
    from .test_welsh_dialogs import language

    found = _report_overflows(monkeypatch)
    with language(code):
        run_alg(
            "trialreport",
            {
                "LEDGER": planted_ledger["OUTPUT"],
                "PERMUTATIONS": 50,
                "TITLE": "Planted trial",
                "OUTPUT": str(tmp_path / "r.pdf"),
            },
        )
    assert found == [[]]


def test_trial_report_pdf(run_alg, planted_files, planted_ledger, tmp_path):
    koper = run_alg(
        "koper",
        {
            "VISITS": planted_files["trial_visits"],
            "FENCES": planted_files["trial_places"],
            "CRIMES": planted_files["trial_crimes"],
            "TIME_FIELD": "occurred_at",
            "OUTPUT": str(tmp_path / "koper.gpkg"),
            "OUTPUT_CURVES": str(tmp_path / "curves.gpkg"),
        },
    )
    displacement = run_alg(
        "displacement",
        dict(
            TRIAL_PERIODS,
            CRIMES=planted_files["trial_crimes"],
            TIME_FIELD="occurred_at",
            HARM_FIELD="harm",
            TREATED=planted_files["trial_places"],
            CONTROL=planted_files["trial_comparison"],
            BUFFER_M=150.0,
            OUTPUT=str(tmp_path / "displacement.gpkg"),
            OUTPUT_AREAS=str(tmp_path / "areas.gpkg"),
        ),
    )
    crimes = rows_of(displacement["OUTPUT"])[0]
    assert crimes["treated_after"] < crimes["treated_before"] and crimes["wdd"] < 0  # the planted fall
    pdf = tmp_path / "report.pdf"
    result = run_alg(
        "trialreport",
        {
            "LEDGER": planted_ledger["OUTPUT"],
            "PERMUTATIONS": 200,
            "KOPER": koper["OUTPUT"],
            "KOPER_CURVES": koper["OUTPUT_CURVES"],
            "DISPLACEMENT": displacement["OUTPUT"],
            "AREAS": displacement["OUTPUT_AREAS"],
            "CRIMES": planted_files["trial_crimes"],
            "TITLE": "Planted trial",
            "OUTPUT": str(pdf),
        },
    )
    assert result["OUTPUT"] == str(pdf) and pdf.stat().st_size > 50_000
    data = pdf.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 3
    assert b"/Image" in data or b"/XObject" in data  # the charts and the map
    if shutil.which("pdftotext"):  # poppler-utils, installed by scripts/setup.sh
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        text = unicodedata.normalize("NFKC", text)  # the PDF's ligatures (ﬀ, ﬁ) as letters
        assert "Planted trial" in text
        header = next(line for line in text.splitlines() if "Treatment" in line and "Control" in line)
        assert header.split() == ["Treatment", "Control", "Difference"], header  # the balance table's header
        assert "tr(" not in text
        assert re.search(r"Log-rank test: chi-squared [\d.]+, \d+ df, p [\d.]+", text)  # from Koper's metadata
        assert "Invented data for training" in text  # the demo trial's layers say so in their metadata
        assert "Open Government Licence" not in text  # and carry no licence of police.uk, whose fields they imitate
        pages = text.split("\f")[:3]
        for number, page in enumerate(pages, start=1):  # every page: the marking at top and bottom, a footer
            assert page.count("OFFICIAL") == 2, page
            assert f"page {number} of 3" in page


def test_every_trial_algorithm_is_in_its_group(hotspot_provider):
    names = {a.name(): a for a in hotspot_provider.algorithms() if a.groupId() == "trialevaluation"}
    assert set(names) == {"trialledger", "trialeffect", "koper", "displacement", "trialpower", "trialreport"}
    for algorithm in names.values():
        assert algorithm.group() == "Trial evaluation"
        for parameter in algorithm.parameterDefinitions():
            assert parameter.help(), (algorithm.name(), parameter.name())
        for key in ("OUTPUT",):
            assert algorithm.parameterDefinition(key) is not None
    keys = {n: {p.name() for p in a.parameterDefinitions()} for n, a in names.items()}
    assert {"TASKINGS", "FENCES", "CRIMES", "TIME_FIELD", "HARM_FIELD", "VISITS", "DAY_START", "OUTPUT"} <= keys[
        "trialledger"
    ]
    assert {"LEDGER", "OUTCOME", "PERMUTATIONS", "SEED", "OUTPUT", "OUTPUT_DOSE"} <= keys["trialeffect"]
    assert {
        "CRIMES",
        "TIME_FIELD",
        "HARM_FIELD",
        "TREATED",
        "CONTROL",
        "BUFFER_M",
        "BEFORE_START",
        "BEFORE_END",
        "AFTER_START",
        "AFTER_END",
        "OUTPUT",
    } <= keys["displacement"]
    assert {"PLACES", "DAYS", "TREATED_SHARE", "BASE_RATE", "CRIMES", "OUTPUT"} <= keys["trialpower"]
    assert names["trialeffect"].parameterDefinition("PERMUTATIONS").defaultValue() == 2000
    assert names["trialledger"].parameterDefinition("DAY_START").defaultValue() == "06:00"
