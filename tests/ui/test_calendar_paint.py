"""The month page kept as a pixmap (`_Canvas.month_page`) is the same image as the page painted whole, after each
thing that changes it: an edit, a new selection (only some rows painted again), a drag, a resize and a theme."""

import random
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from planner.core.commands import AddObject, CreateTask, EditTask
from planner.ui import theme
from planner.ui.calendar import CalendarView

TODAY = date(2026, 3, 11)


@pytest.fixture(params=["light", "dark"])
def month(request, qapp, restored_look, make_window, workspace_path):
    """A month page crowded enough for bars over several weeks, bars that do not fit ("+N more"), and cells of a
    height in fractions of a pixel, so that rows share the pixels of their edges."""
    theme.apply_theme(qapp, request.param)
    win = make_window(workspace_path)
    win.resize(1333, 901)
    controller = win.controller
    controller.today = lambda: TODAY
    area = AddObject("area", name="Ops")
    controller.run(area)
    rng = random.Random(4)
    for n in range(60):
        start = datetime(2026, 3, 1, 8) + timedelta(days=rng.randint(-3, 40), hours=rng.randint(0, 6))
        days = rng.choice((0, 0, 0, 1, 2, 4, 9))
        finish = start + timedelta(days=days, hours=2)
        controller.run(CreateTask(("area", area.id), f"Task {n}", start=start, finish=finish, manual=True))
    routine = CreateTask(("area", area.id), "Stand-up", recurrence="FREQ=DAILY", start=datetime(2026, 3, 2, 7),
                         duration=30, horizon=7)  # fmt: skip
    controller.run(routine)
    controller.clear_history()
    win.show_view("calendar")
    view = win.view()
    assert isinstance(view, CalendarView)
    view.go_to(TODAY, "month")
    return win, view


def whole(view):
    """The page painted whole, from the items alone, and its hits: what the kept page (or layout) must equal. What
    the canvas keeps is put back after, so that the next frame starts from the kept page as it would have."""
    canvas = view.canvas
    kept = canvas.page, canvas.page_marks, list(canvas.row_hits), dict(canvas.weeks), canvas.grid
    canvas.page, canvas.weeks, canvas.grid = None, {}, None  # not forget(): the tests check what it drops
    image = canvas.grab().toImage()
    hits = [(h.rect, h.item, h.part, h.day) for h in canvas.hits]
    canvas.page, canvas.page_marks, canvas.row_hits, canvas.weeks, canvas.grid = kept
    return image, hits


def same_as_whole(view) -> bool:
    image = view.canvas.grab().toImage()
    return (image, [(h.rect, h.item, h.part, h.day) for h in view.canvas.hits]) == whole(view)


def test_the_kept_page_follows_every_selection_painting_only_the_rows_it_changes(month):
    _win, view = month
    canvas = view.canvas
    assert same_as_whole(view)
    assert {hit.part for hit in canvas.hits} >= {"body", "more"}  # bars and "+N more" are both on the page
    tasks = sorted({item.task_id for item in view.items if item.task_id is not None})
    painted: list[list[int] | None] = []
    paint_page = canvas.paint_page
    canvas.paint_page = lambda rows: (painted.append(rows), paint_page(rows))
    for task_id in [*random.Random(7).sample(tasks, 12), None]:
        view.choose(next((i for i in view.items if i.task_id == task_id), None))
        image = canvas.grab().toImage()
        hits = [(h.rect, h.item, h.part, h.day) for h in canvas.hits]
        assert (image, hits) == whole(view), f"stale after selecting {task_id}"
    rows = [r for r in painted if r is not None]  # None: the whole page, for the comparison
    assert len(rows) == 13 and all(len(r) < 6 for r in rows) and any(len(r) > 1 for r in rows)


def test_the_kept_page_follows_an_edit_a_resize_and_a_drag(month, qtbot):
    win, view = month
    canvas = view.canvas
    canvas.grab()
    task_id = next(h.item.task_id for h in canvas.hits if h.item is not None and h.item.kind == "task")
    win.controller.run(EditTask(task_id, title="Renamed, and longer than it was"))
    assert same_as_whole(view)
    win.resize(1200, 777)
    qtbot.waitUntil(lambda: canvas.height() != canvas.page_key[1])
    assert same_as_whole(view)
    # A routine's future occurrence is ringed while dragged only: selecting it selects its routine.
    bar = next(h for h in canvas.hits if h.item is not None and h.item.kind == "future" and h.part == "body")
    start = bar.rect.center().toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, start + QPoint(30, 0))
    assert canvas.drag is not None and canvas.drag.moved
    assert same_as_whole(view)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(30, 0))
    assert same_as_whole(view)


def test_the_kept_page_follows_a_change_of_theme(month, qapp, request):
    _win, view = month
    before = view.canvas.grab().toImage()
    theme.apply_theme(qapp, "light" if theme.is_dark() else "dark")
    assert view.canvas.grab().toImage() != before
    assert same_as_whole(view)


def test_a_crowded_week_painted_without_the_bars_below_the_canvas_is_the_same_image(month, monkeypatch):
    win, view = month
    for n in range(120):  # all-day bars stacked far below the canvas's bottom edge
        start = datetime(2026, 3, 9, 8) + timedelta(days=n % 5)
        win.controller.run(CreateTask(("area", 1), f"Span {n}", start=start, finish=start + timedelta(days=1, hours=4),
                                      manual=True))  # fmt: skip
    view.set_mode("week")
    canvas = view.canvas
    in_sight = canvas.in_sight
    skipped = []
    monkeypatch.setattr(canvas, "in_sight", lambda rect: in_sight(rect) or skipped.append(rect))
    image = canvas.grab().toImage()
    hits = [(h.rect, h.item, h.part) for h in canvas.hits]
    assert len(skipped) > 10
    monkeypatch.setattr(canvas, "in_sight", lambda rect: True)
    assert canvas.grab().toImage() == image
    assert [(h.rect, h.item, h.part) for h in canvas.hits if h.rect.top() < canvas.height()] == hits


@pytest.mark.parametrize("mode", ["week", "day"])
def test_the_kept_layout_of_the_time_grid_follows_an_edit(month, mode):
    win, view = month
    view.go_to(date(2026, 3, 10), mode)
    canvas = view.canvas
    canvas.grab()
    kept = canvas.grid
    assert canvas.grab().toImage() == whole(view)[0]
    assert canvas.grid is kept  # a repaint lays nothing out again
    timed = next(i for i in view.items if i.kind == "task" and i.first_day == i.last_day)
    start = win.controller.ws.tasks[timed.task_id].start
    win.controller.run(EditTask(timed.task_id, start=start + timedelta(hours=2), finish=start + timedelta(hours=5)))
    image = canvas.grab().toImage()
    assert image == whole(view)[0]
