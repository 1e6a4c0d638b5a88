"""A shared workspace in a PostgreSQL database, opened from a `postgresql://user@host/db` URL: what a WorkspaceFile
gives the Session (load, one transaction per change, the history), on a server several people reach.

The schema is created on first opening, or migrated, under an advisory lock so two first openings never
interleave; its version is kept in a table (engine_postgres). Backups are the server's own (`pg_dump`); a copy
to a local file is `save_copy`, and `publish` puts a local workspace on a server.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit, urlunsplit

from peewee import PeeweeException

from planner.store import migrations
from planner.store.schema import MODELS
from planner.store.workspace_file import SCHEMA_VERSION, StoredWorkspace, WorkspaceError, WorkspaceFile

SCHEMES = ("postgresql://", "postgres://")
_SCHEMA_LOCK = 0x504C414E  # the advisory lock taken while the schema is created or migrated ("PLAN")


def is_server_url(location) -> bool:
    """Whether `location` (a path or a string) names a server workspace rather than a file."""
    return isinstance(location, str) and location.startswith(SCHEMES)


def shown(url: str) -> str:
    """The URL as messages and titles show it: without a password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}@{host}"))


class ServerWorkspace(StoredWorkspace):
    """One open server workspace: a connection to its database until `close()`."""

    def __init__(self, url: str, db, migrated_from: int | None) -> None:
        super().__init__(shown(url), db)
        self.url = url
        # What the window calls it (its title, its recent list): the database's name.
        self.path = PurePosixPath(urlsplit(url).path or "/workspace")
        self.migrated_from = migrated_from

    @classmethod
    def open(cls, url: str, password: str | None = None) -> ServerWorkspace:
        """Connect to the database at `url`, creating the workspace's tables in an empty one or migrating an
        older one; raises WorkspaceError saying why it cannot (no server, a wrong password, another program's)."""
        name = shown(url)
        try:
            from planner.store import engine_postgres
        except ImportError:
            raise WorkspaceError(
                f"{name}: opening a server workspace needs psycopg; install Planner with the `server` extra "
                "(pip install 'planner[server]')"
            ) from None
        try:
            db = engine_postgres.connect(url, password)
        except (PeeweeException, engine_postgres.Error, ValueError) as exc:
            raise WorkspaceError(f"{name}: cannot connect to the server ({str(exc).strip()})") from None
        try:
            migrated_from = _prepare(db, name)
        except BaseException:
            db.close()
            raise
        return cls(url, db, migrated_from)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> ServerWorkspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def save_copy(self, dest: str | os.PathLike) -> Path:
        """Write the workspace as it is now into a new local file at `dest` (without the history of changes)."""
        dest = Path(dest).expanduser().absolute()
        if dest.exists():
            raise WorkspaceError(f"{dest}: the file exists already")
        ws = self.load()
        with WorkspaceFile.open(dest) as file:
            file.insert_all(ws)
        return dest

    def holds_workspace(self) -> bool:
        """Whether the database holds a workspace already (any row in any of its tables)."""
        return any(model.select().exists() for model in MODELS)


def _prepare(db, name: str) -> int | None:
    """Create or migrate the schema; returns the version it was migrated from, or None."""
    from planner.store import engine_postgres

    with db.atomic():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
        version = engine_postgres.stored_version(db)
        if version is None:
            raise WorkspaceError(f"{name}: this database holds other tables; it is not a Planner workspace")
        if version > SCHEMA_VERSION:
            raise WorkspaceError(
                f"{name}: this workspace was written by a newer version of Planner (format {version}; "
                f"this version reads up to {SCHEMA_VERSION}). Update Planner to open it."
            )
        if version == 0:
            with db.bind_ctx(MODELS):
                db.create_tables(MODELS)
            engine_postgres.mark_new(db, SCHEMA_VERSION)
            return None
        if version < SCHEMA_VERSION:
            migrations.upgrade(db, version)
            return version
    return None


def publish(source: str | os.PathLike, url: str, password: str | None = None) -> int:
    """Copy the local workspace file `source` to the (empty) server database at `url` in one transaction, history
    and all; returns how many tasks went. Refused when the database holds a workspace already."""
    with WorkspaceFile.open_read_only(source) as file:
        ws = file.load()
        history = list(file.history.entries_after(0)) if file.history.available else []
    with ServerWorkspace.open(url, password) as server, server.transaction():
        if server.holds_workspace():
            raise WorkspaceError(f"{server.name}: the database holds a workspace already; publish into an empty one")
        server.insert_all(ws)
        new_ids = {}  # the server numbers the history afresh: an undo's record names its change's new id
        for entry in history:
            old, entry.reverts = entry.id, new_ids.get(entry.reverts, entry.reverts)
            new_ids[old] = server.history.add(entry)
    return len(ws.tasks)
