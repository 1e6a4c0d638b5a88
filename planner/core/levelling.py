"""Resource levelling: find where people are booked beyond their capacity, and remove it by delaying
lower-priority work, first within its slack and then beyond it, never breaking a link or a constraint.
Standard library only; it reads the workspace and a computed schedule, and changes it only through
`LevelResources`.

How delays are stored: as start-no-earlier-than (SNET) constraints on the delayed tasks. The scheduler already
honours them, every view shows them, MS Project files carry them, and a user can see and remove one like any
other constraint; a separate "levelling delay" field would need a second meaning of a task's start in the
scheduler, the editor and every file format. Successors of a delayed task need nothing: the scheduler pushes
them through their links.

Automatic levelling is a serial schedule: tasks are taken in link order, the most important ready task first
(higher priority; then less slack, so work with slack is the work that gets delayed, and critical work moves
only when nothing else can), and each is placed at the earliest start its links allow where every assignee
still has room, day by day. What is fixed stays put and is worked around: manual tasks, tasks with a must-
start-on or must-finish-on date, work already started or done, ongoing work of areas and routines' occurrences.
A task that alone needs more than a person's day (8 h at 100 % for someone with 6 h) cannot fit anywhere; it is
placed where nothing else overlaps it, and the conflict is reported as unresolved.

The manual mode lists conflicts (a person, a run of days, the tasks involved) and proposes one move at a time.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from planner.core.calendars import Timeline
from planner.core.command import Command
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Constraint, LinkType, StatusKind, Task, Workspace
from planner.core.people import is_work
from planner.core.recurrence import occurrences_between, routines
from planner.core.schedule import compute_schedule

TOLERANCE = 0.01  # hours
MAX_DELAY_DAYS = 3 * 366  # a task that fits nowhere within this stays where it is (and is reported)
_FIXED_CONSTRAINTS = (Constraint.MSO, Constraint.MFO)
_PUSH_ONLY = (Constraint.ALAP, Constraint.SNLT, Constraint.FNLT)


@dataclass(frozen=True)
class Move:
    """Delay one task: it will start no earlier than `new_start`."""

    task_id: int
    title: str
    old_start: datetime
    new_start: datetime
    new_finish: datetime
    delay_days: float  # working days on the task's calendar
    within_slack: bool  # the delay does not move its project's finish
    person_ids: tuple[int, ...]
    reason: str


@dataclass(frozen=True)
class Conflict:
    """A person over capacity on a run of days, and the tasks booked then."""

    person_id: int
    first: date
    last: date
    load: float  # peak hours in a day
    capacity: float  # hours that day
    task_ids: tuple[int, ...]


@dataclass
class LevellingPlan:
    moves: list[Move]
    finishes: dict[int, tuple[datetime, datetime]]  # project id -> finish before and after
    unresolved: list[Conflict] = field(default_factory=list)

    def command(self) -> LevelResources:
        return LevelResources(self.moves)


class LevelResources(Command):
    """Delay tasks as a levelling plan says, as one undoable step (start-no-earlier-than constraints)."""

    def __init__(self, moves: Iterable[Move]) -> None:
        super().__init__()
        self.text = tr("Commands", "Level resources")
        self.moves = list(moves)
        if len(self.moves) == 1:
            self.text = tr("Commands", "Delay “{title}”").format(title=self.moves[0].title)

    def _do(self, ws: Workspace) -> None:
        for move in self.moves:
            task = ws.tasks.get(move.task_id)
            if task is None:
                raise ValidationError(tr("Errors", "There is no task {task_id} to delay").format(task_id=move.task_id))
            if task.manual or task.constraint in _FIXED_CONSTRAINTS:
                raise ValidationError(
                    tr("Errors", "“{title}” is fixed in time and cannot be delayed").format(title=task.title)
                )
            self.touch(ws, "task", task.id)
            task.constraint = Constraint.SNET
            task.constraint_date = move.new_start


# -- the engine -------------------------------------------------------------------------------------------------
class _Leveller:
    """Loads and capacities per person and day (date ordinals), and placing tasks against them."""

    def __init__(self, ws: Workspace, schedule) -> None:
        self.ws = ws
        self.schedule = schedule
        self.load: dict[int, dict[int, float]] = {pid: {} for pid in ws.people}
        # the part of it no delay of project work can remove: routines and the ongoing work of areas
        self.fixed: dict[int, dict[int, float]] = {pid: {} for pid in ws.people}
        self.booked: dict[tuple[int, int], list[int]] = {}  # (person, day) -> task ids
        self._cap: dict[tuple[int, int], float] = {}
        self._lines: dict[int, Timeline] = {}
        self.kinds = {sid: s.kind for sid, s in ws.statuses.items()}

    # -- calendars --------------------------------------------------------------------------------------------
    def line(self, task: Task) -> Timeline:
        cal = self.ws.calendar_for(task)
        found = self._lines.get(id(cal))
        if found is None:
            found = self._lines[id(cal)] = cal.timeline()
        return found

    def works(self, pid: int) -> bool:
        """Whether `pid` is a person with working hours to level (material and cost resources have none)."""
        person = self.ws.people.get(pid)
        return person is not None and is_work(person)

    def capacity(self, pid: int, day: int) -> float:
        key = (pid, day)
        found = self._cap.get(key)
        if found is None:
            person = self.ws.people[pid]
            cal = self.ws.calendars.get(person.calendar_id, self.ws.calendar)
            line = cal.timeline()
            i = _day_index(line, day)
            minutes = line.cum[i + 1] - line.cum[i]
            found = self._cap[key] = person.capacity * minutes / (cal.minutes_per_day or 480)
        return found

    # -- demand -----------------------------------------------------------------------------------------------
    def demand(self, task: Task, line: Timeline, p0: float, p1: float) -> list[tuple[int, int, float]]:
        """(person, day, hours) the task needs when it runs from position p0 to p1 on `line`."""
        out = []
        if p1 <= p0 or not task.assignments:
            return out
        people = [(pid, units) for pid, units in task.assignments.items() if self.works(pid)]
        for day, minutes in _days(line, p0, p1):
            for pid, units in people:
                out.append((pid, day, units * minutes / 60.0))
        return out

    def add(self, task_id: int, need: list[tuple[int, int, float]], sign: float = 1.0, fixed: bool = False) -> None:
        for pid, day, hours in need:
            row = self.load[pid]
            row[day] = row.get(day, 0.0) + sign * hours
            if fixed:
                row = self.fixed[pid]
                row[day] = row.get(day, 0.0) + sign * hours
            cell = self.booked.setdefault((pid, day), [])
            if sign > 0:
                cell.append(task_id)
            elif task_id in cell:
                cell.remove(task_id)

    def first_clash(self, need: list[tuple[int, int, float]]) -> int | None:
        """The first day on which `need` does not fit beside the movable work already placed.

        Over capacity only beside routines and ongoing work is no clash: no delay of project work removes it, and
        chasing a week without a routine would push work by months. Such days are reported."""
        clash = None
        for pid, day, hours in need:
            have = self.load[pid].get(day, 0.0)
            movable = have - self.fixed[pid].get(day, 0.0)
            fits = movable <= TOLERANCE or have + hours <= self.capacity(pid, day) + TOLERANCE
            if not fits and (clash is None or day < clash):
                clash = day
        return clash

    def find_start(self, task: Task, line: Timeline, earliest: float, duration: float) -> tuple[float, bool]:
        """The earliest position at or after `earliest` where the task fits; (earliest, False) if none does."""
        p = earliest
        limit = earliest + MAX_DELAY_DAYS * 24 * 60
        while p <= limit:
            clash = self.first_clash(self.demand(task, line, p, p + duration))
            if clash is None:
                return p, True
            i = _day_index(line, clash)
            nxt = line.cum[i + 1]
            p = nxt if nxt > p else p + 1
        return earliest, False

    def over(self, people: Iterable[int] | None = None, since: int | None = None) -> list[Conflict]:
        """Every over-allocated run of days, by person."""
        out = []
        for pid in people if people is not None else self.load:
            days = sorted(d for d, h in self.load[pid].items() if h > self.capacity(pid, d) + TOLERANCE)
            if since is not None:
                days = [d for d in days if d >= since]
            run: list[int] = []
            for day in days:
                if run and (day != run[-1] + 1 or set(self.booked[(pid, day)]) != set(self.booked[(pid, run[0])])):
                    out.append(self._conflict(pid, run))
                    run = []
                run.append(day)
            if run:
                out.append(self._conflict(pid, run))
        out.sort(key=lambda c: (c.first, c.person_id))
        return out

    def _conflict(self, pid: int, run: list[int]) -> Conflict:
        peak = max(run, key=lambda d: self.load[pid][d] - self.capacity(pid, d))
        ids = sorted({tid for d in run for tid in self.booked.get((pid, d), ())})
        return Conflict(pid, date.fromordinal(run[0]), date.fromordinal(run[-1]), round(self.load[pid][peak], 2),
                        round(self.capacity(pid, peak), 2), tuple(ids))  # fmt: skip

    def book_routines(self, first: date, last: date, people: set[int]) -> None:
        """Routines' future occurrences from `first` to `last`, as fixed load of the people they are assigned to."""
        for routine in routines(self.ws):
            if not people.intersection(routine.assignments):
                continue
            line = self.line(routine)
            for occ in occurrences_between(self.ws, routine, first, last):
                if occ.task_id is None and occ.finish > occ.start:
                    p0, p1 = line.position(occ.start), line.position(occ.finish)
                    self.add(routine.id, self.demand(routine, line, p0, p1), fixed=True)


def _day_index(line: Timeline, ordinal: int) -> int:
    i = ordinal - line.first
    if i < 0 or i + 1 >= len(line.cum):
        line.position(datetime.fromordinal(ordinal))
        i = ordinal - line.first
    return i


def _days(line: Timeline, p0: float, p1: float) -> list[tuple[int, float]]:
    """(day ordinal, working minutes) of the span p0…p1 of `line`."""
    if p1 > line.cum[-1] or p0 < line.cum[0]:
        line.finish_at(p1)  # grows the line to cover the span
        line.start_at(p0)
    cum = line.cum
    i = bisect_right(cum, p0) - 1
    out = []
    last = len(cum) - 1
    while i < last and cum[i] < p1:
        minutes = min(cum[i + 1], p1) - max(cum[i], p0)
        if minutes > 0:
            out.append((line.first + i, minutes))
        i += 1
    return out


def _leaves(ws: Workspace, tid: int) -> list[int]:
    if not ws.is_summary(tid):
        return [tid]
    return [d for d in ws.descendants(tid) if not ws.is_summary(d)]


def _is_done(ws: Workspace, task: Task, kinds) -> bool:
    return kinds.get(task.status_id) is StatusKind.DONE or task.completed is not None


def _is_fixed(ws: Workspace, task: Task, kinds) -> bool:
    """Whether a task keeps its dates whatever its predecessors do."""
    return (
        task.manual
        or task.project_id is None
        or task.constraint in _FIXED_CONSTRAINTS
        or _is_done(ws, task, kinds)
        or task.percent_complete > 0
        or task.started is not None
    )


def plan_levelling(
    ws: Workspace, schedule=None, project_ids: Iterable[int] | None = None, today: date | None = None
) -> LevellingPlan:
    """The moves that remove over-allocation in the projects `project_ids` (default: all), without applying them."""
    schedule = schedule if schedule is not None else compute_schedule(ws, today)
    scope = set(ws.projects if project_ids is None else project_ids)
    lev = _Leveller(ws, schedule)
    kinds = lev.kinds
    leaves = [
        t for t in ws.tasks.values()
        if not ws.is_summary(t.id) and t.id in schedule and not (t.recurrence and t.routine_id is None)
    ]  # fmt: skip
    dates: dict[int, tuple[datetime, datetime]] = {}
    pending: dict[int, Task] = {}
    first = last = None
    for task in leaves:
        start, finish = schedule.start(task.id), schedule.finish(task.id)
        if not schedule[task.id].planned and task.start is None:
            continue
        dates[task.id] = (start, finish)
        first = start if first is None or start < first else first
        last = finish if last is None or finish > last else last
        if _is_fixed(ws, task, kinds):
            line = lev.line(task)
            need = lev.demand(task, line, line.position(start), line.position(finish))
            lev.add(task.id, need, fixed=task.project_id is None)
        else:
            pending[task.id] = task
    before = _finishes(ws, dates, scope)
    if first is not None:
        people = {pid for t in pending.values() for pid in t.assignments}
        lev.book_routines(first.date(), last.date() + timedelta(days=366), people)

    # The links each pending leaf waits on: its own and its summaries', predecessors expanded to their leaves.
    waits: dict[int, list] = {tid: [] for tid in pending}
    after: dict[int, set[int]] = {}
    indegree = dict.fromkeys(pending, 0)
    for tid in pending:
        for holder in (tid, *ws.ancestors(tid)):
            for dep_id in ws.links_in(holder):
                dep = ws.dependencies[dep_id]
                preds = [p for p in _leaves(ws, dep.predecessor_id) if p in dates]
                if not preds:
                    continue
                waits[tid].append((dep, preds))
                for p in preds:
                    if p in pending and tid not in after.setdefault(p, set()):
                        after[p].add(tid)
                        indegree[tid] += 1
    slack = {tid: schedule.total_slack(tid) for tid in pending}

    def key(tid: int):
        task = pending[tid]
        return (-int(task.priority), slack[tid], dates[tid][0], tid)

    ready = [(key(tid), tid) for tid, n in indegree.items() if n == 0]
    heapq.heapify(ready)
    moves: list[Move] = []
    done: set[int] = set()
    while len(done) < len(pending):
        if not ready:  # a loop the scheduler would have refused: take the rest as they come
            rest = [tid for tid in pending if tid not in done]
            ready = [(key(tid), tid) for tid in rest[:1]]
        _key, tid = heapq.heappop(ready)
        if tid in done:
            continue
        done.add(tid)
        task = pending[tid]
        move = _place(lev, ws, task, dates, waits[tid], slack[tid], task.constraint not in _PUSH_ONLY)
        if move is not None:
            moves.append(move)
        for succ in after.get(tid, ()):
            indegree[succ] -= 1
            if indegree[succ] == 0:
                heapq.heappush(ready, (key(succ), succ))
    unresolved = lev.over(since=first.toordinal() if first else None)
    unresolved = [c for c in unresolved if any(t in pending for t in c.task_ids)]
    moves.sort(key=lambda m: (m.new_start, m.task_id))
    return LevellingPlan(moves, {pid: (b, _finishes(ws, dates, {pid})[pid][1]) for pid, (b, _a) in before.items()},
                         unresolved)  # fmt: skip


def _finishes(ws: Workspace, dates, scope: set[int]) -> dict[int, tuple[datetime, datetime]]:
    out: dict[int, tuple[datetime, datetime]] = {}
    for tid, (_start, finish) in dates.items():
        pid = ws.tasks[tid].project_id
        if pid in scope:
            known = out.get(pid)
            if known is None or finish > known[1]:
                out[pid] = (finish, finish)
    return out


def _bound(line: Timeline, dep, pred_dates: list[tuple[datetime, datetime]], duration: float) -> float:
    """The earliest start position on `line` that a link allows, given its predecessor's (leaves') dates."""
    pred_start = min(s for s, _f in pred_dates)
    pred_finish = max(f for _s, f in pred_dates)
    from_finish = dep.type in (LinkType.FS, LinkType.FF)
    anchor = pred_finish if from_finish else pred_start
    unit = getattr(dep, "lag_unit", "") or ""
    if unit == "elapsed":
        p = line.position(anchor + timedelta(minutes=dep.lag))
    elif unit == "percent":
        span = line.position(pred_finish) - line.position(pred_start)
        p = line.position(anchor) + span * dep.lag / 100.0
    else:
        p = line.position(anchor) + dep.lag
    if dep.type in (LinkType.FF, LinkType.SF):
        p -= duration  # the link holds back the finish
    return p


def _place(lev: _Leveller, ws: Workspace, task: Task, dates, waits, slack: int, search: bool) -> Move | None:
    old_start, old_finish = dates[task.id]
    line = lev.line(task)
    p_old = line.position(old_start)
    duration = line.position(old_finish) - p_old
    earliest = p_old
    for dep, preds in waits:
        earliest = max(earliest, _bound(line, dep, [dates[p] for p in preds], duration))
    p = earliest
    if search and task.assignments and duration > 0:
        p, _fitted = lev.find_start(task, line, earliest, duration)
    if p <= p_old:
        p, start, finish = p_old, old_start, old_finish
    elif duration > 0:
        start, finish = line.start_at(p), line.finish_at(p + duration)
    else:
        start = finish = line.finish_at(p)
    dates[task.id] = (start, finish)
    lev.add(task.id, lev.demand(task, line, p, p + duration))
    if p <= earliest:
        return None  # not moved, or only pushed by its links (the scheduler does that itself)
    minutes_per_day = ws.calendar_for(task).minutes_per_day or 480
    delay = p - p_old
    people = tuple(sorted(task.assignments))
    names = ", ".join(ws.people[pid].name for pid in people if pid in ws.people)
    return Move(
        task_id=task.id,
        title=task.title,
        old_start=old_start,
        new_start=start,
        new_finish=finish,
        delay_days=round(delay / minutes_per_day, 2),
        within_slack=delay <= slack,
        person_ids=people,
        reason=(
            tr("Levelling", "{names} is fully booked until then")
            if len(people) == 1
            else tr("Levelling", "{names} are fully booked until then")
        ).format(names=names),
    )


# -- the manual mode ----------------------------------------------------------------------------------------------
def find_conflicts(ws: Workspace, schedule=None, today: date | None = None) -> list[Conflict]:
    """Every run of days on which someone is booked beyond capacity, as the plan stands, from today on."""
    schedule = schedule if schedule is not None else compute_schedule(ws, today)
    lev = _booked_as_planned(ws, schedule)
    since = (today or date.today()).toordinal()
    return lev.over(since=since)


def _booked_as_planned(ws: Workspace, schedule) -> _Leveller:
    lev = _Leveller(ws, schedule)
    first = last = None
    for task in ws.tasks.values():
        if ws.is_summary(task.id) or (task.recurrence and task.routine_id is None) or not task.assignments:
            continue
        if task.id in schedule and (schedule[task.id].planned or task.start is not None):
            start, finish = schedule.start(task.id), schedule.finish(task.id)
        elif task.start is not None and task.finish is not None:
            start, finish = task.start, task.finish
        else:
            continue
        line = lev.line(task)
        need = lev.demand(task, line, line.position(start), line.position(finish))
        lev.add(task.id, need, fixed=task.project_id is None)
        first = start if first is None or start < first else first
        last = finish if last is None or finish > last else last
    if first is not None:
        lev.book_routines(first.date(), last.date() + timedelta(days=31), set(ws.people))
    return lev


def propose_move(ws: Workspace, conflict: Conflict, schedule=None, today: date | None = None) -> Move | None:
    """One move that resolves `conflict`: the least important movable task in it (lowest priority, then most
    slack, then latest start), to where it first fits. None when none of its tasks can move."""
    schedule = schedule if schedule is not None else compute_schedule(ws, today)
    lev = _booked_as_planned(ws, schedule)
    kinds = lev.kinds
    movable = [
        ws.tasks[tid] for tid in conflict.task_ids
        if tid in ws.tasks and tid in schedule and not _is_fixed(ws, ws.tasks[tid], kinds)
        and ws.tasks[tid].constraint not in _PUSH_ONLY and not ws.is_summary(tid)
    ]  # fmt: skip
    if not movable:
        return None
    movable.sort(key=lambda t: (int(t.priority), -schedule.total_slack(t.id), -schedule.start(t.id).timestamp(), t.id))
    for task in movable:
        start, finish = schedule.start(task.id), schedule.finish(task.id)
        line = lev.line(task)
        p0 = line.position(start)
        duration = line.position(finish) - p0
        lev.add(task.id, lev.demand(task, line, p0, p0 + duration), sign=-1.0)
        p, fitted = lev.find_start(task, line, p0, duration)
        if fitted and p > p0:
            slack = schedule.total_slack(task.id)
            minutes_per_day = ws.calendar_for(task).minutes_per_day or 480
            people = tuple(sorted(task.assignments))
            names = ", ".join(ws.people[pid].name for pid in people if pid in ws.people)
            new_start = line.start_at(p)
            over = (
                tr("Levelling", "{names} is over capacity from {first:%d %b}")
                if len(people) == 1
                else tr("Levelling", "{names} are over capacity from {first:%d %b}")
            )
            reason = over.format(names=names, first=conflict.first)
            return Move(task.id, task.title, start, new_start, line.finish_at(p + duration),
                        round((p - p0) / minutes_per_day, 2), p - p0 <= slack, people, reason)  # fmt: skip
        lev.add(task.id, lev.demand(task, line, p0, p0 + duration))
    return None
