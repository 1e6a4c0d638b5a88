"""The board's Qt models: `BoardModel` sorts the tasks the sidebar and filter bar select into cells (a swimlane
by a column) and keeps one `CardListModel` per cell in step with each `Changes`, with narrow row signals.

Edits flow out only as commands: a drop (`dropMimeData`) or a keyboard move becomes `MoveCards`, run by the
controller after the confirmations the view provides. The models keep ids and a cache of painted cards, no data.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, QStringListModel, Qt, QTimer, Signal

from planner.core.board import (
    LaneKey,
    Lanes,
    MoveCards,
    Swimlanes,
    card_key,
    entered_columns,
    open_predecessors,
)
from planner.core.changes import Changes
from planner.core.filters import due_date
from planner.core.i18n import plural, tr
from planner.core.labels import labels_of
from planner.core.model import Priority, StatusKind, Task, Workspace
from planner.core.recurrence import repeat_text
from planner.reports import formats
from planner.ui.controller import Controller
from planner.ui.guard import guarded
from planner.ui.models.columns import Role
from planner.ui.models.task_filter import TaskFilterProxy
from planner.ui.models.task_tree import MIME_TYPE

Cell = tuple[LaneKey, int]  # (swimlane, status id)
# A card this many days in one (not done) column has sat too long: its age is drawn in the caution colour, and
# its tooltip says from when.
STALE_DAYS = 14
# A change of up to this many cards in a cell is followed card by card; more, and the cell is sorted again.
FEW_CARDS = 16


class Card(NamedTuple):
    """Everything a painted card shows, computed once and kept until a change touches the task."""

    title: str
    done: bool
    people: tuple[tuple[str, int], ...]  # (initials, person id) of each assignee
    due: str
    overdue: bool
    priority: Priority
    labels: tuple[tuple[str, str], ...]  # (name, colour)
    checklist: tuple[int, int] | None  # (done, total)
    blocked_by: tuple[str, ...]  # titles of the unfinished predecessors
    critical: bool
    age_days: int | None  # whole days in this column; None in a done column
    column: str  # the column's name, for the age's tooltip

    @property
    def stale(self) -> bool:
        return self.age_days is not None and self.age_days >= STALE_DAYS

    def age_text(self) -> str:
        """The age in words, with the threshold it is highlighted from: "52 days in To do (…)"."""
        text = tr("Board", "{days} in {column} (highlighted from {stale} days in one column)")
        return text.format(days=plural("%n day(s)", None, self.age_days), column=self.column, stale=STALE_DAYS)


class BoardModel(QObject):
    """Adapts the workspace to the board: columns, swimlanes, one list model per cell, counts and cached cards."""

    layout_changed = Signal()  # the columns or the swimlanes changed: the view rebuilds its cells
    counts_changed = Signal()

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.controller = controller
        self.by = Swimlanes.NONE
        self.statuses: list = []
        self.lanes: list[LaneKey] = []
        self.lane_rules = Lanes(self.ws, self.by)
        self.cells: dict[Cell, CardListModel] = {}
        self._where: dict[int, Cell] = {}  # task id -> the cell it shows in
        self._ranks: dict[int, tuple[float, int]] = {}
        self._cards: dict[int, Card] = {}
        self._entered: dict[int, datetime] | None = None
        self._critical: set[int] = set()
        self._critical_read = False
        self._done: set[int] = set()
        self.stale = False  # set while the board is hidden: changes are not followed, a reload catches up
        self._held: Changes | None = None  # the changes made while the board is hidden, followed when shown (`hold`)
        # Asked before a move the user may not mean: (title, text) -> go ahead? The view shows a dialog.
        self.confirm: Callable[[str, str], bool] = lambda title, text: True
        self.controller.changes_applied.connect(self.apply_changes)
        if hasattr(self.controller, "schedule_changed"):
            self.controller.schedule_changed.connect(self.refresh_critical)

    @property
    def ws(self) -> Workspace:
        return self.controller.ws

    # -- building ------------------------------------------------------------------------------------------
    def set_swimlanes(self, by: Swimlanes) -> None:
        self.by = Swimlanes(by)
        if self.stale or not self.cells:
            self.reload(keep_cards=True)  # nothing on a card depends on its lane: a switch back made them all again
        else:
            self._regroup()

    def _regroup(self) -> None:
        """Deal the cards shown into the new swimlanes: the same cards in the same columns and order as a reload
        finds, since the board follows every change, without asking each task whether it shows, where and in
        what order (at 100,000 tasks that was ~4/5 of a switch)."""
        self.lane_rules = lanes = Lanes(self.ws, self.by)
        of, tasks, rank = lanes.of, self.ws.tasks, self._ranks.__getitem__
        groups: dict[Cell, list[int]] = defaultdict(list)
        for status in self.statuses:
            column = [tid for lane in self.lanes for tid in self.cells[(lane, status.id)].ids]
            if len(self.lanes) > 1:
                column.sort(key=rank)
            for tid in column:
                groups[(of(tasks[tid]), status.id)].append(tid)
        self._where = {tid: cell for cell, ids in groups.items() for tid in ids}
        self._build_cells(groups)

    def reload(self, keep_cards: bool = False) -> None:
        """Sort every shown task into its cell afresh (scope, filter, swimlanes or columns changed); the cards are
        made again unless `keep_cards`."""
        self.stale = False
        ws = self.ws
        self.statuses = ws.ordered("status")
        self._status_ids = {s.id for s in self.statuses}
        self._first_status = self.statuses[0].id if self.statuses else None
        self._done = ws.done_status_ids()
        self.lane_rules = Lanes(ws, self.by)
        if not keep_cards:
            self._cards.clear()
            self._entered = None
        groups: dict[Cell, list[int]] = defaultdict(list)
        where: dict[int, Cell] = {}
        for task in ws.tasks.values():
            cell = self._cell_of(task)
            if cell is not None:
                groups[cell].append(task.id)
                where[task.id] = cell
        self._where = where
        self._ranks = {tid: card_key(ws.tasks[tid]) for tid in where}
        for ids in groups.values():
            ids.sort(key=self._ranks.__getitem__)
        self._build_cells(groups)

    def _build_cells(self, groups: dict[Cell, list[int]]) -> None:
        """The lanes and one card list per cell from the cards of each cell in board order, then the view is told."""
        self.lanes = self.lane_rules.sort(set(self.lane_rules.fixed()) | {lane for lane, _ in groups})
        self.cells = {
            (lane, status.id): CardListModel(self, lane, status.id, groups.get((lane, status.id), ()))
            for lane in self.lanes
            for status in self.statuses
        }
        self.layout_changed.emit()
        self.counts_changed.emit()
        if not self._critical_read:
            # The critical path needs a schedule (tens of ms on a big workspace): read it after the first paint.
            self._critical_read = True
            QTimer.singleShot(0, self.refresh_critical)

    def _cell_of(self, task: Task) -> Cell | None:
        """Where a task shows: leaves only (a summary's progress is its subtasks'), in scope and through the filter.
        A routine is the series, not work: its occurrences are the cards."""
        if self._first_status is None or self.ws.is_summary(task.id) or not self.proxy.accepts_task(task):
            return None
        if task.recurrence and task.routine_id is None:
            return None
        status = task.status_id if task.status_id in self._status_ids else self._first_status
        return (self.lane_rules.of(task), status)

    # -- reading -------------------------------------------------------------------------------------------
    def cell_of(self, task_id: int) -> Cell | None:
        return self._where.get(task_id)

    def column_count(self, status_id: int) -> int:
        return sum(len(self.cells[(lane, status_id)].ids) for lane in self.lanes if (lane, status_id) in self.cells)

    def lane_count(self, lane: LaneKey) -> int:
        return sum(len(self.cells[(lane, s.id)].ids) for s in self.statuses if (lane, s.id) in self.cells)

    def card(self, task_id: int) -> Card | None:
        card = self._cards.get(task_id)
        if card is None:
            card = self._make_card(task_id)
            if card is not None:
                self._cards[task_id] = card
        return card

    def _make_card(self, task_id: int) -> Card | None:
        ws = self.ws
        task = ws.tasks.get(task_id)
        if task is None:
            return None
        status = ws.statuses.get(task.status_id)
        done = status is not None and status.kind is StatusKind.DONE
        due = due_date(task)
        today = self.controller.today()
        age = None
        if not done:
            if self._entered is None:
                self._entered = entered_columns(ws)
            entered = self._entered.get(task_id) or task.created
            age = max(0, (today - entered.date()).days) if entered else None
        people = [ws.people[pid] for pid in task.assignments if pid in ws.people]
        labels = labels_of(ws, task)
        checked = sum(1 for item in task.checklist if item.done)
        return Card(
            title=task.title,
            done=done,
            people=tuple((p.short(), p.id) for p in sorted(people, key=lambda p: p.name.casefold())),
            due=formats.day_month(due) if due else "",
            overdue=bool(due and not done and due.date() < today),
            priority=task.priority,
            labels=tuple((label.name, label.color) for label in labels),
            checklist=(checked, len(task.checklist)) if task.checklist else None,
            blocked_by=tuple(p.title for p in open_predecessors(ws, task, self._done)) if not done else (),
            critical=task_id in self._critical,
            age_days=age,
            column=status.name if status is not None else "",
        )

    def refresh_critical(self) -> None:
        """Read the critical path from the controller's schedule (computed on first use) and repaint the marks."""
        schedule = getattr(self.controller, "schedule", None)
        critical = set(schedule.critical_ids()) if schedule is not None else set()
        # Ongoing work has no critical path: only a project's tasks can hold up its finish.
        critical = {tid for tid in critical if tid in self.ws.tasks and self.ws.tasks[tid].project_id is not None}
        if critical != self._critical:
            for tid in critical ^ self._critical:
                self._cards.pop(tid, None)
            self._critical = critical
            self._repaint_all()

    # -- keeping up with the workspace ---------------------------------------------------------------------
    def hold(self, held: bool) -> None:
        """While the board is hidden (held True), gather the changes that only update tasks instead of following
        each, and follow them all at once when it is shown again (held False): following an edit that moves ~840
        tasks re-sorts their cards, ~36 ms of each edit made in another view once the board was shown. A change
        that makes or deletes anything, or moves tasks between lists, is followed at once, after those gathered:
        what becomes of the selection when a card goes is then what it was. A gathered task's card is placed again
        as the task is now, as following each update placed it."""
        if held:
            if self._held is None:
                self._held = Changes()
            return
        changes, self._held = self._held, None
        if changes:
            self.apply_changes(changes)

    @property
    def held(self) -> bool:
        return self._held is not None

    def apply_changes(self, changes: Changes) -> None:
        if self.stale:
            return
        if self._held is not None:
            if not (changes.parents or changes.containers or any(changes.created.values())
                    or any(changes.deleted.values())):  # fmt: skip
                self._held.merge(changes)
                return
            held, self._held = self._held, Changes()
            if held:
                self._follow(held)
        self._follow(changes)

    def _follow(self, changes: Changes) -> None:
        lookups = {Swimlanes.ASSIGNEE: "person", Swimlanes.LABEL: "label"}.get(self.by)
        if (
            changes.touches("status")
            or (lookups and changes.touches(lookups))
            or (self.by is Swimlanes.CONTAINER and changes.containers)
        ):
            self.reload()
            return
        ws = self.ws
        if changes.touches("person", "label", "dependency"):
            self._cards.clear()  # names, colours or what blocks a card changed: repaint them all
            self._repaint_all()
        if changes.touches("status_change"):
            self._entered = None
        ids = changes.ids("task") | {ident for kind, ident in changes.parents if kind == "task"}
        stale = set(ids)
        for tid in ids:
            task = ws.tasks.get(tid)
            if task is not None:  # its successors' blocked marks follow its status
                stale.update(ws.dependencies[d].successor_id for d in ws.links_out(tid))
        for tid in stale:
            self._cards.pop(tid, None)
        leaving: dict[Cell, list[int]] = defaultdict(list)
        arriving: dict[Cell, list[int]] = defaultdict(list)
        moved: dict[Cell, list[int]] = defaultdict(list)  # same cell, new place
        repaint: list[int] = []
        for tid in ids:
            task = ws.tasks.get(tid)
            old = self._where.get(tid)
            new = self._cell_of(task) if task is not None else None
            if new is not None and new not in self.cells:
                self.reload()  # a lane that is not there yet, such as a new assignee's
                return
            if old != new:
                if old is not None:
                    leaving[old].append(tid)
                    del self._where[tid]
                    self._ranks.pop(tid, None)
                if new is not None:
                    arriving[new].append(tid)
                    self._where[tid] = new
                    self._ranks[tid] = card_key(task)
            elif new is not None:
                key = card_key(task)
                if self._ranks.get(tid) != key:
                    self._ranks[tid] = key
                    moved[new].append(tid)
                else:
                    repaint.append(tid)
        changed = set(leaving) | set(arriving) | set(moved)
        for cell in changed:
            self.cells[cell].follow(leaving.get(cell, []), moved.get(cell, []), arriving.get(cell, []), self._ranks)
        for tid in set(repaint) | (stale - ids):
            cell = self._where.get(tid)
            if cell is not None:
                self.cells[cell].refresh(tid)
        if changed:
            self.counts_changed.emit()

    def _repaint_all(self) -> None:
        for model in self.cells.values():
            model.refresh_all()

    # -- moving cards --------------------------------------------------------------------------------------
    def move_cards(self, task_ids: Iterable[int], status_id: int, before: int | None, lane: LaneKey) -> bool:
        """Move cards into a cell before the card `before` (or last), after asking when the move passes the
        column's WIP limit or finishes blocked work. True when the move was made."""
        ws = self.ws
        ids = [tid for tid in dict.fromkeys(task_ids) if tid in ws.tasks]
        status = ws.statuses.get(status_id)
        if not ids or status is None:
            return False
        if before in ids:
            return False  # dropped onto itself: nothing moves
        arriving = [tid for tid in ids if self._where.get(tid, (None, None))[1] != status_id]
        if arriving and status.wip_limit:
            count = self.column_count(status_id) + len(arriving)
            if count > status.wip_limit and not self.confirm(
                tr("Board", "Over the WIP limit"),
                tr(
                    "Board", "“{column}” is limited to {limit} cards; this move makes it {count}.\n\nMove anyway?"
                ).format(column=status.name, limit=status.wip_limit, count=count),
            ):
                return False
        if status.kind is StatusKind.DONE:
            blocked = []
            for tid in ids:
                task = ws.tasks[tid]
                waiting = open_predecessors(ws, task, self._done) if task.status_id != status_id else []
                if waiting:
                    names = ", ".join(f"“{p.title}”" for p in waiting)
                    blocked.append(
                        tr("Board", "“{title}” still waits for {names}.").format(title=task.title, names=names)
                    )
            if blocked and not self.confirm(
                tr("Board", "Blocked work"), "\n".join(blocked) + "\n\n" + tr("Board", "Mark it done anyway?")
            ):
                return False
        lane_move = (self.by, lane) if self.by is not Swimlanes.NONE else None
        return self.controller.run(MoveCards(ids, status_id, before, lane_move))


class CardListModel(QStringListModel):
    """The cards of one cell, in board order: a list of task ids, adapted for a list view and its drags.

    Why a string list model whose strings are never read: Qt's list view asks the model for an index twice a row
    each time it lays the cell out (once to check the row is not hidden, once to size it), and each index is checked
    against `rowCount`. A Python `rowCount` made that 20,000 Python calls for a drop next to a column of 10,000
    cards; the string list's own (C++) row count answers them. Its rows are kept as many as `ids` by changing
    both inside the same begin/end of the change (`_change`)."""

    def __init__(self, board: BoardModel, lane: LaneKey, status_id: int, ids: Iterable[int] = ()) -> None:
        super().__init__(board)
        self.board, self.lane, self.status_id = board, lane, status_id
        self.ids: list[int] = list(ids)
        self.setStringList([""] * len(self.ids))
        self._pending: Callable[[], None] | None = None
        # Connected before any view: `ids` follows the rows before anyone else hears of the change.
        for signal in (self.rowsInserted, self.rowsRemoved, self.rowsMoved):
            signal.connect(self._apply_pending)

    def _change(self, rows: Callable[[], bool], edit: Callable[[], None]) -> None:
        """Change the string list's rows (`rows`: its own insert, remove or move, which signals the views) and
        `ids` with them (`edit`, run between the change's "about to" and "done" signals)."""
        self._pending = edit
        rows()
        if self._pending is not None:  # the change did not happen: never leave ids out of step
            raise RuntimeError(f"card rows not changed in cell {self.lane, self.status_id}")

    def _apply_pending(self, *_) -> None:
        edit, self._pending = self._pending, None
        if edit is not None:
            edit()

    @guarded(default=False)
    def insertRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:
        return False  # cards arrive through commands, never by a view inserting rows

    @guarded(default=False)
    def removeRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:
        return False  # nor leave by a view removing them (a drag that moved cards would remove them twice)

    @guarded(default=False)
    def moveRows(self, source_parent, source_row: int, count: int, target_parent, target_row: int) -> bool:
        # Nor move by a view: QListView moves rows itself for a drop within the same cell when the model can,
        # which would reorder the rows but not the cards; refused, the drop goes to dropMimeData, a command.
        return False

    def card_at(self, row: int) -> Card | None:
        """The card on `row`, without the role dispatch of data() (the delegate sizes every card of a cell)."""
        return self.board.card(self.ids[row]) if 0 <= row < len(self.ids) else None

    def cards(self) -> list[Card]:
        """The cell's cards in order (what its height is summed from), without a Qt call per card."""
        card = self.board.card
        return [c for c in map(card, self.ids) if c is not None]

    @guarded
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        tid = self.ids[index.row()]
        if role == Role.CARD:
            return self.board.card(tid)
        if role == Role.TASK_ID:
            return tid
        if role == Role.NODE:
            return ("task", tid)
        if role == Qt.ItemDataRole.DisplayRole:
            card = self.board.card(tid)
            return card.title if card else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            card = self.board.card(tid)
            return self._spoken_name(tid, card) if card else None
        if role == Qt.ItemDataRole.ToolTipRole:
            card, task = self.board.card(tid), self.board.ws.tasks.get(tid)
            repeats = [repeat_text(self.board.ws, task)] if task is not None and task.routine_id is not None else []
            return "\n".join([card.title, *repeats, *self._marks(card)]) if card else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # what a screen reader says for the painted marks
            card = self.board.card(tid)
            return ". ".join(self._state(card) + self._marks(card)) if card else None
        return None

    def _spoken_name(self, task_id: int, card: Card) -> str:
        """What a screen reader says first on a card, as a sighted user reads it: title, column, due date and
        people by name (the card paints only their initials)."""
        ws = self.board.ws
        task = ws.tasks.get(task_id)
        status = ws.statuses.get(self.status_id)
        parts = [card.title, status.name if status is not None else card.column]
        if card.due:
            parts.append(tr("Board", "due {day}").format(day=card.due))
        names = [ws.people[pid].name for pid in (task.assignments if task else ()) if pid in ws.people]
        if names:
            parts.append(", ".join(names))
        return ", ".join(parts)

    @staticmethod
    def _state(card: Card) -> list[str]:
        """What the card shows in text and colour that its title does not say: done, and its due date."""
        due = [tr("Board", "Due {day}").format(day=card.due) + (tr("Board", ", overdue") if card.overdue else "")]
        return ([tr("Board", "Done")] if card.done else []) + (due if card.due else [])

    def _marks(self, card: Card) -> list[str]:
        """The card's marks in words: what holds it up, the critical path, and its age in the column."""
        lines = []
        if card.blocked_by:
            lines.append(tr("Board", "Waiting for {tasks}").format(tasks=", ".join(card.blocked_by)))
        if card.critical:
            lines.append(tr("Board", "On the critical path"))
        if card.age_days:
            lines.append(card.age_text())
        return lines

    @guarded(default=Qt.ItemFlag.NoItemFlags)
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between cards, never onto one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # -- drag and drop -------------------------------------------------------------------------------------
    @guarded(default=Qt.DropAction.IgnoreAction)
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @guarded(default=Qt.DropAction.IgnoreAction)
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @guarded(default=[])
    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    @guarded
    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(",".join(str(self.ids[r]) for r in rows).encode()))
        return mime

    @guarded(default=False)
    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME_TYPE)

    @guarded(default=False)
    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:
        """Cards dropped before `row` (onto a card: before it; on empty space: last) become one `MoveCards`."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [int(x) for x in bytes(data.data(MIME_TYPE).data()).decode().split(",") if x]
        if row < 0 and parent.isValid():
            row = parent.row()
        row = len(self.ids) if row < 0 else row
        # The first card at or after the drop point that is not itself moving.
        before = next((tid for tid in self.ids[row:] if tid not in ids), None)
        return self.board.move_cards(ids, self.status_id, before, self.lane)

    # -- keeping up ----------------------------------------------------------------------------------------
    def follow(self, leaving: list[int], moved: list[int], arriving: list[int], ranks: dict[int, tuple]) -> None:
        """Catch up with a change: `leaving` cards go, `moved` ones (at most one, see below) take their new place
        and `arriving` ones come in, all placed by `ranks`, in which the other cards are in order already.

        A few cards are found and placed row by row (`list.index` and a bisection, in C), not by sorting and
        comparing the whole cell in Python: a drop beside a column of 100,000 cards spent ~40 ms there. Many cards,
        or more than one moving within the cell (each would be placed among others not yet in place), go the plain
        way: the cell sorted again and synced."""
        if len(moved) > 1 or len(leaving) + len(arriving) > FEW_CARDS:
            gone = set(leaving)
            self.sync(sorted([tid for tid in self.ids if tid not in gone] + arriving, key=ranks.__getitem__))
            return
        current, base, key = self.ids, QStringListModel, ranks.__getitem__
        for row in sorted((current.index(tid) for tid in leaving), reverse=True):
            self._change(
                lambda row=row: base.removeRows(self, row, 1, QModelIndex()),
                lambda row=row: current.__delitem__(row),
            )
        for tid in moved:  # a move keeps its row's selection, as sync's does
            source = current.index(tid)
            del current[source]
            target = bisect_left(current, key(tid), key=key)
            current.insert(source, tid)
            if target != source:
                self._change(
                    lambda source=source, target=target: base.moveRows(
                        self, QModelIndex(), source, 1, QModelIndex(), target + (target > source)
                    ),
                    lambda source=source, target=target: current.insert(target, current.pop(source)),
                )
        for tid in sorted(arriving, key=key):
            row = bisect_left(current, key(tid), key=key)
            self._change(
                lambda row=row: base.insertRows(self, row, 1, QModelIndex()),
                lambda row=row, tid=tid: current.insert(row, tid),
            )

    def sync(self, fresh: list[int]) -> None:
        """Become `fresh` with row removals, moves and insertions (not a reset, so selections survive)."""
        if fresh == self.ids:
            return
        wanted = set(fresh)
        current = self.ids
        base = QStringListModel
        row = len(current) - 1
        while row >= 0:  # removals in runs, from the bottom so row numbers stay valid
            if current[row] in wanted:
                row -= 1
                continue
            last = row
            while row >= 0 and current[row] not in wanted:
                row -= 1
            first = row + 1
            self._change(
                lambda first=first, last=last: base.removeRows(self, first, last - first + 1, QModelIndex()),
                lambda first=first, last=last: current.__delitem__(slice(first, last + 1)),
            )
        kept = set(current)
        order = [tid for tid in fresh if tid in kept]
        if order != current:
            for target, tid in enumerate(order):
                source = current.index(tid, target)
                if source != target:
                    self._change(
                        lambda source=source, target=target: base.moveRows(
                            self, QModelIndex(), source, 1, QModelIndex(), target
                        ),
                        lambda source=source, target=target: current.insert(target, current.pop(source)),
                    )
        row = 0
        while row < len(fresh):  # insertions in runs
            if row < len(current) and current[row] == fresh[row]:
                row += 1
                continue
            last = row
            while last + 1 < len(fresh) and fresh[last + 1] not in kept:
                last += 1
            self._change(
                lambda row=row, last=last: base.insertRows(self, row, last - row + 1, QModelIndex()),
                lambda row=row, last=last: current.__setitem__(slice(row, row), fresh[row : last + 1]),
            )
            row = last + 1

    def refresh(self, task_id: int) -> None:
        try:
            row = self.ids.index(task_id)
        except ValueError:
            return
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def refresh_all(self) -> None:
        if self.ids:
            self.dataChanged.emit(self.index(0), self.index(len(self.ids) - 1))
