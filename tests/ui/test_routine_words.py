"""A routine's rule in plain words wherever it shows: the task list's tooltip, a board card's, a calendar item's
and a task list report's column; never its RFC 5545 text."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from planner.core.commands import AddObject, CreateTask
from planner.reports.blocks import Table
from planner.reports.registers import task_list
from planner.ui.board.view import CardListView
from planner.ui.calendar import CalendarView

WORDS = "Every Monday, Wednesday and Friday at 09:00"


@pytest.fixture
def routine(make_window, workspace_path):
    """A window on an area with one routine (Mondays, Wednesdays and Fridays) and its first occurrences made."""
    win = make_window(workspace_path)
    controller = win.controller
    controller.today = lambda: date(2026, 3, 2)  # a Monday
    area = AddObject("area", name="Social")
    controller.run(area)
    rule = "FREQ=WEEKLY;BYDAY=MO,WE,FR"
    task = CreateTask(("area", area.id), "Schedule posts", recurrence=rule, start=datetime(2026, 3, 2, 9), duration=60)
    controller.run(task)
    controller.clear_history()
    win.sidebar.select_scope(("area", area.id))
    occurrences = sorted(t.id for t in controller.ws.tasks.values() if t.routine_id == task.id)
    assert occurrences
    return win, area.id, task.id, occurrences


def test_the_task_list_tooltip_says_how_a_routine_and_its_occurrences_repeat(routine):
    win, _area, routine_id, occurrences = routine
    tip = win.model.index_of(("task", routine_id)).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == WORDS
    tip = win.model.index_of(("task", occurrences[0])).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "One occurrence of “Schedule posts”: every Monday, Wednesday and Friday at 09:00"


def test_a_board_card_of_an_occurrence_names_its_routine_and_rule(routine):
    win, _area, _routine_id, occurrences = routine
    win.show_view("board")
    models = [view.model() for view in win.view().findChildren(CardListView)]
    model = next(m for m in models if occurrences[0] in m.ids)
    tip = model.index(model.ids.index(occurrences[0])).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[:2] == ["Schedule posts", "One occurrence of “Schedule posts”: every Monday, Wednesday "
                                    "and Friday at 09:00"]  # fmt: skip


def test_a_future_occurrence_in_the_calendar_says_its_rule_on_hover(routine, qtbot):
    win, _area, _routine_id, _occurrences = routine
    win.show_view("calendar")
    view = win.view()
    assert isinstance(view, CalendarView)
    view.go_to(date(2026, 4, 15), "month")  # past the occurrences made: those still to come are drawn from the rule
    canvas = view.canvas

    def future():
        return [h for h in canvas.hits if h.item is not None and h.item.task_id is None and h.part == "body"]

    canvas.repaint()  # the hits are laid out as the month is painted
    qtbot.waitUntil(lambda: bool(future()))
    hit = future()[0]
    qtbot.mouseMove(canvas, hit.rect.center().toPoint())
    assert canvas.toolTip().splitlines()[0] == "Schedule posts"
    assert canvas.toolTip().splitlines()[-1] == WORDS


def test_the_task_list_report_has_a_repeats_column(routine):
    win, area, _routine_id, _occurrences = routine
    report = task_list(win.controller.ws, ("area", area), date(2026, 3, 2), ["repeats"])
    table = next(b for b in report.blocks if isinstance(b, Table))
    assert [c.title for c in table.columns] == ["Task", "Repeats"]
    assert [row[1] for row in table.rows] == [WORDS]  # the routine's row stands for its occurrences
