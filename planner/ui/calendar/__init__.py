"""The Calendar view: month, week, day and agenda over the shared task data, with routines' future occurrences."""

from planner.ui.calendar.view import CalendarView

__all__ = ["CalendarView"]
