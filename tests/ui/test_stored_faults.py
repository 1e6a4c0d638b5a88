"""A workspace file holding what no command would store (a loop of links, a date out of range), opened in the
window: the table and the Gantt show each task's warning, and the message bar offers to fix the dates."""

from datetime import datetime

from PySide6.QtCore import Qt

from planner.core.model import Dependency, Project, Task, Workspace
from planner.session import Session
from planner.ui.models.task_tree import Column

LOOP = "in a loop of links: Brief → Design → Brief (scheduled without the link Design → Brief)"


def write_faulty_file(path) -> None:
    ws = Workspace()
    ws.put("project", Project(id=1, name="Launch", start=datetime(2026, 11, 2, 8)))
    for i, title in enumerate(["Brief", "Design", "Build"], 1):
        day = datetime(2026, 11, 1 + i, 8)  # the dates the file holds: the Gantt draws them
        ws.put("task", Task(id=i, title=title, project_id=1, position=i, duration=480, start=day,
                            finish=day.replace(hour=17)))  # fmt: skip
    ws.put("dependency", Dependency(1, 1, 2))
    ws.put("dependency", Dependency(2, 2, 1))
    ws.tasks[3].deadline = datetime(9999, 1, 1, 17)
    Session.create(path, ws).close()


def test_a_stored_loop_shows_in_table_and_gantt_and_bad_dates_are_fixed_from_the_bar(
    make_window, tmp_path, dialogs, qtbot
):
    path = tmp_path / "old.planner"
    write_faulty_file(path)
    window = make_window(path)
    window.sidebar.select_scope(("project", 1))
    model = window.model
    row = model.index_of(("task", 1))
    # The schedule that finds the loop is computed once the window has painted, not before.
    qtbot.waitUntil(lambda: row.data(Qt.ItemDataRole.ToolTipRole) == f"Warning: {LOOP}")
    assert not row.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert row.siblingAtColumn(Column.EARLY_START).data()  # the rest of the plan is scheduled
    window.show_view("gantt")
    gantt = window.view()
    qtbot.waitUntil(lambda: gantt.isVisible())
    assert gantt.bars.bar(1).warning == LOOP
    gantt.grab()  # paints the rows, marks and all
    bar = window.message_bar
    assert bar.isVisible() and "“Build”: its deadline 9999-01-01" in bar.text.text()
    assert bar.action.isVisible() and bar.action.text() == "Fix"
    bar.action.click()
    assert not bar.isVisible()
    assert window.controller.session.problems() == []
    assert window.controller.ws.tasks[3].deadline == datetime(2199, 12, 31, 23, 59, 59)
    window.controller.undo()
    assert window.controller.ws.tasks[3].deadline == datetime(9999, 1, 1, 17)
