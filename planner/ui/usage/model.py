"""Resource usage's data and its tree: `UsageData` holds, once per change, each person's hours per period against
capacity and each of their tasks' hours (arrays the grid paints from); `UsageTreeModel` adapts it to the tree on
the left, people at the top and their tasks beneath. Read-only: it keeps nothing but that computed cache.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from itertools import compress
from operator import is_not, itemgetter

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from planner.core.i18n import plural, tr
from planner.core.memory import collector_paused
from planner.core.model import ResourceType, Workspace
from planner.core.workload import TOLERANCE, TaskSpreads, Unit, Workload
from planner.reports import formats
from planner.ui import theme
from planner.ui.guard import guarded

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class UsageColumn(IntEnum):
    NAME = 0
    WORK = 1
    CAPACITY = 2


def _headers() -> dict[UsageColumn, str]:
    return {
        UsageColumn.NAME: tr("Usage", "Person / task"),
        UsageColumn.WORK: tr("Usage", "Work"),
        UsageColumn.CAPACITY: tr("Usage", "Capacity"),
    }


@dataclass
class PersonUsage:
    """One person's row and the rows of their tasks, hours per period."""

    person_id: int
    name: str
    load: list[float]
    capacity: list[float]
    over: list[bool]  # over capacity in that period (by more than rounding)
    tasks: list[tuple[int, str, list[float]]]  # (task id, title, hours per period), in the order of their start

    @property
    def total(self) -> float:
        return sum(self.load)

    @property
    def total_capacity(self) -> float:
        return sum(self.capacity)


@dataclass
class UsageData:
    unit: Unit
    starts: list[date]  # period i runs from starts[i] to starts[i + 1]
    people: list[PersonUsage]

    @property
    def periods(self) -> int:
        return len(self.starts) - 1


def work_people(ws: Workspace, only: set[int] | None = None) -> list[int]:
    """Everyone who works in hours (material and cost resources aside), or those of them in `only`, in order."""
    return [
        p.id for p in ws.ordered("person") if p.resource_type is ResourceType.WORK and (only is None or p.id in only)
    ]


def usage_data(ws: Workspace, first: date, last: date, unit: Unit, only: set[int] | None = None) -> UsageData:
    """Everyone who works in hours (material and cost resources aside), or those of them in `only`, from `first`
    to `last` by `unit`: what the view shows, computed afresh (its sums made as the view keeps them, `TaskSpreads`)."""
    # A row of hours for each task of each person (~9,500 lists on the 10,500-task plan), all kept: the cycle
    # collector only walked them again as they were made (a third of this on that plan).
    with collector_paused():
        spreads = TaskSpreads(ws, first, last, unit, work_people(ws, only), formats.first_weekday())
        return usage_from(ws, spreads.workload(ws, with_tasks=False), spreads.by_task)


def usage_from(ws: Workspace, wl: Workload, by_task, task_rows: TaskRows | None = None) -> UsageData:
    """The rows of the people of a workload, their task rows as `by_task(wl, person)` gives them (`TaskSpreads`),
    each person's tasks in `by_start`'s order (made by `task_rows` when given: the same, kept from the last time)."""
    tasks = ws.tasks
    people = []
    with collector_paused():
        for pid in wl.people:
            rows = by_task(wl, pid)
            # The kinds summed here once, not through `Workload.total` per period (50 × 365 calls by day).
            load = [sum(column) for column in zip(*(wl.load[kind][pid] for kind in wl.load), strict=True)]
            capacity = wl.capacity[pid]
            over = [hours - cap > TOLERANCE for hours, cap in zip(load, capacity, strict=True)]
            if task_rows is None:
                titled = [(tid, tasks[tid].title, rows[tid]) for tid in by_start(tasks, rows)]
            else:
                titled = task_rows(tasks, pid, rows)
            people.append(PersonUsage(pid, ws.people[pid].name, load, capacity, over, titled))
    return UsageData(wl.unit, wl.starts, people)


def by_start(tasks: dict, ids) -> list[int]:
    """`ids` in the order of their tasks' starts (the finish when a task has no start), then by id: sorted by id
    first, then by date alone, which keeps the ids' order among equal dates. The key (date, id) compared a tuple
    and then two datetimes at each step: three times slower over the 9,500 task rows the usage view sorts after
    every edit (~10 ms of ~35). A task without either date comes first, where (None, id) could not be compared
    with a date at all."""
    order = sorted(ids)
    order.sort(key=lambda tid: (task := tasks[tid]).start or task.finish or _NO_DATE)
    return order


_NO_DATE = datetime.min


class TaskRows:
    """Each person's task rows as `usage_from` makes them (id, title, hours; in `by_start`'s order), kept between
    refreshes of resource usage and mended only where an edit changed them: every row that comes, goes or changes
    (its hours a new list, its title or dates) must be of a task forgotten since (`forget`: the tasks an edit
    named, and the routines, whose rows are new lists each time). A person's last rows stay, in their order, but
    for the forgotten tasks', which are dropped by their kept sort key (date, id) and placed again by bisection:
    on the 10,500-task plan an edit moving ~840 tasks changes ~40 of each person's ~475 rows, and sorting and
    making every person's rows again was ~7 ms of each refresh, finding the changed rows by a pass over them
    (`map` in C) still ~5 ms. The first time for each person `by_start` sorts them, faster than making the keys,
    which are made at the first mend."""

    def __init__(self) -> None:
        # person -> the count of `forget` calls when their rows were made, the rows, their keys in the same order
        # and each task's key (both None until the first mend)
        self._last: dict[int, tuple] = {}
        self._forgotten: dict[int, int] = {}  # task -> the count of `forget` calls when last forgotten
        self._latest: set[int] = set()  # the tasks of the last `forget`
        self._forgets = 0

    def forget(self, task_ids) -> None:
        """Before a refresh: these tasks changed (their dates, title or hours), or their rows came or went."""
        self._forgets += 1
        self._latest = set(task_ids)
        self._forgotten.update(dict.fromkeys(self._latest, self._forgets))

    def __call__(self, tasks, person_id: int, rows: dict[int, list[float]]) -> list[tuple[int, str, list[float]]]:
        """The person's rows from `rows` (their hours by task id), in `by_start`'s order. The list given before
        is never changed: the model compares the last rows with these."""
        last = self._last.get(person_id)
        mended = None if last is None else self._mended(tasks, rows, *last)
        if mended is None:
            titled = [(tid, tasks[tid].title, rows[tid]) for tid in by_start(tasks, rows)]
            mended = titled, None, None
        self._last[person_id] = (self._forgets, *mended)
        return mended[0]

    def _mended(self, tasks, rows, made, last, keys, key_of):
        """The last rows mended, their keys and each task's key; None when the rows are not all placed."""
        since = self._latest if made == self._forgets - 1 else {t for t, n in self._forgotten.items() if n > made}
        if keys is None:  # the first mend: the keys of the rows kept (their dates unchanged since they were made)
            last = [entry for entry in last if entry[0] not in since]
            keys = [_sort_key(tasks[tid], tid) for tid, _title, _hours in last]
            key_of = {key[1]: key for key in keys}
        going = since.intersection(key_of)  # over the smaller: ~475 rows against ~840 tasks; `keys() &` makes a set
        placing = since.intersection(rows)
        if not going and not placing:
            return (last, keys, key_of) if len(last) == len(rows) else None
        titled = last.copy()  # the last rows are the model's still
        if len(placing) * 4 > len(last):  # many: one sort of all (the keys are unique: entries never compared)
            pairs = [pair for pair in zip(keys, titled, strict=True) if pair[0][1] not in going]
            pairs += [(_sort_key(tasks[tid], tid), (tid, tasks[tid].title, rows[tid])) for tid in placing]
            pairs.sort()
            titled, keys = list(map(itemgetter(1), pairs)), list(map(itemgetter(0), pairs))
            key_of = {key[1]: key for key in keys}
        else:
            for at in sorted((bisect_left(keys, key_of.pop(tid)) for tid in going), reverse=True):
                del titled[at], keys[at]
            for tid in placing:
                key = key_of[tid] = _sort_key(tasks[tid], tid)
                at = bisect_left(keys, key)
                keys.insert(at, key)
                titled.insert(at, (tid, tasks[tid].title, rows[tid]))
        return (titled, keys, key_of) if len(titled) == len(rows) else None


def _sort_key(task, task_id: int) -> tuple[datetime, int]:
    """A task row's place in `by_start`'s order."""
    return task.start or task.finish or _NO_DATE, task_id


def _shown(person: PersonUsage) -> tuple:
    """What the tree shows of a person's row (`UsageTreeModel.data`): the texts, and the over-capacity mark and
    count. After an edit that moves dates their totals are mostly the same: on the 10,500-task plan the tree
    repainted 20 people's rows for one whose total changed (Qt's own time in the events after the edit 9.3 ->
    2.6 ms under cProfile, `data` called 444 -> 185 times). Their hours per period are the grid's."""
    over = person.over
    return (
        person.name,
        formats.hours(person.total),
        formats.hours(person.total_capacity),
        any(over),
        sum(over),
    )


def hours_text(hours: float) -> str:
    """Hours as a grid cell shows them: whole when whole, one decimal otherwise, blank for none."""
    if abs(hours) < 0.05:
        return ""
    return formats.number(hours, 0 if abs(hours - round(hours)) < 0.05 else 1)


class UsageTreeModel(QAbstractItemModel):
    """People as top rows, each with their tasks as children. A child's internal id is its person's row + 1 (0
    marks a person row), so `parent()` needs no node objects.

    A person's task rows are told to views only once the person is first expanded (`canFetchMore`/`fetchMore`):
    until then the rows do not exist for them, and an edit changing them sends no signal. After an edit moving ~840
    tasks, each collapsed person's changed task rows were a `dataChanged` and a comparison of their ~475 rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_ = UsageData(Unit.WEEK, [date.min], [])  # nothing yet: the view fills it when first shown
        self._fetched: set[int] = set()  # the person rows whose task rows views were told of

    def set_data(self, data: UsageData) -> None:
        self.beginResetModel()
        self.data_ = data
        self._fetched = set()
        self.endResetModel()

    def change_data(self, data: UsageData) -> list[tuple[int, int, list[float], list[float]]] | None:
        """Take `data` in place of the last without a reset when no row comes or goes (the same periods, the same
        people each with as many tasks, as after most edits). Returns the rows that differ, as (person's row, task's
        row or -1 for the person's own, hours before, hours after), for the grid to repaint only what changed;
        None, and nothing done, when rows come or go. After a reset the tree laid out and repainted every row in
        view, and the people had to be expanded again. One `dataChanged` per person, from their first changed row
        to the last (the tree repaints only those in view): an edit moving ~840 tasks changes rows scattered among
        the unchanged ones, and a signal per run of them was ~500 signals, 50 ms."""
        old = self.data_
        if (
            data.unit is not old.unit
            or data.starts != old.starts
            or len(data.people) != len(old.people)
            or any(
                a.person_id != b.person_id or len(a.tasks) != len(b.tasks)
                for a, b in zip(old.people, data.people, strict=True)
            )
        ):
            return None
        self.data_ = data
        changed = []
        last_column = len(UsageColumn) - 1
        for row, (was, now) in enumerate(zip(old.people, data.people, strict=True)):
            if was is now:
                continue
            if _shown(was) != _shown(now):
                self.dataChanged.emit(self.createIndex(row, 0, 0), self.createIndex(row, last_column, 0))
            if was.load != now.load:  # the grid's cells; the tree's row above only when what it shows changed
                changed.append((row, -1, was.load, now.load))
            if row not in self._fetched:
                continue  # no view knows its task rows: nothing to tell or repaint
            # A row not made again is the same tuple (`TaskRows`); the rows compared in C, not in a Python loop.
            children = list(compress(range(len(now.tasks)), map(is_not, was.tasks, now.tasks)))
            if children:
                self.dataChanged.emit(
                    self.createIndex(children[0], 0, row + 1),
                    self.createIndex(children[-1], last_column, row + 1),
                )
                changed += [(row, child, was.tasks[child][2], now.tasks[child][2]) for child in children]
        return changed

    def person_at(self, index: QModelIndex) -> PersonUsage:
        """The person of a row: itself for a person row, its parent for a task row."""
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self.data_.people[row]

    def task_id(self, index: QModelIndex) -> int | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.person_at(index).tasks[index.row()][0]

    def hours(self, index: QModelIndex) -> list[float]:
        """The hours per period the grid shows on this row."""
        person = self.person_at(index)
        return person.load if index.internalId() == 0 else person.tasks[index.row()][2]

    # -- Qt's model interface -------------------------------------------------------------------------------------
    @guarded(default=QModelIndex())
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    @guarded(default=QModelIndex())
    def parent(self, index=QModelIndex()) -> QModelIndex:
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    @guarded(default=0)
    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.data_.people)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() in self._fetched:
            return len(self.data_.people[parent.row()].tasks)
        return 0

    @guarded(default=False)
    def hasChildren(self, parent=QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self.data_.people)
        return parent.internalId() == 0 and parent.column() == 0 and bool(self.data_.people[parent.row()].tasks)

    @guarded(default=False)
    def canFetchMore(self, parent) -> bool:
        return self.hasChildren(parent) and parent.isValid() and parent.row() not in self._fetched

    @guarded
    def fetchMore(self, parent) -> None:
        if self.canFetchMore(parent):
            self.beginInsertRows(parent, 0, len(self.data_.people[parent.row()].tasks) - 1)
            self._fetched.add(parent.row())
            self.endInsertRows()

    @guarded(default=0)
    def columnCount(self, parent=QModelIndex()) -> int:
        return len(UsageColumn)

    @guarded
    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[UsageColumn(section)]
        return None

    @guarded
    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role=Qt.ItemDataRole.DisplayRole,
    ):
        if not index.isValid():
            return None
        person = self.person_at(index)
        is_person = index.internalId() == 0
        over = is_person and any(person.over)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == UsageColumn.NAME:
                return person.name if is_person else person.tasks[index.row()][1]
            if column == UsageColumn.WORK:
                return formats.hours(person.total if is_person else sum(self.hours(index)))
            return formats.hours(person.total_capacity) if is_person else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != UsageColumn.NAME:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and is_person:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == UsageColumn.NAME and over:
            return theme.icon("warning", theme.warning_color())
        if role == Qt.ItemDataRole.ForegroundRole and over and column == UsageColumn.WORK:
            return theme.warning_brush()
        if role == Qt.ItemDataRole.ToolTipRole and over:
            periods = sum(person.over)
            texts = {
                Unit.DAY: plural("{name} is over capacity on %n day(s)", None, periods),
                Unit.WEEK: plural("{name} is over capacity in %n week(s)", None, periods),
                Unit.MONTH: plural("{name} is over capacity in %n month(s)", None, periods),
            }
            return texts[self.data_.unit].format(name=person.name)
        return None
