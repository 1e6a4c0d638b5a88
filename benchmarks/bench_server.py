"""Times a shared workspace on PostgreSQL (issue #19) over a local Unix socket, against a throwaway cluster
(tests/postgres_server.py): publishing a plan, opening it (the store's load, and a whole Session.open with its
catch-up), and an edit's round trip: one client writes, the server notifies, the other client has read the
changed rows in (Session.bring_in; the window repaints from the Changes it returns).

Make the plan first, as for bench_open.py: `python3 ../shared/bench/gen_planner.py 10000 plan.planner --xml
plan-10000.xml` and `planner import plan-10000.xml w.planner`.

Run: python benchmarks/bench_server.py w.planner [runs]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.core.commands import EditTask
from planner.session import Session
from planner.store.server_workspace import ServerWorkspace, publish
from tests.postgres_server import Cluster, missing


def show(what: str, seconds: list[float]) -> None:
    ms = sorted(t * 1000 for t in seconds)
    print(f"{what}: median {statistics.median(ms):.1f} ms ({ms[0]:.1f}–{ms[-1]:.1f}, {len(ms)} runs)")


def timed(action, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    why = missing()
    if why:
        sys.exit(f"bench_server: {why}")
    path = Path(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    cluster = Cluster()
    try:
        url = cluster.create()
        started = time.perf_counter()
        count = publish(path, url)
        print(f"publish {path.name} ({count} tasks): {(time.perf_counter() - started) * 1000:.0f} ms")

        def load():
            with ServerWorkspace.open(url) as server:
                server.load()

        show("ServerWorkspace.open + load", timed(load, runs))
        show("Session.open (load, routines, date rules, history bound)", timed(lambda: Session.open(url).close(), runs))

        with Session.open(url) as writer, Session.open(url) as reader:
            tasks = sorted(writer.ws.tasks)[: runs * 4]
            trips, writes = [], []
            for i, task in enumerate(tasks):
                started = time.perf_counter()
                writer.run(EditTask(task, notes=f"round trip {i}"))
                written = time.perf_counter()
                changes = reader.bring_in(timeout=1.0)
                trips.append(time.perf_counter() - started)
                writes.append(written - started)
                assert task in changes.updated["task"] and reader.ws.tasks[task].notes == f"round trip {i}"
            show("notes edit written (Session.run, one transaction)", writes)
            show("notes edit round trip (write, notify, other client read it in)", trips)
            trips, moved = [], []
            for task in tasks:  # a longer duration: the reschedule it causes is in the same write
                started = time.perf_counter()
                writer.run(EditTask(task, duration=(writer.ws.tasks[task].duration or 480) + 480))
                changes = reader.bring_in(timeout=1.0)
                trips.append(time.perf_counter() - started)
                moved.append(len(changes.updated.get("task", ())))
            show("duration edit round trip, with its reschedule", trips)
            print(f"  tasks each duration edit changed: median {statistics.median(moved):.0f} (max {max(moved)})")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
