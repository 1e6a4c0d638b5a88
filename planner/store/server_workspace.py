"""A shared workspace in a PostgreSQL database, opened from a `postgresql://user@host/db` URL: what a WorkspaceFile
gives the Session (load, one transaction per change, the history), on a server several people reach at once.

The schema is created on first opening, or migrated, under an advisory lock so two first openings never
interleave; its version is kept in a table (engine_postgres). Several writers: new ids come from blocks of a
sequence, each row has a version checked before a change is written (a change to a row someone else changed is
refused with who and when), each write holds an advisory lock so two changes and their reschedules never
interleave, and announces what it changed with NOTIFY; `poll` and `reload` bring other clients' changes in.
Backups are the server's own (`pg_dump`); `save_copy` writes a local file, `publish` puts a local one on a server.
"""

from __future__ import annotations

import copy
import json
import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit, urlunsplit

from peewee import PeeweeException

from planner.core.changes import Changes
from planner.core.history import Entry
from planner.core.model import ID_BLOCK, KINDS, Workspace
from planner.store import migrations
from planner.store.schema import MODELS, ROWS
from planner.store.workspace_file import (
    SCHEMA_VERSION,
    StoredWorkspace,
    WorkspaceError,
    WorkspaceFile,
    columns_only,
    load_calendars,
)

SCHEMES = ("postgresql://", "postgres://")
_SCHEMA_LOCK = 0x504C414E  # the advisory lock taken while the schema is created or migrated ("PLAN")
_CATCH_UP_LOCK = 0x504C4155  # held while a client brings a workspace it just opened up to date
_WRITE_LOCK = 0x504C4157  # taken by each write: two clients' changes (and the reschedules in them) never interleave
CHANNEL = "planner_changes"  # NOTIFY channel: who wrote, and the ids and kinds each write changed
_TASK_PARTS = ("assignments", "contours", "labels", "checklist", "recurrence_exceptions")  # a task's other tables
_PAYLOAD_LIMIT = 7000  # bytes; PostgreSQL's limit is 8000: a larger change is announced as "reload everything"


class ConflictError(WorkspaceError):
    """An edit of rows someone else changed since this client read them: refused, nothing written. `stale` names
    them ({kind: ids}) so the client can read them again."""

    def __init__(self, message: str, stale: dict[str, set[int]]) -> None:
        super().__init__(message)
        self.stale = stale


class ConnectionLostError(WorkspaceError):
    """The server cannot be reached: the workspace is read-only until it is reconnected."""


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

    def __init__(self, url: str, db, migrated_from: int | None, password: str | None = None) -> None:
        super().__init__(shown(url), db)
        self.url = url
        self._password = password
        # What the window calls it (its title, its recent list): the database's name.
        self.path = PurePosixPath(urlsplit(url).path or "/workspace")
        self.migrated_from = migrated_from
        self.client = uuid.uuid4().hex  # tells this client's own notifications from others'
        user = unquote(urlsplit(url).username or "") or os.environ.get("USER", "someone")
        self.who = f"{user} on {socket.gethostname()}"
        self.versions: dict[str, dict[int, int]] = {}  # the version of each row as this client last read or wrote it
        self._listener = None

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
        return cls(url, db, migrated_from, password)

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if not self.db.is_closed():
            self.db.close()

    # -- several writers ----------------------------------------------------------------------------------
    def load(self) -> Workspace:
        """The workspace, with each row's version noted and new ids drawn from the server's blocks."""
        self.listen()  # before reading: a change committed meanwhile is announced, not missed
        with self.db.atomic():  # the rows and their versions as one moment left them
            self.db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            ws = super().load()
            self.versions = self._read_versions({kind: None for kind in ROWS})
        ws.reserve_ids = self.reserve_ids
        return ws

    @contextmanager
    def catching_up(self) -> Iterator[None]:
        """One client at a time brings a workspace just opened up to date, so two openings never both make the
        same routine occurrence; the second reads what the first made."""
        self.db.execute_sql("SELECT pg_advisory_lock(%s)", (_CATCH_UP_LOCK,))
        try:
            yield
        finally:
            self.db.execute_sql("SELECT pg_advisory_unlock(%s)", (_CATCH_UP_LOCK,))

    def reserve_ids(self, kind: str, count: int) -> int:
        """The first of `count` (a block) ids of `kind` no other client will be given."""
        from planner.store.engine_postgres import id_sequence

        assert count == ID_BLOCK, "the sequences step one block at a time"
        return self.db.execute_sql("SELECT nextval(%s)", (id_sequence(kind),)).fetchone()[0]

    def write(self, ws: Workspace, changes: Changes, entry: Entry | None = None) -> None:
        """Write `changes` in one transaction, one writer at a time; refused with ConflictError when a row it
        changes was changed by someone else since this client read it. Other clients are notified at commit."""
        with self.transaction():
            self.db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
            self._check_versions(changes)
            narrow = columns_only(changes, entry)
            self._write(ws, changes, narrow)
            written = self._stamp(changes)
            if entry is not None and entry.objects:
                self.history.add(entry)
            self._notify(changes, narrow, entry.label if entry is not None else "")
        for kind, versions in written.items():
            self.versions.setdefault(kind, {}).update(versions)
        for kind, ids in changes.deleted.items():
            for ident in ids:
                self.versions.get(kind, {}).pop(ident, None)

    def _read_versions(self, wanted: dict[str, set[int] | None]) -> dict[str, dict[int, int]]:
        """{kind: {id: version}} of the rows `wanted` names (None: every row of that kind)."""
        out = {}
        for kind, ids in wanted.items():
            query = f"SELECT id, version FROM {ROWS[kind]._meta.table_name}"
            if ids is None:
                out[kind] = dict(self.db.execute_sql(query).fetchall())
            else:
                out[kind] = dict(self.db.execute_sql(query + " WHERE id = ANY(%s)", (sorted(ids),)).fetchall())
        return out

    def _check_versions(self, changes: Changes) -> None:
        stale: dict[str, set[int]] = {}
        first = None
        for kind in KINDS:
            touched = changes.updated.get(kind, set()) | changes.deleted.get(kind, set())
            known = self.versions.get(kind, {})
            ids = sorted(i for i in touched - changes.created.get(kind, set()) if i in known)
            if not ids:
                continue
            table = ROWS[kind]._meta.table_name
            query = f"SELECT id, version, changed_by, changed_at FROM {table} WHERE id = ANY(%s)"
            now = {row[0]: row[1:] for row in self.db.execute_sql(query, (ids,)).fetchall()}
            for ident in ids:
                if now.get(ident, (None,))[0] != known[ident]:
                    stale.setdefault(kind, set()).add(ident)
                    first = first or (kind, ident, now.get(ident))
        if first:
            raise ConflictError(_conflict_text(*first, sum(len(ids) for ids in stale.values())), stale)

    def _stamp(self, changes: Changes) -> dict[str, dict[int, int]]:
        """A new version, this client's name and the time on every row written; returns the new versions."""
        written = {}
        for kind in KINDS:
            ids = changes.created.get(kind, set()) | changes.updated.get(kind, set())
            if ids:
                query = (
                    f"UPDATE {ROWS[kind]._meta.table_name} SET version = version + 1, changed_by = %s, "
                    "changed_at = now() WHERE id = ANY(%s) RETURNING id, version"
                )
                written[kind] = dict(self.db.execute_sql(query, (self.who, sorted(ids))).fetchall())
        return written

    def _notify(self, changes: Changes, narrow: dict[str, dict[int, frozenset[str]]], label: str) -> None:
        """Announce the ids written: "columns" names the rows updated in their own columns only (the readers keep
        their parts), "updated" the others; `label` is what the change was (its undo text), for their windows."""
        ids = {
            what: {kind: sorted(ids) for kind, ids in getattr(changes, what).items() if ids}
            for what in ("created", "updated", "deleted")
        }
        ids["updated"] = {kind: sorted(set(v) - narrow.get(kind, {}).keys()) for kind, v in ids["updated"].items()}
        ids["columns"] = {kind: sorted(columns) for kind, columns in narrow.items() if columns}
        said = {"client": self.client, "by": self.who, "label": label}
        payload = json.dumps({**said, "ids": ids}, separators=(",", ":"))
        if len(payload) > _PAYLOAD_LIMIT:
            payload = json.dumps({**said, "all": True})
        self.db.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, payload))

    def present(self, kind: str, ids: set[int]) -> set[int]:
        """Which of the rows `ids` of `kind` the server holds."""
        return set(self._read_versions({kind: ids})[kind])

    def row_ids(self) -> dict[str, set[int]]:
        """The id of every row on the server, by kind."""
        return {kind: set(versions) for kind, versions in self._read_versions({kind: None for kind in ROWS}).items()}

    def reconnect(self) -> None:
        """Open the connections again after the server was unreachable."""
        if not self.db.is_closed():
            self.db.close()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self.db.connect()
        self.listen()

    # -- live ---------------------------------------------------------------------------------------------
    def listen(self):
        """Listen for other clients' changes from now on; returns the listening connection (a window watches
        its `fileno()` to know when to `poll`)."""
        import psycopg

        if self._listener is None:
            extra = {"password": self._password} if self._password else {}
            url = self.url.replace("postgres://", "postgresql://", 1)
            self._listener = psycopg.connect(url, autocommit=True, **extra)
            self._listener.execute(f"LISTEN {CHANNEL}")
        return self._listener

    def poll(self, timeout: float = 0.0) -> list[dict]:
        """Other clients' change notices that have arrived, waiting up to `timeout` seconds for one."""
        import psycopg

        listener = self.listen()
        notices: list[dict] = []
        try:
            for wait, first_only in ((timeout, True), (0.0, False)):  # the first other client's, then what has come
                for notice in listener.notifies(timeout=max(wait, 0.001)):  # psycopg reads what is there at no wait
                    payload = json.loads(notice.payload)
                    if payload.get("client") != self.client:
                        notices.append(payload)
                        if first_only:
                            break
            return notices
        except psycopg.OperationalError as exc:
            self._listener = None
            lost = f"{self.name}: the connection to the server was lost ({str(exc).strip()})"
            raise ConnectionLostError(lost) from None

    def reload(self, ws: Workspace, wanted: dict[str, set[int]], keep_out=None, columns=None) -> Changes:
        """Read the rows `wanted` names ({kind: ids}) again into `ws`: changed, created, or deleted when gone from
        the server; returns what changed, as a local edit's Changes says it. A row `keep_out(kind, obj)` is true
        for (one of a plan not in front) stays out of `ws`, as gone from it, as the load left it out. The tasks
        `columns` names ({kind: ids}) changed in their own columns only: their parts are kept, not read again."""
        changes = Changes()
        cursor = self.db.cursor()
        with self.db.atomic():  # one consistent reading
            self.db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            for kind in KINDS:
                if wanted.get(kind):
                    self._reload_kind(ws, cursor, kind, set(wanted[kind]), changes, keep_out, columns or {})
            for kind, versions in self._read_versions({k: v for k, v in wanted.items() if v}).items():
                self.versions.setdefault(kind, {}).update(versions)
        for kind, ids in changes.deleted.items():
            for ident in ids:
                self.versions.get(kind, {}).pop(ident, None)
        return changes

    def _reload_kind(self, ws: Workspace, cursor, kind: str, ids: set[int], changes: Changes, keep_out, columns):
        fresh: dict[int, object] = {}
        if kind == "calendar":
            read = Workspace()
            load_calendars(read, cursor, self.name)
            fresh = {i: read.calendars[i] for i in ids if i in read.calendars}
        else:
            self._read_objects(cursor, kind, fresh, "WHERE id = ANY(?)", (sorted(ids),))
            if kind == "task":
                kept = columns.get("task", set()) & fresh.keys() & ws.tasks.keys()
                for ident in kept:  # a reschedule's moved dates: the parts in memory are the server's
                    for name in _TASK_PARTS:  # copies: the object replaced may live on (an undo step, a moment)
                        setattr(fresh[ident], name, copy.deepcopy(getattr(ws.tasks[ident], name)))
                if fresh.keys() - kept:
                    self._read_task_parts(cursor, fresh, "WHERE task_id = ANY(?)", (sorted(fresh.keys() - kept),))
        if keep_out is not None:
            fresh = {ident: obj for ident, obj in fresh.items() if not keep_out(kind, obj)}
        table = ws.table(kind)
        for ident in sorted(ids):
            old = table.get(ident)
            if kind == "task" and old is not None:
                changes.parents.add(old.parent_key())
            if ident in fresh:
                if kind == "task":
                    changes.parents.add(fresh[ident].parent_key())
                ws.put(kind, fresh[ident])
                changes.add("updated" if old is not None else "created", kind, ident)
            elif old is not None:
                ws.remove(kind, ident)
                changes.add("deleted", kind, ident)
        if kind == "calendar":
            for calendar in ws.calendars.values():  # bases read afresh point at the copies now in `ws`
                if calendar.base is not None and calendar.base.id in ws.calendars:
                    calendar.base = ws.calendars[calendar.base.id]
        changes.containers |= kind in ("area", "project")

    def __enter__(self) -> ServerWorkspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def save_copy(self, dest: str | os.PathLike) -> Path:
        """Write the workspace as it is now, with its history of changes, into a new local file at `dest`."""
        dest = Path(dest).expanduser().absolute()
        if dest.exists():
            raise WorkspaceError(f"{dest}: the file exists already")
        with self.db.atomic():  # the rows and the history as one moment left them
            self.db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            ws = StoredWorkspace.load(self)
            history = list(self.history.entries_after(0)) if self.history.available else []
        with WorkspaceFile.open(dest) as file, file.transaction():
            file.insert_all(ws)
            copy_history(history, file.history)
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
    from planner.store import engine_postgres

    with WorkspaceFile.open_read_only(source) as file:
        ws = file.load()
        history = list(file.history.entries_after(0)) if file.history.available else []
    with ServerWorkspace.open(url, password) as server, server.transaction():
        if server.holds_workspace():
            raise WorkspaceError(f"{server.name}: the database holds a workspace already; publish into an empty one")
        server.insert_all(ws)
        engine_postgres.ids_above_rows(server.db)
        copy_history(history, server.history)
    return len(ws.tasks)


def copy_history(entries: list[Entry], history) -> None:
    """Add `entries` (a whole history, oldest first) to the empty `history` of another workspace, which numbers
    them afresh: an undo's record names its change's new id."""
    new_ids: dict[int, int] = {}
    for entry in entries:
        old, entry.reverts = entry.id, new_ids.get(entry.reverts, entry.reverts)
        new_ids[old] = history.add(entry)


def _conflict_text(kind: str, ident: int, row, count: int) -> str:
    what = f"{kind.replace('_', ' ')} {ident}"
    if row is None:
        why = f"The {what} was deleted by someone else"
    else:
        why = f"The {what} was changed by {row[1]} at {row[2].astimezone():%H:%M:%S on %d %b}"
    more = f" (and {count - 1} more)" if count > 1 else ""
    return (
        f"{why}{more} after you last saw it: your change was not saved. The workspace now shows theirs; "
        "make your change again if it still applies."
    )
