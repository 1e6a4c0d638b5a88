"""Long work behind a window-modal progress dialog with Cancel, shown only when the work takes longer than
SHOW_AFTER_MS: file work (an import's parsing, an export's writing) on a worker thread (`Background`), and long
edits through the Session (an import's adding, scheduling and saving) on the window's thread, which serves the
window's events from inside the work (`Shown`, a `planner.core.progress.Watcher`).

The Session is not thread-safe, so a worker only reads a file into new objects or writes one from the workspace,
which nothing changes meanwhile: the dialog is window-modal, so no edit can start. Whatever changes the workspace
runs on the GUI thread, and a Cancel there is raised inside the work (`Cancelled`), whose rollback puts the
workspace, its file and the undo stack back as they were."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from planner.core.i18n import tr
from planner.core.progress import Cancelled

T = TypeVar("T")
SHOW_AFTER_MS = 500  # quicker work never flashes a dialog
THREAD_NAME = "planner-file-work"
SWITCH_INTERVAL = 0.0005  # s: how long the worker may keep Python's lock while the GUI thread waits for it
ANSWER_EVERY = 0.03  # s: how often work on the window's thread stops to serve the window's events


class Shown:
    """The progress dialog of one long job, from its first phase to its end (an import: reading on a worker,
    then adding, scheduling and saving on the window's thread): busy, or a determinate bar when the phase's
    count is known. As the core's Watcher, it serves the window's events every ANSWER_EVERY from inside the
    work, and raises Cancelled there once Cancel has been clicked."""

    def __init__(self, parent: QWidget, text: str) -> None:
        self.dialog = QProgressDialog(text, tr("Progress", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(tr("Progress", "Planner"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)  # starts the clock to SHOW_AFTER_MS (else it shows after Qt's default 4 s)
        self.cancelled = False
        self.dialog.canceled.connect(self._cancel)
        self._total = self._done = 0
        self._answered = time.monotonic()

    def _cancel(self) -> None:
        """Qt hides the dialog at the click, but putting back what the work did can take a while (seconds at
        105,000 tasks), with the window not answering: the dialog stays, saying so, its button off."""
        self.cancelled = True
        self.dialog.setLabelText(tr("Progress", "Cancelling…"))
        self.dialog.setRange(0, 0)
        self.dialog.findChild(QPushButton).setEnabled(False)
        self.dialog.show()
        self.dialog.repaint()  # now: the work goes on before the window's events are served again

    def phase(self, text: str, total: int) -> None:
        self.dialog.setLabelText(text)
        self.dialog.setRange(0, total)
        self._total, self._done = total, 0
        self._answer()

    def advance(self, count: int) -> None:
        self._done += count
        if time.monotonic() - self._answered >= ANSWER_EVERY:
            self._answer()

    def _answer(self) -> None:
        """Show how far the work is, serve the window's events, and stop the work if Cancel was clicked."""
        if self._total and self._done:  # (a value at the minimum would start the clock to showing anew)
            self.dialog.setValue(min(self._done, self._total))
        QApplication.processEvents()
        self._answered = time.monotonic()
        if self.cancelled:
            raise Cancelled

    def __enter__(self) -> Shown:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.dialog.canceled.disconnect(self._cancel)  # closing the dialog says "canceled" too
        self.dialog.close()
        self.dialog.deleteLater()


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

    def wait(self, shown: Shown) -> bool:
        """Run the work and wait for it behind `shown`, serving the window's events; True when it finished (and
        then `result` holds what it returned; what it raised is raised here), False when the user cancelled."""
        signal = _Finished()
        loop = QEventLoop()
        signal.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        cancel = shown.dialog.canceled.connect(lambda: self._cancel(loop))
        # The worker holds Python's lock for 5 ms at a time, and each Qt call the GUI thread makes gives it back:
        # painting the dialog (and the views' Python paint code) waited ~1 s for an export of 12,000 tasks.
        switch = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        threading.Thread(target=self._run, args=(signal,), name=THREAD_NAME, daemon=True).start()
        try:
            loop.exec()
        finally:
            sys.setswitchinterval(switch)
            shown.dialog.canceled.disconnect(cancel)
        if self._cancelled:
            return False
        if self.error is not None:
            raise self.error
        return True
