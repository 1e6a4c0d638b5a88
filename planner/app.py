"""The composition root: opens a workspace file, builds the controller and the window, and runs Qt.

Everything that needs Qt is imported inside the functions here, so `planner --version` and the
headless jobs never load it.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from planner import paths
from planner.core.commands import new_workspace
from planner.core.model import Workspace
from planner.store.backups import backup_time, list_backups, make_backup
from planner.store.workspace_file import WorkspaceFile


def open_file(path: Path | None, sample: bool = False) -> tuple[WorkspaceFile, Workspace]:
    """Open (or create) a workspace: the default one, the sample, or `path`. New files get the default columns."""
    if sample:
        path = paths.sample_workspace()
    elif path is None:
        path = paths.default_workspace()
    path = Path(path)
    is_new = not path.exists()
    file = WorkspaceFile.open(path, backup_dir=paths.backups_dir(path))
    try:
        ws = file.load()
        if is_new and sample:
            from planner.core.sample import build_sample

            ws = build_sample(date.today())
            file.insert_all(ws)
        elif not ws.statuses:
            file.write(ws, new_workspace().apply(ws))
        # Routines' occurrences due within their horizon become tasks on opening. This is the system keeping
        # the plan current, not an edit of the user's, so it is written at once and kept off the undo stack.
        from planner.core.recurrence import top_up_all

        created = top_up_all(ws, date.today())
        if created:
            file.write(ws, created)
    except BaseException:
        file.close()
        raise
    return file, ws


def workspace_backups(path: Path) -> list[tuple[str, Path]]:
    """The backups of the workspace at `path`, newest first, each with a label saying when it was taken."""
    out = []
    for backup in list_backups(paths.backups_dir(path)):
        taken = backup_time(backup)
        out.append((f"{taken:%A %d %B %Y, %H:%M:%S}" if taken else backup.name, backup))
    return out


def restore_backup(controller, backup: Path):
    """Replace the open workspace's contents with `backup`, after backing up what it holds now."""
    from planner.ui.controller import Controller

    file = controller.file
    make_backup(file, paths.backups_dir(file.path))
    file.restore_from(backup)
    controller.undo_stack.clear()
    return Controller(file, file.load())


def run(
    path: Path | None = None,
    sample: bool = False,
    screenshot: Path | None = None,
    view: str | None = None,
    size: tuple[int, int] = (1400, 900),
    theme_name: str | None = None,
) -> int:
    """Open the window (or render it into `screenshot` and exit). Returns the process exit code."""
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from planner.ui import theme
    from planner.ui.controller import Controller
    from planner.ui.main_window import MainWindow

    QCoreApplication.setOrganizationName("Planner")
    QCoreApplication.setApplicationName("Planner")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings()
    if screenshot is not None:
        # A screenshot must not depend on, or change, the user's window state.
        settings = QSettings(str(paths.data_dir() / "screenshot-settings.ini"), QSettings.Format.IniFormat)
        settings.clear()
    theme.apply_theme(app, theme_name or settings.value("theme", "system"))

    def open_controller(target: Path | None, sample: bool = False) -> Controller:
        file, ws = open_file(target, sample)
        controller = Controller(file, ws)
        if screenshot is None:
            # After the first paint: a backup is a copy of the whole file and must not delay the window.
            QTimer.singleShot(300, lambda: make_backup(file, paths.backups_dir(file.path)))
        return controller

    try:
        controller = open_controller(path, sample)
    except Exception as exc:
        if screenshot is not None:
            print(f"planner: {exc}", file=sys.stderr)
            return 2
        QMessageBox.warning(None, "The workspace could not be opened", str(exc))
        return 2
    window = MainWindow(controller, open_controller, settings)
    if theme_name:
        window.theme_actions[theme_name].setChecked(True)
    if view:
        window.show_view(view)
    if screenshot is None:
        window.show()
        return app.exec()
    window.resize(*size)
    window.show()
    projects = controller.ws.ordered("project")
    if getattr(window.view(), "shows_one_project", False) and projects:  # the Project view: the first project
        window.sidebar.select_scope(("project", projects[0].id))
    for _ in range(3):
        app.processEvents()
    ok = window.grab().save(str(screenshot))
    window.close()
    if not ok:
        print(f"planner: could not write {screenshot}", file=sys.stderr)
        return 2
    return 0
