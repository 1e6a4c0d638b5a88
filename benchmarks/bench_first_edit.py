"""Times the first edit that moves dates after an open (issue #14, eighteenth steps), each case in a fresh process on a
fresh copy of the plan: `Session.run` of `bench_edit.py`'s edit (the task with the most tasks after it, +1 day) when
nothing computed the schedule before it, when the open computed it (a view that shows slack or computed dates), and
when `Session.prepare_edits` readied it (what the window does on the first sign of an edit); then in a window with the
editor folded and the table shown, a cell's editor opened and closed, or Ctrl pressed as a shortcut begins (the
sign), the edit and the repaint. CPU time.

Run: python benchmarks/bench_first_edit.py w.planner [runs]
"""

from __future__ import annotations

import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import open_window

from planner.core.commands import EditTask
from planner.session import Session

TODAY = date(2026, 12, 4)
CASES = (
    "nothing before",
    "schedule at open",
    "prepare_edits",
    "window, a cell's editor opened",
    "window, Ctrl pressed",
)


def opened(path: Path) -> Session:
    copy = Path(tempfile.mkdtemp()) / "w.planner"
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    session = Session.open(copy)
    session.today = lambda: TODAY
    return session


def one(path: Path, case: str, task_id: int) -> float:
    """The case's first edit, in milliseconds of this process's CPU time."""
    session = opened(path)
    if case == "schedule at open":
        session.schedule  # noqa: B018
    elif case == "prepare_edits":
        session.prepare_edits()
    edit = EditTask(task_id, duration=session.ws.tasks[task_id].duration + 480)
    if case.startswith("window"):
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from planner.ui.controller import Controller

        controller = Controller(session)
        app, window = open_window(controller)
        view = window.view()
        view.select_task(task_id)
        app.processEvents()
        if case.endswith("opened"):
            view.edit(view.currentIndex().siblingAtColumn(0))
            app.processEvents()
            QTest.keyClick(app.focusWidget(), Qt.Key.Key_Escape)
        else:
            while controller.known_warnings is None:  # painted: its warnings looked for, then the first press watched
                QTest.qWait(10)
            app.processEvents()
            QTest.keyPress(app.focusWidget() or view, Qt.Key.Key_Control)
        app.processEvents()
        cpu = time.process_time()
        controller.run(edit)
        app.processEvents()
    else:
        cpu = time.process_time()
        session.run(edit)
    return (time.process_time() - cpu) * 1000


def main() -> None:
    path, runs = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 5
    if len(sys.argv) > 3:  # one case, in this fresh process
        print(one(path, sys.argv[3], int(sys.argv[4])))
        return
    from bench_edit import downstream

    ws = Session.read(path).ws
    leaves = [t.id for t in ws.tasks.values() if t.project_id and t.duration and not ws.is_summary(t.id)]
    task_id = max(leaves[:300], key=lambda tid: downstream(ws, tid))
    for case in CASES:
        times = [
            float(subprocess.check_output([sys.executable, __file__, str(path), "1", case, str(task_id)], text=True))
            for _ in range(runs)
        ]
        print(f"{case}: CPU median {statistics.median(times):.1f} ms ({min(times):.1f}–{max(times):.1f}), {runs} runs")


if __name__ == "__main__":
    main()
