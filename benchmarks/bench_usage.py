"""Times the resource usage view on a generated workspace of 10,000 tasks, 15,000 links and 50 people, in a
shown window at 1360×860:

- opening it (the arrays of every person's and task's hours computed, the tree filled, the first frame painted),
  by weeks over 52 weeks of the plan (the scheduled plan runs longer; the span is cut to 52 weeks here so the
  figure is the budget's 50 people × 52 weeks), with 100 routines as bench_workload.py has;
- a frame (`repaint()` of the grid after a scroll: the grid's paintEvent, and the tree's rows scrolled into view
  painted with it through the window's backing store) and the grid's paintEvent alone (rendered into an image),
  by weeks and by days, every person's tasks expanded, scrolled across and down so each frame shows new rows and
  periods;
- the refresh after an edit (the arrays computed again).

Best of the runs, median in brackets. Plain timing, printed.

Run: python benchmarks/bench_usage.py [--tasks 10000] [--people 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_workload import with_routines
from generate import START, build_large

from planner.session import Session


def best(times: list[tuple[float, float]]) -> str:
    """Wall time best (median), then this process's CPU time best (median): with 8 sessions on 2 cores the wall
    time mostly measures the neighbours, the CPU time what this code costs."""
    wall, cpu = [w * 1000 for w, _c in times], [c * 1000 for _w, c in times]
    return (f"{min(wall):.1f} ms ({statistics.median(wall):.1f}) wall, "
            f"{min(cpu):.1f} ms ({statistics.median(cpu):.1f}) CPU")  # fmt: skip


class Clock:
    """Wall and CPU time since it was made."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __call__(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=50)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = folder / "usage.planner"
    ws = with_routines(build_large(tasks=args.tasks, links=int(args.tasks * 1.5), people=args.people), 100)
    Session.create(path, ws).close()
    assigned = sum(len(t.assignments) for t in ws.tasks.values())
    print(f"workspace: {len(ws.tasks):,} tasks, {len(ws.dependencies):,} links, {len(ws.people)} people, "
          f"{assigned:,} assignments")  # fmt: skip

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from planner.core import workload as workload_module
    from planner.core.commands import EditTask
    from planner.core.workload import Unit
    from planner.ui import theme
    from planner.ui.controller import Controller
    from planner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app, "light")
    # The budget's 50 people × 52 weeks: the plan's span (longer once scheduled) is cut to 52 weeks.
    workload_module.MAX_SPAN = timedelta(weeks=52) - timedelta(days=1)
    times = []
    for run in range(5):
        controller = Controller(Session.open(path))
        controller.today = lambda: START.date() + timedelta(weeks=16)
        settings = QSettings(str(folder / f"s{run}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(controller, None, settings)
        window.resize(1360, 860)
        window.show()
        app.processEvents()
        began = Clock()
        window.show_view("usage")
        view = window.views["usage"]
        view.grid.repaint()
        app.processEvents()
        times.append(began())
        if run < 4:
            window.close()
            controller.close()
    data = view.model.data_
    rows = sum(len(p.tasks) for p in data.people)
    print(f"open, {len(data.people)} people × {data.periods} weeks, {rows:,} task rows beneath: {best(times)}")

    for row in range(view.model.rowCount()):
        view.tree.expand(view.model.index(row, 0))
    app.processEvents()
    grid = view.grid
    for unit in (Unit.WEEK, Unit.DAY):
        view.set_unit(unit)
        app.processEvents()
        frames, alone = [], []
        image = QImage(grid.size(), QImage.Format.Format_ARGB32_Premultiplied)
        vmax, hmax = view.vbar.maximum(), view.hbar.maximum()
        for step in range(40):
            view.vbar.setValue(vmax * step // 40)
            view.hbar.setValue(hmax * ((step * 7) % 40) // 40)
            began = Clock()
            grid.repaint()
            frames.append(began())
            began = Clock()
            grid.render(image)
            alone.append(began())
        rows = len(grid.visible_rows())
        cells = rows * (grid.width() // grid.cell_width + 1)
        print(f"grid frame by {unit.value}s, every person expanded ({view.model.data_.periods} periods, "
              f"{rows} rows × {grid.width() // grid.cell_width + 1} periods = {cells} cells in sight): "
              f"frame {best(frames)}; the grid's paintEvent alone {best(alone)}")  # fmt: skip

    view.set_unit(Unit.WEEK)
    task = next(t for t in controller.ws.tasks.values() if t.project_id and t.assignments and t.duration)
    times = []
    for i in range(5):
        began = Clock()
        controller.run(EditTask(task.id, duration=task.duration + 480 * (1 if i % 2 == 0 else -1)))
        app.processEvents()
        times.append(began())
    print(f"an edit, rescheduled, written and the usage view refreshed (weeks): {best(times)}")
    window.close()
    controller.close()


if __name__ == "__main__":
    main()
