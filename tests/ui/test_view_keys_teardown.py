"""A view's keys repaint its focus mark when a watched widget gains or loses the focus; while the view is being
destroyed, the widget that draws the mark may be gone already and must not be asked to repaint."""

import pytest
import shiboken6


@pytest.mark.parametrize("name", ["gantt", "calendar"])
def test_a_view_destroyed_with_the_focus_in_it_asks_nothing_of_its_deleted_widgets(window, qtbot, caught, name):
    window.show_view(name)
    view = window.view()
    focused = getattr(view, "chart", view)
    window.activateWindow()
    qtbot.waitActive(window)
    focused.setFocus()
    qtbot.waitUntil(focused.hasFocus)
    del window.views[name]  # the window forgets it, as if it had never been shown
    shiboken6.delete(view)  # destroyed with the focus still in it, as at exit
    assert not caught.failures
