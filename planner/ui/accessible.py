"""Accessible names for the parts of a search field that Qt leaves unnamed.

The painted views reach a screen reader through item views beside them, whose accessibility Qt implements in C++:
the Gantt's task tree is the list of its bars (each title cell's `AccessibleDescriptionRole` says what the bar
shows, planner/ui/models/spoken.py), the calendar's agenda list holds the period's items (planner/ui/calendar/
agenda.py), the board's cards are list items; selection in the painting moves those views' current row, which
Qt announces. Interfaces made in Python and handed to Qt's accessible cache were tried and taken out again, as
Qt does not own them and a full test run once hung inside Qt after them (see the closing note of 2026-12-04):
do not bring them back. tests/ui/test_accessible_walk.py walks what a screen reader finds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolButton

from planner.core.i18n import tr


def name_search_field(field: QLineEdit, name: str) -> None:
    """Name a search box and the buttons Qt puts in it, which have no names (read out as just "button"): its own
    actions (the search icon) say what the box does, and Qt's clear button, not among them, says "Clear"."""
    field.setAccessibleName(name)
    own = field.actions()
    for button in field.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and not action.text():
            action.setText(name if action in own else tr("Accessible", "Clear"))
