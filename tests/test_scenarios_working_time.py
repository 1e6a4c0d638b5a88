"""A scenario's own working time: "what if Maya is off for two weeks?" changes her calendar in the scenario only;
her tasks move there and not in the live rows; adopting moves them live too, in one undo step."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.calendars import STANDARD, Calendar
from planner.core.commands import (
    AddObject,
    AssignPerson,
    CreateTask,
    EditObject,
    EditTask,
    LinkTasks,
    SetPersonCalendar,
    SetWorkingTime,
)
from planner.core.compare import compare
from planner.core.workload import workload
from planner.session import Session
from tests.test_scenarios_session import live_rows

START = datetime(2026, 11, 2, 8)  # a Monday


def make_plan(path) -> tuple[int, int, list[int]]:
    with Session.open(path) as session:
        session.today = lambda: date(2026, 11, 1)
        project = AddObject("project", name="Launch", start=START)
        maya = AddObject("person", name="Maya")
        session.run(project)
        session.run(maya)
        ids = []
        for title in ("Design", "Build"):
            create = CreateTask(("project", project.id), title, start=START, duration=480 * 5)
            session.run(create)
            session.run(AssignPerson(create.id, maya.id))
            ids.append(create.id)
        session.run(LinkTasks(ids[0], ids[1]))
        return project.id, maya.id, ids


def two_weeks_off(first: date) -> Calendar:
    return Calendar(exceptions={first + timedelta(days=n): () for n in range(14)})


def test_maya_off_two_weeks_moves_her_tasks_in_the_scenario_only_then_adopt_moves_them_live(tmp_path):
    path = tmp_path / "w.planner"
    launch, maya, ids = make_plan(path)
    before = live_rows(path, launch)
    with Session.open(path) as session:
        session.today = lambda: date(2026, 11, 1)
        live_finish = {t: session.ws.tasks[t].finish for t in ids}
        scenario = session.make_scenario(launch, "Maya off two weeks")
        session.run(SetPersonCalendar(maya, two_weeks_off(date(2026, 11, 2))))
        mine = {t.origin_id: t for t in session.ws.tasks.values() if t.project_id == scenario}
        assert all(mine[t].finish > live_finish[t] for t in ids)  # both of her tasks moved two weeks on
        assert mine[ids[0]].start >= datetime(2026, 11, 16)
        assert live_rows(path, launch) == before  # not in the live rows
        assert session.ws.people[maya].calendar_id in session.ws.calendars
        moved = compare(session.live_as_front(), session.ws).tasks
        assert {c.task_id for c in moved} == {mine[t].id for t in ids}
    with Session.open(path) as live:  # the live plan in front: Maya works as before
        live.today = lambda: date(2026, 11, 1)
        assert live.ws.people[maya].calendar_id is None
        assert {t: live.ws.tasks[t].finish for t in ids} == live_finish
        live.adopt(scenario)
        assert all(live.ws.tasks[t].finish > live_finish[t] for t in ids)
        assert live.ws.people[maya].calendar_id is not None
        assert not compare(live.ws, live.scenario_plan(scenario)).tasks
        live.undo()  # one step: her calendar and her tasks' dates back
        assert live.ws.people[maya].calendar_id is None
        assert {t: live.ws.tasks[t].finish for t in ids} == live_finish
    assert live_rows(path, launch) == before
    with Session.open(path) as again:
        again.discard(scenario)
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM person WHERE scenario_of IS NOT NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM person").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM calendar WHERE definition LIKE '%scenario_of%'").fetchone()[0] == 0
    db.close()


def test_a_scenario_changes_a_persons_capacity_and_own_calendar_apart_from_the_live_plan(tmp_path):
    path = tmp_path / "w.planner"
    launch, maya, _ = make_plan(path)
    with Session.open(path) as session:
        session.run(SetPersonCalendar(maya, Calendar()))  # her own calendar, in the live plan
        own = session.ws.people[maya].calendar_id
        scenario = session.make_scenario(launch, "Half time")
        session.run(EditObject("person", maya, max_units=0.5))
        session.run(SetPersonCalendar(maya, two_weeks_off(date(2026, 11, 2))))
        assert session.ws.people[maya].calendar_id == own  # her calendar changed in place, in the scenario
        assert session.ws.people[maya].max_units == 0.5
        session.undo()
        assert not session.ws.calendars[own].exceptions
        session.redo()
    with Session.open(path) as live:
        assert live.ws.people[maya].max_units == 1.0 and not live.ws.calendars[own].exceptions
        session.run(EditObject("person", maya, capacity=4.0))
    week = (date(2026, 11, 2), date(2026, 11, 8))
    with Session.open(path, front=scenario) as front:  # opened with the scenario in front: its working time
        assert front.ws.people[maya].max_units == 0.5 and front.ws.calendars[own].exceptions
        assert {p.name for p in front.ws.people.values()} == {"Maya"}
        assert workload(front.ws, *week).capacity[maya] == [0.0]  # her week off, in the workload
        assert workload(front.ws, date(2026, 11, 16), date(2026, 11, 22)).capacity[maya] == [20.0]  # 4 h a day
    with Session.open(path) as live:
        assert workload(live.ws, *week).capacity[maya] == [40.0]


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=st.lists(
        st.one_of(
            st.tuples(st.just("off"), st.integers(0, 20), st.integers(1, 15)),
            st.tuples(st.just("office"), st.integers(0, 20)),
            st.tuples(st.just("units"), st.sampled_from([0.25, 0.5, 1.0, 1.5])),
            st.tuples(st.just("duration"), st.integers(0, 1), st.integers(1, 10)),
        ),
        max_size=3,
    )
)
def test_after_adopting_the_scenario_compares_equal_to_the_live_plan(tmp_path_factory, edits):
    path = tmp_path_factory.mktemp("adopt") / "w.planner"
    launch, maya, ids = make_plan(path)
    with Session.open(path) as session:
        session.today = lambda: date(2026, 11, 1)
        scenario = session.make_scenario(launch, "What if")
        mine = {t.origin_id: t.id for t in session.ws.tasks.values() if t.project_id == scenario}
        for edit in edits:
            if edit[0] == "off":
                session.run(SetPersonCalendar(maya, two_weeks_off(date(2026, 11, 2) + timedelta(days=edit[1]))))
            elif edit[0] == "office":
                session.run(SetWorkingTime(two_weeks_off(date(2026, 11, 2) + timedelta(days=edit[1]))))
            elif edit[0] == "units":
                session.run(EditObject("person", maya, max_units=edit[1]))
            else:
                session.run(EditTask(mine[ids[edit[1]]], duration=480 * edit[2]))
        session.adopt(scenario)
        assert not compare(session.ws, session.scenario_plan(scenario)).tasks
        assert session.ws.people[maya].max_units == session.scenario_plan(scenario).people[maya].max_units


def test_links_with_other_projects_are_kept_and_what_they_move_there_is_not_written(tmp_path):
    path = tmp_path / "w.planner"
    launch, maya, ids = make_plan(path)
    with Session.open(path) as session:
        session.today = lambda: date(2026, 11, 1)
        other = AddObject("project", name="Rollout", start=START)
        session.run(other)
        after = CreateTask(("project", other.id), "Train users", start=START, duration=480)
        session.run(after)
        session.run(LinkTasks(ids[1], after.id))  # Rollout waits for Launch's Build
        row = live_rows(path, other.id)
        live_start = session.ws.tasks[after.id].start
        scenario = session.make_scenario(launch, "Maya off")
        build = next(t for t in session.ws.tasks.values() if t.origin_id == ids[1])
        assert any(
            d.predecessor_id == build.id and d.successor_id == after.id for d in session.ws.dependencies.values()
        )
        session.run(SetPersonCalendar(maya, two_weeks_off(date(2026, 11, 2))))
        assert session.ws.tasks[after.id].start > live_start  # seen moved with the scenario in front
        assert live_rows(path, other.id) == row  # the live row is not
    with Session.open(path) as live:
        assert live.ws.tasks[after.id].start == live_start
        assert len([d for d in live.ws.dependencies.values() if d.successor_id == after.id]) == 1
        assert scenario in {s.id for s in live.scenarios}


def test_deleting_a_live_project_can_discard_its_scenarios_in_the_same_change(tmp_path):
    path = tmp_path / "w.planner"
    launch, maya, _ = make_plan(path)
    with Session.open(path) as session:
        first = session.make_scenario(launch, "Maya off")
        session.run(EditObject("person", maya, max_units=0.5))
        second = session.make_scenario(launch, "Hire help")  # started while another scenario is in front
        assert session.front == second and {s.id for s in session.scenarios} == {first, second}
        session.put_in_front(None)
        session.delete_project(launch, discard_scenarios=True)
        assert session.scenarios == [] and launch not in session.ws.projects
        session.undo()
        assert launch in session.ws.projects and session.scenarios == []
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM project").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM person").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM task WHERE origin_id IS NOT NULL").fetchone()[0] == 0
    db.close()


def test_undo_after_reopening_takes_back_the_scenarios_working_time(tmp_path):
    path = tmp_path / "w.planner"
    launch, maya, _ = make_plan(path)
    with Session.open(path) as session:
        scenario = session.make_scenario(launch, "Half time")
        session.run(EditObject("person", maya, max_units=0.5))
        session.run(EditObject("person", maya, max_units=0.25))
    with Session.open(path, front=scenario) as again:
        again.undo()
        assert again.ws.people[maya].max_units == 0.5
        again.undo()  # the change that made her copy: she is as the live plan has her
        assert again.ws.people[maya].max_units == 1.0 and again.ws.people[maya].name == "Maya"
    with Session.open(path, front=scenario) as reopened:
        assert reopened.ws.people[maya].max_units == 1.0
        assert {p.name for p in reopened.ws.people.values()} == {"Maya"}
    with Session.open(path) as live:
        assert live.ws.people[maya].max_units == 1.0


def test_the_workspaces_working_time_changed_in_a_scenario_then_adopted(tmp_path):
    path = tmp_path / "w.planner"
    launch, _, ids = make_plan(path)
    with Session.open(path) as session:
        session.today = lambda: date(2026, 11, 1)
        live_finish = {t: session.ws.tasks[t].finish for t in ids}
        scenario = session.make_scenario(launch, "Office closed")
        session.run(SetWorkingTime(two_weeks_off(date(2026, 11, 2))))
        mine = {t.origin_id: t for t in session.ws.tasks.values() if t.project_id == scenario}
        assert all(mine[t].finish > live_finish[t] for t in ids)
    with Session.open(path, front=scenario) as front:  # reopened with it in front: still the scenario's
        assert not front.ws.calendar.is_working_day(date(2026, 11, 3))
    with Session.open(path) as live:
        live.today = lambda: date(2026, 11, 1)
        assert live.ws.calendar is STANDARD
        live.adopt(scenario, discard=True)
        assert not live.ws.calendar.is_working_day(date(2026, 11, 3))
        assert all(live.ws.tasks[t].finish > live_finish[t] for t in ids)
        live.undo()
        assert live.ws.calendar is STANDARD
        assert {t: live.ws.tasks[t].finish for t in ids} == live_finish
    with Session.open(path) as reopened:
        assert reopened.ws.calendar is STANDARD and reopened.scenarios == []


def test_a_scenarios_working_time_on_both_engines(location):
    launch, maya, ids = make_plan(location)
    with Session.open(location) as session:
        session.today = lambda: date(2026, 11, 1)
        live_finish = {t: session.ws.tasks[t].finish for t in ids}
        scenario = session.make_scenario(launch, "Maya off two weeks")
        session.run(SetPersonCalendar(maya, two_weeks_off(date(2026, 11, 2))))
        session.run(EditObject("person", maya, max_units=0.5))
    with Session.open(location) as live:
        live.today = lambda: date(2026, 11, 1)
        assert {t: live.ws.tasks[t].finish for t in ids} == live_finish
        assert live.ws.people[maya].max_units == 1.0 and len(live.ws.people) == 1
        live.adopt(scenario, discard=True)
        assert live.ws.people[maya].max_units == 0.5
        assert all(live.ws.tasks[t].finish > live_finish[t] for t in ids)
    with Session.open(location) as reopened:
        assert reopened.ws.people[maya].max_units == 0.5 and len(reopened.ws.people) == 1
