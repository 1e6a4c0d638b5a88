"""What the main window's commands read from the view in front and do to it: where a new task goes, the tasks
selected again after a command made or moved them, and the project or area a view of one at a time opens on. Each
takes the window; none keeps state of its own.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex

from planner.core.filters import SmartList


def last_container_key(window) -> str:
    """Where the settings keep the project or area last shown in this workspace."""
    digest = hashlib.sha1(str(window.controller.session.path).encode()).hexdigest()[:12]
    return f"last_container/{digest}"  # per workspace: ids mean nothing in another file


def open_on_last_container(window) -> None:
    """A view that reads one project or area at a time (the Gantt, the board) opens on the one used last in
    this workspace, or the first project, rather than on a smart list such as "All"."""
    if not isinstance(window.proxy.scope, SmartList):
        return
    ws = window.controller.ws
    saved = window.settings.value(last_container_key(window))
    candidates = [tuple(saved)] if isinstance(saved, list) and len(saved) == 2 else []
    candidates += [("project", p.id) for p in ws.ordered("project")] + [("area", a.id) for a in ws.ordered("area")]
    for kind, ident in candidates:
        if kind in ("project", "area") and int(ident) in getattr(ws, f"{kind}s"):
            window.sidebar.select_scope((kind, int(ident)))
            return


def target_for_new_task(window, subtask: bool):
    """Where a new task goes: after the current task (or under it), else into the current project or area."""
    node = window.view().current_node()
    ws = window.controller.ws
    if node is not None and node[0] == "task" and node[1] in ws.tasks:
        task = ws.tasks[node[1]]
        if subtask:
            return ("task", task.id), None
        key = task.parent_key()
        return key, ws.children(key).index(task.id) + 1
    if node is not None and node[0] != "task":
        return node, None
    scope = window.proxy.scope
    if not isinstance(scope, SmartList):
        return scope, None
    containers = [("area", a.id) for a in ws.ordered("area")] + [("project", p.id) for p in ws.ordered("project")]
    return (containers[0], None) if containers else (None, None)


def reselect(window, ids: list[int]) -> None:
    """Select `ids` in the view in front, the first current: the tasks a command made or moved."""
    view = window.view()
    if hasattr(view, "select_tasks"):  # a view of several lists (the board) selects by task id
        view.select_tasks(ids)
        return
    view.select_task(ids[0])
    if not hasattr(view, "index_of_node"):  # a view of one task at a time (the calendar, the usage view)
        return
    # One selection, of runs of rows under each parent: selecting rows one by one merged each with every row
    # selected so far (22 s for 1,000 pasted rows).
    rows: dict[QPersistentModelIndex, list[QModelIndex]] = {}
    for task_id in ids[1:]:
        index = view.index_of_node(("task", task_id))
        rows.setdefault(QPersistentModelIndex(index.parent()), []).append(index)
    selection = QItemSelection()
    for indexes in rows.values():
        indexes.sort(key=QModelIndex.row)
        first = previous = indexes[0]
        for index in indexes[1:]:
            if index.row() != previous.row() + 1:
                selection.select(first, previous)
                first = index
            previous = index
        selection.select(first, previous)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(selection, flags)


def keeping_selection(window, step) -> None:
    """Run `step` (an undo or a redo) and select again the tasks selected before it that still exist: a row that
    moves (an indent undone) is taken out of its model and put back, which leaves nothing selected, and the next
    key (another undo, an outdent) would then find no task to act on."""
    view = window.view()
    before = view.selected_task_ids()
    step()
    kept = [task_id for task_id in before if task_id in window.controller.ws.tasks]
    if kept and window.view() is view and sorted(view.selected_task_ids()) != sorted(kept):
        reselect(window, kept)
