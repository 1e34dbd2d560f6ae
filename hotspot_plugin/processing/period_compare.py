"""hotspot:periodcompare — current vs previous period per area, percent change and the Poisson E-test."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import style_on_load
from ..qgis_io.values import qgis_value
from .base import HotspotAlgorithm, describe, run_core, write_features

COMPARE_FIELDS = [
    ("current", "Int"),
    ("previous", "Int"),
    ("difference", "Int"),
    ("pct_change", "Double"),
    ("p_value", "Double"),
]


class PeriodCompareAlgorithm(HotspotAlgorithm):
    NAME = "periodcompare"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("PeriodCompareAlgorithm", "Is the change real? (compare two periods)")
    GROUP = QT_TRANSLATE_NOOP("PeriodCompareAlgorithm", "Trends")
    GROUP_ID = "trends"

    CRIMES = "CRIMES"
    TIME_FIELD = "TIME_FIELD"
    AREAS = "AREAS"
    CURRENT_START = "CURRENT_START"
    CURRENT_END = "CURRENT_END"
    PREVIOUS_START = "PREVIOUS_START"
    PREVIOUS_END = "PREVIOUS_END"
    TIMEZONE = "TIMEZONE"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Counts the crimes in each area (hot spot cells, fences, beats or wards) in a current and a previous "
            "period of equal length, and says whether the change is more than chance: current, previous, "
            "difference, pct_change = 100 × difference / previous (NULL when previous is 0 — never infinity) "
            "and p_value, the two-sided Poisson E-test of equal rates (Krishnamoorthy & Thomson 2004; 6 against "
            "2 gives p = 0.1749, not significant). Dates are inclusive ISO dates (YYYY-MM-DD) in local time; "
            "periods of unequal length or that overlap are refused. The whole-area totals and their test are in "
            "the log and the outputs. A small p says the rates differ; with many areas some small p-values "
            "happen by chance (1 in 20 below 0.05)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.CRIMES,
            self.tr("Crime points"),
            self.tr("One point per crime, with its date-time."),
            [QgsProcessing.SourceType.TypeVectorPoint],
        )
        self.add(
            QgsProcessingParameterField(
                self.TIME_FIELD, self.tr("Date-time field"), parentLayerParameterName=self.CRIMES
            ),
            self.tr("When each crime happened (date-time field or text; no offset = local time)."),
        )
        self.add_source(
            self.AREAS,
            self.tr("Areas"),
            self.tr("Polygons to count in: hot spot cells, fences, beats or wards. Their fields are kept."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        for key, label in (
            (self.CURRENT_START, self.tr("Current period: first day")),
            (self.CURRENT_END, self.tr("Current period: last day")),
            (self.PREVIOUS_START, self.tr("Previous period: first day")),
            (self.PREVIOUS_END, self.tr("Previous period: last day")),
        ):
            self.add(
                QgsProcessingParameterString(key, label),
                self.tr("An ISO date (YYYY-MM-DD), inclusive. Both periods must have the same number of days."),
            )
        self.add_timezone(
            self.TIMEZONE, self.tr("Time zone"), self.tr("IANA time zone of the days and of times without an offset.")
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Period comparison"),
            self.tr("The areas with current, previous, difference, pct_change and p_value."),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        for key, label in (
            ("TOTAL_CURRENT", self.tr("Crimes in the current period")),
            ("TOTAL_PREVIOUS", self.tr("Crimes in the previous period")),
            ("TOTAL_PCT_CHANGE", self.tr("Change of the total (%)")),
            ("TOTAL_P_VALUE", self.tr("E-test p-value of the total")),
            ("AREAS_SIGNIFICANT", self.tr("Areas with p < 0.05")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.trends.periodcompare import check_periods, compare_counts, count_periods, totals
        from ..qgis_io.trend_io import read_crimes, read_places

        tz = self.timezone(parameters, self.TIMEZONE, context)
        periods = run_core(
            check_periods,
            *(
                self.parameterAsString(parameters, k, context).strip()
                for k in (self.CURRENT_START, self.CURRENT_END, self.PREVIOUS_START, self.PREVIOUS_END)
            ),
        )
        areas_source = self.source(parameters, self.AREAS, context)
        crs = areas_source.sourceCrs()
        areas = read_places(areas_source, context, crs, feedback, layer_name="The areas")
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        x, y, columns = read_crimes(
            self, parameters, self.CRIMES, context, crs, [time_field], feedback, "The crime layer"
        )
        feedback.setProgress(30)
        rows = areas.locate(x, y, feedback)
        current, previous = run_core(count_periods, rows, columns[time_field], len(areas), periods, tz)
        frame = compare_counts(current, previous)
        feedback.setProgress(70)
        total_current, total_previous, total_pct, total_p = totals(frame)
        n_outside = int((rows < 0).sum())
        significant = int((frame["p_value"] < 0.05).sum())
        choices = {
            "Current period": f"{periods.current_start} – {periods.current_end} ({periods.days} days, {tz})",
            "Previous period": f"{periods.previous_start} – {periods.previous_end}",
            "Areas": len(areas),
            "Crimes in no area": n_outside,
            "Total": f"{total_current} now, {total_previous} before"
            + (f", {total_pct:+.1f} %" if total_previous else "")
            + f", E-test p = {total_p:.4f}",
            "Areas with p < 0.05": f"{significant} (about {0.05 * len(areas):.1f} expected by chance alone)",
            "Test": "two-sided Poisson E-test of equal rates (Krishnamoorthy & Thomson 2004)",
            "Percent change": "NULL where the previous count is 0",
        }
        for key, value in choices.items():
            feedback.pushInfo(f"{key}: {value}")
        names = [name for name, _ in COMPARE_FIELDS]
        existing = areas.fields.names()
        replaced = [n for n in names if n in existing]
        if replaced:
            feedback.pushWarning(f"The areas' field(s) {', '.join(replaced)} are replaced by this run's values.")
        keep = [i for i, n in enumerate(existing) if n not in names]
        base = make_fields([])
        for i in keep:
            base.append(areas.fields.at(i))
        out_fields = make_fields(COMPARE_FIELDS, base=base)
        values = frame[names].to_numpy(dtype=object).tolist()
        table = [[areas.attributes[i][k] for k in keep] + [qgis_value(v) for v in values[i]] for i in range(len(areas))]
        sink, dest_id = self.sink(
            parameters, self.OUTPUT, context, out_fields, QgsWkbTypes.multiType(areas_source.wkbType()), crs
        )
        write_features(sink, out_fields, table, feedback, lambda i: areas.geometries[i], (70, 100))
        style_on_load(context, dest_id, "period_compare.qml", describe(choices), self.tr("Period comparison"))
        return {
            self.OUTPUT: dest_id,
            "TOTAL_CURRENT": total_current,
            "TOTAL_PREVIOUS": total_previous,
            "TOTAL_PCT_CHANGE": total_pct if total_previous else None,
            "TOTAL_P_VALUE": total_p,
            "AREAS_SIGNIFICANT": significant,
        }
