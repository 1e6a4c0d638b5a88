"""Times opening a plan with people (issue #14): in-process, reading the file, checking its dates and the full
schedule with assignments and their calendars; then the whole process `planner W --screenshot` (start, open,
first paint, exit) and its peak memory. Medians and ranges of wall-clock and CPU time: on a machine shared with
other work the wall clock swings, the CPU time the process used far less.

Make the plan first: `python3 ../shared/bench/gen_planner.py 10000 plan.planner --xml plan-10000.xml` and
`planner import plan-10000.xml w.planner`.

Run: python benchmarks/bench_open.py w.planner [runs]
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.core.bounds import date_problems
from planner.core.schedule import compute_schedule
from planner.store.workspace_file import WorkspaceFile


def timed(action, runs: int) -> tuple[list[float], list[float]]:
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return times, cpu


def show(what: str, measured: tuple[list[float], list[float]]) -> None:
    ms, cpu = (sorted(t * 1000 for t in times) for times in measured)
    print(
        f"{what}: median {statistics.median(ms):.1f} ms ({ms[0]:.1f}–{ms[-1]:.1f}, {len(ms)} runs), "
        f"CPU {statistics.median(cpu):.1f} ms ({cpu[0]:.1f}–{cpu[-1]:.1f})"
    )


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def whole_process(path: Path, runs: int) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times, cpu, peaks = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            started, started_cpu = time.perf_counter(), children_cpu()
            command = [sys.executable, "-m", "planner", str(path), "--screenshot", f"{tmp}/s.png"]
            subprocess.run(command, env=env, check=True, cwd=Path(__file__).resolve().parents[1])
            times.append(time.perf_counter() - started)
            cpu.append(children_cpu() - started_cpu)
            peaks.append(max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)
    show("whole process with a screenshot", (times, cpu))
    print(f"peak memory of the largest run so far: {max(peaks):.1f} MB")


def main() -> None:
    path = Path(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    today = date(2026, 12, 4)  # fixed, so runs on different days compare
    with WorkspaceFile.open_read_only(path) as file:
        show("WorkspaceFile.load", timed(file.load, runs))
        ws = file.load()
    print(f"{len(ws.tasks)} tasks, {len(ws.dependencies)} links, {len(ws.people)} people")
    show("date_problems (checked at open)", timed(lambda: date_problems(ws), runs))
    show("compute_schedule, full", timed(lambda: compute_schedule(ws, today), runs))
    whole_process(path, max(3, runs // 2))


if __name__ == "__main__":
    main()
