"""List strings that pylupdate5 cannot see because the code translates them through a variable.

Algorithms keep their display name, group and help in class attributes (``DISPLAY_NAME``, ``GROUP``,
``HELP``) that ``HotspotAlgorithm.tr`` translates at run time in the context of the algorithm's class;
the plugin menu title is the module constant ``MENU``; the provider's name is translated in the
context ``HotspotProvider``. This script reads the sources (without importing QGIS) and writes a
Python file of ``QCoreApplication.translate(context, text)`` calls for pylupdate5 to scan.

Modules may also define ``def tr(text): return QCoreApplication.translate("Context", text)`` and call
``tr("...")`` directly; pylupdate5 files such calls under ``@default``, so they are listed here with
their real context, and ``--prune TS`` then drops the ``@default`` duplicates from a .ts file.

Usage: python scripts/translatable_strings.py OUTPUT.py
       python scripts/translatable_strings.py --prune FILE.ts
       python scripts/translatable_strings.py --glossary GLOSSARY.tsv FILE.ts

``--glossary`` fills every message of a .ts file that has no translation yet and whose source text is
in the glossary (a tab-separated ``source, translation`` file), so a string gets the same translation
in every context and new code reusing a phrase is translated when the .ts is next updated.
"""

import ast
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "hotspot_plugin"
ATTRIBUTES = ("DISPLAY_NAME", "GROUP", "HELP")
#: Defaults of HotspotAlgorithm that subclasses inherit (read from processing/base.py below).
BASE_CLASS = "HotspotAlgorithm"


def _string(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def class_strings(tree):
    """{class name: ({attribute: text}, [base names])} for the classes of one module."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            values = {}
            for item in node.body:
                if isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name):
                    text = _string(item.value)
                    if text is not None:
                        values[item.targets[0].id] = text
            bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
            found[node.name] = (values, bases)
    return found


def module_tr_strings(tree):
    """(context, text) for ``tr(...)`` calls of a module whose own ``tr`` translates in a fixed context."""
    context = None
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and getattr(inner.func, "attr", "") == "translate"
                    and inner.args
                    and _string(inner.args[0]) is not None
                ):
                    context = _string(inner.args[0])
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if _string(node.value) is not None:
                constants[node.targets[0].id] = _string(node.value)
    if context is None:
        return []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr" and node.args:
            arg = node.args[0]
            text = _string(arg) if not isinstance(arg, ast.Name) else constants.get(arg.id)
            if text:
                found.append((context, text))
    return found


def collect():
    classes = {}
    module_constants = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes.update(class_strings(tree))
        for entry in module_tr_strings(tree):
            module_constants[entry] = True

    def resolve(name, attribute, seen=()):
        if name not in classes or name in seen:
            return None
        values, bases = classes[name]
        if attribute in values:
            return values[attribute]
        for base in bases:
            value = resolve(base, attribute, seen + (name,))
            if value is not None:
                return value
        return None

    def is_algorithm(name, seen=()):
        if name == BASE_CLASS:
            return True
        if name not in classes or name in seen:
            return False
        return any(is_algorithm(base, seen + (name,)) for base in classes[name][1])

    entries = list(module_constants)
    entries.append(("HotspotProvider", "Hot spot policing"))
    for name in sorted(classes):
        if name == BASE_CLASS or not is_algorithm(name):
            continue
        for attribute in ATTRIBUTES:
            text = resolve(name, attribute)
            if text:
                entries.append((name, text))
    return entries


def prune_default_duplicates(ts_path: Path) -> int:
    """Drop ``@default`` messages whose source text is also in a named context; returns how many."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_path)
    root = tree.getroot()
    named = {
        m.findtext("source")
        for c in root.findall("context")
        if c.findtext("name") != "@default"
        for m in c.findall("message")
    }
    removed = 0
    for context in root.findall("context"):
        if context.findtext("name") != "@default":
            continue
        for message in list(context.findall("message")):
            if message.findtext("source") in named:
                context.remove(message)
                removed += 1
        if not context.findall("message"):
            root.remove(context)
    # Qt Linguist wants the target language and the doctype pylupdate5 writes.
    language = ts_path.stem.rsplit("_", 1)[-1]
    root.set("language", language)
    root.set("sourcelanguage", "en")
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return removed


def apply_glossary(glossary_path: Path, ts_path: Path) -> int:
    """Fill untranslated messages of ``ts_path`` from the glossary; returns how many were filled."""
    import csv
    import xml.etree.ElementTree as ET

    with open(glossary_path, newline="", encoding="utf-8") as handle:
        glossary = {row["source"]: row["translation"] for row in csv.DictReader(handle, delimiter="\t")}
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
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


def main(argv):
    if len(argv) == 4 and argv[1] == "--glossary":
        print(f"{argv[3]}: {apply_glossary(Path(argv[2]), Path(argv[3]))} messages filled from {argv[2]}")
        return 0
    if len(argv) == 3 and argv[1] == "--prune":
        prune_default_duplicates(Path(argv[2]))
        return 0
    output = Path(argv[1])
    lines = [
        '"""Generated by scripts/translatable_strings.py for pylupdate5; not part of the plugin."""',
        "",
        "from qgis.PyQt.QtCore import QCoreApplication",
        "",
    ]
    for context, text in collect():
        lines.append(f"QCoreApplication.translate({context!r}, {text!r})")
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
