"""Restoring a task, or a project, as it was at a moment of the history: one new undoable change; what was deleted
since is made again with new ids and relinked, and what could not be put back is named."""

import contextlib
from datetime import date, datetime

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from planner.core.as_it_was import RestoreAsItWas
from planner.core.command import Batch
from planner.core.commands import AddObject, AssignPerson, CreateTask, DeleteObject, DeleteTasks, EditTask, LinkTasks
from planner.core.compare import compare
from planner.core.errors import ValidationError
from planner.session import Session

MONDAY = datetime(2026, 11, 2, 8)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))


def planned(path):
    """A project of Brief → Design → Build, Maya on Design; the history's id of that moment."""
    session = Session.open(path)
    session.today = lambda: date(2026, 11, 2)
    project, maya = AddObject("project", name="Launch", start=MONDAY), AddObject("person", name="Maya")
    session.run(Batch([project, maya], "Seed"))
    tasks = [CreateTask(("project", project.id), title, duration=480) for title in ("Brief", "Design", "Build")]
    session.run(Batch(tasks, "Tasks"))
    brief, design, build = (t.id for t in tasks)
    session.run(Batch([LinkTasks(brief, design), LinkTasks(design, build)], "Links"))
    session.run(AssignPerson(design, maya.id))
    ids = {"project": project.id, "maya": maya.id, "brief": brief, "design": design, "build": build}
    return session, ids, session.file.history.last_id()


def named(ws, title):
    return next(t for t in ws.tasks.values() if t.title == title)


def test_a_deleted_task_comes_back_with_a_new_id_its_links_and_people_and_one_undo_takes_it_away(tmp_path):
    session, ids, moment = planned(tmp_path / "team.planner")
    session.run(DeleteTasks([ids["design"]]))
    then = session.as_it_was(change=moment)
    command = RestoreAsItWas(then, [ids["design"]])
    session.run(command)
    design = named(session.ws, "Design")
    assert design.id != ids["design"] and command.recreated == {ids["design"]: design.id}
    assert design.assignments == {ids["maya"]: 1.0} and command.notes == []
    links = {(d.predecessor_id, d.successor_id) for d in session.ws.dependencies.values()}
    assert links == {(ids["brief"], design.id), (design.id, ids["build"])}
    assert session.undo_text == "Restore “Design” as it was"
    assert session.file.history.listing()[-1][2] == "Restore “Design” as it was"  # a new change: history kept
    session.undo()
    assert "Design" not in {t.title for t in session.ws.tasks.values()} and not session.ws.dependencies
    session.close()


def test_a_task_comes_back_as_it_was_and_the_message_names_what_could_not(tmp_path):
    session, ids, moment = planned(tmp_path / "team.planner")
    session.run(EditTask(ids["design"], title="Design v2", duration=3 * 480))
    session.run(DeleteTasks([ids["build"]]))
    session.run(DeleteObject("person", ids["maya"]))
    then = session.as_it_was(change=moment)
    command = RestoreAsItWas(then, [ids["design"]])
    session.run(command)
    design = session.ws.tasks[ids["design"]]
    assert (design.title, design.duration, design.assignments) == ("Design", 480, {})
    assert command.notes == ["“Design”: Maya is no longer in the workspace",
                             "The link from “Design” to “Build” could not be restored: “Build” is gone"]  # fmt: skip
    session.close()


def test_a_project_comes_back_as_it_was_without_the_tasks_added_since(tmp_path):
    session, ids, moment = planned(tmp_path / "team.planner")
    session.run(CreateTask(("project", ids["project"]), "Extra", duration=480))
    session.run(DeleteTasks([ids["brief"]]))
    session.run(EditTask(ids["build"], duration=960))
    then = session.as_it_was(change=moment)
    session.run(RestoreAsItWas(then, project_id=ids["project"]))
    assert sorted(t.title for t in session.ws.tasks.values()) == ["Brief", "Build", "Design"]
    result = compare(then, session.ws)
    brief = named(session.ws, "Brief").id
    assert {(c.title, c.did) for c in result.tasks} == {("Brief", "removed"), ("Brief", "added")}  # a new id
    assert brief != ids["brief"] and not result.projects  # the finish, cost and work as they were
    session.close()


EDITS = st.lists(
    st.tuples(st.sampled_from(["title", "duration", "delete", "add", "link", "assign"]), st.integers(0, 99)),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS, pick=st.integers(0, 99))
def test_restoring_a_task_as_it_was_then_comparing_shows_no_difference_for_it(tmp_path_factory, edits, pick):
    """Random edits after a moment; one task of that moment restored: its title, duration, work and cost are as
    they were, and so are its dates when the tasks before it are too (all of the project restored)."""
    session, ids, moment = planned(tmp_path_factory.mktemp("w") / "team.planner")
    for what, n in edits:
        tasks = sorted(session.ws.tasks)
        tid = tasks[n % len(tasks)] if tasks else None
        if what == "title" and tid:
            session.run(EditTask(tid, title=f"t{n}"))
        elif what == "duration" and tid:
            session.run(EditTask(tid, duration=(n % 4 + 1) * 480))
        elif what == "delete" and tid and len(tasks) > 1:
            session.run(DeleteTasks([tid]))
        elif what == "add":
            session.run(CreateTask(("project", ids["project"]), f"new{n}", duration=480))
        elif what == "link" and len(tasks) > 1:
            other = tasks[(n + 1) % len(tasks)]
            with contextlib.suppress(ValidationError):  # a loop or a duplicate: refused, nothing changed
                session.run(LinkTasks(tid, other))
        elif what == "assign" and tid:
            session.run(AssignPerson(tid, ids["maya"]))
    then = session.as_it_was(change=moment)
    chosen = sorted(then.tasks)[pick % len(then.tasks)]
    command = RestoreAsItWas(then, [chosen])
    session.run(command)
    now_id = command.recreated.get(chosen, chosen)
    result = compare(then, session.ws)
    mine = {c.did: c for c in result.tasks if c.task_id in (chosen, now_id)}
    if now_id == chosen:  # still there: no field but its dates may differ (the tasks before it moved)
        assert set(mine["changed"].fields if "changed" in mine else ()) <= {"start", "finish"}
    else:  # made again: the one then is "removed", the new one "added", with the same title
        assert mine["removed"].title == mine["added"].title == then.tasks[chosen].title
    session.run(RestoreAsItWas(session.as_it_was(change=moment), project_id=ids["project"]))
    result = compare(then, session.ws)
    moved = [c for c in result.tasks if c.did == "changed"]
    assert moved == []  # every task still there is as it was, dates included
    for change in [c for c in result.tasks if c.did == "added"]:  # made again: the same as the one then
        twin = next(c for c in result.tasks if c.did == "removed" and c.title == change.title)
        assert twin.then == (session.ws.tasks[change.task_id].start, session.ws.tasks[change.task_id].finish)
    session.close()
