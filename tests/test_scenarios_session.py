"""Scenarios through the Session and the file: edits of a scenario never reach the live rows, adopting is one
undoable step, discarding removes every row of the scenario, and reports of the live plan never count it."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest

from planner.core.commands import AddObject, CreateTask, DeleteObject, EditObject, EditTask, LinkTasks, MoveTask
from planner.core.compare import compare
from planner.core.errors import ValidationError
from planner.session import Session
from planner.store.workspace_file import WorkspaceError

START = datetime(2026, 11, 2, 8)


def live_rows(path, project_id: int) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT * FROM task WHERE project_id = ? ORDER BY id", [project_id]).fetchall()
    finally:
        db.close()


def make_plan(path) -> tuple[int, list[int]]:
    with Session.open(path) as session:
        project = AddObject("project", name="Launch")
        session.run(project)
        ids = []
        for title in ("Design", "Build", "Test"):
            create = CreateTask(("project", project.id), title, start=START, duration=960)
            session.run(create)
            ids.append(create.id)
        session.run(LinkTasks(ids[0], ids[1]))
        session.run(LinkTasks(ids[1], ids[2]))
        return project.id, ids


def test_a_scenario_is_edited_apart_from_the_live_plan_then_adopted_in_one_undo_step(tmp_path):
    path = tmp_path / "w.planner"
    launch, ids = make_plan(path)
    before = live_rows(path, launch)
    with Session.open(path) as session:
        scenario = session.make_scenario(launch, "Maya off two weeks")
        assert session.front == scenario and launch not in session.ws.projects
        design = next(t for t in session.ws.tasks.values() if t.origin_id == ids[0])
        session.run(EditTask(design.id, duration=4800))
        assert live_rows(path, launch) == before  # the live rows are untouched
        assert [s.scenario_name for s in session.scenarios] == ["Maya off two weeks"]
    with Session.open(path) as live:  # reopened: the live plan is in front, and no scenario shows in it
        assert {t.project_id for t in live.ws.tasks.values()} == {launch}
        changed = compare(live.ws, live.scenario_plan(scenario)).tasks
        assert {c.task_id for c in changed} == set(ids)  # Design lasts longer, and its successors moved
        live.adopt(scenario, discard=True)
        assert live.ws.tasks[ids[0]].duration == 4800
        assert not compare(live.ws, live.live_plan()).tasks
        assert live.scenarios == []
        live.undo()
        assert live.ws.tasks[ids[0]].duration == 960
    assert live_rows(path, launch) == before
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM project WHERE scenario_of IS NOT NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM task WHERE origin_id IS NOT NULL").fetchone()[0] == 0
    db.close()


def test_a_scenario_can_be_put_in_front_when_opening_and_read_only(tmp_path):
    path = tmp_path / "w.planner"
    launch, ids = make_plan(path)
    with Session.open(path) as session:
        scenario = session.make_scenario(launch, "What if")
    with Session.open(path, front=scenario) as session:
        assert {t.origin_id for t in session.ws.tasks.values()} == set(ids)
        new = CreateTask(("project", scenario), "Pilot", start=START, duration=480)
        session.run(new)
        assert new.id not in ids and new.id > max(ids)
    assert Session.read(path, front=scenario).ws.projects[scenario].scenario_name == "What if"
    assert len(Session.read(path).ws.tasks) == 3


def test_planner_compare_scenario_lists_what_the_scenario_changes(tmp_path, capsys):
    from planner.cli import main

    path = tmp_path / "w.planner"
    launch, ids = make_plan(path)
    with Session.open(path) as session:
        session.make_scenario(launch, "Maya off")
        design = next(t for t in session.ws.tasks.values() if t.origin_id == ids[0])
        session.run(EditTask(design.id, title="Design, slower", duration=1920))
    assert main(["compare", str(path), "--scenario", "maya off", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    by_id = {t["id"]: t for t in result["tasks"]}
    assert by_id[ids[0]]["fields"]["title"] == ["Design", "Design, slower"]
    assert set(by_id) == set(ids)  # the successors moved with it
    assert main(["compare", str(path), "--scenario", "Nobody"]) == 2
    assert "there is no scenario “Nobody” (scenarios: “Maya off”)" in capsys.readouterr().err


def test_undo_after_reopening_keeps_to_the_plan_in_front(tmp_path):
    path = tmp_path / "w.planner"
    launch, ids = make_plan(path)
    with Session.open(path) as session:
        scenario = session.make_scenario(launch, "What if")
        design = next(t for t in session.ws.tasks.values() if t.origin_id == ids[0])
        session.run(EditTask(design.id, duration=4800))
    before = live_rows(path, launch)
    with Session.open(path) as live:  # the last change was the scenario's: the live plan cannot take it back
        with pytest.raises(WorkspaceError, match="made in another plan"):
            live.undo()
        assert launch in live.ws.projects and live_rows(path, launch) == before
    with Session.open(path, front=scenario) as again:
        again.undo()
        assert again.ws.tasks[design.id].duration == 960


def test_a_kept_scenario_compares_equal_with_the_live_plan_after_adopting_it(tmp_path):
    path = tmp_path / "w.planner"
    launch, _ = make_plan(path)
    with Session.open(path) as session:
        scenario = session.make_scenario(launch, "Pilot first")
        session.run(CreateTask(("project", scenario), "Pilot", start=START, duration=480))
        session.adopt(scenario, discard=False)
        assert [s.scenario_name for s in session.scenarios] == ["Pilot first"]
        assert any(t.title == "Pilot" for t in session.ws.tasks.values())
        assert not compare(session.ws, session.scenario_plan(scenario)).tasks
        session.put_in_front(scenario)
        assert not compare(session.live_as_front(), session.ws).tasks


def test_with_a_scenario_in_front_only_the_scenario_changes(tmp_path):
    path = tmp_path / "w.planner"
    launch, ids = make_plan(path)
    with Session.open(path) as session:
        other = AddObject("project", name="Other")
        person = AddObject("person", name="Maya")
        session.run(other)
        session.run(person)
        elsewhere = CreateTask(("project", other.id), "Elsewhere", start=START, duration=480)
        session.run(elsewhere)
        scenario = session.make_scenario(launch, "What if")
        before = {t.id: t.title for t in session.ws.tasks.values()}
        for refused in (
            EditTask(elsewhere.id, title="Changed in the scenario"),
            EditObject("person", person.id, name="Maya P."),
            CreateTask(("project", other.id), "New elsewhere"),
            MoveTask(next(iter(session.ws.children(("project", scenario)))), ("project", other.id), 0),
        ):
            with pytest.raises(ValidationError, match="belongs to the live plan"):
                session.run(refused)
        with pytest.raises(ValidationError, match="Discard Scenario"):
            session.run(DeleteObject("project", scenario))
        assert {t.id: t.title for t in session.ws.tasks.values()} == before
        copy_of_design = next(t.id for t in session.ws.tasks.values() if t.origin_id == ids[0])
        session.run(EditTask(copy_of_design, title="Design, again"))
        new = CreateTask(("project", scenario), "Pilot", start=START, duration=480)
        session.run(new)
        session.run(LinkTasks(copy_of_design, new.id))
        session.undo()
        session.undo()


def test_a_change_of_the_history_cannot_bring_a_scenario_task_into_the_live_plan(tmp_path):
    from planner.core.history import ApplyChange

    path = tmp_path / "w.planner"
    launch, _ = make_plan(path)
    with Session.open(path) as session:
        scenario = session.make_scenario(launch, "What if")
        session.put_in_front(None)
        history = session.file.history
        made = next(history.entry(row[0]) for row in history.listing() if row[2].startswith("New scenario"))
        with pytest.raises(ValidationError, match="not in front"):  # doing it again would put its copies in view
            session.run(ApplyChange(made.objects, made.label, forward=True))
        assert scenario not in session.ws.projects
        assert {t.project_id for t in session.ws.tasks.values()} == {launch}
