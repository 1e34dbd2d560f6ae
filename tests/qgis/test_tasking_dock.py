"""The "Tasking schedule" dock driven with qtbot on a real map canvas."""

import csv
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import timezone

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, Qt

from .tasking_data import CENTRES, fence_layer, table_layer

pytestmark = pytest.mark.usefixtures("hotspot_provider")


def count_pdf_pages(path):
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


@pytest.fixture
def setup(qgis_iface, qgis_canvas, qgis_new_project, qtbot):
    from hotspot_plugin.gui.tasking.dock import TaskingDock

    project = QgsProject.instance()
    fences = fence_layer()
    project.addMapLayer(fences)
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    qgis_canvas.setLayers([fences])
    qgis_canvas.resize(600, 400)
    qgis_canvas.setExtent(fences.extent().buffered(2000))
    dock = TaskingDock(qgis_canvas, project)
    qtbot.addWidget(dock)
    dock.show()
    dock.schedule.plan.fences_combo.setLayer(fences)
    dock.schedule.plan.start_edit.setDate(QDate(2026, 3, 2))
    dock.schedule.plan.end_edit.setDate(QDate(2026, 3, 8))
    dock.schedule.plan.seed_spin.setValue(99)
    yield dock, fences, qgis_canvas, project
    dock.cleanup()


def generate(dock, qtbot):
    qtbot.mouseClick(dock.schedule.plan.generate_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dock.is_running(), timeout=30000)
    assert dock.schedule.plan.runner.last_error == ""
    assert dock.model.rowCount() > 0


def test_generate_select_zoom_and_highlight(setup, qtbot):
    dock, fences, canvas, _ = setup
    generate(dock, qtbot)
    assert dock.model.dates() == [f"2026-03-0{d}" for d in range(2, 9)]
    assert dock.schedule.current_day() == "2026-03-02"
    treated = {t.fence_id for t in dock.model.taskings if t.date == "2026-03-02" and t.arm == "treatment"}
    assert len(dock.schedule.highlights) == len(treated) == 3
    assert dock.session.proxy.rowCount() == 3 * 3 + 3  # nine patrols and three control rows that day
    before = canvas.extent()
    rect = dock.schedule.table.visualRect(dock.session.proxy.index(0, 2))
    qtbot.mouseClick(dock.schedule.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: canvas.extent() != before, timeout=5000)
    fence_id = dock.model.taskings[dock.schedule.selected_rows()[0]].fence_id
    x, y = CENTRES[int(fence_id)]
    assert canvas.extent().contains(QgsPointXY(x, y))
    assert canvas.extent().width() < before.width() / 3
    # same seed, same plan; the seed is what the dock ran with
    first = [t.as_row() for t in dock.model.taskings]
    generate(dock, qtbot)
    assert [t.as_row() for t in dock.model.taskings] == first


def test_manual_edits_kept_and_exported(setup, qtbot, tmp_path):
    dock, fences, canvas, _ = setup
    generate(dock, qtbot)
    model = dock.model
    from hotspot_plugin.gui.tasking.model import column

    row = next(i for i, t in enumerate(model.taskings) if t.arm == "treatment" and t.shift == "06:00-14:00")
    task_id = model.taskings[row].task_id
    assert model.setData(model.index(row, column("window")), "07:05")
    moved = model.taskings[model.row_of(task_id)]
    assert moved.source == "manual" and moved.window_start.isoformat().startswith(f"{moved.date}T07:05")
    assert not model.setData(model.index(model.row_of(task_id), column("window")), "7 o'clock")
    # cancel another patrol, add one by hand on a control place
    victim = next(i for i, t in enumerate(model.taskings) if t.arm == "treatment" and t.source == "generated")
    victim_id = model.taskings[victim].task_id
    dock.schedule.table.selectRow(dock.session.proxy.mapFromSource(model.index(victim, 0)).row())
    qtbot.mouseClick(dock.schedule.cancel_button, Qt.LeftButton)
    cancelled = model.taskings[model.row_of(victim_id)]
    assert cancelled.minutes == 0 and cancelled.source == "manual"
    control = next(t for t in model.taskings if t.date == "2026-03-02" and t.arm == "control")
    added = dock.schedule.add_tasking(control.fence_id, "2026-03-02", "23:30", 20, "22:00-06:00")
    assert model.taskings[model.row_of(added)].team == "Shift 3"
    assert not any(
        t.date == "2026-03-02" and t.fence_id == control.fence_id and t.arm == "control" for t in model.taskings
    )
    # all days in the exports
    dock.schedule.set_day("__all__")
    csv_path = dock.exports.export_csv(tmp_path / "plan.csv")
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    by_id = {r["task_id"]: r for r in rows}
    assert by_id[task_id]["source"] == "manual"
    assert by_id[added]["window_start"].startswith("2026-03-02T23:30")
    assert victim_id not in by_id  # cancelled patrols are not sent out
    ics = dock.exports.export_ics(str(tmp_path / "plan.ics")).read_bytes().decode("utf-8")
    events = ics.replace("\r\n ", "").split("BEGIN:VEVENT")[1:]
    assert len(events) == sum(1 for r in rows if r["arm"] == "treatment")
    event = next(e for e in events if f"UID:{added}@" in e)
    assert "DTSTART:20260302T233000Z" in event  # 23:30 GMT on 2 March 2026
    geojson = json.loads(dock.exports.export_geojson(str(tmp_path / "plan.geojson")).read_text(encoding="utf-8"))
    assert len(geojson["features"]) == len(rows)
    assert geojson["features"][0]["geometry"]["type"] == "Polygon"
    lon, lat = geojson["features"][0]["geometry"]["coordinates"][0][0]
    assert -1.4 < lon < -1.1 and 51.6 < lat < 51.9
    reread = QgsVectorLayer(str(tmp_path / "plan.geojson"), "reread", "ogr")
    assert reread.isValid() and reread.featureCount() == len(rows)
    gpx = ET.parse(dock.exports.export_gpx(str(tmp_path / "plan.gpx"))).getroot()
    assert len(gpx.findall("{http://www.topografix.com/GPX/1/1}wpt")) == len(events)


def test_pdf_briefing_one_page_per_place(setup, qtbot, tmp_path):
    dock, fences, canvas, project = setup
    crimes = QgsVectorLayer(
        "Point?crs=EPSG:27700&field=crime_type:string&field=harm:double&field=month:string", "crimes", "memory"
    )
    features = []
    for x, y in CENTRES.values():
        for k, kind in enumerate(["Burglary", "Robbery", "Burglary"]):
            feature = QgsFeature(crimes.fields())
            feature.setAttributes([kind, 273.5 if kind == "Burglary" else 365.0, "2018-06"])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + 10 * k, y)))
            features.append(feature)
    crimes.dataProvider().addFeatures(features)
    project.addMapLayer(crimes)
    dock.exports.crimes_combo.setLayer(crimes)
    generate(dock, qtbot)
    dock.schedule.set_day("2026-03-04")
    places = {t.fence_id for t in dock.model.taskings if t.date == "2026-03-04" and t.arm == "treatment"}
    path = dock.exports.export_briefing(str(tmp_path / "briefing.pdf"))
    assert path.read_bytes().startswith(b"%PDF")
    assert count_pdf_pages(path) == len(places) == 3
    from hotspot_plugin.core.briefing import NO_TIMES
    from hotspot_plugin.gui.tasking.briefing import build_briefing, crimes_in

    layout = build_briefing(project, fences, dock.model.taskings, "2026-03-04", crimes, dock.model.names)
    assert layout.pageCollection().pageCount() == 3
    texts = [item.text() for item in layout.items() if hasattr(item, "text") and callable(item.text)]
    assert any(NO_TIMES in t for t in texts)
    geometry = next(f.geometry() for f in fences.getFeatures() if f["fence_id"] == 1)
    why = crimes_in(geometry, fences.crs(), crimes, project)
    assert why.harm_by_type[0][:2] == ("Burglary", 2) and not why.has_times


def test_exception_report_fills_delivered(setup, qtbot):
    dock, fences, canvas, project = setup
    generate(dock, qtbot)
    patrols = [t for t in dock.model.taskings if t.arm == "treatment" and t.date == "2026-03-02"]
    full, half = patrols[0], patrols[1]

    def utc(text, minutes=0):
        from datetime import timedelta

        moment = text.astimezone(timezone.utc) + timedelta(minutes=minutes)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    visits = table_layer(
        [
            ("fence_id", "integer"),
            ("officer_id", "string"),
            ("start_utc", "string"),
            ("end_utc", "string"),
            ("duration_s", "double"),
            ("mode", "string"),
            ("n_fixes", "integer"),
        ],
        [
            [int(full.fence_id), "o1", utc(full.window_start, -2), utc(full.window_end, 2), 0.0, "foot", 10],
            [int(half.fence_id), "o2", utc(half.window_start), utc(half.window_start, 5), 300.0, "foot", 5],
        ],
        "visits",
    )
    project.addMapLayer(visits)
    dock.delivery.visits_combo.setLayer(visits)
    qtbot.mouseClick(dock.delivery.check_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dock.is_running() and bool(dock.model.delivered), timeout=30000)
    assert dock.model.delivered[full.task_id] == (15.0, "met")
    assert dock.model.delivered[half.task_id] == (5.0, "partly met")
    later = [t for t in dock.model.taskings if t.arm == "treatment" and t.date == "2026-03-05"]
    assert dock.model.delivered[later[0].task_id][1] == "no data"
    names = {layer.name() for layer in project.mapLayers().values()}
    assert {"Exception report", "Exception summary"} <= names


def test_part_adds_and_removes_the_dock(qgis_iface, qtbot):
    from qgis.PyQt.QtWidgets import QToolBar

    from hotspot_plugin.gui.parts import TaskingPart
    from hotspot_plugin.gui.tasking.dock import TaskingDock

    toolbar = QToolBar()
    part = TaskingPart(qgis_iface, "&Hot spot policing", toolbar)
    part.initGui()
    assert part.dock is None  # built when first shown
    assert part.action in toolbar.actions()
    part.action.setChecked(True)
    assert isinstance(part.dock, TaskingDock)
    part.unload()
    assert part.dock is None and part.action is None
    assert toolbar.actions() == []


def test_hand_edits_survive_generate_again(setup, qtbot):
    dock, *_ = setup
    generate(dock, qtbot)
    model = dock.model
    from hotspot_plugin.gui.tasking.model import column

    row = next(i for i, t in enumerate(model.taskings) if t.arm == "treatment" and t.shift == "14:00-22:00")
    task_id = model.taskings[row].task_id
    assert model.setData(model.index(row, column("window")), "15:45")
    assert model.setData(model.index(model.row_of(task_id), column("team")), "Response 2")
    generate(dock, qtbot)
    again = model.taskings[model.row_of(task_id)]
    assert (again.source, again.team) == ("manual", "Response 2")
    assert again.window_start.isoformat().startswith(f"{again.date}T15:45")
    assert "Hand edits kept: 1." in dock.schedule.status.text()
    day_rows = [t for t in model.taskings if t.date == again.date and t.shift == again.shift]
    assert sorted(t.visit_order for t in day_rows) == list(range(1, len(day_rows) + 1))


def test_route_for_the_day(setup, qtbot):
    dock, fences, canvas, project = setup
    generate(dock, qtbot)
    dock.schedule.set_day("2026-03-03")
    qtbot.mouseClick(dock.schedule.route_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dock.is_running() and bool(dock.schedule.route_layer_id), timeout=30000)
    route = project.mapLayer(dock.schedule.route_layer_id)
    places = {t.fence_id for t in dock.model.taskings if t.date == "2026-03-03" and t.arm == "treatment"}
    assert {str(f["fence_id"]) for f in route.getFeatures()} == places
    assert dock.schedule.last_results["TOTAL_M"] <= dock.schedule.last_results["INPUT_TOTAL_M"] + 1e-6


def test_briefing_with_timed_crimes_and_without_crimes(setup, qtbot, tmp_path):
    from qgis.PyQt.QtCore import QDateTime, QTime

    from hotspot_plugin.core.briefing import NO_TIMES
    from hotspot_plugin.gui.tasking.briefing import build_briefing, export_pdf

    dock, fences, canvas, project = setup
    generate(dock, qtbot)
    crimes = QgsVectorLayer("Point?crs=EPSG:27700&field=crime_type:string&field=datetime:datetime", "timed", "memory")
    features = []
    for x, y in CENTRES.values():
        feature = QgsFeature(crimes.fields())
        feature.setAttributes(["Violence", QDateTime(QDate(2026, 1, 2), QTime(23, 30))])  # a Friday
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    crimes.dataProvider().addFeatures(features)
    layout = build_briefing(project, fences, dock.model.taskings, "2026-03-05", crimes, dock.model.names)
    texts = "\n".join(item.text() for item in layout.items() if hasattr(item, "text") and callable(item.text))
    assert "Busiest hours: 23:00–00:00 (1)" in texts and "Fri (1)" in texts and NO_TIMES not in texts
    plain = build_briefing(project, fences, dock.model.taskings, "2026-03-05", None, dock.model.names)
    texts = "\n".join(item.text() for item in plain.items() if hasattr(item, "text") and callable(item.text))
    assert "from the geofence layer" in texts
    assert export_pdf(plain, str(tmp_path / "plain.pdf"))
    assert count_pdf_pages(tmp_path / "plain.pdf") == plain.pageCollection().pageCount() == 3


def test_briefing_page_totals_equal_its_table(setup, qtbot):
    """The "n crimes, harm h" line of a page is the Total row of its table, and the rows add up to it."""
    from qgis.core import QgsLayoutItemManualTable

    from hotspot_plugin.gui.tasking.briefing import build_briefing

    dock, fences, canvas, project = setup
    generate(dock, qtbot)
    crimes = QgsVectorLayer("Point?crs=EPSG:27700&field=crime_type:string&field=harm:double", "many types", "memory")
    features = []
    for x, y in CENTRES.values():
        for k in range(11):  # eleven crime types, more than the table shows one by one
            for j in range(k + 1):
                feature = QgsFeature(crimes.fields())
                feature.setAttributes([f"Type {k}", 2.5 + k])
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + j, y + k)))
                features.append(feature)
    crimes.dataProvider().addFeatures(features)
    layout = build_briefing(project, fences, dock.model.taskings, "2026-03-04", crimes, dock.model.names)
    texts = [item.text() for item in layout.items() if hasattr(item, "text") and callable(item.text)]
    sentences = [t for t in texts if re.match(r"^\d[\d,]* crimes, harm [\d,]+, in the place\.$", t)]
    tables = [
        [[cell.content() for cell in row] for row in frame.multiFrame().tableContents()]
        for frame in layout.items()
        if hasattr(frame, "multiFrame") and isinstance(frame.multiFrame(), QgsLayoutItemManualTable)
    ]
    type_tables = [t for t in tables if t and t[0][0] == "Crime type"]
    assert len(sentences) == len(type_tables) == 3  # one page per place
    for sentence, table in zip(sentences, type_tables):
        n, harm = (int(v.replace(",", "")) for v in re.findall(r"\d[\d,]*", sentence)[:2])
        body, total = table[1:-1], table[-1]
        assert total[0] == "Total" and (int(total[1].replace(",", "")), int(total[2].replace(",", ""))) == (n, harm)
        assert sum(int(r[1].replace(",", "")) for r in body) == n == 66
        assert sum(int(r[2].replace(",", "")) for r in body) == harm == int(sum((2.5 + k) * (k + 1) for k in range(11)))
        assert body[-1][0] == "Other types (4)"


def test_briefing_pages_are_ready_to_print_and_show_the_plan(setup, qtbot, tmp_path):
    """Every page: marking top and bottom, north arrow, round scale bar, legend, attribution; the fences in the
    plan's look even when the layer is styled by compliance (a plan for a future day shows the plan)."""
    from qgis.core import QgsLayoutItemLegend, QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsScaleBarSettings

    from hotspot_plugin.core.resources import resource_path
    from hotspot_plugin.gui.tasking.briefing import build_briefing
    from hotspot_plugin.qgis_io.layouts import DEFAULT_MARKING, export_layout, set_protective_marking

    from .desktop import image_stats
    from .test_layouts import keep

    dock, fences, canvas, project = setup
    set_protective_marking(DEFAULT_MARKING)
    fences.loadNamedStyle(str(resource_path("styles", "fences_compliance.qml")))
    generate(dock, qtbot)
    layout = build_briefing(project, fences, dock.model.taskings, "2026-03-04", None, dock.model.names)
    pages = layout.pageCollection().pageCount()
    assert pages == 3
    items = layout.items()
    labels = [i.text() for i in items if hasattr(i, "text") and callable(i.text)]
    assert labels.count(DEFAULT_MARKING) == 2 * pages
    assert sum("Plan for 2026-03-04" in t for t in labels) == pages
    assert len([i for i in items if isinstance(i, QgsLayoutItemPicture)]) == pages
    bars = [i for i in items if isinstance(i, QgsLayoutItemScaleBar)]
    assert len(bars) == pages
    assert all(b.segmentSizeMode() == QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed for b in bars)
    legends = [i for i in items if isinstance(i, QgsLayoutItemLegend)]
    assert len(legends) == pages
    pngs = export_layout(layout, tmp_path / "briefing.png", dpi=100)
    assert [p.name for p in pngs] == ["briefing.png", "briefing_2.png", "briefing_3.png"]
    keep(pngs[0])
    assert image_stats(pngs[0])["non_background"] > 0.03
    for legend in legends:
        node = legend.model().rootGroup().findLayer(fences)
        entries = [n.data(0) for n in legend.model().layerLegendNodes(node)]
        assert "This place (to patrol)" in entries, entries
        assert not any(word in " ".join(entries) for word in ("Met", "Partly met", "Not met")), entries
    # the dock's export adds the briefing to the project's layouts
    dock.schedule.set_day("2026-03-04")
    dock.exports.export_briefing(str(tmp_path / "briefing.pdf"))
    assert project.layoutManager().layoutByName("Patrol briefing 2026-03-04") is not None


def test_night_shift_windows_after_midnight_say_next_day(setup, qtbot):
    """A night shift's 02:00 patrol is listed under the evening's date, so the table says "(next day)"."""
    from zoneinfo import ZoneInfo

    from hotspot_plugin.gui.tasking.model import column

    dock, fences, canvas, project = setup
    generate(dock, qtbot)
    model, tz = dock.model, ZoneInfo("Europe/London")
    after_midnight = same_day = 0
    for row, task in enumerate(model.taskings):
        if not task.window_start:
            continue
        shown = model.data(model.index(row, column("window")))
        if task.window_start.astimezone(tz).date().isoformat() != task.date:
            assert shown.endswith(" (next day)"), shown
            after_midnight += 1
        else:
            assert "next day" not in shown, shown
            same_day += 1
    assert after_midnight > 0 and same_day > 0
