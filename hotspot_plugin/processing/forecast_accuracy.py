"""hotspot:forecastaccuracy — do last period's hot spots predict this period's crime? Hit rate, PAI, PEI, RRI."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import describe_on_load
from ..qgis_io.values import qgis_value
from .base import HotspotAlgorithm, describe, run_core, write_features

DEFINITIONS = {
    "hit_rate": "n / N: the share of the later period's crimes inside the hot spots (Chainey et al. 2008)",
    "pai": "(n / N) / (a / A): hit rate over the share of the area the hot spots cover (Chainey et al. 2008)",
    "pei": "n / n*: n* the most crimes units of the hot spots' total area could have held (Hunt 2016)",
    "rri": "(n2 / n1) / (N2 / N1): the hot spots' later over earlier crime, scaled by the total's change (Levine 2008)",
    "area_share": "a / A: share of the study area the hot spots cover",
    "n_hot": "number of hot spot units",
    "captured": "n: later crimes inside the hot spots",
    "total": "N: later crimes in the study area",
    "harm_hit_rate": "as hit_rate, on the later crimes' harm",
    "harm_pai": "as pai, on the later crimes' harm",
    "harm_pei": "as pei, on the later crimes' harm",
}


class ForecastAccuracyAlgorithm(HotspotAlgorithm):
    NAME = "forecastaccuracy"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ForecastAccuracyAlgorithm", "Do hot spots predict? (hit rate, PAI, PEI, RRI)")
    GROUP = QT_TRANSLATE_NOOP("ForecastAccuracyAlgorithm", "Trends")
    GROUP_ID = "trends"

    HOTSPOTS = "HOTSPOTS"
    MIN_BIN = "MIN_BIN"
    CRIMES = "CRIMES"
    TIME_FIELD = "TIME_FIELD"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    HARM_FIELD = "HARM_FIELD"
    STUDY_AREA = "STUDY_AREA"
    TIMEZONE = "TIMEZONE"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Scores hot spots chosen from one period against the crimes of a later one. Hot spots are the cells "
            "of a Harm-weighted hot spots run with gi_bin at least the minimum bin (the other cells are the rest "
            "of the study area), or every polygon of a fence layer (then give the study area). With N the later "
            "crimes in the study area, n those in the hot spots, A the study area and a the hot spots' area: "
            "hit rate = n / N; PAI = (n / N) / (a / A) (Chainey, Tompson & Uhlig 2008); PEI = n / n*, n* the "
            "most crime the busiest units of the same total area held (Hunt 2016; cells only); RRI = (n2 / n1) / "
            "(N2 / N1) with the earlier counts from the cells' n_crimes (Levine 2008). 10 % of the cells holding "
            "30 % of the later crime is a hit rate of 0.30 and a PAI of 3.0. With a harm field the same figures "
            "are given on harm. A: the study area when given, else the units' total area — never a bounding box."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.HOTSPOTS,
            self.tr("Hot spots (cells or fences)"),
            self.tr(
                "The cell output of Harm-weighted hot spots for the earlier period (gi_bin, n_crimes), or fences: "
                "a polygon layer without gi_bin, every polygon a hot spot."
            ),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add_number(
            self.MIN_BIN,
            self.tr("Hot spot from bin"),
            self.tr("Cells with gi_bin at least this are hot spots (3 = 99 %, 2 = 95 %, 1 = 90 %)."),
            default=2,
            minimum=1,
            maximum=3,
            integer=True,
        )
        self.add_source(
            self.CRIMES,
            self.tr("Crimes of the later period"),
            self.tr("One point per crime; filtered to the days below when a date-time field is given."),
            [QgsProcessing.SourceType.TypeVectorPoint],
        )
        self.add(
            QgsProcessingParameterField(
                self.TIME_FIELD, self.tr("Date-time field"), parentLayerParameterName=self.CRIMES, optional=True
            ),
            self.tr("When each crime happened; needed only to keep the crimes of the days below."),
        )
        for key, label in (
            (self.START_DATE, self.tr("Later period: first day (YYYY-MM-DD)")),
            (self.END_DATE, self.tr("Later period: last day (YYYY-MM-DD)")),
        ):
            self.add(
                QgsProcessingParameterString(key, label, optional=True),
                self.tr("Inclusive ISO date, local time; empty: no limit on that side (needs the date-time field)."),
            )
        self.add(
            QgsProcessingParameterField(
                self.HARM_FIELD,
                self.tr("Harm field"),
                parentLayerParameterName=self.CRIMES,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr("Numeric harm of each later crime: adds the harm hit rate, PAI and PEI."),
        )
        self.add_source(
            self.STUDY_AREA,
            self.tr("Study area"),
            self.tr("Polygons of the whole study area (A); needed with fences. Empty: the units' total area."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        self.add_timezone(
            self.TIMEZONE, self.tr("Time zone"), self.tr("IANA time zone of the days and of times without an offset.")
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Forecast accuracy"),
            self.tr("One row per measure: measure, value, definition."),
            QgsProcessing.SourceType.TypeVector,
        )
        for key, label in (
            ("HIT_RATE", self.tr("Hit rate")),
            ("PAI", self.tr("Predictive Accuracy Index (PAI)")),
            ("PEI", self.tr("Predictive Efficiency Index (PEI)")),
            ("RRI", self.tr("Recapture Rate Index (RRI)")),
            ("AREA_SHARE", self.tr("Share of the area in hot spots")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import numpy as np

        from ..core.grid import points_in_polygons
        from ..core.trends.forecast import forecast_accuracy
        from ..core.trends.instants import in_period_of
        from ..qgis_io.crs import working_crs
        from ..qgis_io.layers import boundary_geometry, to_float
        from ..qgis_io.trend_io import read_crimes, read_places

        units_source = self.source(parameters, self.HOTSPOTS, context)
        crs = working_crs(units_source.sourceCrs(), units_source.sourceExtent(), "The hot spot layer", feedback)
        names = units_source.fields().names()
        units = read_places(units_source, context, crs, feedback, layer_name="The hot spot layer")
        min_bin = self.parameterAsInt(parameters, self.MIN_BIN, context)
        is_cells = "gi_bin" in names
        columns_of_units = {name: i for i, name in enumerate(names)}

        def unit_values(name):
            index = columns_of_units[name]
            return to_float([row[index] for row in units.attributes], name)

        if is_cells:
            with np.errstate(invalid="ignore"):
                hot = unit_values("gi_bin") >= min_bin
            kind = f"cells with gi_bin ≥ {min_bin} ({int(hot.sum())} of {len(units)})"
        else:
            hot = np.ones(len(units), dtype=bool)
            kind = f"every polygon of the layer ({len(units)} fences)"
        earlier = unit_values("n_crimes") if "n_crimes" in names else None
        if earlier is not None:
            earlier = np.nan_to_num(earlier)
        tz = self.timezone(parameters, self.TIMEZONE, context)
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        harm_field = self.parameterAsString(parameters, self.HARM_FIELD, context)
        start = self.parameterAsString(parameters, self.START_DATE, context).strip() or None
        end = self.parameterAsString(parameters, self.END_DATE, context).strip() or None
        if (start or end) and not time_field:
            raise QgsProcessingException("A first or last day needs the date-time field: choose it, or clear the days.")
        fields = [f for f in (time_field, harm_field) if f]
        x, y, columns = read_crimes(self, parameters, self.CRIMES, context, crs, fields, feedback, "The crime layer")
        harm = to_float(columns[harm_field], harm_field) if harm_field else None
        period = "every crime of the layer"
        if time_field:
            _, first, last, inside = run_core(in_period_of, columns[time_field], tz, start, end)
            x, y = x[inside], y[inside]
            harm = harm[inside] if harm is not None else None
            period = f"{first} – {last} ({int(inside.sum()):,} crimes)"
        feedback.setProgress(40)
        row = units.locate(x, y, feedback)
        later = np.bincount(row[row >= 0], minlength=len(units)).astype(float)
        area = units.areas
        later_harm = None
        if harm is not None:
            later_harm = np.bincount(row[row >= 0], weights=np.nan_to_num(harm[row >= 0]), minlength=len(units))
        study_source = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        study_area = None
        outside = int((row < 0).sum())
        if study_source is not None:
            shape = boundary_geometry(study_source, context, crs, feedback)
            if shape is None:
                raise QgsProcessingException("The study area layer has no polygons. Choose a polygon layer.")
            study_area = float(shape.area)
            # The rest of the study area as one more unit, not hot: the crimes outside the units count in N.
            rest = (row < 0) & points_in_polygons(shape, x, y, include_edge=True)
            hot = np.append(hot, False)
            later = np.append(later, float(rest.sum()))
            area = np.append(area, max(study_area - float(area.sum()), 0.0))
            if earlier is not None:
                earlier = np.append(earlier, 0.0)
            if later_harm is not None:
                later_harm = np.append(later_harm, float(np.nan_to_num(harm[rest]).sum()))
            outside = int(((row < 0) & ~rest).sum())
        elif not is_cells:
            raise QgsProcessingException(
                "Fences cover only part of the area: give the study area (STUDY_AREA) so the hit rate and PAI "
                "can count the crimes and area outside the fences."
            )
        scores = run_core(forecast_accuracy, hot, later, area, earlier if is_cells else None, later_harm, study_area)
        if not is_cells:
            scores["pei"] = float("nan")
            if "harm_pei" in scores:
                scores["harm_pei"] = float("nan")
        choices = {
            "Hot spots": kind,
            "Later period": period,
            "Study area (A)": (
                f"{study_area / 1e6:,.3f} km² (the study area layer)"
                if study_area is not None
                else f"{float(units.areas.sum()) / 1e6:,.3f} km² (the cells' total area)"
            ),
            "Crimes outside the study area": outside,
            "RRI": "earlier counts from the cells' n_crimes" if is_cells and earlier is not None else "not computed",
        }
        if not is_cells:
            choices["PEI"] = "not computed: fences are not a tiling of the study area (use a cell layer)"
        for key in ("hit_rate", "pai", "pei", "rri", "area_share", "captured", "total"):
            choices[key] = f"{scores[key]:.4g} = {DEFINITIONS[key]}"
        for key, value in choices.items():
            feedback.pushInfo(f"{key}: {value}")
        out_fields = make_fields([("measure", "String"), ("value", "Double"), ("definition", "String")])
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, out_fields)
        rows = [[key, qgis_value(scores[key]), DEFINITIONS[key]] for key in DEFINITIONS if key in scores]
        write_features(sink, out_fields, rows, feedback, None, (90, 100))
        describe_on_load(context, dest_id, self.tr("Forecast accuracy"), describe(choices))

        def number(key):
            value = scores.get(key)
            return None if value is None or not np.isfinite(value) else float(value)

        return {
            self.OUTPUT: dest_id,
            "HIT_RATE": number("hit_rate"),
            "PAI": number("pai"),
            "PEI": number("pei"),
            "RRI": number("rri"),
            "AREA_SHARE": number("area_share"),
        }
