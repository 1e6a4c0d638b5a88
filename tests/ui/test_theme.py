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
