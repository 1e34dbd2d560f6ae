"""Trial evaluation: did the patrols work? (DOMAIN.md §5 "Did it work?", issue 15).

QGIS-free statistics on plain pandas tables, one module per question:

- :mod:`.ledger` — the place-day ledger: one row per place per policing day with the arm as
  allocated, crimes, harm, tasked, delivered and background patrol minutes;
- :mod:`.effect` — intention-to-treat rate ratios (Poisson / negative binomial with place fixed
  effects and place-clustered errors), randomisation inference, dose–response and the complier view;
- :mod:`.koper` — residual deterrence: time to the next crime after a visit, by visit length;
- :mod:`.displacement` — Weighted Displacement Quotient and Weighted Displacement Difference;
- :mod:`.power` — minimum detectable effect of a place-day design, analytic with a simulation check.

The models use ``statsmodels``; it is imported only when a function that needs it runs, so the
plugin loads without it and says what to install (:func:`require_statsmodels`).
"""

from __future__ import annotations

from ..errors import HotspotInputError

#: What to tell a user whose Python has no statsmodels.
STATSMODELS_HELP = (
    "This needs the Python package statsmodels, which this QGIS's Python does not have. "
    "Install it: on Debian or Ubuntu 'sudo apt install python3-statsmodels'; on Windows open the "
    "OSGeo4W Shell and run 'python -m pip install statsmodels'; on macOS run "
    "'/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install statsmodels'. Then restart QGIS."
)


def require_statsmodels():
    """Import and return ``statsmodels.api``, or raise :class:`HotspotInputError` saying how to install it."""
    try:
        import statsmodels.api as sm  # noqa: PLC0415 - optional, heavy: imported when a model runs
    except ImportError:
        raise HotspotInputError(STATSMODELS_HELP) from None
    return sm
