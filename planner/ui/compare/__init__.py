"""Comparing the plan now with something earlier: a panel with a sortable table and ghost bars in the Gantt
(`show_comparison`), and Edit ▸ Compare With… to choose a moment, a baseline or another file (`compare_with`)."""

from planner.ui.compare.choose import compare_moment, compare_with
from planner.ui.compare.panel import ComparisonPanel, close_comparison, show_comparison

__all__ = ["ComparisonPanel", "close_comparison", "compare_moment", "compare_with", "show_comparison"]
