"""Every row of every table of a workspace file, read with plain sqlite3: two files that hold the same workspace give
equal rows, ids and all."""

import sqlite3

# Stamped with the wall clock as they are made (a task's creation, a status change), so two imports differ there.
CLOCK_COLUMNS = {("task", "created"), ("status_change", "at")}
# The record of how the file came to hold what it holds (stamped with the clock, and holding stamped copies), not
# part of what it holds.
HISTORY_TABLES = {"history", "history_objects", "report_made"}
# A server workspace's bookkeeping for several writers (each row's version, who changed it last and when).
SERVER_COLUMNS = {"version", "changed_by", "changed_at"}


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


def server_rows(url: str) -> dict[str, list[tuple]]:
    """`rows` of a server workspace, in SQLite's terms (booleans as 0 and 1) so they compare with a file's."""
    import psycopg

    from planner.store.engine_postgres import VERSION_TABLE

    with psycopg.connect(url) as db:
        tables = [name for (name,) in db.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        out = {}
        for table in sorted(set(tables) - HISTORY_TABLES - {VERSION_TABLE}):
            query = "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position"
            columns = [c for (c,) in db.execute(query, (table,)) if (table, c) not in CLOCK_COLUMNS]
            columns = [c for c in columns if c not in SERVER_COLUMNS]
            quoted = ", ".join(f'"{c}"' for c in columns)
            found = db.execute(f"SELECT {quoted} FROM {table} ORDER BY 1, 2").fetchall()
            out[table] = [tuple(int(v) if isinstance(v, bool) else v for v in row) for row in found]
        return out
