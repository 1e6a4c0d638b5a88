"""The People view driven by keys, clicks and its cell editors: people added, edited in place (calendars with
holidays, rates, type, units), sorted, filtered, deleted with the question about their tasks answered both ways,
pasted from a spreadsheet and dragged; each step undone, and the file checked after."""

import json
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QPushButton

from planner.core.commands import AddObject, AssignPerson, EditObject
from planner.core.registers import AddRecord
from planner.store.workspace_file import WorkspaceFile
from planner.ui.assignments import PEOPLE_MIME as PEOPLE_MIME_TYPE
from planner.ui.people.model import Column

MON = datetime(2026, 3, 2, 8, 0)


def on_disk(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


@pytest.fixture
def sheet(window):
    window.show_view("people")
    view = window.view()
    view.table.setFocus()
    return view


def person_id(view, name: str) -> int:
    return next(p.id for p in view.ws.people.values() if p.name == name)


def shown_names(view) -> list[str]:
    return [view.rows.index(row, Column.NAME).data() for row in range(view.rows.rowCount())]


def edit_cell(view, qtbot, pid: int, column: Column):
    """Open the editor of a cell as a double-click would, and give it back."""
    view.select_person(pid, column)
    view.table.edit(view.table.currentIndex())
    return open_editor(view)


def open_editor(view):
    """The editor open in the sheet's current cell."""
    editor = view.table.indexWidget(view.table.currentIndex())
    assert editor is not None, "no editor is open"
    return editor


def commit(view, qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.state() != view.table.State.EditingState)


def add_by_keys(view, qtbot, name: str) -> None:
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    editor = open_editor(view)
    assert isinstance(editor, QLineEdit) and editor.text().startswith("New person")
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    commit(view, qtbot, editor)


def test_three_people_by_keys_with_calendars_and_rates_are_saved_and_each_step_undone(
    sheet, window, workspace_path, qtbot, dialogs
):
    view, controller = sheet, window.controller
    tasks_before = len(controller.ws.tasks)
    for name in ("Maya Ruiz", "Tom Berg", "Ana Diaz"):
        add_by_keys(view, qtbot, name)
    assert len(controller.ws.tasks) == tasks_before  # Insert made people, not tasks
    assert shown_names(view) == ["Ana Diaz", "Maya Ruiz", "Tom Berg"]
    maya, tom, ana = (person_id(view, n) for n in ("Maya Ruiz", "Tom Berg", "Ana Diaz"))
    steps = controller.undo_stack.count()

    rate = edit_cell(view, qtbot, maya, Column.RATE)
    assert isinstance(rate, QDoubleSpinBox) and rate.suffix() == " /h"
    rate.setValue(62.5)
    commit(view, qtbot, rate)
    per_use = edit_cell(view, qtbot, tom, Column.COST_PER_USE)
    per_use.setValue(40)
    commit(view, qtbot, per_use)
    units = edit_cell(view, qtbot, tom, Column.MAX_UNITS)
    assert units.suffix() == " %" and units.value() == 100
    units.setValue(50)
    commit(view, qtbot, units)
    kind = edit_cell(view, qtbot, ana, Column.TYPE)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findText("Material"))
    commit(view, qtbot, kind)

    def in_bavaria(dialog):
        dialog.country.setCurrentIndex(dialog.country.findData("DE"))
        dialog.region.setCurrentIndex(dialog.region.findData("BY"))
        dialog._add_day(date(2026, 3, 4))
        return True

    dialogs.answer("run", in_bavaria)
    calendar = edit_cell(view, qtbot, maya, Column.CALENDAR)
    assert [calendar.itemText(i) for i in range(calendar.count())] == ["Workspace calendar", "Own calendar…"]
    calendar.setCurrentIndex(1)
    commit(view, qtbot, calendar)
    ws = controller.ws
    own = ws.calendars[ws.people[maya].calendar_id]
    assert (own.holiday_country, own.holiday_subdivision) == ("DE", "BY")
    assert view.rows.index(view.rows.mapFromSource(view.model.index(view.model.row_of(maya), 0)).row(),
                           Column.CALENDAR).data() == "Maya Ruiz's calendar"  # fmt: skip
    assert controller.undo_stack.count() == steps + 5

    saved = on_disk(workspace_path)
    people = {p.name: p for p in saved.people.values()}
    assert set(people) == {"Maya Ruiz", "Tom Berg", "Ana Diaz"}
    assert (people["Maya Ruiz"].rate, people["Tom Berg"].cost_per_use, people["Tom Berg"].max_units) == (62.5, 40, 0.5)
    assert people["Ana Diaz"].resource_type == "material"
    stored = saved.calendars[people["Maya Ruiz"].calendar_id]
    assert not stored.is_working_day(date(2026, 1, 6))  # Epiphany, a public holiday in Bavaria
    assert not stored.is_working_day(date(2026, 3, 4))  # her day off

    # Each step back, one at a time: the calendar, the type, the units, the cost per use, the rate, then each
    # person's name and the person.
    window.undo_action.trigger()
    assert ws.people[maya].calendar_id is None
    window.undo_action.trigger()
    assert ws.people[ana].resource_type == "work"
    window.undo_action.trigger()
    assert ws.people[tom].max_units == 1.0
    window.undo_action.trigger()
    assert ws.people[tom].cost_per_use == 0
    window.undo_action.trigger()
    assert ws.people[maya].rate == 0
    for name, left in (("Ana Diaz", 3), ("New person 3", 2), ("Tom Berg", 2), ("New person 2", 1)):
        window.undo_action.trigger()
        assert len(ws.people) == left and name not in {p.name for p in ws.people.values()}
    window.undo_action.trigger()
    assert [p.name for p in ws.people.values()] == ["New person"]
    window.undo_action.trigger()
    assert not on_disk(workspace_path).people
    assert shown_names(view) == []


def test_new_rows_get_unique_names_and_a_duplicate_name_is_refused(sheet, window, qtbot):
    view = sheet
    view.add_button.click()
    commit(view, qtbot, open_editor(view))  # keep the name offered
    add_by_keys(view, qtbot, "Zoe")  # the row in edit when Insert is pressed again is another one
    view.add_button.click()
    commit(view, qtbot, open_editor(view))
    assert sorted(p.name for p in view.ws.people.values()) == ["New person", "New person 2", "Zoe"]
    editor = edit_cell(view, qtbot, person_id(view, "Zoe"), Column.NAME)
    editor.setText(" new PERSON ")
    commit(view, qtbot, editor)
    assert "new PERSON: there is already a person of that name" in window.message_bar.text.text()
    assert "Zoe" in {p.name for p in view.ws.people.values()}


def test_sorting_by_a_column_and_filtering(sheet, window, qtbot):
    controller, view = window.controller, sheet
    for name, capacity, role in (("Ben", 6, "Tester"), ("Ada", 4, "Designer"), ("Cy", 8, "Developer")):
        controller.run(AddObject("person", name=name, capacity=capacity, role=role))
    assert shown_names(view) == ["Ada", "Ben", "Cy"]
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, Column.CAPACITY))
    assert shown_names(view) == ["Ada", "Ben", "Cy"]  # 4, 6, 8 h
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, Column.CAPACITY))
    assert shown_names(view) == ["Cy", "Ben", "Ada"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, Column.ROLE))
    assert shown_names(view) == ["Ada", "Cy", "Ben"]  # Designer, Developer, Tester
    qtbot.keyClicks(view.filter, "dev")
    assert shown_names(view) == ["Cy"]
    view.filter.clear()
    assert len(shown_names(view)) == 3


def _section_centre(header, column):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)


def assigned_team(window):
    """Ada on the first two tasks, Ben on the first; Ada's logged hour on the first."""
    controller = window.controller
    for name in ("Ada", "Ben"):
        controller.run(AddObject("person", name=name))
    ws = controller.ws
    ada, ben = (next(p.id for p in ws.people.values() if p.name == n) for n in ("Ada", "Ben"))
    first, second, _ = sorted(ws.tasks)
    controller.run(AssignPerson(first, ada, 0.5))
    controller.run(AssignPerson(second, ada, 1.0))
    controller.run(AssignPerson(first, ben, 1.0))
    controller.run(AddRecord("time_entry", task_id=first, person_id=ada, start=MON, minutes=60))
    return ada, ben, first, second


def test_deleting_a_person_asks_about_their_tasks_and_both_answers_work(sheet, window, workspace_path, qtbot, dialogs):
    view, ws = sheet, window.controller.ws
    ada, ben, first, second = assigned_team(window)
    assert view.rows.index(0, Column.ASSIGNED).data() == "2"  # Ada, first by name

    dialogs.answer("ask_choice", lambda parent, title, label, items: items[0])
    view.select_person(ada)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    (_, _title, label, items) = dialogs.args("ask_choice")[-1]
    assert items == ["Remove them from 2 tasks", "Give their tasks to Ben"]
    assert "Ada is assigned to 2 tasks" in label and "Their logged time (1 hour) stays" in label
    assert ada not in ws.people
    assert (ws.tasks[first].assignments, ws.tasks[second].assignments) == ({ben: 1.0}, {})
    [entry] = on_disk(workspace_path).time_entries.values()
    assert entry.minutes == 60  # the time she logged is kept
    window.undo_action.trigger()
    assert ws.tasks[second].assignments == {ada: 1.0}

    dialogs.answer("ask_choice", lambda parent, title, label, items: items[1])
    view.select_person(ada)
    view.delete_button.click()
    assert (ws.tasks[first].assignments, ws.tasks[second].assignments) == ({ben: 1.0}, {ben: 1.0})
    saved = on_disk(workspace_path)
    assert set(saved.people) == {ben} and saved.tasks[second].assignments == {ben: 1.0}
    window.undo_action.trigger()
    assert on_disk(workspace_path).tasks[second].assignments == {ada: 1.0}

    dialogs.answer("ask_choice", None)  # cancelled: nothing happens
    view.select_person(ada)
    view.delete_button.click()
    assert ada in ws.people


def test_a_person_without_tasks_is_deleted_without_a_question(sheet, window, qtbot):
    window.controller.run(AddObject("person", name="Idle"))
    sheet.select_person(person_id(sheet, "Idle"))
    qtbot.keyClick(sheet.table, Qt.Key.Key_Delete)
    assert not sheet.ws.people
    assert len(window.controller.ws.tasks) == 3  # the window's Delete (of tasks) did not run


def test_pasting_a_spreadsheet_column_creates_people_in_one_step(sheet, window, workspace_path, qtbot):
    header = "Name\tInitials\tRole\tE-mail\tCapacity\tRate\n"
    rows = "Ana Diaz\tAD\tDesigner\tana@example.org\t6\t55\nBen Cole\nCy Park\t\tTester\n"
    QGuiApplication.clipboard().setText(header + rows)
    steps = window.controller.undo_stack.count()
    qtbot.keyClick(sheet.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert shown_names(sheet) == ["Ana Diaz", "Ben Cole", "Cy Park"]
    assert window.controller.undo_stack.count() == steps + 1
    ana = on_disk(workspace_path).people[person_id(sheet, "Ana Diaz")]
    assert (ana.initials, ana.role, ana.email, ana.capacity, ana.rate) == ("AD", "Designer", "ana@example.org", 6, 55)
    window.undo_action.trigger()
    assert not sheet.ws.people and not on_disk(workspace_path).people


def test_a_paste_with_a_name_already_there_stores_nobody(sheet, window, qtbot):
    window.controller.run(AddObject("person", name="Ben Cole"))
    QGuiApplication.clipboard().setText("Ana\nben cole\n")
    qtbot.keyClick(sheet.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "ben cole: there is already a person of that name" in window.message_bar.text.text()
    assert [p.name for p in sheet.ws.people.values()] == ["Ben Cole"]


def test_rows_drag_as_a_json_list_of_person_ids(sheet, window, qtbot):
    for name in ("Ada", "Ben", "Cy"):
        window.controller.run(AddObject("person", name=name))
    table = sheet.table
    table.selectRow(0)
    table.selectionModel().select(sheet.rows.index(2, 0), table.selectionModel().SelectionFlag.Select
                                  | table.selectionModel().SelectionFlag.Rows)  # fmt: skip
    indexes = table.selectionModel().selectedIndexes()
    data = sheet.rows.mimeData(indexes)
    assert PEOPLE_MIME_TYPE in data.formats() and sheet.rows.mimeTypes() == [PEOPLE_MIME_TYPE]
    ids = json.loads(bytes(data.data(PEOPLE_MIME_TYPE)).decode("utf-8"))
    assert [sheet.ws.people[i].name for i in ids] == ["Ada", "Cy"]
    assert sheet.rows.flags(sheet.rows.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_the_people_model_passes_the_model_tester(sheet, window, qtmodeltester):
    for name in ("Ada", "Ben"):
        window.controller.run(AddObject("person", name=name))
    window.controller.run(EditObject("person", person_id(sheet, "Ben"), resource_type="cost"))
    qtmodeltester.check(sheet.model)


def test_people_can_be_added_in_a_new_empty_workspace_without_the_task_editor(make_window, tmp_path, qtbot):
    window = make_window(tmp_path / "new.planner")
    assert window.stack.currentWidget() is window.welcome  # the task views wait for a first area or project
    button = next(b for b in window.welcome.findChildren(QPushButton) if "Add your team" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = window.view()
    assert window.stack.currentWidget() is view and not window.editor.isVisible()
    add_by_keys(view, qtbot, "Maya Ruiz")
    assert [p.name for p in on_disk(tmp_path / "new.planner").people.values()] == ["Maya Ruiz"]
    window.show_view("table")
    assert window.stack.currentWidget() is window.welcome
