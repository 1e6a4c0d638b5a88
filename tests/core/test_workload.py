"""Workload against small plans worked out by hand: project, ongoing and routine hours per person and period."""

from datetime import date, datetime

from planner.core.calendars import Calendar
from planner.core.model import Area, Person, Project, Task, Workspace
from planner.core.workload import MAX_SPAN, Kind, Unit, assigned_span, period_starts, workload

MON = datetime(2025, 1, 6, 8, 0)  # a Monday; the standard calendar works 08–12 and 13–17, Monday to Friday


def plan() -> Workspace:
    ws = Workspace()
    ws.put("person", Person(1, "Ada", capacity=8.0))
    off = Calendar.derived(ws.calendar, "Ben's", exceptions={date(2025, 1, 8): ()}, id=1)
    ws.calendars[1] = off
    ws.put("person", Person(2, "Ben", capacity=4.0, calendar_id=1))
    ws.put("project", Project(1, "Launch"))
    ws.put("area", Area(1, "Support"))
    # 3 days at 50 %: 12 h in week 1
    ws.put("task", Task(1, "Brief", project_id=1, start=MON, finish=datetime(2025, 1, 8, 17), duration=3 * 480,
                        assignments={1: 0.5}))  # fmt: skip
    # Friday to Tuesday at 100 %: 8 h in week 1, 16 h in week 2
    ws.put("task", Task(2, "Build", project_id=1, start=datetime(2025, 1, 10, 8), finish=datetime(2025, 1, 14, 17),
                        duration=3 * 480, assignments={1: 1.0}))  # fmt: skip
    # A routine every Monday, an hour at 09:00
    ws.put("task", Task(3, "Stand-up notes", area_id=1, recurrence="FREQ=WEEKLY;BYDAY=MO",
                        start=datetime(2025, 1, 6, 9), finish=datetime(2025, 1, 6, 10), duration=60,
                        assignments={1: 1.0}))  # fmt: skip
    ws.rebuild_indexes()
    return ws


def test_periods_start_on_mondays_and_on_the_first_of_the_month():
    assert period_starts(date(2025, 1, 8), date(2025, 1, 14), Unit.WEEK) == [
        date(2025, 1, 6), date(2025, 1, 13), date(2025, 1, 20)
    ]  # fmt: skip
    assert period_starts(date(2025, 11, 20), date(2026, 1, 3), "month") == [
        date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)
    ]  # fmt: skip


def test_project_work_is_spread_over_working_time_and_routines_count_per_occurrence():
    wl = workload(plan(), date(2025, 1, 6), date(2025, 1, 19))
    assert wl.load[Kind.PROJECT][1] == [20.0, 16.0]
    assert wl.load[Kind.ROUTINE][1] == [1.0, 1.0]
    assert wl.totals(1) == [21.0, 17.0]
    assert wl.capacity[1] == [40.0, 40.0]


def test_capacity_follows_the_persons_hours_and_days_off():
    wl = workload(plan(), date(2025, 1, 6), date(2025, 1, 19), people=[2])
    assert wl.people == [2]
    assert wl.capacity[2] == [16.0, 20.0]  # a day off in week 1


def test_by_day_a_task_covers_only_its_working_days():
    wl = workload(plan(), date(2025, 1, 10), date(2025, 1, 14), "day")
    assert wl.starts[0] == date(2025, 1, 10)
    assert wl.load[Kind.PROJECT][1] == [8.0, 0.0, 0.0, 8.0, 8.0]  # Friday, the weekend, Monday, Tuesday
    assert wl.load[Kind.ROUTINE][1] == [0.0, 0.0, 0.0, 1.0, 0.0]
    assert wl.capacity[1] == [8.0, 0.0, 0.0, 8.0, 8.0]


def test_over_allocation_is_reported_by_period_with_its_excess():
    ws = plan()
    ws.put("task", Task(4, "Test", project_id=1, start=datetime(2025, 1, 13, 8), finish=datetime(2025, 1, 17, 17),
                        duration=5 * 480, assignments={1: 1.0}))  # fmt: skip
    ws.rebuild_indexes()
    wl = workload(ws, date(2025, 1, 6), date(2025, 1, 19))
    (over,) = wl.over_allocations()
    assert (over.person_id, over.start, over.load, over.capacity, over.excess) == (1, date(2025, 1, 13), 57.0, 40, 17)
    assert wl.utilisation(1, 1) == 57 / 40


def test_created_occurrences_count_as_routine_work_and_are_not_counted_twice():
    ws = plan()
    # The occurrence of 13 January already exists as a task (moved to 14:00); the rule's own is then not counted.
    ws.put("task", Task(5, "Stand-up notes", area_id=1, routine_id=3, occurrence=datetime(2025, 1, 13, 9),
                        start=datetime(2025, 1, 13, 14), finish=datetime(2025, 1, 13, 15), duration=60,
                        assignments={1: 1.0}))  # fmt: skip
    ws.rebuild_indexes()
    wl = workload(ws, date(2025, 1, 6), date(2025, 1, 19), with_tasks=True)
    assert wl.load[Kind.ROUTINE][1] == [1.0, 1.0]
    assert wl.tasks[1][1] == {2: 16.0, 5: 1.0}


def test_summaries_and_unscheduled_work_add_nothing():
    ws = plan()
    ws.put("task", Task(6, "Phase", project_id=1, start=MON, finish=datetime(2025, 1, 17, 17), assignments={1: 1.0}))
    ws.tasks[1].parent_id = 6
    ws.put("task", Task(7, "Someday", area_id=1, assignments={1: 1.0}))
    ws.rebuild_indexes()
    wl = workload(ws, date(2025, 1, 6), date(2025, 1, 19))
    assert wl.load[Kind.PROJECT][1] == [20.0, 16.0]
    assert wl.load[Kind.ONGOING][1] == [0.0, 0.0]


def test_by_task_splits_a_persons_hours_among_the_tasks_that_make_them():
    ws = plan()
    wl = workload(ws, date(2025, 1, 6), date(2025, 1, 19), Unit.WEEK, with_tasks=True)
    rows = wl.by_task(1)
    assert rows[1] == [12.0, 0.0] and rows[2] == [8.0, 16.0]
    assert [sum(row[i] for row in rows.values()) for i in range(wl.periods)] == wl.totals(1)


def test_the_assigned_span_runs_from_the_first_start_to_the_last_finish_routines_aside():
    ws = plan()
    assert assigned_span(ws, date(2030, 1, 1)) == (date(2025, 1, 6), date(2025, 1, 14))
    ws.tasks[2].finish = datetime(2199, 1, 1, 17)  # a stray date does not make a grid of sixty thousand days
    assert assigned_span(ws, date(2030, 1, 1)) == (date(2025, 1, 6), date(2025, 1, 6) + MAX_SPAN)
    empty = Workspace()
    assert assigned_span(empty, date(2030, 1, 15)) == (date(2030, 1, 1), date(2030, 4, 9))


def test_weeks_start_on_the_weekday_asked_for():
    """Sunday weeks, as the window asks in the US: Wednesday 2 December 2026 lies in the week of Sunday 29 November."""
    starts = period_starts(date(2026, 12, 2), date(2026, 12, 20), "week", week_start=6)
    assert starts == [date(2026, 11, 29), date(2026, 12, 6), date(2026, 12, 13), date(2026, 12, 20), date(2026, 12, 27)]
