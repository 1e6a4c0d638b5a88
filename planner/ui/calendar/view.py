"""`CalendarView`: month, week, day and agenda pages over the filtered tasks, painted by hand.

It shows the core workspace through the shared filter proxy (scope and filter bar) and turns drags and clicks
into core commands run by the controller: move, resize, create, skip or move a routine's future occurrence.
It keeps no data beyond the items of the range on screen, rebuilt when anything changes.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from planner.core.commands import CreateTask, EditTask
from planner.core.filters import Due, SmartList
from planner.core.i18n import tr
from planner.core.recurrence import SkipOccurrence
from planner.core.schedule import start_fields
from planner.reports import formats
from planner.ui import theme
from planner.ui.calendar.agenda import AgendaList
from planner.ui.calendar.gestures import CanvasGestures, Drag, Hit
from planner.ui.calendar.items import Item, collect, columns_for_day, is_all_day, stack_lanes, where
from planner.ui.calendar.keys import add_keys
from planner.ui.calendar.look import AGENDA_DAYS, FIRST_HOUR, GUTTER, HEADER, LANE, LAST_HOUR, SNAP
from planner.ui.calendar.month import MonthPainting
from planner.ui.controller import Controller
from planner.ui.guard import guarded
from planner.ui.models.task_filter import TaskFilterProxy

MODES = ("month", "week", "day", "agenda")
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


class _Canvas(MonthPainting, CanvasGestures, QWidget):
    """Paints the page of the view's mode and turns mouse gestures into the view's edits: the month page is
    `MonthPainting` (month.py), the mouse `CanvasGestures` (gestures.py); the time grid and the agenda are here."""

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self.view = view
        self.hits: list[Hit] = []
        self.drag: Drag | None = None
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
        self.row_hits: list[list[Hit]] = [[] for _ in range(6)]
        self.grid: tuple | None = None  # see grid_layout
        self.setMouseTracking(True)
        self.setMinimumSize(400, 300)

    def forget(self) -> None:
        """Drop what was laid out and painted of the items: they were collected again."""
        self.weeks.clear()
        self.page = None
        self.grid = None

    # -- geometry ------------------------------------------------------------------------------------

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
        self.hits.append(Hit(rect, item, "body"))
        if item.kind == "task" and not continues_right:
            handle = QRectF(rect.right() - 5, rect.top(), 7, rect.height())
            if self.view.mode in ("week", "day") and rect.height() > LANE:
                handle = QRectF(rect.left(), rect.bottom() - 5, rect.width(), 7)
            self.hits.append(Hit(handle, item, "end"))

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
