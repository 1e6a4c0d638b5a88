"""The domain objects of a workspace and the in-memory workspace that holds them.

Plain dataclasses and standard library only: no Qt, no peewee. Changes go through the
commands in `planner.core.commands`; this module only keeps the objects and their indexes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum

from planner.core.calendars import STANDARD, Calendar, CombinedCalendar
from planner.core.i18n import tr


class Priority(IntEnum):
    LOW = 0
    NORMAL = 1
    HIGH = 2
    URGENT = 3

    @property
    def label(self) -> str:
        names = {
            Priority.LOW: tr("Values", "Low"),
            Priority.NORMAL: tr("Values", "Normal"),
            Priority.HIGH: tr("Values", "High"),
            Priority.URGENT: tr("Values", "Urgent"),
        }
        return names[self]


def field_name(name: str) -> str:
    """A field of a task (or of another object) as messages and the undo list name it ("percent complete"), in
    the user's language."""
    names = {
        "title": tr("Fields", "title"),
        "project_id": tr("Fields", "project id"),
        "area_id": tr("Fields", "area id"),
        "parent_id": tr("Fields", "parent id"),
        "position": tr("Fields", "position"),
        "notes": tr("Fields", "notes"),
        "status_id": tr("Fields", "status id"),
        "priority": tr("Fields", "priority"),
        "value": tr("Fields", "value"),
        "effort": tr("Fields", "effort"),
        "start": tr("Fields", "start"),
        "finish": tr("Fields", "finish"),
        "duration": tr("Fields", "duration"),
        "work": tr("Fields", "work"),
        "percent_complete": tr("Fields", "percent complete"),
        "milestone": tr("Fields", "milestone"),
        "manual": tr("Fields", "manual"),
        "constraint": tr("Fields", "constraint"),
        "constraint_date": tr("Fields", "constraint date"),
        "deadline": tr("Fields", "deadline"),
        "recurrence": tr("Fields", "recurrence"),
        "repeat_from": tr("Fields", "repeat from"),
        "skip_if_open": tr("Fields", "skip if open"),
        "shift_to_workday": tr("Fields", "shift to workday"),
        "horizon": tr("Fields", "horizon"),
        "routine_id": tr("Fields", "routine id"),
        "occurrence": tr("Fields", "occurrence"),
        "external_id": tr("Fields", "external id"),
        "calendar_id": tr("Fields", "calendar id"),
        "created": tr("Fields", "created"),
        "started": tr("Fields", "started"),
        "completed": tr("Fields", "completed"),
        "assignments": tr("Fields", "assignments"),
        "contours": tr("Fields", "contours"),
        "labels": tr("Fields", "labels"),
        "checklist": tr("Fields", "checklist"),
        "board_rank": tr("Fields", "board rank"),
        "fixed_cost": tr("Fields", "fixed cost"),
        "task_type": tr("Fields", "task type"),
        "effort_driven": tr("Fields", "effort driven"),
        "recurrence_exceptions": tr("Fields", "recurrence exceptions"),
        "kept": tr("Fields", "kept"),
    }
    return names.get(name) or name.replace("_", " ")


class LinkType(StrEnum):
    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


class Constraint(StrEnum):
    ASAP = "ASAP"
    ALAP = "ALAP"
    SNET = "SNET"  # start no earlier than
    SNLT = "SNLT"  # start no later than
    FNET = "FNET"  # finish no earlier than
    FNLT = "FNLT"  # finish no later than
    MSO = "MSO"  # must start on
    MFO = "MFO"  # must finish on


class RepeatFrom(StrEnum):
    """When a routine's next occurrence falls: on its rule's fixed dates, or an interval after the last is done."""

    SCHEDULE = "schedule"
    COMPLETION = "completion"


class ResourceType(StrEnum):
    """What a person row stands for, as MS Project's resource types: people's hours, a consumable, or a cost."""

    WORK = "work"
    MATERIAL = "material"
    COST = "cost"


class TaskType(StrEnum):
    """Which of duration, work and units an edit keeps, as MS Project's task types (work = duration × units)."""

    FIXED_UNITS = "fixed_units"
    FIXED_WORK = "fixed_work"
    FIXED_DURATION = "fixed_duration"


class StatusKind(StrEnum):
    """What a board column means for the work in it: flow metrics read this, not the name."""

    TODO = "todo"
    DOING = "doing"
    DONE = "done"


@dataclass
class Area:
    id: int
    name: str
    notes: str = ""
    position: int = 0
    color: str = ""


@dataclass
class Project:
    id: int
    name: str
    notes: str = ""
    position: int = 0
    color: str = ""
    start: datetime | None = None
    target_finish: datetime | None = None
    status_date: datetime | None = None
    scope: str = ""
    objectives: str = ""
    sponsor: str = ""
    manager: str = ""
    budget: float = 0.0
    calendar_id: int | None = None  # None: the workspace's calendar
    in_scope: str = ""  # the charter's scope statement is `scope`; these list what is in and out
    out_of_scope: str = ""
    health_override: str = ""  # "" derives health from variance; else a Health value chosen by hand
    health_comment: str = ""  # why the health was overridden
    baseline_id: int | None = None  # the baseline compared against (and drawn by the Gantt); None: the latest
    wbs_mask: str = ""  # a WBS code mask such as "PRJ-.9.99" (planner.core.wbs); "" for plain outline numbers
    schedule_from_finish: bool = False  # scheduled backwards from `target_finish`, as MS Project's "from finish"
    kept: dict = field(default_factory=dict)  # what another program wrote that Planner keeps (planner.core.kept)
    scenario_of: int | None = None  # on a scenario (planner.core.scenarios): the live project it is a copy of
    scenario_name: str = ""  # on a scenario: what the user called it ("Maya off two weeks")


@dataclass
class Status:
    id: int
    name: str
    kind: StatusKind = StatusKind.TODO
    position: int = 0
    wip_limit: int = 0  # 0 means no limit


@dataclass
class Person:
    id: int
    name: str
    initials: str = ""
    email: str = ""
    capacity: float = 8.0  # hours per working day
    rate: float = 0.0  # cost per hour (standard rate)
    calendar_id: int | None = None  # days off and hours; None: the workspace's calendar
    role: str = ""
    resource_type: ResourceType = ResourceType.WORK
    max_units: float = 1.0  # the most they can be assigned at once (1.0 = 100 %)
    overtime_rate: float = 0.0  # cost per overtime hour
    cost_per_use: float = 0.0  # a cost each assignment adds, whatever its length
    notes: str = ""
    kept: dict = field(default_factory=dict)  # what another program wrote that Planner keeps (planner.core.kept)
    # A scenario's own copy of a live person (planner.core.scenarios): the scenario project, the live person
    scenario_of: int | None = None
    origin_id: int | None = None

    def short(self) -> str:
        if self.initials:
            return self.initials
        return "".join(part[0] for part in self.name.split()[:2]).upper()


@dataclass
class Label:
    id: int
    name: str
    color: str = "#6b7280"


@dataclass
class ChecklistItem:
    text: str
    done: bool = False


@dataclass
class Task:
    id: int
    title: str
    project_id: int | None = None
    area_id: int | None = None
    parent_id: int | None = None
    position: int = 0
    notes: str = ""
    status_id: int | None = None
    priority: Priority = Priority.NORMAL
    value: int = 0
    effort: int = 0
    start: datetime | None = None
    finish: datetime | None = None
    duration: int | None = None  # working minutes
    work: int | None = None  # working minutes of effort over all assignees
    percent_complete: int = 0
    milestone: bool = False
    manual: bool = False
    constraint: Constraint = Constraint.ASAP
    constraint_date: datetime | None = None
    deadline: datetime | None = None
    recurrence: str = ""  # an RFC 5545 RRULE, for routines
    repeat_from: RepeatFrom = RepeatFrom.SCHEDULE  # COMPLETION: the rule's FREQ×INTERVAL after the last is done
    skip_if_open: bool = False  # create no new occurrence while an earlier one is still open
    shift_to_workday: bool = False  # move an occurrence off a non-working day to the next working day
    horizon: int = 14  # days ahead that occurrences become real tasks
    routine_id: int | None = None  # on an occurrence: the routine that made it (which may since be deleted)
    occurrence: datetime | None = None  # on an occurrence: the date the rule gave it, before any move
    external_id: str = ""
    calendar_id: int | None = None  # None: its project's calendar
    created: datetime | None = None
    started: datetime | None = None
    completed: datetime | None = None
    assignments: dict[int, float] = field(default_factory=dict)  # person id -> units (1.0 = 100 %)
    # person id -> day -> working minutes that day, replacing units × the day's working time (a work contour)
    contours: dict[int, dict[date, int]] = field(default_factory=dict)
    labels: set[int] = field(default_factory=set)
    checklist: list[ChecklistItem] = field(default_factory=list)
    board_rank: float | None = None  # order in its board column; None sorts as its id (creation order)
    fixed_cost: float = 0.0  # a cost of the task beyond its people's hours (a licence, a device)
    task_type: TaskType = TaskType.FIXED_UNITS
    effort_driven: bool = False  # adding or removing people keeps the work and changes the duration
    # on a routine: one occurrence skipped (None) or moved (to a start), by the day the rule gives it
    recurrence_exceptions: dict[date, datetime | None] = field(default_factory=dict)
    kept: dict = field(default_factory=dict)  # what another program wrote that Planner keeps (planner.core.kept)
    origin_id: int | None = None  # on a scenario's task: the live task it is a copy of (None: added in the scenario)

    def container(self) -> ParentKey:
        if self.project_id is not None:
            return ("project", self.project_id)
        return ("area", self.area_id)

    def parent_key(self) -> ParentKey:
        if self.parent_id is not None:
            return ("task", self.parent_id)
        return self.container()


@dataclass
class Dependency:
    id: int
    predecessor_id: int
    successor_id: int
    type: LinkType = LinkType.FS
    lag: int = 0  # working minutes (negative is lead); wall-clock minutes or a percentage, as lag_unit says
    lag_unit: str = ""  # "" working time, "elapsed", or "percent" of the predecessor's duration


@dataclass
class StatusChange:
    id: int
    task_id: int
    from_status_id: int | None
    to_status_id: int | None
    at: datetime


@dataclass
class Target:
    """A flow metric's target for the whole workspace (`area_id` None) or one area: "throughput ≥ 12 a week",
    "85 % within 5 days" (metric cycle_time, percentile 85, value 5). `planner.core.metrics` checks them."""

    id: int
    metric: str  # throughput, cycle_time, lead_time, wip, on_time
    value: float
    percentile: float = 85.0  # for cycle_time and lead_time: the share that must be within `value` days
    area_id: int | None = None


# Where a task hangs in the tree: under another task, or at the top of a project or area.
ParentKey = tuple[str, int]

ID_BLOCK = 100  # ids a client reserves at a time from a shared workspace's database (Workspace.reserve_ids)
KINDS = (
    "calendar",
    "area",
    "project",
    "status",
    "person",
    "label",
    "task",
    "dependency",
    "status_change",
    "target",  # flow metric targets (planner.core.metrics)
    # project registers (planner.core.project, risks, stakeholders, costs, baselines, templates)
    "deliverable",
    "success_criterion",
    "risk",
    "stakeholder",
    "interaction",
    "expense",
    "time_entry",
    "baseline",
    "template",
    "rule",  # rules and what they did (planner.core.rules)
    "rule_log",
)


class Workspace:
    """All objects of one workspace, by kind and id, with the task tree kept as ordered child lists."""

    def __init__(self) -> None:
        self.areas: dict[int, Area] = {}
        self.projects: dict[int, Project] = {}
        self.statuses: dict[int, Status] = {}
        self.people: dict[int, Person] = {}
        self.labels: dict[int, Label] = {}
        self.tasks: dict[int, Task] = {}
        self.dependencies: dict[int, Dependency] = {}
        self.status_changes: dict[int, StatusChange] = {}
        self.targets: dict[int, Target] = {}  # flow metric targets
        self.deliverables: dict = {}  # project registers: their classes live in their own core modules
        self.success_criteria: dict = {}
        self.risks: dict = {}
        self.stakeholders: dict = {}
        self.interactions: dict = {}
        self.expenses: dict = {}
        self.time_entries: dict = {}
        self.baselines: dict = {}
        self.templates: dict = {}
        self.rules: dict = {}  # planner.core.rules: its classes live there
        self.rule_logs: dict = {}
        self.calendars: dict[int, Calendar] = {}  # named calendars that projects, tasks and people use
        self.calendar: Calendar = STANDARD  # the workspace's own: every task without another one
        self._next_id: dict[str, int] = dict.fromkeys(KINDS, 1)
        # Where new ids come from when several clients write one workspace (a server's): `reserve_ids(kind, n)`
        # returns the first of n ids of that kind nobody else will be given.
        self.reserve_ids: Callable[[str, int], int] | None = None
        self._id_blocks: dict[str, range] = {}
        self._children: dict[ParentKey, list[int]] = {}
        # task id -> ids of the links where it is the predecessor, and where it is the successor; None after a bulk
        # load until first asked for: a window's first screen reads no link by its task (~5 ms of CPU of opening
        # 10,500 tasks and 15,000 links), the first edit does
        self._link_index: tuple[dict[int, set[int]], dict[int, set[int]]] | None = ({}, {})
        self._combined: dict[tuple[int, ...], CombinedCalendar] = {}
        # Counts changes to tasks made through put, remove, place, rebuild_indexes or a command's touch (which
        # comes before every change a command makes), so that a cache of task fields knows when it is stale.
        self.task_edits = 0
        self.caches: dict[str, object] = {}  # kept by other core modules (the board's column order), per workspace

    # -- lookup -------------------------------------------------------------------------
    def table(self, kind: str) -> dict:
        return getattr(self, _TABLES[kind])

    def new_id(self, kind: str) -> int:
        if self.reserve_ids is not None:
            block = self._id_blocks.get(kind)
            if not block:
                block = range(start := self.reserve_ids(kind, ID_BLOCK), start + ID_BLOCK)
            self._id_blocks[kind] = block[1:]
            return block[0]
        next_id = self._next_id[kind]
        self._next_id[kind] = next_id + 1
        return next_id

    def keep_ids_above(self, kind: str, ident: int) -> None:
        """Give new objects of `kind` ids above `ident` (rows the file holds that this workspace leaves out)."""
        self._next_id[kind] = max(self._next_id[kind], ident + 1)

    def children(self, key: ParentKey) -> list[int]:
        """Ids of the tasks directly under `key`, in order. The list is the index itself: do not change it."""
        return self._children.get(key, _EMPTY)

    def parent_keys(self) -> list[ParentKey]:
        """The keys (projects, areas, tasks) that have tasks directly under them, in no particular order."""
        return [key for key, inside in self._children.items() if inside]

    def descendants(self, task_id: int) -> list[int]:
        return self.outline(("task", task_id))

    def outline(self, key: tuple[str, int]) -> list[int]:
        """Ids of every task under `key` (a project, an area or a task), in outline order: each parent before its
        children."""
        out: list[int] = []
        children = self._children.get
        stack = list(reversed(children(key, _EMPTY)))
        while stack:
            tid = stack.pop()
            out.append(tid)
            below = children(("task", tid))
            if below:  # most tasks are leaves: nothing to turn round (a third of the walk's cost)
                stack += reversed(below)
        return out

    def ancestors(self, task_id: int) -> list[int]:
        out = []
        parent = self.tasks[task_id].parent_id
        while parent is not None:
            out.append(parent)
            parent = self.tasks[parent].parent_id
        return out

    def is_summary(self, task_id: int) -> bool:
        return bool(self._children.get(("task", task_id)))

    def links_out(self, task_id: int) -> set[int]:
        return (self._link_index or self._index_links())[0].get(task_id, _EMPTY_SET)

    def links_in(self, task_id: int) -> set[int]:
        return (self._link_index or self._index_links())[1].get(task_id, _EMPTY_SET)

    def predecessors(self, task_id: int) -> list[Task]:
        return [self.tasks[self.dependencies[d].predecessor_id] for d in self.links_in(task_id)]

    def ordered(self, kind: str) -> list:
        """Areas, projects, statuses, people or labels in display order."""
        items = self.table(kind).values()
        if kind in ("area", "project", "status"):
            return sorted(items, key=lambda item: (item.position, item.id))
        return sorted(items, key=lambda item: (item.name.casefold(), item.id))

    def done_status_ids(self) -> set[int]:
        return {s.id for s in self.statuses.values() if s.kind is StatusKind.DONE}

    def default_status_id(self) -> int | None:
        ordered = self.ordered("status")
        return ordered[0].id if ordered else None

    def relink_calendars(self) -> None:
        """Point every derived calendar at the stored object of its base (copies made for undo break that link)."""
        for calendar in self.calendars.values():
            if calendar.base is not None and calendar.base.id in self.calendars:
                calendar.base = self.calendars[calendar.base.id]
        if self.calendar.id in self.calendars:
            self.calendar = self.calendars[self.calendar.id]

    def calendar_for(self, task: Task) -> Calendar:
        """The calendar a task is scheduled on, as MS Project chooses it: the task's own; else its work assignees'
        (when they work on several, the time any of them works); else its project's; else the workspace's."""
        if task.calendar_id in self.calendars:
            return self.calendars[task.calendar_id]
        project = self.projects[task.project_id].calendar_id if task.project_id in self.projects else None
        default = self.calendars.get(project, self.calendar)
        # Only people with working hours: a material or a cost resource has no say in when the work is done.
        people = sorted(
            {p.calendar_id for p in map(self.people.get, task.assignments) if p and p.resource_type == "work"}, key=str
        )
        if not people:
            return default
        members = tuple(self.calendars.get(cid, default) for cid in people)
        if len(members) == 1:
            return members[0]
        key = tuple(id(m) for m in members)
        if key not in self._combined:  # one object per set, so its timeline is built once per schedule
            self._combined[key] = CombinedCalendar(members)
        return self._combined[key]

    def calendar_chooser(self) -> Callable[[Task], Calendar]:
        """`calendar_for` for a pass over many tasks while nothing but tasks changes: asked once per distinct task
        calendar, project and set of assignees (each call sorts the assignees' calendars: 22 ms at 10,500 tasks)."""
        memo: dict[tuple, Calendar] = {}
        # When no one who works has a calendar of their own, assignees never change a task's calendar (it is its
        # own, else its project's): the key leaves them out, which halves its cost.
        by_assignees = any(p.calendar_id is not None for p in self.people.values() if p.resource_type == "work")

        def chosen(task: Task) -> Calendar:
            key = (
                (task.calendar_id, task.project_id, *task.assignments)
                if by_assignees
                else (task.calendar_id, task.project_id)
            )
            found = memo.get(key)
            if found is None:
                found = memo[key] = self.calendar_for(task)
            return found

        chosen.by_assignees = by_assignees  # False: the scheduler may ask once per project for tasks without a calendar
        return chosen

    def container_name(self, key: ParentKey) -> str:
        kind, ident = key
        return self.table(kind)[ident].name

    # -- raw mutation, used by commands and by loading -----------------------------------
    def put(self, kind: str, obj) -> None:
        """Add or replace an object, keeping the indexes right. Tasks are placed by their position."""
        table = self.table(kind)
        if kind == "task":
            self.task_edits += 1
        if kind == "task" and obj.id in table:
            self._unindex_task(table[obj.id])
        if kind == "dependency" and obj.id in table:
            self._unindex_link(table[obj.id])
        table[obj.id] = obj
        if self._next_id[kind] <= obj.id:
            self._next_id[kind] = obj.id + 1
        if kind == "task":
            self._index_task(obj)
        elif kind == "dependency" and self._link_index is not None:
            out, into = self._link_index
            out.setdefault(obj.predecessor_id, set()).add(obj.id)
            into.setdefault(obj.successor_id, set()).add(obj.id)

    def remove(self, kind: str, ident: int):
        obj = self.table(kind).pop(ident)
        if kind == "task":
            self.task_edits += 1
            self._unindex_task(obj)
        elif kind == "dependency":
            self._unindex_link(obj)
        return obj

    def place(self, task: Task, key: ParentKey, index: int) -> list[int]:
        """Move `task` under `key` at `index`, renumbering both sibling lists; returns the ids of every task changed."""
        self.task_edits += 1
        old_key = task.parent_key()
        old_container = task.container()
        self._unindex_task(task)
        kind, ident = key
        if kind == "task":
            task.parent_id = ident
            parent = self.tasks[ident]
            task.project_id, task.area_id = parent.project_id, parent.area_id
        else:
            task.parent_id = None
            task.project_id = ident if kind == "project" else None
            task.area_id = ident if kind == "area" else None
        siblings = self._children.setdefault(key, [])
        siblings.insert(max(0, min(index, len(siblings))), task.id)
        changed = {task.id, *self._renumber(old_key), *self._renumber(key)}
        if task.container() != old_container:
            for tid in self.descendants(task.id):
                self.tasks[tid].project_id, self.tasks[tid].area_id = task.project_id, task.area_id
                changed.add(tid)
        return sorted(changed)

    def rebuild_indexes(self) -> None:
        """Rebuild the tree index from scratch, and the link index when next asked for (after a bulk load)."""
        self.task_edits += 1
        self._children.clear()
        # Sorted as (position, id) pairs: tuples compare in C, where a sort key is a Python call for each task
        # (10,500 tasks: 9 -> 5.5 ms; an import rebuilds twice, an open once).
        pairs: dict[ParentKey, list[tuple[int, int]]] = {}
        for task in self.tasks.values():
            pairs.setdefault(task.parent_key(), []).append((task.position, task.id))
        for key, found in pairs.items():
            found.sort()
            self._children[key] = [tid for _, tid in found]
        self._link_index = None
        for kind in KINDS:
            table = self.table(kind)
            self._next_id[kind] = max(table, default=0) + 1

    def _index_task(self, task: Task) -> None:
        siblings = self._children.setdefault(task.parent_key(), [])
        index = len(siblings)
        for i, tid in enumerate(siblings):
            if self.tasks[tid].position > task.position:
                index = i
                break
        siblings.insert(index, task.id)

    def _unindex_task(self, task: Task) -> None:
        siblings = self._children.get(task.parent_key())
        if siblings and task.id in siblings:
            siblings.remove(task.id)

    def _index_links(self) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
        """The link index made from the links held now. Made whole and then set, so a reader on another thread (an
        export's) sees it whole or not at all."""
        out: dict[int, set[int]] = {}
        into: dict[int, set[int]] = {}
        for dep in self.dependencies.values():
            out.setdefault(dep.predecessor_id, set()).add(dep.id)
            into.setdefault(dep.successor_id, set()).add(dep.id)
        self._link_index = (out, into)
        return self._link_index

    def _unindex_link(self, dep: Dependency) -> None:
        if self._link_index is not None:  # else made from the links when first asked for, without this one
            out, into = self._link_index
            out.get(dep.predecessor_id, set()).discard(dep.id)
            into.get(dep.successor_id, set()).discard(dep.id)

    def _renumber(self, key: ParentKey) -> list[int]:
        moved = []
        for position, tid in enumerate(self._children.get(key, ())):
            task = self.tasks[tid]
            if task.position != position:
                task.position = position
                moved.append(tid)
        return moved


_TABLES = {
    "calendar": "calendars",
    "area": "areas",
    "project": "projects",
    "status": "statuses",
    "person": "people",
    "label": "labels",
    "task": "tasks",
    "dependency": "dependencies",
    "status_change": "status_changes",
    "target": "targets",
    "deliverable": "deliverables",
    "success_criterion": "success_criteria",
    "risk": "risks",
    "stakeholder": "stakeholders",
    "interaction": "interactions",
    "expense": "expenses",
    "time_entry": "time_entries",
    "baseline": "baselines",
    "template": "templates",
    "rule": "rules",
    "rule_log": "rule_logs",
}
_EMPTY: list[int] = []
_EMPTY_SET: set[int] = set()


def tree_order(ws: Workspace) -> list[int]:
    """Every task id in outline order: containers in display order, each tree depth first."""
    out: list[int] = []
    for kind in ("area", "project"):
        for container in ws.ordered(kind):
            stack = list(reversed(ws.children((kind, container.id))))
            while stack:
                tid = stack.pop()
                out.append(tid)
                stack.extend(reversed(ws.children(("task", tid))))
    return out
