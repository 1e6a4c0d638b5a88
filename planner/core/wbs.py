"""Row numbers (MS Project's ID column) and WBS codes of tasks: generated from the tree, never stored.

An ID is a task's 1-based place in outline order over what is shown (one project or area, or the whole
workspace); a WBS code is its outline number in its project ("1.2.3"), or the project's WBS code mask applied to
it. Plain Python: no Qt, no storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import ParentKey, Workspace

# One level of a mask: an optional separator, then a run of one code character (MS Project's "sequence"):
# 9 digits, A upper-case letters, a lower-case letters, * any characters (written as digits here).
_SEGMENT = r"[.\-+/]?(?:9+|A+|a+|\*+)"
_MASK = re.compile(rf"^(.*?)((?:{_SEGMENT})+)$", re.DOTALL)
_LEVEL = re.compile(r"([.\-+/]?)(9+|A+|a+|\*+)")


@dataclass(frozen=True)
class WbsMask:
    """A WBS code mask such as "PRJ-.9.99": a prefix ("PRJ-"), then one segment per outline level, each a
    separator and a run of one code character whose length is the least number of characters written.

    As in MS Project, a segment's separator goes between its level and the one above; the first level follows
    the prefix directly. Levels deeper than the mask are written as plain numbers after a ".".
    """

    prefix: str
    levels: tuple[tuple[str, str], ...]  # (separator, code run) per level

    @classmethod
    def parse(cls, text: str) -> WbsMask:
        match = _MASK.match(text)
        if match is None:
            raise ValidationError(
                tr(
                    "Errors",
                    "“{text}” is not a WBS code mask: write a prefix, then one segment per level such as .9 or .AA (9 digits, A upper-case letters, a lower-case letters, * any)",  # noqa: E501
                ).format(text=text)
            )
        return cls(match[1], tuple((sep, run) for sep, run in _LEVEL.findall(match[2])))

    def code(self, numbers: tuple[int, ...]) -> str:
        """The code of a task with outline numbers `numbers` (1-based places among its siblings, top first)."""
        parts = [self.prefix]
        for depth, number in enumerate(numbers):
            sep, run = self.levels[depth] if depth < len(self.levels) else (".", "9")
            if depth:
                parts.append(sep or ".")
            parts.append(_segment(number, run))
        return "".join(parts)


def _segment(number: int, run: str) -> str:
    if run[0] in "Aa":
        letters = ""
        while number:  # bijective base 26: A … Z, AA, AB …
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("A") + rest) + letters
        return letters if run[0] == "A" else letters.lower()
    return str(number).zfill(len(run))


@dataclass
class Numbering:
    """IDs and WBS codes of the tasks in one scope, computed once per change to the tree."""

    ids: dict[int, int]  # task id -> row number (1-based)
    rows: list[int]  # row number - 1 -> task id
    wbs: dict[int, str]  # task id -> WBS code

    def task_at(self, row: int) -> int | None:
        """The task with ID `row`, if there is one."""
        return self.rows[row - 1] if 0 < row <= len(self.rows) else None


def numbering(ws: Workspace, scope: ParentKey | None = None) -> Numbering:
    """IDs over `scope` (a project or area; None: the whole workspace, containers in display order) and every
    numbered task's WBS code within its own project or area."""
    containers = [scope] if scope is not None else None
    rows: list[int] = []
    wbs: dict[int, str] = {}
    if containers is None:
        containers = [(kind, c.id) for kind in ("area", "project") for c in ws.ordered(kind)]
    for kind, ident in containers:
        mask = _mask_of(ws, kind, ident)
        # Each task carries its outline numbers, as a tuple for a mask or as the "1.2.3" text itself: most are
        # leaves, and building their text from their parent's costs one format each at 10,000 tasks.
        top = list(enumerate(ws.children((kind, ident)), 1))
        stack = [(tid, (n,) if mask else str(n)) for n, tid in reversed(top)]
        while stack:
            tid, label = stack.pop()
            rows.append(tid)
            wbs[tid] = mask.code(label) if mask else label
            children = ws.children(("task", tid))
            if not children:
                continue
            if mask:
                stack.extend((child, (*label, n)) for n, child in reversed(list(enumerate(children, 1))))
            else:
                stack.extend((child, f"{label}.{n}") for n, child in reversed(list(enumerate(children, 1))))
    return Numbering({tid: row for row, tid in enumerate(rows, 1)}, rows, wbs)


def _mask_of(ws: Workspace, kind: str, ident: int) -> WbsMask | None:
    project = ws.projects.get(ident) if kind == "project" else None
    if project is None or not project.wbs_mask:
        return None
    try:
        return WbsMask.parse(project.wbs_mask)
    except ValidationError:
        return None  # a mask from another program that this one cannot read: plain outline numbers
