"""The calendar from the keyboard. The view keeps a day under the keyboard (`cursor`), drawn with a focus ring:
arrows move it a day or a week and select the first item there (or keep the selected one when it spans there),
Alt+↑/↓ step through that day's items, Enter opens the selected item (or, on an empty day, creates a task there),
Ctrl+arrows move the selected item a day or a week, Page Up/Down turn the page, Home goes to today. Delete is the
window's. Each edit is one command, so one undo step."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from planner.core.i18n import tr
from planner.ui.view_keys import ViewKeys

if TYPE_CHECKING:
    from planner.ui.calendar.items import Item
    from planner.ui.calendar.view import CalendarView


def add_keys(view: CalendarView) -> list:
    """Install the view's keys; the actions, for the list of shortcuts."""
    keys = ViewKeys(view, [view], focus_changed=view.canvas.update)
    steps = (
        (tr("Calendar", "Previous day"), tr("Calendar", "Move the item to the previous day"), "Left", -1),
        (tr("Calendar", "Next day"), tr("Calendar", "Move the item to the next day"), "Right", 1),
        (tr("Calendar", "Previous week"), tr("Calendar", "Move the item to the previous week"), "Up", -7),
        (tr("Calendar", "Next week"), tr("Calendar", "Move the item to the next week"), "Down", 7),
    )
    for text, move_text, key, days in steps:
        keys.add(text, [key], lambda d=days: move_cursor(view, d))
        keys.add(move_text, [f"Ctrl+{key}"], lambda d=days: move_selected(view, d))
    keys.add(tr("Calendar", "Select the next item on the day"), ["Alt+Down"], lambda: step_item(view, 1))
    keys.add(tr("Calendar", "Select the previous item on the day"), ["Alt+Up"], lambda: step_item(view, -1))
    keys.add(
        tr("Calendar", "Open the item, or create a task on the day"), ["Return", "Enter"], lambda: open_or_create(view)
    )
    keys.add(tr("Calendar", "Previous page"), ["PgUp"], lambda: turn_page(view, -1))
    keys.add(tr("Calendar", "Next page"), ["PgDown"], lambda: turn_page(view, 1))
    keys.add(tr("Calendar", "Go to today"), ["Home"], lambda: set_cursor(view, view.controller.today()))
    return keys.actions


def items_on(view: CalendarView, day: date) -> list[Item]:
    """The items on `day` that can be selected, in time order, one per task."""
    found, seen = [], set()
    for item in sorted(view.items, key=lambda i: (i.start, i.title)):
        target = item.task_id if item.task_id is not None else item.routine_id
        if item.first_day <= day <= item.last_day and target not in seen:
            seen.add(target)
            found.append(item)
    return found


def set_cursor(view: CalendarView, day: date) -> None:
    """Put the keyboard on `day`, turning the page when it is off it, and select the day's first item."""
    view.cursor = day
    first, last = view.days()[0], view.days()[-1]
    other_month = view.mode == "month" and (day.year, day.month) != (view.anchor.year, view.anchor.month)
    if not first <= day <= last or other_month:
        view.go_to(day)
    on_day = items_on(view, day)
    kept = [i for i in on_day if view.selected is not None and view.selected in (i.task_id, i.routine_id)]
    view.choose((kept or on_day or [None])[0])


def move_cursor(view: CalendarView, days: int) -> None:
    first, last = view.days()[0], view.days()[-1]
    start = view.cursor if first <= view.cursor <= last else view.anchor
    set_cursor(view, start + timedelta(days=days))


def turn_page(view: CalendarView, direction: int) -> None:
    view.step(direction)
    set_cursor(view, view.anchor)


def step_item(view: CalendarView, step: int) -> None:
    on_day = items_on(view, view.cursor)
    if not on_day:
        return
    ids = [i.task_id if i.task_id is not None else i.routine_id for i in on_day]
    at = ids.index(view.selected) + step if view.selected in ids else 0
    view.choose(on_day[at % len(on_day)])


def selected_item(view: CalendarView) -> Item | None:
    on_day = [i for i in items_on(view, view.cursor) if view.selected in (i.task_id, i.routine_id)]
    if on_day:
        return on_day[0]
    return next((i for i in view.items if view.selected is not None and view.selected == i.task_id), None)


def move_selected(view: CalendarView, days: int) -> None:
    item = selected_item(view)
    if item is None:
        view.controller.error_occurred.emit(
            tr("Calendar", "Select an item first: arrows move between days, Alt+↑/↓ within one.")
        )
        return
    base = view.cursor if item.first_day <= view.cursor <= item.last_day else item.first_day
    if view.move_item(item, timedelta(days=days)):
        set_cursor(view, base + timedelta(days=days))  # the item stays selected on its new day


def open_or_create(view: CalendarView) -> None:
    item = selected_item(view)
    if item is not None:
        view.editor_requested.emit(item.task_id if item.task_id is not None else item.routine_id)
        return
    cal = view.controller.ws.calendar
    view.create_between(cal.day_start(view.cursor), cal.day_end(view.cursor))
