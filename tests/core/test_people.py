"""The people sheet's rules in the core: what a person may hold, adding several in one step, deleting one with
their tasks handed on, pasted rows, and what material and cost resources count for (costs, not hours)."""

from __future__ import annotations

import copy
from datetime import date, datetime

import pytest

from planner.core.calendars import Calendar
from planner.core.commands import AddObject, AddPeople, CreateTask, DeleteObject, EditObject, SetPersonCalendar
from planner.core.costs import ledger, task_planned_cost
from planner.core.errors import ValidationError
from planner.core.levelling import find_conflicts
from planner.core.model import KINDS, ResourceType, Workspace
from planner.core.people import free_name, parse_people
from planner.core.registers import AddRecord
from planner.core.workload import workload

MON = datetime(2025, 1, 6, 8, 0)  # a Monday; the standard calendar works 08–12 and 13–17


def tables(ws: Workspace) -> dict:
    return {kind: copy.deepcopy(ws.table(kind)) for kind in KINDS}


@pytest.fixture
def ws() -> Workspace:
    ws = Workspace()
    AddObject("status", name="To do").apply(ws)
    AddObject("project", name="Launch", start=MON).apply(ws)
    AddObject("person", name="Maya Ruiz", capacity=8, rate=50).apply(ws)  # 1
    AddObject("person", name="Tom Berg", capacity=6, rate=40).apply(ws)  # 2
    return ws


def task(ws: Workspace, title: str, **fields) -> int:
    command = CreateTask(("project", 1), title, **fields)
    command.apply(ws)
    return command.id


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "Idle", "capacity": 0}, "Idle: a capacity of 0 hours a day is impossible"),
        ({"name": "Night owl", "capacity": 24.5}, "Night owl: a capacity of 24.5 hours a day is impossible"),
        ({"name": "Cheap", "rate": -1}, "Cheap: a rate cannot be negative"),
        ({"name": "Late", "overtime_rate": -0.5}, "Late: an overtime rate cannot be negative"),
        ({"name": "Van", "cost_per_use": -20}, "Van: a cost per use cannot be negative"),
        ({"name": "Zero", "max_units": 0}, "Zero: max units of 0% are impossible"),
        ({"name": "Many", "max_units": 10.5}, "Many: max units of 1050% are impossible"),
        ({"name": "  maya ruiz "}, "maya ruiz: there is already a person of that name"),
        ({"name": "   "}, "A person needs a name"),
        ({"name": "Lost", "calendar_id": 9}, "Lost: there is no calendar 9"),
    ],
)
def test_impossible_people_are_refused_with_the_reason_and_nothing_stored(ws, fields, message):
    before = tables(ws)
    with pytest.raises(ValidationError, match=message):
        AddObject("person", **fields).apply(ws)
    assert tables(ws) == before


def test_an_edit_is_checked_as_an_addition_is(ws):
    before = tables(ws)
    with pytest.raises(ValidationError, match="Tom Berg: a capacity of 0 hours"):
        EditObject("person", 2, capacity=0).apply(ws)
    with pytest.raises(ValidationError, match="MAYA RUIZ: there is already a person of that name"):
        EditObject("person", 2, name="MAYA RUIZ").apply(ws)
    assert tables(ws) == before
    EditObject("person", 2, name="Tom", max_units=2.0, resource_type="material").apply(ws)
    assert (ws.people[2].name, ws.people[2].max_units, ws.people[2].resource_type) == ("Tom", 2.0, "material")


def test_edits_of_other_fields_leave_an_imported_duplicate_name_or_zero_capacity_alone(ws):
    ws.people[2].name, ws.people[2].capacity = "Maya Ruiz", 0.0  # as a file from elsewhere may hold them
    EditObject("person", 2, rate=45).apply(ws)
    assert ws.people[2].rate == 45
    with pytest.raises(ValidationError, match="a capacity of 0 hours"):
        EditObject("person", 2, capacity=0.0, rate=50).apply(ws)


def test_add_people_creates_every_row_in_one_step_and_undoes_them_all(ws):
    before = tables(ws)
    command = AddPeople([{"name": "Ana"}, {"name": "Ben", "initials": "BB", "capacity": 4.0}, {"name": "Cy"}])
    changes = command.apply(ws)
    assert [ws.people[pid].name for pid in command.ids] == ["Ana", "Ben", "Cy"]
    assert ws.people[command.ids[1]].capacity == 4.0
    assert changes.created == {"person": set(command.ids)}
    command.undo(ws)
    assert tables(ws) == before
    command.apply(ws)  # redo keeps the ids
    assert [ws.people[pid].name for pid in command.ids] == ["Ana", "Ben", "Cy"]


def test_add_people_with_one_bad_row_stores_none(ws):
    before = tables(ws)
    with pytest.raises(ValidationError, match="ana: there is already a person of that name"):
        AddPeople([{"name": "Ana"}, {"name": "ana"}]).apply(ws)
    assert tables(ws) == before


def test_deleting_a_person_can_hand_their_tasks_to_another_and_keeps_their_logged_time(ws):
    write = task(ws, "Write", duration=480, assignments={1: 0.5})
    review = task(ws, "Review", duration=480, assignments={1: 1.0, 2: 0.5})
    AddRecord("time_entry", task_id=write, person_id=1, start=MON, minutes=90).apply(ws)
    before = tables(ws)
    command = DeleteObject("person", 1, move_to=2)
    command.apply(ws)
    assert 1 not in ws.people
    assert ws.tasks[write].assignments == {2: 0.5}
    assert ws.tasks[review].assignments == {2: 1.0}  # both on it: the higher units stay
    [entry] = ws.time_entries.values()
    assert (entry.task_id, entry.minutes, entry.person_id) == (write, 90, None)
    assert (entry.person_name, entry.person_rate) == ("Maya Ruiz", 50)  # it still says who did the work
    assert ledger(ws, 1).time[write] == 75.0  # 1.5 h at Maya's 50 an hour, as before she was deleted
    command.undo(ws)
    assert tables(ws) == before


def test_deleting_a_person_in_favour_of_themselves_or_nobody_is_refused(ws):
    with pytest.raises(ValidationError, match="There is no other person 1"):
        DeleteObject("person", 1, move_to=1).apply(ws)
    with pytest.raises(ValidationError, match="There is no other person 7"):
        DeleteObject("person", 1, move_to=7).apply(ws)


def test_cost_per_use_counts_once_per_assignment_and_material_by_units():
    ws = Workspace()
    AddObject("project", name="Launch", start=MON).apply(ws)
    AddPeople([
        {"name": "Maya", "rate": 50.0, "cost_per_use": 30.0},  # 1: work
        {"name": "Paint", "rate": 12.0, "resource_type": ResourceType.MATERIAL, "cost_per_use": 5.0},  # 2
        {"name": "Travel", "rate": 99.0, "resource_type": ResourceType.COST, "cost_per_use": 200.0},  # 3
    ]).apply(ws)  # fmt: skip
    both = CreateTask(("project", 1), "Paint the hall", duration=2 * 480, assignments={1: 0.5, 2: 3.0, 3: 1.0},
                      fixed_cost=10.0)  # fmt: skip
    both.apply(ws)
    # Maya: 2 days × 8 h × 50 % = 8 h at 50 = 400, plus 30 a use; paint: 3 units at 12 = 36, plus 5 a use;
    # travel: 200 a use, its rate unused; the task's fixed cost 10.  400 + 30 + 36 + 5 + 200 + 10 = 681.
    assert task_planned_cost(ws, ws.tasks[both.id]) == pytest.approx(681.0)


def test_material_and_cost_resources_carry_no_hours_and_do_not_choose_the_calendar(ws):
    AddPeople([{"name": "Paint", "resource_type": "material"}, {"name": "Fees", "resource_type": "cost"}]).apply(ws)
    paint, fees = 3, 4
    tid = task(ws, "Paint", start=MON, duration=5 * 480, assignments={1: 1.0, paint: 10.0, fees: 1.0})
    load = workload(ws, date(2025, 1, 6), date(2025, 1, 12))
    assert load.people == [1, 2]
    assert load.totals(1) == [40.0]
    assert find_conflicts(ws, today=date(2025, 1, 1)) == []  # ten units of paint over a week overload nobody
    assert ws.calendar_for(ws.tasks[tid]) is ws.calendar


def test_a_free_name_counts_up_past_the_names_taken(ws):
    assert free_name(ws) == "New person"
    AddObject("person", name="new person").apply(ws)
    AddObject("person", name="New person 2").apply(ws)
    assert free_name(ws) == "New person 3"
    assert free_name(ws, taken={"new person 3"}) == "New person 4"


def test_pasted_lines_become_rows_by_column_and_a_header_is_skipped():
    text = "Name\tInitials\tRole\n Ana Diaz \tAD\tDesigner\t\t6\t€ 55,5\n\nBen\n"
    assert parse_people(text) == [
        {"name": "Ana Diaz", "initials": "AD", "role": "Designer", "capacity": 6.0, "rate": 55.5},
        {"name": "Ben"},
    ]
    with pytest.raises(ValidationError, match="Line 2: capacity 'lots' is not a number"):
        parse_people("Ana\nBen\t\t\t\tlots")


def test_a_person_gets_a_calendar_of_their_own_edited_in_place_and_back_the_workspaces(ws):
    before = tables(ws)
    own = Calendar(holiday_country="DE", holiday_subdivision="BY", exceptions={date(2025, 1, 7): ()})
    first = SetPersonCalendar(1, own)
    first.apply(ws)
    cid = ws.people[1].calendar_id
    mine = ws.calendars[cid]
    assert (mine.name, mine.holiday_country, mine.holiday_subdivision) == ("Maya Ruiz's calendar", "DE", "BY")
    assert not mine.is_working_day(date(2025, 1, 6))  # Epiphany in Bavaria
    assert not mine.is_working_day(date(2025, 1, 7))  # her day off
    second = SetPersonCalendar(1, Calendar(holiday_country="FR"))
    second.apply(ws)
    assert ws.people[1].calendar_id == cid  # hers alone: changed in place
    assert ws.calendars[cid].holiday_country == "FR"
    back = SetPersonCalendar(1, None)
    back.apply(ws)
    assert ws.people[1].calendar_id is None
    back.undo(ws)
    assert ws.people[1].calendar_id == cid
    second.undo(ws)
    assert ws.calendars[cid].holiday_country == "DE"
    first.undo(ws)
    assert tables(ws) == before


def test_a_shared_calendar_is_left_to_the_others(ws):
    SetPersonCalendar(1, Calendar(holiday_country="DE")).apply(ws)
    shared = ws.people[1].calendar_id
    EditObject("person", 2, calendar_id=shared).apply(ws)
    SetPersonCalendar(2, Calendar(holiday_country="US")).apply(ws)
    assert ws.people[2].calendar_id != shared
    assert ws.calendars[shared].holiday_country == "DE"


def test_a_calendar_with_no_working_day_is_refused(ws):
    with pytest.raises(ValidationError, match="Tom Berg: the working week needs at least one working day"):
        SetPersonCalendar(2, Calendar(week=((),) * 7)).apply(ws)
