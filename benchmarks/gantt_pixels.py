"""Checks that a change to the Gantt's painting keeps its pixels: grabs the Gantt view (chart, scale, legend) of a
1,050-task plan at a fixed size, light and dark, with and without ghost bars, at five zooms and three scroll
positions, each painted afresh and after five wheel notches, plus the first printed pages; then compares two such
folders image by image.

Run from a checkout before the change and one after (each with its own venv), then compare:
    python benchmarks/gantt_pixels.py grab /tmp/before [--workspace /work/bench-data/ws-1000.planner]
    python benchmarks/gantt_pixels.py grab /tmp/after
    python benchmarks/gantt_pixels.py compare /tmp/before /tmp/after
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from common import open_window

from planner.session import Session


def grab(folder: Path, workspace: Path) -> int:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QColor, QImage, QPainter

    from planner.ui import theme
    from planner.ui.controller import Controller
    from planner.ui.gantt import printing
    from planner.ui.gantt.scale import PRESETS

    folder.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp()) / "plan.planner"
    shutil.copy(workspace, path)  # the data stays read-only
    app, window = open_window(Controller(Session.open(path)), (1400, 900))
    window.show_view("gantt")
    gantt = window.views["gantt"]
    gantt.tree.expandAll()
    app.processEvents()
    dated = [t for t in window.controller.ws.tasks.values() if t.start is not None and t.finish is not None][:400]
    ghosts = {t.id: (t.start - timedelta(days=2), t.finish - timedelta(days=1)) for t in dated}
    count = 0

    def save(image: QImage, name: str) -> None:
        nonlocal count
        image.save(str(folder / f"{name}.png"))
        count += 1

    for look in ("light", "dark"):
        theme.apply_theme(app, look)
        app.processEvents()
        for shown in (False, True):
            gantt.set_ghosts(ghosts if shown else {}, shown)
            for zoom in ("Hours", "Days", "Weeks", "Months", "Years"):
                gantt.set_zoom(PRESETS[zoom])
                for share in (0.0, 0.3, 0.7):
                    gantt.vbar.setValue(int(gantt.vbar.maximum() * share))
                    row = gantt.rows[min(len(gantt.rows) - 1, gantt.vbar.value() // 26 + 5)]
                    if row[0] == "task":
                        gantt.scroll_to_task(row[1])
                    app.processEvents()
                    gantt.chart._renderer = None  # painted afresh: nothing kept from the frames before
                    name = f"{look}-{'ghosts' if shown else 'plain'}-{zoom}-{share}"
                    save(gantt.grab().toImage(), name)
                    for _notch in range(5):  # the kept band and the strips painted by blitting
                        gantt.vbar.setValue(gantt.vbar.value() + 60)
                        app.processEvents()
                        gantt.chart.repaint()
                    save(gantt.grab().toImage(), f"{name}-wheel")
        doc = printing.document_from_view(gantt)
        page = QSizeF(1100, 800)
        options = printing.PageOptions()
        plan = printing.plan_pages(doc, page, options)
        for number, tile in enumerate(plan.tiles[:4], start=1):
            image = QImage(1100, 800, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            printing.paint_page(painter, doc, plan, tile, page, number, len(plan.tiles), options)
            painter.end()
            save(image, f"print-{look}-{number}")
    window.close()
    return count


def compare(before: Path, after: Path) -> list[str]:
    """The names of the images that differ, or are missing after."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    names = sorted(p.name for p in before.glob("*.png"))
    return [name for name in names if QImage(str(before / name)) != QImage(str(after / name))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=("grab", "compare"))
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--workspace", type=Path, default=Path("/work/bench-data/ws-1000.planner"))
    args = parser.parse_args()
    if args.action == "grab":
        print(f"{grab(args.folders[0], args.workspace)} images in {args.folders[0]}")
    else:
        differ = compare(*args.folders[:2])
        print("\n".join(differ) or "every image the same")
        raise SystemExit(1 if differ else 0)


if __name__ == "__main__":
    main()
