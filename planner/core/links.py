"""Which links and subtask moves are allowed: none may close a loop of waits (a task waiting, through links and
summaries, for itself), and a task may not become a subtask of a task it is linked with. Queries only: they
raise ValidationError naming the tasks, and change nothing.
"""

from __future__ import annotations

from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Task, Workspace


def check_link(ws: Workspace, predecessor: int, successor: int) -> None:
    """Raise ValidationError if a link predecessor → successor is a duplicate, a self-link or closes a loop."""
    pred, succ = ws.tasks[predecessor], ws.tasks[successor]
    if predecessor == successor:
        raise ValidationError(tr("Errors", "“{title}” cannot depend on itself").format(title=pred.title))
    if any(ws.dependencies[d].successor_id == successor for d in ws.links_out(predecessor)):
        raise ValidationError(
            tr("Errors", "“{title}” already depends on “{title2}”").format(title=succ.title, title2=pred.title)
        )
    if predecessor in ws.ancestors(successor) or successor in ws.ancestors(predecessor):
        raise ValidationError(
            tr("Errors", "“{title}” and “{title2}” are a summary and its own subtask: they cannot be linked").format(
                title=pred.title, title2=succ.title
            )
        )
    path = _link_path(ws, successor, predecessor)
    if path is not None:
        names = " → ".join(f"“{ws.tasks[tid].title}”" for tid in [predecessor, *path])
        raise ValidationError(tr("Errors", "This link would close a loop: {names}").format(names=names))


# A point in the network of waits the scheduler runs on: (task id, exit). A link waits for its predecessor's
# finish (a summary's exit, reached once all its subtasks finish) and holds back its successor's start (a
# summary's entry, which holds back all its subtasks). A plain task is a single point, (task id, False).
Wait = tuple[int, bool]


def _exit(ws: Workspace, tid: int) -> Wait:
    return (tid, ws.is_summary(tid))


def _link_path(ws: Workspace, start: int, goal: int) -> list[int] | None:
    """The tasks on a chain of waits from `start` to `goal`, if there is one."""
    return _wait_path(ws, (start, False), _exit(ws, goal))


def _wait_path(ws: Workspace, first: Wait, last: Wait) -> list[int] | None:
    """The tasks on the shortest chain of waits from `first` to `last` (breadth first), or None."""

    def after(node: Wait) -> list[Wait]:
        tid, is_exit = node
        if not is_exit and ws.is_summary(tid):
            return [(child, False) for child in ws.children(("task", tid))]
        out = [(ws.dependencies[d].successor_id, False) for d in ws.links_out(tid)]
        parent = ws.tasks[tid].parent_id
        if parent is not None:
            out.append((parent, True))
        return out

    came_from: dict[Wait, Wait | None] = {first: None}
    frontier = [first]
    while frontier and last not in came_from:
        nxt = []
        for node in frontier:
            for step in after(node):
                if step not in came_from:
                    came_from[step] = node
                    nxt.append(step)
        frontier = nxt
    if last not in came_from:
        return None
    path: list[int] = []
    node: Wait | None = last
    while node is not None:
        if not path or path[-1] != node[0]:
            path.append(node[0])
        node = came_from[node]
    return list(reversed(path))


def check_no_loop_under(ws: Workspace, task: Task) -> None:
    """After `task` was placed under its parent: refuse if the parent now waits, through links, for itself."""
    parent = task.parent_id
    if parent is None:
        return  # leaving a summary only removes waits, which cannot close a loop
    # The new waits are parent entry → task entry and task exit → parent exit; a loop must use one of them.
    loop = _wait_path(ws, (task.id, False), (parent, False))
    if loop is None:
        loop = _wait_path(ws, (parent, True), _exit(ws, task.id))
        loop = None if loop is None else [*loop, parent]
    else:
        loop = [parent, *loop]
    if loop is not None:
        names = " → ".join(f"“{ws.tasks[tid].title}”" for tid in loop)
        raise ValidationError(
            tr("Errors", "“{title}” cannot become a subtask of “{title2}”: it would close a loop: {names}").format(
                title=task.title, title2=ws.tasks[parent].title, names=names
            )
        )


def check_no_link_across_summary(ws: Workspace, task_id: int, new_parent: int) -> None:
    """A task may not become a subtask of a task it is linked with (directly, or through its subtree)."""
    moving = {task_id, *ws.descendants(task_id)}
    above = {new_parent, *ws.ancestors(new_parent)}
    for tid in moving:
        for dep_id in ws.links_in(tid) | ws.links_out(tid):
            dep = ws.dependencies[dep_id]
            other = dep.predecessor_id if dep.successor_id == tid else dep.successor_id
            if other in above:
                raise ValidationError(
                    tr("Errors", "“{title}” is linked with “{title2}” and cannot become its subtask").format(
                        title=ws.tasks[tid].title, title2=ws.tasks[other].title
                    )
                )
