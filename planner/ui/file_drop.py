"""Files handed to the window from outside: dropped on it, or sent by the system (macOS sends the application a
QFileOpenEvent for a file double-clicked in the Finder or dropped on the Dock icon). This module only finds the
paths; the window decides whether each one is opened as a workspace or imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject

from planner.ui.guard import guarded


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (a link to a web page is no file to open)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


class FileOpenFilter(QObject):
    """Watches the application for QFileOpenEvents and hands each file to `open_files`."""

    def __init__(self, open_files: Callable[[list[Path]], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_files = open_files

    @guarded(default=False)
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self._open_files([Path(event.file())])
            return True
        return super().eventFilter(watched, event)
