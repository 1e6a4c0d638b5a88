"""The first sign that an edit is coming readies the schedule for it (`Controller.edits_soon`): a field of the task
editor focused, a Gantt bar pressed, a menu of task commands shown, the first key pressed after the open. The open
itself does not (it would pay for it), and the edit then updates the readied schedule instead of computing the whole
plan. A file Planner wrote, opened in a real window."""

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from planner.core.commands import EditTask
from planner.core.schedule import compute_schedule, planned_changes
from planner.session import Session
from planner.ui.controller import Controller
from planner.ui.gantt.scale import PRESETS
from tests.test_first_edit import TASKS, TODAY, written
from tests.ui.test_gantt_view import bar_box


def opened(make_window, tmp_path_factory, monkeypatch, qtbot, editor_open: bool):
    path, ids = written(tmp_path_factory, monkeypatch, [480] * TASKS, {(0, 1), (1, 2)})
    window = make_window(path, editor_open=editor_open)
    window.controller.today = lambda: TODAY
    window.sidebar.select_scope(("project", 1))
    window.activateWindow()
    qtbot.waitActive(window)
    return window, ids


def assert_scheduled_in_full(controller) -> None:
    ws = controller.ws
    assert planned_changes(ws, compute_schedule(ws, TODAY)) == {}


def test_a_field_of_the_task_editor_focused_readies_the_schedule(make_window, tmp_path_factory, monkeypatch, qtbot):
    window, ids = opened(make_window, tmp_path_factory, monkeypatch, qtbot, editor_open=True)
    controller = window.controller
    window.view().select_task(ids[0])
    qtbot.waitUntil(lambda: controller.known_schedule is not None)  # the editor shows the task's slack
    qtbot.wait(50)
    assert not controller.known_schedule.applied  # not compared at open: nothing said an edit was coming
    window.editor.duration.setFocus()
    qtbot.waitUntil(lambda: controller.known_schedule.applied)
    window.editor.duration.setText("3d")
    window.editor.duration.editingFinished.emit()
    assert controller.ws.tasks[ids[0]].duration == 3 * 480
    assert controller.known_schedule.touched is not None  # updated, not computed again
    assert_scheduled_in_full(controller)


def test_a_gantt_bar_pressed_readies_the_schedule(make_window, tmp_path_factory, monkeypatch, qtbot):
    window, ids = opened(make_window, tmp_path_factory, monkeypatch, qtbot, editor_open=False)
    controller = window.controller
    window.show_view("gantt")
    view = window.view()
    view.set_zoom(PRESETS["Days"])
    view.scroll_to(controller.ws.tasks[ids[0]].start - timedelta(days=1), 0.1)
    view.ensure_rows()
    qtbot.waitUntil(lambda: controller.known_schedule is not None)  # the bars' dates
    assert not controller.known_schedule.applied
    start = bar_box(view, ids[0]).center().toPoint()
    end = start + QPoint(round(2 * view.scale.px_per_day), 0)
    qtbot.mousePress(view.chart, Qt.MouseButton.LeftButton, pos=start)
    qtbot.waitUntil(lambda: controller.known_schedule.applied)  # while the person drags
    qtbot.mouseMove(view.chart, end)
    qtbot.mouseRelease(view.chart, Qt.MouseButton.LeftButton, pos=end)
    assert controller.ws.tasks[ids[0]].start == controller.ws.tasks[ids[4]].start + timedelta(days=2)
    assert controller.known_schedule.touched is not None  # the drop updated the readied schedule
    assert_scheduled_in_full(controller)


def edited_after(controller, task_id: int) -> None:
    """A date-moving edit after a sign: it updates the readied schedule, and the dates are the whole plan's."""
    controller.run(EditTask(task_id, duration=3 * 480))
    assert controller.known_schedule.touched is not None  # updated, not computed again
    assert_scheduled_in_full(controller)


def test_the_edit_menu_shown_readies_the_schedule(make_window, tmp_path_factory, monkeypatch, qtbot):
    window, ids = opened(make_window, tmp_path_factory, monkeypatch, qtbot, editor_open=False)
    controller = window.controller
    qtbot.wait(50)
    assert controller.known_schedule is None or not controller.known_schedule.applied  # nothing said an edit
    edit_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Edit")
    edit_menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(lambda: controller.known_schedule is not None and controller.known_schedule.applied)
    edit_menu.close()
    edited_after(controller, ids[0])


def test_a_task_menu_asked_for_readies_the_schedule(make_window, tmp_path_factory, monkeypatch, qtbot, dialogs):
    window, ids = opened(make_window, tmp_path_factory, monkeypatch, qtbot, editor_open=False)
    controller = window.controller
    table = window.view()
    table.select_task(ids[0])
    qtbot.wait(50)
    assert controller.known_schedule is None or not controller.known_schedule.applied
    dialogs.answer("show_menu")  # the menu is shown and closed again without a choice
    at = table.visualRect(table.currentIndex()).center()
    QApplication.sendEvent(
        table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, table.viewport().mapToGlobal(at))
    )
    qtbot.waitUntil(lambda: controller.known_schedule is not None and controller.known_schedule.applied)
    edited_after(controller, ids[0])


def test_the_first_key_pressed_readies_the_schedule_for_a_shortcut(make_window, tmp_path_factory, monkeypatch, qtbot):
    # A command given by a shortcut as the very first thing after the open (Ctrl+…, Alt+Shift+→) has no editor or
    # menu before it: the modifier pressed is its sign.
    window, ids = opened(make_window, tmp_path_factory, monkeypatch, qtbot, editor_open=False)
    controller = window.controller
    table = window.view()
    table.select_task(ids[0])
    qtbot.waitUntil(lambda: controller.known_warnings is not None)  # the window has painted: its warnings looked for
    QApplication.processEvents()  # and the first key watched for, right after them
    assert controller.known_schedule is None or not controller.known_schedule.applied
    # Through the window, as a key pressed arrives: the window passes it on to the widget with the focus.
    QTest.keyPress(window.windowHandle(), Qt.Key.Key_Control)
    qtbot.waitUntil(lambda: controller.known_schedule is not None and controller.known_schedule.applied)
    QTest.keyRelease(window.windowHandle(), Qt.Key.Key_Control)
    edited_after(controller, ids[0])


def key_after_paint(controller, qtbot) -> None:
    """Ctrl pressed before the window painted `controller`'s workspace (it must not be watched yet), and again right
    after the paint's own follow-ups, with no wait."""
    controller.today = lambda: TODAY
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    controller.edits_soon_on_first_input()
    QApplication.processEvents()
    QTest.keyPress(field.windowHandle(), Qt.Key.Key_Control)
    QApplication.processEvents()
    assert controller.known_schedule is None
    controller.painted()
    QApplication.processEvents()  # what follows the first paint: its warnings, the watch
    QTest.keyPress(field.windowHandle(), Qt.Key.Key_Control)
    QApplication.processEvents()


def test_the_first_key_is_watched_for_from_the_first_paint_on(tmp_path_factory, monkeypatch, qtbot):
    # With no timer: one firing later would be CPU time after the open's end.
    path, _ = written(tmp_path_factory, monkeypatch, [480] * TASKS, {(0, 1), (1, 2)})
    controller = Controller(Session.open(path))
    key_after_paint(controller, qtbot)
    assert controller.known_schedule is not None and controller.known_schedule.applied
    controller.close()


def test_a_workspace_only_read_is_not_watched(tmp_path_factory, monkeypatch, qtbot):
    # A screenshot's: no edit can come, and watching would put each of its events through Python.
    path, _ = written(tmp_path_factory, monkeypatch, [480] * TASKS, {(0, 1), (1, 2)})
    controller = Controller(Session.read(path))
    key_after_paint(controller, qtbot)
    assert controller.known_schedule is None
