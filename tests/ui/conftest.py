"""A main window on a real temporary workspace file, with settings kept in the test's folder."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask
from planner.session import Session
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow


def open_controller(path: Path | None, sample: bool = False) -> Controller:
    return Controller(Session.open(path, sample))


@pytest.fixture
def workspace_path(tmp_path) -> Path:
    return tmp_path / "team.planner"


@pytest.fixture
def make_window(qtbot, tmp_path):
    windows = []

    def make(path: Path, sample: bool = False) -> MainWindow:
        settings = QSettings(str(tmp_path / f"settings-{len(windows)}.ini"), QSettings.Format.IniFormat)
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
