"""The one entry point for File > Import/Export and `planner import`/`export`: picks the format by extension.

Add a format by adding a `FileFormat` to `_formats`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from planner.core.i18n import tr
from planner.core.model import Workspace
from planner.io.common import ImportFileError, ImportResult


@dataclass(frozen=True)
class FileFormat:
    name: str  # shown in file dialogs
    extensions: tuple[str, ...]  # lower case, with the dot
    # Its functions, each as module:function in planner.io, imported when a file of the format is read or written:
    # `planner import` of one format imported every format's modules (iCalendar's library alone ~30 ms of CPU).
    reader: str | None
    writer: str | None
    # For an extension another kind of file shares: whether the file at a path is in this format.
    sniff: str | None = None


def _function(name: str) -> Callable:
    module, function = name.split(":")
    return getattr(importlib.import_module(f"planner.io.{module}"), function)


def _formats() -> tuple[FileFormat, ...]:
    return (
        FileFormat("MS Project XML", (".xml", ".mspdi"), "mspdi:import_mspdi", "mspdi:export_mspdi"),
        FileFormat("GanttProject", (".gan",), "gan:import_gan", "gan_export:export_gan"),
        FileFormat("iCalendar", (".ics", ".ical"), "ical:import_ical", "ical:export_ical"),
        # Our own workspaces are `.planner` files too (SQLite), so this reader takes only the XML ones.
        FileFormat(
            "GNOME Planner",
            (".planner",),
            "gnome_planner:import_gnome_planner",
            None,
            "gnome_planner:is_gnome_planner_file",
        ),
        FileFormat("CSV", (".csv",), "csv_format:import_csv", "csv_format:export_csv"),
        # Read through MPXJ when Java and the mpxj package are installed; else the import says how to enable it.
        FileFormat("MS Project or Primavera", (".mpp", ".xer"), "mpxj_files:import_through_mpxj", None),
    )


def formats() -> tuple[FileFormat, ...]:
    return _formats()


def _find(path: str | os.PathLike, want: str) -> FileFormat:
    suffix = Path(path).suffix.lower()
    for fmt in _formats():
        if suffix in fmt.extensions and getattr(fmt, want) is not None:
            return fmt
    known = ", ".join(ext for fmt in _formats() if getattr(fmt, want) for ext in fmt.extensions)
    verb = "import" if want == "reader" else "export"
    raise ImportFileError(
        tr("Import", "{name}: cannot {verb} “{value}” files; use {known}").format(
            name=Path(path).name, verb=verb, value=suffix or "no extension", known=known
        )
    )


def can_import(path: str | os.PathLike) -> bool:
    """Whether an importer reads the file at `path`: its extension is one we read, and a file whose extension
    another kind of file shares (a `.planner` workspace) is of that format."""
    fmt = next((f for f in _formats() if Path(path).suffix.lower() in f.extensions and f.reader), None)
    return fmt is not None and (fmt.sniff is None or _function(fmt.sniff)(path))


def import_file(path: str | os.PathLike) -> ImportResult:
    """Read `path` in the format its extension names. Raises ImportFileError (a ValidationError) if it cannot."""
    fmt = _find(path, "reader")
    if fmt.sniff is not None and Path(path).is_file() and not _function(fmt.sniff)(path):
        raise ImportFileError(
            tr(
                "Import",
                "{name}: this is not a {name2} file (it is not XML); if it is a Planner workspace, open it instead",
            ).format(name=Path(path).name, name2=fmt.name)
        )
    return _function(fmt.reader)(path)


def export_file(
    ws: Workspace, project_id: int, path: str | os.PathLike, extras: ImportResult | None = None
) -> list[str]:
    """Write project `project_id` of `ws` to `path` in the format its extension names; returns what the format
    could not hold, one line each, for the user (nothing for formats that do not say).

    `extras`, when given, supplies what the core model does not hold yet (calendars of tasks and
    people, lag formats, baselines), so a file that came in goes back out with them.
    """
    return _function(_find(path, "writer").writer)(ws, project_id, path, extras=extras) or []


def dialog_filters(want: str = "reader") -> list[str]:
    """File-dialog filters such as "MS Project XML (*.xml *.mspdi)"."""
    return [f"{fmt.name} ({' '.join('*' + ext for ext in fmt.extensions)})" for fmt in _formats() if getattr(fmt, want)]
