"""The main window driven like a user would: keys, clicks and cell editors, checked in the model and the file."""

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton
from shared_data import SHARED_DATA, needs_shared_data

from planner.core.commands import AddObject, Batch, CreateTask, EditTask
from planner.core.filters import SmartList
from planner.core.model import Workspace
from planner.session import Session
from planner.store.workspace_file import WorkspaceFile
from planner.ui.models.columns import Column, Role


def titles_in_file(path):
    with WorkspaceFile.open_read_only(path) as file:
        ws = file.load()
    return {t.title for t in ws.tasks.values()}, ws


def visible_titles(view, parent=QModelIndex()):
    model = view.model()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append(index.data())
        out.extend(visible_titles(view, index))
    return out


def test_new_task_from_the_keyboard_is_saved(window, workspace_path, qtbot):
    view = window.view()
    view.setFocus()
    view.select_task(next(iter(window.controller.ws.tasks)))
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Write the brief")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: any(t.title == "Write the brief" for t in window.controller.ws.tasks.values()))
    on_disk, ws = titles_in_file(workspace_path)
    assert "Write the brief" in on_disk
    new = next(t for t in ws.tasks.values() if t.title == "Write the brief")
    assert new.position == 1  # right below the selected first task


def test_edit_duration_cell_sets_finish_and_undo_redo_round_trip(window, workspace_path, qtbot):
    ws = window.controller.ws
    view = window.view()
    task = ws.tasks[min(ws.tasks)]
    index = view.index_of_node(("task", task.id), Column.START)
    view.setCurrentIndex(index)
    view.edit(index)
    date_editor = QApplication.focusWidget()
    date_editor.setDate(date_editor.date().fromString("2026-11-23", "yyyy-MM-dd"))
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: task.start is not None)
    index = index.siblingAtColumn(Column.DURATION)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    editor.setText("3d")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: task.duration == 3 * 480)
    assert task.finish.isoformat() == "2026-11-25T17:00:00"
    _, on_disk = titles_in_file(workspace_path)
    assert on_disk.tasks[task.id].finish == task.finish
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.tasks[task.id].duration is None  # undo puts back a copy: look the task up again
    _, on_disk = titles_in_file(workspace_path)
    assert on_disk.tasks[task.id].duration is None
    window.redo_action.trigger()
    assert ws.tasks[task.id].duration == 3 * 480
    _, on_disk = titles_in_file(workspace_path)
    assert on_disk.tasks[task.id].duration == 3 * 480


def test_refused_edit_shows_the_reason_and_changes_nothing(window, qtbot):
    ws = window.controller.ws
    task = ws.tasks[min(ws.tasks)]
    view = window.view()
    index = view.index_of_node(("task", task.id), Column.DURATION)
    assert not view.model().setData(index, "soon")
    assert task.duration is None
    assert window.message_bar.isVisible()
    assert "not a duration" in window.message_bar.text.text()


def test_undo_and_redo_keep_the_moved_task_selected_for_the_next_key(window, workspace_path, qtbot):
    ws = window.controller.ws
    first, second, _third = sorted(ws.tasks)
    view = window.view()
    view.setFocus()
    view.select_task(second)
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Right, alt_shift)
    assert ws.tasks[second].parent_id == first
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.tasks[second].parent_id is None
    assert view.selected_task_ids() == [second]
    window.redo_action.trigger()
    assert ws.tasks[second].parent_id == first
    assert view.selected_task_ids() == [second]
    # So the next key acts on it: the outdent that the user meant instead.
    qtbot.keyClick(view, Qt.Key.Key_Left, alt_shift)
    assert ws.tasks[second].parent_id is None
    assert titles_in_file(workspace_path)[1].tasks[second].parent_id is None


def test_indent_outdent_and_delete_with_keys(window, qtbot):
    ws = window.controller.ws
    first, second, third = sorted(ws.tasks)
    view = window.view()
    view.setFocus()
    view.select_task(second)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ws.tasks[second].parent_id == first
    assert view.currentIndex().data(Role.TASK_ID) == second
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ws.tasks[second].parent_id is None
    view.select_task(third)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert third not in ws.tasks
    window.undo_action.trigger()
    assert third in ws.tasks
    assert visible_titles(view, view.rootIndex()) == ["Brief", "Design", "Build"]


def test_drag_onto_a_task_makes_it_a_subtask(window):
    ws = window.controller.ws
    first, second, third = sorted(ws.tasks)
    model = window.model
    mime = model.mimeData([model.index_of(("task", third))])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_of(("task", first)))
    assert ws.tasks[third].parent_id == first
    mime = model.mimeData([model.index_of(("task", third))])
    project = ws.tasks[first].container()
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index_of(project))
    assert ws.children(project) == [third, first, second]


def test_filter_bar_and_smart_lists_filter_the_table(window, qtbot):
    view = window.view()
    qtbot.keyClicks(window.filter_bar.search, "des")
    qtbot.waitUntil(lambda: visible_titles(view, view.rootIndex()) == ["Design"])
    window.filter_bar.clear()
    window.sidebar.select_scope(SmartList.UNSCHEDULED)
    assert set(visible_titles(view)) >= {"Website relaunch", "Brief", "Design", "Build"}
    window.sidebar.select_scope(SmartList.OVERDUE)
    assert visible_titles(view) == []


def test_close_and_reopen_finds_the_data(make_window, window, workspace_path):
    window.controller.run(EditTask(min(window.controller.ws.tasks), notes="Kept"))
    window.close()
    again = make_window(workspace_path)
    ws = again.controller.ws
    assert ws.tasks[min(ws.tasks)].notes == "Kept"
    assert {t.title for t in ws.tasks.values()} == {"Brief", "Design", "Build"}


def test_empty_workspace_shows_welcome_and_creates_a_project(make_window, tmp_path, dialogs):
    win = make_window(tmp_path / "empty.planner")
    assert win.stack.currentWidget() is win.welcome
    dialogs.answer("run", lambda dialog: dialog.name.setText("Launch") or True)
    win.welcome.new_project_requested.emit()
    assert [p.name for p in win.controller.ws.projects.values()] == ["Launch"]
    assert win.stack.currentWidget() is win.view()
    assert win.sidebar.current_scope() == ("project", 1)


def plan_with_a_task(path, scenario: str | None = None):
    """A workspace file made outside the window: a project with one task, and a scenario of it if named."""
    from planner.core.scenarios import MakeScenario

    with Session.open(path) as session:
        project = AddObject("project", name="Website relaunch")
        session.run(project)
        session.run(CreateTask(("project", project.id), "Brief"))
        if scenario is not None:
            session.run(MakeScenario(project.id, scenario))
    return path


def test_the_scenario_banner_is_styled_when_first_shown_and_follows_the_theme(make_window, tmp_path):
    # Built with the window (its buttons keep their place in the Tab order) but styled only once a scenario comes to
    # the front: a plan's open does not parse its style sheet.
    window = make_window(plan_with_a_task(tmp_path / "plan.planner", scenario="Late"))
    banner = window.scenarios.banner
    assert window.stack.currentWidget() is window.view() and window.front_task() is not None
    assert banner.styleSheet() == "" and not banner.isVisible()
    window.show()
    window.theme_actions["light"].trigger()
    window.scenarios.bring_to_front(window.controller.session.scenarios[0].id)
    banner = window.scenarios.banner
    light = banner.styleSheet()
    assert banner.isVisible() and "ScenarioBanner" in light
    window.theme_actions["dark"].trigger()
    assert banner.styleSheet() not in ("", light)  # the dark theme's caution colour


def test_the_welcome_panel_keeps_the_windows_minimum_size_with_a_plan_open(make_window, tmp_path):
    # Not shown with a plan, but one of the stack's pages, which all count for its minimum size: without it the
    # window could be made far shorter than an empty workspace's.
    window = make_window(plan_with_a_task(tmp_path / "plan.planner"))
    assert window.stack.currentWidget() is window.view()
    assert window.stack.minimumSizeHint().height() >= window.welcome.minimumSizeHint().height()


def test_an_empty_workspace_builds_its_task_view_when_first_shown(make_window, tmp_path, dialogs):
    win = make_window(tmp_path / "empty.planner")
    assert win.stack.currentWidget() is win.welcome
    assert dict(win.views) == {} and win.stack.count() == 1  # the table waits behind the welcome panel
    dialogs.answer("run", lambda dialog: dialog.name.setText("Launch") or True)
    win.welcome.new_project_requested.emit()
    assert list(win.views) == ["table"] and win.stack.currentWidget() is win.view()
    assert win.front_task() is None


def test_opening_a_bad_file_says_why_and_keeps_the_workspace(window, tmp_path, dialogs):
    bad = tmp_path / "notes.planner"
    bad.write_text("just some notes")
    dialogs.answer("warn")
    assert not window.open_path(bad)
    ((_parent, _title, text),) = dialogs.args("warn")
    assert "not a Planner workspace" in text
    assert bad.read_text() == "just some notes"
    assert window.controller.ws.tasks  # still the workspace it had


def test_editor_panel_edits_the_current_task(window, qtbot):
    ws = window.controller.ws
    task_id = min(ws.tasks)
    window.view().select_task(task_id)
    panel = window.editor
    assert panel.task_id == task_id
    panel.title.setText("Brief v2")
    panel.title.editingFinished.emit()
    assert ws.tasks[task_id].title == "Brief v2"
    panel.checklist_new.setText("Ask legal")
    qtbot.keyClick(panel.checklist_new, Qt.Key.Key_Return)
    assert [i.text for i in ws.tasks[task_id].checklist] == ["Ask legal"]
    model_title = window.model.index_of(("task", task_id)).data()
    assert model_title == "Brief v2"


def test_editor_links_a_typed_predecessor_and_shows_slack_from_the_schedule(window, qtbot):
    ws = window.controller.ws
    brief, design = (next(t.id for t in ws.tasks.values() if t.title == title) for title in ("Brief", "Design"))
    window.controller.run(EditTask(design, duration=2 * 480))
    window.view().select_task(design)
    panel = window.editor
    assert panel.link_task.count() == 0  # the tasks it may link to are listed only once it is used
    assert panel.slack.text().startswith("Slack")
    panel.link_task.setFocus()
    qtbot.waitUntil(lambda: panel.link_task.count() == 2)  # Brief and Build
    qtbot.keyClicks(panel.link_task.lineEdit(), "Brief")
    add = next(b for b in panel.findChildren(QToolButton) if b.toolTip() == "Add the chosen task as a predecessor")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert [d.predecessor_id for d in ws.dependencies.values() if d.successor_id == design] == [brief]
    assert panel.predecessors.count() == 1
    assert window.controller.schedule[design].critical
    assert "on the critical path" in panel.slack.text()


def test_sample_workspace_shows_every_task_with_no_filter(make_window, tmp_path):
    win = make_window(tmp_path / "unused.planner", sample=True)
    proxy, model = win.proxy, win.model

    def count(view_model, parent):
        return sum(1 + count(view_model, view_model.index(r, 0, parent)) for r in range(view_model.rowCount(parent)))

    top_level = len(win.controller.ws.projects) + len(win.controller.ws.areas)
    assert count(proxy, proxy.index(0, 0).parent()) == count(model, model.index(0, 0).parent())
    assert count(model, model.index(0, 0).parent()) == len(win.controller.ws.tasks) + top_level


@needs_shared_data
def test_import_adds_a_scheduled_project_in_one_undoable_step(window, dialogs, workspace_path):
    dialogs.answer("tell")
    before = set(window.controller.ws.projects)
    assert window.import_path(SHARED_DATA / "mspdi" / "mspdirelations.xml")
    ws = window.controller.ws
    (new,) = set(ws.projects) - before
    assert window.sidebar.current_scope() == ("project", new)
    ((_parent, _title, summary),) = dialogs.args("tell")
    assert "5 × task" in summary
    _, on_disk = titles_in_file(workspace_path)
    assert sum(1 for t in on_disk.tasks.values() if t.project_id == new) == 5
    view = window.view()
    view.setColumnHidden(Column.TOTAL_SLACK, False)
    first = view.model().index(0, Column.CRITICAL, view.rootIndex())
    assert first.data() in ("Critical", "")
    window.undo_action.trigger()
    assert new not in window.controller.ws.projects
    _, on_disk = titles_in_file(workspace_path)
    assert new not in on_disk.projects


@needs_shared_data
def test_sidebar_counts_after_imports_edits_undo_and_redo_equal_a_fresh_count(window, dialogs):
    """The counts follow each change task by task (an import's tasks counted as they come in): after each step they
    equal the counts made afresh from the whole workspace."""
    from planner.core.filters import open_counts

    def assert_fresh():
        ws = window.controller.ws
        assert +window.counts.counts == +open_counts(ws, window.controller.today())

    dialogs.answer("tell")
    dialogs.answer("tell")
    assert window.import_path(SHARED_DATA / "mspdi" / "mspdirelations.xml")
    assert_fresh()
    assert window.import_path(SHARED_DATA / "mspdi" / "mspdirelations.xml")  # a second project beside it
    assert_fresh()
    ws = window.controller.ws
    first, second, *_ = sorted(ws.tasks)
    window.controller.run(EditTask(first, status_id=4))  # done: out of the open counts
    assert_fresh()
    window.controller.run(EditTask(second, start=None, finish=None, duration=None, deadline=None))
    assert_fresh()
    for _ in range(4):
        window.undo_action.trigger()
        assert_fresh()
    for _ in range(4):
        window.redo_action.trigger()
        assert_fresh()


def test_a_file_that_cannot_be_imported_says_why_and_changes_nothing(window, tmp_path, dialogs):
    bad = tmp_path / "plan.xml"
    bad.write_text("<Project><Tasks><Task>")
    dialogs.answer("warn")
    tasks = dict(window.controller.ws.tasks)
    assert not window.import_path(bad)
    ((_parent, _title, text),) = dialogs.args("warn")
    assert "plan.xml" in text
    assert window.controller.ws.tasks.keys() == tasks.keys()


def test_typing_a_start_on_a_linked_task_pins_it_and_moves_its_successor(window):
    from datetime import datetime

    from planner.core.commands import EditTask, LinkTasks
    from planner.core.model import Constraint

    ws, controller = window.controller.ws, window.controller
    first, second, _ = sorted(ws.tasks)
    controller.run(EditTask(first, start=datetime(2026, 11, 2, 8), duration=960))
    controller.run(EditTask(second, duration=480))
    controller.run(LinkTasks(first, second))
    assert ws.tasks[second].start == datetime(2026, 11, 4, 8)  # scheduled after its predecessor
    model = window.model
    index = model.index_of(("task", first), Column.START)
    assert model.setData(index, QDate(2026, 11, 9))
    assert ws.tasks[first].constraint is Constraint.SNET
    assert ws.tasks[second].start == datetime(2026, 11, 11, 8)
    window.undo_action.trigger()
    assert ws.tasks[second].start == datetime(2026, 11, 4, 8)


def test_the_editor_timer_logs_time_on_the_task(window, workspace_path):
    ws = window.controller.ws
    task_id = min(ws.tasks)
    window.view().select_task(task_id)
    panel = window.editor
    assert panel.timer_button.text() == "Start timer"
    panel.timer_button.click()
    assert panel.timer_button.text().startswith("Stop timer")
    (entry,) = [e for e in ws.time_entries.values() if e.task_id == task_id]
    assert entry.running
    panel.timer_button.click()
    assert not ws.time_entries[entry.id].running
    assert panel.timer_button.text() == "Start timer"
    _, on_disk = titles_in_file(workspace_path)
    assert not on_disk.time_entries[entry.id].running
    window.undo_action.trigger()
    assert ws.time_entries[entry.id].running


def test_an_opened_plan_shows_the_first_tasks_slack_once_the_schedule_follows_the_first_paint(
    make_window, tmp_path, qtbot
):
    path = tmp_path / "plan.planner"
    with Session.create(path, Workspace()) as session:
        project = AddObject("project", name="Launch")
        session.run(project)
        session.run(
            Batch([CreateTask(("project", project.id), title, duration=480) for title in ("Brief", "Design")], "Seed")
        )
    window = make_window(path)
    window.sidebar.select_scope(("project", 1))
    window.view().select_task(next(iter(window.controller.ws.tasks)))
    # The window does not compute the schedule before it paints; the editor shows slack when it arrives.
    qtbot.waitUntil(lambda: window.editor.slack.text().startswith("Slack"))
    assert window.controller.known_schedule is not None


def test_the_toolbar_drops_the_view_buttons_text_the_last_first_as_the_window_narrows(window, qtbot):
    from planner.ui.widgets import FittingToolBar

    toolbar = window.findChild(FittingToolBar)
    window.show()
    qtbot.waitExposed(window)
    shown = []
    for width in (1800, 1300, 1100, 900, 700):
        window.resize(width, 700)
        QApplication.processEvents()
        with_text = [b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon for b in toolbar.shrinkable]
        assert with_text == sorted(with_text, reverse=True)  # the last buttons drop theirs first
        # What `fit` measures against the width: the toolbar's size hint, which is its layout's.
        assert toolbar.sizeHint().width() == toolbar.layout().sizeHint().width()
        assert all(with_text) or toolbar.sizeHint().width() <= toolbar.width() or not any(with_text)
        shown.append(sum(with_text))
    assert shown[0] == len(toolbar.shrinkable) and shown[-1] < shown[0]
