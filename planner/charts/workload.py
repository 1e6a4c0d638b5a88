"""Workload charts: one person's (or the team's) hours per period, stacked by kind against capacity with the
hours over it marked; and the team's heat map of load as a share of capacity."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure

from planner.charts.style import (
    ChartPalette,
    bars,
    empty,
    hours,
    legend,
    new_figure,
    period_axis,
    set_hover,
    style_axes,
)
from planner.core import locale_text as written
from planner.core.i18n import tr
from planner.core.workload import Kind, Unit, Workload

_KINDS = (Kind.ROUTINE, Kind.ONGOING, Kind.PROJECT)


def _label(kind: Kind) -> str:
    names = {
        Kind.ROUTINE: tr("Charts", "Routines"),
        Kind.ONGOING: tr("Charts", "Ongoing work"),
        Kind.PROJECT: tr("Charts", "Projects"),
    }
    return names[kind]


def period_label(wl: Workload, i: int) -> str:
    start = wl.starts[i]
    if wl.unit is Unit.MONTH:
        return written.month_year(start)
    if wl.unit is Unit.WEEK:
        return written.day_month(start)
    return written.weekday_day_month(start)


def workload_figure(
    wl: Workload,
    names: Mapping[int, str],
    palette: ChartPalette,
    person_id: int | None = None,
    figure: Figure | None = None,
) -> Figure:
    """Hours per period for `person_id` (None: the whole team), stacked routine, ongoing and project work, with
    capacity as a step line and the hours over it hatched in the warning colour."""
    fig = new_figure(palette, figure)
    ax = fig.add_subplot()
    who = tr("Charts", "Team") if person_id is None else names.get(person_id, "?")
    style_axes(ax, palette, tr("Charts", "Workload · {who}").format(who=who), tr("Charts", "hours"))
    people = wl.people if person_id is None else [person_id]
    n = wl.periods
    if not people or not n:
        empty(ax, palette, tr("Charts", "No people to show"))
        return fig
    series = {kind: np.zeros(n) for kind in _KINDS}
    capacity = np.zeros(n)
    for pid in people:
        for kind in _KINDS:
            series[kind] += wl.load[kind][pid]
        capacity += wl.capacity[pid]
    x = np.arange(n)
    bottom = np.zeros(n)
    colors = {Kind.ROUTINE: palette.routine, Kind.ONGOING: palette.ongoing, Kind.PROJECT: palette.project}
    for kind in _KINDS:
        if series[kind].any():
            bars(ax, x, series[kind], bottom, facecolor=colors[kind], label=_label(kind))
        bottom = bottom + series[kind]
    total = bottom
    # Over-allocation: the part of each bar above capacity (per person, for the team), hatched.
    if person_id is None:
        over = np.array([sum(wl.over(pid, i) for pid in people) for i in range(n)])
    else:
        over = np.array([wl.over(person_id, i) for i in range(n)])
    if over.any():
        marked = over > 0
        bars(ax, x[marked], over[marked], (total - over)[marked], facecolor="none", edgecolor=palette.warning,
             hatch="////", linewidth=1.2, label=tr("Charts", "Over capacity"))  # fmt: skip
    steps_x = np.concatenate([[x[0] - 0.5], x + 0.5])
    steps_y = np.concatenate([[capacity[0]], capacity])
    ax.step(steps_x, steps_y, where="pre", color=palette.text, linewidth=1.2, label=tr("Charts", "Capacity"))
    ax.set_xlim(-0.6, n - 0.4)
    ax.set_ylim(0, max(float(total.max()), float(capacity.max()), 1.0) * 1.12)
    period_axis(ax, [period_label(wl, i) for i in range(n)])
    legend(ax, palette)

    def hover(hx: float, _hy: float) -> str | None:
        i = round(hx)
        if not 0 <= i < n:
            return None
        parts = [f"{_label(k)} {hours(series[k][i])}" for k in _KINDS if series[k][i]]
        text = tr("Charts", "{who}, {period}: {load} of {capacity}").format(
            who=who, period=_period_name(wl, i), load=hours(total[i]), capacity=hours(capacity[i])
        )
        if over[i]:
            text += tr("Charts", " — {hours} over").format(hours=hours(over[i]))
        return text + ("\n" + " · ".join(parts) if parts else "")

    set_hover(fig, ax, hover)
    fig._planner_data = {"series": series, "capacity": capacity, "over": over}
    return fig


def _period_name(wl: Workload, i: int) -> str:
    start = wl.starts[i]
    if wl.unit is Unit.WEEK:
        return tr("Charts", "week of {day}").format(day=written.day(start))
    if wl.unit is Unit.MONTH:
        return written.month_year(start)
    return written.weekday_day(start)


def heatmap_figure(
    wl: Workload, names: Mapping[int, str], palette: ChartPalette, figure: Figure | None = None
) -> Figure:
    """Load as a share of capacity for each person (rows) and period (columns): one image, over 100 % in red."""
    fig = new_figure(palette, figure)
    ax = fig.add_subplot()
    style_axes(ax, palette, tr("Charts", "Team load against capacity"), grid_axis="")
    people = sorted(wl.people, key=lambda pid: names.get(pid, "").casefold())
    n = wl.periods
    if not people or not n:
        empty(ax, palette, tr("Charts", "No people to show"))
        return fig
    share = np.zeros((len(people), n))
    for row, pid in enumerate(people):
        for i in range(n):
            value = wl.utilisation(pid, i)
            share[row, i] = min(value, 2.0)
    low, full, over = palette.heat
    cmap = LinearSegmentedColormap.from_list("load", [(0, low), (0.5, full), (0.5001, over), (1, over)])
    image = ax.imshow(share, aspect="auto", cmap=cmap, vmin=0, vmax=2.0, interpolation="nearest")
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_yticks(range(len(people)), [names.get(pid, "?") for pid in people])
    period_axis(ax, [period_label(wl, i) for i in range(n)])
    bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02, ticks=[0, 0.5, 1.0, 1.5, 2.0])
    bar.ax.set_yticklabels(["0 %", "50 %", "100 %", "150 %", "≥ 200 %"], color=palette.muted, fontsize=7)
    bar.outline.set_visible(False)
    bar.ax.tick_params(length=0)

    def hover(hx: float, hy: float) -> str | None:
        i, row = round(hx), round(hy)
        if not (0 <= i < n and 0 <= row < len(people)):
            return None
        pid = people[row]
        total, cap = wl.total(pid, i), wl.capacity[pid][i]
        pct = f"{total / cap:.0%}" if cap else tr("Charts", "no capacity")
        text = tr("Charts", "{who}, {period}: {load} of {capacity} ({share})")
        return text.format(
            who=names.get(pid, "?"), period=_period_name(wl, i), load=hours(total), capacity=hours(cap), share=pct
        )

    set_hover(fig, ax, hover)
    fig._planner_data = {"share": share, "people": people}
    return fig
