"""The analysis core's text (report sentences, table rows, chart labels) in the language QGIS runs in.

The core imports no Qt: the plugin's i18n module installs QGIS's lookup into ``core.text`` when it is
imported, so the same core call gives Welsh inside a Welsh QGIS and English headless.
"""

import pandas as pd

from hotspot_plugin import i18n  # noqa: F401 - installs the lookup, as loading the plugin does
from hotspot_plugin.core import text
from hotspot_plugin.core.evaluation import report
from hotspot_plugin.core.tasking import CONTROL, TREATMENT
from hotspot_plugin.core.trends import charts

from .test_welsh_dialogs import language


def _ledger():
    days = ["2026-03-02", "2026-03-03"]
    rows = [
        {"day": d, "fence_id": f, "arm": TREATMENT if (k + j) % 2 else CONTROL, "crimes": k + j, "block": "high"}
        for k, d in enumerate(days)
        for j, f in enumerate(["A", "B"])
    ]
    return pd.DataFrame(rows)


def test_report_text_follows_the_language():
    ledger = _ledger()
    with language("en"):
        english = report.design_lines(ledger), list(report.balance_table(ledger)["measure"])
    with language("cy"):
        welsh = report.design_lines(ledger), list(report.balance_table(ledger)["measure"])
        days = charts._day_names(short=True)
    assert english[0][0] == "2 places × 2 policing days (2026-03-02 to 2026-03-03) = 4 place-days."
    assert welsh[0][0] == "2 lle × 2 diwrnod plismona (2026-03-02 i 2026-03-03) = 4 diwrnod lle."
    assert english[1][:3] == ["Place-days", "Places", "Friday or Saturday (%)"]
    assert welsh[1][:3] == ["Diwrnodau lle", "Lleoedd", "Dydd Gwener neu ddydd Sadwrn (%)"]
    assert days == ["Llun", "Maw", "Mer", "Iau", "Gwe", "Sad", "Sul"]


def test_headless_core_stays_english():
    """Without the plugin's lookup (a Dask worker, the command line) the core's text is its English source."""
    saved = text._translate
    text.install(None)
    try:
        with language("cy"):
            assert report.balance_table(_ledger())["measure"].iloc[0] == "Place-days"
    finally:
        text.install(saved)
