"""hotspot:trialeffect — intention-to-treat rate ratios, randomisation inference, dose–response (core/evaluation)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)

from ..i18n import QT_TRANSLATE_NOOP
from .base import progress_callback, run_core
from .trial_base import TrialAlgorithm

EFFECT_TYPES = {
    "measure": "String",
    "outcome": "String",
    "model": "String",
    "places": "Int",
    "treated_days": "Int",
    "control_days": "Int",
    "permutations": "Int",
    "seed": "Int",
}
EFFECT_ALIASES = {
    "measure": "Measure",
    "estimate": "Rate ratio (treatment ÷ control)",
    "ci_low": "95 % interval, low",
    "ci_high": "95 % interval, high",
    "p_model": "p (model, clustered by place)",
    "p_randomisation": "p (randomisation inference)",
    "log_rr": "log rate ratio",
    "se_log_rr": "SE of log rate ratio (clustered)",
    "places": "Places in the fit",
    "treated_days": "Treated place-days",
    "control_days": "Control place-days",
    "treated_per_day": "Mean per treated place-day",
    "control_per_day": "Mean per control place-day",
    "nb_alpha": "NB over-dispersion",
}
DOSE_TYPES = {"band": "String", "place_days": "Int", "treated_days": "Int", "control_days": "Int"}
DOSE_ALIASES = {
    "band": "Delivered minutes",
    "place_days": "Place-days",
    "mean_dose_min": "Mean minutes",
    "crimes_per_day": "Crimes per place-day",
    "harm_per_day": "Harm per place-day",
    "harm_per_day_se": "SE (clustered by place)",
}
COMPLIER_TYPES = {
    "fence_id": "String",
    "treated_days": "Int",
    "days_full": "Int",
    "days_partial": "Int",
    "days_none": "Int",
    "control_days": "Int",
}
COMPLIER_ALIASES = {
    "fence_id": "Place",
    "delivered_pct": "Delivered % of tasked (capped per day)",
    "control_background_min": "Mean patrol minutes per control day",
    "treated_background_min": "Mean patrol minutes per treated day",
}
LEDGER_OPTIONAL = ["tasked_min", "delivered_min", "background_min", "visits", "day_hours", "block"]


def columns_of(names, types):
    """(name, type) pairs: the named types, Double for the rest."""
    return [(n, types.get(n, "Double")) for n in names]


def parse_edges(text: str, name: str):
    """Band limits from text like '0, 15, 30, 45'."""
    from ..core.errors import HotspotInputError

    try:
        return [float(v) for v in text.replace(";", ",").split(",") if v.strip()]
    except ValueError:
        raise HotspotInputError(f"The {name} must be numbers separated by commas, like 5, 10, 15, 20.") from None


class TrialEffectAlgorithm(TrialAlgorithm):
    NAME = "trialeffect"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("TrialEffectAlgorithm", "Trial effect (rate ratio)")
    GROUP = QT_TRANSLATE_NOOP("TrialEffectAlgorithm", "Trial evaluation")

    LEDGER = "LEDGER"
    OUTCOME = "OUTCOME"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    MODELS = "MODELS"
    DOSE_BANDS = "DOSE_BANDS"
    OUTPUT = "OUTPUT"
    OUTPUT_DOSE = "OUTPUT_DOSE"
    OUTPUT_COMPLIERS = "OUTPUT_COMPLIERS"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Did harm fall where we patrolled? Intention-to-treat estimates from the place-day ledger: treatment "
            "versus control place-days, arm as allocated (washout and unscheduled days left out), each day's length "
            "as exposure.\n"
            "Crimes: Poisson and negative binomial (NB2) models with a fixed effect per place; harm: Poisson "
            "quasi-likelihood with place fixed effects (consistent for any non-negative outcome). 95 % intervals "
            "and p_model from standard errors clustered by place (t with places − 1 degrees of freedom), fitted with "
            "statsmodels. p_randomisation: the allocation is redrawn PERMUTATIONS times with the schedule's own "
            "design — the same number treated per day and block, the washout rule inferred from the ledger — and "
            "p is the share of redraws whose rate ratio is as far from 1 as the observed one (two-sided, seeded: "
            "the same seed gives the same p). With fewer than 30 places clustered intervals are too narrow: judge "
            "by p_randomisation (the log says so).\n"
            "Outputs: OUTPUT, one row per model with measure, outcome, model, estimate (rate ratio), ci_low, "
            "ci_high, p_model, p_randomisation, log_rr, se_log_rr, places, treated_days, control_days, "
            "treated_per_day, control_per_day, nb_alpha, permutations, seed. OUTPUT_DOSE: crimes and harm per "
            "place-day by bands of delivered minutes (descriptive — delivery was not randomised). OUTPUT_COMPLIERS "
            "(optional): tasked versus delivered minutes per place, and the background patrol minutes in control "
            "places."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.LEDGER,
            self.tr("Place-day ledger"),
            self.tr("The table of Place-day ledger (fence_id, day, arm, crimes, harm, … day_hours, block)."),
            [QgsProcessing.SourceType.TypeVector],
        )
        self.add(
            QgsProcessingParameterEnum(
                self.OUTCOME, self.tr("Outcome"), options=[self.tr("Crimes"), self.tr("Harm")], defaultValue=0
            ),
            self.tr("Crime counts (Poisson and negative binomial) or harm (Poisson quasi-likelihood)."),
        )
        self.add_number(
            self.PERMUTATIONS,
            self.tr("Randomisation redraws"),
            self.tr("How many times the allocation is redrawn for the randomisation p-value (0: none; 2000 usual)."),
            default=2000,
            maximum=100000,
            integer=True,
        )
        self.add_number(
            self.SEED,
            self.tr("Seed"),
            self.tr("Seed of the redraws: the same seed gives the same p-value."),
            default=0,
            integer=True,
        )
        self.add(
            QgsProcessingParameterEnum(
                self.MODELS,
                self.tr("Models for crimes"),
                options=[self.tr("Poisson and negative binomial"), self.tr("Poisson only")],
                defaultValue=0,
            ),
            self.tr(
                "Crimes: both models (the negative binomial takes seconds longer) or Poisson alone. Harm is always "
                "Poisson quasi-likelihood."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.DOSE_BANDS, self.tr("Dose bands (minutes)"), defaultValue="0,15,30,45"),
            self.tr(
                "Limits of the delivered-minute bands: exactly the first, then each interval, then above the last."
            ),
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Trial effect"),
            self.tr("One row per model: rate ratio, 95 % interval, model and randomisation p-values."),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add_sink(
            self.OUTPUT_DOSE,
            self.tr("Dose–response"),
            self.tr("Crimes and harm per place-day by delivered minutes (an association, not an effect)."),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add_sink(
            self.OUTPUT_COMPLIERS,
            self.tr("Tasked vs delivered per place"),
            self.tr("The complier view: per place and in total, tasked and delivered minutes, background in controls."),
            QgsProcessing.SourceType.TypeVector,
            optional=True,
        )
        self.add_number_outputs(
            (
                ("RATE_RATIO", self.tr("Rate ratio (first model)")),
                ("CI_LOW", self.tr("95 % interval, low")),
                ("CI_HIGH", self.tr("95 % interval, high")),
                ("P_RANDOMISATION", self.tr("Randomisation p-value")),
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.evaluation.effect import (
            COMPLIER_FIELDS,
            DOSE_FIELDS,
            EFFECT_FIELDS,
            OUTCOMES,
            complier_view,
            dose_response,
            trial_effect,
        )
        from ..qgis_io.evaluation_io import read_table, write_frame

        outcome = OUTCOMES[self.parameterAsEnum(parameters, self.OUTCOME, context)]
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        edges = run_core(parse_edges, self.parameterAsString(parameters, self.DOSE_BANDS, context), "dose bands")
        ledger = read_table(
            self.source(parameters, self.LEDGER, context),
            ["fence_id", "day", "arm", "crimes", "harm"],
            LEDGER_OPTIONAL,
            "The ledger",
            feedback,
        )
        feedback.setProgress(5)
        models = ("poisson",) if outcome == "harm" or self.parameterAsEnum(parameters, self.MODELS, context) else None
        result = run_core(
            trial_effect, ledger, outcome, permutations, seed, models, progress=progress_callback(feedback, 5, 90)
        )
        dose = run_core(dose_response, ledger, "delivered_min", edges) if "delivered_min" in ledger else None
        compliers = run_core(complier_view, ledger) if "tasked_min" in ledger and "background_min" in ledger else None
        table, summary = result.table, result.summary
        first = table.iloc[0]
        choices = {
            "Outcome": outcome,
            "Estimand": "intention to treat: treatment vs control place-days, arm as allocated; washout and "
            "unscheduled days left out; exposure = day length",
            "Models": "; ".join(table["model"]),
            "Rate ratio": "; ".join(
                f"{r.model}: {r.estimate:.3f} ({r.ci_low:.3f} to {r.ci_high:.3f}), p {r.p_model:.4f}"
                for r in table.itertuples()
            ),
            "Errors": f"clustered by place, t with {int(first['places']) - 1} df",
            "Places in the fit": f"{int(first['places'])} ({summary['places_left_out']} left out: no {outcome} or "
            "days in one arm only)",
            "Randomisation": (
                f"p {first['p_randomisation']:.4f} from {permutations} redraws, seed {seed}, "
                f"{summary.get('randomisation_blocks', 1)} block(s), "
                f"washout {summary.get('randomisation_washout_days', 0)} days "
                f"({'inferred from the ledger' if summary.get('randomisation_washout_days_inferred') else 'given'})"
                if permutations
                else "not run (0 redraws)"
            ),
            "Dose bands": ", ".join(f"{e:g}" for e in edges) + " min of delivered patrol (descriptive)",
        }
        warnings = [summary["warning"]] if "warning" in summary else []
        if permutations and not summary.get("randomisation_washout_rule_matches_ledger", True):
            warnings.append(
                "The ledger's washout days do not follow the schedule generator's rule, so the redraws cannot "
                "reproduce them exactly: the randomisation p-value is approximate."
            )
        abstract = self.report_choices(feedback, choices, warnings)
        results = {
            self.OUTPUT: write_frame(
                self,
                parameters,
                self.OUTPUT,
                context,
                feedback,
                table,
                columns_of(EFFECT_FIELDS, EFFECT_TYPES),
                EFFECT_ALIASES,
                self.tr("Trial effect"),
                abstract,
            ),
            "RATE_RATIO": float(first["estimate"]),
            "CI_LOW": float(first["ci_low"]),
            "CI_HIGH": float(first["ci_high"]),
            "P_RANDOMISATION": float(first["p_randomisation"]),
        }
        if dose is not None:
            results[self.OUTPUT_DOSE] = write_frame(
                self,
                parameters,
                self.OUTPUT_DOSE,
                context,
                feedback,
                dose,
                columns_of(DOSE_FIELDS, DOSE_TYPES),
                DOSE_ALIASES,
                self.tr("Dose–response"),
                abstract,
            )
        else:
            feedback.pushWarning(self.tr("The ledger has no delivered_min: no dose–response table."))
        if compliers is not None:
            written = write_frame(
                self,
                parameters,
                self.OUTPUT_COMPLIERS,
                context,
                feedback,
                compliers,
                columns_of(COMPLIER_FIELDS, COMPLIER_TYPES),
                COMPLIER_ALIASES,
                self.tr("Tasked vs delivered per place"),
                abstract,
                optional=True,
            )
            if written:
                results[self.OUTPUT_COMPLIERS] = written
        feedback.setProgress(100)
        return results
