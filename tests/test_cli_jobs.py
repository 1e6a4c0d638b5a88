"""`planner import`, `export` and `schedule` as a user runs them, on real files from MS Project and GanttProject."""

import json
import signal
import subprocess
import sys

import pytest
from shared_data import SHARED_DATA, needs_shared_data

pytestmark = needs_shared_data


def planner(*args, env_dir):
    env = {"PLANNER_DATA_DIR": str(env_dir), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True, env=env)


def test_import_then_schedule_then_export_round_trip(tmp_path):
    workspace = tmp_path / "team.planner"
    result = planner("import", str(SHARED_DATA / "mspdi" / "mspdirelations.xml"), str(workspace), env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "5 × task" in result.stdout
    scheduled = planner("schedule", str(workspace), "--json", env_dir=tmp_path)
    assert scheduled.returncode == 0, scheduled.stderr
    rows = json.loads(scheduled.stdout)
    assert [row["name"] for row in rows] == [f"Task {n}" for n in range(1, 6)]
    assert all(isinstance(row["critical"], bool) and row["total_slack_minutes"] >= 0 for row in rows)
    assert rows[0]["external_id"] and rows[0]["start"] <= rows[0]["finish"]
    out = tmp_path / "back.xml"
    exported = planner("export", str(workspace), str(out), env_dir=tmp_path)
    assert exported.returncode == 0, exported.stderr
    again = planner("import", str(out), str(tmp_path / "again.planner"), env_dir=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "5 × task" in again.stdout


def test_a_gan_file_imports_into_an_existing_workspace(tmp_path):
    workspace = tmp_path / "team.planner"
    counts, source = [], SHARED_DATA / "gan" / "HouseBuildingSample.gan"
    for _ in range(2):
        result = planner("import", str(source), str(workspace), env_dir=tmp_path)
        assert result.returncode == 0, result.stderr
        counts.append(len(json.loads(planner("tasks", str(workspace), "--json", env_dir=tmp_path).stdout)))
    assert counts[1] == 2 * counts[0] > 0  # a second project beside the first, nothing replaced


def test_a_gan_file_goes_out_as_gan_and_back_in(tmp_path):
    workspace, out = tmp_path / "team.planner", tmp_path / "back.gan"
    planner("import", str(SHARED_DATA / "gan" / "HouseBuildingSample.gan"), str(workspace), env_dir=tmp_path)
    exported = planner("export", str(workspace), str(out), env_dir=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert f"wrote {out}" in exported.stdout
    again = planner("import", str(out), str(tmp_path / "again.planner"), env_dir=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "20 × task" in again.stdout and "17 × link" in again.stdout and "7 × person" in again.stdout


def test_a_bad_import_says_why_and_leaves_the_workspace_alone(tmp_path):
    workspace = tmp_path / "team.planner"
    planner("import", str(SHARED_DATA / "mspdi" / "mspdirelations.xml"), str(workspace), env_dir=tmp_path)
    before = workspace.read_bytes()
    bad = tmp_path / "broken.xml"
    bad.write_text("<?xml version='1.0'?><Project xmlns='http://schemas.microsoft.com/project'><Tasks>")
    result = planner("import", str(bad), str(workspace), env_dir=tmp_path)
    assert result.returncode == 2
    assert "broken.xml" in result.stderr
    assert workspace.read_bytes() == before


def test_export_asks_which_project_when_there_are_several(tmp_path):
    workspace = tmp_path / "team.planner"
    for name in ("mspdirelations.xml", "mspdinulltasks.xml"):
        planner("import", str(SHARED_DATA / "mspdi" / name), str(workspace), env_dir=tmp_path)
    result = planner("export", str(workspace), str(tmp_path / "x.xml"), env_dir=tmp_path)
    assert result.returncode == 2
    assert "--project" in result.stderr


def test_an_import_on_a_full_disk_says_so_and_leaves_the_workspace_as_it_was(tmp_path):
    """The operating system lets the job grow no file beyond 48 kB: room for SQLite's shared-memory index (32 kB),
    not for the import's pages in the write-ahead log."""
    resource = pytest.importorskip("resource")  # POSIX: the limit on a process's file sizes
    workspace = tmp_path / "team.planner"
    planner("import", str(SHARED_DATA / "mspdi" / "mspdirelations.xml"), str(workspace), env_dir=tmp_path)
    before = planner("tasks", str(workspace), "--json", env_dir=tmp_path).stdout

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write instead of a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (48_000, 48_000))

    source = str(SHARED_DATA / "gan" / "HouseBuildingSample.gan")
    env = {"PLANNER_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "planner", "import", source, str(workspace)],
                            capture_output=True, text=True, env=env, preexec_fn=small_disk)  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("planner: The change could not be saved to team.planner: ")
    assert "cannot rollback" not in result.stderr and "Traceback" not in result.stderr
    assert planner("tasks", str(workspace), "--json", env_dir=tmp_path).stdout == before
