"""The one entry point for File > Import/Export and `planner import`/`export`: picks the format by extension.

Add a format by adding a `FileFormat` to `_formats`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from planner.core.model import Workspace
from planner.io.common import ImportFileError, ImportResult


@dataclass(frozen=True)
class FileFormat:
    name: str  # shown in file dialogs
    extensions: tuple[str, ...]  # lower case, with the dot
    reader: Callable[[str | os.PathLike], ImportResult] | None
    writer: Callable[..., None] | None


def _formats() -> tuple[FileFormat, ...]:
    # Imported here, not at the top, so that a format module's own imports stay off the start-up path.
    from planner.io import csv_format, gan, ical, mspdi

    return (
        FileFormat("MS Project XML", (".xml", ".mspdi"), mspdi.import_mspdi, mspdi.export_mspdi),
        FileFormat("GanttProject", (".gan",), gan.import_gan, None),
        FileFormat("iCalendar", (".ics", ".ical"), ical.import_ical, ical.export_ical),
        FileFormat("CSV", (".csv",), csv_format.import_csv, csv_format.export_csv),
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
    raise ImportFileError(f"{Path(path).name}: cannot {verb} “{suffix or 'no extension'}” files; use {known}")


def import_file(path: str | os.PathLike) -> ImportResult:
    """Read `path` in the format its extension names. Raises ImportFileError (a ValidationError) if it cannot."""
    return _find(path, "reader").reader(path)


def export_file(ws: Workspace, project_id: int, path: str | os.PathLike, extras: ImportResult | None = None) -> None:
    """Write project `project_id` of `ws` to `path` in the format its extension names.

    `extras`, when given, supplies what the core model does not hold yet (calendars of tasks and
    people, lag formats, baselines), so a file that came in goes back out with them.
    """
    _find(path, "writer").writer(ws, project_id, path, extras=extras)


def dialog_filters(want: str = "reader") -> list[str]:
    """File-dialog filters such as "MS Project XML (*.xml *.mspdi)"."""
    return [f"{fmt.name} ({' '.join('*' + ext for ext in fmt.extensions)})" for fmt in _formats() if getattr(fmt, want)]
