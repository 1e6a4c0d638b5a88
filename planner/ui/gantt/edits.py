"""The Gantt view's edits: what a drag, a click or a menu choice on the chart asks for, each one core command run
through the controller (so it is one undoable step that reschedules and shows in every view)."""

from __future__ import annotations

import itertools
from datetime import datetime

from PySide6.QtWidgets import QMenu

from planner.core.commands import DeleteTasks, EditTask, IndentTasks, LinkTasks, OutdentTasks, UnlinkTasks
from planner.core.i18n import tr
from planner.core.model import LinkType
from planner.core.schedule import start_fields
from planner.ui import theme
from planner.ui.assignments import assign_people


class GanttEdits:
    """The edits part of `GanttView` (which holds the controller, the tree and the rows these read)."""

    def move_task(self, task_id: int, start: datetime) -> bool:
        """Start the task at `start`, keeping its length: an automatic project task gets a start-no-earlier-than
        constraint (as MS Project does), a manual task or ongoing work simply moves."""
        ws = self.controller.ws
        task = ws.tasks[task_id]
        if task.start == start:
            return False
        fields = start_fields(ws, task, start)
        if task.duration is None and task.start is not None and task.finish is not None and not task.milestone:
            fields["finish"] = task.finish + (fields["start"] - task.start)
        return self.controller.run(EditTask(task_id, **fields))

    def set_finish(self, task_id: int, finish: datetime) -> bool:
        task = self.controller.ws.tasks[task_id]
        if task.finish == finish:
            return False
        return self.controller.run(EditTask(task_id, finish=finish))

    def set_progress(self, task_id: int, percent: int) -> bool:
        task = self.controller.ws.tasks[task_id]
        if task.percent_complete == percent:
            return False
        return self.controller.run(EditTask(task_id, percent_complete=percent))

    def link(self, predecessor: int, successor: int, kind: LinkType = LinkType.FS) -> bool:
        return self.controller.run(LinkTasks(predecessor, successor, kind))

    def link_selected(self) -> bool:
        ids = self._in_row_order(self.selected_task_ids())
        if len(ids) < 2:
            self.controller.error_occurred.emit(tr("Gantt", "Select two or more tasks to link them in order."))
            return False
        from planner.core.command import Batch

        return self.controller.run(
            Batch([LinkTasks(a, b) for a, b in itertools.pairwise(ids)], tr("Gantt", "Link tasks"))
        )

    def unlink_selected(self) -> bool:
        """Remove the links among the selected tasks; with one task selected, all of its links."""
        ws = self.controller.ws
        ids = set(self.selected_task_ids())
        found = set()
        for tid in ids:
            for dep_id in ws.links_in(tid) | ws.links_out(tid):
                dep = ws.dependencies[dep_id]
                if len(ids) == 1 or (dep.predecessor_id in ids and dep.successor_id in ids):
                    found.add(dep_id)
        if not found:
            return False
        return self.controller.run(UnlinkTasks(sorted(found)))

    def toggle_milestone(self, task_id: int) -> bool:
        task = self.controller.ws.tasks[task_id]
        if task.milestone:
            cal = self.controller.ws.calendar_for(task)
            return self.controller.run(EditTask(task_id, milestone=False, duration=cal.minutes_per_day))
        return self.controller.run(EditTask(task_id, milestone=True))

    def _in_row_order(self, ids: list[int]) -> list[int]:
        self.ensure_rows()
        return sorted(ids, key=lambda tid: self.row_of.get(("task", tid), 1 << 30))

    def task_menu(self, task_id: int | None) -> QMenu:
        """The chart's right-click menu for the selected tasks."""
        menu = QMenu(self)
        ids = self.selected_task_ids()
        ws = self.controller.ws
        menu.addAction(tr("Gantt", "Open in Editor"), lambda: self.editor_requested.emit(task_id)).setEnabled(
            task_id is not None
        )
        menu.addSeparator()
        menu.addAction(tr("Gantt", "Link Selected Tasks"), self.link_selected).setEnabled(len(ids) >= 2)
        has_links = any(ws.links_in(t) or ws.links_out(t) for t in ids)
        menu.addAction(tr("Gantt", "Unlink"), self.unlink_selected).setEnabled(has_links)
        task = ws.tasks.get(task_id) if task_id is not None else None
        text = (
            tr("Gantt", "Convert to Task")
            if task is not None and task.milestone
            else tr("Gantt", "Convert to Milestone")
        )
        convert = menu.addAction(text, lambda: self.toggle_milestone(task_id))
        convert.setEnabled(task is not None and not ws.is_summary(task_id))
        menu.addAction(tr("Gantt", "Assign People…"), lambda: assign_people(self, self.controller, ids)).setEnabled(
            bool(ids)
        )
        menu.addSeparator()
        need_ids = [
            menu.addAction(theme.icon("indent"), tr("Gantt", "Indent"), lambda: self.controller.run(IndentTasks(ids))),
            menu.addAction(
                theme.icon("outdent"), tr("Gantt", "Outdent"), lambda: self.controller.run(OutdentTasks(ids))
            ),
        ]
        menu.addSeparator()
        need_ids.append(
            menu.addAction(theme.icon("delete"), tr("Gantt", "Delete"), lambda: self.controller.run(DeleteTasks(ids)))
        )
        for action in need_ids:
            action.setEnabled(bool(ids))
        return menu
