"""The Gantt view from the keyboard: zoom and print keys, Alt+←/→ moves the selected bar a day, Ctrl+L links the
selected tasks (or the one selected to a task chosen by name), and in the chart Alt+Shift+←/→ stretch or shrink the
bar and ↑/↓ move the selection as they do in the tree. Each edit is one command through the controller, so one undo
step.

Alt+Shift+←/→ only in the chart: in the tree beside it, as in every outline (the table, MS Project's Gantt Chart,
GanttProject), they outdent and indent, the window's keys that the toolbar's tooltips name."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from planner.core.i18n import tr
from planner.ui import dialogs
from planner.ui.models.columns import Role
from planner.ui.view_keys import ViewKeys

if TYPE_CHECKING:
    from planner.ui.gantt.view import GanttView

DAY = timedelta(days=1)


def add_keys(view: GanttView) -> list:
    """Install the view's keys; the actions, for the list of shortcuts."""
    keys = ViewKeys(view, [view.tree, view.chart, view], focus_changed=view.chart.update)
    keys.add(tr("Gantt", "Zoom in"), ["Ctrl++", "Ctrl+="], view.zoom_in)
    keys.add(tr("Gantt", "Zoom out"), ["Ctrl+-"], view.zoom_out)
    keys.add(tr("Gantt", "Fit the project"), ["Ctrl+0"], view.fit_project)
    keys.add(tr("Gantt", "Go to today"), ["Alt+Home"], view.go_today)
    keys.add(tr("Gantt", "Move the bar a day earlier"), ["Alt+Left"], lambda: move_bar(view, -DAY))
    keys.add(tr("Gantt", "Move the bar a day later"), ["Alt+Right"], lambda: move_bar(view, DAY))
    keys.add(tr("Gantt", "Link the selected tasks, or link to…"), ["Ctrl+L"], lambda: link_from_keyboard(view))
    # The tree moves its own cursor; the chart, which has none, moves the tree's.
    chart_keys = ViewKeys(view, [view.chart])
    chart_keys.add(
        tr("Gantt", "Shrink the bar by a day (in the chart)"), ["Alt+Shift+Left"], lambda: stretch_bar(view, -DAY)
    )
    chart_keys.add(
        tr("Gantt", "Stretch the bar by a day (in the chart)"), ["Alt+Shift+Right"], lambda: stretch_bar(view, DAY)
    )
    chart_keys.add(tr("Gantt", "Select the task above"), ["Up"], lambda: step_selection(view, -1))
    chart_keys.add(tr("Gantt", "Select the task below"), ["Down"], lambda: step_selection(view, 1))
    return keys.actions + chart_keys.actions


def _current_bar(view: GanttView):
    """The bar of the tree's current task, or None (and a word to the user) when it has none to edit."""
    task_id = view.tree.currentIndex().data(Role.TASK_ID)
    bar = view.bars.bar(task_id) if task_id is not None else None
    if bar is None or bar.kind not in ("task", "milestone"):
        view.controller.error_occurred.emit(
            tr("Gantt", "Select a task with a bar (not a summary) to move or stretch it.")
        )
        return None
    return bar


def move_bar(view: GanttView, delta: timedelta) -> bool:
    bar = _current_bar(view)
    return bar is not None and view.move_task(bar.task_id, bar.start + delta)


def stretch_bar(view: GanttView, delta: timedelta) -> bool:
    bar = _current_bar(view)
    if bar is None:
        return False
    if bar.kind == "milestone":
        view.controller.error_occurred.emit(tr("Gantt", "A milestone has no length to stretch: move it with Alt+←/→."))
        return False
    finish = bar.finish + delta
    if finish <= bar.start:
        view.controller.error_occurred.emit(
            tr("Gantt", "The bar is as short as it can be: a task lasts at least a day here.")
        )
        return False
    return view.set_finish(bar.task_id, finish)


def link_from_keyboard(view: GanttView) -> bool:
    """Two or more tasks selected: link them in order. One: choose the task it comes before, by name."""
    ids = view.selected_task_ids()
    if len(ids) != 1:
        return view.link_selected()
    ws = view.controller.ws
    others = [ident for kind, ident in view.rows if kind == "task" and ident != ids[0] and ident in ws.tasks]
    if not others:
        view.controller.error_occurred.emit(tr("Gantt", "There is no other task to link to."))
        return False
    names = {f"{n}. {ws.tasks[ident].title}": ident for n, ident in enumerate(others, start=1)}
    title = ws.tasks[ids[0]].title
    choice = dialogs.ask_choice(
        view, tr("Gantt", "Link to…"), tr("Gantt", "“{title}” comes before:").format(title=title), list(names)
    )
    return choice is not None and view.link(ids[0], names[choice])


def step_selection(view: GanttView, step: int) -> None:
    tree = view.tree
    current = tree.currentIndex()
    if not current.isValid():
        view.select_first_task()
        return
    target = tree.indexBelow(current) if step > 0 else tree.indexAbove(current)
    if target.isValid():
        tree.setCurrentIndex(target)
