"""What the report modules share: how numbers, money and dates are written (as the user's locale does, through
`formats`, which the window uses too), and charts from `planner.charts`
sized to the page. No layout here (that is `document` and `blocks`), and nothing that changes the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from planner.core.i18n import plural, tr
from planner.core.model import StatusKind, Task, Workspace
from planner.reports import formats


def money(value: float | None) -> str:
    return "—" if value is None else formats.number(value)


def amount(value: float | None) -> str:
    """A key figure's amount, with the currency's symbol as the user's locale writes it (tables leave it out)."""
    return "—" if value is None else formats.money(value, 0)


def signed_money(value: float) -> str:
    if abs(value) < 0.5:
        return "0"
    return ("+" if value > 0 else "−") + formats.number(abs(value))


def ratio(value: float | None) -> str:
    return "—" if value is None else formats.number(value, 2)


def percent(value: float | None) -> str:
    return "—" if value is None else formats.percent(value)


def day(value: date | datetime | None) -> str:
    """A date with its month's name, as the user's locale writes it, or a dash."""
    return "—" if value is None else formats.day(value)


def short_day(value: date | datetime | None) -> str:
    return "—" if value is None else formats.day_month(value)


def days_text(value: float) -> str:
    """Working days, signed: "+3 d", "−1.5 d", "0 d"."""
    if abs(value) < 0.05:
        return "0 d"
    return ("+" if value > 0 else "−") + formats.short_number(abs(value), 1) + " d"


def hours(value: float) -> str:
    return formats.hours(value, 1)


def people_count(n: int) -> str:
    """ "1 person", "3 people": English says "people", not "persons", so the one is its own text."""
    return tr("Reports", "1 person") if n == 1 else plural("%n people", None, n)


def working_days(ws: Workspace, before: datetime | None, after: datetime | None) -> float:
    """Working days from `before` to `after` on the workspace's calendar (negative when `after` is earlier)."""
    if before is None or after is None or before == after:
        return 0.0
    cal = ws.calendar
    per_day = cal.minutes_per_day or 480
    if after > before:
        return round(cal.working_minutes(before, after) / per_day, 1)
    return -round(cal.working_minutes(after, before) / per_day, 1)


def is_done(ws: Workspace, task: Task) -> bool:
    status = ws.statuses.get(task.status_id)
    return (status is not None and status.kind is StatusKind.DONE) or task.percent_complete >= 100


def people_names(ws: Workspace, task: Task) -> str:
    names = [ws.people[pid].name for pid in task.assignments if pid in ws.people]
    return ", ".join(sorted(names))


def where(ws: Workspace, task: Task) -> str:
    """The area or project a task belongs to."""
    if task.project_id in ws.projects:
        return ws.projects[task.project_id].name
    if task.area_id in ws.areas:
        return ws.areas[task.area_id].name
    return ""


def chart(build: Callable) -> Callable:
    """A chart block's figure function from a `planner.charts` builder called with the light palette: the figure
    is built at the page's size in inches, so its 8-point labels print at 8 points."""

    def figure(width_in: float, height_in: float):
        from planner.charts.style import LIGHT

        fig = build(LIGHT)
        fig.set_size_inches(width_in, height_in)
        return fig

    return figure
