"""What a screen reader says about a task beyond its title: the Gantt bar's dates, length, progress, state and
links in words, read by Qt's item-view accessibility from `Qt.AccessibleDescriptionRole` of the task tree's title
cell (the Gantt's tree is the accessible list of its bars). Plain text from the workspace; it changes nothing."""

from __future__ import annotations

from datetime import date

from planner.core.i18n import tr
from planner.core.model import Task, Workspace
from planner.reports import formats


def task_description(ws: Workspace, task: Task, today: date, schedule=None) -> str:
    """ "5 Nov to 12 Nov, 6 days, 40 % done, critical, after Design": what the task's bar shows. `schedule`, when
    known, says whether it is critical."""
    start, finish = task.start or task.finish, task.finish or task.start
    parts = []
    if start is not None:
        if task.milestone or start == finish:
            parts.append(tr("Spoken", "milestone on {day}").format(day=formats.day_month(start)))
        else:
            when = tr("Spoken", "{start} to {finish}")
            parts.append(when.format(start=formats.day_month(start), finish=formats.day_month(finish)))
    if task.duration and not task.milestone:
        parts.append(formats.duration(task.duration, ws.calendar_for(task)))
    done = task.percent_complete >= 100 or task.status_id in ws.done_status_ids()
    if done:
        parts.append(tr("Spoken", "done"))
    elif task.percent_complete:
        parts.append(tr("Spoken", "{percent} done").format(percent=formats.percent(task.percent_complete)))
    if not done and schedule is not None and task.id in schedule and schedule.is_critical(task.id):
        parts.append(tr("Spoken", "critical"))
    if finish is not None and task.deadline is not None and finish > task.deadline:
        parts.append(tr("Spoken", "finishes after its deadline {day}").format(day=formats.day_month(task.deadline)))
    elif not done and finish is not None and finish.date() < today:
        parts.append(tr("Spoken", "late"))
    before = sorted(p.title for p in ws.predecessors(task.id))
    if before:
        parts.append(tr("Spoken", "after {tasks}").format(tasks=", ".join(before)))
    return ", ".join(parts)
