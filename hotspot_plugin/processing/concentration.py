"""hotspot:concentration — the 80-20 table, Lorenz curve and Gini of crimes and harm over places."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import describe_on_load
from ..qgis_io.values import is_null, qgis_value
from .base import HotspotAlgorithm, describe, run_core, write_features

TABLE_TYPES = {
    "rank": "Int",
    "cum_share_places": "Double",
    "cum_share_crimes": "Double",
    "cum_share_harm": "Double",
    "place_by_crimes": "String",
    "crimes": "Double",
    "place_by_harm": "String",
    "harm": "Double",
}


class ConcentrationAlgorithm(HotspotAlgorithm):
    NAME = "concentration"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ConcentrationAlgorithm", "Concentration (80-20 table, Lorenz curve, Gini)")
    GROUP = QT_TRANSLATE_NOOP("ConcentrationAlgorithm", "Trends")
    GROUP_ID = "trends"

    INPUT = "INPUT"
    COUNT_FIELD = "COUNT_FIELD"
    HARM_FIELD = "HARM_FIELD"
    ID_FIELD = "ID_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_CHART = "OUTPUT_CHART"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "How concentrated crime and harm are on few places (ArcGIS's 80-20 analysis, Weisburd's law of crime "
            "concentration): places (hot spot cells, fences, street segments — any layer with a crime count per "
            "place) are ranked by crimes and, separately, by harm; row k of the table gives the share of all "
            "crimes in the k places with most crimes (cum_share_crimes) and the share of all harm in the k "
            "places with most harm (cum_share_harm). The Gini coefficient (0: every place the same; near 1: one "
            "place has everything) is Σ|xi − xj| / (2 n² mean) over all places, and the Lorenz curve is drawn "
            "as a chart. Every place counts, places with no crime too: a hot spot cell layer made without a "
            "study area holds only cells with crimes, which understates concentration (the log says so). "
            "The places holding 50 % and 80 % of crimes and harm are in the log and the outputs."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.INPUT,
            self.tr("Places with counts"),
            self.tr("Cells, fences or street segments with a crime count each (e.g. Harm-weighted hot spots' cells)."),
            [QgsProcessing.SourceType.TypeVector],
        )
        self.add(
            QgsProcessingParameterField(
                self.COUNT_FIELD,
                self.tr("Crime count field"),
                defaultValue="n_crimes",
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
            ),
            self.tr("Numeric field with the number of crimes of each place (NULL is refused: fill 0)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.HARM_FIELD,
                self.tr("Harm field"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr("Numeric field with the harm of each place (e.g. harm); empty: crimes only."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("Place id field"), parentLayerParameterName=self.INPUT, optional=True
            ),
            self.tr("Field naming each place in the table (e.g. cell_id, fence_id); empty: the feature id."),
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Concentration table"),
            self.tr(
                "One row per rank: rank, cum_share_places, cum_share_crimes, cum_share_harm, place_by_crimes, "
                "crimes, place_by_harm, harm."
            ),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CHART, self.tr("Lorenz curve chart"), "PNG (*.png)", optional=True, createByDefault=True
            ),
            self.tr("The Lorenz curves of crimes and harm with their Gini coefficients, as a PNG."),
        )
        for key, label in (
            ("GINI_CRIMES", self.tr("Gini of crimes")),
            ("GINI_HARM", self.tr("Gini of harm")),
            ("PLACES", self.tr("Places")),
            ("SHARE_OF_PLACES_50PCT_CRIMES", self.tr("Share of places holding 50 % of crimes")),
            ("SHARE_OF_PLACES_80PCT_CRIMES", self.tr("Share of places holding 80 % of crimes")),
            ("SHARE_OF_PLACES_50PCT_HARM", self.tr("Share of places holding 50 % of harm")),
            ("SHARE_OF_PLACES_80PCT_HARM", self.tr("Share of places holding 80 % of harm")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import numpy as np

        from ..core.trends.charts import lorenz_chart
        from ..core.trends.concentration import TABLE_COLUMNS, concentration
        from ..qgis_io.tasking_io import read_rows

        source = self.source(parameters, self.INPUT, context)
        if source.featureCount() == 0:
            raise QgsProcessingException("The places layer is empty. Choose a layer with places.")
        count_field = self.parameterAsString(parameters, self.COUNT_FIELD, context)
        harm_field = self.parameterAsString(parameters, self.HARM_FIELD, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        wanted = [f for f in (count_field, harm_field, id_field) if f]
        rows = read_rows(source, wanted, (), "The places layer", feedback)

        def numbers(name):
            return np.array([np.nan if is_null(r[name]) else float(r[name]) for r in rows], dtype=float)

        crimes = numbers(count_field)
        harm = numbers(harm_field) if harm_field else None
        places = np.array([str(r[id_field]) for r in rows], dtype=object) if id_field else np.arange(1, len(rows) + 1)
        result = run_core(concentration, crimes, harm, places)
        summary = result.summary
        choices = {
            "Places": f"{summary['places']:,} (every feature; places with 0 crimes count)",
            "Crimes": f"{summary['crimes']:,.0f} (field {count_field})",
            "Gini of crimes": f"{result.gini_crimes:.3f}",
        }
        for share in (50, 80):
            choices[f"{share} % of crimes in"] = (
                f"{summary[f'places_for_{share}pct_crimes']:,} places "
                f"({100 * summary[f'share_of_places_for_{share}pct_crimes']:.1f} % of places)"
            )
        if harm is not None:
            choices["Harm"] = f"{summary['harm']:,.1f} (field {harm_field})"
            choices["Gini of harm"] = f"{result.gini_harm:.3f}"
            for share in (50, 80):
                choices[f"{share} % of harm in"] = (
                    f"{summary[f'places_for_{share}pct_harm']:,} places "
                    f"({100 * summary[f'share_of_places_for_{share}pct_harm']:.1f} % of places)"
                )
        choices["Definition"] = "population Gini Σ|xi − xj| / (2 n² mean), places ranked most first"
        if "gi_bin" in source.fields().names() and (crimes > 0).all():
            feedback.pushWarning(
                "Every place has crimes: if these are hot spot cells made without a study area boundary, the "
                "empty cells are missing and concentration is understated. Run Harm-weighted hot spots with a "
                "boundary for every cell."
            )
        for key, value in choices.items():
            feedback.pushInfo(f"{key}: {value}")
        columns = [c for c in TABLE_COLUMNS if c in result.table.columns]
        out_fields = make_fields(columns, TABLE_TYPES)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, out_fields)
        table = [[qgis_value(v) for v in row] for row in result.table[columns].to_numpy(dtype=object).tolist()]
        for index in [columns.index(n) for n in ("place_by_crimes", "place_by_harm") if n in columns]:
            for row in table:
                row[index] = str(row[index])
        write_features(sink, out_fields, table, feedback, None, (40, 90))
        describe_on_load(context, dest_id, self.tr("Concentration"), describe(choices))
        results = {
            self.OUTPUT: dest_id,
            "GINI_CRIMES": result.gini_crimes,
            "GINI_HARM": result.gini_harm,
            "PLACES": summary["places"],
            "SHARE_OF_PLACES_50PCT_CRIMES": summary["share_of_places_for_50pct_crimes"],
            "SHARE_OF_PLACES_80PCT_CRIMES": summary["share_of_places_for_80pct_crimes"],
            "SHARE_OF_PLACES_50PCT_HARM": summary.get("share_of_places_for_50pct_harm"),
            "SHARE_OF_PLACES_80PCT_HARM": summary.get("share_of_places_for_80pct_harm"),
        }
        chart = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if chart:
            lorenz_chart(crimes, chart, harm, result.gini_crimes, result.gini_harm)
            results[self.OUTPUT_CHART] = chart
        feedback.setProgress(100)
        return results
