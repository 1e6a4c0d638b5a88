"""A board snapshot for print: the workflow columns of an area, a project or the whole workspace side by side, with
their WIP limits and the cards in them (title, people, due date, priority), painted with QPainter as vectors.
Cards that do not fit on the page are counted under their column. Reads the workspace, never changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from planner.core.board import card_key
from planner.core.i18n import plural, tr
from planner.core.model import Priority, StatusKind, Task, Workspace
from planner.reports.blocks import Chart, Figure, KeyFigures, Note, Title
from planner.reports.common import day, is_done, short_day
from planner.reports.document import Canvas, Palette, Report

DONE_DAYS = 14  # done cards finished this recently are shown; older ones only counted
PRIORITY_COLOR = {Priority.URGENT: "#b91c1c", Priority.HIGH: "#d97706", Priority.NORMAL: "#2563eb",
                  Priority.LOW: "#9ca3af"}  # fmt: skip


@dataclass
class BoardCard:
    title: str
    people: str
    due: datetime | None
    priority: Priority
    overdue: bool = False
    labels: list[tuple[str, str]] = field(default_factory=list)  # (name, colour)


@dataclass
class BoardColumn:
    name: str
    kind: StatusKind
    wip_limit: int
    cards: list[BoardCard] = field(default_factory=list)
    older_done: int = 0  # done before the window, not drawn

    @property
    def count(self) -> int:
        return len(self.cards) + self.older_done


def board_columns(ws: Workspace, scope: tuple[str, int] | None, today: date) -> list[BoardColumn]:
    since = datetime.combine(today - timedelta(days=DONE_DAYS), time())
    columns = {s.id: BoardColumn(s.name, s.kind, s.wip_limit) for s in ws.ordered("status")}
    tasks: list[Task] = [
        t for t in ws.tasks.values()
        if (scope is None or t.container() == scope) and not ws.is_summary(t.id)
        and not (t.recurrence and t.routine_id is None) and t.status_id in columns
    ]  # fmt: skip
    for task in sorted(tasks, key=card_key):
        column = columns[task.status_id]
        if column.kind is StatusKind.DONE and (task.completed is None or task.completed < since):
            column.older_done += 1
            continue
        due = task.deadline or task.finish
        initials = ", ".join(sorted(ws.people[p].short() for p in task.assignments if p in ws.people))
        labels = [(ws.labels[i].name, ws.labels[i].color) for i in sorted(task.labels) if i in ws.labels]
        overdue = due is not None and due.date() < today and not is_done(ws, task)
        column.cards.append(BoardCard(task.title, initials, due, task.priority, overdue, labels))
    return list(columns.values())


def board_report(ws: Workspace, scope: tuple[str, int] | None, today: date) -> Report:
    name = ws.container_name(scope) if scope is not None else tr("Reports", "Whole workspace")
    report = Report(tr("Reports", "Board snapshot"), name, today)
    columns = board_columns(ws, scope, today)
    cards = sum(c.count for c in columns)
    report.add(
        Title(
            name,
            tr("Reports", "Board snapshot"),
            tr("Reports", "As of {day} · {cards}; done cards from the last {days} days").format(
                day=day(today), cards=plural("%n card(s)", None, cards), days=DONE_DAYS
            ),
        )
    )
    if not columns:
        report.add(Note(tr("Reports", "This workspace has no board columns yet.")))
        return report
    over = [c for c in columns if c.wip_limit and len(c.cards) > c.wip_limit and c.kind is not StatusKind.DONE]
    overdue = sum(card.overdue for c in columns for card in c.cards)
    report.add(
        KeyFigures(
            [
                Figure(tr("Reports", "Cards"), str(cards), plural("in %n column(s)", None, len(columns))),
                Figure(
                    tr("Reports", "In progress"),
                    str(sum(len(c.cards) for c in columns if c.kind is StatusKind.DOING)),
                    tr("Reports", "doing columns"),
                ),
                Figure(
                    tr("Reports", "Over WIP limit"),
                    str(len(over)),
                    ", ".join(c.name for c in over) or tr("Reports", "every column within its limit"),
                    "bad" if over else "good",
                ),
                Figure(
                    tr("Reports", "Overdue cards"),
                    str(overdue),
                    tr("Reports", "due date passed"),
                    "bad" if overdue else "good",
                ),
            ],
            per_row=4,
        )
    )
    report.add(
        Chart(
            tr("Reports", "Board"),
            paint=lambda p, r, c: paint_board(columns, p, r, c, today),
            aspect=0.95,
            fill=True,
            caption=tr(
                "Reports",
                "Cards in board order; the bar on a card's left is its priority (red urgent, amber "
                "high, blue normal, grey low); red dates are overdue.",
            ),
        )
    )
    return report


def paint_board(columns: list[BoardColumn], painter: QPainter, rect: QRectF, canvas: Canvas, today: date) -> None:
    gap = canvas.pt(6)
    n = max(len(columns), 1)
    col_w = (rect.width() - gap * (n - 1)) / n
    head_font, count_font = canvas.font(8.5, bold=True), canvas.font(7)
    title_font, meta_font = canvas.font(7.5), canvas.font(6.5)
    pad = canvas.pt(4)
    for i, column in enumerate(columns):
        x = rect.left() + i * (col_w + gap)
        painter.setPen(QPen(Palette.rule, canvas.pt(0.5)))
        painter.setBrush(QBrush(Palette.box_fill))
        painter.drawRoundedRect(QRectF(x, rect.top(), col_w, rect.height()), canvas.pt(3), canvas.pt(3))
        y = rect.top() + pad
        y = canvas.draw_lines(painter, canvas.wrap(column.name, head_font, col_w - 2 * pad), head_font, x + pad, y,
                              col_w - 2 * pad, Palette.ink)  # fmt: skip
        limit = tr("Reports", " · WIP limit {limit}").format(limit=column.wip_limit) if column.wip_limit else ""
        over = column.wip_limit and len(column.cards) > column.wip_limit and column.kind is not StatusKind.DONE
        count = plural("%n card(s)", None, column.count) + limit + (tr("Reports", ", over it") if over else "")
        y = canvas.draw_lines(painter, canvas.wrap(count, count_font, col_w - 2 * pad), count_font, x + pad, y,
                              col_w - 2 * pad, Palette.bad if over else Palette.muted) + pad  # fmt: skip
        inner = col_w - 2 * pad - canvas.pt(6)
        more_h = canvas.line_height(meta_font) + pad
        shown = 0
        for card in column.cards:
            lines = canvas.wrap(card.title, title_font, inner)[:3]
            meta = " · ".join(
                x
                for x in (card.people, tr("Reports", "due {day}").format(day=short_day(card.due)) if card.due else "")
                if x
            )
            meta_lines = canvas.wrap(meta, meta_font, inner) if meta else []
            h = len(lines) * canvas.line_height(title_font) + len(meta_lines) * canvas.line_height(meta_font)
            h += 2 * pad
            if y + h + more_h > rect.bottom() - pad and shown < len(column.cards):
                break
            painter.setPen(QPen(Palette.rule, canvas.pt(0.5)))
            painter.setBrush(QBrush(QColor("#ffffff")))
            card_rect = QRectF(x + pad, y, col_w - 2 * pad, h)
            painter.drawRoundedRect(card_rect, canvas.pt(2), canvas.pt(2))
            painter.fillRect(QRectF(card_rect.left(), y + canvas.pt(1.5), canvas.pt(2), h - canvas.pt(3)),
                             QColor(PRIORITY_COLOR[card.priority]))  # fmt: skip
            ty = canvas.draw_lines(painter, lines, title_font, card_rect.left() + canvas.pt(6), y + pad, inner,
                                   Palette.ink)  # fmt: skip
            if meta_lines:
                canvas.draw_lines(painter, meta_lines, meta_font, card_rect.left() + canvas.pt(6), ty, inner,
                                  Palette.bad if card.overdue else Palette.muted)  # fmt: skip
            y += h + pad
            shown += 1
        hidden = column.count - shown
        if hidden:
            text = (
                tr("Reports", "+ {count} more").format(count=hidden)
                if shown or not column.older_done
                else tr("Reports", "{count} done earlier").format(count=hidden)
            )
            if column.older_done and shown == len(column.cards):
                text = tr("Reports", "+ {count} done earlier").format(count=column.older_done)
            canvas.draw_lines(painter, [text], meta_font, x + pad, y, col_w - 2 * pad, Palette.muted)
    painter.setBrush(QBrush())
