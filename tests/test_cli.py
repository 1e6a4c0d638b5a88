"""The `planner` command as a user runs it: jobs headless, errors on stderr with a non-zero exit."""

import json
import subprocess
import sys
from datetime import datetime

from planner.core.commands import AddObject, CreateTask
from planner.session import Session


def planner(*args, env_dir):
    env = {"PLANNER_DATA_DIR": str(env_dir), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True, env=env)


def test_tasks_json_lists_every_task(tmp_path):
    path = tmp_path / "w.planner"
    with Session.open(path) as session:
        for command in (
            AddObject("area", name="Newsletter"),
            CreateTask(("area", 1), "Write issue 12", start=datetime(2026, 11, 2, 8), duration=480),
            CreateTask(("task", 1), "Proofread", start=datetime(2026, 11, 2, 8), duration=480),
        ):
            session.run(command)
    result = planner("tasks", str(path), "--json", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    tasks = json.loads(result.stdout)
    assert [(t["name"], t["parent"], t["area"]) for t in tasks] == [
        ("Write issue 12", None, "Newsletter"),
        ("Proofread", 1, "Newsletter"),
    ]
    assert tasks[0]["start"] == "2026-11-02T08:00:00"
    assert tasks[0]["finish"] == "2026-11-02T17:00:00"
    assert tasks[0]["status"] == "To do"


def test_tasks_on_a_bad_file_fails_with_a_message(tmp_path):
    path = tmp_path / "notes.planner"
    path.write_text("hello")
    result = planner("tasks", str(path), "--json", env_dir=tmp_path)
    assert result.returncode == 2
    assert "not a Planner workspace" in result.stderr
    assert path.read_text() == "hello"


def test_screenshot_of_the_sample_writes_a_png(tmp_path):
    out = tmp_path / "shot.png"
    result = planner("--sample", "--screenshot", str(out), "--size", "1200x800", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)


def test_screenshot_of_a_bad_workspace_fails_with_a_message(tmp_path):
    bad = tmp_path / "bad.planner"
    bad.write_bytes(b"\x00" * 10)
    result = planner(str(bad), "--screenshot", str(tmp_path / "x.png"), env_dir=tmp_path)
    assert result.returncode == 2
    assert "not a Planner workspace" in result.stderr
