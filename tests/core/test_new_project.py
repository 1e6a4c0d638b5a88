"""A new project as the New Project dialog describes it: from a start or back from a finish, on a calendar, with a
manager and a template, in one step that undo takes back whole."""

from datetime import datetime

import pytest

from planner.core.calendars import Calendar
from planner.core.commands import AddObject, CreateTask, LinkTasks
from planner.core.errors import ValidationError
from planner.core.model import Workspace
from planner.core.new_project import CreateProject
from planner.core.schedule import Reschedule
from planner.core.templates import SaveTemplate

DAY = 480


@pytest.fixture
def ws():
    """A workspace with a four-day-week calendar and a template: Design (2 days), then Build (3 days)."""
    ws = Workspace()
    four_days = Calendar(id=1, name="Four days", week=(((480, 1020),),) * 4 + ((),) * 3)
    ws.calendars[1] = four_days
    source = AddObject("project", name="Launch", start=datetime(2026, 3, 2, 8))
    source.apply(ws)
    design = CreateTask(("project", source.id), "Design", duration=2 * DAY)
    design.apply(ws)
    build = CreateTask(("project", source.id), "Build", duration=3 * DAY)
    build.apply(ws)
    LinkTasks(design.id, build.id).apply(ws)
    Reschedule().apply(ws)
    save = SaveTemplate(source.id, "App launch", lambda: datetime(2026, 3, 1))
    save.apply(ws)
    ws.template_id = save.id
    return ws


def test_a_blank_project_from_a_start_on_a_calendar_with_a_manager(ws):
    make = CreateProject("Relaunch", start=datetime(2026, 6, 6), calendar_id=1, manager=" Maya ")
    make.apply(ws)
    project = ws.projects[make.project_id]
    assert project.start == datetime(2026, 6, 8, 8)  # a Saturday given: its next working morning
    assert (project.calendar_id, project.manager, project.schedule_from_finish) == (1, "Maya", False)
    make.undo(ws)
    assert make.project_id not in ws.projects
    make.apply(ws)  # redo: the same project, with the same id
    assert ws.projects[make.project_id].name == "Relaunch"


def test_a_project_from_a_template_back_from_its_finish_ends_on_it(ws):
    make = CreateProject("Relaunch", finish=datetime(2026, 6, 26, 20), from_finish=True, template_id=ws.template_id)
    make.apply(ws)
    project = ws.projects[make.project_id]
    assert project.schedule_from_finish and project.target_finish == datetime(2026, 6, 26, 17)
    assert project.start is None  # it follows from the plan
    Reschedule().apply(ws)
    tasks = {t.title: t for t in ws.tasks.values() if t.project_id == project.id}
    assert (tasks["Build"].start, tasks["Build"].finish) == (datetime(2026, 6, 24, 8), datetime(2026, 6, 26, 17))
    assert (tasks["Design"].start, tasks["Design"].finish) == (datetime(2026, 6, 22, 8), datetime(2026, 6, 23, 17))
    make.undo(ws)
    assert make.project_id not in ws.projects
    assert not [t for t in ws.tasks.values() if t.project_id == make.project_id]


def test_a_name_is_needed_and_must_be_new(ws):
    with pytest.raises(ValidationError, match="needs a name"):
        CreateProject("  ", start=datetime(2026, 6, 8)).apply(ws)
    with pytest.raises(ValidationError, match="already a project named “launch”"):
        CreateProject("launch", start=datetime(2026, 6, 8)).apply(ws)
    assert len(ws.projects) == 1


def test_a_missing_date_calendar_or_template_is_refused(ws):
    with pytest.raises(ValidationError, match="from its finish needs that date"):
        CreateProject("Relaunch", from_finish=True).apply(ws)
    with pytest.raises(ValidationError, match="no calendar 7"):
        CreateProject("Relaunch", start=datetime(2026, 6, 8), calendar_id=7).apply(ws)
    with pytest.raises(ValidationError, match="no template 9"):
        CreateProject("Relaunch", start=datetime(2026, 6, 8), template_id=9).apply(ws)
    assert len(ws.projects) == 1
