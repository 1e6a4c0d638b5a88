"""The guard (planner.ui.guard): an exception in Python code that Qt calls is logged, told once in the message
bar, and answered with a harmless default, and the process lives on."""

import importlib
import inspect
import json
import os
import pkgutil
import subprocess
import sys
import textwrap
import threading

import pytest
from PySide6.QtCore import QTimer

import planner.ui
from planner.core.commands import EditTask
from planner.ui import guard
from planner.ui.models.columns import Column
from planner.ui.models.task_tree import TaskTreeModel


def test_a_data_method_that_raises_answers_none_and_the_user_is_told_once(
    window, qtbot, caught, private_data_dir, monkeypatch
):
    raised = []

    def broken_display(self, task, column):
        raised.append(column)
        raise (ValueError if len(raised) % 2 else KeyError)("a value out of range")

    told = []
    caught.failed.connect(told.append)
    monkeypatch.setattr(TaskTreeModel, "_display", broken_display)  # what data() calls for a cell's text
    for task_id in list(window.controller.ws.tasks):  # an edit makes the model compute each row's texts again
        window.controller.run(EditTask(task_id, notes="edited"))
    view = window.view()
    for _ in range(3):
        view.viewport().repaint()
    index = window.model.index(0, Column.TITLE, window.model.index(0, 0))
    assert window.model.data(index) is None
    assert len(raised) > 10
    log = private_data_dir / "errors.log"
    assert told == [f"Something went wrong drawing the task list; the details are in {log}."]
    assert window.message_bar.isVisible() and window.message_bar.text.text() == told[0]
    # Two distinct failures (ValueError, KeyError) logged once each, however often they were raised.
    # (Which comes first depends on how often the text was asked: a cell's roles are answered at once, then again
    # role by role when that fails.)
    assert sorted(f.split(": ")[1] for f in caught.failures) == ["KeyError", "ValueError"]
    text = log.read_text()
    assert text.count("Traceback (most recent call last)") == 2
    assert text.count(", planner.ui.models.task_tree.TaskTreeModel.data\n") == 2
    assert "in broken_display" in text
    caught.failures.clear()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_told(window, qtbot, caught, private_data_dir, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    guard.install_hooks()

    def slot():
        raise RuntimeError("a slot broke")

    with qtbot.waitSignal(caught.failed) as told:
        QTimer.singleShot(0, slot)
    assert told.args == [f"Something went wrong in the window; the details are in {private_data_dir / 'errors.log'}."]
    assert window.message_bar.text.text() == told.args[0]
    assert "RuntimeError: a slot broke" in (private_data_dir / "errors.log").read_text()
    caught.failures.clear()


def test_a_failure_whose_log_cannot_be_written_is_still_told(window, caught, tmp_path, monkeypatch):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv("PLANNER_DATA_DIR", str(blocked))
    told = []
    caught.failed.connect(told.append)

    @guard.guarded(default=0)
    def row_count():
        raise ValueError("no rows today")

    assert row_count() == 0  # neither the exception nor the failed log reaches the caller
    assert len(told) == 1
    assert told[0].startswith("Something went wrong in the window; the details could not be logged (")
    assert window.message_bar.text.text() == told[0]
    caught.failures.clear()


def qt_overrides():
    """Every method of a planner.ui class that has the name of an attribute of one of its Qt base classes."""
    for info in pkgutil.walk_packages(planner.ui.__path__, "planner.ui."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            qt_bases = [base for base in cls.__mro__ if base.__module__.startswith("PySide6.")]
            if not qt_bases:
                continue
            # The class's own methods and those of the mixins it takes from planner.ui (ParentLaidOutAlone), which
            # have no Qt base of their own.
            for own in (
                c for c in cls.__mro__ if c is cls or (c.__module__.startswith("planner.ui.") and c not in qt_bases)
            ):
                for name, method in vars(own).items():
                    # Constructors are called from Python, so what they raise reaches the caller, not Qt.
                    overrides_qt = name != "__init__" and any(hasattr(base, name) for base in qt_bases)
                    if inspect.isfunction(method) and overrides_qt:
                        yield f"{own.__module__}.{own.__qualname__}.{name}", method


def test_every_override_of_a_qt_virtual_is_guarded(qapp):
    overrides = dict(qt_overrides())
    assert "planner.ui.models.task_tree.TaskTreeModel.data" in overrides  # the walk finds them
    assert len(overrides) > 80
    unguarded = [name for name, method in overrides.items() if method.__code__.co_qualname != "guarded.<locals>.guard"]
    assert not unguarded, f"add @guarded (planner.ui.guard) to these overrides of Qt virtuals: {unguarded}"


BROKEN_PAINT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from planner.session import Session
    from planner.ui import guard
    from planner.ui.controller import Controller
    from planner.ui.delegates import TaskDelegate
    from planner.ui.main_window import MainWindow

    def broken(self, painter, option, index):
        raise RuntimeError("the progress bar broke")

    TaskDelegate._paint_progress = broken  # what the table's delegate paints in the Done column
    app = QApplication([])
    guard.install_hooks()
    told = []
    guard.report.failed.connect(told.append)
    settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
    window = MainWindow(Controller(Session.open(None, sample=True)), None, settings)
    window.resize(2400, 900)  # wide enough that the Done column shows beside the sidebar and the editor
    window.show()
    window.show_view("table")
    view = window.view()
    view.expandAll()
    for _ in range(20):
        view.viewport().repaint()
        app.processEvents()
    window.grab()
    print(json.dumps({"told": told, "bar": window.message_bar.text.text(), "shown": window.message_bar.isVisible()}))
    window.close()
    """
)


def test_a_delegate_paint_that_raises_does_not_end_the_process(tmp_path):
    env = dict(os.environ, PLANNER_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    script = [sys.executable, "-c", BROKEN_PAINT, str(tmp_path / "settings.ini")]
    result = subprocess.run(script, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    log = tmp_path / "errors.log"
    assert out["told"] == [f"Something went wrong drawing the task list; the details are in {log}."]
    assert out["bar"] == out["told"][0] and out["shown"]
    text = log.read_text()
    assert text.count("Traceback (most recent call last)") == 1  # logged once though every frame raised
    assert ", planner.ui.delegates.TaskDelegate.paint\n" in text
    assert "RuntimeError: the progress bar broke" in text
