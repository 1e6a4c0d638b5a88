"""Times a shared workspace on PostgreSQL (issue #19) over a local Unix socket, against a throwaway cluster
(tests/postgres_server.py): publishing a plan, opening it (the store's load, and a whole Session.open with its
catch-up), and an edit's round trip: one client writes, the server notifies, the other client has read the
changed rows in (Session.bring_in; the window repaints from the Changes it returns).

Make the plan first, as for bench_open.py: `python3 ../shared/bench/gen_planner.py 10000 plan.planner --xml
plan-10000.xml` and `planner import plan-10000.xml w.planner`.

Run: python benchmarks/bench_server.py w.planner [runs] [edits]  (edits: how many of each edit, 4 × runs unless given)
"""

from __future__ import annotations

import os
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
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else runs * 4
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
            tasks = sorted(writer.ws.tasks)[:edits]
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
            writer.schedule  # noqa: B018 - computed once, as the window does at its first paint (not timed)
            duration_edits(writer, reader, wide_reach(writer.ws, edits))
    finally:
        cluster.stop()


def wide_reach(ws, count: int) -> list[int]:
    """Up to `count` tasks whose longer duration moves ~100–300 tasks: those with that many tasks downstream."""
    after: dict[int, list[int]] = {}
    for link in ws.dependencies.values():
        after.setdefault(link.predecessor_id, []).append(link.successor_id)
    found = []
    for task in sorted(after):
        seen, stack = set(), [task]
        while stack and len(seen) <= 300:
            for successor in after.get(stack.pop(), ()):
                if successor not in seen:
                    seen.add(successor)
                    stack.append(successor)
        if 100 <= len(seen) <= 300:
            found.append(task)
    return found[:: max(1, len(found) // count)][:count]


def cpu(session) -> float:
    """CPU seconds the server process serving `session`'s connection has used (from /proc: Linux only)."""
    pid = session.file.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def duration_edits(writer, reader, tasks: list[int]) -> None:
    """A longer duration for each of `tasks`: the reschedule it causes is in the same write. Wall clock swings with
    the machine's load, so the CPU each side used (this process's, and the server's for the writer's and the
    reader's connections) is shown too."""
    trips, writes, reads, moved = [], [], [], []
    client_cpu, server_cpu = [0.0, 0.0], [cpu(writer), cpu(reader)]
    for task in tasks:
        started, used = time.perf_counter(), time.process_time()
        writer.run(EditTask(task, duration=(writer.ws.tasks[task].duration or 480) + 480))
        written, client_cpu[0] = time.perf_counter(), client_cpu[0] + time.process_time() - used
        used = time.process_time()
        changes = reader.bring_in(timeout=1.0)
        trips.append(time.perf_counter() - started)
        client_cpu[1] += time.process_time() - used
        writes.append(written - started)
        reads.append(time.perf_counter() - written)
        moved.append(len(changes.updated.get("task", ())))
    server_cpu = [cpu(writer) - server_cpu[0], cpu(reader) - server_cpu[1]]
    show("duration edit written (Session.run with its reschedule)", writes)
    show("duration edit read in by the other client (Session.bring_in)", reads)
    show("duration edit round trip, with its reschedule", trips)
    print(f"  tasks each duration edit changed: median {statistics.median(moved):.0f} ({min(moved)}–{max(moved)})")
    n = len(tasks)
    print(
        f"  CPU per edit: writer {client_cpu[0] / n * 1000:.1f} ms + its server process "
        f"{server_cpu[0] / n * 1000:.1f} ms; reader {client_cpu[1] / n * 1000:.1f} ms + its server process "
        f"{server_cpu[1] / n * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
