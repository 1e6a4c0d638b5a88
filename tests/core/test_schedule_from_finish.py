"""A project scheduled from its finish (MS Project's "schedule from project finish date"): its tasks without a
constraint are as late as possible, so the project ends on its target finish and starts as late as that allows."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.calendars import Calendar
from planner.core.commands import AddObject, CreateTask, EditObject, LinkTasks, MoveTask
from planner.core.model import Constraint, Dependency, LinkType, Project, Task, Workspace
from planner.core.schedule import Reschedule, compute_schedule, new_task_fields, schedule

FINISH = datetime(2026, 6, 26, 17)  # a Friday
DAY = 480
TODAY = date(2026, 3, 2)


@st.composite
def from_finish_plans(draw):
    size = draw(st.integers(1, 14))
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", schedule_from_finish=True, target_finish=FINISH))
    for i in range(1, size + 1):
        minutes = draw(st.sampled_from((0, 60, 240, 480, 720, 2400)))
        ws.tasks[i] = Task(id=i, title=f"T{i}", project_id=1, position=i, duration=minutes, milestone=minutes == 0)
    ws.rebuild_indexes()
    for succ in ws.tasks:  # links only from an earlier task to a later one, so the plan has no loops
        for pred in range(1, succ):
            if draw(st.integers(0, 2)) == 0:
                lag = draw(st.sampled_from((0, 0, 60, 480)))
                ws.put("dependency", Dependency(len(ws.dependencies) + 1, pred, succ, LinkType.FS, lag))
    return ws


@settings(max_examples=150, deadline=None)
@given(from_finish_plans())
def test_every_task_finishes_by_the_target_and_the_latest_on_it(ws):
    result = schedule(ws, today=TODAY)
    finishes = [result.finish(tid) for tid in ws.tasks]
    assert all(finish <= FINISH for finish in finishes)
    assert max(finishes) == FINISH
    line = Calendar().timeline()
    for dep in ws.dependencies.values():  # the links still hold
        pred, succ = result.finish(dep.predecessor_id), result.start(dep.successor_id)
        assert line.position(succ) >= line.position(pred) + dep.lag
    assert result.project_finish(1) == FINISH


def _chain_and_a_loose_task() -> tuple[Workspace, list[int]]:
    ws = Workspace()
    project = AddObject("project", name="Launch", schedule_from_finish=True, target_finish=FINISH)
    project.apply(ws)
    ids = []
    for title, days in (("Design", 2), ("Build", 3), ("Ship", 1), ("Flyers", 4)):
        task = CreateTask(("project", project.id), title, duration=days * DAY)
        task.apply(ws)
        ids.append(task.id)
    LinkTasks(ids[0], ids[1]).apply(ws)
    LinkTasks(ids[1], ids[2]).apply(ws)
    return ws, ids


def test_a_chain_ends_on_the_target_finish_and_a_loose_task_too():
    ws, (design, build, ship, flyers) = _chain_and_a_loose_task()
    result = compute_schedule(ws, today=TODAY)
    # Counted back from Friday 26 June 17:00: Ship on the 26th, Build 23–25, Design 19 (Fri) and 22 (Mon).
    assert (result.start(ship), result.finish(ship)) == (datetime(2026, 6, 26, 8), FINISH)
    assert (result.start(build), result.finish(build)) == (datetime(2026, 6, 23, 8), datetime(2026, 6, 25, 17))
    assert (result.start(design), result.finish(design)) == (datetime(2026, 6, 19, 8), datetime(2026, 6, 22, 17))
    # The loose task is as late as possible too, where MS Project puts it; its early start is the project's start.
    assert (result.start(flyers), result.finish(flyers)) == (datetime(2026, 6, 23, 8), FINISH)
    assert result[flyers].early_start == datetime(2026, 6, 19, 8)
    assert result.critical_ids() == [design, build, ship, flyers]


def test_a_constrained_task_keeps_its_constraint_in_a_project_scheduled_from_its_finish():
    ws, (design, _build, _ship, flyers) = _chain_and_a_loose_task()
    ws.tasks[flyers].constraint = Constraint.SNET
    ws.tasks[flyers].constraint_date = datetime(2026, 6, 22, 8)
    result = compute_schedule(ws, today=TODAY)
    assert result.start(flyers) == datetime(2026, 6, 22, 8)  # as soon as its constraint allows, not late
    assert result.start(design) == datetime(2026, 6, 19, 8)


def test_moving_the_target_finish_moves_the_plan_and_undo_moves_it_back():
    ws, (design, _build, ship, _flyers) = _chain_and_a_loose_task()
    Reschedule(today=TODAY).apply(ws)
    assert ws.tasks[ship].finish == FINISH
    edit = EditObject("project", 1, target_finish=datetime(2026, 7, 3, 17))
    edit.apply(ws)
    assert edit.moves_schedule(ws)
    again = Reschedule(today=TODAY)
    again.apply(ws)
    assert ws.tasks[ship].finish == datetime(2026, 7, 3, 17)
    assert ws.tasks[design].start == datetime(2026, 6, 26, 8)
    again.undo(ws)
    edit.undo(ws)
    assert ws.tasks[ship].finish == FINISH


def test_a_project_scheduled_forward_beside_one_from_its_finish_is_unchanged():
    ws, _ids = _chain_and_a_loose_task()
    forward = AddObject("project", name="Routine", start=datetime(2026, 3, 2, 8))
    forward.apply(ws)
    task = CreateTask(("project", forward.id), "Report", duration=2 * DAY)
    task.apply(ws)
    result = compute_schedule(ws, today=TODAY)
    assert (result.start(task.id), result.finish(task.id)) == (datetime(2026, 3, 2, 8), datetime(2026, 3, 3, 17))


def test_a_new_task_ends_on_the_target_finish_and_a_new_subtask_within_its_summary():
    ws, (design, build, _ship, _flyers) = _chain_and_a_loose_task()
    phase = CreateTask(("project", 1), "Phase")
    phase.apply(ws)
    MoveTask(design, ("task", phase.id), 0).apply(ws)
    MoveTask(build, ("task", phase.id), 1).apply(ws)
    Reschedule(today=TODAY).apply(ws)
    assert ws.tasks[phase.id].finish == datetime(2026, 6, 25, 17)
    top = CreateTask(("project", 1), "New task", **new_task_fields(ws, ("project", 1), TODAY))
    top.apply(ws)
    sub = CreateTask(("task", phase.id), "New task", **new_task_fields(ws, ("task", phase.id), TODAY))
    sub.apply(ws)
    assert ws.tasks[sub.id].constraint is Constraint.FNLT
    Reschedule(today=TODAY).apply(ws)
    assert (ws.tasks[top.id].start, ws.tasks[top.id].finish) == (datetime(2026, 6, 26, 8), FINISH)
    assert ws.tasks[sub.id].finish == ws.tasks[phase.id].finish == datetime(2026, 6, 25, 17)


def test_a_new_task_of_an_area_gets_no_dates():
    ws = Workspace()
    AddObject("area", name="Marketing").apply(ws)
    assert new_task_fields(ws, ("area", 1), TODAY) == {}
