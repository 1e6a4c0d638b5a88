"""MS Project XML calendars to core `Calendar`s and back: weekdays, working times, exceptions (the legacy
DayType 0 form and the recurring <Exceptions> form, as core `ExceptionRule`s), work weeks and base calendars."""

from __future__ import annotations

import calendar as month_calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from xml.etree.ElementTree import Element

from planner.core.calendars import EARLIEST, LATEST, Calendar, Intervals
from planner.core.calendars import ExceptionRule as CoreRule
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.io.common import MAX_TITLE, ImportFileError, bounded_text, local, parse_datetime, xml_text
from planner.io.summary import ImportSummary

DEFAULT_DAY: Intervals = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))  # MS Project's "default working times"
DEFAULT_WEEK: tuple[Intervals, ...] = (DEFAULT_DAY,) * 5 + ((), ())
LARGE_RANGE = 3660  # days: a concrete exception longer than ten years is clipped to the window like a rule
MAX_CALENDARS = 1_000  # calendars in one file: each may expand into days over the window
MAX_BASES = 8  # calendars derived from calendars derived from…: MS Project itself allows one base
_TIME_OF_DAY = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*$")


@dataclass
class ExceptionRule:
    """One <Exception> of the recurring form, as written."""

    start: date
    end: date
    type: int = 1  # 1 daily, 2 yearly by day, 3 yearly by position, 4 monthly by day, 5 monthly by position,
    # 6 weekly, 7 every n days, 8 every n weekdays, 9 none (a plain range)
    occurrences: int = 0
    period: int = 1
    days_of_week: int = 0  # bits: 1 Sunday, 2 Monday, 4 Tuesday … 64 Saturday
    month_item: int = 0  # 0 day, 1 weekday, 2 weekend day, 3 Sunday … 9 Saturday
    month_position: int = 0  # 0 first … 3 fourth, 4 last
    month: int = 0  # 0 January … 11 December
    month_day: int = 1
    intervals: Intervals = ()
    name: str = ""

    @property
    def concrete(self) -> bool:
        """A plain run of days rather than a pattern: it never needs a window to be finite."""
        return self.type in (1, 9) and self.period <= 1


@dataclass
class RawCalendar:
    uid: str
    name: str
    base_uid: str | None
    days: dict[int, Intervals] = field(default_factory=dict)  # Monday=0 … Sunday=6, only those written
    exceptions: dict[date, Intervals] = field(default_factory=dict)
    work_weeks: dict[date, Intervals] = field(default_factory=dict)
    rules: list[ExceptionRule] = field(default_factory=list)  # as written, for tests and reports
    core_rules: list[CoreRule] = field(default_factory=list)
    listed: dict[date, Intervals] = field(default_factory=dict)  # the legacy DayType 0 days, as written


# -- reading ------------------------------------------------------------------------------------------
def _child_map(element: Element) -> dict[str, Element]:
    return {local(child.tag): child for child in element}


def _text(children: dict[str, Element], name: str) -> str | None:
    found = children.get(name)
    return found.text.strip() if found is not None and found.text is not None else None


def _minutes_of(text: str, where: str) -> int:
    """Minutes since midnight of a time of day written HH:MM or HH:MM:SS (24:00 allowed: the end of a day)."""
    match = _TIME_OF_DAY.match(text)
    hours, minutes = (int(match.group(1)), int(match.group(2))) if match else (99, 99)
    if minutes > 59 or hours * 60 + minutes > 24 * 60:
        raise ImportFileError(
            tr("Import", "{where}: “{text}” is not a time of day (HH:MM:SS)").format(where=where, text=text[:40])
        )
    return hours * 60 + minutes


def read_intervals(element: Element | None, where: str) -> Intervals:
    """The <WorkingTimes> under `element` as sorted, merged minute intervals; a ToTime of 00:00 ends the day.

    `where` (file and calendar) starts the ImportFileError raised for a time that is not a time of day."""
    if element is None:
        return ()
    spans = []
    for working_time in element.iter():
        if local(working_time.tag) != "WorkingTime":
            continue
        fields = _child_map(working_time)
        start, end = _text(fields, "FromTime"), _text(fields, "ToTime")
        if not start or not end:
            continue
        low, high = _minutes_of(start, f"{where} <FromTime>"), _minutes_of(end, f"{where} <ToTime>")
        if high <= low and high == 0:
            high = 24 * 60
        if high > low:
            spans.append((low, high))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for low, high in spans:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return tuple(merged)


def _day_intervals(fields: dict[str, Element], where: str) -> Intervals:
    working = _text(fields, "DayWorking") in ("1", "true")
    if not working:
        return ()
    return read_intervals(fields.get("WorkingTimes"), where) or DEFAULT_DAY


def _days_between(start: date, end: date):
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def _clip(start: date, end: date, window: tuple[date, date]) -> tuple[date, date]:
    return max(start, window[0]), min(end, window[1])


def read_calendar(element: Element, window: tuple[date, date], summary: ImportSummary) -> RawCalendar:
    fields = _child_map(element)
    uid = _text(fields, "UID") or ""
    base = _text(fields, "BaseCalendarUID")
    name = bounded_text(_text(fields, "Name") or f"Calendar {uid[:40]}", MAX_TITLE, "calendar names", summary)
    raw = RawCalendar(uid=uid, name=name, base_uid=base if base != "-1" else None)
    if _text(fields, "IsBaseCalendar") in ("1", "true"):
        raw.base_uid = None
    where = f"{summary.source}: calendar “{raw.name[:80]}”"
    legacy: dict[date, Intervals] = {}
    weekdays = fields.get("WeekDays")
    for weekday in weekdays if weekdays is not None else ():
        day_fields = _child_map(weekday)
        day_type = _text(day_fields, "DayType")
        if day_type in ("1", "2", "3", "4", "5", "6", "7"):
            raw.days[(int(day_type) + 5) % 7] = _day_intervals(day_fields, where)
        elif day_type == "0":
            period = day_fields.get("TimePeriod")
            if period is None:
                continue
            span = _period(period)
            if span is None:
                continue
            start, end = span
            if (end - start).days > LARGE_RANGE:
                start, end = _clip(start, end, window)
            intervals = _day_intervals(day_fields, where)
            for day in _days_between(start, end):
                legacy[day] = intervals
    exceptions = fields.get("Exceptions")
    own: dict[date, Intervals] = {}
    for exception in exceptions if exceptions is not None else ():
        rule = _read_rule(exception, where)
        if rule is None:
            summary.skip(
                "calendar exception", f"{raw.name}", tr("Import", "its dates or its pattern are missing or impossible")
            )
            continue
        raw.rules.append(rule)
        if rule.concrete and (rule.end - rule.start).days <= LARGE_RANGE:
            for day in _days_between(rule.start, rule.end):
                own[day] = rule.intervals
            continue
        core = core_rule(rule)
        if core is not None:
            raw.core_rules.append(core)
        else:
            # A pattern the core cannot say ("every 2nd weekday", "the last weekend day"): its days in the window.
            summary.note(
                tr(
                    "Import",
                    "a few recurring exceptions became single days from a year before the project to ten after",
                )
            )
            for day in expand_rule(rule, window):
                own[day] = rule.intervals
    # MS Project 2007+ writes each exception twice, as a rule and as its days (the legacy DayType 0 form);
    # the rules are the authority when present, the days are all older files have.
    raw.exceptions = own if exceptions is not None else legacy
    raw.listed = legacy
    work_weeks = fields.get("WorkWeeks")
    for work_week in work_weeks if work_weeks is not None else ():
        week_fields = _child_map(work_week)
        span = _period(week_fields["TimePeriod"]) if "TimePeriod" in week_fields else None
        if span is None:
            continue
        days: dict[int, Intervals] = {}
        for weekday in work_week.iter():
            if local(weekday.tag) == "WeekDay":
                day_fields = _child_map(weekday)
                day_type = _text(day_fields, "DayType")
                if day_type in ("1", "2", "3", "4", "5", "6", "7"):
                    days[(int(day_type) + 5) % 7] = _day_intervals(day_fields, where)
        start, end = _clip(*span, window)
        for day in _days_between(start, end):
            if day.weekday() in days:
                raw.work_weeks[day] = days[day.weekday()]
    return raw


def _period(element: Element) -> tuple[date, date] | None:
    fields = _child_map(element)
    try:
        start = parse_datetime(_text(fields, "FromDate"))
        end = parse_datetime(_text(fields, "ToDate"))
    except ValueError:
        return None
    if start is None:
        return None
    end = max(end or start, start)
    if end < EARLIEST or start > LATEST:
        return None  # wholly outside the dates a plan can hold: no day of it can matter
    # A period that reaches beyond them ("until 9999") is cut at them, so no calendar day lies out there.
    return max(start, EARLIEST).date(), min(end, LATEST).date()


# The values an <Exception>'s pattern fields can take: (default, lowest, highest).
_RULE_FIELDS = {
    "Type": (1, 1, 9), "Occurrences": (0, 0, 100_000), "Period": (1, 0, 1_000), "DaysOfWeek": (0, 0, 127),
    "MonthItem": (0, 0, 9), "MonthPosition": (0, 0, 4), "Month": (0, 0, 11), "MonthDay": (1, 0, 31),
}  # fmt: skip


def _read_rule(element: Element, where: str) -> ExceptionRule | None:
    """The <Exception> as written, or None when its dates are missing or a pattern field is impossible."""
    fields = _child_map(element)
    span = _period(fields["TimePeriod"]) if "TimePeriod" in fields else None
    if span is None:
        return None
    numbers = {}
    for name, (default, low, high) in _RULE_FIELDS.items():
        text = _text(fields, name)
        try:
            numbers[name] = int(text) if text else default
        except ValueError:
            numbers[name] = default  # as MS Project reads a field it cannot: its default
        if not low <= numbers[name] <= high:
            return None
    return ExceptionRule(
        start=span[0],
        end=span[1],
        type=numbers["Type"],
        occurrences=numbers["Occurrences"],
        period=max(1, numbers["Period"]),
        days_of_week=numbers["DaysOfWeek"],
        month_item=numbers["MonthItem"],
        month_position=numbers["MonthPosition"],
        month=numbers["Month"],
        month_day=numbers["MonthDay"],
        intervals=_day_intervals(fields, where),
        name=_text(fields, "Name") or "",
    )


# -- recurring exceptions -------------------------------------------------------------------------------
def expand_rule(rule: ExceptionRule, window: tuple[date, date]) -> list[date]:
    """The days `rule` covers, in order, inside `window` (a plain run of days is kept whole unless enormous).

    The core `Calendar` holds concrete days only (no rule objects yet), so patterns become days here.
    """
    if rule.concrete and (rule.end - rule.start).days <= LARGE_RANGE:
        return list(_days_between(rule.start, rule.end))
    days = []
    for count, day in enumerate(_occurrences(rule), start=1):
        if day > rule.end or day > window[1]:
            break
        if day >= window[0]:
            days.append(day)
        if rule.occurrences and count >= rule.occurrences:
            break
    return days


def _occurrences(rule: ExceptionRule):
    start, period = rule.start, max(1, rule.period)
    if rule.type in (1, 7, 9):
        day = start
        while True:
            yield day
            day += timedelta(days=period)
    elif rule.type == 8:
        day, index = start, 0
        while True:
            if day.weekday() < 5:
                if index % period == 0:
                    yield day
                index += 1
            day += timedelta(days=1)
    elif rule.type == 6:
        # MS Project counts weekly recurrences in weeks that begin on Sunday.
        week_zero = start - timedelta(days=(start.weekday() + 1) % 7)
        day = start
        bits = rule.days_of_week or 1 << ((start.weekday() + 1) % 7)
        while True:
            weeks = (day - week_zero).days // 7
            if weeks % period == 0 and bits & (1 << ((day.weekday() + 1) % 7)):
                yield day
            day += timedelta(days=1)
    elif rule.type in (4, 5):
        year, month = start.year, start.month
        while year <= 9999:
            day = _month_day(year, month, rule.month_day) if rule.type == 4 else _nth(year, month, rule)
            if day is not None and day >= start:
                yield day
            month += period
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    elif rule.type in (2, 3):
        for year in range(start.year, 10000):
            month = rule.month % 12 + 1
            day = _month_day(year, month, rule.month_day) if rule.type == 2 else _nth(year, month, rule)
            if day is not None and day >= start:
                yield day


def _month_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(max(day, 1), month_calendar.monthrange(year, month)[1]))


def _nth(year: int, month: int, rule: ExceptionRule) -> date | None:
    length = month_calendar.monthrange(year, month)[1]
    item = rule.month_item
    matches = []
    for number in range(1, length + 1):
        day = date(year, month, number)
        weekday = day.weekday()
        if (
            item == 0
            or (item == 1 and weekday < 5)
            or (item == 2 and weekday >= 5)
            or (item >= 3 and weekday == (item - 4) % 7)
        ):
            matches.append(day)
    if not matches:
        return None
    if rule.month_position >= 4:
        return matches[-1]
    return matches[rule.month_position] if rule.month_position < len(matches) else None


def core_rule(rule: ExceptionRule) -> CoreRule | None:
    """The core rule for an MS Project recurring exception, or None when the core has no way to say it."""
    common = {
        "start": rule.start,
        "until": rule.end,
        "count": rule.occurrences or None,
        "intervals": rule.intervals,
        "name": rule.name,
    }
    kind, period = rule.type, max(1, rule.period)
    nth = weekday = None
    if kind in (3, 5):
        if not 3 <= rule.month_item <= 9:
            return None  # "day", "weekday" or "weekend day" of the month
        weekday = (rule.month_item - 4) % 7  # 3 Sunday … 9 Saturday
        nth = -1 if rule.month_position >= 4 else rule.month_position + 1
    try:
        if kind in (1, 7, 9):
            return CoreRule(freq="daily", interval=period if kind != 9 else 1, **common)
        if kind == 6:
            bits = rule.days_of_week or 1 << ((rule.start.weekday() + 1) % 7)
            days = tuple(sorted((bit + 6) % 7 for bit in range(7) if bits >> bit & 1))  # bit 0 is Sunday
            # MS Project counts "every n weeks" in weeks that begin on Sunday.
            return CoreRule(freq="weekly", interval=period, weekdays=days, week_start=6, **common)
        if kind == 4:
            return CoreRule(freq="monthly", interval=period, day=max(1, min(rule.month_day, 31)), **common)
        if kind == 5:
            return CoreRule(freq="monthly", interval=period, nth=nth, weekday=weekday, **common)
        if kind == 2:
            return CoreRule(freq="yearly", month=rule.month % 12 + 1, day=max(1, min(rule.month_day, 31)), **common)
        if kind == 3:
            return CoreRule(freq="yearly", month=rule.month % 12 + 1, nth=nth, weekday=weekday, **common)
    except ValidationError:
        return None
    return None


def resolve(raws: dict[str, RawCalendar], settings: Calendar, summary: ImportSummary) -> dict[str, Calendar]:
    """Core calendars by UID; a derived calendar keeps its base as `Calendar.base` and None for the days it inherits."""
    done: dict[str, Calendar] = {}

    def build(uid: str, path: tuple[str, ...]) -> Calendar:
        if uid in done:
            return done[uid]
        raw = raws[uid]
        base = None
        if raw.base_uid and raw.base_uid in path:
            summary.skip("base calendar", raw.name, tr("Import", "its base calendars form a loop"))
        elif raw.base_uid and len(path) >= MAX_BASES:  # bounded, as this recursion and the core's lookups are
            summary.skip(
                "base calendar",
                raw.name,
                tr("Import", "more than {MAX_BASES} calendars derive one from another").format(MAX_BASES=MAX_BASES),
            )
        elif raw.base_uid and raw.base_uid in raws:
            base = build(raw.base_uid, (*path, uid))
        elif raw.base_uid:
            summary.skip("base calendar", f"UID {raw.base_uid} of {raw.name}", tr("Import", "it is not in the file"))
        if base is not None:
            week = tuple(raw.days.get(i) for i in range(7))
        else:
            week = tuple(raw.days.get(i, DEFAULT_WEEK[i]) for i in range(7))
        # Work weeks are below every exception in MS Project; the core has none, so their days become
        # exceptions wherever no exception or rule of this calendar already speaks for the day.
        covered = set(raw.exceptions)
        for rule in raw.core_rules:
            if raw.work_weeks:
                covered.update(rule.dates_between(min(raw.work_weeks), max(raw.work_weeks)))
        work_weeks = {day: spans for day, spans in raw.work_weeks.items() if day not in covered}
        done[uid] = Calendar(
            name=raw.name,
            week=week,
            exceptions={**work_weeks, **raw.exceptions},
            rules=tuple(raw.core_rules),
            base=base,
            minutes_per_day=settings.minutes_per_day,
            days_per_week=settings.days_per_week,
            days_per_month=settings.days_per_month,
        )
        return done[uid]

    return {uid: build(uid, ()) for uid in raws}


# -- writing ------------------------------------------------------------------------------------------------
def _working_times(intervals: Intervals, indent: str) -> list[str]:
    if not intervals:
        return []
    out = [f"{indent}<WorkingTimes>"]
    for low, high in intervals:
        out.append(
            f"{indent}  <WorkingTime><FromTime>{_clock(low)}</FromTime><ToTime>{_clock(high)}</ToTime></WorkingTime>"
        )
    out.append(f"{indent}</WorkingTimes>")
    return out


def _clock(minute: int) -> str:
    minute %= 24 * 60  # 24:00 is written 00:00:00, as MS Project does
    return f"{minute // 60:02d}:{minute % 60:02d}:00"


def exception_runs(exceptions: dict[date, Intervals]) -> list[tuple[date, date, Intervals]]:
    """Consecutive days with the same intervals, as (first, last, intervals) runs."""
    runs: list[tuple[date, date, Intervals]] = []
    for day in sorted(exceptions):
        intervals = exceptions[day]
        if runs and runs[-1][1] + timedelta(days=1) == day and runs[-1][2] == intervals:
            runs[-1] = (runs[-1][0], day, intervals)
        else:
            runs.append((day, day, intervals))
    return runs


def _rule_lines(rule: CoreRule, window: tuple[date, date], i3: str, i4: str) -> list[str] | None:
    """One recurring <Exception> for a core rule, or None when MS Project cannot say it (then its days go as days)."""
    fields: list[tuple[str, object]] = []
    if rule.freq == "daily":
        fields = [("Type", 7 if rule.interval > 1 else 1), ("Period", rule.interval)]
    elif rule.freq == "weekly":
        if rule.interval > 1 and rule.week_start != 6:
            return None  # MS Project counts every n weeks from Sunday; other week starts shift the pattern
        bits = sum(1 << ((day + 1) % 7) for day in (rule.weekdays or (rule.start.weekday(),)))
        fields = [("Type", 6), ("Period", rule.interval), ("DaysOfWeek", bits)]
    elif rule.freq in ("monthly", "yearly"):
        if rule.freq == "yearly" and rule.interval > 1:
            return None  # MS Project's yearly exceptions repeat every year
        by_position = rule.nth is not None
        kind = {("monthly", False): 4, ("monthly", True): 5, ("yearly", False): 2, ("yearly", True): 3}
        fields = [("Type", kind[(rule.freq, by_position)])]
        if rule.freq == "monthly":
            fields.append(("Period", rule.interval))
        if by_position:
            position = 4 if rule.nth == -1 else rule.nth - 1
            fields += [("MonthItem", 3 + (rule.weekday + 1) % 7), ("MonthPosition", position)]
        if rule.freq == "yearly":
            fields.append(("Month", (rule.month or rule.start.month) - 1))
        if not by_position:
            fields.append(("MonthDay", rule.day or rule.start.day))
    if rule.count:
        days = list(rule.occurrences())
        last = days[-1] if days else rule.start
    else:
        last = rule.until or max(window[1], rule.start)
    out = [
        f"{i3}<Exception>",
        f"{i4}<EnteredByOccurrences>{1 if rule.count else 0}</EnteredByOccurrences>",
        f"{i4}<TimePeriod><FromDate>{rule.start}T00:00:00</FromDate><ToDate>{last}T23:59:00</ToDate></TimePeriod>",
    ]
    if rule.count:
        out.append(f"{i4}<Occurrences>{rule.count}</Occurrences>")
    if rule.name:
        out.append(f"{i4}<Name>{xml_text(rule.name)}</Name>")
    out.extend(f"{i4}<{name}>{value}</{name}>" for name, value in fields)
    out.append(f"{i4}<DayWorking>{1 if rule.intervals else 0}</DayWorking>")
    out.extend(_working_times(rule.intervals, i4))
    out.append(f"{i3}</Exception>")
    return out


def write_calendar(
    cal: Calendar, uid: int, base_uid: int | None, window: tuple[date, date], indent: str = "    "
) -> list[str]:
    """One <Calendar> in schema order. Exceptions go in both the legacy and the <Exceptions> form, as MS Project
    2010+ writes them, so older readers (ProjectLibre among them) see them too; rules also as the days they
    cover within `window` in the legacy form, and public holidays as days."""
    i2, i3, i4 = indent + "  ", indent + "    ", indent + "      "
    out = [
        f"{indent}<Calendar>",
        f"{i2}<UID>{uid}</UID>",
        f"{i2}<Name>{xml_text(cal.name)}</Name>",
        f"{i2}<IsBaseCalendar>{0 if base_uid is not None else 1}</IsBaseCalendar>",
        f"{i2}<IsBaselineCalendar>0</IsBaselineCalendar>",
        f"{i2}<BaseCalendarUID>{base_uid if base_uid is not None else -1}</BaseCalendarUID>",
        f"{i2}<WeekDays>",
    ]
    for day_type in range(1, 8):
        intervals = cal.week[(day_type + 5) % 7]
        if intervals is None and base_uid is not None:
            continue  # inherited from the base calendar
        intervals = intervals or ()
        out.append(f"{i3}<WeekDay>")
        out.append(f"{i4}<DayType>{day_type}</DayType>")
        out.append(f"{i4}<DayWorking>{1 if intervals else 0}</DayWorking>")
        out.extend(_working_times(intervals, i4))
        out.append(f"{i3}</WeekDay>")
    concrete = dict(cal.exceptions)
    if cal.holiday_country:
        from planner.core.calendars import public_holidays  # here: it loads the holidays package

        for year in range(window[0].year, window[1].year + 1):
            for day in public_holidays(cal.holiday_country, cal.holiday_subdivision, year):
                concrete.setdefault(day, ())
    rule_blocks = []
    legacy_days: dict[date, Intervals] = {}
    for rule in cal.rules:
        lines = _rule_lines(rule, window, i3, i4)
        days = rule.dates_between(window[0], window[1])
        if lines is None:
            for day in days:
                concrete.setdefault(day, rule.intervals)
            continue
        rule_blocks.append(lines)
        for day in days:
            legacy_days[day] = rule.intervals
    runs = exception_runs(concrete)
    for first, last, intervals in exception_runs({**legacy_days, **concrete}):
        out.append(f"{i3}<WeekDay>")
        out.append(f"{i4}<DayType>0</DayType>")
        out.append(f"{i4}<DayWorking>{1 if intervals else 0}</DayWorking>")
        out.append(
            f"{i4}<TimePeriod><FromDate>{first}T00:00:00</FromDate><ToDate>{last}T23:59:00</ToDate></TimePeriod>"
        )
        out.extend(_working_times(intervals, i4))
        out.append(f"{i3}</WeekDay>")
    out.append(f"{i2}</WeekDays>")
    if runs or rule_blocks:
        out.append(f"{i2}<Exceptions>")
        # Rules first and days after: MS Project lets a later exception win, as the core's own days do.
        for lines in rule_blocks:
            out.extend(lines)
        for number, (first, last, intervals) in enumerate(runs, start=1):
            out.append(f"{i3}<Exception>")
            out.append(f"{i4}<EnteredByOccurrences>0</EnteredByOccurrences>")
            out.append(
                f"{i4}<TimePeriod><FromDate>{first}T00:00:00</FromDate><ToDate>{last}T23:59:00</ToDate></TimePeriod>"
            )
            out.append(f"{i4}<Occurrences>{(last - first).days + 1}</Occurrences>")
            out.append(f"{i4}<Name>Exception {number}</Name>")
            out.append(f"{i4}<Type>1</Type>")
            out.append(f"{i4}<DayWorking>{1 if intervals else 0}</DayWorking>")
            out.extend(_working_times(intervals, i4))
            out.append(f"{i3}</Exception>")
        out.append(f"{i2}</Exceptions>")
    out.append(f"{indent}</Calendar>")
    return out
