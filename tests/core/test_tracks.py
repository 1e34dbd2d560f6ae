"""Reading tracking exports: times, formats, cleaning, ids (known answers; no QGIS)."""

from datetime import date, datetime, timezone

import numpy as np
import pandas as pd
import pytest

from hotspot_plugin.core.errors import Cancelled, HotspotInputError
from hotspot_plugin.core.ids import pseudonymise_ids
from hotspot_plugin.core.timeutil import parse_times, policing_day
from hotspot_plugin.core.tracks.clean import AreaOfUse, jump_mask
from hotspot_plugin.core.tracks.importer import import_tracks
from hotspot_plugin.core.tracks.lines import track_lines
from hotspot_plugin.core.tracks.readers import detect_format, guess_columns, load_id_lookup, read_fixes

NOW = datetime(2026, 11, 21, tzinfo=timezone.utc)


def utc(text):
    return pd.Timestamp(text, tz="UTC")


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def walk_csv(header, rows):
    return header + "\n" + "\n".join(rows) + "\n"


# --- times -------------------------------------------------------------------------------------


def test_spring_forward_2026():
    # 29 March 2026: 01:00 GMT becomes 02:00 BST
    times = parse_times(
        [
            "2026-03-29 00:30:00",
            "2026-03-29 00:59:59",
            "2026-03-29 02:00:00",
            "2026-03-29 03:15:00",
            "2026-03-28 12:00:00",
            "2026-03-30 12:00:00",
        ]
    ).t_utc
    assert list(times) == [
        utc("2026-03-29 00:30"),
        utc("2026-03-29 00:59:59"),
        utc("2026-03-29 01:00"),
        utc("2026-03-29 02:15"),
        utc("2026-03-28 12:00"),
        utc("2026-03-30 11:00"),
    ]


def test_spring_forward_gap_uses_offset_before_change():
    result = parse_times(["2026-03-29 01:30:00"])
    assert result.t_utc.iloc[0] == utc("2026-03-29 01:30")
    assert result.n_nonexistent == 1


def test_autumn_repeated_hour_resolved_by_device_sequence():
    # 25 October 2026: 02:00 BST becomes 01:00 GMT, so 01:00-01:59 local happens twice
    local = [
        "2026-10-25 00:50",
        "2026-10-25 01:10",
        "2026-10-25 01:40",
        "2026-10-25 01:10",
        "2026-10-25 01:40",
        "2026-10-25 02:10",
    ]
    result = parse_times(local, devices=["A"] * 6)
    assert list(result.t_utc) == [
        utc("2026-10-24 23:50"),
        utc("2026-10-25 00:10"),
        utc("2026-10-25 00:40"),
        utc("2026-10-25 01:10"),
        utc("2026-10-25 01:40"),
        utc("2026-10-25 02:10"),
    ]
    assert result.n_ambiguous == 4 and result.n_second_occurrence == 2


def test_autumn_repeated_hour_is_per_device_and_first_occurrence_by_default():
    # device B has one fix in the repeated hour (no evidence) -> first occurrence (BST)
    result = parse_times(
        ["2026-10-25 01:30", "2026-10-25 01:20", "2026-10-25 01:30", "2026-10-25 01:45"], devices=["A", "B", "A", "A"]
    )
    # A: 01:30 then 01:30 (a repeat, no backward step) then 01:45 -> all first occurrence
    assert list(result.t_utc) == [
        utc("2026-10-25 00:30"),
        utc("2026-10-25 00:20"),
        utc("2026-10-25 00:30"),
        utc("2026-10-25 00:45"),
    ]


def test_autumn_newest_first_file():
    local = [
        "2026-10-25 02:10",
        "2026-10-25 01:40",
        "2026-10-25 01:10",
        "2026-10-25 01:40",
        "2026-10-25 01:10",
        "2026-10-25 00:50",
    ]
    result = parse_times(local, devices=["A"] * 6)
    assert list(result.t_utc) == [
        utc("2026-10-25 02:10"),
        utc("2026-10-25 01:40"),
        utc("2026-10-25 01:10"),
        utc("2026-10-25 00:40"),
        utc("2026-10-25 00:10"),
        utc("2026-10-24 23:50"),
    ]


def test_uk_day_first_iso_offsets_epoch_and_bad_text():
    result = parse_times(
        [
            "14/07/2026 09:00:00",
            "14/07/2026 09:00",
            "01/02/2026 10:00:00",
            "14-07-2026 21:00",
            "2026-07-14T09:00:00+01:00",
            "2026-07-14T08:00:00Z",
            "2026-07-14T03:00:00-05:00",
            "2026-07-14T09:00:00.250",
            "1784016000",
            "1784016000000",
            "",
            "not a time",
            "31/02/2026 10:00",
        ]
    )
    t = list(result.t_utc)
    assert t[0] == t[1] == utc("2026-07-14 08:00")  # BST
    assert t[2] == utc("2026-02-01 10:00")  # 1 February, GMT (day first)
    assert t[3] == utc("2026-07-14 20:00")
    assert t[4] == t[5] == t[6] == utc("2026-07-14 08:00")
    assert t[7] == utc("2026-07-14 08:00:00.250")
    assert t[8] == t[9] == utc("2026-07-14 08:00")
    assert all(pd.isna(v) for v in t[10:])
    assert not result.month_first


def test_month_first_column_detected():
    result = parse_times(["07/14/2026 09:00", "07/15/2026 09:00"])
    assert result.month_first
    assert result.t_utc.iloc[0] == utc("2026-07-14 08:00")


def test_month_first_rereads_rows_the_fast_path_read_day_first():
    result = parse_times(["07/14/2026 09:00", "07/01/2026 09:00:00", "12/25/2026 09:00"])
    assert result.month_first
    assert list(result.t_utc) == [utc("2026-07-14 08:00"), utc("2026-07-01 08:00"), utc("2026-12-25 09:00")]


def test_mixed_date_orders_refused_unless_an_order_is_chosen():
    texts = ["14/07/2026 09:00:00", "01/07/2026 09:00:00", "05/13/2026 09:00:00"]
    with pytest.raises(HotspotInputError) as error:
        parse_times(texts, lines=[2, 3, 4], source="mixed.csv")
    message = str(error.value)
    assert message.startswith("mixed.csv: the dates mix day-first and month-first order")
    assert "'14/07/2026 09:00:00' (line 2) only makes sense day first" in message
    assert "'05/13/2026 09:00:00' (line 4) only month first" in message
    assert "(1 row(s) only day first, 1 only month first)" in message
    # chosen day first: the month-first-only row cannot be read and is counted
    result = parse_times(texts, date_order="day first")
    assert not result.month_first
    assert list(result.t_utc[:2]) == [utc("2026-07-14 08:00"), utc("2026-07-01 08:00")]
    assert pd.isna(result.t_utc.iloc[2])
    dates = result.dates
    assert (dates.order, dates.n_dates, dates.n_ambiguous, dates.n_wrong_order) == ("day first", 3, 1, 1)
    # chosen month first: the reverse
    result = parse_times(texts, date_order="month first")
    assert pd.isna(result.t_utc.iloc[0])
    assert list(result.t_utc[1:]) == [utc("2026-01-07 09:00"), utc("2026-05-13 08:00")]
    assert result.month_first and result.dates.n_wrong_order == 1
    with pytest.raises(HotspotInputError, match="Unknown date order 'ymd'"):
        parse_times(texts, date_order="ymd")


def test_ambiguous_dates_counted_and_read_day_first_unless_told():
    # every day is 12 or less: 07/04/2026 is 7 April (UK) or 4 July (US); 05/05 reads the same both ways
    texts = ["07/04/2026 09:00:00", "07/04/2026 09:00:30", "05/05/2026 09:01", "11/04/2026 9:02", "03-04-2026 09:03"]
    result = parse_times(texts)
    assert not result.month_first
    dates = result.dates
    assert (dates.order, dates.chosen, dates.n_dates, dates.n_ambiguous) == ("day first", "auto", 5, 4)
    assert (dates.n_only_day_first, dates.n_only_month_first, dates.n_wrong_order) == (0, 0, 0)
    assert list(result.t_utc) == [
        utc("2026-04-07 08:00"),
        utc("2026-04-07 08:00:30"),
        utc("2026-05-05 08:01"),
        utc("2026-04-11 08:02"),
        utc("2026-04-03 08:03"),
    ]
    month = parse_times(texts, date_order="month first")
    assert month.month_first and month.dates.n_ambiguous == 4
    assert list(month.t_utc) == [
        utc("2026-07-04 08:00"),
        utc("2026-07-04 08:00:30"),
        utc("2026-05-05 08:01"),
        utc("2026-11-04 09:02"),  # GMT in November
        utc("2026-03-04 09:03"),
    ]
    # a file of plain UK dates (some day above 12) and ISO times has nothing ambiguous to report
    assert parse_times(["14/07/2026 09:00", "2026-07-14T09:00:00Z"]).dates.n_ambiguous == 0
    assert parse_times(["2026-07-14T09:00:00Z"]).dates is None


def test_import_logs_ambiguous_dates_with_count_and_order(tmp_path):
    rows = [f"PC1,07/04/2026 09:{m:02d}:00,51.752,-1.258" for m in range(40)]
    path = write(tmp_path, "us.csv", walk_csv("officer,time,lat,lon", rows))
    result = import_tracks([path], now=NOW)
    assert result.fixes["t_utc"].iloc[0] == utc("2026-04-07 08:00")
    assert (
        "us.csv: 40 of 40 dates could be read day first or month first (e.g. '07/04/2026 09:00:00' (line 2)) and "
        "no date in the file decides: read day first (UK order). If the export writes month first (US order), set "
        "the date order to month first."
    ) in result.log_lines()
    chosen = import_tracks([path], date_order="month first", now=NOW)
    assert chosen.fixes["t_utc"].iloc[0] == utc("2026-07-04 08:00")
    assert "us.csv: dates read month first, as chosen; 40 of 40 could also be read day first." in chosen.log_lines()
    # one row that only reads month first decides the file: all 41 are month first
    rows.append("PC1,04/13/2026 09:00:00,51.752,-1.258")
    decided = write(tmp_path, "us2.csv", walk_csv("officer,time,lat,lon", rows))
    result = import_tracks([decided], now=NOW)
    assert result.fixes["t_utc"].min() == utc("2026-04-13 08:00")
    assert result.fixes["t_utc"].max() == utc("2026-07-04 08:39")
    assert (
        "us2.csv: dates read month first (US order): 1 only make sense that way (e.g. '04/13/2026 09:00:00' "
        "(line 42)); the 40 that could be read either way were read month first too."
    ) in result.log_lines()


def test_import_refuses_mixed_date_orders_naming_file_and_lines(tmp_path):
    text = "officer,time,lat,lon\nPC1,13/04/2026 09:00:00,51.752,-1.258\nPC1,04/14/2026 09:00:00,51.752,-1.258\n"
    path = write(tmp_path, "mixed.csv", text)
    with pytest.raises(HotspotInputError, match=r"^mixed\.csv: the dates mix.*\(line 2\).*\(line 3\)"):
        import_tracks([path], now=NOW)
    result = import_tracks([path], date_order="day first", now=NOW)
    assert len(result.fixes) == 1 and result.dropped == {"no_time": 1}
    assert (
        "mixed.csv: dates read day first, as chosen. 1 date(s) valid only month first (e.g. '04/14/2026 09:00:00' "
        "(line 3)) could not be read and were dropped."
    ) in result.log_lines()
    # the dialog's skip_broken keeps the other files
    good = write(tmp_path, "good.csv", APP_CSV)
    kept = import_tracks([good, path], skip_broken=True, now=NOW)
    assert len(kept.fixes) == 4 and kept.failed[0][0] == "mixed.csv"


def test_mixed_offsets_and_naive_in_one_column():
    result = parse_times(["2026-01-14T09:00:00Z", "2026-07-14T09:00:00", "2026-07-14T09:00:00+0200", "2026-07-14"])
    assert list(result.t_utc) == [
        utc("2026-01-14 09:00"),
        utc("2026-07-14 08:00"),
        utc("2026-07-14 07:00"),
        utc("2026-07-13 23:00"),
    ]


def test_other_timezone_and_unknown_zone():
    assert parse_times(["2026-07-14 09:00"], tz="UTC").t_utc.iloc[0] == utc("2026-07-14 09:00")
    with pytest.raises(HotspotInputError, match="Unknown time zone"):
        parse_times(["2026-07-14 09:00"], tz="Mars/Olympus")


def test_policing_day():
    times = pd.Series(
        [
            utc("2026-07-14 04:59"),
            utc("2026-07-14 05:00"),
            utc("2026-01-14 05:59"),
            utc("2026-01-14 06:00"),
            utc("2026-03-29 05:30"),
            utc("2026-10-25 05:30"),
        ]
    )
    days = policing_day(times)
    # 05:59 BST (04:59 UTC) is the day before; 06:00 BST starts the day; in winter 06:00 UTC does;
    # 05:30 UTC is 06:30 BST on 29 March (after the change) but 05:30 GMT on 25 October
    assert list(days) == [
        date(2026, 7, 13),
        date(2026, 7, 14),
        date(2026, 1, 13),
        date(2026, 1, 14),
        date(2026, 3, 29),
        date(2026, 10, 24),
    ]
    assert policing_day(utc("2026-07-14 05:00"), "07:30") == date(2026, 7, 13)
    with pytest.raises(HotspotInputError, match="HH:MM"):
        policing_day(times, "6am")


# --- column guessing ----------------------------------------------------------------------------


def test_guess_columns_common_names():
    assert guess_columns(["Collar No", "Timestamp", "Latitude", "Longitude", "Speed (mph)", "Heading", "HDOP"]) == {
        "officer": "Collar No",
        "time": "Timestamp",
        "x": "Longitude",
        "y": "Latitude",
        "speed": "Speed (mph)",
        "heading": "Heading",
        "accuracy": "HDOP",
    }
    radio = guess_columns(["ISSI", "Date", "Time", "Easting", "Northing", "Position error"])
    assert radio["officer"] == "ISSI" and radio["time"] == "Date + Time"
    assert radio["x"] == "Easting" and radio["y"] == "Northing" and radio["accuracy"] == "Position error"


# --- CSV ---------------------------------------------------------------------------------------

APP_CSV = """officer_id,timestamp,lat,lon,speed_kmh,heading,accuracy
PC101,2026-07-14T09:00:30+01:00,51.7520,-1.2577,4.5,90,8
PC101,2026-07-14T09:00:00+01:00,51.7520,-1.2580,4.5,90,8
PC101,2026-07-14T09:00:00+01:00,51.7520,-1.2580,4.5,90,8
PC202,14/07/2026 09:00:00,51.7530,-1.2500,5,180,5
PC202,14/07/2026 09:01:00,51.7526,-1.2500,5,180,5
"""


def test_csv_unsorted_and_duplicated(tmp_path):
    path = write(tmp_path, "app.csv", APP_CSV)
    result = import_tracks([path], now=NOW)
    fixes = result.fixes
    assert list(fixes["officer_id"]) == ["PC101", "PC101", "PC202", "PC202"]
    assert list(fixes["t_utc"]) == [
        utc("2026-07-14 08:00"),
        utc("2026-07-14 08:00:30"),
        utc("2026-07-14 08:00"),
        utc("2026-07-14 08:01"),
    ]
    assert fixes["x"].iloc[0] == pytest.approx(-1.2580)
    assert result.dropped == {"duplicate": 1}
    assert result.n_read == 5
    median, p90, n = result.intervals["app.csv"]
    assert (median, n) == (45.0, 2) and p90 == pytest.approx(57.0)
    assert set(fixes.columns) == {"officer_id", "t_utc", "x", "y", "speed_kmh", "heading", "accuracy_m", "source"}


def test_csv_semicolon_decimal_comma_bom_and_split_date_time(tmp_path):
    text = "\ufeffISSI;Date;Time;Latitude;Longitude;Speed (mph)\n1234567;14/07/2026;09:00:00;51,752;-1,258;10\n"
    result = import_tracks([write(tmp_path, "radio.csv", text)], now=NOW)
    row = result.fixes.iloc[0]
    assert row["officer_id"] == "1234567" and row["t_utc"] == utc("2026-07-14 08:00")
    assert row["y"] == pytest.approx(51.752) and row["speed_kmh"] == pytest.approx(16.09344)


def test_radio_position_error_classes_read_as_metres(tmp_path):
    text = (
        "ISSI,Timestamp,Lat,Lon,Position error\n"
        "1,2026-07-14T09:00:00Z,51.75,-1.25,< 20 m\n"
        "1,2026-07-14T09:05:00Z,51.75,-1.25,<2km\n"
        "1,2026-07-14T09:10:00Z,51.75,-1.25,unknown\n"
    )
    raw = read_fixes(write(tmp_path, "tetra.csv", text))
    assert list(raw.frame["accuracy_m"].fillna(-1)) == [20.0, 2000.0, -1]
    result = import_tracks([write(tmp_path, "tetra.csv", text)], now=NOW)
    assert result.dropped == {"accuracy": 1} and len(result.fixes) == 2


def test_explicit_mapping_overrides_guess(tmp_path):
    text = "who,when,a,b,posx,posy\nPC1,2026-07-14 09:00,0,0,-1.25,51.75\n"
    path = write(tmp_path, "odd.csv", text)
    with pytest.raises(HotspotInputError, match="no column was recognised"):
        import_tracks([path])
    result = import_tracks([path], mapping={"officer": "who", "time": "when", "x": "posx", "y": "posy"}, now=NOW)
    assert result.fixes["x"].iloc[0] == pytest.approx(-1.25)
    with pytest.raises(HotspotInputError, match="has no column 'nope'"):
        import_tracks([path], mapping={"time": "nope"})


def test_each_drop_reason_counted(tmp_path):
    text = (
        "\n".join(
            [
                "officer,time,lat,lon,accuracy",
                "A,2026-07-14 09:00:00,51.75,-1.25,5",  # kept
                ",2026-07-14 09:00:10,51.75,-1.25,5",  # no officer
                "A,,51.75,-1.25,5",  # no time
                "A,yesterday,51.75,-1.25,5",  # no time (unreadable)
                "A,1999-12-31 23:00:00,51.75,-1.25,5",  # bad time
                "A,2027-07-14 09:00:00,51.75,-1.25,5",  # bad time (future)
                "A,2026-07-14 09:00:20,0,0,5",  # bad coordinates (0,0)
                "A,2026-07-14 09:00:30,95,-1.25,5",  # bad coordinates (latitude > 90)
                "A,2026-07-14 09:00:40,,-1.25,5",  # bad coordinates (missing)
                "A,2026-07-14 09:00:50,51.75,-1.25,500",  # accuracy
                "A,2026-07-14 09:00:00,51.75,-1.25,5",  # duplicate
                "A,2026-07-14 09:01:00,51.7501,-1.2501,5",  # kept
                "A,2026-07-14 09:01:30,51.90,-1.2501,5",  # jump: 16.7 km in 30 s and back
                "A,2026-07-14 09:02:00,51.7502,-1.2502,5",  # kept
            ]
        )
        + "\n"
    )
    result = import_tracks([write(tmp_path, "reasons.csv", text)], now=NOW)
    assert result.dropped == {
        "no_officer": 1,
        "no_time": 2,
        "bad_time": 2,
        "bad_coordinates": 3,
        "accuracy": 1,
        "duplicate": 1,
        "jump": 1,
    }
    assert len(result.fixes) == 3
    assert result.n_read == 14
    log = "\n".join(result.log_lines())
    assert "Dropped 3: bad coordinates" in log and "Dropped 1: jump" in log
    # limits of 0 turn the accuracy and jump checks off
    loose = import_tracks([write(tmp_path, "reasons.csv", text)], max_speed_kmh=0, max_accuracy_m=0, now=NOW)
    assert "jump" not in loose.dropped and "accuracy" not in loose.dropped and len(loose.fixes) == 5


def test_jump_mask_keeps_consistent_fast_travel_and_drops_start_spike():
    t = np.arange(6) * 10.0
    device = np.zeros(6, dtype=int)
    x = np.array([0, 200, 400, 600, 800, 1000.0])  # 72 km/h throughout
    assert not jump_mask(device, t, x, np.zeros(6), 50, geographic=False).any()
    x = np.array([5000, 0, 10, 20, 30, 40.0])  # first fix is a spike
    assert list(jump_mask(device, t, x, np.zeros(6), 50, geographic=False)) == [True] + [False] * 5
    x = np.array([0, 10, 5000, 5010, 30, 40.0])  # a two-fix burst
    assert list(jump_mask(device, t, x, np.zeros(6), 50, geographic=False)) == [False, False, True, True, False, False]


def test_broken_csv_names_file_and_line(tmp_path):
    text = "officer,time,lat,lon\nA,2026-07-14 09:00,51.75,-1.25\nA,2026-07-14 09:01,51.75\n"
    path = write(tmp_path, "cut.csv", text)
    with pytest.raises(HotspotInputError, match=r"cut\.csv, line 3"):
        import_tracks([path])


def test_broken_file_does_not_lose_other_files(tmp_path):
    good = write(tmp_path, "good.csv", APP_CSV)
    bad = write(tmp_path, "bad.csv", "officer,time,lat,lon\nA,2026-07-14 09:00,51.75\n")
    result = import_tracks([good, bad], skip_broken=True, now=NOW)
    assert len(result.fixes) == 4
    assert result.failed and result.failed[0][0] == "bad.csv" and "line 2" in result.failed[0][1]
    assert any("Not imported" in line for line in result.log_lines())


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\x00\x00\x01")
    with pytest.raises(HotspotInputError, match="not a text file"):
        import_tracks([path])


# --- ids ---------------------------------------------------------------------------------------


def test_radio_ids_through_lookup(tmp_path):
    lookup_path = write(tmp_path, "lookup.csv", "ISSI,Collar number\n0012345,PC101\n22222,PC202\n")
    lookup = load_id_lookup(lookup_path)
    assert lookup == {"12345": "PC101", "22222": "PC202"}
    text = (
        "ISSI,timestamp,lat,lon\n12345,2026-07-14T09:00:00Z,51.75,-1.25\n22222,2026-07-14T09:00:00Z,51.75,-1.24\n"
        "99999,2026-07-14T09:00:00Z,51.75,-1.23\n99999,2026-07-14T09:05:00Z,51.75,-1.23\n"
    )
    result = import_tracks([write(tmp_path, "radio.csv", text)], id_lookup=lookup, now=NOW)
    assert sorted(result.fixes["officer_id"].unique()) == ["99999", "PC101", "PC202"]
    assert (result.n_lookup_mapped_ids, result.n_unmapped_ids, result.n_unmapped_fixes) == (2, 1, 2)
    assert "99999" not in "\n".join(result.log_lines())


def test_lookup_conflict_names_line(tmp_path):
    path = write(tmp_path, "lookup.csv", "issi,collar\n1,PC1\n1,PC2\n")
    with pytest.raises(HotspotInputError, match="line 3"):
        load_id_lookup(path)


def test_pseudonymisation_never_leaks_raw_ids(tmp_path):
    path = write(tmp_path, "PC101_export.csv", APP_CSV)
    key = b"k" * 32
    result = import_tracks([path], pseudonymise=True, key=key, now=NOW)
    ids = set(result.fixes["officer_id"])
    assert len(ids) == 2 and all(i.startswith("P-") for i in ids)
    text = result.fixes.to_csv() + "\n".join(result.log_lines()) + repr(result.mappings) + repr(result.files)
    assert "PC101" not in text and "PC202" not in text
    again = import_tracks([path], pseudonymise=True, key=key, now=NOW)
    assert list(again.fixes["officer_id"]) == list(result.fixes["officer_id"])  # deterministic for a key
    other = import_tracks([path], pseudonymise=True, now=NOW)
    assert set(other.fixes["officer_id"]).isdisjoint(ids)  # a fresh key: not linkable
    assert pseudonymise_ids(pd.Series(["PC101", "PC101"]), key).nunique() == 1


# --- GPX ---------------------------------------------------------------------------------------

GPX11 = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"
     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">
  <trk><name>ACTIVE LOG</name>
    <trkseg></trkseg>
    <trkseg>
      <trkpt lat="51.7520" lon="-1.2580"><ele>60</ele><time>2026-07-14T08:00:00Z</time>
        <extensions><gpxtpx:TrackPointExtension><gpxtpx:speed>1.5</gpxtpx:speed>
        <gpxtpx:course>270</gpxtpx:course></gpxtpx:TrackPointExtension></extensions></trkpt>
      <trkpt lat="51.7521" lon="-1.2581"><time>2026-07-14T08:00:30Z</time><hdop>2</hdop></trkpt>
    </trkseg>
    <trkseg/>
  </trk>
</gpx>
"""

GPX10 = """<?xml version="1.0"?>
<gpx version="1.0" creator="old" xmlns="http://www.topografix.com/GPX/1/0">
<trk><trkseg>
<trkpt lat="51.75" lon="-1.25"><time>2026-07-14T08:00:00Z</time><course>45</course><speed>2</speed></trkpt>
<trkpt lat="51.7501" lon="-1.2501"><time>2026-07-14T08:00:05Z</time></trkpt>
</trkseg></trk></gpx>
"""


def test_gpx11_with_namespaces_extensions_bom_and_empty_segments(tmp_path):
    path = write(tmp_path, "PC303.gpx", "\ufeff" + GPX11)
    raw = read_fixes(path)
    assert raw.format == "gpx"
    frame = raw.frame
    assert len(frame) == 2 and list(frame["officer"]) == ["PC303", "PC303"]
    assert frame["speed_kmh"].iloc[0] == pytest.approx(5.4)
    assert frame["heading"].iloc[0] == 270
    assert frame["accuracy_m"].iloc[1] == pytest.approx(10.0)
    result = import_tracks([path], now=NOW)
    assert list(result.fixes["t_utc"]) == [utc("2026-07-14 08:00"), utc("2026-07-14 08:00:30")]


def test_gpx10(tmp_path):
    frame = read_fixes(write(tmp_path, "unit.gpx", GPX10)).frame
    assert frame["speed_kmh"].iloc[0] == pytest.approx(7.2) and frame["heading"].iloc[0] == 45
    assert list(frame["x"]) == [-1.25, -1.2501]


def test_gpx_without_namespace_and_auto_detected_without_extension(tmp_path):
    text = GPX10.replace(' xmlns="http://www.topografix.com/GPX/1/0"', "")
    path = write(tmp_path, "track.dat", "\n\n" + text)
    assert detect_format(path) == "gpx"
    assert len(read_fixes(path).frame) == 2


def test_gpx_without_times(tmp_path):
    text = GPX10.replace("<time>2026-07-14T08:00:00Z</time>", "").replace("<time>2026-07-14T08:00:05Z</time>", "")
    with pytest.raises(HotspotInputError, match="GPX without times cannot give dwell"):
        import_tracks([write(tmp_path, "route.gpx", text)])


def test_broken_gpx_names_line(tmp_path):
    text = GPX10.replace("</trkseg></trk></gpx>", "")
    with pytest.raises(HotspotInputError, match=r"cut\.gpx, line \d+"):
        import_tracks([write(tmp_path, "cut.gpx", text)])


# --- GeoJSON -----------------------------------------------------------------------------------


def test_geojson_points(tmp_path):
    text = (
        '{"type":"FeatureCollection","features":['
        '{"type":"Feature","geometry":{"type":"Point","coordinates":[-1.25,51.75]},'
        '"properties":{"callsign":"OX12","time":"2026-07-14T09:00:00","speed":3}},'
        '{"type":"Feature","geometry":null,"properties":{"callsign":"OX12","time":"2026-07-14T09:01:00"}}]}'
    )
    result = import_tracks([write(tmp_path, "fixes.geojson", text)], now=NOW)
    assert list(result.fixes["officer_id"]) == ["OX12"]
    assert result.fixes["t_utc"].iloc[0] == utc("2026-07-14 08:00")
    assert result.dropped == {"bad_coordinates": 1}
    with pytest.raises(HotspotInputError, match=r"broken\.geojson, line 2"):
        import_tracks([write(tmp_path, "broken.geojson", '{"type":"FeatureCollection",\n"features":[}')])


# --- NMEA --------------------------------------------------------------------------------------


def nmea(body):
    checksum = 0
    for char in body:
        checksum ^= ord(char)
    return f"${body}*{checksum:02X}"


def test_nmea_knots_dates_and_bad_sentences(tmp_path):
    lines = [
        nmea("GPGGA,080000.00,5145.000,N,00115.000,W,1,08,1.2,60.0,M,47.0,M,,"),
        nmea("GPRMC,080000.00,A,5145.000,N,00115.000,W,10.0,90.0,140726,,,A"),
        nmea("GPRMC,080005.00,A,5145.010,N,00115.000,W,0.0,,140726,,,A"),
        "$GPRMC,080010.00,A,5145.020,N,00115.000,W,0.0,,140726,,,A*00",  # bad checksum
        nmea("GPRMC,080015.00,V,,,,,,,140726,,,N"),  # void: no fix
        nmea("GNGGA,080020.00,5145.030,N,00115.000,W,1,08,0.9,60.0,M,47.0,M,,"),  # date from the RMC before
    ]
    path = write(tmp_path, "handheld.nmea", "\r\n".join(lines) + "\r\n")
    result = import_tracks([path], now=NOW)
    fixes = result.fixes
    assert list(fixes["t_utc"]) == [utc("2026-07-14 08:00:00"), utc("2026-07-14 08:00:05"), utc("2026-07-14 08:00:20")]
    assert fixes["speed_kmh"].iloc[0] == pytest.approx(18.52)
    assert fixes["y"].iloc[0] == pytest.approx(51.75) and fixes["x"].iloc[0] == pytest.approx(-1.25)
    assert fixes["accuracy_m"].iloc[0] == pytest.approx(6.0)  # HDOP 1.2 from the GGA at the same epoch
    assert result.dropped == {"unreadable": 1, "bad_coordinates": 1}
    assert result.n_read == 5
    with pytest.raises(HotspotInputError, match="no readable NMEA"):
        import_tracks([write(tmp_path, "empty.nmea", "hello\n")])


# --- track lines -------------------------------------------------------------------------------


def test_track_lines_per_officer_per_policing_day_split_at_gaps():
    times = pd.to_datetime(
        [
            "2026-07-14 04:50",
            "2026-07-14 04:55",
            "2026-07-14 05:05",
            "2026-07-14 05:10",
            "2026-07-14 07:00",
            "2026-07-14 07:01",
            "2026-07-14 07:02",
        ],
        utc=True,
    )
    fixes = pd.DataFrame({"officer_id": ["A"] * 7, "t_utc": times})
    x = np.arange(7, dtype=float)
    lines = track_lines(fixes, x, x)
    assert [(line.day, line.n_fixes, len(line.parts)) for line in lines] == [
        (date(2026, 7, 13), 2, 1),
        (date(2026, 7, 14), 5, 2),
    ]


# --- coordinates outside the CRS's area of use -------------------------------------------------

#: What the algorithm passes for EPSG:4326 with British National Grid output, and for EPSG:27700 itself
#: (QgsCoordinateReferenceSystem("EPSG:27700").bounds(), and that box transformed into EPSG:27700).
LONLAT_AREA = AreaOfUse(
    -9.0, 49.75, 2.01, 61.01, "EPSG:4326", "the area where EPSG:4326 and British National Grid are both usable"
)
BNG_AREA = AreaOfUse(-103976.3, -16698.8, 688938.0, 1256635.0, "EPSG:27700", "the area of use of EPSG:27700")


def oxford_walk(n=40, swap=False, start=0):
    """n fixes 30 s apart walking east through Oxford, as 'officer,time,lat,lon' rows (lat and lon swapped)."""
    rows = []
    for i in range(start, start + n):
        lat, lon = 51.752, -1.258 + 0.0001 * i
        a, b = (lon, lat) if swap else (lat, lon)
        when = pd.Timestamp("2026-07-14 09:00") + pd.Timedelta(seconds=30 * i)
        rows.append(f"PC1,{when:%Y-%m-%dT%H:%M:%S}+01:00,{a:.4f},{b:.4f}")
    return rows


def test_swapped_lat_lon_refused_with_the_swap_suggested(tmp_path):
    # the case: 40 fixes with lat and lon swapped were imported at x ≈ 7.5e6, y ≈ -5.8e6 without a word
    path = write(tmp_path, "swapped.csv", walk_csv("officer,time,lat,lon", oxford_walk(swap=True)))
    with pytest.raises(HotspotInputError) as error:
        import_tracks([path], geographic=None, area=LONLAT_AREA, fallback_area=BNG_AREA, now=NOW)
    assert str(error.value) == (
        "swapped.csv: 40 of 40 fixes lie outside the area where EPSG:4326 and British National Grid are both "
        "usable (x -9.00 to 2.01, y 49.75 to 61.01), e.g. line 2: x 51.75200, y -1.25800. With x and y swapped "
        "40 of them would be inside: the x and y columns look swapped. Set the x / longitude column to 'lat' and "
        "the y / latitude column to 'lon'."
    )
    # doing what the message says imports them all where they belong
    result = import_tracks(
        [path], mapping={"x": "lat", "y": "lon"}, geographic=None, area=LONLAT_AREA, fallback_area=BNG_AREA, now=NOW
    )
    assert len(result.fixes) == 40 and result.fixes["x"].iloc[0] == pytest.approx(-1.258)
    assert result.fixes["y"].iloc[0] == pytest.approx(51.752)


def test_a_few_stray_fixes_outside_are_dropped_and_counted(tmp_path):
    # 200 fixes in Oxford and one at a phone's default location in California (0.5 %): dropped, counted, logged
    rows = oxford_walk(200)
    rows.insert(100, "PC1,2026-07-14T10:40:15+01:00,37.42200,-122.08400")
    path = write(tmp_path, "stray.csv", walk_csv("officer,time,lat,lon", rows))
    result = import_tracks([path], geographic=None, area=LONLAT_AREA, fallback_area=BNG_AREA, now=NOW)
    assert result.dropped == {"outside_area": 1} and len(result.fixes) == 200
    log = result.log_lines()
    assert "Dropped 1: stray fixes outside the area of use of the coordinates' CRS." in log
    assert (
        "stray.csv: 1 stray fix(es) lie outside the area where EPSG:4326 and British National Grid are both "
        "usable and were dropped, the first at line 102."
    ) in log
    # 2 of 150 (1.3 %) is more than strays: refused, and no swap is suggested since swapping does not help
    rows = oxford_walk(148) + ["PC1,2026-07-14T11:00:00+01:00,37.422,-122.084"] * 2
    path = write(tmp_path, "two.csv", walk_csv("officer,time,lat,lon", rows))
    with pytest.raises(HotspotInputError) as error:
        import_tracks([path], geographic=None, area=LONLAT_AREA, fallback_area=BNG_AREA, now=NOW)
    assert str(error.value).startswith("two.csv: 2 of 150 fixes lie outside")
    assert "e.g. line 150: x -122.08400, y 37.42200. Check that the coordinates' CRS (EPSG:4326)" in str(error.value)


def test_swapped_eastings_northings_refused_in_a_projected_crs(tmp_path):
    # Lerwick, Shetland (E 447,000, N 1,141,000): swapped, the northing is far east of the grid
    rows = [f"PC1,2026-07-14T09:00:{s:02d}Z,{1141000 + s},{447000}" for s in range(30)]
    path = write(tmp_path, "bng.csv", walk_csv("collar,timestamp,easting,northing", rows))
    with pytest.raises(HotspotInputError) as error:
        import_tracks([path], geographic=False, area=BNG_AREA, now=NOW)
    assert str(error.value) == (
        "bng.csv: 30 of 30 fixes lie outside the area of use of EPSG:27700 (x -103,976 to 688,938, y -16,699 to "
        "1,256,635), e.g. line 2: x 1,141,000.0, y 447,000.0. With x and y swapped 30 of them would be inside: the "
        "x and y columns look swapped. Set the x / longitude column to 'northing' and the y / latitude column to "
        "'easting'."
    )
    fixed = import_tracks([path], mapping={"x": "northing", "y": "easting"}, geographic=False, area=BNG_AREA, now=NOW)
    assert len(fixed.fixes) == 30 and fixed.fixes["x"].iloc[0] == 447000


def test_degrees_in_a_projected_crs_and_metres_in_degrees_refused(tmp_path):
    # lon/lat read as EPSG:27700 metres would land 2 m from the grid's false origin, inside its area of use
    path = write(tmp_path, "lonlat.csv", walk_csv("officer,time,lat,lon", oxford_walk(10)))
    with pytest.raises(HotspotInputError) as error:
        import_tracks([path], geographic=False, area=BNG_AREA, now=NOW)
    assert str(error.value) == (
        "lonlat.csv: the coordinates look like longitude/latitude in degrees (e.g. line 2: x -1.25800, y 51.75200), "
        "but EPSG:27700 is in metres. Set the coordinates' CRS to EPSG:4326 (WGS 84 latitude/longitude)."
    )
    with pytest.raises(HotspotInputError, match="GPX and NMEA positions are always WGS 84"):
        import_tracks([write(tmp_path, "unit.gpx", GPX10)], geographic=False, area=BNG_AREA, now=NOW)
    # eastings/northings with a CRS explicitly in degrees were all dropped as "out of range" before
    text = "collar,timestamp,easting,northing\nPC1,2026-07-14T09:00:00Z,451000,206000\n"
    with pytest.raises(HotspotInputError, match=r"look like eastings/northings in metres .*EPSG:27700 \(British"):
        import_tracks([write(tmp_path, "en.csv", text)], geographic=True, area=LONLAT_AREA, now=NOW)


def test_a_file_that_disagrees_with_the_rest_of_the_import_is_refused(tmp_path):
    # the dialog imports several files with one CRS: a GPX beside a larger easting/northing CSV was read as metres
    rows = [f"PC1,2026-07-14T09:00:{s:02d}Z,{451000 + s},206000" for s in range(30)]
    bng = write(tmp_path, "radio.csv", walk_csv("collar,timestamp,easting,northing", rows))
    gpx = write(tmp_path, "unit.gpx", GPX10)
    result = import_tracks(
        [bng, gpx], geographic=None, area=LONLAT_AREA, fallback_area=BNG_AREA, skip_broken=True, now=NOW
    )
    assert not result.geographic and len(result.fixes) == 30 and set(result.fixes["source"]) == {"radio.csv"}
    assert result.failed == [
        (
            "unit.gpx",
            "unit.gpx: the coordinates look like longitude/latitude in degrees (e.g. point 1: x -1.25000, y 51.75000), "
            "while most fixes of this import are eastings/northings in metres (read as EPSG:27700). Import this file "
            "on its own. GPX and NMEA positions are always WGS 84 latitude/longitude.",
        )
    ]


def test_swapped_gpx_geojson_and_nmea_positions_refused(tmp_path):
    gpx = GPX10.replace('lat="51.75" lon="-1.25"', 'lat="-1.25" lon="51.75"').replace(
        'lat="51.7501" lon="-1.2501"', 'lat="-1.2501" lon="51.7501"'
    )
    with pytest.raises(HotspotInputError) as error:
        import_tracks([write(tmp_path, "unit.gpx", gpx)], geographic=None, area=LONLAT_AREA, now=NOW)
    assert "2 of 2 fixes lie outside" in str(error.value) and "e.g. point 1: x 51.75000, y -1.25000" in str(error.value)
    assert str(error.value).endswith("the file's lat and lon attributes look swapped. Correct the export.")
    geojson = (
        '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",'
        '"coordinates":[51.75,-1.25]},"properties":{"callsign":"OX12","time":"2026-07-14T09:00:00"}}]}'
    )
    with pytest.raises(HotspotInputError, match=r"GeoJSON positions are \[longitude, latitude\] \(RFC 7946\)"):
        import_tracks([write(tmp_path, "fixes.geojson", geojson)], geographic=None, area=LONLAT_AREA, now=NOW)
    # NMEA carries hemispheres, so it cannot be swapped: a fix off Africa is simply outside
    sentence = nmea("GPRMC,080000.00,A,0115.000,S,05145.000,E,0.0,,140726,,,A")
    with pytest.raises(HotspotInputError, match=r"1 of 1 fixes lie outside .*line 1: x 51\.75000, y -1\.25000\."):
        import_tracks([write(tmp_path, "log.nmea", sentence + "\n")], geographic=None, area=LONLAT_AREA, now=NOW)


# --- cancel ------------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ["exact", "pandas", "auto"])
def test_cancel_is_honoured_while_the_file_is_read(tmp_path, monkeypatch, engine):
    from hotspot_plugin.core.tracks import readers

    monkeypatch.setattr(readers, "FAST_CSV_ENGINE", engine)
    monkeypatch.setattr(readers, "FAST_CHUNK_ROWS", 30000)
    rows = [f"PC{i % 50},2026-07-14T08:{i // 60 % 60:02d}:{i % 60:02d}Z,51.75,-1.25" for i in range(100000)]
    path = write(tmp_path, "big.csv", walk_csv("officer,time,lat,lon", rows))
    asked = []

    def progress(fraction):
        asked.append(fraction)
        return fraction == 0.0  # the user presses Cancel as soon as the run shows progress

    with pytest.raises(Cancelled):
        import_tracks([path], progress=progress, now=NOW)
    # a file's share is 60 %; reading it the first 70 % of that, the CSV rows the first 60 % of the reading:
    # the stop came at the first report while the rows were read
    assert len(asked) == 2
    if engine == "exact":  # 20,000 rows (of 100,000) into the file
        assert asked[-1] == pytest.approx(0.6 * 0.7 * 0.6 * 20001 / 100001)
    else:  # after the layout of the rows, before they are read
        assert asked[-1] == pytest.approx(0.6 * 0.7 * 0.6 * readers.LAYOUT_SHARE)


def test_cancel_reaches_time_parsing_and_the_jump_filter():
    stop = lambda fraction: False  # noqa: E731 - the user has already pressed Cancel
    with pytest.raises(Cancelled):
        parse_times(["14/07/2026 09:00"], progress=stop)
    t = np.arange(6) * 10.0
    with pytest.raises(Cancelled):
        jump_mask(np.zeros(6, dtype=int), t, t * 100, np.zeros(6), 50, geographic=False, progress=stop)


def test_eastings_northings_detected_when_crs_unknown(tmp_path):
    text = (
        "collar,timestamp,easting,northing\n"
        "PC1,2026-07-14T09:00:00Z,451000,206000\n"
        "PC1,2026-07-14T09:00:30Z,451030,206000\n"
    )
    result = import_tracks([write(tmp_path, "bng.csv", text)], geographic=None, now=NOW)
    assert not result.geographic and len(result.fixes) == 2
    assert import_tracks([write(tmp_path, "app.csv", APP_CSV)], geographic=None, now=NOW).geographic


def test_local_times_round_trip_through_both_clock_changes():
    # every 30 s across both 2026 changes for three devices, written as naive UK wall-clock text
    for start in ("2026-03-28 23:30", "2026-10-24 23:30"):
        truth = pd.date_range(start, periods=400, freq="30s", tz="UTC")
        local = truth.tz_convert("Europe/London").tz_localize(None).strftime("%Y-%m-%d %H:%M:%S")
        texts = np.tile(local, 3)
        devices = np.repeat(["A", "B", "C"], 400)
        result = parse_times(texts, devices=devices)
        assert (result.t_utc.to_numpy() == np.tile(truth.to_numpy(), 3)).all()
