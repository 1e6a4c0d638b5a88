"""The paths made faster for opening and scheduling plans with people (issue #14) give what the plain ones give:
task calendars asked once per distinct calendar, project and set of assignees, through full and incremental runs
and after a person's calendar changes; empty JSON documents read without the parser; the date check skipping
empty collections."""

from __future__ import annotations

import json
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.bounds import date_problems
from planner.core.calendars import Calendar
from planner.core.commands import AssignPerson, EditObject
from planner.core.model import Dependency, Person, Project, ResourceType, Task, Workspace
from planner.core.schedule import Reschedule, compute_schedule, schedule, update_schedule
from planner.store.schema import JSONText

START = datetime(2025, 3, 3, 8)
MORNINGS = Calendar(name="Mornings", week=(((8 * 60, 12 * 60),),) * 5 + ((), ()), id=1)
LATE = Calendar(name="Afternoons", week=(((13 * 60, 19 * 60),),) * 4 + ((), (), ()), id=2)
WEEKEND = Calendar(name="Weekend", week=((),) * 5 + (((9 * 60, 17 * 60),),) * 2, id=3)


@st.composite
def staffed_plans(draw) -> Workspace:
    """Two projects on different calendars, people on several calendars (one a material), tasks with their own
    calendar or assignees, in chains of links."""
    ws = Workspace()
    for calendar in (MORNINGS, LATE, WEEKEND):
        ws.calendars[calendar.id] = calendar
    ws.put("project", Project(id=1, name="P", start=START))
    ws.put("project", Project(id=2, name="Q", start=START, calendar_id=3))
    for pid in range(1, 5):
        kind = ResourceType.MATERIAL if pid == 4 else ResourceType.WORK
        ws.put("person", Person(id=pid, name=f"R{pid}", calendar_id=draw(st.sampled_from((None, 1, 2, 3))),
                                resource_type=kind))  # fmt: skip
    size = draw(st.integers(1, 12))
    for i in range(1, size + 1):
        task = Task(id=i, title=f"T{i}", project_id=draw(st.sampled_from((1, 2))), position=i,
                    duration=draw(st.sampled_from((60, 240, 480, 1200))))  # fmt: skip
        task.calendar_id = draw(st.sampled_from((None, None, None, 1, 2)))
        task.assignments = {pid: 1.0 for pid in draw(st.lists(st.integers(1, 4), max_size=3, unique=True))}
        ws.tasks[i] = task
    ws.rebuild_indexes()
    for succ in range(2, size + 1):
        if draw(st.booleans()):
            pred = draw(st.integers(1, succ - 1))
            ws.put("dependency", Dependency(len(ws.dependencies) + 1, pred, succ))
    return ws


def plain(ws: Workspace):
    """The schedule `compute_schedule` makes, with the task calendars asked task by task."""
    return schedule(ws, calendars=lambda task: ws.calendar_for(task),
                    project_calendars=lambda project: ws.calendars.get(project.calendar_id, ws.calendar))  # fmt: skip


def dates(result, ws: Workspace) -> dict:
    return {t: (result.start(t), result.finish(t), result.total_slack(t), result.is_critical(t)) for t in ws.tasks}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(staffed_plans(), st.data())
def test_task_calendars_asked_once_per_set_of_assignees_give_the_plain_schedule(ws, data):
    fast = compute_schedule(ws)
    assert dates(fast, ws) == dates(plain(ws), ws)
    # An incremental run after an assignment keeps the memo: the new set of assignees is its own key.
    task_id = data.draw(st.sampled_from(sorted(ws.tasks)))
    assign = AssignPerson(task_id, data.draw(st.integers(1, 4)), 1.0)
    changes = assign.apply(ws)
    updated = update_schedule(fast, ws, changes)
    assert dates(updated, ws) == dates(plain(ws), ws)
    # A person's calendar changed: a full run with the same arguments, which must not reuse the old memo.
    person = data.draw(st.integers(1, 4))
    edit = EditObject("person", person, calendar_id=data.draw(st.sampled_from((None, 1, 2, 3))))
    changes = edit.apply(ws)
    reschedule = Reschedule(updated, changes)
    reschedule.apply(ws)
    assert dates(reschedule.result, ws) == dates(plain(ws), ws)


def test_empty_json_documents_are_new_objects_equal_to_what_the_parser_reads():
    first, second = JSONText.to_core("{}"), JSONText.to_core("{}")
    assert first == {} and first is not second  # each task gets its own, to change without touching others
    assert JSONText.to_core("[]") == [] and JSONText.to_core("[]") is not JSONText.to_core("[]")
    assert JSONText.to_core('{"uid":"1"}') == {"uid": "1"}
    for value in ({}, [], {"uid": "1"}, [1, "é"]):  # written as the encoder writes them, read back the same
        assert JSONText.to_store(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        assert JSONText.to_core(JSONText.to_store(value)) == value


def test_date_check_skips_empty_collections_and_still_finds_dates_inside_full_ones():
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=START))
    ws.put("task", Task(id=1, title="Empty", project_id=1, position=1))
    ws.put("task", Task(id=2, title="Moved", project_id=1, position=2))
    ws.tasks[2].recurrence_exceptions = {datetime(1800, 1, 1).date(): None}
    assert [(p.ident, p.field) for p in date_problems(ws)] == [(2, "recurrence_exceptions")]
