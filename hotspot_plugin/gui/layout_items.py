"""Small helpers for the print layouts the docks export to PDF."""

from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize, QgsUnitTypes
from qgis.PyQt.QtGui import QFont


def add_label(
    layout, text: str, x: float, y: float, w: float, h: float, size: float = 9, bold: bool = False, page: int = 0
) -> QgsLayoutItemLabel:
    """A text label at (x, y) millimetres on ``page``, ``w × h`` mm, ``size`` points."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), page=page)
    label.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    return label
