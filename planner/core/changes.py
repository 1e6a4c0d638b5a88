"""`Changes`: what one command (or its undo) did to the workspace, by kind and id.

The store writes exactly these objects; every view refreshes exactly these rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.core.model import ParentKey


@dataclass
class Changes:
    created: dict[str, set[int]] = field(default_factory=dict)
    updated: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)
    parents: set[ParentKey] = field(default_factory=set)  # task child lists whose membership or order changed
    containers: bool = False  # areas or projects were added, removed or reordered

    def add(self, what: str, kind: str, ident: int) -> None:
        getattr(self, what).setdefault(kind, set()).add(ident)

    def ids(self, kind: str) -> set[int]:
        """Every id of `kind` created, updated or deleted."""
        return self.created.get(kind, set()) | self.updated.get(kind, set()) | self.deleted.get(kind, set())

    def touches(self, *kinds: str) -> bool:
        return any(self.ids(kind) for kind in kinds)

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.parents)

    def merge(self, other: Changes) -> Changes:
        """This change followed by `other`, as one."""
        for what in ("created", "updated", "deleted"):
            mine, theirs = getattr(self, what), getattr(other, what)
            for kind, ids in theirs.items():
                mine.setdefault(kind, set()).update(ids)
        for kind in set(self.created) & set(self.deleted):
            both = self.created[kind] & self.deleted[kind]
            self.created[kind] -= both
            self.deleted[kind] -= both
        for kind in self.updated:
            self.updated[kind] -= self.created.get(kind, set()) | self.deleted.get(kind, set())
        self.parents |= other.parents
        self.containers |= other.containers
        return self
