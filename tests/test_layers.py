"""The layer rules of DESIGN.md at run time: the domain, the store and io never load Qt, and the command-line
jobs start without Qt or matplotlib. `lint-imports` (pyproject.toml) checks which module may import which; it
cannot tell an import at start-up from one inside a function, and these tests can: the window and the `report`
job import Qt, but only when they run."""

import json
import subprocess
import sys


def modules_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_core_store_and_io_import_without_qt_or_matplotlib():
    loaded = modules_after(
        "import planner.core.commands, planner.core.filters, planner.core.sample, planner.store.workspace_file,"
        " planner.store.backups, planner.io.json_export, planner.app, planner.cli"
    )
    assert not any(m.startswith(("PySide6", "shiboken6", "matplotlib")) for m in loaded)


def test_version_does_not_load_qt(tmp_path):
    result = subprocess.run([sys.executable, "-m", "planner", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip().startswith("Planner ")


def test_a_job_loads_none_of_the_window_s_modules():
    # Every job starts in planner.app: the window's views and its X11 library check (with ctypes) are imported
    # when the window opens, not for `planner import` and the other jobs.
    loaded = modules_after("import planner.app, planner.cli, planner.session, planner.io.apply, planner.io.formats")
    assert not any(m.startswith("planner.ui") for m in loaded), sorted(m for m in loaded if m.startswith("planner.ui"))
    assert "ctypes" not in loaded
