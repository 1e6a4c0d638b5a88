"""Working-time calendars to and from the JSON kept in a calendar row (the base calendar is a row reference)."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date

from planner.core.calendars import Calendar, ExceptionRule

_PLAIN = ("minutes_per_day", "days_per_week", "days_per_month", "holiday_country", "holiday_subdivision")
_SCENARIO = ("scenario_of", "origin_id")  # written only on a scenario's own calendar (planner.core.scenarios)


def calendar_to_json(calendar: Calendar) -> str:
    document = {
        "week": [None if day is None else [list(span) for span in day] for day in calendar.week],
        "exceptions": {day.isoformat(): [list(span) for span in spans] for day, spans in calendar.exceptions.items()},
        "rules": [_rule_to_dict(rule) for rule in calendar.rules],
        **{key: getattr(calendar, key) for key in _PLAIN},
        **{key: getattr(calendar, key) for key in _SCENARIO if getattr(calendar, key) is not None},
    }
    return json.dumps(document, separators=(",", ":"), sort_keys=True)


def calendar_from_json(ident: int, name: str, text: str) -> Calendar:
    """The calendar stored as `text`; its base is set by the caller once every calendar is read."""
    document = json.loads(text or "{}")
    calendar = Calendar(name=name, id=ident, **{key: document[key] for key in _PLAIN + _SCENARIO if key in document})
    if "week" in document:
        calendar.week = tuple(None if day is None else tuple(tuple(span) for span in day) for day in document["week"])
    calendar.exceptions = {
        date.fromisoformat(day): tuple(tuple(span) for span in spans)
        for day, spans in document.get("exceptions", {}).items()
    }
    calendar.rules = tuple(_rule_from_dict(rule) for rule in document.get("rules", ()))
    return calendar


def _rule_to_dict(rule: ExceptionRule) -> dict:
    out = {}
    for item in fields(ExceptionRule):
        value = getattr(rule, item.name)
        if isinstance(value, date):
            value = value.isoformat()
        elif item.name == "intervals":
            value = [list(span) for span in value]
        elif isinstance(value, tuple):
            value = list(value)
        out[item.name] = value
    return out


def _rule_from_dict(data: dict) -> ExceptionRule:
    values = dict(data)
    for key in ("start", "until"):
        if values.get(key):
            values[key] = date.fromisoformat(values[key])
    values["weekdays"] = tuple(values.get("weekdays", ()))
    values["intervals"] = tuple(tuple(span) for span in values.get("intervals", ()))
    return ExceptionRule(**values)
