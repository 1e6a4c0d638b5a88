"""Times importing a 10,000-task MS Project XML file: parsing, adding it to a workspace, and writing it in one
transaction. The file is made by our exporter from a generated plan (one project of 10,000 tasks).

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

from planner.core.commands import new_workspace
from planner.core.model import Workspace
from planner.io.apply import ApplyImport
from planner.io.formats import import_file
from planner.io.mspdi import export_mspdi
from planner.store.workspace_file import WorkspaceFile


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
    parse, apply, write = [], [], []
    for run in range(5):
        started = time.perf_counter()
        result = import_file(source)
        parse.append(time.perf_counter() - started)
        target = Workspace()
        changes = new_workspace().apply(target)
        started = time.perf_counter()
        changes.merge(ApplyImport(result).apply(target))
        apply.append(time.perf_counter() - started)
        started = time.perf_counter()
        with WorkspaceFile.open(folder / f"into-{run}.planner") as file:
            file.write(target, changes)
        write.append(time.perf_counter() - started)
    total = [a + b + c for a, b, c in zip(parse, apply, write, strict=True)]
    for label, times in (("parse", parse), ("add to the workspace", apply), ("write", write), ("in all", total)):
        print(f"{label}: {min(times) * 1000:.0f} ms (median {statistics.median(times) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
