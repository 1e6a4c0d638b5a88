"""What the Gantt chart draws for a task, read from the workspace and the schedule: plain Python, no Qt.

A `Bar` says where a task sits in time and how to show it (kind, progress, critical, slack, deadline, baseline,
resource names, a routine's occurrences). `BarSource` makes bars on demand for the rows being painted and keeps
them until a change touches their task; it never writes anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from planner.core.model import Task, Workspace


@dataclass(frozen=True)
class Bar:
    task_id: int
    kind: str  # "task", "summary", "milestone", "routine"
    start: datetime
    finish: datetime
    progress: float = 0.0  # 0..1
    critical: bool = False
    slack_end: datetime | None = None  # the late finish, when there is slack to show
    deadline: datetime | None = None
    missed: bool = False  # the schedule finishes after the deadline
    baseline: tuple[datetime, datetime] | None = None
    label: str = ""  # resource names, drawn beside the bar
    done: bool = False
    manual: bool = False
    warning: str = ""  # what the scheduler could not take as stored (a loop, a date out of range)
    occurrences: tuple[tuple[datetime, datetime, bool], ...] = field(default=())  # (start, finish, created)

    @property
    def last(self) -> datetime:
        """The latest thing drawn for the bar (slack, deadline, baseline): where its label may start."""
        ends = [self.finish]
        if self.slack_end is not None:
            ends.append(self.slack_end)
        if self.deadline is not None:
            ends.append(self.deadline)
        if self.baseline is not None:
            ends.append(self.baseline[1])
        return max(ends)


def baseline_reader(ws: Workspace) -> Callable[[int], tuple[datetime, datetime] | None]:
    """Where the chosen baseline had a task, if the workspace keeps baselines (a small adapter, so the chart
    works with or without `planner.core.baselines`)."""
    try:
        from planner.core.baselines import baseline_bar
    except ImportError:  # pragma: no cover - an older core without baselines
        return lambda task_id: None
    if not getattr(ws, "baselines", None):
        return lambda task_id: None
    return lambda task_id: baseline_bar(ws, task_id)


class BarSource:
    """Bars of a workspace's tasks on its current schedule, made when first asked for and kept until a change."""

    def __init__(self, ws: Workspace, schedule: Callable[[], object] | None = None, today: date | None = None) -> None:
        """`schedule`: returns the current schedule (or None), asked when a bar is made."""
        self.ws = ws
        self.schedule = schedule or (lambda: None)
        self.today = today
        self._bars: dict[int, Bar | None] = {}
        self._baseline = baseline_reader(ws)
        self._done = ws.done_status_ids()
        self._occurrence_range: tuple[date, date] | None = None
        self._made: dict[int, list[Task]] | None = None  # occurrence tasks by routine, until a task changes
        self._routines: set[int] = set()  # the routines among the bars kept (their rows depend on the range)
        # Counts the clears and forgets: what is worked out from the bars and kept between frames (the columns of
        # the links crossing the view) is stale once it moves.
        self.generation = 0

    def clear(self) -> None:
        self.generation += 1
        self._bars.clear()
        self._routines.clear()
        self._made = None
        self._baseline = baseline_reader(self.ws)
        self._done = self.ws.done_status_ids()

    def forget(self, task_ids) -> None:
        if task_ids:
            self.generation += 1
            self._made = None
        for task_id in task_ids:
            self._bars.pop(task_id, None)
            task = self.ws.tasks.get(task_id)
            if task is not None and task.routine_id is not None:
                self._bars.pop(task.routine_id, None)  # its routine's row shows it

    @property
    def occurrence_range(self) -> tuple[date, date] | None:
        return self._occurrence_range

    def set_occurrence_range(self, first: date, last: date) -> None:
        """The days a routine's row shows occurrences for (the chart's visible range, roughly)."""
        if self._occurrence_range != (first, last):
            self._occurrence_range = (first, last)
            for task_id in self._routines:  # not a scan of every bar kept: thousands after a long scroll
                self._bars.pop(task_id, None)
            self._routines.clear()

    def bar(self, task_id: int) -> Bar | None:
        try:
            return self._bars[task_id]
        except KeyError:
            bar = self._bars[task_id] = self._make(task_id)
            if bar is not None and bar.kind == "routine":
                self._routines.add(task_id)
            return bar

    def extent(self, task_id: int) -> tuple[str, datetime, datetime] | None:
        """(kind, start, finish) of a task's bar without making the bar (slack, baseline, names): what a link
        needs of a bar off screen. The bar's own values when it is made already."""
        bar = self._bars.get(task_id)
        if bar is not None:
            return bar.kind, bar.start, bar.finish
        task = self.ws.tasks.get(task_id)
        if task is None:
            return None
        if task.recurrence and task.routine_id is None:
            bar = self.bar(task_id)
            return None if bar is None else (bar.kind, bar.start, bar.finish)
        span = self.dates(task)
        if span is None:
            return None
        start, finish = span
        if self.ws.is_summary(task_id):
            return "summary", start, finish
        return ("milestone" if task.milestone or start == finish else "task"), start, finish

    def critical(self, task_id: int) -> bool:
        """Whether the task's bar is drawn as critical, without making the bar."""
        bar = self._bars.get(task_id)
        if bar is not None:
            return bar.critical
        task = self.ws.tasks.get(task_id)
        if task is None or task.project_id is None or (task.recurrence and task.routine_id is None):
            return False
        if self.dates(task) is None or self.ws.is_summary(task_id) or task.percent_complete >= 100:
            return False
        if task.status_id in self._done:
            return False
        schedule = self.schedule()
        return schedule is not None and task_id in schedule and bool(schedule.is_critical(task_id))

    def dates(self, task: Task) -> tuple[datetime, datetime] | None:
        start, finish = task.start, task.finish
        if start is None and finish is None:
            return None
        if start is None:
            start = finish
        if finish is None:
            finish = start
        return start, finish

    def _make(self, task_id: int) -> Bar | None:
        ws = self.ws
        task = ws.tasks.get(task_id)
        if task is None:
            return None
        if task.recurrence and task.routine_id is None:
            return self._routine(task)
        span = self.dates(task)
        if span is None:
            return None
        start, finish = span
        summary = ws.is_summary(task_id)
        kind = "summary" if summary else "milestone" if task.milestone or start == finish else "task"
        critical = missed = False
        slack_end = None
        warning = ""
        schedule = self.schedule()
        done = task.status_id in self._done or task.percent_complete >= 100
        if schedule is not None and task.project_id is not None and task_id in schedule:
            # Red marks the work that still decides the finish: not a finished task, nor a summary (MS Project
            # draws summaries in their own colour; a red summary read as "late" to a newcomer).
            critical = schedule.is_critical(task_id) and not done and not summary
            warning = schedule.warnings.get(task_id, "")
            slack = schedule.total_slack(task_id)
            if slack > 0 and not summary:
                slack_end = ws.calendar_for(task).add_working(finish, slack)
        if task.deadline is not None:
            missed = finish > task.deadline
        names = [ws.people[pid].name for pid in task.assignments if pid in ws.people]
        return Bar(
            task_id=task_id,
            kind=kind,
            start=start,
            finish=finish,
            progress=task.percent_complete / 100,
            critical=critical,
            slack_end=slack_end,
            deadline=task.deadline,
            missed=missed,
            baseline=self._baseline(task_id) if task.project_id is not None else None,
            label=", ".join(names),
            done=done,
            manual=task.manual,
            warning=warning,
        )

    def _routine(self, routine: Task) -> Bar | None:
        """A routine's row: its occurrences within the visible range, created ones solid, future ones light."""
        from planner.core.recurrence import occurrences_between

        first, last = self._occurrence_range or (self.today or date.today(), self.today or date.today())
        if self._made is None:
            from planner.core.recurrence import created_occurrences

            self._made = created_occurrences(self.ws)
        made = self._made.get(routine.id, [])
        found = occurrences_between(self.ws, routine, first, last, made)[:400]
        spans = tuple((o.start, max(o.finish, o.start), o.task_id is not None) for o in found)
        span = self.dates(routine)
        if spans:
            start, finish = spans[0][0], spans[-1][1]
        elif span is not None:
            start, finish = span
        else:
            return None
        names = [self.ws.people[pid].name for pid in routine.assignments if pid in self.ws.people]
        return Bar(routine.id, "routine", start, finish, label=", ".join(names), occurrences=spans)


def tree_rows(ws: Workspace, project_id: int | None = None) -> list[tuple[tuple[str, int], int]]:
    """(node, depth) of every row of the work breakdown, the way the Gantt's tree shows it fully expanded:
    containers, then their tasks depth first. With `project_id`, only that project (no container row).
    For printing without a window (the status report's Gantt snapshot)."""
    out: list[tuple[tuple[str, int], int]] = []
    containers = (
        [("project", project_id)]
        if project_id is not None
        else [
            *(("area", a.id) for a in ws.ordered("area")),
            *(("project", p.id) for p in ws.ordered("project")),
        ]
    )
    for key in containers:
        base = 0
        if project_id is None:
            out.append((key, 0))
            base = 1
        stack = [(tid, base) for tid in reversed(ws.children(key))]
        while stack:
            tid, depth = stack.pop()
            out.append((("task", tid), depth))
            stack.extend((child, depth + 1) for child in reversed(ws.children(("task", tid))))
    return out
