"""Times the Gantt view on a generated workspace of 10,000 tasks and 15,000 links, end to end in a shown window:

- opening it as users first see it (the tree at its default depth, like the Table view: areas and projects
  open, their tasks' summaries closed; the link index built and the first frame painted), and opening it with
  every one of the 11,232 rows expanded (`expandAll`, the worst case: every row walked and every link indexed);
- a frame while scrolling, two ways: dragging the scroll bar's thumb (every frame lands 140 rows further on,
  so all rows in sight are new: their bars are made and the tree's rows painted for the first time), and
  wheel notches (60 px, two or three new rows a frame); each frame repaints the window's dirty region, the
  tree's rows and the chart; the chart's own share (its paintEvent) is printed beside it;
- a zoom step, and a drag that reschedules (command, reschedule, file, models, the chart repainted).

Best of the runs, median in brackets. Plain timing, printed.

Run: python benchmarks/bench_gantt.py [--tasks 10000] [--links 15000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from common import best, open_window
from generate import build_large

from planner.session import Session


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--links", type=int, default=15_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = folder / "gantt.planner"
    ws = build_large(tasks=args.tasks, links=args.links)
    Session.create(path, ws).close()
    print(f"workspace: {len(ws.tasks)} tasks, {len(ws.dependencies)} links")

    from planner.ui.controller import Controller
    from planner.ui.gantt.scale import PRESETS

    controller = Controller(Session.open(path))
    ws = controller.ws
    controller.schedule  # noqa: B018 - the window computes it on first paint of any schedule column
    app, window = open_window(controller)
    gantt = window.views["gantt"]

    from planner.ui.gantt import view as gantt_view

    chart_times: list[float] = []
    paint = gantt_view._Chart.paintEvent

    def timed_paint(self, event) -> None:  # the chart's own share of a frame
        started = time.perf_counter()
        paint(self, event)
        chart_times.append(time.perf_counter() - started)

    gantt_view._Chart.paintEvent = timed_paint

    def open_gantt(expand_all: bool) -> float:
        window.show_view("table")
        app.processEvents()
        gantt.tree.collapseAll()
        started = time.perf_counter()
        gantt.apply_scope()  # the tree at its default depth, as a view opens
        if expand_all:
            gantt.tree.expandAll()  # the worst case: every one of the rows shown in the tree
        window.show_view("gantt")
        app.processEvents()
        gantt.chart.repaint()
        return time.perf_counter() - started

    opens = [open_gantt(False) for _ in range(5)]
    print(f"open the Gantt as first shown ({len(gantt.rows):,} rows at the default depth, "
          f"{len(gantt.links):,} links indexed): {best(opens)}")  # fmt: skip
    opens = [open_gantt(True) for _ in range(5)]
    print(f"open the Gantt, all {len(gantt.rows):,} rows expanded ({len(gantt.links):,} links indexed): {best(opens)}")

    chart = gantt.chart
    gantt.set_zoom(PRESETS["Days"])
    bar = gantt.vbar
    frames = []
    chart_times.clear()
    for step in range(80):
        bar.setValue(step * bar.maximum() // 80)
        gantt.scroll_to_task(gantt.rows[min(len(gantt.rows) - 1, bar.value() // 26 + 5)][1])
        started = time.perf_counter()
        chart.repaint()
        frames.append(time.perf_counter() - started)
    print(f"frame while dragging the scroll bar (Days; 140 rows on, all rows in sight new; tree and chart): "
          f"{best(frames)}; the chart's share {best(chart_times)}")  # fmt: skip

    frames = []
    chart_times.clear()
    bar.setValue(bar.maximum() // 3)
    gantt.scroll_to_task(gantt.rows[min(len(gantt.rows) - 1, bar.value() // 26 + 5)][1])
    chart.repaint()
    chart_times.clear()
    for _step in range(120):
        bar.setValue(bar.value() + 60)  # one wheel notch: the chart's wheelEvent scrolls delta / 2
        started = time.perf_counter()
        chart.repaint()
        frames.append(time.perf_counter() - started)
    print(f"frame while scrolling with the wheel (Days; 60 px a notch; tree and chart): {best(frames)}; "
          f"the chart's share {best(chart_times)}")  # fmt: skip

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
