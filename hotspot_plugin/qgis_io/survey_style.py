"""Styles for the survey overlay layer: a choropleth with a distinct "suppressed" class, labels and map
tips that never show a value for a suppressed area, and the bivariate priority-places view.

The styles are built in code rather than shipped as QML because the field names depend on the
survey's question names (``<question>_mean`` …) and the class breaks on the published values.
"""

from __future__ import annotations

import json
from typing import List, Optional, Tuple

from qgis.core import (
    QgsFillSymbol,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ..core.survey import (
    PRIORITY_HIGH_HARM_HIGH_SCORE,
    PRIORITY_HIGH_HARM_LOW_SCORE,
    PRIORITY_LABELS,
    PRIORITY_LOW_HARM_HIGH_SCORE,
    PRIORITY_LOW_HARM_LOW_SCORE,
)
from ..i18n import tr
from .styles import MetadataOutput, expression_labels, on_load
from .values import is_null

#: Views of a question: the mean (numeric), the change since the previous wave (numeric, waves),
#: the most common answer (categorical) and the bivariate priority places (numeric, hot spots given).
VIEWS = ("mean", "change", "top", "priority")
#: Custom property holding the run's settings (JSON) on a layer made by the overlay.
PROPERTY = "hotspot/survey"

# ColorBrewer YlGnBu 5, sequential: low scores pale yellow, high scores dark blue. Not red: on these maps red
# is a Gi* hot spot, and a low score is not one.
SEQUENTIAL = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]
# ColorBrewer BrBG 5, diverging: falls brown, rises teal, little change pale (no red either).
DIVERGING = ["#a6611a", "#dfc27d", "#f5f5f5", "#80cdc1", "#018571"]
# ColorBrewer Set2, for most common answers.
QUALITATIVE = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"]
# Bivariate 2 × 2 (Stevens' corners): harm on one axis (red), low score on the other (blue).
BIVARIATE = {
    PRIORITY_HIGH_HARM_LOW_SCORE: "#574249",
    PRIORITY_HIGH_HARM_HIGH_SCORE: "#c85a5a",
    PRIORITY_LOW_HARM_LOW_SCORE: "#64acbe",
    PRIORITY_LOW_HARM_HIGH_SCORE: "#e8e8e8",
}
SUPPRESSED_COLOUR = "#bdbdbd"


def survey_questions(layer: QgsVectorLayer) -> List[Tuple[str, str]]:
    """``(key, kind)`` of every question in an overlay layer, found from its field names."""
    names = layer.fields().names()
    found = []
    for name in names:
        if name.endswith("_mean") and f"{name[:-5]}_ci_low" in names:
            found.append((name[:-5], "numeric"))
        elif name.endswith("_top") and f"{name[:-4]}_top_pct" in names:
            found.append((name[:-4], "categorical"))
    return found


def settings(layer: QgsVectorLayer) -> dict:
    """The run settings stored on the layer (may be empty for a layer loaded from a file)."""
    try:
        return json.loads(layer.customProperty(PROPERTY, "") or "{}")
    except ValueError:
        return {}


def value_field(key: str, view: str) -> str:
    return {"mean": f"{key}_mean", "change": f"{key}_change", "top": f"{key}_top", "priority": f"{key}_priority"}[view]


def _symbol(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": "#636363", "outline_width": "0.15", "outline_style": "solid"}
    )


def _suppressed_symbol() -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple({"color": "#f0f0f0", "outline_color": "#636363", "outline_width": "0.15"})
    hatch = QgsFillSymbol.createSimple({"color": SUPPRESSED_COLOUR, "style": "b_diagonal", "outline_style": "no"})
    symbol.appendSymbolLayer(hatch.symbolLayer(0).clone())
    return symbol


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _published_values(layer: QgsVectorLayer, field: str) -> list:
    index = layer.fields().lookupField(field)
    values = []
    for feature in layer.getFeatures():
        value = feature.attributes()[index]
        if is_null(value):
            continue
        values.append(value)
    return values


def _format(value: float) -> str:
    return f"{value:.2f}"


def _range_rules(field: str, values: List[float], colours: List[str], diverging: bool) -> List[tuple]:
    """``(filter, label, colour)`` for equal-interval classes over the values (centred on 0 when diverging)."""
    if not values:
        return []
    low, high = min(values), max(values)
    if diverging:
        extent = max(abs(low), abs(high)) or 1.0
        low, high = -extent, extent
    if high - low < 1e-12:
        return [(f"{_quote(field)} IS NOT NULL", _format(low), colours[len(colours) // 2])]
    n = len(colours)
    step = (high - low) / n
    rules = []
    for i in range(n):
        start, end = low + i * step, low + (i + 1) * step
        lower = f"{_quote(field)} >= {start!r}" if i > 0 else f"{_quote(field)} IS NOT NULL"
        upper = f"{_quote(field)} < {end!r}" if i < n - 1 else "TRUE"
        rules.append((f"{lower} AND {upper}", f"{_format(start)} – {_format(end)}", colours[i]))
    return rules


def choropleth_rules(layer: QgsVectorLayer, key: str, view: str) -> List[tuple]:
    """The value classes ``(filter, label, colour)`` of a view, from the layer's published values."""
    field = value_field(key, view)
    if view == "mean":
        return _range_rules(field, [float(v) for v in _published_values(layer, field)], SEQUENTIAL, False)
    if view == "change":
        return _range_rules(field, [float(v) for v in _published_values(layer, field)], DIVERGING, True)
    if view == "top":
        answers = sorted({str(v) for v in _published_values(layer, field)})
        return [
            (f"{_quote(field)} = {_literal(a)}", a, QUALITATIVE[i % len(QUALITATIVE)]) for i, a in enumerate(answers)
        ]
    order = [
        PRIORITY_HIGH_HARM_LOW_SCORE,
        PRIORITY_HIGH_HARM_HIGH_SCORE,
        PRIORITY_LOW_HARM_LOW_SCORE,
        PRIORITY_LOW_HARM_HIGH_SCORE,
    ]
    return [(f"{_quote(field)} = {code}", tr(PRIORITY_LABELS[code]), BIVARIATE[code]) for code in order]


def suppressed_label(layer: QgsVectorLayer) -> str:
    k = settings(layer).get("min_respondents")
    if k:
        return tr("Suppressed or withheld (fewer than {} respondents)").format(k)
    return tr("Suppressed or withheld (too few respondents)")


def label_expression(key: str, view: str) -> str:
    """Label text: the value for published areas, nothing at all for suppressed ones."""
    field = _quote(value_field(key, view))
    if view in ("mean", "change"):
        text = f"format_number({field}, 2)"
    elif view == "top":
        text = field
    else:
        priority = _literal(tr("Priority"))
        text = f"CASE WHEN {field} = {PRIORITY_HIGH_HARM_LOW_SCORE} THEN {priority} ELSE '' END"
    return f"CASE WHEN \"suppressed\" OR {field} IS NULL THEN '' ELSE {text} END"


def map_tip_expression(key: str, view: str) -> str:
    """Map tip: the value, its interval and the response count; only a "suppressed" note otherwise."""
    field = value_field(key, view)
    q = _quote
    responses = _literal(tr("responses"))
    count = f"' (' || {q('n_responses')} || ' ' || {responses} || ')'"
    if view in ("mean", "change"):
        low, high = (
            (f"{key}_ci_low", f"{key}_ci_high") if view == "mean" else (f"{key}_change_ci_low", f"{key}_change_ci_high")
        )
        name = _literal(tr("Mean") if view == "mean" else tr("Change"))
        value = (
            f"{name} || ': ' || format_number({q(field)}, 2)"
            f" || coalesce(' [' || format_number({q(low)}, 2) || ' – ' || format_number({q(high)}, 2) || ']',"
            f" '') || {count}"
        )
    elif view == "top":
        most_common = _literal(tr("Most common"))
        value = (
            f"{most_common} || ': ' || {q(field)} || ' (' || "
            f"format_number({q(key + '_top_pct')}, 0) || ' %)' || {count}"
        )
    else:
        value = (
            "CASE "
            + " ".join(
                f"WHEN {q(field)} = {code} THEN {_literal(tr(label))}" for code, label in PRIORITY_LABELS.items()
            )
            + " END"
        )
    suppressed = _literal(tr("Suppressed: too few respondents to show any value"))
    withheld = _literal(tr("Withheld: too few answers to show a value"))
    return f'CASE WHEN "suppressed" THEN {suppressed} WHEN {q(field)} IS NULL THEN {withheld} ELSE {value} END'


def apply_survey_style(
    layer: QgsVectorLayer, key: str, view: str, opacity: Optional[float] = None, labels: bool = True
) -> None:
    """Style ``layer`` for question ``key`` and ``view`` (see VIEWS): renderer, labels and map tip."""
    if view not in VIEWS:
        raise ValueError(view)
    field = value_field(key, view)
    if layer.fields().lookupField(field) < 0:
        raise ValueError(field)
    root = QgsRuleBasedRenderer.Rule(None)
    for filter_expression, label, colour in choropleth_rules(layer, key, view):
        root.appendChild(QgsRuleBasedRenderer.Rule(_symbol(colour), filterExp=filter_expression, label=label))
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            _suppressed_symbol(), filterExp=f"{_quote(field)} IS NULL", label=suppressed_label(layer)
        )
    )
    layer.setRenderer(QgsRuleBasedRenderer(root))
    if opacity is not None:
        layer.setOpacity(opacity)

    expression_labels(layer, label_expression(key, view), size=8, buffer=0.8, colour="#252525", enabled=labels)
    layer.setMapTipTemplate(f"[% {map_tip_expression(key, view)} %]")
    layer.setCustomProperty("hotspot/survey_view", json.dumps({"key": key, "view": view}))
    layer.triggerRepaint()
    layer.emitStyleChanged()


def default_view(layer: QgsVectorLayer) -> Optional[Tuple[str, str]]:
    """The first question's mean (numeric) or most common answer (categorical)."""
    questions = survey_questions(layer)
    if not questions:
        return None
    key, kind = questions[0]
    return key, "mean" if kind == "numeric" else "top"


def show_wave(layer: QgsVectorLayer, wave: Optional[str]) -> None:
    """Show one survey wave (a layer made with a wave field has one feature per area and wave)."""
    if layer.fields().lookupField("wave") < 0:
        return
    layer.setSubsetString("" if wave is None else f'"wave" = {_literal(wave)}')


class SurveyStylePostProcessor(MetadataOutput):
    """Styles the overlay when Processing loads it: latest wave, first question, metadata with the settings."""

    def __init__(self, run_settings: dict, abstract: str, title: str):
        super().__init__(title, abstract)
        self.run_settings = run_settings

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
        if layer is None or not layer.isValid():
            return
        layer.setCustomProperty(PROPERTY, json.dumps(self.run_settings))
        waves = self.run_settings.get("waves") or []
        if waves:
            show_wave(layer, waves[-1])
        view = default_view(layer)
        if view is not None:
            apply_survey_style(layer, *view, opacity=0.75)
        super().postProcessLayer(layer, context, feedback)


def style_survey_on_load(context, dest_id: str, run_settings: dict, abstract: str, title: str) -> None:
    """Style the overlay: stored in an output GeoPackage (every run), and applied when QGIS loads it."""
    on_load(context, dest_id, lambda: SurveyStylePostProcessor(run_settings, abstract, title))
