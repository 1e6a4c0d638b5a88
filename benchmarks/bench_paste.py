"""Times pasting rows from a spreadsheet into the table: 1,000 rows copied from a generated plan (summaries,
links, people with assignments), pasted into an empty project of the open window with Ctrl+V's path (read
with the CSV rules in the user's locale, added, rescheduled, written in one transaction, shown). Budget: 1 s.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_paste.py [--rows 1000]
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
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from planner.core.commands import AddObject
from planner.io.csv_format import chosen_cells, clipboard_text
from planner.session import Session
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    source = build_large(tasks=args.rows, links=args.rows * 3 // 2, people=20)
    text, _ = clipboard_text(chosen_cells(source, list(source.tasks)))
    links = text.count("\t") and sum(1 for line in text.splitlines()[1:] if not line.endswith("\t"))
    print(f"{args.rows} rows with {links} holding predecessors, {len(text) / 1000:.0f} kB of tab-separated text")
    folder = Path(tempfile.mkdtemp())
    times = []
    for run in range(5):
        settings = QSettings(str(folder / f"settings-{run}.ini"), QSettings.Format.IniFormat)
        open_controller = lambda path, sample=False: Controller(Session.open(path, sample))  # noqa: E731
        window = MainWindow(open_controller(folder / f"paste-{run}.planner"), open_controller, settings)
        window.show()
        project = AddObject("project", name="Pasted")
        window.controller.run(project)
        window.sidebar.select_scope(("project", project.id))
        app.processEvents()
        QApplication.clipboard().setText(text)
        started = time.perf_counter()
        window.paste()
        app.processEvents()
        times.append(time.perf_counter() - started)
        assert len(window.controller.ws.tasks) == args.rows, len(window.controller.ws.tasks)
        window.close()
    print(f"paste {args.rows} rows: {min(times) * 1000:.0f} ms (median {statistics.median(times) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
