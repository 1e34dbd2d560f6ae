"""The one formula-injection rule for every CSV, and CSV files written whole or not at all."""

import csv
import decimal
import hashlib

import numpy as np
import pytest

from hotspot_plugin.core.csv_export import FORMULA_PREFIXES, neutralise, safe_csv_cell, write_csv
from hotspot_plugin.core.errors import HotspotInputError


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_prefix_is_neutralised(prefix):
    assert prefix in FORMULA_PREFIXES
    assert neutralise(prefix + "1+1") == "'" + prefix + "1+1"
    assert safe_csv_cell(prefix + "1+1") == "'" + prefix + "1+1"


@pytest.mark.parametrize(
    "text",
    ["=cmd|' /C calc'!A0", "+44123", "@officer", '=HYPERLINK("http://x","click")', "-12", "-3.5"],
)
def test_text_is_text_even_when_it_looks_like_a_number(text):
    # The officer ids and fence names; "+44123" and "-12" are text values, so they are neutralised.
    assert safe_csv_cell(text) == "'" + text


@pytest.mark.parametrize(
    "value,expected",
    [
        (-3.5, "-3.5"),
        (-12, "-12"),
        (np.float64(-0.25), "-0.25"),
        (np.int64(-7), "-7"),
        (decimal.Decimal("-1.50"), "-1.50"),
        (True, "true"),
        (None, ""),
        ("Park Rd", "Park Rd"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_numbers_stay_numbers_and_plain_text_is_unchanged(value, expected):
    assert safe_csv_cell(value) == expected


def test_write_csv_round_trip(tmp_path):
    path = write_csv(tmp_path / "t.csv", ["officer", "n"], [["+44123", -1], ["=1+2", 2.5], ["PC 7", 3]])
    with path.open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == [["officer", "n"], ["'+44123", "-1"], ["'=1+2", "2.5"], ["PC 7", "3"]]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no partial folder left


def test_write_csv_that_fails_leaves_the_old_file_byte_identical(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(b"old,contents\n1,2\n")
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def rows():
        yield ["a", 1]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_csv(path, ["x", "y"], rows())
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_write_csv_into_a_read_only_folder_is_an_error_and_writes_nothing(readonly_dir):
    with pytest.raises(HotspotInputError, match="Cannot write in the folder"):
        write_csv(readonly_dir / "export.csv", ["x"], [[1]])
    assert list(readonly_dir.iterdir()) == []
