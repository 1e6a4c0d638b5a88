"""Numbered schema migrations: `mNNNN_*.py` modules, each with `up(db)` raising a file from version NNNN-1 to NNNN.

A new file is created at the latest version from the current schema; opening an older file runs
the missing migrations in one transaction, after the caller has made a backup copy.
"""

from __future__ import annotations

import importlib
import pkgutil

from peewee import Database

from planner.core.i18n import tr
from planner.store.engines import engine_of


def _steps() -> dict[int, str]:
    found = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            found[int(info.name[1:5])] = info.name
    return found


# Version 1 is the first schema, created from `planner.store.schema`; each migration adds one.
STEPS = _steps()
LATEST = max(STEPS, default=1)


class MigrationError(Exception):
    """A migration left rows pointing at rows that are not there; nothing of it was kept."""


def upgrade(db: Database, version: int) -> None:
    """Run every migration after `version`, in order, in one transaction, and record the new version.

    What the engine needs around it (SQLite: foreign keys off while tables are rebuilt, checked at the end) is its
    engine module's `MigrationGuard`.
    """
    with engine_of(db).MigrationGuard(db) as guard, db.atomic():
        for number in sorted(n for n in STEPS if n > version):
            module = importlib.import_module(f"{__name__}.{STEPS[number]}")
            module.up(db)
        broken = guard.broken()
        if broken:
            table, row, parent = broken
            raise MigrationError(
                tr("Store", "upgrading left row {row} of {table} pointing at a missing {parent}").format(
                    row=row, table=table, parent=parent
                )
            )
        guard.set_version(LATEST)
