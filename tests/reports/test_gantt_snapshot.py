"""The status report's Gantt snapshot: the links between its rows drawn as arrows from one bar's end to the next
bar's start, whatever the link's type, on the sample project."""

from datetime import datetime, time, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from report_helpers import TODAY

from planner.core.commands import AddObject, CreateTask, LinkTasks
from planner.core.model import LinkType
from planner.reports.document import Canvas
from planner.reports.gantt import (
    MIN_REST,
    ROW_PT,
    SCALE_PT,
    GanttBlock,
    GanttFrame,
    gantt_snapshot,
    paint_gantt,
    split_snapshot,
)
from planner.session import Session

STATUS = datetime.combine(TODAY, time(17))


def project_of(ws):
    return next(p.id for p in ws.projects.values() if p.name == "Mobile app v1")


def test_the_sample_snapshot_links_its_rows_from_finish_to_start(sample):
    snap = gantt_snapshot(sample, project_of(sample), STATUS)
    finish_to_start = [link for link in snap.links if link.type == LinkType.FS]
    assert len(finish_to_start) >= 3
    frame = GanttFrame(snap, QRectF(0, 0, 800, 30 + 15 * len(snap.rows)), 240, 28)
    for link in finish_to_start:
        before, after = snap.rows[link.predecessor], snap.rows[link.successor]
        route = frame.link_route(link, 4)
        assert route[0].x() == pytest.approx(frame.x_at(before.finish))
        assert route[0].y() == pytest.approx(frame.bar_middle(link.predecessor))
        assert route[-1].x() == pytest.approx(frame.x_at(after.start))
        assert route[-1].y() == pytest.approx(frame.bar_middle(link.successor))
        assert route[-2].x() < route[-1].x()  # the arrow comes into the successor from its left
        # every leg is horizontal or vertical
        assert all(a.x() == b.x() or a.y() == b.y() for a, b in pairwise(route))


@pytest.mark.parametrize(("kind", "ends"), [(LinkType.SS, ("start", "start")), (LinkType.FF, ("finish", "finish")),
                                            (LinkType.SF, ("start", "finish"))])  # fmt: skip
def test_each_link_type_joins_the_ends_it_names(qapp, tmp_path, kind, ends):
    with Session.open(tmp_path / "w.planner") as session:  # scheduled as the window schedules it
        session.run(AddObject("project", name="P", start=datetime.combine(TODAY, time(8))))
        for title in ("A", "B"):
            session.run(CreateTask(("project", 1), title, duration=960))
        session.run(LinkTasks(1, 2, kind))
        snap = gantt_snapshot(session.ws, 1, STATUS)
    (link,) = snap.links
    frame = GanttFrame(snap, QRectF(0, 0, 800, 60), 240, 28)
    route = frame.link_route(link, 4)
    a, b = snap.rows
    assert route[0].x() == pytest.approx(frame.x_at(getattr(a, ends[0])))
    assert route[-1].x() == pytest.approx(frame.x_at(getattr(b, ends[1])))
    into_from_left = ends[1] == "start"
    assert (route[-2].x() < route[-1].x()) == into_from_left


def test_the_snapshot_with_links_paints(sample):
    snap = gantt_snapshot(sample, project_of(sample), STATUS)
    image = QImage(900, 600, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    paint_gantt(snap, painter, QRectF(10, 10, 880, 580), Canvas(image))
    painter.end()
    assert not image.isNull()


def test_a_link_to_a_row_left_out_is_not_drawn(sample):
    snap = gantt_snapshot(sample, project_of(sample), STATUS, max_rows=3)
    assert all(link.predecessor < 3 and link.successor < 3 for link in snap.links)
    assert timedelta(0) <= snap.last - snap.first


def test_a_snapshot_too_tall_for_the_page_breaks_between_rows_keeping_its_links(sample):
    from PySide6.QtGui import QPdfWriter

    snap = gantt_snapshot(sample, project_of(sample), STATUS)
    rows = len(snap.rows)
    assert rows >= 20
    canvas = Canvas(QPdfWriter("/dev/null"))
    block = GanttBlock(snap, "the caption")
    space = canvas.pt(SCALE_PT + ROW_PT * 12.5)  # room for 12 rows, not for all
    piece, rest = block.place(canvas, canvas.pt(500), space, fresh=False)
    assert piece.height <= space and piece.height == canvas.pt(SCALE_PT + ROW_PT * 12)
    assert len(rest.snap.rows) == rows - 12 and rest.snap.rows == snap.rows[12:]
    first, second = split_snapshot(snap, 12)
    inside = [link for link in snap.links if (link.predecessor < 12) == (link.successor < 12)]
    assert len(first.links) + len(second.links) == len(inside)
    assert all(0 <= n < len(second.rows) for link in second.links for n in (link.predecessor, link.successor))
    last, nothing = rest.place(canvas, canvas.pt(500), canvas.pt(2000), fresh=True)
    assert nothing is None and last.height > canvas.pt(SCALE_PT + ROW_PT * len(rest.snap.rows))  # with the caption


def test_too_little_room_for_a_few_rows_moves_the_snapshot_to_the_next_page(sample):
    from PySide6.QtGui import QPdfWriter

    canvas = Canvas(QPdfWriter("/dev/null"))
    block = GanttBlock(gantt_snapshot(sample, project_of(sample), STATUS), "the caption")
    assert block.place(canvas, canvas.pt(500), canvas.pt(SCALE_PT + ROW_PT * 3), fresh=False) == (None, None)
    piece, rest = block.place(canvas, canvas.pt(500), canvas.pt(SCALE_PT + ROW_PT * 3), fresh=True)
    assert piece is not None and rest is not None  # a fresh page takes what it can: never lost
    _piece, rest = block.place(canvas, canvas.pt(500), canvas.pt(SCALE_PT + ROW_PT * (len(block.snap.rows) - 1)), False)
    assert len(rest.snap.rows) >= MIN_REST  # never one stray row carried over


def test_a_one_row_snapshot_waits_for_a_page_with_room(sample):
    from PySide6.QtGui import QPdfWriter

    canvas = Canvas(QPdfWriter("/dev/null"))
    one, _rest = split_snapshot(gantt_snapshot(sample, project_of(sample), STATUS), 1)
    block = GanttBlock(one, "the caption")
    assert block.place(canvas, canvas.pt(500), canvas.pt(20), fresh=False) == (None, None)
    piece, rest = block.place(canvas, canvas.pt(500), canvas.pt(20), fresh=True)
    assert piece is not None and rest is None
