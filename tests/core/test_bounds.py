"""Dates a plan may hold: commands refuse others, a stored workspace that holds them (or a loop, a negative
duration, a calendar without working time) is scheduled all the same with a warning per task, and `ClampDates`
brings stored dates back into range as one undoable command."""

from __future__ import annotations

import copy
import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.bounds import ClampDates, date_problems
from planner.core.calendars import EARLIEST, LATEST, Calendar, ExceptionRule
from planner.core.command import Command, _date_fields
from planner.core.commands import AddObject, EditObject, EditTask, SetWorkingTime
from planner.core.errors import ValidationError
from planner.core.model import Constraint, Dependency, Person, Project, StatusChange, Task, Workspace
from planner.core.schedule import compute_schedule

MONDAY = datetime(2025, 3, 3, 8)
DAY = 480
FAR = datetime(9999, 1, 1, 8)
ANCIENT = datetime(1, 1, 1, 8)


def plan(count: int = 3) -> Workspace:
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=MONDAY))
    for i in range(1, count + 1):
        ws.put("task", Task(id=i, title=f"T{i}", project_id=1, position=i, duration=DAY))
    return ws


def contents(ws: Workspace) -> dict:
    return {kind: copy.deepcopy(ws.table(kind)) for kind in ("task", "project", "calendar", "dependency")}


# -- commands refuse dates out of range ------------------------------------------------------------------
@pytest.mark.parametrize(
    "fields",
    [
        {"start": FAR},
        {"finish": ANCIENT},
        {"constraint": Constraint.SNET, "constraint_date": FAR},
        {"deadline": datetime(2201, 1, 1)},
        {"recurrence": "FREQ=WEEKLY", "recurrence_exceptions": {date(2025, 3, 10): FAR}},
    ],
)
def test_a_task_date_out_of_range_is_refused_naming_task_and_field(fields):
    ws = plan()
    before = contents(ws)
    with pytest.raises(ValidationError, match=r"“T1”: its .* is outside the dates a plan can hold \(1900-01-01 to"):
        EditTask(1, **fields).apply(ws)
    assert contents(ws) == before


@pytest.mark.parametrize("name", ["start", "target_finish", "status_date"])
def test_a_project_date_out_of_range_is_refused(name):
    ws = plan()
    with pytest.raises(ValidationError, match=f"“P”: its {name.replace('_', ' ')} 9999-01-01 is outside"):
        EditObject("project", 1, **{name: FAR}).apply(ws)
    with pytest.raises(ValidationError, match="“Q”"):
        AddObject("project", name="Q", **{name: ANCIENT}).apply(ws)
    assert ws.projects[1].start == MONDAY and len(ws.projects) == 1


@pytest.mark.parametrize(
    "calendar",
    [
        Calendar(name="Week", exceptions={date(9999, 12, 25): ()}),
        Calendar(name="Week", rules=(ExceptionRule(start=date(1800, 12, 25), freq="yearly"),)),
    ],
)
def test_a_calendar_exception_out_of_range_is_refused(calendar):
    ws = plan()
    with pytest.raises(ValidationError, match=r"“Week”: its (exceptions|rules) "):
        SetWorkingTime(calendar).apply(ws)
    assert ws.calendars == {}


def test_the_bounds_themselves_are_accepted():
    ws = plan()
    EditTask(1, start=EARLIEST.replace(hour=8)).apply(ws)
    EditTask(2, deadline=LATEST).apply(ws)
    assert ws.tasks[2].deadline == LATEST


def test_an_edit_to_another_field_of_a_task_with_a_stored_bad_date_goes_through():
    ws = plan()
    ws.tasks[1].deadline = FAR  # as an old file holds it
    EditTask(1, title="Renamed").apply(ws)
    assert ws.tasks[1].title == "Renamed"


class Create(Command):
    """Creates the objects given, as an import does."""

    def __init__(self, kind: str, obj) -> None:
        super().__init__()
        self.kind, self.obj = kind, obj

    def _do(self, ws: Workspace) -> None:
        self.create(ws, self.kind, copy.deepcopy(self.obj))


def _with_attribute(task: Task, name: str, value) -> Task:
    setattr(task, name, value)
    return task


@pytest.mark.parametrize(
    "kind, obj",
    [
        ("task", Task(id=9, title="N", finish=FAR)),
        ("task", Task(id=9, title="N", contours={1: {date(1800, 3, 3): 60}})),
        ("task", Task(id=9, title="N", recurrence="FREQ=DAILY", recurrence_exceptions={date(2025, 3, 4): FAR})),
        ("task", Task(id=9, title="N", kept={"baseline": [ANCIENT]})),
        ("project", Project(id=9, name="N", status_date=ANCIENT)),
        ("person", Person(id=9, name="N", kept={"hired": FAR})),
        # An attribute that is not one of its class's fields: the object is checked whole.
        ("task", _with_attribute(Task(id=9, title="N"), "moved_to", FAR)),
    ],
)
def test_a_created_object_holding_a_date_out_of_range_is_refused(kind, obj):
    # A created object's check looks only at the fields whose annotations let them hold a date (an import
    # creates 25,000): one at any depth, or one besides its fields, is still found.
    ws = plan()
    before = contents(ws)
    with pytest.raises(ValidationError, match=r"“N”: its .* is outside the dates a plan can hold"):
        Create(kind, obj).apply(ws)
    assert contents(ws) == before


@pytest.mark.parametrize("cls", [Task, Project, Dependency, Person, StatusChange, Calendar, ExceptionRule])
def test_the_fields_a_created_object_check_skips_hold_no_date(cls):
    count, names = _date_fields(cls)
    fields = {f.name: str(f.type) for f in dataclasses.fields(cls)}
    assert count == len(fields) and set(names) <= fields.keys()
    for name, annotation in fields.items():
        if "date" in annotation or annotation in ("dict", "Calendar | None") or "Rule" in annotation:
            assert name in names, name
        else:
            assert name not in names, name


# -- finding and clamping stored dates ---------------------------------------------------------------------
def test_stored_dates_out_of_range_are_found_and_clamped_in_one_undoable_command():
    ws = plan()
    ws.tasks[1].start = FAR
    ws.tasks[2].deadline = ANCIENT
    ws.projects[1].status_date = FAR
    cal = Calendar(name="Team", id=1, exceptions={date(9999, 1, 1): (), date(2025, 12, 25): ()})
    ws.calendars[1] = cal
    found = date_problems(ws)
    assert [(p.kind, p.ident, p.field) for p in found] == [
        ("task", 1, "start"), ("task", 2, "deadline"), ("project", 1, "status_date"), ("calendar", 1, "exceptions"),
    ]  # fmt: skip
    assert str(found[0]) == "“T1”: its start 9999-01-01"
    before = contents(ws)
    command = ClampDates()
    changes = command.apply(ws)
    assert date_problems(ws) == []
    inside = LATEST.replace(year=LATEST.year - 1)  # a year inside the late end, for rescheduling to move it
    assert ws.tasks[1].start == inside and ws.tasks[2].deadline == EARLIEST
    assert ws.projects[1].status_date == inside
    assert list(ws.calendars[1].exceptions) == [date(2025, 12, 25)]  # the day out of range is removed
    assert changes.updated == {"task": {1, 2}, "project": {1}, "calendar": {1}}
    command.undo(ws)
    assert contents(ws) == before


def test_stored_dates_out_of_range_are_found_in_id_order_whatever_order_the_workspace_holds_them_in():
    ws = plan()
    ws.tasks[1].start, ws.tasks[1].deadline = FAR, ANCIENT
    ws.tasks[2].finish = FAR
    ws.tasks = dict(reversed(ws.tasks.items()))  # as a task put back by an undo is held: last
    ws.projects[1].status_date = FAR
    assert [(p.kind, p.ident, p.field) for p in date_problems(ws)] == [
        ("task", 1, "start"), ("task", 1, "deadline"), ("task", 2, "finish"), ("project", 1, "status_date"),
    ]  # fmt: skip


# -- the scheduler takes any stored workspace ----------------------------------------------------------------
def test_a_date_out_of_range_is_left_out_with_a_warning():
    ws = plan()
    ws.tasks[2].start, ws.tasks[2].percent_complete = FAR, 50  # an actual start the engine would pin
    ws.tasks[3].deadline = ANCIENT
    result = compute_schedule(ws, MONDAY.date())
    assert result.start(2) == MONDAY and result.start(3) == MONDAY
    assert result.warnings == {
        2: "its start 9999-01-01 is outside 1900–2200",
        3: "its deadline 0001-01-01 is outside 1900–2200",
    }
    assert ws.tasks[2].start == FAR  # the workspace itself is left alone


def test_a_negative_duration_a_bad_project_start_and_an_idle_calendar_are_warned():
    ws = plan()
    ws.tasks[1].duration = -DAY
    ws.calendars[5] = Calendar(name="Never", id=5, week=((),) * 7)
    ws.tasks[2].calendar_id = 5
    result = compute_schedule(ws, MONDAY.date())
    assert result.warnings[1] == "its duration is negative (-480 minutes)"
    assert result.warnings[2] == "its calendar “Never” has no working time; scheduled on the standard week"
    assert (result.start(2), result.finish(2)) == (MONDAY, MONDAY.replace(hour=17))
    ws.projects[1].start = FAR
    assert "its project's start 9999-01-01 is outside 1900–2200" in compute_schedule(ws, MONDAY.date()).warnings[3]


def test_a_healthy_workspace_has_no_warnings():
    ws = plan()
    ws.put("dependency", Dependency(1, 1, 2))
    assert compute_schedule(ws, MONDAY.date()).warnings == {}


faults = st.sampled_from(["far start", "ancient finish", "far deadline", "negative", "back link", "self link"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 6), st.integers(1, 6), faults), max_size=8))
def test_any_corrupt_workspace_schedules_and_warns_the_tasks_concerned(damage):
    ws = plan(6)
    for i in range(1, 6):
        ws.put("dependency", Dependency(i, i, i + 1))
    for a, b, fault in damage:
        task = ws.tasks[a]
        if fault == "far start":
            task.start, task.manual = FAR, True
        elif fault == "ancient finish":
            task.finish = ANCIENT
        elif fault == "far deadline":
            task.deadline = FAR
        elif fault == "negative":
            task.duration = -DAY
        else:
            ws.put("dependency", Dependency(len(ws.dependencies) + 1, max(a, b), a if fault == "back link" else b))
    result = compute_schedule(ws, MONDAY.date())
    assert set(result.ids()) == set(ws.tasks)
    for tid in ws.tasks:
        assert EARLIEST <= result.start(tid) <= LATEST
    for a, b, fault in damage:
        if fault not in ("back link", "self link") or (fault == "back link" and b < a):
            assert a in result.warnings


edges = st.sampled_from(
    [
        EARLIEST,
        datetime.combine(LATEST.date(), datetime.max.time()),
        datetime.combine(LATEST.date(), datetime.min.time()),
    ]
)
near_the_ends = st.one_of(
    st.datetimes(min_value=datetime(1899, 12, 30), max_value=datetime(1900, 1, 2)),
    st.datetimes(min_value=datetime(2200, 12, 30), max_value=datetime(2201, 1, 2)),
    st.datetimes(),
    edges,
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(near_the_ends, min_size=1, max_size=8),
    st.sampled_from([None, UTC, timezone(timedelta(hours=-12))]),
)
def test_a_date_is_a_problem_exactly_when_its_day_is_outside_the_range(values, zone):
    """The check compares naive datetimes whole (issue #14, eighth steps): it finds what a check by day finds."""
    ws = plan(len(values))
    for task, value in zip(ws.tasks.values(), values, strict=False):
        task.deadline = value.replace(tzinfo=zone)
    expected = [
        (t.id, "deadline") for t in ws.tasks.values() if not (EARLIEST.date() <= t.deadline.date() <= LATEST.date())
    ]
    assert [(p.ident, p.field) for p in date_problems(ws) if p.field == "deadline"] == expected
