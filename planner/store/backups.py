"""Rotating backups of a workspace: a copy on each open, the newest ten kept, through SQLite's backup API."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner.store.workspace_file import SUFFIX, WorkspaceFile, copy_to

KEEP = 10


def make_backup(file: WorkspaceFile, folder: Path, keep: int = KEEP) -> Path:
    """Copy the open workspace into `folder` under a time-stamped name and drop all but the newest `keep`."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S.%f")[:-3]
    dest = folder / f"{stamp}{SUFFIX}"
    copy_to(file.db, dest)
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)
    return dest


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), reverse=True)


def backup_time(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.stem, "%Y-%m-%d %H.%M.%S.%f")
    except ValueError:
        return None
