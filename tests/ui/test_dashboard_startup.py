"""Matplotlib (about 0.6 s to import) is never on the path to the first window: the dashboard loads it when it is
first shown. Checked in a fresh process, as tests/test_layers.py checks the layers."""

import json
import subprocess
import sys

PROBE = """
import os, sys, json
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PLANNER_DATA_DIR"] = sys.argv[1]
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from planner.session import Session
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow
app = QApplication([])
def opener(path, sample=False):
    return Controller(Session.open(path, sample))
window = MainWindow(opener(None, sample=True), opener, QSettings(sys.argv[1] + "/s.ini", QSettings.Format.IniFormat))
window.show_view("table")
window.show()
for _ in range(3):
    app.processEvents()
before = any(m.startswith("matplotlib") for m in sys.modules)
window.show_view("dashboard")
for _ in range(3):
    app.processEvents()
after = any(m.startswith("matplotlib") for m in sys.modules)
print(json.dumps([before, after, bool(window.views["dashboard"].charts)]))
window.controller.close()
"""


def test_the_window_starts_without_matplotlib_and_the_dashboard_loads_it(tmp_path):
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    before, after, built = json.loads(out.stdout.strip().splitlines()[-1])
    assert not before
    assert after and built
