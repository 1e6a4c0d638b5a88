"""Labels as one list to keep tidy: a name is unique whatever its case, and several labels merge into one.

Creating, renaming, recolouring and deleting a label are the generic object commands (planner.core.commands),
which call `check_label_name`; merging is `MergeLabels`. Nothing here touches storage or widgets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from planner.core.command import Command
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Label, Task, Workspace


def check_label_name(ws: Workspace, name: str, ident: int | None = None) -> None:
    """Refuse an empty name, or one that another label (not `ident`) has already in any case: two labels
    "Bug" and "bug" would filter as two and look like one."""
    name = name.strip()
    if not name:
        raise ValidationError(tr("Errors", "A label needs a name"))
    for label in ws.labels.values():
        if label.id != ident and label.name.casefold() == name.casefold():
            raise ValidationError(
                tr("Errors", "There is a label “{name}” already: choose another name, or merge them").format(
                    name=label.name
                )
            )


def labels_of(ws: Workspace, task: Task) -> list[Label]:
    """The task's labels in display order (by name, whatever the case)."""
    return sorted((ws.labels[i] for i in task.labels if i in ws.labels), key=lambda label: label.name.casefold())


def label_counts(ws: Workspace) -> Counter[int]:
    """How many tasks carry each label (absent: none), in one pass over the tasks."""
    return Counter(label_id for task in ws.tasks.values() for label_id in task.labels)


class MergeLabels(Command):
    """Merge `label_ids` into `keep` (one of them, whose name and colour stay): every task that had any of them
    has `keep` instead, and the others are deleted. One undo step."""

    def __init__(self, label_ids: Iterable[int], keep: int) -> None:
        super().__init__()
        self.text = tr("Commands", "Merge labels")
        self.label_ids, self.keep = sorted(set(label_ids)), keep

    def _do(self, ws: Workspace) -> None:
        missing = [ident for ident in self.label_ids if ident not in ws.labels]
        if missing:
            raise ValidationError(tr("Errors", "There is no label {missing} to merge").format(missing=missing[0]))
        if self.keep not in self.label_ids:
            raise ValidationError(tr("Errors", "The label kept must be one of those merged"))
        if len(self.label_ids) < 2:
            raise ValidationError(tr("Errors", "Choose two or more labels to merge"))
        gone = set(self.label_ids) - {self.keep}
        for task in ws.tasks.values():
            if task.labels & gone:
                self.touch(ws, "task", task.id)
                task.labels = (task.labels - gone) | {self.keep}
        for ident in sorted(gone):
            self.delete(ws, "label", ident)
