"""Planner: an offline desktop planner for a team's ongoing work and its projects."""

__version__ = "0.1.0"
