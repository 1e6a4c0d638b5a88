"""Version 13: scenarios and report records. A project may be a scenario of another (`scenario_of`, with the
user's name for it), a scenario's task names the live task it copies (`origin_id`), and `report_made` records
when a report of each kind was made of a project or area, so the next one lists what moved since.

Columns are added in place with SQL defaults, so existing rows read as live projects and tasks.
"""

from peewee import SQL, Database, IntegerField, Model, TextField
from playhouse.migrate import SchemaMigrator, migrate


def up(db: Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("project", "scenario_of", IntegerField(null=True)),
        migrator.add_column(
            "project", "scenario_name", TextField(default="", constraints=[SQL("DEFAULT ''")]), allow_not_null=True
        ),
        migrator.add_column("task", "origin_id", IntegerField(null=True)),
    )

    class ReportMadeRow(Model):  # frozen: the table as version 13 made it
        id = IntegerField(primary_key=True)
        kind = TextField()
        scope = TextField(default="")
        at = TextField()
        history_id = IntegerField(null=True)

        class Meta:
            database = db
            table_name = "report_made"
            indexes = ((("kind", "scope", "at"), False),)

    db.create_tables([ReportMadeRow], safe=True)
