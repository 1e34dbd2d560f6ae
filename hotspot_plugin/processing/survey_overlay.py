"""hotspot:surveyoverlay — community survey responses aggregated to areas, small areas suppressed."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsSettings,
    QgsWkbTypes,
)

from ..i18n import QT_TRANSLATE_NOOP, tr
from ..qgis_io.crs import BNG_AREA
from ..qgis_io.feedback import check_cancel
from ..qgis_io.fields import new_field
from ..qgis_io.geometry import to_shape
from ..qgis_io.values import plain_value
from .base import HotspotAlgorithm, describe, progress_callback, run_core

if TYPE_CHECKING:  # the survey core (numpy, scipy) loads when the overlay runs
    from ..core.survey import SurveyAggregate

#: Field types of the survey core's output columns.
FIELD_TYPES = {"string": "String", "double": "Double", "int": "Int", "bool": "Bool"}
#: Defaults the toolbox shows, written out so that listing the algorithm loads no survey core; the same as
#: ``core.survey``'s (checked by tests/qgis/test_import_light.py).
DEFAULT_MIN_RESPONDENTS = 10
DEFAULT_CONFIDENCE = 0.95
WGS84 = "EPSG:4326"
#: QGIS setting holding this profile's perturbation key (made once at random, used when no key file is given).
PROFILE_KEY_SETTING = "hotspot_plugin/survey/perturbation_key"
#: Area-layer field names that clash with an output GeoPackage's own feature id column.
FID_NAMES = ("fid",)


def profile_secret() -> bytes:
    """This QGIS profile's perturbation secret: 32 random bytes made on first use and kept in the settings.

    Kept so that every run from this profile gives the same noise to the same responses; a fresh key
    per run would give independent noise each time, which repeated runs could average away.
    """
    from ..core import disclosure

    settings = QgsSettings()
    key = settings.value(PROFILE_KEY_SETTING, "", type=str)
    if len(key) < 2 * disclosure.MIN_SECRET_BYTES:
        key = secrets.token_hex(32)
        settings.setValue(PROFILE_KEY_SETTING, key)
        settings.sync()
    return disclosure.secret_from_bytes(key.encode("ascii"), "The profile key")


class SurveyOverlayAlgorithm(HotspotAlgorithm):
    NAME = "surveyoverlay"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("SurveyOverlayAlgorithm", "Community survey overlay")
    GROUP = QT_TRANSLATE_NOOP("SurveyOverlayAlgorithm", "Community surveys")
    GROUP_ID = "surveys"

    RESPONSES = "RESPONSES"
    AREAS = "AREAS"
    AREA_FIELD = "AREA_FIELD"
    RESPONSE_AREA_FIELD = "RESPONSE_AREA_FIELD"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    POSTCODE_FIELD = "POSTCODE_FIELD"
    POSTCODE_LOOKUP = "POSTCODE_LOOKUP"
    QUESTION_FIELDS = "QUESTION_FIELDS"
    WAVE_FIELD = "WAVE_FIELD"
    MIN_RESPONDENTS = "MIN_RESPONDENTS"
    CONFIDENCE = "CONFIDENCE"
    HOTSPOTS = "HOTSPOTS"
    RESPONSE_ID_FIELD = "RESPONSE_ID_FIELD"
    PERTURBATION_KEY_FILE = "PERTURBATION_KEY_FILE"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        return self.tr(
            "Aggregates community survey responses to areas (wards, LSOAs, geofences) so that what residents "
            "say can be set beside where harm is. Responses are linked to areas by an area code field, by "
            "X/Y coordinates (point in polygon; a point layer's own geometry when no link field is given) or "
            "by a postcode and a postcode lookup CSV (e.g. the ONS National Statistics Postcode Lookup).\n\n"
            "Per area (and per wave): n_responses; for numeric questions the mean with a Student t "
            "confidence interval (mean ± t·s/√n); for text questions the most common answer and its share "
            "(%) with a Wilson score interval; with a wave field, the change in mean from the previous wave "
            "with a Welch interval. A numeric question's answer scale is inferred (the smallest of 1–5, 1–7, "
            "1–10, 0–10 holding 90 % of answers other than don't-know codes such as 9, 99 or -1): answers off "
            "the scale (e.g. 9 on a 1–5 question), text in a numeric question, "
            "responses that match no area and bad postcodes are counted in the log, never dropped silently.\n\n"
            "Suppression: an area with fewer than the minimum number of respondents has NULL in every value, "
            "n_responses included, and suppressed = true; a question answered by fewer people in an area is "
            "NULL too. Individual responses are never written or logged.\n\n"
            "Disclosure control (the ONS cell key method used for Census 2021): every response gets a fixed "
            "random record key (a keyed hash of its id field, or of its whole row); every published count, mean "
            "and share gets small noise looked up from the sum of its responses' keys, so the same responses "
            "always get the same noise and two runs over overlapping area layers cannot be subtracted to reveal "
            "a suppressed area. Counts are within ±2 (never below the minimum), a mean within (scale width)/n of "
            "the true mean, a share within 100/n points; the intervals include the noise. Keep the perturbation "
            "key (a key file, or this QGIS profile's own key) the same for every run on a survey.\n\n"
            "With hot spot cells, each area gets the harm of the cells overlapping it (area-weighted: a cell "
            "half inside gives half its harm) and, per numeric question, <q>_priority: areas split at the "
            "medians of harm and of the mean score (high score = high confidence): 4 = high harm and low "
            "score (priority place), 3 = high harm, high score, 2 = low harm, low score, 1 = low harm, "
            "high score."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_source(
            self.RESPONSES,
            self.tr("Survey responses"),
            self.tr("One row per response: a table (e.g. a CSV) or a point layer. It is only read, never changed."),
            [QgsProcessing.SourceType.TypeVector],
        )
        self.add_source(
            self.AREAS,
            self.tr("Areas"),
            self.tr("Polygons to aggregate to: wards, LSOAs or geofences."),
            [QgsProcessing.SourceType.TypeVectorPolygon],
        )
        self.add(
            QgsProcessingParameterField(
                self.AREA_FIELD, self.tr("Area code field"), parentLayerParameterName=self.AREAS
            ),
            self.tr("Field of the area layer holding each area's code (e.g. LSOA11CD)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.RESPONSE_AREA_FIELD,
                self.tr("Area code field in the responses"),
                parentLayerParameterName=self.RESPONSES,
                optional=True,
            ),
            self.tr(
                "Link by code: the responses' field holding the area code (matched trimmed and case-insensitive). "
                "Give this, or X/Y fields, or a postcode field with a lookup."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.X_FIELD, self.tr("X / longitude field"), parentLayerParameterName=self.RESPONSES, optional=True
            ),
            self.tr(
                "Link by coordinates: easting or longitude of each response. The responses' CRS is used when the "
                "layer has one, else WGS 84 when the values look like longitude/latitude, else British National Grid."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.Y_FIELD, self.tr("Y / latitude field"), parentLayerParameterName=self.RESPONSES, optional=True
            ),
            self.tr("Link by coordinates: northing or latitude of each response (with the X field)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.POSTCODE_FIELD, self.tr("Postcode field"), parentLayerParameterName=self.RESPONSES, optional=True
            ),
            self.tr("Link by postcode: the responses' postcode (any case and spacing; invalid postcodes are counted)."),
        )
        self.add(
            QgsProcessingParameterFile(
                self.POSTCODE_LOOKUP, self.tr("Postcode lookup (CSV)"), extension="csv", optional=True
            ),
            self.tr(
                "CSV mapping postcodes to area codes, e.g. the ONS NSPL: the postcode column is pcds/postcode/pcd "
                "(else the first), the area column the one matching the area codes (or named like the area field)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.QUESTION_FIELDS, self.tr("Questions"), parentLayerParameterName=self.RESPONSES, allowMultiple=True
            ),
            self.tr(
                "One or more question fields. Numbers (e.g. confidence 1–5, high = confident) give means; text "
                "(e.g. agree/disagree, top priority) gives the most common answer and its share."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.WAVE_FIELD, self.tr("Wave field"), parentLayerParameterName=self.RESPONSES, optional=True
            ),
            self.tr(
                "Survey wave (round) of each response: the output then has one feature per area and wave, with the "
                "change from the previous wave."
            ),
        )
        self.add_number(
            self.MIN_RESPONDENTS,
            self.tr("Minimum respondents per area"),
            self.tr("Areas with fewer responses are suppressed: no value at all, not even the count."),
            default=DEFAULT_MIN_RESPONDENTS,
            minimum=2,
            integer=True,
        )
        self.add_number(
            self.CONFIDENCE,
            self.tr("Confidence level"),
            self.tr("Confidence level of the intervals, e.g. 0.95 for 95 %."),
            default=DEFAULT_CONFIDENCE,
            minimum=0.5,
            maximum=0.999,
        )
        self.add_source(
            self.HOTSPOTS,
            self.tr("Hot spot cells"),
            self.tr(
                "Optional output of Harm-weighted hot spots (field harm): adds each area's harm and the priority-place "
                "class (high harm × low score)."
            ),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        self.add(
            QgsProcessingParameterField(
                self.RESPONSE_ID_FIELD,
                self.tr("Response id field"),
                parentLayerParameterName=self.RESPONSES,
                optional=True,
            ),
            self.tr(
                "Field with a unique, never-changing id per response (e.g. response_id). Each response's record key "
                "for the disclosure noise is a keyed hash of it; without it the whole row is hashed, so correcting an "
                "answer changes that response's key."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFile(self.PERTURBATION_KEY_FILE, self.tr("Perturbation key file"), optional=True),
            self.tr(
                "A file holding a long random secret (at least 16 bytes) that fixes the disclosure noise. Keep it with "
                "the survey and use the same file for every run and on every computer that publishes from this survey: "
                "different keys give independent noise, which could be averaged away. Empty: this QGIS profile's own "
                "key (made once at random, kept in the profile's settings). Only the file's name is logged."
            ),
            advanced=True,
        )
        self.add_sink(
            self.OUTPUT,
            self.tr("Survey overlay"),
            self.tr(
                "Areas with n_responses, suppressed and per question <q>_mean, <q>_ci_low, <q>_ci_high (numeric) or "
                "<q>_top, <q>_top_pct (text); NULL everywhere for suppressed areas."
            ),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        for key, label in [
            ("AREAS_PUBLISHED", self.tr("Areas (× waves) published")),
            ("AREAS_SUPPRESSED", self.tr("Areas (× waves) suppressed")),
            ("RESPONSES_NOT_LINKED", self.tr("Responses matching no area (perturbed count)")),
            ("ANSWERS_LEFT_OUT", self.tr("Answers off the scale or not numbers (whole survey)")),
        ]:
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString("REPORT", self.tr("What was counted and left out")))

    # ------------------------------------------------------------------------------------------- inputs

    def _link_mode(self, parameters, context, responses) -> str:
        code = self.parameterAsString(parameters, self.RESPONSE_AREA_FIELD, context)
        x = self.parameterAsString(parameters, self.X_FIELD, context)
        y = self.parameterAsString(parameters, self.Y_FIELD, context)
        postcode = self.parameterAsString(parameters, self.POSTCODE_FIELD, context)
        lookup = self.parameterAsFile(parameters, self.POSTCODE_LOOKUP, context)
        modes = [m for m, given in (("code", code), ("xy", x or y), ("postcode", postcode or lookup)) if given]
        if len(modes) > 1:
            raise QgsProcessingException(
                self.tr(
                    "Link responses one way only: an area code field, or X and Y fields, or a postcode field with a "
                    "postcode lookup. Clear the others."
                )
            )
        if modes == ["xy"] and not (x and y):
            raise QgsProcessingException(self.tr("Give both the X and the Y field to link responses by coordinates."))
        if modes == ["postcode"] and not (postcode and lookup):
            raise QgsProcessingException(
                self.tr(
                    "Linking by postcode needs both the postcode field and a postcode "
                    "lookup CSV (e.g. the ONS National Statistics Postcode Lookup)."
                )
            )
        if not modes:
            if QgsWkbTypes.geometryType(responses.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry:
                return "geometry"
            raise QgsProcessingException(
                self.tr(
                    "Say how responses are linked to areas: choose the area code field in the responses, or X and Y "
                    "fields, or a postcode field with a postcode lookup."
                )
            )
        return modes[0]

    @staticmethod
    def _field_name(source, value: str, parameter: str, what: str) -> str:
        """The source's own spelling of field ``value``; an error naming the available fields otherwise.

        Processing does not check that a field parameter names a field of its layer, and a missing
        field would silently read the layer's last column instead.
        """
        index = source.fields().lookupField(value)
        if index < 0:
            raise QgsProcessingException(
                tr("{}: {} have no field '{}'. Fields available: {}.").format(
                    parameter, what, value, ", ".join(source.fields().names())
                )
            )
        return source.fields().at(index).name()

    def _optional_field(self, parameters, context, responses, key: str) -> str:
        """An optional field parameter of the responses, checked; ``""`` when not given."""
        value = self.parameterAsString(parameters, key, context)
        return self._field_name(responses, value, key, "the responses") if value else ""

    def _question_fields(self, parameters, context, responses) -> List[str]:
        """The question fields, whatever form the list came in.

        From Python a list; from qgis_process a repeated ``QUESTION_FIELDS=`` (a list) or one value,
        which Processing splits at ``;`` but not at ``,``: ``confidence,q2,safe`` arrives as one name.
        A value that is not a field but splits at commas or semicolons into fields is taken as a list.
        """
        given = self.field_names(parameters, self.QUESTION_FIELDS, context)
        names: List[str] = []
        for value in given:
            value = str(value).strip()
            if not value:
                continue
            if responses.fields().lookupField(value) >= 0:
                parts = [value]
            else:
                parts = [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
            for part in parts:
                name = self._field_name(responses, part, self.QUESTION_FIELDS, "the responses")
                if name not in names:
                    names.append(name)
        if not names:
            raise QgsProcessingException(
                self.tr("Choose at least one question field. Fields available: {}.").format(
                    ", ".join(responses.fields().names())
                )
            )
        return names

    @staticmethod
    def _read_responses(responses, fields: List[str], id_field: Optional[str], want_geometry: bool, feedback):
        """Columns of the requested fields (and point coordinates) and an identity per response, in memory only.

        The identity (for the record keys) is the id field's value, or, without one or where it is empty,
        the whole row: so every attribute is read, but only the requested columns are kept.
        """
        import numpy as np

        from ..core import disclosure

        names = responses.fields().names()
        indices = [responses.fields().lookupField(f) for f in fields]
        id_index = responses.fields().lookupField(id_field) if id_field else -1
        request = QgsFeatureRequest()
        if not want_geometry:
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        columns: Dict[str, list] = {f: [] for f in fields}
        identities: List[str] = []
        xs: List[float] = []
        ys: List[float] = []
        total = max(responses.featureCount(), 1)
        for n, feature in enumerate(responses.getFeatures(request)):
            if n % 5000 == 0:
                check_cancel(feedback)
                feedback.setProgress(15.0 * n / total)
            attributes = [plain_value(value) for value in feature.attributes()]
            for f, i in zip(fields, indices):
                columns[f].append(attributes[i])
            identity = disclosure.id_identity(attributes[id_index]) if id_index >= 0 else None
            identities.append(identity or disclosure.row_identity(zip(names, attributes)))
            if want_geometry:
                geometry = feature.geometry()
                if geometry is None or geometry.isNull() or geometry.isEmpty():
                    xs.append(np.nan)
                    ys.append(np.nan)
                else:
                    point = geometry.centroid().asPoint()
                    xs.append(point.x())
                    ys.append(point.y())
        return columns, identities, np.array(xs, dtype=float), np.array(ys, dtype=float)

    def _perturbation(self, parameters, context, identities: List[str], id_field: Optional[str], feedback):
        """The cell key method over the responses, with the key file's secret or this profile's."""
        from ..core import disclosure

        key_file = self.parameterAsFile(parameters, self.PERTURBATION_KEY_FILE, context)
        if key_file:
            path = Path(key_file)
            if not path.is_file():
                raise QgsProcessingException(
                    self.tr(
                        "The perturbation key file {} does not exist. Choose the key file kept with this survey, "
                        "or leave the parameter empty to use this QGIS profile's key."
                    ).format(path)
                )
            secret = run_core(disclosure.secret_from_bytes, path.read_bytes(), f"The perturbation key file {path.name}")
            key_source = f"key file {path.name}"
        else:
            secret = profile_secret()
            key_source = "this QGIS profile's perturbation key"
        repeated = len(identities) - len(set(identities))
        if repeated:
            what = f"the same {id_field}" if id_field else "exactly the same row (every field)"
            feedback.pushWarning(
                f"{repeated:,} responses have {what} as another response (whole survey), so they share a record "
                "key and the disclosure noise is less random. Give every response its own id in a response id field."
            )
        basis = f"the response id field {id_field}" if id_field else "each response's whole row"
        return disclosure.CellKeyPerturbation(identities, secret), f"record keys from {basis}, {key_source}"

    @staticmethod
    def _read_areas(areas, area_field: str, context, target_crs, feedback):
        """Area features (attributes, geometry as is), codes, and shapely geometries in ``target_crs``."""
        from ..core import survey

        index = areas.fields().lookupField(area_field)
        transform = None
        if target_crs is not None and areas.sourceCrs() != target_crs:
            transform = QgsCoordinateTransform(areas.sourceCrs(), target_crs, context.transformContext())
        features, codes, shapes = [], [], []
        for feature in areas.getFeatures():
            check_cancel(feedback)
            features.append(QgsFeature(feature))
            codes.append(survey.normalise_code(feature.attributes()[index]))
            if target_crs is None:
                continue
            shape = to_shape(feature.geometry(), transform)
            shapes.append(shape if shape is None or shape.is_valid else shape.buffer(0))
        return features, codes, shapes

    def _coordinates(self, columns, x_field, y_field, responses, context, target_crs, feedback):
        import numpy as np

        from ..core import survey

        xs = np.array([survey.as_number(v) if v is not None else None for v in columns[x_field]], dtype=float)
        ys = np.array([survey.as_number(v) if v is not None else None for v in columns[y_field]], dtype=float)
        source_crs = responses.sourceCrs()
        if not source_crs.isValid():
            finite = np.isfinite(xs) & np.isfinite(ys)
            in_lonlat = finite.any() and bool(
                np.all(
                    (xs[finite] >= BNG_AREA.xMinimum())
                    & (xs[finite] <= BNG_AREA.xMaximum())
                    & (ys[finite] >= BNG_AREA.yMinimum())
                    & (ys[finite] <= BNG_AREA.yMaximum())
                )
            )
            source_crs = QgsCoordinateReferenceSystem(WGS84 if in_lonlat else "EPSG:27700")
            why = "they all look like longitude/latitude" if in_lonlat else "not longitude/latitude"
            feedback.pushInfo(
                self.tr("The responses have no CRS: their coordinates were read as {} ({}).").format(
                    source_crs.authid(), why
                )
            )
        return self._transform_xy(xs, ys, source_crs, target_crs, context)

    @staticmethod
    def _transform_xy(xs, ys, source_crs, target_crs, context):
        import numpy as np

        if source_crs == target_crs:
            return xs, ys
        transform = QgsCoordinateTransform(source_crs, target_crs, context.transformContext())
        out_x, out_y = xs.copy(), ys.copy()
        for i in range(xs.size):
            if np.isfinite(xs[i]) and np.isfinite(ys[i]):
                try:
                    point = transform.transform(QgsPointXY(xs[i], ys[i]))
                except Exception:  # noqa: BLE001 - a point the transform cannot handle is "no usable coordinates"
                    out_x[i] = out_y[i] = np.nan
                    continue
                out_x[i], out_y[i] = point.x(), point.y()
        return out_x, out_y

    def _cells(self, hotspots, context, target_crs, feedback):
        """Shapes (in ``target_crs``) and harm of the hot spot cells."""
        from ..qgis_io.layers import read_cells

        transform = None
        if hotspots.sourceCrs() != target_crs:
            transform = QgsCoordinateTransform(hotspots.sourceCrs(), target_crs, context.transformContext())
        cells = read_cells(hotspots, transform, required=("harm",), feedback=feedback)
        return cells.shapes, cells.harm.tolist()

    # -------------------------------------------------------------------------------------------- run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        import numpy as np

        from ..core import disclosure, survey
        from ..qgis_io.crs import working_crs
        from ..qgis_io.survey_style import style_survey_on_load

        responses = self.source(parameters, self.RESPONSES, context)
        areas = self.source(parameters, self.AREAS, context)
        if responses.featureCount() == 0:
            raise QgsProcessingException(self.tr("The survey response table is empty."))
        if areas.featureCount() == 0:
            raise QgsProcessingException(self.tr("The area layer is empty. Choose a polygon layer with areas."))
        area_field = self.parameterAsString(parameters, self.AREA_FIELD, context)
        if not area_field:
            raise QgsProcessingException(
                self.tr("Choose the area code field. Fields available: {}.").format(", ".join(areas.fields().names()))
            )
        area_field = self._field_name(areas, area_field, self.AREA_FIELD, "the areas")
        questions = self._question_fields(parameters, context, responses)
        wave_field = self._optional_field(parameters, context, responses, self.WAVE_FIELD)
        id_field = self._optional_field(parameters, context, responses, self.RESPONSE_ID_FIELD)
        min_respondents = self.parameterAsInt(parameters, self.MIN_RESPONDENTS, context)
        confidence = self.parameterAsDouble(parameters, self.CONFIDENCE, context)
        hotspots = self.parameterAsSource(parameters, self.HOTSPOTS, context)
        mode = self._link_mode(parameters, context, responses)

        needs_geometry = mode in ("xy", "geometry") or hotspots is not None
        work_crs = (
            working_crs(areas.sourceCrs(), areas.sourceExtent(), self.tr("The area layer"), feedback)
            if needs_geometry
            else None
        )
        link_parameters = {
            "code": [self.RESPONSE_AREA_FIELD],
            "xy": [self.X_FIELD, self.Y_FIELD],
            "postcode": [self.POSTCODE_FIELD],
            "geometry": [],
        }[mode]
        link_fields = [self._optional_field(parameters, context, responses, key) for key in link_parameters]
        read = list(dict.fromkeys(link_fields + questions + ([wave_field] if wave_field else [])))
        columns, identities, gx, gy = self._read_responses(responses, read, id_field, mode == "geometry", feedback)
        perturbation, key_choice = self._perturbation(parameters, context, identities, id_field, feedback)
        features, area_codes, shapes = self._read_areas(areas, area_field, context, work_crs, feedback)
        feedback.setProgress(20)

        if mode == "code":
            linkage = survey.link_by_code(columns[link_fields[0]], area_codes)
        elif mode == "postcode":
            wanted = {p for p in map(survey.normalise_postcode, columns[link_fields[0]]) if p}
            lookup = run_core(
                survey.read_postcode_lookup,
                self.parameterAsFile(parameters, self.POSTCODE_LOOKUP, context),
                area_codes,
                wanted,
                area_field,
                progress=progress_callback(feedback, 20, 40),
            )
            feedback.pushInfo(
                self.tr(
                    "Postcode lookup: postcode column {}, area column {}; {:,} rows ({:,} without a valid postcode)."
                ).format(lookup.postcode_column, lookup.area_column, lookup.n_rows, lookup.n_bad_rows)
            )
            linkage = survey.link_by_postcode(columns[link_fields[0]], lookup, area_codes)
        else:
            if mode == "xy":
                x, y = self._coordinates(
                    columns, link_fields[0], link_fields[1], responses, context, work_crs, feedback
                )
            else:
                x, y = self._transform_xy(gx, gy, responses.sourceCrs(), work_crs, context)
            linkage = run_core(
                survey.link_by_point, x, y, shapes, area_codes, progress=progress_callback(feedback, 20, 40)
            )
        linkage_lines = linkage.report_lines(perturbation)
        for line in linkage_lines:
            feedback.pushInfo(line)
        if linkage.n_linked == 0:
            raise QgsProcessingException(
                self.tr(
                    "No response could be linked to an area. Check that the link field holds the same kind of codes "
                    "as the area code field (or that coordinates fall inside the areas)."
                )
            )
        feedback.setProgress(40)

        aggregate = run_core(
            survey.aggregate_responses,
            linkage.codes,
            {q: columns[q] for q in questions},
            area_codes,
            waves=columns[wave_field] if wave_field else None,
            min_respondents=min_respondents,
            confidence=confidence,
            perturbation=perturbation,
            progress=progress_callback(feedback, 40, 70),
        )
        if hotspots is not None:
            cell_shapes, cell_harm = self._cells(hotspots, context, work_crs, feedback)
            harm = run_core(
                survey.area_weighted_harm, shapes, cell_shapes, cell_harm, progress=progress_callback(feedback, 70, 85)
            )
            harm_by_code: Dict[str, float] = {}
            for code, value in zip(area_codes, harm):
                if code is not None and np.isfinite(value):
                    harm_by_code[code] = harm_by_code.get(code, 0.0) + float(value)
            survey.add_priority(aggregate, harm_by_code, "area-weighted (harm shared by overlap area)")
            feedback.pushInfo(
                self.tr(
                    "Harm from {:,} hot spot cells, shared among areas by overlap area; "
                    "priority classes split at the medians of harm and of each question's mean."
                ).format(len(cell_shapes))
            )
        aggregate_lines = aggregate.report_lines()
        report_lines = linkage_lines + aggregate_lines
        for line in aggregate_lines:
            feedback.pushInfo(line)
        if any(code is None for code in area_codes):
            feedback.pushWarning(
                self.tr("{:,} areas have no code in {}: they are shown as suppressed.").format(
                    sum(c is None for c in area_codes), area_field
                )
            )

        out_fields, area_names = self._output_fields(areas.fields(), aggregate)
        sink, dest_id = self.sink(
            parameters, self.OUTPUT, context, out_fields, QgsWkbTypes.multiType(areas.wkbType()), areas.sourceCrs()
        )
        self._write(sink, out_fields, area_names, features, area_codes, aggregate, feedback)

        choices = {
            "Link": linkage.method,
            "Questions": ", ".join(f"{s.name} → {s.key}_* ({s.kind})" for s in aggregate.specs),
            "Waves": ", ".join(str(w) for w in aggregate.waves) if wave_field else "none",
            "Minimum respondents": min_respondents,
            "Confidence": f"{confidence:g} (t interval for means, Wilson for shares, Welch for changes)",
            "Harm": aggregate.harm_method or "no hot spot cells given",
            "Disclosure control": f"cell key method (ONS Census 2021), {key_choice}",
        }
        for key, value in choices.items():
            feedback.pushInfo(f"{self.tr(key)}: {value}")  # keys that are also output names are translated
        run_settings = {
            "min_respondents": min_respondents,
            "confidence": confidence,
            "waves": aggregate.waves if wave_field else [],
            "questions": [{"name": s.name, "key": s.key, "kind": s.kind} for s in aggregate.specs],
            "harm": hotspots is not None,
        }
        # The layer's metadata travels with the file: settings and the rule only, no survey totals (a total
        # beside the published counts would give away the suppressed areas' counts by subtraction).
        rule = (
            f"Areas with fewer than {min_respondents} responses are suppressed: every value, n_responses "
            "included, is NULL. Every published count, mean and share carries cell key noise (the same noise "
            "whenever the same responses make it up), so outputs over overlapping areas cannot be subtracted: "
            + disclosure.tolerance_text(min_respondents)
        )
        style_survey_on_load(
            context, dest_id, run_settings, describe(choices) + "\n" + rule, self.tr("Community survey overlay")
        )
        left_out = sum(q.n_out_of_range + q.n_not_number for q in aggregate.quality.values())
        return {
            self.OUTPUT: dest_id,
            "AREAS_PUBLISHED": aggregate.n_published,
            "AREAS_SUPPRESSED": aggregate.n_suppressed,
            "RESPONSES_NOT_LINKED": perturbation.count(linkage.not_linked()),
            "ANSWERS_LEFT_OUT": left_out,
            "REPORT": "\n".join(report_lines),
        }

    @staticmethod
    def _output_fields(area_fields: QgsFields, aggregate: SurveyAggregate):
        """The area layer's fields (renamed ``area_<name>`` on a clash) then the survey fields.

        An area field ``fid`` (every GeoPackage has one) becomes ``area_fid``: written as ``fid`` into a
        GeoPackage it would be taken as the output's feature id, and with waves (one feature per area
        and wave) every area's second feature would be refused as a duplicate id.
        """

        survey_names = [name for name, _ in aggregate.fields if name != "area_code"]
        clashes = {n.lower() for n in survey_names} | set(FID_NAMES)
        fields = QgsFields()
        area_names = []
        for field in area_fields:
            copy = QgsField(field)
            if copy.name().lower() in clashes:
                copy.setName(f"area_{copy.name()}")
            fields.append(copy)
            area_names.append(copy.name())
        for name, kind in aggregate.fields:
            if name != "area_code":
                fields.append(new_field(name, FIELD_TYPES[kind]))
        return fields, area_names

    @staticmethod
    def _write(sink, fields, area_names, features, area_codes, aggregate, feedback):
        survey_names = [name for name, _ in aggregate.fields if name != "area_code"]
        rows = {}
        for row in aggregate.rows:
            rows.setdefault(row["area_code"], []).append(row)
        empty = [{name: None for name in survey_names}]
        for row in empty:
            row["suppressed"] = True
        total = max(len(features), 1)
        for n, (feature, code) in enumerate(zip(features, area_codes)):
            check_cancel(feedback)
            feedback.setProgress(85 + 15.0 * n / total)
            for row in rows.get(code, empty) if code is not None else empty:
                out = QgsFeature(fields)
                geometry = QgsGeometry(feature.geometry())
                geometry.convertToMultiType()
                out.setGeometry(geometry)
                out.setAttributes(list(feature.attributes()) + [row.get(name) for name in survey_names])
                if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(
                        tr("Could not write the feature of area {} to the output: {}").format(code, sink.lastError())
                    )
