"""A main window on a real temporary workspace file, with settings kept in the test's folder; every dialog
that would wait for a person answered by the test, or failing it; and every exception the guard caught failing
the test that did not expect it."""

import inspect
from collections import deque
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QColorDialog, QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask
from planner.session import Session
from planner.ui import dialogs as real_dialogs
from planner.ui import guard
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow

DIALOGS = [n for n, f in vars(real_dialogs).items() if inspect.isfunction(f) and f.__module__ == real_dialogs.__name__]
# Qt's own blocking calls: reached only by code that goes around planner.ui.dialogs.
QT_BLOCKING = [
    (QMessageBox, ["information", "warning", "critical", "question", "about"]),
    (QInputDialog, ["getText", "getInt", "getDouble", "getItem", "getMultiLineText"]),
    (QFileDialog, ["getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"]),
    (QColorDialog, ["getColor"]),
    (QDialog, ["exec"]),
    (QMenu, ["exec"]),
]


@pytest.fixture(autouse=True)
def widgets_deleted_at_the_end():
    """The test's widgets deleted when it ends, not tests later. pytest-qt closes them with `deleteLater`, which Qt
    carries out only when an event loop runs or a wait asks for it, and many tests run neither: before a change of
    theme in tests/ui/test_contrast.py the windows of dozens of tests (31,772 widgets) were still alive, and each
    change of style, palette or style sheet walked all of them, ~5–10 s a call. First in, last out: this runs
    after pytest-qt's close and every other fixture's end."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Dialogs:
    """Stands in for planner.ui.dialogs. A test says which dialogs it expects and what a person would answer
    (`dialogs.answer("ask_text", "Launch")`); any other dialog fails the test at once instead of waiting for a
    click that never comes, and an answer left unused fails it at the end. A callable answer is called with the
    dialog's arguments and its result is the answer: it fills in a `run` dialog or picks from a menu."""

    def __init__(self) -> None:
        self.replies: dict[str, deque] = {name: deque() for name in DIALOGS}
        self.shown: list[tuple[str, tuple]] = []
        self.unexpected: list[str] = []

    def answer(self, name: str, *replies) -> None:
        """Expect the dialog `name` once for each reply (once, answered with None, when none is given)."""
        self.replies[name].extend(replies or [None])

    def args(self, name: str) -> list[tuple]:
        """The arguments of each `name` dialog shown so far."""
        return [args for shown, args in self.shown if shown == name]

    def stand_in(self, name: str):
        def dialog(*args):
            self.shown.append((name, args))
            if not self.replies[name]:
                self.unexpected.append(f"{name}{args}")
                raise AssertionError(f"an unexpected dialog: {name}{args}; answer it with dialogs.answer({name!r}, …)")
            reply = self.replies[name].popleft()
            return reply(*args) if callable(reply) else reply

        return dialog


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    stand_in = Dialogs()
    for name in DIALOGS:
        monkeypatch.setattr(real_dialogs, name, stand_in.stand_in(name))
    for cls, names in QT_BLOCKING:
        for name in names:
            monkeypatch.setattr(cls, name, _refused(f"{cls.__name__}.{name}"))
    yield stand_in
    assert not stand_in.unexpected, f"dialogs nobody expected: {stand_in.unexpected}"
    left = {name: list(replies) for name, replies in stand_in.replies.items() if replies}
    assert not left, f"answers given for dialogs that never showed: {left}"


@pytest.fixture(autouse=True)
def caught(monkeypatch) -> guard.ErrorReport:
    """A fresh error report for each test. The guard keeps an exception from reaching Qt (and pytest-qt, which
    would fail the test), so a failure it caught fails the test here, unless the test expected it and took it
    out of `caught.failures`."""
    report = guard.ErrorReport()
    monkeypatch.setattr(guard, "report", report)
    yield report
    assert not report.failures, f"exceptions the guard caught: {report.failures}"


def _refused(what: str):
    def blocking_call(*args, **kwargs):
        raise AssertionError(f"{what} would wait for a person: go through planner.ui.dialogs")

    return blocking_call


def open_controller(path: Path | None, sample: bool = False) -> Controller:
    return Controller(Session.open(path, sample))


@pytest.fixture
def workspace_path(tmp_path) -> Path:
    return tmp_path / "team.planner"


@pytest.fixture
def make_window(qtbot, tmp_path):
    windows = []

    def make(path: Path, sample: bool = False, editor_open: bool = True) -> MainWindow:
        settings = QSettings(str(tmp_path / f"settings-{len(windows)}.ini"), QSettings.Format.IniFormat)
        settings.setValue("editor_open", editor_open)  # as a person who opened (or folded) the task editor left it
        window = MainWindow(open_controller(path, sample), open_controller, settings)
        qtbot.addWidget(window)
        window.resize(1300, 800)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.controller is not None:
            window.controller.close()


@pytest.fixture
def window(make_window, workspace_path):
    """A window on a workspace with one project holding three tasks."""
    win = make_window(workspace_path)
    controller = win.controller
    project = AddObject("project", name="Website relaunch")
    controller.run(project)
    controller.run(
        Batch([CreateTask(("project", project.id), title) for title in ("Brief", "Design", "Build")], "Seed tasks")
    )
    controller.clear_history()
    win.sidebar.select_scope(("project", project.id))
    return win


@pytest.fixture
def restored_look(qapp):
    """The application's style, palette and style sheet put back after the test: a theme is application-wide."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
