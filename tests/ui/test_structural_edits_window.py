"""Structural edits made in the window (a new task, indent, outdent, delete, a new link) with the table in front:
the rows, the selection and the file afterwards. The tree model keeps whether each task row is a leaf across an edit
and forgets it only for the tasks whose lists the edit changed (or all, when a routine or an occurrence changed):
after every edit, undo and redo each kept answer is the one a new model gives."""

import inspect
import sys
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from routine_plan import routine_and_plain

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditTask, IndentTasks, LinkTasks, MoveTask
from planner.core.filters import TaskFilter
from planner.store.workspace_file import WorkspaceFile
from planner.ui.gantt import view as gantt_view
from planner.ui.models.columns import Role
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


def launch_plan(controller):
    """A project Launch with summaries Build (Frame, Walls, Roof) and Test (Load, Leaks): its key and the two
    summaries' commands (their ids)."""
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    build, test = CreateTask(key, "Build"), CreateTask(key, "Test")
    controller.run(Batch([build, test]))
    controller.run(Batch([CreateTask(("task", build.id), t, duration=DAY) for t in ("Frame", "Walls", "Roof")]))
    controller.run(Batch([CreateTask(("task", test.id), t, duration=DAY) for t in ("Load", "Leaks")]))
    return key, build, test


def test_new_task_indent_outdent_delete_and_link_from_the_edit_menu(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    controller, source = window.controller, window.model
    key, build, test = launch_plan(controller)
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


@pytest.mark.parametrize("shown", ["table", "gantt"])
def test_the_kept_leaves_after_edits_near_routines(make_window, tmp_path, shown):
    """A routine's occurrences show under it: an edit of a routine or an occurrence forgets every kept answer. With
    the Gantt in front, its rows mended after each edit are those it reads again."""
    window = make_window(tmp_path / "unused.planner", sample=True)
    model, controller = window.model, window.controller
    ws = controller.ws
    routine, occurrences, plain = routine_and_plain(ws)
    window.show_view(shown)
    view = window.view()
    (view.tree if shown == "gantt" else view).expandAll()
    checks = []
    controller.changes_applied.connect(lambda _: checks.append(kept_leaves_as_new(model)))
    if shown == "gantt":
        view.ensure_rows()
        controller.changes_applied.connect(lambda _: checks.append(gantt_rows_as_read_again(view)))
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
    assert len(checks) == 3 * len(steps) * (2 if shown == "gantt" else 1) and all(checks)


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


def links_of(gantt) -> set[tuple[int, int, int]]:
    links = gantt.links
    return set(zip(links.ids.tolist(), links.lows.tolist(), links.highs.tolist(), strict=True))


def gantt_rows_as_read_again(gantt) -> bool:
    """Whether the Gantt's rows and links (mended after an edit) are those it reads again from scratch."""
    gantt.ensure_rows()
    kept = (gantt.rows, gantt.row_of, links_of(gantt))
    gantt._structure_changed()
    gantt.ensure_rows()
    fresh = (gantt.rows, gantt.row_of, links_of(gantt))
    return kept == fresh


def test_structural_edits_with_the_gantt_in_front(make_window, workspace_path, qtbot, monkeypatch):
    """New task, indent, outdent, delete and a new link from the Edit menu with the Gantt shown, one summary folded:
    the Gantt's rows are mended from the rows the model adds and removes (not read again whole), and are after every
    edit, undo and redo the rows and links it reads again; the file has each edit."""
    window = make_window(workspace_path)
    controller = window.controller
    key, build, test = launch_plan(controller)
    walls, roof = (task_id(controller.ws, t) for t in ("Walls", "Roof"))
    controller.run(LinkTasks(walls, roof))  # a link whose rows move as rows come and go above and between them
    controller.clear_history()
    window.sidebar.select_scope(key)
    window.show_view("gantt")
    gantt = window.view()
    tree, row = gantt.tree, gantt.index_of_node
    ws = controller.ws
    window.activateWindow()
    qtbot.waitActive(window)
    tree.expandAll()
    tree.collapse(row(("task", test.id)))
    QApplication.processEvents()
    gantt.ensure_rows()
    read_again = []
    monkeypatch.setattr(
        type(gantt),
        "_rows_from_source",
        lambda self, read=type(gantt)._rows_from_source: read_again.append(1) or read(self),
    )
    checks = []
    controller.changes_applied.connect(lambda _: checks.append(gantt_rows_as_read_again(gantt)))

    def reads(action) -> int:
        """How many times the Gantt read its rows again whole for `action`, besides the checks."""
        gantt.ensure_rows()
        read, checked = len(read_again), len(checks)
        action()
        QApplication.processEvents()
        return len(read_again) - read - (len(checks) - checked)

    def shown() -> list[str]:
        QApplication.processEvents()
        return [ws.tasks[node[1]].title for node in gantt.rows if node[0] == "task"]

    gantt.select_task(task_id(ws, "Walls"))
    assert not reads(window.new_task_action.trigger)
    editor = tree.findChild(QLineEdit)
    if editor is not None and editor.isVisible():
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    new = max(ws.tasks)
    assert shown() == ["Build", "Frame", "Walls", "New task", "Roof", "Test"]
    assert gantt.selected_task_ids() == [new]
    assert saved(workspace_path).tasks[new].parent_id == build.id

    gantt.select_task(task_id(ws, "Roof"))
    assert not reads(window.indent_action.trigger)  # under the new task, opened to show it: its row put in
    assert shown() == ["Build", "Frame", "Walls", "New task", "Roof", "Test"]
    assert saved(workspace_path).tasks[task_id(ws, "Roof")].parent_id == new
    window.outdent_action.trigger()
    assert shown() == ["Build", "Frame", "Walls", "New task", "Roof", "Test"]
    assert saved(workspace_path).tasks[task_id(ws, "Roof")].parent_id == build.id

    gantt.select_task(new)
    assert not reads(window.delete_action.trigger)
    assert shown() == ["Build", "Frame", "Walls", "Roof", "Test"]
    assert new not in saved(workspace_path).tasks

    frame, load, leaks = task_id(ws, "Frame"), task_id(ws, "Load"), task_id(ws, "Leaks")
    assert controller.run(LinkTasks(frame, task_id(ws, "Roof")))
    assert controller.run(LinkTasks(frame, load))  # to a folded summary's task: no line shown
    controller.run(CreateTask(("task", test.id), "Paint", duration=DAY))  # the folded summary opened to show it
    assert shown() == ["Build", "Frame", "Walls", "Roof", "Test", "Load", "Leaks", "Paint"]
    tree.collapse(row(("task", test.id)))
    controller.run(DeleteTasks([load, leaks]))  # under the folded summary: no rows go
    assert shown() == ["Build", "Frame", "Walls", "Roof", "Test"]
    assert not reads(lambda: tree.expand(row(("task", test.id))))
    assert shown() == ["Build", "Frame", "Walls", "Roof", "Test", "Paint"]
    assert gantt_rows_as_read_again(gantt)

    for _ in range(8):
        controller.undo_stack.undo()
    assert shown() == ["Build", "Frame", "Walls", "Roof", "Test", "Load", "Leaks"]
    for _ in range(8):
        controller.undo_stack.redo()
    assert shown() == ["Build", "Frame", "Walls", "Roof", "Test", "Paint"]
    window.show_view("table")  # hidden, the Gantt reads its rows again when next shown
    controller.run(CreateTask(("task", build.id), "Hidden", duration=DAY))
    window.show_view("gantt")
    assert shown() == ["Build", "Frame", "Walls", "Roof", "Hidden", "Test", "Paint"]
    assert len(checks) == 25 and all(checks)
    tree.collapseAll()
    assert not reads(tree.expandAll)  # each row opened put in, nested ones too
    assert shown() == ["Build", "Frame", "Walls", "Roof", "Hidden", "Test", "Paint"]
    assert gantt_rows_as_read_again(gantt)
    # A filter set and cleared: the tree shows the task tree model again, and now hears its new rows (and opens
    # their summary) after the Gantt has put them in.
    window.proxy.set_filter(TaskFilter(text="Walls"))
    window.proxy.set_filter(TaskFilter())
    gantt.select_task(task_id(ws, "Hidden"))
    before = shown()
    assert "Hidden" in before
    assert not reads(window.indent_action.trigger)  # under Roof, a leaf, opened to show it
    assert shown() == before
    assert ws.tasks[task_id(ws, "Hidden")].parent_id == task_id(ws, "Roof")
    assert checks[-1] and gantt_rows_as_read_again(gantt)


def test_many_rows_opened_at_once_read_the_gantts_rows_again_once(make_window, workspace_path, monkeypatch):
    """A few rows opened before the Gantt's next paint are put in its list of rows one by one; every row opened at
    once (more than eight) reads the list again whole, once: each one put in copies the whole list."""
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    summaries = [CreateTask(key, f"S{n}") for n in range(10)]
    controller.run(Batch(summaries))
    controller.run(Batch([CreateTask(("task", s.id), f"{s.title}.1", duration=DAY) for s in summaries]))
    window.sidebar.select_scope(key)
    window.show_view("gantt")
    gantt = window.view()
    tree = gantt.tree
    read_again = []
    monkeypatch.setattr(
        type(gantt),
        "_rows_from_source",
        lambda self, read=type(gantt)._rows_from_source: read_again.append(1) or read(self),
    )
    tree.collapseAll()
    gantt.ensure_rows()
    read_again.clear()
    for s in summaries[:8]:
        tree.expand(gantt.index_of_node(("task", s.id)))
    gantt.ensure_rows()
    assert not read_again and gantt_rows_as_read_again(gantt)
    tree.collapseAll()
    gantt.ensure_rows()
    read_again.clear()
    tree.expandAll()
    gantt.ensure_rows()
    assert len(read_again) == 1 and len(gantt.rows) == 20


def test_deleted_links_are_taken_out_of_the_gantt_not_filed_again(make_window, workspace_path, monkeypatch):
    """With the Gantt in front, a link removed and a task deleted with its links take those links out of the Gantt's
    index of links: nothing is filed again, and after each edit, undo and redo the links are those it files again
    from scratch (an undo brings links back: filed again)."""
    window = make_window(workspace_path)
    controller = window.controller
    key = launch_plan(controller)[0]
    ws = controller.ws
    frame, walls, roof, load = (task_id(ws, t) for t in ("Frame", "Walls", "Roof", "Load"))
    for link in (LinkTasks(frame, walls), LinkTasks(walls, roof), LinkTasks(roof, load), LinkTasks(frame, load)):
        controller.run(link)
    window.sidebar.select_scope(key)
    window.show_view("gantt")
    gantt = window.view()
    gantt.tree.expandAll()
    gantt.ensure_rows()
    assert len(gantt.links) == 4
    filed = []
    monkeypatch.setattr(
        gantt_view, "shown_links", lambda *args, file=gantt_view.shown_links: filed.append(1) or file(*args)
    )

    def files(action) -> int:
        """How many times `action` made the Gantt file its links again."""
        count = len(filed)
        action()
        QApplication.processEvents()
        gantt.ensure_rows()
        return len(filed) - count

    assert not files(controller.undo_stack.undo)  # the last link made taken away: a link removed alone
    assert len(gantt.links) == 3 and gantt_rows_as_read_again(gantt)
    assert not files(lambda: controller.run(DeleteTasks([walls])))  # with its two links
    assert len(gantt.links) == 1 and gantt_rows_as_read_again(gantt)
    files(controller.undo_stack.undo)  # Walls back with its links: filed again
    assert len(gantt.links) == 3 and gantt_rows_as_read_again(gantt)
    assert not files(controller.undo_stack.redo)
    assert len(gantt.links) == 1 and gantt_rows_as_read_again(gantt)


def tree_shown(tree):
    """What the tree shows: its rows in order (as the keyboard walks them) with their places and whether each is
    expanded, the selection, the current row, the scroll position and the pixels."""
    QApplication.processEvents()
    rows = []
    index = tree.model().index(0, 0, tree.rootIndex())
    while index.isValid():
        rect = tree.visualRect(index)
        rows.append((index.data(Role.NODE), rect.x(), rect.y(), tree.isExpanded(index)))
        index = tree.indexBelow(index)
    selected = sorted(index.data(Role.NODE) for index in tree.selectionModel().selectedRows(0))
    current = tree.currentIndex().data(Role.NODE)
    return rows, selected, current, tree.verticalScrollBar().value(), tree.viewport().grab().toImage()


def tree_as_laid_out_again(tree) -> bool:
    """Whether the tree shows what it shows once every row is laid out again from the model."""
    kept = tree_shown(tree)
    tree.doItemsLayout()
    return kept == tree_shown(tree)


def whole_layouts(tree, action) -> int:
    """How many times `action` (and the events it posted) made Qt lay out every row of `tree`: it asks first whether
    the tree's root has rows. Heard by profiling: Qt keeps the model's function it first finds, a patched one too."""
    asked = inspect.unwrap(TaskTreeModel.hasChildren).__code__
    root = tree.rootIndex()
    count = 0

    def profile(frame, event, arg) -> None:
        nonlocal count
        if event == "call" and frame.f_code is asked and frame.f_locals.get("parent") == root:
            count += 1

    sys.setprofile(profile)
    try:
        action()
        QApplication.processEvents()
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("shown", ["table", "gantt"])
def test_rows_laid_out_under_their_parent(make_window, workspace_path, shown):
    """With the table or the Gantt in front, rows added or removed under an expanded summary are laid out alone
    (its rows folded and unfolded, no layout of every row), and so are those of a summary that gains its first row
    or loses its last (laid out under the summary above it): after every edit, undo and redo the tree shows what it
    shows once laid out again whole (rows, nested summaries open or folded, whether a row has rows, selection,
    current row, pixels), its scroll position is kept, and the Gantt's rows and links are those it reads again."""
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    a, b = CreateTask(key, "A"), CreateTask(key, "B")
    controller.run(Batch([a, b]))
    controller.run(Batch([CreateTask(("task", a.id), f"a{n}", duration=DAY) for n in range(8)]))
    inner, folded = CreateTask(("task", a.id), "Inner"), CreateTask(("task", a.id), "Folded")
    solo, lone = CreateTask(("task", a.id), "Solo"), CreateTask(("task", a.id), "Lone")  # a row each below
    controller.run(Batch([inner, folded, solo, lone]))
    controller.run(Batch([CreateTask(("task", s.id), f"{s.title}'s", duration=DAY) for s in (solo, lone)]))
    controller.run(Batch([CreateTask(("task", inner.id), f"i{n}", duration=DAY) for n in range(4)]))
    controller.run(Batch([CreateTask(("task", folded.id), f"f{n}", duration=DAY) for n in range(3)]))
    controller.run(Batch([CreateTask(("task", b.id), f"b{n}", duration=DAY) for n in range(40)]))
    ws = controller.ws
    controller.run(LinkTasks(task_id(ws, "a1"), task_id(ws, "i2")))
    controller.clear_history()
    window.sidebar.select_scope(key)
    window.show_view(shown)
    view = window.view()
    tree, row = (view.tree if shown == "gantt" else view), view.index_of_node
    tree.expandAll()
    tree.collapse(row(("task", folded.id)))
    view.select_task(task_id(ws, "i1"))  # current and selected inside a nested summary
    bar = tree.verticalScrollBar()
    QApplication.processEvents()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # at the bottom: folding a summary above pulls the view up until it unfolds
    bottom = bar.value()
    if shown == "gantt":
        view.ensure_rows()
    assert tree_as_laid_out_again(tree)
    steps = [
        CreateTask(("task", a.id), "new in A", duration=DAY),
        CreateTask(("task", inner.id), "new in Inner", duration=DAY),
        DeleteTasks([task_id(ws, "a3")]),
        DeleteTasks([task_id(ws, "i0")]),
        IndentTasks([task_id(ws, "a5")]),  # under a4, which the tree opens
        CreateTask(("task", folded.id), "under Folded", duration=DAY),
        DeleteTasks([task_id(ws, "b39")]),
        DeleteTasks([task_id(ws, "a1")]),  # with its link
        MoveTask(task_id(ws, "Solo's"), ("task", a.id), 12),  # to A's end: Solo left without rows, a leaf
        CreateTask(("task", solo.id), "back in Solo", duration=DAY),  # Solo's first row again, shown expanded
        DeleteTasks([task_id(ws, "Lone's")]),  # Lone left without rows
    ]
    errors = []
    controller.error_occurred.connect(errors.append)
    checks, scrolled, whole = [], [], []

    def check(step) -> None:
        """`step` run, how many times it laid out every row, and what shows checked."""
        whole.append(whole_layouts(tree, step))
        scrolled.append(bar.value())
        checks.append(tree_as_laid_out_again(tree) and (shown != "gantt" or gantt_rows_as_read_again(view)))

    for step in steps:
        check(lambda step=step: controller.run(step))
    assert not errors
    for _ in steps:
        check(controller.undo_stack.undo)
    for _ in steps:
        check(controller.undo_stack.redo)
    assert not any(whole), whole
    assert all(checks)
    assert scrolled == [bottom] * len(scrolled)
    bar.setValue(bar.maximum())
    check(lambda: controller.run(DeleteTasks([task_id(ws, "b38")])))  # the last row: the view moves up a row
    assert checks[-1] and not whole[-1]
    assert bar.value() == bar.maximum()
    assert tree.currentIndex().data(Role.NODE) == ("task", task_id(ws, "i1"))
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Down)  # the keyboard walks the rows as laid out
    assert tree.currentIndex().data(Role.NODE) == ("task", task_id(ws, "i2"))
