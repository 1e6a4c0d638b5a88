"""Opening, creating, migrating, locking, loading, writing and copying one workspace file.

A workspace is one SQLite file in WAL mode with foreign keys on. Every command's `Changes` is
written in one transaction, so there is no Save. A file that cannot be read is never written to.
"""

from __future__ import annotations

import contextlib
import copy
import os
import re
import socket
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import MISSING, fields
from datetime import date, datetime
from functools import partial
from operator import attrgetter
from pathlib import Path

from peewee import BooleanField, PeeweeException, SqliteDatabase

from planner.core.changes import Changes
from planner.core.history import Entry
from planner.core.i18n import tr
from planner.core.memory import kept_out_of_collections
from planner.core.model import (
    KINDS,
    Area,
    ChecklistItem,
    Constraint,
    Dependency,
    Label,
    LinkType,
    Person,
    Priority,
    Project,
    RepeatFrom,
    Status,
    StatusChange,
    StatusKind,
    Target,
    Task,
    Workspace,
)
from planner.core.progress import counted
from planner.core.registers import RECORDS
from planner.core.rules import Rule, RuleLog
from planner.store import engine_sqlite, migrations
from planner.store.calendar_codec import calendar_from_json, calendar_to_json
from planner.store.engines import engine_of
from planner.store.history import History
from planner.store.reports_made import ReportsMade
from planner.store.schema import (
    APPLICATION_ID,
    MODELS,
    ROWS,
    AssignmentRow,
    CalendarRow,
    ChecklistRow,
    ContourRow,
    DateTimeText,
    RoutineExceptionRow,
    TaskLabelRow,
    enum_reader,
    enum_writer,
)

REGISTER_CLASSES = {kind: record.cls for kind, record in RECORDS.items()}
SUFFIX = ".planner"
SCHEMA_VERSION = migrations.LATEST
_SQLITE_HEADER = b"SQLite format 3\x00"
_MANY_TASKS = 1000  # created tasks for which a write into empty tables builds their indexes after the rows
_FILLED = ["task", "dependency", "assignment"]  # the tables a plan's tasks fill
# Columns that nearly every row of a plan leaves at its default: a task's routine settings, calendar of its own,
# deadline, manual scheduling, priority and type (not its dates, constraint, area, status, progress or kept fields,
# which many plans set on most tasks); a link's type and lag. Opening a file reads them only from the rows that
# hold another value.
_SELDOM_SET = {
    "task": {
        "deadline", "routine_id", "occurrence", "calendar_id", "origin_id", "recurrence", "repeat_from",
        "skip_if_open", "shift_to_workday", "horizon", "manual", "value", "effort", "priority", "task_type",
    },
    "dependency": {"type", "lag", "lag_unit"},
}  # fmt: skip
# Columns many plans set on most tasks, and many (an MS Project plan without progress or notes) on none: read apart
# as the seldom-set ones when at most _FEW rows set one, else in every row (fixed cost and kept fields excluded: a
# stored -0.0 is no other value than 0.0 to SQLite, and each task must own its kept dict).
_MOSTLY_DEFAULT = {
    "task": {
        "area_id", "notes", "percent_complete", "constraint", "constraint_date", "created", "started", "completed",
        "board_rank", "effort_driven",
    },
}  # fmt: skip
# Up to this many rows setting a mostly-default column (a plan's few notes or finished tasks) are read apart: more
# would be fetched twice when they are many (a plan that sets `created` on every task pays for 257 rows, ~1 ms).
_FEW = 256
_CLASSES = {
    "area": Area,
    "project": Project,
    "status": Status,
    "person": Person,
    "label": Label,
    "task": Task,
    "dependency": Dependency,
    "status_change": StatusChange,
    "target": Target,
    "rule": Rule,
    "rule_log": RuleLog,
    **REGISTER_CLASSES,
}
# Fields stored as text or numbers that the core keeps as enums.
_ENUMS = {
    "priority": Priority, "type": LinkType, "constraint": Constraint, "kind": StatusKind, "repeat_from": RepeatFrom,
}  # fmt: skip
_ENUM_READERS = {column: enum_reader(enum) for column, enum in _ENUMS.items()}
_ENUM_WRITERS = {column: int if column == "priority" else enum_writer(enum) for column, enum in _ENUMS.items()}


class WorkspaceError(Exception):
    """A workspace file that cannot be opened or written; the message says which file and why."""


class StoredWorkspace:
    """A workspace in an open database, of either engine: loads it and writes each change in one transaction.
    `WorkspaceFile` (a local SQLite file) and `ServerWorkspace` (a shared PostgreSQL database) open one."""

    def __init__(self, name, db) -> None:
        self.name = name  # what messages call the workspace: its file, or its server database
        self.db = db
        self.engine = engine_of(db)
        self.history = History(db)
        self.reports = ReportsMade(db)

    # -- loading --------------------------------------------------------------------------
    def load(self) -> Workspace:
        """The workspace the file holds; raises WorkspaceError naming the table and row of a value it cannot
        read, or what is missing from a damaged file (a dropped table)."""
        try:
            with kept_out_of_collections():
                return self._load()
        except self.engine.Error as exc:
            raise WorkspaceError(
                tr("Store", "{path}: the workspace is damaged and cannot be read ({exc})").format(
                    path=self.name, exc=exc
                )
            ) from None

    def _load(self) -> Workspace:
        ws = Workspace()
        cursor = self.db.cursor()
        load_calendars(ws, cursor, self.name)
        for kind in ROWS:
            if kind != "calendar":
                self._read_kind(cursor, kind, ws.table(kind))
        self._read_task_parts(cursor, ws.tasks)
        ws.rebuild_indexes()
        return ws

    def _read_kind(self, cursor, kind: str, table: dict) -> None:
        self._read_objects(cursor, kind, table)

    def _read_objects(self, cursor, kind: str, table: dict, where: str = "", args=(), unread=None) -> None:
        """Read the rows of `kind` (those `where` selects) into `table` as core objects, by id. The columns named
        in `unread` (with their core values) are not read: every object gets that value."""
        model = ROWS[kind]
        columns = list(model._meta.columns)
        unread = unread or {}
        read = [c for c in columns if c not in unread]
        # By position in the row, not by name in a dict: 15 % less CPU for 10,500 tasks (100 -> 84 ms).
        converted = [(i, conv) for i, c in enumerate(read) if (conv := _reader(model._meta.columns[c])) is not None]
        cls = _CLASSES[kind]
        # Fields not stored in this table (a task's assignments, labels…) start from their defaults.
        extra = [
            (f.name, f.default_factory if f.default_factory is not MISSING else partial(copy.copy, f.default))
            for f in fields(cls)
            if f.name not in model._meta.columns
        ]
        key = read.index("id")
        # A class whose fields are its columns, in order (all but the task), is built by its __init__: with 30
        # fields or fewer, CPython keeps the values in the object without making a dict (15,000 links: 15 -> 7 ms).
        # The values of the columns not read follow those read: they must be the last ones.
        by_init = [f.name for f in fields(cls) if f.init] == read + list(unread)
        filled = list(unread.values())
        # A task (44 fields) straight into its dict, which starts as a copy of this one (the columns' names, then the
        # other fields'): one C call, no resizing as the names come in. A column not read is left out when its value
        # is the class's own (a dataclass keeps a plain default as a class attribute, which the task then reads):
        # 19 names instead of 44 take a table of 32 slots, not 128 (1,584 -> 464 bytes a task), and the whole
        # open of 10,500 tasks 15-23 ms less CPU. planner.core.history's `field_values` gives the missing ones back.
        template = {
            name: unread.get(name)
            for name in columns + [name for name, _ in extra]
            if name not in unread or getattr(cls, name, MISSING) is not unread[name]
        }
        new = object.__new__
        query = self.engine.sql(f"SELECT {', '.join(_quoted(read))} FROM {model._meta.table_name} {where}")
        for row in cursor.execute(query, args):
            values = row
            if converted:  # else the row as it came: a plan's links, 15,000 lists fewer (~1 ms)
                values = list(row)
                for i, conv in converted:
                    value = values[i]
                    if value is not None:
                        try:
                            values[i] = conv(value)
                        except (ValueError, TypeError, KeyError, IndexError) as exc:
                            raise _bad_value(self.name, model, row[key], read[i], value) from exc
            if by_init:
                table[row[key]] = cls(*values, *filled)
                continue
            obj = new(cls)
            attributes = obj.__dict__
            attributes.update(template)
            attributes.update(zip(read, values, strict=True))
            for name, factory in extra:
                attributes[name] = factory()
            table[row[key]] = obj

    def _read_task_parts(self, cursor, tasks: dict, where: str = "", args=()) -> None:
        """Fill in the tasks' assignments, contours, labels, checklists and skipped occurrences (of the tasks
        `where` selects, a condition on `task_id`)."""

        def rows(query):
            return cursor.execute(self.engine.sql(query.format(where=where)), args)

        for task_id, person_id, units in rows("SELECT task_id, person_id, units FROM assignment {where}"):
            tasks[task_id].assignments[person_id] = units
        for task_id, person_id, day, minutes in rows("SELECT task_id, person_id, day, minutes FROM contour {where}"):
            try:
                tasks[task_id].contours.setdefault(person_id, {})[date.fromisoformat(day)] = minutes
            except (ValueError, TypeError) as exc:
                raise _bad_value(self.name, ContourRow, task_id, "day", day) from exc
        for task_id, label_id in rows("SELECT task_id, label_id FROM task_label {where}"):
            tasks[task_id].labels.add(label_id)
        for task_id, text, done in rows(
            "SELECT task_id, text, done FROM checklist_item {where} ORDER BY task_id, position"
        ):
            tasks[task_id].checklist.append(ChecklistItem(text, bool(done)))
        for task_id, day, moved_to in rows("SELECT task_id, day, moved_to FROM routine_exception {where}"):
            try:
                moved = datetime.fromisoformat(moved_to) if moved_to else None
                tasks[task_id].recurrence_exceptions[date.fromisoformat(day)] = moved
            except (ValueError, TypeError) as exc:
                raise _bad_value(self.name, RoutineExceptionRow, task_id, "day", (day, moved_to)) from exc

    def catching_up(self):
        """Held while a workspace just opened is brought up to date (routines, date rules): for a file, nothing
        (it has one writer); a server workspace lets one client at a time do it."""
        return contextlib.nullcontext()

    # -- writing --------------------------------------------------------------------------
    def write(self, ws: Workspace, changes: Changes, entry: Entry | None = None) -> None:
        """Write what `changes` names, as it now stands in `ws`, and `entry` into the history, in one transaction."""
        with self.transaction():
            self._write(ws, changes, columns_only(changes, entry))
            if entry is not None and entry.objects:
                self.history.add(entry)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # MODELS holds every model a reference reaches, so peewee need not walk the graph for them (~1 ms each way
        # on every write, in and out of the context).
        with self.db.bind_ctx(MODELS, bind_refs=False, bind_backrefs=False), self.db.atomic():
            # References are checked at commit, so a batch may delete a parent before its child.
            self.engine.defer_references(self.db)
            yield

    def insert_all(self, ws: Workspace) -> None:
        """Write every object of `ws` (a new or imported workspace), in one transaction."""
        everything = Changes(created={kind: set(ws.table(kind)) for kind in KINDS})
        self.write(ws, everything)

    def _write(
        self, ws: Workspace, changes: Changes, narrow: dict[str, dict[int, frozenset[str]]] | None = None
    ) -> None:
        """Write what `changes` names; the rows in `narrow` ({kind: {id: columns}}, see `columns_only`) only in
        those columns, the rest whole."""
        narrow = narrow or {}
        filled = self._filled(changes)
        remake = self.engine.drop_indexes(self.db.cursor(), filled) if filled else []
        for kind in KINDS:
            ids = changes.created.get(kind, set()) | changes.updated.get(kind, set())
            columns = narrow.get(kind)
            table = ws.table(kind)
            if columns:
                ids = ids - columns.keys()
                update_columns(self.engine, ROWS[kind], [table[i] for i in sorted(columns) if i in table], columns)
            objects = [table[i] for i in sorted(ids) if i in table]
            if objects and kind == "calendar":
                _upsert_calendars(ws, objects)
            elif objects:
                _upsert(self.engine, ROWS[kind], objects, fresh=changes.created.get(kind, set()))
            if kind == "task" and objects:
                _write_task_parts(self.engine, objects, fresh=changes.created.get("task", set()))
        for kind in reversed(KINDS):
            gone = changes.deleted.get(kind)
            if gone:
                model = ROWS[kind]
                for chunk in _chunks(sorted(gone)):
                    model.delete().where(model.id.in_(chunk)).execute()
        for create in remake:
            self.db.cursor().execute(create)

    def _filled(self, changes: Changes) -> list[str]:
        """The tables this write fills from empty with a plan's tasks (an import into a new workspace): SQLite
        builds their indexes from all the rows at the end faster than it adds each row to them (10,500 tasks:
        ~30 ms of the rows' ~165 ms). Any other write keeps the indexes."""
        if len(changes.created.get("task", ())) < _MANY_TASKS:
            return []
        cursor = self.db.cursor()
        return [table for table in _FILLED if cursor.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None]


class WorkspaceFile(StoredWorkspace):
    """One open workspace file: holds its write lock until `close()`."""

    def __init__(self, path: Path, db: SqliteDatabase, lock: _Lock | None, migrated_from: int | None) -> None:
        super().__init__(path, db)
        self.path = path
        self._lock = lock
        self.migrated_from = migrated_from  # the schema version the file had, when opening upgraded it

    def _read_kind(self, cursor, kind: str, table: dict) -> None:
        """The objects of `kind`, their seldom-set columns read only from the rows that hold anything but the default
        in one: sqlite3 hands a row over a column at a time (~0.5 ms a column at 10,500 tasks, even an empty one),
        and SQLite finds those rows in ~3 ms. As SQLite's `IS`, a stored 14.0 counts as a default of 14 (only a
        column without a type, which Planner never makes, could hold it). The mostly-default columns are read so
        too when at most `_FEW` rows set one of them."""
        if kind not in _SELDOM_SET:
            self._read_objects(cursor, kind, table)
            return
        model = ROWS[kind]
        mostly = _MOSTLY_DEFAULT.get(kind, set())
        with self.db.atomic():  # both reads see the same rows
            defaults = self._defaults(kind, _SELDOM_SET[kind] | mostly)
            found = self._rows_setting(cursor, model, defaults, limit=_FEW + 1)
            if len(found) > _FEW:  # a plan that sets them on many tasks: those columns in every row, as the rest
                defaults = self._defaults(kind, _SELDOM_SET[kind])
                found = self._rows_setting(cursor, model, defaults)
            self._read_objects(cursor, kind, table, unread=defaults)
        if not found:
            return
        ids, *columns = zip(*found, strict=True)
        # A column at a time, and only the columns some row sets: a plan whose every task sets one (manual
        # scheduling, a task type) pays for that one column, not for the rest.
        for column, values in zip(defaults, columns, strict=True):
            field = model._meta.columns[column]
            conv, default = _reader(field), self._stored(field, defaults[column])
            if values.count(default) == len(values):
                continue
            for row_id, value in zip(ids, values, strict=True):
                if value is not None and conv is not None:
                    try:
                        value = conv(value)
                    except (ValueError, TypeError, KeyError, IndexError) as exc:
                        raise _bad_value(self.name, model, row_id, column, value) from exc
                setattr(table[row_id], column, value)

    @staticmethod
    def _defaults(kind: str, columns: set[str]) -> dict:
        """The core's default of each of `columns`, in the order of the kind's fields."""
        return {f.name: f.default for f in fields(_CLASSES[kind]) if f.name in columns}

    @staticmethod
    def _stored(field, value):
        """`value` as the file stores it in `field`."""
        return writer(value) if value is not None and (writer := _writer(field)) else value

    def _rows_setting(self, cursor, model, defaults: dict, limit: int | None = None) -> list[tuple]:
        """The id and the `defaults`' columns of each row (the first `limit` ones) that holds another value in one."""
        columns = model._meta.columns
        stored = [self._stored(columns[c], value) for c, value in defaults.items()]
        query = f"SELECT id, {', '.join(_quoted(list(defaults)))} FROM {model._meta.table_name} WHERE " + " OR ".join(
            f'"{c}" IS NOT ?' for c in defaults
        )
        if limit is not None:
            query += f" LIMIT {limit}"
        return cursor.execute(query, stored).fetchall()

    @classmethod
    def open(cls, path: str | os.PathLike, create: bool = True, backup_dir: Path | None = None) -> WorkspaceFile:
        """Open a workspace for writing, creating it when it does not exist and `create` is true.

        An older file is backed up into `backup_dir` (or beside itself) before it is migrated.
        """
        path = Path(path).expanduser().absolute()
        real = path.resolve()  # the file its symbolic links lead to: locks and side files go beside it
        if not real.exists():
            if not create:
                raise WorkspaceError(tr("Store", "{path}: there is no such file").format(path=path))
            if not real.parent.is_dir():
                raise WorkspaceError(
                    tr("Store", "{path}: the folder {parent} does not exist").format(path=path, parent=real.parent)
                )
            if not os.access(real.parent, os.W_OK):
                raise WorkspaceError(
                    tr(
                        "Store", "{path}: the folder {parent} is read-only, so a workspace cannot be created there"
                    ).format(path=path, parent=real.parent)
                )
            lock = _Lock.take(real, path)
            db = None
            try:
                db = _connect(real)
                with db.bind_ctx(MODELS), db.atomic():
                    db.create_tables(MODELS)
                    engine_sqlite.mark_new(db, SCHEMA_VERSION)
                lock.take_identity()
            except BaseException as exc:
                if db is not None:
                    db.close()
                remove_with_side_files(real)
                lock.release()
                if isinstance(exc, engine_sqlite.Error | PeeweeException | OSError):
                    raise WorkspaceError(
                        tr("Store", "{path}: the workspace could not be created ({sqlite_reason})").format(
                            path=path, sqlite_reason=failure_reason(exc)
                        )
                    ) from exc
                raise
            return cls(path, db, lock, None)
        problem = _not_a_plain_file(path)
        if problem:
            raise WorkspaceError(tr("Store", "{path}: {problem}").format(path=path, problem=problem))
        if not os.access(real.parent, os.W_OK):
            raise WorkspaceError(
                tr(
                    "Store",
                    "{path}: the folder {parent} is read-only, and editing a workspace writes beside it; open a copy of it instead",  # noqa: E501
                ).format(path=path, parent=real.parent)
            )
        if not os.access(real, os.W_OK):
            raise WorkspaceError(
                tr("Store", "{path}: the file is read-only; open a copy of it instead").format(path=path)
            )
        lock = _Lock.take(real, path)  # before reading: SQLite reads a file written through another name as damaged
        db = None
        try:
            version = inspect(path)
            db = _connect(real)
            migrated_from = None
            if version < SCHEMA_VERSION:
                folder = backup_dir or path.parent
                folder.mkdir(parents=True, exist_ok=True)
                copy_to(db, _unused_name(folder / f"{path.stem}.v{version}-backup{SUFFIX}"))
                migrations.upgrade(db, version)
                migrated_from = version
        except BaseException:
            if db is not None:
                db.close()
            lock.release()
            raise
        return cls(path, db, lock, migrated_from)

    @classmethod
    def open_read_only(cls, path: str | os.PathLike) -> WorkspaceFile:
        """Open for reading only (command-line jobs): no lock, no migration, never a write."""
        path = Path(path).expanduser().absolute()
        version = inspect(path)
        if version != SCHEMA_VERSION:
            raise WorkspaceError(
                tr(
                    "Store", "{path}: written by an older version of Planner; open it in Planner once to upgrade it"
                ).format(path=path)
            )
        return cls(path, _connect(path, read_only=True), None, None)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> WorkspaceFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- copies ---------------------------------------------------------------------------
    def save_copy(self, dest: str | os.PathLike) -> Path:
        """Copy the workspace as it is now to `dest` with SQLite's online backup (never a file copy)."""
        dest = Path(dest).expanduser().absolute()
        if dest == self.path:
            raise WorkspaceError(tr("Store", "{dest}: that is the open workspace itself").format(dest=dest))
        copy_to(self.db, dest)
        return dest

    def restore_from(self, backup: str | os.PathLike) -> None:
        """Replace this workspace's contents with a backup's, checked first (the caller backs up the current state)."""
        backup = Path(backup)
        if inspect(backup) != SCHEMA_VERSION:
            raise WorkspaceError(
                tr("Store", "{backup}: this backup is from another version of Planner; open it instead").format(
                    backup=backup
                )
            )
        engine_sqlite.restore_from(self.db, backup)


# -- helpers ----------------------------------------------------------------------------------
def inspect(path: Path) -> int:
    """The schema version of the workspace at `path`; raises WorkspaceError saying why it is not one."""
    problem = _not_a_plain_file(path)
    if problem:
        raise WorkspaceError(tr("Store", "{path}: {problem}").format(path=path, problem=problem))
    if not os.access(path, os.R_OK):
        raise WorkspaceError(tr("Store", "{path}: the file cannot be read (permission denied)").format(path=path))
    with open(path, "rb") as f:
        header = f.read(100)
    if len(header) == 0:
        raise WorkspaceError(
            tr("Store", "{path}: the file is empty, so it is not a Planner workspace").format(path=path)
        )
    if header.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"<?xml", b"<project")):
        # GNOME Planner's files share our extension: say what it is and how to bring it in, not "damaged".
        raise WorkspaceError(
            tr(
                "Store",
                "{path}: this is a GNOME Planner file (XML), not a Planner workspace; import it into a workspace with File ▸ Import, or `planner import {name} NEW.planner`",  # noqa: E501
            ).format(path=path, name=path.name)
        )
    if not header.startswith(_SQLITE_HEADER):
        raise WorkspaceError(
            tr("Store", "{path}: this is not a Planner workspace (it is not an SQLite database)").format(path=path)
        )
    if len(header) < 100 or path.stat().st_size < 512:
        raise WorkspaceError(tr("Store", "{path}: the file is truncated or damaged").format(path=path))
    try:
        app_id, version, check = engine_sqlite.identity(path)
    except engine_sqlite.Error as exc:
        raise WorkspaceError(
            tr("Store", "{path}: the file is damaged and cannot be read ({exc})").format(path=path, exc=exc)
        ) from None
    if app_id != APPLICATION_ID:
        raise WorkspaceError(
            tr("Store", "{path}: this SQLite database belongs to another program, not to Planner").format(path=path)
        )
    if check != "ok":
        raise WorkspaceError(tr("Store", "{path}: the file is damaged ({check})").format(path=path, check=check))
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            tr(
                "Store",
                "{path}: this workspace was written by a newer version of Planner (format {version}; this version reads up to {SCHEMA_VERSION}). Update Planner to open it.",  # noqa: E501
            ).format(path=path, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
        )
    if version < 1:
        raise WorkspaceError(
            tr("Store", "{path}: this workspace has no format version, so it cannot be read").format(path=path)
        )
    return version


def _not_a_plain_file(path: Path) -> str:
    """Why `path` is not a plain file that could hold a workspace, or "" when it is one.

    Asked before anything opens the path: opening a named pipe waits for a writer that never comes.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return tr("Store", "there is no such file")
    except NotADirectoryError:
        return tr("Store", "a part of this path is a file, not a folder")
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return tr("Store", "this is a folder, not a workspace file")
    if stat.S_ISFIFO(mode):
        return tr("Store", "this is a named pipe, not a workspace file")
    if stat.S_ISSOCK(mode):
        return tr("Store", "this is a socket, not a workspace file")
    return tr("Store", "this is a device, not a workspace file")


def _connect(path: Path, read_only: bool = False) -> SqliteDatabase:
    try:
        return engine_sqlite.connect(path, read_only)
    except Exception as exc:
        raise WorkspaceError(
            tr("Store", "{path}: the file cannot be opened ({exc})").format(path=path, exc=exc)
        ) from None


def failure_reason(exc: BaseException) -> str:
    """The database's own words for a failed write, SQLite's or the server's. The first failure is the cause: a
    rollback that then fails too ("cannot rollback - no transaction is active") would otherwise hide it."""
    cause = exc
    while exc is not None:
        if isinstance(exc, OSError) or type(exc).__module__.partition(".")[0] in ("sqlite3", "psycopg"):
            cause = exc
        exc = exc.__context__
    return str(cause).strip()


remove_with_side_files = engine_sqlite.remove_with_side_files


def copy_to(db: SqliteDatabase, dest: Path) -> None:
    """Copy an open SQLite database into a new file at `dest` through SQLite's online backup API."""
    if not dest.parent.is_dir():
        raise WorkspaceError(
            tr("Store", "{dest}: the folder {parent} does not exist").format(dest=dest, parent=dest.parent)
        )
    try:
        engine_sqlite.copy_to(db, dest)
    except (engine_sqlite.Error, OSError) as exc:
        raise WorkspaceError(
            tr("Store", "{dest}: the copy could not be written ({exc})").format(dest=dest, exc=exc)
        ) from None


def _unused_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_stem(f"{path.stem}-{n}")
    return candidate


def _quoted(columns: list[str]) -> list[str]:
    return [f'"{c}"' for c in columns]


def _reader(field):
    """How a stored value becomes the core's: datetimes parsed, enums and booleans typed."""
    if hasattr(field, "to_core"):  # a field that says how (dates, JSON, the registers' enums)
        return field.to_core
    if field.column_name in _ENUM_READERS:
        return _ENUM_READERS[field.column_name]
    if isinstance(field, BooleanField):
        return bool
    if isinstance(field, DateTimeText):
        return datetime.fromisoformat
    return None


def _upsert(engine, model, objects, fresh: set[int] | frozenset[int] = frozenset()) -> None:
    """Insert or update rows from core objects with one prepared statement (executemany runs in C: building
    a peewee query per chunk cost a second for 10,000 tasks).

    Objects whose ids are in `fresh` (created by the change) go in with a plain INSERT, which SQLite runs two
    to three times faster than the upsert (10,000 tasks and 15,000 links: 270 ms → 110 ms); should one of
    them already have a row after all, that INSERT is undone to a savepoint and they are upserted instead.
    """
    columns = list(model._meta.columns)
    writers = [_writer(model._meta.columns[c]) for c in columns]
    names = ", ".join(_quoted(columns))
    insert = engine.sql(f"INSERT INTO {model._meta.table_name} ({names}) VALUES ({', '.join('?' * len(columns))})")
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    upsert = f"{insert} ON CONFLICT(id) DO UPDATE SET {updates}"
    get = attrgetter(*columns)
    converted = [(i, write) for i, write in enumerate(writers) if write is not None]
    new_rows, old_rows = [], []
    for obj in counted(objects):  # a window showing a long write (an import) answers, and may cancel, meanwhile
        row = list(get(obj))
        for i, write in converted:
            if row[i] is not None:
                row[i] = write(row[i])
        (new_rows if obj.id in fresh else old_rows).append(row)
    cursor = model._meta.database.cursor()
    if new_rows:
        cursor.execute("SAVEPOINT fresh_rows")
        try:
            cursor.executemany(insert, counted(new_rows))
        except engine.IntegrityError:
            cursor.execute("ROLLBACK TO fresh_rows")
            old_rows += new_rows
        cursor.execute("RELEASE fresh_rows")
    if old_rows:
        cursor.executemany(upsert, old_rows)


def columns_only(changes: Changes, entry: Entry | None) -> dict[str, dict[int, frozenset[str]]]:
    """The rows `changes` updates whose recorded change (in `entry`) is to their own columns only, by kind:
    {id: the columns}. Those are written column by column (a reschedule's hundreds of tasks change only their
    dates); the rest (created, a task's parts, a calendar, or not recorded) whole."""
    if entry is None:
        return {}
    out: dict[str, dict[int, frozenset[str]]] = {}
    for change in entry.objects:
        if change.kind == "calendar" or not isinstance(change.after, dict) or not isinstance(change.before, dict):
            continue
        if change.ident not in changes.updated.get(change.kind, ()):
            continue
        if change.ident in changes.created.get(change.kind, ()) or change.ident in changes.deleted.get(change.kind, ()):
            continue
        names = frozenset(change.after)
        if names and names <= ROWS[change.kind]._meta.columns.keys():
            out.setdefault(change.kind, {})[change.ident] = names
    return out


def update_columns(engine, model, objects, columns: dict[int, frozenset[str]]) -> None:
    """Write only the `columns` ({id: column names}) changed on each of `objects` (rows that exist already): one
    prepared UPDATE per set of columns, run for all rows that share it (a reschedule's many tasks change the same
    few dates), where an upsert would write every column and the task's parts again."""
    groups: dict[frozenset[str], list] = {}
    for obj in objects:
        groups.setdefault(columns[obj.id], []).append(obj)
    cursor = model._meta.database.cursor()
    for names, group in groups.items():
        ordered = sorted(names)
        # Column by column, each converted by a `map` in C, then zipped into rows: half the cost of a list made and
        # converted per row (840 moved tasks: ~1.7 -> ~0.85 ms).
        values = []
        for name in ordered:
            column = list(map(attrgetter(name), group))
            write = _writer(model._meta.columns[name])
            if write is not None and None in column:
                column = [v if v is None else write(v) for v in column]
            elif write is not None:
                column = list(map(write, column))
            values.append(column)
        values.append([obj.id for obj in group])
        sets = ", ".join(f'"{c}" = ?' for c in ordered)
        rows = zip(*values, strict=True)
        cursor.executemany(engine.sql(f"UPDATE {model._meta.table_name} SET {sets} WHERE id = ?"), rows)


def _writer(field):
    """How a core value is stored in `field`, or None when SQLite takes it as it is (ints, floats, text)."""
    if hasattr(field, "to_store"):
        return field.to_store
    return _ENUM_WRITERS.get(field.column_name)


def _bad_value(path: Path, model, row_id, column: str, value) -> WorkspaceError:
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    return WorkspaceError(
        tr(
            "Store",
            "{path}: the table {table_name}, row {row_id}, holds {shown} in the column {column}, which Planner cannot read; the file was changed outside Planner or is damaged",  # noqa: E501
        ).format(path=path, table_name=model._meta.table_name, row_id=row_id, shown=shown, column=column)
    )


def load_calendars(ws: Workspace, cursor, path: Path) -> None:
    bases = {}
    for ident, name, definition, base_id, is_default in cursor.execute(
        "SELECT id, name, definition, base_id, is_default FROM calendar"
    ):
        try:
            ws.calendars[ident] = calendar_from_json(ident, name, definition)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
            raise _bad_value(path, CalendarRow, ident, "definition", definition) from exc
        bases[ident] = base_id
        if is_default:
            ws.calendar = ws.calendars[ident]
    for ident, base_id in bases.items():
        if base_id in ws.calendars:
            ws.calendars[ident].base = ws.calendars[base_id]


def _upsert_calendars(ws: Workspace, calendars) -> None:
    rows = [
        (
            cal.id,
            cal.name,
            calendar_to_json(cal),
            cal.base.id if cal.base is not None and cal.base.id in ws.calendars else None,
            ws.calendar is cal,
        )
        for cal in calendars
    ]
    fields = [CalendarRow.id, CalendarRow.name, CalendarRow.definition, CalendarRow.base, CalendarRow.is_default]
    upsert = CalendarRow.insert_many(rows, fields=fields)
    upsert.on_conflict(conflict_target=[CalendarRow.id], preserve=fields[1:]).execute()


def _write_task_parts(engine, tasks: list[Task], fresh: set[int]) -> None:
    old = [t.id for t in tasks if t.id not in fresh]
    cursor = AssignmentRow._meta.database.cursor()
    for chunk in _chunks(old):
        # Plain SQL: peewee building an IN of 900 ids took ~7 ms a table, most of an edit that moves many tasks.
        marks = ", ".join("?" * len(chunk))
        for model in (AssignmentRow, TaskLabelRow, ChecklistRow, RoutineExceptionRow, ContourRow):
            cursor.execute(engine.sql(f"DELETE FROM {model._meta.table_name} WHERE task_id IN ({marks})"), chunk)
    assignments = [(t.id, pid, units) for t in tasks for pid, units in t.assignments.items()]
    labels = [(t.id, lid) for t in tasks for lid in t.labels]
    checklist = [(t.id, i, item.text, item.done) for t in tasks for i, item in enumerate(t.checklist)]
    skips = [
        (t.id, day.isoformat(), moved.isoformat(sep=" ") if moved else None)
        for t in tasks
        for day, moved in t.recurrence_exceptions.items()
    ]
    contours = [
        (t.id, pid, day.isoformat(), minutes)
        for t in tasks
        for pid, days in t.contours.items()
        for day, minutes in days.items()
    ]
    parts = ((AssignmentRow, assignments), (TaskLabelRow, labels), (ChecklistRow, checklist))
    for model, rows in (*parts, (RoutineExceptionRow, skips), (ContourRow, contours)):
        fields = model._meta.sorted_fields
        names = ", ".join(f'"{f.column_name}"' for f in fields)
        sql = engine.sql(f"INSERT INTO {model._meta.table_name} ({names}) VALUES ({', '.join('?' * len(fields))})")
        model._meta.database.cursor().executemany(sql, counted(rows))


def _chunks(items: list, size: int = 900) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- one writer at a time ---------------------------------------------------------------------
class _Lock:
    """OS locks on lock files beside the workspace, released by the OS if the process dies; they say who holds it.

    The lock belongs to the file, not to the name it was opened by: `<name>.lock` beside the file its symbolic
    links lead to (seen from a second machine on a shared drive too), and `.planner-<device>-<inode>.lock` in
    the same folder, because a hard link is a second name that no resolving leads back to. Lock files, not
    a lock on the database itself: SQLite's own locks on that file would clash with ours (POSIX drops every
    lock a process holds on a file when it closes any descriptor of it; Windows locks are mandatory).
    """

    def __init__(self, real: Path, shown: Path) -> None:
        self.real, self.shown = real, shown  # the file itself; the name to show in messages
        self.held: list[tuple[Path, int]] = []

    @classmethod
    def take(cls, real: Path, shown: Path) -> _Lock:
        """Lock the workspace at `real` (opened as `shown`); a file yet to be created gets `take_identity` later."""
        lock = cls(real, shown)
        lock._add(real.with_name(real.name + ".lock"))
        if real.exists():
            try:
                lock.take_identity()
            except BaseException:
                lock.release()
                raise
        _remove_orphans(real.parent)
        return lock

    def take_identity(self) -> None:
        st = os.stat(self.real)
        self._add(self.real.with_name(f".planner-{st.st_dev:x}-{st.st_ino:x}.lock"))

    def _add(self, path: Path) -> None:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise WorkspaceError(
                tr("Store", "{shown}: cannot create the lock file {name} ({strerror})").format(
                    shown=self.shown, name=path.name, strerror=exc.strerror
                )
            ) from None
        if not _try_lock(fd):
            holder = os.read(fd, 200).decode("utf-8", "replace").strip() or tr("Store", "another process")
            os.close(fd)
            raise WorkspaceError(
                tr(
                    "Store",
                    "{shown}: this workspace is already open in another Planner window ({holder}). Close it there first, or open a copy.",  # noqa: E501
                ).format(shown=self.shown, holder=holder)
            )
        if os.name != "nt" and (not path.exists() or os.stat(path).st_ino != os.fstat(fd).st_ino):
            # The holder removed the lock file between our open and our lock: take a fresh one.
            _unlock(fd)
            os.close(fd)
            return self._add(path)
        os.ftruncate(fd, 0)
        os.write(fd, f"{socket.gethostname()}, process {os.getpid()}, since {datetime.now():%Y-%m-%d %H:%M}".encode())
        self.held.append((path, fd))

    def release(self) -> None:
        for path, fd in reversed(self.held):
            if os.name != "nt":
                path.unlink(missing_ok=True)  # while still locked, so no one locks a file about to vanish
            _unlock(fd)
            os.close(fd)
            if os.name == "nt":
                with contextlib.suppress(OSError):  # another window has just opened it; it will remove it
                    path.unlink(missing_ok=True)
        self.held.clear()


_IDENTITY_LOCK = re.compile(r"\.planner-([0-9a-f]+-[0-9a-f]+)\.lock")
_HOLDER = re.compile(r"(.*, process \d+, since \d{4}-\d\d-\d\d \d\d:\d\d)?")  # what `_add` writes, or nothing yet


def _remove_orphans(folder: Path) -> None:
    """Remove the lock files in `folder` of workspaces that are gone and that no one holds: a process killed while
    it held a workspace leaves its lock files behind, and a copy opened, then deleted, would leave them for good."""
    names, identities, locks = set(), set(), []
    try:
        device = os.stat(folder).st_dev
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(".lock"):
                    locks.append(entry.name)
                else:
                    names.add(entry.name)
                    identities.add(f"{device:x}-{entry.inode():x}")  # as `take_identity` names the file's lock
    except OSError:
        return
    for name in locks:
        owner = _IDENTITY_LOCK.fullmatch(name)
        if owner is None and not name.endswith(SUFFIX + ".lock"):  # another program's (yarn.lock, Cargo.lock…)
            continue
        if (owner[1] in identities) if owner is not None else (name[: -len(".lock")] in names):
            continue
        path = folder / name
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            continue
        # Held by a process whose workspace was deleted or moved while open; or not written by `_add`.
        if not _try_lock(fd) or not _HOLDER.fullmatch(os.read(fd, 300).decode("utf-8", "replace")):
            os.close(fd)
            continue
        if os.name != "nt":
            path.unlink(missing_ok=True)  # while locked, as `release` does, so whoever locks it next sees it gone
        _unlock(fd)
        os.close(fd)
        if os.name == "nt":
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
