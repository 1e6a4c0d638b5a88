"""The Gantt's task tree scrolls by blitting: a wheel notch over the chart repaints only the rows it brings into
view, the tree then looks exactly as when painted whole, and its opaque viewport looks as the see-through one did,
light and dark."""

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask
from planner.ui import theme

START = datetime(2026, 3, 2, 8)


class PaintedRects(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def gantt_of(make_window, workspace_path, tasks: int):
    window = make_window(workspace_path)
    project = AddObject("project", name="Tall", start=START)
    window.controller.run(project)
    key = ("project", project.id)
    window.controller.run(Batch([CreateTask(key, f"Task {i}", duration=480) for i in range(tasks)], "Seed"))
    window.sidebar.select_scope(key)
    window.show_view("gantt")
    return window, window.view()


def wheel_notch(qapp, widget) -> None:
    at = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(at, widget.mapToGlobal(at), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    qapp.sendEvent(widget, event)
    qapp.processEvents()


def test_a_wheel_notch_repaints_only_the_rows_it_brings_in(make_window, workspace_path, qapp):
    _window, view = gantt_of(make_window, workspace_path, 200)
    qapp.processEvents()
    viewport = view.tree.viewport()
    painted = PaintedRects()
    viewport.installEventFilter(painted)
    wheel_notch(qapp, view.chart)
    viewport.removeEventFilter(painted)
    assert view.tree.verticalScrollBar().value() > 0
    assert painted.rects and all(r.height() < viewport.height() / 2 for r in painted.rects)
    scrolled = viewport.grab().toImage()
    viewport.repaint()
    assert viewport.grab().toImage() == scrolled


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_opaque_tree_looks_as_before_below_its_last_row(make_window, workspace_path, qapp, restored_look, name):
    theme.apply_theme(qapp, name)
    _window, view = gantt_of(make_window, workspace_path, 3)
    qapp.processEvents()
    viewport = view.tree.viewport()
    assert viewport.autoFillBackground()
    filled = view.tree.grab().toImage()
    viewport.setAutoFillBackground(False)
    assert view.tree.grab().toImage() == filled
