"""hotspot:trialreport — the trial report PDF (QGIS print layout, matplotlib charts) from the evaluation outputs."""

import re

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..i18n import QT_TRANSLATE_NOOP
from .base import progress_callback, run_core
from .trial_base import TrialAlgorithm
from .trial_effect import LEDGER_OPTIONAL

CRIME_SYMBOL = {"name": "circle", "color": "#25252580", "size": "0.6", "outline_style": "no"}


class TrialReportAlgorithm(TrialAlgorithm):
    NAME = "trialreport"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("TrialReportAlgorithm", "Trial report (PDF)")
    GROUP = QT_TRANSLATE_NOOP("TrialReportAlgorithm", "Trial evaluation")

    LEDGER = "LEDGER"
    EFFECTS = "EFFECTS"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    KOPER = "KOPER"
    KOPER_CURVES = "KOPER_CURVES"
    DISPLACEMENT = "DISPLACEMENT"
    AREAS = "AREAS"
    POWER = "POWER"
    TITLE = "TITLE"
    OUTPUT = "OUTPUT"

    def flags(self):
        # Print layouts are drawn on the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "A three-page A4 PDF for the trial's readers, made with a QGIS print layout. Page 1: the design (places, "
            "days, arms, delivery, presence in control places), the balance of the allocation (treatment against "
            "control place-days: weekday mix, day length, and each place's level on its control days), and the "
            "effect estimates with their 95 % intervals as a table and a chart. Page 2: the dose–response chart and "
            "table (harm per place-day by delivered minutes) and the Koper curves with the bands' medians and the "
            "log-rank test. Page 3: a map of the treated and control areas with their rings (and the crimes, "
            "optional) beside the WDD and WDQ table.\n"
            "Give the ledger of Place-day ledger; the effect tables of Trial effect (crimes and harm; when none is "
            "given both are estimated here with PERMUTATIONS redraws); the bands and curves of Koper; the table and "
            "the areas of Displacement; the row of Trial power (a line of the design). Parts not given are left "
            "out and the page says so. Charts are drawn with matplotlib. Output: the PDF (text is searchable)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.LEDGER,
            self.tr("Place-day ledger"),
            self.tr("The table of Place-day ledger."),
            [QgsProcessing.SourceType.TypeVector],
        )
        self.add(
            QgsProcessingParameterMultipleLayers(
                self.EFFECTS, self.tr("Trial effect tables"), QgsProcessing.SourceType.TypeVector, optional=True
            ),
            self.tr("Outputs of Trial effect (for crimes and for harm); empty: estimated here from the ledger."),
        )
        self.add_number(
            self.PERMUTATIONS,
            self.tr("Randomisation redraws"),
            self.tr("When no effect table is given: redraws for the randomisation p-value."),
            default=2000,
            maximum=100000,
            integer=True,
            advanced=True,
        )
        self.add_number(
            self.SEED, self.tr("Seed"), self.tr("Seed of the redraws."), default=0, integer=True, advanced=True
        )
        for key, label, hint in (
            (self.KOPER, self.tr("Koper bands"), self.tr("The band table of Residual deterrence (OUTPUT).")),
            (self.KOPER_CURVES, self.tr("Koper curves"), self.tr("The curves of Residual deterrence (OUTPUT_CURVES).")),
            (self.DISPLACEMENT, self.tr("Displacement table"), self.tr("The table of Displacement and diffusion.")),
            (
                self.POWER,
                self.tr("Trial power"),
                self.tr("The row of Trial power: the design's minimum detectable effect."),
            ),
        ):
            self.add_source(key, label, hint, [QgsProcessing.SourceType.TypeVector], optional=True)
        self.add_source(
            self.AREAS,
            self.tr("Areas and rings"),
            self.tr("The areas of Displacement and diffusion (OUTPUT_AREAS), for the map."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        self.add_source(
            self.CRIMES,
            self.tr("Crimes for the map"),
            self.tr("Optional crime points drawn on the map."),
            [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True,
        )
        self.add(
            QgsProcessingParameterString(self.TITLE, self.tr("Title"), defaultValue="Patrol trial: did it work?"),
            self.tr("The report's title."),
        )
        self.add(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Trial report"), self.tr("PDF files (*.pdf)")),
            self.tr("Where the PDF is written."),
        )

    def _table(self, parameters, key, context, required, optional=()):
        """The optional table ``key`` as a frame (None when not given)."""
        from ..qgis_io.evaluation_io import read_table

        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            return None
        return read_table(source, required, optional, self.parameterDefinition(key).description())

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import pandas as pd
        from qgis.core import QgsMarkerSymbol, QgsProject, QgsSingleSymbolRenderer

        from ..core.evaluation.displacement import DISPLACEMENT_FIELDS
        from ..core.evaluation.effect import DOSE_FIELDS, EFFECT_FIELDS, dose_response, trial_effect
        from ..core.evaluation.koper import BAND_FIELDS, CURVE_FIELDS
        from ..core.evaluation.power import POWER_FIELDS
        from ..core.resources import resource_path
        from ..qgis_io.evaluation_io import read_table
        from ..qgis_io.trial_report import TrialReportContent, export_trial_report

        try:
            import matplotlib  # noqa: F401, PLC0415 - checked here: the charts need it
        except ImportError:
            raise QgsProcessingException(
                self.tr(
                    "The report's charts need the Python package matplotlib, which this QGIS's Python lacks. Install "
                    "it (Debian/Ubuntu: sudo apt install python3-matplotlib; elsewhere: python -m pip install "
                    "matplotlib) and restart QGIS."
                )
            ) from None
        ledger = self._table(
            parameters, self.LEDGER, context, ["fence_id", "day", "arm", "crimes", "harm"], LEDGER_OPTIONAL
        )
        feedback.setProgress(5)
        effects = []
        for layer in self.parameterAsLayerList(parameters, self.EFFECTS, context):
            effects.append(
                read_table(
                    layer, ["measure", "estimate", "ci_low", "ci_high"], list(EFFECT_FIELDS[4:]), "An effect table"
                )
            )
        notes = []
        if not effects:
            permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
            seed = self.parameterAsInt(parameters, self.SEED, context)
            outcomes = ["crimes"] + (["harm"] if not ledger["harm"].isna().all() else [])
            for n, outcome in enumerate(outcomes):
                step = progress_callback(feedback, 5 + 70 * n / len(outcomes), 5 + 70 * (n + 1) / len(outcomes))
                effects.append(run_core(trial_effect, ledger, outcome, permutations, seed, progress=step).table)
            notes.append(
                self.tr("Effects estimated for this report: {n} randomisation redraws, seed {seed}.").format(
                    n=permutations, seed=seed
                )
            )
        effect_table = pd.concat(effects, ignore_index=True)
        dose = run_core(dose_response, ledger) if "delivered_min" in ledger else None
        feedback.setProgress(80)
        bands = self._table(parameters, self.KOPER, context, ["band", "presences", "events"], BAND_FIELDS[3:])
        curves = self._table(parameters, self.KOPER_CURVES, context, list(CURVE_FIELDS))
        table = self._table(parameters, self.DISPLACEMENT, context, list(DISPLACEMENT_FIELDS[:-1]), ["wdq"])
        power = self._table(parameters, self.POWER, context, list(POWER_FIELDS))

        map_layers = []
        crimes_layer = self.parameterAsVectorLayer(parameters, self.CRIMES, context)
        if crimes_layer is not None:
            crimes_layer = crimes_layer.clone()
            crimes_layer.setName(self.tr("Crimes"))
            crimes_layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(CRIME_SYMBOL)))
            map_layers.append(crimes_layer)
        areas_layer = self.parameterAsVectorLayer(parameters, self.AREAS, context)
        extent = None
        if areas_layer is not None:
            areas_layer = areas_layer.clone()
            areas_layer.loadNamedStyle(str(resource_path("styles", "trial_areas.qml")), True)
            areas_layer.setName(self.tr("Areas"))
            map_layers.append(areas_layer)
            extent = areas_layer.extent()
        title = self.parameterAsString(parameters, self.TITLE, context) or "Patrol trial"
        koper_test = ""
        koper_layer = self.parameterAsVectorLayer(parameters, self.KOPER, context)
        if koper_layer is not None:  # Koper writes its log-rank test into the table's metadata
            lines = koper_layer.metadata().abstract().splitlines()
            line = next((line for line in lines if line.startswith("Log-rank test")), "")
            numbers = re.search(r"chi-squared ([-\d.]+), (\d+) df, p ([-\d.e]+)", line)
            if numbers:  # the metadata is English: the report says it in the running language
                koper_test = self.tr("Log-rank test: chi-squared {chi2}, {df} df, p {p}").format(
                    chi2=numbers.group(1), df=numbers.group(2), p=numbers.group(3)
                )
            else:
                koper_test = line
        content = TrialReportContent(
            title=title,
            ledger=ledger,
            effects=effect_table,
            dose=dose[list(DOSE_FIELDS)] if dose is not None else None,
            koper_bands=bands,
            koper_curves=curves,
            koper_test=koper_test,
            displacement=table,
            power=power,
            map_layers=map_layers,
            map_extent=extent,
            notes=notes,
        )
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        map_names = ", ".join(layer.name() for layer in map_layers) or "none"
        project = QgsProject()
        for layer in map_layers:
            project.addMapLayer(layer, False)
        try:
            export_trial_report(content, path, project)
        except OSError as error:
            raise QgsProcessingException(str(error)) from None
        finally:
            project.removeAllMapLayers()
        choices = {
            "Effects": f"{len(effect_table)} rows ({'given' if not notes else 'estimated here'})",
            "Koper": "given" if curves is not None else "not given",
            "Displacement": "given" if table is not None else "not given",
            "Map": map_names,
        }
        self.report_choices(feedback, choices)
        feedback.setProgress(100)
        return {self.OUTPUT: path}
