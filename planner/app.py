"""The composition root and the `planner` command: hands a job to planner.cli, or opens a workspace through a
Session, builds the controller and the window, and runs Qt.

Everything that needs Qt is imported inside the functions here, so `planner --version` and the
headless jobs never load it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from planner import __version__, cli, paths
from planner.core.i18n import tr
from planner.core.memory import collector_paused
from planner.session import Session

DESKTOP_FILE_NAME = "planner"  # resources/planner.desktop, without its suffix


def main(argv: list[str] | None = None) -> int:
    """The `planner` command: a headless job (planner.cli) or the window."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in cli.JOBS:
        return cli.main(argv)
    from planner.ui.views import VIEW_NAMES  # the window's: a job needs neither it nor ctypes (~5 ms of a job's start)

    parser = argparse.ArgumentParser(prog="planner", description="Plan a team's ongoing work and its projects.")
    parser.add_argument(
        "path", nargs="?", type=cli.location, help="workspace file to open or create (*.planner), or postgresql:// URL"
    )
    parser.add_argument("--version", action="version", version=f"Planner {__version__}")
    parser.add_argument("--sample", action="store_true", help="open the sample workspace")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window into a PNG and exit")
    parser.add_argument("--view", choices=VIEW_NAMES, help="the view to show")
    parser.add_argument("--size", default="1400x900", help="window size for --screenshot, WIDTHxHEIGHT")
    parser.add_argument("--theme", choices=("light", "dark"), help="colour theme")
    parser.add_argument("--scenario", metavar="NAME", help="put this scenario in front instead of the live plan")
    parser.add_argument("--language", choices=("en", "de", "fr"), help="language of the window (default: as chosen)")
    parser.epilog = "jobs: " + ", ".join(f"planner {name} …" for name in cli.JOBS)
    args = parser.parse_args(argv)
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size must look like 1400x900, not {args.size}")
    if args.path is not None and args.sample:
        parser.error("give a workspace PATH or --sample, not both")
    return run(
        args.path, args.sample, args.screenshot, args.view, (width, height), args.theme, args.scenario, args.language
    )


def run(
    path: Path | None = None,
    sample: bool = False,
    screenshot: Path | None = None,
    view: str | None = None,
    size: tuple[int, int] = (1400, 900),
    theme_name: str | None = None,
    scenario: str | None = None,
    language_name: str | None = None,
) -> int:
    """Open the window (or render it into `screenshot` and exit). Returns the process exit code."""
    from planner.ui import x11_libraries

    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif advice := x11_libraries.problem():  # Qt would abort, naming no library
        print(f"planner: {advice}", file=sys.stderr)
        return 2
    # The start makes ~70,000 objects that live as long as the window (modules, widgets, the workspace) and next
    # to no garbage: collections during it only walked them again (~50 ms of a 0.5 s open). The load sets what it
    # made aside itself (kept_out_of_collections); the garbage the imports left waits for the next load's collection.
    with collector_paused():
        started = _start(path, sample, screenshot, view, theme_name, scenario, language_name)
    if isinstance(started, int):
        return started
    app, window = started
    if screenshot is None:
        if sys.platform == "darwin":  # a file double-clicked in the Finder, or dropped on the Dock icon
            from planner.ui.file_drop import FileOpenFilter

            # Only there: an application's event filter sees every event of every widget.
            app.installEventFilter(FileOpenFilter(window.open_files, window))
        window.show()
        return app.exec()
    window.resize(*size)
    window.show()
    projects = window.controller.ws.ordered("project")
    if projects and getattr(window.view(), "shows_one_project", False):  # the Project view: the first project
        window.sidebar.select_scope(("project", projects[0].id))
    for _ in range(3):
        app.processEvents()
    ok = window.grab().save(str(screenshot))
    window.close()
    if not ok:
        print(f"planner: could not write {screenshot}", file=sys.stderr)
        return 2
    return 0


def _start(
    path: Path | None,
    sample: bool,
    screenshot: Path | None,
    view: str | None,
    theme_name: str | None,
    scenario: str | None,
    language_name: str | None,
) -> int | tuple:
    """The application and the window built on the workspace opened, not shown yet; or the exit code when the
    workspace or the scenario asked for cannot be opened."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    _skip_feature_source_reads()
    from planner.core import locale_text
    from planner.reports import formats
    from planner.ui import dialogs, guard, language, theme
    from planner.ui.controller import Controller
    from planner.ui.main_window import MainWindow

    QCoreApplication.setOrganizationName("Planner")
    QCoreApplication.setApplicationName("Planner")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Wayland finds the window's icon and name through the desktop file (resources/planner.desktop).
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    locale_text.install(formats)  # the charts write dates and numbers as the user's locale does
    guard.install_hooks()
    settings = QSettings()
    if screenshot is not None:
        # A screenshot must not depend on, or change, the user's window state.
        settings = QSettings(str(paths.data_dir() / "screenshot-settings.ini"), QSettings.Format.IniFormat)
        settings.clear()
    theme.apply_theme(app, theme_name or settings.value("theme", "system"))
    if language_name is None:  # a screenshot is in English unless asked, whatever the system's language
        language_name = language.ENGLISH if screenshot is not None else language.resolve(language.chosen(settings))
    language.install(language_name)

    def open_controller(target: Path | None, sample: bool = False) -> Controller:
        if screenshot is not None:  # a screenshot only reads, so it works while a window holds the workspace
            if target is not None and not isinstance(target, str) and not Path(target).exists():
                Session.open(target).close()  # `planner PATH` makes a new workspace, with a window or without
            return Controller(Session.read(target, sample))
        controller = Controller(Session.open(target, sample))
        if not controller.session.on_server:  # a server's workspace is backed up on the server (pg_dump)
            controller.back_up_after_paint()
        return controller

    try:
        controller = open_controller(path, sample)
    except Exception as exc:
        if screenshot is not None:
            print(f"planner: {exc}", file=sys.stderr)
            return 2
        dialogs.warn(None, tr("MainWindow", "The workspace could not be opened"), str(exc))
        return 2
    window = MainWindow(controller, open_controller, settings)
    if theme_name:
        window.theme_actions[theme_name].setChecked(True)
    if scenario:
        found = [s.id for s in controller.session.scenarios if s.scenario_name.casefold() == scenario.casefold()]
        if not found:
            names = ", ".join(f"“{s.scenario_name}”" for s in controller.session.scenarios) or "none"
            print(f"planner: there is no scenario “{scenario}” (scenarios: {names})", file=sys.stderr)
            return 2
        window.scenarios.bring_to_front(found[0])
    if view:
        window.show_view(view)
    return app, window


def _skip_feature_source_reads() -> None:
    """PySide6 reads the whole source of every module imported after it (`inspect.getsource`, kept in `linecache`)
    only to learn whether the text names PySide6, and so may select one of its `__feature__`s (snake_case,
    true_property): ~80 modules at open, ~15 ms of CPU. Planner selects no feature, so every module runs with the
    default selection whatever the answer; answering "names PySide6" (the default selection, as PySide6 finds for
    each of our Qt modules) without reading changes nothing else."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = lambda module: True
