"""The views that hold what edits change while another view is in front, and catch up when shown again
(`planner.ui.views.HeldWhileHidden`): the table, the Gantt, the board and resource usage each show an edit made
while they were behind, with the current task, the selection and the scroll position they had."""

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from planner.core.commands import AddObject, AssignPerson, Batch, CreateTask, EditTask
from planner.ui.models.columns import Column
from planner.ui.views import HeldWhileHidden

MON = datetime(2026, 3, 2, 8, 0)
TASKS = 150  # taller than the window in every view: each has a scroll position to keep


@pytest.fixture
def plan(make_window, workspace_path):
    """A window on a project of TASKS one-day tasks, put on two people in turn."""
    window = make_window(workspace_path)
    controller = window.controller
    for name in ("Ada", "Ben"):
        controller.run(AddObject("person", name=name, capacity=8.0))
    project = AddObject("project", name="Launch", start=MON)
    controller.run(project)
    tasks = [CreateTask(("project", project.id), f"Task {n:03}", duration=480) for n in range(TASKS)]
    controller.run(Batch(tasks, "Seed tasks"))
    people = [p.id for p in controller.ws.ordered("person")]
    controller.run(Batch([AssignPerson(t.id, people[n % 2], 1.0) for n, t in enumerate(tasks)], "Assign"))
    controller.clear_history()
    window.sidebar.select_scope(("project", project.id))
    return window, [t.id for t in tasks]


def scroll_bars(window, name: str) -> list:
    view = window.views[name]
    if name == "board":
        return [view.body_area.verticalScrollBar()]
    if name == "usage":
        return [view.vbar]
    tree = getattr(view, "tree", view)  # the Gantt's tree, or the table itself
    return [tree.verticalScrollBar()]


def title_shown(window, name: str, task_id: int) -> str | None:
    """The task's title as the view shows it."""
    view = window.views[name]
    if name == "board":
        for cell in view.cell_views.values():
            ids = cell.model().ids
            if task_id in ids:
                return cell.model().index(ids.index(task_id), 0).data()
        return None
    if name == "usage":
        shown = [title for p in view.model.data_.people for tid, title, _hours in p.tasks if tid == task_id]
        return shown[0] if shown else None
    return view.index_of_node(("task", task_id), Column.TITLE).data()


def kept(window, name: str) -> tuple:
    view = window.views[name]
    return view.current_node(), view.selected_task_ids(), [bar.value() for bar in scroll_bars(window, name)]


def settle() -> None:
    for _ in range(3):  # a view's layout and a board lane's heights follow on zero timers
        QApplication.processEvents()


@pytest.mark.parametrize("name", ["table", "gantt", "board", "usage"])
def test_an_edit_made_while_a_view_was_behind_shows_when_it_is_in_front_again(plan, qtbot, name):
    window, ids = plan
    window.show_view(name)
    view = window.view()
    assert isinstance(view, HeldWhileHidden)
    picked, edited = ids[100], ids[101]
    view.select_task(picked)
    settle()
    for bar in scroll_bars(window, name):
        bar.setValue(bar.maximum() // 2)
    settle()
    before = kept(window, name)
    assert before[0] == ("task", picked) and before[1] == [picked]
    assert all(value > 0 for value in before[2]), "the view is scrolled"
    window.show_view("people")  # a view of no tasks: every task view is behind
    window.controller.run(EditTask(edited, title="Renamed behind"))
    window.show_view(name)
    qtbot.wait(1)  # resource usage's refresh after an edit comes on a zero timer
    settle()
    assert title_shown(window, name, edited) == "Renamed behind"
    assert kept(window, name) == before
