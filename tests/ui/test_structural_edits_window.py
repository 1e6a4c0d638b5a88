"""Structural edits made in the window (a new task, indent, outdent, delete, a new link) with the table in front:
the rows, the selection and the file afterwards. The tree model keeps whether each task row is a leaf across an edit
and forgets it only for the tasks whose lists the edit changed (or all, when a routine or an occurrence changed):
after every edit, undo and redo each kept answer is the one a new model gives."""

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from routine_plan import routine_and_plain

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditTask, IndentTasks, LinkTasks, MoveTask
from planner.store.workspace_file import WorkspaceFile
from planner.ui.models.task_tree import TaskTreeModel

START = datetime(2026, 3, 2, 8)  # a Monday
DAY = 480
NEVER = Qt.ItemFlag.ItemNeverHasChildren


def kept_leaves_as_new(model: TaskTreeModel) -> bool:
    """Whether every leaf answer the model keeps is what a new model on the same workspace says."""
    fresh = TaskTreeModel(model.controller)
    model.controller.changes_applied.disconnect(fresh.apply_changes)
    return all(leaf == (not fresh.may_have_children(("task", key >> 2))) for key, leaf in model._leaf.items())


def titles_under(model, index=QModelIndex()) -> list[str]:
    return [model.index(row, 0, index).data() for row in range(model.rowCount(index))]


def task_id(ws, title) -> int:
    return next(t.id for t in ws.tasks.values() if t.title == title)


def saved(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


def test_new_task_indent_outdent_delete_and_link_from_the_edit_menu(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    controller, source = window.controller, window.model
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    build, test = CreateTask(key, "Build"), CreateTask(key, "Test")
    controller.run(Batch([build, test]))
    controller.run(Batch([CreateTask(("task", build.id), t, duration=DAY) for t in ("Frame", "Walls", "Roof")]))
    controller.run(Batch([CreateTask(("task", test.id), t, duration=DAY) for t in ("Load", "Leaks")]))
    controller.clear_history()
    window.sidebar.select_scope(key)
    window.show_view("table")
    view = window.view()
    model, row = view.model(), view.index_of_node  # what the table shows: the tree model, or the proxy
    ws = controller.ws
    window.activateWindow()
    qtbot.waitActive(window)
    view.expandAll()
    view.collapse(row(("task", test.id)))  # one summary folded: it stays so through the edits
    checks = []
    controller.changes_applied.connect(lambda _: checks.append(kept_leaves_as_new(source)))

    view.select_task(task_id(ws, "Walls"))
    window.new_task_action.trigger()  # Ctrl+N: below the selected task, its title's editor opened
    assert view.state() == view.State.EditingState
    editor = view.findChild(QLineEdit)
    assert editor is not None, QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # the title kept as it is
    assert view.state() != view.State.EditingState
    new = max(ws.tasks)
    assert titles_under(model, row(("task", build.id))) == ["Frame", "Walls", "New task", "Roof"]
    assert view.selected_task_ids() == [new]
    assert saved(workspace_path).tasks[new].parent_id == build.id

    view.select_task(task_id(ws, "Roof"))
    window.indent_action.trigger()  # under the new task, which becomes a summary
    walls_row = row(("task", new))
    assert model.hasChildren(walls_row) and not model.flags(walls_row) & NEVER
    assert titles_under(model, walls_row) == ["Roof"]
    assert view.selected_task_ids() == [task_id(ws, "Roof")]
    assert saved(workspace_path).tasks[task_id(ws, "Roof")].parent_id == new

    window.outdent_action.trigger()  # back beside it: a leaf again
    assert model.flags(row(("task", new))) & NEVER
    assert titles_under(model, row(("task", build.id))) == ["Frame", "Walls", "New task", "Roof"]
    assert saved(workspace_path).tasks[task_id(ws, "Roof")].parent_id == build.id

    view.select_task(new)
    window.delete_action.trigger()
    assert titles_under(model, row(("task", build.id))) == ["Frame", "Walls", "Roof"]
    assert new not in saved(workspace_path).tasks

    frame, load = task_id(ws, "Frame"), task_id(ws, "Load")
    assert controller.run(LinkTasks(frame, load))  # no rows move: only dates
    assert saved(workspace_path).tasks[load].start >= ws.tasks[frame].finish
    assert not view.isExpanded(row(("task", test.id)))
    assert view.isExpanded(row(("task", build.id)))
    assert titles_under(model, row(("task", test.id))) == ["Load", "Leaks"]

    for _ in range(5):
        controller.undo_stack.undo()
    assert titles_under(model, row(("task", build.id))) == ["Frame", "Walls", "Roof"]
    for _ in range(5):
        controller.undo_stack.redo()
    assert len(checks) == 15 and all(checks)


def test_the_kept_leaves_after_edits_near_routines(make_window, tmp_path):
    """A routine's occurrences show under it: an edit of a routine or an occurrence forgets every kept answer."""
    window = make_window(tmp_path / "unused.planner", sample=True)
    model, controller = window.model, window.controller
    ws = controller.ws
    routine, occurrences, plain = routine_and_plain(ws)
    window.view().expandAll()
    checks = []
    controller.changes_applied.connect(lambda _: checks.append(kept_leaves_as_new(model)))
    later = occurrences[-1].start + timedelta(days=3)
    steps = [
        EditTask(occurrences[0].id, start=later, finish=later + timedelta(hours=1)),  # now the last under its routine
        DeleteTasks([occurrences[2].id]),
        DeleteTasks([t.id for t in occurrences[3:]]),
        EditTask(occurrences[1].id, routine_id=None),  # no longer an occurrence: shown beside its routine
        EditTask(occurrences[0].id, routine_id=None),  # the last: the routine has no rows under it now
        MoveTask(plain[2], ("task", routine), 0),  # and now one
        IndentTasks([plain[3]]),
        CreateTask(("task", plain[4]), "Sub", duration=DAY),
        DeleteTasks([plain[5]]),
    ]
    errors = []
    controller.error_occurred.connect(errors.append)
    for step in steps:
        assert controller.run(step), errors
    for _ in steps:
        controller.undo_stack.undo()
    for _ in steps:
        controller.undo_stack.redo()
    assert len(checks) == 3 * len(steps) and all(checks)


def test_a_summary_whose_last_subtask_goes_is_a_leaf_again(make_window, workspace_path):
    window = make_window(workspace_path)
    controller, source = window.controller, window.model
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    build = CreateTask(key, "Build")
    controller.run(build)
    only = CreateTask(("task", build.id), "Only", duration=DAY)
    controller.run(only)
    window.sidebar.select_scope(key)
    window.show_view("table")
    view = window.view()
    view.expandAll()
    model, row = view.model(), view.index_of_node
    assert not model.flags(row(("task", build.id))) & NEVER
    checks = []
    controller.changes_applied.connect(lambda _: checks.append(kept_leaves_as_new(source)))

    controller.run(DeleteTasks([only.id]))
    assert model.flags(row(("task", build.id))) & NEVER
    controller.undo_stack.undo()
    assert not model.flags(row(("task", build.id))) & NEVER
    assert titles_under(model, row(("task", build.id))) == ["Only"]
    controller.run(MoveTask(only.id, key, 0))  # moved out: a leaf again
    assert model.flags(row(("task", build.id))) & NEVER
    assert len(checks) == 3 and all(checks)
