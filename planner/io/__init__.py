"""File formats in and out: other tools' files become core objects, and back. No Qt, no peewee."""
