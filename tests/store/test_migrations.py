"""Opening a workspace written by an older version upgrades it (after a backup) to the same schema a new file has."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.store.workspace_file import SCHEMA_VERSION, WorkspaceFile

VERSION_1 = Path(__file__).parent / "data" / "workspace-v1.planner"


def columns(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    out = {}
    for table in tables:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        foreign = {(r[3], r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()}
        out[table] = (sorted((r[1], r[2].upper(), bool(r[3]), r[5]) for r in info), sorted(foreign))
    conn.close()
    return out


@pytest.fixture
def old_file(tmp_path) -> Path:
    path = tmp_path / "old.planner"
    shutil.copyfile(VERSION_1, path)
    return path


def test_a_version_1_file_is_upgraded_with_its_data(old_file, tmp_path):
    assert SCHEMA_VERSION > 1, "this test needs at least one migration"
    with WorkspaceFile.open(old_file, backup_dir=tmp_path) as file:
        assert file.migrated_from == 1
        ws = file.load()
    assert {t.title for t in ws.tasks.values()} == {"Plan", "Build", "Write issue 1"}
    assert ws.tasks[1].assignments == {1: 1.0} and ws.tasks[1].labels == {1}
    assert [d.lag for d in ws.dependencies.values()] == [480]
    assert ws.tasks[1].completed is not None and len(ws.status_changes) == 1
    conn = sqlite3.connect(old_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_the_backup_before_upgrading_is_the_untouched_old_file(old_file, tmp_path):
    backups = tmp_path / "backups" / "old"  # not there yet: the first upgrade makes it
    WorkspaceFile.open(old_file, backup_dir=backups).close()
    (backup,) = backups.iterdir()
    assert backup.name == "old.v1-backup.planner"
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM task").fetchone()[0] == 3
    conn.close()


def test_an_upgraded_file_has_exactly_the_schema_of_a_new_one(old_file, tmp_path):
    WorkspaceFile.open(old_file, backup_dir=tmp_path).close()
    new = tmp_path / "new.planner"
    WorkspaceFile.open(new).close()
    assert columns(old_file) == columns(new)


def test_a_failing_migration_leaves_the_file_at_its_old_version(old_file, tmp_path, monkeypatch):
    from planner.store import migrations

    def broken(db):
        raise RuntimeError("disk on fire")

    module = migrations.importlib.import_module(f"{migrations.__name__}.{migrations.STEPS[migrations.LATEST]}")
    monkeypatch.setattr(module, "up", broken)
    before = old_file.read_bytes()
    with pytest.raises(RuntimeError, match="disk on fire"):
        WorkspaceFile.open(old_file, backup_dir=tmp_path)
    conn = sqlite3.connect(old_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    monkeypatch.undo()  # the migration mended: the same file now opens, and upgrades
    with WorkspaceFile.open(old_file, backup_dir=tmp_path) as file:
        assert file.migrated_from == 1
        assert len(file.load().tasks) == 3
    assert before != old_file.read_bytes()
