"""A report as a sequence of blocks, laid out on pages and painted through Qt's print system.

`Report` holds the blocks and what the header and footer say; `paint_report` lays the blocks out on any paged
device (a `QPdfWriter` for a PDF, a `QPrinter` for a printer or a print preview), then paints every page with
its header and its "page n of m" footer. Layout runs first, so the page count is known before the first page is
painted. This module knows nothing of the workspace: the report modules turn core data into blocks.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from planner.core.i18n import tr
from planner.core.progress import advance, phase
from planner.reports import formats

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
FONT_FAMILIES = ["Segoe UI", "Helvetica Neue", "Helvetica", "Arial", "Nimbus Sans", "Noto Sans", "DejaVu Sans"]
PDF_RESOLUTION = 600


class Palette:
    """The colours of every report: quiet ink, one accent, and the three tones a figure can take."""

    ink = QColor("#1f2937")
    muted = QColor("#6b7280")
    faint = QColor("#9ca3af")
    rule = QColor("#d1d5db")
    accent = QColor("#1d4ed8")
    accent_soft = QColor("#dbe4f7")
    header_fill = QColor("#e8edf5")
    stripe = QColor("#f5f7fa")
    box_fill = QColor("#f8fafc")
    good = QColor("#15803d")
    warn = QColor("#b45309")
    bad = QColor("#b91c1c")

    @classmethod
    def tone(cls, name: str | None) -> QColor:
        return {"good": cls.good, "warn": cls.warn, "bad": cls.bad, "muted": cls.muted}.get(name or "", cls.ink)


@dataclass(frozen=True)
class PageSetup:
    paper: str = "a4"  # a4 or letter
    landscape: bool = False
    margins_mm: tuple[float, float, float, float] = (16.0, 13.0, 16.0, 12.0)  # left, top, right, bottom

    def page_layout(self) -> QPageLayout:
        if self.paper not in PAPERS:
            text = tr("Reports", "{paper!r} is not a paper size; choose a4 or letter")
            raise ValueError(text.format(paper=self.paper))
        orientation = QPageLayout.Orientation.Landscape if self.landscape else QPageLayout.Orientation.Portrait
        return QPageLayout(QPageSize(PAPERS[self.paper]), orientation, QMarginsF(*self.margins_mm),
                           QPageLayout.Unit.Millimeter)  # fmt: skip


@dataclass
class Report:
    """What a report says: its blocks, and the title, scope (project or area) and date of its headers."""

    title: str
    scope: str
    day: date
    blocks: list = field(default_factory=list)

    def add(self, *blocks) -> None:
        for block in blocks:
            if isinstance(block, list | tuple):
                self.blocks.extend(block)
            elif block is not None:
                self.blocks.append(block)


@dataclass
class RenderInfo:
    """What painting a report produced: the page count, the charts drawn (by title) and how long it took."""

    pages: int
    charts: list[str]
    seconds: float
    tables_continued: int = 0  # tables whose header was repeated on a following page


class Canvas:
    """Fonts, measures and text helpers for one paint device; lengths are in device pixels, given in points."""

    def __init__(self, device) -> None:
        self.device = device
        self.dpi = device.logicalDpiY() or 72
        self.charts: list[str] = []
        self.continued = 0
        self._fonts: dict[tuple, QFont] = {}
        self._metrics: dict[tuple, QFontMetricsF] = {}

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    def font(self, size: float = 9.0, bold: bool = False, italic: bool = False) -> QFont:
        key = (size, bold, italic)
        found = self._fonts.get(key)
        if found is None:
            found = QFont()
            found.setFamilies(FONT_FAMILIES)
            found.setStyleHint(QFont.StyleHint.SansSerif)
            found.setPointSizeF(size)
            found.setBold(bold)
            found.setItalic(italic)
            found.setKerning(True)
            self._fonts[key] = found
        return found

    def metrics(self, font: QFont) -> QFontMetricsF:
        key = (font.pointSizeF(), font.bold(), font.italic())
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = QFontMetricsF(font, self.device)
        return found

    def line_height(self, font: QFont) -> float:
        return self.metrics(font).height() * 1.18

    def wrap(self, text: str, font: QFont, width: float) -> list[str]:
        """`text` broken into lines no wider than `width` (at word boundaries, else anywhere): never clipped."""
        metrics = self.metrics(font)
        lines: list[str] = []
        for para in str(text).split("\n"):
            if metrics.horizontalAdvance(para) <= width:
                lines.append(para)
                continue
            layout = QTextLayout(para, font, self.device)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(max(width, 1.0))
                lines.append(para[line.textStart() : line.textStart() + line.textLength()].rstrip())
            layout.endLayout()
        return lines

    def elide(self, text: str, font: QFont, width: float) -> str:
        from PySide6.QtCore import Qt

        return self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)

    def draw_lines(self, painter: QPainter, lines: list[str], font: QFont, x: float, y: float, width: float,
                   color: QColor, align: str = "left") -> float:  # fmt: skip
        """Paint wrapped lines from the top `y`; returns the y below the last one."""
        painter.setFont(font)
        painter.setPen(color)
        metrics = self.metrics(font)
        step = self.line_height(font)
        lead = (step - metrics.height()) / 2 + metrics.ascent()
        for line in lines:
            dx = 0.0
            if align != "left":
                spare = width - metrics.horizontalAdvance(line)
                dx = spare if align == "right" else spare / 2
            painter.drawText(QPointF(x + dx, y + lead), line)
            y += step
        return y


@dataclass
class Piece:
    """A laid-out part of a block: its height and how to paint it at (x, y) in `width`."""

    height: float
    paint: object  # Callable[[QPainter, float, float, float], None]


class Block:
    """One thing in a report. `place` lays it out in the space left on a page and returns the piece that fits
    (None when nothing does and a fresh page would help) and the rest of the block for the next page."""

    keep_with_next = False
    space_before = 0.0  # points

    def place(self, canvas: Canvas, width: float, space: float, fresh: bool) -> tuple[Piece | None, Block | None]:
        raise NotImplementedError

    def min_height(self, canvas: Canvas, width: float) -> float:
        """The least height that must fit below a heading kept with it."""
        piece, _rest = self.place(canvas, width, 1e12, True)
        return piece.height if piece is not None else 0.0


@dataclass
class _Page:
    pieces: list[tuple[float, Piece]] = field(default_factory=list)


def layout_pages(report: Report, canvas: Canvas, width: float, height: float) -> list[_Page]:
    """Break the report's blocks into pages of the body's `width` × `height`."""
    gap = canvas.pt(7)
    pages = [_Page()]
    y = 0.0
    queue = deque(report.blocks)
    while queue:
        block = queue.popleft()
        fresh = y == 0.0
        before = 0.0 if fresh else canvas.pt(block.space_before)
        space = height - y - before
        piece, rest = block.place(canvas, width, space, fresh)
        kept = piece is not None and block.keep_with_next and queue and not fresh
        if kept and piece.height + _kept(queue, canvas, width, gap, height) > space:
            piece = None
        if piece is None:
            if fresh:  # cannot happen for the blocks here; never loop forever on a block that never fits
                raise RuntimeError(f"{type(block).__name__} does not fit on an empty page")
            pages.append(_Page())
            y = 0.0
            queue.appendleft(block)
            continue
        pages[-1].pieces.append((y + before, piece))
        y += before + piece.height + gap
        if rest is not None:
            pages.append(_Page())
            y = 0.0
            queue.appendleft(rest)
        elif y >= height:
            pages.append(_Page())
            y = 0.0
    if len(pages) > 1 and not pages[-1].pieces:
        pages.pop()
    return pages


def _kept(queue, canvas: Canvas, width: float, gap: float, height: float) -> float:
    """The height that must follow a block kept with the next: every block of the chain, then the least of the
    first block not kept with its next (a heading over key figures over a table moves as one)."""
    total = 0.0
    for block in queue:
        if block.keep_with_next:
            piece, _rest = block.place(canvas, width, 1e12, True)
            total += gap + canvas.pt(block.space_before) + (piece.height if piece else 0.0)
            continue
        total += gap + canvas.pt(block.space_before) + block.min_height(canvas, width)
        break
    return min(total, height * 0.9)


def paint_report(report: Report, device: QPagedPaintDevice) -> RenderInfo:
    """Lay out and paint `report` on `device` (a QPdfWriter or a QPrinter) with its current page layout."""
    started = time.perf_counter()
    canvas = Canvas(device)
    width, height = float(device.width()), float(device.height())
    header_h, footer_h = canvas.pt(24), canvas.pt(20)
    pages = layout_pages(report, canvas, width, height - header_h - footer_h)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(tr("Reports", "the report could not be started on this printer or file"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        phase(tr("Reports", "Writing the pages…"), len(pages))
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            _header(painter, canvas, report, width)
            for y, piece in page.pieces:
                piece.paint(painter, 0.0, header_h + y, width)
            _footer(painter, canvas, report, width, height, number, len(pages))
            advance(1)  # a window showing a long report answers, and may cancel, meanwhile
    finally:
        painter.end()
    return RenderInfo(len(pages), list(canvas.charts), time.perf_counter() - started, canvas.continued)


def _header(painter: QPainter, canvas: Canvas, report: Report, width: float) -> None:
    font = canvas.font(8.0, bold=True)
    small = canvas.font(8.0)
    half = width / 2 - canvas.pt(6)
    canvas.draw_lines(painter, [canvas.elide(report.title, font, half)], font, 0, 0, half, Palette.ink)
    canvas.draw_lines(painter, [canvas.elide(report.scope, small, half)], small, width - half, 0, half,
                      Palette.muted, "right")  # fmt: skip
    y = canvas.line_height(font) + canvas.pt(3)
    painter.setPen(QPen(Palette.accent, canvas.pt(1.2)))
    painter.drawLine(QPointF(0, y), QPointF(width, y))


def _footer(painter: QPainter, canvas: Canvas, report: Report, width: float, height: float, n: int, m: int) -> None:
    font = canvas.font(7.5)
    line = canvas.line_height(font)
    y = height - line
    painter.setPen(QPen(Palette.rule, canvas.pt(0.6)))
    painter.drawLine(QPointF(0, y - canvas.pt(4)), QPointF(width, y - canvas.pt(4)))
    left = f"{long_date(report.day)} · Planner"
    canvas.draw_lines(painter, [left], font, 0, y, width / 2, Palette.muted)
    canvas.draw_lines(
        painter,
        [tr("Reports", "Page {n} of {m}").format(n=n, m=m)],
        font,
        width / 2,
        y,
        width / 2,
        Palette.muted,
        "right",
    )


def write_pdf(report: Report, path: str | Path, setup: PageSetup = PageSetup()) -> RenderInfo:
    """Write `report` as a PDF file (fonts embedded, charts as vectors)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(setup.page_layout())
    writer.setTitle(f"{report.title} — {report.scope}")
    writer.setCreator("Planner")
    info = paint_report(report, writer)
    del writer  # the file is complete once the writer is gone
    return info


def long_date(day: date) -> str:
    return formats.long_day(day, weekday=False)
