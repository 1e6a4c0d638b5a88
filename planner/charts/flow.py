"""Flow charts: burndown and burnup of a project, cumulative flow of a board, cycle time with percentile lines,
and throughput per week. Each takes core data (a workspace, a `FlowReport`) and a palette, and returns a Figure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
from matplotlib.dates import date2num, num2date
from matplotlib.figure import Figure

from planner.charts.style import (
    ChartPalette,
    bars,
    date_axis,
    empty,
    legend,
    new_figure,
    period_axis,
    set_hover,
    style_axes,
)
from planner.core import locale_text as written
from planner.core.i18n import tr
from planner.core.metrics import FlowReport
from planner.core.model import Workspace


# -- burndown and burnup ----------------------------------------------------------------------------------------
@dataclass
class Burn:
    """A project's work in hours by day: its scope (work planned, as tasks were added) and the work done."""

    project_id: int
    days: list[date]
    scope: list[float]
    done: list[float]
    ideal: list[float]  # remaining work if it burned down evenly from the start to the target finish

    @property
    def remaining(self) -> list[float]:
        return [s - d for s, d in zip(self.scope, self.done, strict=True)]


def burn_data(ws: Workspace, project_id: int, today: date) -> Burn:
    """Work (hours: planned work, else duration × assignees) of the project's leaf tasks, by the day each was
    created and completed, from the project's start to its finish (or today, if later)."""
    project = ws.projects[project_id]
    leaves = [
        t for t in ws.tasks.values()
        if t.project_id == project_id and not ws.is_summary(t.id) and not t.milestone
    ]  # fmt: skip
    starts = [t.start for t in leaves if t.start] + ([project.start] if project.start else [])
    ends = [t.finish for t in leaves if t.finish] + ([project.target_finish] if project.target_finish else [])
    first = min(starts).date() if starts else today
    last = max([*(e.date() for e in ends), today])
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    n = len(days)
    added, finished = [0.0] * (n + 1), [0.0] * (n + 1)
    done_ids = ws.done_status_ids()
    for task in leaves:
        work = task.work if task.work else (task.duration or 0) * max(1.0, sum(task.assignments.values()))
        hours = work / 60
        created = task.created.date() if task.created else first
        added[max(0, min(n, (created - first).days))] += hours
        if task.status_id in done_ids or task.completed is not None:
            when = (task.completed or task.finish or datetime.combine(today, time())).date()
            finished[max(0, min(n, (when - first).days))] += hours
    scope, done = [], []
    s = d = 0.0
    for i in range(n):
        s += added[i]
        d += finished[i]
        scope.append(s)
        done.append(d)
    target = (project.target_finish.date() if project.target_finish else last) - first
    span = max(target.days, 1)
    total = scope[-1] if scope else 0.0
    ideal = [max(0.0, total * (1 - i / span)) for i in range(n)]
    return Burn(project_id, days, scope, done, ideal)


def burn_figure(burn: Burn, title: str, palette: ChartPalette, today: date, figure: Figure | None = None) -> Figure:
    """Burnup (scope and work done) with the remaining work burning down, and the ideal line."""
    fig = new_figure(palette, figure)
    ax = fig.add_subplot()
    style_axes(
        ax, palette, tr("Charts", "Burndown and burnup · {title}").format(title=title), tr("Charts", "hours of work")
    )
    if not burn.days or not burn.scope[-1]:
        empty(ax, palette, tr("Charts", "No planned work in this project yet"))
        return fig
    x = date2num(burn.days)
    upto = sum(1 for d in burn.days if d <= today)
    ax.plot(x, burn.scope, color=palette.muted, linewidth=1.2, drawstyle="steps-post", label=tr("Charts", "Scope"))
    ax.plot(
        x[:upto],
        burn.done[:upto],
        color=palette.success,
        linewidth=2,
        drawstyle="steps-post",
        label=tr("Charts", "Done"),
    )
    ax.plot(x[:upto], burn.remaining[:upto], color=palette.project, linewidth=2, drawstyle="steps-post",
            label=tr("Charts", "Remaining"))  # fmt: skip
    ax.plot(
        x, burn.ideal, color=palette.project, linewidth=1, linestyle=(0, (4, 3)), alpha=0.7, label=tr("Charts", "Ideal")
    )
    ax.axvline(date2num(today), color=palette.caution, linewidth=1, linestyle=":")
    date_axis(ax)
    ax.set_ylim(0, max(burn.scope) * 1.1)
    legend(ax, palette)

    def hover(hx: float, _hy: float) -> str | None:
        i = round(hx - x[0])
        if not 0 <= i < len(burn.days):
            return None
        day = burn.days[i]
        text = tr("Charts", "{day}: scope {scope:.0f} h").format(day=written.weekday_day(day), scope=burn.scope[i])
        if day <= today:
            text += tr("Charts", ", done {done:.0f} h, remaining {left:.0f} h").format(
                done=burn.done[i], left=burn.remaining[i]
            )
        return text + tr("Charts", " (ideal {ideal:.0f} h)").format(ideal=burn.ideal[i])

    set_hover(fig, ax, hover)
    return fig


# -- cumulative flow ------------------------------------------------------------------------------------------
def cumulative_flow_figure(
    days: list[date],
    counts: Mapping[int, list[int]],
    names: Mapping[int, str],
    order: list[int],
    palette: ChartPalette,
    figure: Figure | None = None,
) -> Figure:
    """Items per column per day, stacked with the done column at the bottom (one polygon per column)."""
    fig = new_figure(palette, figure)
    ax = fig.add_subplot()
    style_axes(ax, palette, tr("Charts", "Cumulative flow"), tr("Charts", "items"))
    if not days or not any(any(c) for c in counts.values()):
        empty(ax, palette, tr("Charts", "No board history yet"))
        return fig
    stack = list(reversed(order))  # done at the bottom, the backlog on top
    x = date2num(days)
    colors = [palette.series[(len(order) - 1 - i) % len(palette.series)] for i in range(len(stack))]
    ax.stackplot(x, [counts[sid] for sid in stack], labels=[names[sid] for sid in stack], colors=colors,
                 alpha=0.9, linewidth=0)  # fmt: skip
    date_axis(ax)
    ax.set_xlim(x[0], x[-1])
    handles, labels = ax.get_legend_handles_labels()
    legend(ax, palette, handles[::-1], labels[::-1])

    def hover(hx: float, _hy: float) -> str | None:
        i = round(hx - x[0])
        if not 0 <= i < len(days):
            return None
        parts = [f"{names[sid]} {counts[sid][i]}" for sid in order]
        return f"{written.weekday_day_month(days[i])}: " + " · ".join(parts)

    set_hover(fig, ax, hover)
    return fig


# -- cycle time and throughput ------------------------------------------------------------------------------------
def cycle_time_figure(
    report: FlowReport, titles: Mapping[int, str], palette: ChartPalette, figure: Figure | None = None
) -> Figure:
    """Each finished item's cycle time by completion date (one scatter), with the 50th, 85th and 95th percentiles."""
    fig = new_figure(palette, figure)
    ax = fig.add_subplot()
    style_axes(ax, palette, tr("Charts", "Cycle time"), tr("Charts", "days"))
    if not report.cycle:
        empty(ax, palette, tr("Charts", "No item finished in these weeks"))
        return fig
    x = date2num([c[0] for c in report.cycle])
    y = np.array([c[1] for c in report.cycle])
    ax.scatter(x, y, s=22, color=palette.accent, alpha=0.8, linewidths=0, zorder=3)
    styles = {50: (palette.success, "-"), 85: (palette.caution, "--"), 95: (palette.warning, ":")}
    for p, value in report.cycle_percentiles.items():
        if value is not None:
            color, dash = styles[p]
            ax.axhline(value, color=color, linewidth=1, linestyle=dash)
            ax.annotate(
                tr("Charts", "{p}th · {value:.1f} d").format(p=p, value=value),
                (1, value),
                xycoords=("axes fraction", "data"),
                ha="right",
                va="bottom",
                fontsize=7,
                color=color,
            )
    ax.set_xlim(date2num(report.first) - 0.5, date2num(report.today) + 0.5)
    ax.set_ylim(0, max(float(y.max()), 1.0) * 1.15)
    date_axis(ax)
    span = (ax.get_xlim()[1] - ax.get_xlim()[0]) / 60

    def hover(hx: float, hy: float) -> str | None:
        if not len(x):
            return None
        scale = max(float(y.max()), 1.0) / 30
        d = ((x - hx) / span) ** 2 + ((y - hy) / scale) ** 2
        i = int(d.argmin())
        if d[i] > 4:
            return None
        done, days, tid = report.cycle[i]
        return tr("Charts", "{title}: {days:.1f} days, finished {day}").format(
            title=titles.get(tid, "?"), days=days, day=written.weekday_day_month(done)
        )

    set_hover(fig, ax, hover)
    return fig


def throughput_figure(report: FlowReport, palette: ChartPalette, target: float | None = None,
                      figure: Figure | None = None) -> Figure:  # fmt: skip
    """Items finished per week (one bar collection), with the target as a line when there is one."""
    fig = new_figure(palette, figure)
    ax = fig.add_subplot()
    style_axes(ax, palette, tr("Charts", "Throughput"), tr("Charts", "items a week"))
    n = len(report.weeks)
    x = np.arange(n)
    values = np.array(report.throughput, dtype=float)
    current = report.weeks[-1] == report.today - timedelta(days=report.today.weekday()) if n else False
    colors = [palette.accent] * n
    if current:
        colors[-1] = palette.muted  # the week still running
    bars(ax, x, values, facecolors=colors)
    if target is not None:
        ax.axhline(target, color=palette.caution, linewidth=1, linestyle="--")
        ax.annotate(
            tr("Charts", "target {target:g}").format(target=target),
            (1, target),
            xycoords=("axes fraction", "data"),
            ha="right",
            va="bottom",
            fontsize=7,
            color=palette.caution,
        )
    ax.set_xlim(-0.6, n - 0.4)
    ax.set_ylim(0, max(float(values.max()) if n else 0, target or 0, 1.0) * 1.2)
    period_axis(ax, [written.day_month(w) for w in report.weeks])

    def hover(hx: float, _hy: float) -> str | None:
        i = round(hx)
        if not 0 <= i < n:
            return None
        note = tr("Charts", " (so far)") if current and i == n - 1 else ""
        text = tr("Charts", "Week of {week}: {count} finished{note}")
        return text.format(week=written.day_month(report.weeks[i]), count=report.throughput[i], note=note)

    set_hover(fig, ax, hover)
    return fig


def num_to_date(value: float) -> date:
    return num2date(value).date()
