"""Work contours: a person's work on a task in some days made what is typed, instead of their units × the task's
working time (what MS Project calls contouring an assignment in its usage views). The workload reads the contour
for those days; the task's work changes by the difference. Standard library only.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from planner.core.command import Command
from planner.core.commands import existing_task
from planner.core.errors import ValidationError
from planner.core.i18n import plural, tr
from planner.core.model import Workspace
from planner.core.workload import working_minutes_on


class SetContour(Command):
    """Make `person_id`'s work on a task from `first` to `end` (exclusive) `hours` in all, spread over the task's
    working days in that period in proportion to their working time."""

    def __init__(self, task_id: int, person_id: int, first: date, end: date, hours: float) -> None:
        super().__init__()
        self.task_id, self.person_id, self.first, self.end, self.hours = task_id, person_id, first, end, hours
        self.text = tr("Commands", "Contour work")

    def _do(self, ws: Workspace) -> None:
        task = existing_task(ws, self.task_id)
        name = f"“{task.title}”"
        pid = self.person_id
        if pid not in task.assignments:
            who = ws.people[pid].name if pid in ws.people else f"person {pid}"
            raise ValidationError(
                tr("Errors", "{name}: {who} is not assigned to it, so their work on it cannot be set").format(
                    name=name, who=who
                )
            )
        if not math.isfinite(self.hours) or self.hours < 0:
            raise ValidationError(
                tr("Errors", "{name}: work must be 0 hours or more, not {hours:g}").format(name=name, hours=self.hours)
            )
        if task.start is None or task.finish is None or ws.is_summary(task.id):
            raise ValidationError(
                tr("Errors", "{name} has no dates of its own, so it has no work by day to set").format(name=name)
            )
        line = ws.calendar_for(task).timeline()
        days, normal = [], []
        day = max(self.first, task.start.date())
        while day < self.end and day <= task.finish.date():
            minutes = working_minutes_on(line, task.start, task.finish, day)
            if minutes > 0:
                days.append(day)
                normal.append(minutes)
            day += timedelta(days=1)
        if not days:
            last = self.end - timedelta(days=1)
            message = tr("Errors", "{name} has no working time from {first:%d %b %Y} to {last:%d %b %Y}")
            raise ValidationError(message.format(name=name, first=self.first, last=last))
        total = round(self.hours * 60)
        if total > 24 * 60 * len(days):
            message = plural(
                "{name}: {hours:g} h is more than 24 hours a day over its %n working day(s) in that period",
                None,
                len(days),
            )
            raise ValidationError(message.format(name=name, hours=self.hours))
        units = task.assignments[pid]
        old = task.contours.get(pid, {})
        before = sum(old.get(d, units * m) for d, m in zip(days, normal, strict=True))
        whole = sum(normal)
        shares = [int(total * m // whole) for m in normal]
        shares[-1] += total - sum(shares)  # rounding's remainder on the last day
        self.touch(ws, "task", task.id)
        task.contours = {**task.contours, pid: {**old, **dict(zip(days, shares, strict=True))}}
        # What the task's work was: as stored, or its people's units × its duration when none is stored.
        base = task.work if task.work is not None else sum(task.assignments.values()) * (task.duration or 0)
        task.work = max(0, round(base + total - before))
