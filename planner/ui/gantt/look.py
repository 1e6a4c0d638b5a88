"""What the Gantt chart looks like, shared by its painters: the row height, the colours (light or dark) and the
options of what it shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from planner.ui import theme

ROW_HEIGHT = 26


@dataclass
class Colors:
    base: QColor
    alternate: QColor
    text: QColor
    muted: QColor
    grid: QColor
    grid_strong: QColor
    off: QColor  # non-working time
    header: QColor
    bar: QColor
    bar_edge: QColor
    progress: QColor
    critical: QColor
    critical_fill: QColor
    summary: QColor
    summary_rest: QColor  # a summary's work still to do
    milestone: QColor
    baseline: QColor
    slack: QColor
    link: QColor
    today: QColor
    deadline: QColor
    missed: QColor
    selection: QColor
    routine: QColor
    ghost: QColor  # the outline of where a bar was at a moment compared with


def colors_from(palette: QPalette) -> Colors:
    """The chart's colours for a palette (light or dark), from the theme's semantic colours."""
    role = QPalette.ColorRole
    base = palette.color(role.Base)
    dark = base.lightness() < 128
    accent = QColor(theme.accent())
    warning = QColor(theme.warning_color())

    def alpha(color: QColor, value: int) -> QColor:
        out = QColor(color)
        out.setAlpha(value)
        return out

    text = palette.color(role.Text)
    off = QColor(palette.color(role.Midlight if dark else role.Window))
    if not dark:
        off = off.darker(103)
    return Colors(
        base=base,
        alternate=palette.color(role.AlternateBase),
        text=text,
        muted=theme.muted_color(),
        grid=alpha(palette.color(role.Mid), 90),
        grid_strong=palette.color(role.Mid),
        off=_over(alpha(off, 110 if dark else 200), base),
        header=palette.color(role.Window),
        bar=alpha(accent, 110 if dark else 90),
        bar_edge=accent.darker(115) if not dark else accent,
        progress=accent,
        critical=warning,
        critical_fill=alpha(warning, 110 if dark else 80),
        summary=text if not dark else QColor("#c9ced6"),
        summary_rest=_over(alpha(text if not dark else QColor("#c9ced6"), 90), base),
        milestone=QColor(theme.caution_color()) if dark else text,
        baseline=alpha(palette.color(role.Dark), 200),
        slack=theme.muted_color(),
        link=alpha(text, 150),
        today=QColor(theme.caution_color()),
        deadline=QColor(theme.success_color()),
        missed=warning,
        selection=alpha(palette.color(role.Highlight), 45),
        routine=accent,
        ghost=alpha(text, 150 if dark else 130),
    )


@dataclass
class Options:
    critical: bool = True  # highlight the critical path
    baseline: bool = True
    slack: bool = True
    links: bool = True
    labels: bool = True
    ghosts: bool = True  # where bars were at a moment compared with


def _over(color: QColor, under: QColor) -> QColor:
    """`color` painted over `under`, as one opaque colour (blending whole columns each frame costs time)."""
    a = color.alphaF()
    return QColor.fromRgbF(
        *(a * getattr(color, c)() + (1 - a) * getattr(under, c)() for c in ("redF", "greenF", "blueF"))
    )
