"""Times workload, levelling and the dashboard on generated workspaces: workload for 50 people over 52 weeks on
10,000 tasks with 100 routines; planning and applying levelling on 1,000 tasks; the dashboard's refresh after an
edit at 10,000 tasks (data and every chart redrawn). Plain timing, printed.

Run: python benchmarks/bench_workload.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from common import best
from generate import START, build_large

from planner.core.levelling import plan_levelling
from planner.core.recurrence import routines
from planner.core.schedule import Reschedule, compute_schedule
from planner.core.workload import workload


def with_routines(ws, count: int):
    for routine in routines(ws)[count:]:
        routine.recurrence = ""  # the generator makes about 200; the budget speaks of 100
    return ws


def bench_workload() -> None:
    ws = with_routines(build_large(10_000, 15_000, 50), 100)
    first = START.date()
    times = []
    for _ in range(5):
        began = time.perf_counter()
        wl = workload(ws, first, first + timedelta(weeks=52) - timedelta(days=1))
        times.append(time.perf_counter() - began)
    over = len(wl.over_allocations())
    print(f"workload, {len(wl.people)} people × {wl.periods} weeks, {len(ws.tasks):,} tasks, "
          f"{len(routines(ws))} routines: {best(times, digits=0)}; {over} over-allocated person-weeks")  # fmt: skip


def bench_levelling() -> None:
    times, apply_times = [], []
    for seed in (1, 2, 3):
        ws = build_large(1_000, 1_500, 12, seed=seed)
        for task in ws.tasks.values():  # a plan not yet begun (the generator starts work before its status date)
            task.started = task.completed = None
            task.percent_complete, task.status_id = 0, 1
        ws.status_changes.clear()
        today = START.date()
        began = time.perf_counter()
        schedule = compute_schedule(ws, today)
        plan = plan_levelling(ws, schedule, today=today)
        times.append(time.perf_counter() - began)
        began = time.perf_counter()
        plan.command().apply(ws)
        Reschedule().apply(ws)
        apply_times.append(time.perf_counter() - began)
    print(
        f"levelling 1,000 tasks, 12 people: plan {best(times, digits=0)} ({len(plan.moves)} moves, "
        f"{len(plan.unresolved)} unresolved); apply and reschedule {best(apply_times, digits=0)}"
    )


def bench_dashboard() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.core.commands import EditTask
    from planner.session import Session
    from planner.ui.controller import Controller
    from planner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    path = folder / "dashboard.planner"
    ws = with_routines(build_large(10_000, 15_000, 50), 100)
    Session.create(path, ws).close()
    controller = Controller(Session.open(path))
    controller.today = lambda: START.date() + timedelta(weeks=16)
    window = MainWindow(controller, None, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 900)
    window.show()
    began = time.perf_counter()
    window.show_view("dashboard")
    app.processEvents()
    first = time.perf_counter() - began
    view = window.views["dashboard"]
    task = next(t for t in controller.ws.tasks.values() if t.project_id and t.assignments and t.duration)
    times = []
    for i in range(5):
        controller.run(EditTask(task.id, duration=task.duration + 480 * (1 if i % 2 == 0 else -1)))
        began = time.perf_counter()
        view.refresh()
        app.processEvents()  # the canvases draw
        times.append(time.perf_counter() - began)
    print(
        f"dashboard at 10,000 tasks: first show (matplotlib import included) {first * 1000:.0f} ms; "
        f"refresh after an edit {best(times, digits=0)}"
    )
    window.close()


def main() -> None:
    print(f"on {date.today():%Y-%m-%d}, Python {sys.version.split()[0]}")
    bench_workload()
    bench_levelling()
    bench_dashboard()


if __name__ == "__main__":
    main()
