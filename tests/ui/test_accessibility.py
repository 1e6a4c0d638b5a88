"""What a screen reader finds in the window: the tasks of the painted views (Gantt bars, calendar items, board
cards) as accessible items with their dates and state."""

import gc
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from planner.core.command import Batch
from planner.core.commands import DeleteTasks, EditTask

TITLES = ("Brief", "Design", "Build")


def walk(interface, depth=0):
    """Every accessible interface under `interface`, as a screen reader would find them."""
    yield interface
    if depth > 40:
        return
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


@pytest.fixture
def dated(window):
    """The window's three tasks on today's page of the calendar: this morning, for a few hours each."""
    today = datetime.combine(window.controller.today(), time(9))
    edits = [EditTask(_task_id(window, title), start=today + timedelta(hours=i), finish=today + timedelta(hours=i + 2))
             for i, title in enumerate(TITLES)]  # fmt: skip
    window.controller.run(Batch(edits, "Date the tasks"))
    window.views["calendar"].set_mode("week")  # timed items side by side: none hidden in a "+N more"
    return window


@pytest.mark.parametrize("view", ["gantt", "calendar", "board"])
def test_a_screen_reader_finds_every_task_of_the_painted_views_with_its_dates(dated, qtbot, view):
    window = dated
    window.show_view(view)
    shown = window.views[view]
    qtbot.waitExposed(shown)
    shown.repaint()  # the calendar learns where its items are by painting them
    for child in shown.findChildren(QWidget):
        child.repaint()
    root = QAccessible.queryAccessibleInterface(window)
    items = {}
    for interface in walk(root):
        if interface.role() == QAccessible.Role.ListItem:
            items.setdefault(interface.text(QAccessible.Text.Name), interface)
    for title in TITLES:
        assert title in items, f"{title} not found in the {view} view: {sorted(items)}"
        item = items[title]
        assert item.parent().role() == QAccessible.Role.List
        assert shown.isAncestorOf(item.parent().object())  # the view's own item, not a namesake elsewhere
        assert not item.state().invisible
        task = window.controller.ws.tasks[_task_id(window, title)]
        if view == "board":  # a card says the due date it shows
            assert f"Due {task.finish:%d %b}" in item.text(QAccessible.Text.Description)
        else:
            assert str(task.start.year) in item.text(QAccessible.Text.Description)
            assert item.rect().width() > 0


def _task_id(window, title):
    return next(t.id for t in window.controller.ws.tasks.values() if t.title == title)


def test_the_selected_bar_says_it_is_selected(window, qtbot):
    window.show_view("gantt")
    gantt = window.views["gantt"]
    gantt.select_task(_task_id(window, "Design"))
    chart = QAccessible.queryAccessibleInterface(gantt.chart)
    states = {chart.child(i).text(QAccessible.Text.Name): chart.child(i).state().selected
              for i in range(chart.childCount())}  # fmt: skip
    assert states == {"Brief": False, "Design": True, "Build": False}


@pytest.mark.parametrize("view", ["gantt", "calendar"])
def test_items_a_screen_reader_registered_leave_its_cache_with_their_task(dated, qtbot, view):
    """A screen reader's bridge registers each item it meets (QAccessible.uniqueId): a deleted task's item must
    leave Qt's cache, not stay there as a pointer to an interface Python has freed."""
    window = dated
    window.show_view(view)
    painted = window.views["gantt"].chart if view == "gantt" else window.views["calendar"].canvas
    painted.repaint()
    interface = QAccessible.queryAccessibleInterface(painted)
    ids = {interface.child(i).text(QAccessible.Text.Name): QAccessible.uniqueId(interface.child(i))
           for i in range(interface.childCount())}  # fmt: skip
    window.controller.run(DeleteTasks([_task_id(window, "Build")]))
    painted.repaint()
    assert interface.childCount() == 2
    gc.collect()
    assert QAccessible.accessibleInterface(ids["Build"]) is None
    assert QAccessible.accessibleInterface(ids["Brief"]).text(QAccessible.Text.Name) == "Brief"
