"""Imports' reading and exports' writing as the window runs them: on a worker thread behind a progress dialog
with Cancel (planner.ui.progress). A cancelled reading returns nothing, so nothing is applied; a cancelled export
leaves the target as it was, since the file is written in a folder of its own beside it and moved over the
target only when done."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from planner.core.i18n import tr
from planner.core.model import Workspace
from planner.io.common import ImportResult
from planner.io.csv_format import Reading, import_csv
from planner.io.formats import export_file, import_file
from planner.ui.progress import Background, Shown


def importing(parent: QWidget, path: Path) -> Shown:
    """The progress dialog of importing `path`, from its reading to its saving."""
    return Shown(parent, tr("FileJobs", "Reading {name}…").format(name=path.name))


def read_plan(shown: Shown, path: Path, reading: Reading | None = None) -> ImportResult | None:
    """The plan in the file at `path` (a CSV file read as `reading` says), read behind `shown`; None when
    cancelled; raises ValidationError saying why the file cannot be read."""
    job = Background(lambda: import_csv(path, reading=reading) if reading else import_file(path))
    return job.result if job.wait(shown) else None


def write_plan(parent: QWidget, ws: Workspace, project_id: int, path: Path) -> bool:
    """Export project `project_id` to `path`; False when cancelled. Raises ValidationError or OSError.

    Written under its own name (formats write the file's name into it) in a new folder beside the target, so
    the move over the target is one rename on the same disk."""
    folder = Path(tempfile.mkdtemp(prefix=".planner-export-", dir=path.parent))
    job = Background(lambda: export_file(ws, project_id, folder / path.name), lambda: shutil.rmtree(folder, True))
    try:
        with Shown(parent, tr("FileJobs", "Writing {name}…").format(name=path.name)) as shown:
            if not job.wait(shown):
                return False  # the worker removes the folder when it is done
        os.replace(folder / path.name, path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    shutil.rmtree(folder, ignore_errors=True)
    return True
