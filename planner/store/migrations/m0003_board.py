"""Schema 3: the board's card order, `task.board_rank` (NULL: the card sorts by its id, as before).

Only adds a nullable column, so no existing row needs rewriting.
"""

from __future__ import annotations

from peewee import Database, FloatField
from playhouse.migrate import SchemaMigrator, migrate


def up(db: Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(migrator.add_column("task", "board_rank", FloatField(null=True)))
