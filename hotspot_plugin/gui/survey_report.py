"""Exports of the survey overlay: a summary CSV and a PDF (QGIS print layout), published values only.

Both read the overlay layer, whose suppressed areas already hold NULL in every value, and write
"suppressed" in their place. Neither writes a survey total: a total beside the published areas'
counts would let a reader subtract and recover a suppressed area's count.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional, Sequence

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsTableCell,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF

from ..core.csv_export import write_csv
from ..i18n import tr
from ..qgis_io.layouts import (
    add_label,
    add_map,
    add_marking,
    add_page_furniture,
    attribution_lines,
    export_layout,
    fit_extent,
    new_layout,
    table_text,
)
from ..qgis_io.survey_style import settings as survey_settings
from ..qgis_io.survey_style import value_field
from ..qgis_io.values import is_null

PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 12.0
#: Legend titles wrap after this many characters: the column beside the map is 87 mm wide.
LEGEND_WRAP = 34


def _all_features(layer: QgsVectorLayer):
    """Every feature of the layer, all waves (the wave filter is lifted for the read, then restored)."""
    subset = layer.subsetString()
    if subset:
        layer.setSubsetString("")
    try:
        return list(layer.getFeatures())
    finally:
        if subset:
            layer.setSubsetString(subset)


def summary_columns(layer: QgsVectorLayer) -> List[str]:
    """Every attribute of the overlay except the GeoPackage feature id."""
    return [name for name in layer.fields().names() if name != "fid"]


def export_summary_csv(layer: QgsVectorLayer, path) -> Path:
    """One row per area (and wave) with the published values; suppressed values are empty.

    Cells pass through the shared formula-injection guard (core/csv_export.py).
    """
    columns = summary_columns(layer)
    rows = []
    for feature in _all_features(layer):
        suppressed = bool(feature["suppressed"]) if not is_null(feature["suppressed"]) else True
        row = []
        for name in columns:
            value = feature[name]
            if name == "suppressed":
                row.append("true" if suppressed else "false")
            elif is_null(value):
                row.append(None)
            else:
                row.append(rounded(name, value))
        rows.append(row)
    return write_csv(path, columns, rows)


def rounded(name: str, value):
    """A published value as the CSV shows it: shares and harm to 0.1, means, intervals and changes to 0.01 (the
    cell key noise makes finer digits meaningless); counts and text as they are."""
    if not isinstance(value, float):
        return value
    return round(value, 1 if name.endswith("_pct") or name == "harm" else 2)


def _format(value, digits: int = 2) -> str:
    if is_null(value):
        return ""
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table_rows(layer: QgsVectorLayer, code_field: str, key: str, view: str) -> List[List[str]]:
    """Rows of the PDF table for one question and view: "suppressed" replaces every value."""
    field = value_field(key, view)
    waves = layer.fields().lookupField("wave") >= 0
    rows = []
    for feature in layer.getFeatures():
        cells = [_format(feature[code_field])]
        if waves:
            cells.append(_format(feature["wave"]))
        if feature["suppressed"] or is_null(feature["suppressed"]):
            rows.append(cells + [tr("suppressed")] + [""] * 3)
            continue
        cells.append(_format(feature["n_responses"]))
        if is_null(feature[field]):
            rows.append(cells + [tr("withheld")] + [""] * 2)
            continue
        if view == "top":
            cells += [
                _format(feature[field]),
                _format(feature[f"{key}_top_pct"], 0) + " %",
                f"{_format(feature[f'{key}_top_ci_low'], 0)}–{_format(feature[f'{key}_top_ci_high'], 0)} %",
            ]
        elif view in ("mean", "change"):
            low, high = (
                (f"{key}_ci_low", f"{key}_ci_high")
                if view == "mean"
                else (f"{key}_change_ci_low", f"{key}_change_ci_high")
            )
            cells += [_format(feature[field]), f"{_format(feature[low])} – {_format(feature[high])}", ""]
        else:
            cells += [_format(feature[field]), _format(feature["harm"], 1), _format(feature[f"{key}_mean"])]
        rows.append(cells)
    return rows


def method_text(layer: QgsVectorLayer) -> str:
    run = survey_settings(layer)
    k = run.get("min_respondents", "k")
    confidence = run.get("confidence", 0.95)
    return tr(
        "Suppression: an area with fewer than {k} respondents shows no value at all (not even its count); a question "
        "answered by fewer than {k} people in an area is withheld. Means: Student t interval (mean ± t·s/√n) at "
        "{c:g} % confidence. Shares: Wilson score interval. Change: difference from the previous wave with a "
        "Welch interval. Priority places: harm (from hot spot cells, shared by overlap area) above the median and "
        "mean score below the median. Disclosure control: every count, mean and share carries small noise by the "
        "cell key method (ONS, Census 2021), the same whenever the same responses make it up, so figures for "
        "overlapping areas cannot be subtracted: counts within ±2, a mean within (scale width)/n, a share within "
        "100/n points of the true value; the intervals include the noise. No individual response is shown."
    ).format(k=k, c=100 * float(confidence))


def export_summary_pdf(
    layer: QgsVectorLayer,
    path,
    project,
    code_field: str,
    key: str,
    view: str,
    title: str,
    other_layers: Sequence = (),
    notes: Optional[str] = None,
) -> Path:
    """A landscape A4 PDF: map with legend and method on page 1, the area table on the pages after."""
    layout = new_layout(project, title)
    drawn = [layer] + [other for other in other_layers if other is not None]
    map_item = add_map(layout, drawn, layer.crs(), 10.0, 25.0, 185.0, 160.0)
    fit_extent(map_item, layer.extent())
    add_page_furniture(layout, map_item, title, [layer], attribution_lines(drawn), 200.0, 25.0, legend_wrap=LEGEND_WRAP)
    add_label(layout, method_text(layer) + ("\n\n" + notes if notes else ""), 200.0, 110.0, 87.0, 75.0, size=6.5)

    header = [tr("Area"), *([tr("Wave")] if layer.fields().lookupField("wave") >= 0 else []), tr("Responses")]
    header += {
        "mean": [tr("Mean"), tr("Interval"), ""],
        "change": [tr("Change"), tr("Interval"), ""],
        "top": [tr("Most common"), tr("Share"), tr("Interval")],
        "priority": [tr("Class"), tr("Harm"), tr("Mean score")],
    }[view]
    rows = table_rows(layer, code_field, key, view)
    second = QgsLayoutItemPage(layout)
    second.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
    layout.pageCollection().addPage(second)
    add_marking(layout, 1)
    table = QgsLayoutItemManualTable.create(layout)
    table_text(table, 8)
    layout.addMultiFrame(table)
    table.setTableContents([[QgsTableCell(text) for text in header]] + [[QgsTableCell(c) for c in row] for row in rows])
    width, height = PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN
    frame = QgsLayoutFrame(layout, table)
    frame.attemptSetSceneRect(QRectF(0, 0, width, height))
    table.addFrame(frame)
    frame.attemptMove(QgsLayoutPoint(MARGIN, MARGIN), page=1)
    frame.attemptResize(QgsLayoutSize(width, height))
    # Long tables continue on new pages.
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
    table.recalculateFrameSizes()
    for extra in range(2, layout.pageCollection().pageCount()):
        add_marking(layout, extra)
    export_layout(layout, path)
    return Path(path)
