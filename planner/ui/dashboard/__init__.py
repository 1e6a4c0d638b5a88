"""The Dashboard view: matplotlib charts of workload, flow and projects, flow targets, the focus list and levelling.

Matplotlib is imported only when the dashboard is first shown (`planner.ui.dashboard.canvas`)."""

from planner.ui.dashboard.view import DashboardView

__all__ = ["DashboardView"]
