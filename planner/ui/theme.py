"""Look and feel: the light and dark palettes, semantic colours derived from the palette, and icons.

Every colour a view paints comes from here, so both themes stay readable. Icons are SVG line
drawings in resources/icons, tinted with the palette's text colour when they are loaded.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from planner.core.i18n import tr
from planner.paths import resources_dir
from planner.ui.guard import guarded

THEMES = ("system", "light", "dark")
ACCENT = QColor("#2f6fde")
ACCENT_DARK = QColor("#5b9cff")


def apply_theme(app: QApplication, name: str = "system") -> None:
    """Fusion everywhere (one consistent look), with our light or dark palette, or for "system" the system's own
    palette where it has one (and so its high-contrast colours)."""
    app.setStyle("Fusion")
    app.setPalette(QPalette())  # back to the system's palette (set no role: it follows the system's changes)
    if name != "system" or not follows_system(app):
        dark = name == "dark" or (name == "system" and _system_prefers_dark())
        app.setPalette(_dark_palette() if dark else _light_palette())
    check = (resources_dir() / "icons" / "check-mark.svg").as_posix()
    app.setStyleSheet(_STYLE.replace("CHECK_MARK", check))
    _tinted.cache_clear()
    _ENGINES[:] = [engine for engine in _ENGINES if shiboken6.isValid(engine)]  # those whose icons Qt deleted let go


def is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def high_contrast() -> bool:
    hints = QGuiApplication.styleHints()  # held: its accessibility hints die with this wrapper
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def follows_system(app: QApplication) -> bool:
    """Whether the "system" theme shows the system's palette (the app's palette, with none set): always when the
    user asked for high contrast. Otherwise only a palette of the desktop's own that agrees with its light or
    dark preference: Qt's generic palette (offscreen, a bare X11) or a light palette on a desktop that asks for
    dark would look unfinished, so ours stands in."""
    if high_contrast():
        return True
    system = app.palette()
    if system.color(QPalette.ColorRole.Window) == app.style().standardPalette().color(QPalette.ColorRole.Window):
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    is_dark_palette = system.color(QPalette.ColorRole.Window).lightness() < 128
    return scheme == Qt.ColorScheme.Unknown or (scheme == Qt.ColorScheme.Dark) == is_dark_palette


def _palette(colors: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def _light_palette() -> QPalette:
    R = QPalette.ColorRole  # noqa: N806
    return _palette(
        {
            R.Window: "#f4f5f7",
            R.WindowText: "#1f2328",
            R.Base: "#ffffff",
            R.AlternateBase: "#f7f8fa",
            R.Text: "#1f2328",
            R.Button: "#f4f5f7",
            R.ButtonText: "#1f2328",
            R.Highlight: ACCENT.name(),
            R.HighlightedText: "#ffffff",
            R.ToolTipBase: "#ffffff",
            R.ToolTipText: "#1f2328",
            R.PlaceholderText: "#697079",
            R.Mid: "#d0d4da",
            R.Midlight: "#e4e7eb",
            R.Dark: "#6c7784",
            R.Light: "#ffffff",
            R.Link: ACCENT.name(),
        },
        "#9aa1a9",
    )


def _dark_palette() -> QPalette:
    R = QPalette.ColorRole  # noqa: N806
    return _palette(
        {
            R.Window: "#1e2126",
            R.WindowText: "#e6e8eb",
            R.Base: "#16181c",
            R.AlternateBase: "#1b1e22",
            R.Text: "#e6e8eb",
            R.Button: "#272a30",
            R.ButtonText: "#e6e8eb",
            R.Highlight: "#3a6fd8",
            R.HighlightedText: "#ffffff",
            R.ToolTipBase: "#272a30",
            R.ToolTipText: "#e6e8eb",
            R.PlaceholderText: "#8b9299",
            R.Mid: "#474d55",
            R.Midlight: "#30343a",
            R.Dark: "#747b86",
            R.Light: "#3a3f46",
            R.Link: ACCENT_DARK.name(),
        },
        "#6b7178",
    )


# -- semantic colours ---------------------------------------------------------------------------
def accent() -> QColor:
    return ACCENT_DARK if is_dark() else ACCENT


def warning_color() -> QColor:
    return QColor("#ff7b72") if is_dark() else QColor("#c4322b")


def caution_color() -> QColor:
    return QColor("#e3b341") if is_dark() else QColor("#a66600")


def success_color() -> QColor:
    return QColor("#56d364") if is_dark() else QColor("#1f883d")


def muted_color() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)


# The colours offered for labels: mid-tones that stand out from the light and the dark surfaces alike (no chip
# needs a border in either theme) and carry black or white text at 4.5:1 (planner.ui.chips; tested).
LABEL_COLORS = (
    ("Blue", "#2563eb"), ("Green", "#16a34a"), ("Orange", "#d97706"), ("Purple", "#7c3aed"),
    ("Pink", "#db2777"), ("Red", "#dc2626"), ("Teal", "#0891b2"), ("Grey", "#6b7280"),
    ("Yellow", "#ca8a04"), ("Indigo", "#4f46e5"), ("Brown", "#8b5a2b"), ("Lime", "#65a30d"),
)  # fmt: skip


def color_name(name: str) -> str:
    """A name of LABEL_COLORS in the current language (the English one stays the key)."""
    names = {
        "Blue": tr("Theme", "Blue"), "Green": tr("Theme", "Green"), "Orange": tr("Theme", "Orange"),
        "Purple": tr("Theme", "Purple"), "Pink": tr("Theme", "Pink"), "Red": tr("Theme", "Red"),
        "Teal": tr("Theme", "Teal"), "Grey": tr("Theme", "Grey"), "Yellow": tr("Theme", "Yellow"),
        "Indigo": tr("Theme", "Indigo"), "Brown": tr("Theme", "Brown"), "Lime": tr("Theme", "Lime"),
    }  # fmt: skip
    return names[name]


def theme_name(name: str) -> str:
    """A name of THEMES as the View ▸ Theme menu shows it."""
    return {"system": tr("Theme", "System"), "light": tr("Theme", "Light"), "dark": tr("Theme", "Dark")}[name]


def warning_brush() -> QBrush:
    return _solid(warning_color())


def muted_brush() -> QBrush:
    return _solid(muted_color())


def _solid(color: QColor) -> QBrush:
    """The style named, though it is the default: PySide6 matches `QBrush(color)` against the image and gradient
    overloads first, which makes QImage's and QGradient's Python enums at the sidebar's first build (~1.5 ms of
    every start), and the first screen uses neither."""
    return QBrush(color, Qt.BrushStyle.SolidPattern)


# -- icons ------------------------------------------------------------------------------------------
def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named icon from resources/icons, drawn in `color` (the palette's text colour by default). An icon in the
    text colour or the muted grey is drawn in the selection's text colour on a selected row, as native lists do: grey
    on the selection's blue could hardly be seen; and in the disabled text colour when disabled: Qt's own disabled
    look keeps a light icon light (it maps an icon's shades between black, the window's colour and white), so on the
    dark theme a disabled Undo looked like an enabled one. A coloured one keeps its colour, which carries its
    meaning."""
    palette = QApplication.palette()
    plain = color is None or color == muted_color()
    color = color or palette.color(QPalette.ColorRole.WindowText)
    if not plain:
        return _tinted(name, color.name(), _scales())
    selected = palette.color(QPalette.ColorRole.HighlightedText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return _tinted(name, color.name(), _scales(), selected, disabled)


@cache
def _scales() -> tuple[int, ...]:
    """The pixel ratios icons are drawn for: twice the size too only when a screen has more than one pixel per
    point (those pixmaps were two thirds of the icons' cost at start, ~18 ms)."""
    return (1, 2) if any(screen.devicePixelRatio() > 1 for screen in QGuiApplication.screens()) else (1,)


def screens_changed() -> bool:
    """After a screen was added: whether icons must be drawn again (it needs pixmaps of a larger ratio)."""
    before = _scales()
    _scales.cache_clear()
    return _scales() != before


@cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


_SIZES = (16, 20, 24, 32, 48)  # the sizes an icon is drawn at; Qt scales the nearest for any other size


@cache
def _tinted(
    name: str, color: str, scales: tuple[int, ...], selected: str | None = None, disabled: str | None = None
) -> QIcon:
    return QIcon(_kept(_TintedIconEngine(name, color, scales, selected, disabled)))


def _kept(engine: _TintedIconEngine) -> _TintedIconEngine:
    """`engine`, referenced from here until the icons that use it are deleted (Qt deletes it then).

    PySide6 makes the engine's Python object a child of the Python icon it is given to, and nothing else holds it.
    When the icon is only reachable from cyclic garbage (a closed view's cache of painted rows, once a theme switch
    cleared `_tinted`), the collector finds the engine unreachable too and may clear it before the icon: the engine
    is then deleted while the icon still points to it, and the icon's destructor crashes (a segmentation fault in
    `QIcon::~QIcon`, in the middle of a collection). Held here, the engine is never garbage; the icon deletes it,
    and `apply_theme` lets go of those it deleted (`shiboken6.isValid` false)."""
    _ENGINES.append(engine)
    return engine


class _TintedIconEngine(QIconEngine):
    """Draws the icon when it is first painted, not when it is made (drawing the window's ~33 icons at every size
    was a third of the window's build at start), and then only the size asked for.

    What it paints is exactly what an icon holding all sizes' pixmaps (`_drawn`) paints: Qt picks a pixmap by
    the ratio first (one of `scales` asked: that one), then the smallest size at least as large as asked (else
    the largest), and scales it and derives the modes (disabled…) from it. So a square size asked at one of
    `scales` is served by an icon holding the pixmaps of the size Qt would pick only; any other request by the
    icon of all sizes, drawn then."""

    def __init__(
        self, name: str, color: str, scales: tuple[int, ...], selected: str | None = None, disabled: str | None = None
    ) -> None:
        super().__init__()
        self._key = (name, color, scales)
        # The colours it is drawn in on a selected row and when disabled; None: Qt's look for that mode.
        self._modes = {QIcon.Mode.Selected: selected, QIcon.Mode.Disabled: disabled}
        self._icons: dict[int | None, QIcon] = {}  # by the size drawn; None: every size

    def _in_mode_colour(self, mode: QIcon.Mode) -> QIcon | None:
        color = self._modes.get(mode)
        return None if color is None else _tinted(self._key[0], color, self._key[2])

    def _icon(self, size: QSize, scale: float) -> QIcon:
        side = size.width()
        drawn = None
        if size.height() == side > 0 and scale in self._key[2]:
            drawn = next((drawn for drawn in _SIZES if drawn >= side), _SIZES[-1])  # what Qt scales from
        icon = self._icons.get(drawn)
        if icon is None:
            icon = self._icons[drawn] = _drawn(*self._key, _SIZES if drawn is None else (drawn,))
        return icon

    @guarded(default=QSize())
    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return _measure(self._key[2]).actualSize(size, mode, state)

    @guarded  # a failure gives Qt no pixmap: it draws none
    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    @guarded  # a failure gives Qt no pixmap: it draws none
    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        tinted = self._in_mode_colour(mode)
        if tinted is not None:
            return tinted.pixmap(size, scale, QIcon.Mode.Normal, state)
        return self._icon(size, scale).pixmap(size, scale, mode, state)

    @guarded
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        tinted = self._in_mode_colour(mode)
        if tinted is not None:
            tinted.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, QIcon.Mode.Normal, state)
            return
        scale = painter.device().devicePixelRatio()
        self._icon(rect.size(), scale).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    @guarded(default=[])
    def availableSizes(self, mode: QIcon.Mode, state: QIcon.State) -> list[QSize]:
        return _measure(self._key[2]).availableSizes(mode, state)

    @guarded
    def clone(self) -> QIconEngine:
        # Kept: the icon that asked for it deletes it, but PySide6 would delete it first, as the method returns.
        return _kept(_TintedIconEngine(*self._key, self._modes[QIcon.Mode.Selected], self._modes[QIcon.Mode.Disabled]))


_ENGINES: list[_TintedIconEngine] = []  # see _kept


@cache
def _measure(scales: tuple[int, ...]) -> QIcon:
    """An icon of blank pixmaps of every size at these ratios: the sizes Qt reads off an icon (actualSize: a table
    asks for each row, a menu for each action) depend on its pixmaps' sizes and ratios only, so none is drawn for
    them."""
    return _pixmaps(scales, _SIZES)


def _drawn(name: str, color: str, scales: tuple[int, ...], sizes: tuple[int, ...]) -> QIcon:
    """The icon `name` in `color` as pixmaps of these sizes at these pixel ratios."""
    return _pixmaps(scales, sizes, QSvgRenderer(QByteArray(_svg(name).replace("#000000", color).encode())))


def _pixmaps(scales: tuple[int, ...], sizes: tuple[int, ...], renderer: QSvgRenderer | None = None) -> QIcon:
    """An icon of pixmaps of these sizes at these pixel ratios, each with `renderer`'s drawing on a transparent
    ground, or left blank (not even filled) without one."""
    result = QIcon()
    for size in sizes:
        for scale in scales:
            pixmap = QPixmap(QSize(size, size) * scale)
            pixmap.setDevicePixelRatio(scale)
            if renderer is not None:
                pixmap.fill(Qt.GlobalColor.transparent)
                painter = QPainter(pixmap)
                renderer.render(painter, QRectF(0, 0, size, size))
                painter.end()
            result.addPixmap(pixmap)
    return result


def task_icon(task, summary: bool, done: bool) -> QIcon:
    if task.milestone:
        return icon("milestone", caution_color())
    if task.recurrence and task.routine_id is None:
        return icon("area", accent())  # a routine: the series that makes occurrences
    if done:
        return icon("done", success_color())
    if summary:
        return icon("summary")
    return icon("task", muted_color())


def app_icon_path() -> Path:
    """The coloured app icon (the window's and the installed app's; .ico/.icns/PNGs are made from it)."""
    return resources_dir() / "app-icon.svg"


# Text fields draw their own border in palette(mid): Fusion draws a frame in the window colour made darker, which
# on the dark palette is darker than the field itself, so the search box and the editor's fields had no edge.
_STYLE = """
QToolBar { border: none; spacing: 2px; padding: 3px 6px; }
QToolBar QToolButton { padding: 4px 6px; border-radius: 5px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }
QTreeView, QListView { border: none; }
QTreeView::item { padding: 0 2px; }
QTreeWidget#Sidebar { background: palette(window); }
QTreeWidget#Sidebar::item { padding: 4px 2px; }
QHeaderView::section { padding: 4px 6px; border: none; border-right: 1px solid palette(midlight);
    border-bottom: 1px solid palette(mid); background: palette(window); }
QStatusBar { border-top: 1px solid palette(mid); }
QDockWidget::title { padding: 6px 8px; }
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit { padding: 3px 5px; }
QLineEdit, QPlainTextEdit { border: 1px solid palette(mid); border-radius: 4px; background: palette(base); }
QLineEdit:focus, QPlainTextEdit:focus { border-color: palette(highlight); }
QAbstractSpinBox QLineEdit, QComboBox QLineEdit { border: none; padding: 0; }
QFrame#MessageBar { border-radius: 6px; }
QLabel#SectionTitle { font-weight: 600; }
QListView::indicator, QTreeView::indicator, QTableView::indicator, QCheckBox::indicator { width: 13px; height: 13px;
    border: 1px solid palette(dark); border-radius: 3px; background: palette(base); }
QListView::indicator:checked, QTreeView::indicator:checked, QTableView::indicator:checked,
    QCheckBox::indicator:checked {
    background: palette(highlight); border-color: palette(highlight); image: url(CHECK_MARK); }
QLabel#WelcomeTitle { font-size: 20pt; font-weight: 600; }
QPushButton#WelcomeButton { padding: 10px 18px; text-align: left; }
QToolButton[popupMode="2"] { padding-left: 6px; padding-right: 18px; }
QToolButton[popupMode="2"]::menu-indicator { subcontrol-origin: border; subcontrol-position: center right;
    width: 9px; right: 5px; }
"""
