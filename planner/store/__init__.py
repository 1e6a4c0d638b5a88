"""Storage of a workspace in one SQLite file; the only package that imports peewee.

peewee imports psycopg at its own import when it is installed (~0.1 s of CPU, a third of opening a small plan),
though only a server workspace needs it: peewee is imported here with psycopg hidden, and engine_postgres, the
one module that needs the driver, imports it and hands it to peewee (`peewee_driver.give_psycopg`).
"""

import sys

if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # makes `import psycopg` raise ImportError
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]
