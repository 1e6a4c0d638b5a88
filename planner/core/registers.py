"""Undoable commands for a project's register records (deliverables, success criteria, risks, stakeholders and
their interactions, expenses, time entries, baselines, templates), and what deleting a project, task or person
does to them. Each kind is checked by its own module's rules, so bad input is refused with a clear message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from planner.core.baselines import Baseline, check_baseline
from planner.core.command import Command
from planner.core.costs import Expense, TimeEntry, check_expense, check_time_entry
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Workspace
from planner.core.project import Deliverable, SuccessCriterion, check_criterion, check_deliverable
from planner.core.risks import Risk, check_risk
from planner.core.stakeholders import Interaction, Stakeholder, check_interaction, check_stakeholder
from planner.core.templates import Template, check_template


@dataclass(frozen=True)
class RecordKind:
    cls: type
    check: Callable[[Workspace, object], None]
    noun: str


RECORDS: dict[str, RecordKind] = {
    "deliverable": RecordKind(Deliverable, check_deliverable, "deliverable"),
    "success_criterion": RecordKind(SuccessCriterion, check_criterion, "success criterion"),
    "risk": RecordKind(Risk, check_risk, "risk"),
    "stakeholder": RecordKind(Stakeholder, check_stakeholder, "stakeholder"),
    "interaction": RecordKind(Interaction, check_interaction, "interaction"),
    "expense": RecordKind(Expense, check_expense, "expense"),
    "time_entry": RecordKind(TimeEntry, check_time_entry, "time entry"),
    "baseline": RecordKind(Baseline, check_baseline, "baseline"),
    "template": RecordKind(Template, check_template, "template"),
}
_POSITIONED = ("deliverable", "success_criterion", "risk", "stakeholder")


def _record(kind: str) -> RecordKind:
    if kind not in RECORDS:
        raise ValueError(f"{kind} is not a register kind")
    return RECORDS[kind]


class AddRecord(Command):
    """Add one register record (a risk, a stakeholder, an expense…) from its fields."""

    def __init__(self, kind: str, /, **values) -> None:
        super().__init__()
        self.record = _record(kind)
        self.kind, self.values = kind, values
        self.text = tr("Commands", "New {noun}").format(noun=self.record.noun)

    def _do(self, ws: Workspace) -> None:
        names = {f.name for f in fields(self.record.cls)} - {"id"}
        unknown = set(self.values) - names
        if unknown:
            raise ValueError(f"a {self.record.noun} has no field {', '.join(sorted(unknown))}")
        self.id = self.stable_id(ws, self.kind)
        values = dict(self.values)
        if self.kind in _POSITIONED and "position" not in values:
            owner = values.get("project_id")
            values["position"] = 1 + max(
                (o.position for o in ws.table(self.kind).values() if o.project_id == owner), default=-1
            )
        try:
            obj = self.record.cls(id=self.id, **values)
        except TypeError as exc:
            raise ValidationError(tr("Errors", "A {noun} needs {exc}").format(noun=self.record.noun, exc=exc)) from None
        self.record.check(ws, obj)
        self.create(ws, self.kind, obj)


class EditRecord(Command):
    """Change fields of one register record; refused, changing nothing, when the result breaks a rule."""

    def __init__(self, kind: str, ident: int, /, **values) -> None:
        super().__init__()
        self.record = _record(kind)
        self.kind, self.ident, self.values = kind, ident, values
        self.text = tr("Commands", "Edit {noun}").format(noun=self.record.noun)

    def _do(self, ws: Workspace) -> None:
        obj = ws.table(self.kind).get(self.ident)
        if obj is None:
            raise ValidationError(
                tr("Errors", "There is no {noun} {ident}").format(noun=self.record.noun, ident=self.ident)
            )
        self.touch(ws, self.kind, self.ident)
        for name, value in self.values.items():
            if name in ("id", "project_id", "stakeholder_id") or not hasattr(obj, name):
                raise ValueError(f"a {self.record.noun}'s {name} cannot be edited")
            setattr(obj, name, value)
        self.record.check(ws, obj)


class DeleteRecords(Command):
    """Delete register records: a stakeholder with its interaction log; a baseline stops being chosen."""

    def __init__(self, kind: str, ids: Iterable[int]) -> None:
        super().__init__()
        self.record = _record(kind)
        self.kind, self.ids = kind, list(ids)
        noun = self.record.noun
        self.text = (
            tr("Commands", "Delete {noun}").format(noun=noun)
            if len(self.ids) == 1
            else tr("Commands", "Delete {count} records").format(count=len(self.ids))
        )

    def _do(self, ws: Workspace) -> None:
        for ident in self.ids:
            if ident not in ws.table(self.kind):
                raise ValidationError(
                    tr("Errors", "There is no {noun} {ident}").format(noun=self.record.noun, ident=ident)
                )
            _delete_record(self, ws, self.kind, ident)


def _delete_record(command: Command, ws: Workspace, kind: str, ident: int) -> None:
    if kind == "stakeholder":
        for item in [i for i in ws.interactions.values() if i.stakeholder_id == ident]:
            command.delete(ws, "interaction", item.id)
    if kind == "baseline":
        for project in ws.projects.values():
            if project.baseline_id == ident:
                command.touch(ws, "project", project.id)
                project.baseline_id = None
    command.delete(ws, kind, ident)


# -- what other deletions do to the registers (called by planner.core.commands) ------------------------------
def delete_project_records(command: Command, ws: Workspace, project_id: int) -> None:
    """A deleted project takes its registers with it (its tasks' time goes with the tasks)."""
    for kind in ("deliverable", "success_criterion", "risk", "stakeholder", "expense", "baseline"):
        for obj in [o for o in ws.table(kind).values() if o.project_id == project_id]:
            if obj.id in ws.table(kind):
                _delete_record(command, ws, kind, obj.id)


def detach_tasks(command: Command, ws: Workspace, task_ids: set[int]) -> None:
    """Deleted tasks take their logged time; their expenses stay on the project; registers forget the links."""
    for entry in [e for e in ws.time_entries.values() if e.task_id in task_ids]:
        command.delete(ws, "time_entry", entry.id)
    for expense in ws.expenses.values():
        if expense.task_id in task_ids:
            command.touch(ws, "expense", expense.id)
            expense.task_id = None
    for kind in ("deliverable", "risk"):
        for obj in ws.table(kind).values():
            if task_ids.intersection(obj.task_ids):
                command.touch(ws, kind, obj.id)
                obj.task_ids = [t for t in obj.task_ids if t not in task_ids]


def detach_person(command: Command, ws: Workspace, person_id: int) -> None:
    """A deleted person's logged time stays, naming them and costed at their rate, as it was."""
    person = ws.people[person_id]
    for entry in ws.time_entries.values():
        if entry.person_id == person_id:
            command.touch(ws, "time_entry", entry.id)
            entry.person_id = None
            entry.person_name, entry.person_rate = person.name, person.rate
