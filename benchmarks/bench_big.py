"""Times the 100,000-task goals of issue #14 on a plan made by `../shared/bench/gen_planner.py --sizes 100000`:
the import (whole process), opening the window (`planner W --screenshot`, whole process), a full schedule in
process, and whether the table, the Gantt and the board stay usable (a view shown, a scroll frame, a Gantt zoom
step, a search typed into the filter bar). Wall clock and CPU time side by side, since the machine is shared.

Run: python benchmarks/bench_big.py PLAN.xml [--workspace W]   (W, the imported workspace, is made if missing)
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import frames, open_window, timed

from planner.core.schedule import compute_schedule
from planner.session import Session

PLANNER = [sys.executable, "-m", "planner"]


def whole_process(args: list[str]) -> str:
    """One run of the `planner` command: wall clock, its CPU time and its peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(PLANNER + args, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return f"{wall:.2f} s wall, {cpu:.2f} s CPU, peak {after.ru_maxrss / 1024:,.0f} MB"


def views(path: Path) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    from planner.ui.controller import Controller

    controller = Controller(Session.open(path))
    app, window = open_window(controller)

    def scroll(bar, viewport) -> list[tuple[float, float]]:
        runs = []
        for step in range(40):
            bar.setValue(step * bar.maximum() // 40)
            runs.append(timed(viewport.repaint))
        return runs

    def wheel(widget) -> None:
        """One notch of the mouse wheel over `widget`, and what it repaints (the tree scrolls by blitting)."""
        at = QPointF(widget.width() / 2, widget.height() / 2)
        event = QWheelEvent(at, widget.mapToGlobal(at), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        app.sendEvent(widget, event)
        app.processEvents()

    def search(text: str) -> None:
        window.filter_bar.search.setText(text)
        window.filter_bar._typing.stop()
        window.filter_bar._emit()  # what the pause after typing does
        app.processEvents()

    for name in ("table", "gantt", "board"):
        print(f"{name}:")
        frames("shown first", [timed(lambda name=name: (window.show_view(name), app.processEvents()))])
        view = window.views[name]
        if name == "table":
            view.expandAll()
            frames("every row expanded", [timed(app.processEvents)])
            frames(f"scroll frame ({view.model().rowCount()} top rows)", scroll(view.verticalScrollBar(),
                                                                               view.viewport()))  # fmt: skip
        elif name == "gantt":
            frames(f"scroll frame ({len(view.rows):,} rows)", scroll(view.vbar, view.chart))
            frames("wheel frame (one notch down, events processed)", [timed(lambda chart=view.chart: wheel(chart))
                                                                      for _ in range(40)])  # fmt: skip
            zooms = []
            for step in range(10):
                view.set_zoom(view.scale.px_per_day * (1.4 if step < 5 else 1 / 1.4))
                zooms.append(timed(view.chart.repaint))
            frames("zoom step", zooms)
        else:
            frames("scroll frame", scroll(view.body_area.verticalScrollBar(), view.body_area.viewport()))
        frames("search typed (“Task 5”) and shown", [timed(lambda: search("Task 5"))])
        frames("search cleared and shown", [timed(lambda: search(""))])
    window.close()
    controller.session.close()


def full_schedule(path: Path) -> None:
    ws = Session.read(path).ws
    print(f"{len(ws.tasks):,} tasks, {len(ws.dependencies):,} links")
    frames("full schedule", [timed(lambda: compute_schedule(ws, date(2025, 1, 6))) for _ in range(5)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("plan", type=Path, help="an MS Project XML plan (gen_planner.py --sizes 100000)")
    parser.add_argument("--workspace", type=Path, help="the plan imported; made (and timed) when missing")
    parser.add_argument("--views-only", action="store_true", help="only the views' figures, on --workspace")
    args = parser.parse_args()
    workspace = args.workspace or Path(tempfile.mkdtemp()) / "big.planner"
    if not workspace.exists():
        print(f"import: {whole_process(['import', str(args.plan), str(workspace)])}")
    if args.views_only:
        views(workspace)
        return
    shot = Path(tempfile.mkdtemp()) / "shot.png"
    print(f"open, paint, exit (--screenshot): {whole_process([str(workspace), '--screenshot', str(shot)])}")
    full_schedule(workspace)
    views(workspace)


if __name__ == "__main__":
    main()
