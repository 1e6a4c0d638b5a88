"""What a screen reader finds in the views we paint ourselves: the Gantt's bars and the calendar's items.

Qt's item views expose their rows by themselves (the board is list views, its cards say their marks through
AccessibleDescriptionRole), but a widget that paints its items is one blank area to a screen reader. A widget
that has a method `accessible_items()` returning `AccessibleItem`s gets a `PaintedItems` interface (through the
factory `install()` puts in place), whose children are those items: name, description, place and state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLineEdit, QToolButton, QWidget

from planner.ui.guard import guarded


@dataclass(frozen=True)
class AccessibleItem:
    key: tuple  # stays the same while the item is on screen, so a screen reader keeps its place
    name: str
    description: str
    rect: QRect  # in the widget's coordinates
    selected: bool = False
    shown: bool = True  # False: among the widget's items, but not painted (scrolled off, in a "+N more")


def install() -> None:
    """Put the factory in place (once; each painted view calls this when it is built)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


_installed = False


def _factory(key: str, obj) -> QAccessibleInterface | None:
    if isinstance(obj, QWidget) and hasattr(obj, "accessible_items"):
        return PaintedItems(obj)
    return None


def when(at: datetime) -> str:
    """A date (and a time when it has one) in the user's locale, as a screen reader reads it out."""
    locale = QLocale()
    day = locale.toString(at.date(), QLocale.FormatType.LongFormat)
    if at.hour == 0 and at.minute == 0:
        return day
    return f"{day} {locale.toString(at.time(), QLocale.FormatType.ShortFormat)}"


class PaintedItems(QAccessibleWidget):
    """A painted widget as a list of its items, one child interface kept per item key while the item is there.

    A screen reader's bridge registers the children it meets in Qt's cache (QAccessible.uniqueId), which does
    not own Python-made interfaces: one that Python let go of while registered would crash the next question
    about it. So a child is taken out of the cache when its item goes, and all of them when the widget does."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.List, getattr(widget, "accessible_role_name", ""))
        self._widget = widget
        self._children: dict[tuple, _Item] = {}  # changed in place: the widget's `destroyed` holds on to it
        self._order: list[_Item] = []
        children = self._children
        widget.destroyed.connect(lambda: _forget(list(children.values()), children))

    def _refresh(self) -> list[_Item]:
        items = self._widget.accessible_items()
        keys = {item.key for item in items}
        _forget([child for key, child in self._children.items() if key not in keys], self._children)
        for item in items:
            child = self._children.get(item.key)
            if child is None:
                child = self._children[item.key] = _Item(self)
            child.item = item
        self._order = [self._children[item.key] for item in items]
        return self._order

    @guarded(default=0)
    def childCount(self) -> int:
        return len(self._refresh())

    @guarded
    def child(self, index: int) -> QAccessibleInterface | None:
        order = self._order if 0 <= index < len(self._order) else self._refresh()
        return order[index] if 0 <= index < len(order) else None

    @guarded(default=-1)
    def indexOfChild(self, child) -> int:
        return next((i for i, c in enumerate(self._order) if c is child), -1)

    @guarded
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        local = self._widget.mapFromGlobal(QPoint(x, y))  # Qt asks in screen coordinates
        return next((c for c in self._refresh() if c.item.shown and c.item.rect.contains(local)), None)


def _forget(children: list[_Item], kept: dict[tuple, _Item]) -> None:
    """Take `children` out of Qt's cache (which deletes them; registering first is harmless) and out of `kept`."""
    for child in children:
        kept.pop(child.item.key, None)
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(child))


class _Item(QAccessibleInterface):
    """One painted item: a list item of its widget's list."""

    def __init__(self, parent: PaintedItems) -> None:
        super().__init__()
        self._parent = parent
        self.item: AccessibleItem | None = None

    @guarded(default=False)
    def isValid(self) -> bool:
        return self._parent.isValid() and any(c is self for c in self._parent._order)

    @guarded
    def object(self):
        return None

    @guarded
    def window(self):
        return self._parent.window()

    @guarded
    def parent(self) -> QAccessibleInterface:
        return self._parent

    @guarded
    def child(self, index: int):
        return None

    @guarded(default=0)
    def childCount(self) -> int:
        return 0

    @guarded(default=-1)
    def indexOfChild(self, child) -> int:
        return -1

    @guarded
    def childAt(self, x: int, y: int):
        return None

    @guarded(default="")
    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.item.name
        if kind == QAccessible.Text.Description:
            return self.item.description
        return ""

    @guarded
    def setText(self, kind, text: str) -> None:
        pass  # read-only: an item is edited through the view's commands

    @guarded(default=QRect())
    def rect(self) -> QRect:
        widget = self._parent._widget
        return QRect(widget.mapToGlobal(self.item.rect.topLeft()), self.item.rect.size())

    @guarded(default=QAccessible.Role.NoRole)
    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    @guarded(default=QAccessible.State())
    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.selectable = True
        state.focusable = True
        state.selected = self.item.selected
        state.focused = self.item.selected and self._parent._widget.hasFocus()
        state.invisible = not self.item.shown
        state.offscreen = not self.item.shown
        return state


def name_search_field(field: QLineEdit, name: str) -> None:
    """Name a search box and the buttons Qt puts in it, which have no names (read out as just "button"): its own
    actions (the search icon) say what the box does, and Qt's clear button, not among them, says "Clear"."""
    field.setAccessibleName(name)
    own = field.actions()
    for button in field.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and not action.text():
            action.setText(name if action in own else "Clear")
