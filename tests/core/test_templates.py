"""Templates: a project's structure without its actuals, and a new project from it shifted to another start."""

from datetime import date, datetime

import pytest

from planner.core.commands import AddObject, CreateTask, EditTask, LinkTasks
from planner.core.errors import ValidationError
from planner.core.from_template import CreateFromTemplate
from planner.core.model import Workspace
from planner.core.registers import AddRecord
from planner.core.templates import SaveTemplate, template_from_json, template_to_json


@pytest.fixture
def ws():
    ws = Workspace()
    AddObject("person", name="Ana", rate=80.0).apply(ws)
    project = AddObject("project", name="Launch", scope="An app", start=datetime(2026, 3, 2, 8))
    project.apply(ws)
    phase = CreateTask(("project", project.id), "Build")
    phase.apply(ws)
    start = ws.calendar.next_working(datetime(2026, 3, 2))
    a = CreateTask(("task", phase.id), "Code", start=start, duration=2 * 480, assignments={1: 1.0},
                   checklist=[("Review", True)])  # fmt: skip
    a.apply(ws)
    b = CreateTask(("task", phase.id), "Ship", start=ws.tasks[a.id].finish, milestone=True)
    b.apply(ws)
    LinkTasks(a.id, b.id).apply(ws)
    EditTask(a.id, percent_complete=60).apply(ws)
    AddRecord("deliverable", project_id=project.id, name="App", task_ids=[b.id]).apply(ws)
    AddRecord("time_entry", task_id=a.id, person_id=1, start=datetime(2026, 3, 2, 9), minutes=60).apply(ws)
    ws.pid = project.id
    return ws


def test_a_project_from_a_template_has_the_structure_shifted_and_no_actuals(ws):
    save = SaveTemplate(ws.pid, "App launch", lambda: datetime(2026, 3, 1))
    save.apply(ws)
    make = CreateFromTemplate(save.id, "Launch 2", datetime(2026, 6, 1, 8))
    make.apply(ws)
    new = [t for t in ws.tasks.values() if t.project_id == make.project_id]
    by_title = {t.title: t for t in new}
    assert set(by_title) == {"Build", "Code", "Ship"}
    code, ship = by_title["Code"], by_title["Ship"]
    assert code.parent_id == by_title["Build"].id
    assert code.start.date() == date(2026, 6, 1) and code.duration == 2 * 480
    assert ship.milestone and ship.start == code.finish
    assert code.assignments == {1: 1.0}  # the role "Ana" is Ana here
    assert code.percent_complete == 0 and [(i.text, i.done) for i in code.checklist] == [("Review", False)]
    assert any(d.successor_id == ship.id and d.predecessor_id == code.id for d in ws.dependencies.values())
    assert ws.projects[make.project_id].scope == "An app"
    [deliverable] = [d for d in ws.deliverables.values() if d.project_id == make.project_id]
    assert deliverable.task_ids == [ship.id]
    assert not [e for e in ws.time_entries.values() if e.task_id in {t.id for t in new}]


def test_undo_and_redo_of_a_project_from_a_template(ws):
    save = SaveTemplate(ws.pid, "App launch", lambda: datetime(2026, 3, 1))
    save.apply(ws)
    tasks = len(ws.tasks)
    make = CreateFromTemplate(save.id, "Launch 2", datetime(2026, 6, 1, 8))
    changes = make.apply(ws)
    assert make.project_id in changes.created["project"]
    make.undo(ws)
    assert len(ws.tasks) == tasks and make.project_id not in ws.projects
    make.apply(ws)
    assert make.project_id in ws.projects and len(ws.tasks) == tasks + 3


def test_a_template_survives_json_and_bad_json_is_refused(ws):
    save = SaveTemplate(ws.pid, "App launch", lambda: datetime(2026, 3, 1))
    save.apply(ws)
    copy = template_from_json(template_to_json(ws.templates[save.id]))
    assert copy.name == "App launch" and copy.definition == ws.templates[save.id].definition
    with pytest.raises(ValidationError, match="not a Planner template"):
        template_from_json("{]")
