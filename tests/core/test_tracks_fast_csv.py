"""The fast CSV path of the tracks reader gives the exact reader's table, lines and messages (issue 14 item 2).

``readers.FAST_CSV_ENGINE`` picks the path: "exact" is ``csv.reader`` row by row (the reference), "pandas"
pandas' C parser and "pyarrow" pyarrow's reader, both over the record layout read from the bytes. Many
generated files — every delimiter, quoted fields holding delimiters, quotes and line breaks, blank and
white-space lines, trailing empty fields, BOM, CRLF, Windows-1252 — must read the same on every path, and
broken ones must give the same message.
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.tracks import readers

ENGINES = ["pandas"] + (["pyarrow"] if readers._pyarrow() is not None else [])
DELIMITERS = [",", ";", "\t", "|"]
PLAIN = "abcXYZ019-_.:/ "
ODD = ["é", "\u00a0", "ß", "€", "  ", "\t"]


def _cell(rng: random.Random, delimiter: str, hard: bool) -> str:
    kind = rng.random()
    if kind < 0.15:
        return ""
    text = "".join(rng.choice(PLAIN) for _ in range(rng.randint(1, 8)))
    if hard and rng.random() < 0.3:
        extra = rng.choice([delimiter, '"', "\n", "\r\n", '""', " ", *ODD])
        at = rng.randint(0, len(text))
        text = text[:at] + extra + text[at:]
    return text


def _quote(rng: random.Random, cell: str, delimiter: str) -> str:
    needs = any(c in cell for c in (delimiter, '"', "\n", "\r"))
    if needs or rng.random() < 0.1:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _blank_line(rng: random.Random, delimiter: str, width: int) -> str:
    return rng.choice(["", " ", "\t ", delimiter * (width - 1), '""', f'"" {delimiter} ', " " + delimiter])


def make_file(rng: random.Random, broken: bool = False) -> tuple:
    """``(bytes, description)`` of a random CSV; ``broken`` adds one irregular row."""
    delimiter = rng.choice(DELIMITERS)
    hard = rng.random() < 0.6
    width = rng.randint(1, 6)
    newline = rng.choice(["\n", "\r\n"])
    header = [_quote(rng, f" h{i}" if rng.random() < 0.2 else f"col{i}", delimiter) for i in range(width)]
    lines = []
    for _ in range(rng.randint(0, 3)):
        lines.append(_blank_line(rng, delimiter, width))
    lines.append(delimiter.join(header))
    for _ in range(rng.randint(0, 25)):
        roll = rng.random()
        if roll < 0.08:
            lines.append(_blank_line(rng, delimiter, width))
            continue
        cells = [_quote(rng, _cell(rng, delimiter, hard), delimiter) for _ in range(width)]
        if roll < 0.15:
            cells += [rng.choice(["", " ", '""'])] * rng.randint(1, 2)  # trailing empty fields
        lines.append(delimiter.join(cells))
    if broken and len(lines) > 1:
        at = rng.randint(len(lines) // 2, len(lines))
        lines.insert(
            at,
            rng.choice(
                [
                    delimiter.join(["x"] * (width + 1)),  # an extra non-empty field
                    delimiter.join(["x"] * max(width - 1, 1)) if width > 1 else "x" + delimiter + "y",
                    'a"b' + delimiter + "c" * width,  # a stray quote (read leniently by csv.reader)
                    '"ab"c' + delimiter * (width - 1),
                    '"open' + delimiter * (width - 1),  # a quote never closed
                    "a\rb" + delimiter * (width - 1),  # a lone carriage return
                    "a\x00b" + delimiter * (width - 1),
                ]
            ),
        )
    text = newline.join(lines)
    if rng.random() < 0.7:
        text += newline
    encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "cp1252"])
    data = text.encode(encoding, errors="replace")
    return data, f"delimiter {delimiter!r}, {encoding}, newline {newline!r}, broken={broken}"


def read(path, engine):
    """``(columns, rows, lines, stripped)`` or ``("error", message)``."""
    old = readers.FAST_CSV_ENGINE
    readers.FAST_CSV_ENGINE = engine
    try:
        table, lines, stripped = readers._read_csv(path)
        if isinstance(table, readers._ArrowText):
            table = table.to_pandas()
    except HotspotInputError as error:
        return ("error", str(error))
    finally:
        readers.FAST_CSV_ENGINE = old
    assert all(isinstance(v, str) for v in table.to_numpy().ravel())
    if stripped:  # the flag the fast path sets must be true of every cell
        assert all(v == v.strip() for v in table.to_numpy().ravel())
    index = repr(table.index), [str(t) for t in table.dtypes], lines.dtype
    return (list(table.columns), table.to_numpy().tolist(), lines.tolist(), index)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("broken", [False, True])
def test_fast_and_exact_paths_read_generated_files_alike(tmp_path, engine, broken):
    rng = random.Random(1404 + broken)
    fast_used = 0
    for number in range(300):
        data, what = make_file(rng, broken)
        path = tmp_path / f"f{number}.csv"
        path.write_bytes(data)
        exact = read(path, "exact")
        fast = read(path, engine)
        assert fast == exact, f"file {number} ({what}): {data!r}"
        if exact[0] != "error":
            text, utf8 = readers._decode(path, data)
            body = data[3:] if utf8 and data.startswith(b"\xef\xbb\xbf") else data
            fast_used += readers._csv_layout(body, readers._sniff_delimiter(text)) is not None
    if not broken:
        assert fast_used > 150  # most generated files take the fast path (the rest are irregular on purpose)


def test_line_of_a_row_is_the_line_it_ends_on(tmp_path):
    # csv.reader's line_num after a record: a quoted field with line breaks puts the row on its last line
    path = tmp_path / "q.csv"
    path.write_bytes(b'\xef\xbb\xbfid,note\r\n\r\n1,"two\r\nlines"\r\n  \r\n2,plain,,\r\n3,"x, ""y"""')
    for engine in ["exact"] + ENGINES:
        columns, rows, lines, _ = read(path, engine)
        assert columns == ["id", "note"]
        assert rows == [["1", "two\r\nlines"], ["2", "plain"], ["3", 'x, "y"']]
        assert lines == [4, 6, 7]


@pytest.mark.parametrize("engine", ["exact"] + ENGINES)
def test_broken_rows_give_the_message_naming_their_line(tmp_path, engine):
    cases = {
        b"a,b\n1,2\n\n3\n": "cut.csv, line 4: 1 fields where the header has 2. Fix or remove that line",
        b"a,b\n1,2\n3,4,5\n": "cut.csv, line 3: 3 fields where the header has 2.",
        b"a;b\r\n1;2\r\n\r\n3;4;x;\r\n": "cut.csv, line 4: 4 fields where the header has 2.",
        b'a,b\n"1",2\n"x\ny",2,"z"\n': "cut.csv, line 4: 3 fields where the header has 2.",
        b"a,b\n1,2\r3,4\n": "cut.csv, line 2: not readable as CSV (new-line character seen in unquoted field",
        b"\n \n": "cut.csv is empty: it has no header and no rows.",
    }
    for data, message in cases.items():
        path = tmp_path / "cut.csv"
        path.write_bytes(data)
        result = read(path, engine)
        assert result[0] == "error" and result[1].startswith(message), (data, result)


def _track_file(rng: random.Random) -> str:
    number_forms = [
        lambda v: f"{v:.2f}",
        lambda v: f"{v:.6f}",
        lambda v: repr(v),  # 17 significant digits: pandas and pyarrow may round these differently
        lambda v: f" {v:.3f} ",
        lambda v: f"{v:.2f}".replace(".", ","),
        lambda v: "",
        lambda v: "n/a",
        lambda v: f"{v:.1e}",
        lambda v: f"+{abs(v):.1f}",
    ]
    rows = ["officer,timestamp,easting,northing,speed_kmh,heading"]
    for i in range(400):
        officer = rng.choice(["PC1", "PC2", " PC3", "PC4 ", ""])
        stamp = f"2026-07-07T08:{i // 60 % 60:02d}:{i % 60:02d}Z"
        values = []
        for scale in (450000.0, 200000.0, 5.0, 360.0):
            form = rng.choice(number_forms) if rng.random() < 0.3 else number_forms[0]
            value = form(rng.uniform(0, scale))
            values.append(f'"{value}"' if "," in value else value)
        rows.append(",".join([officer if "," not in officer else f'"{officer}"', stamp] + values))
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("engine", ENGINES)
def test_read_fixes_is_the_same_on_every_path(tmp_path, monkeypatch, engine):
    rng = random.Random(7)
    for number in range(12):
        path = tmp_path / f"t{number}.csv"
        text = _track_file(rng)
        if number % 3 == 0:  # every number plain: the fast path casts whole columns
            text = "\n".join(line.replace(" ", "") for line in text.split("\n"))
        path.write_text(text)
        monkeypatch.setattr(readers, "FAST_CSV_ENGINE", "exact")
        exact = readers.read_fixes(path)
        monkeypatch.setattr(readers, "FAST_CSV_ENGINE", engine)
        fast = readers.read_fixes(path)
        # the fast path did read it (pyarrow's table, or a layout for pandas' parser)
        table, _, _ = readers._read_csv(path)
        assert isinstance(table, readers._ArrowText) == (engine == "pyarrow")
        assert readers._csv_layout(path.read_bytes(), ",") is not None
        pd.testing.assert_frame_equal(fast.frame, exact.frame)
        assert fast.mapping == exact.mapping and fast.notes == exact.notes


@pytest.mark.skipif("pyarrow" not in ENGINES, reason="pyarrow is not installed")
def test_pyarrow_casts_plain_decimals_as_pandas_reads_them():
    # the fast path lets pyarrow cast decimals of up to 15 characters: they must equal pandas.to_numeric's
    rng = np.random.default_rng(3)
    values = rng.uniform(-1e6, 1e6, 200_000)
    texts = [f"{v:.{d}f}"[:15] for v, d in zip(values, rng.integers(0, 12, values.size))]
    texts += ["5", "+5", "-0", ".5", "5.", "00012", "-.25", "123456789012345", "0.000000000001"]
    pa, _, _ = readers._pyarrow()
    table = readers._ArrowText(pa.table({"x": pa.array(texts)}), ["x"], True)
    fast = table.numbers("x").to_numpy()
    reference = readers._numbers(pd.Series(texts, dtype=object)).to_numpy()
    assert np.array_equal(fast, reference)
    # and a column with other text takes pandas for those rows only
    mixed = texts[:1000] + [" 7 ", "1,5", "", "x", repr(0.1 + 0.2)]
    table = readers._ArrowText(pa.table({"x": pa.array(mixed)}), ["x"], False)
    reference = readers._numbers(pd.Series(mixed, dtype=object).str.strip()).to_numpy()
    assert np.array_equal(table.numbers("x").to_numpy(), reference, equal_nan=True)
