"""Fields kept from another program's file (planner.core.kept) are stored with their owner, dropped by the edit
that overrides them, and brought back by undo."""

from datetime import datetime

import pytest

from planner.core.commands import DeleteObject, DeleteTasks, EditTask
from planner.core.model import Person, Project, Task, Workspace
from planner.session import Session
from planner.store.workspace_file import WorkspaceFile

XML = ["<ExtendedAttribute><FieldID>188743731</FieldID><Value>Blue</Value></ExtendedAttribute>"]


@pytest.fixture
def session(tmp_path):
    ws = Workspace()
    ws.put("person", Person(1, "Ada", kept={"uid": "17", "xml": XML}))
    ws.put("project", Project(1, "Launch", kept={"xml": ["<OutlineCodes />"]}))
    ws.put("task", Task(1, "Build", project_id=1, start=datetime(2025, 1, 6, 8), kept={"priority": 600, "xml": XML}))
    ws.rebuild_indexes()
    path = tmp_path / "kept.planner"
    Session.create(path, ws).close()
    session = Session.open(path)
    yield session
    session.close()


def stored(session) -> Workspace:
    with WorkspaceFile.open_read_only(session.file.path) as file:
        return file.load()


def test_kept_fields_are_read_back_from_the_file(session):
    ws = stored(session)
    assert ws.tasks[1].kept == {"priority": 600, "xml": XML}
    assert ws.people[1].kept == {"uid": "17", "xml": XML}
    assert ws.projects[1].kept == {"xml": ["<OutlineCodes />"]}


def test_editing_the_priority_drops_the_exact_one_and_undo_brings_it_back(session):
    session.run(EditTask(1, priority=2))
    assert stored(session).tasks[1].kept == {"xml": XML}
    session.undo()
    assert stored(session).tasks[1].kept == {"priority": 600, "xml": XML}


def test_undoing_a_delete_restores_the_kept_fields(session):
    session.run(DeleteTasks([1]))
    session.run(DeleteObject("person", 1))
    assert not stored(session).tasks
    session.undo()
    session.undo()
    ws = stored(session)
    assert ws.tasks[1].kept == {"priority": 600, "xml": XML} and ws.people[1].kept["uid"] == "17"
