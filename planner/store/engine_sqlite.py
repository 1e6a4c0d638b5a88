"""What only SQLite understands: the PRAGMAs, the online backup API, `?` placeholders, its errors and its migrator.

The workspace file (workspace_file.py) is a database of this engine; the shared loading and writing code asks
this module (through `engines.engine_of`) for anything that differs between engines.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from planner.store.schema import APPLICATION_ID

NAME = "SQLite"
Error = sqlite3.DatabaseError  # what a raw cursor raises
IntegrityError = sqlite3.IntegrityError


def sql(query: str) -> str:
    """`query` written with `?` placeholders, for this engine: as it is."""
    return query


def contains(column: str) -> str:
    """SQL that is true where the text `column` contains the text parameter."""
    return f"instr({column}, ?) > 0"


def insert_id(cursor, query: str, args) -> int:
    """Run an INSERT and return the id the database gave the row."""
    cursor.execute(query, args)
    return cursor.lastrowid


def defer_references(db: SqliteDatabase) -> None:
    """Check references at commit, so a batch may delete a parent before its child (inside a transaction)."""
    db.pragma("defer_foreign_keys", 1)


def drop_indexes(cursor, tables: list[str]) -> list[str]:
    """Drop the indexes made on `tables` (not those of their UNIQUE constraints, which SQLite keeps) inside the
    caller's transaction, and return the statements that make them again."""
    marks = ", ".join("?" * len(tables))
    found = cursor.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tables,
    ).fetchall()
    for name, _ in found:
        cursor.execute(f'DROP INDEX "{name}"')
    return [create for _, create in found]


def mark_new(db: SqliteDatabase, version: int) -> None:
    """Stamp a new database as a Planner workspace of schema `version` (inside its creating transaction)."""
    db.pragma("application_id", APPLICATION_ID)
    db.pragma("user_version", version)


def stored_version(db: SqliteDatabase) -> int:
    return db.pragma("user_version")


class MigrationGuard:
    """Around a migration's transaction: foreign keys off (SQLite changes a column by rebuilding its table, and
    dropping the old `task` table would otherwise cascade into assignments, checklists and subtasks), and every
    reference checked at the end. `broken()` names the first row left pointing at nothing."""

    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db

    def __enter__(self) -> MigrationGuard:
        self.db.pragma("foreign_keys", 0)  # has no effect inside a transaction, so before it
        return self

    def __exit__(self, *exc) -> None:
        self.db.pragma("foreign_keys", 1)

    def broken(self) -> tuple[str, int, str] | None:
        rows = self.db.execute_sql("PRAGMA foreign_key_check").fetchall()
        return tuple(rows[0][:3]) if rows else None

    def set_version(self, version: int) -> None:
        self.db.pragma("user_version", version)


def sizes(db: SqliteDatabase) -> tuple[int | None, int]:
    """(bytes the history tables take, or None where SQLite is built without page statistics; bytes the whole
    workspace uses)."""
    cursor = db.cursor()
    pages, free, page = (
        cursor.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_count", "freelist_count", "page_size")
    )
    try:
        # The history's b-trees by name, which dbstat looks up: with LIKE it read every page of the file to test
        # each one's name, on every open (10,500 tasks: 4.4 -> 2.1 ms for the whole bound; 105,000: 25 -> 2.4 ms).
        of_history = "SELECT sum(pgsize) FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE name LIKE ?)"
        history = cursor.execute(of_history, ("history%",)).fetchone()[0] or 0
    except sqlite3.OperationalError:
        history = None
    return history, (pages - free) * page


def copy_to(db: SqliteDatabase, dest: Path) -> None:
    """Copy an open SQLite database into a new file at `dest` through SQLite's online backup API (never a file
    copy); raises OSError or sqlite3.Error, leaving no file behind."""
    partial = dest.with_name(dest.name + ".part")
    target = sqlite3.connect(partial)
    try:
        db.connection().backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    except (sqlite3.Error, OSError):
        target.close()
        partial.unlink(missing_ok=True)
        raise
    target.close()
    os.replace(partial, dest)


def restore_from(db: SqliteDatabase, backup: Path) -> None:
    """Replace what the open database holds with the file `backup`'s contents."""
    # A URI from the path, not pasted around it: "#" or "?" in a name would cut it short, open another file
    # and leave a stray empty one behind.
    source = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        source.backup(db.connection())
    finally:
        source.close()


def identity(path: Path) -> tuple[int, int, str]:
    """(application id, schema version, quick check's verdict) of the SQLite file at `path`, read without
    writing; raises sqlite3.DatabaseError for a file SQLite cannot read."""
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    return app_id, version, check


def _writable(path: Path) -> bool:
    """Whether the file and its folder can be written (not so on a read-only disk, even for root)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` only to read it. In a read-only file or folder nobody writes, so when no
    -wal file exists the file is read as it is, without the side files SQLite could not create there."""
    immutable = "" if _writable(path) or path.with_name(path.name + "-wal").exists() else "&immutable=1"
    return f"{path.absolute().as_uri()}?mode=ro{immutable}"


def connect(path: Path, read_only: bool = False) -> SqliteDatabase:
    """An open connection to the file at `path`: WAL mode and foreign keys on; raises what SQLite raises."""
    if read_only and _writable(path):
        # A writable connection that never writes: when it is the file's last one, SQLite folds the -wal file
        # back in and deletes both side files on closing, which a mode=ro connection cannot do.
        db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1, "query_only": 1, "busy_timeout": 2000})
    elif read_only:
        db = SqliteDatabase(read_only_uri(path), uri=True, pragmas={"foreign_keys": 1})
    else:
        pragmas = {"journal_mode": "wal", "synchronous": "normal", "foreign_keys": 1, "busy_timeout": 2000}
        db = SqliteDatabase(str(path), pragmas=pragmas)
    db.connect()
    return db


def remove_with_side_files(path: Path) -> None:
    """Delete a workspace file that was never finished, with the journal files SQLite keeps beside it."""
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        path.with_name(name).unlink(missing_ok=True)
