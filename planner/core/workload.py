"""Workload: each person's hours per day, week or month, from project work, ongoing work and routines, against
their capacity on their own calendar; and the periods where someone is over-allocated. Reads the workspace,
never changes it; standard library only.

Project and ongoing work is spread over each task's scheduled working time on its calendar: units × the working
minutes of each period between its start and finish. Routines count through their occurrences, the ones already
created (tasks) and the future ones computed by `recurrence.future_occurrences`, never the series itself. A
person's capacity in a period is their hours a day × the working days of their calendar in it (a half day off
counts half).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from planner.core.calendars import Calendar, Timeline
from planner.core.changes import Changes
from planner.core.model import Task, Workspace
from planner.core.people import is_work
from planner.core.recurrence import future_occurrences, is_routine, routines

TOLERANCE = 0.01  # hours: less over capacity than this is rounding, not over-allocation
MAX_SPAN = timedelta(days=3 * 366)  # a plan's span shown at most: a stray date in 2199 must not make 60,000 days
# Added to and taken from hours, rounds them to a multiple of 2^-31 (its last bit's worth): sums of such numbers
# under 2^22 are exact, whatever their order (`TaskSpreads`).
_EXACT = 1.5 * 2.0**21


class Unit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class Kind(StrEnum):
    """What a load comes from: a project's task, an occurrence of a routine, or other ongoing work of an area."""

    PROJECT = "project"
    ROUTINE = "routine"
    ONGOING = "ongoing"


def period_starts(first: date, last: date, unit: Unit | str, week_start: int = 0) -> list[date]:
    """The starts of the periods covering `first`…`last`, plus the start of the period after (len = periods + 1).

    Weeks start on weekday `week_start` (Monday 0, as `date.weekday` counts; the window passes its locale's first
    day) and months on the 1st, so `first` is moved back to its period's start."""
    unit = Unit(unit)
    if unit is Unit.WEEK:
        first -= timedelta(days=(first.weekday() - week_start) % 7)
    elif unit is Unit.MONTH:
        first = first.replace(day=1)
    out = [first]
    while out[-1] <= last:
        at = out[-1]
        if unit is Unit.DAY:
            out.append(at + timedelta(days=1))
        elif unit is Unit.WEEK:
            out.append(at + timedelta(days=7))
        else:
            out.append(date(at.year + at.month // 12, at.month % 12 + 1, 1))
    return out


@dataclass
class Workload:
    """Hours per person and period: `load[kind][person][i]` and `capacity[person][i]` for period i, which runs
    from `starts[i]` (inclusive) to `starts[i + 1]` (exclusive). `tasks[person][i]` names what makes the load."""

    unit: Unit
    starts: list[date]
    people: list[int]
    load: dict[Kind, dict[int, list[float]]]
    capacity: dict[int, list[float]]
    tasks: dict[int, list[dict[int, float]]] = field(default_factory=dict)  # person -> period -> task id -> hours

    @property
    def periods(self) -> int:
        return len(self.starts) - 1

    def total(self, person_id: int, i: int) -> float:
        return sum(self.load[kind][person_id][i] for kind in Kind)

    def totals(self, person_id: int) -> list[float]:
        return [self.total(person_id, i) for i in range(self.periods)]

    def over(self, person_id: int, i: int) -> float:
        """Hours over capacity (0 when within it)."""
        excess = self.total(person_id, i) - self.capacity[person_id][i]
        return excess if excess > TOLERANCE else 0.0

    def utilisation(self, person_id: int, i: int) -> float:
        """Load as a share of capacity (inf for load on a period with no capacity)."""
        cap = self.capacity[person_id][i]
        total = self.total(person_id, i)
        if cap <= 0:
            return float("inf") if total > TOLERANCE else 0.0
        return total / cap

    def by_task(self, person_id: int) -> dict[int, list[float]]:
        """Each task's hours per period for one person (the rows under them in resource usage); needs a workload
        computed `with_tasks`."""
        rows: dict[int, list[float]] = {}
        for i, cell in enumerate(self.tasks[person_id]):
            for task_id, hours in cell.items():
                row = rows.get(task_id)
                if row is None:
                    row = rows[task_id] = [0.0] * self.periods
                row[i] = hours
        return rows

    def over_allocations(self) -> list[OverAllocation]:
        out = []
        for pid in self.people:
            for i in range(self.periods):
                excess = self.over(pid, i)
                if excess:
                    out.append(
                        OverAllocation(pid, self.starts[i], self.starts[i + 1], self.total(pid, i),
                                       self.capacity[pid][i], excess)
                    )  # fmt: skip
        return out


@dataclass(frozen=True)
class OverAllocation:
    person_id: int
    start: date
    end: date  # exclusive
    load: float
    capacity: float
    excess: float


def assigned_span(ws: Workspace, today: date) -> tuple[date, date]:
    """The days from the first start to the last finish of the assigned work (routine series aside: they never
    end), at most `MAX_SPAN` long; the weeks around `today` when nothing is assigned. What resource usage shows."""
    first = last = None
    for task in ws.tasks.values():
        if not _spans(task):
            continue
        if first is None or task.start < first:
            first = task.start
        if last is None or task.finish > last:
            last = task.finish
    return _span_days(first, last, today)


def _spans(task: Task) -> bool:
    """Whether a task's dates count in `assigned_span`."""
    return bool(task.assignments) and task.start is not None and task.finish is not None and not is_routine(task)


def _span_days(first: datetime | None, last: datetime | None, today: date) -> tuple[date, date]:
    if first is None or last is None:
        return today - timedelta(weeks=2), today + timedelta(weeks=12)
    return first.date(), min(last.date(), first.date() + MAX_SPAN)


class KeptSpan:
    """`assigned_span` kept between edits, for resource usage: each counted task's start and finish, updated for
    the tasks an edit names (only their dates, assignments or recurrence can have changed); the first and last are
    then `min` and `max` over the kept dates, made in C, where `assigned_span` walks every task in Python (~4 ms
    of each refresh on the 10,500-task plan)."""

    def __init__(self, ws: Workspace) -> None:
        self._starts: dict[int, datetime] = {}
        self._finishes: dict[int, datetime] = {}
        self.update(ws, ws.tasks)

    def update(self, ws: Workspace, task_ids: Iterable[int]) -> None:
        """Take these tasks' dates again (as they are now; a deleted one is dropped)."""
        for task_id in task_ids:
            task = ws.tasks.get(task_id)
            if task is not None and _spans(task):
                self._starts[task_id], self._finishes[task_id] = task.start, task.finish
            else:
                self._starts.pop(task_id, None)
                self._finishes.pop(task_id, None)

    def span(self, today: date) -> tuple[date, date]:
        """What `assigned_span(ws, today)` gives for the workspace as last updated."""
        if not self._starts:
            return _span_days(None, None, today)
        return _span_days(min(self._starts.values()), max(self._finishes.values()), today)


def workload(
    ws: Workspace,
    first: date,
    last: date,
    unit: Unit | str = Unit.WEEK,
    people: Iterable[int] | None = None,
    schedule=None,
    with_tasks: bool = False,
    week_start: int = 0,
) -> Workload:
    """Everyone's (or `people`'s) load and capacity per period from `first` to `last`.

    schedule: a computed `Schedule` whose dates win over the stored ones (the stored ones are what the last
    reschedule wrote, so it is rarely needed). with_tasks: also record which tasks make each period's load.
    week_start: the weekday weeks start on (Monday 0).
    """
    unit = Unit(unit)
    starts = period_starts(first, last, unit, week_start)
    chosen = _work_people(ws, ws.people if people is None else people)
    wanted = set(chosen)
    bounds = _Bounds(starts)
    result = _empty(unit, starts, chosen, _capacity(ws, bounds, chosen))
    lo = datetime.combine(starts[0], datetime.min.time())
    hi = datetime.combine(starts[-1], datetime.min.time())

    # Project and ongoing work: every scheduled leaf task with assignees, except the routine series.
    calendar_for = ws.calendar_chooser()
    for task in ws.tasks.values():
        _task_load(ws, result, bounds, calendar_for, task, schedule, lo, hi, with_tasks, wanted)
    # Only the routines of the people asked about: generating occurrences is the costly half of a workload.
    chosen_routines = [r for r in routines(ws) if wanted.intersection(r.assignments)] if people is not None else None
    _routines_load(ws, result, bounds, chosen_routines, with_tasks, wanted)
    return result


def _work_people(ws: Workspace, people: Iterable[int]) -> list[int]:
    """Only work people have hours to load: material and cost resources are left out (see planner.core.people)."""
    return [pid for pid in people if pid in ws.people and is_work(ws.people[pid])]


def _empty(unit: Unit, starts: list[date], chosen: list[int], capacity: dict[int, list[float]],
           cells: bool = True) -> Workload:  # fmt: skip
    """A workload of `chosen` with no hours yet; without `cells`, with no cells to name the tasks in (`tasks` empty)."""
    n = len(starts) - 1
    load = {kind: {pid: [0.0] * n for pid in chosen} for kind in Kind}
    return Workload(
        unit, starts, chosen, load, capacity, {pid: [{} for _ in range(n)] for pid in chosen} if cells else {}
    )


def _capacity(ws: Workspace, bounds: _Bounds, chosen: list[int]) -> dict[int, list[float]]:
    """Each person's hours of capacity per period, on their own calendar."""
    n = len(bounds.starts) - 1
    out = {}
    for pid in chosen:
        person = ws.people[pid]
        cal = ws.calendars.get(person.calendar_id, ws.calendar)
        edges = bounds.of(cal.timeline())
        per_minute = person.capacity / (cal.minutes_per_day or 480)
        out[pid] = [(edges[i + 1] - edges[i]) * per_minute for i in range(n)]
    return out


def _task_load(ws, result, bounds, calendar_for, task, schedule, lo, hi, with_tasks, wanted, log=None) -> None:
    """Add one task's hours to `result` (nothing for a summary, a routine series or work outside the periods); or,
    given `log`, list each addition there as (person, period, hours) instead."""
    if not task.assignments or ws.is_summary(task.id) or is_routine(task):
        return
    start, finish = task.start, task.finish
    if schedule is not None and task.id in schedule:
        start, finish = schedule.start(task.id), schedule.finish(task.id)
    if start is None or finish is None or finish <= lo or start >= hi or finish <= start:
        return
    if not wanted.intersection(task.assignments):
        return
    kind = _kind_of(task)
    cal = calendar_for(task)
    _spread(result, bounds, cal, task, start, finish, task.assignments, kind, with_tasks, wanted, log)
    if task.contours:
        _apply_contours(result, cal, task, start, finish, kind, with_tasks, wanted, log)


def _routines_load(ws, result, bounds, chosen_routines: list[Task] | None, with_tasks, wanted) -> None:
    """Add the hours of the occurrences that are not tasks yet of these routines (None: all)."""
    if chosen_routines == []:
        return  # none: not even a walk over the tasks for their occurrences made
    starts = result.starts
    routine_of: dict[int, Task] = {}
    calendar_of: dict[int, Calendar] = {}
    for occurrence in future_occurrences(ws, starts[0], starts[-1] - timedelta(days=1), chosen_routines):
        routine = routine_of.get(occurrence.routine_id)
        if routine is None:
            routine = routine_of[occurrence.routine_id] = ws.tasks[occurrence.routine_id]
        if not routine.assignments or occurrence.finish <= occurrence.start:
            continue
        if not wanted.intersection(routine.assignments):
            continue
        cal = calendar_of.get(routine.id)
        if cal is None:
            cal = calendar_of[routine.id] = ws.calendar_for(routine)
        _spread(result, bounds, cal, routine, occurrence.start, occurrence.finish, routine.assignments,
                Kind.ROUTINE, with_tasks, wanted)  # fmt: skip


def _kind_of(task: Task) -> Kind:
    if task.routine_id is not None:
        return Kind.ROUTINE
    return Kind.PROJECT if task.project_id is not None else Kind.ONGOING


def _spread(result: Workload, bounds: _Bounds, cal: Calendar, task: Task, start, finish, assignments, kind, with_tasks,
            wanted, log=None) -> None:  # fmt: skip
    line = cal.timeline()
    edges = bounds.of(line)
    p0, p1 = line.position(start), line.position(finish)
    if p1 <= p0:
        return
    mine = [(pid, units) for pid, units in assignments.items() if pid in wanted]  # once, not per period
    i = max(0, bisect_right(edges, p0) - 1)
    last = len(edges) - 1
    rows = result.load[kind]
    cells = result.tasks
    while i < last and edges[i] < p1:
        minutes = min(p1, edges[i + 1]) - max(p0, edges[i])
        if minutes > 0:
            for pid, units in mine:
                hours = units * minutes / 60.0
                if log is not None:
                    log.append((pid, i, hours))
                    continue
                rows[pid][i] += hours
                if with_tasks:
                    cell = cells[pid][i]
                    cell[task.id] = cell.get(task.id, 0.0) + hours
        i += 1


def working_minutes_on(line: Timeline, start: datetime, finish: datetime, day: date) -> float:
    """The working minutes of `day` between `start` and `finish` on a calendar's timeline."""
    lo = max(start, datetime.combine(day, datetime.min.time()))
    hi = min(finish, datetime.combine(day + timedelta(days=1), datetime.min.time()))
    return line.position(hi) - line.position(lo) if hi > lo else 0.0


def _apply_contours(result: Workload, cal: Calendar, task: Task, start, finish, kind, with_tasks, wanted,
                    log=None) -> None:  # fmt: skip
    """On each contoured day the task still covers, the contour's minutes replace units × that day's working time.
    A day the task has moved away from keeps its contour but counts nothing."""
    line = cal.timeline()
    rows = result.load[kind]
    for pid, days in task.contours.items():
        units = task.assignments.get(pid)
        if units is None or pid not in wanted:
            continue
        for day, minutes in days.items():
            i = bisect_right(result.starts, day) - 1
            if not 0 <= i < result.periods:
                continue
            normal = working_minutes_on(line, start, finish, day)
            if normal <= 0:
                continue
            hours = (minutes - units * normal) / 60.0
            if log is not None:
                log.append((pid, i, hours))
                continue
            rows[pid][i] += hours
            if with_tasks:
                cell = result.tasks[pid][i]
                cell[task.id] = cell.get(task.id, 0.0) + hours


class TaskSpreads:
    """`workload(..., with_tasks=True)` kept task by task between computations, for resource usage after an edit:
    `update` spreads again only the tasks an edit named and changes each person's sums per period by the difference
    of their hours, where adding every task's hours up again was ~3 ms of each refresh on the 10,500-task plan.
    For a sum changed so to be bit for bit the sum made afresh, in any order, every addition to it is rounded to a
    multiple of 2^-31 hours, ~0.002 ms (`_EXACT`): such sums are exact while they stay under 2^22 hours, so the
    same after any run of edits as a new `TaskSpreads` gives, and each addition within 2^-32 hours of `workload`'s
    (whose sums, in the workspace's order, round in their last bit). The tasks' own rows and cells are
    `workload`'s. It follows task edits only: a change to a calendar, a person or a project (task calendars come
    from them) needs a new `TaskSpreads`. Routines' future occurrences are counted afresh each time, last, as
    `workload` does."""

    def __init__(self, ws: Workspace, first: date, last: date, unit: Unit | str, people: Iterable[int],
                 week_start: int = 0) -> None:  # fmt: skip
        self.unit = Unit(unit)
        self.starts = period_starts(first, last, self.unit, week_start)
        self.people = _work_people(ws, people)
        self._bounds = _Bounds(self.starts)
        self._lo = datetime.combine(self.starts[0], datetime.min.time())
        self._hi = datetime.combine(self.starts[-1], datetime.min.time())
        self._capacity = _capacity(ws, self._bounds, self.people)
        # Where `_task_load` writes when it logs: nothing, but `_spread` looks its rows up before the loop.
        self._scratch = Workload(self.unit, self.starts, [], {kind: {} for kind in Kind}, {}, {})
        self._wanted = set(self.people)
        self._adds: dict[int, tuple[Kind, list[tuple[int, int, float]]]] = {}  # task -> kind, additions in order
        n = len(self.starts) - 1
        self._sums = {kind: {pid: [0.0] * n for pid in self.people} for kind in Kind}  # the tasks' hours, each `_EXACT`
        self._rows: dict[int, dict[int, list[float]]] = {pid: {} for pid in self.people}  # person -> task -> hours
        self._routine_people: dict[int, set[int]] = {}  # each routine's assignees when last counted
        self._routines: set[int] = set()  # the routines among the tasks, kept by `update`: not found by a walk
        self.update(ws, list(ws.tasks))

    @staticmethod
    def tasks_named(changes: Changes) -> set[int] | None:
        """The tasks to spread again after `changes`: those it names, and those that gained or lost children
        (a summary's hours do not count); None when it changed what the kept spreads cannot follow (a calendar,
        a person's calendar or capacity, a project's calendar)."""
        if changes.touches("person", "calendar", "project"):
            return None
        return changes.ids("task") | {ident for kind, ident in changes.parents if kind == "task"}

    def update(self, ws: Workspace, task_ids: Iterable[int]) -> set[int]:
        """Spread these tasks again (as they are now; a deleted one is dropped). Returns the people whose rows they
        were or are in (the rows of resource usage they show in): those whose kept hours they had or now have, and
        a routine's assignees, before and now, whether its occurrences fall in the span or not."""
        calendar_for = ws.calendar_chooser()
        wanted, exact = self._wanted, _EXACT
        n = len(self.starts) - 1
        reached: set[int] = set()
        for task_id in task_ids:
            task = ws.tasks.get(task_id)
            old = self._adds.pop(task_id, None)
            if old is not None:
                sums = self._sums[old[0]]
                for pid, i, hours in old[1]:
                    sums[pid][i] -= (hours + exact) - exact
                    if self._rows[pid].pop(task_id, None) is not None:
                        reached.add(pid)
            reached.update(self._routine_people.get(task_id, ()))
            if task is not None and is_routine(task):
                self._routines.add(task_id)
                reached.update(task.assignments)
            else:
                self._routines.discard(task_id)
            if task is None:
                continue
            log: list[tuple[int, int, float]] = []
            _task_load(ws, self._scratch, self._bounds, calendar_for, task, None, self._lo, self._hi, True, wanted,
                       log)  # fmt: skip
            if log:
                kind = _kind_of(task)
                self._adds[task_id] = (kind, log)
                sums = self._sums[kind]
                for pid, i, hours in log:  # the task's row under each person, summed as `workload`'s cells are
                    row = self._rows[pid].get(task_id)
                    if row is None:
                        row = self._rows[pid][task_id] = [0.0] * n
                        reached.add(pid)
                    row[i] += hours
                    sums[pid][i] += (hours + exact) - exact
        return reached

    @property
    def routine_ids(self) -> set[int]:
        """The routines among the tasks: their rows in `by_task` are new lists each time."""
        return self._routines

    def by_task(self, wl: Workload, person_id: int) -> dict[int, list[float]]:
        """What `wl.by_task(person_id)` gives (in another order) for a `wl` from `self.workload(…, with_tasks=False)`:
        the kept rows of the tasks (shared, and changed by the next `update`: to be read at once), with the routines'
        occurrences from `wl`. Without routines the kept rows alone, neither copied nor merged with `wl`'s empty
        cells (a walk over each person's periods)."""
        if not self._routines:
            return self._rows[person_id]
        return {**self._rows[person_id], **wl.by_task(person_id)}

    def workload(self, ws: Workspace, people: Iterable[int] | None = None, with_tasks: bool = True) -> Workload:
        """What `workload(ws, first, last, unit, people, with_tasks=True, week_start)` gives (each addition to its
        sums rounded, `_EXACT`), from the kept hours; without `with_tasks`, its `tasks` hold only the routines'
        future occurrences (see `by_task`)."""
        if people is None:
            chosen = self.people
        else:
            asked = set(people)
            chosen = [pid for pid in self.people if pid in asked]
        wanted = set(chosen)
        # The cells only for the tasks or the routines' occurrences to name: without routines resource usage reads
        # the kept rows alone (`by_task`), and making the empty cells was ~0.4 ms of each refresh.
        with_cells = with_tasks or bool(self._routines)
        capacity = {pid: list(self._capacity[pid]) for pid in chosen}
        result = _empty(self.unit, self.starts, chosen, capacity, with_cells)
        for kind, sums in self._sums.items():
            result.load[kind] = {pid: sums[pid].copy() for pid in chosen}
        if with_tasks:  # the cells naming the tasks, in the workspace's order as `workload` makes them
            cells, adds = result.tasks, self._adds
            for task_id in ws.tasks:
                entry = adds.get(task_id)
                if entry is None:
                    continue
                for pid, i, hours in entry[1]:
                    if pid in wanted:
                        cell = cells[pid][i]
                        cell[task_id] = cell.get(task_id, 0.0) + hours
        kept = [ws.tasks[task_id] for task_id in self._routines]
        _routines_load(ws, result, self._bounds, [r for r in kept if wanted.intersection(r.assignments)], True, wanted)
        self._routine_people.update((r.id, set(r.assignments)) for r in kept)
        return result


class _Bounds:
    """The working-minute positions of the period starts on each calendar's timeline (computed once each)."""

    def __init__(self, starts: list[date]) -> None:
        self.starts = [datetime.combine(d, datetime.min.time()) for d in starts]
        self._found: dict[int, tuple[Timeline, list[float]]] = {}

    def of(self, line: Timeline) -> list[float]:
        """The positions on `line`, a calendar's `timeline()` (the caller has it at hand: asking the calendar again
        for each task was a tenth of spreading one)."""
        # Positions count from an origin of their timeline, and any calendar edit anywhere makes every calendar
        # a new timeline: kept positions (`TaskSpreads` keeps these across edits) only go with the same one.
        found = self._found.get(id(line.calendar))
        if found is None or found[0] is not line:
            found = self._found[id(line.calendar)] = (line, [line.position(at) for at in self.starts])
        return found[1]
