"""The `history` table: each committed change (planner.core.history.Entry) as one row, written in the change's own
transaction; read back for the History panel, the command line, undo after reopening and restoring a moment.

What a change did is kept pickled and compressed, and read back only as core objects and plain values (a file
is input like any other: a row naming anything else is refused). A history that cannot be read or written is
reported as unavailable and never stops the workspace from opening or being edited.
"""

from __future__ import annotations

import io
import pickle
import zlib
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from planner.core.history import Entry, ObjectChange, combine
from planner.core.i18n import tr
from planner.core.memory import collector_paused
from planner.core.progress import advance
from planner.store.engines import engine_of

KEEP_DAYS = 90  # full history for this long, then one change per day


class HistoryError(Exception):
    """The history table is missing or damaged; the message says what SQLite found."""


def encode(objects: list[ObjectChange]) -> bytes:
    plain = [(c.kind, c.ident, c.before, c.after) for c in objects]
    out = _Compressed()  # compressed frame by frame: an import's pickle (47 MB at 105,000 tasks) is never whole
    pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(plain)
    return out.close()


class _Compressed:
    """A file to pickle into that keeps only what zlib made of what was written."""

    def __init__(self) -> None:
        self._zlib = zlib.compressobj(6)
        self._parts: list[bytes] = []

    def write(self, data) -> int:
        advance()  # a window showing a long write (an import's 47 MB record) answers, and may cancel, meanwhile
        self._parts.append(self._zlib.compress(data))
        return len(data)

    def close(self) -> bytes:
        self._parts.append(self._zlib.flush())
        return b"".join(self._parts)


def decode(blob: bytes) -> list[ObjectChange]:
    try:
        with collector_paused():  # it ran over and over on an import's 25,000 objects: 60 % of the time
            plain = _CoreUnpickler(io.BytesIO(zlib.decompress(blob))).load()
        return [ObjectChange(kind, ident, before, after) for kind, ident, before, after in plain]
    except Exception as exc:  # a damaged row: zlib, pickle or our own refusal
        raise HistoryError(tr("Store", "a change's record cannot be read ({exc})").format(exc=exc)) from None


_PLAIN = frozenset(
    {("builtins", "set"), ("builtins", "frozenset"), ("builtins", "complex")}
    | {("datetime", name) for name in ("date", "datetime", "time", "timedelta", "timezone")}
)


class _CoreUnpickler(pickle.Unpickler):
    """Rebuilds only the domain's classes and the plain values they hold."""

    def find_class(self, module: str, name: str):
        if (module, name) in _PLAIN or (module.startswith("planner.core.") and "." not in name):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a value a change holds")


class History:
    """The history table of one open database (`db`: a peewee database of either engine)."""

    def __init__(self, db) -> None:
        self.db = db
        self.engine = engine_of(db)
        self.problem = ""  # why the history is unavailable, or ""
        try:
            self._sql(f"SELECT id, at, label, kind, reverts, touches, objects FROM {_JOINED} LIMIT 1")
        except self.engine.Error as exc:
            self.problem = tr("Store", "the history of changes cannot be read ({exc})").format(exc=exc)

    @property
    def available(self) -> bool:
        return not self.problem

    def add(self, entry: Entry) -> int | None:
        """Write `entry` inside the caller's transaction; returns its id, or None (and the history is then
        unavailable) when the table cannot take it: the change itself is still written."""
        if self.problem:
            return None
        row = (_at(entry.at), entry.label, entry.kind, entry.reverts, _touches(entry))
        cursor = self.db.cursor()
        cursor.execute("SAVEPOINT history_row")
        try:
            query = "INSERT INTO history (at, label, kind, reverts, touches) VALUES (?, ?, ?, ?, ?)"
            entry.id = self.engine.insert_id(cursor, query, row)
            query = self.engine.sql("INSERT INTO history_objects (id, objects) VALUES (?, ?)")
            record = encode(entry.objects)
            cursor.execute(query, (entry.id, record))
            entry.record = record
        except self.engine.Error as exc:
            cursor.execute("ROLLBACK TO history_row")
            self.problem = tr("Store", "the history of changes cannot be written ({exc})").format(exc=exc)
            entry.id = None
        cursor.execute("RELEASE history_row")
        return entry.id

    def listing(self, since: datetime | None = None, touching: str = "") -> list[tuple]:
        """(id, at, label, kind, reverts) of each change from `since`, oldest first, without what it did:
        `touching` ("task:4", "project:2", "person:7") keeps only the changes concerning that object."""
        where, args = ["1 = 1"], []
        if since is not None:
            where.append("at >= ?")
            args.append(_at(since))
        if touching:
            where.append(self.engine.contains("touches"))
            args.append(f" {touching} ")
        query = f"SELECT id, at, label, kind, reverts FROM history WHERE {' AND '.join(where)} ORDER BY id"
        return [(i, datetime.fromisoformat(at), label, kind, rev) for i, at, label, kind, rev in self._sql(query, args)]

    def days(self, touching: str = "") -> list[tuple[str, int]]:
        """Each day ("YYYY-MM-DD") with changes, newest first, and how many (those `touching` an object, as
        `listing` filters them): the History panel's top level, read without reading the changes themselves."""
        where, args = self._touching(touching)
        query = f"SELECT substr(at, 1, 10) AS day, count(*) FROM history {where} GROUP BY day ORDER BY day DESC"
        return self._sql(query, args)

    def day(self, day: str, touching: str = "") -> list[tuple]:
        """(id, at as text, label, kind) of the changes of `day`, newest first."""
        where, args = self._touching(touching)
        where = f"{where} AND" if where else "WHERE"
        query = f"SELECT id, at, label, kind FROM history {where} at >= ? AND at < ? ORDER BY id DESC"
        return self._sql(query, [*args, day, day + "~"])  # "~" sorts after the time that follows the day

    def entry(self, ident: int) -> Entry | None:
        rows = self._sql(f"SELECT id, at, label, kind, reverts, objects FROM {_JOINED} WHERE id = ?", [ident])
        return _entry(rows[0]) if rows else None

    def label(self, ident: int) -> str:
        rows = self._sql("SELECT label FROM history WHERE id = ?", [ident])
        return rows[0][0] if rows else ""

    def entries_after(self, ident: int) -> Iterator[Entry]:
        """Every change after the one with id `ident` (0: all of them), oldest first."""
        query = f"SELECT id, at, label, kind, reverts, objects FROM {_JOINED} WHERE id > ? ORDER BY id"
        for row in self._sql(query, [ident]):
            yield _entry(row)

    def last_id(self, until: datetime | None = None) -> int:
        """The id of the last change made at or before `until` (or the last of all); 0 when there is none."""
        if until is None:
            rows = self._sql("SELECT max(id) FROM history")
        else:
            rows = self._sql("SELECT max(id) FROM history WHERE at <= ?", [_at(until)])
        return rows[0][0] or 0

    def undoable(self) -> list[int]:
        """The ids of the changes an undo would take back, last first: the edits and redos not undone since."""
        stack: list[int] = []
        for ident, kind in self._sql("SELECT id, kind FROM history WHERE kind IN ('do', 'undo', 'redo') ORDER BY id"):
            if kind == "undo":
                if stack:
                    stack.pop()
            else:
                stack.append(ident)
        return stack[::-1]

    def bound(self, now: datetime, keep_days: int = KEEP_DAYS) -> None:
        """Keep the history bounded, inside the caller's transaction: days older than `keep_days` thinned to one
        change each, then, while the history is larger than the plan itself, its oldest changes dropped (the
        history then begins later; restoring reaches back to its first change)."""
        self.thin(now, keep_days)
        if self.problem or self.engine.sizes is None:  # no size bound on this engine (a server's)
            return
        try:
            history, used, count = self._size()
            over = history - (used - history)
            if over > 0 and count:  # drop the oldest changes, as many as make up the excess, near enough
                drop = -(-count * over // history)
                last = self._sql("SELECT id FROM history ORDER BY id LIMIT 1 OFFSET ?", [min(drop, count) - 1])[0][0]
                for table in ("history", "history_objects"):
                    self.db.cursor().execute(self.engine.sql(f"DELETE FROM {table} WHERE id <= ?"), (last,))
        except self.engine.Error as exc:
            self.problem = tr("Store", "the history of changes cannot be read ({exc})").format(exc=exc)

    def _size(self) -> tuple[int, int, int]:
        """The bytes the history takes in the database, the bytes the whole workspace uses, and the history's
        number of rows."""
        count = self._sql("SELECT count(*) FROM history")[0][0]
        history, used = self.engine.sizes(self.db)
        if history is None:  # an SQLite built without page statistics: estimated from the rows
            history = self._sql(f"SELECT sum({_ROW_SIZE}) FROM {_JOINED}")[0][0] or 0
        return history, used, count

    def thin(self, now: datetime, keep_days: int = KEEP_DAYS) -> int:
        """Combine the changes of each day older than `keep_days` into one, inside the caller's transaction;
        returns how many rows went. Undo after reopening stops at thinned days (they are no longer edits)."""
        if self.problem:
            return 0
        try:
            return self._thin(now, keep_days)
        except (HistoryError, self.engine.Error) as exc:
            self.problem = tr("Store", "the history of changes cannot be read ({exc})").format(exc=exc)
            return 0

    def _thin(self, now: datetime, keep_days: int) -> int:
        cutoff = _at(datetime.combine(now.date() - timedelta(days=keep_days), time()))
        query = (
            f"SELECT id, at, label, kind, reverts, objects FROM {_JOINED} WHERE at < ? AND kind != 'day' ORDER BY id"
        )
        days: dict[date, list[Entry]] = {}
        for row in self._sql(query, [cutoff]):
            entry = _entry(row)
            days.setdefault(entry.at.date(), []).append(entry)
        removed = 0
        for day, entries in days.items():
            start = datetime.combine(day, time())
            earlier = self._sql(
                "SELECT id FROM history WHERE kind = 'day' AND at >= ? AND at < ?",
                [_at(start), _at(start + timedelta(1))],
            )
            kept = [self.entry(i) for (i,) in earlier]  # a day thinned already, and changes dated that day since
            merged = combine([*kept, *entries], f"{len(entries) + len(kept)} changes on {day:%d %b %Y}")
            ids = [e.id for e in (*kept, *entries)]
            cursor = self.db.cursor()
            marks = ", ".join("?" * (len(ids) - 1))
            for table in ("history", "history_objects") if len(ids) > 1 else ():  # PostgreSQL refuses `IN ()`
                cursor.execute(self.engine.sql(f"DELETE FROM {table} WHERE id IN ({marks})"), ids[:-1])
            cursor.execute(
                self.engine.sql("UPDATE history SET label = ?, kind = 'day', reverts = NULL, touches = ? WHERE id = ?"),
                (merged.label, _touches(merged), ids[-1]),
            )
            query = self.engine.sql("UPDATE history_objects SET objects = ? WHERE id = ?")
            cursor.execute(query, (encode(merged.objects), ids[-1]))
            removed += len(ids) - 1
        return removed

    def _sql(self, query: str, args=()) -> list[tuple]:
        cursor = self.db.cursor()
        cursor.execute(self.engine.sql(query), args)
        return cursor.fetchall()

    def _touching(self, key: str) -> tuple[str, list]:
        return (f"WHERE {self.engine.contains('touches')}", [f" {key} "]) if key else ("", [])


# A row's size on disk, near enough: its columns, its row header and index entry, and the pages' free space
# (measured: 100,000 rows of 143-byte records took 30.8 MB, 308 bytes a row).
_ROW_SIZE = "(length(objects) + length(touches) + length(label) + 60) * 5 / 4"
_JOINED = "history JOIN history_objects USING (id)"


def _touches(entry: Entry) -> str:
    """ " kind:id kind:id … ", sorted by kind, then id."""
    parts: list[str] = []
    for kind, ids in sorted(entry.touches().items()):
        parts += map(f"{kind}:".__add__, map(str, sorted(ids)))
    return " " + " ".join(parts) + " "


def _at(moment: datetime) -> str:
    return moment.isoformat(sep=" ", timespec="seconds")


def _entry(row) -> Entry:
    ident, at, label, kind, reverts, blob = row
    return Entry(datetime.fromisoformat(at), label, kind, decode(blob), reverts=reverts, id=ident)
