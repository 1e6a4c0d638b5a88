"""Version 5: project registers. The charter's in/out of scope, health override and chosen baseline on `project`;
a fixed cost on `task`; tables for deliverables, success criteria, risks, stakeholders and their interactions,
expenses, time entries, baselines and templates.

Columns are added in place (NOT NULL with an SQL default in one ALTER, as in version 4): the migrator's usual way
rebuilds a table, and dropping the old `task` table would cascade into everything that refers to it.
"""

from peewee import SQL, Database, FloatField, ForeignKeyField, IntegerField, Model, TextField
from playhouse.migrate import SchemaMigrator, migrate


def up(db: Database) -> None:
    class Frozen(Model):
        class Meta:
            database = db

    class ProjectRow(Frozen):  # only the keys the new tables refer to
        id = IntegerField(primary_key=True)

        class Meta:
            table_name = "project"

    class TaskRow(Frozen):
        id = IntegerField(primary_key=True)

        class Meta:
            table_name = "task"

    class PersonRow(Frozen):
        id = IntegerField(primary_key=True)

        class Meta:
            table_name = "person"

    def project():
        return ForeignKeyField(ProjectRow, column_name="project_id", on_delete="CASCADE")

    class DeliverableRow(Frozen):  # frozen: the tables as version 5 made them
        id = IntegerField(primary_key=True)
        project_id = project()
        name = TextField()
        description = TextField(default="")
        task_ids = TextField(default="[]")
        acceptance = TextField(default="pending")
        due = TextField(null=True)
        position = IntegerField(default=0)

        class Meta:
            table_name = "deliverable"

    class SuccessCriterionRow(Frozen):
        id = IntegerField(primary_key=True)
        project_id = project()
        name = TextField()
        measure = TextField(default="")
        target = TextField(default="")
        current = TextField(default="")
        status = TextField(default="not measured")
        position = IntegerField(default=0)

        class Meta:
            table_name = "success_criterion"

    class RiskRow(Frozen):
        id = IntegerField(primary_key=True)
        project_id = project()
        name = TextField()
        cause = TextField(default="")
        category = TextField(default="")
        owner = TextField(default="")
        probability = IntegerField(default=3)
        impact = IntegerField(default=3)
        response = TextField(default="mitigate")
        mitigation = TextField(default="")
        task_ids = TextField(default="[]")
        trigger = TextField(default="")
        contingency = TextField(default="")
        status = TextField(default="open")
        review_date = TextField(null=True)
        position = IntegerField(default=0)

        class Meta:
            table_name = "risk"

    class StakeholderRow(Frozen):
        id = IntegerField(primary_key=True)
        project_id = project()
        name = TextField()
        role = TextField(default="")
        organisation = TextField(default="")
        contact = TextField(default="")
        influence = IntegerField(default=3)
        interest = IntegerField(default=3)
        current_engagement = TextField(default="neutral")
        desired_engagement = TextField(default="supportive")
        communication = TextField(default="")
        channel = TextField(default="")
        frequency = TextField(default="")
        communication_owner = TextField(default="")
        position = IntegerField(default=0)

        class Meta:
            table_name = "stakeholder"

    class InteractionRow(Frozen):
        id = IntegerField(primary_key=True)
        stakeholder = ForeignKeyField(StakeholderRow, column_name="stakeholder_id", on_delete="CASCADE")
        day = TextField()
        channel = TextField(default="Meeting")
        summary = TextField(default="")
        feedback = TextField(default="")

        class Meta:
            table_name = "interaction"

    class ExpenseRow(Frozen):
        id = IntegerField(primary_key=True)
        project_id = project()
        spent_on = TextField()
        amount = FloatField(default=0.0)
        task = ForeignKeyField(TaskRow, column_name="task_id", null=True, on_delete="SET NULL")
        category = TextField(default="")
        description = TextField(default="")

        class Meta:
            table_name = "expense"

    class TimeEntryRow(Frozen):
        id = IntegerField(primary_key=True)
        task = ForeignKeyField(TaskRow, column_name="task_id", on_delete="CASCADE")
        person = ForeignKeyField(PersonRow, column_name="person_id", null=True, on_delete="SET NULL")
        start = TextField()
        minutes = IntegerField(null=True)
        note = TextField(default="")

        class Meta:
            table_name = "time_entry"

    class BaselineRow(Frozen):
        id = IntegerField(primary_key=True)
        project_id = project()
        name = TextField()
        saved = TextField(null=True)
        tasks = TextField(default="{}")

        class Meta:
            table_name = "baseline"

    class TemplateRow(Frozen):
        id = IntegerField(primary_key=True)
        name = TextField()
        saved = TextField(null=True)
        definition = TextField(default="{}")

        class Meta:
            table_name = "template"

    def not_null(field_class, default, sql_default: str):
        return {
            "field": field_class(default=default, constraints=[SQL(f"DEFAULT {sql_default}")]),
            "allow_not_null": True,
        }

    migrator = SchemaMigrator.from_database(db)
    migrate(
        *(
            migrator.add_column("project", name, **not_null(TextField, "", "''"))
            for name in ("in_scope", "out_of_scope", "health_override", "health_comment")
        ),
        migrator.add_column("project", "baseline_id", IntegerField(null=True)),
        migrator.add_column("task", "fixed_cost", **not_null(FloatField, 0.0, "0")),
    )
    db.create_tables(
        [
            DeliverableRow,
            SuccessCriterionRow,
            RiskRow,
            StakeholderRow,
            InteractionRow,
            ExpenseRow,
            TimeEntryRow,
            BaselineRow,
            TemplateRow,
        ]
    )
