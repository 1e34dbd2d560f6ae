"""Reading tracking exports: times, formats, cleaning, ids (known answers; no QGIS)."""

from datetime import date, datetime, timezone

import numpy as np
import pandas as pd
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.tracks import (
    detect_format,
    guess_columns,
    import_tracks,
    jump_mask,
    load_id_lookup,
    parse_times,
    policing_day,
    pseudonymise_ids,
    read_fixes,
    track_lines,
)

NOW = datetime(2026, 11, 21, tzinfo=timezone.utc)


def utc(text):
    return pd.Timestamp(text, tz="UTC")


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


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


def test_day_first_column_is_not_flipped_by_one_bad_row():
    result = parse_times(["14/07/2026 09:00:00", "01/07/2026 09:00:00", "05/13/2026 09:00:00"])
    assert not result.month_first
    assert list(result.t_utc[:2]) == [utc("2026-07-14 08:00"), utc("2026-07-01 08:00")]
    assert pd.isna(result.t_utc.iloc[2])


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
