"""Which engine module (engine_sqlite, engine_postgres) speaks for an open database: the shared loading, writing,
history and migration code asks it for whatever SQL or behaviour differs between the two."""

from __future__ import annotations

from types import ModuleType

from peewee import SqliteDatabase

from planner.store import engine_sqlite


def engine_of(db) -> ModuleType:
    if isinstance(db, SqliteDatabase):
        return engine_sqlite
    from planner.store import engine_postgres  # psycopg, the optional `server` extra: only for a server workspace

    return engine_postgres
