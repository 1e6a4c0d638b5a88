"""WCAG AA contrast in our light and dark palettes: 4.5:1 for text on its background, 3:1 for the chart and bar
colours that carry meaning (grid lines and tints are decoration). And the "System" theme shows the system's palette,
so its high-contrast mode, instead of ours."""

import pytest
from PySide6.QtGui import QColor, QPalette

from planner.charts.style import DARK, LIGHT
from planner.ui import theme
from planner.ui.gantt.look import colors_from

R = QPalette.ColorRole
TEXT_PAIRS = [
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.WindowText, R.Window),
    (R.HighlightedText, R.Highlight),
    (R.ButtonText, R.Button),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),  # muted text in the views, as well as placeholders
    (R.PlaceholderText, R.AlternateBase),
    (R.PlaceholderText, R.Window),
    (R.Link, R.Base),
]
BAR_COLOURS = ["bar_edge", "progress", "critical", "milestone", "today", "deadline", "missed", "routine", "summary",
               "link", "slack", "baseline"]  # fmt: skip


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(color: QColor, background: QColor) -> float:
    """The WCAG ratio of `color` (over `background`, when it is translucent) against `background`."""
    a = color.alphaF()
    seen = QColor.fromRgbF(
        *(c * a + b * (1 - a) for c, b in zip(color.getRgbF()[:3], background.getRgbF()[:3], strict=True))
    )
    high, low = sorted((luminance(seen), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_palettes_text_meets_aa_on_its_backgrounds(qapp, restored_look, name):
    theme.apply_theme(qapp, name)
    palette = qapp.palette()
    failing = {f"{fg.name}/{bg.name}": round(contrast(palette.color(fg), palette.color(bg)), 2)
               for fg, bg in TEXT_PAIRS if contrast(palette.color(fg), palette.color(bg)) < 4.5}  # fmt: skip
    assert failing == {}


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_semantic_colours_read_as_text_on_the_base(qapp, restored_look, name):
    theme.apply_theme(qapp, name)
    base = qapp.palette().color(R.Base)
    colours = {"accent": theme.accent(), "warning": theme.warning_color(), "caution": theme.caution_color(),
               "success": theme.success_color(), "muted": theme.muted_color()}  # fmt: skip
    failing = {key: round(contrast(c, base), 2) for key, c in colours.items() if contrast(c, base) < 4.5}
    assert failing == {}


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_gantts_bars_and_marks_stand_out_from_the_chart(qapp, restored_look, name):
    theme.apply_theme(qapp, name)
    colors = colors_from(qapp.palette())
    failing = {key: round(contrast(getattr(colors, key), colors.base), 2)
               for key in BAR_COLOURS if contrast(getattr(colors, key), colors.base) < 3}  # fmt: skip
    assert failing == {}


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_charts_colours_stand_out_from_their_background(palette):
    background = QColor(palette.background)
    texts = {"text": palette.text, "muted": palette.muted}
    marks = {"project": palette.project, "routine": palette.routine, "ongoing": palette.ongoing,
             "accent": palette.accent, "warning": palette.warning, "caution": palette.caution,
             "success": palette.success, "over": palette.heat[2]}  # fmt: skip
    marks |= {f"series {i}": colour for i, colour in enumerate(palette.series)}
    failing = {key: round(contrast(QColor(c), background), 2) for key, c in texts.items()
               if contrast(QColor(c), background) < 4.5}  # fmt: skip
    failing |= {key: round(contrast(QColor(c), background), 2) for key, c in marks.items()
                if contrast(QColor(c), background) < 3}  # fmt: skip
    assert failing == {}


def test_the_system_theme_shows_the_systems_palette_when_high_contrast_is_asked_for(qapp, restored_look, monkeypatch):
    monkeypatch.setattr(theme, "high_contrast", lambda: True)
    theme.apply_theme(qapp, "system")
    assert qapp.palette().resolveMask() == 0  # no role of ours: the system's palette, following its changes
    assert qapp.palette().color(R.Window) != QColor("#f4f5f7")


def test_the_system_theme_keeps_ours_where_the_system_has_no_palette_of_its_own(qapp, restored_look, monkeypatch):
    monkeypatch.setattr(theme, "high_contrast", lambda: False)
    theme.apply_theme(qapp, "system")  # offscreen: Qt's generic palette, no desktop's
    assert qapp.palette().color(R.Window) in (QColor("#f4f5f7"), QColor("#1e2126"))
    theme.apply_theme(qapp, "dark")
    assert qapp.palette().color(R.Window) == QColor("#1e2126")
