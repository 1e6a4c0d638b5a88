"""Work, duration and units by task type, as MS Project keeps them: hand-computed examples through the commands,
the schedule, workload and cost that follow, and the relation work = duration × units under any edits."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.commands import AddObject, AssignPeople, AssignPerson, CreateTask, EditObject, EditTask
from planner.core.costs import task_planned_cost, work_by_person
from planner.core.errors import ValidationError
from planner.core.model import ResourceType, StatusKind, TaskType, Workspace
from planner.core.schedule import compute_schedule
from planner.core.workload import Unit, workload

MONDAY = datetime(2025, 1, 6, 8, 0)  # the standard calendar works 08–12 and 13–17, Monday to Friday
HOUR, DAY = 60, 480
FU, FW, FD = TaskType.FIXED_UNITS, TaskType.FIXED_WORK, TaskType.FIXED_DURATION


def workspace() -> Workspace:
    """Project 1 from MONDAY; Maya (1) and Tom (2) at up to 100 %, Ines (3) at up to 50 %, rate 50 an hour."""
    ws = Workspace()
    AddObject("status", name="To do", kind=StatusKind.TODO).apply(ws)
    AddObject("project", name="Launch", start=MONDAY).apply(ws)
    AddObject("person", name="Maya", rate=50.0).apply(ws)
    AddObject("person", name="Tom", rate=50.0).apply(ws)
    AddObject("person", name="Ines", rate=50.0, max_units=0.5).apply(ws)
    return ws


def task(ws: Workspace, duration: int, task_type: TaskType = FU, effort_driven: bool = False, **fields) -> int:
    command = CreateTask(("project", 1), "Build", start=MONDAY, duration=duration, task_type=task_type,
                         effort_driven=effort_driven, **fields)  # fmt: skip
    command.apply(ws)
    return command.id


def effort(ws: Workspace, tid: int) -> tuple:
    t = ws.tasks[tid]
    return t.duration, t.work, t.assignments


# -- the hand-computed examples of the brief ----------------------------------------------------------------
def test_fixed_work_16_hours_with_one_person_at_half_time_lasts_four_days():
    ws = workspace()
    tid = task(ws, 2 * DAY, FW, assignments={1: 1.0})
    assert effort(ws, tid) == (2 * DAY, 16 * HOUR, {1: 1.0})
    AssignPerson(tid, 1, 0.5).apply(ws)
    assert effort(ws, tid) == (4 * DAY, 16 * HOUR, {1: 0.5})
    assert ws.tasks[tid].finish == datetime(2025, 1, 9, 17, 0)  # Monday 08:00 + 4 working days


def test_fixed_duration_five_days_two_people_make_80_hours_and_one_removed_40():
    ws = workspace()
    tid = task(ws, 5 * DAY, FD, assignments={1: 1.0, 2: 1.0})
    assert effort(ws, tid) == (5 * DAY, 80 * HOUR, {1: 1.0, 2: 1.0})
    undo = AssignPerson(tid, 2, 0)
    undo.apply(ws)
    assert effort(ws, tid) == (5 * DAY, 40 * HOUR, {1: 1.0})
    undo.undo(ws)
    assert effort(ws, tid) == (5 * DAY, 80 * HOUR, {1: 1.0, 2: 1.0})


def test_effort_driven_fixed_units_a_second_person_halves_the_duration():
    ws = workspace()
    tid = task(ws, 4 * DAY, FU, effort_driven=True, assignments={1: 1.0})
    assert ws.tasks[tid].work == 32 * HOUR
    AssignPerson(tid, 2, 1.0).apply(ws)
    assert effort(ws, tid) == (2 * DAY, 32 * HOUR, {1: 1.0, 2: 1.0})
    AssignPerson(tid, 2, 0).apply(ws)  # and taking them off gives it back
    assert effort(ws, tid) == (4 * DAY, 32 * HOUR, {1: 1.0})


# -- MS Project's table, one cell at a time ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("task_type", "edit", "expected"),
    [
        (FU, {"duration": 4 * DAY}, (4 * DAY, 32 * HOUR, {1: 1.0})),  # duration revised: work changes
        (FU, {"work": 8 * HOUR}, (DAY, 8 * HOUR, {1: 1.0})),  # work revised: duration changes
        (FU, {"assignments": {1: 0.5}}, (4 * DAY, 16 * HOUR, {1: 0.5})),  # units revised: duration changes
        (FW, {"duration": 4 * DAY}, (4 * DAY, 16 * HOUR, {1: 0.5})),  # duration revised: units change
        (FW, {"work": 8 * HOUR}, (DAY, 8 * HOUR, {1: 1.0})),  # work revised: duration changes
        (FW, {"assignments": {1: 0.5}}, (4 * DAY, 16 * HOUR, {1: 0.5})),  # units revised: duration changes
        (FD, {"duration": 4 * DAY}, (4 * DAY, 32 * HOUR, {1: 1.0})),  # duration revised: work changes
        (FD, {"work": 8 * HOUR}, (2 * DAY, 8 * HOUR, {1: 0.5})),  # work revised: units change
        (FD, {"assignments": {1: 0.5}}, (2 * DAY, 8 * HOUR, {1: 0.5})),  # units revised: work changes
    ],
)
def test_each_task_type_recalculates_what_ms_project_does(task_type, edit, expected):
    ws = workspace()
    tid = task(ws, 2 * DAY, task_type, assignments={1: 1.0})
    assert ws.tasks[tid].work == 16 * HOUR
    EditTask(tid, **edit).apply(ws)
    assert effort(ws, tid) == expected


def test_dragging_a_finish_is_a_duration_edit():
    ws = workspace()
    tid = task(ws, 2 * DAY, FU, assignments={1: 1.0})
    EditTask(tid, finish=datetime(2025, 1, 8, 17, 0)).apply(ws)
    assert effort(ws, tid) == (3 * DAY, 24 * HOUR, {1: 1.0})


@pytest.mark.parametrize(
    ("task_type", "effort_driven", "expected"),
    [
        (FU, False, (2 * DAY, 32 * HOUR, {1: 1.0, 2: 1.0})),  # the duration stands, the work follows the people
        (FU, True, (DAY, 16 * HOUR, {1: 1.0, 2: 1.0})),
        (FW, False, (DAY, 16 * HOUR, {1: 1.0, 2: 1.0})),  # fixed work is always effort-driven
        (FD, False, (2 * DAY, 32 * HOUR, {1: 1.0, 2: 1.0})),
        (FD, True, (2 * DAY, 16 * HOUR, {1: 0.5, 2: 0.5})),  # two painters at half time in the same days
    ],
)
def test_adding_a_person_by_type_and_effort_driven(task_type, effort_driven, expected):
    ws = workspace()
    tid = task(ws, 2 * DAY, task_type, effort_driven, assignments={1: 1.0})
    AssignPerson(tid, 2, 1.0).apply(ws)
    assert effort(ws, tid) == expected


def test_work_typed_before_anyone_is_assigned_is_kept_by_an_effort_driven_task():
    ws = workspace()
    tid = task(ws, 2 * DAY, FW)
    EditTask(tid, work=24 * HOUR).apply(ws)
    assert effort(ws, tid) == (2 * DAY, 24 * HOUR, {})  # an estimate, with nobody to do it yet
    AssignPerson(tid, 1, 1.0).apply(ws)
    assert effort(ws, tid) == (3 * DAY, 24 * HOUR, {1: 1.0})


def test_material_resources_carry_no_hours():
    ws = workspace()
    AddObject("person", name="Paint", resource_type=ResourceType.MATERIAL).apply(ws)
    tid = task(ws, 2 * DAY, FU, effort_driven=True, assignments={1: 1.0})
    AssignPerson(tid, 4, 3.0).apply(ws)  # three tins
    assert effort(ws, tid) == (2 * DAY, 16 * HOUR, {1: 1.0, 4: 3.0})
    assert work_by_person(ws, ws.tasks[tid]) == {1: 16 * HOUR}  # Maya does all of it


def test_task_type_and_effort_driven_are_checked_fields():
    ws = workspace()
    tid = task(ws, DAY)
    with pytest.raises(ValidationError, match="Task “Build”: 'fixed' is not a task type"):
        EditTask(tid, task_type="fixed").apply(ws)
    EditTask(tid, task_type="fixed_work", effort_driven=True).apply(ws)
    assert (ws.tasks[tid].task_type, ws.tasks[tid].effort_driven) == (FW, True)


# -- refusals -------------------------------------------------------------------------------------------------
def test_units_over_a_persons_maximum_are_refused_naming_them():
    ws = workspace()
    tid = task(ws, 2 * DAY)
    with pytest.raises(ValidationError, match="Task “Build”: Ines at 75 % is over their maximum of 50 %"):
        AssignPerson(tid, 3, 0.75).apply(ws)
    assert ws.tasks[tid].assignments == {}
    with pytest.raises(ValidationError, match="Task “Build”: Maya at 0 % would do no work"):
        EditTask(tid, assignments={1: 0.0}).apply(ws)


def test_a_fixed_work_task_squeezed_past_someones_maximum_is_refused():
    ws = workspace()
    tid = task(ws, 2 * DAY, FW, assignments={1: 1.0})
    with pytest.raises(ValidationError, match="Maya at 200 % is over their maximum of 100 %"):
        EditTask(tid, duration=DAY).apply(ws)
    assert effort(ws, tid) == (2 * DAY, 16 * HOUR, {1: 1.0})


def test_units_over_the_maximum_from_an_import_stand_until_edited():
    ws = workspace()
    tid = task(ws, 2 * DAY, assignments={3: 0.5})
    EditObject("person", 3, max_units=0.25).apply(ws)
    EditTask(tid, title="Build it").apply(ws)  # not an edit of units: they stand
    AssignPerson(tid, 1, 1.0).apply(ws)  # nor is putting another person beside her
    assert ws.tasks[tid].assignments == {3: 0.5, 1: 1.0}
    with pytest.raises(ValidationError, match="Ines at 40 % is over their maximum of 25 %"):
        AssignPerson(tid, 3, 0.4).apply(ws)


def test_a_fixed_duration_task_without_a_duration_cannot_take_work():
    ws = workspace()
    tid = task(ws, 2 * DAY, FD, assignments={1: 1.0})
    EditTask(tid, duration=0).apply(ws)
    with pytest.raises(ValidationError, match="no duration holds 8 h of work"):
        EditTask(tid, work=8 * HOUR).apply(ws)


# -- several tasks at once ---------------------------------------------------------------------------------------
def test_assigning_people_to_several_tasks_is_one_command_that_undoes_whole():
    ws = workspace()
    first, second = task(ws, 2 * DAY, FU, True, assignments={1: 1.0}), task(ws, DAY)
    command = AssignPeople([first, second], {2: 1.0})
    command.apply(ws)
    assert effort(ws, first) == (DAY, 16 * HOUR, {1: 1.0, 2: 1.0})
    assert effort(ws, second) == (DAY, 8 * HOUR, {2: 1.0})
    command.undo(ws)
    assert effort(ws, first) == (2 * DAY, 16 * HOUR, {1: 1.0})
    assert effort(ws, second) == (DAY, None, {})
    with pytest.raises(ValidationError, match="Maya: already on this task"):
        AssignPeople([first], {1: 1.0}).apply(ws)


def test_a_summary_alone_is_refused_and_left_out_among_others():
    ws = workspace()
    parent = task(ws, DAY)
    child = CreateTask(("task", parent), "Part", duration=DAY)
    child.apply(ws)
    with pytest.raises(ValidationError, match="“Build” is a summary task: assign people to its subtasks"):
        AssignPeople([parent], {1: 1.0}).apply(ws)
    AssignPeople([parent, child.id], {1: 1.0}).apply(ws)
    assert (ws.tasks[parent].assignments, ws.tasks[child.id].assignments) == ({}, {1: 1.0})


# -- the schedule, workload and cost follow --------------------------------------------------------------------
def test_schedule_workload_and_cost_follow_units():
    ws = workspace()
    tid = task(ws, 2 * DAY, FW, assignments={1: 1.0})
    AssignPerson(tid, 1, 0.5).apply(ws)
    result = compute_schedule(ws, date(2025, 1, 1))
    assert (result.start(tid), result.finish(tid)) == (MONDAY, datetime(2025, 1, 9, 17, 0))
    daily = workload(ws, date(2025, 1, 6), date(2025, 1, 10), Unit.DAY)
    assert daily.totals(1) == [4.0, 4.0, 4.0, 4.0, 0.0]  # half of each 8-hour day, for four days
    assert task_planned_cost(ws, ws.tasks[tid]) == 16 * 50.0  # the rate × the work, not × the longer duration


# -- the relation under any edits ---------------------------------------------------------------------------------
EDITS = st.one_of(
    st.tuples(st.just("duration"), st.integers(0, 20 * DAY)),
    st.tuples(st.just("work"), st.integers(0, 40 * DAY)),
    st.tuples(st.just("units"), st.integers(1, 3), st.sampled_from([0.0, 0.25, 0.5, 1.0, 1.5, 2.0])),
    st.tuples(st.just("task_type"), st.sampled_from(list(TaskType))),
    st.tuples(st.just("effort_driven"), st.booleans()),
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(list(TaskType)), st.booleans(), st.lists(EDITS, max_size=12))
def test_work_is_duration_times_units_after_any_edits(task_type, effort_driven, edits):
    ws = workspace()
    for pid in (1, 2, 3):
        EditObject("person", pid, max_units=2.0).apply(ws)
    tid = task(ws, 2 * DAY, task_type, effort_driven, assignments={1: 1.0})
    for edit in edits:
        kind, *values = edit
        command = AssignPerson(tid, *values) if kind == "units" else EditTask(tid, **{kind: values[0]})
        try:
            command.apply(ws)
        except ValidationError:
            continue  # refused (over a maximum, no duration to hold the work): nothing changed
        t = ws.tasks[tid]
        units = sum(t.assignments.values())
        if units:
            assert abs(t.work - t.duration * units) <= 0.5 * max(1.0, units) + 1e-6, (t.work, t.duration, units)
