"""The risk and stakeholder registers, the charter's records and costs: rules, bad input and what deletions do."""

import copy
from datetime import date, datetime

import pytest

from planner.core.budget import project_costs
from planner.core.commands import AddObject, CreateTask, DeleteObject, DeleteTasks, EditTask
from planner.core.costs import StartTimer, StopTimer, running_timer
from planner.core.errors import ValidationError
from planner.core.model import Workspace
from planner.core.project import Health, derive_health
from planner.core.registers import AddRecord, DeleteRecords, EditRecord
from planner.core.risks import RiskStatus, heat_map, overdue_reviews, project_risks, severity
from planner.core.stakeholders import Quadrant, interaction_log, quadrant


@pytest.fixture
def ws():
    ws = Workspace()
    AddObject("person", name="Ana", rate=80.0).apply(ws)
    project = AddObject("project", name="P")
    project.apply(ws)
    task = CreateTask(("project", project.id), "Build", duration=480, assignments={1: 1.0})
    task.apply(ws)
    ws.pid, ws.tid = project.id, task.id
    return ws


def add(ws, kind, **values):
    command = AddRecord(kind, **values)
    command.apply(ws)
    return command.id


def test_a_probability_of_7_is_refused_with_a_clear_message(ws):
    with pytest.raises(ValidationError, match="probability must be from 1 to 5, not 7"):
        add(ws, "risk", project_id=ws.pid, name="Late API", probability=7)
    assert not ws.risks
    rid = add(ws, "risk", project_id=ws.pid, name="Late API", probability=4, impact=5)
    with pytest.raises(ValidationError, match="impact must be from 1 to 5, not 0"):
        EditRecord("risk", rid, impact=0).apply(ws)
    assert ws.risks[rid].impact == 5  # refused edits change nothing


def test_risks_sort_by_score_and_fill_the_heat_map(ws):
    low = add(ws, "risk", project_id=ws.pid, name="Low", probability=1, impact=2)
    high = add(ws, "risk", project_id=ws.pid, name="High", probability=4, impact=5)
    closed = add(ws, "risk", project_id=ws.pid, name="Gone", probability=5, impact=5, status=RiskStatus.CLOSED)
    assert [r.id for r in project_risks(ws, ws.pid)] == [high, low, closed]
    assert heat_map(ws.risks.values()) == {(1, 2): 1, (4, 5): 1}
    assert ws.risks[high].score == 20 and severity(4, 5) == "high" and severity(2, 3) == "medium"


def test_overdue_reviews_are_open_risks_past_their_review_date(ws):
    late = add(ws, "risk", project_id=ws.pid, name="A", review_date=date(2026, 3, 1))
    add(ws, "risk", project_id=ws.pid, name="B", review_date=date(2026, 4, 1))
    add(ws, "risk", project_id=ws.pid, name="C", review_date=date(2026, 3, 1), status="closed")
    assert [r.id for r in overdue_reviews(ws.risks.values(), date(2026, 3, 15))] == [late]


def test_a_mitigation_task_must_be_in_the_project_and_is_forgotten_when_deleted(ws):
    other = AddObject("project", name="Other")
    other.apply(ws)
    stray = CreateTask(("project", other.id), "Elsewhere")
    stray.apply(ws)
    with pytest.raises(ValidationError, match="is not part of this project"):
        add(ws, "risk", project_id=ws.pid, name="A", task_ids=[stray.id])
    rid = add(ws, "risk", project_id=ws.pid, name="A", task_ids=[ws.tid])
    delete = DeleteTasks([ws.tid])
    delete.apply(ws)
    assert ws.risks[rid].task_ids == []
    delete.undo(ws)
    assert ws.risks[rid].task_ids == [ws.tid]


def test_a_negative_rate_and_an_expense_without_a_date_are_refused(ws):
    with pytest.raises(ValidationError, match="a rate cannot be negative"):
        AddObject("person", name="Bo", rate=-5.0).apply(ws)
    with pytest.raises(ValidationError, match="needs a date"):
        add(ws, "expense", project_id=ws.pid, amount=120.0)
    with pytest.raises(ValidationError, match="cannot be negative"):
        add(ws, "expense", project_id=ws.pid, amount=-1.0, spent_on=date(2026, 3, 2))
    with pytest.raises(ValidationError, match="fixed cost cannot be negative"):
        EditTask(ws.tid, fixed_cost=-10).apply(ws)
    with pytest.raises(ValidationError, match="more than a day"):
        add(ws, "time_entry", task_id=ws.tid, person_id=1, start=datetime(2026, 3, 2, 9), minutes=25 * 60)


def test_budget_planned_and_actual_per_project_and_summary_task(ws):
    phase = CreateTask(("project", ws.pid), "Phase")
    phase.apply(ws)
    sub = CreateTask(("task", phase.id), "Sub", duration=2 * 480, assignments={1: 0.5}, fixed_cost=100.0)
    sub.apply(ws)
    EditTask(sub.id, percent_complete=50).apply(ws)
    add(ws, "time_entry", task_id=sub.id, person_id=1, start=datetime(2026, 3, 2, 9), minutes=90)
    add(ws, "expense", project_id=ws.pid, task_id=sub.id, spent_on=date(2026, 3, 2), amount=40.0)
    add(ws, "expense", project_id=ws.pid, spent_on=date(2026, 3, 3), amount=60.0)
    ws.projects[ws.pid].budget = 2000.0
    summary = project_costs(ws, ws.pid)
    [row] = summary.rows
    assert row.title == "Phase" and row.planned == pytest.approx(8 * 80 + 100)  # 2 days at half time + fixed
    assert row.actual == pytest.approx(1.5 * 80 + 40 + 50)  # time, expense, half the fixed cost
    assert summary.project.planned == pytest.approx(8 * 80 + 740)  # Build (a day at 80/h) + the phase
    assert summary.project.actual == pytest.approx(210 + 60)
    assert summary.project.budget == 2000


def test_a_timer_logs_the_minutes_between_start_and_stop(ws):
    start = StartTimer(ws.tid, 1, datetime(2026, 3, 2, 9, 0))
    start.apply(ws)
    entry = running_timer(ws, ws.tid)
    assert entry is not None and entry.running
    with pytest.raises(ValidationError, match="already runs"):
        StartTimer(ws.tid, 1, datetime(2026, 3, 2, 9, 5)).apply(ws)
    StopTimer(entry.id, datetime(2026, 3, 2, 10, 45)).apply(ws)
    assert ws.time_entries[entry.id].minutes == 105 and running_timer(ws, ws.tid) is None


def test_stakeholders_fall_into_the_power_interest_grid_and_keep_a_log(ws):
    sid = add(ws, "stakeholder", project_id=ws.pid, name="Claire", influence=5, interest=4)
    assert ws.stakeholders[sid].quadrant is Quadrant.MANAGE_CLOSELY
    assert quadrant(4, 1) is Quadrant.KEEP_SATISFIED and quadrant(1, 5) is Quadrant.KEEP_INFORMED
    first = add(ws, "interaction", stakeholder_id=sid, day=date(2026, 3, 2), summary="Kick-off")
    second = add(ws, "interaction", stakeholder_id=sid, day=date(2026, 3, 9), summary="Demo", feedback="Likes it")
    assert [i.id for i in interaction_log(ws, sid)] == [second, first]
    with pytest.raises(ValidationError, match="interaction needs a date"):
        add(ws, "interaction", stakeholder_id=sid, summary="Call")
    with pytest.raises(ValidationError, match="interest must be from 1 to 5"):
        EditRecord("stakeholder", sid, interest=9).apply(ws)
    delete = DeleteRecords("stakeholder", [sid])
    delete.apply(ws)
    assert not ws.interactions
    delete.undo(ws)
    assert len(ws.interactions) == 2


def test_deleting_a_project_takes_its_registers_and_undo_brings_them_back(ws):
    add(ws, "risk", project_id=ws.pid, name="A")
    sid = add(ws, "stakeholder", project_id=ws.pid, name="S")
    add(ws, "interaction", stakeholder_id=sid, day=date(2026, 3, 2), summary="Hi")
    add(ws, "expense", project_id=ws.pid, spent_on=date(2026, 3, 2), amount=5.0, task_id=ws.tid)
    add(ws, "time_entry", task_id=ws.tid, person_id=1, start=datetime(2026, 3, 2, 9), minutes=60)
    add(ws, "deliverable", project_id=ws.pid, name="App", task_ids=[ws.tid])
    kinds = ("risk", "stakeholder", "interaction", "expense", "time_entry", "deliverable")
    before = {kind: copy.deepcopy(ws.table(kind)) for kind in kinds}
    delete = DeleteObject("project", ws.pid)
    delete.apply(ws)
    assert not (ws.risks or ws.stakeholders or ws.interactions or ws.expenses or ws.time_entries or ws.deliverables)
    delete.undo(ws)
    assert {kind: dict(ws.table(kind)) for kind in before} == before


def test_deleting_a_person_keeps_their_logged_time(ws):
    entry = add(ws, "time_entry", task_id=ws.tid, person_id=1, start=datetime(2026, 3, 2, 9), minutes=60)
    DeleteObject("person", 1).apply(ws)
    assert ws.time_entries[entry].person_id is None


def test_health_is_derived_from_the_indexes():
    assert derive_health(1.0, 0.97)[0] is Health.ON_TRACK
    assert derive_health(0.9, 1.0)[0] is Health.AT_RISK
    assert derive_health(0.9, 0.8)[0] is Health.OFF_TRACK
    assert derive_health(1.0, 1.0, late_days=3)[0] is Health.AT_RISK
