"""Project charts: the earned-value S-curve (PV, EV, AC), the risk heat map (probability × impact) and progress
by project. Each is built on a small data interface (`EarnedValueCurve`, cells, `ProjectProgress`), filled from
the core by the functions beside it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from planner.charts.style import ChartPalette, bars, date_axis, empty, legend, new_figure, set_hover, style_axes
from planner.core import locale_text as written
from planner.core.i18n import plural, tr
from planner.core.model import Workspace


# -- earned value ------------------------------------------------------------------------------------------------
@dataclass
class EarnedValueCurve:
    """Cumulative planned value over the plan, and earned value and actual cost up to the status date."""

    dates: list[date]
    pv: list[float]
    ev: list[float]  # as long as the dates up to the status date
    ac: list[float]
    bac: float
    status: date
    forecast_finish: date | None = None


def earned_value_curve(ws: Workspace, project_id: int, today: date, points: int = 16) -> EarnedValueCurve | None:
    """The S-curve of a project, by the rules of `planner.core.earned_value`: planned value accrues linearly over
    each task's working time (the baseline's, else the plan's); actual cost is the ledger up to each date. Earned
    value before the status date is read from when tasks were finished (a task in progress earns its share evenly
    from its start), as no history of percent complete is kept; at the status date it is exact."""
    try:
        from planner.core.baselines import chosen_baseline, snapshot
        from planner.core.costs import ledger, task_actual_cost
        from planner.core.earned_value import earned_value, status_moment
    except ImportError:  # pragma: no cover - the project engineer's modules
        return None
    status = status_moment(ws, project_id, today)
    now = earned_value(ws, project_id, status)
    if now.planned_start is None or now.planned_finish is None:
        return None
    baseline = chosen_baseline(ws, project_id)
    plan = baseline.tasks if baseline is not None else snapshot(ws, project_id)
    cal = ws.calendar
    first_at = now.planned_start
    spans = [
        (cal.working_minutes(first_at, row.start), cal.working_minutes(first_at, row.finish or row.start), row.cost)
        for row in plan.values() if not row.summary and row.start is not None
    ]  # fmt: skip

    def planned_value(at: datetime) -> float:
        m = cal.working_minutes(first_at, at) if at > first_at else 0
        total = 0.0
        for begin, end, cost in spans:
            if m >= end:
                total += cost
            elif m > begin:
                total += cost * (m - begin) / (end - begin)
        return total

    first = first_at.date()
    last = max(now.planned_finish.date(), status.date())
    step = max(1, ((last - first).days + points - 1) // points)
    dates = [first + timedelta(days=i) for i in range(0, (last - first).days + step, step)]
    tasks = [t for t in ws.tasks.values() if t.project_id == project_id and not ws.is_summary(t.id)]
    earning = [t for t in tasks if t.percent_complete]
    spent = sum(t.percent_complete for t in earning) or 1
    pv, ev, ac = [], [], []
    for day in dates:
        moment = datetime.combine(day, time(23, 59))
        pv.append(planned_value(moment))
        if moment > status and ev:
            continue
        book = ledger(ws, project_id, until=min(moment, status))
        ac.append(sum(task_actual_cost(t, book) for t in tasks) + book.expenses.get(None, 0.0))
        share = 0.0
        for task in earning:
            if task.completed is not None and task.completed <= moment:
                share += task.percent_complete
            elif task.started is not None and task.started <= moment:
                length = max((status - task.started).total_seconds(), 1.0)
                share += task.percent_complete * min(1.0, (moment - task.started).total_seconds() / length)
        ev.append(now.ev * share / spent)
    if ev:
        ev[-1], ac[-1] = now.ev, now.ac
    forecast = now.forecast_finish.date() if now.forecast_finish else None
    return EarnedValueCurve(dates, pv, ev, ac, now.bac, status.date(), forecast)


def earned_value_figure(curve: EarnedValueCurve | None, title: str, palette: ChartPalette,
                        figure: Figure | None = None) -> Figure:  # fmt: skip
    fig = new_figure(palette, figure)
    ax = fig.add_subplot()
    style_axes(ax, palette, tr("Charts", "Earned value · {title}").format(title=title), tr("Charts", "cost"))
    if curve is None or not curve.dates or not curve.bac:
        empty(ax, palette, tr("Charts", "No budget to earn yet: assign people with rates, or add fixed costs"))
        return fig
    x = date2num(curve.dates)
    ax.plot(x, curve.pv, color=palette.muted, linewidth=1.6, label=tr("Charts", "Planned value (PV)"))
    ax.plot(x[: len(curve.ev)], curve.ev, color=palette.success, linewidth=2, label=tr("Charts", "Earned value (EV)"))
    ax.plot(
        x[: len(curve.ac)],
        curve.ac,
        color=palette.warning,
        linewidth=1.6,
        linestyle="--",
        label=tr("Charts", "Actual cost (AC)"),
    )
    ax.axhline(curve.bac, color=palette.grid, linewidth=1)
    ax.annotate(f"BAC {written.number(curve.bac)}", (0, curve.bac), xycoords=("axes fraction", "data"), va="bottom",
                fontsize=7, color=palette.muted)  # fmt: skip
    ax.axvline(date2num(curve.status), color=palette.caution, linewidth=1, linestyle=":")
    if curve.forecast_finish is not None:
        ax.axvline(date2num(curve.forecast_finish), color=palette.warning, linewidth=0.8, alpha=0.6)
    date_axis(ax)
    ax.set_ylim(0, curve.bac * 1.15)
    legend(ax, palette)

    def hover(hx: float, _hy: float) -> str | None:
        i = int(np.abs(x - hx).argmin())
        text = tr("Charts", "{day}: PV {pv}").format(day=written.day(curve.dates[i]), pv=written.number(curve.pv[i]))
        if i < len(curve.ev):
            text += tr("Charts", ", EV {ev}, AC {ac}").format(
                ev=written.number(curve.ev[i]), ac=written.number(curve.ac[i])
            )
        return text

    set_hover(fig, ax, hover)
    return fig


# -- risks -----------------------------------------------------------------------------------------------------
def risk_cells(ws: Workspace, project_id: int | None = None) -> dict[tuple[int, int], int]:
    """Open risks per (probability, impact) cell, of one project or all (empty without a risk register)."""
    risks = getattr(ws, "risks", {}) or {}
    try:
        from planner.core.risks import heat_map
    except ImportError:  # pragma: no cover
        return {}
    chosen = [r for r in risks.values() if project_id is None or r.project_id == project_id]
    return dict(heat_map(chosen))


def risk_heatmap_figure(cells: Mapping[tuple[int, int], int], title: str, palette: ChartPalette,
                        figure: Figure | None = None) -> Figure:  # fmt: skip
    """A 5 × 5 grid of probability (up) and impact (across), coloured by severity, with the number of risks."""
    fig = new_figure(palette, figure)
    ax = fig.add_subplot()
    style_axes(ax, palette, f"Risks · {title}", grid_axis="")
    score = np.array([[p * i for i in range(1, 6)] for p in range(1, 6)], dtype=float)
    colors = np.empty((5, 5, 4))
    from matplotlib.colors import to_rgba

    for p in range(5):
        for i in range(5):
            s = score[p, i]
            base = palette.success if s < 5 else palette.caution if s < 12 else palette.warning
            colors[p, i] = to_rgba(base, 0.25 + 0.5 * min(s, 25) / 25)
    ax.imshow(colors, origin="lower", extent=(0.5, 5.5, 0.5, 5.5))
    for (p, i), count in cells.items():
        if count:
            ax.text(i, p, str(count), ha="center", va="center", fontsize=11, fontweight="bold", color=palette.text)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.set_xlabel(tr("Charts", "impact"), color=palette.muted, fontsize=8)
    ax.set_ylabel(tr("Charts", "probability"), color=palette.muted, fontsize=8)
    if not cells:
        ax.text(3, 3, tr("Charts", "No open risks"), ha="center", va="center", color=palette.muted, fontsize=9)

    def hover(hx: float, hy: float) -> str | None:
        i, p = round(hx), round(hy)
        if not (1 <= i <= 5 and 1 <= p <= 5):
            return None
        count = cells.get((p, i), 0)
        text = tr("Charts", "Probability {p}, impact {i} (score {score}): {risks}")
        return text.format(p=p, i=i, score=p * i, risks=plural("%n open risk(s)", None, count))

    set_hover(fig, ax, hover)
    return fig


# -- progress -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProjectProgress:
    project_id: int
    name: str
    percent: float  # work done, weighted by duration
    planned: float  # where it should be by today, weighted the same way
    late: bool  # its finish is past its target finish


def project_progress(ws: Workspace, today: date) -> list[ProjectProgress]:
    out = []
    now = datetime.combine(today, time(23, 59))
    for project in ws.ordered("project"):
        leaves = [t for t in ws.tasks.values() if t.project_id == project.id and not ws.is_summary(t.id)]
        weight = sum(max(t.duration or 0, 1) for t in leaves)
        if not leaves:
            out.append(ProjectProgress(project.id, project.name, 0.0, 0.0, False))
            continue
        done = sum(max(t.duration or 0, 1) * t.percent_complete for t in leaves) / weight
        planned = 0.0
        for t in leaves:
            w = max(t.duration or 0, 1)
            if t.finish is not None and t.finish <= now:
                planned += w * 100
            elif t.start is not None and t.finish is not None and t.start < now:
                planned += w * 100 * (now - t.start) / (t.finish - t.start)
        finish = max((t.finish for t in leaves if t.finish), default=None)
        late = bool(project.target_finish and finish and finish > project.target_finish)
        out.append(ProjectProgress(project.id, project.name, done, planned / weight, late))
    return out


def progress_figure(rows: Sequence[ProjectProgress], palette: ChartPalette, figure: Figure | None = None) -> Figure:
    """Each project's percent complete (one bar collection) with where it should be by now (one marker set)."""
    fig = new_figure(palette, figure)
    ax = fig.add_subplot()
    style_axes(ax, palette, tr("Charts", "Progress by project"), grid_axis="x")
    if not rows:
        empty(ax, palette, tr("Charts", "No projects yet"))
        return fig
    y = np.arange(len(rows))[::-1]
    ax.set_xlim(0, 100)
    bars(ax, y, [100.0] * len(rows), horizontal=True, width=0.5, facecolor=palette.grid)
    colors = [palette.warning if r.late else palette.project for r in rows]
    bars(ax, y, [r.percent for r in rows], horizontal=True, width=0.5, facecolors=colors)
    ax.scatter([r.planned for r in rows], y, marker="|", s=220, color=palette.text, linewidths=2, zorder=4)
    ax.set_yticks(y, [r.name for r in rows])
    ax.set_xticks([0, 25, 50, 75, 100], ["0 %", "25 %", "50 %", "75 %", "100 %"])
    ax.set_ylim(-0.7, len(rows) - 0.3)
    for yi, r in zip(y, rows, strict=True):
        ax.text(min(r.percent, 100) + 1.5, yi, f"{r.percent:.0f} %", va="center", fontsize=8, color=palette.text)

    def hover(_hx: float, hy: float) -> str | None:
        row = round(hy)
        if not 0 <= row < len(rows):
            return None
        r = rows[len(rows) - 1 - row]
        text = tr("Charts", "{name}: {done:.0f} % done, {planned:.0f} % planned by today")
        text = text.format(name=r.name, done=r.percent, planned=r.planned)
        return text + (tr("Charts", " — finishes after its target") if r.late else "")

    set_hover(fig, ax, hover)
    return fig
