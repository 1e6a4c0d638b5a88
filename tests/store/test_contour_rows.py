"""Work contours in the file: written with the edit that makes them, read back, undone, and dropped with their
person."""

from datetime import date, datetime

import pytest

from planner.core.commands import DeleteObject
from planner.core.contours import SetContour
from planner.core.model import Person, Project, Task, Workspace
from planner.session import Session
from planner.store.workspace_file import WorkspaceFile

WEEK = (date(2025, 1, 6), date(2025, 1, 13))


@pytest.fixture
def session(tmp_path):
    ws = Workspace()
    ws.put("person", Person(1, "Ada", capacity=8.0))
    ws.put("project", Project(1, "Launch"))
    ws.put("task", Task(1, "Build", project_id=1, start=datetime(2025, 1, 6, 8), finish=datetime(2025, 1, 10, 17),
                        duration=5 * 480, assignments={1: 1.0}))  # fmt: skip
    ws.rebuild_indexes()
    path = tmp_path / "team.planner"
    Session.create(path, ws).close()
    session = Session.open(path)
    yield session
    session.close()


def stored(session):
    with WorkspaceFile.open_read_only(session.file.path) as file:
        return file.load().tasks[1]


def test_a_contour_is_written_with_the_edit_read_back_and_undone_in_the_file(session):
    session.run(SetContour(1, 1, *WEEK, 20))
    task = stored(session)
    assert task.contours == {1: {date(2025, 1, d): 240 for d in range(6, 11)}} and task.work == 20 * 60
    session.undo()
    task = stored(session)
    assert task.contours == {} and task.work is None


def test_deleting_the_person_drops_their_contour(session):
    session.run(SetContour(1, 1, *WEEK, 20))
    session.run(DeleteObject("person", 1))
    assert stored(session).contours == {} and session.ws.tasks[1].contours == {}
