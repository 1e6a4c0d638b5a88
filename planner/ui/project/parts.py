"""What the project view's pages share: toolbars, buttons and section titles, and how rows and values are
shown."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from planner.core.i18n import tr
from planner.ui import theme


def choices_of(enum) -> callable:
    return lambda: [(member.label, member) for member in enum]


def days(value: float) -> str:
    return "0" if not value else tr("Project", "{days:+g} d").format(days=value)


def toolbar(*buttons: QWidget, stretch_after: int | None = None) -> QHBoxLayout:
    bar = QHBoxLayout()
    bar.setContentsMargins(0, 0, 0, 0)
    for n, widget in enumerate(buttons):
        bar.addWidget(widget)
        if stretch_after == n:
            bar.addStretch(1)
    if stretch_after is None:
        bar.addStretch(1)
    return bar


def button(text: str, slot, icon: str | None = None, tip: str = "") -> QPushButton:
    made = QPushButton(text)
    if icon:
        made.setIcon(theme.icon(icon))
    if tip:
        made.setToolTip(tip)
    made.clicked.connect(slot)
    return made


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SectionTitle")
    return label


class Keyed:
    """A computed row with an id, so the generic model can show it."""

    def __init__(self, ident: int, row) -> None:
        self.id, self.row = ident, row

    def __getattr__(self, name):
        return getattr(self.row, name)


def logged_by(ws, entry) -> str:
    """Who logged the time: the person, or the name a deleted person had."""
    person = ws.people.get(entry.person_id) if entry.person_id is not None else None
    return person.name if person is not None else entry.person_name
