"""The Session on a shared workspace (a PostgreSQL server): other clients' changes brought in, the connection
lost and found again, and undo kept personal. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from planner.core.changes import Changes
from planner.core.model import KINDS
from planner.session.history import Step
from planner.store.server_workspace import ConnectionLostError
from planner.store.workspace_file import WorkspaceError


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


class Sharing:
    """The several-writers part of `Session`: what other clients changed, brought in and noted (the state
    `Session.__init__` sets up); nothing for a local file."""

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
