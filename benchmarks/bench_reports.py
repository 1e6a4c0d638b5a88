"""Times the project status report of a 1,000-task project (the budget: ≤ 2 s for the PDF), and the other reports
on the same workspace. The generated project gets what a status report reads: a baseline, a status date, logged
time, expenses, risks and stakeholders with a log.

"cold" runs `planner report status` in a fresh process (Python, Qt, matplotlib and the file all loaded from
scratch), as a user running it from a shell or a scheduled job would; "warm" builds and writes the report again in
one process, as the window does on its second report. Plain timing, printed.

Run: python benchmarks/bench_reports.py [--tasks 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate import build_large

from planner.core.baselines import SaveBaseline
from planner.core.registers import AddRecord
from planner.session import Session


def enriched(tasks: int):
    """A workspace whose first project has `tasks` tasks, with the registers a status report reads."""
    ws = build_large(tasks=round(tasks / 0.8), links=round(tasks * 1.5), people=20)
    project = ws.ordered("project")[0]
    mine = [t for t in ws.tasks.values() if t.project_id == project.id and t.start is not None]
    first = min(t.start for t in mine)
    last = max(t.finish for t in mine)
    status = first + (last - first) * 0.4
    saved = first - timedelta(days=3)
    SaveBaseline(project.id, "Plan at start", lambda: saved).apply(ws)
    project.status_date = status
    people = [p.id for p in ws.ordered("person")]
    for task in mine:
        if task.finish <= status and not ws.is_summary(task.id) and task.assignments:
            pid = next(iter(task.assignments))
            AddRecord("time_entry", task_id=task.id, person_id=pid, minutes=6 * 60,
                      start=datetime.combine(task.start.date(), clock(9))).apply(ws)  # fmt: skip
    for i in range(20):
        AddRecord("risk", project_id=project.id, name=f"Risk {i + 1}: a supplier delivers late", owner="Owner",
                  probability=1 + i % 5, impact=1 + (i * 3) % 5, mitigation="A second supplier on call",
                  review_date=status.date() + timedelta(days=i - 5)).apply(ws)  # fmt: skip
    for i in range(10):
        person = AddRecord("stakeholder", project_id=project.id, name=f"Stakeholder {i + 1}", role="Sponsor",
                           influence=1 + i % 5, interest=1 + (i * 2) % 5).apply(ws)  # fmt: skip
        del person
    for sid in list(ws.stakeholders):
        AddRecord("interaction", stakeholder_id=sid, day=status.date() - timedelta(days=sid), summary="Weekly update",
                  feedback="Asked for the demo date").apply(ws)  # fmt: skip
    for i in range(12):
        AddRecord("expense", project_id=project.id, spent_on=first.date() + timedelta(days=7 * i), amount=500.0,
                  category="Travel", description="Site visit").apply(ws)  # fmt: skip
    del people
    return ws, project, status.date()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    ws, project, today = enriched(args.tasks)
    count = sum(1 for t in ws.tasks.values() if t.project_id == project.id)
    print(f"{project.name}: {count} tasks, {len(ws.dependencies)} links in the workspace, status date {today}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.planner"
        Session.create(path, ws).close()
        out = Path(folder) / "status.pdf"
        cold = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "planner", "report", "status", str(path), "--project", project.name,
                            "--date", today.isoformat(), "-o", str(out)], check=True, capture_output=True,
                           cwd=Path(__file__).resolve().parents[1])  # fmt: skip
            cold.append(time.perf_counter() - started)
        print(f"status report, cold process (start, load file, report, PDF): best {min(cold):.2f} s, "
              f"median {statistics.median(cold):.2f} s")  # fmt: skip

        from PySide6.QtGui import QGuiApplication

        from planner.reports import build_report
        from planner.reports.document import write_pdf

        app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
        for kind, scope in (("status", ("project", project.id)), ("risks", ("project", project.id)),
                            ("tasks", ("project", project.id)), ("weekly", None), ("board", None)):  # fmt: skip
            times, pages = [], 0
            for _ in range(args.runs):
                started = time.perf_counter()
                report = build_report(ws, kind, scope, today)
                built = time.perf_counter()
                info = write_pdf(report, Path(folder) / f"{kind}.pdf")
                times.append((built - started, time.perf_counter() - started))
                pages = info.pages
            best = min(times, key=lambda t: t[1])
            print(f"{kind:8} warm: {best[1] * 1000:7.0f} ms ({best[0] * 1000:.0f} ms gathering data), {pages} pages")


if __name__ == "__main__":
    main()
