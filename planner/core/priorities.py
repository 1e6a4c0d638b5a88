"""Priorities: a value score (value per effort) to rank a backlog, and each person's Focus list, the work they
should do next, ranked by what is already in progress, the critical path and slack, due dates, priority and
value per effort, within WIP limits. Reads the workspace and a computed schedule; standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from planner.core.board import open_predecessors
from planner.core.filters import due_date
from planner.core.i18n import plural, tr
from planner.core.model import StatusKind, Task, Workspace

HORIZON_DAYS = 14  # work planned to start later than this is not in focus yet
DEFAULT_PERSONAL_WIP = 3  # items one person should have in progress at once


def value_per_effort(task: Task) -> float:
    """Value for each point of effort; an effort of 0 (not estimated) counts as 1."""
    return task.value / (task.effort or 1)


def value_ranking(ws: Workspace, tasks: list[Task] | None = None) -> list[tuple[int, float]]:
    """Open tasks with a value, best value per effort first: (task id, value per effort)."""
    done = ws.done_status_ids()
    pool = tasks if tasks is not None else list(ws.tasks.values())
    rows = [
        (t.id, value_per_effort(t)) for t in pool
        if t.value and t.status_id not in done and not ws.is_summary(t.id)
        and not (t.recurrence and t.routine_id is None)
    ]  # fmt: skip
    rows.sort(key=lambda r: (-r[1], -ws.tasks[r[0]].value, r[0]))
    return rows


@dataclass(frozen=True)
class FocusItem:
    task_id: int
    score: float
    reasons: tuple[str, ...]
    in_progress: bool
    blocked: bool  # waits for an open predecessor, or the person is at their WIP limit


def focus_list(
    ws: Workspace,
    person_id: int,
    today: date,
    schedule=None,
    wip_limit: int = DEFAULT_PERSONAL_WIP,
    horizon: int = HORIZON_DAYS,
) -> list[FocusItem]:
    """What `person_id` should work on next, best first.

    In order of weight: finish what is in progress (WIP first); then critical work and work with little slack;
    then work overdue or due soon; then priority; then value per effort. Work waiting on an open predecessor
    or planned beyond `horizon` days is left out or put last; once the person has `wip_limit` items in progress,
    new work is marked as blocked by the limit.
    """
    kinds = {sid: s.kind for sid, s in ws.statuses.items()}
    done = {sid for sid, kind in kinds.items() if kind is StatusKind.DONE}
    end_of_horizon = datetime.combine(today + timedelta(days=horizon), time.max)
    now = datetime.combine(today, time(23, 59))
    mine = [
        t for t in ws.tasks.values()
        if person_id in t.assignments and t.status_id not in done and t.completed is None
        and not ws.is_summary(t.id) and not (t.recurrence and t.routine_id is None)
    ]  # fmt: skip
    doing_count = sum(1 for t in mine if kinds.get(t.status_id) is StatusKind.DOING)
    at_limit = wip_limit > 0 and doing_count >= wip_limit
    cal = ws.calendar
    out = []
    for task in mine:
        in_progress = kinds.get(task.status_id) is StatusKind.DOING
        if not in_progress and task.start is not None and task.start > end_of_horizon:
            continue
        score = 0.0
        reasons: list[str] = []
        if in_progress:
            score += 1000
            reasons.append(tr("Focus", "in progress"))
        if schedule is not None and task.id in schedule and task.project_id is not None:
            score += _slack_score(task.id, schedule, cal.minutes_per_day or 480, reasons)
        score += _due_score(task, today, now, reasons)
        score += int(task.priority) * 50
        if task.priority >= 2:
            reasons.append(tr("Focus", "{priority} priority").format(priority=task.priority.label.lower()))
        if task.value:
            vpe = value_per_effort(task)
            score += min(vpe, 10) * 10
            reasons.append(
                tr("Focus", "value {value}, effort {effort}").format(value=task.value, effort=task.effort or "?")
            )
        waiting = open_predecessors(ws, task, done)
        blocked = False
        if waiting and not in_progress:
            blocked = True
            score -= 2000
            reasons.append(tr("Focus", "waits for “{title}”").format(title=waiting[0].title))
        elif at_limit and not in_progress:
            blocked = True
            score -= 1500
            reasons.append(tr("Focus", "WIP limit of {limit} reached: finish something first").format(limit=wip_limit))
        out.append(FocusItem(task.id, round(score, 1), tuple(reasons), in_progress, blocked))
    start_of = {t.id: t.start or datetime.max for t in mine}
    out.sort(key=lambda f: (-f.score, start_of[f.task_id], f.task_id))
    return out


def _slack_score(task_id: int, schedule, minutes_per_day: int, reasons: list[str]) -> float:
    """The weight of a scheduled task's place on the critical path, or of its little slack; its reason added."""
    if schedule.is_critical(task_id):
        reasons.append(tr("Focus", "critical path"))
        return 300
    slack = schedule.total_slack(task_id)
    if slack is None:
        return 0
    days = slack / minutes_per_day
    if days >= 5:
        return 0
    reasons.append(tr("Focus", "{days:.1f} days of slack").format(days=days))
    return (5 - days) * 30


def _due_score(task: Task, today: date, now: datetime, reasons: list[str]) -> float:
    """The weight of a task's due date, overdue or near; its reason added."""
    due = due_date(task)
    if due is None:
        return 0
    left = (due.date() - today).days
    if due < now and left < 0:
        reasons.append(plural("overdue by %n day(s)", None, -left))
        return 400
    if left <= 2:
        reasons.append(tr("Focus", "due today") if left == 0 else plural("due in %n day(s)", None, left))
        return 200
    if left <= 7:
        reasons.append(plural("due in %n day(s)", None, left))
        return 100
    return 0
