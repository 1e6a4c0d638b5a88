"""The People view: the workspace's people and resources as an editable sheet (a drag source of person ids)."""

from planner.ui.people.view import PeopleView

__all__ = ["PeopleView"]
