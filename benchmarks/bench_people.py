"""Times the People sheet on a generated workspace of 10,000 tasks with their assignments: opening the view
(counting everyone's tasks, first paint), a frame, an edit of a rate end to end (command, file, every model,
repaint), the sheet's share of a task edit (recounting the assigned tasks), and pasting 200 names in one step.
Plain timing, printed.

Run: python benchmarks/bench_people.py [--tasks 10000] [--people 50]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import best, open_window
from generate import build_large

from planner.session import Session


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=50)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    ws = build_large(tasks=args.tasks, links=args.tasks * 3 // 2, people=args.people)
    assigned = sum(len(t.assignments) for t in ws.tasks.values())
    print(f"workspace: {len(ws.tasks)} tasks, {len(ws.people)} people, {assigned} assignments")
    path = folder / "people.planner"
    Session.create(path, ws).close()

    from PySide6.QtGui import QGuiApplication

    from planner.core.commands import EditObject, EditTask
    from planner.ui.controller import Controller

    controller = Controller(Session.open(path))
    app, window = open_window(controller, (1360, 860))
    app.processEvents()

    started = time.perf_counter()
    window.show_view("people")
    app.processEvents()
    window.repaint()
    print(f"open the People view (built, tasks counted, first paint): {(time.perf_counter() - started) * 1000:.1f} ms")
    sheet = window.views["people"]

    frames = []
    for _ in range(30):
        started = time.perf_counter()
        sheet.table.viewport().repaint()
        frames.append(time.perf_counter() - started)
    print(f"a frame of the sheet: {best(frames)}")

    pid = sheet.model.ids[0]
    edits = []
    for n in range(20):
        started = time.perf_counter()
        controller.run(EditObject("person", pid, rate=50.0 + n))
        window.repaint()
        edits.append(time.perf_counter() - started)
    print(f"edit a person's rate (command, file, every view, repainted window): {best(edits)}")

    refreshes = []
    catch_up = sheet.model.changes_applied

    def timed(changes) -> None:
        started = time.perf_counter()
        catch_up(changes)
        refreshes.append(time.perf_counter() - started)

    controller.changes_applied.disconnect(sheet._changes_applied)
    controller.changes_applied.connect(timed)
    task = next(t for t in ws.tasks.values() if t.assignments and not controller.ws.is_summary(t.id))
    for n in range(20):
        controller.run(EditTask(task.id, notes=f"note {n}"))
    print(f"the sheet's share of a task edit (assigned tasks recounted): {best(refreshes)}")

    sheet.table.setFocus()
    QGuiApplication.clipboard().setText("\n".join(f"Pasted person {n}\tP{n}\tTester" for n in range(200)))
    started = time.perf_counter()
    sheet.paste()
    window.repaint()
    took = (time.perf_counter() - started) * 1000
    print(f"paste 200 people in one step (command, file, sheet, repaint): {took:.0f} ms")
    window.close()


if __name__ == "__main__":
    main()
