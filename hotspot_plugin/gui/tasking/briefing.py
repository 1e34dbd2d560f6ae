"""The printable patrol briefing: a QGIS print layout with one page per place (map, why here, windows)."""

from __future__ import annotations

from datetime import date
from typing import Dict, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsRectangle,
    QgsTableCell,
)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor

from ...core.briefing import OTHER, TOTAL, WEEKDAYS, WhyHere, why_here
from ...core.ids import id_label
from ...core.tasking import TREATMENT, Tasking
from ...core.timeutil import DEFAULT_TIMEZONE, zone
from ...i18n import tr
from ...qgis_io.layouts import (
    add_label,
    add_legend,
    add_map,
    add_marking,
    add_north_arrow,
    add_scale_bar,
    attribution_lines,
    layout_font,
    plan_style,
    set_legend_font,
    table_text,
)
from ...qgis_io.values import python_value
from .model import window_text

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 12.0
MAP_W, MAP_H = PAGE_W - 2 * MARGIN, 110.0
#: Fields holding the latest time of crimes recorded with a from/to window (aoristic busiest hours).
TO_FIELDS = ("occurred_to", "time_to", "datetime_to", "date_to", "to_time", "latest", "end_time")
TIME_FIELDS = ("t_utc", "datetime", "date_time", "occurred", "occurred_at", "reported", "time", "date", "month")


def guess_field(layer, candidates: Sequence[str]) -> Optional[str]:
    names = {n.lower(): n for n in layer.fields().names()}
    for candidate in candidates:
        if candidate in names:
            return names[candidate]
    return None


def crimes_in(
    fence_geometry: QgsGeometry, fence_crs, crimes, project, timezone_name: str = DEFAULT_TIMEZONE
) -> WhyHere:
    """The "why here" summary of the crimes of ``crimes`` (a point layer) inside a fence."""
    type_field = guess_field(crimes, ("crime_type", "type", "offence", "category"))
    harm_field = guess_field(crimes, ("harm", "weight"))
    time_field = guess_field(crimes, TIME_FIELDS)
    to_field = guess_field(crimes, TO_FIELDS) if time_field else None
    geometry = QgsGeometry(fence_geometry)
    if crimes.crs() != fence_crs:
        geometry.transform(QgsCoordinateTransform(fence_crs, crimes.crs(), project))
    request = QgsFeatureRequest().setFilterRect(geometry.boundingBox())
    types, harms, times, ends = [], [], [], []
    for feature in crimes.getFeatures(request):
        if not geometry.intersects(feature.geometry()):
            continue
        types.append(python_value(feature[type_field]) if type_field else None)
        harm = python_value(feature[harm_field]) if harm_field else 1.0
        harms.append(None if harm is None else float(harm))
        if time_field:
            times.append(python_value(feature[time_field]))
        if to_field:
            ends.append(python_value(feature[to_field]))
    return why_here(types, harms, times if time_field else None, timezone_name, ends if to_field else None)


def type_table(why: WhyHere) -> List[List[str]]:
    """The "why here" table: header, the most harmful types, the other types together, and the total."""
    rows = [[tr("Crime type"), tr("Crimes"), tr("Harm")]]
    for row in why.type_rows():
        if row.kind == OTHER:
            name = tr("Other types ({n})").format(n=row.n_types)
        elif row.kind == TOTAL:
            name = tr("Total")
        else:
            name = row.name
        rows.append([name, f"{row.crimes:,}", f"{row.harm:,}"])
    return rows


def _table(layout, rows: List[List[str]], page: int, x: float, y: float, w: float, h: float):
    table = QgsLayoutItemManualTable.create(layout)
    table_text(table, 8)
    layout.addMultiFrame(table)
    table.setTableContents([[QgsTableCell(str(cell)) for cell in row] for row in rows])
    frame = QgsLayoutFrame(layout, table)
    frame.attemptSetSceneRect(QRectF(0, 0, w, h))
    table.addFrame(frame)
    frame.attemptMove(QgsLayoutPoint(x, y), page=page)
    frame.attemptResize(QgsLayoutSize(w, h))
    return table


def _whole(value) -> str:
    """A count or harm from the fence layer, rounded to a whole number with thousands separators ("–" if none)."""
    value = python_value(value)
    if value is None or value == "":
        return "–"
    try:
        return f"{float(value):,.0f}"
    except (TypeError, ValueError):
        return str(value)


def build_briefing(
    project,
    fences,
    taskings: Sequence[Tasking],
    day: str,
    crimes=None,
    names: Optional[Dict[str, str]] = None,
    timezone_name: str = DEFAULT_TIMEZONE,
    made: Optional[date] = None,
) -> QgsPrintLayout:
    """A print layout for ``day``: one A4 page per place with patrols that day, in first-window order.

    Each page has the map of the place (the plan's look, never compliance colours), its legend, scale bar,
    north arrow, the "why here" facts, the day's windows, the data attribution and the protective marking."""
    names = names or {}
    todays = [t for t in taskings if t.date == day and t.arm == TREATMENT and t.window_start and t.minutes > 0]
    todays.sort(key=lambda t: t.window_start.timestamp())
    places: List[str] = []
    for task in todays:
        if task.fence_id not in places:
            places.append(task.fence_id)
    id_field = fences.fields().lookupField("fence_id")
    geometries: Dict[str, QgsGeometry] = {}
    attributes: Dict[str, dict] = {}
    for feature in fences.getFeatures():
        key = id_label(python_value(feature.attributes()[id_field]))
        if key in places:
            geometries[key] = QgsGeometry(feature.geometry())
            attributes[key] = {n: feature[n] for n in fences.fields().names()}
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(tr("Patrol briefing {}").format(day))
    made = made or date.today()
    attribution = "\n".join(attribution_lines([fences] + ([crimes] if crimes is not None else [])))
    collection = layout.pageCollection()
    for page_index, fence_id in enumerate(places):
        if page_index > 0:
            page = QgsLayoutItemPage(layout)
            page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
            collection.addPage(page)
        else:
            collection.page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        name = names.get(fence_id) or f"Place {fence_id}"
        info = attributes.get(fence_id, {})
        rank = info.get("rank")
        title = tr("Patrol briefing — {name} (place {fid})").format(name=name, fid=fence_id)
        add_label(layout, title, MARGIN, MARGIN, PAGE_W - 2 * MARGIN, 9, size=15, bold=True, page=page_index)
        subtitle = tr("Plan for {day}  ·  rank {rank}  ·  page {page} of {pages}  ·  made {made}").format(
            day=day,
            rank=rank if rank not in (None, "") and not hasattr(rank, "isNull") else "–",
            page=page_index + 1,
            pages=len(places),
            made=made.isoformat(),
        )
        add_label(layout, subtitle, MARGIN, MARGIN + 9, PAGE_W - 2 * MARGIN, 6, size=9, page=page_index)
        layers = ([crimes] if crimes is not None else []) + [fences]  # first is drawn on top
        map_item = add_map(layout, layers, fences.crs(), MARGIN, MARGIN + 17, MAP_W, MAP_H, page=page_index)
        map_item.setKeepLayerStyles(True)
        quoted = fence_id.replace("'", "''")
        this_place = f"coalesce(to_string(\"fence_id\"), '') IN ('{quoted}', '{quoted}.0')"
        map_item.setLayerStyleOverrides({fences.id(): plan_style(fences, this_place)})
        geometry = geometries.get(fence_id)
        if geometry is not None and not geometry.isEmpty():
            box = geometry.boundingBox()
            centre = box.center()
            # The map's aspect is 186:110; fit the fence with a margin, then set that extent exactly
            # (zoomToExtent leaves the extent empty for an item placed with attemptMove/attemptResize).
            half_h = max(box.height(), box.width() * MAP_H / MAP_W, 100.0) * 0.5 * 2.2
            half_w = half_h * MAP_W / MAP_H
            map_item.setExtent(
                QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h)
            )
        add_scale_bar(layout, map_item, MARGIN + 2, MARGIN + 17 + MAP_H - 14, page=page_index)
        add_north_arrow(layout, map_item, MARGIN + MAP_W - 14, MARGIN + 19, size=11, page=page_index)
        legend = add_legend(layout, map_item, layers, MARGIN + 2, MARGIN + 19, page=page_index)
        legend.setBackgroundColor(QColor(255, 255, 255, 220))
        set_legend_font(legend, QgsLegendStyle.Style.Title, layout_font(8, bold=True))
        add_label(layout, attribution, MARGIN, PAGE_H - MARGIN - 8, PAGE_W - 2 * MARGIN, 6, size=6.5, page=page_index)
        add_marking(layout, page_index)
        y = MARGIN + 131
        add_label(layout, tr("Why here"), MARGIN, y, 90, 7, size=12, bold=True, page=page_index)
        facts = []
        if crimes is not None and geometry is not None:
            why = crimes_in(geometry, fences.crs(), crimes, project, timezone_name)
            total = why.type_rows()[-1]
            facts.append(tr("{n:,} crimes, harm {harm:,}, in the place.").format(n=total.crimes, harm=total.harm))
            _table(layout, type_table(why), page_index, MARGIN, y + 14, 100, 66)
            timing = why.time_lines()
            if why.has_times:
                timing.append(
                    tr("By weekday: ") + ", ".join(f"{d} {why.figure(n)}" for d, n in zip(WEEKDAYS, why.by_weekday))
                )
            add_label(
                layout, "\n".join(timing), MARGIN + 104, y + 14, PAGE_W - 2 * MARGIN - 104, 40, size=9, page=page_index
            )
        else:
            harm = info.get("harm")
            crimes_n = info.get("n_crimes")
            facts.append(
                tr(
                    "Harm {harm} from {n} crimes (from the geofence layer; choose a crime layer for the "
                    "breakdown by type)."
                ).format(harm=_whole(harm), n=_whole(crimes_n))
            )
        add_label(layout, "\n".join(facts), MARGIN, y + 7, PAGE_W - 2 * MARGIN, 7, size=9, page=page_index)
        y = MARGIN + 212
        add_label(layout, tr("Today's patrol windows"), MARGIN, y, 120, 7, size=12, bold=True, page=page_index)
        window_rows = [[tr("Window"), tr("Minutes"), tr("Shift"), tr("Team"), tr("Order"), tr("Note")]]
        for task in todays:
            if task.fence_id != fence_id:
                continue
            window_rows.append(
                [
                    window_text(task, zone(timezone_name)),
                    str(task.minutes),
                    task.shift or "",
                    task.team or "",
                    str(task.visit_order or ""),
                    tr("changed by hand") if task.source == "manual" else "",
                ]
            )
        _table(layout, window_rows, page_index, MARGIN, y + 8, PAGE_W - 2 * MARGIN, 40)
    return layout


def export_pdf(layout: QgsPrintLayout, path: str) -> bool:
    """Write the layout to a PDF; True on success."""
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    return exporter.exportToPdf(path, settings) == QgsLayoutExporter.ExportResult.Success
