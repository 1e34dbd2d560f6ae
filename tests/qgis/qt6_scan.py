"""Find what stops the plugin's Python from running on QGIS 4 (Qt 6 / PyQt6), line by line.

Reads every ``.py`` under ``hotspot_plugin/`` with ``ast`` and reports:

- ``unscoped enum``: ``Qt.AlignLeft``, ``QgsProcessing.TypeVectorPoint``, ``Qgis.Info`` … — a member read from the
  class instead of from its enum (``Qt.AlignmentFlag.AlignLeft``). PyQt6 has only the scoped form. Names are
  resolved against the real modules (``qgis.PyQt.*``, ``qgis.core``, ``qgis.gui``, ``qgis.analysis``) by
  introspection, so only real enum members count, for Qt's classes and QGIS's alike;
- ``QVariant type``: ``QVariant.Double`` and friends (``QVariant.Type`` is gone in Qt 6; use
  ``hotspot_plugin.qgis_io.qt_compat.FieldType``);
- ``exec_()``: ``dialog.exec_()`` (PyQt6 has only ``exec()``);
- ``PyQt5 import``: ``import PyQt5…``, ``from PyQt5… import``, ``import sip`` (import through ``qgis.PyQt``);
- ``PyQt5-only API``: names that PyQt6 does not have (``QRegExp``, ``QDesktopWidget``, …) and
  ``QApplication.desktop()``.

``python -m tests.qgis.qt6_scan`` prints the offenders, grouped; the test is ``tests/qgis/test_qt6_ready.py``.
"""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List

REPO = Path(__file__).resolve().parents[2]
PLUGIN_DIR = REPO / "hotspot_plugin"

#: Modules whose names are resolved by introspection (anything else, e.g. numpy or the plugin's own, is ignored).
RESOLVED_PREFIXES = ("qgis", "PyQt5", "PyQt6")

#: Classes and modules that PyQt6 does not have (Qt 6 removed them or moved them to Qt5Compat, which PyQt6 lacks).
PYQT5_ONLY_NAMES = {
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QGuiApplication.primaryScreen())",
    "QMatrix": "QTransform",
    "QStringRef": "str",
    "QTextCodec": "Python's codecs",
    "QGLWidget": "QOpenGLWidget",
    "QGLFormat": "QSurfaceFormat",
    "QSound": "QSoundEffect",
    "QDirModel": "QFileSystemModel",
    "QtWebKit": "QtWebEngine",
    "QtWebKitWidgets": "QtWebEngineWidgets",
    "QtXmlPatterns": "no replacement",
}

CATEGORIES = ("unscoped enum", "QVariant type", "exec_()", "PyQt5 import", "PyQt5-only API")


@dataclass(frozen=True)
class Offender:
    path: str  # relative to the repository
    line: int
    category: str
    code: str  # the offending expression
    fix: str  # what to write instead

    def __str__(self):
        return f"{self.path}:{self.line}: [{self.category}] {self.code} -> {self.fix}"


def _is_enum_type(obj) -> bool:
    if not inspect.isclass(obj):
        return False
    if issubclass(obj, enum.Enum):
        return True
    # PyQt5 / sip enums: classes made by sip's enum metatype.
    return type(obj).__name__ in ("enumtype", "sip.enumtype")


def _is_enum_member(value) -> bool:
    return not inspect.isclass(value) and _is_enum_type(type(value))


def _import(name: str):
    """The module ``name`` when it is one the scanner resolves (Qt, QGIS) and imports here, else None."""
    if not name.startswith(RESOLVED_PREFIXES):
        return None
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _scoped_form(parent, parent_code: str, member: str, value) -> str:
    """``Parent.Enum.Member`` with the name under which ``parent`` holds the member's enum (QGIS 3.40 aliases moved
    enums, e.g. ``QgsWkbTypes.Type`` is ``Qgis.WkbType``), else the enum's own qualified name."""
    enum_type = type(value)
    for name in dir(parent):
        if not name.startswith("_") and getattr(parent, name, None) is enum_type and hasattr(enum_type, member):
            return f"{parent_code}.{name}.{member}"
    qualified = getattr(enum_type, "__qualname__", enum_type.__name__)
    if hasattr(enum_type, member):
        return f"{qualified}.{member}"
    return f"{qualified}.{value.name if hasattr(value, 'name') else member} (renamed)"


class _Scanner(ast.NodeVisitor):
    def __init__(self, source: str, path: str):
        self.path = path
        self.lines = source.splitlines()
        self.bindings: Dict[str, object] = {}
        self.found: List[Offender] = []
        self.tree = ast.parse(source, filename=path)
        for node in ast.walk(self.tree):  # imports anywhere in the file (lazy imports inside functions too)
            if isinstance(node, ast.Import):
                for alias in node.names:
                    self._bind_module(alias.name, alias.asname)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                self._bind_from(node.module, node.names)

    # -- imports ---------------------------------------------------------------------------------------------------
    def _bind_module(self, name: str, asname):
        module = _import(name)
        if module is None:
            return
        if asname:
            self.bindings[asname] = module
        else:
            self.bindings.setdefault(name.split(".")[0], _import(name.split(".")[0]))

    def _bind_from(self, module_name: str, names):
        module = _import(module_name)
        if module is None:
            return
        for alias in names:
            value = getattr(module, alias.name, None)
            if value is None:
                value = _import(f"{module_name}.{alias.name}")
            if value is not None:
                self.bindings[alias.asname or alias.name] = value

    def _resolve(self, node):
        if isinstance(node, ast.Name):
            return self.bindings.get(node.id)
        if isinstance(node, ast.Attribute):
            parent = self._resolve(node.value)
            if parent is not None and (inspect.ismodule(parent) or inspect.isclass(parent)):
                return getattr(parent, node.attr, None)
        return None

    # -- reporting -------------------------------------------------------------------------------------------------
    def _add(self, node, category, fix):
        code = ast.get_source_segment("\n".join(self.lines), node) or self.lines[node.lineno - 1].strip()
        self.found.append(Offender(self.path, node.lineno, category, code, fix))

    def visit_Import(self, node):
        for alias in node.names:
            if alias.name.split(".")[0] in ("PyQt5", "PyQt4", "sip"):
                self._add(node, "PyQt5 import", f"import {alias.name.replace('PyQt5', 'qgis.PyQt')} through qgis.PyQt")
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        top = (node.module or "").split(".")[0]
        if node.level == 0 and top in ("PyQt5", "PyQt4", "sip"):
            self._add(node, "PyQt5 import", f"from {node.module.replace(top, 'qgis.PyQt', 1)} import …")
        for alias in node.names:
            if alias.name in PYQT5_ONLY_NAMES:
                self._add(node, "PyQt5-only API", f"{alias.name}: use {PYQT5_ONLY_NAMES[alias.name]}")
        self.generic_visit(node)

    def visit_Name(self, node):
        if node.id in PYQT5_ONLY_NAMES and isinstance(node.ctx, ast.Load):
            self._add(node, "PyQt5-only API", f"use {PYQT5_ONLY_NAMES[node.id]}")

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "exec_":
            self._add(func, "exec_()", f"{ast.unparse(func.value)}.exec()")
        elif isinstance(func, ast.Attribute) and func.attr == "desktop" and not node.args:
            owner = self._resolve(func.value)
            if owner is not None and getattr(owner, "__name__", "") in ("QApplication", "QGuiApplication"):
                self._add(func, "PyQt5-only API", "QApplication.desktop(): use QGuiApplication.screens()")
        self.generic_visit(node)

    def visit_Attribute(self, node):
        if node.attr in PYQT5_ONLY_NAMES and isinstance(self._resolve(node.value), type(importlib)):
            self._add(node, "PyQt5-only API", f"use {PYQT5_ONLY_NAMES[node.attr]}")
        parent = self._resolve(node.value)
        if parent is not None and inspect.isclass(parent):
            value = getattr(parent, node.attr, None)
            parent_name = getattr(parent, "__name__", "")
            qualified = getattr(parent, "__qualname__", parent_name)
            if qualified == "QVariant" and _is_enum_member(value):
                self._add(node, "QVariant type", f"FieldType.{node.attr} (hotspot_plugin.qgis_io.qt_compat)")
                return
            if qualified == "QVariant.Type":
                self._add(node, "QVariant type", f"FieldType.{node.attr} (hotspot_plugin.qgis_io.qt_compat)")
                return
            if not _is_enum_type(parent) and _is_enum_member(value):
                self._add(node, "unscoped enum", _scoped_form(parent, ast.unparse(node.value), node.attr, value))
                return
        self.generic_visit(node)


def scan_source(source: str, path: str = "<source>") -> List[Offender]:
    """Offenders in one module's source text, in line order."""
    scanner = _Scanner(source, path)
    scanner.visit(scanner.tree)
    return sorted(scanner.found, key=lambda o: (o.path, o.line, o.code))


def scan_tree(root: Path = PLUGIN_DIR) -> List[Offender]:
    """Offenders in every ``.py`` file under ``root`` (paths relative to the repository)."""
    found: List[Offender] = []
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        rel = path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else str(path)
        found.extend(scan_source(path.read_text(encoding="utf-8"), rel))
    return found


def summary(offenders: Iterable[Offender]) -> str:
    """Counts per category and per file, then every offender: the text the test prints."""
    offenders = list(offenders)
    lines = [f"{len(offenders)} Qt 6 blockers in hotspot_plugin/:"]
    for category in CATEGORIES:
        group = [o for o in offenders if o.category == category]
        if not group:
            continue
        files: Dict[str, int] = {}
        for o in group:
            files[o.path] = files.get(o.path, 0) + 1
        lines.append(f"  {category}: {len(group)} in {len(files)} files")
        lines.extend(f"    {path}: {n}" for path, n in sorted(files.items(), key=lambda kv: -kv[1]))
    lines.append("")
    lines.extend(str(o) for o in offenders)
    return "\n".join(lines)


if __name__ == "__main__":
    from qgis.core import Qgis

    print(f"QGIS {Qgis.QGIS_VERSION}")
    print(summary(scan_tree()))
