"""`Session`: the one edit pipeline. It opens a workspace file and runs every change to it: the command, what
it means for routines, the rescheduling it causes, the write in one transaction, and the undo and redo lists.

The window (through its Qt controller), the command line, the benchmarks and the tests all change a workspace
through a Session; nothing else assembles these steps. No Qt here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from planner import paths
from planner.core import locale_text
from planner.core.bounds import ClampDates, DateProblem, date_problems
from planner.core.changes import Changes
from planner.core.command import Command, before_all, now
from planner.core.commands import new_workspace
from planner.core.history import Entry, ObjectChange, diff, restore, settled
from planner.core.i18n import tr
from planner.core.model import Project, Workspace
from planner.core.progress import Cancelled, phase
from planner.core.recurrence import KeepRoutines, top_up_all
from planner.core.replace import ReplaceWorkspace
from planner.core.rules import RunDateRules, react
from planner.core.scenarios import put_in_front
from planner.core.schedule import Reschedule, compute_schedule, planned_changes, without_warnings
from planner.session.history import History, Step, rebuilt_as_it_was, undo_all
from planner.session.scenarios import Scenarios
from planner.session.sharing import Incoming, Sharing
from planner.store.backups import backup_time, list_backups, load_backup, make_backup, taken_at, upgraded_from
from planner.store.server_workspace import ConflictError, ConnectionLostError, ServerWorkspace, is_server_url
from planner.store.workspace_file import WorkspaceError, WorkspaceFile, failure_reason, remove_with_side_files

if TYPE_CHECKING:
    from planner.core.moved import SinceLast

# The names other modules import from here (those of the parts are kept here, as before the split).
__all__ = ["Incoming", "SaveError", "Session", "rebuilt_as_it_was", "record_report"]


class SaveError(WorkspaceError):
    """A change that was made in memory but could not be written; memory was put back as it was."""


class Session(History, Scenarios, Sharing):
    """One open workspace: its file, its objects in memory, its schedule and its undo history.

    Every method that changes the workspace either changes memory and file together or neither, and raises:
    `ValidationError` when the change is refused (nothing changed), `SaveError` when it could not be written.
    Its undo and redo (`History`), its scenarios (`Scenarios`) and what other clients of a server workspace change
    (`Sharing`) are written in modules of their own; this class holds their state and the pipeline they share.
    """

    def __init__(self, file: WorkspaceFile | ServerWorkspace | None, ws: Workspace, path: Path | None = None) -> None:
        """`file` is None for a session that only reads (`Session.read`)."""
        self.file = file
        self.ws = ws
        self.path = file.path if file is not None else Path(path)
        self.today: Callable[[], date] = date.today
        self._schedule = None
        self.schedule_moved = False  # whether the last run, undo or redo may have moved computed dates
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self.rule_notices: list[str] = []  # what rules were stopped from doing in the last run (for the window)
        self.clock: Callable[[], datetime] = now  # the time each change is recorded at in the history
        self._kept_undo: list[int] | None = None  # the history's changes undoable after reopening, last first
        # A server workspace: other clients' changes brought in (counted), each object's last one (count, by whom),
        # the Changes brought in but not yet shown, and why it is read-only when the connection was lost.
        self._brought_in = 0
        self._changed_elsewhere: dict[tuple[str, int], tuple[int, str]] = {}
        self._unshown = Changes()
        self.offline = ""
        self.incoming: list[Incoming] = []  # the last few other clients' changes brought in, newest first
        self.front: int | None = None  # the scenario in front (planner.core.scenarios), None: the live plan
        self._scenarios: list[Project] = []  # every scenario the file holds, as last loaded
        self._behind: set[int] = set()  # the projects not in front (other scenarios, or the live one)
        self._behind_ids: dict[str, set[int]] = {}  # and their objects, by kind
        # The scenario in front's own people and calendars: (kind, the id it is seen by) -> the id of its row
        self._copies: dict[tuple[str, int], int] = {}
        self._discarding: tuple[dict[str, set[int]], list[ObjectChange]] | None = None  # see delete_project
        self.read_only_reason = ""  # why a session that only reads refuses changes, when not the usual reason

    # -- opening and closing -----------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        sample: bool = False,
        create: bool = True,
        front: int | None = None,
        password: str | None = None,
    ) -> Session:
        """Open (or create) a workspace for editing: `path`, the sample (`sample=True`) or the user's default one;
        a `postgresql://` URL (a string) opens a shared workspace on a server, with `password` if it needs one.

        A new file gets the default board columns (or the sample's contents); routines' occurrences due within
        their horizon become tasks. Both are the system keeping the plan current, not the user's edits, so they
        are written at once and kept off the undo list. `front` is the scenario to put in front (None: the live
        plan).
        """
        if sample:
            path = paths.sample_workspace()
        elif path is None:
            path = paths.default_workspace()
        if is_server_url(path):
            is_new, file = False, ServerWorkspace.open(path, password)
        else:
            path = Path(path)
            is_new = not path.exists()
            # Where an older file is backed up before it is migrated: a new one has nothing to back up, and working
            # that out makes the data folder and imports platformdirs (~8 ms of `planner import` into a new file).
            backups = None if is_new else paths.backups_dir(path)
            file = WorkspaceFile.open(path, create=create, backup_dir=backups)
        try:
            for attempt in range(3):
                try:
                    with file.catching_up():
                        return cls._catch_up(file, is_new, sample, front)
                except ConflictError:  # a server's: someone's edit came in between; read it all again
                    if attempt == 2:
                        raise
        except BaseException:
            file.close()
            raise

    @classmethod
    def _catch_up(cls, file: WorkspaceFile | ServerWorkspace, is_new: bool, sample: bool, front: int | None) -> Session:
        """Load the workspace (with the plan `front` in front), fill a new one, make the routines' due occurrences
        and run the date rules owed."""
        session = cls(file, Workspace())
        ws = session.ws = session._in_front(file.load(), front)
        if is_new and sample:
            from planner.core.sample import build_sample  # the sample's builders are needed once

            ws = session.ws = build_sample(date.today())
            file.insert_all(ws)
        elif not ws.statuses:
            file.write(ws, new_workspace().apply(ws))
        created = top_up_all(ws, date.today())
        if created:  # occurrences made while the file was closed trigger rules now, in the same write
            new = {kind: set(ids) for kind, ids in created.created.items()}
            effects, effect_changes = react(ws, [], created, tr("Commands", "New occurrences"), date.today())
            created.merge(effect_changes)

            def before_of(kind, ident):
                fresh = ident in new.get(kind, ())
                return None if fresh else before_all(effects, kind, ident, ws.table(kind).get(ident))

            file.write(
                ws, created, Entry(now(), tr("Commands", "New occurrences"), "auto", diff(ws, created, before_of))
            )
        with file.transaction():
            file.history.bound(now())
        session.run_date_rules()
        return session

    @classmethod
    def create(cls, path: str | Path, ws: Workspace) -> Session:
        """A new workspace file at `path` holding `ws` as it is (a generated plan, a template), written in one
        transaction; refused if the file exists."""
        path = Path(path)
        if path.exists():
            raise WorkspaceError(tr("Errors", "{path}: the file exists already").format(path=path))
        file = WorkspaceFile.open(path)
        try:
            file.insert_all(ws)
        except BaseException as exc:
            file.close()
            remove_with_side_files(path)
            if isinstance(exc, Exception) and not isinstance(exc, WorkspaceError):  # a full disk: say so
                raise SaveError(
                    tr("Errors", "{path}: the workspace could not be written ({sqlite_reason})").format(
                        path=path, sqlite_reason=failure_reason(exc)
                    )
                ) from exc
            raise
        return cls(file, ws)

    @classmethod
    def read(cls, path: str | Path | None = None, sample: bool = False, front: int | None = None) -> Session:
        """The workspace at `path` (the sample with `sample=True`, the user's default one without a path) for a job
        that only reads it: loaded, and the file closed again at once. It takes no lock, so it reads a workspace
        that a window holds open. The sample and the default workspace are made first if missing, as `open` makes
        them; a missing `path` is refused."""
        if sample or path is None:
            path = paths.sample_workspace() if sample else paths.default_workspace()
            if not path.exists():
                cls.open(path, sample).close()
        opener = ServerWorkspace.open if is_server_url(path) else WorkspaceFile.open_read_only
        with opener(path) as file:
            return cls._read_only(file.path, file.load(), front)

    @classmethod
    def _read_only(cls, path: Path, whole: Workspace, front: int | None) -> Session:
        """A session that only reads `whole`, loaded from `path`, with the plan `front` in front."""
        session = cls(None, Workspace(), path=path)
        session.ws = session._in_front(whole, front)
        return session

    @property
    def read_only(self) -> bool:
        return self.file is None

    @property
    def on_server(self) -> bool:
        """Whether the workspace is a shared one on a PostgreSQL server (backed up with the server's tools)."""
        return isinstance(self.file, ServerWorkspace)

    def close(self) -> None:
        self._undo.clear()
        self._redo.clear()
        if self.file is not None:
            self.file.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the schedule ------------------------------------------------------------------------------------
    @property
    def schedule(self):
        """The critical-path schedule of the workspace as it is now, computed when first asked for after a
        change. Never raises: what an old or hand-edited file holds that the engine cannot take (a loop, a date
        out of range) is left out, and each task concerned has a line in `schedule.warnings`."""
        if self._schedule is None:
            self._schedule = compute_schedule(self.ws, self.today())
        return self._schedule

    @property
    def known_schedule(self):
        """The schedule if it has been computed since the last change, else None: never computes it (for what a
        window may show a moment later, not before its first paint)."""
        return self._schedule

    @property
    def _schedule(self):
        return self._computed

    @_schedule.setter
    def _schedule(self, schedule) -> None:
        self._computed = schedule
        self._no_warnings = False  # checked again after any change, as the schedule is computed again
        self._compared = False  # whether `prepare_edits` compared this schedule with the stored dates

    def prepare_edits(self) -> None:
        """Ready the schedule for the next edit that moves dates, on the first sign one is coming (a cell's editor
        opened), while the person is busy: computed if unknown, and compared with the stored dates. When every
        task's stored dates are the ones it gives (a file Planner wrote after a reschedule), the edit's reschedule
        updates it and compares only what the edit reached (~25 ms at 10,500 tasks, as every later edit), instead
        of computing the whole plan and comparing every task (~85 ms). Dates that differ (another tool's file, a
        hand edit) are not trusted: that edit compares and writes every task, as without this call."""
        schedule = self.schedule
        if not schedule.applied and not self._compared:
            self._compared = True
            if not planned_changes(self.ws, schedule):
                schedule.mark_written(())  # nothing to write: the workspace holds this schedule, as after an edit

    @property
    def warnings(self) -> dict[int, str]:
        """The schedule's `warnings`, without computing the schedule when `without_warnings` shows there are none
        (about a quarter of its cost): a window shows them from its first screen on, the schedule only when asked."""
        if self._schedule is None and not self._no_warnings:
            self._no_warnings = without_warnings(self.ws)
        return {} if self._no_warnings else self.schedule.warnings

    @property
    def known_warnings(self) -> dict[int, str] | None:
        """`warnings` if found since the last change (with the schedule or without it), else None: never looks."""
        if self._schedule is not None:
            return self._schedule.warnings
        return {} if self._no_warnings else None

    def problems(self) -> list[DateProblem]:
        """The stored dates outside the range a plan may hold (a file written by an old version or by hand);
        `fix_problems` brings them into range."""
        return date_problems(self.ws)

    def fix_problems(self) -> Changes:
        """Bring every stored date into range, as one undoable step (see `ClampDates` for how)."""
        return self.run(ClampDates())

    # -- changing --------------------------------------------------------------------------------------
    def run(self, command: Command) -> Changes:
        """Apply `command` with what it means for routines, reschedule if it can move dates, run the rules it
        triggers, write it all in one transaction, and put it on the undo list as one step. Returns what changed.
        What rules were stopped from doing is in `rule_notices` afterwards."""
        self._check_writable()
        # A finished occurrence's successor, or a changed rule's occurrences, join the same step.
        command = KeepRoutines(command, self.today())
        front, before = self.front, self._schedule
        mine = {t.id for t in self.ws.tasks.values() if t.project_id == front} if front is not None else set()
        changes = command.apply(self.ws)
        steps: list[Command] = [command]
        try:
            self._keep_to_front(mine, changes, steps)
            if command.moves_schedule(self.ws):
                phase(tr("Progress", "Scheduling…"))  # for a window showing a long run (an import); else nothing
                self._reschedule(steps, changes, changes)
            effects, effect_changes = [], Changes()
            if command.command.triggers_rules:
                effects, effect_changes = react(self.ws, steps, changes, command.text, self.today())
            if effects:
                steps += effects
                self._keep_to_front(mine, effect_changes, steps)
                changes.merge(effect_changes)
                if any(effect.moves_schedule(self.ws) for effect in effects):
                    self._reschedule(steps, effect_changes, changes)
            # Counted four times: the diff, the rows made, the rows written, the history's list of what it touches.
            written = sum(len(ids) for what in (changes.created, changes.updated) for ids in what.values())
            phase(tr("Progress", "Saving…"), 4 * written)
            # The objects created are recorded as they are, not copied (an import's 254,000 were copied twice): the
            # record is written before anything can edit them, and the step keeps it, or copies when none was kept.
            recorded = self._diff(steps, changes, copy_created=False)
        except BaseException:
            undo_all(self.ws, steps)
            self._schedule = None  # an incremental update may have begun on the kept schedule
            raise
        self.rule_notices = [notice for effect in effects for notice in effect.notices]
        exact = isinstance(command.command, ReplaceWorkspace)
        names = list(dict.fromkeys(name for effect in effects for name in effect.rule_names))
        text = command.text
        if names:
            rules = tr("Commands", " · rule: {names}") if len(names) == 1 else tr("Commands", " · rules: {names}")
            text += rules.format(names=", ".join(names))
        rescheduled = any(isinstance(step, Reschedule) for step in steps)
        entry = self._entry(text, "do", recorded)
        self._write(changes, revert=partial(undo_all, self.ws, steps), entry=entry)
        objects = entry.objects if entry.record is not None else settled(entry.objects)
        step = Step(steps, text, rescheduled, exact, objects, seen=self._brought_in, record=entry.record)
        if self._keeps_before(steps, before):
            step.before = before
        self._after(step, undone=False)
        if self._undo:
            self._undo[-1].before = None  # only the newest step keeps the schedule it started from
        self._undo.append(step)
        self._redo.clear()
        return changes

    def _keeps_before(self, steps: list[Command], before) -> bool:
        """Whether the step of `steps` can keep `before`, the schedule it started from, for its undo (`Step.before`):
        the command and its one reschedule, which updated `before` as written (no rule's effect, no plan kept in front),
        on a local file without scenarios. In any doubt the undo computes the schedule again, as for older steps."""
        return (
            before is not None
            and before.applied
            and len(steps) == 2
            and isinstance(steps[1], Reschedule)
            and not self._scenarios
            and self.front is None
            and not self.on_server
        )

    def _reschedule(self, steps: list[Command], since: Changes, changes: Changes) -> None:
        """Reschedule after `steps`, adding what moved to `changes`. The schedule it updates is the latest one: that
        of a reschedule already in `steps` (then only what came after it, `since`, is new), else the kept one."""
        earlier = [step.result for step in steps if isinstance(step, Reschedule)]
        reschedule = Reschedule(earlier[-1] if earlier else self._schedule, since if earlier else changes, self.today())
        changes.merge(reschedule.apply(self.ws))
        steps.append(reschedule)

    def run_date_rules(self) -> Changes:
        """Run the date rules owed up to today (on opening, and at midnight while open), catching up once on the
        days the file was closed. Like routines' top-ups, this is the plan keeping current, not an edit of the
        user's: written at once and kept off the undo list."""
        self._check_writable()
        command = RunDateRules(self.today())
        changes = command.apply(self.ws)
        if not changes:
            return changes
        steps: list[Command] = [command]
        try:
            if command.moves_schedule(self.ws):
                self._reschedule(steps, changes, changes)
        except BaseException:
            undo_all(self.ws, steps)
            self._schedule = None
            raise
        entry = self._entry(tr("Commands", "Date rules"), "auto", self._diff(steps, changes))
        self._write(changes, revert=partial(undo_all, self.ws, steps), entry=entry)
        self.rule_notices = list(command.effects.notices) if command.effects else []
        if len(steps) > 1:
            self._schedule = steps[-1].result
            self.schedule_moved = True
        return changes

    # -- scenarios ---------------------------------------------------------------------------------------

    # -- reports ---------------------------------------------------------------------------------------
    def since_last_report(self, kind: str, scope: tuple[str, int] | None) -> SinceLast:
        """What moved in `scope` (a project or area; None: the whole team) since the last `kind` report of it:
        that report's time, and each task whose dates moved, with its cause."""
        # Imported when a report asks, not at every open: ~3 ms of imports with the comparison it needs.
        from planner.core.moved import SinceLast, moved_since

        with self._reading() as file:
            last = file.reports.last(kind, scope)
            if last is None:
                return SinceLast(None)
            since, history_id = last
            history = file.history
            if not history.available:
                return SinceLast(since, problem=history.problem)
            entries = list(history.entries_after(history_id))
            then = restore(file.load(), entries)
        then = put_in_front(then, self.front if self.front in then.projects else None)
        return SinceLast(since, moved_since(then, self.ws, scope, entries))

    def record_report(self, kind: str, scope: tuple[str, int] | None) -> None:
        """Note that a `kind` report of `scope` was made now: the next one lists what moved since."""
        self._check_writable()
        record_report(self.file, kind, scope, self.clock())

    def _reading(self):
        """The open file, or (for a read-only session) the file opened again to read it."""
        if self.file is not None:
            return contextlib.nullcontext(self.file)
        return WorkspaceFile.open_read_only(self.path)

    def _diff(self, steps: list[Command], changes: Changes, copy_created: bool = True) -> list[ObjectChange]:
        tables = self.ws.table
        return diff(
            self.ws,
            changes,
            lambda kind, ident: before_all(steps, kind, ident, tables(kind).get(ident), fields=True),
            copy_created,
        )

    def _entry(self, text: str, kind: str, objects: list[ObjectChange], reverts: int | None = None) -> Entry:
        return Entry(self.clock(), text, kind, objects, reverts=reverts)

    def _write(self, changes: Changes, revert: Callable[[], object], entry: Entry | None = None) -> None:
        try:
            view, changes, entry, copies = self._stored(changes, entry)
            if self._discarding is not None:  # rows behind the plan in front, removed in the same change
                gone, objects = self._discarding
                changes = Changes(changes.created, changes.updated, {**changes.deleted}, changes.parents)
                for kind, ids in gone.items():
                    changes.deleted[kind] = changes.deleted.get(kind, set()) | ids
                entry = Entry(entry.at, entry.label, entry.kind, entry.objects + objects, reverts=entry.reverts)
            self.file.write(view, changes, entry)
            self._copies = copies
        except Cancelled:  # the user's Cancel while it was written: the transaction was rolled back
            revert()
            self._schedule = None
            raise
        except ConflictError as exc:  # someone else changed a row first: theirs is read in, to show instead
            revert()
            self._schedule = None
            self._unshown.merge(self._bring_in(exc.stale, by=""))
            raise
        except Exception as exc:  # a full disk, a vanished file: memory goes back to what the file holds
            if self.on_server and not self.file.db.is_connection_usable():
                revert()
                self._schedule = None
                self.offline = tr(
                    "Errors", "{name}: the connection to the server was lost; read-only until it is back"
                ).format(name=self.file.name)
                raise ConnectionLostError(
                    tr("Errors", "{offline}. The change was not saved.").format(offline=self.offline)
                ) from exc
            revert()
            self._schedule = None
            raise SaveError(
                tr("Errors", "The change could not be saved to {name}: {sqlite_reason}").format(
                    name=self.path.name, sqlite_reason=failure_reason(exc)
                )
            ) from exc

    def _check_writable(self) -> None:
        if self.file is None:
            raise WorkspaceError(
                self.read_only_reason
                or tr("Errors", "{path}: opened only to read it, so it cannot be changed").format(path=self.path)
            )
        if self.offline:
            raise ConnectionLostError(self.offline)

    # -- several writers (a server workspace) ----------------------------------------------------------

    # -- backups ---------------------------------------------------------------------------------------
    def backup(self) -> Path:
        """Copy the workspace as it is now into its backups folder (the newest ten are kept)."""
        self._check_writable()
        if self.on_server:
            raise WorkspaceError(f"{self.file.name}: a server workspace is backed up on the server (pg_dump)")
        return make_backup(self.file, paths.backups_dir(self.path))

    def backups(self) -> list[tuple[str, Path]]:
        """The workspace's backups, newest first, each with a label saying when it was taken."""
        out = []
        if self.on_server:
            return out
        for backup in list_backups(paths.backups_dir(self.path)):
            when = locale_text.moment(taken_at(backup))
            if backup_time(backup) is None:
                version = upgraded_from(backup)
                when = (
                    tr("Session", "{when}, before the file was upgraded from format {version}").format(
                        when=when, version=version
                    )
                    if version is not None
                    else f"{when} ({backup.name})"
                )
            out.append((when, backup))
        return out

    def restore(self, backup: str | Path) -> Changes:
        """Make the workspace what `backup` holds, as one undoable step, after backing up what it holds now."""
        self._check_writable()
        # Checked (a workspace) before anything changes; one in an older format is read through an upgraded copy.
        source = Session._read_only(Path(backup), load_backup(Path(backup)), None).ws
        self.backup()
        return self.run(ReplaceWorkspace(source))


def record_report(file: WorkspaceFile, kind: str, scope: tuple[str, int] | None, at: datetime) -> None:
    """Note in `file` that a `kind` report of `scope` was made at `at`, after the history's last change."""
    history_id = file.history.last_id() if file.history.available else 0
    file.reports.add(kind, scope, at, history_id)
