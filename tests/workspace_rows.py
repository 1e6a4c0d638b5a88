"""Every row of every table of a workspace file, read with plain sqlite3: two files that hold the same workspace give
equal rows, ids and all."""

import sqlite3

# Stamped with the wall clock as they are made (a task's creation, a status change), so two imports differ there.
CLOCK_COLUMNS = {("task", "created"), ("status_change", "at")}
# The record of how the file came to hold what it holds (stamped with the clock, and holding stamped copies), not
# part of what it holds.
HISTORY_TABLES = {"history", "history_objects", "report_made"}


def rows(path) -> dict[str, list[tuple]]:
    """Every row of every table of a workspace file, without the columns stamped with the wall clock or the
    history of changes."""
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = {}
        for table in sorted(set(tables) - HISTORY_TABLES):
            columns = [c[1] for c in db.execute(f"PRAGMA table_info({table})") if (table, c[1]) not in CLOCK_COLUMNS]
            quoted = ", ".join(f'"{c}"' for c in columns)
            out[table] = db.execute(f"SELECT {quoted} FROM {table} ORDER BY 1, 2").fetchall()
        return out
    finally:
        db.close()
