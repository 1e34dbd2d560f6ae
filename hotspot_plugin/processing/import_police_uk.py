"""hotspot:importpoliceuk — a police.uk street-level CSV to a point layer with harm."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..qgis_io.feedback import check_cancel
from ..qgis_io.fields import make_fields
from ..qgis_io.styles import style_on_load
from .base import HotspotAlgorithm, progress_callback, run_core


class ImportPoliceUkAlgorithm(HotspotAlgorithm):
    NAME = "importpoliceuk"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ImportPoliceUkAlgorithm", "Import police.uk street crime CSV")
    GROUP = QT_TRANSLATE_NOOP("ImportPoliceUkAlgorithm", "Data")
    GROUP_ID = "data"

    INPUT = "INPUT"
    HARM_TABLE = "HARM_TABLE"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Reads a police.uk street-level crime CSV (data.police.uk) into a point layer in British "
            "National Grid (EPSG:27700) and gives every record a harm weight from its crime type.\n\n"
            "Rows without coordinates are skipped and counted in the log. Crime types missing from the "
            "harm table keep an empty (NULL) harm and are counted in the log.\n\n"
            "Coordinates go from WGS 84 to British National Grid by OSTN15 when PROJ's OSTN15 grid or the "
            "convertbng package is installed, otherwise by PROJ's Helmert transformation (about 2 m); the "
            "log and the layer's metadata name the operation used.\n\n"
            "police.uk months have no day or time, and coordinates are snapped to anonymised map points: "
            "fine for 150 m cells, not for address-level work.\n\n"
            "Contains public sector information licensed under the Open Government Licence v3.0."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add(
            QgsProcessingParameterFile(self.INPUT, self.tr("police.uk street-level CSV"), extension="csv"),
            self.tr(
                "A street-level crime file as downloaded from data.police.uk (e.g. 2018-06-thames-valley-street.csv)."
            ),
        )
        self.add(
            QgsProcessingParameterFile(self.HARM_TABLE, self.tr("Harm table (CSV)"), extension="csv", optional=True),
            self.tr(
                "CSV with columns crime_type and weight (e.g. Cambridge Crime Harm Index days). Leave "
                "empty to use the shipped table, whose values are approximations: replace them with "
                "your force's own CCHI or ONS values."
            ),
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Crimes"),
            self.tr(
                "Point layer in EPSG:27700 with crime_id, month, crime_type, location, lsoa_code, outcome and harm."
            ),
            QgsProcessing.SourceType.TypeVectorPoint,
        )
        self.addOutput(QgsProcessingOutputNumber("N_IMPORTED", self.tr("Records imported")))
        self.addOutput(QgsProcessingOutputNumber("N_NO_COORDINATES", self.tr("Records without coordinates")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        from ..core.harm import load_harm_table
        from ..core.policeuk import OUTPUT_FIELDS, month_range, read_police_uk
        from ..qgis_io.crs import BRITISH_NATIONAL_GRID, Reprojection

        path = self.parameterAsFile(parameters, self.INPUT, context)
        table_path = self.parameterAsFile(parameters, self.HARM_TABLE, context) or None
        table = run_core(load_harm_table, table_path)
        feedback.pushInfo(self.tr("Harm table: {}").format(table.path))
        result = run_core(read_police_uk, path, table, progress=progress_callback(feedback, 0, 40))
        records = result.records
        feedback.pushInfo(self.tr("Read {:,} rows ({}).").format(result.n_rows, month_range(records)))
        feedback.pushInfo(self.tr("Skipped {:,} rows without coordinates.").format(result.n_no_coordinates))
        if result.n_bad_coordinates:
            feedback.pushWarning(
                self.tr("Skipped {:,} rows whose coordinates are not valid numbers.").format(result.n_bad_coordinates)
            )
        if result.unknown_types:
            listing = "; ".join(f"{k}: {v}" for k, v in sorted(result.unknown_types.items()))
            feedback.pushWarning(
                self.tr(
                    "{:,} records have crime types missing from the harm table, so their harm is empty (NULL): "
                    "{}. Add them to the harm table."
                ).format(sum(result.unknown_types.values()), listing)
            )
        for crime_type, count in records["crime_type"].value_counts().sort_index().items():
            feedback.pushInfo(f"  {crime_type}: {count:,}")

        # Every point is converted before the output exists, so a cancel here leaves nothing behind.
        target = QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID)
        reprojection = Reprojection(QgsCoordinateReferenceSystem("EPSG:4326"), target, context)
        feedback.setProgress(40)
        easting, northing = reprojection.points(records["lon"].to_numpy(), records["lat"].to_numpy(), feedback)
        feedback.pushInfo(self.tr("Coordinates: {}.").format(reprojection.description))
        check_cancel(feedback)

        fields = make_fields([(name, "Double" if name == "harm" else "String") for name in OUTPUT_FIELDS])
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, target)
        total = max(len(records), 1)
        columns = [records[name].tolist() for name in OUTPUT_FIELDS]
        harm_index = OUTPUT_FIELDS.index("harm")
        for i, (x, y) in enumerate(zip(easting.tolist(), northing.tolist())):
            if i % 5000 == 0:
                check_cancel(feedback)
                feedback.setProgress(50.0 + 50.0 * i / total)
            feature = QgsFeature(fields)
            values = [column[i] for column in columns]
            if values[harm_index] != values[harm_index]:  # NaN: crime type not in the table
                values[harm_index] = None
            feature.setAttributes(values)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(self.tr("Imported {:,} records with coordinates.").format(len(records)))
        style_on_load(
            context,
            dest_id,
            "crimes.qml",
            f"police.uk crimes {month_range(records)} from {path}; harm table {table.path}.\n"
            f"Coordinates: {reprojection.description}.",
        )
        return {
            self.OUTPUT: dest_id,
            "N_IMPORTED": len(records),
            "N_NO_COORDINATES": result.n_no_coordinates,
        }
