"""Times the Gantt view on a generated workspace of 10,000 tasks and 15,000 links: opening it with every row
expanded (the tree's rows walked, the link index built, the first frame painted), a frame while scrolling, a zoom
step, and a drag that reschedules, end to end (command, reschedule, file, models, the chart repainted). Plain
timing, printed.

Run: python benchmarks/bench_gantt.py [--tasks 10000] [--links 15000]
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

from generate import build_large

from planner.store.workspace_file import WorkspaceFile


def best(times: list[float]) -> str:
    return f"{min(times) * 1000:.1f} ms (median {statistics.median(times) * 1000:.1f} ms)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--links", type=int, default=15_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = folder / "gantt.planner"
    ws = build_large(tasks=args.tasks, links=args.links)
    with WorkspaceFile.open(path) as file:
        file.insert_all(ws)
    print(f"workspace: {len(ws.tasks)} tasks, {len(ws.dependencies)} links")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.app import open_file
    from planner.ui import theme
    from planner.ui.controller import Controller
    from planner.ui.gantt.scale import PRESETS
    from planner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app, "light")
    file, ws = open_file(path)
    controller = Controller(file, ws)
    controller.schedule  # noqa: B018 - the window computes it on first paint of any schedule column
    window = MainWindow(controller, None, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    gantt = window.views["gantt"]

    opens = []
    for _ in range(5):
        window.show_view("table")
        app.processEvents()
        gantt.tree.collapseAll()
        started = time.perf_counter()
        gantt.apply_scope()
        gantt.tree.expandAll()  # the worst case: every one of the rows shown in the tree
        window.show_view("gantt")
        app.processEvents()
        gantt.chart.repaint()
        opens.append(time.perf_counter() - started)
    print(f"open the Gantt, all {len(gantt.rows):,} rows expanded ({len(gantt.links):,} links indexed): {best(opens)}")

    chart = gantt.chart
    gantt.set_zoom(PRESETS["Days"])
    bar = gantt.vbar
    frames = []
    for step in range(80):
        bar.setValue(step * bar.maximum() // 80)
        gantt.scroll_to_task(gantt.rows[min(len(gantt.rows) - 1, bar.value() // 26 + 5)][1])
        started = time.perf_counter()
        chart.repaint()
        frames.append(time.perf_counter() - started)
    print(f"frame while scrolling (Days; the rows in sight, their bars and links painted): {best(frames)}")

    zooms = []
    for step in range(40):
        factor = 1.4 if step % 20 < 10 else 1 / 1.4
        gantt.set_zoom(gantt.scale.px_per_day * factor)
        started = time.perf_counter()
        chart.repaint()
        zooms.append(time.perf_counter() - started)
    print(f"frame after a zoom step (hours to years and back): {best(zooms)}")

    gantt.set_zoom(PRESETS["Days"])
    linked = [t for t in ws.tasks.values() if t.project_id is not None and ws.links_out(t.id)
              and not ws.is_summary(t.id) and t.start is not None]  # fmt: skip
    drags = []
    for n in range(20):
        task = linked[(n * 97) % len(linked)]
        gantt.select_task(task.id)
        app.processEvents()
        started = time.perf_counter()
        gantt.move_task(task.id, ws.tasks[task.id].start + timedelta(days=1 + n % 3))
        chart.repaint()
        drags.append(time.perf_counter() - started)
    print(f"drag a linked bar a day or more: command, reschedule, file, models, chart repainted: {best(drags)}")
    window.close()


if __name__ == "__main__":
    main()
