"""Times the Session, the one edit pipeline, on a plan shaped like a real one: summaries of ~20 tasks, ~1.5 links
per task, milestones, 20 people with 9,500 assignments (`../shared/bench/gen_planner.py` writes it as MS Project
XML; without it, benchmarks/generate.py's plan, which flatters the figures: say so when quoting them).

- import through the Session: read the file, add it, reschedule, write it in one transaction;
- an edit that moves dates (a duration), rescheduled incrementally and written: budget 50 ms at 10,000 tasks;
- an edit that moves none (a title), written;
- the undo of a date-moving edit.

Run: python benchmarks/bench_session.py [--tasks 10000]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.core.commands import EditTask
from planner.io.apply import ApplyImport
from planner.io.formats import import_file
from planner.session import Session

GEN_PLANNER = Path(__file__).resolve().parents[2] / "shared" / "bench" / "gen_planner.py"


def plan_file(folder: Path, tasks: int) -> Path:
    """The plan as MS Project XML: the shared generator's, or our exporter's from generate.py's plan."""
    source = folder / f"plan-{tasks}.xml"
    if GEN_PLANNER.is_file():
        subprocess.run([sys.executable, str(GEN_PLANNER), str(tasks), str(folder / "gnome.planner"), "--xml",
                        str(source)], check=True, capture_output=True)  # fmt: skip
        print(f"plan: {GEN_PLANNER.name} {tasks}")
        return source
    from bench_import import one_project

    from planner.io.mspdi import export_mspdi

    ws, project = one_project(tasks)
    export_mspdi(ws, project, source)
    print("plan: benchmarks/generate.py (no people's calendars: flatters the figures)")
    return source


def timed(action, runs: int) -> list[float]:
    times = []
    for n in range(runs):
        started = time.perf_counter()
        action(n)
        times.append(time.perf_counter() - started)
    return times


def say(label: str, times: list[float]) -> None:
    print(f"{label}: median {statistics.median(times) * 1000:.1f} ms, best {min(times) * 1000:.1f} ms "
          f"({len(times)} runs)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    source = plan_file(folder, args.tasks)

    def import_into(n: int) -> None:
        with Session.open(folder / f"import-{n}.planner") as session:
            session.run(ApplyImport(import_file(source)))

    say("import through the Session (read, add, reschedule, write)", timed(import_into, 3))
    session = Session.open(folder / "import-0.planner")
    ws = session.ws
    print(f"workspace: {len(ws.tasks):,} tasks, {len(ws.dependencies):,} links, {len(ws.people)} people, "
          f"{sum(len(t.assignments) for t in ws.tasks.values()):,} assignments")  # fmt: skip
    session.schedule  # noqa: B018 - the window has one before the first edit: the edits below update it
    linked = [t.id for t in ws.tasks.values() if t.duration and ws.links_out(t.id) and not ws.is_summary(t.id)]
    picks = linked[:: max(1, len(linked) // 40)][:40]

    def move(n: int) -> None:
        task = ws.tasks[picks[n]]
        session.run(EditTask(task.id, duration=task.duration + 480))

    say("an edit that moves dates: rescheduled and written", timed(move, len(picks)))
    say("undo of an edit that moved dates", timed(lambda n: session.undo(), 20))
    say("an edit that moves no dates: written", timed(lambda n: session.run(EditTask(picks[n], title=f"T{n}")), 40))
    session.close()


if __name__ == "__main__":
    main()
