"""The workspace file's tables as peewee models, named after the core objects they hold (`TaskRow` for `Task`).

A row's field names are the core object's field names, so loading and writing map them by name.
Models are unbound: each open workspace file binds them to its own database.
"""

from __future__ import annotations

from datetime import datetime

from peewee import (
    BooleanField,
    CompositeKey,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

# PRAGMA application_id of a Planner workspace ("PLAN"): tells our files from other programs' SQLite files.
APPLICATION_ID = 0x504C414E


class DateTimeText(Field):
    """A datetime stored as ISO 8601 text; parsed with fromisoformat, which is several times faster than strptime."""

    field_type = "TEXT"

    def db_value(self, value: datetime | None) -> str | None:
        return None if value is None else value.isoformat(sep=" ")

    def python_value(self, value: str | None) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


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
}
TASK_PARTS = (AssignmentRow, TaskLabelRow, ChecklistRow, RoutineExceptionRow)
MODELS = [*ROWS.values(), *TASK_PARTS]
