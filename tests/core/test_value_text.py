"""Stored values as people read them, for the History panel's details and the comparison table."""

from datetime import date, datetime

from planner.core.model import Person, Priority, Workspace
from planner.core.value_text import days_text, value_text


def test_values_read_as_people_read_them():
    ws = Workspace()
    ws.put("person", Person(1, "Maya"))
    assert value_text("start", datetime(2026, 11, 3, 8)) == "Tue 3 Nov 2026 08:00"
    assert value_text("deadline", datetime(2026, 11, 3)) == "Tue 3 Nov 2026"
    assert value_text("due", date(2026, 11, 3)) == "Tue 3 Nov 2026"
    assert value_text("duration", 960, ws) == "2d"
    assert value_text("work", 90, ws) == "1.5h"
    assert value_text("cost", 1200.5) == "1,200.50"
    assert value_text("assignments", {1: 1.0, 7: 0.5}, ws) == "Maya, person 7 (50 %)"
    assert value_text("notes", "") == value_text("deadline", None) == "—"
    assert value_text("milestone", True) == "yes"
    assert value_text("priority", Priority.NORMAL) not in ("", "—")
    assert value_text("percent_complete", 40) == "40 %"


def test_moves_in_days_carry_their_sign():
    assert (days_text(2), days_text(-1), days_text(0.5)) == ("+2 days", "−1 day", "+0.5 days")
