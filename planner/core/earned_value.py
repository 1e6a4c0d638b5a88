"""Earned value of a project as of its status date: PV, EV, AC, SV, CV, SPI, CPI, EAC, ETC, VAC, and a forecast
finish by earned schedule.

The rules, stated once: a task's budget (BAC) and planned dates come from the chosen baseline, else from the plan
now. Planned value accrues linearly over a task's working time; earned value is budget × percent complete; actual
cost is time logged at people's rates plus expenses up to the status date, plus fixed costs accrued with percent
complete. EAC = AC + (BAC − EV) / CPI (= BAC / CPI), the usual "typical variance" estimate. The forecast finish uses
earned schedule (ES: when the planned-value curve reached today's earned value; SPI(t) = ES / actual time; forecast
duration = planned duration / SPI(t)), which, unlike SPI, stays right after the planned finish. No Qt, no storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from planner.core.baselines import chosen_baseline, snapshot
from planner.core.costs import ledger, task_actual_cost
from planner.core.model import Workspace


@dataclass
class EarnedValue:
    status_date: datetime
    bac: float  # budget at completion
    pv: float  # planned value: what should have been done by the status date, at budget
    ev: float  # earned value: what has been done, at budget
    ac: float  # actual cost of what has been done
    planned_start: datetime | None
    planned_finish: datetime | None
    forecast_finish: datetime | None  # by earned schedule; None before anything is earned
    earned_schedule: float  # working days of plan that the work done is worth
    actual_time: float  # working days from the planned start to the status date
    baseline_name: str = ""  # "" when measured against the plan as it is now

    @property
    def sv(self) -> float:
        return self.ev - self.pv

    @property
    def cv(self) -> float:
        return self.ev - self.ac

    @property
    def spi(self) -> float | None:
        return self.ev / self.pv if self.pv else None

    @property
    def cpi(self) -> float | None:
        return self.ev / self.ac if self.ac else None

    @property
    def eac(self) -> float:
        cpi = self.cpi
        return self.ac + (self.bac - self.ev) / cpi if cpi else self.ac + self.bac - self.ev

    @property
    def etc(self) -> float:
        return self.eac - self.ac

    @property
    def vac(self) -> float:
        return self.bac - self.eac

    @property
    def spi_t(self) -> float | None:
        return self.earned_schedule / self.actual_time if self.actual_time else None


def status_moment(ws: Workspace, project_id: int, today: date) -> datetime:
    """The project's status date, else the end of `today`'s working day."""
    project = ws.projects[project_id]
    if project.status_date is not None:
        return project.status_date
    return datetime.combine(today, time(23, 59))


def earned_value(ws: Workspace, project_id: int, status: datetime) -> EarnedValue:
    """The earned-value figures of a project as of `status`."""
    cal = ws.calendar
    per_day = cal.minutes_per_day or 480
    baseline = chosen_baseline(ws, project_id)
    plan = baseline.tasks if baseline is not None else snapshot(ws, project_id)
    leaves = {tid: row for tid, row in plan.items() if not row.summary and row.start is not None}
    book = ledger(ws, project_id, until=status)

    bac = sum(row.cost for row in leaves.values())
    ev = 0.0
    for tid, row in leaves.items():
        task = ws.tasks.get(tid)
        if task is not None:
            ev += row.cost * task.percent_complete / 100
    ac = sum(task_actual_cost(t, book) for t in ws.tasks.values() if t.project_id == project_id)
    ac += book.expenses.get(None, 0.0)

    starts = [row.start for row in leaves.values()]
    finishes = [row.finish or row.start for row in leaves.values()]
    if not starts:
        return EarnedValue(status, bac, 0.0, ev, ac, None, None, None, 0.0, 0.0, _name(baseline))
    first, last = min(starts), max(finishes)

    def offset(at: datetime) -> int:
        return cal.working_minutes(first, at) if at > first else 0

    # Each task as (offset of its start, of its finish, budget): the planned-value curve is their sum.
    spans = [(offset(row.start), offset(row.finish or row.start), row.cost) for row in leaves.values()]

    def planned_value(m: float) -> float:
        total = 0.0
        for begin, end, cost in spans:
            if m >= end:
                total += cost
            elif m > begin:
                total += cost * (m - begin) / (end - begin)
        return total

    at = offset(status)
    pv = planned_value(at)
    duration = offset(last)
    if ev >= bac and bac:
        es = float(duration)
    else:
        low, high = 0.0, float(duration)
        for _ in range(60):  # the curve only rises: bisect for where it reaches EV
            mid = (low + high) / 2
            if planned_value(mid) < ev:
                low = mid
            else:
                high = mid
        es = high if ev > 0 else 0.0
    forecast = None
    if at > 0 and es > 0:
        forecast = cal.add_working(first, round(duration * at / es))
    elif at <= 0:
        forecast = last
    return EarnedValue(status, bac, pv, ev, ac, first, last, forecast, es / per_day, at / per_day, _name(baseline))


def _name(baseline) -> str:
    return baseline.name if baseline is not None else ""
