"""The columns a project manager expects in the table and the Gantt's tree (ID, WBS, Predecessors, Successors,
Resource names, Work, Cost, baseline dates and variance), typed into with keys, checked in the model and the file;
and the header's column chooser, kept for the next window."""

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from planner.core.baselines import SaveBaseline
from planner.core.commands import AddObject, CreateTask, EditObject, EditTask
from planner.core.filters import SmartList
from planner.core.model import LinkType
from planner.reports.formats import weekday_day
from planner.session import Session
from planner.store.workspace_file import WorkspaceFile
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow
from planner.ui.models.columns import Column, Role


def links_of(ws):
    return {
        (ws.tasks[d.predecessor_id].title, ws.tasks[d.successor_id].title, d.type, d.lag, d.lag_unit)
        for d in ws.dependencies.values()
    }


def reopened(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


def task_id(ws, title):
    return next(t.id for t in ws.tasks.values() if t.title == title)


def cell(view, ws, title, column):
    index = view.index_of_node(("task", task_id(ws, title)), column)
    assert index.isValid()
    return index


def type_into(qtbot, view, index, text):
    """Select the cell, open its editor with F2, type `text` with keys and press Return, as a person would."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def add_launch(window):
    """A fourth task, ID 4 after Brief (1), Design (2) and Build (3)."""
    project = next(iter(window.controller.ws.projects))
    window.controller.run(CreateTask(("project", project), "Launch"))
    view = window.view()
    for column in (Column.ID, Column.PREDECESSORS, Column.SUCCESSORS):
        view.setColumnHidden(column, False)
    return view


def test_ids_and_wbs_number_the_rows_shown(window):
    ws = window.controller.ws
    view = add_launch(window)
    window.controller.run(CreateTask(("task", task_id(ws, "Design")), "Sketch"))
    view.expandAll()
    ids = {t: cell(view, ws, t, Column.ID).data() for t in ("Brief", "Design", "Sketch", "Build", "Launch")}
    assert ids == {"Brief": "1", "Design": "2", "Sketch": "3", "Build": "4", "Launch": "5"}
    assert cell(view, ws, "Sketch", Column.WBS).data() == "2.1"
    project = next(iter(ws.projects))
    window.controller.run(AddObject("project", name="Second"))  # IDs count over the project shown
    window.controller.run(CreateTask(("project", max(ws.projects)), "Elsewhere"))
    assert cell(view, ws, "Launch", Column.ID).data() == "5"
    window.sidebar.select_scope(SmartList.ALL)
    assert view.proxy.source.derived.scope is None
    window.sidebar.select_scope(("project", project))
    assert view.proxy.source.derived.scope == ("project", project)


def test_typing_predecessors_links_the_tasks_and_the_file_keeps_them(window, workspace_path, qtbot):
    ws = window.controller.ws
    view = add_launch(window)
    type_into(qtbot, view, cell(view, ws, "Launch", Column.PREDECESSORS), "2FS+1d; 3SS")
    expected = {("Design", "Launch", LinkType.FS, 480, ""), ("Build", "Launch", LinkType.SS, 0, "")}
    qtbot.waitUntil(lambda: links_of(ws) == expected)
    assert cell(view, ws, "Launch", Column.PREDECESSORS).data() == "2FS+1d; 3SS"
    assert cell(view, ws, "Design", Column.SUCCESSORS).data() == "4FS+1d"
    assert links_of(reopened(workspace_path)) == expected
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one edit, one undo step
    assert links_of(ws) == set()
    assert links_of(reopened(workspace_path)) == set()


def test_typing_successors_links_the_other_way(window, workspace_path, qtbot):
    ws = window.controller.ws
    view = add_launch(window)
    type_into(qtbot, view, cell(view, ws, "Brief", Column.SUCCESSORS), "2; 4FF-10%")
    expected = {("Brief", "Design", LinkType.FS, 0, ""), ("Brief", "Launch", LinkType.FF, -10, "percent")}
    qtbot.waitUntil(lambda: links_of(ws) == expected)
    assert cell(view, ws, "Launch", Column.PREDECESSORS).data() == "1FF-10%"
    assert links_of(reopened(workspace_path)) == expected


def test_a_loop_typed_is_refused_with_the_reason_and_the_links_stay(window, workspace_path, qtbot):
    ws = window.controller.ws
    view = add_launch(window)
    type_into(qtbot, view, cell(view, ws, "Launch", Column.PREDECESSORS), "3")
    qtbot.waitUntil(lambda: len(ws.dependencies) == 1)
    before = links_of(ws)
    type_into(qtbot, view, cell(view, ws, "Build", Column.PREDECESSORS), "1; 4")
    assert links_of(ws) == before
    assert links_of(reopened(workspace_path)) == before
    assert window.message_bar.isVisible()
    assert "close a loop" in window.message_bar.text.text()
    assert "close a loop" in cell(view, ws, "Build", Column.PREDECESSORS).data(Qt.ItemDataRole.ToolTipRole)
    assert cell(view, ws, "Build", Column.PREDECESSORS).data() == ""


def test_a_missing_row_typed_is_refused_and_nothing_is_stored(window, workspace_path, qtbot):
    ws = window.controller.ws
    view = add_launch(window)
    type_into(qtbot, view, cell(view, ws, "Launch", Column.PREDECESSORS), "2; 12")
    assert links_of(ws) == set()
    assert "There is no task with ID 12" in window.message_bar.text.text()
    assert links_of(reopened(workspace_path)) == set()


def test_resource_names_typed_assign_people_with_units(window, workspace_path, qtbot):
    ws = window.controller.ws
    window.controller.run(AddObject("person", name="Maya"))
    window.controller.run(AddObject("person", name="Tom", max_units=2.0))
    view = window.view()
    view.setColumnHidden(Column.RESOURCE_NAMES, False)
    brief = task_id(ws, "Brief")
    type_into(qtbot, view, cell(view, ws, "Brief", Column.RESOURCE_NAMES), "maya[50%]; Tom[150%]")
    maya, tom = task_id_of_person(ws, "Maya"), task_id_of_person(ws, "Tom")
    qtbot.waitUntil(lambda: ws.tasks[brief].assignments == {maya: 0.5, tom: 1.5})
    assert cell(view, ws, "Brief", Column.RESOURCE_NAMES).data() == "Maya[50%]; Tom[150%]"
    assert reopened(workspace_path).tasks[brief].assignments == {maya: 0.5, tom: 1.5}
    type_into(qtbot, view, cell(view, ws, "Brief", Column.RESOURCE_NAMES), "Zoe")
    assert "There is no person named “Zoe”" in window.message_bar.text.text()
    type_into(qtbot, view, cell(view, ws, "Brief", Column.RESOURCE_NAMES), "Maya[120%]")
    assert "at most 100 %" in window.message_bar.text.text()
    assert ws.tasks[brief].assignments == {maya: 0.5, tom: 1.5}
    assert len(ws.people) == 2


def task_id_of_person(ws, name):
    return next(p.id for p in ws.people.values() if p.name == name)


def test_work_cost_and_baseline_columns(window):
    ws = window.controller.ws
    controller = window.controller
    controller.run(AddObject("person", name="Maya", rate=50.0))
    maya = task_id_of_person(ws, "Maya")
    brief = task_id(ws, "Brief")
    controller.run(EditTask(brief, duration=2 * 480, assignments={maya: 0.5}))
    project = next(iter(ws.projects))
    controller.run(SaveBaseline(project, "Agreed", lambda: ws.tasks[brief].start))
    controller.run(EditTask(brief, duration=3 * 480))
    view = window.view()
    assert cell(view, ws, "Brief", Column.WORK).data() == "12h"  # 3 days at 50 %
    assert cell(view, ws, "Brief", Column.COST).data() == "600.00"
    saved = ws.baselines[max(ws.baselines)].tasks[brief]
    assert cell(view, ws, "Brief", Column.BASELINE_FINISH).data() == weekday_day(saved.finish)
    assert cell(view, ws, "Brief", Column.START_VARIANCE).data() == "0d"
    assert cell(view, ws, "Brief", Column.FINISH_VARIANCE).data() == "1d"
    assert cell(view, ws, "Brief", Column.WORK).data(Role.SORT) == 12 * 60


def test_the_column_chooser_is_kept_for_the_next_window(make_window, workspace_path, dialogs, qtbot):
    first = make_window(workspace_path)
    view = first.view()
    assert [c for c in Column if not view.isColumnHidden(c)] == [
        Column.TITLE, Column.STATUS, Column.PRIORITY, Column.ASSIGNEES, Column.START, Column.FINISH,
        Column.DURATION, Column.PERCENT,
    ]  # fmt: skip  # the default set, as before these columns
    chosen = {}

    def pick(menu, _position):
        actions = {a.text(): a for a in menu.actions()}
        actions["ID"].trigger()
        actions["Predecessors"].trigger()
        actions["Priority"].trigger()  # hidden
        chosen["actions"] = list(actions)

    dialogs.answer("show_menu", pick)
    view.header().customContextMenuRequested.emit(QPoint(5, 5))
    assert "Reset" in chosen["actions"]
    view.header().moveSection(view.header().visualIndex(Column.ID), 0)
    first.show_view("gantt")
    gantt_tree = first.views["gantt"].tree
    gantt_tree.setColumnHidden(Column.WBS, False)
    first.close()

    settings = QSettings(first.settings.fileName(), QSettings.Format.IniFormat)
    second = MainWindow(Controller(Session.open(workspace_path)), None, settings)
    qtbot.addWidget(second)
    second.show()
    assert not second.views["gantt"].tree.isColumnHidden(Column.WBS)  # the window opens on the last view
    second.show_view("table")
    view = second.view()
    shown = [view.header().logicalIndex(i) for i in range(view.header().count())]
    shown = [c for c in shown if not view.isColumnHidden(c)]
    assert shown[:2] == [Column.ID, Column.TITLE]
    assert Column.PREDECESSORS in shown and Column.PRIORITY not in shown

    def reset(menu, _position):
        next(a for a in menu.actions() if a.text() == "Reset").trigger()

    dialogs.answer("show_menu", reset)
    view.header().customContextMenuRequested.emit(QPoint(5, 5))
    assert [c for c in Column if not view.isColumnHidden(c)] == [
        Column.TITLE, Column.STATUS, Column.PRIORITY, Column.ASSIGNEES, Column.START, Column.FINISH,
        Column.DURATION, Column.PERCENT,
    ]  # fmt: skip
    assert view.header().logicalIndex(0) == Column.TITLE
    second.close()


def test_columns_added_since_a_header_was_saved_stay_hidden(make_window, workspace_path, qtbot):
    first = make_window(workspace_path)
    first.view().setColumnHidden(Column.ID, False)
    first.close()
    settings = QSettings(first.settings.fileName(), QSettings.Format.IniFormat)
    settings.setValue("table_header_count", int(Column.ID))  # saved when the last column was the one before ID
    second = MainWindow(Controller(Session.open(workspace_path)), None, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.view().isColumnHidden(Column.ID)
    assert not second.view().isColumnHidden(Column.STATUS)
    second.close()


def test_a_summary_rolls_up_its_subtasks_work_and_cost_and_follows_their_edits(window):
    ws = window.controller.ws
    controller = window.controller
    controller.run(AddObject("person", name="Maya", rate=10.0))
    maya = task_id_of_person(ws, "Maya")
    design = task_id(ws, "Design")
    for title in ("Sketch", "Mock-up"):
        controller.run(CreateTask(("task", design), title, duration=480, assignments={maya: 1.0}))
    controller.run(EditTask(design, fixed_cost=5.0))
    view = window.view()
    view.expandAll()
    assert cell(view, ws, "Design", Column.WORK).data() == "16h"
    assert cell(view, ws, "Design", Column.COST).data() == "165.00"
    controller.run(EditTask(task_id(ws, "Sketch"), duration=2 * 480))
    assert cell(view, ws, "Design", Column.WORK).data() == "24h"
    assert cell(view, ws, "Design", Column.COST).data() == "245.00"
    controller.run(EditObject("person", maya, rate=20.0))
    assert cell(view, ws, "Design", Column.COST).data() == "485.00"


def test_predecessors_typed_in_the_gantts_tree(window, workspace_path, qtbot):
    ws = window.controller.ws
    add_launch(window)
    window.show_view("gantt")
    tree = window.views["gantt"].tree
    tree.setColumnHidden(Column.PREDECESSORS, False)
    type_into(qtbot, tree, cell(tree, ws, "Launch", Column.PREDECESSORS), "1SS+2h")
    expected = {("Brief", "Launch", LinkType.SS, 120, "")}
    qtbot.waitUntil(lambda: links_of(ws) == expected)
    assert links_of(reopened(workspace_path)) == expected
    assert cell(tree, ws, "Launch", Column.PREDECESSORS).data() == "1SS+2h"
