"""GanttProject export: what it writes, our reader reads back as the same plan (the sample workspace, GanttProject's
own files, and plans hypothesis makes), in elements GanttProject's order, and both plans schedule the same."""

import tempfile
from datetime import date, datetime
from pathlib import Path

import defusedxml.ElementTree as DefusedET
import pytest
from hypothesis import given, settings
from plan_facts import plan_facts
from plan_strategies import plans
from shared_data import SHARED_DATA, needs_shared_data

from planner.core.calendars import STANDARD_DAY, Calendar, ExceptionRule
from planner.core.commands import new_workspace
from planner.core.errors import ValidationError
from planner.core.model import Constraint, Person, Project, Task, Workspace, tree_order
from planner.core.sample import build_sample
from planner.io.apply import ApplyImport
from planner.io.formats import export_file, import_file
from planner.io.gan_export import export_gan, gan_text
from planner.session import Session

TODAY = date(2025, 3, 3)
DAY = 480
# The order GanttProject 3.3 writes the children of <project> and of <task> in (its TaskSaver and GanttXMLSaver).
PROJECT_ORDER = ["description", "view", "calendars", "tasks", "resources", "allocations", "vacations", "previous"]
PROJECT_ORDER.append("roles")
TASK_ORDER = ["notes", "depend", "customproperty", "task"]


def in_order(element, order):
    names = [child.tag for child in element]
    assert set(names) <= set(order), names
    positions = [order.index(name) for name in names]
    assert positions == sorted(positions), names


def sample_with_holidays() -> Workspace:
    """The sample workspace on a calendar with a holiday in the project, a yearly holiday, a Saturday worked,
    and a person with a week off, so the calendar and the vacations have something to carry."""
    ws = build_sample(TODAY)
    ws.calendar = Calendar(
        name="Team",
        exceptions={date(2025, 3, 10): (), date(2025, 3, 15): STANDARD_DAY},
        rules=(ExceptionRule(date(2000, 1, 1), freq="yearly", month=5, day=1),),
    )
    maya = next(p for p in ws.people.values() if p.name == "Maya Patel")
    days_off = {date(2025, 4, day): () for day in range(14, 19)}
    ws.calendars[1] = Calendar.derived(ws.calendar, "Maya's days off", exceptions=days_off, id=1)
    maya.calendar_id = 1
    return ws


def rows(ws, project_id):
    return [tid for tid in tree_order(ws) if ws.tasks[tid].project_id == project_id]


def test_the_sample_project_reads_back_as_the_same_plan(tmp_path):
    ws = sample_with_holidays()
    project_id = next(iter(ws.projects))
    export_file(ws, project_id, tmp_path / "sample.gan")
    result = import_file(tmp_path / "sample.gan")
    again = result.workspace
    before, after = rows(ws, project_id), rows(again, result.project_id)
    assert result.project.name == ws.projects[project_id].name
    assert [(len(ws.ancestors(t)), ws.tasks[t].title) for t in before] == [
        (len(again.ancestors(t)), again.tasks[t].title) for t in after
    ]
    for old, new in zip(before, after, strict=True):
        task, read = ws.tasks[old], again.tasks[new]
        assert (read.milestone, read.percent_complete, read.priority) == (
            task.milestone,
            task.percent_complete,
            task.priority,
        )
        if not ws.is_summary(old):  # the same working instant: a milestone at Friday's end is on Monday morning
            assert ws.calendar.working_minutes(task.start, read.start) == 0, task.title
            assert read.duration == (task.duration or 0), task.title
    index = {tid: n for n, tid in enumerate(before)}
    index_again = {tid: n for n, tid in enumerate(after)}
    links = sorted(
        (index[d.predecessor_id], index[d.successor_id], d.type, d.lag / DAY) for d in ws.dependencies.values()
    )
    assert links == sorted(
        (index_again[d.predecessor_id], index_again[d.successor_id], d.type, d.lag / DAY)
        for d in again.dependencies.values()
    )
    assert any(d.type == "SS" and d.lag for d in again.dependencies.values())

    def allocations(space, order):
        return [sorted((space.people[p].name, u) for p, u in space.tasks[t].assignments.items()) for t in order]

    assert allocations(ws, before) == allocations(again, after)
    assigned = {p for t in before for p in ws.tasks[t].assignments}
    assert sorted((ws.people[p].name, ws.people[p].rate) for p in assigned) == sorted(
        (p.name, p.rate) for p in again.people.values()
    )

    # The working week, the dated holiday, the worked Saturday, 1 May of every year the plan can reach.
    cal = result.calendar
    assert [bool(day) for day in cal.week] == [True] * 5 + [False] * 2
    assert not cal.is_working_day(date(2025, 3, 10)) and cal.is_working_day(date(2025, 3, 15))
    assert not cal.is_working_day(date(2025, 5, 1)) and not cal.is_working_day(date(2030, 5, 1))
    maya = next(p for p, person in again.people.items() if person.name == "Maya Patel")
    assert sorted(result.person_calendars[maya].exceptions) == [date(2025, 4, day) for day in range(14, 19)]

    # The baseline, as GanttProject's previous state.
    (saved,) = [b for b in ws.baselines.values()]
    (read_back,) = again.baselines.values()
    assert read_back.name == saved.name
    kept = [b for b in saved.tasks.values() if not b.summary]
    read = [b for b in read_back.tasks.values() if not b.summary]
    assert [(b.title, b.duration, b.milestone) for b in kept] == [(b.title, b.duration, b.milestone) for b in read]
    assert all(ws.calendar.working_minutes(a.start, b.start) == 0 for a, b in zip(kept, read, strict=True))
    assert sum(b.summary for b in read_back.tasks.values()) == sum(b.summary for b in saved.tasks.values())

    # File ▸ Import stores it as the new project's baseline, on the new task ids and their tree.
    live = Workspace()
    command = ApplyImport(result)
    command.apply(live)
    (stored,) = live.baselines.values()
    assert stored.project_id == command.project_id and stored.name == saved.name
    assert set(stored.tasks) == {command.task_ids[tid] for tid in read_back.tasks}
    for tid, row in read_back.tasks.items():
        assert stored.tasks[command.task_ids[tid]].parent_id == command.task_ids.get(row.parent_id)


def test_the_sample_and_its_export_schedule_the_same(tmp_path):
    ws = sample_with_holidays()
    project_id = next(iter(ws.projects))
    export_file(ws, project_id, tmp_path / "sample.gan")
    result = import_file(tmp_path / "sample.gan")
    original = Session.create(tmp_path / "original.planner", ws)
    imported = Session.create(tmp_path / "imported.planner", Workspace())
    for session in (original, imported):
        session.today = lambda: TODAY
    imported.run(new_workspace())
    apply = ApplyImport(result)
    imported.run(apply)
    try:
        before, after = rows(ws, project_id), rows(imported.ws, apply.project_id)
        cal = ws.calendar
        for old, new in zip(before, after, strict=True):
            # In working time: a milestone the sample put at 17:00 on Friday is at 08:00 on Monday in GanttProject.
            title = ws.tasks[old].title
            assert cal.working_minutes(original.schedule.start(old), imported.schedule.start(new)) == 0, title
            assert cal.working_minutes(original.schedule.finish(old), imported.schedule.finish(new)) == 0, title
    finally:
        original.close()
        imported.close()


# -- GanttProject's own files ------------------------------------------------------------------------------------
@needs_shared_data
def test_ganttproject_files_go_out_and_back_in_the_same(tmp_path):
    for name in ("HouseBuildingSample.gan", "task-with-dependencies.gan"):
        first = import_file(SHARED_DATA / "gan" / name)
        export_gan(first.workspace, first.project_id, tmp_path / name, extras=first)
        again = import_file(tmp_path / name)
        assert plan_facts(again.workspace, 1) == plan_facts(first.workspace, 1), name
        assert sorted(t.external_id for t in again.workspace.tasks.values()) == sorted(
            t.external_id for t in first.workspace.tasks.values()
        )
        assert [f.hard for f in again.links.values()] == [f.hard for f in first.links.values()]
        assert again.person_external_ids == first.person_external_ids


@needs_shared_data
def test_the_export_keeps_ganttprojects_element_order(tmp_path):
    first = import_file(SHARED_DATA / "gan" / "HouseBuildingSample.gan")
    export_gan(first.workspace, first.project_id, tmp_path / "house.gan", extras=first)
    root = DefusedET.parse(tmp_path / "house.gan").getroot()
    in_order(root, PROJECT_ORDER)
    tasks = list(root.iter("task"))
    assert len(tasks) == 20
    for element in tasks:
        in_order(element, TASK_ORDER)
    assert [child.tag for child in root.find("calendars")] == ["day-types", "date"]


def test_xml_special_characters_survive_and_what_ganttproject_cannot_hold_is_said(tmp_path):
    ws = Workspace()
    ws.put("project", Project(id=1, name='R&D <"core"> \'27', start=datetime(2025, 3, 3, 8)))
    ws.people[1] = Person(id=1, name="Zoë & <Ann>", email="ann@example.com", rate=10)
    title = 'Fix <b> & "quotes"\tand ]]> too'
    task = Task(id=1, title=title, project_id=1, start=datetime(2025, 3, 3, 8), duration=600)
    task.notes = "line one\nline <two> & ]]>"
    task.deadline = datetime(2025, 3, 20, 17)
    task.constraint, task.constraint_date = Constraint.MSO, datetime(2025, 3, 3, 8)
    task.assignments[1] = 0.5
    ws.tasks[1] = task
    ws.rebuild_indexes()
    left_out = export_gan(ws, 1, tmp_path / "special.gan")
    result = import_file(tmp_path / "special.gan")
    (read,) = result.workspace.tasks.values()
    assert (read.title, read.notes, result.project.name) == (title, task.notes, ws.projects[1].name)
    assert [p.name for p in result.workspace.people.values()] == ["Zoë & <Ann>"]
    assert read.duration == DAY  # 10 hours are one GanttProject day
    assert len(left_out) == 3 and any("rounded to whole days" in line for line in left_out)
    assert any("deadlines" in line for line in left_out) and any("constraints" in line for line in left_out)


def test_a_project_that_is_not_there_is_refused():
    ws = Workspace()
    ws.put("project", Project(id=1, name="Empty"))  # an empty project is among the generated plans below
    assert DefusedET.fromstring(gan_text(ws, 1)).get("name") == "Empty"
    with pytest.raises(ValidationError, match="no project 2"):
        gan_text(ws, 2)


# -- generated plans ------------------------------------------------------------------------------------------
def as_ganttproject_holds(ws: Workspace) -> Workspace:
    """The plan cut down to what a .gan file holds: whole days on an eight-hour day, working or not; dates without
    hours; one kind of constraint; no deadlines, work, actual dates, manual scheduling, initials or capacities."""
    old = ws.calendar
    week = tuple(STANDARD_DAY if day else () for day in old.week)
    exceptions = {
        day: STANDARD_DAY if hours else ()
        for day, hours in old.exceptions.items()
        if bool(hours) != bool(week[day.weekday()])
    }
    cal = ws.calendar = Calendar(name="GanttProject", week=week, exceptions=exceptions)
    project = ws.projects[1]
    for task in ws.tasks.values():
        task.start = cal.day_start((task.start or project.start).date())
        task.duration = 0 if task.milestone else (task.duration or 0) // DAY * DAY
        task.finish = cal.add_working(task.start, task.duration) if task.duration else task.start
        task.notes = task.notes.strip()
        task.work = task.deadline = task.created = task.started = task.completed = None
        task.manual = False
        if task.constraint is Constraint.SNET:
            task.constraint_date = cal.day_start(task.constraint_date.date())
        else:
            task.constraint, task.constraint_date = Constraint.ASAP, None
    for dep in ws.dependencies.values():
        dep.lag = round(dep.lag / DAY) * DAY
    for person in ws.people.values():
        person.initials, person.capacity = "", 8.0
    return ws


@settings(max_examples=80, deadline=None)
@given(plans().map(as_ganttproject_holds))
def test_generated_plans_read_back_the_same(ws):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.gan"
        left_out = export_gan(ws, 1, path)
        result = import_file(path)
    facts, again = plan_facts(ws, 1), plan_facts(result.workspace, 1)
    del facts["project"], again["project"]  # GanttProject keeps no manager, status date or target finish
    assert again == facts
    assert result.project.name == ws.projects[1].name
    assert not [line for line in left_out if "rounded" in line]
