"""Measures scenarios on a large workspace (benchmarks/generate.py: 10,000 tasks, 15,000 links, projects of 1,250
tasks): making a scenario of one project (copy, write, and the window's reload with it in front), switching back
to the live plan, comparing the scenario with the live plan, and adopting it (one undoable step, rescheduled).

Run: python benchmarks/bench_scenarios.py [--tasks 10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import build_large

from planner.core.commands import EditTask
from planner.core.compare import compare
from planner.session import Session


def timed(label: str, call):
    """Run `call`, printing its wall-clock and processor time (the machine is shared: the second is steadier)."""
    began, cpu = time.perf_counter(), time.process_time()
    result = call()
    wall, used = (time.perf_counter() - began) * 1000, (time.process_time() - cpu) * 1000
    print(f"{label:<48} {wall:8.1f} ms wall  {used:8.1f} ms processor")
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args(argv)
    ws = build_large(args.tasks, int(args.tasks * 1.5))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.planner"
        Session.create(path, ws).close()
        session = Session.open(path)
        project = max(session.ws.projects, key=lambda p: len(session.ws.children(("project", p))))
        size = sum(1 for t in session.ws.tasks.values() if t.project_id == project)
        print(f"{len(session.ws.tasks)} tasks; the scenario copies a project of {size}")
        scenario = timed(
            "make a scenario (copy, write, put in front)", lambda: session.make_scenario(project, "What if")
        )
        first = min(t.id for t in session.ws.tasks.values() if t.project_id == scenario and t.duration)
        timed("an edit in the scenario (rescheduled)", lambda: session.run(EditTask(first, duration=4800)))
        timed("compare with the live plan (window)", lambda: compare(session.live_as_front(), session.ws))
        timed("back to the live plan", lambda: session.put_in_front(None))
        timed("adopt (one step, rescheduled, written)", lambda: session.adopt(scenario, discard=False))
        timed("undo the adopt", session.undo)
        session.close()
        timed("open the workspace (a scenario behind)", lambda: Session.open(path).close())


if __name__ == "__main__":
    main()
