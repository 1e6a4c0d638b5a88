"""Regression for DESIGN.md's platform fact: PySide6 6.12.0 on CPython 3.11 aborts after a few thousand
calls of Qt methods that return nothing. Here 20,000 such calls, and 200 full paints of the table."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from planner.core.command import Batch
from planner.core.commands import CreateTask


def test_twenty_thousand_void_qt_calls_in_one_process():
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("#336699"))
    for i in range(20_000):
        painter.setPen(pen)  # returns None: the call that dropped a reference to None on 6.12.0
        painter.fillRect(QRect(i % 60, 0, 4, 4), QColor("#ffffff"))
    painter.end()


def test_the_table_paints_two_hundred_times(window, qtbot):
    project = next(iter(window.controller.ws.projects))
    window.controller.run(Batch([CreateTask(("project", project), f"Task {i}") for i in range(60)]))
    view = window.view()
    for _ in range(200):
        view.viewport().repaint()
    assert view.model().rowCount(view.rootIndex()) == 63
