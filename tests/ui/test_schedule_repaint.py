"""The table repaints for a new schedule only when something it paints comes from the schedule (a slack or
early/late column, a warning icon): at open the schedule arrives after the first paint. What is on the screen
then must be what a full repaint draws, in every case."""

from datetime import datetime

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from planner.core.commands import EditTask
from planner.core.model import Dependency, Project, Task, Workspace
from planner.session import Session
from planner.ui.models.columns import Column


def write_plan(path, loop: bool) -> None:
    """Three linked tasks; with `loop`, a link back that the scheduler leaves out with a warning."""
    ws = Workspace()
    ws.put("project", Project(id=1, name="Launch", start=datetime(2026, 11, 2, 8)))
    for i, title in enumerate(["Brief", "Design", "Build"], 1):
        ws.put("task", Task(id=i, title=title, project_id=1, position=i, duration=480 * i))
    ws.put("dependency", Dependency(1, 1, 2))
    if loop:
        ws.put("dependency", Dependency(2, 2, 1))
    Session.create(path, ws).close()


def on_screen(view) -> QImage:
    """The table's viewport as the window's backing store holds it: what was last painted, not a new paint."""
    viewport, window = view.viewport(), view.window()
    shot = window.screen().grabWindow(window.winId())
    ratio = shot.devicePixelRatio()
    area = QRect(viewport.mapTo(window, viewport.rect().topLeft()) * ratio, viewport.size() * ratio)
    return shot.copy(area).toImage().convertToFormat(QImage.Format.Format_RGB32)


def repainted(view) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize("loop", [True, False], ids=["with a warning", "plain"])
def test_the_table_once_a_schedule_arrives_is_what_a_full_repaint_draws(make_window, tmp_path, qtbot, loop):
    path = tmp_path / "w.planner"
    write_plan(path, loop)
    window = make_window(path)
    view, controller = window.view(), window.controller
    assert view.model().rowCount() > 0
    qtbot.waitUntil(lambda: controller.known_schedule is not None)
    qtbot.wait(50)  # the repaint, if any, that the schedule asked for
    assert on_screen(view) == repainted(view)
    # Slack shown: an edit of one task changes the slack of others, which no row signal names.
    view.setColumnHidden(Column.TOTAL_SLACK, False)
    qtbot.wait(50)
    slack_before = controller.schedule[1].total_slack
    assert controller.run(EditTask(3, duration=480 * 9))
    assert controller.schedule[1].total_slack != slack_before
    qtbot.wait(50)
    assert on_screen(view) == repainted(view)


def write_phases(path, phases: int = 6, steps: int = 12) -> None:
    """Phases (summaries) of `steps` tasks each, every task linked to the next across the phases: a longer first
    task moves every task and phase after it."""
    ws = Workspace()
    ws.put("project", Project(id=1, name="Launch", start=datetime(2026, 11, 2, 8)))
    previous = None
    for p in range(phases):
        phase = 1000 + p
        ws.put("task", Task(id=phase, title=f"Phase {p}", project_id=1, position=p))
        for s in range(steps):
            tid = p * steps + s + 1
            ws.put("task", Task(id=tid, title=f"Step {tid}", project_id=1, parent_id=phase, position=s, duration=480))
            if previous is not None:
                ws.put("dependency", Dependency(tid, previous, tid))
            previous = tid
    Session.create(path, ws).close()


@pytest.mark.parametrize(
    ("tree", "layout"),
    [
        *(("table", layout) for layout in ("top", "scrolled", "phase collapsed", "title hidden", "columns moved")),
        ("table", "collapsed and scrolled"),
        ("gantt", "top"),
        ("gantt", "collapsed and scrolled"),
    ],
)
def test_a_tree_after_an_edit_moving_many_rows_is_what_a_full_repaint_draws(make_window, tmp_path, qtbot, tree, layout):
    """The table and the Gantt's tree pass a range of changed rows on row by row, only those in view (Qt repaints
    the whole viewport for a range, also of rows that do not show): what is on the screen after each edit, undo
    and redo must still be what a full repaint draws, with rows above and below the view, under a collapsed
    phase, with the column the rows are placed by hidden or moved."""
    path = tmp_path / "w.planner"
    write_phases(path)
    window = make_window(path)
    controller = window.controller
    window.sidebar.select_scope(("project", 1))
    if tree == "gantt":
        window.show_view("gantt")
        qtbot.wait(50)
    view = window.view() if tree == "table" else window.view().tree
    view.expandAll()
    header = view.header()
    if "collapsed" in layout:
        view.collapse(view.model().index(2, 0, view.rootIndex()))
    if layout == "title hidden":
        view.setColumnHidden(Column.TITLE, True)
    if layout == "columns moved":
        header.moveSection(header.visualIndex(Column.FINISH), 0)
    if "scrolled" in layout:
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    qtbot.waitUntil(lambda: controller.known_schedule is not None)
    qtbot.wait(50)
    assert on_screen(view) == repainted(view)
    assert controller.run(EditTask(1, duration=960))  # the file as written holds no dates yet: now every task has
    finishes = []
    for step in (
        lambda: controller.run(EditTask(2, duration=480 * 3)),
        controller.undo,
        controller.redo,
        lambda: controller.run(EditTask(14, duration=480 * 5)),
    ):
        step()
        qtbot.wait(50)
        assert on_screen(view) == repainted(view)
        finishes.append(controller.ws.tasks[72].finish)
    # Each edit moved the last task, and every row after the edited one with it.
    assert finishes[0] > finishes[1] and finishes[2] == finishes[0] and finishes[3] > finishes[2]
    with Session.read(path) as reopened:
        assert reopened.ws.tasks[72].finish == controller.ws.tasks[72].finish
