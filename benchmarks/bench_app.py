"""Times the app's hot paths on a generated 10,000-task workspace: writing and opening the file, start to
first paint (empty and large), scrolling the table, an edit end to end, and memory. Plain timing, printed.

Run: python benchmarks/bench_app.py [--tasks 10000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import best
from generate import build_large

from planner.session import Session
from planner.store.workspace_file import WorkspaceFile

FIRST_PAINT = Path(__file__).with_name("first_paint.py")


def make_file(folder: Path, tasks: int) -> Path:
    path = folder / f"large-{tasks}.planner"
    ws = build_large(tasks=tasks, links=tasks * 3 // 2)
    started = time.perf_counter()
    Session.create(path, ws).close()
    print(f"write {tasks} tasks to a new file: {(time.perf_counter() - started) * 1000:.0f} ms")
    return path


def time_open(path: Path) -> None:
    times = []
    for _ in range(5):
        started = time.perf_counter()
        with WorkspaceFile.open(path) as file:
            file.load()
        times.append(time.perf_counter() - started)
    print(f"open and load the file: {best(times)}")


def time_first_paint(path: Path | None, label: str, data_dir: Path) -> None:
    env = dict(os.environ, PLANNER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    inside, outside, memory = [], [], []
    for _ in range(5):
        started = time.perf_counter()
        args = [sys.executable, str(FIRST_PAINT)] + ([str(path)] if path else [])
        out = subprocess.run(args, capture_output=True, text=True, env=env, check=True).stdout.split()
        outside.append(time.perf_counter() - started)
        inside.append(float(out[0]))
        memory.append(float(out[1]))
    print(f"start to first paint, {label}: {best(outside)} as a process; {best(inside)} from the first line")
    print(f"memory after first paint, {label}: {max(memory):.0f} MB peak RSS")


def time_table(path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.core.commands import EditTask
    from planner.ui.controller import Controller
    from planner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    controller = Controller(Session.open(path))
    ws = controller.ws
    window = MainWindow(controller, None, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    view = window.view()
    started = time.perf_counter()
    view.expandAll()
    app.processEvents()
    print(f"expand every row of the table ({len(ws.tasks)} tasks): {(time.perf_counter() - started) * 1000:.0f} ms")
    bar = view.verticalScrollBar()
    frames = []
    for step in range(100):
        bar.setValue(step * bar.maximum() // 100)
        started = time.perf_counter()
        view.viewport().repaint()
        frames.append(time.perf_counter() - started)
    print(f"table frame while scrolling (one page of rows painted): {best(frames)}")
    time_pm_columns(app, view)
    edits = []
    ids = list(ws.tasks)[:: max(1, len(ws.tasks) // 50)]
    for n, task_id in enumerate(ids):
        started = time.perf_counter()
        controller.run(EditTask(task_id, notes=f"edit {n}"))
        view.viewport().repaint()
        edits.append(time.perf_counter() - started)
    print(f"an edit that moves no dates, written to the file and repainted: {best(edits)}")
    moves = []
    planned = [t.id for t in ws.tasks.values() if t.project_id and t.duration and not ws.is_summary(t.id)]
    for n, task_id in enumerate(planned[:: max(1, len(planned) // 20)]):
        started = time.perf_counter()
        controller.run(EditTask(task_id, duration=ws.tasks[task_id].duration + 480 * (1 + n % 2)))
        view.viewport().repaint()
        moves.append(time.perf_counter() - started)
    print(f"an edit that reschedules every project, written and repainted: {best(moves)}")
    window.close()


def time_pm_columns(app, view) -> None:
    """The same scrolling with the columns worked out from the whole tree shown (ID, WBS, links by ID, roll-ups,
    baseline variance), and the first frame after a change, which numbers the tasks again."""
    from planner.core.commands import EditTask
    from planner.ui.models.columns import Column

    plain = new_task_frames(view)
    for column in (Column.ID, Column.WBS, Column.PREDECESSORS, Column.SUCCESSORS, Column.RESOURCE_NAMES,
                   Column.WORK, Column.COST, Column.FINISH_VARIANCE):  # fmt: skip
        view.setColumnHidden(column, False)
    app.processEvents()
    bar = view.verticalScrollBar()
    frames, after_edit = [], []
    for step in range(100):
        bar.setValue((step * 37 % 100) * bar.maximum() // 100)  # pages not painted with these columns yet
        started = time.perf_counter()
        view.viewport().repaint()
        frames.append(time.perf_counter() - started)
    ws = view.controller.ws
    for n, task_id in enumerate(list(ws.tasks)[:: max(1, len(ws.tasks) // 20)]):
        view.controller.run(EditTask(task_id, notes=f"edit {n}"))
        started = time.perf_counter()
        view.viewport().repaint()
        after_edit.append(time.perf_counter() - started)
    renumbered = new_task_frames(view)
    print(f"table frame with ID, WBS, links, resources, work, cost and variance shown: {best(frames)}")
    print(f"the first such frame after an edit (its roll-ups worked out again): {best(after_edit)}")
    print(f"the first such frame after a new task (every task numbered again): {best(renumbered)}")
    print(f"the same with only the default columns (Qt lays the tree out again): {best(plain)}")
    for column in (Column.ID, Column.WBS, Column.PREDECESSORS, Column.SUCCESSORS, Column.RESOURCE_NAMES,
                   Column.WORK, Column.COST, Column.FINISH_VARIANCE):  # fmt: skip
        view.setColumnHidden(column, True)


def new_task_frames(view, count: int = 10) -> list[float]:
    """The first frame after each of `count` new tasks at the top of a project (every ID below it moves)."""
    from planner.core.commands import CreateTask

    project = next(iter(view.controller.ws.projects))
    frames = []
    for n in range(count):
        view.controller.run(CreateTask(("project", project), f"new {n}", index=0))
        started = time.perf_counter()
        view.viewport().repaint()
        frames.append(time.perf_counter() - started)
    return frames


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = make_file(folder, args.tasks)
    time_open(path)
    time_first_paint(None, "empty workspace", folder / "data")
    time_first_paint(path, f"{args.tasks} tasks", folder / "data")
    time_table(path)


if __name__ == "__main__":
    main()
