"""Times structural edits in a shown window (issue #14): a new task in a summary, a new link, an indent, the outdent of
each task indented (the only child of the leaf above it, which becomes a leaf again) and a task deleted, each written
and repainted (`Controller.run`, then the events processed), with the table in front and the schedule readied as on
the first sign of an edit; and the window's share (models, views, signals, paint): the edit's CPU time less that of
its `Session.run`, timed inside it. CPU time of this process, medians of `runs`.

Run: python benchmarks/bench_window_structural.py w.planner [runs] [--gantt] [--profile WHAT]
(--gantt: the Gantt in front instead of the table.)
(WHAT: one of the edits' names below; prints a cProfile of that edit's last run in the window, sorted by own time;
the other edits still run, as the outdents need the indents.)
"""

from __future__ import annotations

import cProfile
import itertools
import pstats
import statistics
import sys
import time
from pathlib import Path

from bench_first_edit import opened
from common import open_window

from planner.core.commands import CreateTask, DeleteTasks, EditTask, IndentTasks, LinkTasks, OutdentTasks


def edits(ws) -> dict:
    """The edits by name, each a function of the run's number giving a fresh command."""
    leaves = [t.id for t in ws.tasks.values() if t.project_id and t.duration and not ws.is_summary(t.id)]
    parent = ws.tasks[leaves[5]].parent_id

    def indentable() -> int:
        """A leaf in the summary not linked with the leaf above it, found when the indent runs."""
        siblings = ws.children(("task", parent))
        for above, below in itertools.pairwise(siblings):
            linked = {ws.dependencies[d].predecessor_id for d in ws.links_in(below)}
            linked |= {ws.dependencies[d].successor_id for d in ws.links_out(below)}
            if not ws.is_summary(below) and not ws.is_summary(above) and above not in linked:
                return below
        raise LookupError("no task to indent")

    indented: list[int] = []  # each indent's task: the only child of the leaf above it, outdented again below

    def indent() -> IndentTasks:
        indented.append(indentable())
        return IndentTasks([indented[-1]])

    return {
        "duration edit": lambda n: EditTask(leaves[5], duration=ws.tasks[leaves[5]].duration + 480),
        "new task in a summary": lambda n: CreateTask(("task", parent), f"n{n}"),
        "new link forward": lambda n: LinkTasks(leaves[20 + n], leaves[300 + n]),
        "indent": lambda n: indent(),
        "outdent an only child": lambda n: OutdentTasks([indented[n]]),
        "delete a task": lambda n: DeleteTasks([leaves[400 + n]]),
    }


def main() -> None:
    path = Path(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 5
    profile = sys.argv[sys.argv.index("--profile") + 1] if "--profile" in sys.argv else None
    from planner.ui.controller import Controller

    session = opened(path)
    controller = Controller(session)
    app, window = open_window(controller)
    if "--gantt" in sys.argv:
        window.show_view("gantt")
        app.processEvents()
    chosen = edits(session.ws)
    window.view().select_task(chosen["duration edit"](0).task_id)
    app.processEvents()
    session.prepare_edits()
    app.processEvents()
    core: list[float] = []
    run = session.run

    def timed_run(command):  # the core's share of each edit, timed inside the same edit
        cpu = time.process_time()
        try:
            return run(command)
        finally:
            core.append((time.process_time() - cpu) * 1000)

    session.run = timed_run
    for name, make in chosen.items():
        windowed, shares = [], []
        for n in range(runs):
            profiler = cProfile.Profile() if name == profile and n == runs - 1 else None
            cpu = time.process_time()
            if profiler:
                profiler.enable()
            controller.run(make(n))
            app.processEvents()
            if profiler:
                profiler.disable()
            windowed.append((time.process_time() - cpu) * 1000)
            shares.append(windowed[-1] - core[-1])
            if profiler:
                pstats.Stats(profiler).sort_stats("tottime").print_stats(40)
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(60)
        print(
            f"{name}: written and repainted {statistics.median(windowed):.1f} ms CPU "
            f"({min(windowed):.1f}–{max(windowed):.1f}), the window's share (all but Session.run) "
            f"{statistics.median(shares):.1f} ms ({min(shares):.1f}–{max(shares):.1f})"
        )


if __name__ == "__main__":
    main()
