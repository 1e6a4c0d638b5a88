"""The Gantt view: the task tree beside a timeline of bars, links and the critical path."""

from planner.ui.gantt.view import GanttView

__all__ = ["GanttView"]
