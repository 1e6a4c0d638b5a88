"""`CalendarView`: month, week, day and agenda pages over the filtered tasks, painted by hand.

It shows the core workspace through the shared filter proxy (scope and filter bar) and turns drags and clicks
into core commands run by the controller: move, resize, create, skip or move a routine's future occurrence.
It keeps no data beyond the items of the range on screen, rebuilt when anything changes.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from planner.core.commands import CreateTask, EditTask
from planner.core.filters import Due, SmartList
from planner.core.i18n import plural, tr
from planner.core.recurrence import SkipOccurrence, repeat_text
from planner.core.schedule import start_fields
from planner.reports import formats
from planner.ui import theme
from planner.ui.calendar.agenda import AgendaList
from planner.ui.calendar.items import Item, collect, columns_for_day, is_all_day, month_row, stack_lanes, where
from planner.ui.calendar.keys import add_keys
from planner.ui.controller import Controller
from planner.ui.guard import guarded
from planner.ui.models.task_filter import TaskFilterProxy

MODES = ("month", "week", "day", "agenda")
HEADER = 26  # weekday names
DAY_LABEL = 20  # day number in a month cell
LANE = 19  # one bar in a month cell or the all-day band
GUTTER = 52  # hours at the left of the time grid
FIRST_HOUR, LAST_HOUR = 7, 20
SNAP = 15  # minutes
AGENDA_DAYS = 42
AGENDA_LIST_WIDTH = 280  # the list of the period's items beside the canvas


class CalendarView(QWidget):
    name = "calendar"
    title = "Calendar"
    icon_name = "calendar"

    current_task_changed = Signal(object)  # task id or None
    context_menu_requested = Signal(object)  # global QPoint
    editor_requested = Signal(object)  # task id: show it in the editor, title first

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.controller = controller
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toolbar = QWidget(self)
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(10, 6, 10, 6)
        bar.setSpacing(4)
        today = QToolButton(text=tr("Calendar", "Today"))
        today.clicked.connect(self.go_today)
        back = QToolButton(text="‹")
        back.setToolTip(tr("Calendar", "Previous"))
        back.clicked.connect(lambda: self.step(-1))
        ahead = QToolButton(text="›")
        ahead.setToolTip(tr("Calendar", "Next"))
        ahead.clicked.connect(lambda: self.step(1))
        self.period = QLabel()
        font = self.period.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.period.setFont(font)
        for widget in (today, back, ahead):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.period, 1)
        self.mode_buttons = QButtonGroup(self)
        for mode in MODES:
            button = QToolButton(text=mode.capitalize())
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.mode_buttons.addButton(button)
            bar.addWidget(button)
            button.setProperty("mode", mode)
        self.canvas = _Canvas(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.agenda = AgendaList(self)
        self.agenda.setFixedWidth(AGENDA_LIST_WIDTH)
        agenda_button = QToolButton(text=tr("Calendar", "List"))
        agenda_button.setToolTip(tr("Calendar", "Show or hide the list of this period's items"))
        agenda_button.setCheckable(True)
        agenda_button.setChecked(True)
        agenda_button.toggled.connect(self.agenda.setVisible)
        bar.addSpacing(8)
        bar.addWidget(agenda_button)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.canvas, 1)
        body.addWidget(self.agenda)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: self.context_menu_requested.emit(self.mapToGlobal(pos)))
        self.mode = "month"
        self.anchor = self.controller.today()
        self.selected: int | None = None
        self.cursor = self.anchor  # the day under the keyboard
        self.items: list[Item] = []
        self._range: tuple[date, date] | None = None
        self.controller.changes_applied.connect(self._changes_applied)
        self.set_mode("month")
        self.key_actions = add_keys(self) + self.agenda.keys.actions  # the list's Enter is listed too

    # -- range ------------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        for button in self.mode_buttons.buttons():
            button.setChecked(button.property("mode") == mode)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.controller.today()
        self.refresh()

    def go_to(self, day: date, mode: str | None = None) -> None:
        self.anchor = day
        self.set_mode(mode or self.mode)

    def step(self, direction: int) -> None:
        if self.mode == "month":
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        else:
            days = {"week": 7, "day": 1, "agenda": 7}[self.mode]
            self.anchor += timedelta(days=days * direction)
        self.refresh()

    def days(self) -> list[date]:
        """The days on screen, in order."""
        if self.mode == "month":
            first = formats.week_start(self.anchor.replace(day=1))  # weeks start on the locale's first day
            return [first + timedelta(days=i) for i in range(42)]
        if self.mode == "week":
            first = formats.week_start(self.anchor)
            return [first + timedelta(days=i) for i in range(7)]
        if self.mode == "day":
            return [self.anchor]
        return [self.anchor + timedelta(days=i) for i in range(AGENDA_DAYS)]

    def refresh(self) -> None:
        """Collect the items of the days on screen again and repaint; while hidden, only note that it is due."""
        if not self.isVisible():
            self._stale = True  # collecting costs ~10 ms a change: not for a view nobody sees
            return
        self._stale = False
        days = self.days()
        self._range = (days[0], days[-1])
        ws = self.controller.ws
        self.items = collect(ws, self._accepts, days[0], days[-1], self.controller.today(), self._accepts_routine)
        self.canvas.forget()
        if self.mode == "month":
            self.period.setText(formats.month_year(self.anchor))
        elif self.mode == "day":
            self.period.setText(formats.long_day(self.anchor))
        else:
            self.period.setText(_span_text(days[0], days[-1]))
        self.agenda.reload()
        self.canvas.update()

    def _accepts(self, task) -> bool:
        return self.proxy.accepts_task(task)

    def _accepts_routine(self, task) -> bool:
        scope = self.proxy.scope
        if not isinstance(scope, SmartList) and task.container() != scope:
            return False
        if isinstance(scope, SmartList) and scope is not SmartList.ALL:
            return False  # "Today", "Overdue"…: lists of work due, which a plan for later is not
        loose = dataclasses.replace(self.proxy.filter, due=Due.ANY)
        return loose.matches(self.controller.ws, task, self.controller.today())

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.refresh()

    def _changes_applied(self, changes) -> None:
        if self.selected is not None and self.selected not in self.controller.ws.tasks:
            self.selected = None
        self.refresh()

    # -- the interface every view offers ------------------------------------------------------------
    def apply_scope(self) -> None:
        self.refresh()

    def current_node(self):
        return ("task", self.selected) if self.selected is not None else None

    def selected_task_ids(self) -> list[int]:
        return [self.selected] if self.selected is not None else []

    def select_task(self, task_id: int, edit: bool = False) -> None:
        task = self.controller.ws.tasks.get(task_id)
        if task is None:
            return
        self.selected = task_id
        when = task.start or task.finish or task.deadline
        if when is not None and self._range is not None and not self._range[0] <= when.date() <= self._range[1]:
            self.anchor = when.date()
        self.refresh()
        self.current_task_changed.emit(task_id)
        if edit:
            self.editor_requested.emit(task_id)

    def select_first_task(self) -> None:
        today = self.controller.today()
        for item in self.items:
            if item.task_id is not None and item.last_day >= today:
                self.selected = item.task_id
                self.current_task_changed.emit(item.task_id)
                self.agenda.follow(self.selected)
                self.canvas.update()
                return

    # -- edits ---------------------------------------------------------------------------------------
    def choose(self, item: Item | None) -> None:
        self.selected = item.task_id if item is not None else None
        if item is not None and item.task_id is None:
            self.selected = item.routine_id  # a future occurrence: show its routine
        self.current_task_changed.emit(self.selected)
        self.agenda.follow(self.selected)
        self.canvas.update()

    def move_item(self, item: Item, delta: timedelta) -> bool:
        """Move an item by `delta`: a task keeps its length, a deadline moves, a future occurrence becomes an
        exception of its routine."""
        if not delta:
            return False
        ws = self.controller.ws
        if item.kind == "future":
            return self.controller.run(SkipOccurrence(item.routine_id, item.planned, to=item.start + delta))
        task = ws.tasks[item.task_id]
        if item.kind == "deadline":
            return self.controller.run(EditTask(task.id, deadline=task.deadline + delta))
        fields = start_fields(ws, task, (task.start or task.finish) + delta)
        if task.duration is not None and not task.milestone:
            fields["duration"] = task.duration
        elif task.finish is not None and task.start is not None:
            fields["finish"] = task.finish + delta
        return self.controller.run(EditTask(task.id, **fields))

    def resize_item(self, item: Item, finish: datetime) -> bool:
        task = self.controller.ws.tasks.get(item.task_id) if item.task_id is not None else None
        if task is None or task.milestone or item.kind != "task":
            return False
        start = task.start or task.finish
        finish = max(finish, start + timedelta(minutes=SNAP))
        if task.finish == finish:
            return False
        return self.controller.run(EditTask(task.id, finish=finish))

    def create_between(self, start: datetime, finish: datetime) -> int | None:
        parent = self._new_task_parent()
        if parent is None:
            self.controller.error_occurred.emit(
                tr("Calendar", "Create an area or a project first: every task belongs to one.")
            )
            return None
        command = CreateTask(
            parent, tr("Calendar", "New task"), start=start, finish=finish, manual=parent[0] == "project"
        )
        if not self.controller.run(command):
            return None
        self.select_task(command.id)
        self.editor_requested.emit(command.id)
        return command.id

    def _new_task_parent(self):
        scope = self.proxy.scope
        ws = self.controller.ws
        if not isinstance(scope, SmartList):
            return scope
        if self.selected in ws.tasks:
            return ws.tasks[self.selected].container()
        containers = [("area", a.id) for a in ws.ordered("area")] + [("project", p.id) for p in ws.ordered("project")]
        return containers[0] if containers else None


def _span_text(first: date, last: date) -> str:
    if first.year != last.year:
        return f"{formats.day(first)} – {formats.day(last)}"
    return f"{formats.day_month(first)} – {formats.day(last)}"


@dataclasses.dataclass
class _Hit:
    rect: QRectF
    item: Item | None
    part: str  # "body", "end" (a resize handle), "more" (a day's "+N more")
    day: date | None = None


@dataclasses.dataclass
class _Drag:
    origin: QPointF
    hit: _Hit | None
    day: date | None
    at: datetime | None
    moved: bool = False
    current_day: date | None = None
    current_at: datetime | None = None


class _Canvas(QWidget):
    """Paints the page of the view's mode and turns mouse gestures into the view's edits."""

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self.view = view
        self.hits: list[_Hit] = []
        self.drag: _Drag | None = None
        self.agenda_offset = 0
        # What each month row shows (by first day and lanes that fit), kept until the items are collected
        # again: laying the rows out on every paint was most of a month frame (18 ms with 2,400 items), and
        # sorting out which bars fit two thirds of what was left (8.4 ms).
        self.weeks: dict[tuple[date, int], tuple[list, dict]] = {}
        # The month page as painted (cells, day labels, bars) and what it was painted for: a repaint draws it, a
        # new selection paints again only the rows showing the old or the new one. Drawing it all through Python
        # QPainter calls cost ~6.5 ms a frame.
        self.page: QPixmap | None = None
        self.page_key: tuple | None = None
        self.page_marks: tuple = (None, None)
        self.row_hits: list[list[_Hit]] = [[] for _ in range(6)]
        self.grid: tuple | None = None  # see grid_layout
        self.setMouseTracking(True)
        self.setMinimumSize(400, 300)

    def forget(self) -> None:
        """Drop what was laid out and painted of the items: they were collected again."""
        self.weeks.clear()
        self.page = None
        self.grid = None

    # -- geometry ------------------------------------------------------------------------------------
    def month_cell(self, index: int) -> QRectF:
        w, h = self.width() / 7, (self.height() - HEADER) / 6
        return QRectF((index % 7) * w, HEADER + (index // 7) * h, w, h)

    def grid_geometry(self) -> tuple[float, float, float, float]:
        """Time grid: left of the first day, day width, top of the hours, height of an hour."""
        days = len(self.view.days())
        bands = self.all_day_lanes()
        top = HEADER + max(1, bands) * LANE + 8
        hour = max(18.0, (self.height() - top) / (LAST_HOUR - FIRST_HOUR))
        return GUTTER, (self.width() - GUTTER) / days, top, hour

    def all_day_lanes(self) -> int:
        _spanning, lanes, _timed = self.grid_layout()
        return max(lanes.values(), default=-1) + 1

    def grid_layout(self) -> tuple[list[Item], dict[tuple, int], dict[date, tuple[list[Item], dict]]]:
        """The time grid's items laid out: the all-day band's items and their lanes, and each day's timed items
        with their columns. Kept until the items are collected again: laying them out on every paint was ~70 %
        of a week frame."""
        days = self.view.days()
        if self.grid is None or self.grid[0] != (days[0], days[-1]):
            spanning = [i for i in self.view.items if is_all_day(i)]
            timed: dict[date, list[Item]] = {day: [] for day in days}
            for item in self.view.items:
                if not is_all_day(item) and item.first_day in timed:
                    timed[item.first_day].append(item)
            placed = {day: (items, columns_for_day(items)) for day, items in timed.items()}
            self.grid = ((days[0], days[-1]), spanning, stack_lanes(spanning, days[0], days[-1]), placed)
        return self.grid[1:]

    def day_at(self, pos: QPointF) -> date | None:
        days = self.view.days()
        if self.view.mode == "month":
            if pos.y() < HEADER:
                return None
            w, h = self.width() / 7, (self.height() - HEADER) / 6
            col, row = int(pos.x() // w), int((pos.y() - HEADER) // h)
            return days[min(41, max(0, row * 7 + min(6, col)))]
        if self.view.mode in ("week", "day"):
            left, width, _top, _hour = self.grid_geometry()
            col = int((pos.x() - left) // width)
            return days[col] if 0 <= col < len(days) and pos.x() >= left else None
        return None

    def time_at(self, pos: QPointF) -> datetime | None:
        day = self.day_at(pos)
        if day is None or self.view.mode not in ("week", "day"):
            return None
        _left, _width, top, hour = self.grid_geometry()
        if pos.y() < top:
            return None
        minutes = FIRST_HOUR * 60 + (pos.y() - top) / hour * 60
        minutes = max(0, min(24 * 60 - SNAP, round(minutes / SNAP) * SNAP))
        return datetime.combine(day, time()) + timedelta(minutes=minutes)

    # -- painting ------------------------------------------------------------------------------------
    @guarded
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        mode = self.view.mode
        if mode == "month":
            painter.drawPixmap(0, 0, self.month_page())
            self.hits = [hit for hits in self.row_hits for hit in hits]
        else:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            self.hits = []
        if mode in ("week", "day"):
            self.paint_grid(painter)
        elif mode == "agenda":
            self.paint_agenda(painter)
        if self.view.hasFocus():
            self.paint_cursor(painter)
        painter.end()

    def month_page(self) -> QPixmap:
        """The month page, brought up to date: painted whole when anything it shows changed but the selection,
        and only in the rows showing the old or the new selection (or dragged bar) when that changed."""
        c = self.colors()
        palette = self.palette()
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, tuple(color.rgba() for color in c.values()),
               palette.color(QPalette.ColorRole.HighlightedText).rgba(), theme.is_dark(), self.font().key(),
               QLocale().name(), self.view.controller.today(), self.view.anchor, self.view.days()[0])  # fmt: skip
        marks = self.marks()
        if self.page is None or key != self.page_key:
            self.page = QPixmap(round(self.width() * dpr), round(self.height() * dpr))
            self.page.setDevicePixelRatio(dpr)
            self.page_key = key
            self.paint_page(None)
        elif marks != self.page_marks:
            old = self.page_marks
            self.paint_page([row for row in range(6) if self.row_marked(row, marks) or self.row_marked(row, old)])
        self.page_marks = marks
        return self.page

    def marks(self) -> tuple:
        """What `paint_bar` rings: the selected task and the item being dragged."""
        drag = self.drag
        dragged = drag.hit.item if drag is not None and drag.moved and drag.hit else None
        return self.view.selected, dragged

    def row_marked(self, row: int, marks: tuple) -> bool:
        selected, dragged = marks
        first, last = self.view.days()[row * 7], self.view.days()[row * 7 + 6]
        shown, _hidden = self.month_row(first, last, self.room(row))
        return any((selected is not None and item.task_id == selected) or item == dragged for item, *_ in shown)

    def paint_page(self, rows: list[int] | None) -> None:
        """Paints `rows` of the month page, or the whole page (None). A row is painted again clipped to the pixel rows
        it covers, with everything that reaches them in the order of a whole paint (the base, the cells of it
        and of its neighbours, whose borders and fills share its edge pixels, then its bars), so that it comes
        out as the whole paint would have it."""
        painter = QPainter(self.page)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()  # what a painter on the widget would start with
        painter.setPen(palette.color(self.foregroundRole()))
        painter.setBrush(palette.brush(self.backgroundRole()))
        painter.setFont(self.font())
        base = palette.color(QPalette.ColorRole.Base)
        if rows is None:
            painter.fillRect(self.rect(), base)
            self.paint_month(painter, range(6), range(6))
        for row in rows or []:
            cell = self.month_cell(row * 7)
            top, bottom = math.floor(cell.top()), math.ceil(cell.bottom())
            painter.setClipRect(QRect(0, top, self.width(), bottom - top))
            painter.fillRect(self.rect(), base)
            self.paint_month(painter, range(max(0, row - 1), min(6, row + 2)), [row])
        painter.end()

    def room(self, row: int) -> int:
        """How many lanes of bars a cell of month row `row` holds."""
        return max(1, int((self.month_cell(row * 7).height() - DAY_LABEL - 4) // LANE))

    def paint_cursor(self, painter: QPainter) -> None:
        """The day under the keyboard, ringed in the highlight colour while the view has the focus."""
        days = self.view.days()
        if self.view.cursor not in days or self.view.mode == "agenda":
            return  # the agenda's rows are its items: the selected one is marked already
        index = days.index(self.view.cursor)
        if self.view.mode == "month":
            rect = self.month_cell(index)
        else:
            left, width, _top, _hour = self.grid_geometry()
            rect = QRectF(left + index * width, 0, width, self.height())
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(2, 2, -2, -2))

    def colors(self) -> dict[str, QColor]:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        line = palette.color(QPalette.ColorRole.Midlight)
        off = QColor(palette.color(QPalette.ColorRole.Midlight))
        off.setAlpha(110)
        return {
            "base": base,
            "text": text,
            "muted": theme.muted_color(),
            "line": line,
            "off": off,
            "accent": theme.accent(),
            "warning": theme.warning_color(),
            "caution": theme.caution_color(),
            "header": palette.color(QPalette.ColorRole.Window),
        }

    def is_working(self, day: date) -> bool:
        return self.view.controller.ws.calendar.is_working_day(day)

    def paint_header(self, painter: QPainter, left: float, width: float, days: list[date], c) -> None:
        painter.fillRect(QRectF(0, 0, self.width(), HEADER), c["header"])
        painter.setPen(c["muted"])
        today = self.view.controller.today()
        for i, day in enumerate(days):
            rect = QRectF(left + i * width, 0, width, HEADER)
            name = formats.weekday_name(day)
            label = name if self.view.mode == "month" else f"{name} {day.day}"
            if self.view.mode != "month" and day == today:
                painter.setPen(c["accent"])
                font = painter.font()
                font.setBold(True)
                painter.setFont(font)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                font.setBold(False)
                painter.setFont(font)
                painter.setPen(c["muted"])
            else:
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(QPen(c["line"], 1))
        painter.drawLine(QPointF(0, HEADER - 0.5), QPointF(self.width(), HEADER - 0.5))

    def paint_month(self, painter: QPainter, cell_rows, bar_rows) -> None:
        """The month page: the header when the cells of the first row are painted, the cells of `cell_rows`,
        then the bars of `bar_rows`."""
        c = self.colors()
        view = self.view
        days = view.days()
        today = view.controller.today()
        if 0 in cell_rows:
            self.paint_header(painter, 0, self.width() / 7, days[:7], c)
        cal = view.controller.ws.calendar
        fm = painter.fontMetrics()
        for index, day in enumerate(days):
            if index // 7 not in cell_rows:
                continue
            rect = self.month_cell(index)
            if not cal.is_working_day(day):
                painter.fillRect(rect, c["off"])
            painter.setPen(QPen(c["line"], 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            number = str(day.day) if day.day != 1 else formats.day_month(day)
            label_rect = QRectF(rect.left() + 6, rect.top() + 2, rect.width() - 12, DAY_LABEL - 2)
            other_month = day.month != view.anchor.month
            if day == today:
                badge = QRectF(label_rect.left() - 3, label_rect.top() + 1, fm.horizontalAdvance(number) + 10, 16)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(c["accent"])
                painter.drawRoundedRect(badge, 8, 8)
                painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)
            else:
                painter.setPen(c["muted"] if other_month else c["text"])
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
            name = cal.exception_name(day)
            if name:
                painter.setPen(c["muted"])
                painter.drawText(
                    label_rect.adjusted(fm.horizontalAdvance(number) + 12, 0, 0, 0),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    fm.elidedText(name, Qt.TextElideMode.ElideRight, int(label_rect.width() * 0.7)),
                )
        for week in bar_rows:
            self.paint_week_bars(painter, days[week * 7 : week * 7 + 7], week, c)

    def paint_week_bars(self, painter: QPainter, week: list[date], row: int, c) -> None:
        first, last = week[0], week[-1]
        cell = self.month_cell(row * 7)
        shown, hidden = self.month_row(first, last, self.room(row))
        self.hits = self.row_hits[row] = []
        for item, lane, begin, end in shown:
            x0 = cell.width() * (begin - first).days
            x1 = cell.width() * ((end - first).days + 1)
            rect = QRectF(x0 + 3, cell.top() + DAY_LABEL + 2 + lane * LANE, x1 - x0 - 6, LANE - 3)
            self.paint_bar(painter, rect, item, c, continues_left=item.first_day < first,
                           continues_right=item.last_day > last)  # fmt: skip
        for day, count in hidden.items():
            index = (day - first).days
            rect = QRectF(cell.width() * index + 6, cell.bottom() - LANE, cell.width() - 12, LANE - 3)
            painter.setPen(c["muted"])
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, plural("+%n more", None, count)
            )
            self.hits.append(_Hit(rect, None, "more", day))

    def month_row(self, first: date, last: date, room: int):
        """`items.month_row` of the month row starting on `first`, kept until the items are collected again."""
        key = (first, room)
        if key not in self.weeks:
            items = [i for i in self.view.items if i.first_day <= last and i.last_day >= first]
            self.weeks[key] = month_row(items, stack_lanes(items, first, last), first, last, room)
        return self.weeks[key]

    def paint_bar(self, painter: QPainter, rect: QRectF, item: Item, c, continues_left=False, continues_right=False):
        color = QColor(item.color)
        selected = item.task_id is not None and item.task_id == self.view.selected
        dragging = self.drag is not None and self.drag.moved and self.drag.hit and self.drag.hit.item == item
        painter.save()
        if item.kind == "milestone" or item.kind == "deadline":
            size = rect.height() - 4
            mark = QRectF(rect.left() + 2, rect.top() + 2, size, size)
            path = QPainterPath()
            cx, cy = mark.center().x(), mark.center().y()
            if item.kind == "milestone":
                path.moveTo(cx, mark.top())
                path.lineTo(mark.right(), cy)
                path.lineTo(cx, mark.bottom())
                path.lineTo(mark.left(), cy)
                path.closeSubpath()
                painter.fillPath(path, c["caution"])
            else:
                painter.setPen(QPen(c["warning"], 2))
                painter.drawLine(QPointF(cx - 2, mark.top()), QPointF(cx - 2, mark.bottom()))
                path.moveTo(cx - 2, mark.top())
                path.lineTo(mark.right(), mark.top() + size * 0.3)
                path.lineTo(cx - 2, mark.top() + size * 0.6)
                painter.fillPath(path, c["warning"])
            painter.setPen(c["muted"] if item.done else c["text"])
            text_rect = rect.adjusted(size + 8, 0, 0, 0)
            prefix = tr("Calendar", "Due: ") if item.kind == "deadline" else ""
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             painter.fontMetrics().elidedText(prefix + item.title, Qt.TextElideMode.ElideRight,
                                                              int(text_rect.width())))  # fmt: skip
        else:
            # A light tint with a strong edge keeps many bars readable; done work fades, future work is an outline.
            fill = QColor(color)
            fill.setAlpha(0 if item.kind == "future" else 22 if item.done else (80 if theme.is_dark() else 48))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            if item.kind != "future" and not continues_left:
                edge = QColor(color)
                edge.setAlpha(90 if item.done else 255)
                painter.setBrush(edge)
                painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 3.5, rect.height()), 1.5, 1.5)
            if item.kind == "future":
                pen = QPen(color, 1, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            if selected or dragging:
                painter.setPen(QPen(c["text"], 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
            painter.setPen(c["muted"] if item.done or item.kind == "future" else c["text"])
            font = painter.font()
            font.setStrikeOut(item.done)
            painter.setFont(font)
            label = item.title
            short = item.first_day == item.last_day and item.finish - item.start < timedelta(hours=7)
            if self.view.mode in ("month", "agenda") and short and not continues_left:
                label = f"{formats.clock(item.start)}  {label}"
            text_rect = rect.adjusted(6 if not continues_left else 10, 0, -4, 0)
            flags = Qt.AlignmentFlag.AlignLeft | (
                Qt.AlignmentFlag.AlignTop if rect.height() > 2 * LANE else Qt.AlignmentFlag.AlignVCenter
            )
            room = int(text_rect.width() * (rect.height() // LANE or 1))
            elided = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, room)
            painter.drawText(text_rect, flags | Qt.TextFlag.TextWordWrap if rect.height() > 2 * LANE else flags, elided)
        painter.restore()
        self.hits.append(_Hit(rect, item, "body"))
        if item.kind == "task" and not continues_right:
            handle = QRectF(rect.right() - 5, rect.top(), 7, rect.height())
            if self.view.mode in ("week", "day") and rect.height() > LANE:
                handle = QRectF(rect.left(), rect.bottom() - 5, rect.width(), 7)
            self.hits.append(_Hit(handle, item, "end"))

    def paint_grid(self, painter: QPainter) -> None:
        c = self.colors()
        view = self.view
        days = view.days()
        left, width, top, hour = self.grid_geometry()
        self.paint_header(painter, left, width, days, c)
        cal = view.controller.ws.calendar
        for i, day in enumerate(days):
            column = QRectF(left + i * width, HEADER, width, self.height() - HEADER)
            if not cal.is_working_day(day):
                painter.fillRect(column, c["off"])
            else:  # the working hours stand out from the rest of the day
                for a, b in cal.intervals(day):
                    y0 = top + (a / 60 - FIRST_HOUR) * hour
                    y1 = top + (b / 60 - FIRST_HOUR) * hour
                    band = QRectF(column.left(), max(top, y0), width, max(0, min(self.height(), y1) - max(top, y0)))
                    tint = QColor(c["accent"])
                    tint.setAlpha(14)
                    painter.fillRect(band, tint)
        painter.setPen(QPen(c["line"], 1))
        for h in range(FIRST_HOUR, LAST_HOUR + 1):
            y = top + (h - FIRST_HOUR) * hour
            painter.drawLine(QPointF(left, y), QPointF(self.width(), y))
            painter.setPen(c["muted"])
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, y - 8, GUTTER - 8, 16), right, f"{h:02d}:00")
            painter.setPen(QPen(c["line"], 1))
        for i in range(len(days) + 1):
            x = left + i * width
            painter.drawLine(QPointF(x, HEADER), QPointF(x, self.height()))
        painter.drawLine(QPointF(0, top - 4), QPointF(self.width(), top - 4))
        # all-day band: items over several days, milestones and deadlines
        spanning, lanes, by_day = self.grid_layout()
        for item in spanning:
            begin, end = max(item.first_day, days[0]), min(item.last_day, days[-1])
            x0 = left + (begin - days[0]).days * width
            x1 = left + ((end - days[0]).days + 1) * width
            rect = QRectF(x0 + 2, HEADER + 3 + lanes[item.key()] * LANE, x1 - x0 - 4, LANE - 3)
            if self.in_sight(rect):
                self.paint_bar(painter, rect, item, c, item.first_day < days[0], item.last_day > days[-1])
        painter.save()
        painter.setClipRect(QRectF(left, top - 3, self.width() - left, self.height() - top + 3))
        for i, day in enumerate(days):
            timed, placed = by_day[day]
            for item in timed:
                col, count = placed[item.key()]
                y0 = top + (item.start.hour + item.start.minute / 60 - FIRST_HOUR) * hour
                end = max(item.finish, item.start + timedelta(minutes=30))
                y1 = top + (end.hour + end.minute / 60 - FIRST_HOUR) * hour if end.date() == day else self.height()
                sub = (width - 6) / max(1, count)
                rect = QRectF(left + i * width + 3 + col * sub, y0 + 1, sub - 2, max(LANE - 2, y1 - y0 - 2))
                if self.in_sight(rect):
                    self.paint_bar(painter, rect, item, c)
        today = view.controller.today()
        if today in days:  # the current time, as a line across today
            now = datetime.now()
            y = top + (now.hour + now.minute / 60 - FIRST_HOUR) * hour
            x = left + days.index(today) * width
            painter.setPen(QPen(c["warning"], 2))
            painter.drawLine(QPointF(x, y), QPointF(x + width, y))
            painter.setBrush(c["warning"])
            painter.drawEllipse(QPointF(x, y), 4, 4)
        painter.restore()
        self.paint_drag_preview(painter, c)

    def in_sight(self, rect: QRectF) -> bool:
        """Whether a bar of the time grid starts above the canvas's bottom edge. A crowded week stacks hundreds of
        bars in its all-day band, most of them below it: painting them, clipped, was most of a week frame."""
        return rect.top() < self.height()

    def paint_drag_preview(self, painter: QPainter, c) -> None:
        drag = self.drag
        if drag is None or not drag.moved or drag.hit is not None or drag.at is None or drag.current_at is None:
            return
        left, width, top, hour = self.grid_geometry()
        days = self.view.days()
        if drag.day not in days:
            return
        a, b = sorted((drag.at, drag.current_at))
        b = max(b, a + timedelta(minutes=SNAP))
        x = left + days.index(drag.day) * width
        y0 = top + (a.hour + a.minute / 60 - FIRST_HOUR) * hour
        y1 = top + (b.hour + b.minute / 60 - FIRST_HOUR) * hour
        tint = QColor(c["accent"])
        tint.setAlpha(70)
        painter.fillRect(QRectF(x + 3, y0, width - 6, y1 - y0), tint)

    def paint_agenda(self, painter: QPainter) -> None:
        c = self.colors()
        view = self.view
        days = view.days()[self.agenda_offset :]
        by_day: dict[date, list[Item]] = {}
        for item in view.items:
            for n in range((item.last_day - item.first_day).days + 1):
                by_day.setdefault(item.first_day + timedelta(days=n), []).append(item)
        y = 6.0
        fm = painter.fontMetrics()
        today = view.controller.today()
        ws = view.controller.ws
        for day in days:
            if y > self.height():
                break
            entries = by_day.get(day, [])
            if not entries and day != today:
                continue
            header = QRectF(12, y, self.width() - 24, 24)
            painter.setPen(c["accent"] if day == today else c["text"])
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            name = ws.calendar.exception_name(day)
            text = formats.long_day(day) + (tr("Calendar", "  · today") if day == today else "")
            painter.drawText(header, Qt.AlignmentFlag.AlignVCenter, text + (f"  · {name}" if name else ""))
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(QPen(c["line"], 1))
            painter.drawLine(QPointF(12, y + 24), QPointF(self.width() - 12, y + 24))
            y += 28
            if not entries:
                painter.setPen(c["muted"])
                painter.drawText(
                    QRectF(28, y, self.width(), 20), Qt.AlignmentFlag.AlignVCenter, tr("Calendar", "Nothing planned")
                )
                y += 24
            for item in entries:
                when = (
                    tr("Calendar", "all day")
                    if is_all_day(item)
                    else f"{formats.clock(item.start)}–{formats.clock(item.finish)}"
                )
                if item.kind == "milestone":
                    when = tr("Calendar", "milestone")
                elif item.kind == "deadline":
                    when = tr("Calendar", "due {time}").format(time=formats.clock(item.start))
                painter.setPen(c["muted"])
                painter.drawText(QRectF(28, y, 110, LANE + 2), Qt.AlignmentFlag.AlignVCenter, when)
                rect = QRectF(140, y + 1, min(520, self.width() - 160), LANE)
                self.paint_bar(painter, rect, item, c)
                place = where(ws, item)
                if place and self.width() - rect.right() > 80:
                    painter.setPen(c["muted"])
                    room = self.width() - rect.right() - 24
                    text = fm.elidedText(place, Qt.TextElideMode.ElideRight, int(room))
                    painter.drawText(QRectF(rect.right() + 12, y, room, LANE + 2), Qt.AlignmentFlag.AlignVCenter, text)
                y += LANE + 6
            y += 8

    # -- mouse -------------------------------------------------------------------------------------------
    def hit_at(self, pos: QPointF) -> _Hit | None:
        for hit in reversed(self.hits):  # handles were added after their bars
            if hit.rect.contains(pos):
                return hit
        return None

    @guarded
    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        hit = self.hit_at(pos)
        if hit is not None and hit.part == "more":
            self.view.go_to(hit.day, "day")
            return None
        self.drag = _Drag(pos, hit, self.day_at(pos), self.time_at(pos))
        if self.drag.day is not None:
            self.view.cursor = self.drag.day  # the keyboard goes on from the day clicked
        if hit is not None:
            self.view.choose(hit.item)
        return None

    @guarded
    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self.drag is None:
            hit = self.hit_at(pos)
            shape = Qt.CursorShape.ArrowCursor
            if hit is not None and hit.part == "end":
                vertical = self.view.mode in ("week", "day") and hit.rect.width() > hit.rect.height()
                shape = Qt.CursorShape.SizeVerCursor if vertical else Qt.CursorShape.SizeHorCursor
            elif hit is not None and hit.part == "more":
                shape = Qt.CursorShape.PointingHandCursor
            self.setCursor(shape)
            self.setToolTip(_tip(self.view.controller.ws, hit.item) if hit is not None and hit.item else "")
            return
        if (pos - self.drag.origin).manhattanLength() > 4:
            self.drag.moved = True
        self.drag.current_day = self.day_at(pos)
        self.drag.current_at = self.time_at(pos)
        self.update()

    @guarded
    def mouseReleaseEvent(self, event) -> None:
        drag, self.drag = self.drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        day, at = self.day_at(pos), self.time_at(pos)
        view = self.view
        if drag.hit is None:
            self.create_from(drag, day, at)
            return
        item = drag.hit.item
        if not drag.moved or item is None:
            return
        if drag.hit.part == "end":
            if at is not None and drag.at is not None and self.view.mode in ("week", "day") and not is_all_day(item):
                view.resize_item(item, datetime.combine(item.last_day, at.time()))
            elif day is not None:
                cal = view.controller.ws.calendar
                view.resize_item(item, cal.day_end(max(day, item.first_day)))
            return
        if at is not None and drag.at is not None and not is_all_day(item):
            view.move_item(item, at - drag.at)
        elif day is not None and drag.day is not None:
            view.move_item(item, timedelta(days=(day - drag.day).days))
        self.update()

    def create_from(self, drag: _Drag, day: date | None, at: datetime | None) -> None:
        """A click or drag on empty time: a task there (whole working days in the month, the hours in a grid)."""
        view = self.view
        cal = view.controller.ws.calendar
        if view.mode in ("week", "day") and drag.at is not None and at is not None and drag.moved:
            a, b = sorted((drag.at, at))
            view.create_between(a, max(b, a + timedelta(minutes=SNAP)))
        elif view.mode == "month" and drag.day is not None and day is not None and drag.moved:
            a, b = sorted((drag.day, day))
            view.create_between(cal.day_start(a), cal.day_end(b))
        else:
            view.choose(None)

    @guarded
    def mouseDoubleClickEvent(self, event) -> None:
        pos = event.position()
        hit = self.hit_at(pos)
        view = self.view
        if hit is not None and hit.item is not None:
            target = hit.item.task_id if hit.item.task_id is not None else hit.item.routine_id
            view.editor_requested.emit(target)
            return
        cal = view.controller.ws.calendar
        at = self.time_at(pos)
        day = self.day_at(pos)
        if at is not None:
            view.create_between(at, at + timedelta(hours=1))
        elif day is not None:
            view.create_between(cal.day_start(day), cal.day_end(day))

    @guarded
    def wheelEvent(self, event) -> None:
        steps = -event.angleDelta().y() // 120
        if not steps:
            return
        if self.view.mode == "agenda":
            self.agenda_offset = max(0, min(AGENDA_DAYS - 1, self.agenda_offset + steps))
            self.update()
        else:
            self.view.step(1 if steps > 0 else -1)


def _tip(ws, item: Item) -> str:
    """An item's title, when it is, and for a routine's occurrence how the routine repeats, in words."""
    start, finish = item.start, item.finish
    when = (
        tr("Calendar", "all day")
        if is_all_day(item)
        else f"{formats.weekday_day_month(start)} {formats.clock(start)}–{formats.clock(finish)}"
    )
    task = ws.tasks.get(item.task_id if item.task_id is not None else item.routine_id)
    repeats = repeat_text(ws, task) if task is not None else ""
    return "\n".join(line for line in (item.title, when, repeats) if line)
