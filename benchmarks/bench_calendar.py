"""Times the calendar's hot paths on 2,000 dated tasks and 50 daily routines: expanding every routine over a year,
creating the occurrences due in their horizon, and opening the month view (items collected and the first frame
painted), plus its frames: a repaint, a repaint after the selection moved, and the week view's. With --workspace,
the same frames on a real workspace (e.g. gen_planner's 10,000-task plan imported), in its busiest month. Plain
timing, printed; frames as wall and CPU time, since the machine is shared.

Run: python benchmarks/bench_calendar.py [--workspace W.planner]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, datetime, timedelta

from common import best, frames, open_window, timed

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


def view_frames(view, repaint) -> None:
    """The frames of `view`, a calendar shown in its month: `repaint` paints its canvas once."""
    frames("month repaint, nothing changed", [timed(repaint) for _ in range(40)])
    shown = [item for item in view.items if item.task_id is not None][:40]

    def select(item) -> None:
        view.choose(item)
        repaint()

    frames("month repaint after the selection moved", [timed(lambda item=item: select(item)) for item in shown])
    view.choose(None)
    view.set_mode("week")
    frames("week repaint", [timed(repaint) for _ in range(40)])
    view.set_mode("month")


def busiest_month(ws) -> date:
    """The first day of the month in which the most tasks start."""
    months: dict[date, int] = {}
    for task in ws.tasks.values():
        if task.start is not None:
            month = task.start.date().replace(day=1)
            months[month] = months.get(month, 0) + 1
    return max(months, key=months.get)


def real_plan(path: str) -> None:
    from planner.session import Session
    from planner.ui.controller import Controller

    controller = Controller(Session.open(path))
    app, window = open_window(controller)
    window.show_view("calendar")
    app.processEvents()
    view = window.views["calendar"]
    month = busiest_month(controller.ws)
    print(f"{path}: {len(controller.ws.tasks):,} tasks, month of {month}")
    frames("month shown (items collected, first frame)", [timed(lambda: (view.go_to(month, "month"),
                                                                         view.canvas.repaint()))])  # fmt: skip
    print(f"  {len(view.items):,} items in the month")
    view_frames(view, view.canvas.repaint)
    window.close()
    controller.session.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workspace", help="also time the frames on this workspace")
    args = parser.parse_args()
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

    opens, repaints = [], []
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
        repaints.append(time.perf_counter() - started)
        view.close()
        view.deleteLater()
        app.processEvents()
    print(f"open the month view (collect {len(view.items):,} items, first frame): {best(opens)}")
    print(f"repaint the month view: {best(repaints)}")
    controller = _Controller(ws)
    view = CalendarView(_Proxy(controller), controller)
    view.resize(1100, 800)
    view.show()
    view.canvas.grab()
    print("month view of the 2,000 tasks, 1100 × 800:")
    view_frames(view, view.canvas.grab)
    if args.workspace:
        real_plan(args.workspace)


if __name__ == "__main__":
    main()
