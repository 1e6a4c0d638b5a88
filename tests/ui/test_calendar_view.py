"""The calendar view driven with the mouse: drag a task in the month and week views, check the file, undo."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from planner.core.commands import AddObject, CreateTask
from planner.store.workspace_file import WorkspaceFile
from planner.ui.calendar import CalendarView


def in_file(path, task_id):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load().tasks.get(task_id)


@pytest.fixture
def calendar(make_window, workspace_path):
    win = make_window(workspace_path)
    controller = win.controller
    controller.today = lambda: date(2026, 3, 11)  # a Wednesday
    area = AddObject("area", name="Ops")
    controller.run(area)
    task = CreateTask(("area", area.id), "Write report", start=datetime(2026, 3, 10, 9), duration=120)
    controller.run(task)
    controller.clear_history()
    win.show_view("calendar")
    view = win.view()
    assert isinstance(view, CalendarView)
    view.go_to(date(2026, 3, 11), "month")
    return win, view, task.id


def bar_of(view, task_id):
    return next(h for h in view.canvas.hits if h.item is not None and h.item.task_id == task_id and h.part == "body")


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_task_in_the_month_moves_it_in_the_file_and_undo_puts_it_back(calendar, workspace_path, qtbot):
    win, view, task_id = calendar
    canvas = view.canvas
    canvas.repaint()
    bar = bar_of(view, task_id)
    start = bar.rect.center().toPoint()
    cell_width = canvas.width() / 7
    drag(qtbot, canvas, start, QPoint(int(start.x() + 2 * cell_width), start.y()))
    moved = win.controller.ws.tasks[task_id]
    assert moved.start == datetime(2026, 3, 12, 9)
    assert in_file(workspace_path, task_id).start == datetime(2026, 3, 12, 9)
    assert in_file(workspace_path, task_id).duration == 120
    win.undo_action.trigger()
    assert in_file(workspace_path, task_id).start == datetime(2026, 3, 10, 9)
    canvas.repaint()
    assert bar_of(view, task_id).item.start == datetime(2026, 3, 10, 9)


def test_dragging_a_task_in_the_week_grid_moves_its_time_and_day(calendar, workspace_path, qtbot):
    win, view, task_id = calendar
    view.set_mode("week")
    canvas = view.canvas
    canvas.repaint()
    _left, width, _top, hour = canvas.grid_geometry()
    bar = bar_of(view, task_id)
    start = bar.rect.topLeft().toPoint() + QPoint(10, 4)
    end = QPoint(int(start.x() + width), int(start.y() + 2 * hour))
    drag(qtbot, canvas, start, end)
    assert in_file(workspace_path, task_id).start == datetime(2026, 3, 11, 11)
    win.undo_action.trigger()
    assert in_file(workspace_path, task_id).start == datetime(2026, 3, 10, 9)


def test_dragging_the_end_of_a_bar_changes_the_length(calendar, workspace_path, qtbot):
    _win, view, task_id = calendar
    canvas = view.canvas
    canvas.repaint()
    handle = next(h for h in canvas.hits if h.item is not None and h.item.task_id == task_id and h.part == "end")
    start = handle.rect.center().toPoint()
    drag(qtbot, canvas, start, QPoint(int(start.x() + canvas.width() / 7), start.y()))
    stored = in_file(workspace_path, task_id)
    assert stored.finish.date() == date(2026, 3, 11) and stored.start == datetime(2026, 3, 10, 9)


def test_a_drag_on_empty_days_creates_a_task_there(calendar, workspace_path, qtbot):
    win, view, _task_id = calendar
    canvas = view.canvas
    canvas.repaint()
    days = view.days()
    first = days.index(date(2026, 3, 16))
    cell = canvas.month_cell(first)
    start = QPoint(int(cell.center().x()), int(cell.bottom() - 8))
    drag(qtbot, canvas, start, QPoint(int(start.x() + 2 * cell.width()), start.y()))
    new = max(win.controller.ws.tasks.values(), key=lambda t: t.id)
    assert new.title == "New task" and new.start.date() == date(2026, 3, 16) and new.finish.date() == date(2026, 3, 18)
    assert in_file(workspace_path, new.id) is not None
    assert win.editor.task_id == new.id


def test_routines_show_future_occurrences_and_dragging_one_moves_only_it(calendar, workspace_path, qtbot):
    win, view, _task_id = calendar
    ws = win.controller.ws
    routine = CreateTask(("area", 1), "Stand-up", recurrence="FREQ=WEEKLY;BYDAY=MO", start=datetime(2026, 3, 2, 9),
                         duration=30, horizon=7)  # fmt: skip
    assert win.controller.run(routine)
    made = [t for t in ws.tasks.values() if t.routine_id == routine.id]
    assert [t.start.date() for t in made] == [date(2026, 3, 16)]  # within 7 days of 11 March
    canvas = view.canvas
    canvas.repaint()
    future = [h for h in canvas.hits if h.item is not None and h.item.kind == "future" and h.part == "body"]
    assert [h.item.start.date() for h in future] == [date(2026, 3, 23), date(2026, 3, 30)]  # up to 5 April
    start = future[0].rect.center().toPoint()
    drag(qtbot, canvas, start, QPoint(int(start.x() + canvas.width() / 7), start.y()))
    stored = in_file(workspace_path, routine.id)
    assert stored.recurrence_exceptions == {date(2026, 3, 23): datetime(2026, 3, 24, 9)}
    win.undo_action.trigger()
    assert in_file(workspace_path, routine.id).recurrence_exceptions == {}


@pytest.mark.parametrize("mode", ["month", "week", "day", "agenda"])
def test_every_page_paints_and_today_is_marked(calendar, mode):
    _win, view, task_id = calendar
    view.set_mode(mode)
    view.canvas.repaint()
    view.step(1)
    view.step(-1)
    view.canvas.repaint()
    if mode in ("month", "week"):  # the day and the agenda start on 11 March, after the task
        assert any(h.item is not None and h.item.task_id == task_id for h in view.canvas.hits)


def test_the_filter_bar_applies(calendar):
    win, view, task_id = calendar
    from planner.core.filters import TaskFilter

    win.proxy.set_filter(TaskFilter(text="nothing like it"))
    view.apply_scope()
    assert all(i.task_id != task_id for i in view.items)
    win.proxy.set_filter(TaskFilter())
    view.apply_scope()
    assert any(i.task_id == task_id for i in view.items)


def test_many_bars_in_a_day_say_how_many_more(calendar, qtbot):
    win, view, _task_id = calendar
    for n in range(12):
        win.controller.run(CreateTask(("area", 1), f"Call {n}", start=datetime(2026, 3, 19, 9) + timedelta(minutes=n)))
    view.canvas.repaint()
    more = [h for h in view.canvas.hits if h.part == "more" and h.day == date(2026, 3, 19)]
    assert more
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=more[0].rect.center().toPoint())
    assert view.mode == "day" and view.anchor == date(2026, 3, 19)
