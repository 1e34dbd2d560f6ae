"""The tasking algorithms through Processing: schedule, route order (straight and on roads), exceptions."""

import pytest
from qgis.core import QgsProcessingException

from .tasking_data import CENTRES, fence_layer, road_layer, rows_of, table_layer

SCHEDULE_PARAMS = {
    "START_DATE": "2026-03-02",
    "END_DATE": "2026-03-15",
    "SHIFTS": "06:00-14:00,14:00-22:00,22:00-06:00",
    "TREATED_SHARE": 0.5,
    "PATROLS_PER_DAY": 3,
    "PATROL_MIN": 15,
    "MIN_GAP_MIN": 60,
    "WASHOUT_DAYS": 0,
    "SEED": 2026,
    "OUTPUT": "TEMPORARY_OUTPUT",
}


def schedule_rows(run_alg, **overrides):
    params = dict(SCHEDULE_PARAMS, FENCES=fence_layer())
    params.update(overrides)
    result = run_alg("taskingschedule", params)
    return result, rows_of(result["OUTPUT"])


def test_schedule_fields_and_determinism(run_alg):
    result, rows = schedule_rows(run_alg)
    assert list(rows[0]) == [
        "task_id",
        "date",
        "shift",
        "fence_id",
        "arm",
        "window_start",
        "window_end",
        "minutes",
        "visit_order",
        "team",
        "source",
    ]
    treated = [r for r in rows if r["arm"] == "treatment"]
    controls = [r for r in rows if r["arm"] == "control"]
    assert len(treated) == 14 * 3 * 3 and len(controls) == 14 * 3
    assert result["N_TASKINGS"] == len(treated) and result["N_PLACES"] == 6
    assert {r["fence_id"] for r in rows} == {str(k) for k in CENTRES}
    _, again = schedule_rows(run_alg)
    assert again == rows
    _, other = schedule_rows(run_alg, SEED=2027)
    assert other != rows


def test_schedule_blocks_and_log(run_alg):
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

    feedback = Log()
    params = dict(SCHEDULE_PARAMS, FENCES=fence_layer(), BLOCK_FIELD="tier")
    result = run_alg("taskingschedule", params, feedback=feedback)
    rows = rows_of(result["OUTPUT"])
    tier = {"1": "high", "2": "high", "10": "high", "3": "low", "4": "low", "5": "low"}
    per_day = {}
    for r in rows:
        if r["arm"] == "treatment":
            per_day.setdefault((r["date"], tier[r["fence_id"]]), set()).add(r["fence_id"])
    for (_, _), fences in per_day.items():
        assert len(fences) in (1, 2)
    assert any(line.startswith("Block high (3 places)") for line in feedback.lines)
    assert any("seed: 2026" in line for line in feedback.lines)


def test_schedule_refuses_fences_without_id(run_alg):
    layer = table_layer([("x", "integer")], [[1]])
    with pytest.raises(QgsProcessingException):
        run_alg("taskingschedule", dict(SCHEDULE_PARAMS, FENCES=layer))
    with pytest.raises(QgsProcessingException, match="not like"):
        run_alg("taskingschedule", dict(SCHEDULE_PARAMS, FENCES=fence_layer(), SHIFTS="morning"))


def test_route_order_straight_lines_for_a_day(run_alg):
    _, rows = schedule_rows(run_alg)
    schedule = table_layer(
        [(n, "integer" if n in ("minutes", "visit_order") else "string") for n in rows[0]],
        [list(r.values()) for r in rows],
        "schedule",
    )
    result = run_alg(
        "routeorder",
        {"FENCES": fence_layer(), "TASKINGS": schedule, "DATE": "2026-03-03", "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    out = rows_of(result["OUTPUT"])
    day_places = {r["fence_id"] for r in rows if r["date"] == "2026-03-03" and r["arm"] == "treatment"}
    assert {r["fence_id"] for r in out} == day_places
    assert [r["visit_order"] for r in out] == list(range(1, len(out) + 1))
    assert result["TOTAL_M"] <= result["INPUT_TOTAL_M"] + 1e-6
    assert out[-1]["cumulative_m"] == pytest.approx(result["TOTAL_M"], abs=0.1)


def test_route_order_all_fences_is_optimal(run_alg):
    # six places on a 600 m × 800 m grid: best open path is a snake of 5 legs: 600+600+800+600+600 = 3200 m
    result = run_alg("routeorder", {"FENCES": fence_layer(ids=[1, 5, 2, 4, 10, 3]), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["TOTAL_M"] == pytest.approx(3200.0, abs=1)
    assert result["INPUT_TOTAL_M"] > result["TOTAL_M"]


def test_route_order_on_roads(run_alg):
    # Road along y=206000 from x=451000 to 452200, and a long detour to reach the upper row only at x=452200.
    roads = road_layer(
        [
            [(451000, 206000), (451600, 206000)],
            [(451600, 206000), (452200, 206000)],
            [(452200, 206000), (452200, 206800)],
            [(452200, 206800), (451600, 206800)],
            [(451600, 206800), (451000, 206800)],
        ]
    )
    fences = fence_layer(ids=[1, 3])
    straight = run_alg("routeorder", {"FENCES": fences, "OUTPUT": "TEMPORARY_OUTPUT"})
    network = run_alg("routeorder", {"FENCES": fences, "ROADS": roads, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert straight["TOTAL_M"] == pytest.approx(800.0, abs=0.5)
    # the only road link between (451000,206000) and (451000,206800) runs 1200 + 800 + 1200 m
    assert network["TOTAL_M"] == pytest.approx(3200.0, abs=0.5)


VISIT_FIELDS = [
    ("fence_id", "integer"),
    ("officer_id", "string"),
    ("start_utc", "string"),
    ("end_utc", "string"),
    ("duration_s", "double"),
    ("mode", "string"),
    ("n_fixes", "integer"),
]
TASK_FIELDS = [
    ("task_id", "string"),
    ("date", "string"),
    ("shift", "string"),
    ("fence_id", "string"),
    ("arm", "string"),
    ("window_start", "string"),
    ("window_end", "string"),
    ("minutes", "integer"),
    ("visit_order", "integer"),
    ("team", "string"),
]


def test_exception_report_statuses(run_alg):
    taskings = table_layer(
        TASK_FIELDS,
        [
            [
                "t-met",
                "2026-06-01",
                "06:00-14:00",
                "1",
                "treatment",
                "2026-06-01T08:00:00+01:00",
                "2026-06-01T08:15:00+01:00",
                15,
                1,
                "A",
            ],
            [
                "t-partly",
                "2026-06-01",
                "06:00-14:00",
                "2",
                "treatment",
                "2026-06-01T09:00:00+01:00",
                "2026-06-01T09:15:00+01:00",
                15,
                2,
                "A",
            ],
            [
                "t-missed",
                "2026-06-01",
                "06:00-14:00",
                "10",
                "treatment",
                "2026-06-01T10:00:00+01:00",
                "2026-06-01T10:15:00+01:00",
                15,
                3,
                "A",
            ],
            [
                "t-nodata",
                "2026-06-02",
                "06:00-14:00",
                "1",
                "treatment",
                "2026-06-02T08:00:00+01:00",
                "2026-06-02T08:15:00+01:00",
                15,
                1,
                "A",
            ],
            ["c", "2026-06-01", None, "3", "control", None, None, 0, None, None],
        ],
    )
    # times in UTC: 08:00 BST = 07:00 UTC
    visits = table_layer(
        VISIT_FIELDS,
        [
            [1, "p1", "2026-06-01T06:58:00Z", "2026-06-01T07:20:00Z", 1320.0, "foot", 40],
            [2, "p1", "2026-06-01T08:10:00Z", "2026-06-01T08:40:00Z", 1800.0, "foot", 60],
            [10, "p1", "2026-06-01T12:00:00Z", "2026-06-01T12:30:00Z", 1800.0, "foot", 60],
        ],
    )
    result = run_alg(
        "exceptionreport",
        {"TASKINGS": taskings, "VISITS": visits, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"},
    )
    rows = {r["task_id"]: r for r in rows_of(result["OUTPUT"])}
    assert {k: r["status"] for k, r in rows.items()} == {
        "t-met": "met",
        "t-partly": "partly met",
        "t-missed": "not met",
        "t-nodata": "no data",
    }
    assert rows["t-partly"]["delivered_min"] == pytest.approx(5.0)
    assert rows["t-partly"]["shortfall_min"] == pytest.approx(10.0)
    assert (result["N_MET"], result["N_PARTLY"], result["N_NOT_MET"], result["N_NO_DATA"]) == (1, 1, 1, 1)
    summary = rows_of(result["OUTPUT_SUMMARY"])
    assert {(s["level"], s["key"]) for s in summary} >= {
        ("day", "2026-06-01"),
        ("shift", "06:00-14:00"),
        ("place", "10"),
    }


def test_schedule_writes_real_datetimes_and_a_csv_copy_reads_the_same(run_alg, tmp_path):
    """date is a Date field and the windows DateTime fields in local time; a CSV of the schedule (text,
    as QGIS writes DateTime to CSV without its zone) gives dwell and compliance the same windows."""
    from qgis.core import QgsVectorLayer

    from hotspot_plugin.core.tasking import read_windows
    from hotspot_plugin.qgis_io.qt_compat import FieldType
    from hotspot_plugin.qgis_io.tasking_io import read_rows

    params = dict(SCHEDULE_PARAMS, FENCES=fence_layer(), START_DATE="2026-03-28", END_DATE="2026-03-30")
    gpkg = run_alg("taskingschedule", dict(params, OUTPUT=str(tmp_path / "schedule.gpkg")))["OUTPUT"]
    csv_path = run_alg("taskingschedule", dict(params, OUTPUT=str(tmp_path / "schedule.csv")))["OUTPUT"]
    stored = QgsVectorLayer(gpkg, "schedule", "ogr")
    fields = stored.fields()
    assert fields.field("date").type() == FieldType.Date
    assert fields.field("window_start").type() == fields.field("window_end").type() == FieldType.DateTime
    first = next(f for f in stored.getFeatures() if f["arm"] == "treatment" and f["shift"] == "06:00-14:00")
    assert 6 <= first["window_start"].time().hour() < 14  # local wall clock, also across the clock change
    names = ["fence_id", "date", "window_start", "window_end", "minutes", "arm", "task_id", "shift"]
    from_gpkg, _ = read_windows(read_rows(stored, names))
    from_csv, _ = read_windows(read_rows(QgsVectorLayer(csv_path, "csv", "ogr"), names))
    assert len(from_gpkg) == len(from_csv) == 3 * 3 * 3
    merged = from_gpkg.merge(from_csv, on="task_id", suffixes=("", "_csv"))
    assert (merged.start_s == merged.start_s_csv).all() and (merged.end_s == merged.end_s_csv).all()
    # The clocks go forward on 29 March 2026: read as local time, every window still lies in its shift.
    from datetime import datetime
    from zoneinfo import ZoneInfo

    shifts = {"06:00-14:00": (6, 14), "14:00-22:00": (14, 22), "22:00-06:00": (22, 30)}
    for start, shift in zip(merged["start_s"], merged["shift"]):
        local = datetime.fromtimestamp(start, ZoneInfo("Europe/London"))
        hour = local.hour + (24 if local.hour < 6 else 0)
        assert shifts[shift][0] <= hour < shifts[shift][1], (local, shift)
    assert {str(d) for d in merged.date} == {"2026-03-28", "2026-03-29", "2026-03-30"}
