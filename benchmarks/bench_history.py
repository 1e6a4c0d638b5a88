"""Measures what the history kept in the workspace costs, on a plan shaped like a real one (bench_session's):

- the time it adds to an edit (budget 2 ms): the same edits with and without recording, medians;
- the size it adds: a mix of edits (titles, durations that reschedule, progress) recorded for real, then copied
  to 100,000 rows, and the file compared with the plan alone (budget: within 2× its size without history);
- reading the list of 100,000 changes, and restoring the moment 1,000 changes back.

- comparing two moments a plan's import apart, in the window and as `planner compare` does it.

Run: python benchmarks/bench_history.py [--tasks 1000] [--edits 600] [--compare-only]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_session import plan_file

from planner.core.commands import EditTask
from planner.io.apply import ApplyImport
from planner.io.formats import import_file
from planner.session import Session
from planner.store.history import History

ROWS = 100_000


def edits(session: Session, count: int, seed: int) -> list[float]:
    """`count` edits, a third each of titles, durations (which move dates downstream) and progress; their times."""
    ws = session.ws
    leaves = [t.id for t in ws.tasks.values() if t.duration and not ws.is_summary(t.id) and not t.milestone]
    times = []
    for n in range(count):
        task = ws.tasks[leaves[(n * 7919 + seed) % len(leaves)]]
        change = ({"title": f"{task.title[:20]} {n}"}, {"duration": task.duration + 480},
                  {"percent_complete": (task.percent_complete + 10) % 100})[n % 3]  # fmt: skip
        started = time.perf_counter()
        session.run(EditTask(task.id, **change))
        times.append(time.perf_counter() - started)
    return times


def fill(conn, rows: int, spread: bool = False) -> None:
    """Copy the recorded changes over and over until the history holds `rows` of them; `spread`: dated over a
    year, about 270 a day, as a busy plan's would be."""
    recorded = conn.execute(
        "SELECT at, label, kind, reverts, touches, objects FROM history JOIN history_objects USING (id) ORDER BY id"
    ).fetchall()
    conn.execute("DELETE FROM history")
    conn.execute("DELETE FROM history_objects")
    copies = [recorded[n % len(recorded)] for n in range(rows)]
    if spread:
        copies = [(f"{datetime(2026, 1, 1) + timedelta(days=n * 365 / rows):%Y-%m-%d %H:%M:%S}", *row[1:])
                  for n, row in enumerate(copies)]  # fmt: skip
    conn.executemany("INSERT INTO history (id, at, label, kind, reverts, touches) VALUES (?, ?, ?, ?, ?, ?)",
                     [(n + 1, *row[:5]) for n, row in enumerate(copies)])  # fmt: skip
    conn.executemany("INSERT INTO history_objects (id, objects) VALUES (?, ?)",
                     [(n + 1, row[5]) for n, row in enumerate(copies)])  # fmt: skip


def size(path: Path) -> int:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.close()
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=1_000)
    parser.add_argument("--edits", type=int, default=600)
    parser.add_argument("--compare-only", action="store_true", help="measure only the comparison of two moments")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    source = plan_file(folder, args.tasks)
    if args.compare_only:
        compare_apart(folder, source)
        return
    path = folder / "plan.planner"
    with Session.open(path) as session:
        session.run(ApplyImport(import_file(source)))
    conn = sqlite3.connect(path)
    for table in ("history", "history_objects"):  # the import's own record: the plan alone is the size to compare with
        conn.execute(f"DELETE FROM {table}")
    conn.commit()
    conn.close()
    plain = size(path)

    with Session.open(path) as session:
        session.schedule  # noqa: B018 - the window has one before the first edit
        edits(session, 30, seed=1)  # warm up
        spent = []  # the history's own part of each edit: working out what changed, and writing its row

        def timing(method):
            def timed(*args):
                started = time.perf_counter()
                result = method(*args)
                spent.append(time.perf_counter() - started)
                return result

            return timed

        originals = Session._diff, History.add
        Session._diff, History.add = timing(Session._diff), timing(History.add)
        try:
            recorded = edits(session, args.edits, seed=2)
        finally:
            Session._diff, History.add = originals
        part = sum(spent) / args.edits * 1000
        original = Session._diff
        Session._diff = lambda self, steps, changes: []  # the same pipeline, nothing recorded
        try:
            bare = edits(session, args.edits, seed=2)
        finally:
            Session._diff = original
    extra = (statistics.median(recorded) - statistics.median(bare)) * 1000
    with_history, without = statistics.median(recorded) * 1000, statistics.median(bare) * 1000
    print(f"edit with history: median {with_history:.2f} ms; without: {without:.2f} ms; "
          f"difference {extra:.2f} ms ({args.edits} edits each); the history's own part: {part:.2f} ms")  # fmt: skip

    conn = sqlite3.connect(path)
    real = conn.execute("SELECT count(*), sum(length(objects)) FROM history_objects").fetchone()
    fill(conn, ROWS)
    conn.commit()
    conn.close()
    full = size(path)
    print(f"plan alone: {plain / 1e6:.1f} MB; with {ROWS:,} recorded edits: {full / 1e6:.1f} MB "
          f"({full / plain:.2f}×; {real[1] / real[0]:.0f} bytes per edit's record on average)")  # fmt: skip

    with Session.open(path) as session:  # opening keeps the history within the plan's own size
        started = time.perf_counter()
        rows = session.file.history.listing()
    bounded = size(path)
    print(f"after reopening: {len(rows):,} changes kept, {bounded / 1e6:.1f} MB ({bounded / plain:.2f}×)")
    with Session.open(path) as session:
        started = time.perf_counter()
        rows = session.file.history.listing()
        listed = time.perf_counter() - started
        started = time.perf_counter()
        session.as_it_was(change=rows[-min(1000, len(rows))][0])
        restored = time.perf_counter() - started
    print(f"list the {len(rows):,} changes: {listed * 1000:.0f} ms; restore the moment 1,000 back (or the first): "
          f"{restored * 1000:.0f} ms")  # fmt: skip

    # The same 100,000 edits spread over a year (about 270 a day), then thinned as opening does after 90 days.
    conn = sqlite3.connect(path)
    conn.execute("UPDATE history SET at = datetime('2026-01-01', '+' || (id * 365 / ?) || ' days')", (ROWS,))
    conn.commit()
    conn.close()
    with Session.open(path) as session:
        started = time.perf_counter()
        with session.file.transaction():
            session.file.history.thin(datetime(2027, 1, 1))
        thinned = time.perf_counter() - started
        left = len(session.file.history.listing())
    full = size(path)
    print(f"spread over a year and thinned after 90 days: {left:,} rows left after {thinned:.1f} s; "
          f"{full / 1e6:.1f} MB ({full / plain:.2f}× the plan alone)")  # fmt: skip

    panel(path)
    compare_apart(folder, source)


def compare_apart(folder: Path, source: Path) -> None:
    """Comparing two moments a plan's import apart (its tasks added): budget 300 ms at 10,000 tasks. In the
    window (Compare With…), the moment is rebuilt from the workspace in memory by reversing the later changes on
    a copy; `planner compare` first reads the file (once: the moment is rebuilt on a copy of what it read)."""
    from planner.core.compare import compare
    from planner.core.history import restore, shared_copy
    from planner.core.memory import collector_paused
    from planner.store.workspace_file import WorkspaceFile

    path = folder / "compare.planner"
    with Session.open(path) as session:
        session.run(ApplyImport(import_file(source)))
        tasks = len(session.ws.tasks)
    with Session.open(path) as session:
        times = []
        for _ in range(5):
            started, cpu = time.perf_counter(), time.process_time()
            then = session.as_it_was(change=0)  # before the first change kept: the import
            rebuilt = time.process_time() - cpu
            result = compare(then, session.ws)
            times.append((time.perf_counter() - started, time.process_time() - cpu, rebuilt))
        wall, cpu, rebuilt = min(times, key=lambda t: t[1])
    # The machine is shared: its processor time is what a quiet machine's wall-clock time would be, near enough.
    print(f"compare two moments {tasks:,} tasks apart in the window: {cpu * 1000:.0f} ms of processor time (the "
          f"moment rebuilt from memory in {rebuilt * 1000:.0f} ms), {wall * 1000:.0f} ms wall-clock; "
          f"{len(result.tasks):,} tasks added; best of 5")  # fmt: skip
    with WorkspaceFile.open_read_only(path) as file:
        started = time.perf_counter()
        now = file.load()
        read = time.perf_counter() - started
        with collector_paused():  # as the command line does
            then = restore(shared_copy(now), list(file.history.entries_after(0)))
        rebuilt = time.perf_counter() - started - read
        compare(then, now)
        total = time.perf_counter() - started
    print(f"planner compare's work: {total * 1000:.0f} ms (reading the file {read * 1000:.0f} ms, rebuilding the "
          f"moment {rebuilt * 1000:.0f} ms)")  # fmt: skip


def panel(path: Path) -> None:
    """The History panel opened on 100,000 changes over a year (made after opening, so the size bound has not
    thinned them): built, shown and painted, its newest day's changes read; budget 200 ms."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from planner.ui.controller import Controller
    from planner.ui.history import HistoryView

    app = QApplication.instance() or QApplication([])
    with Session.open(path) as session:
        edits(session, 50, seed=3)
        with session.file.transaction():
            fill(session.file.db.connection(), ROWS, spread=True)
        controller = Controller(session)
        started = time.perf_counter()
        view = HistoryView(None, controller)
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        opened = time.perf_counter() - started
        print(f"History panel on {view.model.change_count():,} changes: open, shown and painted in "
              f"{opened * 1000:.0f} ms")  # fmt: skip
        view.close()


if __name__ == "__main__":
    main()
