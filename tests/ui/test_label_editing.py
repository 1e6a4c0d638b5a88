"""Labels driven as a person would, in the Labels dialog and in the task editor's chips: typing, keys, clicks and
menus; each change checked in the workspace, in the file the window writes, and in the views that show labels
(board cards, the table's Labels column, the filter bar, the editor), and undone."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from planner.core.command import Batch
from planner.core.commands import AddObject, EditObject, EditTask
from planner.store.workspace_file import WorkspaceFile
from planner.ui.label_chips import LabelChips
from planner.ui.labels_dialog import LabelsDialog
from planner.ui.models.columns import Column, Role


def saved(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


def task_id(ws, title: str) -> int:
    return next(t.id for t in ws.tasks.values() if t.title == title)


def label_id(ws, name: str) -> int:
    return next(label.id for label in ws.labels.values() if label.name == name)


def names_on(ws, title: str) -> set[str]:
    return {ws.labels[i].name for i in ws.tasks[task_id(ws, title)].labels}


@pytest.fixture
def labelled(window):
    """The window's three tasks with labels: Brief has Bug, Design has Bug and Idea, Build has Later."""
    controller = window.controller
    adds = [
        AddObject("label", name=n, color=c) for n, c in (("Bug", "#dc2626"), ("Idea", "#16a34a"), ("Later", "#6b7280"))
    ]
    controller.run(Batch(adds, "Seed labels"))
    ws = controller.ws
    bug, idea, later = (a.id for a in adds)
    for title, labels in (("Brief", {bug}), ("Design", {bug, idea}), ("Build", {later})):
        controller.run(EditTask(task_id(ws, title), labels=labels))
    controller.clear_history()
    return window


@pytest.fixture
def dialog(labelled, qtbot) -> LabelsDialog:
    dialog = LabelsDialog(labelled.controller, labelled)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


def rows(dialog: LabelsDialog) -> list[tuple[str, str]]:
    return [
        (item.text(0), item.text(1)) for item in map(dialog.list.topLevelItem, range(dialog.list.topLevelItemCount()))
    ]


def click_row(dialog: LabelsDialog, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    item = dialog.item_of(label_id(dialog.controller.ws, name))
    rect = dialog.list.visualItemRect(item)
    QTest.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def rename_in_place(dialog: LabelsDialog, qtbot, name: str, new: str, start=None) -> None:
    """Select the row `name`, open its editor (F2 unless `start` is given), type `new` and press Enter."""
    click_row(dialog, name)
    if start is None:
        QTest.keyClick(dialog.list, Qt.Key.Key_F2)
    else:
        start()

    def editors():
        return [e for e in dialog.list.viewport().findChildren(QLineEdit) if e.isVisible()]

    # A click on a row already selected starts the rename itself, after the double-click time (as in a file
    # manager); F2 or the Rename button open it at once otherwise.
    qtbot.waitUntil(lambda: len(editors()) == 1)
    [editor] = editors()
    editor.selectAll()
    QTest.keyClicks(editor, new)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def menu_choice(text: str):
    """An answer to `show_menu` that picks the entry `text`, as a click on it would."""

    def pick(menu, position):
        next(action for action in menu.actions() if action.text() == text).trigger()

    return pick


def test_the_list_shows_each_label_with_the_number_of_tasks_using_it(dialog):
    assert rows(dialog) == [("Bug", "2"), ("Idea", "1"), ("Later", "1")]
    assert not dialog.item_of(label_id(dialog.controller.ws, "Bug")).icon(0).isNull()


def test_a_label_is_created_from_the_edit_menu_and_saved(labelled, dialogs, qtbot, workspace_path):
    def create_one(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        QTest.keyClicks(dialog.new_name, "Waiting")
        QTest.keyClick(dialog.new_name, Qt.Key.Key_Return)
        assert ("Waiting", "0") in rows(dialog)
        assert dialog.selected_ids() == [label_id(dialog.controller.ws, "Waiting")]
        return False

    dialogs.answer("run", create_one)
    labelled.labels_action.trigger()
    ws = labelled.controller.ws
    new = ws.labels[label_id(ws, "Waiting")]
    assert new.color not in {"#dc2626", "#16a34a", "#6b7280"}  # the first palette colour not used yet
    assert {label.name for label in saved(workspace_path).labels.values()} == {"Bug", "Idea", "Later", "Waiting"}
    assert labelled.filter_bar.label.findText("Waiting") >= 0  # the filter bar offers it at once


def test_a_duplicate_or_empty_name_is_refused_in_place_with_the_reason(dialog, qtbot):
    QTest.keyClicks(dialog.new_name, "bug")
    QTest.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert dialog.error.isVisible()
    assert "There is a label “Bug” already" in dialog.error.text()
    assert dialog.new_name.text() == "bug"  # kept, to correct
    assert len(dialog.controller.ws.labels) == 3
    rename_in_place(dialog, qtbot, "Later", "IDEA")
    assert "There is a label “Idea” already" in dialog.error.text()
    assert [name for name, _ in rows(dialog)] == ["Bug", "Idea", "Later"]  # the name that stands is shown again
    rename_in_place(dialog, qtbot, "Later", "   ", start=dialog.rename_button.click)  # the button: the same editor
    assert dialog.error.text() == "A label needs a name"
    assert sorted(label.name for label in dialog.controller.ws.labels.values()) == ["Bug", "Idea", "Later"]


def test_a_rename_in_place_shows_at_once_on_the_board_in_the_table_and_in_the_file(
    labelled, dialog, qtbot, workspace_path
):
    labelled.show_view("board")
    board = labelled.view()
    design = task_id(labelled.controller.ws, "Design")
    assert ("Bug", "#dc2626") in board.board.card(design).labels
    rename_in_place(dialog, qtbot, "Bug", "Defect")
    ws = labelled.controller.ws
    assert names_on(ws, "Design") == {"Defect", "Idea"}
    assert not dialog.error.isVisible()
    assert rows(dialog)[0] == ("Defect", "2")
    assert ("Defect", "#dc2626") in board.board.card(design).labels
    labelled.show_view("table")
    table = labelled.view()
    table.setColumnHidden(Column.LABELS, False)
    index = table.index_of_node(("task", design), Column.LABELS)
    assert index.data() == "Defect, Idea"
    assert index.data(Role.LABELS) == (("Defect", "#dc2626"), ("Idea", "#16a34a"))
    assert {label.name for label in saved(workspace_path).labels.values()} == {"Defect", "Idea", "Later"}


def test_recolouring_from_the_palette_and_a_custom_colour_shows_on_cards_and_in_the_table(labelled, dialog, dialogs):
    labelled.show_view("board")
    board = labelled.view()
    ws = labelled.controller.ws
    brief = task_id(ws, "Brief")
    click_row(dialog, "Bug")
    dialogs.answer("show_menu", menu_choice("Teal"))
    dialog.color_button.click()
    assert ws.labels[label_id(ws, "Bug")].color == "#0891b2"
    assert board.board.card(brief).labels == (("Bug", "#0891b2"),)
    cell = board.cell_views[next(key for key in board.cell_views if brief in board.cell_views[key].model().ids)]
    image = cell.grab().toImage()
    teal = QColor("#0891b2")
    assert any(image.pixelColor(x, y) == teal for x in range(0, image.width(), 2) for y in range(image.height()))
    dialogs.answer("show_menu", menu_choice("Custom…"))
    dialogs.answer("choose_color", QColor("#123456"))
    dialog.color_button.click()
    assert ws.labels[label_id(ws, "Bug")].color == "#123456"
    labelled.show_view("table")
    table = labelled.view()
    index = table.index_of_node(("task", brief), Column.LABELS)
    assert index.data(Role.LABELS) == (("Bug", "#123456"),)
    dialog.undo_button.click()
    assert ws.labels[label_id(ws, "Bug")].color == "#0891b2"


def test_merging_gives_their_tasks_the_kept_label_and_one_undo_brings_both_back(
    labelled, dialog, dialogs, workspace_path
):
    ws = labelled.controller.ws
    click_row(dialog, "Idea")
    click_row(dialog, "Later", Qt.KeyboardModifier.ControlModifier)
    assert dialog.merge_button.isEnabled()
    dialogs.answer("ask_choice", "Later")
    dialog.merge_button.click()
    assert dialogs.args("ask_choice")[0][3] == ["Idea", "Later"]
    assert rows(dialog) == [("Bug", "2"), ("Later", "2")]
    assert names_on(ws, "Design") == {"Bug", "Later"} and names_on(ws, "Build") == {"Later"}
    assert {label.name for label in saved(workspace_path).labels.values()} == {"Bug", "Later"}
    dialog.undo_button.click()
    assert rows(dialog) == [("Bug", "2"), ("Idea", "1"), ("Later", "1")]
    assert names_on(ws, "Design") == {"Bug", "Idea"} and names_on(ws, "Build") == {"Later"}
    file = saved(workspace_path)
    assert {file.labels[i].name for i in file.tasks[task_id(ws, "Design")].labels} == {"Bug", "Idea"}


def test_deleting_says_how_many_tasks_lose_the_label_and_the_filter_lets_go_of_it(labelled, dialog, dialogs):
    ws = labelled.controller.ws
    bar = labelled.filter_bar
    bar.label.setCurrentIndex(bar.label.findText("Bug"))
    assert labelled.proxy.rowCount() > 0
    click_row(dialog, "Bug")
    dialogs.answer("ask_yes_no", True)
    QTest.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialogs.args("ask_yes_no")[0][2] == "Delete the label “Bug”? 2 tasks lose it. You can undo this."
    assert [name for name, _ in rows(dialog)] == ["Idea", "Later"]
    assert names_on(ws, "Brief") == set()
    assert bar.label.currentIndex() == 0  # "Any label": the filter no longer hides every task
    assert labelled.proxy.filter.label_ids == frozenset()
    dialog.undo_button.click()
    assert names_on(ws, "Brief") == {"Bug"} and rows(dialog)[0] == ("Bug", "2")


def test_the_labels_dialog_opens_from_the_filter_bar_and_the_sidebar(labelled, dialogs):
    dialogs.answer("run", False, False)
    labelled.filter_bar.labels_button.click()
    dialogs.answer("show_menu", menu_choice("&Labels…"))
    labelled.sidebar.context_menu_requested.emit(None, QPoint(0, 0))
    assert [type(args[0]).__name__ for args in dialogs.args("run")] == ["LabelsDialog", "LabelsDialog"]


# -- the task editor's chips ----------------------------------------------------------------------------
@pytest.fixture
def chips(labelled) -> LabelChips:
    labelled.view().select_task(task_id(labelled.controller.ws, "Design"))
    chips = labelled.editor.labels
    assert chips.isVisible()
    return chips


def chip_texts(chips: LabelChips) -> list[str]:
    return [label.name if label else "+ Label" for _, label in chips.chip_rects()]


def click_close(chips: LabelChips, name: str) -> None:
    rect = next(rect for rect, label in chips.chip_rects() if label and label.name == name)
    QTest.mouseClick(
        chips, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(rect.right() - 3, rect.center().y())
    )


def test_the_editor_shows_the_tasks_labels_as_chips_and_a_way_to_add_one(chips):
    assert chip_texts(chips) == ["Bug", "Idea", "+ Label"]
    assert chips.height() >= chips.chip_rects()[-1][0].bottom()
    assert not chips.grab().isNull()


def test_a_label_is_added_from_the_menu_and_taken_off_with_its_cross_each_undoable(
    labelled, chips, dialogs, workspace_path
):
    ws = labelled.controller.ws
    dialogs.answer("show_menu", menu_choice("Later"))
    add = chips.chip_rects()[-1][0]
    QTest.mouseClick(chips, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, add.center())
    assert [
        action for action in dialogs.args("show_menu")[0][0].actions() if action.text() == "Bug"
    ] == []  # only others
    assert names_on(ws, "Design") == {"Bug", "Idea", "Later"}
    assert chip_texts(chips) == ["Bug", "Idea", "Later", "+ Label"]
    click_close(chips, "Bug")
    assert names_on(ws, "Design") == {"Idea", "Later"}
    file = saved(workspace_path)
    assert {file.labels[i].name for i in file.tasks[task_id(ws, "Design")].labels} == {"Idea", "Later"}
    labelled.undo_action.trigger()
    labelled.undo_action.trigger()
    assert names_on(ws, "Design") == {"Bug", "Idea"}
    assert chip_texts(chips) == ["Bug", "Idea", "+ Label"]


def test_a_click_on_a_chips_name_does_not_take_it_off(labelled, chips):
    rect = chips.chip_rects()[0][0]
    QTest.mouseClick(
        chips, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(rect.left() + 4, rect.center().y())
    )
    assert names_on(labelled.controller.ws, "Design") == {"Bug", "Idea"}


def test_keys_open_the_menu_and_take_off_the_last_label(labelled, chips, dialogs):
    chips.setFocus()
    QTest.keyClick(chips, Qt.Key.Key_Backspace)
    assert names_on(labelled.controller.ws, "Design") == {"Bug"}
    dialogs.answer("show_menu", menu_choice("Idea"))
    QTest.keyClick(chips, Qt.Key.Key_Space)
    assert names_on(labelled.controller.ws, "Design") == {"Bug", "Idea"}


def test_a_rename_elsewhere_shows_in_the_chips_at_once(labelled, chips):
    ws = labelled.controller.ws
    labelled.controller.run(
        EditObject("label", next(i for i, lab in ws.labels.items() if lab.name == "Idea"), name="Aha")
    )
    assert chip_texts(chips) == ["Aha", "Bug", "+ Label"]
