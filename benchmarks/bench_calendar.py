"""Times the calendar's hot paths on 2,000 dated tasks and 50 daily routines: expanding every routine over a year,
creating the occurrences due in their horizon, and opening the month view (items collected and the first frame
painted), plus one repaint. Plain timing, printed.

Run: python benchmarks/bench_calendar.py
"""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta

from common import best

from planner.core.commands import AddObject, new_workspace
from planner.core.model import Task, Workspace
from planner.core.recurrence import CreateOccurrences, future_occurrences

TODAY = date(2026, 3, 11)


def build(tasks: int = 2_000, routines: int = 50) -> Workspace:
    rng = random.Random(1)
    ws = Workspace()
    new_workspace().apply(ws)
    for name in ("Ops", "Content", "Support", "Sales"):
        AddObject("area", name=name).apply(ws)
    for i in range(tasks):
        start = datetime.combine(TODAY + timedelta(days=rng.randint(-40, 40)), datetime.min.time()).replace(hour=8)
        days = rng.choice((0, 0, 1, 1, 2, 3, 5))
        finish = start + timedelta(days=days, hours=9)
        ws.put("task", Task(id=i + 1, title=f"Task {i + 1}", area_id=rng.randint(1, 4), position=i, start=start,
                            finish=finish, duration=(days + 1) * 480))  # fmt: skip
    for r in range(routines):
        ws.put("task", Task(id=tasks + r + 1, title=f"Routine {r + 1}", area_id=r % 4 + 1, position=tasks + r,
                            start=datetime(2025, 1, 1, 9), duration=30, recurrence="FREQ=DAILY"))  # fmt: skip
    ws.rebuild_indexes()
    return ws


def main() -> None:
    ws = build()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        found = future_occurrences(ws, TODAY, TODAY + timedelta(days=365))
        times.append(time.perf_counter() - started)
    print(f"expand 50 daily routines over a year ({len(found):,} occurrences): {best(times)}")
    started = time.perf_counter()
    command = CreateOccurrences(TODAY)
    command.apply(ws)
    print(f"create the occurrences due within 14 days ({len(command.created_ids)} tasks): "
          f"{(time.perf_counter() - started) * 1000:.1f} ms")  # fmt: skip

    from PySide6.QtWidgets import QApplication

    from planner.core.filters import TaskFilter
    from planner.ui import theme
    from planner.ui.calendar import CalendarView

    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app, "light")

    class _Controller:  # what the view reads from the real controller
        def __init__(self, ws):
            self.ws = ws
            from PySide6.QtCore import QObject, Signal

            class _Signals(QObject):
                changes_applied = Signal(object)
                error_occurred = Signal(str)

            self._signals = _Signals()
            self.changes_applied = self._signals.changes_applied
            self.error_occurred = self._signals.error_occurred

        def today(self):
            return TODAY

    class _Proxy:  # the filter proxy, without a tree model behind it
        def __init__(self, controller):
            from planner.core.filters import SmartList

            self.controller, self.scope, self.filter = controller, SmartList.ALL, TaskFilter()

        def accepts_task(self, task):
            return self.filter.matches(self.controller.ws, task, TODAY)

    opens, frames = [], []
    for _ in range(5):
        started = time.perf_counter()
        controller = _Controller(ws)
        view = CalendarView(_Proxy(controller), controller)
        view.resize(1100, 800)
        view.show()
        view.canvas.grab()  # paints the first frame, visible or not
        opens.append(time.perf_counter() - started)
        started = time.perf_counter()
        view.canvas.grab()
        frames.append(time.perf_counter() - started)
        view.close()
        view.deleteLater()
        app.processEvents()
    print(f"open the month view (collect {len(view.items):,} items, first frame): {best(opens)}")
    print(f"repaint the month view: {best(frames)}")


if __name__ == "__main__":
    main()
