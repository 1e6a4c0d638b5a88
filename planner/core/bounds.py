"""What a stored workspace may hold that no command would store (it comes from an old or hand-edited file):
dates outside EARLIEST…LATEST, negative durations. Finds them, brings dates back into range as one command, and
makes the stand-in the scheduler runs on. Commands refuse such values themselves (`Command._check_dates`).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, datetime

from planner.core.calendars import EARLIEST, LATEST, RANGE_TEXT, dates_in, in_range
from planner.core.command import Command
from planner.core.i18n import tr
from planner.core.model import Task, Workspace, field_name

# The date fields each kind of object holds; containers (dicts, tuples) are searched inside.
DATE_FIELDS = {
    "task": ("start", "finish", "constraint_date", "deadline", "occurrence", "created", "started", "completed",
             "recurrence_exceptions"),
    "project": ("start", "target_finish", "status_date"),
    "calendar": ("exceptions", "rules"),
}  # fmt: skip
# The last instant of the range: a naive datetime lies in it when EARLIEST <= it <= this (`in_range` by day).
LAST_INSTANT = datetime.combine(LATEST.date(), datetime.max.time())
# The task dates the scheduler reads.
_SCHEDULED = ("start", "finish", "constraint_date", "deadline")


@dataclass(frozen=True)
class DateProblem:
    """One stored date outside the range: which object, which field, the date itself."""

    kind: str  # "task", "project" or "calendar"
    ident: int
    label: str  # the task's title, the project's or calendar's name
    field: str
    value: date

    def __str__(self) -> str:
        problem = tr("Errors", "“{label}”: its {field} {date}")
        return problem.format(label=self.label, field=field_name(self.field), date=self.value.isoformat()[:10])


def date_problems(ws: Workspace) -> list[DateProblem]:
    """Every stored date outside EARLIEST…LATEST, tasks first, in id order."""
    found = []
    for kind, names in DATE_FIELDS.items():
        # The few found are put in id order, not every object (~1 ms at open with 10,500 tasks, most held in order).
        for ident, obj in ws.table(kind).items():
            for name in names:
                value = getattr(obj, name)
                if not value:  # none, or an empty collection (most tasks' moved occurrences): no date to check
                    continue
                if type(value) is datetime and value.tzinfo is None and EARLIEST <= value <= LAST_INSTANT:
                    continue  # the common case, in range to the microsecond: no need to take the day
                for day in (value,) if isinstance(value, date) else dates_in(value):
                    if not in_range(day):
                        label = getattr(obj, "title", None) or getattr(obj, "name", "")
                        found.append(DateProblem(kind, ident, label, name, day))
    kinds = list(DATE_FIELDS)
    return sorted(found, key=lambda problem: (kinds.index(problem.kind), problem.ident))  # stable: fields in order


class ClampDates(Command):
    """Bring every stored date into EARLIEST…LATEST: a date field is set to the nearest bound, a year inside it at
    the late end (a start in 9999 becomes 2199-12-31 23:59:59, a deadline in year 1 becomes 1900-01-01), because
    the rescheduling that follows moves a start to working time and adds durations, which from the last moment of
    2200 would leave the range again; an entry of a collection (a calendar's
    exception day or rule, a routine's moved occurrence) that holds such a date is removed, since two clamped
    days could collide."""

    def __init__(self) -> None:
        super().__init__()
        self.text = tr("Commands", "Bring dates into range")

    def _do(self, ws: Workspace) -> None:
        for problem in date_problems(ws):
            obj = ws.table(problem.kind)[problem.ident]
            self.touch(ws, problem.kind, problem.ident)
            value = getattr(obj, problem.field)
            setattr(obj, problem.field, _clamped(value) if isinstance(value, date) else _kept(value))


def _clamped(value: date) -> date:
    latest = LATEST.replace(year=LATEST.year - 1)  # a year inside: see ClampDates
    low, high = (EARLIEST, latest) if isinstance(value, datetime) else (EARLIEST.date(), latest.date())
    return min(max(value, low), high)


def _kept(value):
    """A dict or sequence without the entries that hold a date out of range."""
    if isinstance(value, dict):
        return type(value)({k: v for k, v in value.items() if all(map(in_range, dates_in((k, v))))})
    return type(value)(item for item in value if all(map(in_range, dates_in(item))))


def schedulable(ws: Workspace, warnings: dict[int, str]) -> Workspace:
    """`ws` itself when the scheduler can take it as it is; otherwise a stand-in sharing everything but copies of
    the faulty tasks and projects, with the faulty values left out: a date out of range is read as empty, a
    negative duration as none. Each task concerned gets a line in `warnings` (task id -> text)."""
    faults = {}
    low, high = EARLIEST, LAST_INSTANT
    for task in ws.tasks.values():
        # Every full schedule passes here: the common case, four empty or naive datetimes, compared as they are
        # without a call each (what `in_range` answers for them). A date or an aware datetime cannot be compared
        # with a naive datetime, so it raises and goes through `_task_faults`, as anything out of range does.
        start, finish, constraint, deadline = task.start, task.finish, task.constraint_date, task.deadline
        try:
            if (
                (start is None or low <= start <= high)
                and (finish is None or low <= finish <= high)
                and (constraint is None or low <= constraint <= high)
                and (deadline is None or low <= deadline <= high)
                and (task.duration is None or task.duration >= 0)
            ):
                continue
        except TypeError:
            pass
        said = _task_faults(task)
        if said:
            faults[task.id] = said
    projects = {}
    for project in ws.projects.values():
        if project.start is not None and not in_range(project.start):
            outside = tr("Schedule", "its project's start {date} is outside {years}")
            projects[project.id] = outside.format(date=project.start.isoformat()[:10], years=RANGE_TEXT)
    if not faults and not projects:
        return ws
    stand_in = copy.copy(ws)
    stand_in.tasks = dict(ws.tasks)
    stand_in.projects = dict(ws.projects)
    for pid in projects:
        stand_in.projects[pid] = copy.copy(ws.projects[pid])
        stand_in.projects[pid].start = None
    for tid, said in faults.items():
        task = stand_in.tasks[tid] = copy.copy(ws.tasks[tid])
        for name in _SCHEDULED:
            value = getattr(task, name)
            if value is not None and not in_range(value):
                setattr(task, name, None)
        if task.duration is not None and task.duration < 0:
            task.duration = None
        warnings[tid] = "; ".join(said)
    for task in ws.tasks.values():
        if task.project_id in projects:
            warnings[task.id] = "; ".join(filter(None, (warnings.get(task.id), projects[task.project_id])))
    return stand_in


def _task_faults(task: Task) -> list[str]:
    said = []
    for name in _SCHEDULED:
        value = getattr(task, name)
        if value is not None and not in_range(value):
            outside = tr("Schedule", "its {field} {date} is outside {years}")
            said.append(outside.format(field=field_name(name), date=value.isoformat()[:10], years=RANGE_TEXT))
    if task.duration is not None and task.duration < 0:
        said.append(tr("Schedule", "its duration is negative ({minutes} minutes)").format(minutes=task.duration))
    return said
