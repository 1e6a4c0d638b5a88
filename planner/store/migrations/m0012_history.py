"""Version 12: the workspace's history of changes (planner.core.history), one row per committed change.

Only adds tables (a change, and apart what it did), so no existing row is rewritten.
"""

from peewee import BlobField, Database, IntegerField, Model, TextField


def up(db: Database) -> None:
    class HistoryRow(Model):  # frozen: the table as version 12 made it
        id = IntegerField(primary_key=True)
        at = TextField(index=True)
        label = TextField(default="")
        kind = TextField(default="do")
        reverts = IntegerField(null=True)
        touches = TextField(default="")

        class Meta:
            database = db
            table_name = "history"

    class HistoryObjectsRow(Model):
        id = IntegerField(primary_key=True)
        objects = BlobField()

        class Meta:
            database = db
            table_name = "history_objects"

    db.create_tables([HistoryRow, HistoryObjectsRow], safe=True)
