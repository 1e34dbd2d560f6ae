"""The "Community survey" dock driven with qtbot on the Oxford LSOAs: load, pick, threshold, exports."""

import csv
import re
import shutil
import subprocess

import pytest
from qgis.core import QgsExpression, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from tests.qgis.survey_data import make_responses, null, write_csv
from tests.qgis.test_survey_overlay import hotspot_cells

SURVEY_COLUMNS = (
    "n_responses",
    "confidence_mean",
    "confidence_ci_low",
    "confidence_ci_high",
    "confidence_change",
    "deal_top",
    "deal_top_pct",
    "confidence_priority",
)


def legend_labels(layer):
    return [item.label() for item in layer.renderer().legendSymbolItems()]


def rule_fields(layer):
    return " ".join(rule.filterExpression() for rule in layer.renderer().rootRule().children())


def tree_index(project, layer):
    root = project.layerTreeRoot()
    return [node.layerId() for node in root.findLayers()].index(layer.id())


def wait_for_run(qtbot, dock, previous=None):
    try:
        qtbot.waitUntil(
            lambda: (
                not dock.is_running()
                and not dock.data._rerun.isActive()
                and (dock.overlay_layer is not previous or bool(dock.last_error))
            ),
            timeout=30000,
        )
    except Exception:
        print(
            "DEBUG",
            dock.is_running(),
            dock.data._rerun.isActive(),
            dock.overlay_layer,
            previous,
            dock.last_error,
            dock.data.status.text(),
        )
        raise
    assert dock.last_error == ""
    assert dock.overlay_layer is not None


@pytest.fixture
def dock_setup(qtbot, qgis_iface, qgis_new_project, hotspot_provider, tmp_path, oxford_lsoa):
    from hotspot_plugin.gui.survey_dock import SurveyDock

    rows = make_responses(oxford_lsoa)
    biggest = max({r["lsoa"].upper() for r in rows}, key=lambda c: sum(r["lsoa"].upper() == c for r in rows))
    for row in rows:  # a formula-like answer must reach the CSV guarded
        if row["lsoa"].upper() == biggest:
            row["deal"] = "=SUM(A1)"
    path = write_csv(rows, tmp_path / "responses.csv")
    project = QgsProject.instance()
    areas = QgsVectorLayer(str(oxford_lsoa), "Oxford LSOAs", "ogr")
    cells = hotspot_cells(oxford_lsoa)
    cells.setName("Hot spots")
    project.addMapLayers([cells, areas])
    dock = SurveyDock(qgis_iface.mapCanvas(), project)
    qtbot.addWidget(dock)
    dock.show()
    return dock, project, areas, cells, path, biggest


def test_dock_load_pick_threshold_and_views(qtbot, dock_setup, tmp_path):
    dock, project, areas, cells, path, biggest = dock_setup
    responses = dock.data.load_responses_csv(path)
    assert responses.isValid() and dock.data.responses_combo.currentLayer() == responses
    assert dock.data.response_code_combo.currentField() == "lsoa"
    assert dock.data.wave_combo.currentField() == "wave"
    assert dock.data.id_combo.currentField() == ""  # no id column: the whole row keys each response
    dock.data.areas_combo.setLayer(areas)
    dock.data.area_field_combo.setField("LSOA11CD")
    dock.data.hotspots_combo.setLayer(cells)
    dock.data.set_questions(["confidence", "deal"])
    assert dock.data.questions_combo.checkedItems() == ["confidence", "deal"]

    qtbot.mouseClick(dock.data.run_button, Qt.LeftButton)
    wait_for_run(qtbot, dock)
    layer = dock.overlay_layer
    assert dock.stack.currentPanel() is dock.map  # the first result opens the map panel
    assert project.mapLayer(layer.id()) is layer
    assert "fewer than 10 respondents" in " ".join(legend_labels(layer))
    assert '"confidence_mean"' in rule_fields(layer)
    assert "match no area" in dock.data.status.text()
    abstract = layer.metadata().abstract()
    assert "MIN_RESPONDENTS: 10" in abstract and "Oxford LSOAs" in abstract and "Wilson" in abstract
    # Above the hot spots by default, then below.
    assert tree_index(project, layer) < tree_index(project, cells)
    dock.map.order_combo.setCurrentIndex(1)
    assert tree_index(project, layer) > tree_index(project, cells)
    dock.map.opacity_slider.setValue(40)
    assert layer.opacity() == pytest.approx(0.4)
    # The latest wave is shown.
    assert dock.map.wave_show_combo.currentText() == "2024" and "2024" in layer.subsetString()
    assert {f["wave"] for f in layer.getFeatures()} == {"2024"}

    # Pick the other question: the map switches to the most common answer.
    dock.map.question_combo.setCurrentIndex(dock.map.question_combo.findText("deal"))
    assert '"deal_top"' in rule_fields(layer)
    assert any("Agree" in label for label in legend_labels(layer))
    dock.map.question_combo.setCurrentIndex(dock.map.question_combo.findText("confidence"))
    dock.map.view_combo.setCurrentIndex(dock.map.view_combo.findData("priority"))
    assert '"confidence_priority"' in rule_fields(layer)
    assert any("priority place" in label for label in legend_labels(layer))
    dock.map.view_combo.setCurrentIndex(dock.map.view_combo.findData("change"))
    assert '"confidence_change"' in rule_fields(layer)
    dock.map.view_combo.setCurrentIndex(dock.map.view_combo.findData("values"))

    suppressed_before = sum(1 for f in layer.getFeatures() if f["suppressed"])
    labels_before = legend_labels(layer)
    old_id = layer.id()
    # Change the threshold: the dock re-runs and the map and legend follow.
    dock.data.threshold_spin.setValue(20)
    wait_for_run(qtbot, dock, previous=layer)
    new = dock.overlay_layer
    assert project.mapLayer(old_id) is None and project.mapLayer(new.id()) is new
    assert "fewer than 20 respondents" in " ".join(legend_labels(new))
    assert legend_labels(new) != labels_before
    assert sum(1 for f in new.getFeatures() if f["suppressed"]) > suppressed_before
    assert new.opacity() == pytest.approx(0.4)
    assert tree_index(project, new) > tree_index(project, cells)  # keeps its place below the hot spots

    # Labels and map tips of suppressed areas show nothing that could be a count or a value.
    label = QgsExpression(new.labeling().settings().fieldName)
    tip = QgsExpression(new.mapTipTemplate()[3:-3])
    context = new.createExpressionContext()
    for feature in new.getFeatures():
        context.setFeature(feature)
        if feature["suppressed"]:
            assert label.evaluate(context) in ("", None)
            assert not re.search(r"\d", tip.evaluate(context))
            assert all(null(feature[name]) for name in SURVEY_COLUMNS if new.fields().lookupField(name) >= 0)

    # CSV export: every area and wave, suppressed ones with no value, formula text guarded.
    out = dock.map.export_csv(tmp_path / "summary.csv")
    with open(out, newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 46 * 2
    assert not {"lon", "lat", "postcode", "confidence", "deal", "priority"} & set(table[0])
    suppressed_rows = [r for r in table if r["suppressed"] == "true"]
    assert len(suppressed_rows) >= 10
    for row in suppressed_rows:
        assert all(row[name] == "" for name in SURVEY_COLUMNS if name in row), row
    guarded = [r for r in table if r["LSOA11CD"] == biggest and r["deal_top"]]
    assert guarded and all(r["deal_top"] == "'=SUM(A1)" for r in guarded)
    assert not any(cell.startswith("=") for r in table for cell in r.values())
    # Rounded for a reader: means and intervals to 0.01, shares to 0.1 (the noise makes finer digits meaningless).
    for r in table:
        for name in ("confidence_mean", "confidence_ci_low", "confidence_change"):
            assert len(r[name].partition(".")[2]) <= 2, (name, r[name])
        assert len(r["deal_top_pct"].partition(".")[2]) <= 1, r["deal_top_pct"]

    # PDF export: the suppressed areas' rows say "suppressed" and carry no number.
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read the exported PDF")
    pdf = dock.map.export_pdf(tmp_path / "summary.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Suppression" in text and "Wilson" in text and "cell key" in text
    assert "OFFICIAL" in text and "Made " in text and "Contains OS data" in text  # marking, date, attribution
    checked = 0
    for feature in new.getFeatures():
        code = feature["LSOA11CD"]
        lines = [line for line in text.splitlines() if code in line]
        assert lines, code
        for line in lines:
            rest = line.replace(code, "").replace("2024", "")
            if feature["suppressed"]:
                checked += 1
                assert "suppressed" in rest and not re.search(r"\d", rest), line
            else:
                assert str(feature["n_responses"]) in rest
    assert checked >= 10

    new_id = new.id()
    dock.cleanup()
    assert project.mapLayer(new_id) is None


def test_dock_picks_the_response_id_for_the_record_keys(qtbot, dock_setup):
    from hotspot_plugin.core.resources import resource_path

    dock, project, areas, cells, path, biggest = dock_setup
    dock.data.load_responses_csv(resource_path("demo", "survey.csv"))
    assert dock.data.id_combo.currentField() == "response_id"
    assert "response_id" not in dock.data.questions_combo.checkedItems()
    dock.data.areas_combo.setLayer(areas)
    assert dock.data.parameters()["RESPONSE_ID_FIELD"] == "response_id"
    dock.cleanup()


def test_part_unload_removes_everything(qgis_iface, qgis_new_project, hotspot_provider):
    from hotspot_plugin.gui.parts import SurveyPart

    toolbar = qgis_iface.addToolBar("test")
    part = SurveyPart(qgis_iface, "&Hot spot policing", toolbar)
    part.initGui()
    assert part.dock is None and part.action in toolbar.actions()  # the dock is built when first shown
    part.action.setChecked(True)
    assert part.dock is not None
    action = part.action
    part.unload()
    assert part.dock is None and part.action is None
    assert action not in toolbar.actions()


def test_dock_defaults_to_the_survey_and_refuses_gps_fixes(
    qtbot, qgis_iface, qgis_new_project, hotspot_provider, tmp_path, oxford_lsoa
):
    """The responses default to the layer that looks like a survey, never officer GPS fixes; choosing the fixes
    ticks no question, says why, and Show survey runs nothing."""
    from hotspot_plugin.gui.survey_dock import SurveyDock

    project = QgsProject.instance()
    fixes = QgsVectorLayer(
        "Point?crs=EPSG:27700&field=officer_id:string&field=t_utc:datetime&field=speed:double&field=source:string",
        "Officer positions",
        "memory",
    )
    project.addMapLayer(fixes)
    responses = QgsVectorLayer(str(write_csv(make_responses(oxford_lsoa), tmp_path / "answers.csv")), "answers", "ogr")
    project.addMapLayer(responses)
    areas = QgsVectorLayer(str(oxford_lsoa), "Oxford LSOAs", "ogr")
    project.addMapLayer(areas)
    dock = SurveyDock(qgis_iface.mapCanvas(), project)
    qtbot.addWidget(dock)
    assert dock.data.responses_combo.currentLayer() is responses
    assert set(dock.data.questions_combo.checkedItems()) == {"confidence", "deal", "priority"}

    dock.data.responses_combo.setLayer(fixes)
    assert dock.data.questions_combo.checkedItems() == []
    assert "GPS" in dock.data.status.text() and "Officer positions" in dock.data.status.text()
    dock.data.areas_combo.setLayer(areas)
    dock.data.set_questions(["speed"])  # even when forced
    dock.data.run()
    assert not dock.is_running() and dock.overlay_layer is None
    assert "GPS" in dock.data.status.text()
    dock.cleanup()
