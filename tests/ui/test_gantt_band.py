"""The chart keeps its links' routes and labels for a band of rows between frames (link_painting.Band) and scrolls by
blitting, painting only the strip of rows brought in (_Chart.follow_rows): after wheel notches within a band and
across bands, and after an edit, what the window shows of the chart is the same image as the chart painted afresh,
light and dark."""

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, EditTask, LinkTasks
from planner.ui import theme
from planner.ui.gantt.painting import BAND_ROWS, ROW_HEIGHT
from planner.ui.gantt.scale import PRESETS
from tests.ui.test_gantt_columns import show_by_days
from tests.ui.test_gantt_scrolling import PaintedRects, wheel_notch

START = datetime(2026, 3, 2, 8)
DAY = 480
TASKS = 150


@pytest.fixture
def linked(make_window, workspace_path):
    """150 tasks of a day, rows 40 and 104 of two, and every fourth linked to the one 45 rows down four days after
    it: the links pass over whole bands of rows, and a link's run steps aside past a two-day bar only when one is
    among the rows it is routed through, which are the band's rows."""
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Banded", start=START)
    controller.run(project)
    key = ("project", project.id)
    creates = [CreateTask(key, f"Task {i}", duration=(2 if i % 64 == 40 else 1) * DAY) for i in range(TASKS)]
    controller.run(Batch(creates, "Seed"))
    ids = [c.id for c in creates]
    links = [LinkTasks(ids[i], ids[i + 45], lag=4 * DAY) for i in range(0, TASKS - 45, 4)]
    controller.run(Batch(links, "Links"))
    show_by_days(window, key)
    return window, ids


def on_screen(window, widget):
    """What the window shows of `widget`: its pixels as they stand, moved by blitting, not painted again."""
    at = widget.mapTo(window, QPoint(0, 0))
    return window.screen().grabWindow(window.winId(), at.x(), at.y(), widget.width(), widget.height()).toImage()


def painted_afresh(view):
    """The chart painted by a new renderer: nothing kept from the frames before."""
    view.chart._renderer = None
    return view.chart.grab().toImage()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_chart_scrolled_within_and_across_bands_looks_as_painted_afresh(linked, qapp, restored_look, name):
    theme.apply_theme(qapp, name)
    window, _ids = linked
    view = window.view()
    painted_afresh(view)  # in the theme's colours (the renderer made before keeps the colours it was made with)
    chart = view.chart
    bands = set()
    strips = 0
    for _notch in range(3 * BAND_ROWS * ROW_HEIGHT // 60):
        painted = PaintedRects()
        chart.installEventFilter(painted)
        wheel_notch(qapp, chart)
        chart.removeEventFilter(painted)
        strips += all(r.height() < chart.height() / 2 for r in painted.rects)
        kept = on_screen(window, chart)
        band = chart.renderer()._kept_band
        bands.add(band.key[:2])
        assert band.lines, "links in sight"
        assert kept == painted_afresh(view), view.vbar.value()
    assert len(bands) >= 3  # the notches crossed from band to band
    assert strips > len(bands) * 5  # most notches painted only the strip they brought in


def test_an_edit_in_the_band_is_drawn_as_painted_afresh(linked, qapp):
    window, ids = linked
    view = window.view()
    qapp.processEvents()
    for _notch in range(4):
        wheel_notch(qapp, view.chart)
    view.chart.grab()
    window.controller.run(EditTask(ids[6], duration=9 * DAY))  # a bar in sight grows: routes past it move
    qapp.processEvents()
    assert view.chart.grab().toImage() == painted_afresh(view)


class Clock(datetime):
    """The clock the chart reads for the today line at hour zooms, set by the test."""

    at = datetime(2026, 3, 2, 8, 30)

    @classmethod
    def now(cls, tz=None):
        return cls.at


def test_a_strip_painted_later_keeps_the_today_line_where_the_rows_beside_it_have_it(linked, qapp, monkeypatch):
    from planner.ui.gantt import painting
    from planner.ui.gantt import view as gantt_view

    monkeypatch.setattr(painting, "datetime", Clock)
    monkeypatch.setattr(gantt_view, "datetime", Clock)
    monkeypatch.setattr(Clock, "at", datetime(2026, 3, 2, 8, 30))
    window, _ids = linked
    window.controller.today = lambda: Clock.at.date()
    view = window.view()
    view.set_zoom(PRESETS["Hours"])  # 40 px an hour: the line stands at the time of day
    view.scroll_to(START, 0.05)
    view.chart.repaint()
    for _notch in range(2):  # the band is set: the next notches paint only the strip they bring in
        wheel_notch(qapp, view.chart)
    Clock.at = datetime(2026, 3, 2, 9, 0)  # half an hour later the rows scrolled in are painted
    painted = PaintedRects()
    view.chart.installEventFilter(painted)
    wheel_notch(qapp, view.chart)
    view.chart.removeEventFilter(painted)
    assert painted.rects and all(r.height() < view.chart.height() / 2 for r in painted.rects), "a strip only"
    kept = on_screen(window, view.chart)
    Clock.at = datetime(2026, 3, 2, 8, 30)
    assert kept == painted_afresh(view)
