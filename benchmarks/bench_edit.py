"""Times an edit that moves dates on a plan shaped like a real one (issue #14), end to end in a shown window:
the command, the incremental reschedule, the write, every model told and the window repainted. The task edited
is the one with the most tasks after it through links (its duration +1 day, then back), selected in the table
so the editor panel shows it; then the same with the resource usage view shown. Wall clock and this process's
CPU time, median and range: on the shared machine the CPU time is the figure to compare.

Make the plan first: `python3 ../shared/bench/gen_planner.py --out-dir DIR --sizes 10000` and
`planner import DIR/plan-10000.xml w.planner` (10,500 tasks, 14,924 links, 20 people, 9,500 assignments).

Run: python benchmarks/bench_edit.py w.planner [edits]
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

from common import open_window

from planner.core.commands import EditTask
from planner.session import Session
from planner.ui.controller import Controller

TODAY = date(2026, 12, 4)  # fixed, so runs on different days compare


def downstream(ws, task_id: int) -> int:
    """How many tasks follow `task_id` through links (not counting the task itself)."""
    seen, todo = {task_id}, [task_id]
    while todo:
        for link_id in ws.links_out(todo.pop()):
            successor = ws.dependencies[link_id].successor_id
            if successor not in seen:
                seen.add(successor)
                todo.append(successor)
    return len(seen) - 1


def show(what: str, times: list[tuple[float, float]]) -> None:
    wall, cpu = (sorted(t[k] * 1000 for t in times) for k in (0, 1))
    print(
        f"{what}: median {statistics.median(wall):.1f} ms wall ({wall[0]:.1f}–{wall[-1]:.1f}), "
        f"CPU {statistics.median(cpu):.1f} ms ({cpu[0]:.1f}–{cpu[-1]:.1f}), {len(wall)} edits"
    )


def edits(app, controller, task_id: int, count: int) -> list[tuple[float, float]]:
    times = []
    for n in range(count):
        task = controller.ws.tasks[task_id]
        wall, cpu = time.perf_counter(), time.process_time()
        controller.run(EditTask(task_id, duration=task.duration + (480 if n % 2 == 0 else -480)))
        app.processEvents()  # the models' refresh and the window's repaint run here
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return times


def main() -> None:
    path = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    controller = Controller(Session.open(path))
    controller.today = lambda: TODAY
    ws = controller.ws
    app, window = open_window(controller)
    controller.schedule  # noqa: B018 -- what the window computes after its first paint
    app.processEvents()
    leaves = [t.id for t in ws.tasks.values() if t.project_id and t.duration and not ws.is_summary(t.id)]
    task_id = max(leaves[:300], key=lambda tid: downstream(ws, tid))
    print(f"{len(ws.tasks):,} tasks, {len(ws.dependencies):,} links, {len(ws.people)} people; "
          f"task {task_id} has {downstream(ws, task_id):,} tasks after it")  # fmt: skip
    window.view().select_task(task_id)
    app.processEvents()
    edits(app, controller, task_id, 2)  # the first edits build what later ones reuse
    show("duration edit, table shown, task selected", edits(app, controller, task_id, count))
    window.show_view("usage")
    app.processEvents()
    edits(app, controller, task_id, 2)
    show("the same with the resource usage view shown", edits(app, controller, task_id, count))
    window.close()
    controller.close()


if __name__ == "__main__":
    main()
