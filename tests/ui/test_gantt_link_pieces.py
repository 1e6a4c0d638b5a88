"""A strip of rows draws the normal links only passing through it as their segments crossing it
(link_painting.LinkPieces): the pixels are those of every line reaching the strip drawn whole with its arrow head, for
any lines and any strip, light and dark; the critical lines (a 2 px pen) stay whole."""

from types import SimpleNamespace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen, QPolygonF

from planner.ui import theme
from planner.ui.gantt.link_painting import PIECE_MARGIN, LinkPieces, arrow_head
from planner.ui.gantt.look import ROW_HEIGHT, colors_from

WIDTH, ROWS = 160, 80


@st.composite
def routes(draw):
    """A link's route as the router makes them: turns at right angles, corners at half pixels."""
    x = draw(st.integers(0, WIDTH - 1))
    y = draw(st.integers(0, ROWS * ROW_HEIGHT - 1))
    points = [(x, y)]
    for i in range(draw(st.integers(1, 6))):
        if i % 2:
            x = draw(st.integers(0, WIDTH - 1))
        else:
            y = draw(st.integers(0, ROWS * ROW_HEIGHT - 1))
        points.append((x, y))
    ys = [y for _x, y in points]
    line = QPolygonF([QPointF(x + 0.5, y + 0.5) for x, y in points])
    (ax, ay), (bx, by) = points[-2], points[-1]
    return (min(ys) // ROW_HEIGHT, max(ys) // ROW_HEIGHT, draw(st.booleans()), line, arrow_head(ax, ay, bx, by))


def painted(lines, heads, segments, clip: QRectF, pen: QPen) -> QImage:
    image = QImage(WIDTH, ROWS * ROW_HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    p.setClipRect(clip)
    p.setPen(pen)
    for line in lines:
        p.drawPolyline(line)
    if segments:
        p.drawLines(segments)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(pen.color())
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for head in heads:
        p.drawPolygon(head)
    p.end()
    return image


# A line down 40 rows and on to the right, painted in a strip of 60 px in its middle: only its long run passes there.
PASSING_RUN = [QPointF(10.5, 60.5), QPointF(20.5, 60.5), QPointF(20.5, 1100.5), QPointF(90.5, 1100.5)]
PASSING = (2, 42, False, QPolygonF(PASSING_RUN), arrow_head(20, 1100, 90, 1100))


@pytest.mark.parametrize("look", ["light", "dark"])
@example(lines=[PASSING], top=500, height=60)
@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(routes(), min_size=1, max_size=12), top=st.integers(0, ROWS * ROW_HEIGHT), height=st.integers(1, 90)
)
def test_a_strip_draws_its_links_pieces_as_the_lines_whole(qapp, look, lines, top, height):
    colors = colors_from(theme._light_palette() if look == "light" else theme._dark_palette())
    clip = QRectF(0, top, WIDTH, height)
    first, last = top // ROW_HEIGHT, (top + height) // ROW_HEIGHT  # as ChartRenderer.paint_rows narrows a strip
    pieces = LinkPieces(SimpleNamespace(lines=lines))
    reaching, whole, passing = pieces.cut(first, last, first * ROW_HEIGHT, (last + 1) * ROW_HEIGHT, thin=True)
    reach = [i for i, line in enumerate(lines) if line[0] <= last and line[1] >= first]
    assert reaching.tolist() == reach
    assert set(whole) <= set(reach) and {i for i in reach if lines[i][2]} <= set(whole)
    for is_critical, pen, segments in ((False, QPen(colors.link, 1), passing), (True, QPen(colors.critical, 2), [])):
        mine = [lines[i] for i in whole if lines[i][2] == is_critical]
        theirs = [lines[i] for i in reach if lines[i][2] == is_critical]
        plain = painted([line[3] for line in theirs], [line[4] for line in theirs], [], clip, pen)
        cut = painted([line[3] for line in mine], [line[4] for line in mine], segments, clip, pen)
        assert cut == plain


@pytest.mark.parametrize("look", ["light", "dark"])
@settings(max_examples=60, deadline=None)
@given(
    xs=st.lists(st.integers(0, WIDTH - 1), min_size=1, max_size=8), top=st.integers(0, 600), height=st.integers(1, 90)
)
def test_a_column_cut_to_the_strip_draws_as_the_column_whole(qapp, look, xs, top, height):
    """The columns of the links crossing the whole band (ChartRenderer._draw_links): one line from the chart's top
    to its bottom, or, with the thin pen, the line cut to the strip's rows and drawn with the others in one call."""
    colors = colors_from(theme._light_palette() if look == "light" else theme._dark_palette())
    bottom = 700.0
    first, last = top // ROW_HEIGHT, (top + height) // ROW_HEIGHT
    y0, y1 = max(0, first * ROW_HEIGHT - PIECE_MARGIN), min(bottom, (last + 1) * ROW_HEIGHT + PIECE_MARGIN)
    whole = [QPolygonF([QPointF(x + 0.5, 0), QPointF(x + 0.5, bottom)]) for x in xs]
    cut = [QLineF(x + 0.5, y0, x + 0.5, y1) for x in xs]
    clip = QRectF(0, top, WIDTH, height) & QRectF(0, 0, WIDTH, bottom)
    pen = QPen(colors.link, 1)
    assert painted([], [], cut, clip, pen) == painted(whole, [], [], clip, pen)
