"""Routines: RFC 5545 recurrence rules (through python-dateutil), their occurrences, and the commands that turn the
next ones into real tasks. Occurrences not yet created are computed, never stored. No Qt, no storage.

A routine is a task with a `recurrence` rule; its start anchors the rule (DTSTART) and its duration, checklist,
estimate, assignees and labels are what each occurrence copies. An occurrence is an ordinary task with
`routine_id` and `occurrence` (the date the rule gave it) set: completing it never touches the series.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from planner.core.changes import Changes
from planner.core.command import Command, before_all, now
from planner.core.errors import ValidationError
from planner.core.i18n import plural, tr
from planner.core.model import ChecklistItem, RepeatFrom, Task, Workspace

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta
    from dateutil.rrule import rrule

# dateutil (~2 ms of imports with six) is imported where a rule is first read or stepped: every open imports this
# module, and a plan without routines reads no rule.

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
MAX_OCCURRENCES = 5_000  # per expansion: a rule with millions of occurrences stops here
MAX_INTERVAL = 1_000
MAX_HORIZON = 366
MAX_SHIFT = 366  # days looked ahead for a working day before giving up on a calendar with none
DEFAULT_TIME = time(9, 0)
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last", -2: "second to last"}


# -- rules ----------------------------------------------------------------------------------------
def rule_parts(text: str) -> dict[str, str]:
    """An RRULE's parts by name (upper case), with any "RRULE:" prefix dropped."""
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts = {}
    for item in text.split(";"):
        if not item.strip():
            continue
        name, sep, value = item.partition("=")
        if not sep:
            raise ValidationError(
                tr("Errors", "“{item}” in the rule “{text}” is not NAME=VALUE").format(item=item, text=text)
            )
        parts[name.strip().upper()] = value.strip().upper()
    return parts


def check_rule(text: str, what: str | None = None) -> str:
    """The rule in its plain form ("FREQ=WEEKLY;BYDAY=MO"), or ValidationError saying what (a routine by default)
    is wrong with it."""
    what = what or tr("Errors", "A routine")
    parts = rule_parts(text)
    if not parts:
        return ""
    freq = parts.get("FREQ")
    if freq is None:
        raise ValidationError(
            tr("Errors", "{what}: the rule “{text}” says nothing about how often (FREQ)").format(what=what, text=text)
        )
    if "RSCALE" in parts and parts["RSCALE"] != "GREGORIAN":
        raise ValidationError(
            tr("Errors", "{what}: the {title} calendar (RSCALE) is not supported").format(
                what=what, title=parts["RSCALE"].title()
            )
        )
    if freq not in FREQUENCIES:
        raise ValidationError(
            tr("Errors", "{what}: a routine repeats daily, weekly, monthly or yearly, not {lower}").format(
                what=what, lower=freq.lower()
            )
        )
    interval = parts.get("INTERVAL", "1")
    if not interval.isdigit() or not 1 <= int(interval) <= MAX_INTERVAL:
        raise ValidationError(
            tr("Errors", "{what}: an interval of {interval} is not between 1 and {MAX_INTERVAL}").format(
                what=what, interval=interval, MAX_INTERVAL=MAX_INTERVAL
            )
        )
    for forbidden in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        parts.pop(forbidden, None)  # a routine happens once on its day; the time comes from its start
    if parts.get("INTERVAL") == "1":
        del parts["INTERVAL"]
    plain = ";".join(f"{name}={value}" for name, value in parts.items())
    try:
        _rule(plain, datetime(2000, 1, 1, 9))
    except (ValueError, TypeError, OverflowError) as error:
        raise ValidationError(
            tr("Errors", "{what}: the rule “{text}” cannot be read ({error})").format(what=what, text=text, error=error)
        ) from None
    return plain


@lru_cache(maxsize=1024)
def _rule(text: str, dtstart: datetime) -> rrule:
    from dateutil.rrule import rrulestr

    until = rule_parts(text).get("UNTIL")
    if until is not None and len(until) > 8 and dtstart.tzinfo is None:
        # UNTIL in UTC (…Z) against a floating start: compare as local time, as calendar programs show it.
        text = ";".join(p for p in text.split(";") if not p.upper().startswith("UNTIL="))
        return rrulestr(text, dtstart=dtstart).replace(until=datetime.strptime(until[:15], "%Y%m%dT%H%M%S"))
    return rrulestr(text, dtstart=dtstart)


def rule_dates(text: str, dtstart: datetime, first: datetime, last: datetime) -> list[datetime]:
    """The rule's dates from `first` to `last` (both included), at most MAX_OCCURRENCES of them."""
    if not text or last < first:
        return []
    out = []
    dtstart = _closer_start(text, dtstart, first)
    for at in islice(_rule(text, dtstart).xafter(first, count=MAX_OCCURRENCES, inc=True), MAX_OCCURRENCES):
        if at > last:
            break
        out.append(at)
    return out


def _closer_start(text: str, dtstart: datetime, first: datetime) -> datetime:
    """`dtstart` moved forward by whole periods of the rule to just before `first`, when that gives the same dates.

    dateutil walks every period from DTSTART; a routine started years ago would cost a walk through all of them on
    every paint. Without COUNT, a shift by whole periods (days, weeks, months or years times INTERVAL) keeps the
    set of dates, as long as it does not change the day of the month the rule takes from DTSTART.
    """
    parts = rule_parts(text)
    if first <= dtstart or "COUNT" in parts:
        return dtstart
    n = int(parts.get("INTERVAL", "1"))
    freq = parts.get("FREQ")
    gap = first - dtstart
    if freq == "DAILY":
        return dtstart + timedelta(days=max(0, gap.days // n - 1) * n)
    if freq == "WEEKLY":
        return dtstart + timedelta(weeks=max(0, gap.days // 7 // n - 1) * n)
    keeps_day = dtstart.day <= 28 or "BYMONTHDAY" in parts or "BYDAY" in parts or "BYYEARDAY" in parts
    if not keeps_day:
        return dtstart
    from dateutil.relativedelta import relativedelta

    months = (first.year - dtstart.year) * 12 + first.month - dtstart.month
    if freq == "MONTHLY":
        return dtstart + relativedelta(months=max(0, months // n - 1) * n)
    if freq == "YEARLY":
        return dtstart + relativedelta(years=max(0, months // 12 // n - 1) * n)
    return dtstart


def step_of(text: str) -> relativedelta:
    """How far apart occurrences are in after-completion mode: the rule's FREQ times its INTERVAL."""
    parts = rule_parts(text)
    n = int(parts.get("INTERVAL", "1"))
    unit = {"DAILY": "days", "WEEKLY": "weeks", "MONTHLY": "months", "YEARLY": "years"}[parts.get("FREQ", "DAILY")]
    from dateutil.relativedelta import relativedelta

    return relativedelta(**{unit: n})


def edit_routine_fields(task: Task, fields: dict, name: str) -> None:
    """Check and set the routine fields an EditTask or CreateTask names (called by `commands.edit_task`)."""
    if "recurrence" in fields:
        task.recurrence = check_rule(str(fields["recurrence"] or ""), name)
    if "repeat_from" in fields:
        try:
            task.repeat_from = RepeatFrom(fields["repeat_from"])
        except ValueError:
            raise ValidationError(
                tr("Errors", "{name}: “{value}” is not schedule or completion").format(
                    name=name, value=fields["repeat_from"]
                )
            ) from None
    for key in ("skip_if_open", "shift_to_workday"):
        if key in fields:
            setattr(task, key, bool(fields[key]))
    if "horizon" in fields:
        horizon = int(fields["horizon"])
        if not 0 <= horizon <= MAX_HORIZON:
            raise ValidationError(
                tr("Errors", "{name}: occurrences can be created 0 to {MAX_HORIZON} days ahead, not {horizon}").format(
                    name=name, MAX_HORIZON=MAX_HORIZON, horizon=horizon
                )
            )
        task.horizon = horizon
    if "recurrence_exceptions" in fields:
        exceptions = {}
        for day, moved in dict(fields["recurrence_exceptions"]).items():
            day = day.date() if isinstance(day, datetime) else day
            if moved is not None and not isinstance(moved, datetime):
                raise ValidationError(
                    tr("Errors", "{name}: an occurrence moves to a date and time, not {moved!r}").format(
                        name=name, moved=moved
                    )
                )
            exceptions[day] = moved
        task.recurrence_exceptions = exceptions
    for key in ("routine_id", "occurrence"):
        if key in fields:
            setattr(task, key, fields[key])


# -- plain words ----------------------------------------------------------------------------------
KNOWN_PARTS = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "COUNT", "UNTIL", "WKST"}
UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}


def describe(text: str, start: datetime | None = None, repeat_from: RepeatFrom = RepeatFrom.SCHEDULE) -> str:
    """A rule in plain words, never its RFC 5545 text: "Every Monday, Wednesday and Friday at 09:00", "Every
    second Tuesday of the month, 10 times", "2 weeks after the previous one is done". `start` (the rule's
    DTSTART) gives the time of day and the day a bare rule ("FREQ=MONTHLY") takes from it. Each pattern is one
    template to translate whole, so every language can put the words in its own order."""
    if not text:
        return tr("Recurrence", "Does not repeat")
    try:
        parts = rule_parts(text)
    except ValidationError:
        return tr("Recurrence", "Repeats by a custom rule")
    interval = parts.get("INTERVAL", "1")
    n = int(interval) if interval.isdigit() and int(interval) > 0 else 1
    freq = parts.get("FREQ", "")
    unit = UNITS.get(freq)
    if unit is None:
        return tr("Recurrence", "Repeats by a custom rule")
    if repeat_from == RepeatFrom.COMPLETION:
        return _after_done(n, unit)
    words = _when(freq, n, parts, start) if set(parts) <= KNOWN_PARTS else None
    at = tr("Recurrence", " at {time}").format(time=f"{start:%H:%M}") if start is not None else ""
    if words is None:  # a rule the words below cannot say exactly: say how often, and that its rule picks the days
        custom = tr("Recurrence", "{every}{at}, on the days its own rule picks{ends}")
        return _first_upper(custom.format(every=_every(n, unit), at=at, ends=_ends(parts)))
    return _first_upper(words + at + _ends(parts))


def repeat_text(ws: Workspace, task: Task) -> str:
    """How `task` repeats, in words, for tooltips and lists: a routine's rule, or for one of its occurrences the
    routine it comes from and its rule; "" for any other task."""
    if is_routine(task):
        return describe(task.recurrence, anchor(task), task.repeat_from)
    routine = ws.tasks.get(task.routine_id) if task.routine_id is not None else None
    if routine is None:
        return "" if task.routine_id is None else tr("Recurrence", "An occurrence of a deleted routine")
    words = describe(routine.recurrence, anchor(routine), routine.repeat_from) if is_routine(routine) else ""
    if not words:
        return tr("Recurrence", "One occurrence of “{title}”").format(title=routine.title)
    rule = words[:1].lower() + words[1:]
    return tr("Recurrence", "One occurrence of “{title}”: {rule}").format(title=routine.title, rule=rule)


def _when(freq: str, n: int, parts: dict[str, str], start: datetime | None) -> str | None:
    """When the rule falls, in words ("every weekday", "every 3 months on the 15th"), or None if it cannot say."""
    days = _weekdays(parts.get("BYDAY", ""))
    monthdays = [d for d in parts.get("BYMONTHDAY", "").split(",") if d]
    months = [m for m in parts.get("BYMONTH", "").split(",") if m]
    if days is None or not all(_int_between(d, -31, 31) and d != "0" for d in monthdays):
        return None
    if not all(_int_between(m, 1, 12) for m in months):
        return None
    plain = [code for nth, code in days if nth is None]
    if freq in ("DAILY", "WEEKLY"):
        if len(plain) != len(days) or monthdays or months or (freq == "DAILY" and plain and n > 1):
            return None
        if freq == "DAILY" and not plain:
            return _every(n, "day")
        codes = plain or ([WEEKDAY_CODES[start.weekday()]] if start else [])
        if not codes:
            return _every(n, "week")
        on = _day_names(codes)
        if n == 1:
            return tr("Recurrence", "every {days}").format(days=on)
        return plural("every %n week(s) on {days}", None, n).format(days=on)
    if days and monthdays:
        return None
    if freq == "MONTHLY":
        if months:
            return None
        if days and len(plain) == len(days):
            if n == 1:
                return tr("Recurrence", "every {days}").format(days=_day_names(plain))
            return plural("every {days}, every %n month(s)", None, n).format(days=_day_names(plain))
        if days and not plain:
            nths = _join([_nth_day(nth, code) for nth, code in days])
            if n == 1:
                return tr("Recurrence", "every {days} of the month").format(days=nths)
            return plural("every %n month(s) on the {days}", None, n).format(days=nths)
        if days:
            return None
        monthdays = monthdays or ([str(start.day)] if start else [])
        if not monthdays:
            return _every(n, "month")
        on_days = _join([_day_of_month(int(d)) for d in monthdays])
        return tr("Recurrence", "{every} on {days}").format(every=_every(n, "month"), days=on_days)
    # YEARLY
    months = months or ([str(start.month)] if start else [])
    month = _join([month_name(int(m)) for m in months])
    if not month:
        return _every(n, "year") if not days and not monthdays else None
    every = _every(n, "year")
    if days and len(plain) == len(days):
        if n == 1:
            return tr("Recurrence", "every {days} in {month}").format(days=_day_names(plain), month=month)
        return plural("every {days} in {month}, every %n year(s)", None, n).format(days=_day_names(plain), month=month)
    if days and not plain:
        nths = _join([_nth_day(nth, code) for nth, code in days])
        return tr("Recurrence", "{every} on the {days} of {month}").format(every=every, days=nths, month=month)
    if days:
        return None
    monthdays = monthdays or ([str(start.day)] if start else [])
    if not monthdays:
        return tr("Recurrence", "{every} in {month}").format(every=every, month=month)
    on_days = _join([_day_of_month(int(d)) for d in monthdays])
    if all(int(d) > 0 for d in monthdays) and len(months) == 1:
        # {days} are plain numbers ("15 March"); {dates} the same days as `_day_of_month` words them.
        date_text = tr("Recurrence", "{every} on {days} {month}")
        return date_text.format(every=every, days=_join(monthdays), dates=on_days, month=month)
    return tr("Recurrence", "{every} on {days} of {month}").format(every=every, days=on_days, month=month)


def _weekdays(text: str) -> list[tuple[int | None, str]] | None:
    """BYDAY as (ordinal or None, day code) pairs, or None when a part is not a weekday."""
    out = []
    for item in (d for d in text.split(",") if d):
        code, nth = item[-2:], item[:-2]
        if code not in WEEKDAY_CODES or (nth and not _int_between(nth, -53, 53)) or nth in ("0", "+0", "-0"):
            return None
        out.append((int(nth) if nth else None, code))
    return out


def _int_between(text: str, low: int, high: int) -> bool:
    digits = text[1:] if text[:1] in "+-" else text
    return digits.isdigit() and low <= int(text) <= high


def _ends(parts: dict[str, str]) -> str:
    count = parts.get("COUNT", "")
    if count.isdigit():
        return tr("Recurrence", ", once") if int(count) == 1 else plural(", %n time(s)", None, int(count))
    try:
        until = datetime.strptime(parts.get("UNTIL", "")[:8], "%Y%m%d")
    except ValueError:
        return ""
    until_text = tr("Recurrence", ", until {day} {month} {year}")
    return until_text.format(day=until.day, month=month_name(until.month), year=until.year)


def _day_names(codes: list[str]) -> str:
    if len(codes) == 5 and set(codes) == set(WEEKDAY_CODES[:5]):
        return tr("Recurrence", "weekday")
    return _join([weekday_name(WEEKDAY_CODES.index(c)) for c in sorted(set(codes), key=WEEKDAY_CODES.index)])


def weekday_name(day: int) -> str:
    """The name of weekday `day` (0 = Monday) in the user's language; WEEKDAY_NAMES stays English."""
    return (
        tr("Recurrence", "Monday"),
        tr("Recurrence", "Tuesday"),
        tr("Recurrence", "Wednesday"),
        tr("Recurrence", "Thursday"),
        tr("Recurrence", "Friday"),
        tr("Recurrence", "Saturday"),
        tr("Recurrence", "Sunday"),
    )[day]


def month_name(month: int) -> str:
    """The name of `month` (1 = January) in the user's language, whatever the C library's locale."""
    return (
        tr("Recurrence", "January"),
        tr("Recurrence", "February"),
        tr("Recurrence", "March"),
        tr("Recurrence", "April"),
        tr("Recurrence", "May"),
        tr("Recurrence", "June"),
        tr("Recurrence", "July"),
        tr("Recurrence", "August"),
        tr("Recurrence", "September"),
        tr("Recurrence", "October"),
        tr("Recurrence", "November"),
        tr("Recurrence", "December"),
    )[month - 1]


def ordinal_word(nth: int) -> str:
    """ORDINALS[nth] ("second", "last") in the user's language, as it stands before a weekday's name."""
    words = {
        1: tr("Recurrence", "first"),
        2: tr("Recurrence", "second"),
        3: tr("Recurrence", "third"),
        4: tr("Recurrence", "fourth"),
        5: tr("Recurrence", "fifth"),
        -1: tr("Recurrence", "last"),
        -2: tr("Recurrence", "second to last"),
    }
    return words.get(nth) or ordinal_number(nth)


def _nth_day(nth: int, code: str) -> str:
    name = weekday_name(WEEKDAY_CODES.index(code))
    return tr("Recurrence", "{ordinal} {weekday}").format(ordinal=ordinal_word(nth), weekday=name)


def _day_of_month(day: int) -> str:
    if day == -1:
        return tr("Recurrence", "the last day")
    if day < 0:
        return tr("Recurrence", "the {ordinal} to last day").format(ordinal=ordinal_number(-day), day=-day)
    # {day} is the plain number, for languages that write days of the month without an ordinal ending.
    return tr("Recurrence", "the {ordinal}", "day of the month").format(ordinal=ordinal_number(day), day=day)


def _every(n: int, unit: str) -> str:
    if unit == "day":
        return tr("Recurrence", "every day") if n == 1 else plural("every %n day(s)", None, n)
    if unit == "week":
        return tr("Recurrence", "every week") if n == 1 else plural("every %n week(s)", None, n)
    if unit == "month":
        return tr("Recurrence", "every month") if n == 1 else plural("every %n month(s)", None, n)
    return tr("Recurrence", "every year") if n == 1 else plural("every %n year(s)", None, n)


def _after_done(n: int, unit: str) -> str:
    if unit == "day":
        return plural("%n day(s) after the previous one is done", None, n)
    if unit == "week":
        return plural("%n week(s) after the previous one is done", None, n)
    if unit == "month":
        return plural("%n month(s) after the previous one is done", None, n)
    return plural("%n year(s) after the previous one is done", None, n)


def ordinal_number(n: int) -> str:
    """`n` as an ordinal ("2nd", "21st"; "2nd to last" when negative), in the user's language."""
    if n < 0:
        return tr("Recurrence", "{ordinal} to last").format(ordinal=ordinal_number(-n))
    if n == 1:
        return tr("Recurrence", "1st")
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        return tr("Recurrence", "{n}th").format(n=n)
    if n % 10 == 1:
        return tr("Recurrence", "{n}st").format(n=n)
    return tr("Recurrence", "{n}nd").format(n=n) if n % 10 == 2 else tr("Recurrence", "{n}rd").format(n=n)


def _join(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + tr("Recurrence", " and ") + words[-1]


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- occurrences ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Occurrence:
    """One occurrence of a routine: the date its rule gives (`planned`) and when it is to be done."""

    routine_id: int
    planned: datetime
    start: datetime
    finish: datetime
    moved: bool = False  # by an exception or off a non-working day
    task_id: int | None = None  # the task it already is, if created


def is_routine(task: Task) -> bool:
    return bool(task.recurrence) and task.routine_id is None


def routines(ws: Workspace) -> list[Task]:
    return [t for t in ws.tasks.values() if t.recurrence and t.routine_id is None]


def anchor(routine: Task) -> datetime:
    """The rule's DTSTART: the routine's start, else 09:00 on the day it was created (or 1 January 2000)."""
    if routine.start is not None:
        return routine.start
    day = routine.created.date() if routine.created else date(2000, 1, 1)
    return datetime.combine(day, DEFAULT_TIME)


def shift_to_working_day(cal, at: datetime) -> datetime:
    """`at` moved to the same time on the next working day, if its day is not one."""
    day = at.date()
    for _ in range(MAX_SHIFT):
        if cal.is_working_day(day):
            return datetime.combine(day, at.time())
        day += timedelta(days=1)
    return at  # a calendar without working days: leave it where the rule put it


def occurrence_start(ws: Workspace, routine: Task, planned: datetime) -> tuple[datetime | None, bool]:
    """When the occurrence the rule plans for `planned` is to start (None: skipped), and whether it moved."""
    exceptions = routine.recurrence_exceptions
    day = planned.date()
    if day in exceptions:
        moved = exceptions[day]
        return moved, moved is not None
    if routine.shift_to_workday:
        shifted = shift_to_working_day(ws.calendar_for(routine), planned)
        return shifted, shifted != planned
    return planned, False


def occurrence_finish(ws: Workspace, routine: Task, start: datetime, cal=None) -> datetime:
    if routine.milestone or not routine.duration:
        return start
    return (cal or ws.calendar_for(routine)).add_working(start, routine.duration)


def created_occurrences(ws: Workspace) -> dict[int, list[Task]]:
    """Occurrence tasks by the id of their routine."""
    out: dict[int, list[Task]] = {}
    for task in ws.tasks.values():
        if task.routine_id is not None:
            out.setdefault(task.routine_id, []).append(task)
    return out


def is_done(ws: Workspace, task: Task, done_ids: set[int] | None = None) -> bool:
    done_ids = ws.done_status_ids() if done_ids is None else done_ids
    return task.status_id in done_ids or task.completed is not None


def planned_between(
    ws: Workspace,
    routine: Task,
    first: datetime,
    last: datetime,
    made: list[Task] | None = None,
    limit: int = MAX_OCCURRENCES,
) -> list[datetime]:
    """The dates the routine's rule plans from `first` to `last`, before exceptions and moves.

    After-completion routines plan from their latest occurrence as if each were done on its day.
    """
    if routine.repeat_from != RepeatFrom.COMPLETION:
        return rule_dates(routine.recurrence, anchor(routine), first, last)
    step = step_of(routine.recurrence)
    made = made or []
    if made:
        latest = max(made, key=lambda t: t.occurrence or datetime.min)
        base = latest.occurrence or latest.start or anchor(routine)
        if latest.completed is not None:
            base = datetime.combine(latest.completed.date(), anchor(routine).time())
        at = base + step
    else:
        at = anchor(routine)
    until = _until(routine.recurrence)
    out = []
    while at <= last and len(out) < limit:
        if until is not None and at > until:
            break
        if at >= first:
            out.append(at)
        at += step
    return out


def _until(text: str) -> datetime | None:
    until = rule_parts(text).get("UNTIL")
    if not until:
        return None
    try:
        return datetime.strptime(until[:8], "%Y%m%d") + timedelta(days=1) - timedelta(seconds=1)
    except ValueError:
        return None


def occurrences_between(
    ws: Workspace, routine: Task, first: date, last: date, made: list[Task] | None = None
) -> list[Occurrence]:
    """Every occurrence of `routine` that falls from `first` to `last`: created ones as their tasks stand,
    the rest computed (skips left out, moves and holiday shifts applied). Nothing is created."""
    if not is_routine(routine):
        return []
    made = made if made is not None else created_occurrences(ws).get(routine.id, [])
    lo, hi = datetime.combine(first, time()), datetime.combine(last, time.max)
    by_planned = {t.occurrence: t for t in made if t.occurrence is not None}
    out = []
    cal = ws.calendar_for(routine)
    # An occurrence moved by an exception can come from a planned day outside the range: look a little wider.
    margin = timedelta(days=31) if routine.recurrence_exceptions or routine.shift_to_workday else timedelta()
    for planned in planned_between(ws, routine, lo - margin, hi + margin, made):
        task = by_planned.get(planned)
        if task is not None:
            continue  # shown as the task below, wherever it has been moved to
        start, moved = occurrence_start(ws, routine, planned)
        if start is None or not lo <= start <= hi:
            continue
        out.append(Occurrence(routine.id, planned, start, occurrence_finish(ws, routine, start, cal), moved))
    for task in made:
        when = task.start or task.occurrence
        if when is not None and lo <= when <= hi:
            end = task.finish or when
            out.append(Occurrence(routine.id, task.occurrence or when, when, end, when != task.occurrence, task.id))
    out.sort(key=lambda o: o.start)
    return out


def future_occurrences(
    ws: Workspace, first: date, last: date, chosen: Iterable[Task] | None = None
) -> list[Occurrence]:
    """All routines' (or the `chosen` routines') occurrences from `first` to `last` that are not tasks yet (for
    workload and the calendar)."""
    made = created_occurrences(ws)
    out = []
    for routine in routines(ws) if chosen is None else chosen:
        out.extend(
            o for o in occurrences_between(ws, routine, first, last, made.get(routine.id, [])) if o.task_id is None
        )
    out.sort(key=lambda o: (o.start, o.routine_id))
    return out


def next_occurrences(ws: Workspace, routine: Task, after: datetime, count: int = 5) -> list[Occurrence]:
    """The next `count` occurrences of `routine` starting at or after `after`, created or not."""
    out: list[Occurrence] = []
    first = after.date()
    for years in (1, 5, 50):
        out = [
            o for o in occurrences_between(ws, routine, first, first + timedelta(days=366 * years)) if o.start >= after
        ]
        if len(out) >= count:
            break
    return out[:count]


# -- creating occurrences ---------------------------------------------------------------------------
class CreateOccurrences(Command):
    """Make the occurrences of routines that fall within each routine's horizon from `today` into real tasks.

    Each gets a fresh copy of the routine's checklist, its estimate, assignees and labels, and sits after the
    routine's siblings. With `skip_if_open`, no new occurrence comes while an earlier one is open; an
    after-completion routine never has two open. Past occurrences that were never created are not back-filled:
    routines do not pile up. `routine_ids` limits the work to some routines.
    """

    def __init__(self, today: date, routine_ids: Iterable[int] | None = None, clock=now) -> None:
        super().__init__()
        self.text = tr("Commands", "Create routine occurrences")
        self.today = today
        self.routine_ids = None if routine_ids is None else sorted(set(routine_ids))
        self.clock = clock
        self._stamp: datetime | None = None
        self.created_ids: list[int] = []

    def _do(self, ws: Workspace) -> None:
        self._stamp = self._stamp or self.clock()
        self.created_ids = make_occurrences(self, ws, self.today, self.routine_ids, self._stamp)


def make_occurrences(
    command: Command, ws: Workspace, today: date, routine_ids: Iterable[int] | None, stamp: datetime
) -> list[int]:
    """Create, through `command` (which records them for undo), the due occurrences; returns their ids."""
    made = created_occurrences(ws)
    done_ids = ws.done_status_ids()
    chosen = routines(ws) if routine_ids is None else [ws.tasks[i] for i in routine_ids if i in ws.tasks]
    out: list[int] = []
    for routine in sorted(chosen, key=lambda t: t.id):
        if not is_routine(routine) or ws.is_summary(routine.id):
            continue
        for planned, start in _due(ws, routine, today, made.get(routine.id, []), done_ids):
            out.append(_make(command, ws, routine, planned, start, stamp))
    return out


def _due(ws: Workspace, routine: Task, today: date, made: list[Task], done_ids: set[int]) -> list[tuple]:
    """(planned, start) of each occurrence of `routine` to create now."""
    first = datetime.combine(today, time())
    last = datetime.combine(today + timedelta(days=routine.horizon), time.max)
    keys = {t.occurrence for t in made}
    open_now = any(not is_done(ws, t, done_ids) for t in made)
    out = []
    if routine.repeat_from == RepeatFrom.COMPLETION:
        if open_now:
            return out
        for planned in planned_between(ws, routine, datetime.min, last, made, limit=MAX_SHIFT):
            start, _moved = occurrence_start(ws, routine, planned)
            if start is not None and planned not in keys:
                # Done late, the next one is due now, not in the past.
                return [(planned, max(start, datetime.combine(today, start.time())))]
        return out
    for planned in planned_between(ws, routine, first, last, made):
        if planned in keys:
            continue
        start, _moved = occurrence_start(ws, routine, planned)
        if start is None or (routine.skip_if_open and open_now):
            continue
        out.append((planned, start))
        open_now = True
    return out


def _make(command: Command, ws: Workspace, routine: Task, planned: datetime, start: datetime, stamp) -> int:
    task_id = command.stable_id(ws, "task", f"{routine.id}@{planned.isoformat()}")
    siblings = ws.children(routine.parent_key())
    task = Task(
        id=task_id,
        title=routine.title,
        project_id=routine.project_id,
        area_id=routine.area_id,
        parent_id=routine.parent_id,
        # last: no sibling moves, so nothing else is written
        position=ws.tasks[siblings[-1]].position + 1 if siblings else 0,
        notes=routine.notes,
        status_id=ws.default_status_id(),
        priority=routine.priority,
        value=routine.value,
        effort=routine.effort,
        start=start,
        finish=occurrence_finish(ws, routine, start),
        duration=0 if routine.milestone else routine.duration,
        work=routine.work,
        milestone=routine.milestone,
        created=stamp,
        assignments=dict(routine.assignments),
        labels=set(routine.labels),
        checklist=[ChecklistItem(item.text) for item in routine.checklist],
        routine_id=routine.id,
        occurrence=planned,
    )
    command.create(ws, "task", task)
    return task_id


class SkipOccurrence(Command):
    """Skip one occurrence of a routine (by the date its rule gives), or move it to `to`, leaving the series."""

    def __init__(self, routine_id: int, planned: datetime | date, to: datetime | None = None) -> None:
        super().__init__()
        self.routine_id, self.to = routine_id, to
        self.day = planned.date() if isinstance(planned, datetime) else planned
        self.text = tr("Commands", "Move occurrence") if to is not None else tr("Commands", "Skip occurrence")

    def _do(self, ws: Workspace) -> None:
        routine = ws.tasks.get(self.routine_id)
        if routine is None or not is_routine(routine):
            raise ValidationError(tr("Errors", "There is no routine {routine_id}").format(routine_id=self.routine_id))
        self.touch(ws, "task", routine.id)
        routine.recurrence_exceptions = {**routine.recurrence_exceptions, self.day: self.to}


class KeepRoutines(Command):
    """A command followed, in the same undo step, by what it means for routines.

    Creating or editing a routine, or finishing one of its occurrences, tops its occurrences up (an
    after-completion routine gets its next one); deleting an occurrence skips it for good, so a later top-up
    does not bring it back; an occurrence that a changed rule no longer plans, and that nobody has touched,
    goes away. Undo takes back both parts together.
    """

    def __init__(self, command: Command, today: date, clock=now) -> None:
        super().__init__()
        self.command, self.today, self.clock = command, today, clock
        self.text = command.text
        self._follow: _FollowUp | None = None

    def apply(self, ws: Workspace) -> Changes:
        changes = self.command.apply(ws)
        if self._follow is None:
            self._follow = _FollowUp(_affected(ws, changes, self.command), self.today, self.clock)
        if not self._follow.routine_ids and not self._follow.skips:
            return changes
        try:
            return changes.merge(self._follow.apply(ws))
        except Exception:
            self.command.undo(ws)
            raise

    def undo(self, ws: Workspace) -> Changes:
        changes = Changes()
        if self._follow is not None and (self._follow.routine_ids or self._follow.skips):
            changes.merge(self._follow.undo(ws))
        return changes.merge(self.command.undo(ws))

    def moves_schedule(self, ws: Workspace) -> bool:
        follow = self._follow
        return self.command.moves_schedule(ws) or (follow is not None and follow.moves_schedule(ws))

    def recorded(self, kind: str, ident: int, now: object) -> object:
        return before_all(self._parts(), kind, ident, now)

    def touched(self, kind: str, ident: int) -> bool:
        # Asked for each object an edit changed (~840 tasks a reschedule moves): no list, no generator.
        follow = self._follow
        return self.command.touched(kind, ident) or (follow is not None and follow.touched(kind, ident))

    def _parts(self) -> list[Command]:
        return [self.command] if self._follow is None else [self.command, self._follow]

    def __getattr__(self, name):
        # `KeepRoutines(CreateTask(...)).id` and the like: callers read results off the command they made.
        if name.startswith("_") or name in ("command",):
            raise AttributeError(name)
        return getattr(self.command, name)


def _affected(ws: Workspace, changes: Changes, command: Command) -> tuple[set[int], dict[int, set[date]]]:
    routine_ids: set[int] = set()
    skips: dict[int, set[date]] = {}
    for tid in changes.created.get("task", set()) | changes.updated.get("task", set()):
        task = ws.tasks.get(tid)
        if task is None:
            continue
        if is_routine(task):
            routine_ids.add(tid)
        elif task.routine_id is not None:
            routine_ids.add(task.routine_id)
    for tid in changes.deleted.get("task", set()):
        # What the command recorded of a deleted task (None: it made it too), not a copy of every task's routine
        # taken before each command (a pass over all 105,000 tasks of a drop on the board).
        old = command.recorded("task", tid, None)
        routine_id, planned = (old.routine_id, old.occurrence) if old is not None else (None, None)
        if routine_id not in ws.tasks or planned is None:
            continue
        if command.triggers_rules:
            skips.setdefault(routine_id, set()).add(planned.date())
        else:  # gone with a restore, not skipped by anyone: the routine tops itself up again, as an open would
            routine_ids.add(routine_id)
    return routine_ids, skips


class _FollowUp(Command):
    def __init__(self, affected: tuple[set[int], dict[int, set[date]]], today: date, clock) -> None:
        super().__init__()
        self.routine_ids, self.skips = affected
        self.today, self.clock = today, clock
        self._stamp: datetime | None = None

    def _do(self, ws: Workspace) -> None:
        self._stamp = self._stamp or self.clock()
        for routine_id, days in self.skips.items():
            routine = ws.tasks[routine_id]
            new = {day: None for day in days if day not in routine.recurrence_exceptions}
            if new:
                self.touch(ws, "task", routine_id)
                routine.recurrence_exceptions = {**routine.recurrence_exceptions, **new}
        self._prune(ws)
        make_occurrences(self, ws, self.today, self.routine_ids | set(self.skips), self._stamp)

    def _prune(self, ws: Workspace) -> None:
        """Delete untouched future occurrences that the (possibly changed) rule no longer plans."""
        made = created_occurrences(ws)
        done_ids = ws.done_status_ids()
        first = datetime.combine(self.today, time())
        for routine_id in sorted(self.routine_ids):
            routine = ws.tasks.get(routine_id)
            pending = [
                t for t in made.get(routine_id, [])
                if t.occurrence is not None and t.occurrence >= first and not is_done(ws, t, done_ids)
                and t.started is None and t.percent_complete == 0 and not ws.is_summary(t.id)
            ]  # fmt: skip
            if not pending:
                continue
            if routine is None or not is_routine(routine):
                planned: set[datetime] = set()
            else:
                last = max(t.occurrence for t in pending)
                others = [t for t in made.get(routine_id, []) if t not in pending]
                planned = set(planned_between(ws, routine, first, last, others))
                if routine.repeat_from == RepeatFrom.COMPLETION:
                    planned |= {t.occurrence for t in pending}  # its one open occurrence stays as it is
                planned = {p for p in planned if occurrence_start(ws, routine, p)[0] is not None}
            for task in pending:
                if task.occurrence not in planned and routine is not None and is_routine(routine):
                    for change in [c for c in ws.status_changes.values() if c.task_id == task.id]:
                        self.delete(ws, "status_change", change.id)
                    for dep_id in list(ws.links_in(task.id) | ws.links_out(task.id)):
                        self.delete(ws, "dependency", dep_id)
                    self.delete(ws, "task", task.id)


def top_up_all(ws: Workspace, today: date, clock=now) -> Changes:
    """Create every routine's due occurrences now, outside the undo history (on opening a workspace)."""
    if not any(t.recurrence for t in ws.tasks.values()):
        return Changes()
    return CreateOccurrences(today, clock=clock).apply(ws)
