"""Prints and exports the Gantt chart: pages tiled across rows and time with the tree's columns repeated on each,
headers, footers and a legend; PDF through QPdfWriter, paper through QPrinter with a preview; PNG and SVG.

`render_pages` draws on any paged device and needs no window: `document_for_project` builds what to print from
a workspace and its schedule alone (the status report's Gantt snapshot), `document_from_view` from the view.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPalette, QPdfWriter
from PySide6.QtWidgets import QApplication, QDialog

from planner.core.i18n import tr
from planner.reports import formats
from planner.ui import dialogs
from planner.ui.gantt.bars import BarSource, tree_rows
from planner.ui.gantt.look import ROW_HEIGHT, Colors, Options, colors_from
from planner.ui.gantt.painting import ChartRenderer
from planner.ui.gantt.routing import LinkIndex, shown_links
from planner.ui.gantt.scale import TimeScale

DPI = 96  # pages are laid out in 1/96 inch, like the screen
HEADER = 34  # title and date range
FOOTER = 26  # page number, printed date
LEGEND = 24
SCALE = 40  # the two tiers of the time scale over the chart (and the column names over the table)
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter, "A3": QPageSize.PageSizeId.A3}


@dataclass
class PrintColumn:
    header: str
    width: float
    right: bool = False


@dataclass
class PrintRow:
    node: tuple[str, int]
    depth: int
    texts: list[str]
    bold: bool = False


@dataclass
class GanttDocument:
    """What a printout shows: rows with their column texts, and the chart's data and options."""

    title: str
    rows: list[PrintRow]
    columns: list[PrintColumn]
    ws: object
    bars: BarSource
    calendar: object
    today: date
    options: Options = field(default_factory=Options)
    px_per_day: float = 12.0
    _links: LinkIndex | None = field(default=None, repr=False)

    def link_index(self, row_of: dict) -> LinkIndex:
        if self._links is None:
            self._links = shown_links(self.ws.dependencies.values(), row_of)
        return self._links

    def span(self) -> tuple[datetime, datetime]:
        tasks = self.ws.tasks
        first = last = None
        for row in self.rows:
            task = tasks.get(row.node[1]) if row.node[0] == "task" else None
            span = self.bars.dates(task) if task is not None else None
            if span is None:
                continue
            first = span[0] if first is None or span[0] < first else first
            last = span[1] if last is None or span[1] > last else last
        if first is None:
            first = last = datetime.combine(self.today, datetime.min.time())
        return first, last


@dataclass
class PageOptions:
    first: date | None = None  # the date range printed; the whole plan by default
    last: date | None = None
    fit_width: bool = False  # squeeze the time range onto one page wide
    legend: bool = True
    paper: str = "A4"
    landscape: bool = True


@dataclass(frozen=True)
class Tile:
    """One page: rows first_row..first_row+row_count-1 and the chart's x from x0 to x0+width."""

    first_row: int
    row_count: int
    x0: float
    width: float


@dataclass
class PagePlan:
    scale: TimeScale
    table_width: float
    chart_width: float  # per page
    rows_per_page: int
    tiles: list[Tile]
    first: datetime
    last: datetime


def plan_pages(doc: GanttDocument, page: QSizeF, options: PageOptions) -> PagePlan:
    """How the chart is cut into pages of `page` (in 1/96 inch): across the time range, then down the rows."""
    first, last = doc.span()
    if options.first is not None:
        first = datetime.combine(options.first, datetime.min.time())
    else:
        first = datetime.combine(first.date() - timedelta(days=2), datetime.min.time())
    if options.last is not None:
        last = datetime.combine(options.last + timedelta(days=1), datetime.min.time())
    else:
        last = datetime.combine(last.date() + timedelta(days=3), datetime.min.time())
    table_width = sum(c.width for c in doc.columns)
    if page.width() - table_width < page.width() * 0.35:  # keep most of a narrow page for the chart
        table_width = min(table_width, page.width() * 0.4)
    chart_width = page.width() - table_width
    days = max((last - first).total_seconds() / 86400, 1)
    px_per_day = chart_width / days if options.fit_width else doc.px_per_day
    scale = TimeScale(first, px_per_day)
    total = scale.x(last)
    bands = HEADER + FOOTER + SCALE + (LEGEND if options.legend else 0)
    rows_per_page = max(1, int((page.height() - bands) // ROW_HEIGHT))
    across = max(1, math.ceil(total / chart_width - 1e-6))
    down = max(1, math.ceil(len(doc.rows) / rows_per_page))
    tiles = []
    for d in range(down):
        count = min(rows_per_page, len(doc.rows) - d * rows_per_page)
        for a in range(across):
            tiles.append(
                Tile(d * rows_per_page, max(count, 0), a * chart_width, min(chart_width, total - a * chart_width))
            )
    return PagePlan(scale, table_width, chart_width, rows_per_page, tiles, first, last)


def render_pages(device, doc: GanttDocument, options: PageOptions | None = None) -> int:
    """Draw every page of `doc` on a paged device (QPrinter, QPdfWriter); returns the number of pages."""
    options = options or PageOptions()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(tr("Gantt", "The printer or file could not be opened for drawing"))
    try:
        layout = device.pageLayout()
        paint = layout.paintRectPixels(device.resolution())
        factor = device.resolution() / DPI
        page = QSizeF(paint.width() / factor, paint.height() / factor)
        plan = plan_pages(doc, page, options)
        for number, tile in enumerate(plan.tiles, start=1):
            if number > 1:
                device.newPage()
            painter.save()
            painter.scale(factor, factor)
            paint_page(painter, doc, plan, tile, page, number, len(plan.tiles), options)
            painter.restore()
        return len(plan.tiles)
    finally:
        painter.end()


def paint_page(p: QPainter, doc: GanttDocument, plan: PagePlan, tile: Tile, page: QSizeF, number: int, count: int,
               options: PageOptions) -> None:  # fmt: skip
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer = ChartRenderer(doc.ws, doc.bars, _print_colors(), doc.options)
    c = renderer.colors
    font = QFont(QApplication.font())
    font.setPixelSize(11)
    _paint_header(p, doc, plan, tile, page.width(), font, c)
    _paint_table(p, doc, plan, tile, font, c)
    # The chart, right of the table.
    top = HEADER
    rows = [r.node for r in doc.rows]
    row_of = {node: i for i, node in enumerate(rows)}
    links = doc.link_index(row_of)
    chart_left = plan.table_width
    x_offset = tile.x0
    renderer.paint_scale(p, QRectF(chart_left, top, tile.width, SCALE), plan.scale, x_offset, doc.today)
    body = QRectF(chart_left, top + SCALE, tile.width, tile.row_count * ROW_HEIGHT)
    renderer.paint_rows(p, body, plan.scale, x_offset, tile.first_row * ROW_HEIGHT, rows, row_of, links,
                        doc.calendar, doc.today)  # fmt: skip
    p.setPen(c.grid_strong)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(chart_left, top, tile.width, SCALE + tile.row_count * ROW_HEIGHT))
    _paint_footer(p, doc, renderer, page, number, count, options)


def _paint_header(p: QPainter, doc: GanttDocument, plan: PagePlan, tile: Tile, width: float, font: QFont,
                  c: Colors) -> None:  # fmt: skip
    """The project's title and the dates this page shows, above a rule."""
    title = QFont(font)
    title.setPixelSize(15)
    title.setBold(True)
    p.setFont(title)
    p.setPen(c.text)
    p.drawText(QRectF(0, 0, width * 0.6, HEADER - 8), Qt.AlignmentFlag.AlignVCenter, doc.title)
    p.setFont(font)
    shown_first = plan.scale.at(tile.x0)
    shown_last = plan.scale.at(tile.x0 + tile.width) - timedelta(seconds=1)
    right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
    p.drawText(QRectF(width * 0.4, 0, width * 0.6, HEADER - 8), right, f"{_day(shown_first)} – {_day(shown_last)}")
    p.fillRect(QRectF(0, HEADER - 6, width, 1.2), c.text)


def _paint_table(p: QPainter, doc: GanttDocument, plan: PagePlan, tile: Tile, font: QFont, c: Colors) -> None:
    """The table of the page's rows, repeated on every page: its header, then a row of cells for each task."""
    top = HEADER
    table = QRectF(0, top, plan.table_width, SCALE + tile.row_count * ROW_HEIGHT)
    p.fillRect(QRectF(0, top, plan.table_width, SCALE), c.header)
    x = 0.0
    scale_w = plan.table_width / max(sum(col.width for col in doc.columns), 1)
    widths = [col.width * min(scale_w, 1) for col in doc.columns]
    p.setPen(c.muted)
    bold = QFont(font)
    bold.setBold(True)
    for col, w in zip(doc.columns, widths, strict=True):
        p.drawText(QRectF(x + 4, top, w - 8, SCALE), Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if col.right else Qt.AlignmentFlag.AlignLeft), col.header)  # fmt: skip
        x += w
    for i in range(tile.row_count):
        row = doc.rows[tile.first_row + i]
        y = top + SCALE + i * ROW_HEIGHT
        if (tile.first_row + i) % 2:
            p.fillRect(QRectF(0, y, plan.table_width, ROW_HEIGHT), c.alternate)
        p.setFont(bold if row.bold else font)
        p.setPen(c.text)
        x = 0.0
        for j, (col, w) in enumerate(zip(doc.columns, widths, strict=True)):
            indent = 12 * row.depth if j == 0 else 0
            align = Qt.AlignmentFlag.AlignRight if col.right else Qt.AlignmentFlag.AlignLeft
            text = p.fontMetrics().elidedText(row.texts[j], Qt.TextElideMode.ElideRight, int(w - 8 - indent))
            p.drawText(QRectF(x + 4 + indent, y, w - 8 - indent, ROW_HEIGHT), align | Qt.AlignmentFlag.AlignVCenter,
                       text)  # fmt: skip
            x += w
    p.setFont(font)
    p.setPen(c.grid_strong)
    p.drawRect(table)


def _paint_footer(p: QPainter, doc: GanttDocument, renderer: ChartRenderer, page: QSizeF, number: int, count: int,
                  options: PageOptions) -> None:  # fmt: skip
    """The legend when asked for, then the title, the day printed and the page's number."""
    width = page.width()
    c = renderer.colors
    bottom = page.height()
    if options.legend:
        p.save()
        p.translate(0, bottom - FOOTER - LEGEND + 2)
        natural = _legend_width(renderer, p)
        if natural > width:
            p.scale(width / natural, width / natural)
        renderer.paint_legend(p, 0, 0)
        p.restore()
    p.setPen(c.muted)
    p.drawText(QRectF(0, bottom - FOOTER, width, FOOTER), Qt.AlignmentFlag.AlignVCenter,
               tr("Gantt", "{title} · printed {day}").format(
                   title=doc.title, day=_day(datetime.combine(doc.today, datetime.min.time()))))  # fmt: skip
    p.drawText(QRectF(0, bottom - FOOTER, width, FOOTER), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
               tr("Gantt", "Page {n} of {m}").format(n=number, m=count))  # fmt: skip


def _legend_width(renderer: ChartRenderer, p: QPainter) -> float:
    metrics = p.fontMetrics()
    return sum(40 + metrics.horizontalAdvance(text) for _, text in renderer.legend_items())


def _print_colors():
    """Paper is white: the light palette's colours, whatever the screen's theme."""
    palette = QPalette()
    role = QPalette.ColorRole
    for r, value in {role.Base: "#ffffff", role.AlternateBase: "#f6f7f9", role.Text: "#1f2328",
                     role.Window: "#f1f2f4", role.Mid: "#c5cad1", role.Midlight: "#e4e7eb", role.Dark: "#9aa1ab",
                     role.Highlight: "#2f6fde", role.PlaceholderText: "#6b727b"}.items():  # fmt: skip
        palette.setColor(r, QColor(value))
    app = QApplication.instance()
    saved = app.palette()
    app.setPalette(palette)  # the theme's semantic colours follow the application palette
    try:
        return colors_from(palette)
    finally:
        app.setPalette(saved)


def _day(at: datetime) -> str:
    return formats.day(at)


# -- building documents ---------------------------------------------------------------------------------------
def document_from_view(view) -> GanttDocument:
    """The rows as the view's tree shows them, its shown columns in their order, and its zoom and options."""
    view.ensure_rows()
    tree = view.tree
    header = tree.header()
    proxy = view.proxy
    source = proxy.source
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not tree.isColumnHidden(c)]
    from planner.ui.models.columns import Column

    print_columns = [PrintColumn(Column(c).header, max(60, tree.columnWidth(c) * 0.9), c in (Column.DURATION,
                                 Column.PERCENT)) for c in columns]  # fmt: skip
    rows = []
    ws = view.controller.ws
    for node in view.rows:
        index = source.index_of(node)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        texts = [str(source.index_of(node, c).data() or "") for c in columns]
        bold = node[0] != "task" or ws.is_summary(node[1])
        rows.append(PrintRow(node, depth, texts, bold))
    scope = proxy.scope
    title = ws.container_name(scope) if isinstance(scope, tuple) else tr("Gantt", "All work")
    return GanttDocument(title, rows, print_columns, ws, view.bars, view.chart.calendar(), view.controller.today(),
                         view.options, view.scale.px_per_day)  # fmt: skip


def document_for_project(ws, schedule, project_id: int, today: date | None = None,
                         px_per_day: float = 12.0) -> GanttDocument:  # fmt: skip
    """A project's whole work breakdown with the Task, Start, Finish and Duration columns, from the workspace and
    its schedule alone (no window): for reports."""
    today = today or date.today()
    bars = BarSource(ws, lambda: schedule, today)
    rows = []
    for node, depth in tree_rows(ws, project_id):
        task = ws.tasks[node[1]]
        cal = ws.calendar_for(task)
        duration = (
            tr("Gantt", "Milestone")
            if task.milestone
            else formats.duration(task.duration, cal)
            if task.duration
            else ""
        )
        texts = [task.title, _date(task.start), _date(task.finish), duration]
        rows.append(PrintRow(node, depth, texts, ws.is_summary(task.id)))
    columns = [PrintColumn(tr("Gantt", "Task"), 230), PrintColumn(tr("Gantt", "Start"), 92),
               PrintColumn(tr("Gantt", "Finish"), 92), PrintColumn(tr("Gantt", "Duration"), 64, True)]  # fmt: skip
    project = ws.projects[project_id]
    calendar = ws.calendars.get(project.calendar_id, ws.calendar)
    return GanttDocument(project.name, rows, columns, ws, bars, calendar, today, Options(), px_per_day)


def _date(at: datetime | None) -> str:
    return formats.weekday_day(at)


# -- files -------------------------------------------------------------------------------------------------
def write_pdf(path: str, doc: GanttDocument, options: PageOptions | None = None) -> int:
    options = options or PageOptions()
    writer = QPdfWriter(path)
    writer.setResolution(300)
    writer.setTitle(tr("Gantt", "{title} — Gantt chart").format(title=doc.title))
    writer.setCreator("Planner")
    orientation = QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[options.paper]), orientation, QMarginsF(10, 10, 10, 10),
                                     QPageLayout.Unit.Millimeter))  # fmt: skip
    return render_pages(writer, doc, options)


def image_size(doc: GanttDocument, options: PageOptions) -> tuple[PagePlan, QSizeF]:
    """One page holding the whole chart (for PNG and SVG), at most 30,000 pixels each way."""
    probe = plan_pages(doc, QSizeF(1e9, 1e9), options)
    width = min(probe.table_width + probe.scale.x(probe.last) + 2, 30000)
    bands = HEADER + FOOTER + SCALE + (LEGEND if options.legend else 0)
    height = min(bands + len(doc.rows) * ROW_HEIGHT + 2, 30000)
    page = QSizeF(width, height)
    return plan_pages(doc, page, options), page


def _paint_image(device, doc: GanttDocument, options: PageOptions) -> None:
    plan, page = image_size(doc, options)
    p = QPainter(device)
    p.fillRect(QRectF(0, 0, page.width(), page.height()), QColor("#ffffff"))
    paint_page(p, doc, plan, plan.tiles[0], page, 1, 1, options)
    p.end()


def write_png(path: str, doc: GanttDocument, options: PageOptions | None = None) -> None:
    options = options or PageOptions()
    _, page = image_size(doc, options)
    image = QImage(QSize(int(page.width()), int(page.height())), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    _paint_image(image, doc, options)
    if not image.save(path):
        raise OSError(tr("Gantt", "Could not write {path}").format(path=path))


def write_svg(path: str, doc: GanttDocument, options: PageOptions | None = None) -> None:
    from PySide6.QtSvg import QSvgGenerator

    options = options or PageOptions()
    _, page = image_size(doc, options)
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(QSize(int(page.width()), int(page.height())))
    generator.setViewBox(QRectF(0, 0, page.width(), page.height()))
    generator.setTitle(tr("Gantt", "{title} — Gantt chart").format(title=doc.title))
    _paint_image(generator, doc, options)


# -- the print dialog with a preview -------------------------------------------------------------------------
def print_with_preview(view) -> None:
    """Ask for paper, orientation, range and fit, then show Qt's print preview, which prints or saves a PDF."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    dialog = PrintOptionsDialog(view.document(), view)
    if not dialogs.run(dialog):
        return
    options = dialog.options()
    doc = view.document()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(PAPERS[options.paper]), orientation, QMarginsF(10, 10, 10, 10),
                                      QPageLayout.Unit.Millimeter))  # fmt: skip
    preview = QPrintPreviewDialog(printer, view)
    preview.setWindowTitle(tr("Gantt", "Print “{title}”").format(title=doc.title))
    preview.paintRequested.connect(lambda device: render_pages(device, doc, options))
    preview.resize(1100, 800)
    dialogs.run(preview)


class PrintOptionsDialog(QDialog):
    """Paper, orientation, date range, fit to one page wide and the legend, with the page count it will make."""

    def __init__(self, doc: GanttDocument, parent=None) -> None:
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import (
            QCheckBox,
            QComboBox,
            QDateEdit,
            QDialogButtonBox,
            QFormLayout,
            QLabel,
        )

        from planner.ui.delegates import locale_date_format

        super().__init__(parent)
        self.setWindowTitle(tr("Gantt", "Print the Gantt chart"))
        self.doc = doc
        first, last = doc.span()
        form = QFormLayout(self)
        self.paper = QComboBox()
        self.paper.addItems(list(PAPERS))
        self.orientation = QComboBox()
        self.orientation.addItem(tr("Gantt", "Landscape"), True)
        self.orientation.addItem(tr("Gantt", "Portrait"), False)
        self.first = QDateEdit(QDate(first.date()))
        self.last = QDateEdit(QDate(last.date()))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            locale_date_format(edit)
        self.fit_width = QCheckBox(tr("Gantt", "Fit the date range to one page wide"))
        self.legend = QCheckBox(tr("Gantt", "Print a legend"))
        self.legend.setChecked(True)
        self.pages = QLabel()
        form.addRow(tr("Gantt", "Paper"), self.paper)
        form.addRow(tr("Gantt", "Orientation"), self.orientation)
        form.addRow(tr("Gantt", "From"), self.first)
        form.addRow(tr("Gantt", "To"), self.last)
        form.addRow("", self.fit_width)
        form.addRow("", self.legend)
        form.addRow(tr("Gantt", "Pages"), self.pages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Gantt", "Preview…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for signal in (self.paper.currentIndexChanged, self.orientation.currentIndexChanged, self.first.dateChanged,
                       self.last.dateChanged, self.fit_width.toggled, self.legend.toggled):  # fmt: skip
            signal.connect(self._count)
        self._count()

    def options(self) -> PageOptions:
        return PageOptions(self.first.date().toPython(), self.last.date().toPython(), self.fit_width.isChecked(),
                           self.legend.isChecked(), self.paper.currentText(),
                           self.orientation.currentData())  # fmt: skip

    def _count(self, *args) -> None:
        options = self.options()
        size = QPageSize(PAPERS[options.paper]).size(QPageSize.Unit.Millimeter)
        w, h = (size.height(), size.width()) if options.landscape else (size.width(), size.height())
        page = QSizeF((w - 20) / 25.4 * DPI, (h - 20) / 25.4 * DPI)
        self.pages.setText(str(len(plan_pages(self.doc, page, options).tiles)))
