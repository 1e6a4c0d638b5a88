"""A stored value as a person reads it: dates as dates, durations and work with their units, people, statuses,
projects and labels by name instead of ids, "—" for none. For the History panel's details and the comparison
table: both show fields of any kind, as recorded, side by side."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from planner.core import locale_text as written
from planner.core.calendars import STANDARD
from planner.core.durations import format_duration, format_work
from planner.core.i18n import tr
from planner.core.model import KINDS, Workspace

NONE = "—"
_DURATIONS = {"duration", "lag", "slack"}
_WORK = {"work", "actual_work", "effort_minutes"}
_MONEY = {"cost", "fixed_cost", "cost_per_use", "amount", "budget"}
# A field holding an id, and the table it names.
_IDS = {
    "project_id": "project", "area_id": "area", "parent_id": "task", "status_id": "status",
    "predecessor_id": "task", "successor_id": "task", "routine_id": "task", "calendar_id": "calendar",
    "person_id": "person", "owner_id": "person", "label_id": "label", "baseline_id": "baseline",
}  # fmt: skip


def value_text(name: str, value, ws: Workspace | None = None) -> str:
    """How field `name`'s `value` reads; `ws` names what ids point at (an id it does not hold reads as the id)."""
    if value is None or value == "" or value == {} or value == [] or value == set():
        return NONE
    if isinstance(value, bool):
        return tr("Values", "yes") if value else tr("Values", "no")
    if isinstance(value, datetime):
        return date_text(value)
    if isinstance(value, date):
        return written.weekday_day(value)
    if isinstance(value, Enum):
        return str(getattr(value, "label", None) or str(value.value).replace("_", " "))
    if name in _IDS and isinstance(value, int):
        return _named(ws, _IDS[name], value)
    if name == "assignments" and isinstance(value, dict):
        return ", ".join(_person_units(ws, pid, units) for pid, units in value.items())
    if name == "labels" and isinstance(value, (set, frozenset, list)):
        return ", ".join(sorted(_named(ws, "label", ident) for ident in value))
    if isinstance(value, (int, float)) and name in _DURATIONS:
        return format_duration(int(value), ws.calendar if ws is not None else STANDARD)
    if isinstance(value, (int, float)) and name in _WORK:
        return format_work(int(value))
    if isinstance(value, (int, float)) and name in _MONEY:
        return money_text(value)
    if name == "percent_complete":
        return f"{value} %"
    return str(value)


def date_text(value: datetime | None) -> str:
    """A moment as a person reads it: the day, and the time of day unless it is midnight."""
    if value is None:
        return NONE
    day = written.weekday_day(value)
    return day if value.time() == datetime.min.time() else f"{day} {value:%H:%M}"


def money_text(value: float | None) -> str:
    if value is None:
        return NONE
    return f"{value:,.2f}" if value != round(value) else f"{value:,.0f}"


def days_text(days: float) -> str:
    """A move in calendar days, with its sign: "+3 days", "−1.5 days"."""
    sign = "+" if days > 0 else "−" if days < 0 else ""
    amount = abs(days)
    shown = f"{amount:g}" if amount == round(amount, 1) else f"{amount:.1f}"
    return sign + (tr("Values", "{n} day").format(n=shown) if amount == 1 else tr("Values", "{n} days").format(n=shown))


def _named(ws: Workspace | None, kind: str, ident: int) -> str:
    obj = ws.table(kind).get(ident) if ws is not None and kind in KINDS else None
    found = getattr(obj, "title", None) or getattr(obj, "name", None)
    return str(found) if found else tr("Values", "{kind} {id}").format(kind=kind, id=ident)


def _person_units(ws: Workspace | None, pid: int, units: float) -> str:
    name = _named(ws, "person", pid)
    return name if units == 1 else f"{name} ({units * 100:g} %)"
