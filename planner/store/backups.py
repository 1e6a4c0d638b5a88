"""Rotating backups of a workspace: a copy on each open after a change, the newest ten kept, through SQLite's
backup API. Beside them, the copy kept before an upgrade of the file's format (`WorkspaceFile.open`), which the
rotation leaves alone: it is the only copy in the old format."""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from planner.core.model import Workspace
from planner.store.engine_sqlite import read_only_uri
from planner.store.workspace_file import SCHEMA_VERSION, SUFFIX, WorkspaceFile, copy_to, inspect

KEEP = 10
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2}) (\d{2})\.(\d{2})\.(\d{2})\.(\d{1,6})")  # a rotating backup's name


def make_backup(file: WorkspaceFile, folder: Path, keep: int = KEEP) -> Path:
    """Copy the open workspace into `folder` under a time-stamped name and drop all but the newest `keep`; or,
    when the newest backup already holds what the workspace holds, return that one: a workspace opened again and
    again to be looked at must not push out the backups taken before its last changes."""
    newest = next(iter(_rotating(folder)), None)
    if newest is not None and _unchanged_since(file, newest):
        return newest
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S.%f")[:-3]
    dest = folder / f"{stamp}{SUFFIX}"
    copy_to(file.db, dest)
    for old in _rotating(folder)[keep:]:
        old.unlink(missing_ok=True)
    return dest


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder`, newest first: the time-stamped ones by their names, any other (the copy kept before an
    upgrade) by when it was written."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=taken_at, reverse=True)


def _rotating(folder: Path) -> list[Path]:
    """The time-stamped backups in `folder`, newest first (by name: no file is asked when it was written)."""
    if not folder.is_dir():
        return []
    return sorted((backup for backup in folder.glob(f"*{SUFFIX}") if backup_time(backup)), reverse=True)


def backup_time(path: Path) -> datetime | None:
    """When a rotating backup was taken, from its name; None for any other file. Read without `strptime`: its first
    call in a process builds its locale's tables (~1 ms), and an open's backup, the last thing it does, made it."""
    found = _STAMP.fullmatch(path.stem)
    if found is None:
        return None
    day, hours, minutes, seconds, fraction = found.groups()
    try:
        return datetime.fromisoformat(f"{day} {hours}:{minutes}:{seconds}.{fraction.ljust(6, '0')}")
    except ValueError:  # no such day or time (a 13th month)
        return None


def taken_at(path: Path) -> datetime:
    """When the backup at `path` was taken: its name's time, or else when the file was written."""
    try:
        return backup_time(path) or datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:  # gone since the folder was listed
        return datetime.min


def upgraded_from(path: Path) -> int | None:
    """The format version a copy kept before an upgrade (`NAME.vN-backup.planner`) was in; None for other files."""
    found = re.search(r"\.v(\d+)-backup(?:-\d+)?$", path.stem)
    return int(found[1]) if found else None


def load_backup(path: Path) -> Workspace:
    """The workspace a backup holds. One in an older format (the copy kept before an upgrade) is read through an
    upgraded temporary copy; the backup itself is never changed."""
    if inspect(path) == SCHEMA_VERSION:  # (a newer one is refused by `inspect`, with its message)
        with WorkspaceFile.open_read_only(path) as file:
            return file.load()
    with tempfile.TemporaryDirectory(prefix="planner-backup-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        with WorkspaceFile.open(copy, backup_dir=Path(folder)) as file:
            return file.load()


def _unchanged_since(file: WorkspaceFile, backup: Path) -> bool:
    """Whether `backup` holds the workspace as `file` holds it now, told without reading either whole: the same
    last change in the history (every change Planner writes adds one, with its time), the same file format and the
    same number of pages. A workspace without a readable history, or a backup that cannot be read, is never taken
    for unchanged."""
    if not file.history.available:
        return False
    mine = _state(file.db.connection())
    try:
        theirs = sqlite3.connect(read_only_uri(backup), uri=True)
    except sqlite3.Error:
        return False
    try:
        return mine is not None and mine == _state(theirs)
    finally:
        theirs.close()


def _state(connection: sqlite3.Connection) -> tuple | None:
    try:
        last = connection.execute("SELECT id, at FROM history ORDER BY id DESC LIMIT 1").fetchone()
        if last is None:
            return None
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    except sqlite3.Error:
        return None
    return (*last, version, pages)
