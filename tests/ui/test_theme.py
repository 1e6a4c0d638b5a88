"""The themes as a person sees them after switching: texts kept, and text fields with an edge in both palettes."""

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QToolButton


def test_the_new_task_button_keeps_its_text_after_a_theme_switch(window, restored_look):
    button = next(b for b in window.findChildren(QToolButton) if b.defaultAction() is window.new_task_action)
    assert button.text() == "New task"
    window.set_theme("dark")
    window.set_theme("light")
    assert button.text() == "New task"
    assert window.new_task_action.text() == "New &Task"  # the menu keeps its own title case


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_search_box_has_a_visible_edge(window, qapp, qtbot, restored_look, name):
    window.set_theme(name)
    search = window.filter_bar.search
    search.resize(240, 30)
    image = search.grab().toImage()
    edge = image.pixelColor(0, image.height() // 2)  # the left border, halfway down
    inside = image.pixelColor(6, image.height() // 2)
    assert inside == qapp.palette().color(QPalette.ColorRole.Base)
    assert abs(edge.lightness() - inside.lightness()) >= 40, (edge.name(), inside.name())
    assert edge != QColor(qapp.palette().color(QPalette.ColorRole.Window))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_menu_buttons_arrow_stays_clear_of_its_text(window, qtbot, restored_look, name):
    """The Gantt's Export button drew its menu arrow over the end of its text."""
    from PySide6.QtWidgets import QStyle, QStyleOptionToolButton

    window.set_theme(name)
    window.show_view("gantt")
    button = next(b for b in window.view().findChildren(QToolButton) if b.text() == "Export")
    qtbot.waitUntil(button.isVisible)
    option = QStyleOptionToolButton()
    button.initStyleOption(option)
    arrow = button.style().subControlRect(QStyle.ComplexControl.CC_ToolButton, option,
                                          QStyle.SubControl.SC_ToolButtonMenu, button)  # fmt: skip
    text = button.fontMetrics().horizontalAdvance(button.text())
    text_right = (button.width() + text) // 2  # the text is centred in the button
    assert arrow.width() > 0 and text_right <= arrow.left() + 2  # at most the arrow's transparent edge


def test_icons_drawn_for_one_pixel_ratio_paint_as_those_drawn_for_both(qapp):
    """On screens of one pixel per point the icons are drawn at that ratio only (start-up time); what they paint
    at any size is what the icon drawn for both ratios paints."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from planner.ui import theme

    for name in ("add", "area", "backup", "board"):
        one, both = theme._tinted(name, "#336699", (1,)), theme._tinted(name, "#336699", (1, 2))
        for size in (16, 18, 20, 24, 30, 32, 48, 64):
            assert one.actualSize(QSize(size, size)) == both.actualSize(QSize(size, size))
            assert one.pixmap(size).toImage() == both.pixmap(size).toImage(), (name, size)
    dense = any(screen.devicePixelRatio() > 1 for screen in QGuiApplication.screens())
    assert theme._scales() == ((1, 2) if dense else (1,))
    assert not theme.screens_changed()  # the same screens: nothing to draw again
