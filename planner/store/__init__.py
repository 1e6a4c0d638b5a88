"""Storage of a workspace in one SQLite file; the only package that imports peewee."""
