"""The "Hot spot policing" Processing provider (id ``hotspot``).

Listing the algorithms is light: every algorithm module imports its heavy dependencies (numpy, pandas,
scipy, shapely, the analysis core) only when it runs (``processing/base.py``).

The provider also lists the Processing models in ``models/`` (the chains, built by ``scripts/make_models.py``):
read when QGIS loads the algorithms, not at import.
"""

from pathlib import Path

from qgis.core import QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.resources import plugin_version, resource_path
from ..i18n import tr
from .aoristic import AoristicAlgorithm
from .compare_hotspots import CompareHotspotsAlgorithm
from .concentration import ConcentrationAlgorithm
from .create_geofence_layer import CreateGeofenceLayerAlgorithm
from .displacement import DisplacementAlgorithm
from .dwell_compliance import DwellComplianceAlgorithm
from .emerging_hotspots import EmergingHotspotsAlgorithm
from .exception_report import ExceptionReportAlgorithm
from .forecast_accuracy import ForecastAccuracyAlgorithm
from .geofence_history import GeofenceHistoryAlgorithm
from .geofences_from_hotspots import GeofencesFromHotspotsAlgorithm
from .harm_hotspots import HarmHotspotsAlgorithm
from .import_police_uk import ImportPoliceUkAlgorithm
from .import_tracks import ImportTracksAlgorithm
from .koper import KoperAlgorithm
from .period_compare import PeriodCompareAlgorithm
from .route_order import RouteOrderAlgorithm
from .setup_access import SetupAccessAlgorithm
from .survey_overlay import SurveyOverlayAlgorithm
from .tasking_schedule import TaskingScheduleAlgorithm
from .trial_effect import TrialEffectAlgorithm
from .trial_ledger import TrialLedgerAlgorithm
from .trial_power import TrialPowerAlgorithm
from .trial_report import TrialReportAlgorithm
from .validate_geofences import ValidateGeofencesAlgorithm

MODELS_DIR = Path(__file__).resolve().parent / "models"

ALGORITHMS = [
    ImportPoliceUkAlgorithm,
    HarmHotspotsAlgorithm,
    GeofencesFromHotspotsAlgorithm,
    CreateGeofenceLayerAlgorithm,
    ValidateGeofencesAlgorithm,
    GeofenceHistoryAlgorithm,
    SetupAccessAlgorithm,
    ImportTracksAlgorithm,
    DwellComplianceAlgorithm,
    TaskingScheduleAlgorithm,
    RouteOrderAlgorithm,
    ExceptionReportAlgorithm,
    SurveyOverlayAlgorithm,
    # Trial evaluation (issue 15)
    TrialLedgerAlgorithm,
    TrialEffectAlgorithm,
    KoperAlgorithm,
    DisplacementAlgorithm,
    TrialPowerAlgorithm,
    TrialReportAlgorithm,
    # Trends (issue 16)
    EmergingHotspotsAlgorithm,
    AoristicAlgorithm,
    PeriodCompareAlgorithm,
    ConcentrationAlgorithm,
    ForecastAccuracyAlgorithm,
    CompareHotspotsAlgorithm,
]


class HotspotProvider(QgsProcessingProvider):
    def id(self):
        return "hotspot"

    def name(self):
        return tr("Hot spot policing")

    def longName(self):  # noqa: N802 - QGIS API name
        return f"{self.name()} {plugin_version()}"

    def icon(self):
        return QIcon(str(resource_path("icons", "hotspot.svg")))

    def versionInfo(self):  # noqa: N802 - QGIS API name
        return plugin_version()

    def loadAlgorithms(self):  # noqa: N802 - QGIS API name
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
        for model in load_models():
            self.addAlgorithm(model)


def _model_titles() -> dict:
    return {
        "policeukchain": tr("Chain: police.uk → hot spots → geofences → tasking"),
        "trackschain": tr("Chain: officer tracks → dwell and compliance → exception report"),
    }


class ShippedModel(QgsProcessingModelAlgorithm):
    """A model from ``models/``, listed under the provider's "Chains" group with a translated title (the file keeps
    the English one, which is also what the model shows when opened in the Graphical Modeler)."""

    def displayName(self):  # noqa: N802 - QGIS API name
        return _model_titles().get(self.name()) or super().displayName()

    def group(self):
        return tr("Chains")

    def groupId(self):  # noqa: N802 - QGIS API name
        return "chains"

    def createInstance(self):  # noqa: N802 - QGIS API name
        copy = ShippedModel()
        copy.loadVariant(self.toVariant())
        return copy


def load_models():
    """The shipped models (``models/*.model3``); a file that does not load is reported in QGIS's message log and
    left out."""
    from qgis.core import Qgis

    models = []
    for path in sorted(MODELS_DIR.glob("*.model3")):
        model = ShippedModel()
        if model.fromFile(str(path)):
            models.append(model)
        else:
            message = tr("Could not load the model {name}; reinstall the plugin.").format(name=path.name)
            QgsMessageLog.logMessage(message, tr("Hot spot policing"), Qgis.MessageLevel.Warning)
    return models
