"""hotspot:trialpower — the minimum detectable effect of a place-day patrol trial (core/evaluation/power.py)."""

from qgis.core import QgsProcessing, QgsProcessingParameterString

from ..i18n import QT_TRANSLATE_NOOP
from .base import progress_callback, run_core
from .trial_base import TrialAlgorithm
from .trial_effect import columns_of

POWER_TYPES = {"places": "Int", "days": "Int", "simulations": "Int", "seed": "Int"}
POWER_ALIASES = {
    "places": "Places",
    "days": "Days",
    "treated_share": "Share treated each day",
    "base_rate": "Crimes per place-day (mean)",
    "dispersion": "Over-dispersion (variance ÷ mean)",
    "power": "Power",
    "mde_rate_ratio": "Minimum detectable rate ratio",
    "mde_reduction_pct": "Minimum detectable reduction (%)",
    "se_log_rr": "SE of log rate ratio",
    "simulated_power": "Simulated power at that effect",
    "simulated_size": "Simulated false-positive rate",
}


def past_counts(places, crimes, first, last, day_start, tz, timed: bool):
    """(counts, past_days): a places × days matrix of the past period's crimes (``timed``), else one total per place."""
    import numpy as np

    from ..core.evaluation.ledger import crime_seconds
    from ..core.ids import id_keys, id_text
    from ..core.timeutil import policing_day_bounds

    position = {id_text(f): i for i, f in enumerate(places.ids)}
    keys = id_keys(crimes["fence_id"])
    place = np.array([position.get(k, -1) if k is not None else -1 for k in keys], dtype=np.int64)
    n_days = (last - first).days + 1
    if not timed:
        totals = np.zeros(len(places.ids))
        np.add.at(totals, place[place >= 0], 1.0)
        return totals, n_days
    bounds = policing_day_bounds(first, n_days, day_start, tz)
    day = np.searchsorted(bounds, crime_seconds(crimes["time_utc"], tz), side="right") - 1
    ok = (place >= 0) & (day >= 0) & (day < n_days)
    counts = np.zeros((len(places.ids), n_days))
    np.add.at(counts, (place[ok], day[ok]), 1.0)
    return counts, n_days


class TrialPowerAlgorithm(TrialAlgorithm):
    NAME = "trialpower"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("TrialPowerAlgorithm", "Trial power (minimum detectable effect)")
    GROUP = QT_TRANSLATE_NOOP("TrialPowerAlgorithm", "Trial evaluation")

    PLACES = "PLACES"
    DAYS = "DAYS"
    TREATED_SHARE = "TREATED_SHARE"
    BASE_RATE = "BASE_RATE"
    FENCES = "FENCES"
    PAST_START = "PAST_START"
    PAST_END = "PAST_END"
    ALPHA = "ALPHA"
    POWER = "POWER"
    SIMULATIONS = "SIMULATIONS"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    CRIME_TIME_REQUIRED = False

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "How big an effect can a trial detect? For a place-day design — PLACES places over DAYS days, a share "
            "TREATED_SHARE of them patrolled each day — analysed as Trial effect does (Poisson with place fixed "
            "effects, errors clustered by place, two-sided test at ALPHA): the smallest rate ratio found with "
            "POWER (80 %) probability, analytic, as a rate ratio and a percent reduction.\n"
            "Give a base rate (mean crimes per place per policing day), or the crimes of a past period with the "
            "places (FENCES): each place's own rate, and — with a date-time field — the over-dispersion of daily "
            "counts within places, are taken from them (the past period is PAST_START to PAST_END, or the crimes' "
            "own span; without a date-time field all the crimes given count, over PAST_START to PAST_END, as for a "
            "police.uk month).\n"
            "Simulation check: SIMULATIONS seeded trials of the same design with that effect planted, each analysed "
            "the same way; simulated_power should be within 10 % of POWER, and simulated_size (the false-positive "
            "rate with no effect) near ALPHA. With few or very unequal places they disagree, and the log says so.\n"
            "Output: one row with places, days, treated_share, base_rate, dispersion, alpha, power, mde_rate_ratio, "
            "mde_reduction_pct, se_log_rr, simulated_power, simulated_size, simulations, seed."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_number(
            self.PLACES,
            self.tr("Places"),
            self.tr("Places in the trial (with a base rate; with past crimes the fences count)."),
            default=40,
            minimum=2,
            integer=True,
            optional=True,
        )
        self.add_number(self.DAYS, self.tr("Days"), self.tr("Policing days of the trial."), 84, 2, integer=True)
        self.add_number(
            self.TREATED_SHARE,
            self.tr("Share treated each day"),
            self.tr("The schedule's treated share (0.5: half the places each day)."),
            0.5,
            0.01,
            0.99,
        )
        self.add_number(
            self.BASE_RATE,
            self.tr("Base rate (crimes per place per day)"),
            self.tr("Mean crimes per place per policing day without patrols; ignored when past crimes are given."),
            default=None,
            optional=True,
        )
        self.add_crime_parameters(
            self.tr("Optional crimes of a past period, to take each place's rate (and over-dispersion) from."),
            harm=False,
            optional=True,
        )
        self.add_source(
            self.FENCES,
            self.tr("Geofences (places)"),
            self.tr("With past crimes: the trial's places; each crime counts in the places it lies in."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        for key, label in (
            (self.PAST_START, self.tr("Past period: first day (YYYY-MM-DD)")),
            (self.PAST_END, self.tr("Past period: last day (YYYY-MM-DD)")),
        ):
            self.add(
                QgsProcessingParameterString(key, label, optional=True),
                self.tr("With past crimes: the period they cover (both ends inclusive); empty: the crimes' own span."),
            )
        self.add_day_parameters(self.tr("Local time the policing day starts, for daily counts of past crimes."))
        self.add_number(self.ALPHA, self.tr("Alpha"), self.tr("Two-sided significance level."), 0.05, 0.0001, 0.5)
        self.add_number(
            self.POWER, self.tr("Power"), self.tr("The power the effect must be found with."), 0.8, 0.05, 0.99
        )
        self.add_number(
            self.SIMULATIONS,
            self.tr("Simulations"),
            self.tr("Simulated trials of the check (0: no check)."),
            1000,
            0,
            100000,
            integer=True,
            advanced=True,
        )
        self.add_number(
            self.SEED, self.tr("Seed"), self.tr("Seed of the simulations."), 0, 0, integer=True, advanced=True
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Trial power"),
            self.tr("One row: the minimum detectable effect and its simulation check."),
            QgsProcessing.SourceType.TypeVector,
        )
        self.add_number_outputs(
            (
                ("MDE_RATE_RATIO", self.tr("Minimum detectable rate ratio")),
                ("MDE_REDUCTION_PCT", self.tr("Minimum detectable reduction (%)")),
                ("SIMULATED_POWER", self.tr("Simulated power")),
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import pandas as pd

        from ..core.evaluation.ledger import crime_seconds
        from ..core.evaluation.power import POWER_FIELDS, minimum_detectable_effect
        from ..core.timeutil import parse_date, policing_day
        from ..qgis_io.evaluation_io import write_frame

        days = self.parameterAsInt(parameters, self.DAYS, context)
        share = self.parameterAsDouble(parameters, self.TREATED_SHARE, context)
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        power = self.parameterAsDouble(parameters, self.POWER, context)
        simulations = self.parameterAsInt(parameters, self.SIMULATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        given = {k: parameters.get(k) not in (None, "") for k in (self.PLACES, self.BASE_RATE, self.CRIMES)}
        kwargs = {}
        if given[self.CRIMES]:
            from qgis.core import QgsProcessingException

            if self.parameterAsSource(parameters, self.FENCES, context) is None:
                raise QgsProcessingException(
                    self.tr("Past crimes were given without the places: choose the geofences (FENCES) too.")
                )
            day_start, tz = self.day_settings(parameters, context)
            timed = bool(self.parameterAsString(parameters, self.TIME_FIELD, context))
            places, crimes, _ = self.crimes_in_places(parameters, context, feedback, self.FENCES)
            texts = [
                (self.parameterAsString(parameters, k, context) or "").strip() for k in (self.PAST_START, self.PAST_END)
            ]
            if all(texts):
                first, last = (run_core(parse_date, t, label) for t, label in zip(texts, ("past start", "past end")))
            elif timed and len(crimes):
                seconds = run_core(crime_seconds, crimes["time_utc"], tz)
                span = pd.to_datetime([seconds.min(), seconds.max()], unit="s", utc=True)
                first, last = policing_day(span[0], day_start, tz), policing_day(span[1], day_start, tz)
            else:
                raise QgsProcessingException(
                    self.tr(
                        "Without a date-time field, give the past period's first and last days (PAST_START, "
                        "PAST_END), e.g. the month a police.uk file covers."
                    )
                )
            counts, past_days = run_core(past_counts, places, crimes, first, last, day_start, tz, timed)
            kwargs = {"past_counts": counts, "past_days": None if timed else past_days}
            source = (
                f"{int(counts.sum())} past crimes in {len(places.ids)} places, {first} to {last} ({past_days} days)"
            )
        elif given[self.BASE_RATE]:
            if not given[self.PLACES]:
                from qgis.core import QgsProcessingException

                raise QgsProcessingException(self.tr("Give the number of places (PLACES) with the base rate."))
            kwargs = {
                "places": self.parameterAsInt(parameters, self.PLACES, context),
                "base_rate": self.parameterAsDouble(parameters, self.BASE_RATE, context),
            }
            source = f"base rate {kwargs['base_rate']:g} crimes per place-day in each of {kwargs['places']} places"
        else:
            from qgis.core import QgsProcessingException

            raise QgsProcessingException(
                self.tr(
                    "Give a base rate (BASE_RATE, mean crimes per place per day) with PLACES, or the crimes of a past "
                    "period (CRIMES) with the places (FENCES)."
                )
            )
        feedback.setProgress(10)
        result = run_core(
            minimum_detectable_effect,
            days,
            treated_share=share,
            alpha=alpha,
            power=power,
            simulations=simulations,
            seed=seed,
            progress=progress_callback(feedback, 10, 95),
            **kwargs,
        )
        row, summary = result.row, result.summary
        choices = {
            "Design": f"{row['places']} places × {days} days, {100 * share:g} % treated each day",
            "Rates from": source + f" — {summary['source']}",
            "Over-dispersion": f"{row['dispersion']:.2f} (1 = Poisson)",
            "Test": f"two-sided at alpha {alpha:g}, power {power:g}, t with {summary['degrees_of_freedom']} df "
            "(Poisson with place fixed effects, errors clustered by place)",
            "Minimum detectable effect": f"rate ratio {row['mde_rate_ratio']:.3f} "
            f"({row['mde_reduction_pct']:.1f} % fewer crimes)",
            "Simulation check": (
                f"power {row['simulated_power']:.3f} and false-positive rate {row['simulated_size']:.3f} in "
                f"{simulations} simulated trials (seed {seed}); "
                + ("within 10 % of the target" if summary["agrees_within_10pct"] else "NOT within 10 % of the target")
                if simulations
                else "not run"
            ),
        }
        warnings = [summary["warning"]] if "warning" in summary else []
        abstract = self.report_choices(feedback, choices, warnings)
        dest_id = write_frame(
            self,
            parameters,
            self.OUTPUT,
            context,
            feedback,
            pd.DataFrame([row]),
            columns_of(POWER_FIELDS, POWER_TYPES),
            POWER_ALIASES,
            self.tr("Trial power"),
            abstract,
        )
        feedback.setProgress(100)
        return {
            self.OUTPUT: dest_id,
            "MDE_RATE_RATIO": float(row["mde_rate_ratio"]),
            "MDE_REDUCTION_PCT": float(row["mde_reduction_pct"]),
            "SIMULATED_POWER": float(row["simulated_power"]),
        }
