"""Times importing a 10,000-task MS Project XML file: parsing, then adding it to a workspace through the Session
(with the rescheduling it causes, written in one transaction). The file is made by our exporter from a generated
plan (one project of 10,000 tasks).

Run: python benchmarks/bench_import.py [--tasks 10000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generate import build_large

from planner.core.model import Workspace
from planner.io.apply import ApplyImport
from planner.io.formats import import_file
from planner.io.mspdi import export_mspdi
from planner.session import Session


def one_project(tasks: int) -> tuple[Workspace, int]:
    """A generated plan with every task moved into its first project, so one file holds them all."""
    ws = build_large(tasks=tasks, links=tasks * 3 // 2)
    first = min(ws.projects)
    for task in ws.tasks.values():
        task.project_id, task.area_id = first, None
    ws.rebuild_indexes()
    return ws, first


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    ws, project = one_project(args.tasks)
    source = folder / "plan.xml"
    export_mspdi(ws, project, source)
    print(f"{source.stat().st_size / 1e6:.1f} MB of MS Project XML, {len(ws.tasks)} tasks")
    parse, run_times = [], []
    for run in range(5):
        started = time.perf_counter()
        result = import_file(source)
        parse.append(time.perf_counter() - started)
        with Session.open(folder / f"into-{run}.planner") as session:
            started = time.perf_counter()
            session.run(ApplyImport(result))
            run_times.append(time.perf_counter() - started)
    total = [a + b for a, b in zip(parse, run_times, strict=True)]
    phases = (("parse", parse), ("add, reschedule and write (Session.run)", run_times), ("in all", total))
    for label, times in phases:
        print(f"{label}: {min(times) * 1000:.0f} ms (median {statistics.median(times) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
