"""The workspace file on real SQLite files: round trips, one transaction per write, locks, copies, bad files."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from peewee import IntegrityError

from planner.core.changes import Changes
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditTask, LinkTasks, new_workspace
from planner.core.model import Workspace
from planner.store.backups import backup_time, list_backups, make_backup
from planner.store.workspace_file import SCHEMA_VERSION, WorkspaceError, WorkspaceFile
from tests.postgres_server import open_store


def fill(file) -> Workspace:
    ws = file.load()
    for command in (
        new_workspace(),
        AddObject("project", name="Launch", start=datetime(2026, 11, 2, 8)),
        AddObject("person", name="Ann Lee", capacity=6),
        AddObject("label", name="design"),
        CreateTask(("project", 1), "Plan", start=datetime(2026, 11, 2, 8), duration=960, assignments={1: 0.5}),
        CreateTask(("project", 1), "Build", labels={1}, checklist=[("mock-ups", True), ("review", False)]),
        LinkTasks(1, 2, "SS", 240),
        EditTask(2, status_id=2),
    ):
        file.write(ws, command.apply(ws))
    return ws


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_everything_written_is_read_back_the_same(location):
    with open_store(location) as file:
        ws = fill(file)
    with open_store(location) as file:
        again = file.load()
    for kind in ("area", "project", "status", "person", "label", "task", "dependency", "status_change"):
        assert again.table(kind) == ws.table(kind), kind
    assert again.children(("project", 1)) == [1, 2]


def test_deleting_removes_rows_and_their_parts(location):
    with open_store(location) as file:
        ws = fill(file)
        file.write(ws, DeleteTasks([2]).apply(ws))
        counts = {t: file.db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
            "task", "dependency", "checklist_item", "task_label", "status_change", "assignment")}  # fmt: skip
    assert counts == {"task": 1, "dependency": 0, "checklist_item": 0, "task_label": 0, "status_change": 0,
                      "assignment": 1}  # fmt: skip


def test_a_failed_write_leaves_the_file_as_it_was(location):
    with open_store(location) as file:
        ws = fill(file)
        ws.tasks[1].title = "Changed"
        ws.tasks[2].status_id = 999  # no such status: the whole write must be refused at commit
        with pytest.raises(IntegrityError, match=r"(?i)FOREIGN KEY"):
            file.write(ws, Changes(updated={"task": {1, 2}}))
    with open_store(location) as file:
        assert file.load().tasks[1].title == "Plan"


def test_every_model_a_reference_reaches_is_bound_with_the_others():
    """Each write binds MODELS to its database without peewee walking their references: so none may be missing."""
    from planner.store.schema import MODELS

    reached = {f.rel_model for m in MODELS for f in m._meta.refs} | {f.model for m in MODELS for f in m._meta.backrefs}
    assert reached <= set(MODELS)


def test_new_file_has_our_identity_and_version(tmp_path):
    path = tmp_path / "w.planner"
    WorkspaceFile.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x504C414E
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_second_writer_is_refused_and_a_reader_is_not(tmp_path):
    path = tmp_path / "w.planner"
    with WorkspaceFile.open(path) as file:
        fill(file)
        with pytest.raises(WorkspaceError, match="already open in another Planner window"):
            WorkspaceFile.open(path)
        with WorkspaceFile.open_read_only(path) as reader:
            assert len(reader.load().tasks) == 2
        code = f"from planner.store.workspace_file import WorkspaceFile as W; W.open(r'{path}')"
        other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert other.returncode != 0
        assert "already open in another Planner window" in other.stderr
    WorkspaceFile.open(path).close()  # free again once closed
    assert not (tmp_path / "w.planner.lock").exists()


@pytest.mark.skipif(os.name == "nt", reason="holds a lock with fcntl")
def test_an_open_removes_lock_files_left_by_killed_processes_of_workspaces_that_are_gone(tmp_path):
    import fcntl

    other = tmp_path / "other.planner"
    WorkspaceFile.open(other).close()
    device = os.stat(tmp_path).st_dev
    left = [f".planner-{device:x}-fffffff.lock", "other.planner.lock", "held.planner.lock"]
    for name in left:
        (tmp_path / name).write_text("somewhere, process 1, since 2026-12-01 09:00")
    (tmp_path / "gone.planner.lock").write_text("")  # killed before it wrote who held it
    # Other programs' lock files, and one of ours holding something Planner never writes, are not ours to remove.
    (tmp_path / "yarn.lock").write_text("# yarn lockfile v1")
    (tmp_path / "notes.planner.lock").write_text("kept by hand")
    held = os.open(tmp_path / "held.planner.lock", os.O_RDWR)  # a process still holds it: never removed
    fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        with WorkspaceFile.open(tmp_path / "w.planner"):
            names = {p.name for p in tmp_path.iterdir()}
        assert "gone.planner.lock" not in names and f".planner-{device:x}-fffffff.lock" not in names
        # A lock file of a workspace still there is the one its next open takes again; a held one is in use.
        assert {"other.planner.lock", "held.planner.lock"} <= names
    finally:
        os.close(held)
    WorkspaceFile.open(other).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [  # the held one released, then gone
        "notes.planner.lock",
        "other.planner",
        "w.planner",
        "yarn.lock",
    ]


def test_save_a_copy_uses_the_backup_api_and_opens(tmp_path):
    path = tmp_path / "w.planner"
    with WorkspaceFile.open(path) as file:
        fill(file)
        copy = file.save_copy(tmp_path / "copy.planner")
        with pytest.raises(WorkspaceError, match="open workspace itself"):
            file.save_copy(path)
    with WorkspaceFile.open(copy) as file:
        assert {t.title for t in file.load().tasks.values()} == {"Plan", "Build"}


def test_a_rotating_backup_s_time_is_read_from_its_name_and_any_other_name_is_none():
    assert backup_time(Path("2026-12-05 23.56.52.123.planner")) == datetime(2026, 12, 5, 23, 56, 52, 123000)
    assert backup_time(Path("2026-01-31 00.00.00.5.planner")) == datetime(2026, 1, 31, 0, 0, 0, 500000)
    for other in ("plan.v3-backup.planner", "2026-12-05.planner", "2026-13-05 10.00.00.000.planner",
                  "2026-12-05 10.00.00.000 copy.planner", "2026-12-05T10.00.00.000.planner"):  # fmt: skip
        assert backup_time(Path(other)) is None, other


def test_backups_rotate_and_restore(tmp_path):
    path = tmp_path / "w.planner"
    folder = tmp_path / "backups"
    with WorkspaceFile.open(path) as file:
        ws = fill(file)
        for _ in range(12):
            make_backup(file, folder, keep=10)
        backups = list_backups(folder)
        assert len(backups) == 10
        file.write(ws, DeleteTasks([1, 2]).apply(ws))
        assert not file.load().tasks
        file.restore_from(backups[0])
        assert {t.title for t in file.load().tasks.values()} == {"Plan", "Build"}


URI_NAMES = ["Q3 #1.planner", "why?.planner", "100% done.planner", "a%20b.planner"]


@pytest.mark.parametrize("name", URI_NAMES)
def test_a_name_with_uri_characters_opens_reads_and_restores_that_file_and_no_other(tmp_path, name, monkeypatch):
    path = tmp_path / name
    with WorkspaceFile.open(path) as file:
        fill(file)
        make_backup(file, tmp_path / name.replace(".planner", " backups"))
    with WorkspaceFile.open(path) as file:  # a second open reads the file as ours, not another program's
        assert {t.title for t in file.load().tasks.values()} == {"Plan", "Build"}
    with WorkspaceFile.open_read_only(path) as reader:
        assert {t.title for t in reader.load().tasks.values()} == {"Plan", "Build"}
    real_access = os.access  # a read-only folder: the read goes through an SQLite URI
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with WorkspaceFile.open_read_only(path) as reader:
        assert {t.title for t in reader.load().tasks.values()} == {"Plan", "Build"}
    monkeypatch.undo()
    other = tmp_path / "other.planner"
    with WorkspaceFile.open(other) as file:
        file.restore_from(list_backups(tmp_path / name.replace(".planner", " backups"))[0])
        assert {t.title for t in file.load().tasks.values()} == {"Plan", "Build"}
    left = {p.name for p in tmp_path.iterdir() if p.is_file()}
    assert left <= {name, name + "-wal", name + "-shm", "other.planner", "other.planner-wal", "other.planner-shm"}


BAD_FILES = {
    "text file": (b"Shopping list\nmilk\n", "not a Planner workspace"),
    "random bytes": (os.urandom(4096), "not a Planner workspace"),
    "empty file": (b"", "empty"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_file_that_is_not_a_workspace_is_refused_and_untouched(tmp_path, name):
    content, message = BAD_FILES[name]
    path = tmp_path / "bad.planner"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match=message):
        WorkspaceFile.open(path)
    assert path.read_bytes() == content
    assert not (tmp_path / "bad.planner.lock").exists()


def make_workspace(path):
    with WorkspaceFile.open(path) as file:
        fill(file)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")  # fold the WAL in, so the file stands alone
    conn.close()


def test_truncated_workspace_is_refused_and_untouched(tmp_path):
    path = tmp_path / "w.planner"
    make_workspace(path)
    path.write_bytes(path.read_bytes()[:1500])
    before = digest(path)
    with pytest.raises(WorkspaceError, match=r"truncated or damaged|damaged"):
        WorkspaceFile.open(path)
    assert digest(path) == before


def test_corrupt_workspace_is_refused_and_untouched(tmp_path):
    path = tmp_path / "w.planner"
    make_workspace(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page + 8, len(data), 7):  # scramble every page after the first
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(WorkspaceError, match="damaged"):
        WorkspaceFile.open(path)
    assert digest(path) == before


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "contacts.planner"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contact (name TEXT)")
    conn.execute("INSERT INTO contact VALUES ('Ann')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(WorkspaceError, match="belongs to another program"):
        WorkspaceFile.open(path)
    assert digest(path) == before


def test_a_workspace_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "w.planner"
    make_workspace(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(WorkspaceError, match="newer version of Planner"):
        WorkspaceFile.open(path)
    assert digest(path) == before


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_workspace_is_refused_for_writing(tmp_path):
    path = tmp_path / "w.planner"
    make_workspace(path)
    path.chmod(0o444)
    with pytest.raises(WorkspaceError, match="read-only"):
        WorkspaceFile.open(path)


def test_a_read_only_workspace_is_refused_for_writing_even_as_root(tmp_path, monkeypatch):
    path = tmp_path / "w.planner"
    make_workspace(path)
    before = digest(path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(WorkspaceError, match="read-only"):
        WorkspaceFile.open(path)
    assert digest(path) == before


def test_a_missing_folder_is_reported(tmp_path):
    with pytest.raises(WorkspaceError, match="does not exist"):
        WorkspaceFile.open(tmp_path / "nowhere" / "w.planner")
    assert not (tmp_path / "nowhere").exists()


def test_a_folder_is_not_a_workspace(tmp_path):
    with pytest.raises(WorkspaceError, match="folder"):
        WorkspaceFile.open(tmp_path)


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need an administrator on Windows")
def test_a_symbolic_link_to_an_open_workspace_is_refused_for_writing(tmp_path):
    path = tmp_path / "w.planner"
    alias = tmp_path / "elsewhere" / "alias.planner"
    alias.parent.mkdir()
    with WorkspaceFile.open(path) as file:
        fill(file)
        alias.symlink_to(path)
        with pytest.raises(WorkspaceError, match=r"alias\.planner: this workspace is already open in another"):
            WorkspaceFile.open(alias)
    with WorkspaceFile.open(alias) as file:  # free again once closed, and the same file
        assert len(file.load().tasks) == 2
    assert sorted(p.name for p in alias.parent.iterdir()) == ["alias.planner"]  # its lock went beside the file


def test_a_hard_link_to_an_open_workspace_is_refused_for_writing(tmp_path):
    path = tmp_path / "w.planner"
    alias = tmp_path / "alias.planner"
    with WorkspaceFile.open(path) as file:
        fill(file)
        alias.hardlink_to(path)
        with pytest.raises(WorkspaceError, match=r"alias\.planner: this workspace is already open in another"):
            WorkspaceFile.open(alias)
    with WorkspaceFile.open(alias) as file:
        assert len(file.load().tasks) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alias.planner", "w.planner"]  # no lock files left


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.timeout(10)
def test_a_named_pipe_is_refused_at_once_without_reading_it(tmp_path):
    pipe = tmp_path / "w.planner"
    os.mkfifo(pipe)  # opening it to read would wait for a writer for ever
    with pytest.raises(WorkspaceError, match="named pipe, not a workspace file"):
        WorkspaceFile.open(pipe)
    with pytest.raises(WorkspaceError, match="named pipe, not a workspace file"):
        WorkspaceFile.open_read_only(pipe)


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs a device file")
def test_a_device_is_refused(tmp_path):
    with pytest.raises(WorkspaceError, match="device, not a workspace file"):
        WorkspaceFile.open_read_only("/dev/null")


def test_a_missing_file_is_reported_as_missing(tmp_path):
    with pytest.raises(WorkspaceError, match="there is no such file"):
        WorkspaceFile.open_read_only(tmp_path / "gone.planner")
    with pytest.raises(WorkspaceError, match="there is no such file"):
        WorkspaceFile.open(tmp_path / "gone.planner", create=False)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file permissions")
def test_a_workspace_in_a_read_only_folder_is_read_without_side_files_and_refused_for_editing(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "w.planner"
    make_workspace(path)
    folder.chmod(0o555)
    try:
        with WorkspaceFile.open_read_only(path) as reader:
            assert len(reader.load().tasks) == 2
        assert sorted(os.listdir(folder)) == ["w.planner"]
        with pytest.raises(WorkspaceError, match=r"folder .* is read-only"):
            WorkspaceFile.open(path)
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(os.name == "nt", reason="the limit on a process's file sizes is POSIX")
def test_a_full_disk_while_creating_leaves_no_files_and_says_so(tmp_path):
    """The file may grow to 8 kB (the operating system's limit on this process), not enough for its tables."""
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))\n"
        "from planner.store.workspace_file import WorkspaceFile, WorkspaceError\n"
        "try:\n"
        f"    WorkspaceFile.open(r'{tmp_path / 'w.planner'}')\n"
        "except WorkspaceError as exc:\n"
        "    sys.exit(str(exc))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1
    assert "w.planner: the workspace could not be created" in result.stderr
    assert "cannot rollback" not in result.stderr
    assert os.listdir(tmp_path) == []
