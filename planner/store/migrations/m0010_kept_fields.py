"""Version 10: projects, people and tasks keep what another program wrote that Planner does not model (custom
field values, outline codes, an exact MS Project priority, a WBS code, a resource's UID), as JSON (planner.core.kept).

Columns are added in place (NOT NULL with an SQL default in one ALTER, as in version 9), so every row reads "{}".
"""

from peewee import SQL, Database, TextField
from playhouse.migrate import SchemaMigrator, migrate


def up(db: Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        *(
            migrator.add_column(
                table, "kept", TextField(default="{}", constraints=[SQL("DEFAULT '{}'")]), allow_not_null=True
            )
            for table in ("project", "person", "task")
        )
    )
