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
