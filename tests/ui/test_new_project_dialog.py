"""Edit › New Project: the dialog filled in with keys, from a start and back from a finish, blank and from a
template; the project and its tasks checked in the model and in the file opened again; undo takes it all back."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from planner.core.commands import AddObject, CreateTask, LinkTasks
from planner.core.templates import SaveTemplate
from planner.store.workspace_file import WorkspaceFile
from planner.ui.new_project_dialog import NewProjectDialog

TODAY = date(2026, 3, 5)  # a Thursday
DAY = 480


@pytest.fixture
def staffed(window):
    """The window's workspace with Maya and a template "App launch": Design (2 days), then Build (3 days)."""
    controller = window.controller
    controller.today = lambda: TODAY
    controller.run(AddObject("person", name="Maya Patel"))
    source = AddObject("project", name="Old app", start=datetime(2026, 1, 5, 8))
    controller.run(source)
    design = CreateTask(("project", source.id), "Design", duration=2 * DAY)
    build = CreateTask(("project", source.id), "Build", duration=3 * DAY)
    controller.run(design)
    controller.run(build)
    controller.run(LinkTasks(design.id, build.id))
    controller.run(SaveTemplate(source.id, "App launch", lambda: datetime(2026, 1, 5)))
    controller.clear_history()
    return window


def by_keys(qtbot, *steps):
    """The dialog's answer: show it, type `steps` into it (text, or a key with its modifiers), press Enter."""

    def fill(dialog: NewProjectDialog) -> bool:
        dialog.show()
        dialog.activateWindow()  # keys go where a person's would: to the focused field of the active window
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.name.setFocus()
        for step in steps:
            focus = dialog.focusWidget()
            if isinstance(step, str):
                qtbot.keyClicks(focus, step)
            else:
                qtbot.keyClick(focus, *step)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    return fill


TAB = (Qt.Key.Key_Tab,)
DOWN = (Qt.Key.Key_Down,)


def stored(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


def named_project(ws, name):
    return next(p for p in ws.projects.values() if p.name == name)


def test_a_blank_project_from_its_start_typed_in(staffed, workspace_path, qtbot, dialogs):
    # Name; from its start (as it is); the start typed over; the workspace's calendar; Maya as the manager.
    dialogs.answer("run", by_keys(qtbot, "Mobile app", TAB, TAB, "16032026", TAB, TAB, "Maya Patel"))
    staffed.new_project_action.trigger()
    ws = staffed.controller.ws
    project = named_project(ws, "Mobile app")
    assert (project.start, project.manager, project.schedule_from_finish) == (datetime(2026, 3, 16, 8), "Maya Patel",
                                                                             False)  # fmt: skip
    assert staffed.sidebar.current_scope() == ("project", project.id)
    again = named_project(stored(workspace_path), "Mobile app")
    assert (again.start, again.manager) == (datetime(2026, 3, 16, 8), "Maya Patel")
    staffed.undo_action.trigger()
    assert project.id not in ws.projects and project.id not in stored(workspace_path).projects


def test_a_project_from_a_template_back_from_its_finish(staffed, workspace_path, qtbot, dialogs):
    # Name; from its finish; the finish typed; the calendar as it is; no manager; the template; the charter.
    steps = ("Relaunch", TAB, DOWN, TAB, "26062026", TAB, TAB, TAB, DOWN, TAB, (Qt.Key.Key_Space,))
    staffed.show_view("project")
    staffed.view().show_page("Risks")
    staffed.show_view("table")
    dialogs.answer("run", by_keys(qtbot, *steps))
    staffed.new_project_action.trigger()
    ws = staffed.controller.ws
    project = named_project(ws, "Relaunch")
    assert project.schedule_from_finish and project.target_finish == datetime(2026, 6, 26, 17)
    tasks = {t.title: t for t in ws.tasks.values() if t.project_id == project.id}
    assert (tasks["Build"].start, tasks["Build"].finish) == (datetime(2026, 6, 24, 8), datetime(2026, 6, 26, 17))
    assert (tasks["Design"].start, tasks["Design"].finish) == (datetime(2026, 6, 22, 8), datetime(2026, 6, 23, 17))
    # the charter opens on the new project
    assert staffed.current_view == "project" and staffed.view().tabs.currentIndex() == 0
    assert staffed.view().project_id == project.id
    start = staffed.view().charter.dates["start"]  # it follows from the plan: shown, not typed
    assert not start.isEnabled() and start.date().toPython() == date(2026, 6, 22)
    on_disk = stored(workspace_path)
    assert named_project(on_disk, "Relaunch").target_finish == datetime(2026, 6, 26, 17)
    assert {t.title: t.finish for t in on_disk.tasks.values() if t.project_id == project.id} == {
        "Design": datetime(2026, 6, 23, 17), "Build": datetime(2026, 6, 26, 17)}  # fmt: skip
    staffed.undo_action.trigger()  # one step takes back the project and its tasks
    assert project.id not in ws.projects
    assert not [t for t in ws.tasks.values() if t.project_id == project.id]
    assert not [t for t in stored(workspace_path).tasks.values() if t.project_id == project.id]


def test_the_dialog_says_in_place_what_is_wrong_and_warns_of_a_finish_already_past(staffed, qtbot):
    dialog = NewProjectDialog(staffed.controller.ws, TODAY, staffed)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start.date().toPython() == date(2026, 3, 6)  # the next working day
    assert dialog.error.isHidden()  # nothing typed yet: nothing to complain about
    qtbot.keyClicks(dialog.name, "website Relaunch")
    assert not dialog.error.isHidden() and "already a project named" in dialog.error.text()
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
    assert "needs a name" in dialog.error.text()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # refused: the dialog stays open
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.keyClicks(dialog.name, "Audit")
    assert dialog.error.isHidden()
    dialog.schedule_from.setCurrentIndex(1)
    assert dialog.start.isHidden() and not dialog.finish.isHidden()
    dialog.finish.setDate(dialog.finish.date().fromString("2026-03-02", "yyyy-MM-dd"))
    assert not dialog.note.isHidden() and "before today" in dialog.note.text()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # allowed all the same
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.command().finish == datetime(2026, 3, 2, 17)
