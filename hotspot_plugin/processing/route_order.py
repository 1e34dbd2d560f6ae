"""hotspot:routeorder — order one day's places to minimise travel (straight lines or a road network)."""

from typing import Dict, List

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.feedback import check_cancel
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import describe_on_load
from ..qgis_io.tasking_io import read_rows
from ..qgis_io.values import is_null
from .base import HotspotAlgorithm, describe, progress_callback, run_core

ROUTE_FIELDS = ("fence_id", "name", "visit_order", "leg_m", "cumulative_m", "input_order")
ROUTE_TYPES = {
    "visit_order": "Int",
    "leg_m": "Double",
    "cumulative_m": "Double",
    "input_order": "Int",
}


def network_matrix(roads, crs, points: List[QgsPointXY], context, feedback, tolerance_m: float):
    """Shortest road distances (metres) between ``points`` (in ``crs``), plus each point's snap distance.

    The road layer is read as an undirected graph (QGIS network analysis: QgsVectorLayerDirector,
    QgsGraphBuilder, Dijkstra in QgsGraphAnalyzer); pairs with no connecting road are infinite.
    Returns a numpy array.
    """
    import numpy as np
    from qgis.analysis import QgsGraphAnalyzer, QgsGraphBuilder, QgsNetworkDistanceStrategy, QgsVectorLayerDirector

    director = QgsVectorLayerDirector(roads, -1, "", "", "", QgsVectorLayerDirector.Direction.DirectionBoth)
    director.addStrategy(QgsNetworkDistanceStrategy())
    # Planar distances in the working CRS (metres), the same units as the straight-line option.
    builder = QgsGraphBuilder(crs, True, tolerance_m, "NONE")
    tied = director.makeGraph(builder, points, feedback)
    graph = builder.graph()
    vertices = [graph.findVertex(p) for p in tied]
    snap = np.array([np.hypot(p.x() - t.x(), p.y() - t.y()) for p, t in zip(points, tied)])
    n = len(points)
    matrix = np.zeros((n, n))
    for i, vertex in enumerate(vertices):
        check_cancel(feedback)
        feedback.setProgress(10 + 50 * i / max(n, 1))
        if vertex < 0:
            matrix[i, :] = np.inf
            continue
        _, cost = QgsGraphAnalyzer.dijkstra(graph, vertex, 0)
        for j, other in enumerate(vertices):
            if i == j:
                continue
            c = cost[other] if other >= 0 else -1
            matrix[i, j] = snap[i] + c + snap[j] if 0 <= c < float("inf") else np.inf
    # Undirected network: use the shorter direction so both ways agree to the last digit.
    return np.minimum(matrix, matrix.T)


class RouteOrderAlgorithm(HotspotAlgorithm):
    NAME = "routeorder"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("RouteOrderAlgorithm", "Route order for a day's places")
    GROUP = QT_TRANSLATE_NOOP("RouteOrderAlgorithm", "Taskings")
    GROUP_ID = "taskings"

    FENCES = "FENCES"
    TASKINGS = "TASKINGS"
    DATE = "DATE"
    SHIFT = "SHIFT"
    ROADS = "ROADS"
    TOLERANCE = "TOLERANCE"
    START_FENCE = "START_FENCE"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Orders places to minimise travel as an open path (no return to the start). Places are the "
            "geofences, or — with a tasking schedule and a date — the places treated that day (optionally one "
            "shift). Distances are straight lines between fence centroids, or shortest paths along a road "
            "layer (QGIS network analysis, roads usable both ways) when one is given. Up to 8 places the order "
            "is exact; above, nearest neighbour from every start improved by 2-opt. The result is never longer "
            "than the input order (the schedule's visit order, or the layer's feature order). Output: one "
            "point per place at its centroid with visit_order, leg_m (from the previous place) and cumulative_m."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.FENCES,
            self.tr("Geofences"),
            self.tr("The places, with a fence_id field (and a name field when present)."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add_source(
            self.TASKINGS,
            self.tr("Tasking schedule (optional)"),
            self.tr("A schedule from Tasking schedule: with a date, only that day's treated places are ordered."),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        self.add(
            QgsProcessingParameterString(self.DATE, self.tr("Day (YYYY-MM-DD, with a schedule)"), optional=True),
            self.tr("The policing day whose treated places to order (needs the tasking schedule)."),
        )
        self.add(
            QgsProcessingParameterString(self.SHIFT, self.tr("Shift (optional, with a schedule)"), optional=True),
            self.tr("Only places tasked in this shift, written as in the schedule (e.g. 06:00-14:00)."),
        )
        self.add(
            QgsProcessingParameterVectorLayer(
                self.ROADS, self.tr("Road network (optional)"), [QgsProcessing.SourceType.TypeVectorLine], optional=True
            ),
            self.tr("Lines to travel along; without it distances are straight lines between centroids."),
        )
        self.add_number(
            self.TOLERANCE,
            self.tr("Road topology tolerance (m)"),
            self.tr("Road ends closer than this are joined when the network is built (0 = exact match)."),
            default=0.0,
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.START_FENCE, self.tr("Start at fence_id (optional)"), optional=True),
            self.tr("Start the route at this place (e.g. nearest the station); otherwise any place may come first."),
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Route order"),
            self.tr("Centroids with fence_id, name, visit_order, leg_m, cumulative_m and input_order."),
            QgsProcessing.SourceType.TypeVectorPoint,
        )
        self.addOutput(QgsProcessingOutputNumber("TOTAL_M", self.tr("Route length (m)")))
        self.addOutput(QgsProcessingOutputNumber("INPUT_TOTAL_M", self.tr("Length in the input order (m)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import numpy as np

        from ..core.ids import id_label
        from ..core.routing import euclidean_matrix, route_order
        from ..core.tasking import TREATMENT
        from ..core.timeutil import utc_seconds
        from ..qgis_io.crs import working_crs

        source = self.source(parameters, self.FENCES, context)
        if "fence_id" not in source.fields().names():
            raise QgsProcessingException(self.tr("The geofence layer has no fence_id field."))
        crs = working_crs(source.sourceCrs(), source.sourceExtent(), self.tr("The geofence layer"), feedback)
        transform = None
        if source.sourceCrs() != crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        id_index = source.fields().lookupField("fence_id")
        name_index = source.fields().lookupField("name")
        centroids: Dict[str, QgsPointXY] = {}
        names: Dict[str, str] = {}
        layer_order: List[str] = []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty() or is_null(feature.attributes()[id_index]):
                continue
            if transform is not None:
                geometry.transform(transform)
            key = id_label(feature.attributes()[id_index])
            centroids[key] = geometry.centroid().asPoint()
            names[key] = (
                ""
                if name_index < 0 or is_null(feature.attributes()[name_index])
                else str(feature.attributes()[name_index])
            )
            layer_order.append(key)
        order = layer_order
        taskings = self.parameterAsSource(parameters, self.TASKINGS, context)
        day = (self.parameterAsString(parameters, self.DATE, context) or "").strip()
        shift = (self.parameterAsString(parameters, self.SHIFT, context) or "").strip()
        if taskings is not None:
            if not day:
                raise QgsProcessingException(self.tr("With a tasking schedule, give the day (YYYY-MM-DD) to order."))
            rows = read_rows(
                taskings,
                ["fence_id", "date", "arm"],
                ["visit_order", "shift", "window_start"],
                "The tasking schedule",
                feedback,
            )
            chosen = [
                r
                for r in rows
                if str(r["date"]) == day
                and str(r["arm"] or TREATMENT) == TREATMENT
                and (not shift or str(r.get("shift") or "") == shift)
            ]
            starts = utc_seconds([r.get("window_start") for r in chosen])  # DateTime values or ISO text, once
            order_of = {
                id(r): (np.inf if np.isnan(t) else t, r.get("visit_order") or 0) for r, t in zip(chosen, starts)
            }
            chosen.sort(key=lambda r: order_of[id(r)])
            order = []
            for r in chosen:
                key = id_label(r["fence_id"])
                if key not in order:
                    order.append(key)
            unknown = [k for k in order if k not in centroids]
            if unknown:
                raise QgsProcessingException(
                    self.tr("The schedule names fence_id(s) {} that the geofence layer lacks.").format(
                        ", ".join(unknown[:5])
                    )
                )
            if not order:
                raise QgsProcessingException(
                    self.tr("No treated places on {} in shift {}.").format(day, shift)
                    if shift
                    else self.tr("No treated places on {}.").format(day)
                )
        if not order:
            raise QgsProcessingException(self.tr("There are no places to order."))
        points = [centroids[k] for k in order]
        roads = self.parameterAsVectorLayer(parameters, self.ROADS, context)
        if roads is not None:
            matrix = network_matrix(
                roads, crs, points, context, feedback, self.parameterAsDouble(parameters, self.TOLERANCE, context)
            )
            distance_kind = f"along {roads.name()}"
        else:
            matrix = euclidean_matrix(np.array([[p.x(), p.y()] for p in points]))
            distance_kind = "straight lines between centroids"
        start_text = (self.parameterAsString(parameters, self.START_FENCE, context) or "").strip()
        start = None
        if start_text:
            if start_text not in order:
                raise QgsProcessingException(
                    self.tr("The start fence_id {} is not among the places ordered.").format(start_text)
                )
            start = order.index(start_text)
        route = run_core(route_order, matrix, start, progress_callback(feedback, 60, 95))
        fields = make_fields(ROUTE_FIELDS, ROUTE_TYPES)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, crs)
        cumulative = 0.0
        for visit, (index, leg) in enumerate(zip(route.order, route.legs), start=1):
            cumulative += leg
            feature = QgsFeature(fields)
            key = order[index]
            feature.setAttributes([key, names.get(key, ""), visit, round(leg, 1), round(cumulative, 1), index + 1])
            feature.setGeometry(QgsGeometry.fromPointXY(points[index]))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        choices = {
            "places": len(order),
            "distances": distance_kind,
            "method": route.method,
            "route length": f"{route.total:.0f} m",
            "input order length": f"{route.input_total:.0f} m",
        }
        if day:
            choices["day"] = day + (f", shift {shift}" if shift else "")
        for key, value in choices.items():
            feedback.pushInfo(f"{self.tr(key)}: {value}")  # keys that are also output names are translated
        describe_on_load(context, dest_id, self.tr("Route order"), describe(choices))
        return {self.OUTPUT: dest_id, "TOTAL_M": route.total, "INPUT_TOTAL_M": route.input_total}
