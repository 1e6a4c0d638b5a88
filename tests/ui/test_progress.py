"""Long imports and exports run on a worker thread behind a progress dialog with Cancel: a cancelled import
leaves the workspace and its file as they were; a cancelled export leaves the target file as it was."""

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from planner.core.model import KINDS, Project, Task, Workspace
from planner.io.mspdi import export_mspdi
from planner.session import Session
from planner.ui import file_jobs, progress

TASKS = 12_000
CLICKED = threading.Event()  # set once Cancel has been clicked


@pytest.fixture(autouse=True)
def show_at_once(monkeypatch):
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 0)  # the test answers the dialog; it must not wait to appear


@pytest.fixture(autouse=True)
def ends_after_the_click(monkeypatch):
    """The real reading or writing, whose end waits for the Cancel to have been clicked: how long the work takes
    against how soon the dialog shows is the machine's speed, which a test must not depend on."""
    CLICKED.clear()

    def held(work):
        def run(*args, **kwargs):
            result = work(*args, **kwargs)
            CLICKED.wait(30)
            return result

        return run

    monkeypatch.setattr(file_jobs, "import_file", held(file_jobs.import_file))
    monkeypatch.setattr(file_jobs, "export_file", held(file_jobs.export_file))


def plan(tasks: int) -> Workspace:
    ws = Workspace()
    ws.put("project", Project(id=1, name="Large", start=datetime(2026, 11, 2, 8)))
    for i in range(1, tasks + 1):  # straight into the table, indexed once below: `put` scans the siblings
        ws.tasks[i] = Task(id=i, title=f"Task {i}", project_id=1, position=i, duration=480)
    ws.rebuild_indexes()
    return ws


@pytest.fixture(scope="module")
def large_plan(tmp_path_factory):
    """An MS Project file of TASKS tasks."""
    path = tmp_path_factory.mktemp("plans") / "large.xml"
    export_mspdi(plan(TASKS), 1, path)
    return path


def cancel_when_shown(window, qtbot) -> list[str]:
    """Click Cancel on the progress dialog as soon as it shows; returns the texts it showed."""
    shown = []

    def poll():
        dialog = window.findChild(QProgressDialog)
        if dialog is not None and dialog.isVisible():
            shown.append(dialog.labelText())
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
            CLICKED.set()
        else:
            QTimer.singleShot(1, poll)

    QTimer.singleShot(0, poll)
    return shown


def workers_done() -> bool:
    """Whether every worker has ended: a cancelled one runs to its end, its result dropped."""
    return not any(thread.name == progress.THREAD_NAME for thread in threading.enumerate())


def stored(path) -> dict:
    ws = Session.read(path).ws
    return {kind: dict(ws.table(kind)) for kind in KINDS}


def test_a_cancelled_import_leaves_the_workspace_as_it_was_and_the_next_one_goes_in(
    window, large_plan, tmp_path, qtbot, dialogs
):
    path = window.controller.session.path
    before, in_memory = stored(path), {kind: dict(window.controller.ws.table(kind)) for kind in KINDS}
    shown = cancel_when_shown(window, qtbot)
    assert not window.import_path(large_plan)
    assert shown == ["Reading large.xml…"]
    assert stored(path) == before
    assert {kind: dict(window.controller.ws.table(kind)) for kind in KINDS} == in_memory
    assert window.controller.undo_stack.count() == 0
    assert "cancelled" in window.statusBar().currentMessage()
    qtbot.waitUntil(workers_done, timeout=60_000)
    assert stored(path) == before
    small = tmp_path / "small.xml"
    export_mspdi(plan(3), 1, small)
    dialogs.answer("tell")
    assert window.import_path(small)  # not cancelled: it goes in, in one step
    assert len(Session.read(path).ws.tasks) == len(before["task"]) + 3


def test_a_cancelled_export_leaves_the_file_there_as_it_was(make_window, tmp_path, qtbot, dialogs):
    qtbot.waitUntil(workers_done, timeout=60_000)  # none left from another test to slow this one
    Session.create(tmp_path / "large.planner", plan(TASKS)).close()
    window = make_window(tmp_path / "large.planner")
    window.sidebar.select_scope(("project", 1))
    target = tmp_path / "out.xml"
    target.write_text("the file that was there")
    dialogs.answer("choose_save_file", target)
    shown = cancel_when_shown(window, qtbot)
    window.export_action.trigger()
    assert shown == ["Writing out.xml…"]
    qtbot.waitUntil(workers_done, timeout=60_000)
    assert not list(tmp_path.glob(".planner-export-*"))  # the cancelled worker removed what it wrote
    assert target.read_text() == "the file that was there"
    dialogs.answer("choose_save_file", target)
    window.export_action.trigger()  # not cancelled: written over it
    assert "<Project" in target.read_text()[:2000] and not list(tmp_path.glob(".planner-export-*"))
