r"""Fill untranslated messages of a Qt .ts file from a glossary, so a phrase gets the same translation everywhere.

    python scripts/translation_glossary.py i18n/hotspot_plugin_cy.ts i18n/hotspot_plugin_cy_glossary.tsv

The glossary is a tab-separated file with the columns ``source`` and ``translation``. Every message with
no translation yet whose source text is in the glossary gets that translation; messages translated by
hand are never changed. A cell is one line: a line break in a message is written ``\n``, a tab ``\t``
and a backslash ``\\`` (``escape``/``unescape``); quotes are plain characters. The file's ``language``
is set from its name (``…_cy.ts`` → ``cy``), as Qt Linguist wants. Without a glossary only the language
is set. Run by ``scripts/update_translations.sh``.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Optional

_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\"}


def escape(text: str) -> str:
    r"""``text`` as one glossary cell: backslashes, line breaks and tabs written as ``\\``, ``\n``, ``\t``."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(cell: str) -> str:
    """The message text a glossary cell stands for (the reverse of ``escape``)."""
    out = []
    chars = iter(cell)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(_ESCAPES.get(following, char + following))
        else:
            out.append(char)
    return "".join(out)


def read_glossary(glossary_path: Path) -> dict:
    """``{source: translation}`` from a glossary file (escapes decoded)."""
    with open(glossary_path, newline="", encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {unescape(row["source"]): unescape(row["translation"]) for row in rows}


def fill(ts_path: Path, glossary_path: Optional[Path] = None) -> int:
    """Fill ``ts_path`` from ``glossary_path`` (if given) and set its language; returns how many were filled."""
    glossary = {}
    if glossary_path is not None:
        glossary = read_glossary(glossary_path)
    tree = ET.parse(ts_path)
    root = tree.getroot()
    filled = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or source not in glossary:
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            translation.text = glossary[source]
            translation.attrib.pop("type", None)
            filled += 1
    root.set("language", ts_path.stem.rsplit("_", 1)[-1])
    root.set("sourcelanguage", "en")
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


def main(argv) -> int:
    if len(argv) not in (2, 3):
        print(__doc__)
        return 2
    glossary = Path(argv[2]) if len(argv) == 3 else None
    filled = fill(Path(argv[1]), glossary)
    if glossary is not None:
        print(f"{argv[1]}: {filled} messages filled from {glossary}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
