"""Work contours worked out by hand: a person's hours on a task in a period typed in replace units × working
time there, the workload follows day by day, the task's work changes by the difference, and undo puts it back."""

from datetime import date, datetime

import pytest

from planner.core.commands import AssignPerson
from planner.core.contours import SetContour
from planner.core.errors import ValidationError
from planner.core.model import Person, Project, Task, Workspace
from planner.core.workload import Unit, workload

MON = datetime(2025, 1, 6, 8, 0)  # a Monday; the standard calendar works 8 h a day, Monday to Friday
WEEK = (date(2025, 1, 6), date(2025, 1, 13))


def plan() -> Workspace:
    ws = Workspace()
    ws.put("person", Person(1, "Ada", capacity=8.0))
    ws.put("person", Person(2, "Ben", capacity=8.0))
    ws.put("project", Project(1, "Launch"))
    # Monday to Friday at 100 %: 40 h for Ada; Ben at 50 %: 20 h
    ws.put("task", Task(1, "Build", project_id=1, start=MON, finish=datetime(2025, 1, 10, 17), duration=5 * 480,
                        assignments={1: 1.0, 2: 0.5}))  # fmt: skip
    ws.rebuild_indexes()
    return ws


def hours(ws, person, unit=Unit.DAY):
    return workload(ws, WEEK[0], date(2025, 1, 12), unit).totals(person)


def test_a_week_typed_as_20_hours_is_4_a_day_and_takes_20_hours_off_the_tasks_work():
    ws = plan()
    command = SetContour(1, 1, *WEEK, 20)
    command.apply(ws)
    assert ws.tasks[1].contours == {1: {date(2025, 1, d): 240 for d in range(6, 11)}}
    assert hours(ws, 1) == [4.0] * 5 + [0.0, 0.0]
    assert hours(ws, 1, Unit.WEEK) == [20.0]
    assert hours(ws, 2, Unit.WEEK) == [20.0]  # Ben's assignment is not Ada's
    assert ws.tasks[1].work == 60 * 60 - 20 * 60  # 60 h (40 + 20) less the 20 h taken off
    command.undo(ws)
    assert ws.tasks[1].contours == {} and ws.tasks[1].work is None
    assert hours(ws, 1, Unit.WEEK) == [40.0]


def test_a_day_typed_over_a_week_changes_only_that_day():
    ws = plan()
    SetContour(1, 1, date(2025, 1, 8), date(2025, 1, 9), 0).apply(ws)
    assert hours(ws, 1) == [8.0, 8.0, 0.0, 8.0, 8.0, 0.0, 0.0]
    SetContour(1, 1, date(2025, 1, 8), date(2025, 1, 9), 12).apply(ws)  # overtime: 12 h that day
    assert hours(ws, 1, Unit.WEEK) == [44.0]
    assert ws.tasks[1].work == 60 * 60 + 4 * 60


def test_unassigning_drops_the_contour_with_the_assignment():
    ws = plan()
    SetContour(1, 1, *WEEK, 10).apply(ws)
    AssignPerson(1, 1, 0).apply(ws)
    assert ws.tasks[1].contours == {}


@pytest.mark.parametrize(("args", "message"), [
    ((1, 3, *WEEK, 10), "person 3 is not assigned"),
    ((1, 1, *WEEK, -1), "0 hours or more"),
    ((1, 1, *WEEK, float("nan")), "0 hours or more"),
    ((1, 1, date(2025, 1, 11), date(2025, 1, 13), 8), "no working time from 11 Jan 2025 to 12 Jan 2025"),
    ((1, 1, date(2025, 1, 8), date(2025, 1, 9), 25), "more than 24 hours a day"),
    ((9, 1, *WEEK, 1), "There is no task 9"),
])  # fmt: skip
def test_impossible_contours_are_refused_with_the_reason_and_change_nothing(args, message):
    ws = plan()
    with pytest.raises(ValidationError, match=message):
        SetContour(*args).apply(ws)
    assert ws.tasks[1].contours == {} and ws.tasks[1].work is None
