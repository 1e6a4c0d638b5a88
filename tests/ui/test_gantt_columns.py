"""Links crossing the whole view of a big plan are drawn as plain columns (link_painting.MANY_THROUGH): where nothing is
in their way the chart looks exactly as when each is routed, and the columns follow an edit."""

import itertools
from datetime import datetime

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, EditTask, LinkTasks
from planner.ui.gantt import link_painting
from planner.ui.gantt.painting import ROW_HEIGHT
from planner.ui.gantt.scale import PRESETS

START = datetime(2026, 3, 2, 8)  # a Monday
DAY = 480
IN_VIEW = (5, 10)  # the rows painted: the middle tasks, between the links' ends


@pytest.fixture
def crossed(make_window, workspace_path):
    """Four early tasks of 1-4 days (rows 0-3) linked to four tasks at the bottom (rows 11-14), their links
    passing rows 5-10, whose bars start ten days later (after Lead, row 4), right of where those links run down."""
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Crossed", start=START)
    controller.run(project)
    key = ("project", project.id)
    titles = [f"a{i}" for i in range(4)] + ["Lead"] + [f"m{i}" for i in range(6)] + [f"z{i}" for i in range(4)]
    days = {"Lead": 10, "a1": 2, "a2": 3, "a3": 4}
    creates = [CreateTask(key, t, duration=days.get(t, 1) * DAY) for t in titles]
    controller.run(Batch(creates, "Seed"))
    ids = [c.id for c in creates]
    links = [LinkTasks(ids[4], ids[5 + i]) for i in range(6)] + [LinkTasks(ids[i], ids[11 + i]) for i in range(4)]
    controller.run(Batch(links, "Links"))
    show_by_days(window, key)
    return window, ids


def show_by_days(window, key) -> None:
    """The Gantt of the project `key`, by days, scrolled to START."""
    window.sidebar.select_scope(key)
    window.show_view("gantt")
    view = window.view()
    view.set_zoom(PRESETS["Days"])
    view.scroll_to(START, 0.05)


def paint(view) -> tuple[QImage, list]:
    """The rows IN_VIEW painted on their own, and the link lines drawn."""
    view.ensure_rows()
    first, last = IN_VIEW
    rect = QRectF(0, 0, 700, (last - first + 1) * ROW_HEIGHT - 1)  # row 11 not even touched
    image = QImage(700, int(rect.height()), QImage.Format.Format_ARGB32_Premultiplied)
    renderer = view.chart.renderer()
    p = QPainter(image)
    renderer.paint_rows(p, rect, view.scale, view.hbar.value(), first * ROW_HEIGHT, view.rows, view.row_of,
                        view.links)  # fmt: skip
    p.end()
    lines = renderer.link_painter.lines
    return image, [[(line.at(i).x(), line.at(i).y()) for i in range(line.size())] for line in lines]


def verticals(lines) -> set[float]:
    """The x of each line's vertical run through the view."""
    out = set()
    for line in lines:
        out |= {x0 for (x0, y0), (x1, y1) in itertools.pairwise(line) if x0 == x1 and y0 != y1}
    return out


def test_links_crossing_the_view_drawn_as_columns_look_as_when_routed_one_by_one(crossed, monkeypatch):
    window, _ids = crossed
    view = window.view()
    routed, routed_lines = paint(view)
    assert len(routed_lines) == 10  # Lead's six and the four crossing: fewer than MANY_THROUGH, all routed
    monkeypatch.setattr(link_painting, "MANY_THROUGH", 3)
    columns, column_lines = paint(view)
    crossing = [line for line in column_lines if len(line) == 2 and line[0][1] == 0]
    assert len(crossing) == 4 and len(column_lines) == 10
    assert verticals(crossing) <= verticals(routed_lines)
    assert columns == routed


def test_the_columns_follow_an_edit_of_a_bar_they_leave(crossed, monkeypatch):
    window, ids = crossed
    view = window.view()
    monkeypatch.setattr(link_painting, "MANY_THROUGH", 3)
    _image, before = paint(view)
    window.controller.run(EditTask(ids[0], duration=6 * DAY))  # a0 ends later: its link runs down further right
    _image, after = paint(view)
    moved = verticals(after) - verticals(before)
    assert len(moved) == 1
    monkeypatch.setattr(link_painting, "MANY_THROUGH", 300)
    routed, routed_lines = paint(view)
    assert moved <= verticals(routed_lines)
    monkeypatch.setattr(link_painting, "MANY_THROUGH", 3)
    assert paint(view)[0] == routed
