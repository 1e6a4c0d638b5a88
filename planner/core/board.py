"""The board's rules: which swimlane a card is in, the order of cards in a column, what blocks a card, how long it
has sat in its column, and the commands that move cards and edit columns. Plain Python: no Qt, no storage.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from planner.core.command import Clock, Command, now
from planner.core.commands import edit_task, existing_task
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Priority, Status, StatusKind, Task, Workspace

LaneKey = object  # None (no lane, nobody, no label), a person or label id, a ("project"|"area", id) key, a Priority


class Swimlanes(StrEnum):
    NONE = "none"
    ASSIGNEE = "assignee"
    CONTAINER = "container"
    PRIORITY = "priority"
    LABEL = "label"

    @property
    def label(self) -> str:
        names = {
            Swimlanes.NONE: tr("Values", "No swimlanes"),
            Swimlanes.ASSIGNEE: tr("Values", "Assignee"),
            Swimlanes.CONTAINER: tr("Values", "Project or area"),
            Swimlanes.PRIORITY: tr("Values", "Priority"),
            Swimlanes.LABEL: tr("Values", "Label"),
        }
        return names[self]


def rank(task: Task) -> float:
    """A card's place in its column; a card never placed on the board sorts by its id, that is by creation."""
    return task.board_rank if task.board_rank is not None else float(task.id)


def card_key(task: Task) -> tuple[float, int]:
    return (rank(task), task.id)


class Lanes:
    """How one choice of swimlanes sorts cards into lanes: the lane of a card, lane titles and order, and the
    fields that put a card into another lane."""

    def __init__(self, ws: Workspace, by: Swimlanes) -> None:
        self.ws, self.by = ws, Swimlanes(by)
        self._order: dict = {}
        if self.by is Swimlanes.ASSIGNEE:
            self._order = {p.id: i for i, p in enumerate(ws.ordered("person"))}
        elif self.by is Swimlanes.LABEL:
            self._order = {label.id: i for i, label in enumerate(ws.ordered("label"))}
        elif self.by is Swimlanes.CONTAINER:
            containers = [("area", a.id) for a in ws.ordered("area")]
            containers += [("project", p.id) for p in ws.ordered("project")]
            self._order = {key: i for i, key in enumerate(containers)}

    def of(self, task: Task) -> LaneKey:
        """The lane a card shows in; with several assignees or labels, the first by name."""
        by = self.by
        if by is Swimlanes.NONE:
            return None
        if by is Swimlanes.PRIORITY:
            return task.priority
        if by is Swimlanes.CONTAINER:
            return task.container()
        ids = task.assignments if by is Swimlanes.ASSIGNEE else task.labels
        known = [i for i in ids if i in self._order]
        return min(known, key=self._order.__getitem__) if known else None

    def fixed(self) -> list[LaneKey]:
        """Lanes shown even when empty, so a card can be dropped into them."""
        if self.by is Swimlanes.PRIORITY:
            return list(Priority)
        if self.by is Swimlanes.NONE:
            return [None]
        return []

    def sort(self, keys: Iterable[LaneKey]) -> list[LaneKey]:
        if self.by is Swimlanes.PRIORITY:
            return sorted(keys, key=lambda k: -int(k))  # urgent work on top
        # Known lanes in display order; "nobody" or "no label" last.
        return sorted(keys, key=lambda k: (k is None, self._order.get(k, math.inf)))

    def title(self, key: LaneKey) -> str:
        by, ws = self.by, self.ws
        if by is Swimlanes.NONE:
            return ""
        if by is Swimlanes.PRIORITY:
            return Priority(key).label
        if by is Swimlanes.CONTAINER:
            return ws.container_name(key) if key is not None and key[1] in ws.table(key[0]) else "—"
        if key is None:
            return tr("Values", "Nobody") if by is Swimlanes.ASSIGNEE else tr("Values", "No label")
        table = ws.people if by is Swimlanes.ASSIGNEE else ws.labels
        return table[key].name if key in table else "—"

    def fields_to_move(self, task: Task, target: LaneKey) -> dict:
        """The task fields that move a card from its lane into `target` (not for project or area lanes, which move
        the task in the tree). The assignee or label that made its old lane is swapped for the new one."""
        source = self.of(task)
        if source == target or self.by in (Swimlanes.NONE, Swimlanes.CONTAINER):
            return {}
        if self.by is Swimlanes.PRIORITY:
            return {"priority": Priority(target)}
        if self.by is Swimlanes.ASSIGNEE:
            if target is None:
                return {"assignments": {}}
            assignments = dict(task.assignments)
            units = assignments.pop(source, 1.0) if source is not None else 1.0
            assignments[target] = assignments.get(target, units)
            return {"assignments": assignments}
        if target is None:
            return {"labels": set()}
        return {"labels": (task.labels - {source}) | {target}}


# -- what a card shows ---------------------------------------------------------------------------------------
def open_predecessors(ws: Workspace, task: Task, done: set[int] | None = None) -> list[Task]:
    """The predecessors of `task` not yet in a done column: while there is one, the card is blocked."""
    if not ws.links_in(task.id):
        return []
    done = ws.done_status_ids() if done is None else done
    return sorted((p for p in ws.predecessors(task.id) if p.status_id not in done), key=lambda p: p.title.casefold())


def entered_columns(ws: Workspace) -> dict[int, datetime]:
    """When each task entered the column it is in now: its latest status change, if that led into that column."""
    latest: dict[int, tuple[datetime, int | None]] = {}
    for change in ws.status_changes.values():
        seen = latest.get(change.task_id)
        if seen is None or change.at >= seen[0]:
            latest[change.task_id] = (change.at, change.to_status_id)
    out = {}
    for task_id, (at, status_id) in latest.items():
        task = ws.tasks.get(task_id)
        if task is not None and task.status_id == status_id:
            out[task_id] = at
    return out


# -- commands ------------------------------------------------------------------------------------------------
class MoveCards(Command):
    """Put cards into a column before the card `before` (or last), in the order given, and optionally into another
    swimlane, as one undo step. A card that changes column gets a status change with its time stamp, and its
    started and completed times follow the column's kind, as with `EditTask`; a card that only changes place
    gets a new rank and nothing else."""

    def __init__(
        self,
        task_ids: Iterable[int],
        status_id: int,
        before: int | None = None,
        lane: tuple[Swimlanes, LaneKey] | None = None,
        clock: Clock = now,
    ) -> None:
        super().__init__()
        self.task_ids = list(dict.fromkeys(task_ids))
        self.status_id, self.before, self.lane, self.clock = status_id, before, lane, clock
        self._stamp: datetime | None = None
        self.text = (
            tr("Commands", "Move card")
            if len(self.task_ids) == 1
            else tr("Commands", "Move {count} cards").format(count=len(self.task_ids))
        )

    def _do(self, ws: Workspace) -> None:
        if self.status_id not in ws.statuses:
            raise ValidationError(tr("Errors", "There is no column {status_id}").format(status_id=self.status_id))
        if not self.task_ids:
            raise ValidationError(tr("Errors", "There is no card to move"))
        tasks = [existing_task(ws, tid) for tid in self.task_ids]
        if self._stamp is None:
            self._stamp = self.clock()
        edits = ws.task_edits  # before this move: `_follow` keeps the cached column order only if it was fresh
        ranks = self._ranks(ws)
        lanes = Lanes(ws, self.lane[0]) if self.lane is not None else None
        for task, new_rank in zip(tasks, ranks, strict=True):
            self.touch(ws, "task", task.id)
            fields: dict = {"board_rank": new_rank}
            if task.status_id != self.status_id:
                fields["status_id"] = self.status_id
            if lanes is not None:
                fields.update(lanes.fields_to_move(task, self.lane[1]))
            edit_task(self, ws, task, fields, lambda: self._stamp)
            if lanes is not None and lanes.by is Swimlanes.CONTAINER and task.container() != self.lane[1]:
                kind, ident = self.lane[1]
                if ident not in ws.table(kind):
                    raise ValidationError(
                        tr("Errors", "There is no {kind} {ident} to move “{title}” to").format(
                            kind=kind, ident=ident, title=task.title
                        )
                    )
                self.place(ws, task, self.lane[1], len(ws.children(self.lane[1])))
        self._follow(ws, edits)

    def _ranks(self, ws: Workspace) -> list[float]:
        """Ranks that put the moving cards, in order, between the cards around the drop point."""
        moving = set(self.task_ids)
        keys = column_keys(ws, self.status_id)
        before = ws.tasks.get(self.before) if self.before is not None else None
        if before is None or before.status_id != self.status_id or before.id in moving:
            high, index = None, len(keys)
        else:
            high = card_key(before)
            index = bisect.bisect_left(keys, high)
        # The column's keys are sorted: the neighbour below is the nearest one not moving.
        while index > 0 and keys[index - 1][1] in moving:
            index -= 1
        low = keys[index - 1] if index > 0 else None
        ranks = _between(low, high, self.task_ids)
        if ranks is None:
            # No room left between two neighbours (equal ranks, or floats worn down): space the column out.
            column = sorted((t for t in ws.tasks.values() if t.status_id == self.status_id and t.id not in moving),
                            key=card_key)  # fmt: skip
            for number, task in enumerate(column):
                self.touch(ws, "task", task.id)
                task.board_rank = float(number * 1024)
            index = next((i for i, t in enumerate(column) if high is not None and t.id == before.id), len(column))
            low = card_key(column[index - 1]) if index > 0 else None
            high = card_key(column[index]) if index < len(column) else None
            ranks = _between(low, high, self.task_ids)
        return ranks

    def _follow(self, ws: Workspace, edits: int) -> None:
        """Keep the column order cached by `column_keys` right after this move, when the moving cards were all it
        changed (else it is built again when next asked)."""
        cached = ws.caches.get(_COLUMNS)
        touched = [key for key in self._before if key[0] == "task"]
        if cached is None or cached[0] != edits or len(touched) != len(self.task_ids):
            ws.caches.pop(_COLUMNS, None)
            return
        columns = cached[1]
        for task_id in self.task_ids:
            old = self.recorded("task", task_id, None)
            keys = columns.get(old.status_id)
            if keys is not None:
                del keys[bisect.bisect_left(keys, card_key(old))]
            task = ws.tasks[task_id]
            keys = columns.get(task.status_id)
            if keys is not None:
                bisect.insort(keys, card_key(task))
        ws.caches[_COLUMNS] = (ws.task_edits, columns)


_COLUMNS = "board columns"


def column_keys(ws: Workspace, status_id: int) -> list[tuple[float, int]]:
    """The card keys of every task in a column, sorted; kept in the workspace while no task changes but by
    `MoveCards` (finding a drop point's neighbours by a pass over 100,000 cards took ~30 ms)."""
    cached = ws.caches.get(_COLUMNS)
    if cached is None or cached[0] != ws.task_edits:
        cached = ws.caches[_COLUMNS] = (ws.task_edits, {})
    columns = cached[1]
    if status_id not in columns:
        columns[status_id] = sorted(card_key(t) for t in ws.tasks.values() if t.status_id == status_id)
    return columns[status_id]


def _between(low: tuple | None, high: tuple | None, ids: list[int]) -> list[float] | None:
    """Ranks for `ids`, in order, strictly between the card keys `low` and `high` (None: no card that side)."""
    count = len(ids)
    if low is None and high is None:
        return [float(n) for n in range(count)]
    if high is None:
        return [math.floor(low[0]) + 1.0 + n for n in range(count)]
    if low is None:
        return [high[0] - count + n for n in range(count)]
    step = (high[0] - low[0]) / (count + 1)
    ranks = [low[0] + step * (n + 1) for n in range(count)]
    keys = [low, *zip(ranks, ids, strict=True), high]
    return ranks if all(a < b for a, b in itertools.pairwise(keys)) else None


class AddStatus(Command):
    """A new board column at `index` among the columns (last by default)."""

    def __init__(self, name: str, kind: StatusKind = StatusKind.DOING, wip_limit: int = 0, index: int | None = None):
        super().__init__()
        self.text = tr("Commands", "New column")
        self.name, self.kind, self.wip_limit, self.index = name, StatusKind(kind), wip_limit, index

    def _do(self, ws: Workspace) -> None:
        name = self.name.strip()
        if not name:
            raise ValidationError(tr("Errors", "A column needs a name"))
        if self.wip_limit < 0:
            raise ValidationError(tr("Errors", "{name}: a WIP limit cannot be negative").format(name=name))
        self.id = self.stable_id(ws, "status")
        self.create(ws, "status", Status(self.id, name, self.kind, len(ws.statuses), self.wip_limit))
        _place_status(self, ws, self.id, len(ws.statuses) if self.index is None else self.index)


class MoveStatus(Command):
    """Move a board column to `index` among the columns, renumbering the others."""

    def __init__(self, status_id: int, index: int) -> None:
        super().__init__()
        self.text = tr("Commands", "Move column")
        self.status_id, self.index = status_id, index

    def _do(self, ws: Workspace) -> None:
        if self.status_id not in ws.statuses:
            raise ValidationError(tr("Errors", "There is no column {status_id}").format(status_id=self.status_id))
        _place_status(self, ws, self.status_id, self.index)


def _place_status(command: Command, ws: Workspace, status_id: int, index: int) -> None:
    order = [s.id for s in ws.ordered("status") if s.id != status_id]
    order.insert(max(0, min(index, len(order))), status_id)
    for position, sid in enumerate(order):
        if ws.statuses[sid].position != position:
            command.touch(ws, "status", sid)
            ws.statuses[sid].position = position
