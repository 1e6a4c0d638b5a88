"""Long imports and exports run behind a progress dialog with Cancel: the reading and the export's writing on a
worker thread, the import's adding, scheduling and saving on the window's thread, which answers meanwhile. A
cancelled import, in any phase, leaves the workspace, its file and the undo stack as they were; a cancelled
export leaves the target file as it was."""

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from planner.core import progress as core_progress
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


APPLIED = 1_500  # tasks of the plan whose apply is cancelled: enough for many counts at EVERY = 64


@pytest.fixture
def applied_plan(tmp_path, monkeypatch):
    """An MS Project file of APPLIED tasks, read at once (not held), whose apply serves the window's events at
    every count: where the apply is when Cancel is clicked depends on the counts, not on the machine's speed."""
    CLICKED.set()
    monkeypatch.setattr(core_progress, "EVERY", 64)
    monkeypatch.setattr(progress, "ANSWER_EVERY", 0)
    path = tmp_path / "applied.xml"
    export_mspdi(plan(APPLIED), 1, path)
    return path


def in_memory(window) -> dict:
    return {kind: dict(window.controller.ws.table(kind)) for kind in KINDS}


def cancel_in(monkeypatch, qtbot, phase: str, share: float | str | None) -> list[str]:
    """Click Cancel once the progress shows `phase`: at its start (`share` None), once that share of its count
    is done, or ("record") at the first tick that counts nothing (the history's record being written). Returns
    the phases shown up to the click."""
    seen = []
    phase_shown, advance_shown = progress.Shown.phase, progress.Shown.advance

    def click(shown) -> None:
        assert shown.dialog.isVisible()
        qtbot.mouseClick(shown.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert shown.dialog.isVisible() and shown.dialog.labelText() == "Cancelling…"  # while it is put back

    def at_phase(shown, text, total):
        seen.append(text)
        if text == phase and share is None and not shown.cancelled:
            click(shown)
        phase_shown(shown, text, total)

    def at_count(shown, count):
        there = (share == "record" and count == 0) or (isinstance(share, float) and shown._done >= share * shown._total)
        if seen[-1:] == [phase] and there and not shown.cancelled:
            click(shown)
        advance_shown(shown, count)

    monkeypatch.setattr(progress.Shown, "phase", at_phase)
    monkeypatch.setattr(progress.Shown, "advance", at_count)
    return seen


@pytest.mark.parametrize(
    ("phase", "share"),
    [
        ("Adding tasks…", 0.5),  # tasks added, links not yet
        ("Scheduling…", None),
        ("Saving…", 0.1),  # the history's diff
        ("Saving…", 0.6),  # rows written, inside the transaction
        ("Saving…", "record"),  # the history's record, the last of the transaction
    ],
)
def test_a_cancel_in_any_phase_of_the_apply_leaves_workspace_file_and_undo_stack_as_they_were(
    window, applied_plan, qtbot, monkeypatch, phase, share
):
    path = window.controller.session.path
    before, memory = stored(path), in_memory(window)
    seen = cancel_in(monkeypatch, qtbot, phase, share)
    assert not window.import_path(applied_plan)
    assert seen[-1] == phase and seen[0] == "Adding tasks…"
    assert in_memory(window) == memory
    assert stored(path) == before
    assert window.controller.undo_stack.count() == 0 and window.controller.session.undo_text == ""
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.findChild(QProgressDialog) is None or not window.findChild(QProgressDialog).isVisible()


def test_the_window_answers_while_the_import_is_applied_and_it_is_one_undo_step(window, applied_plan, qtbot, dialogs):
    path = window.controller.session.path
    before, memory = stored(path), in_memory(window)
    phases = []  # the progress's text each time a timer of the window fired
    timer = QTimer(window)
    timer.setInterval(0)
    timer.timeout.connect(lambda: phases.append(getattr(window.findChild(QProgressDialog), "labelText", str)()))
    timer.start()
    dialogs.answer("tell")
    assert window.import_path(applied_plan)
    timer.stop()
    assert {"Adding tasks…", "Saving…"} <= set(phases)  # it fired while tasks were added and while they were saved
    assert len(window.controller.ws.tasks) == len(memory["task"]) + APPLIED
    assert window.controller.undo_stack.count() == 1
    window.controller.undo()
    assert in_memory(window) == memory and stored(path) == before
    window.controller.redo()
    assert len(stored(path)["task"]) == len(before["task"]) + APPLIED


@pytest.fixture
def long_report(make_window, tmp_path, dialogs, monkeypatch):
    """A window on a project of 600 tasks, whose task list (a report of ~20 pages) is chosen in the report dialog;
    its painting serves the window's events at every page."""
    monkeypatch.setattr(progress, "ANSWER_EVERY", 0)
    Session.create(tmp_path / "long.planner", plan(600)).close()
    window = make_window(tmp_path / "long.planner")
    window.sidebar.select_scope(("project", 1))

    def task_list(dialog):
        dialog.select_kind("tasks")
        return True

    dialogs.answer("run", task_list)
    return window


def test_a_cancelled_pdf_report_leaves_the_file_there_as_it_was(long_report, tmp_path, qtbot, monkeypatch, dialogs):
    target = tmp_path / "tasks.pdf"
    target.write_text("the file that was there")
    dialogs.answer("choose_save_file", target)
    shown = progress.Shown.phase, progress.Shown.advance
    seen = cancel_in(monkeypatch, qtbot, "Writing the pages…", 0.3)
    long_report.export_report_action.trigger()
    assert seen == ["Writing the pages…"]
    assert target.read_text() == "the file that was there"
    assert not list(tmp_path.glob(".planner-report-*"))
    assert "cancelled" in long_report.statusBar().currentMessage()
    progress.Shown.phase, progress.Shown.advance = shown  # not cancelled: written over it
    dialogs.answer("run", lambda dialog: dialog.select_kind("tasks") or True)
    dialogs.answer("choose_save_file", target)
    long_report.export_report_action.trigger()
    assert target.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".planner-report-*"))


def test_a_cancelled_print_preview_closes_without_a_failure(long_report, tmp_path, qtbot, monkeypatch, dialogs):
    from PySide6.QtPrintSupport import QPrinter

    dialogs.answer("run", False)  # the preview: closed at once; its painting is asked for below
    long_report.print_report_action.trigger()
    (preview,) = dialogs.args("run")[-1]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    seen = cancel_in(monkeypatch, qtbot, "Writing the pages…", 0.3)
    with qtbot.waitSignal(preview.rejected):
        preview.paintRequested.emit(printer)  # what the preview asks for; the Cancel closes it
    assert seen == ["Writing the pages…"]
    preview.deleteLater()
