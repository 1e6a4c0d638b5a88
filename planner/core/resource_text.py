"""The "Resource names" text of a task, in MS Project's notation: "Maya[50%]; Tom" (units shown when not 100 %).

Parsing names only people who exist (it never creates one) and checks each one's units against their maximum;
the edit is one `EditTask` of the assignments. Plain Python: no Qt, no storage.
"""

from __future__ import annotations

import re

from planner.core.commands import EditTask
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Task, Workspace

_ITEM = re.compile(r"^(.*?)\s*(?:\[\s*([^\]]*?)\s*\])?$", re.DOTALL)
_UNITS = re.compile(r"^([0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\s*%?$")


def person_text(name: str, units: float) -> str:
    """ "Ann", or "Bob[50%]" when not at 100 %."""
    return name if units == 1 else f"{name}[{units * 100:g}%]"


def resource_names(ws: Workspace, task: Task) -> str:
    """The task's people by name (alphabetical), with their units: "Maya[50%]; Tom"."""
    people = [(ws.people[pid].name, units) for pid, units in task.assignments.items() if pid in ws.people]
    return "; ".join(person_text(name, units) for name, units in sorted(people, key=lambda p: p[0].casefold()))


def parse_resource_names(ws: Workspace, text: str) -> dict[int, float]:
    """{person id: units} for a "Resource names" text; names are matched without regard to case.

    Items are parted by ";" (or by "," when there is no ";" and the whole text is not one person's name).
    Raises ValidationError naming an unknown or ambiguous name, units that are not a percentage, units of 0 or
    over the person's maximum, or a person named twice."""
    by_name: dict[str, list[int]] = {}
    for person in ws.people.values():
        by_name.setdefault(person.name.strip().casefold(), []).append(person.id)
    whole_name = text.strip().casefold() in by_name  # "Smith, Ann" is one person, not two
    items = text.split(";" if ";" in text or whole_name else ",")
    out: dict[int, float] = {}
    for item in items:
        item = item.strip()
        if not item:
            continue
        match = _ITEM.match(item)
        name, units_text = match[1].strip(), match[2]
        found = by_name.get(name.casefold(), [])
        if not found:
            raise ValidationError(
                tr("Errors", "There is no person named “{name}”: add them to the people first").format(name=name[:60])
            )
        if len(found) > 1:
            raise ValidationError(
                tr("Errors", "{count} people are named “{name}”: assign one of them in the editor").format(
                    count=len(found), name=name[:60]
                )
            )
        person = ws.people[found[0]]
        units = _units(units_text, item) if units_text is not None else 1.0
        if units <= 0:
            raise ValidationError(
                tr("Errors", "“{item}”: {name} cannot be assigned at 0 %").format(item=item[:60], name=person.name)
            )
        if units > person.max_units + 1e-9:
            raise ValidationError(
                tr("Errors", "“{item}”: {name} can be assigned at most {value:g} % (their max units)").format(
                    item=item[:60], name=person.name, value=person.max_units * 100
                )
            )
        if person.id in out:
            raise ValidationError(tr("Errors", "{name} is named twice").format(name=person.name))
        out[person.id] = units
    return out


def _units(text: str, item: str) -> float:
    match = _UNITS.match(text)
    if match is None:
        raise ValidationError(
            tr("Errors", "“{item}”: “{text}” is not units: write a percentage such as [50%]").format(
                item=item[:60], text=text[:20]
            )
        )
    return float(match[1].replace(",", ".")) / 100


def edit_resource_names(ws: Workspace, task_id: int, text: str) -> EditTask | None:
    """The command that assigns the people `text` names, at its units (None when nothing would change)."""
    assignments = parse_resource_names(ws, text)
    task = ws.tasks.get(task_id)
    if task is None:
        raise ValidationError(tr("Errors", "There is no task {task_id}").format(task_id=task_id))
    if assignments == task.assignments:
        return None
    return EditTask(task_id, assignments=assignments)
