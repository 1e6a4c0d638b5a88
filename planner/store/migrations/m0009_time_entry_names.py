"""Version 9: logged time keeps the name and hourly rate of a person who has since been deleted.

Columns are added in place (NOT NULL with an SQL default in one ALTER, as in version 7).
"""

from peewee import SQL, Database, FloatField, TextField
from playhouse.migrate import SchemaMigrator, migrate


def up(db: Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column(
            "time_entry", "person_name", TextField(default="", constraints=[SQL("DEFAULT ''")]), allow_not_null=True
        ),
        migrator.add_column(
            "time_entry", "person_rate", FloatField(default=0.0, constraints=[SQL("DEFAULT 0")]), allow_not_null=True
        ),
    )
