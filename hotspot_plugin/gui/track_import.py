"""The "Import tracks" tool: a face on ``hotspot:importtracks`` with a preview, column mapping and presets.

The dialog runs the algorithm in the background (``gui.background``) with every file at once, so
pseudonyms are consistent across them and a broken file is reported while the others are imported,
and loads its outputs as the toolbox does: the layers are those ``qgis_process`` writes. When a
geofence layer is chosen ``hotspot:dwellcompliance`` runs next and its visits and fences are added,
the fences coloured by dwell with a one-click switch to colouring by compliance; a run whose fixes
fall in no fence at all says so in the log and the message bar.
"""

from __future__ import annotations

import json
from typing import Dict, List, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import pyqtSlot
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.errors import HotspotInputError
from ..core.resources import resource_path
from ..core.timeutil import DATE_ORDERS, DEFAULT_TIMEZONE
from ..core.tracks.importer import DEFAULT_MAX_ACCURACY_M, DEFAULT_MAX_SPEED_KMH
from ..core.tracks.readers import FORMATS, ROLE_LABELS, ROLES, column_text, preview_file
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..qgis_io.legend_labels import load_style
from .background import BackgroundRun, start_algorithm, to_project

IMPORT_ALGORITHM = "hotspot:importtracks"
DWELL_ALGORITHM = "hotspot:dwellcompliance"
#: The dialog's column roles → the algorithm's field parameters.
FIELD_PARAMETERS = {
    "officer": "OFFICER_FIELD",
    "time": "TIME_FIELD",
    "x": "X_FIELD",
    "y": "Y_FIELD",
    "speed": "SPEED_FIELD",
    "heading": "HEADING_FIELD",
    "accuracy": "ACCURACY_FIELD",
}
#: The column roles as the dialog names them (``ROLE_LABELS``), listed here for pylupdate5.
ROLE_NAMES = (
    QT_TRANSLATE_NOOP("@default", "officer id"),
    QT_TRANSLATE_NOOP("@default", "time"),
    QT_TRANSLATE_NOOP("@default", "x / longitude"),
    QT_TRANSLATE_NOOP("@default", "y / latitude"),
    QT_TRANSLATE_NOOP("@default", "speed"),
    QT_TRANSLATE_NOOP("@default", "heading"),
    QT_TRANSLATE_NOOP("@default", "accuracy"),
)
PRESET_GROUP = "hotspot_plugin/track_presets"
PREVIEW_ROWS = 20
NO_COLUMN = ""


class TrackImportDialog(QDialog):
    """Choose files, correct the column mapping (or use a preset), run, and get styled layers."""

    def __init__(self, iface=None, parent=None, project: Optional[QgsProject] = None):
        super().__init__(parent)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.task: Optional[BackgroundRun] = None  #: the running import or dwell job
        self.last_parameters: Dict[str, object] = {}
        self.warnings: List[str] = []
        self.preview_data = None
        self.added_layers: List[QgsVectorLayer] = []
        self.fences_layer: Optional[QgsVectorLayer] = None
        self.busy = False
        self.setWindowTitle(tr("Import officer tracks"))
        self.resize(900, 800)
        self._build()

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        files_box = QGroupBox(tr("Export files"))
        files_layout = QHBoxLayout(files_box)
        self.file_list = QListWidget()
        self.file_list.setToolTip(tr("App GPS or radio CSV, GPX, GeoJSON or NMEA files; all are imported together."))
        self.file_list.setMaximumHeight(90)
        files_layout.addWidget(self.file_list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(tr("Add files…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.format_combo = QComboBox()
        self.format_combo.addItems(FORMATS)
        self.format_combo.setToolTip(tr("auto recognises each file from its extension or first characters."))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(QLabel(tr("Format")))
        buttons.addWidget(self.format_combo)
        buttons.addStretch(1)
        files_layout.addLayout(buttons)
        layout.addWidget(files_box)

        mapping_box = QGroupBox(tr("Columns (recognised from their names; correct them if needed)"))
        mapping_layout = QGridLayout(mapping_box)
        self.role_combos: Dict[str, QComboBox] = {}
        for i, role in enumerate(ROLES):
            combo = QComboBox()
            combo.setObjectName(f"mapping_{role}")
            combo.setToolTip(tr("The column holding the {0}.").format(tr(ROLE_LABELS[role])))
            self.role_combos[role] = combo
            mapping_layout.addWidget(QLabel(tr(ROLE_LABELS[role])), i // 4 * 2, i % 4)
            mapping_layout.addWidget(combo, i // 4 * 2 + 1, i % 4)
        presets = QHBoxLayout()
        self.preset_combo = QComboBox()
        self.preset_combo.setToolTip(tr("Saved column mappings for exports you import often."))
        self.save_preset_button = QPushButton(tr("Save preset…"))
        self.delete_preset_button = QPushButton(tr("Delete preset"))
        presets.addWidget(QLabel(tr("Preset")))
        presets.addWidget(self.preset_combo, 1)
        presets.addWidget(self.save_preset_button)
        presets.addWidget(self.delete_preset_button)
        mapping_layout.addLayout(presets, 4, 0, 1, 4)
        layout.addWidget(mapping_box)

        self.preview = QTableWidget(0, len(ROLES))
        self.preview.setHorizontalHeaderLabels([tr(ROLE_LABELS[r]) for r in ROLES])
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setToolTip(tr("The first rows of the selected file as they will be read."))
        self.preview.setMinimumHeight(170)
        layout.addWidget(self.preview, 3)
        self.preview.resizeColumnsToContents()  # the headers' full text before a file is chosen

        options = QGroupBox(tr("Options"))
        form = QFormLayout(options)
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        self.crs_widget.setToolTip(tr("CRS of the coordinates in the files (EPSG:4326 for latitude/longitude)."))
        form.addRow(tr("Coordinates' CRS"), self.crs_widget)
        self.timezone_edit = QLineEdit(DEFAULT_TIMEZONE)
        self.timezone_edit.setToolTip(tr("Time zone of times written without an offset."))
        form.addRow(tr("Time zone"), self.timezone_edit)
        self.date_order_combo = QComboBox()
        self.date_order_combo.addItems(DATE_ORDERS)
        self.date_order_combo.setToolTip(
            tr(
                "How to read slashed dates such as 07/04/2026. auto: day first (UK) unless some dates only make "
                "sense month first (04/13/2026); a file with both kinds is reported and not imported."
            )
        )
        form.addRow(tr("Date order"), self.date_order_combo)
        self.lookup_widget = QgsFileWidget()
        self.lookup_widget.setFilter(tr("CSV files (*.csv)"))
        self.lookup_widget.setToolTip(tr("Optional CSV of radio id (ISSI) → collar number."))
        form.addRow(tr("Radio id lookup"), self.lookup_widget)
        self.pseudonymise_check = QCheckBox(tr("Pseudonymise officer ids (and file names)"))
        form.addRow("", self.pseudonymise_check)
        self.max_speed_spin = QDoubleSpinBox()
        self.max_speed_spin.setRange(0, 1000)
        self.max_speed_spin.setValue(DEFAULT_MAX_SPEED_KMH)
        self.max_speed_spin.setSuffix(" km/h")
        self.max_speed_spin.setToolTip(
            tr("Fixes that need more than this speed to reach and leave are jumps; 0 = off.")
        )
        form.addRow(tr("Maximum speed"), self.max_speed_spin)
        self.max_accuracy_spin = QDoubleSpinBox()
        self.max_accuracy_spin.setRange(0, 100000)
        self.max_accuracy_spin.setValue(DEFAULT_MAX_ACCURACY_M)
        self.max_accuracy_spin.setSuffix(" m")
        self.max_accuracy_spin.setToolTip(tr("Fixes with a larger stated error are dropped; 0 = off."))
        form.addRow(tr("Maximum accuracy error"), self.max_accuracy_spin)
        self.fence_combo = QgsMapLayerComboBox()
        self.fence_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.fence_combo.setAllowEmptyLayer(True)
        if hasattr(self.fence_combo, "setProject"):  # QGIS ≥ 3.24; before, the combo lists the current project
            self.fence_combo.setProject(self.project)
        self.fence_combo.setLayer(None)
        self.fence_combo.setToolTip(tr("Geofences to measure dwell and compliance in (optional)."))
        form.addRow(tr("Geofence layer"), self.fence_combo)
        layout.addWidget(options)

        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        self.log.setMaximumHeight(130)
        layout.addWidget(self.log, 1)
        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.run_button = QPushButton(tr("Import"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.colour_button = QPushButton(tr("Colour fences by compliance"))
        self.colour_button.setCheckable(True)
        self.colour_button.setEnabled(False)
        self.close_button = QPushButton(tr("Close"))
        bottom.addWidget(self.progress, 1)
        for button in (self.run_button, self.cancel_button, self.colour_button, self.close_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)

        self.add_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self._remove_selected)
        self.file_list.currentRowChanged.connect(lambda _row: self.refresh_preview(reguess=True))
        self.format_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview(reguess=True))
        for combo in self.role_combos.values():
            combo.currentIndexChanged.connect(lambda _i: self.update_preview_rows())
        self.preset_combo.activated.connect(lambda _i: self.load_preset(self.preset_combo.currentText()))
        self.save_preset_button.clicked.connect(self._ask_preset_name)
        self.delete_preset_button.clicked.connect(lambda: self.delete_preset(self.preset_combo.currentText()))
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.colour_button.toggled.connect(self.set_compliance_colouring)
        self.close_button.clicked.connect(self.close)
        self._reload_presets()

    # -- files and preview -----------------------------------------------------------------------

    def files(self) -> List[str]:
        return [self.file_list.item(i).text() for i in range(self.file_list.count())]

    def add_files(self, paths) -> None:
        known = set(self.files())
        for path in paths:
            if str(path) not in known:
                self.file_list.addItem(str(path))
        if self.file_list.currentRow() < 0 and self.file_list.count():
            self.file_list.setCurrentRow(0)
        else:
            self.refresh_preview(reguess=True)

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Tracking exports"),
            "",
            tr("Tracking exports (*.csv *.txt *.gpx *.geojson *.json *.nmea *.log);;All files (*.*)"),
        )
        if paths:
            self.add_files(paths)

    def _remove_selected(self) -> None:
        row = self.file_list.currentRow()
        if row >= 0:
            self.file_list.takeItem(row)
            self.refresh_preview(reguess=True)

    def _format(self) -> str:
        return self.format_combo.currentText()

    def refresh_preview(self, reguess: bool = False) -> None:
        """Read the first rows of the selected file and fill the column choices (guessed when ``reguess``)."""
        item = self.file_list.currentItem() or (self.file_list.item(0) if self.file_list.count() else None)
        self.preview_data = None
        if item is None:
            self.preview.setRowCount(0)
            return
        try:
            self.preview_data = preview_file(item.text(), self._format(), PREVIEW_ROWS)
        except HotspotInputError as error:
            self.message(str(error))
            self.preview.setRowCount(0)
            return
        data = self.preview_data
        mappable = bool(data.columns)
        for role, combo in self.role_combos.items():
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NO_COLUMN)
            fixed = not mappable or (data.format == "geojson" and role in ("x", "y"))
            choices = [data.guessed[role]] if fixed and data.guessed.get(role) else list(data.columns)
            guess = data.guessed.get(role)
            if guess and guess not in choices:
                choices.append(guess)
            combo.addItems([c for c in choices if c])
            wanted = guess if (reguess or not current) else current
            index = combo.findText(wanted or NO_COLUMN)
            combo.setCurrentIndex(max(index, 0))
            combo.setEnabled(not fixed)
            combo.blockSignals(False)
        self.update_preview_rows()

    def mapping(self) -> Dict[str, Optional[str]]:
        """Role → column as chosen in the dialog (GPX/NMEA need none; GeoJSON points give x and y)."""
        if self.preview_data is not None and not self.preview_data.columns:
            return {}
        out = {role: (combo.currentText() or None) for role, combo in self.role_combos.items()}
        if self.preview_data is not None and self.preview_data.format == "geojson":
            out.pop("x")
            out.pop("y")
        return out

    def set_mapping(self, mapping: Dict[str, Optional[str]]) -> None:
        for role, column in mapping.items():
            combo = self.role_combos.get(role)
            if combo is None or not combo.isEnabled():
                continue
            if column and combo.findText(column) < 0:
                combo.addItem(column)
            combo.setCurrentIndex(max(combo.findText(column or NO_COLUMN), 0))
        self.update_preview_rows()

    def update_preview_rows(self) -> None:
        data = self.preview_data
        if data is None:
            self.preview.setRowCount(0)
            return
        table = data.table
        self.preview.setRowCount(len(table))
        for c, role in enumerate(ROLES):
            name = self.role_combos[role].currentText()
            try:
                values = column_text(table, name) if name else None
            except HotspotInputError:
                values = None
            for r in range(len(table)):
                text = "" if values is None else str(values.iloc[r])
                self.preview.setItem(r, c, QTableWidgetItem("" if text == "nan" else text))
        self.preview.resizeColumnsToContents()

    # -- presets ---------------------------------------------------------------------------------

    def preset_names(self) -> List[str]:
        settings = QgsSettings()
        settings.beginGroup(PRESET_GROUP)
        names = sorted(settings.childKeys())
        settings.endGroup()
        return names

    def _reload_presets(self) -> None:
        self.preset_combo.clear()
        self.preset_combo.addItem("")
        self.preset_combo.addItems(self.preset_names())

    def save_preset(self, name: str) -> None:
        """Store the current mapping, format and time zone under ``name``."""
        name = name.strip().replace("/", "-")
        if not name:
            return
        value = {
            "mapping": {r: c.currentText() for r, c in self.role_combos.items()},
            "format": self._format(),
            "timezone": self.timezone_edit.text().strip(),
            "date_order": self.date_order_combo.currentText(),
        }
        QgsSettings().setValue(f"{PRESET_GROUP}/{name}", json.dumps(value))
        self._reload_presets()
        self.preset_combo.setCurrentText(name)
        self.message(tr("Saved preset '{0}'.").format(name))

    def load_preset(self, name: str) -> bool:
        if not name:
            return False
        text = QgsSettings().value(f"{PRESET_GROUP}/{name}", "")
        try:
            value = json.loads(text or "{}")
        except (TypeError, ValueError):
            return False
        if value.get("format") in FORMATS:
            self.format_combo.setCurrentText(value["format"])
        if value.get("timezone"):
            self.timezone_edit.setText(value["timezone"])
        if value.get("date_order") in DATE_ORDERS:
            self.date_order_combo.setCurrentText(value["date_order"])
        self.set_mapping(value.get("mapping", {}))
        return True

    def delete_preset(self, name: str) -> None:
        if name:
            QgsSettings().remove(f"{PRESET_GROUP}/{name}")
            self._reload_presets()

    def _ask_preset_name(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save preset"), tr("Preset name"))
        if ok and name.strip():
            self.save_preset(name)

    # -- running ---------------------------------------------------------------------------------

    @pyqtSlot(float)
    def show_progress(self, value: float) -> None:
        """Progress from a worker thread: a decorated slot, so Qt queues the call to the dialog's thread."""
        self.progress.setValue(int(value))

    def message(self, text: str) -> None:
        self.log.appendPlainText(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.run_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def parameters(self) -> Dict[str, object]:
        """The ``hotspot:importtracks`` parameters the dialog's settings stand for."""
        paths = self.files()
        parameters: Dict[str, object] = {
            "INPUT": paths[0] if paths else "",
            "MORE_INPUTS": paths[1:],
            "FORMAT": FORMATS.index(self._format()),
            "SOURCE_CRS": self.crs_widget.crs(),
            "TIMEZONE": self.timezone_edit.text().strip() or DEFAULT_TIMEZONE,
            "DATE_ORDER": DATE_ORDERS.index(self.date_order_combo.currentText()),
            "PSEUDONYMISE": self.pseudonymise_check.isChecked(),
            "MAX_SPEED_KMH": self.max_speed_spin.value(),
            "MAX_ACCURACY_M": self.max_accuracy_spin.value(),
            "SKIP_BROKEN": True,
            "OUTPUT": to_project(self.project, tr("Officer fixes")),
            "OUTPUT_TRACKS": to_project(self.project, tr("Officer tracks")),
        }
        if self.lookup_widget.filePath():
            parameters["ID_LOOKUP"] = self.lookup_widget.filePath()
        for role, column in self.mapping().items():
            if column:
                parameters[FIELD_PARAMETERS[role]] = column
        return parameters

    def start(self) -> None:
        """Start the background import of every listed file (``hotspot:importtracks``)."""
        if self.busy:
            return
        paths = self.files()
        if not paths:
            self.message(tr("Add at least one export file."))
            return
        self.progress.setValue(0)
        self.colour_button.setEnabled(False)
        self.warnings = []
        self.last_parameters = self.parameters()
        self.task = start_algorithm(
            IMPORT_ALGORITHM, self.last_parameters, self.project, self.show_progress, self._import_done
        )
        if self.task is None:
            self.message(tr("The Processing algorithm {0} is not available.").format(IMPORT_ALGORITHM))
            return
        self._set_busy(True)
        self.message(tr("Importing {0} file(s)…").format(len(paths)))

    def cancel(self) -> None:
        if self.task is not None and self.busy:
            self.task.cancel()

    def _log_run(self, feedback) -> None:
        for line in feedback.textLog().strip().splitlines():
            if line.strip():
                self.message(line.strip())

    def _import_done(self, ok: bool, results: dict, context, feedback) -> None:
        run = self.task
        self._log_run(feedback)
        if not ok:
            self._set_busy(False)
            self.task = None
            self.message(tr("Import cancelled.") if feedback.isCanceled() else tr("Nothing was imported."))
            return
        layers = run.load(results, {"OUTPUT_TRACKS": tr("Officer tracks"), "OUTPUT": tr("Officer fixes")})
        self.added_layers.extend(layers)
        fixes = next((layer for layer in layers if layer.name() == tr("Officer fixes")), None)
        self.message(
            tr("Added {0:,} fixes and {1:,} track lines.").format(
                int(results.get("N_KEPT", 0)), sum(layer.featureCount() for layer in layers if layer is not fixes)
            )
        )
        self.progress.setValue(100)
        self.task = None
        if fixes is None:
            self._set_busy(False)
            return
        self.run_dwell(fixes)

    # -- dwell and compliance --------------------------------------------------------------------

    def run_dwell(self, fixes: QgsVectorLayer) -> None:
        """Run the dwell algorithm on the new fixes when it is installed and fences are chosen."""
        fences = self.fence_combo.currentLayer()
        if fences is None:
            self._set_busy(False)
            return
        self.message(tr("Measuring dwell in {0}…").format(fences.name()))
        parameters = {
            "TRACKS": fixes,
            "FENCES": fences,
            "TIMEZONE": self.last_parameters.get("TIMEZONE", DEFAULT_TIMEZONE),
            "OUTPUT_VISITS": to_project(self.project, tr("Visits")),
            "OUTPUT_FENCES": to_project(self.project, tr("Fences by dwell")),
        }
        self.task = start_algorithm(DWELL_ALGORITHM, parameters, self.project, self.show_progress, self._dwell_done)
        if self.task is None:
            self.message(tr("Dwell and compliance are not available in this version: fixes and tracks only."))
            self._set_busy(False)

    def _dwell_done(self, ok: bool, results: dict, context, feedback) -> None:
        run, self.task = self.task, None
        self._set_busy(False)
        self._log_run(feedback)
        if not ok:
            self.message(tr("Dwell and compliance failed or were cancelled."))
            return
        layers = run.load(results, {"OUTPUT_VISITS": tr("Visits"), "OUTPUT_FENCES": tr("Fences by dwell")})
        self.added_layers.extend(layers)
        fences = next((layer for layer in layers if layer.name() == tr("Fences by dwell")), None)
        if fences is not None:
            self.fences_layer = fences
            self.colour_button.blockSignals(True)
            self.colour_button.setChecked(False)
            self.colour_button.blockSignals(False)
            self.set_compliance_colouring(False)
            self.colour_button.setEnabled(True)
        self.progress.setValue(100)
        self.message(tr("Added visits and fences coloured by dwell."))
        if float(results.get("PRESENT_MIN", 0.0)) <= 0:
            self.warn(
                tr(
                    "None of the imported fixes lies in any fence of {0}: every fence has 0 dwell. Check the "
                    "coordinates' CRS of the exports and that the fences are the right ones."
                ).format(self.fence_combo.currentLayer().name() if self.fence_combo.currentLayer() else "")
            )

    def warn(self, text: str) -> None:
        """A warning in the dialog's log and in QGIS's message bar."""
        self.warnings.append(text)
        self.message(text)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Import tracks"), text, Qgis.MessageLevel.Warning, 0)

    def set_compliance_colouring(self, compliance: bool) -> None:
        """Colour the dwell fences by compliance (True) or by dwell minutes (False)."""
        if self.fences_layer is None:
            return
        style = resource_path("styles", "fences_compliance.qml" if compliance else "fences_dwell.qml")
        if not style.exists():
            self.message(tr("Style {0} is missing from the plugin.").format(style.name))
            return
        load_style(self.fences_layer, style)
        self.fences_layer.triggerRepaint()
        self.colour_button.setText(tr("Colour fences by dwell") if compliance else tr("Colour fences by compliance"))
        if self.iface is not None:
            self.iface.layerTreeView().refreshLayerSymbology(self.fences_layer.id())

    def closeEvent(self, event):  # noqa: N802 - Qt API name
        self.cancel()
        super().closeEvent(event)
