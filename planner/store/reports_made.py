"""When each kind of report was last made of each project or area (the `report_made` table), so that the next one
can list what moved since. A record of the file's use, like the history: never part of the plan or its undo."""

from __future__ import annotations

from datetime import datetime

from planner.store.engines import engine_of

Scope = tuple[str, int] | None


class ReportsMade:
    def __init__(self, db) -> None:
        self.db = db
        self.sql = engine_of(db).sql  # the query for this engine's placeholders

    def last(self, kind: str, scope: Scope) -> tuple[datetime, int] | None:
        """When the last `kind` report of `scope` (("project", 3), ("area", 2), or None: the whole team) was
        made, and the id of the history's last change then (0: none); None if never."""
        query = "SELECT at, history_id FROM report_made WHERE kind = ? AND scope = ? ORDER BY id DESC LIMIT 1"
        row = self.db.execute_sql(self.sql(query), [kind, _text(scope)]).fetchone()
        return (datetime.fromisoformat(row[0]), row[1] or 0) if row else None

    def add(self, kind: str, scope: Scope, at: datetime, history_id: int) -> None:
        with self.db.atomic():
            row = [kind, _text(scope), at.isoformat(sep=" "), history_id]
            query = "INSERT INTO report_made (kind, scope, at, history_id) VALUES (?, ?, ?, ?)"
            self.db.execute_sql(self.sql(query), row)


def _text(scope: Scope) -> str:
    return f"{scope[0]}:{scope[1]}" if scope is not None else ""
