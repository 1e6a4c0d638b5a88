"""Version 6: flow metric targets ("throughput ≥ 12 a week", "85 % within 5 days"), for the workspace or an area.

Only adds a table, so no existing row is rewritten.
"""

from peewee import Database, FloatField, IntegerField, Model, TextField


def up(db: Database) -> None:
    class TargetRow(Model):  # frozen: the table as version 6 made it
        id = IntegerField(primary_key=True)
        metric = TextField()
        value = FloatField()
        percentile = FloatField(default=85.0)
        area_id = IntegerField(null=True)

        class Meta:
            database = db
            table_name = "target"

    db.create_tables([TargetRow], safe=True)
