"""How the installed app presents itself: a windowed entry point besides the console one, and a desktop file name
that matches the desktop entry shipped in resources/ (Wayland finds the icon and name through it)."""

import tomllib
from pathlib import Path

from planner import app

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_has_a_gui_script_and_the_jobs_keep_the_console_script():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["scripts"]["planner"] == "planner.app:main"
    assert project["gui-scripts"]["planner-window"] == "planner.app:main"


def test_the_desktop_file_name_names_the_shipped_desktop_entry(tmp_path, monkeypatch, qapp, restored_look):
    entry = ROOT / "resources" / f"{app.DESKTOP_FILE_NAME}.desktop"
    assert entry.exists()
    assert f"Icon={app.DESKTOP_FILE_NAME}" in entry.read_text()
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path))
    assert app.run(tmp_path / "team.planner", screenshot=tmp_path / "shot.png") == 0
    assert qapp.desktopFileName() == app.DESKTOP_FILE_NAME
