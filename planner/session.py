"""`Session`: the one edit pipeline. It opens a workspace file and runs every change to it: the command, what
it means for routines, the rescheduling it causes, the write in one transaction, and the undo and redo lists.

The window (through its Qt controller), the command line, the benchmarks and the tests all change a workspace
through a Session; nothing else assembles these steps. No Qt here.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path

from planner import paths
from planner.core.bounds import ClampDates, DateProblem, date_problems
from planner.core.calendars import STANDARD
from planner.core.changes import Changes
from planner.core.command import Command, before_all, now
from planner.core.commands import DeleteObject, new_workspace
from planner.core.errors import ValidationError
from planner.core.history import ApplyChange, Entry, ObjectChange, diff, inverse, restore, settled, shared_copy
from planner.core.i18n import tr
from planner.core.memory import collector_paused
from planner.core.model import KINDS, Project, Workspace
from planner.core.moved import SinceLast, moved_since
from planner.core.progress import Cancelled, phase
from planner.core.recurrence import KeepRoutines, top_up_all
from planner.core.replace import ReplaceWorkspace
from planner.core.rules import RunDateRules, react
from planner.core.scenarios import (
    WORKING_TIME,
    AdoptScenario,
    MakeScenario,
    as_live,
    as_scenario,
    behind,
    outside,
    parts,
    put_in_front,
    scenarios,
    touches_behind,
    working_copies,
)
from planner.core.schedule import Reschedule, compute_schedule, without_warnings
from planner.store.backups import backup_time, list_backups, make_backup
from planner.store.history import HistoryError, decode
from planner.store.server_workspace import ConflictError, ConnectionLostError, ServerWorkspace, is_server_url
from planner.store.workspace_file import WorkspaceError, WorkspaceFile, failure_reason, remove_with_side_files


class SaveError(WorkspaceError):
    """A change that was made in memory but could not be written; memory was put back as it was."""


@dataclass
class Step:
    """One entry of the undo list: a user's command and what the pipeline added to it (routines, dates)."""

    commands: list[Command]
    text: str
    rescheduled: bool
    exact: bool = False  # the step sets stored dates as they are (a restore): the kept schedule is stale after it
    objects: list[ObjectChange] = field(default_factory=list)  # what it did, as the history keeps it
    seen: int = 0  # how many times other clients' changes had been brought in when it was made (a server's)
    # The history's record of `objects`, when it was written as they are: `objects` then holds the objects it
    # created as the workspace's own (edited in place later), and what it did is read back from here.
    record: bytes | None = None

    def states(self) -> list[ObjectChange]:
        """What the step did, each object's state before and after it."""
        return decode(self.record) if self.record is not None else self.objects


@dataclass
class Incoming:
    """A change another client made to a server workspace, as it was brought in: when, by whom, what (its label,
    and the name of an object it changed), and how many objects it changed."""

    at: datetime
    by: str
    label: str
    name: str
    count: int


INCOMING_KEPT = 5  # the other clients' changes a window lists


def rebuilt_as_it_was(history, now: Workspace, last: int, front: int | None = None) -> Workspace:
    """`now` (a workspace the caller lets this change: a fresh load or a `shared_copy`) with every change of
    `history` after its change `last` reversed, showing only the plan `front` (the live plan when None or gone
    then)."""
    with collector_paused():  # an import's record alone is 25,000 objects made at once
        then = restore(now, list(history.entries_after(last)))
        return put_in_front(then, front if front in then.projects else None)


class Session:
    """One open workspace: its file, its objects in memory, its schedule and its undo history.

    Every method that changes the workspace either changes memory and file together or neither, and raises:
    `ValidationError` when the change is refused (nothing changed), `SaveError` when it could not be written.
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

    def _in_front(self, whole: Workspace, front: int | None) -> Workspace:
        """`whole` (all the file holds) with only the plan `front` in it, noting the scenarios it holds."""
        self._scenarios = scenarios(whole)
        self.front = front
        self._behind = behind(whole, front)
        self._behind_ids = parts(whole, self._behind) if self._behind else {}
        self._copies = working_copies(whole, front)
        return put_in_front(whole, front)

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
            session = cls(None, Workspace(), path=file.path)
            session.ws = session._in_front(file.load(), front)
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
        front = self.front
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
            _undo_all(self.ws, steps)
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
        self._write(changes, revert=partial(_undo_all, self.ws, steps), entry=entry)
        objects = entry.objects if entry.record is not None else settled(entry.objects)
        step = Step(steps, text, rescheduled, exact, objects, seen=self._brought_in, record=entry.record)
        self._after(step, undone=False)
        self._undo.append(step)
        self._redo.clear()
        return changes

    def _keep_to_front(self, mine: set[int], changes: Changes, steps: list[Command]) -> None:
        """Refuse a change to what is behind the plan in front (another scenario, or the live project behind a
        scenario), which only a history restore could reach; and, with a scenario in front, a change to anything
        but the scenario (`mine`: its tasks before the change): the live plan and what it shares (people,
        calendars, labels) change with it in front.
        What rescheduling then moves is not checked: it is what the live plan would compute itself."""
        for kind in (changes.created.keys() | changes.updated.keys()) if self._behind else ():  # a history restore
            for ident in changes.ids(kind):
                obj = self.ws.table(kind).get(ident)
                if ident in self._behind_ids.get(kind, ()) or getattr(obj, "project_id", None) in self._behind:
                    raise ValidationError(
                        tr(
                            "Errors", "“{name}” belongs to a plan that is not in front: put it in front to change it."
                        ).format(name=getattr(obj, "title", "") or getattr(obj, "name", "") or kind)
                    )
        if self.front is None:
            return
        if self.front in changes.deleted.get("project", ()):
            raise ValidationError(tr("Errors", "To remove the scenario in front, use Scenarios ▸ Discard Scenario…"))
        found = outside(self.ws, self.front, mine, changes, lambda kind, ident: before_all(steps, kind, ident, None))
        if found:
            raise ValidationError(
                tr(
                    "Errors",
                    "A scenario is in front, and its edits stay in it: “{name}” belongs to the live plan. "
                    "Go back to the live plan to change it.",
                ).format(name=found)
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
            _undo_all(self.ws, steps)
            self._schedule = None
            raise
        entry = self._entry(tr("Commands", "Date rules"), "auto", self._diff(steps, changes))
        self._write(changes, revert=partial(_undo_all, self.ws, steps), entry=entry)
        self.rule_notices = list(command.effects.notices) if command.effects else []
        if len(steps) > 1:
            self._schedule = steps[-1].result
            self.schedule_moved = True
        return changes

    def undo(self) -> Changes | None:
        """Take back the last step (None when there is none): after reopening, the last change the history keeps."""
        if not self._undo and self.file is not None:
            return self._undo_kept()
        return self._replay(self._undo, self._redo, undo=True)

    def redo(self) -> Changes | None:
        """Do again the step undone last (None when there is none)."""
        return self._replay(self._redo, self._undo, undo=False)

    @property
    def undo_text(self) -> str:
        if self._undo:
            return self._undo[-1].text
        kept = self._kept() if self.file is not None else []
        return self.file.history.label(kept[0]) if kept else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].text if self._redo else ""

    def clear_history(self) -> None:
        """Empty the undo and redo lists (the history kept in the workspace stays, but is no longer undoable)."""
        self._undo.clear()
        self._redo.clear()
        self._kept_undo = []

    def _kept(self) -> list[int]:
        if self._kept_undo is None:
            history = self.file.history
            self._kept_undo = history.undoable() if history.available else []
        return self._kept_undo

    def kept_undo_texts(self, limit: int = 100) -> list[str]:
        """The labels of the changes undo can take back from the history (after reopening), last first, at most
        `limit` of them: what the window's undo stack starts with."""
        if self.file is None or self._undo:
            return []
        history = self.file.history
        return [history.label(ident) for ident in self._kept()[:limit]]

    def as_it_was(self, at: datetime | None = None, change: int | None = None) -> Workspace:
        """A copy of the workspace as it was at `at` (or right after the history's change `change`), rebuilt by
        reversing every later change on a copy of the workspace in memory (which the file holds as it is); the
        workspace itself is left as it is. The copy shares the objects no later change touched (see
        `shared_copy`): deep-copy it to keep it while the workspace is edited."""
        history = self.file.history
        if not history.available:
            raise WorkspaceError(tr("Errors", "{name}: {problem}").format(name=self.path.name, problem=history.problem))
        last = change if change is not None else history.last_id(at)
        with collector_paused():
            # With scenarios, the workspace in memory leaves rows out that later changes may touch: the file
            # holds them all.
            now = self.file.load() if self._scenarios else shared_copy(self.ws)
            return rebuilt_as_it_was(history, now, last, self.front)

    # -- scenarios ---------------------------------------------------------------------------------------
    @property
    def scenarios(self) -> list[Project]:
        """Every scenario the workspace holds (the one in front as it is now), in display order."""
        return [self.ws.projects.get(s.id, s) for s in self._scenarios]

    def put_in_front(self, front: int | None) -> None:
        """Show the scenario `front` (None: the live plan) instead of what is in front now. The undo list starts
        afresh: its steps were edits of the other plan."""
        self.ws = self._in_front(self._whole(), front)
        self._undo.clear()
        self._redo.clear()
        self._kept_undo = []
        self._schedule = None
        self.schedule_moved = True

    def make_scenario(self, project_id: int, name: str) -> int:
        """Copy the live project `project_id` as a scenario called `name` and put it in front; returns its id."""
        if self.front is not None:  # the copy is of the live plan, made with it in front
            self.put_in_front(None)
        command = MakeScenario(project_id, name)
        self.run(command)
        self.put_in_front(command.scenario_id)
        return command.scenario_id

    def scenario_plan(self, scenario_id: int) -> Workspace:
        """The workspace with the scenario in front, wearing its live project's ids (to compare or adopt)."""
        return as_live(put_in_front(self._whole(), scenario_id), scenario_id)

    def live_plan(self) -> Workspace:
        return put_in_front(self._whole(), None)

    def live_as_front(self) -> Workspace:
        """The live plan wearing the ids of the scenario in front, to compare the workspace in memory with."""
        return as_scenario(self.live_plan(), self.ws, self.front)

    def _whole(self) -> Workspace:
        if self.file is None:  # a read-only session: read the file again
            with WorkspaceFile.open_read_only(self.path) as file:
                return file.load()
        return self.file.load()

    def adopt(self, scenario_id: int, discard: bool = False) -> Changes:
        """Apply the scenario's differences to its live project as one undoable step, with the live plan put in
        front first; with `discard`, the scenario is then removed."""
        scenario = next((s for s in self.scenarios if s.id == scenario_id), None)
        if scenario is None:
            raise ValidationError(tr("Errors", "There is no scenario {id} in this workspace").format(id=scenario_id))
        plan = self.scenario_plan(scenario_id)
        if self.front is not None:
            self.put_in_front(None)
        adopt = AdoptScenario(self.ws, plan, scenario.scenario_of, scenario.scenario_name, scenario_id)
        changes = self.run(adopt)
        if discard:
            self.discard(scenario_id)
        elif adopt.added:
            self._relink(adopt.added)
        return changes

    def delete_project(self, project_id: int, discard_scenarios: bool) -> Changes:
        """Delete a live project with its tasks, as one undoable step; with `discard_scenarios`, its scenarios are
        removed from the file in the same change (undo brings the project back, not them: as Discard, removing
        a scenario is not undone). Without it they stay, with nothing to adopt into."""
        mine = {s.id for s in self._scenarios if s.scenario_of == project_id}
        if not discard_scenarios or not mine:
            return self.run(DeleteObject("project", project_id))
        self._check_writable()
        whole = self.file.load()
        gone = parts(whole, mine)
        objects = [ObjectChange(kind, ident, whole.table(kind)[ident], None) for kind in gone for ident in gone[kind]]
        self._discarding = gone, objects
        try:
            changes = self.run(DeleteObject("project", project_id))
        finally:
            self._discarding = None
        self._scenarios = [s for s in self._scenarios if s.id not in mine]
        self._behind -= mine
        for kind, ids in gone.items():
            self._behind_ids[kind] = self._behind_ids.get(kind, set()) - ids
        return changes

    def _relink(self, added: dict[int, int]) -> None:
        """Make each task added in a kept scenario a copy of the live task adopting made of it, so the scenario
        and the live plan compare equal (recorded in the history; undo of the adopt leaves the link dangling,
        which compares as an added task again)."""
        whole = self.file.load()
        objects = []
        for ident, origin in added.items():
            task = whole.tasks.get(ident)
            if task is not None:
                objects.append(ObjectChange("task", ident, {"origin_id": task.origin_id}, {"origin_id": origin}))
                task.origin_id = origin
        label = tr("Scenarios", "Link the adopted tasks to the scenario")
        ids = {change.ident for change in objects}
        self.file.write(whole, Changes(updated={"task": ids}), self._entry(label, "auto", objects))

    def discard(self, scenario_id: int) -> None:
        """Remove a scenario and all it holds from the file (the history records it; it is not undoable). When
        it is in front, the live plan comes in front."""
        self._check_writable()
        whole = self.file.load()
        scenario = whole.projects.get(scenario_id)
        if scenario is None or scenario.scenario_of is None:
            raise ValidationError(tr("Errors", "There is no scenario {id} in this workspace").format(id=scenario_id))
        gone = parts(whole, {scenario_id})
        objects = [ObjectChange(kind, ident, whole.table(kind)[ident], None) for kind in gone for ident in gone[kind]]
        label = tr("Scenarios", "Discard scenario “{name}”").format(name=scenario.scenario_name)
        self.file.write(whole, Changes(deleted=gone), self._entry(label, "auto", objects))
        self._scenarios = [s for s in self._scenarios if s.id != scenario_id]
        if self.front == scenario_id:
            self.put_in_front(None)

    # -- reports ---------------------------------------------------------------------------------------
    def since_last_report(self, kind: str, scope: tuple[str, int] | None) -> SinceLast:
        """What moved in `scope` (a project or area; None: the whole team) since the last `kind` report of it:
        that report's time, and each task whose dates moved, with its cause."""
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

    def _undo_kept(self) -> Changes | None:
        """Take back the last change the history keeps from an earlier session, as one step that redo does again."""
        kept, history = self._kept(), self.file.history
        try:
            entry = history.entry(kept[0]) if kept else None
        except HistoryError as exc:  # a damaged record: the history is unavailable from here, the plan untouched
            history.problem, self._kept_undo = str(exc), []
            return None
        if entry is None:
            return None
        self._check_writable()
        if self._behind and touches_behind(entry.objects, self._behind, self._behind_ids):
            raise WorkspaceError(
                tr("Errors", "“{change}” was made in another plan: put it in front to undo it").format(
                    change=entry.label
                )
            )
        objects = self._as_seen(entry.objects)
        command = ApplyChange(objects, entry.label, forward=False)
        changes = command.apply(self.ws)
        record = self._entry(entry.label, "undo", inverse(objects), reverts=entry.id)
        self._write(changes, revert=partial(command.undo, self.ws), entry=record)
        kept.pop(0)
        step = Step([ApplyChange(objects, entry.label, forward=True)], entry.label, False, True, objects)
        self._redo.append(step)
        self._after(step, undone=True)
        return changes

    def _as_seen(self, objects: list[ObjectChange]) -> list[ObjectChange]:
        """A recorded change of the scenario in front's own people and calendars (by their rows' ids) as the
        workspace in memory sees them (by the live ids). The change that made a copy of a live one is seen as
        changing the live one's values: undoing it brings those back (the copy stays, alike)."""
        seen = {(kind, own): ident for (kind, ident), own in self._copies.items()}
        if not seen:
            return objects
        out = []
        for change in objects:
            ident = seen.get((change.kind, change.ident))
            if ident is not None:
                before, after = (_seen_state(state, ident) for state in (change.before, change.after))
                if before is None and after is not None and after.origin_id:
                    before = _seen_state(self._whole().table(change.kind)[ident], ident)
                change = ObjectChange(change.kind, ident, before, after)
            out.append(change)
        return out

    def _replay(self, source: list[Step], target: list[Step], undo: bool) -> Changes | None:
        if not source:
            return None
        self._check_writable()
        step = source[-1]
        self._check_not_changed_since(step)
        changes = Changes()
        if undo:
            for command in reversed(step.commands):
                changes.merge(command.undo(self.ws))
            revert = partial(_apply_all, self.ws, step.commands)
            entry = self._entry(step.text, "undo", inverse(step.states()))
        else:
            for command in step.commands:
                changes.merge(command.apply(self.ws))
            revert = partial(_undo_all, self.ws, step.commands)
            entry = self._entry(step.text, "redo", step.states())
        self._write(changes, revert, entry)
        target.append(source.pop())
        self._after(step, undone=undo)
        return changes

    def _after(self, step: Step, undone: bool) -> None:
        """Keep the schedule in step with memory: a reschedule's result is the schedule; after an undo, or a
        step that set dates as stored, it is computed again when next asked for."""
        self.schedule_moved = step.rescheduled or step.exact
        if step.exact or (step.rescheduled and undone):
            self._schedule = None
        elif step.rescheduled:
            self._schedule = next(c.result for c in reversed(step.commands) if isinstance(c, Reschedule))

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

    def _stored(self, changes: Changes, entry: Entry | None) -> tuple[Workspace, Changes, Entry | None, dict]:
        """What to write for `changes` and `entry`, and the scenario's copies after it. With a scenario in front,
        its working time goes to its own rows (a copy of a live person or calendar made on its first change),
        and other projects' tasks that a change of working time or a link from the scenario moved are left as
        the live plan has them: what the scenario makes of them is seen only while it is in front."""
        front, ws, copies = self.front, self.ws, dict(self._copies)
        if front is None:
            return ws, changes, entry, copies
        tasks = ws.tasks
        timed = any(changes.ids(kind) for kind in WORKING_TIME)
        if not timed and not any(tasks[i].project_id == front for i in changes.ids("task") if i in tasks):
            return ws, changes, entry, copies  # not the scenario's change (the live plan's date rules): as it is
        away = {i for i in changes.updated.get("task", ()) if i in tasks and tasks[i].project_id != front}
        if not away and not timed:
            return ws, changes, entry, copies
        out = Changes({k: set(v) for k, v in changes.created.items()}, {k: set(v) for k, v in changes.updated.items()})
        out.deleted = {k: set(v) for k, v in changes.deleted.items()}
        out.updated["task"] = out.updated.get("task", set()) - away
        view = shared_copy(ws)
        made: set[tuple[str, int]] = set()  # copies made by this change
        for kind in WORKING_TIME:
            for what in ("created", "updated", "deleted"):
                ids = getattr(out, what).pop(kind, set())
                for ident in ids:
                    own = copies.get((kind, ident))
                    if own is None:  # made in the scenario (its own id), or the first change of a live one
                        own = ident if what == "created" else ws.new_id(kind)
                        copies[kind, ident] = own
                        made.add((kind, ident))
                    if what == "deleted":
                        del copies[kind, ident]
                    else:
                        stored = view.table(kind)[own] = _own_copy(ws.table(kind)[ident], own, front, own == ident)
                        if kind == "calendar" and own == ident and ws.calendar is ws.table(kind)[ident]:
                            stored.origin_id = STANDARD.id  # made as the workspace's calendar, in the scenario
                    where = "created" if (kind, ident) in made and what != "deleted" else what
                    out.add(where, kind, own)
        if entry is not None:
            objects = []
            for change in entry.objects:
                if change.kind == "task" and change.ident in away:
                    continue
                if change.kind in WORKING_TIME:
                    key = (change.kind, change.ident)
                    own = copies.get(key) or self._copies[key]  # a deleted one is no longer in `copies`
                    if key in made and change.after is not None:  # a new row: recorded whole
                        change = ObjectChange(change.kind, own, None, copy.copy(view.table(change.kind)[own]))
                    else:
                        states = (
                            _stored_state(state, own, front, change.ident) for state in (change.before, change.after)
                        )
                        change = ObjectChange(change.kind, own, *states)
                objects.append(change)
            entry = Entry(entry.at, entry.label, entry.kind, objects, reverts=entry.reverts)
        return view, out, entry, copies

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
    def bring_in(self, timeout: float = 0.0) -> Changes:
        """What other clients changed since last asked (waiting up to `timeout` seconds for a change), read into
        the workspace: the same Changes a local edit gives, so views update alike. Nothing for a local file.
        Raises ConnectionLostError (and the workspace is read-only from then) when the server is unreachable."""
        if not self.on_server or self.offline:
            return Changes()
        try:
            notices = self.file.poll(timeout)
        except ConnectionLostError as exc:
            self.offline = str(exc)
            raise
        changes, self._unshown = self._unshown, Changes()
        wanted: dict[str, set[int]] = {}
        whole: dict[str, set[int]] = {}  # rows written whole, not only in their own columns (a task with its parts)
        for notice in notices:
            if notice.get("all"):
                wanted = whole = self._every_id()
                break
            for what, kinds in notice["ids"].items():
                for kind, ids in kinds.items():
                    wanted.setdefault(kind, set()).update(ids)
                    if what != "columns":
                        whole.setdefault(kind, set()).update(ids)
        if wanted:
            columns = {kind: ids - whole.get(kind, set()) for kind, ids in wanted.items()}
            theirs = self._bring_in(wanted, notices[-1].get("by", ""), columns)
            if theirs:
                self._note_incoming(theirs, whole, notices[-1])
            changes.merge(theirs)
        return changes

    def _note_incoming(self, changes: Changes, whole: dict[str, set[int]], notice: dict) -> None:
        """Keep who made the change brought in, and what, for the window to list. Its name is that of an object it
        changed, one written whole (the edited task rather than those its reschedule moved) when there is one."""
        named = []
        for kind in KINDS:
            for ident in sorted(changes.created.get(kind, set()) | changes.updated.get(kind, set())):
                obj = self.ws.table(kind).get(ident)
                name = getattr(obj, "title", None) or getattr(obj, "name", None)
                if name:
                    named.append((ident not in whole.get(kind, ()), kind != "task", name))
        count = sum(len(ids) for what in (changes.created, changes.updated, changes.deleted) for ids in what.values())
        name = min(named)[2] if named else ""
        self.incoming.insert(0, Incoming(self.clock(), notice.get("by", ""), notice.get("label", ""), name, count))
        del self.incoming[INCOMING_KEPT:]

    def reconnect(self) -> Changes:
        """Connect again after a lost connection and catch up: every row read again (raises WorkspaceError while
        the server is still unreachable)."""
        if not self.offline:
            return Changes()
        try:
            self.file.reconnect()
        except Exception as exc:
            raise ConnectionLostError(f"{self.offline} ({exc})") from None
        self.offline = ""
        return self._bring_in(self._every_id(), by="")

    def _every_id(self) -> dict[str, set[int]]:
        on_server = self.file.row_ids()
        return {kind: set(self.ws.table(kind)) | on_server.get(kind, set()) for kind in on_server}

    def _bring_in(self, wanted: dict[str, set[int]], by: str, columns: dict[str, set[int]] | None = None) -> Changes:
        changes = self.file.reload(self.ws, wanted, keep_out=self._kept_behind, columns=columns)
        hidden = (wanted.get("project", set()) & {s.id for s in self._scenarios}) - self.ws.projects.keys()
        gone = hidden - self.file.present("project", hidden) if hidden else set()
        if gone:  # a scenario not in front that someone discarded
            self._scenarios = [s for s in self._scenarios if s.id not in gone]
            self._behind -= gone
        self._brought_in += 1
        for what in ("created", "updated", "deleted"):
            for kind, ids in getattr(changes, what).items():
                for ident in ids:
                    self._changed_elsewhere[kind, ident] = (self._brought_in, by)
        self._schedule = None  # their change came with its own reschedule; ours is computed again from it
        self.schedule_moved = True
        return changes

    def _kept_behind(self, kind: str, obj) -> bool:
        """Whether a row another client wrote belongs to a plan not in front (another scenario, or the live project
        behind the scenario in front), noting it as such: it stays out of memory as the load left it out. Rows come
        in project, task, then dependency and records order, so a new scenario's parts follow it."""
        if kind == "project" and obj.scenario_of is not None:
            self._scenarios = [s for s in self._scenarios if s.id != obj.id] + [obj]
            if obj.id != self.front:
                self._behind.add(obj.id)
        tasks = self._behind_ids.get("task", set())
        hidden = (obj.id if kind == "project" else getattr(obj, "project_id", None)) in self._behind
        hidden = hidden or getattr(obj, "task_id", None) in tasks
        if kind == "dependency":
            hidden = obj.predecessor_id in tasks or obj.successor_id in tasks
        if hidden:
            self._behind_ids.setdefault(kind, set()).add(obj.id)
        return hidden

    def _check_not_changed_since(self, step: Step) -> None:
        """Undo stays personal: refuse to undo (or redo) a step when someone else has since changed what it changed."""
        for change in step.objects:
            seen, by = self._changed_elsewhere.get((change.kind, change.ident), (0, ""))
            if seen > step.seen:
                who = f" by {by}" if by else ""
                raise WorkspaceError(
                    f"“{step.text}” cannot be taken back: the {change.kind.replace('_', ' ')} {change.ident} was "
                    f"changed{who} after it, and undo never reverts someone else's change."
                )

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
            taken = backup_time(backup)
            out.append((f"{taken:%A %d %B %Y, %H:%M:%S}" if taken else backup.name, backup))
        return out

    def restore(self, backup: str | Path) -> Changes:
        """Make the workspace what `backup` holds, as one undoable step, after backing up what it holds now."""
        self._check_writable()
        source = Session.read(backup).ws  # checked (a workspace of this version) before anything changes
        self.backup()
        return self.run(ReplaceWorkspace(source))


def record_report(file: WorkspaceFile, kind: str, scope: tuple[str, int] | None, at: datetime) -> None:
    """Note in `file` that a `kind` report of `scope` was made at `at`, after the history's last change."""
    history_id = file.history.last_id() if file.history.available else 0
    file.reports.add(kind, scope, at, history_id)


def _own_copy(obj, own: int, scenario: int, made_there: bool):
    """`obj` (a person or calendar as the scenario `scenario` sees it) as its own row `own` stores it."""
    out = copy.copy(obj)
    out.id, out.scenario_of, out.origin_id = own, scenario, None if made_there else obj.id
    return out


def _stored_state(state, own: int, scenario: int, seen: int):
    """A recorded state (changed fields, or a whole object) of a scenario's copy, by its own row's id."""
    if isinstance(state, dict) or state is None:
        return state
    return _own_copy(state, own, scenario, made_there=own == seen)


def _seen_state(state, ident: int):
    """A recorded state of a scenario's copy (changed fields, or a whole object) as seen by the id `ident`."""
    if isinstance(state, dict) or state is None:
        return state
    out = copy.copy(state)
    out.id = ident
    return out


def _undo_all(ws: Workspace, steps: list[Command]) -> None:
    for step in reversed(steps):
        step.undo(ws)


def _apply_all(ws: Workspace, steps: list[Command]) -> None:
    for step in steps:
        step.apply(ws)
