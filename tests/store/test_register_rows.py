"""Project registers go to the file and come back unchanged, through commands written like the app writes them."""

from datetime import date, datetime

from planner.core.baselines import SaveBaseline
from planner.core.commands import AddObject, CreateTask, EditTask
from planner.core.model import Workspace
from planner.core.registers import AddRecord
from planner.core.templates import SaveTemplate
from tests.postgres_server import open_reader, open_store

KINDS = ("project", "task", "deliverable", "success_criterion", "risk", "stakeholder", "interaction", "expense",
         "time_entry", "baseline", "template")  # fmt: skip


def test_every_register_round_trips_through_the_file(location):
    ws = Workspace()
    with open_store(location) as file:

        def run(command):
            file.write(ws, command.apply(ws))
            return command

        run(AddObject("person", name="Ana", rate=80.0))
        project = run(AddObject("project", name="P", in_scope="Phones", health_override="at risk",
                                health_comment="Vendor late"))  # fmt: skip
        task = run(CreateTask(("project", project.id), "Build", duration=480, assignments={1: 1.0}))
        run(EditTask(task.id, fixed_cost=250.0))
        run(AddRecord("deliverable", project_id=project.id, name="App", task_ids=[task.id], due=date(2026, 5, 1)))
        run(AddRecord("success_criterion", project_id=project.id, name="Rating", target="4.3", status="on track"))
        run(AddRecord("risk", project_id=project.id, name="Late", probability=4, impact=2, response="avoid",
                      task_ids=[task.id], review_date=date(2026, 4, 1)))  # fmt: skip
        stakeholder = run(AddRecord("stakeholder", project_id=project.id, name="Claire", influence=5,
                                    current_engagement="neutral", desired_engagement="leading"))  # fmt: skip
        run(AddRecord("interaction", stakeholder_id=stakeholder.id, day=date(2026, 3, 3), summary="Kick-off"))
        run(AddRecord("expense", project_id=project.id, spent_on=date(2026, 3, 4), amount=99.0, task_id=task.id))
        run(AddRecord("time_entry", task_id=task.id, person_id=1, start=datetime(2026, 3, 4, 9), minutes=None))
        run(SaveBaseline(project.id, "Kick-off", lambda: datetime(2026, 3, 1, 9)))
        run(SaveTemplate(project.id, "Template", lambda: datetime(2026, 3, 1, 9)))
    with open_reader(location) as file:
        loaded = file.load()
    for kind in KINDS:
        assert loaded.table(kind) == ws.table(kind), kind
    assert type(loaded.risks[1].response).__name__ == "Response"
    assert loaded.time_entries[1].running
