"""Print layouts, the QGIS way: a hot spot map and a per-geofence briefing atlas, and the parts every page has.

Every page carries a title, the date, a legend of the classes visible on its map (``setLegendFilterByMapEnabled``),
a scale bar whose labels cannot run into each other (each segment is a round distance at least
:data:`MIN_SEGMENT_MM` wide on paper), a north arrow (QGIS's own SVG), the data attribution (the Open Government
Licence v3.0 text for police.uk data, "Contains OS data © Crown copyright" where Ordnance Survey boundaries are
drawn) and the protective marking the user sets once (:func:`protective_marking`, QgsSettings, default
"OFFICIAL"), at the top and bottom centre of the page as the Government Security Classifications ask.

The layouts are added to the project's layout manager (replacing one of the same name), so the analyst opens
them under Project ▸ Layouts, edits them there and prints them; :func:`export_layout` writes a PDF or PNG
through ``QgsLayoutExporter`` (an atlas as one PDF, or one PNG per page).
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Iterable, List, Optional, Sequence

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.atomic_files import atomic_path
from ..i18n import QT_TRANSLATE_NOOP, tr

#: QgsSettings key of the protective marking printed on every page.
MARKING_KEY = "hotspot_plugin/protective_marking"
DEFAULT_MARKING = "OFFICIAL"
#: The narrowest a scale bar segment is drawn, millimetres on paper (wide enough for "1000 m" at 8 pt).
MIN_SEGMENT_MM = 16.0
#: Names of the two layouts (translated when shown).
HOTSPOT_LAYOUT = QT_TRANSLATE_NOOP("@default", "Hot spot map")
ATLAS_LAYOUT = QT_TRANSLATE_NOOP("@default", "Geofence briefing atlas")

OGL = (
    "Contains public sector information licensed under the Open Government Licence v3.0 "
    "(police.uk street-level crime data)."
)
#: Licence texts stay in English, as the licences word them.
OS_DATA = "Contains OS data © Crown copyright and database right {year}."
INVENTED = "Invented data for training (the town of Hollowford): no real crime, officer or resident."
#: Field names that mark a layer as police.uk crimes (Import police.uk writes them) or as ONS/OS boundaries.
POLICE_UK_FIELDS = {"crime_id", "lsoa_code", "falls_within", "reported_by"}
BOUNDARY_FIELDS = {"lsoa11cd", "lsoa21cd", "lsoa11nm", "msoa11cd", "wd19cd", "wd22cd", "lad19cd", "oa11cd"}


# --- settings -------------------------------------------------------------------------------------------
def protective_marking() -> str:
    """The marking printed on every page (set once by the user; "OFFICIAL" until then)."""
    value = QgsSettings().value(MARKING_KEY, DEFAULT_MARKING)
    text = str(value or "").strip()
    return text or DEFAULT_MARKING


def set_protective_marking(text: str) -> None:
    """Remember the marking (e.g. "OFFICIAL-SENSITIVE") for every layout made from now on."""
    QgsSettings().setValue(MARKING_KEY, (text or "").strip() or DEFAULT_MARKING)


# --- attribution ----------------------------------------------------------------------------------------
def attribution_lines(layers: Iterable, year: Optional[int] = None) -> List[str]:
    """The attribution the data on a map need, one line each, without repeats.

    Each layer's own rights (its metadata) come first; a layer with police.uk's fields adds the Open Government
    Licence text, one with ONS/OS boundary codes (or rights naming Ordnance Survey) the OS copyright line, and a
    layer of the invented Hollowford demo says so.
    """
    year = year or date.today().year
    lines: List[str] = []

    def add(line: str) -> None:
        if line and line not in lines:
            lines.append(line)

    for layer in layers:
        if layer is None:
            continue
        rights = [r for r in layer.metadata().rights() if r]
        for line in rights:
            add(line)
        source = layer.source().lower()
        if INVENTED in rights or "hollowford" in source or "hollowford" in layer.name().lower():
            add(INVENTED)  # invented data carry no licence of the real sources they imitate
            continue
        names = {name.lower() for name in layer.fields().names()} if hasattr(layer, "fields") else set()
        if names & POLICE_UK_FIELDS or "police_uk" in source or "police.uk" in source:
            add(OGL)
        if names & BOUNDARY_FIELDS or any("ordnance survey" in r.lower() or "os data" in r.lower() for r in rights):
            add(OS_DATA.format(year=year))
    if any("os data" in line.lower() for line in lines[:-1]) and OS_DATA.format(year=year) in lines:
        lines.remove(OS_DATA.format(year=year))  # a layer's own rights already carry the OS line
    return lines


# --- the parts of a page --------------------------------------------------------------------------------
def add_label(
    layout, text: str, x: float, y: float, w: float, h: float, size: float = 9, bold: bool = False, page: int = 0
) -> QgsLayoutItemLabel:
    """A text label at (x, y) millimetres on ``page``, ``w × h`` mm, ``size`` points."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = layout_font(size, bold)
    if hasattr(label, "setTextFormat"):  # QGIS 3.24 and later (setFont is deprecated there)
        label.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        label.setFont(font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y), page=page)
    label.attemptResize(QgsLayoutSize(w, h))
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


def add_marking(layout, page: int = 0, marking: Optional[str] = None) -> List[QgsLayoutItemLabel]:
    """The protective marking, bold, centred at the top and at the bottom of ``page``."""
    text = marking or protective_marking()
    size = layout.pageCollection().page(page).pageSize()
    labels = []
    for y in (2.0, size.height() - 7.0):
        label = add_label(layout, text, 20.0, y, size.width() - 40.0, 5.0, size=9, bold=True, page=page)
        label.setHAlign(_align_centre())
        label.setId("marking")
        labels.append(label)
    return labels


def _align_centre():
    from qgis.PyQt.QtCore import Qt

    return Qt.AlignmentFlag.AlignHCenter


def north_arrow_svg() -> str:
    """The path of QGIS's standard north arrow (arrows/NorthArrow_02.svg in its SVG folders), or ""."""
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if candidate.is_file():
            return str(candidate)
    return ""


def add_north_arrow(layout, map_item, x: float, y: float, size: float = 12.0, page: int = 0):
    """QGIS's north arrow picture at (x, y), turned with the map (``linkedMap``)."""
    path = north_arrow_svg()
    if not path:  # no SVG folders (a bare install): a plain "N ↑" label says the same
        label = add_label(layout, "N\n↑", x, y, size, size, size=12, bold=True, page=page)
        label.setId("north_arrow")
        return label
    picture = QgsLayoutItemPicture(layout)
    picture.setPicturePath(path)
    picture.setLinkedMap(map_item)
    picture.setId("north_arrow")
    layout.addLayoutItem(picture)
    picture.attemptMove(QgsLayoutPoint(x, y), page=page)
    picture.attemptResize(QgsLayoutSize(size, size))
    return picture


def nice_segment(paper_mm_per_metre: float, min_mm: float = MIN_SEGMENT_MM) -> float:
    """The smallest round distance (1, 2 or 5 × 10ⁿ metres) drawn at least ``min_mm`` wide."""
    if paper_mm_per_metre <= 0:
        return 100.0
    need = min_mm / paper_mm_per_metre
    power = 10 ** math.floor(math.log10(need))
    for step in (1, 2, 5, 10):
        if step * power >= need:
            return float(step * power)
    return float(10 * power)


def _text_format(size: float) -> QgsTextFormat:
    text = QgsTextFormat()
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    text.setColor(QColor("#000000"))
    return text


def add_scale_bar(layout, map_item, x: float, y: float, max_width: float = 60.0, page: int = 0, atlas: bool = False):
    """A scale bar with round segments wide enough for their labels ("0   100   200 m", never "0 100200 m").

    On a fixed map the segment is computed from the map's scale (:func:`nice_segment`); on an atlas, whose scale
    changes per page, QGIS fits round segments between :data:`MIN_SEGMENT_MM` × 2 and ``max_width``.
    """
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setMapUnitsPerScaleBarUnit(1.0)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(2.5)
    bar.setTextFormat(_text_format(8))
    bar.setId("scale_bar")
    bar.setBackgroundEnabled(True)  # readable over the cells
    bar.setBackgroundColor(QColor(255, 255, 255, 210))
    if atlas:
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
        bar.setNumberOfSegments(2)
        bar.setMinimumBarWidth(2 * MIN_SEGMENT_MM)
        bar.setMaximumBarWidth(max_width)
    else:
        scale = map_item.scale() or 1.0
        mm_per_metre = 1000.0 / scale
        segment = nice_segment(mm_per_metre)
        count = max(1, min(4, int(max_width // (segment * mm_per_metre))))
        if segment >= 1000:  # QGIS converts the map's metres to kilometres itself
            bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
            bar.setUnitLabel("km")
            segment /= 1000.0
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
        bar.setUnitsPerSegment(segment)
        bar.setNumberOfSegments(count)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(x, y), page=page)
    bar.update()
    return bar


def add_legend(
    layout, map_item, layers: Sequence, x: float, y: float, title: str = "", wrap: int = 0, page: int = 0
) -> QgsLayoutItemLegend:
    """A legend of ``layers`` (in that order) showing only the classes drawn on ``map_item``; with ``wrap``, layer
    titles break after that many characters (so a long title stays on the page)."""
    import textwrap

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(title or tr("Legend"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        if layer is not None:
            node = root.addLayer(layer)
            if wrap and len(layer.name()) > wrap:
                node.setCustomProperty("legend/title-label", "\n".join(textwrap.wrap(layer.name(), wrap)))
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)
    set_legend_font(legend, QgsLegendStyle.Style.SymbolLabel, layout_font(8))
    set_legend_font(legend, QgsLegendStyle.Style.Subgroup, layout_font(9, bold=True))
    set_legend_font(legend, QgsLegendStyle.Style.Title, layout_font(10, bold=True))
    legend.setId("legend")
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(x, y), page=page)
    legend.adjustBoxSize()
    return legend


def table_text(table, size: float) -> None:
    """Header (bold) and cell text of a layout table at ``size`` points."""
    header = QgsTextFormat.fromQFont(layout_font(size, bold=True))
    header.setSize(size)
    table.setHeaderTextFormat(header)
    content = QgsTextFormat.fromQFont(layout_font(size))
    content.setSize(size)
    table.setContentTextFormat(content)


def layout_font(size: float, bold: bool = False) -> QFont:
    """The application's font at ``size`` points (``QFont("")`` would pick a symbol font on some systems)."""
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def add_map(layout, layers: Sequence, crs, x: float, y: float, w: float, h: float, page: int = 0) -> QgsLayoutItemMap:
    """A framed map of ``layers`` (the first drawn on top) at (x, y), ``w × h`` mm."""
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(x, y), page=page)
    map_item.attemptResize(QgsLayoutSize(w, h))
    if crs is not None and crs.isValid():
        map_item.setCrs(crs)
    map_item.setLayers([layer for layer in layers if layer is not None])
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.setId("map")
    return map_item


def fit_extent(map_item, extent: QgsRectangle, margin: float = 1.05) -> None:
    """Show ``extent`` (grown by ``margin``) at the map item's own aspect ratio."""
    rect = QgsRectangle(extent)
    if rect.isEmpty():
        return
    rect.scale(margin)
    size = map_item.sizeWithUnits()
    aspect = size.width() / size.height() if size.height() else 1.0
    centre = rect.center()
    half_w, half_h = rect.width() / 2.0, rect.height() / 2.0
    if half_w / half_h < aspect:
        half_w = half_h * aspect
    else:
        half_h = half_w / aspect
    map_item.setExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h))


def new_layout(project, name: str, orientation=None) -> QgsPrintLayout:
    """An empty A4 layout called ``name`` (landscape unless told), text exported as text."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
    if orientation is None:
        orientation = QgsLayoutItemPage.Orientation.Landscape
    layout.pageCollection().page(0).setPageSize("A4", orientation)
    return layout


def long_date(when: date) -> str:
    """``2 December 2026`` with the month in the running language (``%B`` would follow the C locale)."""
    months = (
        tr("January"),
        tr("February"),
        tr("March"),
        tr("April"),
        tr("May"),
        tr("June"),
        tr("July"),
        tr("August"),
        tr("September"),
        tr("October"),
        tr("November"),
        tr("December"),
    )
    return f"{when.day} {months[when.month - 1]} {when.year}"


def made_on(when: Optional[date] = None) -> str:
    """ "Made 2 December 2026" (today unless told), as every page says it."""
    return tr("Made {date}").format(date=long_date(when or date.today()))


def add_page_furniture(
    layout,
    map_item,
    title: str,
    legend_layers: Sequence,
    attribution: Sequence[str],
    legend_x: float,
    legend_y: float,
    subtitle: str = "",
    when: Optional[date] = None,
    page: int = 0,
    atlas: bool = False,
    legend_title: str = "",
    legend_wrap: int = 0,
) -> dict:
    """Title, date, legend, scale bar, north arrow, attribution and marking around ``map_item`` on ``page``."""
    size = layout.pageCollection().page(page).pageSize()
    width = size.width()
    margin = 10.0
    items = {}
    items["title"] = add_label(layout, title, margin, 9.0, width - 2 * margin, 9.0, size=15, bold=True, page=page)
    items["title"].setId("title")
    dated = made_on(when)
    items["date"] = add_label(
        layout, (subtitle + "  ·  " if subtitle else "") + dated, margin, 18.0, width - 2 * margin, 5.0, page=page
    )
    items["date"].setId("date")
    position = map_item.positionWithUnits()
    box = map_item.sizeWithUnits()
    items["scale_bar"] = add_scale_bar(
        layout, map_item, position.x() + 3.0, position.y() + box.height() - 14.0, page=page, atlas=atlas
    )
    items["north_arrow"] = add_north_arrow(
        layout, map_item, position.x() + box.width() - 15.0, position.y() + 3.0, page=page
    )
    items["legend"] = add_legend(
        layout, map_item, legend_layers, legend_x, legend_y, title=legend_title, wrap=legend_wrap, page=page
    )
    text = "\n".join(attribution) if attribution else ""
    items["attribution"] = add_label(
        layout, text, margin, size.height() - 17.0, width - 2 * margin, 9.0, size=6.5, page=page
    )
    items["attribution"].setId("attribution")
    items["marking"] = add_marking(layout, page)
    return items


def replace_in_project(project, layout: QgsPrintLayout) -> QgsPrintLayout:
    """Add ``layout`` to the project's layouts, replacing one of the same name."""
    manager = project.layoutManager()
    old = manager.layoutByName(layout.name())
    if old is not None:
        manager.removeLayout(old)
    manager.addLayout(layout)
    return layout


#: The plan's look on a briefing map: the page's place thick, the other places thin and dashed; no compliance
#: colours (a briefing is the plan, for a day that may not have happened yet).
PLAN_COLOUR, OTHER_COLOUR = "#253494", "#737373"
#: The atlas's "this place": the page's feature.
ATLAS_PLACE = "$id = @atlas_featureid"


def plan_style(fences, this_place: str) -> str:
    """The fences' plan look for a map item's style override (XML): ``this_place`` (an expression) thick."""
    from qgis.core import QgsFillSymbol, QgsMapLayerStyle, QgsRuleBasedRenderer, QgsVectorLayer

    from .styles import expression_labels

    template = QgsVectorLayer(f"Polygon?crs={fences.crs().authid()}", fences.name(), "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    place = QgsFillSymbol.createSimple(
        {"color": "37,52,148,30", "outline_color": PLAN_COLOUR, "outline_width": "1.0", "outline_style": "solid"}
    )
    others = QgsFillSymbol.createSimple(
        {"color": "255,255,255,0", "outline_color": OTHER_COLOUR, "outline_width": "0.4", "outline_style": "dash"}
    )
    root.appendChild(QgsRuleBasedRenderer.Rule(place, 0, 0, this_place, tr("This place (to patrol)")))
    root.appendChild(QgsRuleBasedRenderer.Rule(others, 0, 0, "ELSE", tr("Other places")))
    template.setRenderer(QgsRuleBasedRenderer(root))
    if "name" in fences.fields().names():
        expression_labels(template, "coalesce(\"name\", '')", 8)
    style = QgsMapLayerStyle()
    style.readFromLayer(template)
    return style.xmlData()


# --- the two layouts ------------------------------------------------------------------------------------
def hotspot_map_layout(
    project,
    cells,
    layers: Sequence = (),
    title: str = "",
    attribution: Optional[Sequence[str]] = None,
    when: Optional[date] = None,
    extent: Optional[QgsRectangle] = None,
    add_to_project: bool = True,
    temporal_range=None,
) -> QgsPrintLayout:
    """The hot spot map: ``layers`` (drawn on top, e.g. fences and crimes) over the Gi* ``cells``, on A4 landscape.

    The legend lists the cells' classes and every other layer's, only those drawn; the attribution is
    :func:`attribution_lines` of the layers unless given.
    """
    name = tr(HOTSPOT_LAYOUT)
    layout = new_layout(project, name)
    drawn = [layer for layer in layers if layer is not None] + [cells]
    map_item = add_map(layout, drawn, cells.crs(), 10.0, 25.0, 200.0, 160.0)
    fit_extent(map_item, extent if extent is not None else cells.extent())
    if temporal_range is not None:
        map_item.setIsTemporal(True)
        map_item.setTemporalRange(temporal_range)
    if attribution is None:
        attribution = attribution_lines(drawn)
    add_page_furniture(
        layout,
        map_item,
        title or name,
        drawn,
        attribution,
        215.0,
        25.0,
        when=when,
        subtitle=tr("Harm-weighted Getis–Ord Gi* hot spots"),
    )
    return replace_in_project(project, layout) if add_to_project else layout


def briefing_atlas_layout(
    project,
    fences,
    layers: Sequence = (),
    title_field: str = "name",
    attribution: Optional[Sequence[str]] = None,
    when: Optional[date] = None,
    add_to_project: bool = True,
) -> QgsPrintLayout:
    """One A4 page per geofence (an atlas on ``fences``, most harmful first): the place over ``layers``, its
    facts in a table that is the fence's own attributes, so the page's figures are the layer's."""
    from qgis.core import QgsLayoutFrame, QgsLayoutItemAttributeTable, QgsLayoutTableColumn

    name = tr(ATLAS_LAYOUT)
    layout = new_layout(project, name)
    atlas = layout.atlas()
    atlas.setCoverageLayer(fences)
    atlas.setEnabled(True)
    names = fences.fields().names()
    label_field = title_field if title_field in names else ("fence_id" if "fence_id" in names else "")
    if label_field:
        atlas.setPageNameExpression(f'"{label_field}"')
    if "rank" in names:
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"rank"')
    drawn = [fences] + [layer for layer in layers if layer is not None]
    map_item = add_map(layout, drawn, fences.crs(), 10.0, 25.0, 180.0, 160.0)
    fit_extent(map_item, fences.extent())  # without a first extent QGIS reshapes the item to each fence's
    map_item.setKeepLayerStyles(True)
    map_item.setLayerStyleOverrides({fences.id(): plan_style(fences, ATLAS_PLACE)})
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    map_item.setAtlasMargin(0.8)
    if attribution is None:
        attribution = attribution_lines(drawn)
    heading = tr("Geofence briefing")
    page_title = f'{heading}: [% "{label_field}" %]' if label_field else heading
    items = add_page_furniture(
        layout,
        map_item,
        page_title,
        drawn,
        attribution,
        195.0,
        25.0,
        when=when,
        atlas=True,
        subtitle=tr("Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]"),
    )
    items["legend"].setLegendFilterOutAtlas(False)
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setVectorLayer(fences)
    table.setFilterToAtlasFeature(True)
    columns = []
    for field_name, width in FACT_COLUMNS:
        if field_name not in names:
            continue
        column = QgsLayoutTableColumn()
        column.setAttribute(_rounded(field_name) if field_name in ROUNDED else f'"{field_name}"')
        column.setHeading(field_alias(fences, field_name))
        column.setWidth(width)
        columns.append(column)
    table.setColumns(columns)
    table_text(table, 7)
    table.setWrapBehavior(table.WrapBehavior.WrapText)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    frame.attemptMove(QgsLayoutPoint(195.0, 130.0))
    frame.attemptResize(QgsLayoutSize(95.0, 45.0))
    frame.setId("facts")
    return replace_in_project(project, layout) if add_to_project else layout


#: The briefing atlas's facts table: the fence's own attributes (so its figures are the layer's), widths in mm.
FACT_COLUMNS = [
    ("fence_id", 9.0),
    ("name", 18.0),
    ("rank", 8.0),
    ("harm", 13.0),
    ("n_crimes", 11.0),
    ("area_m2", 13.0),
    ("pai_harm", 11.0),
]
ROUNDED = {"harm": 0, "area_m2": 0, "pai_harm": 1}


def _rounded(field_name: str) -> str:
    return f'format_number("{field_name}", {ROUNDED[field_name]})'


def field_alias(layer, field_name: str) -> str:
    """The field's alias (styles.FIELD_ALIASES when it has none)."""
    from .styles import FIELD_ALIASES

    index = layer.fields().lookupField(field_name)
    alias = layer.fields().at(index).alias() if index >= 0 else ""
    return alias or tr(FIELD_ALIASES.get(field_name, field_name))


# --- export ---------------------------------------------------------------------------------------------
def export_layout(layout: QgsPrintLayout, path, dpi: int = 150) -> List[Path]:
    """Write ``layout`` to ``path`` (.pdf or .png) through QgsLayoutExporter; returns the files written.

    An atlas goes to one PDF, or to one PNG per page (``name_1.png``, ``name_2.png`` …); each file is written
    atomically. Raises OSError naming the file when QGIS cannot write it.
    """
    path = Path(path)
    pdf = path.suffix.lower() == ".pdf"
    atlas = layout.atlas() if hasattr(layout, "atlas") and layout.atlas().enabled() else None
    if pdf:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
        settings.rasterizeWholeImage = False
        settings.dpi = dpi
        with atomic_path(path) as partial:
            if atlas is not None:
                result, error = QgsLayoutExporter.exportToPdf(atlas, str(partial), settings)
            else:
                result, error = QgsLayoutExporter(layout).exportToPdf(str(partial), settings), ""
            if result != QgsLayoutExporter.ExportResult.Success:
                raise OSError(tr("Could not write {path}: {error}").format(path=path, error=error or result))
        return [path]
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    written: List[Path] = []
    if atlas is not None:
        atlas.beginRender()
        index = 0
        while atlas.next() if index else atlas.first():
            index += 1
            written += _export_image(layout, path.with_name(f"{path.stem}_{index}{path.suffix}"), settings)
        atlas.endRender()
        return written
    return _export_image(layout, path, settings)


def _export_image(layout, path: Path, settings) -> List[Path]:
    """Every page of ``layout`` as an image: ``path`` for the first, ``stem_2.png`` … for the others (QGIS's
    names), each replacing the old file only once all are written."""
    import os
    import shutil
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".partial-", dir=str(path.parent)))
    try:
        exporter = QgsLayoutExporter(layout)
        result = exporter.exportToImage(str(folder / path.name), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise OSError(tr("Could not write {path}: {error}").format(path=path, error=exporter.errorFile()))
        pages = layout.pageCollection().pageCount()
        names = [path.name] + [f"{path.stem}_{n}{path.suffix}" for n in range(2, pages + 1)]
        written = []
        for name in names:
            if (folder / name).is_file():
                os.replace(str(folder / name), str(path.parent / name))
                written.append(path.parent / name)
        return written
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- layouts made by the algorithms when their output is loaded into a project ---------------------------
class LayoutOnLoad:
    """Mixed into a style post-processor: after styling the loaded output, add its print layout to the
    project (only a loaded layer: qgis_process and a run into a file alone add no layout)."""

    kind = "hotspot"  #: "hotspot" (map of the cells) or "atlas" (a page per fence)

    def add_layout(self, layer, context, other_ids: Sequence[str], attribution: Sequence[str]) -> None:
        project = context.project() if context is not None else None
        if project is None or layer is None or not layer.isValid():
            return
        others = [project.mapLayer(layer_id) for layer_id in other_ids]
        others = [other for other in others if other is not None]
        lines = list(attribution) or attribution_lines([layer] + others)
        if self.kind == "atlas":
            briefing_atlas_layout(project, layer, others, attribution=lines)
        else:
            hotspot_map_layout(project, layer, others, title=layer.name(), attribution=lines)


def layout_post_processor(kind: str, style: str, abstract: str, title: str, other_ids: Sequence[str], lines):
    """A post-processor that styles the loaded output like ``StyleOutput`` and adds its layout (``kind``)."""
    from .styles import StyleOutput

    class StyleAndLayout(StyleOutput, LayoutOnLoad):
        def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
            super().postProcessLayer(layer, context, feedback)
            try:
                self.add_layout(layer, context, other_ids, lines)
            except Exception as error:  # noqa: BLE001 - a layout is a convenience; the output stays loaded
                if feedback is not None:
                    feedback.pushWarning(tr("The print layout was not added: {}").format(error))

    processor = StyleAndLayout(style, abstract, title, lines)
    processor.kind = kind
    return processor


def style_with_layout(
    context, dest_id: str, kind: str, style: str, abstract: str, title: str, inputs: Sequence = ()
) -> None:
    """``styles.style_on_load`` plus, when QGIS loads the output into a project, its print layout: the
    hot spot map (``kind="hotspot"``) or the per-fence briefing atlas (``"atlas"``), drawn over those of
    ``inputs`` (layers) that are in the project, with their attribution."""
    from .styles import StyleOutput, on_load

    project = context.project()
    other_ids = [
        layer.id() for layer in inputs if layer is not None and project is not None and project.mapLayer(layer.id())
    ]
    lines = attribution_lines([layer for layer in inputs if layer is not None])
    on_load(
        context,
        dest_id,
        lambda: StyleOutput(style, abstract, title, lines),
        make_loaded=lambda: layout_post_processor(kind, style, abstract, title, other_ids, lines),
    )


__all__ = [
    "ATLAS_LAYOUT",
    "HOTSPOT_LAYOUT",
    "add_label",
    "add_legend",
    "add_map",
    "add_marking",
    "add_north_arrow",
    "add_page_furniture",
    "add_scale_bar",
    "attribution_lines",
    "briefing_atlas_layout",
    "export_layout",
    "fit_extent",
    "hotspot_map_layout",
    "nice_segment",
    "plan_style",
    "protective_marking",
    "set_protective_marking",
    "style_with_layout",
]
