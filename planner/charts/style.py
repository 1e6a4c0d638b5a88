"""What every chart shares: the palette (light or dark, passed in by the caller), a figure laid out in it, bars
drawn as one collection per series, and hover texts that the window (or a test) asks for by data coordinates.

Matplotlib only (`matplotlib.figure.Figure`, never pyplot), no Qt: the same figure goes to a window, a PNG or a PDF.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextPath
from matplotlib.ticker import FuncFormatter, Locator

from planner.core import locale_text as written

Hover = Callable[[float, float], str | None]


@dataclass(frozen=True)
class ChartPalette:
    background: str
    text: str
    muted: str
    grid: str
    project: str
    routine: str
    ongoing: str
    accent: str
    warning: str
    caution: str
    success: str
    series: tuple[str, ...]  # for categories without a meaning of their own (board columns)
    heat: tuple[str, str, str]  # low, full, over

    @property
    def dark(self) -> bool:
        return _lightness(self.background) < 0.5


LIGHT = ChartPalette(
    background="#ffffff", text="#1f2328", muted="#697079", grid="#e4e7eb", project="#2f6fde", routine="#8b5cf6",
    ongoing="#12a493", accent="#2f6fde", warning="#c4322b", caution="#a66600", success="#1f883d",
    series=("#8394ad", "#2f6fde", "#8b5cf6", "#ce8208", "#12a493", "#1f883d", "#db2777"),
    heat=("#eef2f7", "#7fb3ea", "#c4322b"),
)  # fmt: skip
DARK = ChartPalette(
    background="#16181c", text="#e6e8eb", muted="#8b929a", grid="#30343a", project="#5b9cff", routine="#a78bfa",
    ongoing="#2dd4bf", accent="#5b9cff", warning="#ff7b72", caution="#e3b341", success="#56d364",
    series=("#64748b", "#5b9cff", "#a78bfa", "#fbbf24", "#2dd4bf", "#56d364", "#f472b6"),
    heat=("#1f242b", "#2f5f9e", "#ff7b72"),
)  # fmt: skip


def _lightness(color: str) -> float:
    color = color.lstrip("#")
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return (max(r, g, b) + min(r, g, b)) / 2


def new_figure(palette: ChartPalette, figure: Figure | None = None, size=(6.4, 3.4)) -> Figure:
    """A clear figure in the palette's colours (the given one, emptied, so a canvas can keep its figure)."""
    if figure is None:
        figure = Figure(figsize=size, dpi=100, layout="constrained")
    else:
        figure.clear()
    figure.set_facecolor(palette.background)
    figure._planner_hover = {}  # axes -> Hover
    return figure


def style_axes(ax: Axes, palette: ChartPalette, title: str = "", ylabel: str = "", grid_axis: str = "y") -> None:
    ax.set_facecolor(palette.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(palette.grid)
    ax.tick_params(colors=palette.muted, labelsize=8, length=0, pad=4)
    if grid_axis:
        ax.grid(axis=grid_axis, color=palette.grid, linewidth=0.8)
        ax.set_axisbelow(True)
    if title:
        # Bold, not semibold: DejaVu Sans, matplotlib's font, has no semibold, and asking printed a warning each time.
        ax.set_title(title, loc="left", color=palette.text, fontsize=10, fontweight="bold", pad=8)
    if ylabel:
        ax.set_ylabel(ylabel, color=palette.muted, fontsize=8)


def legend(ax: Axes, palette: ChartPalette, handles=None, labels=None) -> None:
    """The series' names in one row under the chart (outside the axes, so it never hides data)."""
    if handles is None:
        handles, labels = ax.get_legend_handles_labels()
    if handles:
        columns = min(len(handles), 3)  # four names ("Over capacity", "Capacity"…) overran a dashboard tile
        ax.figure.legend(handles, labels, loc="outside lower center", ncols=columns, frameon=False, fontsize=8,
                         labelcolor=palette.text, handlelength=1.4, columnspacing=1.2)  # fmt: skip


def date_axis(ax: Axes) -> None:
    """Dates along x: as many ticks as fit (AutoDateLocator) and each label as short as its neighbours allow
    ("Nov", "14", "Dec"), with the year once at the end; fixed "%d %b" labels ran into each other."""
    locator = AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator, show_offset=False))


class PeriodLocator(Locator):
    """Ticks on periods 0, k, 2k… of a category x-axis, with k chosen each time the axes are drawn: the smallest
    step at which the widest label plus a gap of one em fits between two ticks at the axes' present width. A fixed
    count of labels ("at most 8") ran together on a narrow dashboard tile ("2 Nov 23 Nov14 Dec") and left a wide
    window half empty; measuring at draw time follows the tile as the window is resized, and at any DPI."""

    def __init__(self, labels: Sequence[str]) -> None:
        self.labels = list(labels)
        self._measured: tuple[float, float] | None = None  # (font size, widest label in points)

    def step(self) -> int:
        axis = self.axis
        font = FontProperties(size=axis.get_tick_params().get("labelsize"))  # the tick labels' family and size
        size = font.get_size_in_points()
        if self._measured is None or self._measured[0] != size:
            widest = max((TextPath((0, 0), label, prop=font).get_extents().width for label in self.labels),
                         default=0.0)  # fmt: skip
            self._measured = (size, widest)
        points = self._measured[1] + size  # the label and one em between neighbours
        low, high = sorted(axis.get_view_interval())
        length = axis.axes.bbox.width if axis.axis_name == "x" else axis.axes.bbox.height
        per_period = length * 72 / axis.axes.figure.dpi / max(high - low, 1e-9)  # points from one period to the next
        return max(1, math.ceil(points / per_period)) if per_period > 0 else len(self.labels) or 1

    def __call__(self) -> list[int]:
        return list(range(0, len(self.labels), self.step()))


def period_axis(ax: Axes, labels: Sequence[str]) -> None:
    """Label a category x-axis (one position per period, 0…n-1) with as many of `labels` as fit without touching,
    evenly spaced from the first period, however wide the chart is drawn."""
    names = list(labels)
    ax.xaxis.set_major_locator(PeriodLocator(names))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: names[i] if 0 <= (i := round(x)) < len(names) else ""))


def bars(
    ax: Axes,
    x: Sequence[float],
    heights: Sequence[float],
    bottoms: Sequence[float] | None = None,
    width: float = 0.7,
    horizontal: bool = False,
    **style,
) -> PolyCollection:
    """Bars as one PolyCollection (one artist for the whole series, however many bars)."""
    bottoms = bottoms if bottoms is not None else [0.0] * len(heights)
    half = width / 2
    verts = []
    for xi, h, b in zip(x, heights, bottoms, strict=True):
        if horizontal:
            verts.append([(b, xi - half), (b + h, xi - half), (b + h, xi + half), (b, xi + half)])
        else:
            verts.append([(xi - half, b), (xi + half, b), (xi + half, b + h), (xi - half, b + h)])
    style.setdefault("linewidth", 0)
    collection = PolyCollection(verts, **style)
    ax.add_collection(collection)
    ax.autoscale_view()
    return collection


def set_hover(figure: Figure, ax: Axes, hover: Hover) -> None:
    """What the chart says when the pointer is at data point (x, y) of `ax`."""
    figure._planner_hover[ax] = hover


def hover_text(figure: Figure, ax: Axes | None, x: float | None, y: float | None) -> str | None:
    if ax is None or x is None or y is None:
        return None
    hover = getattr(figure, "_planner_hover", {}).get(ax)
    return hover(x, y) if hover is not None else None


def empty(ax: Axes, palette: ChartPalette, text: str) -> None:
    """A chart with nothing to show says why."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.text(
        0.5, 0.5, text, ha="center", va="center", color=palette.muted, fontsize=9, transform=ax.transAxes, wrap=True
    )


def hours(value: float) -> str:
    return f"{written.number(value, 1 if value % 1 else 0)} h"
