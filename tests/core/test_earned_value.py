"""Earned value against a worked example computed by hand.

Plan (standard calendar, 8 h days): A, Monday 2 to Friday 6 March 2026, one person at 100/h → 5 × 8 × 100 = 4,000;
B after A, Monday 9 to Friday 13 March, one person at 50/h → 5 × 8 × 50 = 2,000. BAC = 6,000.
Status date: end of Wednesday 11 March (8 working days in). A is done, B is 40 % done.
  PV = 4,000 + 2,000 × 3/5 = 5,200        EV = 4,000 + 2,000 × 0.4 = 4,800
  AC = 44 h × 100 + 14 h × 50 + an expense of 300 on 10 March = 5,400 (an expense on 12 March is after the date)
  SV = −400   CV = −600   SPI = 4,800 / 5,200 = 0.923   CPI = 4,800 / 5,400 = 0.889
  EAC = BAC / CPI = 6,750   ETC = 1,350   VAC = −750
Earned schedule: PV reached 4,800 when B had earned 800 of its 400 a day: 5 + 2 = 7 days; actual time 8 days, so
SPI(t) = 7/8 and the forecast duration is 10 × 8/7 = 11.43 days: 11 days and 206 minutes from Monday 2 March,
that is Tuesday 17 March, 206 working minutes into the day.
"""

from datetime import date, datetime

import pytest

from planner.core.baselines import SaveBaseline
from planner.core.commands import AddObject, CreateTask, EditTask, LinkTasks
from planner.core.earned_value import earned_value
from planner.core.model import Workspace
from planner.core.registers import AddRecord


@pytest.fixture
def ws():
    ws = Workspace()
    ana = AddObject("person", name="Ana", rate=100.0)
    ben = AddObject("person", name="Ben", rate=50.0)
    project = AddObject("project", name="Example", start=datetime(2026, 3, 2, 8))
    for command in (ana, ben, project):
        command.apply(ws)
    monday = ws.calendar.next_working(datetime(2026, 3, 2))
    a = CreateTask(("project", project.id), "A", start=monday, duration=5 * 480, assignments={ana.id: 1.0})
    a.apply(ws)
    b = CreateTask(("project", project.id), "B", start=ws.tasks[a.id].finish, duration=5 * 480,
                   assignments={ben.id: 1.0})  # fmt: skip
    b.apply(ws)
    LinkTasks(a.id, b.id).apply(ws)
    ws.example = {"project": project.id, "a": a.id, "b": b.id, "ana": ana.id, "ben": ben.id}
    return ws


def progress(ws):
    ids = ws.example
    EditTask(ids["a"], percent_complete=100).apply(ws)
    EditTask(ids["b"], percent_complete=40).apply(ws)
    logged = (("a", "ana", 2, 22), ("a", "ana", 4, 22), ("b", "ben", 9, 14), ("b", "ben", 12, 8))
    for task, person, day, hours in logged:
        AddRecord("time_entry", task_id=ids[task], person_id=ids[person], start=datetime(2026, 3, day, 8),
                  minutes=hours * 60).apply(ws)  # fmt: skip
    AddRecord("expense", project_id=ids["project"], spent_on=date(2026, 3, 10), amount=300.0).apply(ws)
    AddRecord("expense", project_id=ids["project"], spent_on=date(2026, 3, 12), amount=999.0).apply(ws)


STATUS = datetime(2026, 3, 11, 23, 59)


def test_the_worked_example_by_hand(ws):
    assert ws.tasks[ws.example["b"]].start.date() == date(2026, 3, 9)
    SaveBaseline(ws.example["project"], "Plan", lambda: datetime(2026, 3, 1)).apply(ws)
    progress(ws)
    ev = earned_value(ws, ws.example["project"], STATUS)
    assert ev.bac == pytest.approx(6000)
    assert ev.pv == pytest.approx(5200)
    assert ev.ev == pytest.approx(4800)
    assert ev.ac == pytest.approx(5400)
    assert ev.sv == pytest.approx(-400)
    assert ev.cv == pytest.approx(-600)
    assert ev.spi == pytest.approx(4800 / 5200)
    assert ev.cpi == pytest.approx(4800 / 5400)
    assert ev.eac == pytest.approx(6750)
    assert ev.etc == pytest.approx(1350)
    assert ev.vac == pytest.approx(-750)
    assert ev.earned_schedule == pytest.approx(7, abs=1e-6)
    assert ev.actual_time == pytest.approx(8)
    assert ev.spi_t == pytest.approx(7 / 8, abs=1e-6)
    expected = ws.calendar.add_working(ws.tasks[ws.example["a"]].start, 11 * 480 + 206)
    assert ev.forecast_finish == expected
    assert ev.forecast_finish.date() == date(2026, 3, 17)
    assert ev.baseline_name == "Plan"


def test_values_come_from_the_baseline_not_the_plan_now(ws):
    SaveBaseline(ws.example["project"], "Plan", lambda: datetime(2026, 3, 1)).apply(ws)
    progress(ws)
    EditTask(ws.example["b"], duration=10 * 480).apply(ws)  # re-estimated: the budget stays the baseline's
    ev = earned_value(ws, ws.example["project"], STATUS)
    assert ev.bac == pytest.approx(6000)
    assert ev.pv == pytest.approx(5200)


def test_without_a_baseline_the_plan_now_is_the_measure(ws):
    progress(ws)
    ev = earned_value(ws, ws.example["project"], STATUS)
    assert (ev.bac, ev.pv, ev.ev) == pytest.approx((6000, 5200, 4800))
    assert ev.baseline_name == ""


def test_before_the_start_nothing_is_planned_or_earned(ws):
    ev = earned_value(ws, ws.example["project"], datetime(2026, 2, 27, 12))
    assert (ev.pv, ev.ev, ev.ac) == (0, 0, 0)
    assert ev.spi is None and ev.cpi is None
    assert ev.eac == pytest.approx(6000)  # with nothing spent the estimate is the budget


def test_fixed_costs_accrue_with_progress(ws):
    EditTask(ws.example["a"], fixed_cost=1000.0, percent_complete=50).apply(ws)
    ev = earned_value(ws, ws.example["project"], STATUS)
    assert ev.bac == pytest.approx(7000)
    assert ev.ac == pytest.approx(500)
    assert ev.ev == pytest.approx(5000 * 0.5)
