"""The README's "Your first ten minutes", step by step with the real widgets: the welcome panel, a new project,
three tasks typed in, a link made in the editor, a person added on the People sheet and put on a task; then the
file opened again holds all of it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QToolButton

from planner.store.workspace_file import WorkspaceFile


def welcome_button(window, text: str) -> QPushButton:
    return next(b for b in window.welcome.findChildren(QPushButton) if b.text().strip().startswith(text))


def type_and_enter(qtbot, text: str) -> None:
    """Types into whatever has the focus, as a person does after a new row opens its name for editing."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focus = QApplication.focusWidget()
    qtbot.keyClicks(focus, text)
    qtbot.keyClick(focus, Qt.Key.Key_Return)


def name_the_project(qtbot, name: str):
    def fill(dialog) -> bool:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.name.setFocus()
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    return fill


def pick(text: str):
    def choose(menu, position):
        next(action for action in menu.actions() if action.text() == text).trigger()

    return choose


def by_title(ws, title: str):
    return next(t for t in ws.tasks.values() if t.title == title)


def test_the_readme_walk_works_as_written(make_window, workspace_path, qtbot, dialogs):
    window = make_window(workspace_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.stack.currentWidget() is window.welcome  # 1. a new workspace shows the welcome panel

    dialogs.answer("run", name_the_project(qtbot, "Website"))  # 3. New project: a name, Enter
    qtbot.mouseClick(welcome_button(window, "New project"), Qt.MouseButton.LeftButton)
    ws = window.controller.ws
    project = next(p for p in ws.projects.values() if p.name == "Website")
    assert window.stack.currentWidget() is not window.welcome

    window.show_view("table")
    window.activateWindow()  # back from the dialog, as a person's window is
    qtbot.waitUntil(window.isActiveWindow)
    for title in ("Design", "Build", "Launch"):  # 4. New task (Ctrl+N), the title typed, Enter
        qtbot.keyClick(window.view(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        type_and_enter(qtbot, title)
        qtbot.waitUntil(lambda title=title: any(t.title == title for t in ws.tasks.values()))
    assert [t.title for t in ws.tasks.values() if t.project_id == project.id] == ["Design", "Build", "Launch"]

    design, build = by_title(ws, "Design"), by_title(ws, "Build")  # 5. a link from the editor
    window.view().select_task(build.id)
    if not window.editor.isVisible():
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.isVisible() and window.editor.task_id == build.id
    line = window.editor.link_task.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "Design")
    add_link = next(b for b in window.editor.findChildren(QToolButton) if b.toolTip().startswith("Add the chosen"))
    qtbot.mouseClick(add_link, Qt.MouseButton.LeftButton)
    assert [(d.predecessor_id, d.successor_id) for d in ws.dependencies.values()] == [(design.id, build.id)]
    assert ws.tasks[build.id].start >= ws.tasks[design.id].finish  # Build now starts when Design finishes

    window.show_view("people")  # 6. a person: Add person, the name typed, Enter
    qtbot.mouseClick(window.view().add_button, Qt.MouseButton.LeftButton)
    type_and_enter(qtbot, "Maya Patel")
    qtbot.waitUntil(lambda: any(p.name == "Maya Patel" for p in ws.people.values()))
    maya = next(p for p in ws.people.values() if p.name == "Maya Patel")
    window.show_view("table")
    window.view().select_task(design.id)
    assert window.editor.task_id == design.id
    chips = window.editor.assignees
    dialogs.answer("show_menu", pick("Maya Patel"))
    qtbot.mouseClick(chips, Qt.MouseButton.LeftButton, pos=chips.chip_rects()[-1][0].center())
    assert ws.tasks[design.id].assignments == {maya.id: 1.0}

    window.controller.close()  # saved as it went: the file opened again holds every step
    with WorkspaceFile.open_read_only(workspace_path) as file:
        again = file.load()
    assert [t.title for t in again.tasks.values() if t.project_id == project.id] == ["Design", "Build", "Launch"]
    assert [(d.predecessor_id, d.successor_id) for d in again.dependencies.values()] == [(design.id, build.id)]
    assert again.tasks[design.id].assignments == {maya.id: 1.0}
