"""Comparing the plan now with something earlier: a panel with a sortable table and ghost bars in the Gantt
(`show_comparison`), and Edit ▸ Compare With… to choose a moment, a baseline or another file (`compare_with`)."""

from planner.ui.compare.choose import ask_moment, compare_moment, compare_with, moment_name, rebuild_moment
from planner.ui.compare.panel import ComparisonPanel, close_comparison, show_comparison

__all__ = ["ComparisonPanel", "ask_moment", "close_comparison", "compare_moment", "compare_with", "moment_name",
           "rebuild_moment", "show_comparison"]  # fmt: skip
