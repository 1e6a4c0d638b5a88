"""`ApplyImport` puts an imported plan into a live workspace as one undoable step with new ids."""

import copy

from plan_facts import plan_facts
from shared_data import SHARED_DATA, needs_shared_data

from planner.core.commands import AddObject, CreateTask
from planner.core.model import KINDS, StatusKind, Workspace
from planner.io.apply import ApplyImport
from planner.io.formats import import_file

pytestmark = needs_shared_data

SAMPLE = SHARED_DATA / "mspdi" / "sample1.xml"


def snapshot(ws: Workspace) -> dict:
    tables = {kind: copy.deepcopy(ws.table(kind)) for kind in KINDS}
    children = {key: list(ids) for key, ids in ws._children.items() if ids}
    links = tuple({t: set(i) for t, i in index.items() if i} for index in ws._link_index or ws._index_links())
    return {"tables": tables, "children": children, "links": links}


def busy_workspace() -> Workspace:
    ws = Workspace()
    AddObject("status", name="To do", kind=StatusKind.TODO).apply(ws)
    AddObject("status", name="Done", kind=StatusKind.DONE).apply(ws)
    AddObject("project", name="Existing").apply(ws)
    AddObject("person", name="First Resource").apply(ws)  # the same person as in the file
    CreateTask(("project", 1), "Already here").apply(ws)
    return ws


def test_apply_adds_the_plan_with_new_ids_and_undo_takes_it_back():
    result = import_file(SAMPLE)
    ws = busy_workspace()
    before = snapshot(ws)
    command = ApplyImport(result)
    changes = command.apply(ws)
    project_id = command.project_id
    assert project_id == 2 and ws.projects[2].name == "sample"
    assert plan_facts(ws, project_id)["tasks"] == plan_facts(result.workspace, result.project_id)["tasks"]
    assert plan_facts(ws, project_id)["links"] == plan_facts(result.workspace, result.project_id)["links"]
    assert len(ws.people) == 2  # "First Resource" matched the existing person
    assert command.person_ids[1] == 1
    assert {ws.tasks[t].status_id for t in command.task_ids.values()} == {1}
    assert changes.created["task"] == set(command.task_ids.values())
    assert changes.created["dependency"] == set(command.dependency_ids.values())
    assert changes.created["project"] == {2} and changes.created["person"] == {2}
    assert ("project", 2) in changes.parents and changes.containers
    assert ws.tasks[1].title == "Already here" and ws.children(("project", 1)) == [1]
    undone = command.undo(ws)
    assert snapshot(ws) == before
    assert undone.ids("task") == changes.ids("task")
    again = command.apply(ws)  # redo keeps the ids, so later commands still find their objects
    assert again.created["task"] == changes.created["task"]
    assert plan_facts(ws, 2) == plan_facts(ws, command.project_id)


def test_a_finished_task_lands_in_the_done_column(tmp_path):
    result = import_file(SAMPLE)
    first = next(iter(result.workspace.tasks.values()))
    first.percent_complete = 100
    ws = busy_workspace()
    command = ApplyImport(result)
    command.apply(ws)
    assert ws.tasks[command.task_ids[first.id]].status_id == 2
