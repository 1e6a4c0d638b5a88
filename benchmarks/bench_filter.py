"""Times a search typed and then cleared through the filter bar's path (the window's `_filter_changed`: the proxy
filters, every view applies the scope, the window repaints) on a copy of a workspace, with one view shown: at
100,000 tasks the clear was the slow one (12–16 s CPU, see docs/PERFORMANCE.md, eleventh steps). Printed in wall
and CPU time, since the machine is shared.

Run: python benchmarks/bench_filter.py W.planner [--view table|gantt|board] [--text 1] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from common import frames, open_window, timed

from planner.session import Session


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", help="a workspace to time (a copy of it), e.g. gen_planner's plan imported")
    parser.add_argument("--view", default="table", choices=["table", "gantt", "board"])
    parser.add_argument("--text", default="1", help="the search typed")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp()) / "filter.planner"
    shutil.copy(args.workspace, path)

    from planner.core.filters import TaskFilter
    from planner.ui.controller import Controller

    controller = Controller(Session.open(path))
    app, window = open_window(controller)
    window.show_view(args.view)
    app.processEvents()
    window.repaint()
    print(f"{len(controller.ws.tasks)} tasks, the {args.view} shown")

    def search(text: str) -> None:
        window._filter_changed(TaskFilter(text=text))  # what the filter bar's search does
        app.processEvents()
        window.repaint()

    typed, cleared = [], []
    for _ in range(args.runs):
        typed.append(timed(lambda: search(args.text)))
        cleared.append(timed(lambda: search("")))
    frames(f"the search {args.text!r} typed", typed)
    frames("the search cleared", cleared)
    window.close()


if __name__ == "__main__":
    main()
