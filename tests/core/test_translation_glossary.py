"""scripts/translation_glossary.py: one-line cells with escapes, quotes kept, hand translations never replaced."""

import ast
import importlib.util
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translation_glossary", REPO / "scripts" / "translation_glossary.py")
glossary = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(glossary)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1">
<context><name>@default</name>
<message><source>Two
lines</source><translation type="unfinished"></translation></message>
<message><source>"Quoted" at the start</source><translation type="unfinished"></translation></message>
<message><source>Back\\slash</source><translation type="unfinished"></translation></message>
<message><source>Done by hand</source><translation>Gwnaed â llaw</translation></message>
<message><source>Not in the glossary</source><translation type="unfinished"></translation></message>
</context></TS>
"""


def test_escape_round_trip():
    for text in ("plain", "a\nb", "tab\there", "back\\slash", "\\n is not a newline", "trailing\\", "'q' \"q\""):
        cell = glossary.escape(text)
        assert "\n" not in cell and "\t" not in cell
        assert glossary.unescape(cell) == text


def test_fill_reads_escaped_cells_and_keeps_hand_translations(tmp_path):
    ts = tmp_path / "plugin_cy.ts"
    ts.write_text(TS, encoding="utf-8")
    tsv = tmp_path / "glossary.tsv"
    rows = [
        ("Two\nlines", "Dwy\nlinell"),
        ('"Quoted" at the start', '"Dyfynnwyd" ar y dechrau'),
        ("Back\\slash", "Ôl\\slaes"),
        ("Done by hand", "Wedi'i newid"),
    ]
    lines = ["source\ttranslation"] + [f"{glossary.escape(s)}\t{glossary.escape(t)}" for s, t in rows]
    tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert glossary.read_glossary(tsv)["Two\nlines"] == "Dwy\nlinell"
    assert glossary.fill(ts, tsv) == 3
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    assert root.get("language") == "cy"
    got = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    assert got["Two\nlines"].text == "Dwy\nlinell" and got["Two\nlines"].get("type") is None
    assert got['"Quoted" at the start'].text == '"Dyfynnwyd" ar y dechrau'
    assert got["Back\\slash"].text == "Ôl\\slaes"
    assert got["Done by hand"].text == "Gwnaed â llaw"
    assert got["Not in the glossary"].get("type") == "unfinished"


def test_shipped_glossary_is_one_cell_per_column():
    path = REPO / "i18n" / "hotspot_plugin_cy_glossary.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "source\ttranslation"
    for number, line in enumerate(lines[1:], start=2):
        assert line.count("\t") == 1, f"line {number} of {path.name} needs exactly one tab"
    # A source may stand twice (branches merged that added the same row) but never with two translations.
    seen = {}
    for line in lines[1:]:
        source, translation = (glossary.unescape(cell) for cell in line.split("\t"))
        assert seen.setdefault(source, translation) == translation, f"two translations of {source!r}"


def _string_literals():
    """Every string literal of the plugin's source, with its file and line (f-string parts included)."""
    for path in sorted((REPO / "hotspot_plugin").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield path.relative_to(REPO), node.lineno, node.value, node
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and node.args:
                yield path.relative_to(REPO), node.lineno, None, node


def test_no_mangled_or_empty_translation_calls():
    """A wrapping sweep once turned ``["", "Treatment"]`` into ``["tr(", ")Treatmenttr(", ...]`` and
    ``"\\n".join`` into ``tr("\\n").join``: no literal holds a fragment of a tr call, and no message is blank."""
    bad = []
    for path, line, text, node in _string_literals():
        if text is not None and re.search(r"^tr\($|\)[^\s()]*tr\($", text):
            bad.append(f"{path}:{line}: {text!r}")
        if text is None:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if not first.value.strip():
                    bad.append(f"{path}:{line}: tr({first.value!r})")
    assert not bad, "\n".join(bad)
