"""What the sidebar's smart lists and the shared filter bar select: a plain predicate over tasks.

Every view filters through `TaskFilter.matches`, so a filter means the same thing everywhere.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import chain

from planner.core.model import Task, Workspace


class Due(StrEnum):
    ANY = "any"
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "week"
    UNSCHEDULED = "unscheduled"


class SmartList(StrEnum):
    TODAY = "Today"
    THIS_WEEK = "This week"
    OVERDUE = "Overdue"
    UNSCHEDULED = "Unscheduled"
    ALL = "All"


@dataclass(frozen=True)
class TaskFilter:
    text: str = ""
    status_ids: frozenset[int] = field(default_factory=frozenset)
    person_ids: frozenset[int] = field(default_factory=frozenset)
    label_ids: frozenset[int] = field(default_factory=frozenset)
    due: Due = Due.ANY

    def is_empty(self) -> bool:
        return self == TaskFilter()

    def matches(self, ws: Workspace, task: Task, today: date) -> bool:
        if self.status_ids and task.status_id not in self.status_ids:
            return False
        if self.person_ids and not self.person_ids.intersection(task.assignments):
            return False
        if self.label_ids and not self.label_ids.intersection(task.labels):
            return False
        if self.due is not Due.ANY and not matches_due(ws, task, self.due, today):
            return False
        if self.text:
            needle = self.text.casefold()
            if needle not in task.title.casefold() and needle not in task.notes.casefold():
                return False
        return True

    def matching(self, ws: Workspace, today: date, among=None) -> set[int]:
        """The ids of the tasks that match, in one pass over `among` (task ids; by default every task)."""
        tasks = ws.tasks
        candidates = tasks.values() if among is None else [tasks[tid] for tid in among if tid in tasks]
        if self.text and not (self.status_ids or self.person_ids or self.label_ids or self.due is not Due.ANY):
            needle = self.text.casefold()  # the search box alone, as typed: the loop kept to the text test
            return {t.id for t in candidates if needle in t.title.casefold() or needle in t.notes.casefold()}
        return {t.id for t in candidates if self.matches(ws, t, today)}

    def narrows(self, wider: TaskFilter) -> bool:
        """Whether every task this filter matches also matches `wider`: the same choices, and a search text that
        contains wider's (a letter typed onto the end), so only wider's matches need looking at again."""
        return self.text.casefold().find(wider.text.casefold()) >= 0 and self == replace(wider, text=self.text)


def due_date(task: Task) -> datetime | None:
    """When a task is due: its deadline if it has one, else its finish."""
    return task.deadline or task.finish


def matches_due(ws: Workspace, task: Task, due: Due, today: date) -> bool:
    """Whether an unfinished task falls in `due`; finished work is never due."""
    if task.status_id in ws.done_status_ids():
        return False
    if task.recurrence and task.routine_id is None:
        return False  # a routine is the series: its occurrences are what falls due
    if due is Due.UNSCHEDULED:
        return task.start is None and task.finish is None and task.deadline is None
    when = due_date(task)
    if due is Due.OVERDUE:
        return when is not None and when.date() < today
    if due is Due.TODAY:
        return _active_between(task, today, today)
    if due is Due.THIS_WEEK:
        monday = today - timedelta(days=today.weekday())
        return _active_between(task, monday, monday + timedelta(days=6))
    return True


def _active_between(task: Task, first: date, last: date) -> bool:
    """Scheduled to be worked on, or due, on some day from `first` to `last`."""
    start = task.start.date() if task.start else None
    end = (task.deadline or task.finish).date() if (task.deadline or task.finish) else None
    if start is None and end is None:
        return False
    start = start or end
    end = end or start
    return start <= last and end >= first


SMART_LIST_DUE = {
    SmartList.TODAY: Due.TODAY,
    SmartList.THIS_WEEK: Due.THIS_WEEK,
    SmartList.OVERDUE: Due.OVERDUE,
    SmartList.UNSCHEDULED: Due.UNSCHEDULED,
    SmartList.ALL: Due.ANY,
}


def open_counts(ws: Workspace, today: date) -> Counter:
    """In one pass: open (unfinished, non-summary) tasks per smart list and per area or project, and under
    "tasks" every non-summary task. Agrees with `matches_due`, which decides one task at a time."""
    return TaskCounts(ws, today).counts


class TaskCounts:
    """`open_counts`, kept up to date after an edit by recounting only the tasks it touched."""

    def __init__(self, ws: Workspace, today: date) -> None:
        self.ws, self.today = ws, today
        self._done = ws.done_status_ids()
        self._week = (today - timedelta(days=today.weekday()), today - timedelta(days=today.weekday() - 6))
        # The summaries found once, not asked for task by task (a tenth of the count's CPU at open)
        summaries = {ident for kind, ident in ws.parent_keys() if kind == "task"}
        keys_of = self._keys_of
        self._keys: dict[int, tuple] = {tid: keys_of(task, tid in summaries) for tid, task in ws.tasks.items()}
        self.counts: Counter = Counter(chain.from_iterable(self._keys.values()))  # counted in C, as in `update`

    def update(self, task_ids) -> Counter:
        """Recount `task_ids` (changed, created or deleted tasks, and parents that may have become summaries)."""
        keys, tasks, keys_of = self._keys, self.ws.tasks, self._keys_of
        gone: list[tuple] = []
        added: list[tuple] = []
        for tid in task_ids:
            task = tasks.get(tid)
            was = keys.get(tid)
            now = keys_of(task, self.ws.is_summary(tid)) if task is not None else None
            if now == was:  # most tasks a reschedule moves stay in the same lists: nothing to recount
                continue
            if was is not None:
                gone.append(was)
                del keys[tid]
            if now is not None:
                keys[tid] = now
                added.append(now)
        # Counted once for all (an import adds 100,000 tasks): Counter's update counts an iterable in C.
        self.counts.subtract(chain.from_iterable(gone))
        self.counts.update(chain.from_iterable(added))
        return self.counts

    def _keys_of(self, task: Task, summary: bool) -> tuple:
        """Every count this task adds one to (`summary`: whether it has subtasks)."""
        if summary:
            return ()
        if task.status_id in self._done:
            return ("tasks",)
        keys = ["tasks", SmartList.ALL, task.container()]
        if task.recurrence and task.routine_id is None:
            return tuple(keys)  # a routine is the series: its occurrences are what falls due
        when = due_date(task)
        if task.start is None and when is None:
            keys.append(SmartList.UNSCHEDULED)
            return tuple(keys)
        # `matches_due`'s tests with each day taken once, not five times: a third of the count's CPU at open.
        end = when.date() if when else None
        start = task.start.date() if task.start else end
        end = end or start
        if when is not None and end < self.today:
            keys.append(SmartList.OVERDUE)
        if start <= self.today <= end:
            keys.append(SmartList.TODAY)
        monday, sunday = self._week
        if start <= sunday and end >= monday:
            keys.append(SmartList.THIS_WEEK)
        return tuple(keys)
