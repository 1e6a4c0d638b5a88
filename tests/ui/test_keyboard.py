"""The Gantt and the calendar used end to end from the keyboard (create, move, stretch, link, delete, undo),
checked in the model and in the file; Ctrl+P in the Gantt reaching one action; the list of shortcuts read from
the actions; F1."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask
from planner.store.workspace_file import WorkspaceFile
from planner.ui.gantt.printing import PrintOptionsDialog
from planner.ui.report_dialog import ReportDialog
from planner.ui.shortcuts_dialog import ShortcutsDialog

START = datetime(2026, 3, 2, 8)  # a Monday
DAY = 480
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def in_file(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


def by_title(ws, title):
    return next(t for t in ws.tasks.values() if t.title == title)


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key as a person types it: to whatever has the focus, through Qt's shortcut handling."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifiers)


@pytest.fixture
def gantt(make_window, workspace_path, qtbot):
    """The Gantt of a project with Design (2 days) and Build (3 days) from Monday 2 March 2026, the tree focused."""
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    controller.run(Batch([CreateTask(key, "Design", duration=2 * DAY), CreateTask(key, "Build", duration=3 * DAY)]))
    controller.clear_history()
    window.sidebar.select_scope(key)
    window.show_view("gantt")
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.view()
    view.select_task(by_title(controller.ws, "Design").id)
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    return window, view


def test_ctrl_p_in_the_gantt_prints_the_chart_once_without_an_ambiguous_shortcut(gantt, qtbot, dialogs, qtlog):
    window, _view = gantt
    shown = []
    dialogs.answer("run", lambda dialog: shown.append(type(dialog)) or False)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert shown == [PrintOptionsDialog]
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]
    # In another view the same key prints a report.
    window.show_view("table")
    window.view().setFocus()
    dialogs.answer("run", lambda dialog: shown.append(type(dialog)) or False)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert shown == [PrintOptionsDialog, ReportDialog]


def test_the_gantt_from_the_keyboard_create_move_stretch_link_delete_undo(gantt, qtbot, dialogs, workspace_path):
    window, view = gantt
    ws = window.controller.ws
    design, build = by_title(ws, "Design").id, by_title(ws, "Build").id
    # Create: Ctrl+N below the selected task, the title typed in the editor that opens.
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Review")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: any(t.title == "Review" for t in ws.tasks.values()))
    review = by_title(ws, "Review").id
    assert view.selected_task_ids() == [review]
    view.tree.setFocus()
    # Move: Alt+→ a day later, in the file too; one undo step puts it back.
    before = view.bars.bar(review).start
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert view.bars.bar(review).start == before + timedelta(days=1)
    assert in_file(workspace_path).tasks[review].start == before + timedelta(days=1)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert view.bars.bar(review).start == before
    # In the tree, Alt+Shift+→ indents, as in the table and the toolbar's tooltip; one undo step puts it back.
    length = ws.tasks[review].duration
    press(qtbot, Qt.Key.Key_Right, ALT | SHIFT)
    assert ws.tasks[review].parent_id is not None
    assert in_file(workspace_path).tasks[review].parent_id == ws.tasks[review].parent_id
    assert ws.tasks[review].duration == length
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert ws.tasks[review].parent_id is None
    assert view.selected_task_ids() == [review]  # the row taken out and put back by the undo, selected again
    # In the chart it stretches the bar: Alt+Shift+→ a day longer, Alt+Shift+← back; no indent there.
    view.chart.setFocus()
    press(qtbot, Qt.Key.Key_Right, ALT | SHIFT)
    assert ws.tasks[review].duration == length + DAY
    assert in_file(workspace_path).tasks[review].duration == length + DAY
    assert ws.tasks[review].parent_id is None
    press(qtbot, Qt.Key.Key_Left, ALT | SHIFT)
    assert ws.tasks[review].duration == length
    view.tree.setFocus()
    # Selection: ↑ in the tree, and in the chart with the focus there.
    press(qtbot, Qt.Key.Key_Up)
    assert view.selected_task_ids() == [design]
    view.chart.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert view.selected_task_ids() == [review]
    press(qtbot, Qt.Key.Key_Up)
    assert view.selected_task_ids() == [design]
    # Link: Ctrl+L with one task selected asks which task it comes before.
    dialogs.answer("ask_choice", lambda parent, title, label, items: next(i for i in items if i.endswith("Build")))
    press(qtbot, Qt.Key.Key_L, CTRL)
    links = [(d.predecessor_id, d.successor_id) for d in in_file(workspace_path).dependencies.values()]
    assert links == [(design, build)]
    assert view.bars.bar(build).start >= view.bars.bar(design).finish
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert not in_file(workspace_path).dependencies
    # With two selected (Shift+↓), Ctrl+L links them in order without asking.
    view.tree.setFocus()
    press(qtbot, Qt.Key.Key_Down, SHIFT)
    assert sorted(view.selected_task_ids()) == sorted([design, review])
    press(qtbot, Qt.Key.Key_L, CTRL)
    links = [(d.predecessor_id, d.successor_id) for d in in_file(workspace_path).dependencies.values()]
    assert links == [(design, review)]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    press(qtbot, Qt.Key.Key_Up)
    # Delete the selected task, then undo.
    press(qtbot, Qt.Key.Key_Delete)
    assert design not in ws.tasks and design not in in_file(workspace_path).tasks
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert design in in_file(workspace_path).tasks


def test_the_gantt_draws_a_focus_ring_on_the_current_bar(gantt, qtbot):
    window, view = gantt
    painted = []
    real = view.chart.paint_focus
    view.chart.paint_focus = lambda p, r: painted.append(True) or real(p, r)
    view.chart.repaint()
    assert painted
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: not view.tree.hasFocus())
    painted.clear()
    view.chart.repaint()
    assert not painted


@pytest.fixture
def calendar(make_window, workspace_path, qtbot):
    """The month of March 2026 with one task, Write report, on Tuesday the 10th; the keyboard on that day."""
    win = make_window(workspace_path)
    controller = win.controller
    controller.today = lambda: date(2026, 3, 11)
    area = AddObject("area", name="Ops")
    controller.run(area)
    controller.run(CreateTask(("area", area.id), "Write report", start=datetime(2026, 3, 10, 9), duration=120))
    controller.clear_history()
    win.sidebar.select_scope(("area", area.id))
    win.show_view("calendar")
    win.activateWindow()
    qtbot.waitActive(win)
    view = win.view()
    view.go_to(date(2026, 3, 11), "month")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return win, view


def test_the_calendar_from_the_keyboard_create_move_open_delete_undo(calendar, qtbot, workspace_path):
    win, view = calendar
    ws = win.controller.ws
    report = by_title(ws, "Write report").id
    # ← from today (the 11th) lands on the 10th and selects its task.
    press(qtbot, Qt.Key.Key_Left)
    assert view.cursor == date(2026, 3, 10)
    assert view.selected_task_ids() == [report]
    # Ctrl+→ moves it a day, Ctrl+↓ a week: one undo step each.
    press(qtbot, Qt.Key.Key_Right, CTRL)
    assert ws.tasks[report].start == datetime(2026, 3, 11, 9)
    press(qtbot, Qt.Key.Key_Down, CTRL)
    assert in_file(workspace_path).tasks[report].start == datetime(2026, 3, 18, 9)
    assert in_file(workspace_path).tasks[report].duration == 120
    assert view.cursor == date(2026, 3, 18) and view.selected_task_ids() == [report]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert in_file(workspace_path).tasks[report].start == datetime(2026, 3, 11, 9)
    # Home goes back to today, the 11th, where the task is again; Enter opens it in the editor.
    view.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    assert view.cursor == date(2026, 3, 11) and view.selected_task_ids() == [report]
    press(qtbot, Qt.Key.Key_Return)
    assert win.editor.task_id == report
    # Enter on an empty day creates a task there.
    view.setFocus()
    press(qtbot, Qt.Key.Key_Right)
    assert view.cursor == date(2026, 3, 12) and view.selected_task_ids() == []
    press(qtbot, Qt.Key.Key_Return)
    created = next(t for t in ws.tasks.values() if t.id != report)
    assert created.start.date() == date(2026, 3, 12)
    assert in_file(workspace_path).tasks[created.id].start.date() == date(2026, 3, 12)
    # Delete it from the keyboard, and undo.
    view.setFocus()
    assert view.selected_task_ids() == [created.id]
    press(qtbot, Qt.Key.Key_Delete)
    assert created.id not in in_file(workspace_path).tasks
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert created.id in in_file(workspace_path).tasks


def test_calendar_arrows_go_on_from_the_day_clicked(calendar, qtbot):
    _win, view = calendar
    view.canvas.repaint()
    cell = view.canvas.month_cell(view.days().index(date(2026, 3, 20)))
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=cell.bottomRight().toPoint() - QPoint(8, 8))
    assert view.cursor == date(2026, 3, 20)
    press(qtbot, Qt.Key.Key_Right)
    assert view.cursor == date(2026, 3, 21)


def test_calendar_arrows_turn_the_page_and_the_day_is_ringed_while_focused(calendar, qtbot):
    win, view = calendar
    view.cursor = date(2026, 3, 31)
    press(qtbot, Qt.Key.Key_Down)
    assert view.cursor == date(2026, 4, 7)
    assert view.anchor.month == 4
    painted = []
    real = view.canvas.paint_cursor
    view.canvas.paint_cursor = lambda p: painted.append(True) or real(p)
    view.canvas.repaint()
    assert painted
    win.sidebar.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    painted.clear()
    view.canvas.repaint()
    assert not painted


def test_help_lists_every_action_with_a_key_from_the_actions_and_f1_explains_the_view(gantt, qtbot, dialogs):
    window, _view = gantt
    rows = []
    dialogs.answer("run", lambda dialog: rows.extend(dialog.rows()) if isinstance(dialog, ShortcutsDialog) else None)
    window.shortcuts_action.trigger()
    listed = {(where, action) for where, action, _keys in rows}
    assert ("Window", "Undo") in listed and ("Window", "Print…") in listed
    assert ("Gantt", "Move the bar a day later") in listed
    assert ("Gantt", "Link the selected tasks, or link to…") in listed
    keys = {action: k for _where, action, k in rows}
    assert keys["New Task"] == "Ctrl+N, Ins"
    told = []
    dialogs.answer("tell", lambda parent, title, text: told.append((title, text)))
    press(qtbot, Qt.Key.Key_F1)
    assert told and told[0][0] == "Gantt: help" and "Alt+Right" in told[0][1]


def test_the_calendar_help_lists_the_lists_enter_beside_the_views_own(calendar, dialogs):
    win, _view = calendar
    rows = []
    dialogs.answer("run", lambda dialog: rows.extend(dialog.rows()) if isinstance(dialog, ShortcutsDialog) else None)
    win.shortcuts_action.trigger()
    keys = {action: k for where, action, k in rows if where == "Calendar"}
    assert keys["Open the item in the list"] == "Return, Enter"
    assert keys["Open the item, or create a task on the day"] == "Return, Enter"
