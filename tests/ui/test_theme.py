"""The themes as a person sees them after switching: texts kept, and text fields with an edge in both palettes."""

import itertools

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
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


def test_an_icon_drawn_when_painted_paints_as_one_drawn_at_every_size_at_once(qapp):
    """Icons are drawn when first painted, at the size asked (start-up time): every size, pixel ratio and mode
    gives the pixels of the icon drawn whole, by pixmap() and by paint()."""
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import QIcon, QImage, QPainter

    from planner.ui import theme

    def painted(icon, size, ratio, mode):
        image = QImage(QSize(60, 60) * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        painter = QPainter(image)
        icon.paint(painter, QRect(3, 3, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter, mode)
        painter.end()
        return image

    sizes = [QSize(side, side) for side in (12, 16, 18, 20, 24, 32, 48, 56)] + [QSize(16, 24)]
    modes = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected)
    for name, scales in (("add", (1,)), ("undo", (1, 2)), ("warning", (1, 2))):
        lazy, whole = theme._tinted(name, "#336699", scales), theme._drawn(name, "#336699", scales, theme._SIZES)
        for size in sizes:
            for mode in modes:
                assert lazy.actualSize(size, mode) == whole.actualSize(size, mode)
                for ratio in (1.0, 1.5, 2.0, 3.0):
                    got, want = lazy.pixmap(size, ratio, mode), whole.pixmap(size, ratio, mode)
                    assert got.toImage() == want.toImage(), (name, scales, size, mode, ratio)
                    assert got.devicePixelRatio() == want.devicePixelRatio()
                    assert painted(lazy, size, ratio, mode) == painted(whole, size, ratio, mode), (name, size, ratio)
        assert lazy.availableSizes() == whole.availableSizes()
        changed = QIcon(lazy)
        changed.addFile("")  # a change to a copy clones the icon's engine
        assert changed.pixmap(16).toImage() == whole.pixmap(16).toImage()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_window_and_its_menus_look_as_with_icons_drawn_whole(window, qtbot, monkeypatch, restored_look, name):
    """Toolbar, sidebar, the task list's icons and a menu, a disabled action among them."""
    from planner.ui import theme

    window.set_theme(name)
    window.new_task_action.setEnabled(False)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    menu = window.menuBar().actions()[0].menu()

    def grabs():
        window._make_icons_follow_theme()
        return window.grab().toImage(), menu.grab().toImage()

    def drawn_whole(name, color, scales, selected=None, disabled=None):  # every size drawn, in every colour
        icon = theme._drawn(name, color, scales, theme._SIZES)
        for mode, other in ((QIcon.Mode.Selected, selected), (QIcon.Mode.Disabled, disabled)):
            if other is not None:
                in_mode = theme._drawn(name, other, scales, theme._SIZES)
                for size, scale in itertools.product(theme._SIZES, scales):
                    icon.addPixmap(in_mode.pixmap(QSize(size, size), scale), mode)
        return icon

    lazy = grabs()
    monkeypatch.setattr(theme, "_tinted", drawn_whole)
    assert lazy == grabs()


def test_a_theme_switch_draws_the_icons_in_the_new_text_colour(window, qtbot, restored_look):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    def ink(image):  # the colour of the icon's most opaque pixel (its lines are anti-aliased)
        pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
        return max(pixels, key=lambda color: color.alpha())

    for name in ("light", "dark", "light"):
        window.set_theme(name)
        text = QApplication.palette().color(QPalette.ColorRole.WindowText)
        drawn = ink(window.new_task_action.icon().pixmap(24, 1.0).toImage())
        assert max(abs(a - b) for a, b in zip(drawn.getRgb()[:3], text.getRgb()[:3], strict=True)) <= 12, name


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_disabled_button_draws_its_icon_in_the_disabled_text_colour(window, qtbot, restored_look, name):
    """Qt's own disabled look kept a light icon light: on the dark theme a disabled Undo (max 200 of 255 against
    230 enabled) looked enabled."""
    from PySide6.QtGui import QIcon, QPalette
    from PySide6.QtWidgets import QApplication, QToolBar

    def ink(image):  # the colour of the icon's most opaque pixel (its lines are anti-aliased)
        pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
        return max(pixels, key=lambda color: color.alpha())

    window.set_theme(name)
    palette = QApplication.palette()
    icon = window.undo_action.icon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        drawn = ink(icon.pixmap(24, 1.0, mode).toImage())
        text = palette.color(group, QPalette.ColorRole.WindowText)
        assert max(abs(a - b) for a, b in zip(drawn.getRgb()[:3], text.getRgb()[:3], strict=True)) <= 12, mode
    # The toolbar's button, as painted: its icon's ink is the disabled text colour while the action is disabled.
    window.undo_action.setEnabled(False)
    window.show()
    qtbot.waitExposed(window)
    button = window.findChild(QToolBar).widgetForAction(window.undo_action)
    shot = button.grab().toImage()
    lines = [shot.pixelColor(x, y) for x in range(shot.width()) for y in range(shot.height())]
    background = palette.color(QPalette.ColorRole.Window)
    farthest = max(lines, key=lambda color: abs(color.lightness() - background.lightness()))
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert abs(farthest.lightness() - disabled.lightness()) <= 16


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_plain_icon_on_a_selected_row_is_drawn_in_the_selections_text_colour(window, qapp, restored_look, name):
    """An open task's grey circle could hardly be seen on the selection's blue; a coloured icon (done, a milestone)
    keeps the colour that tells what it is."""
    from types import SimpleNamespace

    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QImage, QPainter

    from planner.ui import theme

    window.set_theme(name)

    def ink(icon: QIcon, mode: QIcon.Mode, painted: bool) -> QColor:  # its most opaque pixel's colour
        if painted:  # as a delegate paints a row's icon
            image = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            icon.paint(painter, QRect(0, 0, 16, 16), Qt.AlignmentFlag.AlignCenter, mode)
            painter.end()
        else:
            image = icon.pixmap(QSize(16, 16), 1.0, mode).toImage()
        pixels = (image.pixelColor(x, y) for x in range(16) for y in range(16))
        return max(pixels, key=lambda color: color.alpha())

    def near(a: QColor, b: QColor) -> bool:
        return max(abs(x - y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)) <= 12

    selected_text = qapp.palette().color(QPalette.ColorRole.HighlightedText)
    task = SimpleNamespace(milestone=False, recurrence=None, routine_id=None)
    open_task, summary = theme.task_icon(task, False, False), theme.task_icon(task, True, False)
    done = theme.task_icon(task, False, True)
    for painted in (False, True):
        assert near(ink(open_task, QIcon.Mode.Normal, painted), theme.muted_color())
        assert near(ink(open_task, QIcon.Mode.Selected, painted), selected_text)
        assert near(ink(summary, QIcon.Mode.Selected, painted), selected_text)
        assert not near(ink(done, QIcon.Mode.Selected, painted), selected_text)


# A closed view's cache of painted rows holds its icons in a reference cycle; a theme switch then leaves the cycle
# the only holder of an icon, and of a changed copy of one (its engine cloned). The collection that frees them
# must not crash (it did: a segmentation fault in QIcon's destructor, the icon's engine deleted before the icon).
ICONS_IN_GARBAGE = """
import gc
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication
from planner.ui import theme

app = QApplication([])
theme.apply_theme(app, "light")


class ClosedView:
    pass


icon, changed = theme.icon("task"), QIcon(theme.icon("area"))
changed.addPixmap(QPixmap(8, 8))  # a change to a copy clones its engine
view = ClosedView()  # made after the icons: the collector clears what is older first, the engines
view.itself = view
view.painted = {1: (icon, None), 2: (changed, None)}
del view, icon, changed
theme.apply_theme(app, "dark")
gc.collect()
print("collected")
"""


def test_icons_left_to_cyclic_garbage_by_a_theme_switch_are_collected_without_a_crash(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, PLANNER_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    script = [sys.executable, "-X", "faulthandler", "-c", ICONS_IN_GARBAGE]
    result = subprocess.run(script, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "collected\n"


def test_the_engines_of_deleted_icons_are_let_go_at_a_theme_switch(qapp, restored_look):
    """The theme holds each icon's engine while the icon lives (see the test above); one made and deleted at
    each theme switch must not pile up, with its drawn pixmaps."""
    import gc

    from planner.ui import theme

    theme.apply_theme(qapp, "light")
    before = len(theme._ENGINES)
    for name in ("dark", "light") * 5:
        icon = theme.icon("task")
        icon.pixmap(16)
        del icon
        gc.collect()
        theme.apply_theme(qapp, name)
    assert len(theme._ENGINES) <= before
