"""What the main window keeps in its settings between sessions: its size and place, the splitter, the view in front,
the theme, whether the task editor starts open, and the columns of the views with task columns. Read as the window
is made, written as it closes; nothing here keeps state of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from planner.ui.views import VIEW_NAMES, VIEWS

VIEW_ROOM = 900  # px the view in front keeps before the editor opens beside it by itself
EDITOR_WIDTH = 332  # px the editor takes when it opens: the Repeat section's widest row (the Nth weekday) fits
# The views with task columns to choose, and where each keeps its header's state.
HEADER_KEYS = {"table": "table_header", "gantt": "gantt_header"}
_COLUMNS_BEFORE_COUNT_KEPT = 20  # how many task columns there were when a saved header did not say


def restore_columns(window, view, key: str) -> None:
    """The columns a view showed when the window last closed, their order and widths. Columns added to the
    program since (a state saved with fewer) stay hidden, as Qt's restore would show them."""
    state = window.settings.value(key)
    header = view.column_header()
    if not isinstance(state, QByteArray) or not header.restoreState(state):
        return
    known = int(window.settings.value(f"{key}_count", _COLUMNS_BEFORE_COUNT_KEPT))
    for column in range(known, header.count()):
        header.setSectionHidden(column, True)


def restore_state(window) -> None:
    geometry = window.settings.value("geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1360, 860)
    splitter = window.settings.value("splitter")
    if isinstance(splitter, QByteArray):
        window.splitter.restoreState(splitter)

    window.toggle_editor.setChecked(editor_starts_open(window))
    name = window.settings.value("theme", "system")
    window.theme_actions.get(name, window.theme_actions["system"]).setChecked(True)
    view = window.settings.value("view", VIEWS[0].name)
    window.show_view(view if view in VIEW_NAMES else VIEWS[0].name)


def editor_starts_open(window) -> bool:
    """As the person last left it; until they choose, open only when the view keeps VIEW_ROOM beside it
    (at the default 1360 px the editor squeezed the Gantt chart to ~370 px)."""
    chosen = window.settings.value("editor_open")
    if chosen is not None:
        return window.settings.value("editor_open", type=bool)
    sidebar = window.sidebar.width() if window.toggle_sidebar.isChecked() else 0
    return window.width() - sidebar - max(window.splitter.widget(2).width(), EDITOR_WIDTH) >= VIEW_ROOM


def save_state(window) -> None:
    """What `restore_state` and `restore_columns` read at the next start, written as the window closes."""
    window.settings.setValue("geometry", window.saveGeometry())
    window.settings.setValue("splitter", window.splitter.saveState())
    for name, key in HEADER_KEYS.items():  # the columns shown, their order and widths, per view
        if name in window.views:
            header = window.views[name].column_header()
            window.settings.setValue(key, header.saveState())
            window.settings.setValue(f"{key}_count", header.count())
    window.settings.setValue("view", window.current_view)
