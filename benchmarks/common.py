"""What the benchmarks share: the repository on the path, Qt offscreen, the figures they print (best and median;
CPU time beside wall time, since the machine is shared) and a window opened on a workspace.

Import it before `planner`: `from common import best, open_window` (the scripts run from `benchmarks/`).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def best(times: list[float], digits: int = 1) -> str:
    """The best of several runs, its median in brackets (seconds in, milliseconds out)."""
    return f"{min(times) * 1000:.{digits}f} ms (median {statistics.median(times) * 1000:.{digits}f} ms)"


def timed(action) -> tuple[float, float]:
    """One call of `action`: its wall clock and this process's CPU time, in seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def frames(label: str, runs: list[tuple[float, float]]) -> None:
    """Prints the median wall and CPU time of `runs` (pairs from `timed`), and the worst wall time."""
    walls, cpus = [w * 1000 for w, _ in runs], [c * 1000 for _, c in runs]
    print(f"  {label}: median {statistics.median(walls):.1f} ms wall, {statistics.median(cpus):.1f} ms CPU "
          f"(worst {max(walls):.1f} ms) over {len(runs)}")  # fmt: skip


def open_window(controller, size: tuple[int, int] = (1400, 900), theme: str | None = "light"):
    """The application and a main window on `controller`, shown at `size` with its settings in a fresh folder
    (nothing of the developer's own settings), events processed: (app, window)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.ui import theme as themes
    from planner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    if theme is not None:
        themes.apply_theme(app, theme)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, None, settings)
    window.resize(*size)
    window.show()
    app.processEvents()
    return app, window
