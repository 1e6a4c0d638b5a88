"""The critical-path scheduler: early and late dates, slack and the critical path of every task, computed the
way MS Project does. It reads a workspace and leaves it alone; `apply_schedule` is the only writer.

Dates run on each calendar's `Timeline` (working minutes as integers), so the passes are integer arithmetic.
A date is kept as a key `2 * position + form`: form 1 is the "start" reading of a position (08:00 Monday),
form 0 the "finish" reading (17:00 Friday). Only zero-length tasks show the difference, as in MS Project,
where a milestone after a task that ends at 17:00 sits at 17:00 while a task with work starts next morning.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from planner.core.calendars import Calendar, Timeline, to_minute
from planner.core.errors import ValidationError
from planner.core.model import Constraint, Dependency, LinkType, Project, Task, Workspace

START, FINISH = 1, 0  # the form bit of a key
_NEG = -(1 << 62)
_POS = 1 << 62
_FROM_FINISH = {LinkType.FS: True, LinkType.FF: True, LinkType.SS: False, LinkType.SF: False}
_TO_FINISH = {LinkType.FS: False, LinkType.SS: False, LinkType.FF: True, LinkType.SF: True}
WORKING, ELAPSED, PERCENT = 0, 1, 2  # lag kinds
_LATE_LIMITS = (Constraint.SNLT, Constraint.FNLT, Constraint.MSO, Constraint.MFO)


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
        self._out = [plan.rollup[i] if plan.summary[i] else i for i in range(plan.n)]  # task -> node with its dates
        self._s, self._f, self._ls, self._lf = s_key, f_key, ls_key, lf_key
        self._first_s, self._first_f = first_s, first_f  # early dates before ALAP tasks were moved late
        self._free: list[int] | None = None
        self._finish = finish
        self._planned = plan.planned

    def __contains__(self, task_id: int) -> bool:
        return task_id in self._index

    def __len__(self) -> int:
        return len(self._ids)

    def ids(self) -> list[int]:
        return list(self._ids)

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

    def critical_ids(self) -> list[int]:
        return [tid for i, tid in enumerate(self._ids) if self._critical(i)]

    def _missed(self, i: int) -> bool:
        return (self._f[self._out[i]] >> 1) > (self._plan.deadline[i] >> 1)

    def missed_deadline_ids(self) -> list[int]:
        return [tid for i, tid in enumerate(self._ids) if self._missed(i)]

    def conflict_ids(self) -> list[int]:
        """Tasks whose constraint date overrode a link, or whose inflexible constraint a link would break."""
        return [tid for tid, flag in zip(self._ids, self._plan.conflict, strict=True) if flag]

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
    Raises ValidationError naming the tasks when links and the task tree form a loop.
    """
    collecting = gc.isenabled()
    gc.disable()  # the run makes many small tuples and frees none of them: collections would only cost time
    try:
        plan = _Plan(ws, calendars, project_calendars, lags, project_starts, today, honor_constraints)
        return plan.run()
    finally:
        if collecting:
            gc.enable()


class _Plan:
    """The network of one scheduling run: nodes, edges and the two passes."""

    def __init__(self, ws, calendars, project_calendars, lags, project_starts, today, honor):
        self.ws = ws
        self.honor = honor
        self.today = today or date.today()
        ids = list(ws.tasks)
        n = len(ids)
        self.ids, self.n = ids, n
        index = {tid: i for i, tid in enumerate(ids)}
        self.index = index
        tasks = [ws.tasks[tid] for tid in ids]
        self.tasks = tasks

        # calendars and timelines, one timeline per distinct calendar
        timelines: dict[int, Timeline] = {}

        def line_of(cal: Calendar) -> Timeline:
            found = timelines.get(id(cal))
            if found is None:
                found = timelines[id(cal)] = cal.timeline()
            return found

        project_cal = _chooser(project_calendars, ws.calendar)
        group_line: dict[int | None, Timeline] = {None: line_of(ws.calendar)}
        for pid, project in ws.projects.items():
            group_line[pid] = line_of(project_cal(project))
        task_cal = None if calendars is None else _chooser(calendars, None)
        children = ws._children  # read-only use of the tree index: one dict lookup per task

        # project starts
        starts = dict(project_starts or {})
        earliest: dict[int | None, datetime] = {}
        for task in tasks:
            if task.start is not None:
                known = earliest.get(task.project_id)
                if known is None or task.start < known:
                    earliest[task.project_id] = task.start
        group_start: dict[int | None, int] = {}
        for group, line in group_line.items():
            project = ws.projects.get(group) if group is not None else None
            start = starts.get(group) if group is not None else None
            start = start or (project.start if project is not None else None) or earliest.get(group)
            if start is None:
                start = datetime.combine(self.today, time(8))
            group_start[group] = _key_at(line, to_minute(start), START, upper=False)

        # one pass over the tasks: tree, calendars, durations, modes, constraints
        summary = [False] * n
        lines: list[Timeline] = [None] * n  # type: ignore[list-item]
        lag_lines: list[Timeline] = [None] * n  # type: ignore[list-item]
        group_of: list[int | None] = [None] * n
        lower = [0] * n
        dur = [0] * n
        fixed: list[tuple[int, int] | None] = [None] * n  # keys of dates that do not move
        pin_start = [_NEG] * n  # an actual start (work in progress) the task keeps
        planned = [True] * n
        complete = [False] * n
        alap = [False] * n
        constraint: list[tuple[Constraint, int] | None] = [None] * n
        deadline = [_POS] * n
        asap = Constraint.ASAP
        for i, task in enumerate(tasks):
            group = task.project_id if task.project_id in group_line else None
            group_of[i] = group
            lag_line = line = group_line[group]
            is_summary = ("task", task.id) in children and bool(children[("task", task.id)])
            summary[i] = is_summary
            if task_cal is not None and not is_summary:
                own = task_cal(task)
                if own is not None:
                    line = line_of(own)
            lines[i], lag_lines[i] = line, lag_line
            lower[i] = group_start[group] if line is lag_line else _convert(group_start[group], lag_line, line, False)
            if task.constraint is not asap:
                kind = task.constraint
                alap[i] = kind is Constraint.ALAP and not is_summary
                if kind is not Constraint.ALAP and task.constraint_date is not None:
                    form = START if kind in (Constraint.SNET, Constraint.SNLT, Constraint.MSO) else FINISH
                    upper = kind in (Constraint.SNLT, Constraint.FNLT)
                    constraint[i] = (kind, _key_at(line, to_minute(task.constraint_date), form, upper))
            if task.deadline is not None:
                deadline[i] = _key_at(line, to_minute(task.deadline), FINISH, upper=True)
            if is_summary:
                continue
            duration = task.duration
            if task.milestone:
                duration = 0
            elif duration is None:
                if task.start is not None and task.finish is not None:
                    duration = max(0, round(line.position(task.finish) - line.position(task.start)))
                else:
                    duration = 0
                    planned[i] = False
            dur[i] = duration
            if task.start is None and not task.manual and group is not None:
                continue  # the common case: an auto-scheduled task of a project
            in_project = group is not None
            if task.start is not None and (
                task.manual or not in_project or (task.percent_complete >= 100 and task.finish is not None)
            ):
                start_key = _key_at(line, to_minute(task.start), START, upper=False)
                if task.finish is not None and not task.milestone:
                    finish_key = _key_at(line, to_minute(task.finish), FINISH, upper=True)
                    finish_key = max(finish_key, start_key & ~1)
                else:
                    finish_key = _add(start_key, duration) if duration else start_key
                fixed[i] = (start_key, finish_key)
                dur[i] = (finish_key >> 1) - (start_key >> 1)
                complete[i] = task.percent_complete >= 100
                alap[i] = False
            elif task.start is not None and 0 < task.percent_complete < 100:
                pin_start[i] = _key_at(line, to_minute(task.start), START, upper=False)
            elif not in_project or (task.manual and task.start is None):
                planned[i] = False
        self.summary, self.lines, self.lag_lines, self.group_of, self.lower = summary, lines, lag_lines, group_of, lower
        self.fixed, self.pin_start, self.planned, self.complete, self.alap = fixed, pin_start, planned, complete, alap
        self.constraint, self.deadline = constraint, deadline

        # node numbering: node i is task i (a leaf, or the "start bound" of a summary); each summary also gets
        # a rollup node n + k. Links leave a summary from its rollup node and enter it at its bound node.
        rollup = [-1] * n
        owner = list(range(n))  # node -> task index
        node_line = list(lines)
        count = n
        for i in range(n):
            if summary[i]:
                rollup[i] = count
                owner.append(i)
                node_line.append(lines[i])
                count += 1
        self.rollup, self.count, self.owner, self.node_line = rollup, count, owner, node_line
        self.dur = dur + [0] * (count - n)

        # edges
        parent_bound = [-1] * count  # node -> bound node of its parent summary (forward)
        parent_rollup = [-1] * count  # node -> rollup node of its parent summary (backward bound)
        kids: list[list[int]] = [[] for _ in range(count)]  # rollup node -> child out-nodes
        kids_in: list[list[int]] = [[] for _ in range(count)]  # bound node -> child in-nodes
        for i, task in enumerate(tasks):
            parent = task.parent_id
            if parent is None:
                continue
            p = index.get(parent)
            if p is None:
                continue
            parent_bound[i] = p
            parent_rollup[i] = rollup[p]
            kids[rollup[p]].append(rollup[i] if summary[i] else i)
            kids_in[p].append(i)
        self.parent_bound, self.parent_rollup, self.kids, self.kids_in = parent_bound, parent_rollup, kids, kids_in
        preds: list[list[tuple]] = [[] for _ in range(count)]
        succs: list[list[tuple]] = [[] for _ in range(count)]
        lags = lags or {}
        from_finish, to_finish = _FROM_FINISH, _TO_FINISH
        for dep in ws.dependencies.values():
            p, s = index.get(dep.predecessor_id), index.get(dep.successor_id)
            if p is None or s is None:
                continue
            if lags or hasattr(dep, "lag_unit"):
                kind, amount = _lag_of(dep, lags.get(dep.id))
            else:
                kind, amount = WORKING, dep.lag
            src = rollup[p] if summary[p] else p
            lag_line = lag_lines[s]
            same = kind == WORKING and node_line[src] is lag_line and node_line[s] is lag_line
            edge = (src, s, from_finish[dep.type], to_finish[dep.type], kind, amount, same, lag_line)
            preds[s].append(edge)
            succs[src].append(edge)
        self.preds, self.succs = preds, succs

    # -- order --------------------------------------------------------------------------------------
    def order(self) -> list[int]:
        count = self.count
        indegree = [0] * count
        for node in range(count):
            indegree[node] = len(self.preds[node]) + (self.parent_bound[node] >= 0) + len(self.kids[node])
        ready = [node for node in range(count) if indegree[node] == 0]
        out: list[int] = []
        parent_bound, rollup = self.parent_bound, self.rollup
        kids_in, succs, owner = self.kids_in, self.succs, self.owner
        n = self.n
        while ready:
            node = ready.pop()
            out.append(node)
            for edge in succs[node]:
                dst = edge[1]
                indegree[dst] -= 1
                if indegree[dst] == 0:
                    ready.append(dst)
            if node < n:
                for child in kids_in[node]:  # a summary's bound feeds its children
                    indegree[child] -= 1
                    if indegree[child] == 0:
                        ready.append(child)
            # a finished child (leaf, or rollup of a sub-summary) feeds its parent's rollup
            i = owner[node]
            if (node >= n or not self.summary[i]) and parent_bound[i] >= 0:
                up = rollup[parent_bound[i]]
                indegree[up] -= 1
                if indegree[up] == 0:
                    ready.append(up)
        if len(out) < count:
            self._raise_loop(indegree)
        return out

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
        error = ValidationError(f"These tasks wait for each other in a loop (links and summary tasks): {text}")
        error.task_ids = names[:-1]
        raise error

    # -- passes -------------------------------------------------------------------------------------
    def forward(self, order: list[int], pinned: list[int] | None = None) -> tuple[list[int], list[int]]:
        count, n = self.count, self.n
        s_key = [_NEG] * count
        f_key = [_NEG] * count
        self.conflict = [False] * n
        dur, lower, fixed, pin_start = self.dur, self.lower, self.fixed, self.pin_start
        preds, parent_bound, kids = self.preds, self.parent_bound, self.kids
        node_line, constraint, summary = self.node_line, self.constraint, self.summary
        for node in order:
            if node >= n:  # rollup of a summary: earliest start and latest finish of its children
                line = node_line[node]
                low, high = _POS, _NEG
                for kid in kids[node]:
                    ks, kf = s_key[kid], f_key[kid]
                    if node_line[kid] is not line:
                        ks = _convert(ks, node_line[kid], line, upper=False)
                        kf = _convert(kf, node_line[kid], line, upper=False)
                    low = ks if ks < low else low
                    high = kf if kf > high else high
                s_key[node], f_key[node] = low, high
                continue
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
            if summary[node]:  # the bound node of a summary: what its children must respect
                rule = constraint[node]
                if rule is not None:
                    kind, ck = rule
                    if kind in (Constraint.SNET, Constraint.MSO) and ck > best:
                        best = ck
                    elif kind in (Constraint.FNET, Constraint.MFO) and ck > fbest:
                        fbest = ck
                s_key[node], f_key[node] = best, fbest
                continue
            d = dur[node]
            if fbest > _NEG:
                key = ((((fbest >> 1) - d) << 1) | 1) if d else fbest
                if key > best:
                    best = key
            rule = constraint[node]
            if rule is not None:
                best = self._constrain(node, best, rule, d)
            if pinned is not None and pinned[node] > best:
                best = pinned[node]
            if pin_start[node] > _NEG:
                best = pin_start[node]
            if d:
                es = best >> 1
                s_key[node] = (es << 1) | 1
                f_key[node] = (es + d) << 1
            else:
                s_key[node] = f_key[node] = best
        return s_key, f_key

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

    def backward(self, order, s_key, f_key, group_finish) -> tuple[list[int], list[int]]:
        count, n = self.count, self.n
        ls_key = [_POS] * count
        lf_key = [_POS] * count
        dur, fixed, complete = self.dur, self.fixed, self.complete
        succs, parent_rollup, kids_in, owner = self.succs, self.parent_rollup, self.kids_in, self.owner
        node_line, constraint, deadline, honor = self.node_line, self.constraint, self.deadline, self.honor
        summary = self.summary
        finish_bound = self.finish_bound(group_finish)
        for node in reversed(order):
            i = owner[node]
            if node < n and summary[node]:  # bound node read backward: the summary's latest dates, rolled up
                line = node_line[node]
                low, high = _POS, _NEG
                for kid in kids_in[node]:
                    ks, kf = ls_key[kid], lf_key[kid]
                    if node_line[kid] is not line:
                        ks = _convert(ks, node_line[kid], line, upper=True)
                        kf = _convert(kf, node_line[kid], line, upper=True)
                    low = ks if ks < low else low
                    high = kf if kf > high else high
                ls_key[node], lf_key[node] = low, high
                continue
            line = node_line[node]
            best = finish_bound[i] if node < n else _POS
            sbest = _POS
            parent = parent_rollup[i]
            if parent >= 0:
                ps, pf = ls_key[parent], lf_key[parent]
                if node_line[parent] is not line:
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
                    if amount > 0:
                        key = (((key >> 1) - amount) << 1) | 1
                    elif amount < 0:
                        key = ((key >> 1) - amount) << 1
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
            rule = constraint[node]
            if rule is not None and fixed[node] is None:
                kind, ck = rule
                as_finish = ((ck >> 1) + d) << 1 if d and kind in (Constraint.SNLT, Constraint.MSO) else ck
                inflexible = kind in (Constraint.MSO, Constraint.MFO)
                if (inflexible and honor) or (kind in _LATE_LIMITS and as_finish < best):
                    best = as_finish
            if deadline[node] < best:
                best = deadline[node]
            if complete[node]:
                best = f_key[node]
            if d:
                lf = best >> 1
                lf_key[node] = lf << 1
                ls_key[node] = ((lf - d) << 1) | 1
            else:
                ls_key[node] = lf_key[node] = best
        return ls_key, lf_key

    def finish_bound(self, group_finish: dict) -> list[int]:
        """Each task's latest finish from its project's finish, read on the task's own timeline."""
        out = [_POS] * self.n
        cache: dict[tuple[int, int | None], int] = {}
        for i in range(self.n):
            group = self.group_of[i]
            key = (id(self.lines[i]), group)
            found = cache.get(key)
            if found is None:
                line, finish = group_finish[group]
                found = finish if line is self.lines[i] else _convert(finish, line, self.lines[i], upper=True)
                cache[key] = found
            out[i] = found
        return out

    def group_finish(self, f_key: list[int]) -> dict:
        """The finish of each project: its latest task finish, on the project's timeline."""
        out: dict[int | None, tuple[Timeline, int]] = {}
        for i in range(self.n):
            if self.summary[i]:
                continue
            group = self.group_of[i]
            line = self.lag_lines[i]
            key = f_key[i]
            if self.lines[i] is not line:
                key = _convert(key, self.lines[i], line, upper=False)
            known = out.get(group)
            if known is None or key > known[1]:
                out[group] = (line, key)
        for group in set(self.group_of):
            out.setdefault(group, (self.lag_lines[self.group_of.index(group)], 0))
        return out

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

    def run(self) -> Schedule:
        order = self.order()
        s_key, f_key = self.forward(order)
        first_s, first_f = s_key, f_key
        finish = self.group_finish(f_key)
        pinned = self.place_alap(order, list(s_key), list(f_key), finish)
        if pinned is not None:
            s_key, f_key = self.forward(order, pinned)
            finish = self.group_finish(f_key)
        ls_key, lf_key = self.backward(order, s_key, f_key, finish)
        for i in range(self.n):  # a summary's own late-date constraint that its children overrun
            rule = self.constraint[i]
            if self.summary[i] and rule is not None and rule[0] in _LATE_LIMITS:
                kind, ck = rule
                node = self.rollup[i]
                late = f_key[node] if kind in (Constraint.FNLT, Constraint.MFO) else s_key[node]
                if (late >> 1) > (ck >> 1):
                    self.conflict[i] = True
        return Schedule(self, s_key, f_key, ls_key, lf_key, first_s, first_f, finish)


# -- writing back -------------------------------------------------------------------------------------------
def planned_changes(ws: Workspace, result: Schedule) -> dict[int, tuple[datetime, datetime, int | None]]:
    """The (start, finish, duration) `apply_schedule` would write, for the tasks whose values differ."""
    out: dict[int, tuple[datetime, datetime, int | None]] = {}
    for tid in result.ids():
        task = ws.tasks.get(tid)
        i = result._index[tid]
        if task is None or not result._planned[i]:
            continue
        start, finish = result.start(tid), result.finish(tid)
        duration = task.duration
        if ws.is_summary(tid):
            node = result._out[i]
            duration = (result._f[node] >> 1) - (result._s[node] >> 1)
        elif task.milestone:
            finish = start
        if (task.start, task.finish, task.duration) != (start, finish, duration):
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


# -- helpers ------------------------------------------------------------------------------------------------
def _chooser(choice, default: Calendar | None) -> Callable:
    if choice is None:
        return lambda _obj: default
    if isinstance(choice, Mapping):
        return lambda obj: choice.get(obj.id, default)
    return lambda obj: choice(obj) or default


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
