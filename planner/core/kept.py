"""Fields another program wrote that Planner does not model but keeps, so a file passes through unharmed.

A task, person or project holds them in its `kept` dict, read from an imported file and written back on export:
    {"priority": 600, "wbs": "A.1", "uid": "17", "xml": ["<ExtendedAttribute>…</ExtendedAttribute>", …]}
- "priority": MS Project's exact priority (0–1000) when it is not one of the four Planner writes;
- "wbs": a task's WBS code when it differs from its outline number;
- "uid": the UID the other program gave a person, so an export does not renumber the team;
- "xml": raw XML elements Planner does not read (custom field values, outline codes, and on a project the
  definitions of both), written back where the schema puts them.

The rules: the user's value wins. Editing a field Planner models drops what is kept for it (a new priority drops
the exact one). A kept WBS code is written back as it came, wherever the task has moved since: Planner has no
WBS field of its own for the user to edit. Kept values live on their
owner, so deleting the owner deletes them and undo brings them back with it. A new dict replaces the old one,
never a change in place: the copies commands keep for undo share nothing with it.
"""

from __future__ import annotations

# A field the user edits -> the kept key it overrides.
_OVERRIDES = {"priority": "priority"}


def kept_after_edit(kept: dict, edited: set[str]) -> dict:
    """`kept` without what the edited fields override: the same dict when nothing is dropped."""
    dropped = {_OVERRIDES[name] for name in edited if name in _OVERRIDES} & kept.keys()
    if not dropped:
        return kept
    return {key: value for key, value in kept.items() if key not in dropped}
