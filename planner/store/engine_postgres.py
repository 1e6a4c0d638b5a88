"""What only PostgreSQL understands, for a shared workspace on a server (server_workspace.py): connecting from a
`postgresql://` URL through peewee's db_url with psycopg 3, the schema version kept in a table, references
checked at commit, `%s` placeholders, its errors and its sizes.

psycopg is the optional extra `planner[server]`: this module is imported only for a server workspace.
"""

from __future__ import annotations

import psycopg
from peewee import PostgresqlDatabase

from planner.store.peewee_driver import give_psycopg

give_psycopg()  # before playhouse's PostgreSQL classes are defined from peewee's
from playhouse.db_url import connect as connect_url  # noqa: E402

NAME = "PostgreSQL"
Error = psycopg.Error
IntegrityError = psycopg.IntegrityError
VERSION_TABLE = "planner_schema"  # one row: which program the database belongs to, and its schema version
APPLICATION = "Planner"


def sql(query: str) -> str:
    """`query`, written with SQLite's `?` placeholders, with psycopg's `%s` instead (no query of ours holds a
    literal `?` or `%`)."""
    return query.replace("?", "%s")


def contains(column: str) -> str:
    return f"strpos({column}, ?) > 0"


def insert_id(cursor, query: str, args) -> int:
    cursor.execute(sql(query) + " RETURNING id", args)
    return cursor.fetchone()[0]


def defer_references(db: PostgresqlDatabase) -> None:
    """Every reference is made DEFERRABLE INITIALLY DEFERRED when the schema is created or migrated
    (`defer_all_references`), so a batch may delete a parent before its child: nothing to do per transaction."""


def defer_all_references(db: PostgresqlDatabase) -> None:
    """Make every foreign key of the schema checked at commit, as the workspace file's writes have them."""
    query = (
        "SELECT conrelid::regclass::text, conname FROM pg_constraint "
        "WHERE contype = 'f' AND NOT condeferred AND connamespace = current_schema()::regnamespace"
    )
    for table, name in db.execute_sql(query).fetchall():
        db.execute_sql(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY DEFERRED')


def drop_indexes(cursor, tables: list[str]) -> list[str]:
    """Nothing is dropped on a server: dropping an index locks its table against every other client's reads until
    the commit."""
    return []


def mark_new(db: PostgresqlDatabase, version: int) -> None:
    """Stamp a database whose tables were just created as a Planner workspace of schema `version`."""
    db.execute_sql(f"CREATE TABLE {VERSION_TABLE} (application TEXT NOT NULL, version INTEGER NOT NULL)")
    db.execute_sql(f"INSERT INTO {VERSION_TABLE} VALUES (%s, %s)", (APPLICATION, version))
    add_server_parts(db)


def add_server_parts(db: PostgresqlDatabase) -> None:
    """What a server's schema has beyond the workspace file's, added where missing (after creating the tables,
    and after each migration, which may have made tables): the history's ids from a sequence, as SQLite's INTEGER
    PRIMARY KEY gives them; what several writers need (`add_versions`); references checked at commit."""
    for table in ("history", "report_made"):  # records whose ids the database gives
        db.execute_sql(f"CREATE SEQUENCE IF NOT EXISTS {table}_id_seq OWNED BY {table}.id")
        db.execute_sql(f"ALTER TABLE {table} ALTER COLUMN id SET DEFAULT nextval('{table}_id_seq')")
    add_versions(db)
    defer_all_references(db)


def add_versions(db: PostgresqlDatabase) -> None:
    """What several writers need: ids handed out in blocks from a sequence for each kind (`id_sequence`, stepping
    a block at a time), and on every object's row its version, who changed it last and when (optimistic checks)."""
    from planner.core.model import ID_BLOCK
    from planner.store.schema import ROWS

    for kind, model in ROWS.items():
        db.execute_sql(f"CREATE SEQUENCE IF NOT EXISTS {id_sequence(kind)} INCREMENT BY {ID_BLOCK}")
        db.execute_sql(
            f"ALTER TABLE {model._meta.table_name} ADD COLUMN IF NOT EXISTS version INTEGER NOT NULL DEFAULT 1, "
            "ADD COLUMN IF NOT EXISTS changed_by TEXT NOT NULL DEFAULT '', "
            "ADD COLUMN IF NOT EXISTS changed_at TIMESTAMPTZ NOT NULL DEFAULT now()"
        )


def ids_above_rows(db: PostgresqlDatabase) -> None:
    """Move the id sequence past every id in the tables (after rows came in with their own ids: a publish)."""
    from planner.store.schema import ROWS

    for kind, model in ROWS.items():
        top = db.execute_sql(f"SELECT coalesce(max(id), 0) FROM {model._meta.table_name}").fetchone()[0]
        db.execute_sql("SELECT setval(%s, %s, false)", (id_sequence(kind), top + 1))


def id_sequence(kind: str) -> str:
    return f"planner_ids_{kind}"


def stored_version(db: PostgresqlDatabase) -> int | None:
    """The schema version of the database, 0 for an empty database, None for one that holds other tables."""
    tables = set(db.get_tables())
    if VERSION_TABLE not in tables:
        return 0 if not tables else None
    rows = db.execute_sql(f"SELECT application, version FROM {VERSION_TABLE}").fetchall()
    if len(rows) != 1 or rows[0][0] != APPLICATION:
        return None
    return rows[0][1]


class MigrationGuard:
    """Around a migration's transaction. PostgreSQL alters a table in place and checks deferred references at
    commit, so there is nothing to switch off; `broken()` has nothing to report before the commit."""

    def __init__(self, db: PostgresqlDatabase) -> None:
        self.db = db

    def __enter__(self) -> MigrationGuard:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def broken(self) -> None:
        return None

    def set_version(self, version: int) -> None:
        add_server_parts(self.db)  # for the tables and references the migrations made
        ids_above_rows(self.db)
        self.db.execute_sql(f"UPDATE {VERSION_TABLE} SET version = %s", (version,))


# A server's history is kept by age only (thinned to one change a day after 90 days), not bounded by the plan's
# size as a file's is: PostgreSQL's relation sizes are mostly fixed page overhead on a small plan, and the disk is
# the server's to manage.
sizes = None


def connect(url: str, password: str | None = None) -> PostgresqlDatabase:
    """An open connection to the database at `url` (`postgresql://user@host/db`; a Unix socket's folder as
    `?host=/folder`). Floats are stored as DOUBLE PRECISION, as SQLite keeps them (peewee's REAL would round)."""
    extra = {"password": password} if password else {}
    db = connect_url(
        url,
        unquote_password=True,
        unquote_user=True,
        field_types={"FLOAT": "DOUBLE PRECISION"},
        prefer_psycopg3=True,
        **extra,
    )
    if not isinstance(db, PostgresqlDatabase):
        raise ValueError(f"{url}: not a PostgreSQL URL")
    db.connect()
    return db
