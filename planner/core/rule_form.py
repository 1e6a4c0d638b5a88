"""A routine's rule as the fields of a form (how often, every how many, which weekdays, which day of the month, when
it ends) and back to RFC 5545 text. The rule editor shows these fields; a rule they cannot hold exactly (BYSETPOS,
several months, ...) is left to its text. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from planner.core.recurrence import FREQUENCIES, MAX_INTERVAL, WEEKDAY_CODES, rule_parts

NTHS = (1, 2, 3, 4, -1)  # "the first … fourth, or last Monday of the month"
MAX_COUNT = 999


@dataclass(frozen=True)
class RuleForm:
    """The fields of a rule. Weekdays count from Monday = 0. Monthly and yearly rules fall either on a day of the
    month (`month_day`, -1 the last) or, with `by_weekday`, on the `nth` `weekday` of the month. A rule ends
    never, after `count` times or on `until` (included), never both."""

    freq: str = "WEEKLY"
    interval: int = 1
    weekdays: frozenset[int] = frozenset()
    by_weekday: bool = False
    month_day: int = 1
    nth: int = 1
    weekday: int = 0
    month: int = 1
    count: int | None = None
    until: date | None = None

    def rule(self) -> str:
        """The rule as RFC 5545 text, parts in a fixed order."""
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.freq == "YEARLY":
            parts.append(f"BYMONTH={self.month}")
        if self.freq == "WEEKLY" and self.weekdays:
            parts.append("BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in sorted(self.weekdays)))
        elif self.freq in ("MONTHLY", "YEARLY"):
            if self.by_weekday:
                parts.append(f"BYDAY={self.nth}{WEEKDAY_CODES[self.weekday]}")
            else:
                parts.append(f"BYMONTHDAY={self.month_day}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        elif self.until is not None:
            # The whole last day: a routine starts at a time of day, and a bare date would end the day before it.
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        return ";".join(parts)

    def with_freq(self, freq: str, start: datetime) -> RuleForm:
        """The form switched to another frequency, its day fields taken from `start` where the old ones do not fit."""
        weekdays = self.weekdays if freq == "WEEKLY" else frozenset()
        if freq == "WEEKLY" and not weekdays:
            weekdays = frozenset({start.weekday()})
        return replace(self, freq=freq, weekdays=weekdays)


def form_for(start: datetime) -> RuleForm:
    """The form a new rule starts from: weekly on the start's weekday, its day of the month ready for monthly."""
    nth = (start.day - 1) // 7 + 1
    return RuleForm(
        weekdays=frozenset({start.weekday()}),
        month_day=start.day,
        nth=nth if nth in NTHS else -1,
        weekday=start.weekday(),
        month=start.month,
    )


def parse_form(text: str, start: datetime) -> RuleForm | None:
    """The form that writes a rule with the same dates as `text` from `start`, or None when the form cannot hold it."""
    try:
        parts = rule_parts(text)
    except ValueError:
        return None
    base = form_for(start)
    freq = parts.pop("FREQ", "")
    interval = parts.pop("INTERVAL", "1")
    parts.pop("WKST", None)  # the week start changes nothing for the rules the form writes
    if freq not in FREQUENCIES or not interval.isdigit() or not 1 <= int(interval) <= MAX_INTERVAL:
        return None
    form = replace(base, freq=freq, interval=int(interval), weekdays=frozenset())
    form = _ends(form, parts.pop("COUNT", None), parts.pop("UNTIL", None))
    if form is None:
        return None
    if freq == "YEARLY":
        month = parts.pop("BYMONTH", str(start.month))
        if not month.isdigit() or not 1 <= int(month) <= 12:
            return None
        form = replace(form, month=int(month))
    days = parts.pop("BYDAY", None)
    month_day = parts.pop("BYMONTHDAY", None)
    if parts or (days is not None and month_day is not None):
        return None
    if freq in ("DAILY", "WEEKLY"):
        return _on_weekdays(form, days, start) if month_day is None else None
    if days is not None:
        return _on_nth_weekday(form, days)
    day = int(month_day) if month_day is not None and month_day.lstrip("-").isdigit() else start.day
    if month_day is not None and not (1 <= day <= 31 or day == -1):
        return None
    return replace(form, month_day=day, by_weekday=False)


def _ends(form: RuleForm, count: str | None, until: str | None) -> RuleForm | None:
    if count is not None:
        if not count.isdigit() or not 1 <= int(count) <= MAX_COUNT or until is not None:
            return None
        return replace(form, count=int(count))
    if until is not None:
        try:
            return replace(form, until=datetime.strptime(until[:8], "%Y%m%d").date())
        except ValueError:
            return None
    return form


def _on_weekdays(form: RuleForm, days: str | None, start: datetime) -> RuleForm | None:
    if days is None:
        return replace(form, weekdays=frozenset({start.weekday()}) if form.freq == "WEEKLY" else frozenset())
    codes = days.split(",")
    if not all(code in WEEKDAY_CODES for code in codes) or (form.freq == "DAILY" and form.interval > 1):
        return None
    # Daily on some weekdays is weekly on them: the form shows weekdays for weekly rules only.
    return replace(form, freq="WEEKLY", weekdays=frozenset(WEEKDAY_CODES.index(code) for code in codes))


def _on_nth_weekday(form: RuleForm, days: str) -> RuleForm | None:
    code, nth = days[-2:], days[:-2].lstrip("+")
    if code not in WEEKDAY_CODES or not nth.lstrip("-").isdigit() or int(nth) not in NTHS:
        return None
    return replace(form, by_weekday=True, nth=int(nth), weekday=WEEKDAY_CODES.index(code))
