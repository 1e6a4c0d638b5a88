"""The calendar canvas's mouse: what a click, drag, double click or wheel turn on a page means (the view's edits,
or turning the page), found from the bars and handles the last paint left (`Hit`)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt

from planner.core.i18n import tr
from planner.core.recurrence import repeat_text
from planner.reports import formats
from planner.ui.calendar.items import Item, is_all_day
from planner.ui.calendar.look import AGENDA_DAYS, SNAP
from planner.ui.guard import guarded


@dataclasses.dataclass
class Hit:
    """A bar, its resize handle or a day's "+N more", where the last paint put it: what the mouse finds."""

    rect: QRectF
    item: Item | None
    part: str  # "body", "end" (a resize handle), "more" (a day's "+N more")
    day: date | None = None


@dataclasses.dataclass
class Drag:
    """A mouse press on the canvas and where the pointer has been dragged since."""

    origin: QPointF
    hit: Hit | None
    day: date | None
    at: datetime | None
    moved: bool = False
    current_day: date | None = None
    current_at: datetime | None = None


def tip(ws, item: Item) -> str:
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


class CanvasGestures:
    """The mouse part of the calendar's canvas (which holds `hits`, `drag` and the view these act on)."""

    def hit_at(self, pos: QPointF) -> Hit | None:
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
        self.drag = Drag(pos, hit, self.day_at(pos), self.time_at(pos))
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
            self.setToolTip(tip(self.view.controller.ws, hit.item) if hit is not None and hit.item else "")
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

    def create_from(self, drag: Drag, day: date | None, at: datetime | None) -> None:
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
