"""The History panel: the changes the workspace keeps, by day, and what each one did."""

from planner.ui.history.view import HistoryView

__all__ = ["HistoryView"]
