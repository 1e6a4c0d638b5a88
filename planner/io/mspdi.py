"""MS Project XML (MSPDI) in and out: `import_mspdi` reads a file into a new workspace with an `ImportResult`,
`export_mspdi` writes one project in the schema's element order so MS Project and ProjectLibre open it."""

from __future__ import annotations

import copy
import functools
import os
from dataclasses import dataclass, field
from datetime import date, datetime, time
from operator import attrgetter
from pathlib import Path
from xml.etree import ElementTree

from planner.core.baselines import Baseline, BaselineTask, project_baselines
from planner.core.calendars import EARLIEST, LATEST, STANDARD, Calendar, in_range, out_of_range
from planner.core.i18n import tr
from planner.core.model import (
    Constraint,
    Dependency,
    LinkType,
    Person,
    Priority,
    Project,
    ResourceType,
    Task,
    TaskType,
    Workspace,
)
from planner.io.common import (
    MAX_DEPTH,
    MAX_LAG_PERCENT,
    MAX_NOTES,
    MAX_TASKS,
    MAX_TITLE,
    WINDOW_AFTER,
    WINDOW_BEFORE,
    ImportFileError,
    ImportResult,
    LinkFacts,
    bounded_text,
    check_file_count,
    check_minutes,
    collector_paused,
    element_line,
    file_ids,
    finish_plan,
    finite,
    format_iso_duration,
    local,
    ms_project_priority,
    parse_datetime,
    parse_iso_duration,
    parse_xml,
    read_bytes,
    write_file,
    xml_text,
)
from planner.io.mspdi_calendars import MAX_CALENDARS, read_calendar, resolve, write_calendar
from planner.io.summary import ImportSummary

NAMESPACE = "http://schemas.microsoft.com/project"
FORMAT = "MS Project XML"

LINK_TYPES = {"0": LinkType.FF, "1": LinkType.FS, "2": LinkType.SF, "3": LinkType.SS}
LINK_CODES = {value: key for key, value in LINK_TYPES.items()}
CONSTRAINTS = dict(
    enumerate(
        (
            Constraint.ASAP,
            Constraint.ALAP,
            Constraint.MSO,
            Constraint.MFO,
            Constraint.SNET,
            Constraint.SNLT,
            Constraint.FNET,
            Constraint.FNLT,
        )
    )
)
CONSTRAINT_CODES = {value: key for key, value in CONSTRAINTS.items()}
TASK_TYPES = {"0": TaskType.FIXED_UNITS, "1": TaskType.FIXED_DURATION, "2": TaskType.FIXED_WORK}
TASK_TYPE_CODES = {value: key for key, value in TASK_TYPES.items()}
# MSPDI writes costs (a task's fixed cost, a resource's cost per use, a baseline's cost) in hundredths of the
# currency, as MS Project does: 3000 is 30.00. Rates are per hour in the currency itself.
CENTS = 100
# Duration and lag formats: code -> (unit, elapsed). 35…52 are the same units marked "estimated" (a "?").
FORMATS = {
    3: ("m", False), 4: ("m", True), 5: ("h", False), 6: ("h", True), 7: ("d", False), 8: ("d", True),
    9: ("w", False), 10: ("w", True), 11: ("mo", False), 12: ("mo", True), 19: ("%", False), 20: ("%", True),
}  # fmt: skip
FORMAT_CODES = {value: key for key, value in FORMATS.items()}
# MS Project priorities run 0…1000 (500 is "Medium"); the core has four levels.
PRIORITY_CODES = {Priority.LOW: 300, Priority.NORMAL: 500, Priority.HIGH: 700, Priority.URGENT: 900}
MAX_BASELINES = 11  # Baseline, Baseline 1 … Baseline 10
PLACEHOLDER_RESOURCE = "-65535"  # MS Project's "no resource" in assignments of unassigned tasks
RESOURCE_TYPE_CODES = {ResourceType.MATERIAL: 0, ResourceType.WORK: 1, ResourceType.COST: 2}


@functools.lru_cache(maxsize=64)  # a file holds a handful of distinct codes; bounded, as the text is the file's
def _format(code_text: str | None) -> tuple[str, bool] | None:
    try:
        code = int(code_text or "")
    except ValueError:
        return None
    if 35 <= code <= 52:
        code -= 32
    return FORMATS.get(code)


# -- import ---------------------------------------------------------------------------------------------
def import_mspdi(path: str | os.PathLike, max_tasks: int = MAX_TASKS) -> ImportResult:
    """Read an MS Project XML file into a new workspace holding one project; raises ImportFileError if it cannot,
    and before reading it whole if it holds more than `max_tasks` tasks."""
    check_file_count(path, "Task", "tasks", max_tasks)
    data = read_bytes(path)
    with collector_paused():
        return _Reader(data, Path(path).name).read()


_tag_of, _text_of = attrgetter("tag"), attrgetter("text")


class _Names(dict):
    """Element tags to the names the reader uses, each worked out once: reading a child's name is then a dict
    lookup inside `map` rather than a string operation in Python (300,000 of them for 10,000 tasks)."""

    def __init__(self, name_of) -> None:
        super().__init__()
        self.name_of = name_of

    def __missing__(self, tag: str) -> str:
        name = self[tag] = self.name_of(tag)
        return name


def _children(element, name) -> dict[str, str | None]:
    """Name -> text of `element`'s children (the last one wins when a name comes twice), built in C."""
    return dict(zip(map(name, map(_tag_of, element)), map(_text_of, element), strict=True))


@dataclass
class _Row:
    index: int  # position among the file's <Task> elements, for the line of an error
    fields: dict[str, str | None]
    links: list = field(default_factory=list)
    baselines: list = field(default_factory=list)
    kept_xml: list[str] = field(default_factory=list)  # custom field values and outline codes (planner.core.kept)
    task_id: int | None = None


class _Outline:
    """The task tree as the file lists it, by outline levels: each next task's parent, position and outline
    number."""

    def __init__(self) -> None:
        self.branch: list[tuple[int, int]] = []  # (outline level, task id) of the open branch
        self.positions: dict[int | None, int] = {}  # parent id -> children so far
        self.numbers: dict[int, str] = {}  # task id -> outline number, as an export writes it
        self.jumped = False  # a task skipped an outline level

    @property
    def depth(self) -> int:
        return len(self.branch)

    def parent_at(self, level: int) -> int | None:
        """Close the branch below `level`; the parent of a task at that level (the nearest task above it when
        it skips a level)."""
        while self.branch and self.branch[-1][0] >= level:
            self.branch.pop()
        if self.branch and level > self.branch[-1][0] + 1:
            self.jumped = True
        return self.branch[-1][1] if self.branch else None

    def add(self, level: int, task_id: int, parent: int | None) -> tuple[int, str]:
        """Open the branch at `task_id`; its position among its parent's children and its outline number."""
        self.branch.append((level, task_id))
        position = self.positions.get(parent, 0)
        self.positions[parent] = position + 1
        number = f"{self.numbers[parent]}.{position + 1}" if parent else str(position + 1)
        self.numbers[task_id] = number
        return position, number


class _Records:
    """The <Task> and <Assignment> elements read as `parse_xml` meets them, by their section: their fields only,
    the elements dropped once read. `_Reader` checks them once the whole file is parsed."""

    def __init__(self) -> None:
        self.tasks: dict[object, list[_Row]] = {}
        self.assignments: dict[object, list[dict[str, str | None]]] = {}
        self.names: _Names | None = None  # set by `namespace` once the root is read

    def namespace(self, root) -> tuple[str, str, str]:
        """The root's namespace, "}" or "", and name; the names of tags under it worked out on first call."""
        namespace, brace, tag = root.tag[1:].rpartition("}") if root.tag.startswith("{") else ("", "", root.tag)
        if self.names is None:
            self.prefix = f"{{{namespace}}}" if namespace else ""
            cut = len(self.prefix)
            self.names = _Names(lambda tag: tag[cut:])  # a tag in the file's namespace -> its name
            self.local_names = _Names(local)  # any tag -> its name without a namespace
        return namespace, brace, tag

    def read_tasks(self, root, section, elements) -> None:
        """<Task> elements as rows, while parsing (see `parse_xml`): converted only, checked later."""
        self.namespace(root)
        rows = self.tasks.setdefault(section, [])
        link_tag, baseline_tag = self.prefix + "PredecessorLink", self.prefix + "Baseline"
        name = self.names.__getitem__
        for index, element in enumerate(elements, start=len(rows)):
            fields = _children(element, name)
            row = _Row(index=index, fields=fields)
            if "PredecessorLink" in fields:  # elements with children of their own, not fields
                del fields["PredecessorLink"]
                row.links = [_children(link, name) for link in element.findall(link_tag)]
            if "Baseline" in fields:
                del fields["Baseline"]
                row.baselines = element.findall(baseline_tag)
            if "ExtendedAttribute" in fields or "OutlineCode" in fields:
                fields.pop("ExtendedAttribute", None)
                fields.pop("OutlineCode", None)
                row.kept_xml = _kept_elements(element)
            rows.append(row)

    def read_assignments(self, root, section, elements) -> None:
        """<Assignment> elements as their fields, while parsing (see `parse_xml`)."""
        self.namespace(root)
        name = self.local_names.__getitem__
        self.assignments.setdefault(section, []).extend(
            {name(child.tag): child.text for child in element if not len(child)} for element in elements
        )


class _TaskFieldReader:
    """The fields of one <Task> row that `_Reader._tasks` reads into a task: dates, duration and work, progress,
    cost, constraint, calendar and baselines, each checked, with the row's line in the error when one is not."""

    def _datetime(self, row: _Row, name: str, what: str) -> datetime | None:
        text = row.fields.get(name)
        try:
            return self._dates[text]
        except KeyError:
            pass
        try:
            value = parse_datetime(text)
        except ValueError:
            raise self.fail(
                "Task",
                row.index,
                tr("Import", "{what}: <{name}> “{text}” is not a date and time").format(
                    what=what, name=name, text=text
                ),
            ) from None
        if value is not None and not in_range(value):
            raise self.fail(
                "Task",
                row.index,
                tr("Import", "{what}: <{name}> {out_of_range}").format(
                    what=what, name=name, out_of_range=out_of_range(value)
                ),
            )
        self._dates[text] = value
        return value

    def _level(self, row: _Row, what: str) -> int:
        try:
            return max(int(row.fields.get("OutlineLevel") or 1), 1)
        except ValueError:
            raise self.fail(
                "Task", row.index, tr("Import", "{what}: <OutlineLevel> is not a number").format(what=what)
            ) from None

    def _duration_and_work(self, task: Task, row: _Row, what: str) -> None:
        """The task's <Duration> and <Work>: an elapsed duration becomes working time (the elapsed one kept for an
        export), a milestone's duration 0."""
        format_ = _format(row.fields.get("DurationFormat"))
        elapsed = bool(format_ and format_[1])
        text = row.fields.get("Duration")
        if text:
            try:
                minutes = self._duration(text, elapsed)
            except ValueError as error:
                raise self.fail(
                    "Task", row.index, tr("Import", "{what}: <Duration> {error}").format(what=what, error=error)
                ) from None
            minutes = self.minutes(minutes, "Task", row.index, what)
            if elapsed:
                self.result.elapsed_durations[task.id] = minutes
                cal = self.ws.calendar
                if task.start and task.finish and cal.week != ((),) * 7:
                    minutes = cal.working_minutes(task.start, task.finish)
                else:
                    settings = self.settings
                    minutes = round(minutes * settings.minutes_per_day * settings.days_per_week / (7 * 24 * 60))
                self.summary.note(
                    tr("Import", "elapsed durations became working time between the task's start and finish")
                )
            task.duration = minutes
        work = row.fields.get("Work")
        if work:
            try:
                task.work = self.minutes(self._duration(work), "Task", row.index, what)
            except ValueError as error:
                raise self.fail(
                    "Task", row.index, tr("Import", "{what}: <Work> {error}").format(what=what, error=error)
                ) from None
        if row.fields.get("Milestone") in ("1", "true"):
            task.milestone = True
            if task.duration:
                self.summary.note(
                    tr("Import", "milestones with a duration became zero-length milestones at their start")
                )
            task.duration = 0
            if task.start:
                task.finish = task.start

    def _task_calendar(self, task_id: int, row: _Row, what: str) -> None:
        calendar_uid = (row.fields.get("CalendarUID") or "-1").strip()
        if calendar_uid == "-1":
            return
        if calendar_uid in self.calendars_by_uid:
            self.result.task_calendars[task_id] = self.calendars_by_uid[calendar_uid]
        else:
            self.summary.skip("task calendar", f"UID {calendar_uid} of {what}", tr("Import", "it is not in the file"))

    def _progress(self, task: Task, row: _Row, what: str) -> None:
        percent = row.fields.get("PercentComplete")
        if percent:
            try:
                value = round(finite(percent))
            except ValueError:
                raise self.fail(
                    "Task",
                    row.index,
                    tr("Import", "{what}: <PercentComplete> “{percent}” is not a number").format(
                        what=what, percent=percent
                    ),
                ) from None
            if not 0 <= value <= 100:
                raise self.fail(
                    "Task",
                    row.index,
                    tr("Import", "{what}: <PercentComplete> {value} is not 0–100").format(what=what, value=value),
                )
            task.percent_complete = value
        priority = row.fields.get("Priority")
        if priority:
            try:
                task.priority = ms_project_priority(int(finite(priority)))
            except ValueError:
                raise self.fail(
                    "Task",
                    row.index,
                    tr("Import", "{what}: <Priority> “{priority}” is not a number").format(
                        what=what, priority=priority
                    ),
                ) from None

    def _cost(self, row: _Row, name: str, what: str) -> float:
        text = row.fields.get(name)
        if not text:
            return 0.0
        try:
            value = finite(text) / CENTS
        except ValueError:
            raise self.fail(
                "Task",
                row.index,
                tr("Import", "{what}: <{name}> “{text}” is not a number").format(what=what, name=name, text=text),
            ) from None
        if value < 0:
            raise self.fail("Task", row.index, tr("Import", "{what}: a negative <{name}>").format(what=what, name=name))
        return value

    def _constraint(self, task: Task, row: _Row, what: str) -> None:
        code = row.fields.get("ConstraintType")
        if not code:
            return
        try:
            constraint = CONSTRAINTS[int(code)]
        except (ValueError, KeyError):
            raise self.fail(
                "Task",
                row.index,
                tr("Import", "{what}: <ConstraintType> “{code}” is not 0–7").format(what=what, code=code),
            ) from None
        if constraint in (Constraint.ASAP, Constraint.ALAP):
            task.constraint = constraint
            return  # their <ConstraintDate>, when written, is a leftover (ProjectLibre writes 1970-01-01)
        when = self._datetime(row, "ConstraintDate", what)
        if when is None:
            self.summary.note(tr("Import", "constraints without a date became “as soon as possible”"))
            return
        task.constraint, task.constraint_date = constraint, when

    def _baseline(self, element, task: Task, summary: bool) -> None:
        """One <Baseline> of a task into the project's baseline of that number ("Baseline", "Baseline 1"…)."""
        fields = {local(child.tag): child.text for child in element}
        saved = BaselineTask(task.title, None, None, None, None, 0.0, summary, task.milestone, task.parent_id)
        try:
            number = int(fields.get("Number") or 0)
            for name in ("Start", "Finish"):
                value = parse_datetime(fields.get(name))
                if value is not None and not in_range(value):
                    raise ValueError(out_of_range(value))
                setattr(saved, name.lower(), value)
            for name in ("Duration", "Work"):
                if fields.get(name):
                    minutes = check_minutes(parse_iso_duration(fields[name], self.settings), "a baseline")
                    setattr(saved, name.lower(), minutes)
            if fields.get("Cost"):
                saved.cost = finite(fields["Cost"]) / CENTS
        except (ValueError, ImportFileError):
            self.summary.note(
                tr("Import", "a baseline with values that are not dates or numbers was kept only in part")
            )
            return
        if not 0 <= number < MAX_BASELINES:
            self.summary.skip("baseline", f"number {number}", tr("Import", "MS Project numbers its baselines 0–10"))
            return
        if number + 1 not in self.ws.baselines:  # the baseline's id is its number + 1
            name = f"Baseline {number}" if number else "Baseline"
            self.ws.baselines[number + 1] = Baseline(id=number + 1, project_id=1, name=name)
            self.summary.add("baseline")
        self.ws.baselines[number + 1].tasks[task.id] = saved


class _PeopleReader:
    """<Resources> and <Assignments> read into people and their assignments to the tasks `_Reader` read first."""

    def _people(self, section) -> None:
        if section is None:
            return
        hours_per_day = self.settings.minutes_per_day / 60
        for index, element in enumerate(section):
            fields = {local(child.tag): child.text for child in element if not len(child)}
            uid = (fields.get("UID") or "").strip()
            name = (fields.get("Name") or "").strip()
            if fields.get("IsNull") in ("1", "true"):
                continue
            kind = fields.get("Type")
            if kind == "0":
                self.summary.skip(
                    "resource", name or f"UID {uid}", tr("Import", "a material resource (the planner has people only)")
                )
                continue
            if kind == "2":
                self.summary.skip(
                    "resource", name or f"UID {uid}", tr("Import", "a cost resource (the planner has people only)")
                )
                continue
            if not name:
                if uid != "0":  # UID 0 is MS Project's own unnamed resource, not the user's
                    self.summary.skip("resource", f"UID {uid}", tr("Import", "it has no name"))
                continue
            what = f"resource UID {uid} “{name}”"
            try:
                units = finite(fields.get("MaxUnits") or "1")
                rate, overtime_rate, per_use = (
                    finite(fields.get(name) or "0") for name in ("StandardRate", "OvertimeRate", "CostPerUse")
                )
            except ValueError:
                raise self.fail(
                    "Resource",
                    index,
                    tr("Import", "{what}: a unit, rate or cost per use is not a number").format(what=what),
                ) from None
            name = bounded_text(name, MAX_TITLE, "names of people", self.summary)
            capacity = round(units * hours_per_day, 4)
            if not 0 <= capacity <= 24:
                self.summary.note(
                    tr(
                        "Import", "{name}: {units:.0%} of a {hours_per_day:g}-hour day is beyond 0–24 hours; capped"
                    ).format(name=name, units=units, hours_per_day=hours_per_day)
                )
                capacity = min(max(capacity, 0.0), 24.0)
            if min(rate, overtime_rate, per_use) < 0:
                raise self.fail(
                    "Resource", index, tr("Import", "{what}: a negative rate or cost per use").format(what=what)
                )
            person_id = len(self.ws.people) + 1
            person = Person(
                id=person_id,
                name=name,
                initials=(fields.get("Initials") or "").strip()[:MAX_TITLE],
                email=(fields.get("EmailAddress") or "").strip()[:MAX_TITLE],
                capacity=capacity,
                rate=rate,  # MSPDI keeps rates per hour whatever unit they are shown in
                role=(fields.get("Group") or "").strip()[:MAX_TITLE],
                overtime_rate=overtime_rate,
                cost_per_use=per_use / CENTS,
                notes=bounded_text(fields.get("Notes") or "", MAX_NOTES, "notes of people", self.summary),
            )
            person.kept = {"uid": uid}
            xml = _kept_elements(element)
            if xml:
                person.kept["xml"] = xml
            self.ws.people[person_id] = person
            self.uid_to_person[uid] = person_id
            self.result.person_external_ids[person_id] = uid
            calendar_uid = (fields.get("CalendarUID") or "").strip()
            if calendar_uid in self.calendars_by_uid:
                self.result.person_calendars[person_id] = self.calendars_by_uid[calendar_uid]

    def _assignments(self, records: list[dict[str, str | None]] | None) -> None:
        if records is None:
            return
        for index, fields in enumerate(records):
            task_uid = (fields.get("TaskUID") or "").strip()
            resource_uid = (fields.get("ResourceUID") or "").strip()
            if resource_uid == PLACEHOLDER_RESOURCE or not resource_uid:
                continue
            what = f"assignment UID {fields.get('UID')}"
            task_id = self.uid_to_task.get(task_uid)
            person_id = self.uid_to_person.get(resource_uid)
            if task_id is None:
                reason = (
                    "its task is the project summary" if task_uid == self.summary_uid else "its task was not imported"
                )
                self.summary.skip("assignment", what, reason)
                continue
            if person_id is None:
                self.summary.skip("assignment", what, tr("Import", "its resource was not imported"))
                continue
            try:
                units = finite(fields.get("Units") or "1")
            except ValueError:
                raise self.fail(
                    "Assignment",
                    index,
                    tr("Import", "{what}: <Units> “{get}” is not a number").format(what=what, get=fields.get("Units")),
                ) from None
            task = self.ws.tasks[task_id]
            if units <= 0:
                self.summary.skip("assignment", what, tr("Import", "0 % units"))
                continue
            if units > 10:
                self.summary.note(tr("Import", "assignments above 1000 % were capped at 1000 %"))
                units = 10.0
            if person_id in task.assignments:
                self.summary.skip("assignment", what, tr("Import", "the same person twice on one task"))
                continue
            task.assignments[person_id] = units
            if fields.get("Work"):
                try:
                    minutes = self._duration(fields["Work"])
                except ValueError as error:
                    raise self.fail(
                        "Assignment", index, tr("Import", "{what}: <Work> {error}").format(what=what, error=error)
                    ) from None
                self.result.assignment_work[(task_id, person_id)] = self.minutes(minutes, "Assignment", index, what)
        self._work_from_assignments()

    def _work_from_assignments(self) -> None:
        """A task's work is the sum of its assignments' work, as in MS Project; ProjectLibre writes 0 on the task and
        the hours on the assignments, and the planner keeps work on the task only, so take the sum there."""
        work = self.result.assignment_work
        for task in self.ws.tasks.values():
            if task.work != 0 or not task.assignments:  # None: the file gave no work; the export derives it
                continue
            hours = [work.get((task.id, person_id)) for person_id in task.assignments]
            if None not in hours and sum(hours):
                task.work = sum(hours)
                self.summary.note(
                    tr("Import", "tasks with no work of their own took the sum of their assignments' work")
                )


class _LinkReader:
    """Each task row's <PredecessorLink>s read into links between the tasks `_Reader` read, with their lags."""

    def _links(self, rows: list[_Row]) -> None:
        seen: set[tuple[int, int]] = set()
        ancestors_of = self._ancestors
        for row in rows:
            successor = row.task_id
            if successor is None:
                continue
            if not row.links:
                continue
            succ_task = self.ws.tasks[successor]
            what = f"task UID {succ_task.external_id} “{succ_task.title}”"
            for fields in row.links:
                pred_uid = (fields.get("PredecessorUID") or "").strip()
                if fields.get("CrossProject") in ("1", "true"):
                    self.summary.skip("link", f"to {what}", tr("Import", "a link to another project"))
                    continue
                predecessor = self.uid_to_task.get(pred_uid)
                if predecessor is None:
                    if pred_uid and pred_uid == self.summary_uid:
                        self.summary.skip(
                            "link", f"to {what}", tr("Import", "its predecessor is the project summary task")
                        )
                        continue
                    if pred_uid in self.skipped_uids:
                        self.summary.skip("link", f"to {what}", tr("Import", "its predecessor was not imported"))
                        continue
                    raise self.fail(
                        "Task",
                        row.index,
                        tr("Import", "{what} has a <PredecessorLink> to UID {value}, which is not in the file").format(
                            what=what, value=pred_uid or "(none)"
                        ),
                    )
                pred_task = self.ws.tasks[predecessor]
                skipped = None
                if predecessor == successor:
                    skipped = "a task linked to itself"
                elif (predecessor, successor) in seen:
                    skipped = "the same link twice"
                elif pred_task.parent_id != succ_task.parent_id and (  # siblings: neither is the other's ancestor
                    predecessor in ancestors_of(successor) or successor in ancestors_of(predecessor)
                ):
                    skipped = "it links a summary task with its own subtask"
                if skipped:
                    self.summary.skip("link", f"“{pred_task.title}” → “{succ_task.title}”", skipped)
                    continue
                type_text = (fields.get("Type") or "1").strip()
                if type_text not in LINK_TYPES:
                    raise self.fail(
                        "Task",
                        row.index,
                        tr("Import", "{what}: link <Type> “{type_text}” is not 0 FF, 1 FS, 2 SF or 3 SS").format(
                            what=what, type_text=type_text
                        ),
                    )
                lag, facts = self._lag(fields, pred_task, row, what)
                seen.add((predecessor, successor))
                dep_id = len(self.ws.dependencies) + 1
                self.ws.dependencies[dep_id] = Dependency(dep_id, predecessor, successor, LINK_TYPES[type_text], lag)
                self.result.links[dep_id] = facts

    def _ancestors(self, task_id: int) -> tuple[int, ...]:
        """The task's parent, grandparent and so on, remembered per task (links ask twice each)."""
        known = self._ancestry
        chain = []  # the task and its ancestors not yet known, nearest first (a loop, not recursion: trees are deep)
        while task_id is not None and task_id not in known:
            chain.append(task_id)
            task_id = self.ws.tasks[task_id].parent_id
        out = known[task_id] if task_id is not None else ()
        for tid in reversed(chain):
            parent = self.ws.tasks[tid].parent_id
            out = known[tid] = () if parent is None else (parent, *known[parent])
        return out

    def _lag(self, fields, pred_task: Task, row: _Row, what: str) -> tuple[int, LinkFacts]:
        raw = (fields.get("LinkLag") or "0").strip()
        key = (raw, fields.get("LagFormat"))
        known = self._plain_lags.get(key)  # most links of a plan share a few lags in working time
        if known is not None:
            return known[0], LinkFacts(lag_unit=known[1], raw=raw)
        try:
            value = finite(raw)
        except ValueError:
            raise self.fail(
                "Task", row.index, tr("Import", "{what}: <LinkLag> “{raw}” is not a number").format(what=what, raw=raw)
            ) from None
        unit, elapsed = _format(fields.get("LagFormat")) or ("d", False)
        facts = LinkFacts(lag_unit=unit, elapsed=elapsed, raw=raw)
        if unit == "%":
            # A percentage lag is written as the percentage itself, not in tenths of a minute.
            if abs(value) > MAX_LAG_PERCENT:
                raise self.fail(
                    "Task",
                    row.index,
                    tr("Import", "{what}: a lag of {value:g} % is beyond ±{MAX_LAG_PERCENT:,} %").format(
                        what=what, value=value, MAX_LAG_PERCENT=MAX_LAG_PERCENT
                    ),
                )
            facts.percent = value
            lag = (pred_task.duration or 0) * value / 100
            return self.minutes(lag, "Task", row.index, what, allow_negative=True), facts
        minutes = self.minutes(value / 10, "Task", row.index, what, allow_negative=True)  # tenths of a minute
        if elapsed:
            facts.elapsed_minutes = minutes
            settings = self.settings
            minutes = round(minutes * settings.minutes_per_day * settings.days_per_week / (7 * 24 * 60))
            self.summary.note(
                tr("Import", "elapsed lags became the working time of an average week; LinkFacts keep them exact")
            )
        else:
            self._plain_lags[key] = (minutes, unit)
        return minutes, facts


class _Reader(_TaskFieldReader, _PeopleReader, _LinkReader):
    """An MS Project XML file read into a new workspace (`read`): the header, calendars, project and tasks here,
    the task fields, people and links in the parts it is built from."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name = data, name
        self.summary = ImportSummary(source=name, format=FORMAT)
        self.ws = Workspace()
        self.uid_to_task: dict[str, int] = {}
        self.uid_to_person: dict[str, int] = {}
        self.skipped_uids: set[str] = set()
        self.result: ImportResult | None = None
        # Texts already read: plans repeat the same dates and durations on many tasks.
        self._dates: dict[str | None, datetime | None] = {}
        self._durations: dict[tuple[str, bool], float] = {}
        self._ancestry: dict[int, tuple[int, ...]] = {}
        self._plain_lags: dict[tuple[str, str | None], tuple[int, str]] = {}  # lags in working time: minutes, unit
        self.records = _Records()

    def _duration(self, text: str, elapsed: bool = False) -> float:
        """`parse_iso_duration` in the file's units, remembered by text; raises ValueError as it does."""
        key = (text, elapsed)
        minutes = self._durations.get(key)
        if minutes is None:
            minutes = self._durations[key] = parse_iso_duration(text, self.settings, elapsed)
        return minutes

    # -- errors ---------------------------------------------------------------------------------------
    def where(self, element: str, index: int) -> str:
        line = element_line(self.data, element, index)
        return f"{self.name}, line {line}" if line else self.name

    def fail(self, element: str, index: int, message: str) -> ImportFileError:
        return ImportFileError(
            tr("Import", "{where}: {message}").format(where=self.where(element, index), message=message)
        )

    def minutes(self, value: float, element: str, index: int, what: str, allow_negative: bool = False) -> int:
        """`value` checked by `check_minutes`; the line is looked up only when it fails."""
        try:
            return check_minutes(value, what, allow_negative)
        except ImportFileError as error:
            raise self.fail(element, index, str(error)) from None

    # -- the file -------------------------------------------------------------------------------------
    def read(self) -> ImportResult:
        records = self.records
        root = parse_xml(self.data, self.name, {"Tasks": records.read_tasks, "Assignments": records.read_assignments})
        namespace, _, tag = records.namespace(root)
        if tag != "Project" or namespace not in (NAMESPACE, ""):
            shown = f"<{tag}>" + (f" in namespace {namespace}" if namespace else "")
            raise ImportFileError(
                tr(
                    "Import",
                    '{name}, line {value}: not an MS Project XML file: its root is {shown}, not <Project xmlns="{NAMESPACE}">',  # noqa: E501
                ).format(name=self.name, value=element_line(self.data, tag, 0) or 1, shown=shown, NAMESPACE=NAMESPACE)
            )
        if not namespace:
            self.summary.note(
                tr("Import", "the file has no MS Project namespace; it was read as MS Project XML all the same")
            )
        sections = {}
        header: dict[str, str | None] = {}
        for child in root:
            name = local(child.tag)
            if len(child) or child in records.tasks or child in records.assignments:  # records read
                sections[name] = child
            else:
                header[name] = child.text
        self.header = header
        self.settings = self._settings(header)
        self.default_task_type = TASK_TYPES.get((header.get("DefaultTaskType") or "").strip(), TaskType.FIXED_UNITS)
        rows = self._task_rows(records.tasks.get(sections.get("Tasks"), []))
        window = self._window(header, rows)
        calendars = self._calendars(sections.get("Calendars"), window)
        project_calendar = self._project_calendar(header, calendars)
        self.ws.calendar = project_calendar
        self.calendars_by_uid = calendars
        project_id = self._project(header, rows)
        definitions = [_raw_xml(sections[name]) for name in PROJECT_KEPT if name in sections]
        if definitions:
            self.ws.projects[project_id].kept = {"xml": definitions}
        self.result = ImportResult(
            workspace=self.ws,
            project_id=project_id,
            summary=self.summary,
            calendar=project_calendar,
            calendars=_by_name(calendars),
        )
        self._tasks(rows, project_id)
        if 1 in self.ws.baselines:  # MS Project compares against Baseline (number 0) unless told otherwise
            self.ws.projects[project_id].baseline_id = 1
        self._people(sections.get("Resources"))
        self._assignments(records.assignments.get(sections.get("Assignments")))
        self._links(rows)
        finish_plan(self.ws, self.summary, self.name)
        self.summary.add("calendar", len(calendars))
        self.summary.add("calendar exception day", len(project_calendar.exceptions))
        return self.result

    def _settings(self, header: dict[str, str | None]) -> Calendar:
        def number(name: str, default: int, low: int, high: int) -> int:
            text = header.get(name)
            if not text:
                return default
            try:
                value = round(finite(text))
            except ValueError:
                raise self.fail(
                    name, 0, tr("Import", "<{name}> “{text}” is not a number").format(name=name, text=text)
                ) from None
            if not low <= value <= high:
                raise self.fail(
                    name,
                    0,
                    tr("Import", "<{name}> {value} is impossible ({low}–{high})").format(
                        name=name, value=value, low=low, high=high
                    ),
                )
            return value

        per_day = number("MinutesPerDay", 480, 1, 24 * 60)
        per_week = number("MinutesPerWeek", per_day * 5, per_day, 7 * 24 * 60)
        per_month = number("DaysPerMonth", 20, 1, 31)
        return Calendar(
            minutes_per_day=per_day, days_per_week=max(1, round(per_week / per_day)), days_per_month=per_month
        )

    def _task_rows(self, records: list[_Row]) -> list[_Row]:
        rows: list[_Row] = []
        for row in records:
            fields = row.fields
            index = row.index
            if fields.get("IsNull") in ("1", "true"):
                self.summary.skip("task", f"row {fields.get('ID') or index}", tr("Import", "a blank row (IsNull)"))
                self.skipped_uids.add((fields.get("UID") or "").strip())
                continue
            rows.append(row)
        return rows

    def _window(self, header, rows: list[_Row]) -> tuple[date, date]:
        starts, finishes = [], []
        for text, bucket in ((header.get("StartDate"), starts), (header.get("FinishDate"), finishes)):
            try:
                value = parse_datetime(text)
            except ValueError:
                value = None
            if value and in_range(value):
                bucket.append(value)
        if not starts or not finishes:
            for name, bucket in (("Start", starts), ("Finish", finishes)):
                # Each text once: tasks share their dates, and only the first and last count
                for text in {row.fields.get(name) for row in rows}:
                    try:
                        value = parse_datetime(text)
                    except ValueError:
                        continue
                    if value and in_range(value):
                        bucket.append(value)
        today = datetime.now()
        first = min(starts or finishes or [today]).date()
        last = max(finishes or starts or [today]).date()
        # Kept within the dates a plan can hold, so that no calendar day is made beyond them.
        first = min(max(first - WINDOW_BEFORE, EARLIEST.date()), LATEST.date())
        last = max(min(last + WINDOW_AFTER, LATEST.date()), first)
        return first, last

    def _calendars(self, section, window) -> dict[str, Calendar]:
        if section is None:
            return {}
        if len(section) > MAX_CALENDARS:
            raise self.fail(
                "Calendars",
                0,
                tr("Import", "{count:,} calendars; a plan has {MAX_CALENDARS:,} at most").format(
                    count=len(section), MAX_CALENDARS=MAX_CALENDARS
                ),
            )
        raws = {}
        for element in section:
            raw = read_calendar(element, window, self.summary)
            raws[raw.uid] = raw
        calendars = resolve(raws, self.settings, self.summary)
        for uid, cal in list(calendars.items()):
            # Without working time near the plan (no working weekday, or days off for decades), every schedule on
            # the calendar would search in vain and fail: the core gives up after ten years without working time.
            try:
                for edge in window:
                    cal.next_working(datetime.combine(edge, time()))
            except ValueError:
                self.summary.skip("calendar", cal.name, tr("Import", "it has no working time near the plan's dates"))
                del calendars[uid]
        return calendars

    def _project_calendar(self, header, calendars: dict[str, Calendar]) -> Calendar:
        uid = (header.get("CalendarUID") or "").strip()
        if uid in calendars:
            return calendars[uid]
        for cal in calendars.values():
            if cal.name.casefold() == "standard":
                return cal
        if calendars:
            return next(iter(calendars.values()))
        return Calendar(
            week=STANDARD.week,
            minutes_per_day=self.settings.minutes_per_day,
            days_per_week=self.settings.days_per_week,
            days_per_month=self.settings.days_per_month,
        )

    # -- project and tasks ----------------------------------------------------------------------------

    def _project(self, header, rows: list[_Row]) -> int:
        summary_row = None
        for row in rows[:2]:
            level, uid = row.fields.get("OutlineLevel"), row.fields.get("UID")
            if level == "0" or (level is None and uid == "0"):
                summary_row = row
                break
        self.summary_uid = summary_row.fields.get("UID") if summary_row else None
        if summary_row is not None:
            rows.remove(summary_row)
        name = (
            (summary_row.fields.get("Name") if summary_row else None)
            or header.get("Title")
            or header.get("Name")
            or Path(self.name).stem
        ).strip()
        name = bounded_text(name, MAX_TITLE, "project names", self.summary)
        project = Project(id=1, name=name or Path(self.name).stem)
        notes = (summary_row.fields.get("Notes") or "") if summary_row else ""
        project.notes = bounded_text(notes, MAX_NOTES, "project notes", self.summary)
        project.manager = (header.get("Manager") or "").strip()
        for attribute, element in (
            ("start", "StartDate"),
            ("target_finish", "FinishDate"),
            ("status_date", "StatusDate"),
        ):
            try:
                value = parse_datetime(header.get(element))
            except ValueError:
                value = None
                self.summary.note(
                    tr("Import", "<{element}> “{get}” is not a date; left empty").format(
                        element=element, get=header.get(element)
                    )
                )
            if value is not None and not in_range(value):
                value = None
                self.summary.note(
                    tr("Import", "<{element}> is outside {EARLIEST:%Y}–{LATEST:%Y}; left empty").format(
                        element=element, EARLIEST=EARLIEST, LATEST=LATEST
                    )
                )
            setattr(project, attribute, value)
        if project.start and project.target_finish and project.target_finish < project.start:
            self.summary.note(tr("Import", "the project's finish date is before its start; the finish was left empty"))
            project.target_finish = None
        self.ws.put("project", project)
        return project.id

    def _tasks(self, rows: list[_Row], project_id: int) -> None:
        outline = _Outline()
        for row in rows:
            fields = row.fields
            uid = (fields.get("UID") or "").strip()
            if not uid:
                raise self.fail("Task", row.index, tr("Import", "a <Task> has no <UID>"))
            if uid in self.uid_to_task:
                raise self.fail("Task", row.index, tr("Import", "two tasks have the UID {uid}").format(uid=uid))
            if fields.get("ExternalTask") in ("1", "true"):
                self.summary.skip("task", f"UID {uid}", tr("Import", "a placeholder for a task in another project"))
                self.skipped_uids.add(uid)
                continue
            title = bounded_text((fields.get("Name") or "").strip(), MAX_TITLE, "task names", self.summary)
            if not title:
                title = f"Task {fields.get('ID') or uid}"
                self.summary.note(tr("Import", "tasks without a name were named “Task <ID>”"))
            what = f"task UID {uid[:40]} “{title[:80]}”"
            level = self._level(row, what)
            parent = outline.parent_at(level)
            if outline.depth >= MAX_DEPTH:
                raise self.fail(
                    "Task",
                    row.index,
                    tr("Import", "{what}: the task tree is deeper than {MAX_DEPTH} levels").format(
                        what=what, MAX_DEPTH=MAX_DEPTH
                    ),
                )
            task_id = len(self.ws.tasks) + 1
            position, number = outline.add(level, task_id, parent)
            task = Task(
                id=task_id, title=title, project_id=project_id, parent_id=parent, position=position, external_id=uid
            )
            task.kept = _task_kept(row, number)  # a WBS code that differs from the outline number is kept
            task.start = self._datetime(row, "Start", what)
            task.finish = self._datetime(row, "Finish", what)
            if task.start and task.finish and task.finish < task.start:
                raise self.fail(
                    "Task",
                    row.index,
                    tr("Import", "{what}: it finishes ({finish}) before it starts ({start})").format(
                        what=what, finish=task.finish, start=task.start
                    ),
                )
            self._duration_and_work(task, row, what)
            task.manual = fields.get("Manual") in ("1", "true")
            task.task_type = TASK_TYPES.get((fields.get("Type") or "").strip(), self.default_task_type)
            task.effort_driven = fields.get("EffortDriven") in ("1", "true")
            task.fixed_cost = self._cost(row, "FixedCost", what)
            task.notes = bounded_text(fields.get("Notes") or "", MAX_NOTES, "task notes", self.summary)
            self._progress(task, row, what)
            self._constraint(task, row, what)
            task.deadline = self._datetime(row, "Deadline", what)
            task.created = self._datetime(row, "CreateDate", what)
            task.started = self._datetime(row, "ActualStart", what)
            task.completed = self._datetime(row, "ActualFinish", what)
            if fields.get("Active") in ("0", "false"):
                self.summary.note(
                    tr("Import", "inactive tasks came in as ordinary tasks (the planner has no inactive tasks)")
                )
            self._task_calendar(task_id, row, what)
            for element in row.baselines:
                self._baseline(element, task, fields.get("Summary") in ("1", "true"))
            self.ws.tasks[task_id] = task  # indexed by rebuild_indexes once every task is in
            self.uid_to_task[uid] = task_id
            row.task_id = task_id
        if outline.jumped:
            self.summary.note(
                tr("Import", "some tasks skip an outline level; each went under the nearest task above it")
            )


def _by_name(calendars: dict[str, Calendar]) -> dict[str, Calendar]:
    out: dict[str, Calendar] = {}
    for uid, cal in calendars.items():
        name = cal.name if cal.name not in out else f"{cal.name} (UID {uid})"
        out[name] = cal
    return out


# -- export ---------------------------------------------------------------------------------------------
MAX_NAME = 255  # MS Project refuses longer task and resource names


# The project's definitions of custom fields and outline codes, in the schema's order (WBSMasks between them is
# Planner's own `wbs_mask`); they go just before <Calendars>.
PROJECT_KEPT = ("OutlineCodes", "ExtendedAttributes")


def _raw_xml(element) -> str:
    """An element as XML text without its namespace, to be written back inside our own <Project xmlns=…>."""
    clone = copy.deepcopy(element)
    for node in clone.iter():
        node.tag = local(node.tag)
    clone.tail = None
    return ElementTree.tostring(clone, encoding="unicode")


def _kept_elements(element) -> list[str]:
    """A task's or resource's custom field values (<ExtendedAttribute>) and outline codes, as raw XML."""
    return [_raw_xml(child) for child in element if local(child.tag) in ("ExtendedAttribute", "OutlineCode")]


def _task_kept(row: _Row, outline: str) -> dict:
    """What of a task's row Planner keeps without modelling it: an exact priority that none of our four codes
    gives back, a WBS code that is not the task's `outline` number, custom field values and outline codes."""
    kept: dict = {}
    fields = row.fields
    priority = (fields.get("Priority") or "").strip()
    if priority.isdigit() and int(priority) != PRIORITY_CODES[ms_project_priority(int(priority))]:
        kept["priority"] = int(priority)
    wbs = (fields.get("WBS") or "").strip()
    if wbs and wbs != outline:
        kept["wbs"] = wbs
    if row.kept_xml:
        kept["xml"] = row.kept_xml
    return kept


def export_mspdi(
    ws: Workspace, project_id: int, path: str | os.PathLike, extras: ImportResult | None = None
) -> list[str]:
    """Write project `project_id` as MS Project XML; returns what could not go into the file, for the user.

    The file is written next to `path` and renamed over it, so a failed export never leaves half a file.
    """
    left_out: list[str] = []
    text = mspdi_text(ws, project_id, extras, left_out, name=Path(path).name)
    write_file(path, text.encode("utf-8"))
    return left_out


def _stamp(value: datetime | None) -> str:
    return value.replace(microsecond=0).isoformat(timespec="seconds") if value else ""


class _CalendarUids:
    """Calendars numbered for the file as they are first met, a base just after the first calendar built on it.

    The order the workspace holds them in, not bases first: MS Project writes a calendar before its base too, and
    the importer numbers calendars in the file's order, so an exported plan comes back with the same ids."""

    def __init__(self) -> None:
        self.uids: dict[int, int] = {}  # id(calendar) -> UID
        self.rows: list[tuple[Calendar, int, int | None]] = []  # (calendar, UID, base UID)

    def uid(self, cal: Calendar) -> int:
        if id(cal) not in self.uids:
            uid = self.uids[id(cal)] = len(self.rows) + 1
            self.rows.append((cal, uid, None))
            if cal.base is not None:
                self.rows[uid - 1] = (cal, uid, self.uid(cal.base))
        return self.uids[id(cal)]


def _baseline_numbers(ws: Workspace, project_id: int, left_out: list[str]) -> dict[int, int]:
    """Baseline id -> MS Project's baseline number: "Baseline" is 0 and "Baseline N" is N, as the import names
    them; any other baseline takes the lowest free number, oldest first. MS Project keeps eleven at most."""
    saved = project_baselines(ws, project_id)
    named = {0: "Baseline", **{n: f"Baseline {n}" for n in range(1, MAX_BASELINES)}}
    by_name = {name: number for number, name in named.items()}
    numbers: dict[int, int] = {}
    for baseline in saved:
        if baseline.name in by_name and by_name[baseline.name] not in numbers.values():
            numbers[baseline.id] = by_name[baseline.name]
    free = [n for n in range(MAX_BASELINES) if n not in numbers.values()]
    for baseline in saved:
        if baseline.id in numbers:
            continue
        if not free:
            left_out.append(
                tr("Import", "the baseline “{name}”: MS Project holds {MAX_BASELINES} baselines at most").format(
                    name=baseline.name, MAX_BASELINES=MAX_BASELINES
                )
            )
            continue
        numbers[baseline.id] = number = free.pop(0)
        left_out.append(
            tr("Import", "the baseline “{name}” went out as “{named}” (MS Project numbers them)").format(
                name=baseline.name, named=named[number]
            )
        )
    return numbers


def mspdi_text(
    ws: Workspace,
    project_id: int,
    extras: ImportResult | None = None,
    left_out: list[str] | None = None,
    name: str = "project.xml",
) -> str:
    """The MSPDI document for one project, elements in the order of the MS Project schema."""
    from planner.core.errors import ValidationError

    if project_id not in ws.projects:
        raise ValidationError(tr("Import", "There is no project {project_id} to export").format(project_id=project_id))
    left_out = left_out if left_out is not None else []
    project = ws.projects[project_id]
    cal = ws.calendars.get(project.calendar_id, ws.calendar)
    order = _outline_order(ws, project_id)
    task_uid = dict(
        zip((tid for tid, _ in order), file_ids([ws.tasks[t].external_id for t, _ in order], {0}), strict=True)
    )
    # Calendars: the project's as UID 1, then every calendar of the workspace (people and other projects share
    # them, as they share the team), then any that only the import's extras hold.
    calendars = _CalendarUids()
    calendars.uid(cal)
    for other in sorted(ws.calendars.values(), key=attrgetter("id")):
        calendars.uid(other)
    task_calendar = {}
    for tid, _ in order:
        own = extras.task_calendars.get(tid) if extras else None
        own = own or ws.calendars.get(ws.tasks[tid].calendar_id)
        if own is not None:
            task_calendar[tid] = calendars.uid(own)
    people = sorted(ws.people)  # everyone, assigned or not: a team is more than this project's assignees
    person_uid, person_calendar = _person_uids(ws, people, extras, calendars)

    dated = [ws.tasks[tid] for tid, _ in order if ws.tasks[tid].start]
    start = project.start or min((t.start for t in dated), default=None) or cal.day_start(date.today())
    finish = project.target_finish or max((t.finish or t.start for t in dated), default=None) or start
    out = _header_lines(project, name, cal, start, finish)
    out.extend(f"  {xml}" for xml in project.kept.get("xml", ()))
    out.append("  <Calendars>")
    window = (start.date() - WINDOW_BEFORE, finish.date() + WINDOW_AFTER)
    for other, uid, base in calendars.rows:
        out.extend(write_calendar(other, uid, base, window, indent="    "))
    out.append("  </Calendars>")

    links = _Links(ws, cal, extras, task_uid, _baseline_numbers(ws, project_id, left_out), left_out)
    out.append("  <Tasks>")
    summary_task = Task(id=0, title=project.name, notes=project.notes, start=start, finish=finish)
    summary_task.duration = cal.working_minutes(start, finish) if finish >= start else 0
    out.extend(_task_lines(summary_task, 0, 0, "0", 0, True, None, links))
    numbers: list[int] = []
    for row, (tid, level) in enumerate(order, start=1):
        del numbers[level - 1 :]
        numbers.append(numbers_next(ws, tid))
        outline = ".".join(str(n) for n in numbers)
        out.extend(
            _task_lines(
                ws.tasks[tid], task_uid[tid], row, outline, level, ws.is_summary(tid), task_calendar.get(tid), links
            )
        )
    out.append("  </Tasks>")
    out.extend(_resource_lines(ws, people, person_uid, person_calendar, cal, left_out))
    out.extend(_assignment_lines(ws, order, task_uid, person_uid, extras))
    out.append("</Project>")
    return "\n".join(out) + "\n"


def _outline_order(ws: Workspace, project_id: int) -> list[tuple[int, int]]:
    """(task id, outline level) of the project's tasks, in outline order: each task before its children."""
    order = []
    stack = [(tid, 1) for tid in reversed(ws.children(("project", project_id)))]
    while stack:
        tid, level = stack.pop()
        order.append((tid, level))
        stack.extend((child, level + 1) for child in reversed(ws.children(("task", tid))))
    return order


def _person_uids(
    ws: Workspace, people: list[int], extras: ImportResult | None, calendars: _CalendarUids
) -> tuple[dict[int, int], dict[int, int]]:
    """The UID of each person in the file, and the calendar UID of each who has their own calendar."""
    # The UID a person came with: from the import just made, else as kept since (planner.core.kept).
    external = [
        (extras.person_external_ids.get(pid, "") if extras else "") or ws.people[pid].kept.get("uid", "")
        for pid in people
    ]
    person_uid = dict(zip(people, file_ids(external, {0}), strict=True))
    person_calendar = {}
    for pid in people:
        own = extras.person_calendars.get(pid) if extras else None
        own = own or ws.calendars.get(ws.people[pid].calendar_id)
        if own is not None:
            person_calendar[pid] = calendars.uid(own)
    return person_uid, person_calendar


def _header_lines(project: Project, name: str, cal: Calendar, start: datetime, finish: datetime) -> list[str]:
    per_day = cal.minutes_per_day
    first_day = next((day for day in cal.week if day), ((8 * 60, 17 * 60),))
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f'<Project xmlns="{NAMESPACE}">',
        "  <SaveVersion>14</SaveVersion>",
        f"  <Name>{xml_text(name[:MAX_NAME])}</Name>",
        f"  <Title>{xml_text(project.name)}</Title>",
    ]
    if project.manager:
        out.append(f"  <Manager>{xml_text(project.manager)}</Manager>")
    out += [
        "  <ScheduleFromStart>1</ScheduleFromStart>",
        f"  <StartDate>{_stamp(start)}</StartDate>",
        f"  <FinishDate>{_stamp(finish)}</FinishDate>",
        "  <CalendarUID>1</CalendarUID>",
        f"  <DefaultStartTime>{_clock_of(first_day[0][0])}</DefaultStartTime>",
        f"  <DefaultFinishTime>{_clock_of(first_day[-1][1])}</DefaultFinishTime>",
        f"  <MinutesPerDay>{per_day}</MinutesPerDay>",
        f"  <MinutesPerWeek>{per_day * cal.days_per_week}</MinutesPerWeek>",
        f"  <DaysPerMonth>{cal.days_per_month}</DaysPerMonth>",
        "  <DurationFormat>7</DurationFormat>",
        "  <WorkFormat>2</WorkFormat>",
        "  <WeekStartDay>1</WeekStartDay>",
    ]
    if project.status_date:
        out.append(f"  <StatusDate>{_stamp(project.status_date)}</StatusDate>")
    return out


def _resource_lines(ws, people, person_uid, person_calendar, cal: Calendar, left_out: list[str]) -> list[str]:
    out = ["  <Resources>"]
    for row, pid in enumerate(people, start=1):
        person = ws.people[pid]
        if len(person.name) > MAX_NAME:
            left_out.append(
                tr("Import", "{name}…: the name was cut to {MAX_NAME} characters").format(
                    name=person.name[:40], MAX_NAME=MAX_NAME
                )
            )
        out += [
            "    <Resource>",
            f"      <UID>{person_uid[pid]}</UID>",
            f"      <ID>{row}</ID>",
            f"      <Name>{xml_text(person.name[:MAX_NAME])}</Name>",
            f"      <Type>{RESOURCE_TYPE_CODES[person.resource_type]}</Type>",
            "      <IsNull>0</IsNull>",
        ]
        if person.initials:
            out.append(f"      <Initials>{xml_text(person.initials)}</Initials>")
        if person.role:
            out.append(f"      <Group>{xml_text(person.role)}</Group>")
        if person.email:
            out.append(f"      <EmailAddress>{xml_text(person.email)}</EmailAddress>")
        out += [
            f"      <MaxUnits>{person.capacity * 60 / cal.minutes_per_day!r}</MaxUnits>",
            f"      <StandardRate>{float(person.rate)!r}</StandardRate>",
            "      <StandardRateFormat>2</StandardRateFormat>",
            f"      <OvertimeRate>{float(person.overtime_rate)!r}</OvertimeRate>",
            "      <OvertimeRateFormat>2</OvertimeRateFormat>",
            f"      <CostPerUse>{_cents(person.cost_per_use)}</CostPerUse>",
        ]
        if pid in person_calendar:
            out.append(f"      <CalendarUID>{person_calendar[pid]}</CalendarUID>")
        if person.notes:
            out.append(f"      <Notes>{xml_text(person.notes)}</Notes>")
        out.extend(f"      {xml}" for xml in person.kept.get("xml", ()))  # custom fields, outline codes
        out.append("    </Resource>")
    out.append("  </Resources>")
    return out


def _assignment_lines(ws, order, task_uid, person_uid, extras: ImportResult | None) -> list[str]:
    out = ["  <Assignments>"]
    assignment_uid = 0
    for tid, _ in order:
        task = ws.tasks[tid]
        total_units = sum(task.assignments.values())
        for pid, units in sorted(task.assignments.items()):
            assignment_uid += 1
            work = extras.assignment_work.get((tid, pid)) if extras else None
            if work is None:
                base = task.work if task.work is not None else (task.duration or 0) * total_units
                work = round(base * units / total_units) if total_units else 0
            out.append("    <Assignment>")
            out.append(f"      <UID>{assignment_uid}</UID>")
            out.append(f"      <TaskUID>{task_uid[tid]}</TaskUID>")
            out.append(f"      <ResourceUID>{person_uid[pid]}</ResourceUID>")
            if task.finish:
                out.append(f"      <Finish>{_stamp(task.finish)}</Finish>")
            if task.start:
                out.append(f"      <Start>{_stamp(task.start)}</Start>")
            out.append(f"      <Units>{units!r}</Units>")
            out.append(f"      <Work>{format_iso_duration(work)}</Work>")
            out.append("    </Assignment>")
    out.append("  </Assignments>")
    return out


def numbers_next(ws: Workspace, task_id: int) -> int:
    """The task's 1-based place among its siblings, for the outline number."""
    return ws.children(ws.tasks[task_id].parent_key()).index(task_id) + 1


def _cents(amount: float) -> str:
    """A cost as MSPDI writes it, in hundredths of the currency."""
    return repr(round(float(amount) * CENTS, 6))


def _clock_of(minute: int) -> str:
    minute %= 24 * 60
    return f"{minute // 60:02d}:{minute % 60:02d}:00"


@dataclass
class _Links:
    """What a task's lines need beyond the task: its links' predecessors and lags, and the saved baselines."""

    ws: Workspace
    cal: Calendar
    extras: ImportResult | None
    task_uid: dict[int, int]
    baseline_numbers: dict[int, int]  # baseline id -> MS Project's number
    left_out: list[str]


def _lag_format(minutes: int, per_day: int, elapsed: bool) -> int:
    """The LagFormat code of the largest unit that shows `minutes` whole: days, else hours, else minutes."""
    day = 24 * 60 if elapsed else per_day
    unit = "d" if minutes % day == 0 else "h" if minutes % 60 == 0 else "m"
    return FORMAT_CODES[(unit, elapsed)]


def link_lag(dep: Dependency, facts: LinkFacts | None, per_day: int) -> tuple[int, int]:
    """<LinkLag> and <LagFormat> of a link, the inverse of `_Reader._lag`: tenths of a minute (of working time, or
    of wall-clock time with an elapsed format 4, 6, 8…), or the percentage itself with format 19 or 20.

    A link straight from an import (no `lag_unit` yet) takes its unit from the file's LinkFacts."""
    unit, lag = dep.lag_unit, dep.lag
    if not unit and facts is not None and facts.percent is not None:
        return round(facts.percent), FORMAT_CODES[("%", facts.elapsed)]
    if not unit and facts is not None and facts.elapsed and facts.elapsed_minutes is not None:
        unit, lag = "elapsed", facts.elapsed_minutes
    if unit == "percent":
        return lag, FORMAT_CODES[("%", False)]
    elapsed = unit == "elapsed"
    shown = (facts.lag_unit, elapsed) if facts is not None and not dep.lag_unit else None
    return lag * 10, FORMAT_CODES.get(shown, _lag_format(lag, per_day, elapsed))


def _task_lines(
    task: Task,
    uid: int,
    row: int,
    outline: str,
    level: int,
    summary: bool,
    calendar_uid: int | None,
    links: _Links,
) -> list[str]:
    if len(task.title) > MAX_NAME:
        links.left_out.append(
            tr("Import", "“{title}…”: the name was cut to {MAX_NAME} characters").format(
                title=task.title[:40], MAX_NAME=MAX_NAME
            )
        )
    lines = [
        "    <Task>",
        f"      <UID>{uid}</UID>",
        f"      <ID>{row}</ID>",
        f"      <Name>{xml_text(task.title[:MAX_NAME])}</Name>",
        "      <Active>1</Active>",
        f"      <Manual>{1 if task.manual else 0}</Manual>",
        f"      <Type>{TASK_TYPE_CODES[task.task_type]}</Type>",
        "      <IsNull>0</IsNull>",
    ]
    if task.created:
        lines.append(f"      <CreateDate>{_stamp(task.created)}</CreateDate>")
    lines += [
        f"      <WBS>{xml_text(task.kept.get('wbs', outline))}</WBS>",
        f"      <OutlineNumber>{outline}</OutlineNumber>",
        f"      <OutlineLevel>{level}</OutlineLevel>",
        f"      <Priority>{_priority_code(task)}</Priority>",
    ]
    if task.start:
        lines.append(f"      <Start>{_stamp(task.start)}</Start>")
    if task.finish:
        lines.append(f"      <Finish>{_stamp(task.finish)}</Finish>")
    elapsed = links.extras.elapsed_durations.get(task.id) if links.extras and uid else None
    lines.extend(_duration_lines(task, elapsed, links.cal.minutes_per_day))
    lines += [
        f"      <EffortDriven>{1 if task.effort_driven else 0}</EffortDriven>",
        "      <Estimated>0</Estimated>",
        f"      <Milestone>{1 if task.milestone else 0}</Milestone>",
        f"      <Summary>{1 if summary else 0}</Summary>",
        f"      <FixedCost>{_cents(task.fixed_cost)}</FixedCost>",
        f"      <PercentComplete>{task.percent_complete}</PercentComplete>",
    ]
    if task.started:
        lines.append(f"      <ActualStart>{_stamp(task.started)}</ActualStart>")
    if task.completed:
        lines.append(f"      <ActualFinish>{_stamp(task.completed)}</ActualFinish>")
    lines.append(f"      <ConstraintType>{CONSTRAINT_CODES[task.constraint]}</ConstraintType>")
    lines.append(f"      <CalendarUID>{calendar_uid if calendar_uid is not None else -1}</CalendarUID>")
    if task.constraint_date and task.constraint not in (Constraint.ASAP, Constraint.ALAP):
        lines.append(f"      <ConstraintDate>{_stamp(task.constraint_date)}</ConstraintDate>")
    if task.deadline:
        lines.append(f"      <Deadline>{_stamp(task.deadline)}</Deadline>")
    if task.notes:
        lines.append(f"      <Notes>{xml_text(task.notes)}</Notes>")
    if uid:
        # The schema's order: links, custom field values, baselines, outline codes.
        kept = task.kept.get("xml", ())
        lines.extend(_predecessor_lines(task, links))
        lines.extend(f"      {xml}" for xml in kept if xml.startswith("<ExtendedAttribute"))
        lines.extend(_baseline_lines(task.id, links))
        lines.extend(f"      {xml}" for xml in kept if xml.startswith("<OutlineCode"))
    lines.append("    </Task>")
    return lines


def _duration_lines(task: Task, elapsed: int | None, per_day: int) -> list[str]:
    """A task's duration, as imported in elapsed time when it was (`elapsed` minutes), its manual dates and its
    work."""
    out = []
    if elapsed is not None:
        out.append(f"      <Duration>{format_iso_duration(elapsed)}</Duration>")
    elif task.duration is not None:
        out.append(f"      <Duration>{format_iso_duration(task.duration)}</Duration>")
    if task.manual and task.id and task.start and task.finish and task.duration is not None:
        out.append(f"      <ManualStart>{_stamp(task.start)}</ManualStart>")
        out.append(f"      <ManualFinish>{_stamp(task.finish)}</ManualFinish>")
        out.append(f"      <ManualDuration>{format_iso_duration(task.duration)}</ManualDuration>")
    if elapsed is not None:
        out.append("      <DurationFormat>8</DurationFormat>")
    elif task.duration is not None:
        out.append(f"      <DurationFormat>{7 if task.duration % per_day == 0 else 5}</DurationFormat>")
    if task.work is not None:
        out.append(f"      <Work>{format_iso_duration(task.work)}</Work>")
    return out


def _priority_code(task: Task) -> int:
    """The exact priority the task came with while it still reads as its priority in Planner, else our code."""
    exact = task.kept.get("priority")
    if exact is not None and ms_project_priority(exact) == task.priority:
        return exact
    return PRIORITY_CODES[task.priority]


def _predecessor_lines(task: Task, links: _Links) -> list[str]:
    ws, lines = links.ws, []
    for dep_id in sorted(ws.links_in(task.id)):
        dep = ws.dependencies[dep_id]
        if dep.predecessor_id not in links.task_uid:
            links.left_out.append(tr("Import", "the link from another project into “{title}”").format(title=task.title))
            continue
        facts = links.extras.links.get(dep_id) if links.extras else None
        lag, lag_format = link_lag(dep, facts, links.cal.minutes_per_day)
        lines += [
            "      <PredecessorLink>",
            f"        <PredecessorUID>{links.task_uid[dep.predecessor_id]}</PredecessorUID>",
            f"        <Type>{LINK_CODES[dep.type]}</Type>",
            "        <CrossProject>0</CrossProject>",
            f"        <LinkLag>{lag}</LinkLag>",
            f"        <LagFormat>{lag_format}</LagFormat>",
            "      </PredecessorLink>",
        ]
    return lines


def _baseline_lines(task_id: int, links: _Links) -> list[str]:
    lines = []
    for baseline_id, number in sorted(links.baseline_numbers.items(), key=lambda item: item[1]):
        saved = links.ws.baselines[baseline_id].tasks.get(task_id)
        if saved is None:
            continue
        lines.append("      <Baseline>")
        lines.append(f"        <Number>{number}</Number>")
        if saved.start:
            lines.append(f"        <Start>{_stamp(saved.start)}</Start>")
        if saved.finish:
            lines.append(f"        <Finish>{_stamp(saved.finish)}</Finish>")
        if saved.duration is not None:
            lines.append(f"        <Duration>{format_iso_duration(saved.duration)}</Duration>")
            lines.append("        <DurationFormat>7</DurationFormat>")
        if saved.work is not None:
            lines.append(f"        <Work>{format_iso_duration(saved.work)}</Work>")
        lines.append(f"        <Cost>{_cents(saved.cost)}</Cost>")
        lines.append("      </Baseline>")
    return lines
