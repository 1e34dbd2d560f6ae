"""The check that runs when an edit session on a geofence layer is saved, and the version stamp that
lets PostGIS refuse an edit based on a fence someone else has changed since.

Behaviour (what a planner sees):

- Saving edits to a geofence layer validates the layer as saved (plus any edits still in the buffer,
  when the session goes on) with the checks of ``Validate geofences``, so new fences are named by the
  fence_id the database gave them. Problems are shown in the message bar with a
  "Show problems" button that opens them as a layer with its attribute table.
- The check never blocks, changes or drops an edit: the save goes ahead as the planner asked, and the
  problems stay listed until they are fixed in a later edit.
- In PostGIS, every fence changed in the session is sent with ``base_version`` (the version the
  fence had when the planner first changed it). The layer's default style does this through a default
  value, so any QGIS does it, plugin or not; the watcher fills in what that missed (a layer opened
  without its default style). When another planner saved that fence in the meantime the database
  refuses the change with an "Edit conflict" error that QGIS shows (``commitErrors()``); the
  planner's edit stays in the edit buffer. The message bar then names the fences, with a "Keep my
  version" button (:meth:`GeofenceEditWatcher.accept_current_versions`) that tells the database which
  newer version the planner has seen and replaces on purpose (``overwrites_version``); the history
  keeps both versions and flags the replaced one.
- The database refuses any update that does not say its base version, so an edit made where no
  watcher runs (a model, a script, another QGIS) is refused rather than silently overwriting.
- :class:`GeofenceGuard` watches every geofence layer of the project however it arrives: there when
  the plugin starts, added from the Browser, read with a project, loaded by a Processing run or a
  model, or repaired later (a layer that was unavailable when the project opened).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Dict, List, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsDefaultValue,
    QgsFeature,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtWidgets import QPushButton

from ..core.access import Refusal, access_contact, explain_refusal
from ..core.resources import resource_path
from ..i18n import tr
from ..qgis_io.fields import make_fields
from ..qgis_io.geofence_store import BASE_VERSION_DEFAULT, check_settings, is_geofence_layer
from ..qgis_io.geometry import as_multipolygon
from ..qgis_io.legend_labels import load_style
from ..qgis_io.values import is_null

if TYPE_CHECKING:  # the geofence checks (numpy, shapely) load when a save is checked
    from ..core.geofence_checks import Problem

#: Layer id of the hot spot cell layer a geofence layer was last drawn from (set by the map tool).
HOT_CELLS_PROPERTY = "hotspot/hot_cells_layer"
HOT_BIN = 2


def hot_cells_layer(layer: QgsVectorLayer, project: QgsProject) -> Optional[QgsVectorLayer]:
    """The hot spot cell layer to check fences against: the one the fences were drawn from, else the
    only polygon layer with a gi_bin field in the project, else None (the hot cell check is skipped)."""
    chosen = project.mapLayer(str(layer.customProperty(HOT_CELLS_PROPERTY, "")))
    if isinstance(chosen, QgsVectorLayer) and chosen.fields().lookupField("gi_bin") >= 0:
        return chosen
    candidates = [
        lyr
        for lyr in project.mapLayers().values()
        if isinstance(lyr, QgsVectorLayer)
        and lyr.fields().lookupField("gi_bin") >= 0
        and lyr.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
        and lyr is not layer
    ]
    return candidates[0] if len(candidates) == 1 else None


def edited_state_problems(layer: QgsVectorLayer, project: Optional[QgsProject] = None) -> List[Problem]:
    """Problems of a geofence layer as it stands, unsaved edits included. New fences have no id yet:
    they are named ``new: <name>`` (or ``new fence``)."""
    from ..core.geofence_checks import check_fences
    from ..qgis_io.layers import fence_shapes, read_cells

    project = project or QgsProject.instance()
    shapes = fence_shapes(layer.getFeatures(), layer.fields(), name_new=True)
    cells = None
    cell_layer = hot_cells_layer(layer, project)
    if cell_layer is not None:
        transform = None
        if cell_layer.crs() != layer.crs():
            transform = QgsCoordinateTransform(cell_layer.crs(), layer.crs(), project.transformContext())
        cells = read_cells(cell_layer, transform, min_bin=HOT_BIN).shapes
    min_area, max_area, allow = check_settings(layer)
    return check_fences(
        shapes,
        min_area_m2=min_area,
        max_area_m2=max_area,
        allow_overlap=allow,
        hot_cells=cells,
    )


def feature_ids(layer: QgsVectorLayer, fence_ids) -> List[int]:
    """The feature ids of the fences with these fence_ids (the database's ids, as named in its errors)."""
    wanted = {int(i) for i in fence_ids}
    index = layer.fields().lookupField("fence_id")
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
    return [f.id() for f in layer.dataProvider().getFeatures(request) if f.attributes()[index] in wanted]


def refusal_rule(kind: str) -> str:
    """The rule behind a refusal, in a sentence a planner can act on."""
    return {
        "district": tr("Planners insert, change and delete only the fences inside the districts assigned to them."),
        "permission": tr(
            "Your database role may only read this layer: viewers read live fences, planners edit the fences of "
            "their districts, analysts edit all."
        ),
        "row_security": tr(
            "The database's row-level security refused the change: planners save only fences inside the "
            "districts assigned to them."
        ),
        "no_base": tr(
            "Every change must say which version of the fence it was made from, so that no one's edit is "
            "overwritten unseen, and QGIS could not tell (the fences were changed before the plugin watched the "
            "layer, or it was opened without its default style)."
        ),
    }.get(kind, tr("A rule of the database refused the change."))


def refusal_contact(layer: QgsVectorLayer) -> str:
    """Whom the administrator said to ask for rights (Set up access), read from the layer's database; ''
    when it cannot be read (not set up, no longer allowed, no connection)."""
    if layer.providerType() != "postgres":
        return ""
    from qgis.core import QgsDataSourceUri

    from ..core.errors import HotspotInputError
    from ..qgis_io.geofence_store import connect_database

    try:
        connection = connect_database(layer.source())
    except HotspotInputError:
        return ""
    try:
        with connection.cursor() as cursor:
            return access_contact(cursor, QgsDataSourceUri(layer.source()).schema() or "public")
    except Exception:  # noqa: BLE001 - the contact is a courtesy; the refusal is shown without it
        return ""
    finally:
        connection.close()


def problems_layer(problems: List[Problem], crs, name: str) -> QgsVectorLayer:
    """A styled memory layer listing ``problems`` (fence_id, problem, detail)."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid()}", name, "memory")
    fields = make_fields(["fence_id", "problem", "detail"])
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    features = []
    for problem in problems:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([str(problem.fence_id), problem.problem, problem.detail])
        feature.setGeometry(as_multipolygon(problem.geometry))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    load_style(layer, resource_path("styles", "geofence_problems.qml"))
    return layer


class GeofenceEditWatcher(QObject):
    """Watches one geofence layer's edit sessions: version stamps (PostGIS) and the check on save.

    ``report(layer, problems)`` is called with the problems found after a successful save (only when
    there are some; a refused save shows QGIS's own commit errors instead). Nothing in the edit
    buffer is touched except ``base_version`` and ``overwrites_version`` (PostGIS layers).
    """

    def __init__(
        self,
        layer: QgsVectorLayer,
        report: Optional[Callable] = None,
        project=None,
        on_conflict: Optional[Callable] = None,
        on_refusal: Optional[Callable] = None,
    ):
        super().__init__(layer)
        self.layer = layer
        self.report = report
        #: ``on_conflict(layer, fence_ids)`` after a save the database refused for edit conflicts.
        self.on_conflict = on_conflict
        #: ``on_refusal(layer, refusal)`` after a save an access or version rule of the database refused.
        self.on_refusal = on_refusal
        self.project = project
        self.last_problems: List[Problem] = []
        #: fence feature id → version in the database when this session first changed the fence.
        self.versions: Dict[int, int] = {}
        self._stamping = False
        self._connections = [
            (layer.editingStarted, self._new_session),
            (layer.beforeCommitChanges, self._before_commit),
            (layer.afterCommitChanges, self._after_commit),
            (layer.afterRollBack, self._new_session),
            (layer.geometryChanged, self._first_edit),
            (layer.attributeValueChanged, self._first_edit),
            (layer.featureDeleted, self._first_edit),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._ensure_base_version_default()

    def detach(self) -> None:
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._connections = []

    def _ensure_base_version_default(self) -> None:
        """A layer opened without its default style lacks the default that sends ``base_version``."""
        index = self.layer.fields().lookupField("base_version")
        if index >= 0 and not self.layer.defaultValueDefinition(index).isValid():
            self.layer.setDefaultValueDefinition(index, QgsDefaultValue(BASE_VERSION_DEFAULT, True))

    @property
    def _version_index(self) -> int:
        return self.layer.fields().lookupField("version")

    def _provider_versions(self, fids=None) -> Dict[int, int]:
        index = self._version_index
        if index < 0:
            return {}
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([index])
        if fids is not None:
            request.setFilterFids(list(fids))
        return {f.id(): f.attributes()[index] for f in self.layer.dataProvider().getFeatures(request)}

    def _new_session(self, *args) -> None:
        self.versions = {}

    def _first_edit(self, fid, *args) -> None:
        if self._stamping or fid < 0 or fid in self.versions or self._version_index < 0:
            return
        self.versions.update(self._provider_versions([fid]))

    def _before_commit(self, *args) -> None:
        self._stamp_versions()
        # QGIS signals nothing when a save fails: look at its errors once the save has returned.
        QTimer.singleShot(0, self.check_conflicts)

    def conflicting_fence_ids(self) -> List[int]:
        """Fence ids named in "Edit conflict" errors of the last save (empty when it went through)."""
        ids = []
        for line in self.layer.commitErrors():
            ids += [int(m) for m in re.findall(r"Edit conflict on fence (\d+)", line)]
        return sorted(set(ids))

    def check_conflicts(self) -> List[int]:
        """After a save: report edit conflicts, else a refusal by an access or version rule."""
        if not self.layer.isEditable():
            return []
        fence_ids = self.conflicting_fence_ids()
        if fence_ids:
            if self.on_conflict is not None:
                self.on_conflict(self.layer, fence_ids)
            return fence_ids
        refusal = explain_refusal(self.layer.commitErrors())
        if refusal is not None and self.on_refusal is not None:
            self.on_refusal(self.layer, refusal)
        return []

    def _after_commit(self, *args) -> None:
        self.versions = {}
        # Checked once saved, so that new fences are named by the fence_id the database gave them.
        try:
            self.last_problems = edited_state_problems(self.layer, self.project)
        except Exception as error:  # noqa: BLE001 - a failing check must never get in the way of the edits
            self.last_problems = []
            from qgis.core import QgsMessageLog

            QgsMessageLog.logMessage(f"Geofence check failed: {error}", "Hot spot policing", Qgis.MessageLevel.Warning)
            return
        if self.last_problems and self.report is not None:
            self.report(self.layer, self.last_problems)

    def changed_fence_ids(self) -> List[int]:
        buffer = self.layer.editBuffer()
        if buffer is None:
            return []
        changed = set(buffer.changedGeometries().keys()) | set(buffer.changedAttributeValues().keys())
        return sorted(fid for fid in changed if fid >= 0)

    def _set(self, fid: int, name: str, value) -> None:
        index = self.layer.fields().lookupField(name)
        buffer = self.layer.editBuffer()
        if index < 0 or buffer is None:
            return
        old = buffer.changedAttributeValues().get(fid, {}).get(index)
        if old != value:
            self._stamping = True
            try:
                buffer.changeAttributeValue(fid, index, value, old)
            finally:
                self._stamping = False

    def _stamp_versions(self) -> None:
        """``base_version`` for every changed fence the layer's default value did not stamp."""
        index = self.layer.fields().lookupField("base_version")
        buffer = self.layer.editBuffer()
        if index < 0 or buffer is None:
            return
        changed = buffer.changedAttributeValues()
        for fid in self.changed_fence_ids():
            # Only a version seen when the fence was first changed will do: the version in the database
            # now could be a newer one someone else saved, and stamping it would overwrite their change.
            # Unknown (the fence was changed before the watcher came), the database refuses the save.
            if is_null(changed.get(fid, {}).get(index)) and fid in self.versions:
                self._set(fid, "base_version", self.versions[fid])

    def accept_current_versions(self, fids=None) -> None:
        """ "Keep my version": tell the database that the planner has seen the version it now holds of
        these fences and replaces it on purpose (``overwrites_version``); the next save goes through
        unless yet another planner saves first. The history keeps both and flags the replaced change."""
        fids = list(fids) if fids is not None else self.changed_fence_ids()
        current = self._provider_versions(fids)
        self._stamp_versions()
        for fid in fids:
            if fid in current:
                self._set(fid, "overwrites_version", current[fid])


class GeofenceGuard:
    """GUI part: attaches a :class:`GeofenceEditWatcher` to every geofence layer in the project and shows
    the problems found on save in the message bar, with a button that opens them as a layer."""

    def __init__(self, iface, menu_name: str = "", toolbar=None):
        self.iface = iface
        self.menu_name = menu_name
        self.toolbar = toolbar
        self.watchers: Dict[str, GeofenceEditWatcher] = {}
        #: layer id → slot re-checking a vector layer that is not a geofence layer when its source changes.
        self.pending: Dict[str, Callable] = {}
        self.project = QgsProject.instance()

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self.project.layersAdded.connect(self.attach_layers)
        self.project.layersWillBeRemoved.connect(self.detach_layers)
        self.attach_layers(list(self.project.mapLayers().values()))

    def unload(self) -> None:
        for signal, slot in (
            (self.project.layersAdded, self.attach_layers),
            (self.project.layersWillBeRemoved, self.detach_layers),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        for layer_id, slot in self.pending.items():
            layer = self.project.mapLayer(layer_id)
            if layer is not None:
                try:
                    layer.dataSourceChanged.disconnect(slot)
                except (TypeError, RuntimeError):
                    pass
        self.pending = {}
        for watcher in self.watchers.values():
            watcher.detach()
        self.watchers = {}

    def attach_layers(self, layers) -> None:
        """Watch the geofence layers among ``layers``. A vector layer that is not one (yet) is looked at
        again when its data source changes: a layer unavailable when its project was opened and
        repaired later, or pointed at a geofence table in Layer Properties."""
        for layer in layers:
            if not isinstance(layer, QgsVectorLayer) or layer.id() in self.watchers:
                continue
            if is_geofence_layer(layer):
                self._stop_waiting(layer)
                self.watchers[layer.id()] = GeofenceEditWatcher(
                    layer, self.show_problems, self.project, self.show_conflict, self.show_refusal
                )
            elif layer.id() not in self.pending:
                slot = self._recheck(layer)
                layer.dataSourceChanged.connect(slot)
                self.pending[layer.id()] = slot

    def _recheck(self, layer):
        return lambda *args: self.attach_layers([layer])

    def _stop_waiting(self, layer) -> None:
        slot = self.pending.pop(layer.id(), None)
        if slot is not None:
            try:
                layer.dataSourceChanged.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def detach_layers(self, layer_ids) -> None:
        for layer_id in layer_ids:
            layer = self.project.mapLayer(layer_id)
            if layer is not None:
                self._stop_waiting(layer)
            self.pending.pop(layer_id, None)
            watcher = self.watchers.pop(layer_id, None)
            if watcher is not None:
                watcher.detach()

    def show_problems(self, layer: QgsVectorLayer, problems: List[Problem]) -> None:
        from ..core.geofence_checks import summarise

        bar = self.iface.messageBar()
        item = bar.createMessage(
            tr("Geofence check"),
            tr("{name}: {summary} Your edits are saved as you chose; fix them in a later edit.").format(
                name=layer.name(), summary=summarise(problems)
            ),
        )
        button = QPushButton(tr("Show problems"), item)
        button.setObjectName("GeofenceShowProblemsButton")
        button.clicked.connect(lambda: self.open_problems(layer, problems))
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.MessageLevel.Warning, 0)

    def show_conflict(self, layer: QgsVectorLayer, fence_ids: List[int]) -> None:
        """After a refused save: say which fences another planner changed, offer to keep ours on purpose."""
        bar = self.iface.messageBar()
        ids = ", ".join(str(i) for i in fence_ids)
        item = bar.createMessage(
            tr("Edit conflict"),
            tr(
                "{name}: another planner saved fence(s) {ids} after you started editing. Your edits were not "
                "saved and are still in the edit buffer. Compare, then keep yours (and save again) or undo "
                "them."
            ).format(name=layer.name(), ids=ids),
        )
        self._offer_keep_mine(item, layer, fence_ids)
        bar.pushWidget(item, Qgis.MessageLevel.Critical, 0)

    def _offer_keep_mine(self, item, layer: QgsVectorLayer, fence_ids: List[int]) -> None:
        bar = self.iface.messageBar()
        ids = ", ".join(str(i) for i in fence_ids)
        button = QPushButton(tr("Keep my version"), item)
        button.setObjectName("GeofenceKeepMineButton")
        watcher = self.watchers.get(layer.id())

        def keep_mine():
            if watcher is not None:
                watcher.accept_current_versions(feature_ids(layer, fence_ids))
            bar.popWidget(item)
            bar.pushMessage(
                tr("Edit conflict"),
                tr("Save again to overwrite fence(s) {ids} with your version; the history keeps both.").format(ids=ids),
                Qgis.MessageLevel.Info,
                8,
            )

        button.clicked.connect(keep_mine)
        item.layout().addWidget(button)

    def show_refusal(self, layer: QgsVectorLayer, refusal: Refusal) -> None:
        """After a save the database refused by an access or version rule: which rule, whom to ask; the
        edits stay in the buffer (QGIS keeps them when a save fails)."""
        bar = self.iface.messageBar()
        ask = refusal.ask or refusal_contact(layer) or tr("your database administrator")
        fences = ""
        if refusal.fence_ids:
            fences = tr("Fence(s) {ids}. ").format(ids=", ".join(str(i) for i in refusal.fence_ids))
        if refusal.kind == "no_base":
            advice = tr("Compare with what is in the database, then keep yours (and save again) or undo them.")
        else:
            advice = tr("Ask {ask} if you need this change, or undo it.").format(ask=ask)
        item = bar.createMessage(
            tr("Save refused by the database"),
            tr("{name}: {fences}{rule} Your edits were not saved and are still in the edit buffer. {advice}").format(
                name=layer.name(), fences=fences, rule=refusal_rule(refusal.kind), advice=advice
            ),
        )
        item.setObjectName(f"GeofenceRefusal_{refusal.kind}")
        if refusal.kind == "no_base" and refusal.fence_ids:
            self._offer_keep_mine(item, layer, refusal.fence_ids)
        bar.pushWidget(item, Qgis.MessageLevel.Critical, 0)

    def open_problems(self, layer: QgsVectorLayer, problems: List[Problem]) -> QgsVectorLayer:
        problem_layer = problems_layer(problems, layer.crs(), tr("Problems in {name}").format(name=layer.name()))
        self.project.addMapLayer(problem_layer)
        self.iface.showAttributeTable(problem_layer)
        return problem_layer
