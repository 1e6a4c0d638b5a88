"""Tasks to and from the system clipboard, in a spreadsheet's terms. Copy puts the chosen tasks there as a
spreadsheet does (tab-separated text with a header row, and an HTML table); paste reads rows a spreadsheet put
there with the CSV import's column rules into one `PasteTasks` command, which the window runs (one undo step)."""

from __future__ import annotations

import atexit
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import ParentKey, Workspace
from planner.io.apply import PasteTasks
from planner.io.csv_format import chosen_cells, clipboard_text, guess_fields, import_text, read_table
from planner.ui.locale_reading import user_reading

_put: int | None = None  # where the data we last put on the clipboard lives (its C++ address)


def copy_tasks(ws: Workspace, task_ids: Sequence[int]) -> None:
    global _put
    text, html = clipboard_text(chosen_cells(ws, task_ids))
    mime = QMimeData()
    mime.setText(text)
    mime.setHtml(html)
    QGuiApplication.clipboard().setMimeData(mime)
    if _put is None:
        atexit.register(_leave_text_only)
    _put = shiboken6.getCppPointer(mime)[0]


def _leave_text_only() -> None:
    """Put plain text in place of our data on the clipboard while Python still runs: Qt deleting a QMimeData made
    in Python as the interpreter shuts down ends the process with a segmentation fault (PySide6 6.11, every run)."""
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and shiboken6.getCppPointer(data)[0] == _put:  # not another program's since
        clipboard.setText(clipboard.text())


def paste_tasks(text: str, parent: ParentKey, index: int | None) -> PasteTasks:
    """The command that adds the rows of `text` under `parent` at `index`; ValidationError saying why it cannot.

    A first row that names a column of task names is a header row, read as a CSV file's; without one, each row's
    first cell is a task's name (a column of names copied alone)."""
    if not text.strip():
        raise ValidationError(tr("Clipboard", "The clipboard holds no rows to paste"))
    source = tr("Clipboard", "the pasted rows")
    _, rows = read_table(text, source, limit=1)
    header = "name" in guess_fields(rows[0])
    reading = user_reading() if header else user_reading(fields=["name"], header=False)
    return PasteTasks(import_text(text, source, reading), parent, index)
