"""Find text that does not fit its widget: a label or button whose text needs more room than it was given.

``clipped(root)`` walks the visible ``QLabel``, ``QPushButton``, ``QCheckBox`` and ``QRadioButton`` widgets under
``root`` (after the layout has run) and returns one line per widget whose text is cut off: a one-line widget
narrower than its ``sizeHint`` (the width its text needs), a word-wrapped label shorter than ``heightForWidth``.
The Welsh clipping test (issue 17, item 4) runs it on the main docks and dialogs with the Welsh translation
installed; ``test_no_clipped_text.py`` runs it in English.
"""

from __future__ import annotations

from typing import List

from qgis.PyQt.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QRadioButton

#: Pixels of slack: style rounding gives some widgets a pixel or two less than their hint without cutting text.
SLACK = 2


def settle(widget) -> None:
    """Show ``widget`` and let Qt lay it out (a few event loop turns)."""
    widget.show()
    for _ in range(5):
        QApplication.processEvents()


def text_widgets(root) -> list:
    """The visible labels and buttons with text under ``root`` (picture-only labels left out)."""
    found = []
    for widget in root.findChildren((QLabel, QPushButton, QCheckBox, QRadioButton)):
        if not widget.isVisibleTo(root) or widget.width() <= 0 or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull():
            continue
        found.append(widget)
    return found


def clipped(root) -> List[str]:
    """``"<class> '<text>': needs <w>×<h> px, has <w>×<h> px"`` for every clipped text widget under ``root``."""
    problems = []
    for widget in text_widgets(root):
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_h = widget.heightForWidth(widget.width())
            if need_h > widget.height() + SLACK:
                problems.append(_line(widget, widget.width(), need_h))
            continue
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK:
            problems.append(_line(widget, hint.width(), hint.height()))
    return problems


def _line(widget, need_w: int, need_h: int) -> str:
    text = widget.text()[:60]
    return f"{type(widget).__name__} {text!r}: needs {need_w}×{need_h} px, has {widget.width()}×{widget.height()} px"


#: Millimetres of slack for a print layout label (rounding of font metrics between Qt's and QGIS's text engines).
LABEL_SLACK_MM = 0.6


def _label_font(label):
    """The label's font at its point size (QGIS 3.24+ keep it in a text format, 3.22 in a QFont)."""
    if hasattr(label, "textFormat"):
        text_format = label.textFormat()
        font = text_format.toQFont()
        font.setPointSizeF(text_format.size())
        return font
    return label.font()


def overflowing_labels(layout) -> List[str]:
    """One line per print layout label whose text, wrapped at its width, needs more room than its box.

    Measured with Qt's font metrics on a 10 px/mm device: the text wrapped inside the label's box less its
    margins; a word wider than the box or wrapped lines taller than it overflow (QGIS clips them when printing).
    """
    from qgis.core import QgsLayoutItemLabel
    from qgis.PyQt.QtCore import QRectF, Qt
    from qgis.PyQt.QtGui import QFontMetricsF, QImage

    device = QImage(10, 10, QImage.Format.Format_ARGB32)
    device.setDotsPerMeterX(10_000)  # 10 px per mm
    device.setDotsPerMeterY(10_000)
    problems = []
    for item in layout.items():
        if not isinstance(item, QgsLayoutItemLabel) or not item.isVisible():
            continue
        text = item.currentText() if hasattr(item, "currentText") else item.text()
        if not text.strip():
            continue
        metrics = QFontMetricsF(_label_font(item), device)
        size = item.sizeWithUnits()
        width = (size.width() - 2 * item.marginX()) * 10.0
        height = (size.height() - 2 * item.marginY()) * 10.0
        flags = int(
            Qt.TextFlag.TextWordWrap.value if hasattr(Qt.TextFlag.TextWordWrap, "value") else Qt.TextFlag.TextWordWrap
        )
        need = metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text)
        if need.width() > width + LABEL_SLACK_MM * 10 or need.height() > height + LABEL_SLACK_MM * 10:
            problems.append(
                f"{text[:60]!r}: needs {need.width() / 10:.1f} × {need.height() / 10:.1f} mm, "
                f"has {width / 10:.1f} × {height / 10:.1f} mm"
            )
    return problems
