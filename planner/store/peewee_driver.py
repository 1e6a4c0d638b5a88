"""psycopg handed to a peewee that was imported without it (see planner/store/__init__.py)."""

from __future__ import annotations

import peewee
import psycopg
from psycopg.pq import TransactionStatus
from psycopg.types.json import Json, Jsonb


def give_psycopg() -> None:
    """Set what peewee's module sets when it finds psycopg at its import: its PostgreSQL database then uses
    psycopg 3 (`Psycopg3Adapter`) as if it had been there from the start."""
    if peewee.psycopg is psycopg:
        return
    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
