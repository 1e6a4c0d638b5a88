"""Tasks as plain JSON-ready dictionaries, for scripts and `planner tasks PATH --json`."""

from __future__ import annotations

from datetime import datetime

from planner.core.model import Workspace, tree_order
from planner.core.recurrence import repeat_text


def tasks_as_json(ws: Workspace) -> list[dict]:
    """Every task in outline order with its place in the tree, dates and status."""

    def stamp(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    out = []
    for tid in tree_order(ws):
        task = ws.tasks[tid]
        kind, ident = task.container()
        status = ws.statuses.get(task.status_id)
        out.append(
            {
                "id": task.id,
                "external_id": task.external_id or None,
                "name": task.title,
                "parent": task.parent_id,
                kind: ws.table(kind)[ident].name,
                "start": stamp(task.start),
                "finish": stamp(task.finish),
                "duration_minutes": task.duration,
                "milestone": task.milestone,
                "percent_complete": task.percent_complete,
                "status": status.name if status else None,
                "repeats": repeat_text(ws, task) or None,  # in words; the RFC 5545 rule is in the iCalendar export
            }
        )
    return out
