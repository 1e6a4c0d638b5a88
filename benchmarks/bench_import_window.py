"""Times File ▸ Import in the window: an MS Project file read, applied, rescheduled and written into a new workspace
through `MainWindow.import_path`, with each wait over 100 ms between the firings of a 10 ms QTimer (how long the
window went without answering) and the phase the progress showed when it ended. With --cancel-after S, Cancel
is clicked S seconds after the progress shows, and the time it takes to answer (the import returning, the
workspace put back) is printed.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_import_window.py PLAN.xml [--cancel-after S]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import open_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from planner.session import Session
from planner.ui import dialogs
from planner.ui.controller import Controller


class Gaps:
    """The waits between two firings of a 10 ms timer over 100 ms (how long the window went without answering),
    each with the progress dialog's text when it ended (the phase it was in)."""

    def __init__(self, window) -> None:
        self.window, self.long, self.last = window, [], time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._fired)
        self.timer.start()

    def _fired(self) -> None:
        now = time.perf_counter()
        if now - self.last > 0.1:
            dialog = self.window.findChild(QProgressDialog)
            shown = dialog is not None and dialog.isVisible()
            self.long.append((now - self.last, dialog.labelText() if shown else "no progress shown"))
        self.last = now

    def longest(self) -> str:
        gap, label = max(self.long, default=(0.0, "-"))
        each = ", ".join(f"{gap * 1000:.0f} ({label})" for gap, label in self.long)
        return f"{gap * 1000:.0f} ms (before {label!r}); each gap over 100 ms, in order: {each}"


def click_cancel_after(window, seconds: float, clicked: list) -> None:
    """Click Cancel on the progress dialog `seconds` after it shows; the click's time and the phase shown then go
    into `clicked`."""
    shown: list[float] = []

    def poll() -> None:
        dialog = window.findChild(QProgressDialog)
        if dialog is not None and dialog.isVisible():
            shown[:1] = shown[:1] or [time.perf_counter()]
            if time.perf_counter() - shown[0] >= seconds:
                clicked.extend([time.perf_counter(), dialog.labelText()])
                dialog.findChild(QPushButton).click()
                return
        QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("plan", type=Path)
    parser.add_argument("--cancel-after", type=float, default=None)
    args = parser.parse_args()
    dialogs.tell = lambda *_: None  # the import's summary
    app, window = open_window(Controller(Session.open(Path(tempfile.mkdtemp()) / "into.planner")))
    clicked: list = []
    if args.cancel_after is not None:
        click_cancel_after(window, args.cancel_after, clicked)
    gaps = Gaps(window)
    wall, cpu = time.perf_counter(), time.process_time()
    done = window.import_path(args.plan)
    ended = time.perf_counter()
    wall, cpu = ended - wall, time.process_time() - cpu
    app.processEvents()
    gaps.timer.stop()
    tasks = len(window.controller.ws.tasks)
    line = f"{'imported' if done else 'cancelled'}: {tasks} tasks, {wall:.2f} s wall, {cpu:.2f} s CPU"
    line += f"; longest the window did not answer {gaps.longest()}"
    if clicked:
        answered = (ended - clicked[0]) * 1000
        line += f"; Cancel clicked during {clicked[1]!r} answered in {answered:.0f} ms (click to return)"
    print(line, flush=True)


if __name__ == "__main__":
    main()
