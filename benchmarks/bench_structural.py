"""Times structural edits and the edit after an undo (issue #14, nineteenth to twenty-first steps): `Session.run` of a
new task in a summary, a new link between two tasks two apart that the schedule's order already has one after the other
("forward") and one against that order, an indent, a deleted task, a deleted link, a link's lag edited, a leaf moved
to the end of another summary, and a delete and an outdent of a task that an untimed indent made the only child of
the leaf above it (the summary left without children; the indent undone afterwards), each followed by its undo (timed)
and by `bench_edit.py`'s duration edit (the task with the most tasks after it, +1 day) right after that undo (timed),
which is then undone untimed. Before each structural edit the schedule is readied (`Session.prepare_edits`, as the
window does on the first sign of an edit), so each one starts from a written schedule. One process, a fresh copy of the
plan, CPU time; medians over the rounds.

Run: python benchmarks/bench_structural.py w.planner [rounds]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from bench_edit import downstream
from bench_first_edit import opened

from planner.core.commands import (
    CreateTask,
    DeleteTasks,
    EditLink,
    EditTask,
    IndentTasks,
    LinkTasks,
    MoveTask,
    OutdentTasks,
    UnlinkTasks,
)
from planner.core.errors import ValidationError
from planner.core.links import check_no_link_across_summary

CASES = ("a new task in a summary", "a new link, forward in the order", "a new link, against the order", "indent",
         "delete a task", "delete a link", "a link's lag edited", "a leaf moved to another summary",
         "delete an only child", "outdent an only child")  # fmt: skip
# the cases whose task is first made the only child of the leaf above it (an indent, untimed, undone afterwards)
ONLY_CHILD = ("delete an only child", "outdent an only child")


def cpu_ms(call) -> float:
    cpu = time.process_time()
    call()
    return (time.process_time() - cpu) * 1000


def _indentable(ws, task_id: int) -> bool:
    """Whether the task has a sibling above it that it is not linked with (`IndentTasks` makes it its subtask)."""
    siblings = ws.children(ws.tasks[task_id].parent_key())
    row = siblings.index(task_id)
    try:
        return row > 0 and check_no_link_across_summary(ws, task_id, siblings[row - 1]) is None
    except ValidationError:
        return False


def _movable(ws, task_id: int, summary: int) -> bool:
    """Whether `MoveTask` can put the task under `summary`: not linked with it, and no loop of links through it."""
    try:
        check_no_link_across_summary(ws, task_id, summary)
        return not any(ws.dependencies[d].successor_id in ws.descendants(summary) for d in ws.links_out(task_id))
    except ValidationError:
        return False


def main() -> None:
    path, rounds = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 5
    session = opened(path)
    ws = session.ws
    leaves = [t.id for t in ws.tasks.values() if t.project_id and t.duration and not ws.is_summary(t.id)]
    task_id = max(leaves[:300], key=lambda tid: downstream(ws, tid))
    summary = ws.tasks[leaves[100]].parent_id
    indentable = [tid for tid in leaves[400:] if _indentable(ws, tid)]
    plan = session.schedule._plan
    pos, out = plan.positions(), plan.out_nodes()

    def forward(a: int, b: int) -> bool:  # `a` comes before `b` in the schedule's order
        return pos[out[plan.index[a]]] < pos[plan.index[b]]

    unlinked = [(a, b) for a, b in zip(leaves, leaves[2:], strict=False) if not ws.links_out(a) & ws.links_in(b)]
    ahead = [(a, b) for a, b in unlinked[500:] if forward(a, b)]
    behind = [(a, b) for a, b in unlinked[500:] if not forward(a, b)]

    links = sorted(ws.dependencies)[1000:]
    other = ws.tasks[leaves[5000]].parent_id
    movable = [tid for tid in leaves[600:700] if _movable(ws, tid, other)]

    def command(case: str, at: int):
        if case == "a new task in a summary":
            return CreateTask(("task", summary), f"New {at}", duration=480)
        if case == "a new link, forward in the order":
            return LinkTasks(*ahead[at])
        if case == "a new link, against the order":
            return LinkTasks(*behind[at])
        if case == "indent":
            return IndentTasks([indentable[at]])
        if case == "delete a link":
            return UnlinkTasks([links[at]])
        if case == "a link's lag edited":
            return EditLink(links[at], lag=ws.dependencies[links[at]].lag + 480)
        if case == "a leaf moved to another summary":
            return MoveTask(movable[at], ("task", other), len(ws.children(("task", other))))
        if case == "delete an only child":
            return DeleteTasks([indentable[-1 - at]])
        if case == "outdent an only child":
            return OutdentTasks([indentable[-1 - at]])
        return DeleteTasks([leaves[-1 - at]])

    times: dict[str, list[float]] = {case: [] for case in (*CASES, "undo", "a duration edit right after an undo")}
    for at in range(rounds):
        for case in CASES:
            if case in ONLY_CHILD:
                session.run(IndentTasks([indentable[-1 - at]]))
            session.prepare_edits()
            times[case].append(cpu_ms(lambda: session.run(command(case, at))))  # noqa: B023 -- called at once
            times["undo"].append(cpu_ms(session.undo))
            edit = EditTask(task_id, duration=ws.tasks[task_id].duration + 480)
            times["a duration edit right after an undo"].append(cpu_ms(lambda: session.run(edit)))  # noqa: B023
            session.undo()
            if case in ONLY_CHILD:
                session.undo()
    for case, found in times.items():
        low, high = min(found), max(found)
        print(f"{case}: CPU median {statistics.median(found):.1f} ms ({low:.1f}–{high:.1f}), {len(found)} runs")


if __name__ == "__main__":
    main()
