"""`ReplaceWorkspace`: make a workspace hold exactly what another one holds, as one undoable command.

Restoring a backup is this command: the difference between the open workspace and the backup becomes an
ordinary `Changes`, so the store writes it in one transaction and undo brings the replaced state back.
"""

from __future__ import annotations

import copy

from planner.core.calendars import STANDARD
from planner.core.changes import Changes
from planner.core.command import Command
from planner.core.i18n import tr
from planner.core.model import KINDS, Workspace


class ReplaceWorkspace(Command):
    """Replace every object of the workspace with those of `source` (which is left as it is)."""

    checks_dates = False  # a backup comes back as it was; `planner.core.bounds.date_problems` finds its bad dates
    triggers_rules = False

    def __init__(self, source: Workspace) -> None:
        super().__init__()
        self.text = tr("Commands", "Restore from backup")
        self.source = source
        self._defaults = (0, 0)  # the workspace calendar's id before and after (0: the built-in standard week)

    def _do(self, ws: Workspace) -> None:
        source = self.source
        before = ws.calendar.id if ws.calendar.id in ws.calendars else 0
        for kind in reversed(KINDS):  # links and records before the tasks and containers they name
            for ident in [i for i in ws.table(kind) if i not in source.table(kind)]:
                self.delete(ws, kind, ident)
        parents = set()
        for kind in KINDS:
            table = ws.table(kind)
            for ident, obj in source.table(kind).items():
                if table.get(ident) != obj:
                    self.touch(ws, kind, ident)
                    ws.put(kind, copy.deepcopy(obj))
                if kind == "task":
                    parents.add(obj.parent_key())
        for key in parents:  # tasks were put one by one; their siblings' order is the source's positions
            ws.children(key).sort(key=lambda tid: ws.tasks[tid].position)
        self._parents |= parents
        ws.relink_calendars()
        after = source.calendar.id if source.calendar.id in source.calendars else 0
        ws.calendar = ws.calendars.get(after, STANDARD)
        self._defaults = (before, after)

    def _changes(self, ws: Workspace) -> Changes:
        changes = super()._changes(ws)
        # Which calendar is the workspace's is stored on the calendar rows, so both rows are written.
        moved = {ident for ident in self._defaults if ident and ident in ws.calendars}
        if self._defaults[0] != self._defaults[1] and moved:
            changes.updated.setdefault("calendar", set()).update(moved - changes.created.get("calendar", set()))
        return changes

    def undo(self, ws: Workspace) -> Changes:
        changes = super().undo(ws)
        ws.relink_calendars()
        ws.calendar = ws.calendars.get(self._defaults[0], STANDARD)
        return changes

    def moves_schedule(self, ws: Workspace) -> bool:
        return False  # the dates are the source's, as they were stored: nothing is rescheduled
