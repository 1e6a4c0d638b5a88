"""The Project view: one project's charter, risk register, stakeholders, budget and costs, and baselines."""

from planner.ui.project.view import ProjectView

__all__ = ["ProjectView"]
