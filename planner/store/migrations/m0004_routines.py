"""Version 4: routines (how each repeats, its horizon and its skipped or moved occurrences) and the link from an
occurrence to the routine that made it."""

from peewee import SQL, BooleanField, CompositeKey, ForeignKeyField, IntegerField, Model, TextField
from playhouse.migrate import SchemaMigrator, migrate


def up(db) -> None:
    class TaskRow(Model):  # frozen: only the key, which the new table refers to
        id = IntegerField(primary_key=True)

        class Meta:
            database = db
            table_name = "task"

    class RoutineExceptionRow(Model):  # frozen: the table as version 4 made it
        task = ForeignKeyField(TaskRow, column_name="task_id", on_delete="CASCADE")
        day = TextField()
        moved_to = TextField(null=True)

        class Meta:
            database = db
            table_name = "routine_exception"
            primary_key = CompositeKey("task", "day")

    def not_null(field_class, default, sql_default: str):
        # NOT NULL with an SQL default in one ALTER: the migrator's usual way rebuilds the task table, and
        # dropping the old one would cascade into the assignments, labels and checklists that refer to it.
        return {
            "field": field_class(default=default, constraints=[SQL(f"DEFAULT {sql_default}")]),
            "allow_not_null": True,
        }

    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("task", "repeat_from", **not_null(TextField, "schedule", "'schedule'")),
        migrator.add_column("task", "skip_if_open", **not_null(BooleanField, False, "0")),
        migrator.add_column("task", "shift_to_workday", **not_null(BooleanField, False, "0")),
        migrator.add_column("task", "horizon", **not_null(IntegerField, 14, "14")),
        migrator.add_column("task", "routine_id", IntegerField(null=True)),
        migrator.add_column("task", "occurrence", TextField(null=True)),
    )
    db.create_tables([RoutineExceptionRow])
