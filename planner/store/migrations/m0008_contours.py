"""Version 8: work contours, the minutes a person works on a task on a given day where they differ from the
assignment's units × that day's working time (typed into resource usage).

Only adds a table, so no existing row is rewritten.
"""

from peewee import CompositeKey, Database, ForeignKeyField, IntegerField, Model, TextField


def up(db: Database) -> None:
    class TaskRow(Model):  # frozen: only the keys the new table refers to
        id = IntegerField(primary_key=True)

        class Meta:
            database = db
            table_name = "task"

    class PersonRow(Model):
        id = IntegerField(primary_key=True)

        class Meta:
            database = db
            table_name = "person"

    class ContourRow(Model):  # frozen: the table as version 8 made it
        task = ForeignKeyField(TaskRow, column_name="task_id", on_delete="CASCADE")
        person = ForeignKeyField(PersonRow, column_name="person_id", on_delete="CASCADE")
        day = TextField()
        minutes = IntegerField()

        class Meta:
            database = db
            table_name = "contour"
            primary_key = CompositeKey("task", "person", "day")

    db.create_tables([ContourRow], safe=True)
