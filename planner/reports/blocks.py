"""The blocks a report is made of: title, headings, paragraphs, notes, label/value fields, key figures, tables
that break across pages with their header repeated, and charts drawn as vectors (a matplotlib Figure through SVG,
or a function that paints with QPainter). Each block lays itself out in the space a page has left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontInfo, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from planner.reports.document import Block, Canvas, Palette, Piece

_FONT_LIST = re.compile(r"font-family: [^;\"]*")


# -- text -------------------------------------------------------------------------------------------------------
@dataclass
class Title(Block):
    """The report's title on its first page, with a subtitle and a line of facts (status date, manager…)."""

    title: str
    subtitle: str = ""
    meta: str = ""

    def place(self, canvas: Canvas, width: float, space: float, fresh: bool):
        big, sub, small = canvas.font(20, bold=True), canvas.font(11.5), canvas.font(8.5)
        parts = [(canvas.wrap(self.title, big, width), big, Palette.ink)]
        if self.subtitle:
            parts.append((canvas.wrap(self.subtitle, sub, width), sub, Palette.accent))
        if self.meta:
            parts.append((canvas.wrap(self.meta, small, width), small, Palette.muted))
        height = sum(len(lines) * canvas.line_height(font) for lines, font, _c in parts) + canvas.pt(10)
        if height > space and not fresh:
            return None, None

        def paint(painter: QPainter, x: float, y: float, w: float) -> None:
            for lines, font, color in parts:
                y = canvas.draw_lines(painter, lines, font, x, y, w, color)
                y += canvas.pt(1)

        return Piece(height, paint), None


@dataclass
class Heading(Block):
    text: str
    level: int = 1
    keep_with_next = True

    @property
    def space_before(self) -> float:  # type: ignore[override]
        return 9.0 if self.level == 1 else 4.0

    def place(self, canvas: Canvas, width: float, space: float, fresh: bool):
        font = canvas.font(13 if self.level == 1 else 10.5, bold=True)
        lines = canvas.wrap(self.text, font, width)
        rule = canvas.pt(4) if self.level == 1 else 0.0
        height = len(lines) * canvas.line_height(font) + rule
        if height > space and not fresh:
            return None, None

        def paint(painter: QPainter, x: float, y: float, w: float) -> None:
            color = Palette.accent if self.level == 1 else Palette.ink
            end = canvas.draw_lines(painter, lines, font, x, y, w, color)
            if rule:
                painter.setPen(QPen(Palette.accent_soft, canvas.pt(1.4)))
                painter.drawLine(QPointF(x, end + rule / 2), QPointF(x + w, end + rule / 2))

        return Piece(height, paint), None


@dataclass
class Paragraph(Block):
    """Running text, broken across pages between lines. `tone`: "", "muted", "good", "warn" or "bad"."""

    text: str
    size: float = 9.5
    tone: str = ""
    italic: bool = False
    bold: bool = False
    _lines: list[str] | None = None

    def place(self, canvas: Canvas, width: float, space: float, fresh: bool):
        font = canvas.font(self.size, bold=self.bold, italic=self.italic)
        lines = self._lines if self._lines is not None else canvas.wrap(self.text, font, width)
        step = canvas.line_height(font)
        fit = max(int(space // step), 0)
        if fit == 0 and not fresh:
            return None, None
        fit = max(fit, 1)
        if fit < len(lines) and not fresh and fit < 2:  # no single line left alone at the foot of a page
            return None, None
        head, tail = lines[:fit], lines[fit:]

        def paint(painter: QPainter, x: float, y: float, w: float) -> None:
            canvas.draw_lines(painter, head, font, x, y, w, Palette.tone(self.tone))

        rest = None
        if tail:
            rest = Paragraph(self.text, self.size, self.tone, self.italic, self.bold, tail)
        return Piece(len(head) * step, paint), rest

    def min_height(self, canvas: Canvas, width: float) -> float:
        font = canvas.font(self.size, bold=self.bold, italic=self.italic)
        lines = canvas.wrap(self.text, font, width)
        return min(len(lines), 2) * canvas.line_height(font)


def Note(text: str) -> Paragraph:  # noqa: N802 - reads as a block
    """A plain statement that some data does not exist yet, in quiet italics."""
    return Paragraph(text, size=9, tone="muted", italic=True)


# -- label / value fields ----------------------------------------------------------------------------------------
@dataclass
class Fields(Block):
    """Label and value pairs in two columns (a charter's objectives, sponsor, scope…), broken between pairs."""

    rows: Sequence[tuple[str, str]]
    label_share: float = 0.22

    def place(self, canvas: Canvas, width: float, space: float, fresh: bool):
        label_font, value_font = canvas.font(8.5, bold=True), canvas.font(9.5)
        label_w = width * self.label_share
        value_w = width - label_w - canvas.pt(8)
        pad = canvas.pt(2.5)
        laid = []
        used = 0.0
        for _i, (label, value) in enumerate(self.rows):
            labels = canvas.wrap(label, label_font, label_w)
            values = canvas.wrap(value or "—", value_font, value_w)
            h = max(len(labels) * canvas.line_height(label_font), len(values) * canvas.line_height(value_font))
            h += 2 * pad
            if used + h > space and (laid or not fresh):
                break
            laid.append((labels, values, h))
            used += h
        if not laid:
            return None, None
        rest = Fields(self.rows[len(laid) :], self.label_share) if len(laid) < len(self.rows) else None

        def paint(painter: QPainter, x: float, y: float, w: float) -> None:
            for labels, values, h in laid:
                canvas.draw_lines(painter, labels, label_font, x, y + pad + canvas.pt(0.8), label_w, Palette.muted)
                canvas.draw_lines(painter, values, value_font, x + label_w + canvas.pt(8), y + pad, value_w,
                                  Palette.ink)  # fmt: skip
                y += h
                painter.setPen(QPen(Palette.rule, canvas.pt(0.4)))
                painter.drawLine(QPointF(x, y), QPointF(x + w, y))

        return Piece(used, paint), rest

    def min_height(self, canvas: Canvas, width: float) -> float:
        return Fields(self.rows[:1], self.label_share).place(canvas, width, 1e12, True)[0].height


# -- key figures ----------------------------------------------------------------------------------------------
@dataclass
class Figure:
    """One key figure: a label, its value, a line of detail, and a tone for the value (good, warn, bad)."""

    label: str
    value: str
    detail: str = ""
    tone: str = ""


@dataclass
class KeyFigures(Block):
    """A grid of boxes, each a key figure; `per_row` boxes a row (fewer when the page is narrow)."""

    figures: Sequence[Figure]
    per_row: int = 4
    keep: bool = False  # kept on a page with the block after it

    @property
    def keep_with_next(self) -> bool:  # type: ignore[override]
        return self.keep

    def place(self, canvas: Canvas, width: float, space: float, fresh: bool):
        per_row = max(1, min(self.per_row, int(width // canvas.pt(100)) or 1))
        gap = canvas.pt(6)
        box_w = (width - gap * (per_row - 1)) / per_row
        inner = box_w - canvas.pt(14)
        label_font, value_font, detail_font = canvas.font(7.5, bold=True), canvas.font(14, bold=True), canvas.font(7.5)
        rows = []
        used = 0.0
        for start in range(0, len(self.figures), per_row):
            boxes = []
            for fig in self.figures[start : start + per_row]:
                parts = [
                    (canvas.wrap(fig.label.upper(), label_font, inner), label_font, Palette.muted),
                    (canvas.wrap(fig.value, value_font, inner), value_font, Palette.tone(fig.tone)),
                ]
                if fig.detail:
                    parts.append((canvas.wrap(fig.detail, detail_font, inner), detail_font, Palette.muted))
                boxes.append((fig, parts))
            h = max(sum(len(ls) * canvas.line_height(f) for ls, f, _c in parts) for _fig, parts in boxes)
            h += canvas.pt(13)
            if used + h > space and (rows or not fresh):
                break
            rows.append((boxes, h))
            used += h + gap
        if not rows:
            return None, None
        taken = sum(len(boxes) for boxes, _h in rows)
        rest = KeyFigures(self.figures[taken:], self.per_row) if taken < len(self.figures) else None

        def paint(painter: QPainter, x: float, y: float, w: float) -> None:
            for boxes, h in rows:
                for i, (fig, parts) in enumerate(boxes):
                    bx = x + i * (box_w + gap)
                    painter.setPen(QPen(Palette.rule, canvas.pt(0.6)))
                    painter.setBrush(QBrush(Palette.box_fill))
                    painter.drawRoundedRect(QRectF(bx, y, box_w, h), canvas.pt(3), canvas.pt(3))
                    painter.fillRect(QRectF(bx, y + canvas.pt(3), canvas.pt(2.2), h - canvas.pt(6)),
                                     Palette.tone(fig.tone) if fig.tone else Palette.accent)  # fmt: skip
                    ty = y + canvas.pt(6)
                    for lines, font, color in parts:
                        ty = canvas.draw_lines(painter, lines, font, bx + canvas.pt(8), ty, inner, color)
                y += h + gap
            painter.setBrush(Qt.BrushStyle.NoBrush)

        return Piece(used - gap, paint), rest

    def min_height(self, canvas: Canvas, width: float) -> float:
        return KeyFigures(self.figures[: self.per_row], self.per_row).place(canvas, width, 1e12, True)[0].height


# -- tables ---------------------------------------------------------------------------------------------------
@dataclass
class Column:
    title: str
    weight: float = 1.0  # share of the table's width, relative to the other columns
    align: str = "left"  # left, right or center


@dataclass
class Cell:
    """A table cell with more than text: a tone (good, warn, bad, muted), bold, an indent level, a swatch colour."""

    text: str
    tone: str = ""
    bold: bool = False
    indent: int = 0
    swatch: str = ""


KEEP_TOGETHER = 8  # a table of this many rows or fewer is never split
WIDOW_ROWS = 3  # a split table carries at least this many rows to the next page


@dataclass
class Table(Block):
    """Rows under a header row; broken across pages between rows, the header repeated on every page."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[object]]
    size: float = 8.5
    continued: bool = False
    _laid: list | None = field(default=None, repr=False)

    def _layout(self, canvas: Canvas, width: float):
        total = sum(c.weight for c in self.columns) or 1.0
        widths = [width * c.weight / total for c in self.columns]
        pad_x, pad_y = canvas.pt(4), canvas.pt(2.8)
        font, bold = canvas.font(self.size), canvas.font(self.size, bold=True)
        head_font = canvas.font(self.size - 0.5, bold=True)
        step = canvas.line_height(font)
        heads = [canvas.wrap(c.title, head_font, w - 2 * pad_x) for c, w in zip(self.columns, widths, strict=True)]
        head_h = max(len(h) for h in heads) * canvas.line_height(head_font) + 2 * pad_y
        rows = []
        for row in self.rows:
            cells = []
            for value, w in zip(row, widths, strict=True):
                cell = value if isinstance(value, Cell) else Cell("" if value is None else str(value))
                indent = canvas.pt(9) * cell.indent + (canvas.pt(9) if cell.swatch else 0.0)
                lines = canvas.wrap(cell.text, bold if cell.bold else font, max(w - 2 * pad_x - indent, canvas.pt(8)))
                cells.append((cell, lines, indent))
            rows.append((cells, max(len(lines) for _c, lines, _i in cells) * step + 2 * pad_y))
        return widths, heads, head_h, rows, (font, bold, head_font, pad_x, pad_y)

    def place(self, canvas: Canvas, width: float, space: float, fresh: bool):
        laid = self._laid if self._laid is not None else self._layout(canvas, width)
        widths, heads, head_h, rows, fonts = laid
        used = head_h
        count = 0
        for _cells, h in rows:
            if used + h > space and (count or not fresh):
                break
            used += h
            count += 1
        if count < len(rows) and not fresh:
            if len(rows) <= KEEP_TOGETHER:
                return None, None  # a short table is not split: it starts on the next page
            count = min(count, len(rows) - WIDOW_ROWS)  # never a row or two alone on the next page
        if count == 0 or (count < min(2, len(rows)) and not fresh):
            return None, None  # a header with one row alone at the foot of a page: start on the next one
        used = head_h + sum(h for _c, h in rows[:count])
        chunk = rows[:count]
        rest = None
        if count < len(rows):
            rest = Table(self.columns, self.rows[count:], self.size, True,
                         (widths, heads, head_h, rows[count:], fonts))  # fmt: skip
            canvas.continued += 1
        font, bold, head_font, pad_x, pad_y = fonts
        first_index = 0 if not self.continued else 1  # keep the stripes steady is not needed across pages

        def paint(painter: QPainter, x: float, y: float, w: float) -> None:
            painter.fillRect(QRectF(x, y, w, head_h), Palette.header_fill)
            cx = x
            for column, lines, cw in zip(self.columns, heads, widths, strict=True):
                canvas.draw_lines(painter, lines, head_font, cx + pad_x, y + pad_y, cw - 2 * pad_x, Palette.ink,
                                  column.align)  # fmt: skip
                cx += cw
            painter.setPen(QPen(Palette.ink, canvas.pt(0.8)))
            painter.drawLine(QPointF(x, y + head_h), QPointF(x + w, y + head_h))
            y += head_h
            for n, (cells, h) in enumerate(chunk):
                if (n + first_index) % 2 == 1:
                    painter.fillRect(QRectF(x, y, w, h), Palette.stripe)
                cx = x
                for column, (cell, lines, indent), cw in zip(self.columns, cells, widths, strict=True):
                    if cell.swatch:
                        side = canvas.pt(6)
                        painter.fillRect(QRectF(cx + pad_x + indent - canvas.pt(9), y + pad_y + canvas.pt(2.2),
                                                side, side), QColor(cell.swatch))  # fmt: skip
                    canvas.draw_lines(painter, lines, bold if cell.bold else font, cx + pad_x + indent, y + pad_y,
                                      cw - 2 * pad_x - indent, Palette.tone(cell.tone), column.align)  # fmt: skip
                    cx += cw
                y += h
                painter.setPen(QPen(Palette.rule, canvas.pt(0.4)))
                painter.drawLine(QPointF(x, y), QPointF(x + w, y))

        return Piece(used, paint), rest

    def min_height(self, canvas: Canvas, width: float) -> float:
        _widths, _heads, head_h, rows, _fonts = self._layout(canvas, width)
        return head_h + sum(h for _c, h in (rows if len(rows) <= KEEP_TOGETHER else rows[:2]))


# -- charts ---------------------------------------------------------------------------------------------------
@dataclass
class Chart(Block):
    """A chart drawn as vectors, `aspect` (height / width) of the page's width, never taller than the page.

    Either `figure(width_in, height_in)` returns a matplotlib Figure of that size in inches (drawn through SVG
    with QSvgRenderer), or `paint(painter, rect, canvas)` draws it with QPainter. `title` names it in RenderInfo.
    """

    title: str
    figure: Callable | None = None
    paint: Callable | None = None
    aspect: float = 0.42
    caption: str = ""
    height_pt: float | None = None  # a fixed height in points instead of `aspect`
    fill: bool = False  # take the rest of the page when it holds at least a third of the width (a board)

    def place(self, canvas: Canvas, width: float, space: float, fresh: bool):
        cap_font = canvas.font(8, italic=True)
        cap_lines = canvas.wrap(self.caption, cap_font, width) if self.caption else []
        cap_h = len(cap_lines) * canvas.line_height(cap_font)
        chart_h = canvas.pt(self.height_pt) if self.height_pt else width * self.aspect
        if self.fill and chart_h + cap_h > space >= cap_h + width / 3:
            chart_h = space - cap_h
        if chart_h + cap_h > space:
            if not fresh:
                return None, None
            chart_h = max(space - cap_h, canvas.pt(60))  # shrink to a page: never cut

        def paint(painter: QPainter, x: float, y: float, w: float) -> None:
            rect = QRectF(x, y, w, chart_h)
            painter.save()
            painter.setFont(canvas.font())  # SVG text without a style of its own takes the painter's (not italics)
            if self.figure is not None:
                family = QFontInfo(canvas.font()).family()
                _draw_figure(painter, rect, self.figure(w / canvas.dpi, chart_h / canvas.dpi), family)
            else:
                self.paint(painter, rect, canvas)
            painter.restore()
            canvas.charts.append(self.title)
            if cap_lines:
                canvas.draw_lines(painter, cap_lines, cap_font, x, y + chart_h, w, Palette.muted)

        return Piece(chart_h + cap_h, paint), None


def figure_svg(figure) -> bytes:
    """A matplotlib Figure as SVG text, its words kept as text (so the PDF embeds the font and can be searched)."""
    import io

    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg")
    return buffer.getvalue()


def _draw_figure(painter: QPainter, rect: QRectF, figure, family: str) -> None:
    svg = figure_svg(figure).decode("utf-8")
    # Qt's SVG renderer reads a CSS font list poorly (it picked an oblique face): name the report's font alone.
    svg = _FONT_LIST.sub(f"font-family: '{family}'", svg)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter, rect)
