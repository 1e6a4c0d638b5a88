"""Two Sessions on one server workspace (a real, throwaway PostgreSQL): each sees the other's change within a
second, a change to a row the other changed first is refused and reported and nothing is lost, new ids never
collide, undo never reverts someone else's later change, and a lost connection makes the workspace read-only
until it reconnects."""

import json

import psycopg
import pytest

from planner.core.commands import CreateTask, EditObject, EditTask
from planner.session import Session
from planner.store.server_workspace import ConflictError, ConnectionLostError
from planner.store.workspace_file import WorkspaceError


@pytest.fixture
def two(sample_on_server):
    first, second = Session.open(sample_on_server), Session.open(sample_on_server)
    yield first, second
    first.close()
    second.close()


def tasks(session):
    return sorted(session.ws.tasks)


def test_each_sees_the_others_change_within_a_second(two):
    first, second = two
    one, other = tasks(first)[:2]
    first.run(EditTask(one, title="Written by the first"))
    changes = second.bring_in(timeout=1.0)
    assert one in changes.updated["task"] and second.ws.tasks[one].title == "Written by the first"
    (incoming,) = second.incoming  # for the window's status: who changed what
    assert (incoming.by, incoming.label, incoming.name, incoming.count) == (
        first.file.who,
        "Edit title",
        "Written by the first",
        1,
    )
    second.run(EditTask(other, title="Written by the second"))
    assert other in first.bring_in(timeout=1.0).updated["task"]
    assert first.ws.tasks[other].title == "Written by the second"
    assert not first.bring_in()  # its own change is not brought in again


def test_an_edit_of_a_row_changed_elsewhere_is_refused_reported_and_shown(two):
    first, second = two
    task = tasks(first)[2]
    first.run(EditTask(task, title="First's title"))
    with pytest.raises(ConflictError, match=r"changed by .* after you last saw it"):
        second.run(EditTask(task, title="Second's title"))
    assert second.ws.tasks[task].title == "First's title"  # theirs, read in at the refusal
    assert task in second.bring_in().updated["task"]  # and announced to the views
    second.run(EditTask(task, title="Second's title, again"))  # on their version it goes through
    first.bring_in(timeout=1.0)
    assert first.ws.tasks[task].title == "Second's title, again"
    with Session.read(first.file.url) as fresh:
        assert fresh.ws.tasks[task].title == "Second's title, again"


def test_new_ids_never_collide_and_undo_stays_personal(two):
    first, second = two
    a = first.run(CreateTask(("project", 1), "Made by the first")).created["task"]
    b = second.run(CreateTask(("project", 1), "Made by the second")).created["task"]
    assert not a & b
    first.bring_in(timeout=1.0)
    second.bring_in(timeout=1.0)
    assert tasks(first) == tasks(second)

    task = tasks(first)[3]
    first.run(EditTask(task, title="Mine"))
    second.bring_in(timeout=1.0)
    second.run(EditTask(task, title="Theirs, later"))
    first.bring_in(timeout=1.0)
    with pytest.raises(WorkspaceError, match="undo never reverts someone else's change"):
        first.undo()
    assert first.ws.tasks[task].title == "Theirs, later"


def test_a_lost_connection_makes_it_read_only_until_it_reconnects(two, postgres):
    first, second = two
    pid = first.file.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(second.file.url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    task = tasks(first)[4]
    with pytest.raises(ConnectionLostError, match="connection to the server was lost"):
        first.run(EditTask(task, title="While cut off"))
    assert first.ws.tasks[task].title != "While cut off"
    with pytest.raises(ConnectionLostError, match="read-only"):
        first.run(EditTask(task, title="Still cut off"))
    second.run(EditTask(task, title="Meanwhile"))
    caught_up = first.reconnect()
    assert task in caught_up.updated["task"] and first.ws.tasks[task].title == "Meanwhile"
    first.run(EditTask(task, title="Back"))
    assert second.bring_in(timeout=1.0).updated["task"] == {task}


def test_rows_of_a_plan_not_in_front_stay_out_when_brought_in(two):
    """A scenario made and edited by one client stays out of the other's live plan, and the live plan's edits stay
    out of the scenario in front; what both plans share (people) reaches both."""
    first, second = two
    live = next(t.project_id for t in first.ws.tasks.values() if t.project_id is not None)
    scenario = first.make_scenario(live, "Later start")
    copies = {t.id for t in first.ws.tasks.values() if t.project_id == scenario}
    live_tasks = {t.id for t in second.ws.tasks.values() if t.project_id == live}
    assert copies and not copies & live_tasks

    second.bring_in(timeout=1.0)
    assert scenario not in second.ws.projects and not copies & set(second.ws.tasks)
    assert [s.id for s in second.scenarios] == [scenario]
    assert not {d.predecessor_id for d in second.ws.dependencies.values()} & copies

    copy = min(copies)
    first.run(EditTask(copy, title="Only in the scenario"))
    assert not second.bring_in(timeout=1.0).ids("task")
    assert copy not in second.ws.tasks

    original = min(live_tasks)
    second.run(EditTask(original, title="Only in the live plan"))
    first.bring_in(timeout=1.0)
    assert original not in first.ws.tasks and first.ws.tasks[copy].title == "Only in the scenario"

    person = min(second.ws.people)
    second.run(EditObject("person", person, name="Shared by both"))
    first.bring_in(timeout=1.0)
    assert first.ws.people[person].name == "Shared by both"

    first.put_in_front(None)
    first.discard(scenario)
    second.bring_in(timeout=1.0)
    assert second.scenarios == [] and original in second.ws.tasks


def test_a_reschedule_written_column_by_column_reaches_the_other_client_whole(two):
    """The dates a reschedule moves are written as columns only and read in keeping each task's parts; a change of
    a task's parts (its people) is written and read whole. Both clients then hold what the server holds."""
    first, second = two
    ws = first.ws
    open_tasks = {t.id for t in ws.tasks.values() if t.duration and not t.percent_complete and not t.milestone}
    linked = min(d.predecessor_id for d in ws.dependencies.values() if d.predecessor_id in open_tasks)
    with psycopg.connect(first.file.url, autocommit=True) as listener:
        listener.execute("LISTEN planner_changes")
        first.run(EditTask(linked, duration=(first.ws.tasks[linked].duration or 480) + 3 * 480))
        ids = json.loads(next(listener.notifies(timeout=1.0)).payload)["ids"]
    assert linked in ids["columns"]["task"] and len(ids["columns"]["task"]) > 1  # the ones its reschedule moved
    assert set(ids["columns"]["task"]) <= second.bring_in(timeout=1.0).updated["task"]

    person = min(first.ws.people)
    first.run(EditTask(linked, assignments={person: 0.5}))
    assert linked in second.bring_in(timeout=1.0).updated["task"]
    assert second.ws.tasks[linked].assignments == {person: 0.5}

    with Session.read(first.file.url) as fresh:
        for session in (first, second):
            assert {i: vars(t) for i, t in session.ws.tasks.items()} == {i: vars(t) for i, t in fresh.ws.tasks.items()}
