"""What the calendar shows for a range of days, as plain values: tasks from start to finish, milestones, deadlines
and routines' occurrences not created yet; and how bars stack in lanes. No painting, no Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from planner.core.model import Task, Workspace
from planner.core.recurrence import future_occurrences, is_routine


@dataclass(frozen=True)
class Item:
    kind: str  # "task", "milestone", "deadline" or "future" (an occurrence not created yet)
    title: str
    start: datetime
    finish: datetime
    color: str
    task_id: int | None = None
    routine_id: int | None = None
    planned: datetime | None = None  # a future occurrence's date in its rule
    done: bool = False

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        # A finish at midnight ends the day before.
        end = self.finish if self.finish > self.start else self.start
        day = end.date()
        return day - timedelta(days=1) if end.time() == time() and end > self.start else day

    def key(self) -> tuple:
        return (self.kind, self.task_id, self.routine_id, self.planned)


DEFAULT_COLOR = "#2f6fde"


def collect(
    ws: Workspace,
    accepts: Callable[[Task], bool],
    first: date,
    last: date,
    today: date,
    accepts_routine: Callable[[Task], bool] | None = None,
) -> list[Item]:
    """Every item touching the days `first`…`last` for the tasks `accepts` lets through, by start; routines'
    future occurrences for the routines `accepts_routine` lets through (a routine itself is never due)."""
    accepts_routine = accepts_routine or accepts
    lo, hi = datetime.combine(first, time()), datetime.combine(last, time.max)
    done_ids = ws.done_status_ids()
    out: list[Item] = []
    shown_routines: dict[int, Task] = {}
    for task in ws.tasks.values():
        if is_routine(task):
            if accepts_routine(task):
                shown_routines[task.id] = task
            continue  # the series is drawn as its occurrences
        begin = task.start or task.finish
        end = task.finish or task.start
        in_range = begin is not None and begin <= hi and end >= lo
        deadline = task.deadline is not None and lo <= task.deadline <= hi
        if not (in_range or deadline) or ws.is_summary(task.id) or not accepts(task):
            continue
        done = task.status_id in done_ids or task.completed is not None
        color = _color(ws, task)
        if in_range:
            kind = "milestone" if task.milestone else "task"
            out.append(Item(kind, task.title, begin, max(end, begin), color, task.id, task.routine_id, None, done))
        if deadline:
            out.append(Item("deadline", task.title, task.deadline, task.deadline, color, task.id, None, None, done))
    if shown_routines:
        start_from = max(first, today)
        if start_from <= last:
            for occurrence in future_occurrences(ws, start_from, last):
                routine = shown_routines.get(occurrence.routine_id)
                if routine is not None:
                    out.append(
                        Item("future", routine.title, occurrence.start, occurrence.finish, _color(ws, routine),
                             None, routine.id, occurrence.planned)
                    )  # fmt: skip
    out.sort(key=lambda i: (i.start, -(i.finish - i.start).total_seconds(), i.title))
    return out


def _color(ws: Workspace, task: Task) -> str:
    for label_id in sorted(task.labels):
        label = ws.labels.get(label_id)
        if label is not None and label.color:
            return label.color
    return DEFAULT_COLOR


def stack_lanes(items: list[Item], first: date, last: date) -> dict[tuple, int]:
    """Lane (row) of each item within the days `first`…`last`, so that bars never overlap: greedy, longest first."""
    lanes: dict[tuple, int] = {}
    ends: list[date] = []  # per lane, the last day taken
    ordered = sorted(items, key=lambda i: (max(i.first_day, first), -(min(i.last_day, last) - i.first_day).days))
    for item in ordered:
        begin, end = max(item.first_day, first), min(item.last_day, last)
        for lane, taken in enumerate(ends):
            if taken < begin:
                ends[lane] = end
                lanes[item.key()] = lane
                break
        else:
            lanes[item.key()] = len(ends)
            ends.append(end)
    return lanes


def month_row(
    items: list[Item], lanes: dict[tuple, int], first: date, last: date, room: int
) -> tuple[list[tuple[Item, int, date, date]], dict[date, int]]:
    """What a month row of `room` lanes per cell shows of its `items` stacked in `lanes`: each bar shown as (item,
    lane, first day, last day within the row), and per day the number of bars that did not fit. The last lane
    shows its bar only when no day the bar covers has more bars than lanes."""
    shown: list[tuple[Item, int, date, date]] = []
    hidden: dict[date, int] = {}
    for item in items:
        lane = lanes[item.key()]
        begin, end = max(item.first_day, first), min(item.last_day, last)
        if lane >= room - 1 and not (lane == room - 1 and _lane_fits(items, lanes, room, begin, end)):
            for n in range((end - begin).days + 1):
                day = begin + timedelta(days=n)
                hidden[day] = hidden.get(day, 0) + 1
            continue
        shown.append((item, lane, begin, end))
    return shown, hidden


def _lane_fits(items: list[Item], lanes: dict[tuple, int], room: int, begin: date, end: date) -> bool:
    return not any(lanes[i.key()] >= room and i.first_day <= end and i.last_day >= begin for i in items)


def columns_for_day(items: list[Item]) -> dict[tuple, tuple[int, int]]:
    """In a time grid: each timed item's column and the number of columns in its cluster of overlapping items."""
    out: dict[tuple, tuple[int, int]] = {}
    cluster: list[Item] = []
    cluster_end: datetime | None = None
    col_ends: list[datetime] = []

    def close() -> None:
        width = len(col_ends)
        for it in cluster:
            out[it.key()] = (out[it.key()][0], width)

    for item in sorted(items, key=lambda i: (i.start, i.finish)):
        end = max(item.finish, item.start + timedelta(minutes=30))
        if cluster_end is not None and item.start >= cluster_end:
            close()
            cluster, col_ends, cluster_end = [], [], None
        for col, taken in enumerate(col_ends):
            if taken <= item.start:
                col_ends[col] = end
                out[item.key()] = (col, 0)
                break
        else:
            out[item.key()] = (len(col_ends), 0)
            col_ends.append(end)
        cluster.append(item)
        cluster_end = end if cluster_end is None else max(cluster_end, end)
    if cluster:
        close()
    return out


def is_all_day(item: Item) -> bool:
    """Drawn in the month lanes or a time grid's all-day band: several days, midnight to midnight, or a marker."""
    if item.kind in ("milestone", "deadline"):
        return True
    return item.first_day != item.last_day or (
        item.start.time() == time() and item.finish - item.start >= timedelta(days=1)
    )


def where(ws: Workspace, item: Item) -> str:
    """The name of the area or project the item's task is in ("" for a loose task)."""
    task = ws.tasks.get(item.task_id if item.task_id is not None else item.routine_id)
    if task is None:
        return ""
    try:
        return ws.container_name(task.container())
    except KeyError:
        return ""
