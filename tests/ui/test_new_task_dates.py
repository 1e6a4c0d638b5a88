"""A new task in a project gets dates at once: a one-day bar at the project's start, or at its summary's start
when it goes under a summary, which it never moves. Created with Insert in the table and in the Gantt."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, LinkTasks
from planner.store.workspace_file import WorkspaceFile

START = datetime(2026, 3, 2, 8)  # a Monday
DAY = 480


@pytest.fixture
def plan(make_window, workspace_path):
    """A project from 2 March 2026: "Design" (10 days), then the summary "Phase 2" holding "Build" (3 days),
    linked after Design, so that Phase 2 starts two weeks after the project."""
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    design, phase = CreateTask(key, "Design", duration=10 * DAY), CreateTask(key, "Phase 2")
    controller.run(Batch([design, phase], "Seed"))
    build = CreateTask(("task", phase.id), "Build", duration=3 * DAY)
    controller.run(build)
    controller.run(LinkTasks(design.id, build.id))
    controller.clear_history()
    window.sidebar.select_scope(key)
    return window


def named(ws, title):
    return next(t for t in ws.tasks.values() if t.title == title)


def stored(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


def insert_below(window, qtbot, title: str) -> int:
    """Select `title` in the current view and press Insert there; the id of the task it made."""
    ws = window.controller.ws
    before = set(ws.tasks)
    view = window.view()
    view.select_task(named(ws, title).id)
    focus = view.tree if hasattr(view, "tree") else view
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_Insert)
    (new,) = set(ws.tasks) - before
    return new


def test_insert_in_the_table_makes_a_one_day_task_at_the_project_start(plan, workspace_path, qtbot):
    ws = plan.controller.ws
    new = insert_below(plan, qtbot, "Design")
    task = ws.tasks[new]
    assert task.parent_id is None
    assert (task.start, task.finish, task.duration) == (START, datetime(2026, 3, 2, 17), DAY)
    assert stored(workspace_path).tasks[new].duration == DAY
    plan.undo_action.trigger()
    assert new not in ws.tasks and new not in stored(workspace_path).tasks


def test_insert_under_a_summary_in_the_gantt_keeps_the_summary_where_it_was(plan, workspace_path, qtbot):
    ws = plan.controller.ws
    plan.show_view("gantt")
    phase = named(ws, "Phase 2").id
    assert ws.tasks[phase].start == datetime(2026, 3, 16, 8)
    new = insert_below(plan, qtbot, "Build")
    task = ws.tasks[new]
    assert task.parent_id == phase
    assert ws.tasks[phase].start == datetime(2026, 3, 16, 8)  # not moved back to the project's start
    assert (task.start, task.finish, task.duration) == (datetime(2026, 3, 16, 8), datetime(2026, 3, 16, 17), DAY)
    assert plan.view().bars.bar(new) is not None  # drawn at once
    on_disk = stored(workspace_path)
    assert on_disk.tasks[phase].start == datetime(2026, 3, 16, 8)
    assert on_disk.tasks[new].start == datetime(2026, 3, 16, 8)


def test_a_new_subtask_of_a_summary_starts_with_it(plan, qtbot):
    ws = plan.controller.ws
    phase = named(ws, "Phase 2").id
    view = plan.view()
    view.select_task(phase)
    view.setFocus()
    before = set(ws.tasks)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    (new,) = set(ws.tasks) - before
    assert ws.tasks[new].parent_id == phase
    assert ws.tasks[new].start == ws.tasks[phase].start == datetime(2026, 3, 16, 8)
    assert ws.tasks[new].duration == DAY
