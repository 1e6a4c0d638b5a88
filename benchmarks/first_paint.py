"""Opens the main window on a workspace and exits at its first paint, printing the seconds since this
script's first line and the peak memory in MB. Used by bench_app.py, one process per measurement."""

import time

STARTED = time.perf_counter()

import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner.session import Session  # noqa: E402
from planner.ui.controller import Controller  # noqa: E402
from planner.ui.main_window import MainWindow  # noqa: E402


class FirstPaint(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().postEvent(self, QEvent(QEvent.Type.User))
        return False

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.User:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{time.perf_counter() - STARTED:.4f} {peak:.1f}")
            sys.stdout.flush()
            QApplication.instance().exit(0)
            return True
        return super().event(event)


app = QApplication([])
path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
session = Session.open(path)
# Not "/dev/null": QSettings saves by writing a new file and renaming it over the old one, which
# (run as root) replaces the /dev/null device with a regular file for every process on the machine.
settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
window = MainWindow(Controller(session), None, settings)
window.resize(1400, 900)
watcher = FirstPaint()
window.view().viewport().installEventFilter(watcher)
window.welcome.installEventFilter(watcher)
window.show()
app.exec()
window.controller.close()
