"""hotspot:geofencehistory — export the change history kept next to a geofence layer."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ..core.credentials import redact
from ..core.geofence_schema import SRID, overwritten_changes, row_overwrote
from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.fields import make_fields
from ..qgis_io.geofence_store import read_history
from ..qgis_io.geometry import geometry_from_wkb
from ..qgis_io.redacted import RedactedCommandMixin
from ..qgis_io.styles import style_on_load
from .base import HotspotAlgorithm, describe, run_core


class GeofenceHistoryAlgorithm(RedactedCommandMixin, HotspotAlgorithm):
    NAME = "geofencehistory"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("GeofenceHistoryAlgorithm", "Geofence change history")
    GROUP = QT_TRANSLATE_NOOP("GeofenceHistoryAlgorithm", "Geofences")
    GROUP_ID = "geofences"

    INPUT = "INPUT"
    FENCE_IDS = "FENCE_IDS"
    GEOMETRY = "GEOMETRY"
    OUTPUT = "OUTPUT"
    GEOMETRY_CHOICES = [
        QT_TRANSLATE_NOOP("GeofenceHistoryAlgorithm", "Fence after the change (before it, for deletes)"),
        QT_TRANSLATE_NOOP("GeofenceHistoryAlgorithm", "Fence before the change (after it, for inserts)"),
    ]

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Exports the change history of a geofence layer made by Create geofence layer: one row per insert, "
            "geometry change and delete, with fence_id, action, edited_by (the database user in PostGIS; in a "
            "GeoPackage the QGIS user who last edited the fence), edited_at (UTC), the fence's area before and "
            "after, and both geometries as WKT (old_wkt, new_wkt). The row's own geometry is the fence after the "
            "change (before it, for deletes), or the other way round. The history is read, never changed.\n\n"
            "Overwritten edits (PostGIS): version is the fence's version the change made, based_on_version the "
            "version it was made from. A save made over a newer version than the one it was based on (a "
            "planner who chose Keep my version after an edit conflict) has overwrote = true, and each change it "
            "replaced without building on it has overwritten_by = the history_id of that save, so no edit is "
            "lost from view. The database refuses every other save based on an old version."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add(
            QgsProcessingParameterVectorLayer(
                self.INPUT, self.tr("Geofence layer"), [QgsProcessing.SourceType.TypeVectorPolygon]
            ),
            self.tr(
                "A geofence layer in a GeoPackage or PostGIS made by Create geofence layer; its history table "
                "(<layer>_history) is read from the same database."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.FENCE_IDS, self.tr("Only these fence ids (comma-separated)"), optional=True
            ),
            self.tr("Leave empty for the history of every fence, or list fence ids such as 3, 12."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.GEOMETRY,
                self.tr("Geometry of each row"),
                [self.tr(c) for c in self.GEOMETRY_CHOICES],
                defaultValue=0,
            ),
            self.tr("Which of the two geometries becomes the row's geometry; both are always in old_wkt and new_wkt."),
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Geofence history"),
            self.tr("One row per change, oldest first."),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        self.addOutput(QgsProcessingOutputNumber("N_CHANGES", self.tr("Changes exported")))
        self.addOutput(QgsProcessingOutputNumber("N_OVERWRITTEN", self.tr("Changes overwritten by a later save")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(redact(self.invalidSourceError(parameters, self.INPUT)))
        wanted = self.parameterAsString(parameters, self.FENCE_IDS, context).strip()
        ids = None
        if wanted:
            try:
                ids = {int(x) for x in wanted.replace(";", ",").split(",") if x.strip()}
            except ValueError:
                raise QgsProcessingException(
                    self.tr("'{}' is not a list of fence ids such as 3, 12.").format(wanted)
                ) from None
        rows = run_core(read_history, layer)
        # Flags come from the whole history, so that a filtered export still names who overwrote what.
        replaced = overwritten_changes(rows)
        if ids is not None:
            rows = [r for r in rows if r["fence_id"] in ids]
        before = self.parameterAsEnum(parameters, self.GEOMETRY, context) == 1

        fields = make_fields(
            [
                ("history_id", "LongLong"),
                ("fence_id", "Int"),
                ("action", "String"),
                ("edited_by", "String"),
                ("edited_at", "DateTime"),
                ("old_area_m2", "Double"),
                ("new_area_m2", "Double"),
                ("old_wkt", "String"),
                ("new_wkt", "String"),
                ("version", "Int"),
                ("based_on_version", "Int"),
                ("overwrote", "Bool"),
                ("overwritten_by", "LongLong"),
            ]
        )
        crs = QgsCoordinateReferenceSystem(f"EPSG:{SRID}")
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Polygon, crs)
        for n, row in enumerate(rows):
            if feedback.isCanceled():
                break
            old, new = geometry_from_wkb(row["old_wkb"]), geometry_from_wkb(row["new_wkb"])
            feature = QgsFeature(fields)
            when = QDateTime.fromString(row["edited_at"], Qt.DateFormat.ISODateWithMs)
            feature.setAttributes(
                [
                    row["history_id"],
                    row["fence_id"],
                    row["action"],
                    row["edited_by"],
                    when,
                    None if old.isNull() else old.area(),
                    None if new.isNull() else new.area(),
                    None if old.isNull() else old.asWkt(),
                    None if new.isNull() else new.asWkt(),
                    row.get("version"),
                    row.get("based_on_version"),
                    row_overwrote(row) if row.get("version") is not None else None,
                    replaced.get(row["history_id"]),
                ]
            )
            first, second = (old, new) if before else (new, old)
            feature.setGeometry(first if not first.isNull() else second)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * (n + 1) / max(len(rows), 1))
        feedback.pushInfo(self.tr("{} change(s) exported from the history of {}.").format(len(rows), layer.name()))
        exported = {r["history_id"] for r in rows}
        overwritten = sorted(h for h in replaced if h in exported)
        if overwritten:
            feedback.pushWarning(
                self.tr(
                    "{} change(s) were overwritten by a later save that did not build on them "
                    "(history_id {}; see overwritten_by)."
                ).format(len(overwritten), ", ".join(str(h) for h in overwritten))
            )
        elif rows and all(r.get("version") is None for r in rows):
            feedback.pushInfo(
                self.tr("This history keeps no versions (GeoPackage): overwritten edits cannot be flagged.")
            )
        else:
            feedback.pushInfo(self.tr("No change was overwritten."))
        style_on_load(
            context,
            dest_id,
            "geofence_history.qml",
            describe({"Layer": layer.name(), "Changes": len(rows), "Overwritten changes": len(overwritten)}),
            self.tr("Geofence history"),
        )
        return {self.OUTPUT: dest_id, "N_CHANGES": len(rows), "N_OVERWRITTEN": len(overwritten)}
