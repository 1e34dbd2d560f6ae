""" "Load demo": one click builds a styled, teaching project from the shipped Hollowford data.

The Processing chain runs in a background task (the window stays usable, progress shows in the
status bar); the layers, styles, time slider, 3D renderer and the "How to read this map" panel are
set up on the main thread when it finishes. Steps whose algorithm is not installed are skipped and
named in the message bar and the log.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from qgis.core import QgsApplication, QgsTask
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QTextBrowser

from ..i18n import tr

if TYPE_CHECKING:  # the chain (pandas, the analysis core) loads when the demo is built
    from .demo_steps import DemoOutcome


def demo_output_folder() -> Path:
    """A new folder for this run's GeoPackages, under the QGIS profile (kept so saved projects open)."""
    base = Path(QgsApplication.qgisSettingsDirPath()) / "hotspot_demo"
    folder = base / time.strftime("%Y%m%d-%H%M%S")
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = base / f"{time.strftime('%Y%m%d-%H%M%S')}-{suffix}"
    return folder


def help_html() -> str:
    """The one-page "How to read this map" text (translated)."""
    parts = [
        "<h2>" + tr("How to read this map") + "</h2>",
        "<p>"
        + tr(
            "Hollowford is an invented town: every crime, officer and survey answer here is made up for "
            "training. Use the layer list on the left to switch layers on and off."
        )
        + "</p>",
        "<h3>" + tr("Harm, not counts") + "</h3>",
        "<p>"
        + tr(
            "Each crime carries a harm weight: roughly the days in prison its starting sentence would be "
            "(a burglary weighs about 270, a shoplifting 1). A street with a few burglaries can matter more "
            "than one with many thefts. The shipped weights are approximations: forces should use their own."
        )
        + "</p>",
        "<h3>" + tr("Hot spot cells and Gi* bins") + "</h3>",
        "<p>"
        + tr(
            "The town is cut into 150 m squares. For each square the Getis-Ord Gi* statistic asks: is the harm "
            "in this square and its neighbours much higher than across the whole town, more than chance would "
            "give? Dark red squares (bin 3) are hot spots at 99 % confidence, red (2) at 95 %, pink (1) at 90 %. "
            "Blue squares are cold spots; pale squares are nothing unusual. The bins are corrected for testing "
            "many squares at once (false discovery rate)."
        )
        + "</p>",
        "<h3>" + tr("Geofences") + "</h3>",
        "<p>"
        + tr(
            "Neighbouring hot squares are joined into geofences: the places officers are sent to patrol. "
            "Hot spot 1 holds the most harm."
        )
        + "</p>",
        "<h3>" + tr("Dwell and compliance") + "</h3>",
        "<p>"
        + tr(
            "Dwell is the time officers spent inside a geofence, worked out from their phone and radio "
            "positions. A short pass in a car is not a patrol; gaps in the positions count as no data, never "
            "as absent. Compliance compares the minutes tasked with the minutes delivered, drawn as the fence's "
            "outline: teal solid met, mustard dashed partly met, slate hatched not met, grey dotted no data (red "
            "on this map only ever means a hot spot). Some places are controls: deliberately not tasked that day."
        )
        + "</p>",
        "<h3>" + tr("The time slider") + "</h3>",
        "<p>"
        + tr(
            "Open the Temporal Controller (the clock button on the map navigation toolbar) and press play. "
            "Officers move through one Friday; the crimes shown are thirteen weeks of crime placed at their "
            "time of day, so you can see the night-time economy build up after 21:00 and shoplifting in shop "
            "hours."
        )
        + "</p>",
        "<h3>" + tr("3D view") + "</h3>",
        "<p>"
        + tr(
            "Save the project and open it again (or View ▸ 3D Map Views): the tilted view Hot spots in 3D shows "
            "hot spot cells rising in proportion to their harm, coloured by their Gi* bin."
        )
        + "</p>",
        "<h3>" + tr("What residents say") + "</h3>",
        "<p>"
        + tr(
            "The survey layer shades wards by average confidence in local policing (1 to 5). Grey wards had "
            "too few respondents to show anything: their results are suppressed to protect the people who "
            "answered. High harm with low confidence marks priority places."
        )
        + "</p>",
        "<h3>" + tr("Did the patrols work? (Evaluation)") + "</h3>",
        "<p>"
        + tr(
            "The Evaluation group holds a 12-week randomised trial over 40 places of the town, with a known "
            "answer: patrols were planted to cut crime by 30 % on treated days. Its tables show what an evaluator "
            "would report: the rate ratio of treated to control days with its interval and randomisation "
            "p-value (Trial effect), harm by patrol minutes (Dose-response), time to the next crime after a "
            "patrol leaves (Koper), whether crime moved into the ring around the places (Displacement) and the "
            "smallest effect the design could find (Trial power)."
        )
        + "</p>",
        "<h3>" + tr("Trends: what is new, what is growing") + "</h3>",
        "<p>"
        + tr(
            "The Trends group holds a year of crime as emerging hot spots: each square's hot spot weeks and "
            "trend give it a category (new, consecutive, intensifying, persistent, diminishing, sporadic, "
            "oscillating or historical). A late-night takeaway strip opened on Tannery Row in the last weeks "
            "of the year: a consecutive hot spot. The weeks layer plays in the Temporal Controller once its "
            "range is set to the year; the aoristic table spreads burglaries found later over the hours they "
            "may have happened in."
        )
        + "</p>",
        "<h3>" + tr("Next: your own data") + "</h3>",
        "<p>"
        + tr(
            "Open the Processing Toolbox, group Hot spot policing, and run the same steps on your force's "
            "data: import police.uk or your own crimes, harm-weighted hot spots, geofences, then tracks and "
            "taskings."
        )
        + "</p>",
    ]
    return "\n".join(parts)


class HelpDock(QgsDockWidget):
    """The "How to read this map" panel."""

    def __init__(self, parent=None):
        super().__init__(tr("How to read this map"), parent)
        self.setObjectName("HotspotDemoHelpDock")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(help_html())
        self.setWidget(self.browser)


class DemoTask(QgsTask):
    """Runs the demo chain in the background; ``on_done(outcome, error)`` is called on the main thread."""

    def __init__(self, folder: Path, transform_context, on_done: Callable[[Optional[DemoOutcome], str], None]):
        super().__init__(tr("Hot spot policing: building the demo"), QgsTask.Flag.CanCancel)
        self.folder = folder
        self.transform_context = transform_context
        self.on_done = on_done
        self.outcome: Optional[DemoOutcome] = None
        self.error = ""

    def run(self):
        from .demo_steps import run_demo_chain

        try:
            self.outcome = run_demo_chain(
                self.folder,
                self.transform_context,
                progress=self.setProgress,
                is_cancelled=self.isCanceled,
                files=False,
            )
        except Exception as error:  # noqa: BLE001 - reported to the user in finished()
            self.error = str(error) or repr(error)
            return False
        return not self.isCanceled()

    def finished(self, result):
        self.on_done(self.outcome if result else None, self.error or ("" if result else tr("Cancelled.")))
