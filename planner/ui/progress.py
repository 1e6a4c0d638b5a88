"""Long file work (an import's parsing, an export's writing) on a worker thread while the window waits with a
progress dialog and a Cancel button, shown only when the work takes longer than SHOW_AFTER_MS.

The Session is not thread-safe, so the worker only reads a file into new objects or writes one from the
workspace, which nothing changes meanwhile: the dialog is window-modal, so no edit can start. Whatever changes
the workspace (applying an import) runs on the GUI thread afterwards, and never after a Cancel."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.core.i18n import tr

T = TypeVar("T")
SHOW_AFTER_MS = 500  # quicker work never flashes a dialog
THREAD_NAME = "planner-file-work"
SWITCH_INTERVAL = 0.0005  # s: how long the worker may keep Python's lock while the GUI thread waits for it


class _Finished(QObject):
    """Tells the waiting GUI thread that the worker is done (the signal crosses threads as a queued call)."""

    done = Signal()


class Background(Generic[T]):
    """One piece of work on a thread; `wait` runs it with the progress dialog and says how it ended."""

    def __init__(self, work: Callable[[], T], discard: Callable[[], object] | None = None) -> None:
        """`discard`, when given, runs on the worker after a cancelled piece of work finishes (removes what it
        wrote); the work itself cannot be stopped midway, so it runs to its end and its result is dropped."""
        self._work, self._discard = work, discard
        self._lock = threading.Lock()
        self._finished = False
        self._cancelled = False
        self.result: T | None = None
        self.error: BaseException | None = None

    def _run(self, signal: _Finished) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # handed to the GUI thread, which raises it there
            self.error = exc
        with self._lock:
            self._finished = True
            discard = self._cancelled and self._discard is not None
        if discard:
            self._discard()
        signal.done.emit()

    def _cancel(self, loop: QEventLoop) -> None:
        """The user's Cancel, decided at the click: work that finished before it is kept."""
        with self._lock:
            self._cancelled = not self._finished
        loop.quit()

    def wait(self, parent: QWidget, text: str) -> bool:
        """Run the work and wait for it, serving the window's events; True when it finished (and then `result`
        holds what it returned; what it raised is raised here), False when the user cancelled."""
        signal = _Finished()
        loop = QEventLoop()
        signal.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        progress = QProgressDialog(
            text, tr("Progress", "Cancel"), 0, 0, parent
        )  # a busy bar: parsers do not say how far they are
        progress.setWindowTitle(tr("Progress", "Planner"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_AFTER_MS)
        progress.setAutoClose(False)
        progress.setValue(0)  # starts the clock to SHOW_AFTER_MS (else it shows after Qt's default 4 s)
        progress.canceled.connect(lambda: self._cancel(loop))
        # The worker holds Python's lock for 5 ms at a time, and each Qt call the GUI thread makes gives it back:
        # painting the dialog (and the views' Python paint code) waited ~1 s for an export of 12,000 tasks.
        switch = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        threading.Thread(target=self._run, args=(signal,), name=THREAD_NAME, daemon=True).start()
        try:
            loop.exec()
        finally:
            sys.setswitchinterval(switch)
        progress.canceled.disconnect()  # closing the dialog says "canceled" too
        progress.close()
        progress.deleteLater()
        if self._cancelled:
            return False
        if self.error is not None:
            raise self.error
        return True
