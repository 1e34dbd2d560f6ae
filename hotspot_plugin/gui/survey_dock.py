"""The "Community survey" dock: survey responses as a choropleth beside the hot spots.

Two panels on the dock's panel stack (``gui/panel.py``):

- :class:`SurveyDataPanel` (the dock's first panel): the analyst loads responses (a CSV or a layer),
  picks the area layer and its code field, how responses link to areas, the questions, the wave field
  and the suppression threshold, and runs ``hotspot:surveyoverlay`` in a background task
  (QgsProcessingAlgRunnerTask); changing the threshold runs it again;
- :class:`SurveyMapPanel` (opened when a result is shown, and from the "Map and exports" button): the
  result as survey values, change between waves or priority places, with an opacity slider, above or
  below the hot spots, and the exports (CSV and PDF), which carry published values only — those carry
  the cell key noise of the overlay (core/disclosure.py); the dock uses this QGIS profile's perturbation
  key.

The widgets are built in code rather than a .ui file: the form changes with the link method and
the run's questions, which is simpler to keep in one place.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import QgsLayerTreeLayer, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsCheckableComboBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer, QUrl
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
)

from ..core.survey import CONFIDENCE, MIN_RESPONDENTS
from ..core.survey_fields import CRIMES, GPS, NO_ANSWERS, NOT_TABLE, SurveyVerdict, judge_survey, survey_score
from ..i18n import tr
from ..qgis_io import survey_style
from .background import PanelRunner
from .panel import HotspotPanel, PanelDock
from .survey_report import export_summary_csv, export_summary_pdf, method_text

ALGORITHM_ID = "hotspot:surveyoverlay"
LINK_CODE, LINK_XY, LINK_POSTCODE = "code", "xy", "postcode"
#: Rows read to judge whether a layer can be a survey and which of its fields are answers.
SAMPLE_ROWS = 200


class SurveyDataPanel(HotspotPanel):
    """What to aggregate and how: responses, areas, link, questions, wave, threshold; runs the overlay.

    ``on_result(parameters, results)`` is called on the main thread after a successful run.
    """

    def __init__(self, canvas=None, project=None, on_result: Optional[Callable] = None, parent=None):
        super().__init__(tr("Community survey"), canvas, project, parent)
        self.on_result = on_result
        self._tmpdir = tempfile.mkdtemp(prefix="hotspot_survey_")
        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(400)
        self._rerun.timeout.connect(self.run)
        self._build()
        self.runner = PanelRunner(self.project, self.progress, self.status, self.cancel_button, [self.run_button])
        self.cancel_button.clicked.connect(self._rerun.stop)

    def _build(self) -> None:
        data = QGroupBox(tr("Survey and areas"))
        form = QFormLayout(data)
        row = QHBoxLayout()
        self.responses_combo = QgsMapLayerComboBox()
        self.responses_combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.responses_combo.setToolTip(tr("The survey responses: one row per response (a table or point layer)."))
        self.load_button = QPushButton(tr("Load CSV…"))
        self.load_button.setToolTip(tr("Add a survey CSV to the project as a table (the file is only read)."))
        self.load_button.clicked.connect(self._ask_csv)
        row.addWidget(self.responses_combo, 1)
        row.addWidget(self.load_button)
        self.row(form, tr("Responses"), row)
        self.areas_combo = self.row(
            form, tr("Areas"), QgsMapLayerComboBox(), tr("Wards, LSOAs or geofences to aggregate to.")
        )
        self.areas_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.area_field_combo = self.row(
            form, tr("Area code field"), QgsFieldComboBox(), tr("The area layer's code field (e.g. LSOA11CD).")
        )
        self.link_combo = self.row(form, tr("Link by"), QComboBox(), tr("How each response is placed in an area."))
        self.link_combo.addItem(tr("Area code"), LINK_CODE)
        self.link_combo.addItem(tr("Coordinates (X/Y)"), LINK_XY)
        self.link_combo.addItem(tr("Postcode and lookup"), LINK_POSTCODE)
        self.response_code_combo = self.row(
            form, tr("Response area code"), QgsFieldComboBox(), tr("The responses' area code field.")
        )
        self.x_combo = self.row(
            form, tr("X / longitude"), QgsFieldComboBox(), tr("Easting or longitude of each response.")
        )
        self.y_combo = self.row(
            form, tr("Y / latitude"), QgsFieldComboBox(), tr("Northing or latitude of each response.")
        )
        self.postcode_combo = self.row(form, tr("Postcode"), QgsFieldComboBox(), tr("The responses' postcode field."))
        self.lookup_widget = self.row(
            form,
            tr("Postcode lookup"),
            QgsFileWidget(),
            tr("CSV mapping postcodes to area codes, e.g. the ONS NSPL."),
        )
        self.lookup_widget.setFilter(tr("CSV files (*.csv)"))
        self._form = form

        self.questions_combo = self.row(
            form,
            tr("Questions"),
            QgsCheckableComboBox(),
            tr("Questions to summarise: numbers give means, text the most common answer."),
        )
        self.wave_combo = self.row(
            form,
            tr("Wave field"),
            QgsFieldComboBox(),
            tr("Survey wave field (optional): enables the change between waves."),
        )
        self.wave_combo.setAllowEmptyFieldName(True)
        self.id_combo = self.row(
            form,
            tr("Response id"),
            QgsFieldComboBox(),
            tr(
                "A unique, never-changing id per response (optional). It fixes each response's key for the "
                "disclosure noise; without it the whole row is used, so correcting an answer changes that key."
            ),
        )
        self.id_combo.setAllowEmptyFieldName(True)
        self.threshold_spin = self.row(
            form,
            tr("Minimum respondents"),
            QSpinBox(),
            tr("Areas with fewer respondents are suppressed: no value anywhere."),
        )
        self.threshold_spin.setRange(2, 1000)
        self.threshold_spin.setValue(MIN_RESPONDENTS)
        self.confidence_spin = self.row(
            form, tr("Confidence level"), QDoubleSpinBox(), tr("Confidence level of the intervals.")
        )
        self.confidence_spin.setRange(0.5, 0.999)
        self.confidence_spin.setDecimals(3)
        self.confidence_spin.setSingleStep(0.01)
        self.confidence_spin.setValue(CONFIDENCE)
        self.hotspots_combo = self.row(
            form,
            tr("Hot spots"),
            QgsMapLayerComboBox(),
            tr("Hot spot cells (optional): harm per area and priority places."),
        )
        self.hotspots_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.hotspots_combo.setAllowEmptyLayer(True)
        self.hotspots_combo.setLayer(None)
        self.body_layout.addWidget(data)

        run_row = QHBoxLayout()
        self.run_button = QPushButton(tr("Show survey"))
        self.run_button.setToolTip(tr("Aggregate the responses to the areas (runs in the background)."))
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(tr("Stop"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        self.body_layout.addLayout(run_row)
        self.map_button = QPushButton(tr("Map and exports…"))
        self.map_button.setToolTip(tr("How the result is shown, and its CSV and PDF exports."))
        self.map_button.setEnabled(False)
        self.body_layout.addWidget(self.map_button)
        self.add_status()

        best = likeliest_survey(self.project)
        if best is not None:
            self.responses_combo.setLayer(best)
        self.responses_combo.layerChanged.connect(self._responses_changed)
        self.areas_combo.layerChanged.connect(self.area_field_combo.setLayer)
        self.link_combo.currentIndexChanged.connect(self._link_changed)
        self.area_field_combo.setLayer(self.areas_combo.currentLayer())
        self._responses_changed(self.responses_combo.currentLayer())
        self._link_changed()

    def _set_row_visible(self, widget, visible: bool) -> None:
        widget.setVisible(visible)
        label = self._form.labelForField(widget)
        if label is not None:
            label.setVisible(visible)

    def _link_changed(self, *args) -> None:
        mode = self.link_combo.currentData()
        self._set_row_visible(self.response_code_combo, mode == LINK_CODE)
        self._set_row_visible(self.x_combo, mode == LINK_XY)
        self._set_row_visible(self.y_combo, mode == LINK_XY)
        self._set_row_visible(self.postcode_combo, mode == LINK_POSTCODE)
        self._set_row_visible(self.lookup_widget, mode == LINK_POSTCODE)

    def _responses_changed(self, layer) -> None:
        for combo in (
            self.response_code_combo,
            self.x_combo,
            self.y_combo,
            self.postcode_combo,
            self.wave_combo,
            self.id_combo,
        ):
            combo.setLayer(layer)
        self.questions_combo.clear()
        self.verdict = SurveyVerdict(problem=NO_ANSWERS)
        if layer is None:
            return
        names = layer.fields().names()
        lowered = {n.lower(): n for n in names}
        for candidates, combo in (
            (("area_code", "lsoa11cd", "lsoa", "lsoa_code", "ward_code", "ward", "area"), self.response_code_combo),
            (("x", "lon", "longitude", "easting"), self.x_combo),
            (("y", "lat", "latitude", "northing"), self.y_combo),
            (("postcode", "pcds", "pcd", "post_code"), self.postcode_combo),
            (("wave", "survey_wave", "round"), self.wave_combo),
            (("response_id", "respondent_id", "respondent", "id", "uuid"), self.id_combo),
        ):
            match = next((lowered[c] for c in candidates if c in lowered), None)
            if match is not None:
                combo.setField(match)
            elif combo in (self.wave_combo, self.id_combo):
                combo.setField("")
        link_fields = {self.response_code_combo.currentField().lower()}
        self.verdict = judge(layer)
        for name in names:
            answer = name in self.verdict.questions and name.lower() not in link_fields
            self.questions_combo.addItemWithCheckState(
                name, Qt.CheckState.Checked if answer else Qt.CheckState.Unchecked
            )
        self.status.setText(refusal(self.verdict, layer.name()))

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Survey responses"), "", tr("CSV files (*.csv *.txt)"))
        if path:
            self.load_responses_csv(path)

    def load_responses_csv(self, path) -> QgsVectorLayer:
        """Add a survey CSV to the project as a table and select it; the file is only read."""
        uri = QUrl.fromLocalFile(str(path)).toString() + "?delimiter=,&detectTypes=yes&geomType=none"
        layer = QgsVectorLayer(uri, tr("Survey responses ({})").format(Path(path).stem), "delimitedtext")
        if not layer.isValid():
            self.status.setText(tr("Could not read {} as a CSV file.").format(path))
            return layer
        self.project.addMapLayer(layer)
        self.responses_combo.setLayer(layer)
        return layer

    def set_questions(self, names: List[str]) -> None:
        """Check exactly these questions."""
        self.questions_combo.deselectAllOptions()
        self.questions_combo.setCheckedItems(list(names))

    # --- running ------------------------------------------------------------------------------------
    def parameters(self) -> dict:
        responses = self.responses_combo.currentLayer()
        areas = self.areas_combo.currentLayer()
        hotspots = self.hotspots_combo.currentLayer()
        parameters = {
            "RESPONSES": responses.id() if responses else None,
            "AREAS": areas.id() if areas else None,
            "AREA_FIELD": self.area_field_combo.currentField(),
            "QUESTION_FIELDS": self.questions_combo.checkedItems(),
            "MIN_RESPONDENTS": self.threshold_spin.value(),
            "CONFIDENCE": self.confidence_spin.value(),
            "OUTPUT": os.path.join(self._tmpdir, f"survey_{id(self)}_{len(os.listdir(self._tmpdir))}.gpkg"),
        }
        mode = self.link_combo.currentData()
        if mode == LINK_CODE:
            parameters["RESPONSE_AREA_FIELD"] = self.response_code_combo.currentField()
        elif mode == LINK_XY:
            parameters["X_FIELD"] = self.x_combo.currentField()
            parameters["Y_FIELD"] = self.y_combo.currentField()
        else:
            parameters["POSTCODE_FIELD"] = self.postcode_combo.currentField()
            parameters["POSTCODE_LOOKUP"] = self.lookup_widget.filePath()
        if self.wave_combo.currentField():
            parameters["WAVE_FIELD"] = self.wave_combo.currentField()
        if self.id_combo.currentField():
            parameters["RESPONSE_ID_FIELD"] = self.id_combo.currentField()
        if hotspots is not None:
            parameters["HOTSPOTS"] = hotspots.id()
        return parameters

    def run(self) -> None:
        """Run hotspot:surveyoverlay with the form's settings in the background."""
        if self.runner.is_running():
            self._rerun.start()  # run again when the current job has finished
            return
        parameters = self.parameters()
        if parameters["RESPONSES"] and not self.verdict.ok:  # GPS fixes, or a layer without answers
            self.status.setText(refusal(self.verdict, self.responses_combo.currentLayer().name()))
            return
        if not parameters["RESPONSES"] or not parameters["AREAS"] or not parameters["QUESTION_FIELDS"]:
            self.status.setText(tr("Choose the responses, the area layer and at least one question."))
            return
        self.runner.start(ALGORITHM_ID, parameters, partial(self._finished, parameters))

    def run_again_soon(self, *args) -> None:
        """Run again shortly (settings changed after a result), once, however many changes come."""
        self._rerun.start()

    def _finished(self, parameters: dict, results: dict, context) -> None:
        if self.on_result is not None:
            self.on_result(parameters, results)

    def describe(self, parameters: dict) -> str:
        """The run's settings, one per line, with layer names instead of ids (for the layer metadata)."""
        lines = []
        for key, value in parameters.items():
            if key == "OUTPUT":
                continue
            layer = self.project.mapLayer(value) if isinstance(value, str) else None
            lines.append(f"{key}: {layer.name() if layer is not None else value}")
        return "\n".join(lines)

    def cleanup(self) -> None:
        self._rerun.stop()
        self.runner.stop()
        shutil.rmtree(self._tmpdir, ignore_errors=True)
        super().cleanup()


class SurveyMapPanel(HotspotPanel):
    """The overlay on the map (view, question, wave, opacity, order) and its exports.

    ``form`` is the :class:`SurveyDataPanel` the overlay came from (its hot spot layer and area field).
    """

    def __init__(self, form: SurveyDataPanel, canvas=None, project=None, parent=None):
        super().__init__(tr("Map and exports"), canvas, project, parent)
        self.form = form
        self.overlay_layer: Optional[QgsVectorLayer] = None
        self.overlay_path: Optional[str] = None
        self._build()
        self.project.layersWillBeRemoved.connect(self._layers_removed)

    def _build(self) -> None:
        view = QGroupBox(tr("Map"))
        view_form = QFormLayout(view)
        self.view_combo = self.row(
            view_form,
            tr("Show"),
            QComboBox(),
            tr("Survey values, change since the previous wave, or priority places (high harm and low score)."),
        )
        self.question_combo = self.row(view_form, tr("Question"), QComboBox(), tr("The question shown on the map."))
        self.wave_show_combo = self.row(view_form, tr("Wave"), QComboBox(), tr("The survey wave shown on the map."))
        self.opacity_slider = self.row(
            view_form, tr("Opacity"), QSlider(Qt.Orientation.Horizontal), tr("Opacity of the survey overlay.")
        )
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.setValue(75)
        self.order_combo = self.row(
            view_form, tr("Draw"), QComboBox(), tr("Draw the survey overlay above or below the hot spot layer.")
        )
        self.order_combo.addItem(tr("Above the hot spots"), True)
        self.order_combo.addItem(tr("Below the hot spots"), False)
        export_row = QHBoxLayout()
        self.csv_button = QPushButton(tr("Export CSV…"))
        self.csv_button.setToolTip(tr("Summary per area, published values only."))
        self.csv_button.clicked.connect(partial(self._ask_export, "csv"))
        self.pdf_button = QPushButton(tr("Export PDF…"))
        self.pdf_button.setToolTip(tr("Map, legend, method and the area table, published values only."))
        self.pdf_button.clicked.connect(partial(self._ask_export, "pdf"))
        export_row.addWidget(self.csv_button)
        export_row.addWidget(self.pdf_button)
        view_form.addRow(export_row)
        self.body_layout.addWidget(view)
        self.add_status()

        self.view_combo.currentIndexChanged.connect(self.restyle)
        self.question_combo.currentIndexChanged.connect(self.restyle)
        self.wave_show_combo.currentIndexChanged.connect(self._wave_changed)
        self.opacity_slider.valueChanged.connect(self._opacity_changed)
        self.order_combo.currentIndexChanged.connect(lambda *_: self.apply_order())
        self._set_view_enabled(False)

    def show_result(self, parameters: dict, results: dict) -> Optional[str]:
        """Put the overlay written to ``parameters["OUTPUT"]`` on the map (replacing the previous one in its
        place in the layer tree); the status text, or None when it cannot be opened."""
        path = parameters["OUTPUT"]
        layer = QgsVectorLayer(path, tr("Community survey"), "ogr")
        if not layer.isValid():
            return None
        algorithm_settings = {
            "min_respondents": parameters["MIN_RESPONDENTS"],
            "confidence": parameters["CONFIDENCE"],
            "harm": layer.fields().lookupField("harm") >= 0,
        }
        waves = []
        if layer.fields().lookupField("wave") >= 0:
            waves = sorted({f["wave"] for f in layer.getFeatures() if f["wave"]}, key=_wave_key)
        algorithm_settings["waves"] = waves
        layer.setCustomProperty(survey_style.PROPERTY, json.dumps(algorithm_settings))
        metadata = layer.metadata()
        metadata.setTitle(tr("Community survey overlay"))
        metadata.setAbstract(self.form.describe(parameters) + "\n\n" + method_text(layer))
        layer.setMetadata(metadata)

        previous = self.overlay_layer
        parent, index = self._tree_position(previous)
        self.project.addMapLayer(layer, False)
        parent.insertChildNode(index, QgsLayerTreeLayer(layer))
        self.overlay_layer = layer
        self.overlay_path = path
        if previous is not None:
            self.project.removeMapLayer(previous.id())
        self._fill_view_choices(layer, waves)
        if previous is None:
            self.apply_order()
        self.restyle()
        return tr("{published} areas published, {suppressed} suppressed (fewer than {k} respondents).").format(
            published=results.get("AREAS_PUBLISHED"),
            suppressed=results.get("AREAS_SUPPRESSED"),
            k=parameters["MIN_RESPONDENTS"],
        )

    def _tree_position(self, previous):
        root = self.project.layerTreeRoot()
        if previous is not None:
            node = root.findLayer(previous.id())
            if node is not None:
                parent = node.parent()
                return parent, parent.children().index(node)
        return root, 0

    def _fill_view_choices(self, layer, waves) -> None:
        questions = survey_style.survey_questions(layer)
        keep_question = self.question_combo.currentData()
        keep_view = self.view_combo.currentData()
        keep_wave = self.wave_show_combo.currentData()
        for combo in (self.question_combo, self.view_combo, self.wave_show_combo):
            combo.blockSignals(True)
            combo.clear()
        for key, kind in questions:
            self.question_combo.addItem(key, (key, kind))
        self.view_combo.addItem(tr("Survey values"), "values")
        if waves and len(waves) > 1:
            self.view_combo.addItem(tr("Change since the previous wave"), "change")
        if layer.fields().lookupField("harm") >= 0:
            self.view_combo.addItem(tr("Priority places (high harm, low score)"), "priority")
        for wave in waves:
            self.wave_show_combo.addItem(str(wave), wave)
        for combo, keep in (
            (self.question_combo, keep_question),
            (self.view_combo, keep_view),
            (self.wave_show_combo, keep_wave),
        ):
            index = combo.findData(keep) if keep is not None else -1
            if index >= 0:
                combo.setCurrentIndex(index)
            elif combo is self.wave_show_combo and combo.count():
                combo.setCurrentIndex(combo.count() - 1)
            combo.blockSignals(False)
        self._set_view_enabled(True)
        self.wave_show_combo.setEnabled(bool(waves))
        if waves:
            survey_style.show_wave(layer, self.wave_show_combo.currentData())

    def _set_view_enabled(self, enabled: bool) -> None:
        for widget in (
            self.view_combo,
            self.question_combo,
            self.wave_show_combo,
            self.opacity_slider,
            self.order_combo,
            self.csv_button,
            self.pdf_button,
        ):
            widget.setEnabled(enabled)

    # --- showing ------------------------------------------------------------------------------------
    def current_view(self):
        """``(key, view)`` shown now, view one of survey_style.VIEWS; None before a run."""
        data = self.question_combo.currentData()
        if data is None or self.overlay_layer is None:
            return None
        key, kind = data
        choice = self.view_combo.currentData()
        if choice == "change" and kind == "numeric":
            return key, "change"
        if choice == "priority" and kind == "numeric":
            return key, "priority"
        return key, "mean" if kind == "numeric" else "top"

    def restyle(self, *args) -> None:
        view = self.current_view()
        if view is None:
            return
        layer = self.overlay_layer
        survey_style.apply_survey_style(layer, *view, opacity=self.opacity_slider.value() / 100.0)
        wave = self.wave_show_combo.currentData()
        layer.setName(
            tr("Community survey: {question}{wave}").format(
                question=view[0] + ("" if view[1] in ("mean", "top") else f" ({view[1]})"),
                wave=f", wave {wave}" if wave else "",
            )
        )
        if self.canvas is not None:
            self.canvas.refresh()

    def _wave_changed(self, *args) -> None:
        if self.overlay_layer is not None:
            survey_style.show_wave(self.overlay_layer, self.wave_show_combo.currentData())
            self.restyle()

    def _opacity_changed(self, value: int) -> None:
        if self.overlay_layer is not None:
            self.overlay_layer.setOpacity(value / 100.0)
            self.overlay_layer.triggerRepaint()

    def apply_order(self) -> None:
        """Put the overlay just above (or below) the hot spot layer in the layer tree."""
        layer, hotspots = self.overlay_layer, self.form.hotspots_combo.currentLayer()
        if layer is None or hotspots is None:
            return
        root = self.project.layerTreeRoot()
        node, target = root.findLayer(layer.id()), root.findLayer(hotspots.id())
        if node is None or target is None:
            return
        # Insert the copy before removing the original: a layer with no tree node leaves the project.
        parent = target.parent()
        index = parent.children().index(target)
        parent.insertChildNode(index if self.order_combo.currentData() else index + 1, node.clone())
        node.parent().removeChildNode(node)

    def _layers_removed(self, layer_ids) -> None:
        if self.overlay_layer is not None and self.overlay_layer.id() in layer_ids:
            self.overlay_layer = None
            self._set_view_enabled(False)

    # --- exports ------------------------------------------------------------------------------------
    def _ask_export(self, kind: str) -> None:
        if self.overlay_layer is None:
            return
        file_filter = tr("CSV files (*.csv)") if kind == "csv" else tr("PDF files (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, tr("Export survey summary"), "", file_filter)
        if not path:
            return
        try:
            written = self.export_csv(path) if kind == "csv" else self.export_pdf(path)
        except (OSError, ValueError) as error:  # ValueError: HotspotInputError, e.g. a read-only folder
            self.status.setText(str(error))
            return
        self.status.setText(tr("Wrote {}.").format(written))

    def export_csv(self, path) -> Path:
        """Summary CSV: one row per area (and wave), published values only, formula-injection safe."""
        return export_summary_csv(self.overlay_layer, path)

    def export_pdf(self, path) -> Path:
        """PDF: map of the current view with legend and method, then the table of areas."""
        key, view = self.current_view()
        wave = self.wave_show_combo.currentData()
        title = tr("Community survey: {}").format(key) + (" — " + tr("wave") + f" {wave}" if wave else "")
        return export_summary_pdf(
            self.overlay_layer,
            path,
            self.project,
            self.form.area_field_combo.currentField(),
            key,
            view,
            title,
            [self.form.hotspots_combo.currentLayer()],
        )

    def cleanup(self) -> None:
        """Remove the overlay layer and disconnect from the project (on unload)."""
        try:
            self.project.layersWillBeRemoved.disconnect(self._layers_removed)
        except TypeError:
            pass
        if self.overlay_layer is not None:
            layer_id = self.overlay_layer.id()
            self.overlay_layer = None
            if self.project.mapLayer(layer_id) is not None:
                self.project.removeMapLayer(layer_id)
        super().cleanup()


class SurveyDock(PanelDock):
    """The dock: the data panel first, the map panel on top of it once there is a result.

    ``project`` defaults to the current project. State is on the panels: ``dock.data`` and ``dock.map``.
    """

    def __init__(self, canvas=None, project=None, parent=None):
        super().__init__(tr("Community survey"), "HotspotSurveyDock", parent)
        project = project or QgsProject.instance()
        self.data = SurveyDataPanel(canvas, project, self._show_result)
        self.map = SurveyMapPanel(self.data, canvas, project)
        self.set_main_panel(self.data)
        self.add_panel(self.map)
        self.data.map_button.clicked.connect(self.show_map)
        self.data.threshold_spin.valueChanged.connect(self._settings_changed)

    @property
    def overlay_layer(self) -> Optional[QgsVectorLayer]:
        return self.map.overlay_layer

    @property
    def last_error(self) -> str:
        return self.data.runner.last_error

    def is_running(self) -> bool:
        return self.data.runner.is_running()

    def show_map(self) -> None:
        """Open the map panel (QGIS's back arrow returns to the data panel)."""
        if self.stack.currentPanel() is not self.map:
            self.data.open_panel(self.map)

    def _show_result(self, parameters: dict, results: dict) -> None:
        report = results.get("REPORT", "")
        first = self.map.overlay_layer is None
        text = self.map.show_result(parameters, results)
        if text is None:
            self.data.status.setText(tr("Could not open the survey overlay {}.").format(parameters["OUTPUT"]))
            return
        self.data.status.setText(text + "\n" + report)
        self.map.status.setText(text)
        self.data.map_button.setEnabled(True)
        if first:
            self.show_map()

    def _settings_changed(self, *args) -> None:
        if self.map.overlay_layer is not None:
            self.data.run_again_soon()


def _wave_key(value):
    text = str(value)
    try:
        return (0, float(text), text)
    except ValueError:
        return (1, 0.0, text)


def sample_values(layer, rows: int = SAMPLE_ROWS) -> dict:
    """The first ``rows`` values of every field of ``layer`` (Python values, NULL as None)."""
    from qgis.core import QgsFeatureRequest

    from ..qgis_io.values import python_value

    names = layer.fields().names()
    sample = {name: [] for name in names}
    request = QgsFeatureRequest().setLimit(rows).setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in layer.getFeatures(request):
        for name, value in zip(names, feature.attributes()):
            sample[name].append(python_value(value))
    return sample


def judge(layer) -> SurveyVerdict:
    """Whether ``layer`` can be a survey (a table or point layer with answer-like fields, never GPS fixes)."""
    from qgis.core import QgsWkbTypes

    if not isinstance(layer, QgsVectorLayer) or layer.geometryType() not in (
        QgsWkbTypes.GeometryType.PointGeometry,
        QgsWkbTypes.GeometryType.NullGeometry,
        QgsWkbTypes.GeometryType.UnknownGeometry,
    ):
        return SurveyVerdict(problem=NOT_TABLE)
    return judge_survey(sample_values(layer))


def refusal(verdict: SurveyVerdict, name: str) -> str:
    """Why the layer called ``name`` cannot be the survey, and what to choose instead ("" when it can)."""
    if verdict.problem == GPS:
        return tr(
            "“{name}” looks like officer GPS fixes ({fields}), not survey responses. Choose the survey's table or "
            "point layer (one row per response, the answers as fields), or load its CSV."
        ).format(name=name, fields=", ".join(verdict.gps_fields[:3]))
    if verdict.problem == CRIMES:
        return tr(
            "“{name}” looks like crime records ({fields}), not survey responses. Choose the survey's table or point "
            "layer, or load its CSV."
        ).format(name=name, fields=", ".join(verdict.gps_fields[:3]))
    if verdict.problem == NO_ANSWERS:
        return tr(
            "“{name}” has no answer-like fields (ratings from 0 to 10, or text answers from a few options), so it "
            "cannot be a survey. Choose the layer of survey responses, or load its CSV."
        ).format(name=name)
    if verdict.problem == NOT_TABLE:
        return tr("“{name}” is not a table or a point layer, so it cannot be survey responses.").format(name=name)
    return ""


def likeliest_survey(project) -> Optional[QgsVectorLayer]:
    """The project's layer that most looks like survey responses (None when none can be one)."""
    best, best_score = None, 0.0
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer):
            continue
        score = survey_score(judge(layer), layer.name())
        if score > best_score:
            best, best_score = layer, score
    return best
