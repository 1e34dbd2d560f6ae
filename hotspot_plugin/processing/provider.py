"""The "Hot spot policing" Processing provider (id ``hotspot``).

Listing the algorithms is light: every algorithm module imports its heavy dependencies (numpy, pandas,
scipy, shapely, the analysis core) only when it runs (``processing/base.py``).
"""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.resources import plugin_version, resource_path
from ..i18n import tr
from .aoristic import AoristicAlgorithm
from .compare_hotspots import CompareHotspotsAlgorithm
from .concentration import ConcentrationAlgorithm
from .create_geofence_layer import CreateGeofenceLayerAlgorithm
from .dwell_compliance import DwellComplianceAlgorithm
from .emerging_hotspots import EmergingHotspotsAlgorithm
from .exception_report import ExceptionReportAlgorithm
from .forecast_accuracy import ForecastAccuracyAlgorithm
from .geofence_history import GeofenceHistoryAlgorithm
from .geofences_from_hotspots import GeofencesFromHotspotsAlgorithm
from .harm_hotspots import HarmHotspotsAlgorithm
from .import_police_uk import ImportPoliceUkAlgorithm
from .import_tracks import ImportTracksAlgorithm
from .period_compare import PeriodCompareAlgorithm
from .route_order import RouteOrderAlgorithm
from .setup_access import SetupAccessAlgorithm
from .survey_overlay import SurveyOverlayAlgorithm
from .tasking_schedule import TaskingScheduleAlgorithm
from .validate_geofences import ValidateGeofencesAlgorithm

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
