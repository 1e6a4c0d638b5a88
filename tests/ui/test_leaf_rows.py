"""Leaf tasks tell Qt's trees they have no children (`Qt.ItemNeverHasChildren`, so laying out 100,000 rows skips
asking `hasChildren` for each): a leaf that gains children (an indent under it, a new subtask, the undo of an
outdent) must then show them in the table and in the Gantt's tree, and the flag must never contradict
`hasChildren` or `rowCount` (Qt's contract), whatever the edits."""

from datetime import datetime

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, IndentTasks, OutdentTasks
from planner.store.workspace_file import WorkspaceFile
from planner.ui.models.columns import Role

START = datetime(2026, 3, 2, 8)  # a Monday
DAY = 480
NEVER = Qt.ItemFlag.ItemNeverHasChildren


def tree_of(window):
    view = window.view()
    return getattr(view, "tree", view)  # the Gantt's tree, or the table itself


def task_id(ws, title):
    return next(t.id for t in ws.tasks.values() if t.title == title)


def row_of(tree, ident) -> QModelIndex:
    return tree.index_of_node(("task", ident))


def shown_below(tree, index) -> str | None:
    below = tree.indexBelow(index)
    return below.data() if below.isValid() and tree.visualRect(below).isValid() else None


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifiers)


@pytest.fixture(params=["table", "gantt"])
def plan(request, make_window, workspace_path, qtbot):
    """A project of three leaf tasks, Design, Build and Test, shown in the table or the Gantt, the tree focused."""
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    controller.run(Batch([CreateTask(key, title, duration=DAY) for title in ("Design", "Build", "Test")]))
    controller.clear_history()
    window.sidebar.select_scope(key)
    window.show_view(request.param)
    window.activateWindow()
    qtbot.waitActive(window)
    tree = tree_of(window)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    return window, tree


def focus_row(tree, qtbot, ident) -> QModelIndex:
    window = tree.window()
    window.view().select_task(ident)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    return row_of(tree, ident)


def test_a_leaf_given_a_child_by_indent_shows_it_when_expanded(plan, qtbot, workspace_path):
    window, tree = plan
    ws = window.controller.ws
    design, build = task_id(ws, "Design"), task_id(ws, "Build")
    assert tree.model().flags(row_of(tree, design)) & NEVER  # a leaf says so, or nothing here is tested

    focus_row(tree, qtbot, build)
    window.indent_action.trigger()  # the toolbar's Indent
    assert ws.tasks[build].parent_id == design

    index = row_of(tree, design)
    assert not tree.model().flags(index) & NEVER
    tree.collapse(index)
    assert shown_below(tree, index) == "Test"
    focus_row(tree, qtbot, design)
    tree.collapse(row_of(tree, design))
    press(qtbot, Qt.Key.Key_Right)  # expand from the keyboard: Qt asks the flags and hasChildren again
    assert tree.isExpanded(row_of(tree, design))
    assert shown_below(tree, row_of(tree, design)) == "Build"
    with WorkspaceFile.open_read_only(workspace_path) as file:
        assert file.load().tasks[build].parent_id == design


def test_a_new_subtask_under_a_leaf_shows_when_it_is_expanded(plan, qtbot):
    window, tree = plan
    controller = window.controller
    design = task_id(controller.ws, "Design")
    focus_row(tree, qtbot, design)
    controller.run(CreateTask(("task", design), "Sketch", duration=DAY))  # no selection follows it

    index = row_of(tree, design)
    assert tree.model().hasChildren(index) and not tree.model().flags(index) & NEVER
    press(qtbot, Qt.Key.Key_Right)
    assert tree.isExpanded(row_of(tree, design))
    assert shown_below(tree, row_of(tree, design)) == "Sketch"


def test_undoing_an_outdent_gives_the_leaf_its_child_back(plan, qtbot):
    window, tree = plan
    controller = window.controller
    design, build = task_id(controller.ws, "Design"), task_id(controller.ws, "Build")
    controller.run(IndentTasks([build]))
    controller.run(OutdentTasks([build]))
    assert tree.model().flags(row_of(tree, design)) & NEVER  # a leaf again

    focus_row(tree, qtbot, design)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the outdent
    assert controller.ws.tasks[build].parent_id == design
    focus_row(tree, qtbot, design)
    tree.collapse(row_of(tree, design))
    press(qtbot, Qt.Key.Key_Right)
    assert shown_below(tree, row_of(tree, design)) == "Build"


def flags_agree(model, parent=QModelIndex()) -> None:
    """Every row under `parent`: the flag set exactly when the row is a task without children."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        leaf = not model.hasChildren(index)
        is_task = index.data(Role.TASK_ID) is not None
        assert bool(model.flags(index) & NEVER) == (leaf and is_task), index.data()
        if leaf:
            assert model.rowCount(index) == 0
        else:
            flags_agree(model, index)


EDITS = st.lists(st.tuples(st.sampled_from(["indent", "outdent", "subtask", "undo"]), st.integers(0, 30)),
                 max_size=12)  # fmt: skip


def test_the_flag_agrees_with_has_children_after_any_edits(make_window, workspace_path):
    window = make_window(workspace_path)  # one window: a project of six leaves made afresh for each example
    controller = window.controller

    @settings(max_examples=15, deadline=None, phases=[Phase.generate, Phase.shrink])
    @given(edits=EDITS)
    def check(edits):
        project = AddObject("project", name="P", start=START)
        controller.run(project)
        key = ("project", project.id)
        controller.run(Batch([CreateTask(key, f"T{n}", duration=DAY) for n in range(6)]))
        controller.clear_history()  # undo takes back this example's edits only
        window.sidebar.select_scope(key)
        window.show_view("gantt")
        tree_of(window).expandAll()
        for what, pick in edits:
            ids = [t.id for t in controller.ws.tasks.values() if t.project_id == project.id]
            ident = ids[pick % len(ids)]
            if what == "indent":
                controller.run(IndentTasks([ident]))
            elif what == "outdent":
                controller.run(OutdentTasks([ident]))
            elif what == "subtask":
                controller.run(CreateTask(("task", ident), "sub", duration=DAY))
            elif controller.undo_stack.canUndo():
                controller.undo_stack.undo()
            for model in (window.proxy, window.proxy.source):
                flags_agree(model)

    check()
