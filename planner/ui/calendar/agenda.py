"""The calendar's agenda list: the items of the period on screen as a list beside the painted canvas, one row
each with title, date and time, project and state. A person reads or arrows through the period's work in it, and
a screen reader finds every item there (Qt's item-view accessibility reads the rows), as the canvas has no
accessible children. The list and the canvas share one selection, the view's; Enter opens the item. It reads
the view's items and changes nothing itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView

from planner.core.i18n import tr
from planner.reports import formats
from planner.ui.calendar.items import Item, is_all_day, where
from planner.ui.guard import guarded
from planner.ui.models.columns import Role
from planner.ui.view_keys import ViewKeys

if TYPE_CHECKING:
    from planner.ui.calendar.view import CalendarView


def target(item: Item) -> int | None:
    """The task an item selects and opens: its own, or for an occurrence not created yet its routine."""
    return item.task_id if item.task_id is not None else item.routine_id


def when_text(item: Item) -> str:
    """ "Mon 3 Nov 09:00–10:00", "Mon 3 Nov to Fri 7 Nov" or "Mon 3 Nov, all day"."""
    first = formats.weekday_day_month(item.start)
    if item.kind == "deadline":
        return tr("Calendar", "{day}, due {time}").format(day=first, time=formats.clock(item.start))
    if not is_all_day(item):
        return f"{first} {formats.clock(item.start)}–{formats.clock(item.finish)}"
    if item.first_day == item.last_day:
        return tr("Calendar", "{day}, all day").format(day=first)
    return tr("Calendar", "{start} to {finish}").format(start=first, finish=formats.weekday_day_month(item.last_day))


def state_text(item: Item) -> str:
    """What the canvas shows by shape or colour: a milestone's diamond, a deadline's mark, a faint occurrence."""
    words = {
        "milestone": tr("Calendar", "milestone"),
        "deadline": tr("Calendar", "deadline"),
        "future": tr("Calendar", "planned occurrence"),
    }
    parts = [words[item.kind]] if item.kind in words else []
    if item.done:
        parts.append(tr("Calendar", "done"))
    return ", ".join(parts)


class AgendaModel(QAbstractListModel):
    """The view's items in time order, as list rows; reloaded whole with the view's items."""

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self.view = view
        self.items: list[Item] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.items = sorted(self.view.items, key=lambda i: (i.start, i.title))
        self.endResetModel()

    def row_of(self, task_id: int | None) -> int | None:
        return next((row for row, item in enumerate(self.items) if target(item) == task_id), None)

    @guarded(default=0)
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    @guarded
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Role.TASK_ID:
            return target(item)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        ws = self.view.controller.ws
        details = [when_text(item), where(ws, item), state_text(item)]
        if role == Qt.ItemDataRole.DisplayRole:  # the title, and below it when, where and how it stands
            return item.title + "\n" + " · ".join(d for d in details if d)
        return ", ".join(d for d in [item.title, *details] if d)


class AgendaList(QListView):
    """The list beside the canvas. Its current row follows the view's selection (so a screen reader announces
    it), moving it selects in the view, and Enter or a double click opens the item as the canvas does."""

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self.view = view
        self.agenda = AgendaModel(view)
        self.setModel(self.agenda)
        self.setAccessibleName(tr("Calendar", "Items in this period"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows as wide as the panel, their text wrapped rather than cut or scrolled sideways.
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QListView::item { padding: 4px 8px; border-bottom: 1px solid palette(midlight); }")
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.doubleClicked.connect(lambda index: self.open(index))
        # Its own keys, so Enter opens the row's item rather than reaching the view's "open or create".
        self.keys = ViewKeys(self, [self])
        self.keys.add(tr("Calendar", "Open the item in the list"), ["Return", "Enter"], self.open)

    def reload(self) -> None:
        self.agenda.reload()
        self.follow(self.view.selected)

    def follow(self, task_id: int | None) -> None:
        """Make the row of `task_id` current (none when it has no row), unless the current row is one of its."""
        current = self.currentIndex()
        if current.isValid() and current.data(Role.TASK_ID) == task_id:
            return
        row = self.agenda.row_of(task_id) if task_id is not None else None
        self.setCurrentIndex(self.agenda.index(row) if row is not None else QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(Role.TASK_ID) != self.view.selected:
            item = self.agenda.items[current.row()]
            self.view.cursor = item.first_day  # the canvas's keyboard day goes with it
            self.view.choose(item)

    def open(self, index: QModelIndex | None = None) -> None:
        index = index if index is not None else self.currentIndex()
        if index.isValid():
            self.view.editor_requested.emit(index.data(Role.TASK_ID))
