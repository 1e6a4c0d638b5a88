"""People put on tasks with units, driven as a user would: the editor's people list, units, work, task type and
effort-driven; the "Assign People…" dialog for several tasks; people dropped on a Gantt bar and a board card.
Checked in the model, in the reopened file and after undo."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask
from planner.core.model import TaskType
from planner.store.workspace_file import WorkspaceFile
from planner.ui.assignments import PEOPLE_MIME, AssignPeopleDialog, people_mime
from planner.ui.gantt.painting import ROW_HEIGHT
from planner.ui.gantt.scale import PRESETS
from planner.ui.gantt.view import HEADER_HEIGHT

START = datetime(2026, 3, 2, 8)  # a Monday; the standard calendar works 08–12 and 13–17
DAY, HOUR = 480, 60


@pytest.fixture
def window(make_window, workspace_path):
    """A project from START with the tasks Brief, Design and Build (no duration yet) and three people: Maya and
    Tom (up to 100 %, 50 an hour) and Ines (up to 50 %)."""
    win = make_window(workspace_path)
    controller = win.controller
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    people = [
        AddObject("person", name="Maya", rate=50.0),
        AddObject("person", name="Tom", rate=50.0),
        AddObject("person", name="Ines", max_units=0.5),
    ]
    tasks = [CreateTask(key, title) for title in ("Brief", "Design", "Build")]
    controller.run(Batch([*people, *tasks], "Seed"))
    controller.clear_history()
    win.sidebar.select_scope(key)
    return win


def person(ws, name: str) -> int:
    return next(p.id for p in ws.people.values() if p.name == name)


def task_named(ws, title: str):
    return next(t for t in ws.tasks.values() if t.title == title)


def in_file(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


def effort(task) -> tuple:
    return task.duration, task.work, task.assignments


def now(ws, task_id: int):
    """The task as the workspace holds it now: undo puts back copies, so an object read earlier goes stale."""
    return ws.tasks[task_id]


def open_in_editor(window, title: str):
    window.view().select_task(task_named(window.controller.ws, title).id)
    return window.editor


def type_into(qtbot, line_edit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def toggle_person(qtbot, dialogs, panel, person_id: int) -> None:
    """Puts the person on the task from the "+ Person" chip's menu, or takes them off with their chip's ×."""
    chips = panel.assignees
    on = next((rect for rect, item in chips.chip_rects() if item and item[0].id == person_id), None)
    if on is not None:
        qtbot.mouseClick(chips, Qt.MouseButton.LeftButton, pos=QPoint(on.right() - 3, on.center().y()))
        return
    name = panel.controller.ws.people[person_id].name
    dialogs.answer("show_menu", menu_choice(name))
    qtbot.mouseClick(chips, Qt.MouseButton.LeftButton, pos=chips.chip_rects()[-1][0].center())


def set_units(qtbot, dialogs, panel, person_id: int, percent: int) -> None:
    """A click on the person's chip offers shares of their time; any other is typed after "Other…"."""
    chips = panel.assignees
    rect = next(rect for rect, item in chips.chip_rects() if item and item[0].id == person_id)
    if percent in chips.UNITS:
        dialogs.answer("show_menu", menu_choice(f"{percent} %"))
    else:
        dialogs.answer("show_menu", menu_choice("Other…"))
        dialogs.answer("ask_number", percent)
    qtbot.mouseClick(chips, Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 4, rect.center().y()))


def units_shown(panel, person_id: int) -> int | None:
    """The share a person's chip says, in %: a chip with no share is full time; None when not on the task."""
    for _rect, item in panel.assignees.chip_rects():
        if item and item[0].id == person_id:
            return round(100 * item[1])
    return None


def menu_choice(text: str):
    def pick(menu, position):
        next(action for action in menu.actions() if action.text() == text).trigger()

    return pick


def choose_task_type(qtbot, panel, task_type: TaskType) -> None:
    while panel.task_type.currentData() != task_type.value:
        qtbot.keyClick(panel.task_type, Qt.Key.Key_Down)


def undo_to(window, steps: int) -> None:
    for _ in range(steps):
        window.undo_action.trigger()


# -- the editor --------------------------------------------------------------------------------------------------
def test_fixed_work_16_hours_at_half_time_lasts_four_days(window, qtbot, workspace_path, dialogs):
    ws = window.controller.ws
    maya = person(ws, "Maya")
    panel = open_in_editor(window, "Build")
    type_into(qtbot, panel.duration, "2d")
    choose_task_type(qtbot, panel, TaskType.FIXED_WORK)
    assert panel.effort_driven.isChecked() and not panel.effort_driven.isEnabled()  # fixed work always is
    type_into(qtbot, panel.work, "16")  # a bare number is hours
    toggle_person(qtbot, dialogs, panel, maya)
    build = task_named(ws, "Build").id
    assert effort(now(ws, build)) == (2 * DAY, 16 * HOUR, {maya: 1.0})
    set_units(qtbot, dialogs, panel, maya, 50)
    assert effort(now(ws, build)) == (4 * DAY, 16 * HOUR, {maya: 0.5})
    assert window.controller.schedule.finish(build) == datetime(2026, 3, 5, 17, 0)  # Monday to Thursday
    assert (panel.duration.text(), panel.work.text(), units_shown(panel, maya)) == ("4d", "16h", 50)
    stored = in_file(workspace_path).tasks[build]
    assert (effort(stored), stored.task_type, stored.finish) == (
        (4 * DAY, 16 * HOUR, {maya: 0.5}), TaskType.FIXED_WORK, datetime(2026, 3, 5, 17, 0)
    )  # fmt: skip
    undo_to(window, 1)
    assert effort(now(ws, build)) == (2 * DAY, 16 * HOUR, {maya: 1.0})
    assert units_shown(panel, maya) == 100
    undo_to(window, 1)
    assert effort(now(ws, build)) == (2 * DAY, 16 * HOUR, {})
    undo_to(window, 1)
    assert effort(now(ws, build)) == (2 * DAY, None, {})
    undo_to(window, 1)
    assert now(ws, build).task_type is TaskType.FIXED_UNITS
    assert panel.task_type.currentData() == TaskType.FIXED_UNITS.value
    undo_to(window, 1)
    assert effort(now(ws, build)) == (None, None, {})
    assert in_file(workspace_path).tasks[build].task_type is TaskType.FIXED_UNITS


def test_fixed_duration_two_people_make_80_hours_and_one_unticked_40(window, qtbot, workspace_path, dialogs):
    ws = window.controller.ws
    maya, tom = person(ws, "Maya"), person(ws, "Tom")
    panel = open_in_editor(window, "Design")
    type_into(qtbot, panel.duration, "5d")
    choose_task_type(qtbot, panel, TaskType.FIXED_DURATION)
    toggle_person(qtbot, dialogs, panel, maya)
    toggle_person(qtbot, dialogs, panel, tom)
    design = task_named(ws, "Design").id
    assert effort(now(ws, design)) == (5 * DAY, 80 * HOUR, {maya: 1.0, tom: 1.0})
    assert panel.work.text() == "80h"
    assert not panel.effort_driven.isChecked()
    toggle_person(qtbot, dialogs, panel, tom)
    assert effort(now(ws, design)) == (5 * DAY, 40 * HOUR, {maya: 1.0})
    assert panel.work.text() == "40h"
    assert effort(in_file(workspace_path).tasks[design]) == (5 * DAY, 40 * HOUR, {maya: 1.0})
    undo_to(window, 1)
    assert effort(now(ws, design)) == (5 * DAY, 80 * HOUR, {maya: 1.0, tom: 1.0})
    assert effort(in_file(workspace_path).tasks[design]) == (5 * DAY, 80 * HOUR, {maya: 1.0, tom: 1.0})


def test_effort_driven_fixed_units_a_second_person_halves_the_duration(window, qtbot, workspace_path, dialogs):
    ws = window.controller.ws
    maya, tom = person(ws, "Maya"), person(ws, "Tom")
    panel = open_in_editor(window, "Brief")
    type_into(qtbot, panel.duration, "4d")
    toggle_person(qtbot, dialogs, panel, maya)
    qtbot.mouseClick(panel.effort_driven, Qt.MouseButton.LeftButton, pos=QPoint(6, panel.effort_driven.height() // 2))
    brief = task_named(ws, "Brief").id
    assert (now(ws, brief).effort_driven, now(ws, brief).work) == (True, 32 * HOUR)
    toggle_person(qtbot, dialogs, panel, tom)
    assert effort(now(ws, brief)) == (2 * DAY, 32 * HOUR, {maya: 1.0, tom: 1.0})
    assert panel.duration.text() == "2d"
    assert window.controller.schedule.finish(brief) == datetime(2026, 3, 3, 17, 0)
    stored = in_file(workspace_path).tasks[brief]
    assert (effort(stored), stored.effort_driven) == ((2 * DAY, 32 * HOUR, {maya: 1.0, tom: 1.0}), True)
    undo_to(window, 1)
    assert effort(now(ws, brief)) == (4 * DAY, 32 * HOUR, {maya: 1.0})
    undo_to(window, 1)
    assert not now(ws, brief).effort_driven and not panel.effort_driven.isChecked()


def test_units_over_a_persons_maximum_are_refused_in_place(window, qtbot, workspace_path, dialogs):
    ws = window.controller.ws
    ines = person(ws, "Ines")
    panel = open_in_editor(window, "Build")
    type_into(qtbot, panel.duration, "2d")
    toggle_person(qtbot, dialogs, panel, ines)  # ticked at her most, 50 %
    build = task_named(ws, "Build").id
    assert effort(now(ws, build)) == (2 * DAY, 8 * HOUR, {ines: 0.5})
    set_units(qtbot, dialogs, panel, ines, 80)
    assert "Task “Build”: Ines at 80 % is over their maximum of 50 %" in window.message_bar.text.text()
    assert now(ws, build).assignments == {ines: 0.5}
    assert units_shown(panel, ines) == 50  # the value that stands
    assert in_file(workspace_path).tasks[build].assignments == {ines: 0.5}


def test_typed_work_that_is_not_a_length_is_refused(window, qtbot):
    panel = open_in_editor(window, "Build")
    type_into(qtbot, panel.work, "lots")
    assert "“lots” is not a duration" in window.message_bar.text.text()
    assert task_named(window.controller.ws, "Build").work is None


# -- several tasks at once -----------------------------------------------------------------------------------------
def test_assign_people_to_selected_tasks_from_the_table_menu_is_one_undo_step(window, qtbot, dialogs, workspace_path):
    ws = window.controller.ws
    maya, tom = person(ws, "Maya"), person(ws, "Tom")
    window.show_view("table")
    table = window.view()
    table.select_task(task_named(ws, "Brief").id)
    index = table.index_of_node(("task", task_named(ws, "Design").id))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(index, flags)

    def fill(dialog: AssignPeopleDialog) -> bool:
        editor = dialog.editor
        for pid, percent in ((maya, 100), (tom, 50)):
            editor.setCurrentCell(editor.row_of(pid), 0)
            qtbot.keyClick(editor, Qt.Key.Key_Space)
            spin = editor.spin(pid)
            spin.lineEdit().selectAll()
            qtbot.keyClicks(spin.lineEdit(), str(percent))
            qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
        return True

    def pick(menu: QMenu, _position) -> None:
        next(a for a in menu.actions() if a.text() == "&Assign People…").trigger()

    dialogs.answer("show_menu", pick)
    dialogs.answer("run", fill)
    table.context_menu_requested.emit(table.mapToGlobal(QPoint(10, 10)))
    expected = {maya: 1.0, tom: 0.5}
    for title in ("Brief", "Design"):
        assert task_named(ws, title).assignments == expected
        assert in_file(workspace_path).tasks[task_named(ws, title).id].assignments == expected
    assert task_named(ws, "Build").assignments == {}
    assert window.undo_action.text() == "&Undo Assign people to 2 tasks"
    undo_to(window, 1)
    assert all(not t.assignments for t in ws.tasks.values())
    assert all(not t.assignments for t in in_file(workspace_path).tasks.values())


# -- drops of people ---------------------------------------------------------------------------------------------
def drop(widget, point: QPoint, mime: QMimeData) -> bool:
    """A real drag of `mime` entering `widget` and dropped at `point`; whether the drop was taken."""
    copy, button, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, copy, mime, button, none)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(point, copy, mime, button, none)
    QApplication.sendEvent(widget, move)
    if not move.isAccepted():
        return False
    event = QDropEvent(QPointF(point), copy, mime, button, none)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@pytest.fixture
def gantt(window):
    ws = window.controller.ws
    for title, days in (("Brief", 1), ("Build", 2)):
        window.controller.run(CreateTask(("task", task_named(ws, "Design").id), title + " part", duration=days * DAY))
    window.controller.clear_history()
    window.show_view("gantt")
    view = window.view()
    view.set_zoom(PRESETS["Days"])
    view.scroll_to(START, 0.1)
    view.ensure_rows()
    return view


def bar_centre(view, task_id: int) -> QPoint:
    row = view.row_of[("task", task_id)]
    top = HEADER_HEIGHT + row * ROW_HEIGHT - view.chart.y_offset()
    box = view.chart.renderer().bar_rect(view.bars.bar(task_id), view.scale, -view.hbar.value(), top)
    return box.center().toPoint()


def test_a_person_dropped_on_a_gantt_bar_is_assigned_at_100_percent(window, gantt, workspace_path):
    ws = window.controller.ws
    tom = person(ws, "Tom")
    part = task_named(ws, "Build part").id
    assert drop(gantt.chart, bar_centre(gantt, part), people_mime([tom]))
    assert effort(now(ws, part)) == (2 * DAY, 16 * HOUR, {tom: 1.0})
    assert in_file(workspace_path).tasks[part].assignments == {tom: 1.0}
    assert window.undo_action.text() == "&Undo Assign people"
    undo_to(window, 1)
    assert effort(now(ws, part)) == (2 * DAY, None, {})
    assert in_file(workspace_path).tasks[part].assignments == {}


def test_refused_drops_on_the_gantt_say_why(window, gantt):
    ws = window.controller.ws
    maya = person(ws, "Maya")
    summary = task_named(ws, "Design")
    assert drop(gantt.chart, bar_centre(gantt, summary.id), people_mime([maya]))
    assert "“Design” is a summary task: assign people to its subtasks" in window.message_bar.text.text()
    part = task_named(ws, "Brief part")
    bad = QMimeData()
    bad.setData(PEOPLE_MIME, b"Maya")
    assert drop(gantt.chart, bar_centre(gantt, part.id), bad)
    assert "could not be read" in window.message_bar.text.text()
    assert drop(gantt.chart, bar_centre(gantt, part.id), people_mime([99]))
    assert "There is no person 99 to assign" in window.message_bar.text.text()
    off_bar = QPoint(bar_centre(gantt, part.id).x() + 400, bar_centre(gantt, part.id).y())
    assert not drop(gantt.chart, off_bar, people_mime([maya]))  # beside a bar: no drop at all
    text = QMimeData()
    text.setText(json.dumps([maya]))
    assert not drop(gantt.chart, bar_centre(gantt, part.id), text)  # not people
    assert all(not t.assignments for t in ws.tasks.values())
    assert not window.undo_action.isEnabled()


def test_people_dropped_on_a_board_card_are_assigned_and_a_second_drop_is_refused(window, workspace_path):
    ws = window.controller.ws
    maya, ines = person(ws, "Maya"), person(ws, "Ines")
    window.show_view("board")
    board = window.view()
    brief = task_named(ws, "Brief").id
    cell = next(v for v in board.cell_views.values() if brief in v.model().ids)
    card = cell.visualRect(cell.model().index(cell.model().ids.index(brief))).center()
    assert drop(cell.viewport(), card, people_mime([maya, ines]))
    assert now(ws, brief).assignments == {maya: 1.0, ines: 0.5}  # each at full time, or their most when less
    assert in_file(workspace_path).tasks[brief].assignments == {maya: 1.0, ines: 0.5}
    assert [t.title for t in ws.tasks.values() if t.assignments] == ["Brief"]
    assert drop(cell.viewport(), card, people_mime([maya]))
    assert "Maya: already on this task" in window.message_bar.text.text()
    undo_to(window, 1)
    assert now(ws, brief).assignments == {}
    assert cell.model().ids == [t.id for t in ws.tasks.values()]  # the cards did not move


def test_assign_people_from_the_gantt_chart_menu(window, gantt, qtbot, dialogs):
    ws = window.controller.ws
    maya = person(ws, "Maya")
    parts = [task_named(ws, "Brief part").id, task_named(ws, "Build part").id]
    for task_id in parts:
        gantt.chart._select_row(gantt.row_of[("task", task_id)], toggle=task_id != parts[0])

    def fill(dialog: AssignPeopleDialog) -> bool:
        dialog.editor.setCurrentCell(dialog.editor.row_of(maya), 0)
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Space)
        return True

    dialogs.answer(
        "show_menu", lambda menu, _at: next(a for a in menu.actions() if a.text() == "Assign People…").trigger()
    )
    dialogs.answer("run", fill)
    at = bar_centre(gantt, parts[1])
    qtbot.mousePress(gantt.chart, Qt.MouseButton.RightButton, pos=at)  # keeps the selection: the bar is in it
    QApplication.sendEvent(
        gantt.chart, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, gantt.chart.mapToGlobal(at))
    )
    assert [effort(now(ws, tid)) for tid in parts] == [(DAY, 8 * HOUR, {maya: 1.0}), (2 * DAY, 16 * HOUR, {maya: 1.0})]
    undo_to(window, 1)
    assert all(not t.assignments for t in ws.tasks.values())


def test_people_and_their_shares_can_be_set_from_the_keyboard(window, qtbot, dialogs, workspace_path):
    ws = window.controller.ws
    maya = person(ws, "Maya")
    panel = open_in_editor(window, "Build")
    chips = panel.assignees
    chips.setFocus()
    dialogs.answer("show_menu", menu_choice("Maya"))
    qtbot.keyClick(chips, Qt.Key.Key_Return)
    build = task_named(ws, "Build").id
    assert now(ws, build).assignments == {maya: 1.0}

    def share_of_maya(menu, position):
        submenu = next(a.menu() for a in menu.actions() if a.text() == "Maya's share")
        next(a for a in submenu.actions() if a.text() == "75 %").trigger()

    dialogs.answer("show_menu", share_of_maya)
    qtbot.keyClick(chips, Qt.Key.Key_Return)
    assert now(ws, build).assignments == {maya: 0.75}
    assert units_shown(panel, maya) == 75
    assert in_file(workspace_path).tasks[build].assignments == {maya: 0.75}
    qtbot.keyClick(chips, Qt.Key.Key_Backspace)  # takes off the last person
    assert now(ws, build).assignments == {}
