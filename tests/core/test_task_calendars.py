"""Dates made from a duration run on the task's own calendar (its own, its assignees', its project's, else the
workspace's), in every command that sets them; choosing another calendar keeps start and duration."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.calendars import Calendar
from planner.core.commands import AddObject, AssignPerson, CreateTask, DeleteObject, EditObject, EditTask
from planner.core.model import Workspace
from tests.core.test_calendars import calendars as random_calendars

MONDAY = datetime(2024, 3, 4, 8, 0)
MORNINGS = ((8 * 60, 12 * 60),)  # four hours a day
PART_TIME = Calendar(name="Mornings", week=(MORNINGS,) * 5 + ((), ()))


def workspace_with(calendar: Calendar) -> Workspace:
    """Project 1, area 1 and person 1, and `calendar` stored as calendar 1 (used by nobody yet)."""
    ws = Workspace()
    AddObject("status", name="To do").apply(ws)
    AddObject("project", name="Launch").apply(ws)
    AddObject("area", name="Support").apply(ws)
    AddObject("person", name="Ada").apply(ws)
    calendar.id = 1
    ws.calendars[1] = calendar
    return ws


# -- the two reported cases ---------------------------------------------------------------------------
def test_a_manual_task_on_a_four_hour_project_calendar_finishes_after_four_mornings():
    ws = workspace_with(PART_TIME)
    EditObject("project", 1, calendar_id=1).apply(ws)
    create = CreateTask(("project", 1), "Write the manual", manual=True, start=MONDAY, duration=960)
    create.apply(ws)
    assert ws.tasks[create.id].finish == datetime(2024, 3, 7, 12, 0)  # Thursday noon, not Tuesday evening


def test_an_area_task_of_a_part_time_person_spans_its_whole_duration():
    ws = workspace_with(PART_TIME)
    EditObject("person", 1, calendar_id=1).apply(ws)
    create = CreateTask(("area", 1), "Answer tickets", assignments={1: 1.0}, start=MONDAY, duration=480)
    create.apply(ws)
    task = ws.tasks[create.id]
    assert task.finish == datetime(2024, 3, 5, 12, 0)
    assert PART_TIME.working_minutes(task.start, task.finish) == 480


# -- another calendar keeps start and duration -------------------------------------------------------------
def area_task(ws: Workspace, **fields) -> int:
    create = CreateTask(("area", 1), "Routine work", start=MONDAY, duration=960, **fields)
    create.apply(ws)
    return create.id


def test_giving_a_task_its_own_calendar_moves_only_its_finish_and_undo_puts_it_back():
    ws = workspace_with(PART_TIME)
    tid = area_task(ws)
    assert ws.tasks[tid].finish == datetime(2024, 3, 5, 17, 0)
    edit = EditTask(tid, calendar_id=1)
    changes = edit.apply(ws)
    task = ws.tasks[tid]
    assert (task.start, task.duration, task.finish) == (MONDAY, 960, datetime(2024, 3, 7, 12, 0))
    assert changes.updated["task"] == {tid}
    edit.undo(ws)
    assert ws.tasks[tid].finish == datetime(2024, 3, 5, 17, 0)


def test_assigning_and_removing_a_part_time_person_moves_the_finish_both_ways():
    ws = workspace_with(PART_TIME)
    EditObject("person", 1, calendar_id=1).apply(ws)
    tid = area_task(ws)
    AssignPerson(tid, 1).apply(ws)
    assert ws.tasks[tid].finish == datetime(2024, 3, 7, 12, 0)
    DeleteObject("person", 1).apply(ws)
    assert ws.tasks[tid].finish == datetime(2024, 3, 5, 17, 0)


def test_changing_a_project_or_person_calendar_refits_the_tasks_on_it():
    ws = workspace_with(PART_TIME)
    manual = CreateTask(("project", 1), "Draft", manual=True, start=MONDAY, duration=960)
    manual.apply(ws)
    assigned = area_task(ws, assignments={1: 1.0})
    edit = EditObject("project", 1, calendar_id=1)
    changes = edit.apply(ws)
    assert ws.tasks[manual.id].finish == datetime(2024, 3, 7, 12, 0)
    assert changes.updated["task"] == {manual.id}  # the area task is on another calendar
    EditObject("person", 1, calendar_id=1).apply(ws)
    assert ws.tasks[assigned].finish == datetime(2024, 3, 7, 12, 0)
    edit.undo(ws)
    assert ws.tasks[manual.id].finish == datetime(2024, 3, 5, 17, 0)


def test_a_scheduled_project_task_is_left_to_the_scheduler_when_its_project_calendar_changes():
    ws = workspace_with(PART_TIME)
    create = CreateTask(("project", 1), "Build", start=MONDAY, duration=960)
    create.apply(ws)
    changes = EditObject("project", 1, calendar_id=1).apply(ws)
    assert ws.tasks[create.id].finish == datetime(2024, 3, 5, 17, 0)
    assert "task" not in changes.updated


# -- every way of setting dates, on every kind of calendar ---------------------------------------------------
def _hours(first: int, last: int) -> tuple[tuple[int, int], ...]:
    return ((first * 60, last * 60),)


NIGHTS = Calendar(  # 22:00–06:00, Monday night to Saturday morning
    name="Nights", week=(_hours(22, 24), *(((0, 6 * 60), (22 * 60, 24 * 60)),) * 4, _hours(0, 6), ())
)
ROUND_THE_CLOCK = Calendar(name="24 hours", week=(_hours(0, 24),) * 7)


@st.composite
def task_calendars(draw) -> Calendar:
    """Part-time, night shifts across midnight, 24 hours, or any week; with days off and odd days in 2025."""
    shaped = st.sampled_from([PART_TIME, NIGHTS, ROUND_THE_CLOCK, Calendar()])
    cal = draw(st.one_of(shaped, random_calendars()))
    days_off = draw(st.dictionaries(st.dates(date(2025, 1, 1), date(2025, 3, 31)), st.just(()), max_size=8))
    return Calendar(name=cal.name, week=cal.week, exceptions={**cal.exceptions, **days_off})


WAYS = ("start+duration", "start+finish", "finish+duration")


def _date_fields(cal: Calendar, way: str, at: datetime, minutes: int, span: timedelta) -> dict:
    """The fields of one way of dating a task; a finish after the first working minute from `at`, which
    a command refuses to put before the start."""
    finish = cal.next_working(at) + span
    if way == "start+duration":
        return {"start": at, "duration": minutes}
    if way == "start+finish":
        return {"start": at, "finish": finish}
    return {"finish": finish, "duration": minutes}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cal=task_calendars(),
    holder=st.sampled_from(["task", "project", "person"]),
    container=st.sampled_from(["area", "project"]),
    manual=st.booleans(),
    way=st.sampled_from(WAYS),
    edit=st.booleans(),
    offset=st.integers(0, 40 * 24 * 60),
    minutes=st.integers(0, 4000),
    span=st.integers(1, 20 * 24 * 60),
)
def test_a_task_lasts_its_duration_on_its_own_calendar(
    cal, holder, container, manual, way, edit, offset, minutes, span
):
    ws = workspace_with(cal)
    container = "project" if holder == "project" else container  # an area task is on no project's calendar
    if holder in ("project", "person"):
        EditObject(holder, 1, calendar_id=1).apply(ws)
    own = {"calendar_id": 1} if holder == "task" else {}
    people = {"assignments": {1: 1.0}} if holder == "person" else {}
    start = datetime(2025, 1, 1) + timedelta(minutes=offset)
    fields = _date_fields(cal, way, start, minutes, timedelta(minutes=span))
    if edit:  # an existing task, first dated on the workspace's calendar, then given new dates
        create = CreateTask((container, 1), "Task", manual=manual, start=MONDAY, duration=480, **own, **people)
        create.apply(ws)
        EditTask(create.id, **fields).apply(ws)
    else:
        create = CreateTask((container, 1), "Task", manual=manual, **own, **people, **fields)
        create.apply(ws)
    task = ws.tasks[create.id]
    assert ws.calendar_for(task) is cal
    assert task.start is not None and task.finish is not None and task.duration is not None
    assert cal.working_minutes(task.start, task.finish) == task.duration
    if way != "start+finish":
        assert task.duration == minutes
