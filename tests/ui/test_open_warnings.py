"""At open the table shows the scheduler's warnings (a loop of links) without a full schedule when there are none,
and the schedule waits until something shown needs it: here the editor's slack, once the folded editor opens; or
until an edit is coming: a cell's editor opened."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from planner.core.commands import EditTask
from planner.core.model import Dependency, Project, Task, Workspace
from planner.core.schedule import compute_schedule, planned_changes
from planner.reports import formats
from planner.session import Session
from tests.test_first_edit import TASKS, TODAY, written


def write_plan(path, loop: bool) -> None:
    """Brief → Design, and Build beside them (slack); with `loop`, a link back from Design to Brief."""
    ws = Workspace()
    ws.put("project", Project(id=1, name="Launch", start=datetime(2026, 11, 2, 8)))
    for i, (title, days) in enumerate([("Brief", 1), ("Design", 3), ("Build", 1)], 1):
        ws.put("task", Task(id=i, title=title, project_id=1, position=i, duration=480 * days))
    ws.put("dependency", Dependency(1, 1, 2))
    if loop:
        ws.put("dependency", Dependency(2, 2, 1))
    Session.create(path, ws).close()


@pytest.mark.parametrize("loop", [True, False], ids=["a loop", "no fault"])
def test_the_warning_icons_at_open_are_the_full_schedules_and_slack_comes_when_the_editor_opens(
    make_window, tmp_path, qtbot, loop
):
    path = tmp_path / "plan.planner"
    write_plan(path, loop)
    window = make_window(path, editor_open=False)  # as a person who folded the editor left it
    controller = window.controller
    window.sidebar.select_scope(("project", 1))
    qtbot.waitUntil(lambda: controller.known_warnings is not None)
    expected = compute_schedule(controller.ws, controller.today()).warnings
    assert bool(expected) == loop
    for tid in controller.ws.tasks:
        row = window.model.index_of(("task", tid))
        tip = row.data(Qt.ItemDataRole.ToolTipRole) or ""
        if tid in expected:
            assert tip == f"Warning: {expected[tid]}"
            assert not row.data(Qt.ItemDataRole.DecorationRole).isNull()
        else:
            assert not tip.startswith("Warning")
    qtbot.wait(50)
    # With no fault there was nothing to schedule for: nothing shown needs slack or computed dates.
    assert (controller.known_schedule is None) == (not loop)
    if not loop:  # nor any task's links: the link index is made when first asked for
        assert controller.ws._link_index is None
    window.toggle_editor.trigger()  # the person opens the editor
    window.view().select_task(2)
    shown = window.editor.predecessors
    assert [shown.item(i).text() for i in range(shown.count())] == ["Brief  (FS)"]
    window.view().select_task(3)
    total = compute_schedule(controller.ws, controller.today()).total_slack(3)
    slack = formats.duration(total, controller.ws.calendar_for(controller.ws.tasks[3]))
    qtbot.waitUntil(lambda: window.editor.slack.text() == f"Slack {slack}")
    assert total > 0


def test_a_cell_edit_begun_after_such_an_open_has_the_schedule_for_its_reschedule(make_window, tmp_path, qtbot):
    path = tmp_path / "plan.planner"
    write_plan(path, loop=False)
    window = make_window(path, editor_open=False)  # as a person who folded the editor left it
    controller, view = window.controller, window.view()
    window.sidebar.select_scope(("project", 1))
    qtbot.waitUntil(lambda: controller.known_warnings is not None)
    assert controller.known_schedule is None
    view.edit(view.model().index(0, 0, view.rootIndex()))  # the title of the first row: an editor opens
    qtbot.waitUntil(lambda: controller.known_schedule is not None)


def test_a_cell_edit_begun_readies_the_schedule_so_the_edit_updates_it(
    make_window, tmp_path_factory, monkeypatch, qtbot
):
    path, ids = written(tmp_path_factory, monkeypatch, [480] * TASKS, {(0, 1), (1, 2)})  # dates Planner wrote
    window = make_window(path, editor_open=False)
    controller, view = window.controller, window.view()
    controller.today = lambda: TODAY
    window.sidebar.select_scope(("project", 1))
    qtbot.waitUntil(lambda: controller.known_warnings is not None)
    assert controller.known_schedule is None
    view.edit(view.model().index(0, 0, view.rootIndex()))  # the title of the first row: an editor opens
    qtbot.waitUntil(lambda: controller.known_schedule is not None and controller.known_schedule.applied)
    controller.run(EditTask(ids[0], duration=960))
    assert controller.known_schedule.touched is not None  # the readied schedule updated, not the plan computed again
    ws = controller.ws
    assert planned_changes(ws, compute_schedule(ws, TODAY)) == {}
