"""The rules of the people sheet: what a person's fields may hold, a free name for a new row, and rows of people
read from text pasted from a spreadsheet. Plain checks and parsing only; the commands that store people are in
`planner.core.commands`.

Only `work` people have working hours: material and cost resources carry no capacity in workload and levelling,
and do not choose a task's calendar (see `Workspace.calendar_for`); they count only in costs.
"""

from __future__ import annotations

from collections.abc import Collection

from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Person, ResourceType, Workspace

MAX_UNITS = 10.0  # 1000 %: as much as any assignment may ask of one person


def name_key(name: str) -> str:
    """A name as duplicates are found: trimmed, case-insensitive."""
    return name.strip().casefold()


def check_person(ws: Workspace, person: Person, fields: Collection[str] | None = None) -> None:
    """Raise ValidationError naming the person and the reason when one of `fields` (all when None) holds an
    impossible value. Only the fields an edit sets are checked, so a file from elsewhere that holds a person
    with no capacity, or two of one name, can still have other fields of that person edited."""

    def checks(field: str) -> bool:
        return fields is None or field in fields

    name = person.name
    if not name.strip():
        raise ValidationError(tr("Errors", "A person needs a name"))
    if checks("capacity") and not 0 < person.capacity <= 24:
        hours = person.capacity
        raise ValidationError(
            tr("Errors", "{name}: a capacity of {hours:g} hours a day is impossible (more than 0, at most 24)").format(
                name=name, hours=hours
            )
        )
    rates = (
        ("rate", tr("Errors", "a rate")),
        ("overtime_rate", tr("Errors", "an overtime rate")),
        ("cost_per_use", tr("Errors", "a cost per use")),
    )
    for field, label in rates:
        if checks(field) and getattr(person, field) < 0:
            raise ValidationError(tr("Errors", "{name}: {label} cannot be negative").format(name=name, label=label))
    if checks("max_units") and not 0 < person.max_units <= MAX_UNITS:
        units = person.max_units
        raise ValidationError(
            tr("Errors", "{name}: max units of {units:.0%} are impossible (more than 0 %, at most 1000 %)").format(
                name=name, units=units
            )
        )
    if checks("resource_type"):
        try:
            person.resource_type = ResourceType(person.resource_type)
        except ValueError:
            kind = person.resource_type
            raise ValidationError(
                tr("Errors", "{name}: {kind!r} is not a resource type (work, material or cost)").format(
                    name=name, kind=kind
                )
            ) from None
    if checks("calendar_id") and person.calendar_id is not None and person.calendar_id not in ws.calendars:
        raise ValidationError(
            tr("Errors", "{name}: there is no calendar {calendar_id}").format(name=name, calendar_id=person.calendar_id)
        )
    if checks("name"):
        key = name_key(name)
        for other in ws.people.values():
            if other.id != person.id and name_key(other.name) == key:
                raise ValidationError(tr("Errors", "{name}: there is already a person of that name").format(name=name))


def is_work(person: Person) -> bool:
    """Whether the person has working hours (work resources), as opposed to a material or a cost."""
    return person.resource_type == ResourceType.WORK


def free_name(ws: Workspace, base: str | None = None, taken: set[str] | None = None) -> str:
    """`base` ("New person" by default), or `base 2`, `base 3`…: the first no person has yet (nor any of `taken`,
    keys by `name_key`)."""
    base = base or tr("Commands", "New person")
    used = {name_key(p.name) for p in ws.people.values()} | (taken or set())
    name, n = base, 1
    while name_key(name) in used:
        n += 1
        name = f"{base} {n}"
    return name


# The columns a pasted line may hold, in order (tab-separated; a line with no tab is a name).
PASTE_COLUMNS = ("name", "initials", "role", "email", "capacity", "rate")


def parse_people(text: str) -> list[dict]:
    """The people in text pasted from a spreadsheet: one a line, columns as PASTE_COLUMNS, blank lines skipped.
    A number that does not read is refused naming its line; the commands check everything else."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        cells = [cell.strip() for cell in line.split("\t")]
        if not any(cells) or (not rows and name_key(cells[0]) == "name"):  # a blank line, or a header row
            continue
        row: dict = {}
        for column, cell in zip(PASTE_COLUMNS, cells, strict=False):
            if not cell:
                continue
            if column in ("capacity", "rate"):
                try:
                    row[column] = float(cell.replace(",", ".").rstrip("h ").lstrip("$€£ "))
                except ValueError:
                    raise ValidationError(
                        tr("Errors", "Line {number}: {column} {cell!r} is not a number").format(
                            number=number, column=column, cell=cell
                        )
                    ) from None
            else:
                row[column] = cell
        rows.append(row)
    return rows
