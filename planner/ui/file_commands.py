"""The File menu's commands on the workspace of a main window: a new one, open, a copy saved, a backup restored,
import and export, and files brought in from outside. Each takes the window; none keeps state of its own.
"""

from __future__ import annotations

from pathlib import Path

from planner.core.i18n import tr
from planner.ui import dialogs


def new_workspace(window) -> None:
    path = dialogs.choose_save_file(
        window, tr("MainWindow", "New workspace"), str(Path.home()), tr("MainWindow", "Planner workspace (*.planner)")
    )
    if path:
        if path.suffix != ".planner":
            path = path.with_suffix(".planner")
        if path.exists():
            dialogs.warn(
                window,
                tr("MainWindow", "New workspace"),
                tr("MainWindow", "{path} already exists. Open it, or choose another name.").format(path=path),
            )
            return
        window.open_path(path)


def open_dialog(window) -> None:
    start = str(window.controller.session.path.parent)
    choices = tr("MainWindow", "Planner workspace (*.planner);;All files (*)")
    path = dialogs.choose_open_file(window, tr("MainWindow", "Open workspace"), start, choices)
    if path:
        window.open_path(path)


def save_copy(window) -> None:
    current = window.controller.session.path
    if window.controller.session.on_server:  # its name is the database's: the copy goes to a local folder
        current = Path.home() / f"{current.stem}.planner"
    suggested = current.with_stem(tr("MainWindow", "{name} copy").format(name=current.stem))
    path = dialogs.choose_save_file(
        window, tr("MainWindow", "Save a copy"), str(suggested), tr("MainWindow", "Planner workspace (*.planner)")
    )
    if path:
        try:
            dest = window.controller.file.save_copy(path)
        except Exception as exc:
            dialogs.warn(window, tr("MainWindow", "The copy could not be saved"), str(exc))
            return
        window.statusBar().showMessage(tr("MainWindow", "Saved a copy as {dest}").format(dest=dest), 5000)


def restore_backup(window) -> None:
    backups = window.controller.session.backups()
    if not backups:
        dialogs.warn(
            window,
            tr("MainWindow", "Restore from backup"),
            tr("MainWindow", "There are no backups of this workspace yet."),
        )
        return
    labels = [label for label, _ in backups]
    question = tr("MainWindow", "Replace this workspace with the backup taken at:")
    choice = dialogs.ask_choice(window, tr("MainWindow", "Restore from backup"), question, labels)
    if choice is not None and window.controller.restore(dict(backups)[choice]):
        window.statusBar().showMessage(
            tr("MainWindow", "Restored the backup taken at {choice} (Undo takes it back)").format(choice=choice),
            5000,
        )


def import_dialog(window) -> None:
    from planner.io.formats import dialog_filters

    choices = ";;".join([*dialog_filters("reader"), tr("MainWindow", "All files (*)")])
    path = dialogs.choose_open_file(window, tr("MainWindow", "Import a plan"), str(Path.home()), choices)
    if path:
        import_path(window, path)


def import_path(window, path: Path) -> bool:
    """Import `path` as a new project, in one undoable step, and say what came in and what was skipped. One
    progress dialog with Cancel covers it all: the reading on a worker, then the adding, scheduling and saving
    here; a Cancel at any point leaves the workspace, its file and the undo stack as they were."""
    from planner.core.errors import ValidationError
    from planner.core.memory import kept_out_of_collections
    from planner.core.progress import Cancelled
    from planner.io.apply import ApplyImport
    from planner.ui.file_jobs import importing, read_plan

    try:
        reading = None
        if path.suffix.lower() == ".csv":  # which column holds what: the user says, in a preview
            from planner.ui.csv_import_dialog import ask_csv_reading

            reading = ask_csv_reading(window, path)
            if reading is None:
                return False
        # The collector would walk the plan read, then the workspace it becomes, over and over for nothing
        # (nothing made here is cyclic garbage): paused throughout, and what is kept set aside at the end.
        with kept_out_of_collections(), importing(window, path) as shown:
            result = read_plan(shown, path, reading)
            if result is None:
                raise Cancelled
            command = ApplyImport(result, take=True)  # only its summary is read afterwards
            if not window.controller.run_watched(command, shown):
                return False
    except ValidationError as exc:
        dialogs.warn(window, tr("MainWindow", "The file could not be imported"), str(exc))
        return False
    except Cancelled:
        window.statusBar().showMessage(
            tr("MainWindow", "Import of {name} cancelled: nothing was changed").format(name=path.name), 5000
        )
        return False
    window.sidebar.select_scope(("project", command.project_id))
    dialogs.tell(window, tr("MainWindow", "Import finished"), "\n".join(result.summary.lines()))
    return True


def export_dialog(window) -> None:
    from planner.core.errors import ValidationError
    from planner.io.formats import dialog_filters
    from planner.ui.file_jobs import write_plan

    ws = window.controller.ws
    scope = window.proxy.scope
    if isinstance(scope, tuple) and scope[0] == "project":
        project_id = scope[1]
    else:
        names = [p.name for p in ws.ordered("project")]
        if not names:
            dialogs.warn(
                window,
                tr("MainWindow", "Export"),
                tr("MainWindow", "There is no project to export: only projects go to MS Project files."),
            )
            return
        name = dialogs.ask_choice(window, tr("MainWindow", "Export"), tr("MainWindow", "Export the project:"), names)
        if name is None:
            return
        project_id = next(p.id for p in ws.ordered("project") if p.name == name)
    suggested = str(Path.home() / f"{ws.projects[project_id].name}.xml")
    path = dialogs.choose_save_file(window, tr("MainWindow", "Export"), suggested, ";;".join(dialog_filters("writer")))
    if not path:
        return
    try:
        if not write_plan(window, ws, project_id, path):
            window.statusBar().showMessage(
                tr("MainWindow", "Export to {name} cancelled: the file was not written").format(name=path.name),
                5000,
            )
            return
    except (ValidationError, OSError) as exc:
        dialogs.warn(window, tr("MainWindow", "The project could not be exported"), str(exc))
        return
    window.statusBar().showMessage(
        tr("MainWindow", "Exported “{name}” to {path}").format(name=ws.projects[project_id].name, path=path), 5000
    )


def open_files(window, paths: list[Path]) -> None:
    """Bring in files from outside (dropped, or sent by the system), each as File ▸ Open or File ▸ Import
    would: a workspace is opened, a plan an importer reads is imported with its summary; the rest are named."""
    from planner.io.formats import can_import, dialog_filters

    if window.moment is not None:  # nothing comes in while the plan as it was is in front
        window.message_bar.show_message(window.controller.session.read_only_reason)
        return
    unknown = []
    for path in paths:
        if can_import(path):
            import_path(window, path)
        elif path.suffix.lower() == ".planner":
            window.open_path(path)
        else:
            unknown.append(path.name)
    if unknown:
        known = ", ".join([tr("MainWindow", "Planner workspace (*.planner)"), *dialog_filters("reader")])
        dialogs.warn(
            window,
            tr("MainWindow", "Files not opened"),
            tr("MainWindow", "Planner cannot open {names}.\n\nIt opens: {known}.").format(
                names=", ".join(unknown), known=known
            ),
        )
