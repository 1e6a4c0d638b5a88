"""Version 14: a scenario's own working time. A person row may be a scenario's copy of a live person
(`scenario_of`: the scenario project, `origin_id`: the live person), seen in the live person's place while that
scenario is in front (planner.core.scenarios). A scenario's calendars say the same inside their JSON definition,
so the calendar table is unchanged.

Columns are added in place, empty, so existing people read as live ones.
"""

from peewee import Database, IntegerField
from playhouse.migrate import SchemaMigrator, migrate


def up(db: Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("person", "scenario_of", IntegerField(null=True)),
        migrator.add_column("person", "origin_id", IntegerField(null=True)),
    )
