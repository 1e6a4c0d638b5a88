"""Flow metrics of ongoing work, read from the status history: throughput, cycle and lead time with percentiles,
work in progress and its age, on-time completion, cumulative flow, the bottleneck column, and targets with the
commands that set them. Reads the workspace (commands aside); standard library only.

A task's cycle starts when it first enters a "doing" column (or its `started` time) and ends when it last enters
a "done" column (or its `completed` time); lead time runs from its creation. Percentiles interpolate linearly
between the nearest ranks, as spreadsheets' PERCENTILE does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from planner.core.command import Command
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import ParentKey, StatusKind, Target, Task, Workspace

METRICS = {
    "throughput": "Throughput",
    "cycle_time": "Cycle time",
    "lead_time": "Lead time",
    "wip": "Work in progress",
    "on_time": "On-time completion",
}
PERCENTILES = (50, 85, 95)
DAY = 86400.0


# -- the items ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FlowItem:
    """One task's passage through the board."""

    task_id: int
    created: datetime | None
    started: datetime | None  # first entered a doing column
    completed: datetime | None  # last entered a done column, if it is done now
    due: datetime | None
    status_id: int | None

    @property
    def cycle_days(self) -> float | None:
        if self.started is None or self.completed is None or self.completed < self.started:
            return None
        return (self.completed - self.started).total_seconds() / DAY

    @property
    def lead_days(self) -> float | None:
        if self.created is None or self.completed is None or self.completed < self.created:
            return None
        return (self.completed - self.created).total_seconds() / DAY


def in_scope(ws: Workspace, task: Task, scope: ParentKey | None) -> bool:
    return scope is None or task.container() == scope


def flow_items(ws: Workspace, scope: ParentKey | None = None) -> list[FlowItem]:
    """Every work item (not a summary, not a routine's series) in `scope` (an area or project; None: all)."""
    kinds = {sid: s.kind for sid, s in ws.statuses.items()}
    changes: dict[int, list] = {}
    for change in ws.status_changes.values():
        changes.setdefault(change.task_id, []).append(change)
    out = []
    for task in ws.tasks.values():
        if (task.recurrence and task.routine_id is None) or ws.is_summary(task.id) or not in_scope(ws, task, scope):
            continue
        started = completed = None
        for change in sorted(changes.get(task.id, ()), key=lambda c: (c.at, c.id)):
            kind = kinds.get(change.to_status_id)
            if kind is StatusKind.DOING and started is None:
                started = change.at
            elif kind is StatusKind.DONE:
                completed = change.at
                started = started or change.at
        done = kinds.get(task.status_id) is StatusKind.DONE
        completed = (completed or task.completed) if done else None
        started = started or task.started
        if kinds.get(task.status_id) is StatusKind.TODO and not done:
            started = None  # back in the backlog: not in progress
        out.append(FlowItem(task.id, task.created, started, completed, task.deadline or task.finish, task.status_id))
    return out


# -- statistics -----------------------------------------------------------------------------------------------
def percentile(values: Iterable[float], p: float) -> float | None:
    """The p-th percentile (0–100) by linear interpolation between closest ranks; None for no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    k = (len(ordered) - 1) * p / 100.0
    low = math.floor(k)
    high = math.ceil(k)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def share_within(values: Iterable[float], limit: float) -> float | None:
    """The share (0–1) of `values` at or below `limit`."""
    values = list(values)
    if not values:
        return None
    return sum(1 for v in values if v <= limit + 1e-9) / len(values)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def throughput(items: Iterable[FlowItem], weeks: list[date]) -> list[int]:
    """Items completed in each week starting on `weeks[i]` (Mondays, in order)."""
    counts = [0] * len(weeks)
    index = {w: i for i, w in enumerate(weeks)}
    for item in items:
        if item.completed is not None:
            i = index.get(week_start(item.completed.date()))
            if i is not None:
                counts[i] += 1
    return counts


@dataclass(frozen=True)
class Aging:
    task_id: int
    status_id: int | None
    days: float
    over_p85: bool  # older than 85 % of recently finished items took


@dataclass(frozen=True)
class Bottleneck:
    status_id: int
    mean_days: float  # the mean stay in the column (finished stays and the current ones so far)
    count: int
    wip_limit: int
    reason: str


@dataclass
class FlowReport:
    first: date
    today: date
    weeks: list[date]
    throughput: list[int]
    cycle: list[tuple[datetime, float, int]]  # (completed, days, task id), completed within the window
    lead: list[tuple[datetime, float, int]]
    cycle_percentiles: dict[int, float | None]
    lead_percentiles: dict[int, float | None]
    wip: int
    wip_by_status: dict[int, int]
    aging: list[Aging]
    on_time: float | None  # share of items with a due date finished by it
    on_time_count: int
    time_in_status: dict[int, float]  # mean days per doing column
    bottleneck: Bottleneck | None
    targets: list[TargetResult] = field(default_factory=list)

    def mean_throughput(self) -> float | None:
        """Mean items a week over the full weeks of the window (the current week is still running)."""
        full = self.throughput[:-1] if self.weeks and self.weeks[-1] == week_start(self.today) else self.throughput
        return sum(full) / len(full) if full else None

    def missed(self) -> list[TargetResult]:
        return [r for r in self.targets if r.met is False]


def flow_report(ws: Workspace, today: date, weeks: int = 12, scope: ParentKey | None = None) -> FlowReport:
    """The flow metrics of the last `weeks` weeks (to `today`), for `scope` (an area or project, or everything)."""
    items = flow_items(ws, scope)
    last_week = week_start(today)
    week_list = [last_week - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    first = week_list[0]
    lo = datetime.combine(first, time())
    hi = datetime.combine(today + timedelta(days=1), time())
    cycle = sorted(
        (it.completed, it.cycle_days, it.task_id) for it in items
        if it.completed is not None and lo <= it.completed < hi and it.cycle_days is not None
    )  # fmt: skip
    lead = sorted(
        (it.completed, it.lead_days, it.task_id) for it in items
        if it.completed is not None and lo <= it.completed < hi and it.lead_days is not None
    )  # fmt: skip
    cycle_days = [c[1] for c in cycle]
    lead_days = [c[1] for c in lead]
    kinds = {sid: s.kind for sid, s in ws.statuses.items()}
    doing = [it for it in items if kinds.get(it.status_id) is StatusKind.DOING]
    wip_by_status = {sid: 0 for sid, kind in kinds.items() if kind is StatusKind.DOING}
    for it in doing:
        wip_by_status[it.status_id] += 1
    p85 = percentile(cycle_days, 85)
    now = hi
    aging = sorted(
        (
            Aging(it.task_id, it.status_id, age, p85 is not None and age > p85)
            for it in doing
            for age in [((now - it.started).total_seconds() / DAY) if it.started else 0.0]
        ),
        key=lambda a: -a.days,
    )
    due = [it for it in items if it.completed is not None and lo <= it.completed < hi and it.due is not None]
    on_time = sum(1 for it in due if it.completed.date() <= it.due.date()) / len(due) if due else None
    stays = time_in_status(ws, {it.task_id for it in items}, now)
    report = FlowReport(
        first=first,
        today=today,
        weeks=week_list,
        throughput=throughput(items, week_list),
        cycle=cycle,
        lead=lead,
        cycle_percentiles={p: percentile(cycle_days, p) for p in PERCENTILES},
        lead_percentiles={p: percentile(lead_days, p) for p in PERCENTILES},
        wip=len(doing),
        wip_by_status=wip_by_status,
        aging=aging,
        on_time=on_time,
        on_time_count=len(due),
        time_in_status=stays,
        bottleneck=bottleneck(ws, stays, wip_by_status),
    )
    area = scope[1] if scope is not None and scope[0] == "area" else None
    report.targets = check_targets(report, targets_for(ws, area))
    return report


def time_in_status(ws: Workspace, task_ids: set[int], now: datetime) -> dict[int, float]:
    """The mean days a stay in each doing column lasts: finished stays, and current ones counted so far."""
    kinds = {sid: s.kind for sid, s in ws.statuses.items()}
    by_task: dict[int, list] = {}
    for change in ws.status_changes.values():
        if change.task_id in task_ids:
            by_task.setdefault(change.task_id, []).append(change)
    total: dict[int, float] = {}
    count: dict[int, int] = {}
    for tid, changes in by_task.items():
        changes.sort(key=lambda c: (c.at, c.id))
        for i, change in enumerate(changes):
            sid = change.to_status_id
            if kinds.get(sid) is not StatusKind.DOING:
                continue
            task = ws.tasks.get(tid)
            if i + 1 < len(changes):
                end = changes[i + 1].at
            elif task is not None and task.status_id == sid:
                end = now
            else:
                continue
            total[sid] = total.get(sid, 0.0) + max(0.0, (end - change.at).total_seconds() / DAY)
            count[sid] = count.get(sid, 0) + 1
    return {sid: total[sid] / count[sid] for sid in total}


def bottleneck(ws: Workspace, stays: dict[int, float], wip_by_status: dict[int, int]) -> Bottleneck | None:
    """The doing column most over its WIP limit; else the one where work waits longest."""
    over = [
        (count - ws.statuses[sid].wip_limit, sid) for sid, count in wip_by_status.items()
        if ws.statuses[sid].wip_limit and count > ws.statuses[sid].wip_limit
    ]  # fmt: skip
    if over:
        _excess, sid = max(over)
        status = ws.statuses[sid]
        reason = tr("Flow", "{column} holds {count} items, over its limit of {limit}").format(
            column=status.name, count=wip_by_status[sid], limit=status.wip_limit
        )
        return Bottleneck(sid, stays.get(sid, 0.0), wip_by_status[sid], status.wip_limit, reason)
    if not stays:
        return None
    sid = max(stays, key=lambda s: (stays[s], -ws.statuses[s].position if s in ws.statuses else 0))
    if sid not in ws.statuses:
        return None
    status = ws.statuses[sid]
    reason = tr("Flow", "work waits longest in {column}: {days:.1f} days on average").format(
        column=status.name, days=stays[sid]
    )
    return Bottleneck(sid, stays[sid], wip_by_status.get(sid, 0), status.wip_limit, reason)


# -- cumulative flow ------------------------------------------------------------------------------------------
def cumulative_flow(
    ws: Workspace, first: date, last: date, scope: ParentKey | None = None
) -> tuple[list[date], dict[int, list[int]]]:
    """Items in each column at the end of each day from `first` to `last`, replayed from the status history.

    A task is counted from its creation (in the column its first recorded change left, else its current one)."""
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    n = len(days)
    diff = {sid: [0] * (n + 1) for sid in ws.statuses}
    by_task: dict[int, list] = {}
    for change in ws.status_changes.values():
        by_task.setdefault(change.task_id, []).append(change)
    origin = first.toordinal()

    def add(sid: int | None, begin: datetime | None, end: datetime | None) -> None:
        if sid not in diff:
            return
        # counted on day d if it is there at the end of d: begin < d+1 <= end, i.e. begin.day <= d < end.day
        a = 0 if begin is None else begin.toordinal() - origin
        b = n if end is None else end.toordinal() - origin
        a, b = max(a, 0), min(b, n)
        if a < b:
            diff[sid][a] += 1
            diff[sid][b] -= 1

    for task in ws.tasks.values():
        if (task.recurrence and task.routine_id is None) or ws.is_summary(task.id) or not in_scope(ws, task, scope):
            continue
        changes = sorted(by_task.get(task.id, ()), key=lambda c: (c.at, c.id))
        at = task.created
        if changes:
            at = at or changes[0].at
            current = changes[0].from_status_id
            for change in changes:
                add(current, at, change.at)
                current, at = change.to_status_id, change.at
            add(task.status_id if task.status_id == current else current, at, None)
        else:
            add(task.status_id, at, None)
    out = {}
    for sid, row in diff.items():
        running, counts = 0, []
        for i in range(n):
            running += row[i]
            counts.append(running)
        out[sid] = counts
    return days, out


# -- targets --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TargetResult:
    target: Target
    actual: float | None  # items a week, % within the limit, items, or % on time
    met: bool | None  # None: no data yet
    text: str


def metric_name(metric: str) -> str:
    """METRICS[metric] in the user's language."""
    return {
        "throughput": tr("Flow", "Throughput"),
        "cycle_time": tr("Flow", "Cycle time"),
        "lead_time": tr("Flow", "Lead time"),
        "wip": tr("Flow", "Work in progress"),
        "on_time": tr("Flow", "On-time completion"),
    }[metric]


def describe_target(target: Target) -> str:
    """The target in words, to show (what the user types is read by `parse_target`, in English)."""
    value = f"{target.value:g}"
    if target.metric == "throughput":
        return tr("Flow", "Throughput ≥ {value} a week").format(value=value)
    if target.metric == "cycle_time":
        return tr("Flow", "{percentile:g} % within {value} days (cycle time)").format(
            percentile=target.percentile, value=value
        )
    if target.metric == "lead_time":
        return tr("Flow", "{percentile:g} % within {value} days (lead time)").format(
            percentile=target.percentile, value=value
        )
    if target.metric == "wip":
        return tr("Flow", "Work in progress ≤ {value}").format(value=value)
    return tr("Flow", "On time ≥ {value} %").format(value=value)


def targets_for(ws: Workspace, area_id: int | None) -> list[Target]:
    """The targets that apply: an area's own, and the workspace's for metrics the area sets none for."""
    own = [t for t in ws.targets.values() if t.area_id is not None and t.area_id == area_id]
    chosen = {t.metric for t in own}
    general = [t for t in ws.targets.values() if t.area_id is None and t.metric not in chosen]
    return sorted(own + general, key=lambda t: (list(METRICS).index(t.metric) if t.metric in METRICS else 99, t.id))


def check_targets(report: FlowReport, targets: Iterable[Target]) -> list[TargetResult]:
    out = []
    for target in targets:
        name = describe_target(target)
        actual: float | None
        if target.metric == "throughput":
            actual = report.mean_throughput()
            met = None if actual is None else actual >= target.value - 1e-9
            text = tr("Flow", "{name}: {actual:.1f} a week") if actual is not None else tr("Flow", "{name}: no data")
        elif target.metric in ("cycle_time", "lead_time"):
            days = [c[1] for c in (report.cycle if target.metric == "cycle_time" else report.lead)]
            share = share_within(days, target.value)
            actual = None if share is None else share * 100
            met = None if actual is None else actual >= target.percentile - 1e-9
            text = tr("Flow", "{name}: {actual:.0f} % are") if actual is not None else tr("Flow", "{name}: no data")
        elif target.metric == "wip":
            actual = float(report.wip)
            met = actual <= target.value + 1e-9
            text = tr("Flow", "{name}: {actual:.0f} now")
        else:
            actual = None if report.on_time is None else report.on_time * 100
            met = None if actual is None else actual >= target.value - 1e-9
            text = tr("Flow", "{name}: {actual:.0f} %") if actual is not None else tr("Flow", "{name}: no data")
        out.append(TargetResult(target, actual, met, text.format(name=name, actual=actual)))
    return out


def parse_target(text: str) -> dict:
    """Fields of a target written as people say it: "throughput >= 12", "85% within 5 days",
    "lead time 90 % within 20 days", "wip <= 8", "on time >= 90%". Raises ValidationError otherwise."""
    raw = text.strip().lower().replace("≥", ">=").replace("≤", "<=").replace("%", " % ")
    number = r"(\d+(?:[.,]\d+)?)"
    found = re.fullmatch(rf"(cycle time|lead time)?\s*{number}\s*%\s*within\s*{number}\s*days?(?: \(.*\))?", raw)
    if found:
        metric = "lead_time" if found.group(1) == "lead time" else "cycle_time"
        return {"metric": metric, "percentile": _num(found.group(2)), "value": _num(found.group(3))}
    found = re.fullmatch(rf"(throughput|wip|work in progress|on[ -]time)\s*(?:>=|<=|=)?\s*{number}\s*%?.*", raw)
    if found:
        metric = {"throughput": "throughput", "on time": "on_time", "on-time": "on_time"}.get(found.group(1), "wip")
        return {"metric": metric, "value": _num(found.group(2))}
    raise ValidationError(
        tr(
            "Errors",
            "“{text}” is not a target; write for example “throughput ≥ 12”, “85 % within 5 days”, “WIP ≤ 8” or “on time ≥ 90 %”",  # noqa: E501
        ).format(text=text)
    )


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _check_target(target: Target) -> None:
    if target.metric not in METRICS:
        raise ValidationError(
            tr("Errors", "“{metric}” is not a metric; choose one of {metrics}").format(
                metric=target.metric, metrics=", ".join(METRICS)
            )
        )
    if not target.value >= 0 or math.isinf(target.value):
        raise ValidationError(
            tr("Errors", "{metric}: a target of {value:g} is not possible").format(
                metric=metric_name(target.metric), value=target.value
            )
        )
    if not 0 < target.percentile <= 100:
        raise ValidationError(
            tr("Errors", "A share of {percentile:g} % is not possible (1–100 %)").format(percentile=target.percentile)
        )
    if target.metric == "on_time" and target.value > 100:
        raise ValidationError(tr("Errors", "On time: {value:g} % is more than all of them").format(value=target.value))


class SetTarget(Command):
    """Set a metric's target for the workspace (`area_id` None) or an area, replacing the one it had there."""

    def __init__(self, metric: str, value: float, percentile: float = 85.0, area_id: int | None = None) -> None:
        super().__init__()
        self.text = tr("Commands", "Set target")
        self.metric, self.value, self.percentile, self.area_id = metric, float(value), float(percentile), area_id

    def _do(self, ws: Workspace) -> None:
        if self.area_id is not None and self.area_id not in ws.areas:
            raise ValidationError(tr("Errors", "There is no area {area_id}").format(area_id=self.area_id))
        existing = next((t for t in ws.targets.values() if t.metric == self.metric and t.area_id == self.area_id), None)
        if existing is not None:
            self.touch(ws, "target", existing.id)
            existing.value, existing.percentile = self.value, self.percentile
            _check_target(existing)
            self.id = existing.id
            return
        self.id = self.stable_id(ws, "target")
        target = Target(self.id, self.metric, self.value, self.percentile, self.area_id)
        _check_target(target)
        self.create(ws, "target", target)


class DeleteTarget(Command):
    def __init__(self, target_id: int) -> None:
        super().__init__()
        self.text = tr("Commands", "Remove target")
        self.target_id = target_id

    def _do(self, ws: Workspace) -> None:
        if self.target_id not in ws.targets:
            raise ValidationError(tr("Errors", "There is no target {target_id}").format(target_id=self.target_id))
        self.delete(ws, "target", self.target_id)
