"""The board (kanban) view: workflow columns, swimlanes and painted cards over the shared task data."""

from planner.ui.board.view import BoardView

__all__ = ["BoardView"]
