"""Version 2: working-time calendars (a table, and a calendar for each project, person and task) and the
unit of a link's lag, for the scheduler and for files imported from MS Project and GanttProject."""

from peewee import BooleanField, ForeignKeyField, IntegerField, Model, TextField
from playhouse.migrate import SchemaMigrator, migrate


def up(db) -> None:
    class CalendarRow(Model):  # frozen: the table as version 2 made it
        id = IntegerField(primary_key=True)
        name = TextField()
        definition = TextField(default="{}")
        base = ForeignKeyField("self", column_name="base_id", null=True, on_delete="SET NULL")
        is_default = BooleanField(default=False)

        class Meta:
            database = db
            table_name = "calendar"

    db.create_tables([CalendarRow])
    migrator = SchemaMigrator.from_database(db)
    reference = {"null": True, "on_delete": "SET NULL", "column_name": "calendar_id"}
    migrate(
        *(
            migrator.add_column(table, "calendar_id", ForeignKeyField(CalendarRow, field=CalendarRow.id, **reference))
            for table in ("project", "person", "task")
        ),
        migrator.add_column("dependency", "lag_unit", TextField(default="")),
    )
