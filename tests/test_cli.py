"""The `planner` command as a user runs it: jobs headless, errors on stderr with a non-zero exit."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import pytest

from planner.core.commands import AddObject, CreateTask
from planner.core.model import Workspace
from planner.session import Session

sys.path.insert(0, str(Path(__file__).resolve().parent / "io"))  # the GNOME Planner seed of the fuzz test
from mutations import GAN_SEED, GNOME_PLANNER_SEED


def a_plan(folder: Path) -> str:
    """A small GanttProject file to import, written here so the tests need nothing beside the repository."""
    source = folder / "plan.gan"
    source.write_text(GAN_SEED, encoding="utf-8")
    return str(source)


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


def test_tasks_json_says_how_a_routine_repeats_in_words(tmp_path):
    path = tmp_path / "w.planner"
    with Session.open(path) as session:
        session.run(AddObject("area", name="Social"))
        session.run(CreateTask(("area", 1), "Schedule posts", recurrence="FREQ=WEEKLY;BYDAY=MO,WE,FR",
                               start=datetime(2026, 11, 2, 9), duration=60))  # fmt: skip
    result = planner("tasks", str(path), "--json", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    tasks = json.loads(result.stdout)
    assert tasks[0]["repeats"] == "Every Monday, Wednesday and Friday at 09:00"
    assert all(t["repeats"].startswith("One occurrence of “Schedule posts”: every Monday") for t in tasks[1:])
    assert "FREQ" not in result.stdout


def test_tasks_on_a_bad_file_fails_with_a_message(tmp_path):
    path = tmp_path / "notes.planner"
    path.write_text("hello")
    result = planner("tasks", str(path), "--json", env_dir=tmp_path)
    assert result.returncode == 2
    assert "not a Planner workspace" in result.stderr
    assert path.read_text() == "hello"


def test_a_gnome_planner_file_is_imported_and_opening_it_says_how(tmp_path):
    source = tmp_path / "kitchen.planner"
    source.write_text(GNOME_PLANNER_SEED, encoding="utf-8")
    for args in (("tasks", str(source), "--json"), (str(source), "--screenshot", str(tmp_path / "x.png"))):
        opened = planner(*args, env_dir=tmp_path)
        assert opened.returncode == 2
        assert "this is a GNOME Planner file (XML), not a Planner workspace" in opened.stderr
        assert "`planner import kitchen.planner NEW.planner`" in opened.stderr
        assert "damaged" not in opened.stderr
    target = tmp_path / "home.planner"
    imported = planner("import", str(source), str(target), env_dir=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "(GNOME Planner)" in imported.stdout and "4 × task" in imported.stdout
    ws = Session.read(target).ws
    assert [p.name for p in ws.projects.values()] == ["Kitchen"]
    assert sorted(t.title for t in ws.tasks.values()) == ["Build", "Done", "Paint", "Walls"]
    assert source.read_text(encoding="utf-8") == GNOME_PLANNER_SEED
    again = planner("import", str(target), str(tmp_path / "other.planner"), env_dir=tmp_path)
    assert again.returncode == 2
    assert "home.planner: this is not a GNOME Planner file (it is not XML)" in again.stderr


def test_screenshot_of_the_sample_writes_a_png_and_prints_nothing(tmp_path):
    out = tmp_path / "shot.png"
    result = planner("--sample", "--screenshot", str(out), "--size", "1200x800", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (result.stdout, result.stderr) == ("", "")  # Qt's offscreen "propagateSizeHints()" noise included
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


@pytest.mark.parametrize("view", ["table", "board", "calendar", "gantt", "dashboard", "project"])
def test_a_screenshot_of_a_task_in_year_9999_ends_normally_with_nothing_failed(tmp_path, view):
    # Such a date cannot be typed or imported (both stop at 2200), but a file written by another build can hold it.
    # Drawing it raised inside Qt's paint and resize handlers, and the process died with SIGSEGV, 3 runs of 3; then,
    # with every override guarded, it ended normally but logged the failure. Now the chart leaves such dates out.
    ws = Workspace()
    project = AddObject("project", name="Far future")
    project.apply(ws)
    task = CreateTask(("project", project.id), "Someday", start=datetime(2026, 11, 2, 8), duration=480)
    task.apply(ws)
    far = ws.tasks[task.id]
    far.start, far.finish, far.manual = datetime(9999, 12, 30, 8), datetime(9999, 12, 31, 17), True
    path = tmp_path / "far.planner"
    Session.create(path, ws).close()
    out = tmp_path / f"{view}.png"
    result = planner(str(path), "--screenshot", str(out), "--view", view, env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "failed" not in result.stderr
    assert not (tmp_path / "errors.log").exists()


def a_workspace(tmp_path):
    path = tmp_path / "w.planner"
    with Session.open(path) as session:
        session.run(AddObject("project", name="Launch", start=datetime(2026, 11, 2, 8)))
        for title in ("Brief", "Design"):
            session.run(CreateTask(("project", 1), title, duration=480))
    return path


def test_every_read_only_job_reads_a_workspace_that_a_window_holds(tmp_path):
    path = a_workspace(tmp_path)
    with Session.open(path):  # as the window holds it: the write lock taken
        shot = planner(str(path), "--screenshot", str(tmp_path / "shot.png"), env_dir=tmp_path)
        report = planner("report", "status", str(path), "-o", str(tmp_path / "status.pdf"), env_dir=tmp_path)
        tasks = planner("tasks", str(path), "--json", env_dir=tmp_path)
        schedule = planner("schedule", str(path), "--json", env_dir=tmp_path)
        export = planner("export", str(path), str(tmp_path / "out.xml"), env_dir=tmp_path)
    for job in (shot, report, tasks, schedule, export):
        assert job.returncode == 0, job.stderr
    assert (tmp_path / "shot.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "status.pdf").read_bytes()[:5] == b"%PDF-"
    assert [t["name"] for t in json.loads(tasks.stdout)][-2:] == ["Brief", "Design"]
    assert len(json.loads(schedule.stdout)) >= 2
    assert "Brief" in (tmp_path / "out.xml").read_text(encoding="utf-8")


def test_a_report_on_the_sample_makes_the_sample_first(tmp_path):
    result = planner("report", "weekly", "--sample", "-o", str(tmp_path / "weekly.pdf"), env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "weekly.pdf").read_bytes()[:5] == b"%PDF-"
    assert Session.read(tmp_path / "Sample.planner").ws.projects
    neither = planner("report", "weekly", "-o", str(tmp_path / "w.pdf"), env_dir=tmp_path)
    assert neither.returncode == 2
    assert "give a workspace PATH or --sample" in neither.stderr


def test_a_reader_that_stops_early_ends_the_job_quietly(tmp_path):
    path = a_workspace(tmp_path)
    env = {"PLANNER_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    job = subprocess.Popen([sys.executable, "-m", "planner", "schedule", str(path), "--json"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)  # fmt: skip
    job.stdout.close()  # like `| head` that has read its lines, before the job writes a byte
    stderr = job.stderr.read().decode()
    assert job.wait(timeout=60) == 141
    assert stderr == ""


def update(path, sql):
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


JOB_ARGS = {
    "tasks": lambda path, tmp: ["tasks", path, "--json"],
    "schedule": lambda path, tmp: ["schedule", path, "--json"],
    "export": lambda path, tmp: ["export", path, str(tmp / "out.xml")],
    "report": lambda path, tmp: ["report", "status", path, "-o", str(tmp / "out.pdf")],
    "import": lambda path, tmp: ["import", a_plan(tmp), path],
}


@pytest.mark.parametrize("job", JOB_ARGS)
@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("UPDATE task SET priority = 99 WHERE title = 'Design'", "table task, row 2, holds 99 in the column priority"),
        ("UPDATE task SET start = 'next Tuesday' WHERE title = 'Brief'", "table task, row 1, holds 'next Tuesday'"),
        ("DROP TABLE task_label", "damaged and cannot be read (no such table: task_label)"),
    ],
    ids=["priority", "date", "dropped table"],
)
def test_every_job_names_the_table_and_row_of_a_value_it_cannot_read(tmp_path, job, damage, message):
    path = a_workspace(tmp_path)
    update(path, damage)
    before = path.read_bytes()
    result = planner(*JOB_ARGS[job](str(path), tmp_path), env_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"planner: {path}: ") and message in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_an_unforeseen_error_prints_one_line_and_logs_the_traceback(tmp_path):
    path = a_workspace(tmp_path)
    update(path, "UPDATE task SET duration = 'long' WHERE title = 'Design'")  # no reader checks a number's type
    result = planner("schedule", str(path), "--json", env_dir=tmp_path)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("planner: schedule failed unexpectedly (")
    log = tmp_path / "errors.log"
    assert result.stderr.rstrip().endswith(f"the details are in {log}")
    assert "Traceback (most recent call last)" in log.read_text()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_tasks_on_a_named_pipe_is_refused_at_once(tmp_path):
    pipe = tmp_path / "w.planner"
    os.mkfifo(pipe)
    result = planner("tasks", str(pipe), "--json", env_dir=tmp_path)  # before the fix this never returned
    assert result.returncode == 2
    assert "named pipe, not a workspace file" in result.stderr


def test_tasks_on_a_missing_file_says_it_is_missing(tmp_path):
    result = planner("tasks", str(tmp_path / "gone.planner"), "--json", env_dir=tmp_path)
    assert result.returncode == 2
    assert "gone.planner: there is no such file" in result.stderr


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need an administrator on Windows")
def test_import_through_a_link_to_a_workspace_open_elsewhere_is_refused(tmp_path):
    path = a_workspace(tmp_path)
    (tmp_path / "alias.planner").symlink_to(path)
    (tmp_path / "hard.planner").hardlink_to(path)
    before = len(Session.read(path).ws.tasks)
    with Session.open(path):  # the window holds it
        for alias in ("alias.planner", "hard.planner"):
            source = a_plan(tmp_path)
            result = planner("import", source, str(tmp_path / alias), env_dir=tmp_path)
            assert result.returncode == 2
            assert f"{alias}: this workspace is already open in another Planner window" in result.stderr
    assert len(Session.read(path).ws.tasks) == before


def on_a_read_only_disk(folder, *args, env_dir):
    """Run `planner *args` with `folder` read-only: as root (whom permission bits do not stop) on a read-only
    mount of it in a mount namespace of the job's own, otherwise with the folder's write bit off."""
    env = {"PLANNER_DATA_DIR": str(env_dir), "PATH": "/usr/bin:/bin"}
    job = [sys.executable, "-m", "planner", *args]
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return subprocess.run(job, capture_output=True, text=True, env=env)
        finally:
            folder.chmod(0o755)
    mount = f'mount --bind "{folder}" "{folder}" && mount -o remount,ro,bind "{folder}" && exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", mount, "sh", *job], capture_output=True, text=True, env=env)


def read_only_disks_can_be_made() -> bool:
    if os.name == "nt" or shutil.which("unshare") is None:
        return False
    if os.geteuid() != 0:
        return True
    folder = tempfile.gettempdir()  # made read-only only inside the probe's own mount namespace
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind {folder} {folder} && "
                            f"mount -o remount,ro,bind {folder}"], capture_output=True)  # fmt: skip
    return probe.returncode == 0


@pytest.mark.skipif(not read_only_disks_can_be_made(), reason="root here may not make a read-only mount")
def test_a_workspace_on_a_read_only_disk_is_read_without_side_files_and_refused_for_editing(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = a_workspace(folder)
    listed = on_a_read_only_disk(folder, "tasks", str(path), "--json", env_dir=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert [t["name"] for t in json.loads(listed.stdout)] == ["Brief", "Design"]
    assert os.listdir(folder) == ["w.planner"]
    source = a_plan(tmp_path)
    imported = on_a_read_only_disk(folder, "import", source, str(path), env_dir=tmp_path)
    assert imported.returncode == 2
    assert f"the folder {folder} is read-only" in imported.stderr


def test_an_unforeseen_error_is_still_one_line_when_the_log_cannot_be_written(tmp_path):
    path = a_workspace(tmp_path)
    update(path, "UPDATE task SET duration = 'long' WHERE title = 'Design'")
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be")
    result = planner("schedule", str(path), "--json", env_dir=not_a_folder)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert "failed unexpectedly" in result.stderr and "the details could not be logged" in result.stderr


def test_a_csv_table_imports_and_the_project_exports_as_csv(tmp_path):
    source = tmp_path / "plan.csv"
    source.write_bytes("\ufeffName;Start;Duration;Predecessors\r\nDig;2026-11-02;2d;\r\nPour;;1d;1FS+1d\r\n".encode())
    workspace = tmp_path / "w.planner"
    imported = planner("import", str(source), str(workspace), env_dir=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "2 × task" in imported.stdout and "1 × link" in imported.stdout
    out = tmp_path / "back.csv"
    exported = planner("export", str(workspace), str(out), env_dir=tmp_path)
    assert exported.returncode == 0, exported.stderr
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("ID,WBS,Name,")  # the C locale writes decimals with a point, so ","
    assert lines[1].startswith("1,1,Dig,1,2026-11-02 08:00,2026-11-03 17:00,2d,")
    assert lines[2].startswith("2,2,Pour,1,2026-11-05 08:00,2026-11-05 17:00,1d,0,1FS+1d,")


def test_a_screenshot_of_a_new_path_makes_the_workspace_as_the_window_would(tmp_path):
    path = tmp_path / "new.planner"
    result = planner(str(path), "--screenshot", str(tmp_path / "s.png"), env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [s.name for s in Session.read(path).ws.ordered("status")] == ["To do", "In progress", "Review", "Done"]


def test_a_screenshot_with_a_scenario_in_front_and_an_unknown_scenario_refused(tmp_path):
    path = tmp_path / "w.planner"
    with Session.open(path) as session:
        project = AddObject("project", name="Launch")
        session.run(project)
        session.run(CreateTask(("project", project.id), "Design", start=datetime(2026, 11, 2, 8), duration=480))
        session.make_scenario(project.id, "Maya off")
    out = tmp_path / "shot.png"
    result = planner(str(path), "--screenshot", str(out), "--view", "gantt", "--scenario", "maya off", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    result = planner(str(path), "--screenshot", str(out), "--scenario", "Nobody", env_dir=tmp_path)
    assert result.returncode == 2 and "there is no scenario “Nobody” (scenarios: “Maya off”)" in result.stderr
