"""What opening a workspace leaves out (issue #14: the open runs nothing the first screen does not need), checked
in fresh processes as tests/test_layers.py checks the layers: psycopg is for server workspaces only, and the
peewee imported without it works on a server exactly as one that found it at its import; no module's source is
read for PySide6's `__feature__` check, and a module that selects a feature still gets it; the collector paused
through the start is on again after it, whether the window opened or not; PySide6 makes the Python types of Qt
classes the first screen does not use only when something uses them; dateutil waits for a routine; and the watch
for the first key makes no Python type of Qt's own objects."""

import json
import os
import subprocess
import sys

import pytest

from planner import paths
from planner.session import Session

# Modules the window opened on a file must not load: each is only needed by a server workspace, or by what the
# first screen does not show (the task editor starts folded in a window of 1400 px, --screenshot's default; a
# comparison, a moment of the history, the people dialog: ~10 ms of imports at every start; what moved since the
# last report, and the comparison of two plans it and a scenario's comparison use: ~3 ms).
NOT_AT_OPEN = (
    "psycopg",
    "planner.ui.editor_panel",
    "planner.ui.compare",
    "planner.ui.moment",
    "planner.ui.assignments",
    "planner.core.moved",
    "planner.core.compare",
)

OPEN_WINDOW = """
import sys, json
from planner.app import main
code = main([sys.argv[1], "--screenshot", sys.argv[2]])
print(json.dumps([code, sorted(sys.modules)]))
"""

# Qt classes whose Python types (and their enums) PySide6 makes only when they are first used, and which the first
# screen does not use. The first `viewport()` of a view whose viewport Qt had made made every QtWidgets class's
# (~5 ms of an open of a plan), `QBrush(color)` tried QImage's overload (with QGradient's, ~1.5 ms), importing
# Qt's dialogs and the help dialog's button box made theirs (~2 ms), and the toolbar's `layout()` (Qt's private
# QToolBarLayout) made QFormLayout's with other layouts' (~0.7 ms).
NOT_MADE_AT_OPEN = {
    "PySide6.QtWidgets": (
        "QWizard", "QCalendarWidget", "QMdiArea",
        "QMessageBox", "QInputDialog", "QColorDialog", "QFileDialog", "QDialogButtonBox",
        "QFormLayout",
    ),
    "PySide6.QtGui": ("QImage",),
}  # fmt: skip

OPEN_WINDOW_TYPES = """
import sys, json
from planner.app import main
code = main([sys.argv[1], "--screenshot", sys.argv[2]])
made = sorted(f"{module}.{name}" for module, names in json.loads(sys.argv[3]).items()
              for name in names if name in vars(sys.modules[module]))
print(json.dumps([code, made]))
"""

# A window opened for editing, run until the first key is watched for and an animation of Qt's has run (its timer
# gets events of its own), then asked which of QtCore's classes have Python types. Watched through the application,
# the first event of that timer (a class PySide6 does not know) made PySide6 try every QObject class in turn: these
# and ~120 more (~14 ms).
OPEN_WATCH_ANIMATE = """
import sys, json
from PySide6.QtCore import QByteArray, QPropertyAnimation
from PySide6.QtWidgets import QApplication
from planner.app import main
from planner.ui.controller import Controller
watch = Controller._watch_input
def watch_then_animate(self):
    watch(self)
    window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
    animation = QPropertyAnimation(window, QByteArray(b"windowOpacity"), window)
    animation.setDuration(30)
    animation.setStartValue(1.0)
    animation.setEndValue(0.99)
    animation.finished.connect(QApplication.quit)
    animation.start()
Controller._watch_input = watch_then_animate
code = main([sys.argv[1]])
import PySide6.QtCore as QtCore
made = [name for name in json.loads(sys.argv[2]) if name in vars(QtCore)]
print(json.dumps([code, made]))
"""
NOT_MADE_BY_THE_WATCH = ("QSharedMemory", "QLibrary", "QProcess", "QPluginLoader", "QFileSystemWatcher")

OPEN_THEN_IMPORT = """
import gc, json, linecache, sys
from pathlib import Path
import planner
from planner.app import main
code = main(sys.argv[1:4])
ours = str(Path(planner.__file__).parent)
read = sorted(name for name in linecache.cache if name.startswith(ours))
sys.path.insert(0, sys.argv[4])
import uses_feature
print(json.dumps([code, gc.isenabled(), read, uses_feature.TITLE]))
"""

# A module imported after the window opened that selects a PySide6 feature: the names it asks for work in it.
USES_FEATURE = """
from __feature__ import snake_case
from PySide6.QtWidgets import QWidget

widget = QWidget()
widget.set_window_title("snake case")
TITLE = widget.window_title()
"""

PEEWEE_DRIVER = """
import sys, json
if sys.argv[1] == "driver first":
    import psycopg
import planner.store.workspace_file, planner.store.engine_postgres
import peewee
db = peewee.PostgresqlDatabase("x", prefer_psycopg3=True)
adapter = type(db._adapter)
names = ("psycopg", "TransactionStatus", "Json_pg3", "Jsonb_pg3")
print(json.dumps({
    "adapter": adapter.__name__,
    "states": [str(adapter.txn_idle), str(adapter.txn_inerror), str(adapter.txn_unknown)],
    "globals": {name: repr(getattr(peewee, name)) for name in names},
    "json": [db._adapter.json_type.__qualname__, db._adapter.jsonb_type.__qualname__],
}))
"""


def run_probe(code: str, *args: str, env=None) -> object:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_opening_a_workspace_loads_no_server_driver(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path))
    Session.open(sample=True).close()
    path = paths.sample_workspace()
    code, loaded = run_probe(OPEN_WINDOW, str(path), str(tmp_path / "shot.png"))
    assert code == 0
    assert not [m for m in loaded if m in NOT_AT_OPEN or m.partition(".")[0] in NOT_AT_OPEN]


def test_a_new_workspace_opens_without_dateutil_and_without_its_table(tmp_path, monkeypatch):
    # dateutil reads and steps routines' rules (~2 ms of imports): the sample has routines, a new workspace none.
    # The welcome panel stands in for the table until the first area or project: the table is not built behind it.
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path))
    code, loaded = run_probe(OPEN_WINDOW, str(tmp_path / "new.planner"), str(tmp_path / "shot.png"))
    assert code == 0
    assert "planner.core.recurrence" in loaded and "dateutil" not in loaded
    assert "planner.ui.table_view" not in loaded


def test_an_open_makes_no_python_type_of_the_qt_classes_the_first_screen_does_not_use(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path))
    Session.open(sample=True).close()  # tasks, so that the table paints rows
    shot = str(tmp_path / "shot.png")
    code, made = run_probe(OPEN_WINDOW_TYPES, str(paths.sample_workspace()), shot, json.dumps(NOT_MADE_AT_OPEN))
    assert code == 0
    assert made == []


def test_the_watch_for_the_first_key_makes_no_python_type_of_qts_own_objects(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path))
    Session.open(sample=True).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))  # not the person's settings
    code, made = run_probe(
        OPEN_WATCH_ANIMATE, str(paths.sample_workspace()), json.dumps(NOT_MADE_BY_THE_WATCH), env=env
    )
    assert code == 0
    assert made == []


@pytest.mark.parametrize("scenario, exit_code", [("", 0), ("no such scenario", 2)])
def test_the_start_reads_no_source_and_leaves_the_collector_on(tmp_path, monkeypatch, scenario, exit_code):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path))
    Session.open(sample=True).close()
    (tmp_path / "uses_feature.py").write_text(USES_FEATURE)
    shot = tmp_path / "shot.png"
    # with a scenario the workspace does not have, the window is built and the run given up
    last = f"--scenario={scenario}" if scenario else "--size=800x600"
    args = [str(paths.sample_workspace()), f"--screenshot={shot}", last]
    code, collector_on, sources_read, title = run_probe(OPEN_THEN_IMPORT, *args, str(tmp_path))
    assert code == exit_code
    assert collector_on
    assert sources_read == []
    assert title == "snake case"


def test_peewee_imported_without_psycopg_is_given_it_as_if_it_had_found_it():
    pytest.importorskip("psycopg")
    assert run_probe(PEEWEE_DRIVER, "store first") == run_probe(PEEWEE_DRIVER, "driver first")
