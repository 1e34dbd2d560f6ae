"""The trial report: a PDF from a QGIS print layout (A4 landscape, three pages).

1. the design, the balance table, the effect estimates with their intervals (table and chart);
2. the dose–response chart and table, the Koper curves and their bands with the log-rank test;
3. the displacement map (treated and control areas, their rings, the crimes) and the WDD/WDQ table.

Charts are drawn by matplotlib (``core/evaluation/report.py``) to PNG and placed as picture items;
tables are manual layout tables; text is exported as text (searchable).
"""

from __future__ import annotations

import math
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import List, Optional

import pandas as pd
from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsTableCell,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF

from ..i18n import tr
from .layouts import (
    add_label,
    add_legend,
    add_map,
    add_marking,
    add_north_arrow,
    add_scale_bar,
    attribution_lines,
    export_layout,
    fit_extent,
    made_on,
    new_layout,
    table_text,
)

PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 12.0
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


@dataclass
class TrialReportContent:
    """Everything the report shows; missing parts are left out (and say so on the page)."""

    title: str
    ledger: pd.DataFrame
    effects: pd.DataFrame  #: rows of trialeffect (crimes and harm)
    dose: Optional[pd.DataFrame] = None
    koper_bands: Optional[pd.DataFrame] = None
    koper_curves: Optional[pd.DataFrame] = None
    koper_test: str = ""
    power: Optional[pd.DataFrame] = None  #: the row of trialpower
    displacement: Optional[pd.DataFrame] = None
    map_layers: List[object] = field(default_factory=list)  #: top to bottom
    map_extent: Optional[object] = None
    notes: List[str] = field(default_factory=list)


def _number(value, digits: int = 3) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "" if value is None else str(value)
    if math.isnan(number):
        return "–"
    if digits == 0 or number.is_integer() and abs(number) >= 10:
        return f"{number:,.0f}"
    return f"{number:.{digits}f}"


def _p(value) -> str:
    """A p-value to 4 decimals, ``< 0.0001`` below that."""
    text = _number(value, 4)
    return "< 0.0001" if text == "0.0000" else text


def _interval(low, high, digits: int = 3) -> str:
    """``low – high``, or one dash when neither bound is known."""
    low, high = _number(low, digits), _number(high, digits)
    return "–" if low == high == "–" else f"{low} – {high}"


def _table(layout, rows: List[List[str]], x: float, y: float, w: float, h: float, page: int, size: float = 7.5):
    """A manual table (first row the header) in a frame at (x, y) mm on ``page``."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    table.setTableContents([[QgsTableCell(str(c)) for c in row] for row in rows])
    table_text(table, size)
    table.setCellMargin(0.8)
    table.setIncludeTableHeader(False)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptSetSceneRect(QRectF(0, 0, w, h))
    table.addFrame(frame)
    frame.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    frame.attemptResize(QgsLayoutSize(w, h, MM))
    table.recalculateFrameSizes()
    return table


def _picture(layout, path: str, x: float, y: float, w: float, h: float, page: int) -> QgsLayoutItemPicture:
    picture = QgsLayoutItemPicture(layout)
    picture.setPicturePath(path)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    layout.addLayoutItem(picture)
    picture.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    picture.attemptResize(QgsLayoutSize(w, h, MM))
    return picture


def _add_page(layout) -> int:
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def effect_rows(effects: pd.DataFrame) -> List[List[str]]:
    from ..core.evaluation.report import short_measure

    rows = [
        [tr("Measure"), tr("Rate ratio"), tr("95 % interval"), tr("p (model)"), tr("p (randomisation)"), tr("Places")]
    ]
    for r in effects.itertuples():
        rows.append(
            [
                short_measure(r.measure),
                _number(r.estimate),
                _interval(r.ci_low, r.ci_high),
                _p(r.p_model),
                _p(r.p_randomisation),
                _number(r.places, 0),
            ]
        )
    return rows


def build_layout(content: TrialReportContent, project: QgsProject, chart_folder: Path) -> QgsPrintLayout:
    """The report's print layout (charts written into ``chart_folder``)."""
    from ..core.evaluation import report

    layout = new_layout(project, content.title)  # A4 landscape: PAGE_W × PAGE_H mm
    half = (PAGE_W - 3 * MARGIN) / 2
    right = MARGIN * 2 + half

    # Page 1: design, balance, effect.
    add_label(layout, content.title, MARGIN, MARGIN, PAGE_W - 2 * MARGIN, 9, size=16, bold=True)
    add_label(layout, tr("Design"), MARGIN, MARGIN + 12, half, 6, size=11, bold=True)
    design = report.design_lines(content.ledger)
    if content.power is not None and len(content.power):
        design.append(report.power_line(content.power.iloc[0]))
    add_label(layout, "\n".join(design), MARGIN, MARGIN + 19, half, 40, size=8)
    add_label(
        layout,
        tr("Balance of the allocation (treatment vs control place-days)"),
        MARGIN,
        MARGIN + 62,
        half,
        6,
        size=11,
        bold=True,
    )
    balance = report.balance_table(content.ledger)
    _table(
        layout,
        [["", tr("Treatment"), tr("Control"), tr("Difference")]] + balance.astype(str).values.tolist(),
        MARGIN,
        MARGIN + 69,
        half,
        50,
        0,
    )
    add_label(
        layout,
        tr(
            "Each place's level is its mean on control days, so the patrols' effect does not enter it; under "
            "randomisation the arms' means should be close."
        ),
        MARGIN,
        MARGIN + 122,
        half,
        12,
        size=7,
    )
    add_label(layout, tr("Effect: intention to treat"), right, MARGIN + 12, half, 6, size=11, bold=True)
    _table(layout, effect_rows(content.effects), right, MARGIN + 19, half, 30, 0, size=7)
    chart = report.effect_chart(content.effects, chart_folder / "effect.png", half, 55)
    _picture(layout, chart, right, MARGIN + 52, half, 55, 0)
    add_label(
        layout,
        tr(
            "Rate ratio of treatment to control place-days, arm as allocated; place fixed effects, errors clustered by "
            "place; each day's length is its exposure. p (randomisation): the share of redraws of the allocation, made "
            "with the schedule's own design, whose rate ratio is as far from 1."
        ),
        right,
        MARGIN + 110,
        half,
        16,
        size=7,
    )
    if content.notes:
        add_label(layout, "\n".join(content.notes), MARGIN, MARGIN + 140, PAGE_W - 2 * MARGIN, 40, size=7)

    # Page 2: dose–response and Koper curves.
    second = _add_page(layout)
    add_label(layout, tr("Dose–response (descriptive)"), MARGIN, MARGIN, half, 6, size=11, bold=True, page=second)
    if content.dose is not None and len(content.dose):
        chart = report.dose_chart(content.dose, chart_folder / "dose.png", half, 65)
        _picture(layout, chart, MARGIN, MARGIN + 8, half, 65, second)
        rows = [[tr("Delivered"), tr("Place-days"), tr("Crimes / day"), tr("Harm / day"), tr("± 1.96 SE")]]
        for r in content.dose.itertuples():
            rows.append(
                [
                    str(r.band),
                    _number(r.place_days, 0),
                    _number(r.crimes_per_day),
                    _number(r.harm_per_day, 2),
                    _number(1.96 * r.harm_per_day_se, 2) if r.harm_per_day_se == r.harm_per_day_se else "–",
                ]
            )
        _table(layout, rows, MARGIN, MARGIN + 76, half, 40, second)
        add_label(
            layout,
            tr(
                "Delivered minutes were not randomised: places that got more patrol may differ, so this shows an "
                "association, not an effect."
            ),
            MARGIN,
            MARGIN + 120,
            half,
            10,
            size=7,
            page=second,
        )
    else:
        add_label(layout, tr("No dose–response table was given."), MARGIN, MARGIN + 8, half, 6, size=8, page=second)
    add_label(layout, tr("Residual deterrence (Koper curves)"), right, MARGIN, half, 6, size=11, bold=True, page=second)
    if content.koper_curves is not None and len(content.koper_curves):
        bands = list(content.koper_bands["band"]) if content.koper_bands is not None else []
        chart = report.koper_chart(content.koper_curves, chart_folder / "koper.png", bands, half, 65)
        _picture(layout, chart, right, MARGIN + 8, half, 65, second)
        if content.koper_bands is not None:
            rows = [[tr("Visit length"), tr("Presences"), tr("Crimes"), tr("Median (min)"), tr("95 % interval")]]
            for r in content.koper_bands.itertuples():
                rows.append(
                    [
                        str(r.band),
                        _number(r.presences, 0),
                        _number(r.events, 0),
                        _number(r.median_min, 0),
                        _interval(r.median_ci_low, r.median_ci_high, 0),
                    ]
                )
            _table(layout, rows, right, MARGIN + 76, half, 40, second)
        add_label(
            layout,
            tr(
                "Time from the end of a presence (officers joined over a place) to the next crime there, censored at "
                "the next presence and the end of observation. "
            )
            + content.koper_test,
            right,
            MARGIN + 120,
            half,
            14,
            size=7,
            page=second,
        )
    else:
        add_label(layout, tr("No Koper curves were given."), right, MARGIN + 8, half, 6, size=8, page=second)

    # Page 3: displacement map and table.
    third = _add_page(layout)
    add_label(
        layout, tr("Displacement and diffusion"), MARGIN, MARGIN, PAGE_W - 2 * MARGIN, 6, size=11, bold=True, page=third
    )
    map_w, map_h = 150.0, PAGE_H - 2 * MARGIN - 22
    if content.map_layers:
        layers = list(content.map_layers)
        map_item = add_map(layout, layers, layers[-1].crs(), MARGIN, MARGIN + 8, map_w, map_h, page=third)
        fit_extent(map_item, content.map_extent or layers[-1].extent(), margin=1.08)
        add_scale_bar(layout, map_item, MARGIN + 3, MARGIN + 8 + map_h - 12, page=third)
        add_north_arrow(layout, map_item, MARGIN + map_w - 15, MARGIN + 11, page=third)
        add_legend(layout, map_item, layers, MARGIN + map_w + 6, MARGIN + 8, page=third)
        lines = attribution_lines(layers)
        if lines:
            attribution = add_label(
                layout, "\n".join(lines), MARGIN, MARGIN + 10 + map_h, map_w, 9, size=6.5, page=third
            )
            attribution.setId("attribution")
    side_x, side_w = MARGIN + map_w + 6, PAGE_W - 2 * MARGIN - map_w - 6
    if content.displacement is not None and len(content.displacement):
        rows = [["", *[str(m).capitalize() for m in content.displacement["measure"]]]]
        labels = [
            ("treated_before", tr("Treated, before")),
            ("treated_after", tr("Treated, after")),
            ("treated_ring_before", tr("Treated ring, before")),
            ("treated_ring_after", tr("Treated ring, after")),
            ("control_before", tr("Control, before")),
            ("control_after", tr("Control, after")),
            ("control_ring_before", tr("Control ring, before")),
            ("control_ring_after", tr("Control ring, after")),
            ("wdd", tr("WDD")),
            ("wdd_se", tr("WDD standard error")),
            ("wdd_z", tr("WDD z")),
            ("wdd_p", tr("WDD p")),
            ("wdq", tr("WDQ")),
        ]
        for name, label in labels:
            digits = 0 if name.endswith(("before", "after")) or name == "wdd" else (4 if name == "wdd_p" else 2)
            rows.append([label, *[_number(v, digits) for v in content.displacement[name]]])
        _table(layout, rows, side_x, MARGIN + 60, side_w, 70, third, size=7)
        add_label(
            layout,
            tr(
                "WDD = ΔTreated − ΔControl + ΔTreated ring − ΔControl ring (Wheeler & Ratcliffe 2018): below 0 a "
                "net fall beyond the controls'. WDQ (Bowers & Johnson 2003): above 0 the benefit spread into the "
                "ring, below 0 crime was displaced into it (−1: as much as the target fell)."
            ),
            side_x,
            MARGIN + 134,
            side_w,
            40,
            size=7,
            page=third,
        )
    else:
        add_label(layout, tr("No displacement table was given."), side_x, MARGIN + 60, side_w, 6, size=8, page=third)
    _add_furniture(layout, content.title)
    return layout


def _add_furniture(layout, title: str, when: Optional[date] = None) -> None:
    """On every page: the protective marking (top and bottom) and a footer with the title, date and page number."""
    made = made_on(when)
    pages = layout.pageCollection().pageCount()
    for page in range(pages):
        add_marking(layout, page)
        footer = tr("{title}  ·  {made}  ·  page {page} of {pages}").format(
            title=title, made=made, page=page + 1, pages=pages
        )
        label = add_label(layout, footer, MARGIN, PAGE_H - 13.0, PAGE_W - 2 * MARGIN, 5.0, size=7, page=page)
        label.setId("footer")


def export_trial_report(content: TrialReportContent, path, project: Optional[QgsProject] = None) -> Path:
    """Write the report PDF to ``path`` (atomically); returns the path."""
    project = project or QgsProject()
    with tempfile.TemporaryDirectory(prefix="hotspot_trial_report_") as folder:
        layout = build_layout(content, project, Path(folder))
        export_layout(layout, path, dpi=300)  # the charts at the layout's own 300 dpi
    return Path(path)
