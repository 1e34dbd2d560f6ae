"""The legend classes of the shipped QML styles, shown in the language QGIS runs in.

A QML style keeps its class labels in English (``resources/styles/*.qml``, made by
``scripts/make_styles.py``). Every label is listed here as a literal, so that ``pylupdate5`` puts it in the
translation files, and :func:`translate_legend` swaps a loaded style's labels for their translation (the
renderer's values and symbols stay as they are). ``tests/qgis/test_welsh_dialogs.py`` checks that every
label of the shipped styles is listed.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP, tr

#: Every class label of the shipped styles (and of the styles the trial and trend algorithms ship).
LABELS = (
    # hotspots.qml, emerging_steps.qml
    QT_TRANSLATE_NOOP("@default", "Hot spot, 99 % confidence"),
    QT_TRANSLATE_NOOP("@default", "Hot spot, 95 % confidence"),
    QT_TRANSLATE_NOOP("@default", "Hot spot, 90 % confidence"),
    QT_TRANSLATE_NOOP("@default", "Not significant"),
    QT_TRANSLATE_NOOP("@default", "Cold spot, 90 % confidence"),
    QT_TRANSLATE_NOOP("@default", "Cold spot, 95 % confidence"),
    QT_TRANSLATE_NOOP("@default", "Cold spot, 99 % confidence"),
    # fences_compliance.qml
    QT_TRANSLATE_NOOP("@default", "Met (all tasked minutes delivered)"),
    QT_TRANSLATE_NOOP("@default", "Partly met"),
    QT_TRANSLATE_NOOP("@default", "Not met (tracked, no patrol)"),
    QT_TRANSLATE_NOOP("@default", "No data (not tracked during the windows)"),
    QT_TRANSLATE_NOOP("@default", "No tasking"),
    # fences_dwell.qml
    QT_TRANSLATE_NOOP("@default", "No visits"),
    QT_TRANSLATE_NOOP("@default", "Under 5 min per visit"),
    QT_TRANSLATE_NOOP("@default", "5-10 min per visit"),
    QT_TRANSLATE_NOOP("@default", "10-15 min per visit (Koper optimum)"),
    QT_TRANSLATE_NOOP("@default", "Over 15 min per visit"),
    # geofence_history.qml
    QT_TRANSLATE_NOOP("@default", "Insert"),
    QT_TRANSLATE_NOOP("@default", "Update"),
    QT_TRANSLATE_NOOP("@default", "Delete"),
    # geofence_layer.qml
    QT_TRANSLATE_NOOP("@default", "Live"),
    QT_TRANSLATE_NOOP("@default", "Draft"),
    QT_TRANSLATE_NOOP("@default", "Retired"),
    # geofence_problems.qml
    QT_TRANSLATE_NOOP("@default", "Invalid geometry"),
    QT_TRANSLATE_NOOP("@default", "Overlaps a live fence"),
    QT_TRANSLATE_NOOP("@default", "Area below minimum"),
    QT_TRANSLATE_NOOP("@default", "Area above maximum"),
    QT_TRANSLATE_NOOP("@default", "Covers no hot cell"),
    QT_TRANSLATE_NOOP("@default", "No geometry"),
    # trial_areas.qml
    QT_TRANSLATE_NOOP("@default", "Treated areas"),
    QT_TRANSLATE_NOOP("@default", "Ring around treated areas"),
    QT_TRANSLATE_NOOP("@default", "Control areas"),
    QT_TRANSLATE_NOOP("@default", "Ring around control areas"),
    # emerging_hotspots.qml
    QT_TRANSLATE_NOOP("@default", "Intensifying Hot Spot"),
    QT_TRANSLATE_NOOP("@default", "Persistent Hot Spot"),
    QT_TRANSLATE_NOOP("@default", "Consecutive Hot Spot"),
    QT_TRANSLATE_NOOP("@default", "New Hot Spot"),
    QT_TRANSLATE_NOOP("@default", "Diminishing Hot Spot"),
    QT_TRANSLATE_NOOP("@default", "Oscillating Hot Spot"),
    QT_TRANSLATE_NOOP("@default", "Sporadic Hot Spot"),
    QT_TRANSLATE_NOOP("@default", "Historical Hot Spot"),
    QT_TRANSLATE_NOOP("@default", "Intensifying Cold Spot"),
    QT_TRANSLATE_NOOP("@default", "Persistent Cold Spot"),
    QT_TRANSLATE_NOOP("@default", "Consecutive Cold Spot"),
    QT_TRANSLATE_NOOP("@default", "New Cold Spot"),
    QT_TRANSLATE_NOOP("@default", "Diminishing Cold Spot"),
    QT_TRANSLATE_NOOP("@default", "Oscillating Cold Spot"),
    QT_TRANSLATE_NOOP("@default", "Sporadic Cold Spot"),
    QT_TRANSLATE_NOOP("@default", "Historical Cold Spot"),
    QT_TRANSLATE_NOOP("@default", "No Pattern Detected"),
    # compare_hotspots.qml
    QT_TRANSLATE_NOOP("@default", "Hotter in the second run"),
    QT_TRANSLATE_NOOP("@default", "The same bin"),
    QT_TRANSLATE_NOOP("@default", "Cooler in the second run"),
    # period_compare.qml
    QT_TRANSLATE_NOOP("@default", "Significant rise (p < 0.05)"),
    QT_TRANSLATE_NOOP("@default", "No significant change"),
    QT_TRANSLATE_NOOP("@default", "Significant fall (p < 0.05)"),
)


def _relabel(items, update) -> int:
    """Give each of ``items`` (categories, ranges or rules) its label's translation through
    ``update(index, label)``; returns how many changed."""
    changed = 0
    for index, item in enumerate(items):
        label = tr(item.label())
        if label != item.label():
            update(index, label)
            changed += 1
    return changed


def translate_legend(layer) -> int:
    """Show the legend classes of ``layer``'s renderer (categorized, graduated or rule-based) in QGIS's
    language; classes without a translation keep their label. Returns how many labels changed."""
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if renderer is None:
        return 0
    kind = renderer.type()
    if kind == "categorizedSymbol":
        return _relabel(renderer.categories(), renderer.updateCategoryLabel)
    if kind == "graduatedSymbol":
        return _relabel(renderer.ranges(), renderer.updateRangeLabel)
    if kind == "RuleRenderer":
        rules = renderer.rootRule().descendants()
        return _relabel(rules, lambda index, label: rules[index].setLabel(label))
    return 0


def load_style(layer, path) -> bool:
    """Load the QML style at ``path`` onto ``layer`` with its legend classes in QGIS's language; True if
    the style loaded."""
    _, ok = layer.loadNamedStyle(str(path))
    translate_legend(layer)
    return bool(ok)
