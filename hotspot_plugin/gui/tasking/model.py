"""The table model behind the "Tasking schedule" dock: taskings, hand edits and delivered minutes,
and the filter that shows one day of it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QBrush, QColor

from ...core.dwell.compliance import STATUS_COLOURS
from ...core.errors import HotspotInputError
from ...core.tasking import CONTROL, GENERATED, MANUAL, TREATMENT, Tasking, number_visits
from ...core.timeutil import DEFAULT_TIMEZONE, add_minutes, minutes_between, wall_to_utc, zone
from ...i18n import QT_TRANSLATE_NOOP, tr

#: (key, header) of the visible columns, in order.
COLUMNS = [
    ("date", QT_TRANSLATE_NOOP("@default", "Date")),
    ("shift", QT_TRANSLATE_NOOP("@default", "Shift")),
    ("fence_id", QT_TRANSLATE_NOOP("@default", "Place")),
    ("name", QT_TRANSLATE_NOOP("@default", "Name")),
    ("arm", QT_TRANSLATE_NOOP("@default", "Arm")),
    ("window", QT_TRANSLATE_NOOP("@default", "Window")),
    ("minutes", QT_TRANSLATE_NOOP("@default", "Minutes")),
    ("visit_order", QT_TRANSLATE_NOOP("@default", "Order")),
    ("team", QT_TRANSLATE_NOOP("@default", "Team")),
    ("source", QT_TRANSLATE_NOOP("@default", "Source")),
    ("delivered", QT_TRANSLATE_NOOP("@default", "Delivered (min)")),
    ("status", QT_TRANSLATE_NOOP("@default", "Status")),
]
EDITABLE = {"window", "minutes", "team"}
#: The day filter's value for "every day".
ALL_DAYS = "__all__"
#: The status cell is tinted with the map's compliance colour (``compliance.STATUS_COLOURS``), light enough to read.
STATUS_ALPHA = 110
MANUAL_COLOUR = "#deebf7"
_ROOT = QModelIndex()


def column(key: str) -> int:
    return [k for k, _ in COLUMNS].index(key)


def local_hhmm(moment: Optional[datetime], tz) -> str:
    """``HH:MM`` of an aware datetime on the local clock of ``tz`` ("" for None)."""
    if moment is None:
        return ""
    return moment.astimezone(tz).strftime("%H:%M")


def window_text(task: Tasking, tz) -> str:
    """The window on the local clock, "(next day)" after it when it starts after midnight of the tasking's date
    (a night shift's 02:00 patrol belongs to the evening before); "" without a window."""
    if not task.window_start:
        return ""
    text = f"{local_hhmm(task.window_start, tz)}–{local_hhmm(task.window_end, tz)}"
    if task.window_start.astimezone(tz).date().isoformat() != task.date:
        text += tr(" (next day)")
    return text


def status_brush(status: str) -> Optional[QBrush]:
    """The tint of a status cell: the map's colour for that status, or None."""
    colour = STATUS_COLOURS.get(status)
    if colour is None:
        return None
    tint = QColor(colour)
    tint.setAlpha(STATUS_ALPHA)
    return QBrush(tint)


class TaskingModel(QAbstractTableModel):
    """Rows are :class:`~hotspot_plugin.core.tasking.Tasking`; hand edits set ``source`` to ``manual``.

    A cancelled tasking keeps its row with 0 minutes (so the plan shows what was dropped); exports
    and the exception report leave it out.
    """

    def __init__(self, parent=None, timezone_name: str = DEFAULT_TIMEZONE):
        super().__init__(parent)
        self.tz = zone(timezone_name)
        self.taskings: List[Tasking] = []
        self.names: Dict[str, str] = {}
        self.delivered: Dict[str, Tuple[Optional[float], str]] = {}
        self.shift_starts: Dict[str, int] = {}

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT):  # noqa: N802 - Qt API name
        return 0 if parent.isValid() else len(self.taskings)

    def columnCount(self, parent=_ROOT):  # noqa: N802 - Qt API name
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API name
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section][1])
        return None

    def value(self, task: Tasking, key: str):
        if key == "name":
            return self.names.get(task.fence_id, "")
        if key == "window":
            return window_text(task, self.tz)
        if key == "delivered":
            found = self.delivered.get(task.task_id)
            return "" if found is None or found[0] is None else f"{found[0]:g}"
        if key == "status":
            found = self.delivered.get(task.task_id)
            if task.arm == TREATMENT and task.minutes == 0:
                return tr("cancelled")
            return "" if found is None else found[1]
        value = getattr(task, key)
        return "" if value is None else value

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        task = self.taskings[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.value(task, key))
        if role == Qt.ItemDataRole.EditRole:
            if key == "window":
                return local_hhmm(task.window_start, self.tz)
            return self.value(task, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            window = task.window_start.astimezone(self.tz).isoformat(timespec="minutes") if task.window_start else None
            return f"{task.task_id} ({window or tr('no window')})"
        if role == Qt.ItemDataRole.BackgroundRole:
            if key == "status":
                brush = status_brush(str(self.value(task, "status")))
                if brush is not None:
                    return brush
            if task.source == MANUAL:
                return QBrush(QColor(MANUAL_COLOUR))
        if role == Qt.ItemDataRole.UserRole:
            return task.task_id
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()][0] in EDITABLE:
            if self.taskings[index.row()].arm == TREATMENT:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt API name
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = COLUMNS[index.column()][0]
        try:
            if key == "window":
                self.move(index.row(), str(value))
            elif key == "minutes":
                self.set_minutes(index.row(), int(value))
            elif key == "team":
                task = self.taskings[index.row()]
                task.team = str(value).strip() or None
                task.source = MANUAL
                self._changed(index.row())
            else:
                return False
        except (HotspotInputError, ValueError):
            return False
        return True

    # --- content -----------------------------------------------------------------------------
    def set_taskings(
        self,
        taskings: List[Tasking],
        names: Optional[Dict[str, str]] = None,
        shift_starts: Optional[Dict[str, int]] = None,
    ) -> None:
        self.beginResetModel()
        self.taskings = list(taskings)
        if names is not None:
            self.names = dict(names)
        if shift_starts is not None:
            self.shift_starts = dict(shift_starts)
        self.delivered = {}
        self.endResetModel()

    def keep_manual(self, previous: List[Tasking]) -> int:
        """Re-apply hand edits from an earlier plan to the one just generated; returns how many.

        A moved, re-timed or cancelled patrol replaces the generated row with the same task_id; a
        hand-added patrol is added again (replacing that place's control row that day). Edits on days
        outside the new plan are dropped.
        """
        manual = [t for t in previous if t.source == MANUAL]
        if not manual:
            return 0
        days = set(self.dates())
        by_id = {t.task_id: i for i, t in enumerate(self.taskings)}
        kept = 0
        self.beginResetModel()
        for task in manual:
            if task.date not in days:
                continue
            if task.task_id in by_id:
                self.taskings[by_id[task.task_id]] = task
            else:
                self.taskings = [
                    t
                    for t in self.taskings
                    if not (t.date == task.date and t.fence_id == task.fence_id and t.arm == CONTROL)
                ]
                self.taskings.append(task)
            kept += 1
        self.endResetModel()
        for day in sorted({t.date for t in manual if t.date in days}):
            self._renumber(day)
        return kept

    def set_delivered(self, delivered: Dict[str, Tuple[Optional[float], str]]) -> None:
        """Delivered minutes (None when unknown: no data) and status per task_id, from the exception report."""
        self.delivered = dict(delivered)
        if self.taskings:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.taskings) - 1, len(COLUMNS) - 1))

    def dates(self) -> List[str]:
        return sorted({t.date for t in self.taskings})

    def row_of(self, task_id: str) -> int:
        for i, task in enumerate(self.taskings):
            if task.task_id == task_id:
                return i
        return -1

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _renumber(self, day: str) -> None:
        """Visit order again for one date after a hand edit (rows re-sorted)."""
        self.beginResetModel()
        same = [t for t in self.taskings if t.date == day]
        renumbered = number_visits(same)
        first = next(i for i, t in enumerate(self.taskings) if t.date == day)
        others = [t for t in self.taskings if t.date != day]
        self.taskings = others[:first] + renumbered + others[first:]
        self.endResetModel()

    # --- hand edits --------------------------------------------------------------------------
    def _start_on_day(self, task: Tasking, hhmm: str) -> datetime:
        """The start (aware local time) for ``HH:MM`` on the tasking's policing day (before its shift's
        start means the next calendar day, as in a night shift)."""
        try:
            hours, minutes = (int(part) for part in hhmm.strip().split(":"))
        except ValueError:
            raise HotspotInputError(tr("Write the new start as HH:MM, e.g. 14:30.")) from None
        if not (0 <= hours <= 23 and 0 <= minutes <= 59):
            raise HotspotInputError(tr("Write the new start as HH:MM, e.g. 14:30."))
        day = date.fromisoformat(task.date)
        shift_start = self.shift_starts.get(task.shift or "", 0)
        if hours * 60 + minutes < shift_start:
            day += timedelta(days=1)
        return wall_to_utc(day, time(hours, minutes), self.tz.key).astimezone(self.tz)

    def move(self, row: int, hhmm: str) -> None:
        """Move a tasking to start at ``HH:MM`` on its policing day; keeps its length; marks it manual."""
        task = self.taskings[row]
        if task.arm != TREATMENT:
            raise HotspotInputError(tr("Only treated place-days have patrol windows to move."))
        start = self._start_on_day(task, hhmm)
        length = task.minutes or int(minutes_between(task.window_start, task.window_end))
        task.window_start = start
        task.window_end = add_minutes(start, length)
        task.source = MANUAL
        self._renumber(task.date)

    def set_minutes(self, row: int, minutes: int) -> None:
        task = self.taskings[row]
        if task.arm != TREATMENT or minutes < 0:
            raise HotspotInputError(tr("Minutes apply to treated place-days and cannot be negative."))
        task.minutes = minutes
        if task.window_start:
            task.window_end = add_minutes(task.window_start, minutes)
        task.source = MANUAL
        self._changed(row)

    def cancel(self, row: int) -> None:
        """Cancel a patrol by hand: the row stays, with 0 minutes, marked manual."""
        self.set_minutes(row, 0)

    def add(self, fence_id: str, day: str, hhmm: str, minutes: int, shift: Optional[str], team: Optional[str]) -> str:
        """Add a patrol by hand (a place may be added on a control day: it then becomes treated that day).

        Returns the new task_id (``…-m1``, ``…-m2`` for hand-added patrols).
        """
        existing = {t.task_id for t in self.taskings}
        n = 1
        while f"{day.replace('-', '')}-{fence_id}-m{n}" in existing:
            n += 1
        task_id = f"{day.replace('-', '')}-{fence_id}-m{n}"
        task = Tasking(task_id, day, shift, str(fence_id), TREATMENT, None, None, minutes, None, team, MANUAL)
        start = self._start_on_day(task, hhmm)
        task.window_start = start
        task.window_end = add_minutes(start, minutes)
        # A hand-added patrol replaces the place's control row that day.
        self.taskings = [
            t for t in self.taskings if not (t.date == day and t.fence_id == str(fence_id) and t.arm == CONTROL)
        ]
        self.taskings.append(task)
        if day not in {t.date for t in self.taskings if t is not task}:
            self.taskings.sort(key=lambda t: t.date)
        self._renumber(day)
        return task_id

    def is_generated(self) -> bool:
        return all(t.source == GENERATED for t in self.taskings)


class DayFilter(QSortFilterProxyModel):
    """Shows one date's rows (or all), and optionally hides control and washout rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.day = ALL_DAYS
        self.treated_only = False

    def set_day(self, day: str) -> None:
        self.day = day
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 - Qt API name
        task = self.sourceModel().taskings[source_row]
        if self.day != ALL_DAYS and task.date != self.day:
            return False
        return not (self.treated_only and task.arm != TREATMENT)
