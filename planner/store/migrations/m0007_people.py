"""Version 7: people as a resource sheet holds them (role, type, max units, overtime rate, cost per use, notes),
task types and effort-driven scheduling, and a project's WBS code mask and scheduling from its finish.

Columns are added in place (NOT NULL with an SQL default in one ALTER, as in version 5), so no table is rebuilt.
"""

from peewee import SQL, BooleanField, Database, FloatField, TextField
from playhouse.migrate import SchemaMigrator, migrate


def up(db: Database) -> None:
    def column(table: str, name: str, field_class, default, sql_default: str):
        field = field_class(default=default, constraints=[SQL(f"DEFAULT {sql_default}")])
        return migrator.add_column(table, name, field=field, allow_not_null=True)

    migrator = SchemaMigrator.from_database(db)
    migrate(
        column("person", "role", TextField, "", "''"),
        column("person", "resource_type", TextField, "work", "'work'"),
        column("person", "max_units", FloatField, 1.0, "1.0"),
        column("person", "overtime_rate", FloatField, 0.0, "0"),
        column("person", "cost_per_use", FloatField, 0.0, "0"),
        column("person", "notes", TextField, "", "''"),
        column("task", "task_type", TextField, "fixed_units", "'fixed_units'"),
        column("task", "effort_driven", BooleanField, False, "0"),
        column("project", "wbs_mask", TextField, "", "''"),
        column("project", "schedule_from_finish", BooleanField, False, "0"),
    )
