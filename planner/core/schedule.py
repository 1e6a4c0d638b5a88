"""The critical-path scheduler: early and late dates, slack and the critical path of every task, computed the
way MS Project does. It reads a workspace and leaves it alone, except `apply_schedule` and the `Reschedule`
command, which write the computed dates into the tasks.

Dates run on each calendar's `Timeline` (working minutes as integers), so the passes are integer arithmetic.
A date is kept as a key `2 * position + form`: form 1 is the "start" reading of a position (08:00 Monday),
form 0 the "finish" reading (17:00 Friday). Only zero-length tasks show the difference, as in MS Project,
where a milestone after a task that ends at 17:00 sits at 17:00 while a task with work starts next morning.
"""

from __future__ import annotations

import copy
import gc
import heapq
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import compress, repeat
from operator import itemgetter, ne, not_

from planner.core import calendars as _calendars
from planner.core.bounds import LAST_INSTANT, schedulable
from planner.core.calendars import EARLIEST, STANDARD, Calendar, Timeline, in_range, to_minute
from planner.core.changes import Changes
from planner.core.command import Command, Fields
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Constraint, Dependency, LinkType, Project, Task, Workspace
from planner.core.network_edits import NetworkEdits

START, FINISH = 1, 0  # the form bit of a key
_SOURCE, _TARGET = itemgetter(0), itemgetter(1)  # an edge's two nodes
_NEG = -(1 << 62)
_POS = 1 << 62
_FROM_FINISH = {LinkType.FS: True, LinkType.FF: True, LinkType.SS: False, LinkType.SF: False}
_TO_FINISH = {LinkType.FS: False, LinkType.SS: False, LinkType.FF: True, LinkType.SF: True}
WORKING, ELAPSED, PERCENT = 0, 1, 2  # lag kinds
_LATE_LIMITS = (Constraint.SNLT, Constraint.FNLT, Constraint.MSO, Constraint.MFO)
_FLEXIBLE_FROM_FINISH = (Constraint.ASAP, Constraint.SNLT, Constraint.FNLT)


@dataclass(frozen=True)
class Lag:
    """A link's lag beyond plain working minutes: wall-clock (elapsed) minutes, or a percentage of the
    predecessor's duration (negative for a lead). `planner.io.common.LinkFacts` is read the same way."""

    minutes: int = 0
    elapsed: bool = False
    percent: float | None = None


@dataclass(frozen=True)
class TaskSchedule:
    """One task's computed dates; slack in working minutes of the task's calendar."""

    start: datetime  # where the task is scheduled (early dates, or late ones for ALAP; manual dates kept)
    finish: datetime
    early_start: datetime
    early_finish: datetime
    late_start: datetime
    late_finish: datetime
    total_slack: int
    free_slack: int
    critical: bool
    deadline_missed: bool
    constraint_conflict: bool  # a constraint date overrode a link (or a link broke an inflexible constraint)
    planned: bool  # False for a task with neither duration nor dates: it is placed but apply_schedule skips it


class Schedule:
    """The result of `schedule`: per-task dates, read by task id; datetimes are made only when asked for."""

    def __init__(self, plan: _Plan, s_key, f_key, ls_key, lf_key, first_s, first_f, finish) -> None:
        self._plan = plan
        self._ids: list[int] = plan.ids
        self._index: dict[int, int] = plan.index
        self._lines: list[Timeline] = plan.lines
        self._out = plan.out_nodes()  # task -> node with its dates
        self._s, self._f, self._ls, self._lf = s_key, f_key, ls_key, lf_key
        self._first_s, self._first_f = first_s, first_f  # early dates before ALAP tasks were moved late
        self._free: list[int] | None = None
        self._finish = finish
        self._planned = plan.planned
        # Set by `update_schedule`: the tasks whose dates may differ from the schedule it updated (None: any task).
        self.touched: set[int] | None = None
        # Set by `mark_written`: the tasks whose dates were written from this schedule (an update reads them
        # again), and whether every planned task's dates now stand in the workspace as computed here.
        self.written: set[int] = set()
        self.applied = False
        # Set by `schedule`: task id -> what in the stored workspace it could not take as it is (see there).
        self.warnings: dict[int, str] = {}

    @property
    def today(self) -> date:
        """The day the schedule was computed for (a project without a start starts then)."""
        return self._plan.today

    def lists_tasks_of(self, ws: Workspace) -> bool:
        """Whether the schedule holds `ws`'s tasks in `ws`'s order, as one computed now would."""
        return self.ids() == list(ws.tasks)

    def mark_written(self, task_ids: Iterable[int]) -> None:
        """Record that the workspace now holds this schedule's dates, `task_ids` being the tasks just written."""
        self.written = set(task_ids)
        self.applied = True

    def __contains__(self, task_id: int) -> bool:
        return task_id in self._index

    def __len__(self) -> int:
        return len(self._index)

    def ids(self) -> list[int]:
        return list(self._index)  # in task order, without the holes of `_ids` (None: a deleted task's place)

    def _date(self, i: int, key: int) -> datetime:
        line = self._lines[i]
        return line.start_at(key >> 1) if key & 1 else line.finish_at(key >> 1)

    def start(self, task_id: int) -> datetime:
        i = self._index[task_id]
        return self._date(i, self._s[self._out[i]])

    def finish(self, task_id: int) -> datetime:
        i = self._index[task_id]
        return self._date(i, self._f[self._out[i]])

    def _slack(self, i: int) -> int:
        return (self._lf[i] >> 1) - (self._f[self._out[i]] >> 1)

    def total_slack(self, task_id: int) -> int:
        """Working minutes the task can slip without delaying its project's finish (negative: a conflict)."""
        return self._slack(self._index[task_id])

    def _critical(self, i: int) -> bool:
        return self._slack(i) <= 0 and not self._plan.complete[i]  # finished work is never critical (MS Project)

    def is_critical(self, task_id: int) -> bool:
        return self._critical(self._index[task_id])

    def is_planned(self, task_id: int) -> bool:
        return self._planned[self._index[task_id]]

    def deadline_missed(self, task_id: int) -> bool:
        return self._missed(self._index[task_id])

    def has_conflict(self, task_id: int) -> bool:
        return bool(self._plan.conflict[self._index[task_id]])

    def critical_ids(self) -> list[int]:
        return [tid for i, tid in enumerate(self._ids) if tid is not None and self._critical(i)]

    def _missed(self, i: int) -> bool:
        return (self._f[self._out[i]] >> 1) > (self._plan.deadline[i] >> 1)

    def missed_deadline_ids(self) -> list[int]:
        return [tid for i, tid in enumerate(self._ids) if tid is not None and self._missed(i)]

    def conflict_ids(self) -> list[int]:
        """Tasks whose constraint date overrode a link, or whose inflexible constraint a link would break."""
        return [tid for tid, flag in zip(self._ids, self._plan.conflict, strict=True) if flag and tid is not None]

    def free_slack(self, task_id: int) -> int:
        if self._free is None:  # computed on first use: few views show it
            total = [self._slack(i) for i in range(len(self._ids))]
            self._free = self._plan.free_slack(self._s, self._f, total)
        return self._free[self._index[task_id]]

    def project_finish(self, project_id: int | None) -> datetime:
        line, key = self._finish[project_id]
        return line.finish_at(key >> 1)

    def __getitem__(self, task_id: int) -> TaskSchedule:
        i = self._index[task_id]
        out = self._out[i]
        return TaskSchedule(
            start=self._date(i, self._s[out]),
            finish=self._date(i, self._f[out]),
            early_start=self._date(i, self._first_s[out]),
            early_finish=self._date(i, self._first_f[out]),
            late_start=self._date(i, self._ls[i]),
            late_finish=self._date(i, self._lf[i]),
            total_slack=self._slack(i),
            free_slack=self.free_slack(task_id),
            critical=self._critical(i),
            deadline_missed=self._missed(i),
            constraint_conflict=self._plan.conflict[i],
            planned=self._planned[i],
        )


CalendarChoice = Mapping[int, Calendar] | Callable[[Task], Calendar | None] | None
ProjectCalendarChoice = Mapping[int, Calendar] | Callable[[Project], Calendar | None] | None


# -- the scheduler ------------------------------------------------------------------------------------------
def schedule(
    ws: Workspace,
    *,
    calendars: CalendarChoice = None,
    project_calendars: ProjectCalendarChoice = None,
    lags: Mapping[int, object] | None = None,
    project_starts: Mapping[int, datetime] | None = None,
    today: date | None = None,
    honor_constraints: bool = True,
) -> Schedule:
    """Schedule every task of `ws` forward from its project's start, with late dates, slack and the critical path.

    calendars: a task's own calendar, by task id or as a function of the task (default: its project's).
    project_calendars: a project's calendar, by project id or function (default: `ws.calendar`); lags run on it.
    lags: dependency id -> `Lag` (or `LinkFacts`) for elapsed and percent lags; otherwise `Dependency.lag`.
    project_starts: overrides `Project.start`; without either, a project starts at its earliest task start,
    or at the first working time of `today`. honor_constraints: as MS Project's "tasks will always honor their
    constraint dates" (on by default): inflexible constraints win over links and the conflict shows as
    negative slack; off, links win.
    A stored workspace the engine cannot take as it is (from an old or hand-edited file) is scheduled all the
    same: a date out of range or a negative duration is left out, a calendar without working time is read as the
    standard week, and a loop of links is scheduled as if the link closing it (the one into the loop's oldest
    task) were not there. Each task concerned gets a line in the result's `warnings` (task id -> text).
    """
    collecting = gc.isenabled()
    gc.disable()  # the run makes many small tuples and frees none of them: collections would only cost time
    warnings: dict[int, str] = {}
    # The workspace as it is, its dates checked in the plan's pass over the tasks (a pass of its own cost ~7 % of the
    # run); at the first date out of range, or anything that check cannot take, `schedulable` says what to leave out.
    plan_ws, checked = ws, False
    try:
        for _ in range(len(ws.dependencies) + 2):  # each try leaves out one more link, so this ends
            try:
                plan = _Plan(plan_ws, calendars, project_calendars, lags, project_starts, today, honor_constraints,
                             checked)  # fmt: skip
                result = plan.run()
            except _UncheckedError:
                plan_ws, checked = schedulable(ws, warnings), True
                continue
            except ValidationError as loop:
                if not getattr(loop, "task_ids", None):
                    raise
                plan_ws = _without_closing_link(plan_ws, ws, loop.task_ids, warnings)
                continue
            if any(line.stand_in_for for line in plan.timelines.values()):  # else no task's line stands in
                for i, line in enumerate(plan.lines):
                    if line.stand_in_for:
                        standard = tr(
                            "Schedule", "its calendar “{calendar}” has no working time; scheduled on the standard week"
                        )
                        _warn(warnings, plan.ids[i], standard.format(calendar=line.stand_in_for))
            result.warnings = warnings
            return result
        raise AssertionError("a loop remains with every link left out")  # the task tree alone cannot loop
    finally:
        if collecting:
            gc.enable()


class _UncheckedError(Exception):
    """A date out of range, a negative duration or a value the plan's check cannot compare: `schedulable` decides."""


def _without_closing_link(plan_ws: Workspace, ws: Workspace, loop: list[int], warnings: dict[int, str]) -> Workspace:
    """`plan_ws` without the link that closes `loop` (task ids in the order they wait for each other, from the
    oldest task): the link into the oldest task, or the last link of the loop when a summary closes it."""
    pairs = list(zip(loop, loop[1:] + loop[:1], strict=True))
    links = {(d.predecessor_id, d.successor_id): d.id for d in plan_ws.dependencies.values()}
    closing = next(links[pair] for pair in reversed(pairs) if pair in links)
    if plan_ws is ws:
        plan_ws = copy.copy(ws)
    plan_ws.dependencies = {i: d for i, d in plan_ws.dependencies.items() if i != closing}
    names = " → ".join(ws.tasks[tid].title for tid in [*loop, loop[0]])
    link = ws.dependencies[closing]
    left_out = f"{ws.tasks[link.predecessor_id].title} → {ws.tasks[link.successor_id].title}"
    for tid in loop:
        loop_text = tr("Schedule", "in a loop of links: {names} (scheduled without the link {link})")
        _warn(warnings, tid, loop_text.format(names=names, link=left_out))
    return plan_ws


def _warn(warnings: dict[int, str], task_id: int, text: str) -> None:
    warnings[task_id] = f"{warnings[task_id]}; {text}" if task_id in warnings else text


class _Network:
    """The network of one scheduling run, read from a workspace: nodes (tasks, and a rollup node for each summary),
    their facts (`_FACTS`: calendars, durations, modes, constraints), the task tree and the links as edges."""

    def __init__(self, ws, calendars, project_calendars, lags, project_starts, today, honor, checked=True):
        """`checked`: whether `schedulable` has seen `ws`; if not, the plan checks what it would (every task's dates
        and duration, the projects' starts) and raises `_UncheckedError` at the first thing it cannot take as it is."""
        self.ws = ws
        self.honor = honor
        self.args = (calendars, project_calendars, lags, project_starts, today, honor)
        self.today = today or date.today()
        self.edits = _calendar_edits()
        self.links = len(ws.dependencies)
        # Task indexes of deleted leaves whose node is kept, inert (`_Plan.with_hole`); a full run has none.
        self.holes: frozenset[int] = frozenset()
        ids = list(ws.tasks)
        self.ids, self.n = ids, len(ids)
        self.index = {tid: i for i, tid in enumerate(ids)}
        self.tasks = list(ws.tasks.values())
        self._read_calendars(calendars, project_calendars)
        self._read_project_starts(project_starts, checked)
        # tasks with children: one set lookup per task instead of a ("task", id) key made and hashed for each
        parents = {key[1] for key in ws.parent_keys() if key[0] == "task"}
        self._number_nodes(parents)
        self._read_tasks(checked)
        self._read_links(lags)

    def _read_calendars(self, calendars, project_calendars) -> None:
        """The timeline of each project (and of the tasks without one), and the chooser of a task's own calendar;
        one timeline per distinct calendar."""
        ws = self.ws
        self.timelines: dict[int, Timeline] = {}
        project_cal = _chooser(project_calendars, ws.calendar)
        line_of = self.line_of
        group_line: dict[int | None, Timeline] = {None: line_of(ws.calendar)}
        for pid, project in ws.projects.items():
            group_line[pid] = line_of(project_cal(project))
        self.group_line = group_line
        self.task_cal = None if calendars is None else _task_chooser(calendars)

    def _read_project_starts(self, project_starts, checked: bool) -> None:
        """The start key of each group (a project, or None for the tasks without one) on its timeline."""
        ws, group_line = self.ws, self.group_line
        if not checked and any(p.start is not None and not in_range(p.start) for p in ws.projects.values()):
            raise _UncheckedError
        starts = dict(project_starts or {})
        group_start: dict[int | None, int] = {}
        self.from_tasks: set[int | None] = set()  # groups whose start is their earliest task start (or today)
        # Projects scheduled from their finish (MS Project's "schedule from project finish date"): the target finish
        # key of each. Their start is found by `fit_to_finish`, so any stored start is left aside; it begins there.
        self.finish_keys: dict[int, int] = {}
        for pid, project in ws.projects.items():
            if project.schedule_from_finish and project.target_finish is not None:
                self.finish_keys[pid] = _key_at(group_line[pid], to_minute(project.target_finish), FINISH, upper=True)
        for group, line in group_line.items():
            project = ws.projects.get(group) if group is not None else None
            if group in self.finish_keys:  # a first try, which `fit_to_finish` moves back
                group_start[group] = self.finish_keys[group]
                continue
            start = starts.get(group) if group is not None else None
            start = start or (project.start if project is not None else None)
            if start is None:
                self.from_tasks.add(group)
            else:
                group_start[group] = _key_at(line, to_minute(start), START, upper=False)
        # The tasks without a project (always a group that starts with its earliest task) are found in the pass over
        # the tasks (`_read_tasks`): until its end they start today, then `move_group_start` moves them to the
        # earliest start among them. Only a project without a start needs its tasks' earliest start before that
        # pass: a pass more.
        self.group_start = group_start
        self.with_projects = len(self.from_tasks) > 1
        if self.with_projects and not checked:  # the tasks' starts are read before they are checked
            raise _UncheckedError
        if self.with_projects:
            group_start.update(self._group_starts(ws, self.from_tasks))
        else:
            group_start[None] = _key_at(
                group_line[None], to_minute(datetime.combine(self.today, time(8))), START, False
            )

    def _number_nodes(self, parents: set[int]) -> None:
        """Node i is task i (a leaf, or the "start bound" of a summary); each summary (a task with children, see
        `_derive`) also gets a rollup node n + k, in task order. Links leave a summary from its rollup node and
        enter it at its bound node."""
        n, index = self.n, self.index
        summaries = sorted(index[tid] for tid in parents if tid in index)
        count = n + len(summaries)
        rollup = [-1] * n
        owner = list(range(n))  # node -> task index
        out_nodes = list(range(n))  # task -> node its links leave from
        for at, i in enumerate(summaries, n):
            rollup[i] = out_nodes[i] = at
        owner.extend(summaries)
        self.rollup, self.count, self.owner = rollup, count, owner
        self._out, self._summary_ids = out_nodes, summaries

    def _new_facts(self) -> None:
        """Each task's facts (`_FACTS`) and the tree's lists, as a leaf without anything to respect has them."""
        n, count = self.n, self.count
        self.summary = [False] * n
        self.lines: list[Timeline] = [None] * n  # type: ignore[list-item]
        self.lag_lines: list[Timeline] = [None] * n  # type: ignore[list-item]
        self.group_of: list[int | None] = [None] * n
        self.lower = [0] * n
        self.dur = [0] * n
        self.fixed: list[tuple[int, int] | None] = [None] * n  # keys of dates that do not move
        self.pin_start = [_NEG] * n  # an actual start (work in progress) the task keeps
        self.planned = [True] * n
        self.complete = [False] * n
        self.alap = [False] * n
        self.constraint: list[tuple[Constraint, int] | None] = [None] * n
        self.deadline = [_POS] * n
        # a leaf with no fixed dates, constraint, deadline or actual start: the passes skip those checks for it
        self.plain = [True] * n
        # the tree: node -> bound node of its parent summary (forward), node -> rollup node of its parent summary
        # (backward bound); rollup node -> child out-nodes, bound node -> child in-nodes: lists for summaries only
        # (nodes without children share an empty tuple, which saves making and freeing 20,000 empty lists on 10,000
        # tasks)
        self.parent_bound = [-1] * count
        self.parent_rollup = [-1] * count
        self.kids: list[list[int] | tuple] = [()] * count
        self.kids_in: list[list[int] | tuple] = [()] * count

    def _read_tasks(self, checked: bool) -> None:
        """One pass over the tasks: the tree, calendars, durations, modes, constraints (and, unless `checked`, what
        `schedulable` checks). The common cases are read inline, any other task by `_derive`."""
        self._new_facts()
        tasks, n, group_line, group_start = self.tasks, self.n, self.group_line, self.group_start
        rollup, out_nodes = self.rollup, self._out
        parent_bound, parent_rollup, kids, kids_in = self.parent_bound, self.parent_rollup, self.kids, self.kids_in
        derive = self._derive
        lines, lag_lines, dur, is_summary, plain = self.lines, self.lag_lines, self.dur, self.summary, self.plain
        group_of, lower, task_cal, timelines = self.group_of, self.lower, self.task_cal, self.timelines
        asap = Constraint.ASAP
        line_of_group = group_line.get
        index = self.index
        backward = self.finish_keys  # their unconstrained tasks are ALAP: `_derive` reads them
        loose: list[int] = []  # the tasks without a project
        # project -> (line, lower bound) of its tasks without a calendar of their own, when the workspace's chooser
        # says their assignees do not change it (no one who works has a calendar of their own)
        by_project = {} if getattr(task_cal, "by_assignees", True) is False else None
        low, high = EARLIEST, LAST_INSTANT
        last_parent, p = object(), -1  # no task's parent
        found_group, found = object(), None  # no task's project
        for i, task in enumerate(tasks):
            # read once: the check and the common case both ask (each read of a default is a class lookup)
            start, deadline, duration = task.start, task.deadline, task.duration
            if not checked:  # what `schedulable` checks first: naive datetimes in range (others raise TypeError)
                finish, constraint_date = task.finish, task.constraint_date
                try:
                    fine = (
                        (start is None or low <= start <= high)
                        and (finish is None or low <= finish <= high)
                        and (constraint_date is None or low <= constraint_date <= high)
                        and (deadline is None or low <= deadline <= high)
                        and (duration is None or duration >= 0)
                    )
                except TypeError:
                    fine = False
                if not fine:
                    raise _UncheckedError
            parent = task.parent_id
            if parent != last_parent:  # a summary's children mostly follow each other: its lists looked up once
                last_parent, p = parent, -1
                if parent in index:  # a test and a subscript cost less than a call of `get`
                    p = index[parent]
                    up = rollup[p]
                    into = kids_in[p]
                    if not into:
                        into = kids_in[p] = []
                        kids[up] = []
                    out_kids = kids[up]
            if p >= 0:
                parent_bound[i] = p
                parent_rollup[i] = up
                out_kids.append(out_nodes[i])
                into.append(i)
            group = task.project_id
            lag_line = line_of_group(group)
            # the common case inline (what `_derive` makes of it): an auto-scheduled leaf of a project with a
            # duration, neither started nor constrained; any other task goes through `_derive`
            if (
                group is not None
                and lag_line is not None
                and task.constraint is asap
                and deadline is None
                and not task.manual
                and duration is not None
                and (start is None or task.percent_complete <= 0)
                and rollup[i] < 0  # not a summary (`_number_nodes`): a subscript costs less than the id's lookup
                and group not in backward
            ):
                group_of[i] = group
                lag_lines[i] = lag_line
                dur[i] = 0 if task.milestone else duration
                if task_cal is not None:
                    if by_project is not None and task.calendar_id is None:
                        # the chooser's answer is the project's calendar whoever works on the task: asked once
                        if group != found_group:  # the tasks of a project mostly follow each other
                            found, found_group = by_project.get(group), group
                            if found is None:
                                line = self.line_of(task_cal(task))
                                begin = group_start[group]
                                found = (line, begin if line is lag_line else _convert(begin, lag_line, line, False))
                                by_project[group] = found
                        lines[i], lower[i] = found
                        continue
                    own = task_cal(task)
                    if own is not None:
                        line = timelines.get(id(own)) or self.line_of(own)
                        if line is not lag_line:
                            lines[i] = line
                            lower[i] = _convert(group_start[group], lag_line, line, False)
                            continue
                lines[i] = lag_line
                lower[i] = group_start[group]
            elif (
                rollup[i] >= 0
                and group is not None
                and lag_line is not None
                and task.constraint is asap
                and deadline is None
                and group not in backward
            ):  # a summary of a project, neither constrained nor with a deadline: what `_derive` makes of it
                is_summary[i] = True
                plain[i] = False
                group_of[i] = group
                lines[i] = lag_lines[i] = lag_line
                lower[i] = group_start[group]
            else:
                if group is None:
                    loose.append(i)
                derive(i, task)
        if not self.with_projects:
            first = min((tasks[i].start for i in loose if tasks[i].start is not None), default=None)
            if first is not None:
                self.move_group_start(None, _key_at(group_line[None], to_minute(first), START, upper=False))
        self.node_line = lines + [lines[i] for i in self._summary_ids]
        self.dur = dur + [0] * (self.count - n)

    def _read_links(self, lags, links: Iterable[Dependency] | None = None) -> None:
        """The edges: each link as (source node, target node, from its finish?, to a finish?, lag kind, amount, on one
        timeline with no conversion?, lag timeline), kept in its target's `preds` and its source's `succs`. With
        `links`, those are added to the edges already read (`with_links_into`: into lists of the plan's own)."""
        count, index, node_line, lag_lines = self.count, self.index, self.node_line, self.lag_lines
        if links is None:
            preds: list[list[tuple]] = [[] for _ in repeat(None, count)]  # `repeat` makes no int for each
            succs: list[list[tuple]] = [[] for _ in repeat(None, count)]
            links = self.ws.dependencies.values()
        else:
            preds, succs = self.preds, self.succs
        lags = lags or {}
        ends = {kind: (_FROM_FINISH[kind], _TO_FINISH[kind]) for kind in LinkType}
        out_of = self.out_nodes()  # a summary's links leave it from its rollup node
        one_line = _on_one_timeline(self)  # then a plain link is `same`, asked once instead of per link
        last_type = from_fin = to_fin = None
        for dep in links:
            try:  # a subscript costs less than a call of `get`; a link to a missing task is a damaged file's
                p, s = index[dep.predecessor_id], index[dep.successor_id]
            except KeyError:
                continue
            extra = lags.get(dep.id) if lags else None
            lag_line = lag_lines[s]
            src = out_of[p]
            if extra is None and not dep.lag_unit:
                kind, amount = WORKING, dep.lag
                same = one_line or (node_line[src] is lag_line and node_line[s] is lag_line)
            else:
                kind, amount = _lag_of(dep, extra)
                same = kind == WORKING and node_line[src] is lag_line and node_line[s] is lag_line
            if dep.type is not last_type:  # most links are of the type before them: no lookup then
                last_type = dep.type
                from_fin, to_fin = ends[last_type]
            edge = (src, s, from_fin, to_fin, kind, amount, same, lag_line)
            preds[s].append(edge)
            succs[src].append(edge)
        self.preds, self.succs = preds, succs

    def line_of(self, cal: Calendar) -> Timeline:
        found = self.timelines.get(id(cal))
        if found is None:
            try:
                found = cal.timeline()
            except ValueError:  # no working time at all (a stored calendar no command would make): the standard
                found = Timeline(STANDARD)  # week, a line of its own so that `schedule` can say which tasks
                found.stand_in_for = cal.name
            self.timelines[id(cal)] = found
        return found

    def _derive(self, i: int, task: Task) -> None:
        """Read task `i`'s facts into the plan: its group, calendars, summary flag, lower bound, duration, mode,
        constraint and deadline (every one of them written, so it also serves to read an edited task again)."""
        group_line = self.group_line
        group = task.project_id if task.project_id in group_line else None
        self.group_of[i] = group
        lag_line = line = group_line[group]
        is_summary = self.ws.is_summary(task.id)
        self.summary[i] = is_summary
        if self.task_cal is not None and not is_summary:
            own = self.task_cal(task)
            if own is not None:
                line = self.line_of(own)
        self.lines[i], self.lag_lines[i] = line, lag_line
        lower = self.group_start[group]
        self.lower[i] = lower if line is lag_line else _convert(lower, lag_line, line, False)
        constraint, deadline = None, _POS
        kind = task.constraint
        # In a project scheduled from its finish a task without a constraint, or with a flexible one (no later than
        # a date), is as late as possible (MS Project).
        late = kind is Constraint.ALAP or (kind in _FLEXIBLE_FROM_FINISH and group in self.finish_keys)
        alap = late and not is_summary
        if kind is not Constraint.ASAP and kind is not Constraint.ALAP and task.constraint_date is not None:
            form = START if kind in (Constraint.SNET, Constraint.SNLT, Constraint.MSO) else FINISH
            upper = kind in (Constraint.SNLT, Constraint.FNLT)
            constraint = (kind, _key_at(line, to_minute(task.constraint_date), form, upper))
        if task.deadline is not None:
            deadline = _key_at(line, to_minute(task.deadline), FINISH, upper=True)
        self.constraint[i], self.deadline[i] = constraint, deadline
        fixed, pin_start, planned, complete, duration = None, _NEG, True, False, 0
        if not is_summary:
            duration = task.duration
            start = task.start
            if task.milestone:
                duration = 0
            elif duration is None:
                if start is not None and task.finish is not None:
                    duration = max(0, round(line.position(task.finish) - line.position(start)))
                else:
                    duration = 0
                    planned = False
            if start is None and not task.manual and group is not None:
                pass  # the common case: an auto-scheduled task of a project
            else:
                in_project = group is not None
                if start is not None and (
                    task.manual or not in_project or (task.percent_complete >= 100 and task.finish is not None)
                ):
                    start_key = _key_at(line, to_minute(start), START, upper=False)
                    if task.finish is not None and not task.milestone:
                        finish_key = _key_at(line, to_minute(task.finish), FINISH, upper=True)
                        finish_key = max(finish_key, start_key & ~1)
                    else:
                        finish_key = _add(start_key, duration) if duration else start_key
                    fixed = (start_key, finish_key)
                    duration = (finish_key >> 1) - (start_key >> 1)
                    complete = task.percent_complete >= 100
                    alap = False
                elif start is not None and 0 < task.percent_complete < 100:
                    pin_start = _key_at(line, to_minute(start), START, upper=False)
                elif not in_project or (task.manual and start is None):
                    planned = False
        self.dur[i], self.fixed[i], self.pin_start[i] = duration, fixed, pin_start
        self.planned[i], self.complete[i], self.alap[i] = planned, complete, alap
        self.plain[i] = (
            not is_summary and fixed is None and constraint is None and deadline == _POS and pin_start == _NEG
        )

    def move_group_start(self, group: int, key: int) -> None:
        """Make `key` (on the project's timeline) the start of project `group` and the lower bound of its tasks."""
        self.group_start[group] = key
        lines, lag_lines, lower = self.lines, self.lag_lines, self.lower
        for i, found in enumerate(self.group_of):
            if found == group:
                lower[i] = key if lines[i] is lag_lines[i] else _convert(key, lag_lines[i], lines[i], False)

    def _group_starts(self, ws: Workspace, groups: set) -> dict:
        """The start of each group in `groups` that starts with its earliest task, read again from the tasks."""
        earliest: dict[int | None, datetime] = {}
        for task in ws.tasks.values():
            start = task.start
            if start is not None and task.project_id in groups:
                known = earliest.get(task.project_id)
                if known is None or start < known:
                    earliest[task.project_id] = start
        out = {}
        for group in groups:
            start = earliest.get(group) or datetime.combine(self.today, time(8))
            out[group] = _key_at(self.group_line[group], to_minute(start), START, upper=False)
        return out

    def summary_ids(self) -> list[int]:
        found = self.__dict__.get("_summary_ids")
        if found is None:
            found = self._summary_ids = [i for i in range(self.n) if self.summary[i]]
        return found

    def out_nodes(self) -> list[int]:
        found = self.__dict__.get("_out")
        if found is None:
            found = self._out = [r if r >= 0 else i for i, r in enumerate(self.rollup)]
        return found


class _Passes(_Network):
    """The passes of one scheduling run on its network: the order with the early dates, and the late dates."""

    # -- order --------------------------------------------------------------------------------------
    def order_forward(self, one_line: bool = False) -> tuple[list[int], list[int], list[int]]:
        """The order of the nodes (every node after its inputs) and the early dates of a full run, in one pass.
        `one_line`: every node is on one timeline (`_on_one_timeline`), so no date is converted.

        Kahn's algorithm takes a node once all its inputs are done, so its early dates are computed there and
        then; its links push their dates to their successors as they count them down, so each link is read once
        rather than once to order and once to date. Plain leaves, summaries and rollups are computed inline;
        any other node (fixed dates, constraint, actual start) by `forward` itself.
        """
        count, n = self.count, self.n
        s_key = [_NEG] * count
        f_key = [_NEG] * count
        best_in = list(self.lower)  # a node's latest start so far: its lower bound, raised by start links
        fbest_in = [_NEG] * n  # and the latest finish its finish links ask for
        dur, plain, summary = self.dur, self.plain, self.summary
        parent_bound, kids, kids_in = self.parent_bound, self.kids, self.kids_in
        succs, node_line = self.succs, self.node_line
        forward, move, span, bound = self.forward, self._move, self._span, self._bound_early
        indegree, feeds = self._inputs()
        ready = [node for node, degree in enumerate(indegree) if degree == 0]
        out: list[int] = []
        take, push, pop = out.append, ready.append, ready.pop
        while ready:
            node = pop()
            take(node)
            if node >= n:  # rollup of a summary: earliest start and latest finish of its children
                span(node, kids[node], s_key, f_key, False, one_line)
            elif plain[node] or summary[node]:
                best, fbest = best_in[node], fbest_in[node]
                parent = parent_bound[node]
                if parent >= 0:
                    ps, pf = s_key[parent], f_key[parent]
                    if not one_line and node_line[parent] is not node_line[node]:
                        line = node_line[node]
                        ps = _convert(ps, node_line[parent], line, upper=False)
                        if pf > _NEG:
                            pf = _convert(pf, node_line[parent], line, upper=False)
                    if ps > best:
                        best = ps
                    if pf > fbest:
                        fbest = pf
                if summary[node]:  # the bound node of a summary: what its children must respect
                    bound(node, best, fbest, s_key, f_key)
                    # it feeds its children only: links leave a summary from its rollup node, and it feeds no rollup
                    for child in kids_in[node]:
                        left = indegree[child] - 1
                        indegree[child] = left
                        if not left:
                            push(child)
                    continue
                else:
                    d = dur[node]
                    if d:
                        if fbest > _NEG:
                            key = (((fbest >> 1) - d) << 1) | 1
                            if key > best:
                                best = key
                        # the keys `(es << 1) | 1` and `(es + d) << 1` of es = best >> 1, with one operation less
                        s_key[node] = best | 1
                        f_key[node] = (best & -2) + (d << 1)
                    else:
                        if fbest > _NEG and fbest > best:
                            best = fbest
                        s_key[node] = f_key[node] = best
            else:
                forward((node,), None, s_key, f_key)
            for src, dst, from_fin, to_fin, kind, amount, same, lag_line in succs[node]:
                key = f_key[src] if from_fin else s_key[src]
                if same:
                    if amount:  # a lead ends on a start, a lag on a finish; one test for the common link without
                        key = (((key >> 1) + amount) << 1) | (amount < 0)
                else:
                    key = move(key, src, dst, kind, amount, lag_line, s_key, f_key)
                if to_fin:
                    if key > fbest_in[dst]:
                        fbest_in[dst] = key
                elif key > best_in[dst]:
                    best_in[dst] = key
                left = indegree[dst] - 1
                indegree[dst] = left
                if not left:
                    push(dst)
            up = feeds[node]
            if up >= 0:
                left = indegree[up] - 1
                indegree[up] = left
                if not left:
                    push(up)
        if len(out) < count:
            self._raise_loop(indegree)
        return out, s_key, f_key

    def _inputs(self) -> tuple[list[int], list[int]]:
        """For the ordering pass: each node's count of inputs (links in, its parent summary's bound, a rollup's
        children), and the rollup each node feeds when done: a leaf's, or a rollup's, parent summary's (-1: none; a
        summary's bound node feeds its children instead)."""
        preds, parent_bound, kids, rollup = self.preds, self.parent_bound, self.kids, self.rollup
        indegree = [len(p) + (b >= 0) + len(k) for p, b, k in zip(preds, parent_bound, kids, strict=True)]
        feeds = list(self.parent_rollup)
        for i in self.summary_ids():
            feeds[rollup[i]], feeds[i] = feeds[i], -1
        return indegree, feeds

    def _span(self, node: int, members, a_key: list[int], b_key: list[int], upper: bool, one_line=False) -> None:
        """Set `node`'s keys to the earliest `a_key` and the latest `b_key` of `members`, read on its timeline: a
        summary's rollup node from its children's early dates, or its bound node from their late dates.
        `one_line`: every node is on one timeline (`_on_one_timeline`), so no date is converted."""
        node_line = self.node_line
        line = node_line[node]
        low, high = _POS, _NEG
        for kid in members:
            ks, kf = a_key[kid], b_key[kid]
            if not one_line and node_line[kid] is not line:
                ks = _convert(ks, node_line[kid], line, upper=upper)
                kf = _convert(kf, node_line[kid], line, upper=upper)
            low = ks if ks < low else low
            high = kf if kf > high else high
        a_key[node], b_key[node] = low, high

    def _bound_early(self, node: int, best: int, fbest: int, s_key: list[int], f_key: list[int]) -> None:
        """Set a summary's bound node (what its children must respect) from its inputs' `best` start and `fbest`
        finish and its own constraint."""
        rule = self.constraint[node]
        if rule is not None:
            kind, ck = rule
            if kind in (Constraint.SNET, Constraint.MSO) and ck > best:
                best = ck
            elif kind in (Constraint.FNET, Constraint.MFO) and ck > fbest:
                fbest = ck
        s_key[node], f_key[node] = best, fbest

    def _raise_loop(self, indegree: list[int]) -> None:
        """Find one cycle among the nodes left over and name its tasks in order."""
        left = {node for node in range(self.count) if indegree[node] > 0}

        def inputs(node: int) -> list[int]:
            found = [edge[0] for edge in self.preds[node]]
            if node < self.n and self.parent_bound[node] >= 0:
                found.append(self.parent_bound[node])
            found.extend(self.kids[node])
            return [other for other in found if other in left]

        node = min(left)
        seen: dict[int, int] = {}
        path: list[int] = []
        while node not in seen:
            seen[node] = len(path)
            path.append(node)
            node = inputs(node)[0]
        cycle = path[seen[node] :]
        cycle.reverse()  # walked against the arrows
        names: list[int] = []
        for step in cycle:
            tid = self.ids[self.owner[step]]
            if not names or names[-1] != tid:
                names.append(tid)
        if len(names) > 1 and names[0] == names[-1]:
            names.pop()
        first = names.index(min(names))  # start the loop at its oldest task, so the message is stable
        names = names[first:] + names[:first]
        names.append(names[0])
        text = " → ".join(f"“{self.ws.tasks[tid].title}”" for tid in names)
        error = ValidationError(
            tr("Errors", "These tasks wait for each other in a loop (links and summary tasks): {text}").format(
                text=text
            )
        )
        error.task_ids = names[:-1]
        raise error

    # -- passes -------------------------------------------------------------------------------------
    def forward(self, order, pinned: list[int] | None = None, s_key=None, f_key=None) -> tuple[list[int], list[int]]:
        """Early dates of the nodes of `order` (all of them, in order; or those an update hands out one by one)."""
        count, n = self.count, self.n
        if s_key is None:
            s_key = [_NEG] * count
            f_key = [_NEG] * count
        dur, lower, fixed = self.dur, self.lower, self.fixed
        preds, parent_bound, kids = self.preds, self.parent_bound, self.kids
        node_line, summary = self.node_line, self.summary
        plain = self.plain if pinned is None else [False] * n
        for node in order:
            if node >= n:  # rollup of a summary: earliest start and latest finish of its children
                self._span(node, kids[node], s_key, f_key, False)
                continue
            simple = plain[node]
            if not simple:
                found = fixed[node]
                if found is not None:
                    s_key[node], f_key[node] = found
                    continue
            line = node_line[node]
            best = lower[node]
            fbest = _NEG
            parent = parent_bound[node]
            if parent >= 0:
                ps, pf = s_key[parent], f_key[parent]
                if node_line[parent] is not line:
                    ps = _convert(ps, node_line[parent], line, upper=False)
                    if pf > _NEG:
                        pf = _convert(pf, node_line[parent], line, upper=False)
                if ps > best:
                    best = ps
                fbest = pf
            for src, _dst, from_fin, to_fin, kind, amount, same, lag_line in preds[node]:
                key = f_key[src] if from_fin else s_key[src]
                if same:
                    if amount > 0:
                        key = ((key >> 1) + amount) << 1
                    elif amount < 0:
                        key = (((key >> 1) + amount) << 1) | 1
                else:
                    key = self._move(key, src, node, kind, amount, lag_line, s_key, f_key)
                if to_fin:
                    if key > fbest:
                        fbest = key
                elif key > best:
                    best = key
            if simple:  # what follows for a plain leaf: its duration against the finish links
                d = dur[node]
                if d:
                    if fbest > _NEG:
                        key = (((fbest >> 1) - d) << 1) | 1
                        if key > best:
                            best = key
                    es = best >> 1
                    s_key[node] = (es << 1) | 1
                    f_key[node] = (es + d) << 1
                else:
                    if fbest > _NEG and fbest > best:
                        best = fbest
                    s_key[node] = f_key[node] = best
                continue
            if summary[node]:  # the bound node of a summary: what its children must respect
                self._bound_early(node, best, fbest, s_key, f_key)
            else:
                self._early_of_leaf(node, best, fbest, pinned, s_key, f_key)
        return s_key, f_key

    def _early_of_leaf(self, node: int, best: int, fbest: int, pinned, s_key: list[int], f_key: list[int]) -> None:
        """Set the early dates of a leaf that is not plain (constraint, actual start, pinned by ALAP) from its
        inputs' `best` start and `fbest` finish."""
        d = self.dur[node]
        if fbest > _NEG:
            key = ((((fbest >> 1) - d) << 1) | 1) if d else fbest
            if key > best:
                best = key
        rule = self.constraint[node]
        if rule is not None:
            best = self._constrain(node, best, rule, d)
        if pinned is not None and pinned[node] > best:
            best = pinned[node]
        if self.pin_start[node] > _NEG:
            best = self.pin_start[node]
        if d:
            es = best >> 1
            s_key[node] = (es << 1) | 1
            f_key[node] = (es + d) << 1
        else:
            s_key[node] = f_key[node] = best

    def _constrain(self, node: int, best: int, rule: tuple[Constraint, int], d: int) -> int:
        kind, ck = rule
        as_start = (
            ((((ck >> 1) - d) << 1) | 1) if d and kind in (Constraint.FNET, Constraint.FNLT, Constraint.MFO) else ck
        )
        if kind in (Constraint.SNET, Constraint.FNET):
            return max(best, as_start)
        if kind in (Constraint.MSO, Constraint.MFO):
            if self.honor:
                if (as_start >> 1) < (best >> 1):
                    self.conflict[node] = True
                return as_start
            return max(best, as_start)
        # SNLT, FNLT: as soon as possible, but no later than the date
        if (as_start >> 1) < (best >> 1):
            self.conflict[node] = True
            return as_start if self.honor else best
        return best

    def _move(self, key, src, dst, kind, amount, lag_line, s_key, f_key, backward=False):
        """A link's date on the far side: `key` on `src`'s timeline plus the lag, read on `dst`'s timeline."""
        node_line = self.node_line
        src_line, dst_line = node_line[src], node_line[dst]
        pred = dst if backward else src
        if kind == PERCENT:
            length = self.dur[pred] if pred < self.n else (f_key[pred] >> 1) - (s_key[pred] >> 1)
            amount, kind = round(amount * length / 100), WORKING
        if backward:
            amount = -amount
        if kind == ELAPSED:
            minute = src_line.start_minute(key >> 1) if key & 1 else src_line.finish_minute(key >> 1)
            minute += amount
            form = (key & 1) if amount == 0 else (FINISH if amount > 0 else START)
            return _key_at(dst_line, int(minute), form, upper=backward)
        if src_line is not lag_line:
            key = _convert(key, src_line, lag_line, upper=backward)
        if amount > 0:
            key = ((key >> 1) + amount) << 1
        elif amount < 0:
            key = (((key >> 1) + amount) << 1) | 1
        if lag_line is not dst_line:
            key = _convert(key, lag_line, dst_line, upper=backward)
        return key

    def backward(self, nodes, s_key, f_key, finish_bound, ls_key=None, lf_key=None, one_line=False) -> tuple:
        """Late dates of `nodes`, latest first (the whole order reversed; or what an update hands out).
        `one_line`: every node is on one timeline (`_on_one_timeline`), so no date is converted."""
        count, n = self.count, self.n
        if ls_key is None:
            ls_key = [_POS] * count
            lf_key = [_POS] * count
        dur = self.dur
        succs, parent_rollup, kids_in, owner = self.succs, self.parent_rollup, self.kids_in, self.owner
        node_line, constraint, deadline = self.node_line, self.constraint, self.deadline
        summary, plain = self.summary, self.plain
        for node in nodes:
            i = owner[node]
            if node < n:
                simple = plain[node]
                if not simple and summary[node]:  # bound node read backward: the summary's latest dates
                    self._span(node, kids_in[node], ls_key, lf_key, True, one_line)
                    continue
                best = finish_bound[i]
            else:
                simple, best = False, _POS
            sbest = _POS
            parent = parent_rollup[i]
            if parent >= 0:
                ps, pf = ls_key[parent], lf_key[parent]
                if not one_line and node_line[parent] is not node_line[node]:
                    line = node_line[node]
                    if ps < _POS:
                        ps = _convert(ps, node_line[parent], line, upper=True)
                    if pf < _POS:
                        pf = _convert(pf, node_line[parent], line, upper=True)
                if pf < best:
                    best = pf
                sbest = ps
            for _src, dst, from_fin, to_fin, kind, amount, same, lag_line in succs[node]:
                key = lf_key[dst] if to_fin else ls_key[dst]
                if key >= _POS:
                    continue
                if same:
                    if amount:  # read backward: a lag ends on a start, a lead on a finish
                        key = (((key >> 1) - amount) << 1) | (amount > 0)
                else:
                    key = self._move(key, dst, node, kind, amount, lag_line, s_key, f_key, backward=True)
                if from_fin:
                    if key < best:
                        best = key
                elif key < sbest:
                    sbest = key
            if node >= n:  # rollup node read backward: the bound a summary's links and constraints set on children
                rule = constraint[i]
                if rule is not None and rule[0] in (Constraint.FNLT, Constraint.MFO) and rule[1] < best:
                    best = rule[1]
                if deadline[i] < best:
                    best = deadline[i]
                ls_key[node], lf_key[node] = sbest, best
                continue
            d = dur[node]
            if sbest < _POS:
                key = ((sbest >> 1) + d) << 1 if d else sbest
                if key < best:
                    best = key
            if not simple:  # a constraint, deadline or actual dates to respect
                best = self._late_limit(node, best, d, f_key)
            if d:
                lf = lf_key[node] = best & -2  # `(best >> 1) << 1`, with one operation less
                ls_key[node] = (lf - (d << 1)) | 1
            else:
                ls_key[node] = lf_key[node] = best
        return ls_key, lf_key

    def _late_limit(self, node: int, best: int, d: int, f_key: list[int]) -> int:
        """The latest finish of a leaf that is not plain, from its successors' `best`: its constraint, deadline
        and actual dates."""
        rule = self.constraint[node]
        if rule is not None and self.fixed[node] is None:
            kind, ck = rule
            as_finish = ((ck >> 1) + d) << 1 if d and kind in (Constraint.SNLT, Constraint.MSO) else ck
            inflexible = kind in (Constraint.MSO, Constraint.MFO)
            if (inflexible and self.honor) or (kind in _LATE_LIMITS and as_finish < best):
                best = as_finish
        if self.deadline[node] < best:
            best = self.deadline[node]
        if self.complete[node]:
            best = f_key[node]
        return best

    def summary_conflicts(self, s_key, f_key) -> None:
        """Flag each summary whose own late-date constraint its children overrun."""
        conflict, constraint, rollup = self.conflict, self.constraint, self.rollup
        for i in self.summary_ids():
            rule = constraint[i]
            flag = False
            if rule is not None and rule[0] in _LATE_LIMITS:
                kind, ck = rule
                node = rollup[i]
                late = f_key[node] if kind in (Constraint.FNLT, Constraint.MFO) else s_key[node]
                flag = (late >> 1) > (ck >> 1)
            conflict[i] = flag


class _Finishes(_Passes):
    """The projects' finishes and what depends on them in a scheduling run: the latest finish each task may take,
    as-late-as-possible tasks, projects scheduled from their finish, and the whole run (`run`) that orders the
    passes of `_Passes` around them."""

    def finish_bound(self, group_finish: dict) -> list[int]:
        """Each task's latest finish from its project's finish, read on the task's own timeline."""
        by_group = {group: key for group, (_line, key) in group_finish.items()}
        if self._one_group_line():  # one project's finish for every task, on its timeline
            return [by_group[self.group_of[0]]] * self.n
        out = [by_group[group] for group in self.group_of]
        lines, lag_lines, group_of = self.lines, self.lag_lines, self.group_of
        cache: dict[tuple[int, int | None], int] = {}
        for i in [i for i, (a, b) in enumerate(zip(lines, lag_lines, strict=True)) if a is not b]:
            group = group_of[i]
            key = (id(lines[i]), group)
            found = cache.get(key)
            if found is None:
                line, finish = group_finish[group]
                found = finish if line is lines[i] else _convert(finish, line, lines[i], upper=True)
                cache[key] = found
            out[i] = found
        return out

    def group_finish(self, f_key: list[int]) -> dict:
        """The finish of each project: its target finish when scheduled from it, else its latest task finish, on the
        project's timeline."""
        out = self.latest_finish(f_key)
        for group, key in self.finish_keys.items():
            out[group] = (self.group_line[group], key)
        return out

    def latest_finish(self, f_key: list[int]) -> dict:
        """The latest task finish of each project, on the project's timeline."""
        groups = set(self.group_of)
        if self._one_group_line():  # the latest leaf finish, in C
            latest = max(f_key[: self.n], default=None)  # a leaf's unless a summary's bound node holds it
            if latest is None or any(f_key[i] >= latest for i in self.summary_ids()):
                latest = max(compress(f_key, map(not_, self.summary)), default=None)
            best = {} if latest is None else dict.fromkeys(groups, latest)
        else:
            best = self._latest_by_group(f_key)
        group_line = self.group_line
        out = {group: (group_line[group], key) for group, key in best.items()}
        for group in groups:
            out.setdefault(group, (group_line[group], 0))
        return out

    def _one_group_line(self) -> bool:
        """Whether every task is of one project (or of none) and on its timeline: then a finish needs no conversion.
        Kept by the plans `update` makes, which have the same groups and lines."""
        found = self.__dict__.get("_one_line")
        if found is None:
            found = self._one_line = (
                self.n > 0
                and self.group_of.count(self.group_of[0]) == self.n
                and self.lines.count(self.lag_lines[0]) == self.n
            )
        return found

    def _latest_by_group(self, f_key: list[int]) -> dict:
        """Group -> the latest finish key of its leaves, read on the group's timeline."""
        best: dict[int | None, int] = {}
        for is_summary, group, line, lag_line, key in zip(
            self.summary, self.group_of, self.lines, self.lag_lines, f_key, strict=False
        ):
            if is_summary:
                continue
            if line is not lag_line:
                key = _convert(key, line, lag_line, upper=False)
            known = best.get(group)
            if known is None or key > known:
                best[group] = key
        return best

    # -- ALAP -----------------------------------------------------------------------------------------
    def place_alap(self, order, s_key, f_key, group_finish) -> list[int] | None:
        """Move each as-late-as-possible task as late as its successors' scheduled dates allow (MS Project
        spends only the task's free slack), last ones first so a chain of ALAP tasks packs against the finish."""
        if not any(self.alap):
            return None
        n = self.n
        pinned = [_NEG] * n
        finish_bound = self.finish_bound(group_finish)
        for node in reversed(order):
            if node >= n or not self.alap[node]:
                continue
            d = self.dur[node]
            finish_room, start_limit = self._room(node, s_key, f_key)
            limit = min(finish_bound[node], finish_room)
            if start_limit < _POS:
                limit = min(limit, ((start_limit >> 1) + d) << 1 if d else start_limit)
            rule = self.constraint[node]
            if rule is not None and rule[0] in (Constraint.SNLT, Constraint.FNLT):  # no later than its date
                limit = min(limit, ((rule[1] >> 1) + d) << 1 if d and rule[0] is Constraint.SNLT else rule[1])
            if limit >= _POS:
                continue
            start = ((((limit >> 1) - d) << 1) | 1) if d else limit
            if start > s_key[node]:
                pinned[node] = start
                s_key[node] = start
                f_key[node] = ((start >> 1) + d) << 1 if d else start
        return pinned

    def _room(self, i: int, s_key, f_key) -> tuple[int, int]:
        """The latest keys task `i`'s finish and start may take without moving a successor's scheduled dates.

        Links leaving the summaries above the task count too (finish links only: a summary ends with its last
        child, but starts with its first).
        """
        n, succs, summary, rollup, parent_bound = self.n, self.succs, self.summary, self.rollup, self.parent_bound
        finish_room = start_room = _POS
        node_line = self.node_line
        own_line = node_line[i]
        out = rollup[i] if summary[i] else i
        step = i
        while True:
            for edge in succs[out]:
                dst, from_fin, to_fin = edge[1], edge[2], edge[3]
                if step != i and not from_fin:
                    continue
                look = rollup[dst] if (dst < n and summary[dst]) else dst
                key = f_key[look] if to_fin else s_key[look]
                if edge[6] and node_line[look] is node_line[out]:
                    amount = edge[5]
                    if amount > 0:
                        key = (((key >> 1) - amount) << 1) | 1
                    elif amount < 0:
                        key = ((key >> 1) - amount) << 1
                else:
                    key = self._move(key, look, out, edge[4], edge[5], edge[7], s_key, f_key, backward=True)
                if node_line[out] is not own_line:
                    key = _convert(key, node_line[out], own_line, upper=True)
                if from_fin:
                    if key < finish_room:
                        finish_room = key
                elif key < start_room:
                    start_room = key
            step = parent_bound[step]
            if step < 0:
                return finish_room, start_room
            out = rollup[step]

    def free_slack(self, s_key, f_key, total) -> list[int]:
        """How far each task can slip without moving any successor's early dates (nor past its total slack)."""
        out = [0] * self.n
        for i in range(self.n):
            node = self.rollup[i] if self.summary[i] else i
            room = total[i]
            finish_room, start_room = self._room(i, s_key, f_key)
            if finish_room < _POS:
                room = min(room, (finish_room >> 1) - (f_key[node] >> 1))
            if start_room < _POS:
                room = min(room, (start_room >> 1) - (s_key[node] >> 1))
            out[i] = max(0, room)
        return out

    def fit_to_finish(self, order, s_key, f_key, before=None, seeds=()) -> tuple[list[int], list[int]]:
        """Start each project scheduled from its finish early enough for its tasks to end by the target finish: the
        forward pass runs again from a start moved back by the overrun (once more when the tasks' calendars differ
        from the project's). ALAP placement then packs the tasks against the finish, which is the backward pass.
        With `before` (the plan of the run before an edit) and `seeds` (the nodes the edit changed), each pass is
        computed again from the same pass of that run only where the edit reaches, when it ran from the same starts."""
        overrun: dict[int, int] = {}
        for _ in range(4):
            latest = self.latest_finish(f_key)
            moved = False
            for group, target in self.finish_keys.items():
                over = (latest[group][1] >> 1) - (target >> 1) if group in latest else 0
                # A task that keeps its dates (manual, done) can end later whatever the start: stop moving then.
                if 0 < over < overrun.get(group, _POS):
                    overrun[group] = over
                    self.move_group_start(group, (((self.group_start[group] >> 1) - over) << 1) | START)
                    moved = True
            if not moved:
                break
            self.conflict = [False] * self.n
            s_key, f_key = self.forward_pass(order, len(self.passes), before, seeds)
        return s_key, f_key

    def forward_pass(self, order, at: int, before=None, seeds=(), pinned=None) -> tuple[list[int], list[int]]:
        """Forward pass number `at` of a run, kept in `passes` with the starts it ran from. After an edit (`before`
        is the plan of the run before it, `seeds` the nodes whose facts changed) a pass that ran from the same
        starts is computed from that run's pass, only where the edit reaches: the same keys as a whole pass."""
        starts = dict(self.group_start)
        earlier = before.passes[at] if before is not None and at < len(before.passes) else None
        if earlier is None or earlier[0] != starts or (earlier[4] is None) != (pinned is None):
            s_key, f_key = self.forward(order, pinned)
        else:
            if pinned is not None:  # a task pinned elsewhere than before is an input that changed too
                old = earlier[4]
                seeds = set(seeds)
                seeds.update(i for i in range(self.n) if pinned[i] != old[i])
            s_key, f_key = list(earlier[1]), list(earlier[2])
            self.conflict = list(earlier[3])
            self.forward(self._spread(set(seeds), s_key, f_key, set(), backward=False), pinned, s_key, f_key)
        self.passes.append((starts, s_key, f_key, list(self.conflict), pinned))
        return s_key, f_key

    def run(self) -> Schedule:
        self.conflict = [False] * self.n
        one_line = _on_one_timeline(self)
        order, s_key, f_key = self.order_forward(one_line)
        self.order_list = order
        self.passes = [(dict(self.group_start), s_key, f_key, list(self.conflict), None)]
        if self.finish_keys:
            s_key, f_key = self.fit_to_finish(order, s_key, f_key)
        first_s, first_f = s_key, f_key
        finish = self.group_finish(f_key)
        pinned = self.place_alap(order, list(s_key), list(f_key), finish)
        if pinned is not None:
            self.conflict = [False] * self.n
            s_key, f_key = self.forward_pass(order, len(self.passes), pinned=pinned)
            finish = self.group_finish(f_key)
        self.bound = self.finish_bound(finish)
        ls_key, lf_key = self.backward(reversed(order), s_key, f_key, self.bound, one_line=one_line)
        self.summary_conflicts(s_key, f_key)
        return Schedule(self, s_key, f_key, ls_key, lf_key, first_s, first_f, finish)


class _Plan(_Finishes, NetworkEdits):
    """One scheduling run: its network (`_Network`), its passes (`_Passes`, `_Finishes`) and what an edit recomputes.

    `update` makes the plan of the next run from this one after an edit that leaves the network as it is
    (no task, link, project or calendar added, removed or changed, no task moved in the tree; or on the plan that
    `NetworkEdits`, `add_task` or `remove_task` make with the network changed): the new plan
    shares the network and the order, re-reads only the edited tasks and recomputes only the dates they reach.
    """

    # -- updating after an edit -----------------------------------------------------------------------
    def add_task(self, ws: Workspace, task_id: int, previous: Schedule) -> tuple[_Plan, Schedule] | None:
        """A plan with this one's facts and network and the new leaf `task_id` (no links, under a summary or its
        project, last in `ws.tasks`), with `previous` (this plan's result) read on its nodes, so that `update` can
        run on them seeded from the new node; None for any other new task. The new task is node n, so each rollup
        node moves up by one: the lists that hold rollup nodes are renumbered (~2 ms at 10,500 tasks), and the new
        node goes in the order right after its parent's bound node (its one input; its one reader, the parent's
        rollup, comes later)."""
        n, task = self.n, ws.tasks.get(task_id)
        if (
            not n
            or task is None
            or task_id in self.index
            or len(ws.tasks) != n - len(self.holes) + 1
            or next(reversed(ws.tasks)) != task_id
            or ws.is_summary(task_id)
            or ws.links_in(task_id)
            or ws.links_out(task_id)
            or task.project_id is None
            or task.project_id not in self.group_line
            or task.project_id not in previous._finish  # the project's first task: a full run finds its finish
            or self.finish_keys
            or any(self.alap)
        ):
            return None
        parent = self.index.get(task.parent_id, -1) if task.parent_id is not None else -1
        if task.parent_id is not None and (parent < 0 or not self.summary[parent]):
            return None  # under a leaf (which becomes a summary) or a task the plan lacks
        new = self._with_node(task)
        new._derive(n, task)
        if new.alap[n]:
            return None
        new.node_line[n] = new.lines[n]
        if parent >= 0:
            new.parent_bound[n], new.parent_rollup[n] = parent, new.rollup[parent]
            new.kids_in[parent] = [*self.kids_in[parent], n]
            new.kids[new.rollup[parent]] = [*new.kids[new.rollup[parent]], n]
        order = new.order_list
        order.insert(order.index(parent) + 1 if parent >= 0 else 0, n)
        at, finish = previous._finish[task.project_id]  # its latest finish, as `finish_bound` reads it
        new.bound.append(finish if at is new.lines[n] else _convert(finish, at, new.lines[n], upper=True))
        # the network's checks kept where they were made: a task on another line or of another group makes them False
        line = new.node_line[0]
        if "_one_line" in self.__dict__:
            new._one_line = self._one_line and new.group_of[n] == new.group_of[0] and new.lines[n] is new.lag_lines[0]
        if "_one_working" in self.__dict__:
            new._one_working = self._one_working and new.lines[n] is line and new.lag_lines[n] is line
        members = self.__dict__.get("_members")
        if members is not None:
            new._members = {**members, new.group_of[n]: [*members.get(new.group_of[n], ()), n]}
        keys = [_with_key(key, n, _NEG) for key in (previous._s, previous._f)]
        late = [_with_key(key, n, _POS) for key in (previous._ls, previous._lf)]
        before = Schedule(new, *keys, *late, *keys, previous._finish)
        before.written, before.applied = previous.written, previous.applied
        return new, before

    def _with_node(self, task: Task) -> _Plan:
        """A copy of this plan with a node for `task` as task n: every list a task or a node indexes gets an item
        for it (a leaf's defaults), and every rollup node (n and above) is numbered one up (`_with_node_at`)."""
        n = self.n
        new = self._with_node_at(n, n)
        new.n = n + 1
        new.ids, new.tasks = [*self.ids, task.id], [*self.tasks, task]
        new.index = dict(self.index)
        new.index[task.id] = n
        for name in _FACTS:
            if name != "dur":
                setattr(new, name, [*getattr(self, name), _LEAF[name]])
        new.conflict, new.bound = [*self.conflict, False], list(self.bound)
        new.rollup, new._out = [*new.rollup, -1], [*new._out, n]
        return new

    def _with_node_at(self, at: int, owner: int) -> _Plan:
        """A copy of this plan with a node numbered `at`, of task `owner` (a leaf's defaults in every list a node
        indexes), and every node from `at` on numbered one up where lists and edges hold it."""
        count = self.count
        # old node -> new node, by a subscript in C (-1, no node, reads the last item: -1)
        renumber = [*range(at), *range(at + 1, count + 1), -1].__getitem__

        def up(nodes: list[int]) -> list[int]:
            return list(map(renumber, nodes))

        new = copy.copy(self)
        for attr in _DERIVED:
            new.__dict__.pop(attr, None)
        new.count, new.passes = count + 1, []
        new.order_list, new.parent_rollup = up(self.order_list), _with_key(up(self.parent_rollup), at, -1)
        for name, empty in (("owner", owner), ("dur", 0), ("node_line", None), ("parent_bound", -1), ("kids_in", ()),
                            ("kids", ()), ("preds", []), ("succs", [])):  # fmt: skip
            setattr(new, name, _with_key(getattr(self, name), at, empty))
        rollup, out, kids, preds, succs = list(self.rollup), list(self.out_nodes()), new.kids, new.preds, new.succs
        for i in self.summary_ids():  # only a summary has a rollup node, and it is among its parent summary's kids
            if rollup[i] >= at:
                rollup[i] += 1
                out[i] += 1
                if self.parent_rollup[i] >= 0:
                    kids[renumber(self.parent_rollup[i])] = up(self.kids[self.parent_rollup[i]])
        new.rollup, new._out = rollup, out
        # the links out of summaries leave from their rollup nodes: their edges are made again with the new number
        for node in range(at + 1, new.count):
            if succs[node]:
                moved = {id(edge): (node, *edge[1:]) for edge in succs[node]}
                succs[node] = list(moved.values())
                for dst in {edge[1] for edge in self.succs[node - 1]}:
                    preds[dst] = [moved.get(id(edge), edge) for edge in preds[dst]]
        return new

    def with_summary(self, ws: Workspace, q: int, previous: Schedule) -> tuple[_Plan, Schedule, set[int]] | None:
        """A plan with this one's facts and network where the leaf task `q` is a summary (it has children now; they
        are moved under it after this), with `previous` (this plan's result) read on its nodes, and the nodes the
        passes start from. Its rollup node goes among the others in task order (those after it numbered one up) and
        in the order right after its bound node; its links are read again (those out of it leave from the rollup).
        None with ALAP tasks or a project scheduled from its finish."""
        if self.finish_keys or any(self.alap):
            return None
        summaries = self.summary_ids()
        at = self.n + bisect_left(summaries, q)
        new = self._with_node_at(at, q)
        for name in _FACTS:
            if name != "dur":
                setattr(new, name, list(getattr(new, name)))
        new._derive(q, ws.tasks[self.ids[q]])
        if not new.summary[q]:
            return None
        new.node_line[q] = new.node_line[at] = new.lines[q]
        new.rollup[q] = new._out[q] = at
        new._summary_ids = sorted([*summaries, q])
        new.kids_in[q], new.kids[at] = [], []
        parent = self.parent_bound[q]
        if parent >= 0:  # the parent's rollup now reads the summary's rollup node instead of its leaf node
            up = new.rollup[parent]
            new.kids[up] = [at if kid == q else kid for kid in new.kids[up]]
        new.order_list.insert(new.order_list.index(q) + 1, at)
        members = self.__dict__.get("_members")
        if members is not None:  # the leaves of each project (`_finish_of`), no longer with this one
            group = self.group_of[q]
            new._members = {**members, group: [i for i in members[group] if i != q]}
        tid, deps, index = self.ids[q], ws.dependencies, self.index
        ends = {q} | {index[deps[d].successor_id] for d in ws.links_out(tid) if deps[d].successor_id in index}
        found = new.with_links_into(ws, ends)
        if found is None:
            return None
        new, seeds = found
        # its dates as a summary are new, not those it had as a leaf (which may have had none, not planned): they
        # move, so the update writes them
        keys = [_with_key(key, at, blank) for key, blank in zip(_keys_of(previous), _NO_DATES, strict=True)]
        for key, blank in zip(keys, _NO_DATES, strict=True):
            key[q] = blank
        before = Schedule(new, *keys, *keys[:2], previous._finish)
        before.written, before.applied = previous.written, previous.applied
        return new, before, seeds | {q, at}

    def remove_task(self, ws: Workspace, task_id: int, links: int, previous: Schedule) -> tuple | None:
        """A plan with this one's facts and network where the leaf `task_id` (deleted with its `links` links) is a
        hole (`with_hole`), with `previous` (this plan's result) read on its nodes, and the nodes the passes start
        from (its links' other ends, its parent summary's two nodes), its parent made a leaf when left without
        children (`without_summary`); None when the deletion changes more: a project whose start the task set or
        whose finish it may have set, ALAP, a project scheduled from its finish; or when the plan has many holes
        already (`_MOST_HOLES`, or a sixteenth of its tasks): the full run then leaves them out."""
        i = self.index.get(task_id, -1)
        if (
            i < 0
            or task_id in ws.tasks
            or len(ws.tasks) != self.n - len(self.holes) - 1
            or len(self.holes) >= max(_MOST_HOLES, self.n // 16)
            or self.summary[i]
            or len(self.preds[i]) + len(self.succs[i]) != links
            or len(ws.dependencies) != self.links - links
            or self.group_of[i] is None
            or self.finish_keys
            or any(self.alap)
        ):
            return None
        parent, group = self.parent_bound[i], self.group_of[i]
        if group in self.from_tasks and self._group_starts(ws, {group})[group] != self.group_start[group]:
            return None  # it had the earliest start, where its project started
        at, finish = previous._finish[group]
        own = previous._f[i] if self.lines[i] is at else _convert(previous._f[i], self.lines[i], at, upper=False)
        if own >= finish:
            return None  # it may have been the latest finish, where its project ends
        seeds = {edge[1] for edge in self.succs[i]} | {edge[0] for edge in self.preds[i]}
        if parent >= 0:
            seeds.update((parent, self.rollup[parent]))
        new = self.with_hole(i)
        new.links = self.links - links
        keys = previous._s, previous._f
        before = Schedule(new, *keys, previous._ls, previous._lf, *keys, previous._finish)
        before.written, before.applied = previous.written - {task_id}, previous.applied
        if parent >= 0 and not ws.is_summary(self.ids[parent]):  # its parent is left without children: a leaf
            return new.without_summary(ws, parent, before, seeds)
        return new, before, seeds

    def with_hole(self, i: int) -> _Plan:
        """A copy of this plan where the leaf task i is a hole: no id (None in `ids`), no edges, no parent; its node
        stays in the order, reading no node and read by none, so its dates reach nothing and no project's finish.
        Nothing is numbered again: taking the node out renumbered every node after it in every list and edge
        (~16 ms at 10,500 tasks for a task near the start); this costs the task's links and its parent's children."""
        new = copy.copy(self)
        new.holes = self.holes | {i}
        new.ids, new.tasks = list(self.ids), list(self.tasks)
        new.ids[i] = new.tasks[i] = None
        new.index = dict(self.index)
        del new.index[self.ids[i]]
        new.preds, new.succs = list(self.preds), list(self.succs)
        for edge in self.succs[i]:
            new.preds[edge[1]] = [e for e in new.preds[edge[1]] if e[0] != i]
        for edge in self.preds[i]:
            new.succs[edge[0]] = [e for e in new.succs[edge[0]] if e[1] != i]
        new.preds[i], new.succs[i] = [], []
        parent = self.parent_bound[i]
        if parent >= 0:
            new.parent_bound, new.parent_rollup = list(self.parent_bound), list(self.parent_rollup)
            new.parent_bound[i] = new.parent_rollup[i] = -1
            new.kids_in, new.kids = list(self.kids_in), list(self.kids)
            up = self.rollup[parent]
            new.kids_in[parent] = [kid for kid in self.kids_in[parent] if kid != i]
            new.kids[up] = [kid for kid in self.kids[up] if kid != i]
        members = self.__dict__.get("_members")
        if members is not None:  # the leaves of each project (`_finish_of`), no longer with this one
            group = self.group_of[i]
            new._members = {**members, group: [j for j in members[group] if j != i]}
        if self.__dict__.get("_one_working") is False:
            del new._one_working  # the edges that were on another line may be gone: worked out again when asked
        return new

    def _without_node_at(self, at: int) -> tuple[_Plan, Callable[[int], int]]:
        """A copy of this plan without node `at` (a rollup node without children: a deleted leaf's node stays, as a
        hole), its edges and its place among its parent's children, every node after it numbered one down where the
        lists indexed by node and the edges hold it (the lists indexed by task are the caller's); and the old node ->
        new node map."""
        count = self.count
        renumber = [*range(at), -1, *range(at, count - 1), -1].__getitem__  # -1 (no node) reads the last item: -1

        def down(nodes: list[int]) -> list[int]:
            return list(map(renumber, nodes))

        new = copy.copy(self)
        for attr in _DERIVED:
            new.__dict__.pop(attr, None)
        new.count, new.passes = count - 1, []
        new.dur, new.node_line = _without_key(self.dur, at), _without_key(self.node_line, at)
        for name in ("owner", "parent_bound", "parent_rollup"):  # node `at` is nobody's parent: it has no children
            setattr(new, name, down(_without_key(getattr(self, name), at)))
        new.order_list = [node for node in down(self.order_list) if node >= 0]
        # The lists of children that hold a node from `at` on (its parent's loses it, the others renumber it): those
        # of the parents of the tasks owning those nodes (a superset); every other list is shared.
        later, owner = range(at, count), self.owner
        for name, parent_of in (("kids", self.parent_rollup), ("kids_in", self.parent_bound)):
            old = getattr(self, name)
            lists = list(old)
            for parent in {parent_of[owner[node]] for node in later}:
                if parent >= 0:
                    lists[parent] = [renumber(node) for node in old[parent] if node != at]
            del lists[at]
            setattr(new, name, lists)
        # Only the edges with an end after node `at` change: made again with their ends renumbered, in the lists of
        # their two ends; those lists are found from the lists of the nodes from `at` on (every other list is shared:
        # ~2 ms instead of ~13 ms at 10,500 tasks when `at` is near the end, or a rollup node).
        preds, succs, moved = self.preds, self.succs, {}
        if 2 * at < count:  # near the start nearly every list holds a node from `at` on: all made again, unsought
            sources = targets = range(count)
        else:
            sources = {edge[0] for node in later for edge in preds[node]}.union(later)
            targets = {edge[1] for node in later for edge in succs[node]}.union(later)
        new.succs, new.preds = list(succs), list(preds)
        for node in sources:
            new.succs[node] = [e if e[0] < at and e[1] < at else moved.setdefault(id(e), (renumber(e[0]),
                               renumber(e[1]), *e[2:])) for e in succs[node] if e[1] != at]  # fmt: skip
        for node in targets:  # each edge with an end from `at` on was made above, in its source's list
            new.preds[node] = [moved.get(id(e), e) for e in preds[node] if e[0] != at]
        del new.succs[at], new.preds[at]
        return new, renumber

    def without_summary(self, ws: Workspace, q: int, previous: Schedule, seeds: set[int]) -> tuple | None:
        """A plan with this one's facts and network where the summary task `q`, whose children were moved out or
        deleted, is a leaf (`with_summary` undone), with `previous` (this plan's result) read on its nodes, and the
        nodes the passes start from (`seeds`, nodes of this plan, renumbered, and its own). Its rollup node goes
        (the nodes after it numbered one down), its parent's rollup reads its node instead, its facts and links are
        read again (those out of it leave from its own node again). None with ALAP tasks or a project scheduled
        from its finish."""
        at = self.rollup[q]
        if self.finish_keys or any(self.alap) or at < 0 or self.kids_in[q] or ws.is_summary(self.ids[q]):
            return None
        new, renumber = self._without_node_at(at)
        for name in _FACTS:
            if name != "dur":
                setattr(new, name, list(getattr(new, name)))
        new.rollup, new._out = list(map(renumber, self.rollup)), list(map(renumber, self.out_nodes()))
        new.rollup[q], new._out[q] = -1, q
        new._summary_ids = [renumber(i) for i in self.summary_ids() if i != q]
        new._derive(q, ws.tasks[self.ids[q]])
        new.node_line[q] = line = new.lines[q]
        if new.group_of[q] not in previous._finish:
            return None
        # its latest finish, as `finish_bound` reads it, now on its own timeline (a summary's is its project's)
        at_line, finish = previous._finish[new.group_of[q]]
        new.bound = list(self.bound)
        new.bound[q] = finish if at_line is line else _convert(finish, at_line, line, upper=True)
        up = new.parent_rollup[q]
        if up >= 0:  # the parent's rollup now reads the task's own node instead of its rollup node
            new.kids[up] = [*new.kids[up], q]
        deps, index = ws.dependencies, self.index
        ends = {q} | {index[deps[d].successor_id] for d in ws.links_out(self.ids[q]) if deps[d].successor_id in index}
        found = new.with_links_into(ws, ends)
        if found is None:
            return None
        new, more = found
        # its dates as a leaf are new, not the keys of a summary's bound it had: they move, so the update writes them
        # and counts them in its project's finish
        keys = [_without_key(key, at) for key in _keys_of(previous)]
        for key, blank in zip(keys, _NO_DATES, strict=True):
            key[q] = blank
        before = Schedule(new, *keys, *keys[:2], previous._finish)
        before.written, before.applied = previous.written, previous.applied
        seeds = {renumber(node) for node in seeds if node != at} | more | {q}
        seeds.update(node for node in (new.parent_bound[q], new.parent_rollup[q]) if node >= 0)
        return new, before, seeds

    def update(
        self, ws: Workspace, edited: set[int], written: set[int], previous: Schedule, seeds: Iterable[int] = ()
    ) -> Schedule | None:
        """The schedule after the tasks `edited` changed (nothing else), reusing this plan's network and
        `previous` (its result, whose dates `written` were written into the tasks since); None when the edit
        changed the network, so only a full run will do. `seeds`: nodes to compute again besides the edited
        tasks' (the nodes a change of the network reaches first: `NetworkEdits`, `add_task`, `remove_task`)."""
        if ws is not self.ws or len(ws.tasks) != self.n - len(self.holes) or len(ws.dependencies) != self.links:
            return None
        if _calendar_edits() != self.edits:
            return None
        if (self.args[4] or date.today()) != self.today:
            return None
        index, tasks = self.index, ws.tasks
        touched: list[int] = []
        for tid in edited | written:
            i = index.get(tid)
            if i is None or tid not in tasks:
                return None
            touched.append(i)
        new = copy.copy(self)
        for name in _FACTS:
            setattr(new, name, list(getattr(self, name)))
        new.conflict = list(self.conflict)
        new.passes = []  # the update below keeps no passes: an edit after it that needs them runs them whole
        # a group that starts with its earliest task: an edited start may move it (then everything moves)
        groups = {self.group_of[i] for i in touched} & self.from_tasks
        if groups and self._group_starts(ws, groups) != {g: self.group_start[g] for g in groups}:
            return None
        changed = self._changed_facts(new, ws, touched, edited)
        if changed is None:
            return None
        seeds = set(changed).union(seeds)
        seeds.update(self.rollup[i] for i in changed if self.summary[i])
        if any(self.alap) or any(new.alap) or self.finish_keys:  # every pass again: on a network without holes
            return None if self.holes else self._update_all_passes(new, seeds, edited, previous)
        return self._update_reached(new, seeds, changed, edited, previous)

    def _changed_facts(self, new: _Plan, ws: Workspace, touched: list[int], edited: set[int]) -> list[int] | None:
        """Read the `touched` tasks again into `new` (a copy of this plan's facts): the tasks whose facts changed,
        where the passes start from; None when one moved in the tree, to another project or calendar (the network
        changed)."""
        old_facts = [getattr(self, name) for name in _FACTS]
        new_facts = [getattr(new, name) for name in _FACTS]
        changed: list[int] = []
        reads_dates, index, tasks = self.reads_dates, self.index, ws.tasks
        for i in touched:
            task = tasks[self.ids[i]]
            if task.id not in edited and not reads_dates(i, task):
                continue  # only its dates were written since, and its facts do not read them (~840 tasks an edit)
            new._derive(i, task)
            parent = index.get(task.parent_id, -1) if task.parent_id is not None else -1
            if (
                new.group_of[i] != self.group_of[i]
                or new.summary[i] != self.summary[i]
                or new.lines[i] is not self.lines[i]
                or parent != self.parent_bound[i]
            ):
                return None
            if any(old[i] != now[i] for old, now in zip(old_facts, new_facts, strict=True)):
                changed.append(i)
        return changed

    def _update_all_passes(self, new: _Plan, seeds: set[int], edited: set[int], previous: Schedule) -> Schedule:
        """`update` with ALAP tasks or a project scheduled from its finish: ALAP tasks spend free slack, which any
        change may move, so the passes run again on the same network, each forward pass from the same pass before
        the edit where it ran from the same starts."""
        order = self.order_list
        new.conflict = [False] * self.n
        new.passes = []
        if self.finish_keys:  # a start found from the finish is found again, from the same first try
            new.group_start = dict(self.group_start)
            for group, key in self.finish_keys.items():
                new.move_group_start(group, key)
        s_key, f_key = new.forward_pass(order, 0, self, seeds)
        if self.finish_keys:
            s_key, f_key = new.fit_to_finish(order, s_key, f_key, self, seeds)
        first_s, first_f = s_key, f_key
        finish = new.group_finish(f_key)
        pinned = new.place_alap(order, list(s_key), list(f_key), finish)
        if pinned is not None:
            new.conflict = [False] * self.n
            s_key, f_key = new.forward_pass(order, len(new.passes), self, seeds, pinned)
            finish = new.group_finish(f_key)
        self.passes = []  # the next edit starts from the new passes: the undo stack need not keep these
        old_s, old_f = previous._s, previous._f
        moved_nodes = [node for node in range(self.count) if s_key[node] != old_s[node] or f_key[node] != old_f[node]]
        # Late dates move only where the edit or the moved dates reach; when most dates moved (the start found
        # from the finish moved) the whole pass in order is cheaper than handing nodes out one by one.
        if finish == previous._finish and len(moved_nodes) < self.count // 4:
            ls_key, lf_key = list(previous._ls), list(previous._lf)
            new.backward(new._spread(seeds.union(moved_nodes), ls_key, lf_key, set(), backward=True), s_key,
                         f_key, new.bound, ls_key, lf_key)  # fmt: skip
        else:
            new.bound = new.finish_bound(finish)
            ls_key, lf_key = new.backward(reversed(order), s_key, f_key, new.bound)
        new.summary_conflicts(s_key, f_key)
        result = Schedule(new, s_key, f_key, ls_key, lf_key, first_s, first_f, finish)
        # The tasks whose dates moved, found by their keys (same timelines): writing reads no other task's dates.
        out, ids = new.out_nodes(), self.ids
        moved_ids = {ids[i] for i, node in enumerate(out) if s_key[node] != old_s[node] or f_key[node] != old_f[node]}
        result.touched = moved_ids | edited
        return result

    def _update_reached(self, new: _Plan, seeds: set[int], changed, edited: set[int], previous: Schedule) -> Schedule:
        """`update` without ALAP tasks: only the nodes the changed facts reach are computed again, from `previous`;
        the late dates move with a project's finish where they all can."""
        n, summary = self.n, self.summary
        s_key, f_key = list(previous._s), list(previous._f)
        moved: set[int] = set()
        new.forward(new._spread(seeds, s_key, f_key, moved, backward=False), None, s_key, f_key)
        finish = previous._finish
        groups = {self.group_of[self.owner[node]] for node in moved if node >= n or not summary[node]}
        if groups:
            finish = dict(finish)
            for group in groups:
                finish[group] = new._finish_of(group, f_key)
        ls_key, lf_key = list(previous._ls), list(previous._lf)
        if finish != previous._finish:  # a project's finish moved: every late date in it may move
            new.bound = new.finish_bound(finish)
            shift = new.late_shift(previous._finish, finish)
            if shift is None:
                ls_key, lf_key = new.backward(reversed(self.order_list), s_key, f_key, new.bound)
            else:  # every late date moves with the finish; then those the edited facts reach move again
                ls_key = [key + shift if _NEG < key < _POS else key for key in ls_key]
                lf_key = [key + shift if _NEG < key < _POS else key for key in lf_key]
                new.backward(new._spread(seeds, ls_key, lf_key, set(), backward=True), s_key, f_key, new.bound,
                             ls_key, lf_key)  # fmt: skip
        else:
            late: set[int] = set()
            new.backward(new._spread(seeds | moved, ls_key, lf_key, late, backward=True), s_key, f_key, new.bound,
                         ls_key, lf_key)  # fmt: skip
        new.summary_conflicts(s_key, f_key)
        result = Schedule(new, s_key, f_key, ls_key, lf_key, s_key, f_key, finish)
        owner = self.owner
        shown = {owner[node] for node in moved if node >= n or not summary[node]}
        shown.update(changed)
        ids = self.ids
        result.touched = {ids[i] for i in shown} | edited  # an edited date the schedule puts back is written too
        return result

    def reads_dates(self, i: int, task: Task) -> bool:
        """Whether task `i`'s facts (`_derive`) read the dates a reschedule writes into it (start, finish; a leaf's
        duration is written as it was): a leaf without a duration, scheduled by hand, outside a project or with
        progress. Any other task's facts stay as they were when only its dates are written."""
        return not self.summary[i] and (
            task.duration is None or task.manual or self.group_of[i] is None or task.percent_complete > 0
        )

    def late_shift(self, before: dict, after: dict) -> int | None:
        """How far every late date moves when the projects' finishes move from `before` to `after`, or None when
        not all alike. With every task, lag and project on one timeline, links lagged in working time and no
        constraint, deadline or finished task, a late date is a project's finish less durations and lags, read
        on that timeline: the full backward pass with the old facts and the new finish gives the old late dates
        moved by the finish's shift (when all finishes shift alike, by whole minutes). Early dates are then not
        read, so only the tasks whose facts changed and what they reach need the pass again."""
        if before.keys() != after.keys() or not self._one_working_line():
            return None
        line = self.node_line[0]
        shifts = {key - before[group][1] for group, (at, key) in after.items() if at is line}
        if len(shifts) != 1 or len(after) != sum(at is line for at, _key in after.values()):
            return None
        shift = shifts.pop()
        n = self.n
        if shift % 2 or self.constraint.count(None) != n or self.deadline.count(_POS) != n or any(self.complete):
            return None  # an odd shift would turn finish keys into start keys
        return shift

    def _one_working_line(self) -> bool:
        """Whether every node, task and lag is on one timeline and every link lagged in its working time (the
        network's part of `late_shift`; an update that changes it runs in full)."""
        found = self.__dict__.get("_one_working")
        if found is None:
            line = self.node_line[0] if self.node_line else None
            found = (
                all(at is line for at in self.node_line)
                and all(at is line for at in self.lines)
                and all(at is line for at in self.lag_lines)
                and all(edge[6] for edges in self.succs for edge in edges)
            )
            self._one_working = found
        return found

    def _spread(self, seeds: set[int], a_key: list[int], b_key: list[int], changed: set[int], backward: bool):
        """Hand out `seeds` and every node they reach, in order (reversed when `backward`), each once and after
        all its inputs; a node reaches its readers when the pass changed its keys (a seed always does)."""
        pos = self.positions()
        sign = -1 if backward else 1
        heap = [(sign * pos[node], node) for node in seeds]
        heapq.heapify(heap)
        queued = set(seeds)
        readers = self._readers_backward if backward else self._readers_forward
        conflict, n = self.conflict, self.n
        while heap:
            node = heapq.heappop(heap)[1]
            a, b = a_key[node], b_key[node]
            if not backward and node < n:
                conflict[node] = False
            yield node
            if a_key[node] != a or b_key[node] != b:
                changed.add(node)
            elif node not in seeds:
                continue
            for other in readers(node):
                if other not in queued:
                    queued.add(other)
                    heapq.heappush(heap, (sign * pos[other], other))

    def _readers_forward(self, node: int) -> list[int]:
        """The nodes whose early dates read `node`'s (the arrows `order` follows)."""
        out = [edge[1] for edge in self.succs[node]]
        n = self.n
        if node < n and self.summary[node]:
            out.extend(self.kids_in[node])
        else:
            parent = self.parent_bound[self.owner[node]]
            if parent >= 0:
                out.append(self.rollup[parent])
        return out

    def _readers_backward(self, node: int) -> list[int]:
        """The nodes whose late dates read `node`'s."""
        out = [edge[0] for edge in self.preds[node]]
        if node >= self.n:
            out.extend(self.kids[node])
        elif self.parent_bound[node] >= 0:
            out.append(self.parent_bound[node])
        return out

    def positions(self) -> list[int]:
        found = self.__dict__.get("_positions")
        if found is None:
            found = [0] * self.count
            for at, node in enumerate(self.order_list):
                found[node] = at
            self._positions = found
        return found

    def _finish_of(self, group, f_key: list[int]) -> tuple[Timeline, int]:
        """One project's finish, as `group_finish` computes it, from its own tasks only."""
        members = self.__dict__.get("_members")
        if members is None:  # the leaves, picked in C (~0.3 ms at 10,500 tasks, against ~5 ms one by one)
            leaves = list(compress(range(self.n), map(not_, self.summary)))
            if self.holes:  # a deleted task's place finishes no project
                leaves = [i for i in leaves if i not in self.holes]
            groups = set(self.group_of)
            if len(groups) == 1:
                members = {groups.pop(): leaves}
            else:
                members = {}
                for i in leaves:
                    members.setdefault(self.group_of[i], []).append(i)
            self._members = members
        found = None
        mine = members.get(group, ())
        if mine and self._one_group_line():  # every task on its project's line: no conversion
            return self.lag_lines[mine[0]], max(map(f_key.__getitem__, mine))
        lines, lag_lines = self.lines, self.lag_lines
        for i in mine:
            line = lag_lines[i]
            key = f_key[i]
            if lines[i] is not line:
                key = _convert(key, lines[i], line, upper=False)
            if found is None or key > found[1]:
                found = (line, key)
        if found is None:
            found = (self.lag_lines[self.group_of.index(group)], 0)
        return found


# The holes (`_Plan.with_hole`) a plan may have before a delete runs in full, which leaves them out; or a sixteenth
# of its tasks. Each costs memory and a place in every pass over all nodes, nothing else.
_MOST_HOLES = 64


# A leaf's facts before `_derive` reads them (as `_new_facts` makes them).
_LEAF = {"summary": False, "lines": None, "lag_lines": None, "group_of": None, "lower": 0, "dur": 0, "fixed": None,
         "pin_start": _NEG, "planned": True, "complete": False, "alap": False, "constraint": None, "deadline": _POS,
         "plain": True}  # fmt: skip


# A node's keys before the passes first reach it: start, finish, late start, late finish (`_keys_of`).
_NO_DATES = (_NEG, _NEG, _POS, _POS)


def _on_one_timeline(plan: _Network) -> bool:
    """Whether every node and every link's lag of `plan` is on one timeline: then no key needs converting. The plan
    may hold timelines no task is on (the workspace calendar's, when every task is in a project)."""
    node_line, lag_lines = plan.node_line, plan.lag_lines
    line = node_line[0] if node_line else None
    return node_line.count(line) == len(node_line) and lag_lines.count(line) == len(lag_lines)


def _keys_of(result: Schedule) -> tuple[list[int], list[int], list[int], list[int]]:
    return result._s, result._f, result._ls, result._lf


def _without_key(keys: list, node: int) -> list:
    """`keys` without the item of node `node` (the nodes after it numbered one down)."""
    return [*keys[:node], *keys[node + 1 :]]


def _with_key(keys: list[int], node: int, key: int) -> list[int]:
    """`keys` with `key` inserted for a new node numbered `node` (the nodes from there on numbered one up)."""
    return [*keys[:node], key, *keys[node:]]


# What a plan works out from its nodes when first asked (`positions`, ...): a copy with nodes added or removed
# works them out again.
_DERIVED = ("_positions", "_one_line", "_one_working", "_members")
_FACTS = ("summary", "lines", "lag_lines", "group_of", "lower", "dur", "fixed", "pin_start", "planned", "complete",
          "alap", "constraint", "deadline", "plain")  # fmt: skip


def update_schedule(previous: Schedule, ws: Workspace, changes: Changes, today: date | None = None) -> Schedule:
    """The schedule of `ws` after `changes`, equal to `schedule(ws, ...)` with the arguments `previous` was made
    with, where `previous` is the schedule of `ws` just before `changes` (and before the dates `Reschedule` wrote
    from it). Only the tasks the edit reaches are computed again when it left the network alone (tasks edited, no
    task, link, project, person or calendar added, removed or changed, nothing moved in the tree), or when the
    changes to it are links new, deleted or edited, tasks moved in the tree (`NetworkEdits`), a new leaf task
    without links (`_Plan.add_task`) or a deleted leaf (`_Plan.remove_task`); otherwise, or if in doubt, a full run,
    whose `touched` still names only the tasks whose keys moved (so that `Reschedule` compares only those with the
    dates `previous` wrote)."""
    structural = any(
        changes.created.get(kind) or changes.deleted.get(kind) or (kind != "task" and changes.updated.get(kind))
        for kind in ("task", "dependency", "project", "person", "calendar")
    )
    if not previous.warnings:  # a faulty workspace is scheduled whole: see `schedule`
        collecting = gc.isenabled()
        gc.disable()  # the update makes many lists and frees none of them: collections would only cost time
        try:
            result = _update(previous, ws, changes, today, structural)
        finally:
            if collecting:
                gc.enable()
        if result is not None:
            return result
    calendars, project_calendars, lags, project_starts, first_today, honor = previous._plan.args
    result = schedule(ws, calendars=calendars, project_calendars=project_calendars, lags=lags,
                      project_starts=project_starts, today=today or first_today, honor_constraints=honor)  # fmt: skip
    if not previous.warnings and not result.warnings:  # a faulty workspace's left-out dates are compared whole
        edited = changes.created.get("task", set()) | changes.updated.get("task", set())
        result.touched = _moved_since(previous, result) | {tid for tid in edited if tid in result}
    return result


def _update(previous: Schedule, ws: Workspace, changes: Changes, today: date | None, structural: bool):
    """`update_schedule` on the network kept (None: a full run will do): after an edit that left it alone, or on the
    plan with links read again (`_Plan.with_links_into`), tasks moved in the tree (`_moved_in_tree`), one
    new leaf task (`_Plan.add_task`) or one leaf deleted (`_Plan.remove_task`)."""
    plan, base, seeds, edited = previous._plan, previous, (), changes.updated.get("task", set())
    if structural:
        new_task = _only_created(changes, "task")
        if _only_links(changes):  # links new, deleted or edited: the edges into their successors read again
            found = plan.with_links_into(ws, _successors(plan, ws, changes))
            if found is None:
                return None
            plan, seeds = found
        elif new_task is not None:  # a new leaf without links: the network with its node added, read on its nodes
            found = plan.add_task(ws, new_task, previous)
            if found is None:
                return None
            plan, base = found
            seeds, edited = (plan.index[new_task],), edited | {new_task}
        elif (gone := _only_deleted_task(changes)) is not None:  # a leaf deleted: the network without its node
            found = plan.remove_task(ws, gone, len(changes.deleted.get("dependency", ())), previous)
            if found is None:
                return None
            plan, base, seeds = found
            edited = {tid for tid in edited if tid in ws.tasks}
        else:
            return None
    elif changes.parents:  # tasks moved in the tree: the network's tree changed, maybe a leaf became a summary
        found = _moved_in_tree(previous, ws, edited, changes.parents)
        if found is None:
            return None
        plan, base, seeds = found
    if today is not None and today != plan.today:
        return None
    return plan.update(ws, edited, base.written, base, seeds)


def _only_links(changes: Changes) -> bool:
    """Whether `changes` created, deleted or edited links, and besides them only edited tasks."""
    if not changes.ids("dependency"):
        return False
    if changes.created.get("task") or changes.deleted.get("task"):
        return False
    return not any(changes.ids(kind) for kind in ("project", "person", "calendar"))


def _successors(plan: _Plan, ws: Workspace, changes: Changes) -> set[int]:
    """The tasks (indexes in `plan`) whose links in may have changed: the successors of the links created or edited,
    and, when a link was deleted or edited (its old ends are gone from `ws`), any task with as many edges in as
    links in no longer."""
    index, deps = plan.index, ws.dependencies
    found = {
        index[deps[d].successor_id]
        for d in changes.created.get("dependency", set()) | changes.updated.get("dependency", set())
        if deps[d].successor_id in index
    }
    if changes.deleted.get("dependency") or changes.updated.get("dependency"):
        edges = map(len, plan.preds[: plan.n])
        links = map(len, map(ws.links_in, plan.ids))
        found.update(compress(range(plan.n), map(ne, edges, links)))  # in C
    return found


def _moved_in_tree(previous: Schedule, ws: Workspace, edited: set[int], parents: set) -> tuple | None:
    """The plan with the tasks `edited` moved in the tree (`_Plan.with_moved_tasks`), after at most one leaf became
    a summary (`_Plan.with_summary`: an indent under a leaf, an outdent with siblings below), with `previous` read
    on its nodes and the nodes the passes start from; None for any other change (a summary left without children).
    `parents`: the child lists that changed (a new parent's own record is not edited)."""
    plan, base, seeds, index, summary = previous._plan, previous, set(), previous._plan.index, previous._plan.summary
    tree = edited | {ident for kind, ident in parents if kind == "task"}
    if any(tid not in index or tid not in ws.tasks for tid in tree):
        return None
    grown = [index[tid] for tid in tree if ws.is_summary(tid) and not summary[index[tid]]]
    shrunk = {tid for tid in tree if summary[index[tid]] and not ws.is_summary(tid)}
    if len(grown) > 1:
        return None
    if grown:
        found = plan.with_summary(ws, grown[0], previous)
        if found is None:
            return None
        plan, base, seeds = found
    moved = _moved_tasks(plan, ws, edited, shrunk)
    if moved is None:
        return None
    if moved:
        found = plan.with_moved_tasks(moved)
        if found is None:
            return None
        plan, more = found
        seeds |= more
    for tid in shrunk:  # once their children are out, the summaries left without any become leaves
        found = plan.without_summary(ws, plan.index[tid], base, seeds)
        if found is None:
            return None
        plan, base, seeds = found
    return plan, base, seeds


def _moved_tasks(plan: _Plan, ws: Workspace, edited: set[int], shrunk: set[int]) -> list[tuple[int, int]] | None:
    """The edited tasks under another parent than in `plan`, each as (task index, new parent's index or -1), when
    each new parent is a summary in `plan` and each old one still a summary or one of `shrunk` (left without
    children); None otherwise (a task moved to another project is found by `update`)."""
    index, tasks, summary, parent_bound = plan.index, ws.tasks, plan.summary, plan.parent_bound
    moved = []
    for tid in edited:
        i, task = index[tid], tasks[tid]
        parent = index.get(task.parent_id, -1) if task.parent_id is not None else -1
        old = parent_bound[i]
        if parent == old:
            continue
        if (parent >= 0 and not summary[parent]) or (
            old >= 0 and plan.ids[old] not in shrunk and not ws.is_summary(plan.ids[old])
        ):
            return None
        moved.append((i, parent))
    return moved


def _only_created(changes: Changes, kind: str) -> int | None:
    """The one object of `kind` that `changes` created, when that is the only change besides edited tasks."""
    created = changes.created.get(kind, ())
    if len(created) != 1 or any(changes.deleted.values()):
        return None
    if any(ids for other, ids in changes.created.items() if other != kind):
        return None
    if any(ids for other, ids in changes.updated.items() if other in ("dependency", "project", "person", "calendar")):
        return None
    return next(iter(created))


def _only_deleted_task(changes: Changes) -> int | None:
    """The one task `changes` deleted, when the other changes are its links deleted and edited tasks."""
    deleted = changes.deleted.get("task", ())
    if len(deleted) != 1 or any(changes.created.get(kind) for kind in ("task", "dependency", "project", "person")):
        return None
    if any(changes.deleted.get(kind) or changes.updated.get(kind) for kind in ("project", "person", "calendar")):
        return None
    if changes.created.get("calendar") or changes.updated.get("dependency"):
        return None
    return next(iter(deleted))


def _moved_since(previous: Schedule, result: Schedule) -> set[int]:
    """The tasks whose dates (or rolled-up duration) `result`, a full run, may give otherwise than `previous`: new
    tasks, tasks on another timeline, planned or a summary in only one of them, and tasks whose keys moved. Any
    other task's dates read the same keys on the same line, so where `previous` was written they stand as it is."""
    old_index, old_lines, old_out, old_planned = previous._index, previous._lines, previous._out, previous._planned
    old_s, old_f, old_summary = previous._s, previous._f, previous._plan.summary
    lines, out, planned, summary = result._lines, result._out, result._planned, result._plan.summary
    s_keys, f_keys = result._s, result._f
    moved: set[int] = set()
    for i, tid in enumerate(result._ids):
        j = old_index.get(tid)
        if (
            j is None
            or lines[i] is not old_lines[j]
            or s_keys[out[i]] != old_s[old_out[j]]
            or f_keys[out[i]] != old_f[old_out[j]]
            or planned[i] != old_planned[j]
            or summary[i] != old_summary[j]
        ):
            moved.add(tid)
    return moved


def compute_schedule(ws: Workspace, today: date | None = None) -> Schedule:
    """The critical-path schedule of `ws` on its calendars: each task's own as `Workspace.calendar_for` chooses
    it, lags on its project's."""

    def project_calendar(project: Project) -> Calendar:
        return ws.calendars.get(project.calendar_id, ws.calendar)

    return schedule(ws, calendars=ws.calendar_for, project_calendars=project_calendar, today=today)


def without_warnings(ws: Workspace) -> bool:
    """Whether `compute_schedule(ws)` is sure to have no `warnings`, found without scheduling (~10 ms CPU at
    10,500 tasks with people, against ~45–55 ms for the schedule): every date and duration as the scheduler can
    take it, every calendar with working time (the time several people work together is any of theirs, so it has
    some too), and no loop of links and summary tasks. A window shows the scheduler's warnings from its first
    screen on this way and leaves the schedule until something shown needs it. False on a fault, and for a
    calendar without working time that no task uses: the schedule then says what there is to warn of."""
    if schedulable(ws, {}) is not ws:
        return False
    for calendar in (ws.calendar, *ws.calendars.values()):
        try:
            calendar.timeline()  # as the scheduler asks for it (`_Plan.line_of`), and kept for it
        except ValueError:
            return False
    return _links_follow_the_outline(ws) or not _closes_a_loop(ws)


def _links_follow_the_outline(ws: Workspace) -> bool:
    """Whether every link goes from a task to one after it and its subtasks in outline order: then the links and
    the task tree close no loop, as every edge of the scheduler's network goes forward in a walk of the outline (a
    task entered before its subtasks, left after them, a link from one left to one entered later). Most plans link
    so, and this is half the cost of looking for a loop (~7 against ~14–17 ms at 10,500 tasks)."""
    tasks = ws.tasks
    outline: list[int] = []
    for key in ws.parent_keys():
        if key[0] != "task" or key[1] not in tasks:
            outline += ws.outline(key)
    if len(outline) != len(tasks):
        return False  # a task the walk does not reach (a loop of parents, in a damaged file)
    position = {tid: i for i, tid in enumerate(outline)}
    last = list(range(len(outline)))  # the position of the last task in each one's subtree
    find = position.get
    # A summary's subtree ends where its last child's does: the summaries alone (~1 in 20 tasks), the later first.
    summaries = [position[tid] for kind, tid in ws.parent_keys() if kind == "task" and tid in tasks]
    for at in sorted(summaries, reverse=True):
        last[at] = last[position[ws.children(("task", outline[at]))[-1]]]
    for dep in ws.dependencies.values():
        p, s = find(dep.predecessor_id), find(dep.successor_id)
        if p is not None and s is not None and s <= last[p]:
            return False
    return True


def _closes_a_loop(ws: Workspace) -> bool:
    """Whether the links and the task tree close a loop in the scheduler's network (`_Plan`): a task is entered at
    its start and left at its finish, a summary's children in between, a link goes from one's finish to the next
    one's start. Kahn's algorithm: a loop is what is left when no node without inputs remains."""
    index = {tid: i for i, tid in enumerate(ws.tasks)}
    n = len(index)
    # node i: task i entered, n + i: task i left; a summary's own edge from one to the other adds no loop, as its
    # children already join them
    nexts = [[n + i] for i in range(n)] + [[] for _ in range(n)]
    inputs = [0] * n + [1] * n
    find = index.get
    for i, task in enumerate(ws.tasks.values()):
        parent = find(task.parent_id)
        if parent is not None:
            nexts[parent].append(i)
            inputs[i] += 1
            nexts[n + i].append(n + parent)
            inputs[n + parent] += 1
    for dep in ws.dependencies.values():
        p, s = find(dep.predecessor_id), find(dep.successor_id)
        if p is not None and s is not None:
            nexts[n + p].append(s)
            inputs[s] += 1
    ready = [node for node in range(n) if not inputs[node]]
    done = 0
    while ready:
        node = ready.pop()
        done += 1
        for after in nexts[node]:
            left = inputs[after] - 1
            inputs[after] = left
            if not left:
                ready.append(after)
    return done < 2 * n


def start_fields(ws: Workspace, task: Task, start: datetime | None) -> dict:
    """The fields that set a task's start as a planner means it: on an automatically scheduled project
    task, a start typed or dragged by hand becomes a start-no-earlier-than constraint, as in MS Project."""
    if task.manual or task.project_id is None or start is None or ws.is_summary(task.id):
        return {"start": start}
    start = ws.calendar_for(task).next_working(start)
    return {"start": start, "constraint": Constraint.SNET, "constraint_date": start}


def new_task_fields(ws: Workspace, parent: tuple[str, int], today: date) -> dict:
    """The dates a new task under `parent` starts with, so it shows at once as a bar: in a project, one day of its
    working time (MS Project's "1 day?"; there is no field for "estimated"), which the scheduler places at the
    project's start. Under a summary that starts later (its children wait for links) it starts no earlier than the
    summary; in a project scheduled from its finish, it finishes no later than a summary that ends earlier: either
    way an empty new subtask never stretches its summary. A task of an area is dated by hand: nothing."""
    kind, ident = parent
    found = ws.tasks.get(ident) if kind == "task" else None
    project = ws.projects.get(found.project_id if found is not None else ident if kind == "project" else None)
    if project is None:
        return {}
    fields: dict = {"duration": ws.calendars.get(project.calendar_id, ws.calendar).minutes_per_day}
    if found is None or found.start is None or found.finish is None:
        return fields
    if project.schedule_from_finish and project.target_finish is not None:
        if found.finish < project.target_finish:
            fields.update(constraint=Constraint.FNLT, constraint_date=found.finish)
    elif found.start > _project_start(ws, project, today):
        fields.update(constraint=Constraint.SNET, constraint_date=found.start)
    return fields


def _project_start(ws: Workspace, project: Project, today: date) -> datetime:
    """Where the scheduler starts a project scheduled forward: its start, else its earliest task's, else today."""
    if project.start is not None:
        return project.start
    starts = [t.start for t in ws.tasks.values() if t.project_id == project.id and t.start is not None]
    return min(starts, default=datetime.combine(today, time(8)))


# -- writing back -------------------------------------------------------------------------------------------
def planned_changes(
    ws: Workspace, result: Schedule, task_ids: Iterable[int] | None = None
) -> dict[int, tuple[datetime, datetime, int | None]]:
    """The (start, finish, duration) `apply_schedule` would write, for the tasks whose values differ (among
    `task_ids` only, when given: after an update, the tasks it says may have moved)."""
    out: dict[int, tuple[datetime, datetime, int | None]] = {}
    # Read ~10,500 times after a full schedule (the first edit after an open): the lookups bound once.
    tasks, is_summary, index, planned, nodes = ws.tasks.get, ws.is_summary, result._index, result._planned, result._out
    s_keys, f_keys, date_at = result._s, result._f, result._date
    for tid in result._index if task_ids is None else task_ids:  # `_index`: the live tasks, in order
        task = tasks(tid)
        i = index[tid]
        if task is None or not planned[i]:
            continue
        node = nodes[i]
        start, finish = date_at(i, s_keys[node]), date_at(i, f_keys[node])
        duration = task.duration
        if is_summary(tid):
            duration = (f_keys[node] >> 1) - (s_keys[node] >> 1)
        elif task.milestone:
            finish = start
        if task.start != start or task.finish != finish or task.duration != duration:
            out[tid] = (start, finish, duration)
    return out


def apply_schedule(ws: Workspace, result: Schedule) -> list[int]:
    """Write the scheduled start and finish (and a summary's rolled-up duration) into the tasks.

    Returns the ids of the tasks that changed, sorted; the command layer records them first for undo.
    """
    changes = planned_changes(ws, result)
    for tid, (start, finish, duration) in changes.items():
        task = ws.tasks[tid]
        task.start, task.finish, task.duration = start, finish, duration
    return sorted(changes)


class Reschedule(Command):
    """Recompute every project's dates by the critical path and write the ones that moved.

    The session runs it after each edit that can move dates, as part of the same undo step; `result`
    keeps the whole schedule (early and late dates, slack, critical path) for the views.
    """

    records_whole = False  # only the dates it set: `before_all` gives `recorded` the task as this reschedule left it

    def __init__(self, previous: Schedule | None = None, changes: Changes | None = None, today=None) -> None:
        """`previous`: the schedule of the workspace before `changes` (the edit just applied), if known; then
        only what the edit reaches is computed again (`update_schedule`), with the same result."""
        super().__init__()
        self.text = tr("Commands", "Reschedule")
        self.result: Schedule | None = None
        self.today = today
        self._dates: dict[int, tuple] = {}
        self._previous, self._since = previous, changes

    def _do(self, ws: Workspace) -> None:
        self._dates = {}
        previous, since = self._previous, self._since
        self._previous = self._since = None  # a redo schedules afresh: the undo stack keeps no old schedules
        if previous is not None and since is not None:
            self.result = update_schedule(previous, ws, since, self.today)
        else:
            self.result = compute_schedule(ws, self.today)
        # After an update that follows a written schedule, only the tasks it says may have moved can differ.
        candidates = self.result.touched if previous is not None and previous.applied else None
        written = planned_changes(ws, self.result, candidates)
        dates = self._dates = {}  # what undo puts back: only these three fields change
        for tid, (start, finish, duration) in written.items():
            task = ws.tasks[tid]
            dates[tid] = (task.start, task.finish, task.duration)
            task.start, task.finish, task.duration = start, finish, duration
        self.result.mark_written(written)

    def _changes(self, ws: Workspace) -> Changes:
        changes = Changes()
        if self._dates:
            changes.updated["task"] = set(self._dates)
        return changes

    def touched(self, kind: str, ident: int) -> bool:
        return kind == "task" and ident in self._dates

    def recorded(self, kind: str, ident: int, now: object) -> object:
        """A task as it was before this reschedule: `now` (the task as the reschedule left it) with its start, finish
        and duration put back. A later command of the same step may edit the task (a rule's effect on a milestone
        the reschedule made slip), so callers go through `before_all`, which passes the task as that command found
        it."""
        if not self.touched(kind, ident):
            return now
        was = object.__new__(now.__class__)  # `copy.copy` of a task, without its reduce protocol (~800 an edit)
        was.__dict__ = dict(now.__dict__)
        was.start, was.finish, was.duration = self._dates[ident]
        return was

    def fields_before(self, kind: str, ident: int, now: object) -> object:
        if now is None or not self.touched(kind, ident):
            return self.recorded(kind, ident, now)
        start, finish, duration = self._dates[ident]
        return Fields(start=start, finish=finish, duration=duration)

    def _restore(self, ws: Workspace) -> None:
        for tid, (start, finish, duration) in self._dates.items():
            task = ws.tasks[tid]
            task.start, task.finish, task.duration = start, finish, duration


# -- helpers ------------------------------------------------------------------------------------------------
def _chooser(choice, default: Calendar | None) -> Callable:
    if choice is None:
        return lambda _obj: default
    if isinstance(choice, Mapping):
        return lambda obj: choice.get(obj.id, default)
    return lambda obj: choice(obj) or default


def _task_chooser(calendars: CalendarChoice) -> Callable:
    """A task's own calendar as `calendars` chooses it; `Workspace.calendar_for` through its memo
    (`Workspace.calendar_chooser`). The memo lives as long as the plan and the plans `update` makes from it, which
    only follow edits of tasks (a task's calendar, project and assignees are in its key; a change to a person,
    project or calendar makes a new plan)."""
    if getattr(calendars, "__func__", None) is not Workspace.calendar_for:
        return _chooser(calendars, None)
    return calendars.__self__.calendar_chooser()


def _lag_of(dep: Dependency, extra) -> tuple[int, float]:
    """The lag kind and amount of a link: working minutes from the model unless `extra` says elapsed or %."""
    unit = getattr(dep, "lag_unit", "") or ""
    if extra is None:
        if unit == "elapsed":
            return ELAPSED, dep.lag
        if unit == "percent":
            return PERCENT, dep.lag
        return WORKING, dep.lag
    percent = getattr(extra, "percent", None)
    if percent is not None:
        return PERCENT, float(percent)
    minutes = getattr(extra, "minutes", None)
    if getattr(extra, "elapsed", False):
        elapsed = getattr(extra, "elapsed_minutes", None)
        return ELAPSED, int(elapsed if elapsed is not None else minutes if minutes is not None else dep.lag)
    return WORKING, int(minutes if minutes is not None else dep.lag)


def _calendar_edits() -> int:
    """How many times any calendar has changed: timelines made before a change are out of date."""
    return _calendars._edits


def _add(key: int, minutes: int) -> int:
    return ((key >> 1) + minutes) << 1


def _key_at(line: Timeline, minute: int, form: int, upper: bool) -> int:
    """The key of an absolute minute on `line`. A working instant keeps `form` where both readings agree; a
    non-working instant reads as the next start for a lower bound, or the previous finish for an upper one."""
    position = line.position_of_minute(minute)
    at_start = line.start_minute(position) == minute
    at_finish = line.finish_minute(position) == minute
    if at_start and at_finish:
        return (position << 1) | form
    if at_start:
        return (position << 1) | START
    if at_finish:
        return position << 1
    return position << 1 if upper else (position << 1) | START


def _convert(key: int, source: Timeline, target: Timeline, upper: bool) -> int:
    position, form = key >> 1, key & 1
    minute = source.start_minute(position) if form else source.finish_minute(position)
    return _key_at(target, int(minute), form, upper)
