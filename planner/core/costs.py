"""Costs of a project: hourly rates, fixed costs per task, expenses with dates and time entries per task and person.

Planned cost comes from the schedule and the assignments; actual cost from logged time and expenses. Plain
Python over the core workspace: no Qt, no storage.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from planner.core.command import Command
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import ResourceType, Task, Workspace
from planner.core.people import is_work

MAX_ENTRY_MINUTES = 24 * 60


@dataclass
class Expense:
    """Money spent on a project on a day, optionally for one of its tasks (a device, a licence, travel)."""

    id: int
    project_id: int
    spent_on: date | None = None
    amount: float = 0.0
    task_id: int | None = None
    category: str = ""
    description: str = ""


@dataclass
class TimeEntry:
    """Hours a person worked on a task, from `start`. `minutes` is None while its timer still runs."""

    id: int
    task_id: int
    person_id: int | None = None
    start: datetime | None = None
    minutes: int | None = 0
    note: str = ""
    # Who logged it, once that person is deleted (`person_id` then None): the name and hourly rate they had.
    person_name: str = ""
    person_rate: float = 0.0

    @property
    def running(self) -> bool:
        return self.minutes is None


def check_expense(ws: Workspace, expense: Expense) -> None:
    if expense.project_id not in ws.projects:
        raise ValidationError(
            tr("Errors", "There is no project {project_id} for this expense").format(project_id=expense.project_id)
        )
    what = (
        tr("Errors", "Expense “{description}”").format(description=expense.description)
        if expense.description
        else tr("Errors", "An expense")
    )
    if expense.spent_on is None:
        raise ValidationError(tr("Errors", "{what} needs a date").format(what=what))
    if isinstance(expense.spent_on, datetime) or not isinstance(expense.spent_on, date):
        raise ValidationError(
            tr("Errors", "{what}: {spent_on!r} is not a date").format(what=what, spent_on=expense.spent_on)
        )
    try:
        expense.amount = float(expense.amount)
    except (TypeError, ValueError):
        raise ValidationError(
            tr("Errors", "{what}: {amount!r} is not an amount").format(what=what, amount=expense.amount)
        ) from None
    if expense.amount < 0:
        raise ValidationError(
            tr("Errors", "{what}: an amount cannot be negative ({amount:,.2f})").format(
                what=what, amount=expense.amount
            )
        )
    if expense.task_id is not None:
        task = ws.tasks.get(expense.task_id)
        if task is None or task.project_id != expense.project_id:
            raise ValidationError(
                tr("Errors", "{what}: task {task_id} is not part of this project").format(
                    what=what, task_id=expense.task_id
                )
            )


def check_time_entry(ws: Workspace, entry: TimeEntry) -> None:
    task = ws.tasks.get(entry.task_id)
    if task is None:
        raise ValidationError(tr("Errors", "There is no task {task_id} to log time on").format(task_id=entry.task_id))
    if entry.person_id is not None and entry.person_id not in ws.people:
        raise ValidationError(
            tr("Errors", "Time on “{title}”: there is no person {person_id}").format(
                title=task.title, person_id=entry.person_id
            )
        )
    if entry.start is None:
        raise ValidationError(tr("Errors", "Time on “{title}” needs a date").format(title=task.title))
    if entry.minutes is not None:
        entry.minutes = int(entry.minutes)
        if entry.minutes < 0:
            raise ValidationError(tr("Errors", "Time on “{title}”: hours cannot be negative").format(title=task.title))
        if entry.minutes > MAX_ENTRY_MINUTES:
            raise ValidationError(
                tr("Errors", "Time on “{title}”: {value:g} hours is more than a day; log each day on its own").format(
                    title=task.title, value=entry.minutes / 60
                )
            )


# -- timers ---------------------------------------------------------------------------------------
def running_timer(ws: Workspace, task_id: int) -> TimeEntry | None:
    """The time entry whose timer runs on `task_id`, if any."""
    return next((e for e in ws.time_entries.values() if e.task_id == task_id and e.running), None)


class StartTimer(Command):
    """Start logging time on a task for a person now; a timer the same person left running elsewhere stops."""

    def __init__(self, task_id: int, person_id: int | None, now: datetime) -> None:
        super().__init__()
        self.text = tr("Commands", "Start timer")
        self.task_id, self.person_id, self.now = task_id, person_id, now.replace(second=0, microsecond=0)

    def _do(self, ws: Workspace) -> None:
        if running_timer(ws, self.task_id) is not None:
            raise ValidationError(
                tr("Errors", "A timer already runs on “{title}”").format(title=ws.tasks[self.task_id].title)
            )
        for entry in list(ws.time_entries.values()):
            if entry.running and entry.person_id == self.person_id:
                _stop(self, ws, entry, self.now)
        self.id = self.stable_id(ws, "time_entry")
        entry = TimeEntry(self.id, self.task_id, self.person_id, self.now, None)
        check_time_entry(ws, entry)
        self.create(ws, "time_entry", entry)


class StopTimer(Command):
    """Stop a running timer: its entry keeps the minutes from its start to now."""

    def __init__(self, entry_id: int, now: datetime) -> None:
        super().__init__()
        self.text = tr("Commands", "Stop timer")
        self.entry_id, self.now = entry_id, now

    def _do(self, ws: Workspace) -> None:
        entry = ws.time_entries.get(self.entry_id)
        if entry is None or not entry.running:
            raise ValidationError(tr("Errors", "That timer is not running"))
        _stop(self, ws, entry, self.now)


def _stop(command: Command, ws: Workspace, entry: TimeEntry, now: datetime) -> None:
    command.touch(ws, "time_entry", entry.id)
    minutes = max(0, round((now - entry.start).total_seconds() / 60))
    entry.minutes = min(minutes, MAX_ENTRY_MINUTES)


# -- planned and actual cost -------------------------------------------------------------------------
def rate(ws: Workspace, person_id: int | None) -> float:
    person = ws.people.get(person_id) if person_id is not None else None
    return person.rate if person is not None else 0.0


def work_by_person(ws: Workspace, task: Task) -> dict[int, float]:
    """Planned working minutes of each work assignee (material and cost resources have no hours): the task's work
    split by units, else its duration × units."""
    if not task.assignments or task.milestone:
        return {}
    working = {pid: units for pid, units in task.assignments.items() if pid not in ws.people or is_work(ws.people[pid])}
    total_units = sum(working.values())
    if task.work is not None and total_units:
        return {pid: task.work * units / total_units for pid, units in working.items()}
    duration = task.duration or 0
    return {pid: duration * units for pid, units in working.items()}


def task_planned_cost(ws: Workspace, task: Task) -> float:
    """A single task's own planned cost: its people's hours at their rates, each assignment's cost per use, the
    materials' units at their rate (a price per unit), plus the task's fixed cost. A cost resource costs only
    its cost per use."""
    labour = sum(minutes / 60 * rate(ws, pid) for pid, minutes in work_by_person(ws, task).items())
    for pid, units in task.assignments.items():
        person = ws.people.get(pid)
        if person is None or task.milestone:
            continue
        labour += person.cost_per_use
        if person.resource_type == ResourceType.MATERIAL:
            labour += units * person.rate
    return labour + task.fixed_cost


@dataclass
class Ledger:
    """The actual costs of one project's tasks as of a moment, indexed once for many questions."""

    time: dict[int, float] = field(default_factory=lambda: defaultdict(float))  # task id -> cost of logged time
    minutes: dict[int, int] = field(default_factory=lambda: defaultdict(int))  # task id -> logged minutes
    expenses: dict[int | None, float] = field(default_factory=lambda: defaultdict(float))  # task id (None: project)


def ledger(ws: Workspace, project_id: int, until: datetime | None = None) -> Ledger:
    """Logged time and expenses of a project, counting only what happened up to `until` (all when None)."""
    out = Ledger()
    for entry in ws.time_entries.values():
        task = ws.tasks.get(entry.task_id)
        if task is None or task.project_id != project_id or entry.minutes is None:
            continue
        if until is not None and entry.start is not None and entry.start > until:
            continue
        out.minutes[task.id] += entry.minutes
        hourly = entry.person_rate if entry.person_id is None else rate(ws, entry.person_id)
        out.time[task.id] += entry.minutes / 60 * hourly
    for expense in ws.expenses.values():
        if expense.project_id != project_id:
            continue
        if until is not None and expense.spent_on is not None and expense.spent_on > until.date():
            continue
        out.expenses[expense.task_id] += expense.amount
    return out


def task_actual_cost(task: Task, book: Ledger) -> float:
    """A single task's own actual cost: logged time, its expenses, and its fixed cost accrued as work is done."""
    return book.time.get(task.id, 0.0) + book.expenses.get(task.id, 0.0) + task.fixed_cost * task.percent_complete / 100
