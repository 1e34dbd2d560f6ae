"""Ready for QGIS 4 (Qt 6): no unscoped enums, no QVariant field types, no exec_(), no PyQt5 imports or APIs.

The scanner (tests/qgis/qt6_scan.py) resolves names against the real Qt and QGIS modules, so it runs where QGIS
does (both versions of `make test`). `python -m tests.qgis.qt6_scan` prints today's list.
"""

import textwrap

from tests.qgis.qt6_scan import CATEGORIES, scan_source, scan_tree, summary

SAMPLE = textwrap.dedent(
    """\
    from qgis.core import Qgis, QgsProcessing, QgsField, QgsMessageLog
    from qgis.PyQt import QtCore
    from qgis.PyQt.QtCore import Qt, QVariant, QRegExp
    from qgis.PyQt.QtWidgets import QDialog, QMessageBox
    from PyQt5.QtGui import QColor
    import numpy as np

    def run(dialog, label):
        label.setAlignment(Qt.AlignLeft | Qt.AlignmentFlag.AlignTop)
        field = QgsField("harm", QVariant.Double)
        other = QgsField("n", QVariant.Type.Int)
        QgsMessageLog.logMessage("x", "hotspot", Qgis.Info)
        QgsMessageLog.logMessage("x", "hotspot", Qgis.MessageLevel.Info)
        types = [QgsProcessing.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
        if dialog.exec_() == QDialog.DialogCode.Accepted:
            pass
        if dialog.exec() == QDialog.Accepted:
            pass
        pattern = QRegExp("[0-9]+")
        button = QtCore.Qt.RightButton
        return np.float64(1.0), QMessageBox.Yes
    """
)

EXPECTED = {
    (5, "PyQt5 import"),
    (3, "PyQt5-only API"),  # importing QRegExp
    (9, "unscoped enum"),  # Qt.AlignLeft (the scoped AlignTop beside it is fine)
    (10, "QVariant type"),
    (11, "QVariant type"),
    (12, "unscoped enum"),  # Qgis.Info
    (14, "unscoped enum"),  # QgsProcessing.TypeVectorPoint
    (15, "exec_()"),
    (17, "unscoped enum"),  # QDialog.Accepted
    (19, "PyQt5-only API"),  # QRegExp(...)
    (20, "unscoped enum"),  # QtCore.Qt.RightButton, through the module
    (21, "unscoped enum"),  # QMessageBox.Yes
}


def test_scanner_finds_exactly_the_known_offenders_in_a_sample():
    found = scan_source(SAMPLE, "sample.py")
    assert {(o.line, o.category) for o in found} == EXPECTED, "\n".join(map(str, found))
    fixes = {o.code: o.fix for o in found}
    assert fixes["Qt.AlignLeft"] == "Qt.AlignmentFlag.AlignLeft"
    assert fixes["Qgis.Info"] == "Qgis.MessageLevel.Info"
    assert fixes["QgsProcessing.TypeVectorPoint"] == "QgsProcessing.SourceType.TypeVectorPoint"
    assert fixes["QtCore.Qt.RightButton"] == "QtCore.Qt.MouseButton.RightButton"
    assert fixes["dialog.exec_"] == "dialog.exec()"
    assert fixes["QVariant.Double"].startswith("FieldType.Double")


def test_scanner_passes_clean_code():
    clean = textwrap.dedent(
        """\
        from qgis.core import Qgis, QgsMessageLog
        from qgis.PyQt.QtCore import Qt
        from hotspot_plugin.qgis_io.qt_compat import FieldType

        def run(dialog, label):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            QgsMessageLog.logMessage("x", "hotspot", Qgis.MessageLevel.Info)
            return dialog.exec(), FieldType.Double
        """
    )
    assert scan_source(clean) == []


def test_plugin_has_no_qt6_blockers():
    offenders = scan_tree()
    assert {o.category for o in offenders} <= set(CATEGORIES)
    assert offenders == [], summary(offenders)


def test_metadata_declares_qgis4_support_only_when_the_scan_is_clean():
    """The plugin repository reads QGIS 4 support from qgisMaximumVersion: 4.99 only with no blockers left."""
    from tests.qgis.qt6_scan import REPO

    lines = (REPO / "metadata.txt").read_text(encoding="utf-8").splitlines()
    maximum = next(line.split("=", 1)[1].strip() for line in lines if line.startswith("qgisMaximumVersion="))
    assert maximum == ("4.99" if not scan_tree() else "3.99")
