"""Small helpers for the print layouts the docks export to PDF."""

from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize, QgsTextFormat, QgsUnitTypes
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
    if hasattr(label, "setTextFormat"):  # QGIS 3.24 and later (setFont is deprecated there)
        label.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        label.setFont(font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), page=page)
    label.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    return label


def set_legend_font(legend, style, font: QFont) -> None:
    """The font of one of the legend's text styles (``QgsLegendStyle.Style``), on every QGIS: through the style's
    text format where it has one (3.30 and later, where ``setStyleFont`` is deprecated), else ``setStyleFont``."""
    legend_style = legend.style(style)
    if hasattr(legend_style, "setTextFormat"):
        legend_style.setTextFormat(QgsTextFormat.fromQFont(font))
        legend.setStyle(style, legend_style)
    else:
        legend.setStyleFont(style, font)
