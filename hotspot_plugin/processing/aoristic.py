"""hotspot:aoristic — crimes with a from/to window to hour-of-week weights (Ratcliffe), a table and a heat strip."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import describe_on_load
from .base import HotspotAlgorithm, describe, progress_callback, run_core, write_features


class AoristicAlgorithm(HotspotAlgorithm):
    NAME = "aoristic"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("AoristicAlgorithm", "When it happens (aoristic hours of the week)")
    GROUP = QT_TRANSLATE_NOOP("AoristicAlgorithm", "Trends")
    GROUP_ID = "trends"

    CRIMES = "CRIMES"
    FROM_FIELD = "FROM_FIELD"
    TO_FIELD = "TO_FIELD"
    PLACES = "PLACES"
    PLACE_FIELD = "PLACE_FIELD"
    TIMEZONE = "TIMEZONE"
    OUTPUT = "OUTPUT"
    OUTPUT_CHART = "OUTPUT_CHART"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Ratcliffe's aoristic method for crimes known only to have happened between two times (a burglary "
            "found after a weekend away, a car damaged overnight): each crime's weight of 1 is spread evenly "
            "over the real time between its from and to times, and every hour of the week (how: Monday "
            "00:00–00:59 = 0 … Sunday 23:00 = 167, local time) gets the share falling in it. 08:00–16:00 gives "
            "0.125 to each of 8 hours; a crime with no to time (or to = from) puts all its weight in its start "
            "hour; a window of a week or more spreads 1/168 to every hour. Clock changes are counted in real "
            "time. With places (polygons: fences, beats, hot spot cells) the weights are summed per place "
            "(crimes in no place are left out and counted).\n\n"
            "Outputs: a table (place, how, day, hour, weight: all 168 hours, per place) and a heat-strip chart "
            "(PNG) of the weights. The counts of instant, windowed and week-long crimes are in the log and the "
            "table's metadata."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.CRIMES,
            self.tr("Crimes"),
            self.tr("Crimes with from/to times: points when places are given, else any layer or table."),
            [QgsProcessing.SourceType.TypeVector],
        )
        self.add(
            QgsProcessingParameterField(
                self.FROM_FIELD, self.tr("From (earliest) time"), parentLayerParameterName=self.CRIMES
            ),
            self.tr(
                "The earliest time the crime can have happened: a date-time field or text (2026-03-01T21:15, "
                "01/03/2026 21:15). Times without an offset are local time in the time zone."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.TO_FIELD, self.tr("To (latest) time"), parentLayerParameterName=self.CRIMES, optional=True
            ),
            self.tr("The latest time it can have happened; empty (field or value): all weight in the from hour."),
        )
        self.add_source(
            self.PLACES,
            self.tr("Places"),
            self.tr("Optional polygons (fences, beats, cells): the weights are summed per place."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        self.add(
            QgsProcessingParameterField(
                self.PLACE_FIELD, self.tr("Place name field"), parentLayerParameterName=self.PLACES, optional=True
            ),
            self.tr("Field naming each place in the table (e.g. fence_id); empty: the feature id."),
        )
        self.add_timezone(
            self.TIMEZONE,
            self.tr("Time zone"),
            self.tr("IANA time zone of the hours of the week and of times without an offset."),
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Aoristic weights"),
            self.tr("One row per (place and) hour of week: place, how (0 = Monday 00:00), day, hour, weight."),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CHART, self.tr("Heat-strip chart"), "PNG (*.png)", optional=True, createByDefault=True
            ),
            self.tr("The weights as a heat map: days × hours, or one strip of 168 hours per place (the 20 busiest)."),
        )
        self.addOutput(QgsProcessingOutputNumber("CRIMES_USED", self.tr("Crimes used")))
        self.addOutput(QgsProcessingOutputNumber("BUSIEST_HOW", self.tr("Busiest hour of the week (0 = Monday 00:00)")))
        self.addOutput(QgsProcessingOutputString("BUSIEST_HOURS", self.tr("Busiest hours of the week")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.trends.aoristic import DAY_NAMES, aoristic_weights
        from ..core.trends.charts import heat_strip
        from ..qgis_io.tasking_io import read_rows
        from ..qgis_io.trend_io import read_crimes, read_places

        source = self.source(parameters, self.CRIMES, context)
        if source.featureCount() == 0:
            raise QgsProcessingException("The crime layer is empty. Choose a layer with crimes.")
        from_field = self.parameterAsString(parameters, self.FROM_FIELD, context)
        to_field = self.parameterAsString(parameters, self.TO_FIELD, context)
        tz = self.timezone(parameters, self.TIMEZONE, context)
        fields = [from_field] + ([to_field] if to_field else [])
        places_source = self.parameterAsSource(parameters, self.PLACES, context)
        places = labels = None
        if places_source is not None:
            place_field = self.parameterAsString(parameters, self.PLACE_FIELD, context)
            places = read_places(places_source, context, places_source.sourceCrs(), feedback, place_field, "The places")
            x, y, columns = read_crimes(
                self, parameters, self.CRIMES, context, places_source.sourceCrs(), fields, feedback, "The crime layer"
            )
            found = places.locate(x, y, feedback)
            labels = [None if i < 0 else str(places.labels[i]) for i in found.tolist()]
        else:
            rows = read_rows(source, fields, (), "The crime layer", feedback)
            columns = {name: [row[name] for row in rows] for name in fields}
        feedback.setProgress(30)
        result = run_core(
            aoristic_weights,
            columns[from_field],
            columns[to_field] if to_field else None,
            labels,
            tz,
            progress=progress_callback(feedback, 30, 80),
        )
        table = result.table
        if places is not None:
            table = self._every_place(table, [str(label) for label in places.labels])
        busiest = result.busiest_hours(3)
        busiest_text = "; ".join(
            f"{DAY_NAMES[int(r.day)]} {int(r.hour):02d}:00–{(int(r.hour) + 1) % 24:02d}:00 ({r.weight:.1f})"
            for r in busiest.itertuples()
        )
        choices = {
            "Crimes": f"{result.n_used:,} used of {result.n_crimes:,}",
            "From / to": f"{from_field} / {to_field or '(none: all weight in the from hour)'}",
            "Time zone": f"{tz} (hours of the week in local time, clock changes in real time)",
            "Instant (no to time)": result.n_no_end,
            "A week or more (1/168 each hour)": result.n_week_or_more,
            "Places": "none (all crimes together)" if places is None else f"{len(places)} polygons",
            "Busiest hours": busiest_text,
        }
        for key, value in choices.items():
            feedback.pushInfo(f"{key}: {value}")
        for message in result.messages:
            feedback.pushInfo(message)
        with_place = "place" in table.columns
        spec = ([("place", "String")] if with_place else []) + [
            ("how", "Int"),
            ("day", "String"),
            ("hour", "Int"),
            ("weight", "Double"),
        ]
        out_fields = make_fields(spec)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, out_fields)
        day_names = [DAY_NAMES[d] for d in table["day"].tolist()]
        rows = [
            ([str(p)] if with_place else []) + [int(h), day_names[i], int(hr), float(w)]
            for i, (p, h, hr, w) in enumerate(
                zip(
                    table["place"].tolist() if with_place else [None] * len(table),
                    table["how"].tolist(),
                    table["hour"].tolist(),
                    table["weight"].tolist(),
                )
            )
        ]
        write_features(sink, out_fields, rows, feedback, None, (80, 95))
        describe_on_load(context, dest_id, self.tr("Aoristic weights"), describe(choices))
        results = {
            self.OUTPUT: dest_id,
            "CRIMES_USED": result.n_used,
            "BUSIEST_HOW": int(busiest["how"].iloc[0]) if len(busiest) else None,
            "BUSIEST_HOURS": busiest_text,
        }
        chart = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if chart:
            strips = heat_strip(table, chart)
            feedback.pushInfo(f"Heat-strip chart: {strips} strip(s) of hours.")
            results[self.OUTPUT_CHART] = chart
        feedback.setProgress(100)
        return results

    @staticmethod
    def _every_place(table, labels):
        """The table with 168 rows of weight 0 for each place that holds no crime, places in name order."""
        import numpy as np
        import pandas as pd

        from ..core.trends.aoristic import HOURS_PER_WEEK

        missing = sorted(set(labels) - set(table["place"]))
        if not missing:
            return table
        how = np.tile(np.arange(HOURS_PER_WEEK), len(missing))
        empty = pd.DataFrame(
            {
                "place": np.repeat(np.asarray(missing, dtype=object), HOURS_PER_WEEK),
                "how": how,
                "day": how // 24,
                "hour": how % 24,
                "weight": 0.0,
            }
        )
        both = pd.concat([table, empty], ignore_index=True)
        return both.sort_values(["place", "how"], kind="stable").reset_index(drop=True)
