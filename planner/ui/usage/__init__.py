"""The resource usage view: people and their tasks with hours per period against capacity."""

from planner.ui.usage.view import ResourceUsageView

__all__ = ["ResourceUsageView"]
