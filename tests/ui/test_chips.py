"""Label chips read in both themes: the text contrasts with any fill at WCAG's 4.5:1, and a fill close to the
surface under it gets an edge that stands out."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from planner.ui import theme
from planner.ui.chips import EDGE_CONTRAST, border_color, contrast_ratio, needs_border, paint_chip, text_color

colors = st.builds(QColor, st.integers(0, 255), st.integers(0, 255), st.integers(0, 255))
# The surfaces chips sit on: cards, table rows and the editor, light (Base, AlternateBase, Window) then dark.
SURFACES = ["#ffffff", "#f7f8fa", "#f4f5f7", "#16181c", "#1b1e22", "#1e2126", "#272a30"]


@given(colors)
def test_chip_text_contrasts_with_any_fill_at_least_four_and_a_half_to_one(fill):
    assert contrast_ratio(text_color(fill), fill) >= 4.5


@given(colors, colors)
def test_a_fill_close_to_its_surface_gets_an_edge_that_stands_out(fill, surface):
    assert needs_border(fill, surface) == (contrast_ratio(fill, surface) < EDGE_CONTRAST)
    assert contrast_ratio(border_color(surface), surface) >= 2


@given(colors, colors)
def test_contrast_is_symmetric_and_between_one_and_twenty_one(a, b):
    assert contrast_ratio(a, b) == pytest.approx(contrast_ratio(b, a))
    assert 1 <= contrast_ratio(a, b) <= 21 + 1e-9


def test_the_wcag_reference_values():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize(("name", "color"), theme.LABEL_COLORS)
def test_the_offered_label_colours_stand_out_from_light_and_dark_surfaces(name, color, surface):
    assert not needs_border(QColor(color), QColor(surface)), f"{name} is too close to {surface}"


@pytest.mark.parametrize(("fill", "surface"), [("#ffffff", "#ffffff"), ("#1e2126", "#1e2126"), ("#2563eb", "#ffffff")])
def test_a_chip_is_drawn_with_an_edge_only_when_its_fill_is_close_to_the_surface(qapp, fill, surface):
    image = QImage(60, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor(surface))
    painter = QPainter(image)
    paint_chip(painter, QRectF(0, 0, 60, 24), "", QColor(fill), QColor(surface))
    painter.end()
    left_edge = image.pixelColor(0, 12)  # halfway down the rounded chip's left side
    inside = image.pixelColor(30, 12)
    assert inside == QColor(fill)
    if needs_border(QColor(fill), QColor(surface)):
        assert contrast_ratio(left_edge, QColor(surface)) >= 2
    else:
        assert left_edge.name() != border_color(QColor(surface)).name()
