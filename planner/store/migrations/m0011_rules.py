"""Version 11: rules that act on events and dates (planner.core.rules), and the log of what they did.

Only adds two tables, so no existing row is rewritten.
"""

from peewee import BooleanField, Database, IntegerField, Model, TextField


def up(db: Database) -> None:
    class RuleRow(Model):  # frozen: the tables as version 11 made them
        id = IntegerField(primary_key=True)
        name = TextField()
        trigger = TextField(default="{}")
        conditions = TextField(default="{}")
        actions = TextField(default="[]")
        enabled = BooleanField(default=True)
        area_id = IntegerField(null=True)
        project_id = IntegerField(null=True)
        position = IntegerField(default=0)
        checked_through = TextField(null=True)

        class Meta:
            database = db
            table_name = "rule"

    class RuleLogRow(Model):
        id = IntegerField(primary_key=True)
        rule_id = IntegerField()
        rule_name = TextField()
        at = TextField()
        change = TextField(default="")
        task_id = IntegerField(null=True)
        did = TextField(default="")

        class Meta:
            database = db
            table_name = "rule_log"

    db.create_tables([RuleRow, RuleLogRow], safe=True)
