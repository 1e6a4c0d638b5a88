"""The workspace file's tables as peewee models, named after the core objects they hold (`TaskRow` for `Task`).

A row's field names are the core object's field names, so loading and writing map them by name.
Models are unbound: each open workspace file binds them to its own database.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from operator import methodcaller

from peewee import (
    BlobField,
    BooleanField,
    CompositeKey,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from planner.core.model import ResourceType, TaskType
from planner.core.project import Acceptance, CriterionStatus
from planner.core.risks import Response, RiskStatus
from planner.core.stakeholders import Engagement

# PRAGMA application_id of a Planner workspace ("PLAN"): tells our files from other programs' SQLite files.
APPLICATION_ID = 0x504C414E


class DateTimeText(Field):
    """A datetime stored as ISO 8601 text; parsed with fromisoformat, which is several times faster than strptime."""

    field_type = "TEXT"

    def db_value(self, value: datetime | None) -> str | None:
        return None if value is None else value.isoformat(sep=" ")

    def python_value(self, value: str | None) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)

    # How writing converts it (workspace_file): in C, with no Python call per value (an import writes 210,000).
    to_store = staticmethod(methodcaller("isoformat", " "))


class DateText(Field):
    """A date stored as ISO 8601 text (YYYY-MM-DD)."""

    field_type = "TEXT"

    def db_value(self, value: date | None) -> str | None:
        return None if value is None else value.isoformat()

    def python_value(self, value: str | None) -> date | None:
        return None if value is None else date.fromisoformat(value)

    to_core = staticmethod(date.fromisoformat)  # how loading and writing convert it (workspace_file)
    to_store = staticmethod(date.isoformat)


class JSONText(Field):
    """A list or document stored as JSON text (a register's linked task ids, a template)."""

    field_type = "TEXT"

    @staticmethod
    def to_core(value: str):
        # Most rows hold an empty document (every task's kept fields): a new one, without the JSON parser's ~3 µs.
        if value == "{}":
            return {}
        if value == "[]":
            return []
        return json.loads(value)

    @staticmethod
    def to_store(value) -> str:
        if isinstance(value, dict | list) and not value:  # most rows, as in `to_core`
            return "[]" if isinstance(value, list) else "{}"
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def db_value(self, value):
        return None if value is None else self.to_store(value)

    def python_value(self, value):
        return None if value is None else self.to_core(value)


class EnumText(Field):
    """A core StrEnum stored as its value."""

    field_type = "TEXT"

    def __init__(self, enum, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.to_core = enum_reader(enum)
        self.to_store = enum_writer(enum)


def enum_reader(enum):
    """The member a stored value stands for, by dict lookup (KeyError for a value that is none): calling the
    enum class costs ~2 µs a value, a quarter of loading 10,500 tasks and 15,000 links."""
    return {member.value: member for member in enum}.__getitem__


def enum_writer(enum):
    """A member's stored value by dict lookup (a value that is not a member, as itself as text): reading `.value`
    is a Python call, ~0.2 µs for each of the ~45,000 enum values of a 10,500-task import's rows."""
    return _EnumValues({member: member.value for member in enum}).__getitem__


class _EnumValues(dict):
    def __missing__(self, value) -> str:
        return str(value)


class BaselineTasksText(Field):
    """A baseline's tasks as JSON: {task id: [title, start, finish, duration, work, cost, summary, milestone,
    parent]}."""

    field_type = "TEXT"

    @staticmethod
    def to_core(value: str) -> dict:
        from planner.core.baselines import BaselineTask

        def when(text):
            return None if text is None else datetime.fromisoformat(text)

        return {
            int(tid): BaselineTask(row[0], when(row[1]), when(row[2]), row[3], row[4], row[5], row[6], row[7], row[8])
            for tid, row in json.loads(value).items()
        }

    @staticmethod
    def to_store(value: dict) -> str:
        def iso(at):
            return None if at is None else at.isoformat(sep=" ")

        rows = {
            str(tid): [
                t.title,
                iso(t.start),
                iso(t.finish),
                t.duration,
                t.work,
                t.cost,
                t.summary,
                t.milestone,
                t.parent_id,
            ]
            for tid, t in value.items()
        }
        return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


class Row(Model):
    class Meta:
        legacy_table_names = False


class CalendarRow(Row):
    """A named working-time calendar; its week, exceptions and rules are one JSON document (calendar_codec)."""

    id = IntegerField(primary_key=True)
    name = TextField()
    definition = TextField(default="{}")
    base = ForeignKeyField("self", column_name="base_id", null=True, on_delete="SET NULL")
    is_default = BooleanField(default=False)

    class Meta:
        table_name = "calendar"


class AreaRow(Row):
    id = IntegerField(primary_key=True)
    name = TextField()
    notes = TextField(default="")
    position = IntegerField(default=0)
    color = TextField(default="")

    class Meta:
        table_name = "area"


class ProjectRow(Row):
    id = IntegerField(primary_key=True)
    name = TextField()
    notes = TextField(default="")
    position = IntegerField(default=0)
    color = TextField(default="")
    start = DateTimeText(null=True)
    target_finish = DateTimeText(null=True)
    status_date = DateTimeText(null=True)
    scope = TextField(default="")
    objectives = TextField(default="")
    sponsor = TextField(default="")
    manager = TextField(default="")
    budget = FloatField(default=0.0)
    calendar = ForeignKeyField(CalendarRow, column_name="calendar_id", null=True, on_delete="SET NULL")
    in_scope = TextField(default="")
    out_of_scope = TextField(default="")
    health_override = TextField(default="")
    health_comment = TextField(default="")
    baseline_id = IntegerField(null=True)  # no foreign key: the baseline table refers to projects
    wbs_mask = TextField(default="")
    schedule_from_finish = BooleanField(default=False)
    kept = JSONText(default=dict)  # what another program wrote that Planner keeps (planner.core.kept)
    scenario_of = IntegerField(null=True)  # no foreign key: a scenario outlives the project it copied
    scenario_name = TextField(default="")

    class Meta:
        table_name = "project"


class StatusRow(Row):
    id = IntegerField(primary_key=True)
    name = TextField()
    kind = TextField(default="todo")
    position = IntegerField(default=0)
    wip_limit = IntegerField(default=0)

    class Meta:
        table_name = "status"


class PersonRow(Row):
    id = IntegerField(primary_key=True)
    name = TextField()
    initials = TextField(default="")
    email = TextField(default="")
    capacity = FloatField(default=8.0)
    rate = FloatField(default=0.0)
    calendar = ForeignKeyField(CalendarRow, column_name="calendar_id", null=True, on_delete="SET NULL")
    role = TextField(default="")
    resource_type = EnumText(ResourceType, default=ResourceType.WORK)
    max_units = FloatField(default=1.0)
    overtime_rate = FloatField(default=0.0)
    cost_per_use = FloatField(default=0.0)
    notes = TextField(default="")
    kept = JSONText(default=dict)  # what another program wrote that Planner keeps (planner.core.kept)
    scenario_of = IntegerField(null=True)  # a scenario's own copy: the scenario project (no foreign key, as project's)
    origin_id = IntegerField(null=True)  # and the live person it copies

    class Meta:
        table_name = "person"


class LabelRow(Row):
    id = IntegerField(primary_key=True)
    name = TextField()
    color = TextField(default="#6b7280")

    class Meta:
        table_name = "label"


class TaskRow(Row):
    id = IntegerField(primary_key=True)
    title = TextField()
    project = ForeignKeyField(ProjectRow, column_name="project_id", null=True, on_delete="CASCADE")
    area = ForeignKeyField(AreaRow, column_name="area_id", null=True, on_delete="CASCADE")
    parent = ForeignKeyField("self", column_name="parent_id", null=True, on_delete="CASCADE")
    position = IntegerField(default=0)
    notes = TextField(default="")
    status = ForeignKeyField(StatusRow, column_name="status_id", null=True, on_delete="SET NULL")
    priority = IntegerField(default=1)
    value = IntegerField(default=0)
    effort = IntegerField(default=0)
    start = DateTimeText(null=True)
    finish = DateTimeText(null=True)
    duration = IntegerField(null=True)
    work = IntegerField(null=True)
    percent_complete = IntegerField(default=0)
    milestone = BooleanField(default=False)
    manual = BooleanField(default=False)
    constraint = TextField(default="ASAP")
    constraint_date = DateTimeText(null=True)
    deadline = DateTimeText(null=True)
    recurrence = TextField(default="")
    repeat_from = TextField(default="schedule")
    skip_if_open = BooleanField(default=False)
    shift_to_workday = BooleanField(default=False)
    horizon = IntegerField(default=14)
    routine_id = IntegerField(null=True)  # no foreign key: an occurrence outlives its routine, and an undo restores it
    occurrence = DateTimeText(null=True)
    external_id = TextField(default="")
    calendar = ForeignKeyField(CalendarRow, column_name="calendar_id", null=True, on_delete="SET NULL")
    created = DateTimeText(null=True)
    started = DateTimeText(null=True)
    completed = DateTimeText(null=True)
    board_rank = FloatField(null=True)
    fixed_cost = FloatField(default=0.0)
    task_type = EnumText(TaskType, default=TaskType.FIXED_UNITS)
    effort_driven = BooleanField(default=False)
    kept = JSONText(default=dict)  # what another program wrote that Planner keeps (planner.core.kept)
    origin_id = IntegerField(null=True)  # no foreign key: a scenario's task outlives the live task it copied

    class Meta:
        table_name = "task"
        indexes = ((("parent", "position"), False),)


class AssignmentRow(Row):
    task = ForeignKeyField(TaskRow, column_name="task_id", on_delete="CASCADE")
    person = ForeignKeyField(PersonRow, column_name="person_id", on_delete="CASCADE")
    units = FloatField(default=1.0)

    class Meta:
        table_name = "assignment"
        primary_key = CompositeKey("task", "person")


class ContourRow(Row):
    """One day of an assignment's work contour: the minutes a person works on a task that day."""

    task = ForeignKeyField(TaskRow, column_name="task_id", on_delete="CASCADE")
    person = ForeignKeyField(PersonRow, column_name="person_id", on_delete="CASCADE")
    day = TextField()  # ISO date
    minutes = IntegerField()

    class Meta:
        table_name = "contour"
        primary_key = CompositeKey("task", "person", "day")


class TaskLabelRow(Row):
    task = ForeignKeyField(TaskRow, column_name="task_id", on_delete="CASCADE")
    label = ForeignKeyField(LabelRow, column_name="label_id", on_delete="CASCADE")

    class Meta:
        table_name = "task_label"
        primary_key = CompositeKey("task", "label")


class ChecklistRow(Row):
    task = ForeignKeyField(TaskRow, column_name="task_id", on_delete="CASCADE")
    position = IntegerField()
    text = TextField()
    done = BooleanField(default=False)

    class Meta:
        table_name = "checklist_item"
        primary_key = CompositeKey("task", "position")


class RoutineExceptionRow(Row):
    """One occurrence of a routine skipped (no `moved_to`) or moved, by the day its rule gives it."""

    task = ForeignKeyField(TaskRow, column_name="task_id", on_delete="CASCADE")
    day = TextField()  # ISO date
    moved_to = DateTimeText(null=True)

    class Meta:
        table_name = "routine_exception"
        primary_key = CompositeKey("task", "day")


class DependencyRow(Row):
    id = IntegerField(primary_key=True)
    predecessor = ForeignKeyField(TaskRow, column_name="predecessor_id", on_delete="CASCADE")
    successor = ForeignKeyField(TaskRow, column_name="successor_id", on_delete="CASCADE")
    type = TextField(default="FS")
    lag = IntegerField(default=0)
    lag_unit = TextField(default="")

    class Meta:
        table_name = "dependency"


class StatusChangeRow(Row):
    id = IntegerField(primary_key=True)
    task = ForeignKeyField(TaskRow, column_name="task_id", on_delete="CASCADE")
    from_status = ForeignKeyField(StatusRow, column_name="from_status_id", null=True, on_delete="SET NULL")
    to_status = ForeignKeyField(StatusRow, column_name="to_status_id", null=True, on_delete="SET NULL")
    at = DateTimeText()

    class Meta:
        table_name = "status_change"


# -- project registers (planner.core.project, risks, stakeholders, costs, baselines, templates) ---------
class DeliverableRow(Row):
    id = IntegerField(primary_key=True)
    project = ForeignKeyField(ProjectRow, column_name="project_id", on_delete="CASCADE")
    name = TextField()
    description = TextField(default="")
    task_ids = JSONText(default=list)
    acceptance = EnumText(Acceptance, default="pending")
    due = DateText(null=True)
    position = IntegerField(default=0)

    class Meta:
        table_name = "deliverable"


class SuccessCriterionRow(Row):
    id = IntegerField(primary_key=True)
    project = ForeignKeyField(ProjectRow, column_name="project_id", on_delete="CASCADE")
    name = TextField()
    measure = TextField(default="")
    target = TextField(default="")
    current = TextField(default="")
    status = EnumText(CriterionStatus, default="not measured")
    position = IntegerField(default=0)

    class Meta:
        table_name = "success_criterion"


class RiskRow(Row):
    id = IntegerField(primary_key=True)
    project = ForeignKeyField(ProjectRow, column_name="project_id", on_delete="CASCADE")
    name = TextField()
    cause = TextField(default="")
    category = TextField(default="")
    owner = TextField(default="")
    probability = IntegerField(default=3)
    impact = IntegerField(default=3)
    response = EnumText(Response, default="mitigate")
    mitigation = TextField(default="")
    task_ids = JSONText(default=list)
    trigger = TextField(default="")
    contingency = TextField(default="")
    status = EnumText(RiskStatus, default="open")
    review_date = DateText(null=True)
    position = IntegerField(default=0)

    class Meta:
        table_name = "risk"


class StakeholderRow(Row):
    id = IntegerField(primary_key=True)
    project = ForeignKeyField(ProjectRow, column_name="project_id", on_delete="CASCADE")
    name = TextField()
    role = TextField(default="")
    organisation = TextField(default="")
    contact = TextField(default="")
    influence = IntegerField(default=3)
    interest = IntegerField(default=3)
    current_engagement = EnumText(Engagement, default="neutral")
    desired_engagement = EnumText(Engagement, default="supportive")
    communication = TextField(default="")
    channel = TextField(default="")
    frequency = TextField(default="")
    communication_owner = TextField(default="")
    position = IntegerField(default=0)

    class Meta:
        table_name = "stakeholder"


class InteractionRow(Row):
    id = IntegerField(primary_key=True)
    stakeholder = ForeignKeyField(StakeholderRow, column_name="stakeholder_id", on_delete="CASCADE")
    day = DateText()
    channel = TextField(default="Meeting")
    summary = TextField(default="")
    feedback = TextField(default="")

    class Meta:
        table_name = "interaction"


class ExpenseRow(Row):
    id = IntegerField(primary_key=True)
    project = ForeignKeyField(ProjectRow, column_name="project_id", on_delete="CASCADE")
    spent_on = DateText()
    amount = FloatField(default=0.0)
    task = ForeignKeyField(TaskRow, column_name="task_id", null=True, on_delete="SET NULL")
    category = TextField(default="")
    description = TextField(default="")

    class Meta:
        table_name = "expense"


class TimeEntryRow(Row):
    id = IntegerField(primary_key=True)
    task = ForeignKeyField(TaskRow, column_name="task_id", on_delete="CASCADE")
    person = ForeignKeyField(PersonRow, column_name="person_id", null=True, on_delete="SET NULL")
    start = DateTimeText()
    minutes = IntegerField(null=True)  # NULL while its timer runs
    note = TextField(default="")
    person_name = TextField(default="")  # of a deleted person: who it was, and their rate
    person_rate = FloatField(default=0.0)

    class Meta:
        table_name = "time_entry"


class BaselineRow(Row):
    id = IntegerField(primary_key=True)
    project = ForeignKeyField(ProjectRow, column_name="project_id", on_delete="CASCADE")
    name = TextField()
    saved = DateTimeText(null=True)
    tasks = BaselineTasksText(default="{}")

    class Meta:
        table_name = "baseline"


class TemplateRow(Row):
    id = IntegerField(primary_key=True)
    name = TextField()
    saved = DateTimeText(null=True)
    definition = JSONText(default=dict)

    class Meta:
        table_name = "template"


class TargetRow(Row):
    """A flow metric's target, for the workspace (no area) or one area; no foreign key, as a deleted area's
    targets come back with it on undo."""

    id = IntegerField(primary_key=True)
    metric = TextField()
    value = FloatField()
    percentile = FloatField(default=85.0)
    area_id = IntegerField(null=True)

    class Meta:
        table_name = "target"


class RuleRow(Row):
    """A rule (planner.core.rules): its trigger, conditions and actions as JSON; scope ids without foreign keys,
    since a rule whose area was deleted is shown broken rather than dropped."""

    id = IntegerField(primary_key=True)
    name = TextField()
    trigger = JSONText(default=dict)
    conditions = JSONText(default=dict)
    actions = JSONText(default=list)
    enabled = BooleanField(default=True)
    area_id = IntegerField(null=True)
    project_id = IntegerField(null=True)
    position = IntegerField(default=0)
    checked_through = DateText(null=True)

    class Meta:
        table_name = "rule"


class RuleLogRow(Row):
    """One thing a rule did; names its rule and task by id without foreign keys: the log outlives both."""

    id = IntegerField(primary_key=True)
    rule_id = IntegerField()
    rule_name = TextField()
    at = DateTimeText()
    change = TextField(default="")
    task_id = IntegerField(null=True)
    did = TextField(default="")

    class Meta:
        table_name = "rule_log"


class HistoryRow(Row):
    """One committed change (planner.core.history.Entry), without what it did (`HistoryObjectsRow`, apart, so
    listing 100,000 changes reads a small table); `touches` names the objects, projects and people concerned
    (" task:4 person:2 ") for filtering."""

    id = IntegerField(primary_key=True)
    at = TextField(index=True)
    label = TextField(default="")
    kind = TextField(default="do")
    reverts = IntegerField(null=True)
    touches = TextField(default="")

    class Meta:
        table_name = "history"


class HistoryObjectsRow(Row):
    """What the change `id` of `history` did to each object, pickled and compressed."""

    id = IntegerField(primary_key=True)
    objects = BlobField()

    class Meta:
        table_name = "history_objects"


class ReportMadeRow(Row):
    """When a report of a kind ("status", "weekly") was made, and of what: the next one lists what moved since."""

    id = IntegerField(primary_key=True)
    kind = TextField()
    scope = TextField(default="")  # "project:3", "area:2", or "" for the whole team
    at = TextField()
    history_id = IntegerField(null=True)  # the history's last change when it was made: what came after moved since

    class Meta:
        table_name = "report_made"
        indexes = ((("kind", "scope", "at"), False),)


# Each core kind and the table that holds it, in an order where a row's references come first.
ROWS = {
    "calendar": CalendarRow,
    "area": AreaRow,
    "project": ProjectRow,
    "status": StatusRow,
    "person": PersonRow,
    "label": LabelRow,
    "task": TaskRow,
    "dependency": DependencyRow,
    "status_change": StatusChangeRow,
    "target": TargetRow,
    "deliverable": DeliverableRow,
    "success_criterion": SuccessCriterionRow,
    "risk": RiskRow,
    "stakeholder": StakeholderRow,
    "interaction": InteractionRow,
    "expense": ExpenseRow,
    "time_entry": TimeEntryRow,
    "baseline": BaselineRow,
    "template": TemplateRow,
    "rule": RuleRow,
    "rule_log": RuleLogRow,
}
TASK_PARTS = (AssignmentRow, TaskLabelRow, ChecklistRow, RoutineExceptionRow, ContourRow)
MODELS = [*ROWS.values(), *TASK_PARTS, HistoryRow, HistoryObjectsRow, ReportMadeRow]
