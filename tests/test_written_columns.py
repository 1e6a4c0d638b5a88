"""A row whose recorded change is to its own columns only (the dates a reschedule moves, a title) is written column
by column (issue #14, seventh steps): after any run of edits, undos and redos the file holds what a file written
whole from the same workspace holds. Real files in the test's folder."""

import copy
from datetime import datetime
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.command import Batch
from planner.core.commands import AddObject, AssignPerson, CreateTask, EditTask, LinkTasks
from planner.session import Session
from tests.workspace_rows import rows

MONDAY = datetime(2026, 11, 2, 8)
TASKS = 5

steps = st.lists(
    st.one_of(
        st.tuples(st.just("duration"), st.integers(0, TASKS - 1), st.sampled_from([-480, 240, 960])),
        st.tuples(st.just("title"), st.integers(0, TASKS - 1), st.sampled_from(["A", "B"])),
        st.tuples(st.just("assign"), st.integers(0, TASKS - 1), st.sampled_from([0.5, 1.0])),
        st.tuples(st.just("notes"), st.integers(0, TASKS - 1), st.sampled_from(["", "n"])),
        st.tuples(st.sampled_from(["undo", "redo"]), st.just(0), st.just(0)),
    ),
    min_size=1,
    max_size=8,
)


def opened(tmp_path_factory, monkeypatch) -> tuple[Session, AddObject]:
    """A new workspace file in a folder of its own, today being MONDAY's date, and a project starting MONDAY (not yet
    run: the caller runs it, alone or with more)."""
    folder = tmp_path_factory.mktemp("columns")
    monkeypatch.setenv("PLANNER_DATA_DIR", str(folder / "data"))
    session = Session.open(folder / "w.planner")
    session.today = lambda: MONDAY.date()
    return session, AddObject("project", name="Launch", start=MONDAY)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_a_file_written_column_by_column_holds_what_a_whole_write_holds(tmp_path_factory, monkeypatch, plan):
    session, project = opened(tmp_path_factory, monkeypatch)
    folder = session.path.parent
    person = AddObject("person", name="Ann")
    session.run(Batch([project, person], "Seed"))
    created = [CreateTask(("project", project.id), f"T{i}", duration=480) for i in range(TASKS)]
    session.run(Batch(created, "Tasks"))
    ids = [c.id for c in created]
    session.run(Batch([LinkTasks(a, b) for a, b in pairwise(ids)], "Links"))
    for kind, index, value in plan:
        task = session.ws.tasks.get(ids[index])
        if kind == "undo":
            session.undo()  # past this run's steps it takes back the seeding ones the history keeps
        elif kind == "redo":
            session.redo()
        elif task is None:
            continue
        elif kind == "duration":
            session.run(EditTask(task.id, duration=max(60, task.duration + value)))
        elif kind == "title":
            session.run(EditTask(task.id, title=value))
        elif kind == "notes":
            session.run(EditTask(task.id, notes=value))
        elif kind == "assign" and person.id in session.ws.people:
            session.run(AssignPerson(task.id, person.id, value))
    whole = Session.create(folder / "whole.planner", copy.deepcopy(session.ws))
    whole.close()
    session.close()
    assert rows(folder / "w.planner") == rows(folder / "whole.planner")
