"""Routines: rules, plain words, occurrences computed and created, exceptions, holidays and the undo step."""

from datetime import date, datetime, time, timedelta

import pytest
from dateutil.rrule import rrulestr
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.calendars import Calendar
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditTask, new_workspace
from planner.core.errors import ValidationError
from planner.core.model import RepeatFrom, Workspace
from planner.core.recurrence import (
    CreateOccurrences,
    KeepRoutines,
    SkipOccurrence,
    check_rule,
    created_occurrences,
    describe,
    future_occurrences,
    is_done,
    next_occurrences,
    occurrences_between,
    repeat_text,
    rule_dates,
)

TODAY = date(2026, 3, 2)  # a Monday
NINE = time(9, 0)


def make_ws() -> tuple[Workspace, int]:
    ws = Workspace()
    new_workspace().apply(ws)
    area = AddObject("area", name="Ops")
    area.apply(ws)
    AddObject("person", name="Ann").apply(ws)
    AddObject("label", name="Email").apply(ws)
    return ws, area.id


def routine(ws, area, rule, start=datetime(2026, 3, 2, 9), **fields) -> int:
    command = CreateTask(("area", area), "Send report", recurrence=rule, start=start, duration=60, **fields)
    command.apply(ws)
    return command.id


def done_id(ws) -> int:
    return next(s.id for s in ws.statuses.values() if s.kind == "done")


# -- rules and words --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=DAILY", "Every day at 09:00"),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "Every weekday at 09:00"),
        ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "Every weekday at 09:00"),
        ("FREQ=WEEKLY;BYDAY=MO,WE,FR", "Every Monday, Wednesday and Friday at 09:00"),
        ("FREQ=WEEKLY", "Every Thursday at 09:00"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "Every 2 weeks on Tuesday at 09:00"),
        ("FREQ=MONTHLY;BYDAY=2TU", "Every second Tuesday of the month at 09:00"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "Every last Friday of the month at 09:00"),
        ("FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU", "Every 3 months on the first Tuesday at 09:00"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "Every month on the 15th at 09:00"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "Every month on the last day at 09:00"),
        ("FREQ=MONTHLY", "Every month on the 5th at 09:00"),
        ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=5", "Every year on 5 March at 09:00"),
        ("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "Every year on the fourth Thursday of November at 09:00"),
        ("FREQ=DAILY;COUNT=10", "Every day at 09:00, 10 times"),
        ("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231", "Every Monday at 09:00, until 31 December 2026"),
        ("FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1", "Every month at 09:00, on the days its own rule picks"),
    ],
)
def test_rules_read_in_plain_words(rule, words):
    assert describe(rule, datetime(2026, 3, 5, 9)) == words


def test_without_a_start_the_words_leave_out_the_time_and_the_day():
    assert describe("FREQ=WEEKLY") == "Every week"
    assert describe("FREQ=MONTHLY;INTERVAL=2") == "Every 2 months"
    assert describe("") == "Does not repeat"


def test_repeat_text_names_the_rule_of_a_routine_and_of_an_occurrence_s_routine():
    ws, area = make_ws()
    rid = routine(ws, area, "FREQ=WEEKLY;BYDAY=MO,WE,FR")
    CreateOccurrences(TODAY).apply(ws)
    occurrence = next(t for t in ws.tasks.values() if t.routine_id == rid)
    plain = CreateTask(("area", area), "Call the printer")
    plain.apply(ws)
    assert repeat_text(ws, ws.tasks[rid]) == "Every Monday, Wednesday and Friday at 09:00"
    assert repeat_text(ws, occurrence) == "One occurrence of “Send report”: every Monday, Wednesday and Friday at 09:00"
    assert repeat_text(ws, ws.tasks[plain.id]) == ""


def test_after_completion_reads_as_an_interval():
    assert (
        describe("FREQ=WEEKLY;INTERVAL=2", repeat_from=RepeatFrom.COMPLETION)
        == "2 weeks after the previous one is done"
    )


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=SECONDLY", "not secondly"),
        ("FREQ=DAILY;INTERVAL=0", "interval of 0"),
        ("BYDAY=MO", "how often"),
        ("FREQ=WEEKLY;BYDAY=XX", "cannot be read"),
        ("RSCALE=HEBREW;FREQ=YEARLY", "Hebrew calendar"),
        ("nonsense", "NAME=VALUE"),
    ],
)
def test_bad_rules_are_refused_with_the_reason(rule, message):
    with pytest.raises(ValidationError, match=message):
        check_rule(rule)


def test_an_edit_with_a_bad_rule_changes_nothing():
    ws, area = make_ws()
    tid = routine(ws, area, "FREQ=DAILY")
    with pytest.raises(ValidationError):
        EditTask(tid, recurrence="FREQ=FORTNIGHTLY").apply(ws)
    assert ws.tasks[tid].recurrence == "FREQ=DAILY"


def test_rule_text_is_normalised():
    assert check_rule("RRULE:freq=weekly;interval=1;byday=mo") == "FREQ=WEEKLY;BYDAY=MO"


def test_an_absurd_rule_is_bounded():
    dates = rule_dates("FREQ=DAILY", datetime(2000, 1, 1, 9), datetime(2000, 1, 1), datetime(9000, 1, 1))
    assert len(dates) == 5_000


# -- occurrences computed -----------------------------------------------------------------------------
def test_future_occurrences_are_computed_without_creating_anything():
    ws, area = make_ws()
    routine(ws, area, "FREQ=WEEKLY;BYDAY=MO,TH")
    before = len(ws.tasks)
    found = future_occurrences(ws, TODAY, TODAY + timedelta(days=13))
    assert [o.start.date() for o in found] == [TODAY + timedelta(days=d) for d in (0, 3, 7, 10)]
    assert all(o.finish == o.start + timedelta(hours=1) for o in found)
    assert len(ws.tasks) == before


def test_next_occurrences_of_a_monthly_rule():
    ws, area = make_ws()
    tid = routine(ws, area, "FREQ=MONTHLY;BYDAY=2TU")
    found = next_occurrences(ws, ws.tasks[tid], datetime(2026, 3, 1), 3)
    assert [o.start.date() for o in found] == [date(2026, 3, 10), date(2026, 4, 14), date(2026, 5, 12)]


def test_skip_and_move_one_occurrence_leave_the_series():
    ws, area = make_ws()
    tid = routine(ws, area, "FREQ=DAILY")
    SkipOccurrence(tid, datetime(2026, 3, 3, 9)).apply(ws)
    SkipOccurrence(tid, datetime(2026, 3, 4, 9), to=datetime(2026, 3, 6, 14)).apply(ws)
    found = occurrences_between(ws, ws.tasks[tid], date(2026, 3, 2), date(2026, 3, 6))
    starts = [o.start for o in found]
    assert datetime(2026, 3, 3, 9) not in starts and datetime(2026, 3, 4, 9) not in starts
    assert datetime(2026, 3, 6, 14) in starts and datetime(2026, 3, 5, 9) in starts


def test_an_occurrence_on_a_holiday_moves_to_the_next_working_day():
    ws, area = make_ws()
    ws.calendar = Calendar(exceptions={date(2026, 3, 4): ()})
    tid = routine(ws, area, "FREQ=WEEKLY;BYDAY=WE,SA", shift_to_workday=True)
    found = occurrences_between(ws, ws.tasks[tid], date(2026, 3, 2), date(2026, 3, 10))
    assert [o.start.date() for o in found] == [date(2026, 3, 5), date(2026, 3, 9)]
    assert all(o.moved for o in found)


# -- occurrences created ------------------------------------------------------------------------------
def test_occurrences_within_the_horizon_become_tasks_with_fresh_copies():
    ws, area = make_ws()
    tid = routine(
        ws, area, "FREQ=WEEKLY;BYDAY=MO", horizon=14, assignments={1: 1.0}, labels={1}, effort=3,
        checklist=[("Draft", True), ("Send", False)],
    )  # fmt: skip
    command = CreateOccurrences(TODAY)
    command.apply(ws)
    made = [ws.tasks[i] for i in command.created_ids]
    assert [t.start.date() for t in made] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    for task in made:
        assert task.routine_id == tid and task.recurrence == "" and task.effort == 3
        assert task.assignments == {1: 1.0} and task.labels == {1}
        assert [(i.text, i.done) for i in task.checklist] == [("Draft", False), ("Send", False)]
    made[0].checklist[0].done = True
    assert not ws.tasks[tid].checklist[1].done  # a copy, not the routine's own list
    again = CreateOccurrences(TODAY)
    again.apply(ws)
    assert again.created_ids == []  # never twice


def test_completing_an_occurrence_never_completes_the_series():
    ws, area = make_ws()
    tid = routine(ws, area, "FREQ=DAILY", horizon=2)
    command = KeepRoutines(CreateOccurrences(TODAY), TODAY)
    command.apply(ws)
    first = command.command.created_ids[0]
    KeepRoutines(EditTask(first, status_id=done_id(ws)), TODAY).apply(ws)
    assert ws.tasks[first].completed is not None
    assert ws.tasks[tid].completed is None and ws.tasks[tid].recurrence


def test_after_completion_the_next_comes_only_when_the_last_is_done():
    ws, area = make_ws()
    tid = routine(ws, area, "FREQ=WEEKLY;INTERVAL=2", repeat_from=RepeatFrom.COMPLETION, horizon=60)
    CreateOccurrences(TODAY).apply(ws)
    (first,) = created_occurrences(ws)[tid]
    CreateOccurrences(TODAY).apply(ws)
    assert len(created_occurrences(ws)[tid]) == 1
    finished = datetime(2026, 3, 5, 16)
    KeepRoutines(EditTask(first.id, status_id=done_id(ws), clock=lambda: finished), TODAY).apply(ws)
    made = created_occurrences(ws)[tid]
    assert len(made) == 2
    nxt = max(made, key=lambda t: t.occurrence)
    assert nxt.start == datetime(2026, 3, 19, 9)  # two weeks after the day it was done


def test_skip_if_open_holds_back_new_occurrences():
    ws, area = make_ws()
    tid = routine(ws, area, "FREQ=DAILY", skip_if_open=True, horizon=5)
    CreateOccurrences(TODAY).apply(ws)
    assert len(created_occurrences(ws)[tid]) == 1


def test_deleting_an_occurrence_skips_it_for_good_and_undo_brings_it_back():
    ws, area = make_ws()
    tid = routine(ws, area, "FREQ=DAILY", horizon=3)
    CreateOccurrences(TODAY).apply(ws)
    victim = min(created_occurrences(ws)[tid], key=lambda t: t.occurrence)
    command = KeepRoutines(DeleteTasks([victim.id]), TODAY)
    command.apply(ws)
    assert ws.tasks[tid].recurrence_exceptions == {TODAY: None}
    CreateOccurrences(TODAY).apply(ws)
    assert victim.id not in ws.tasks and all(t.occurrence != victim.occurrence for t in created_occurrences(ws)[tid])
    command.undo(ws)
    assert victim.id in ws.tasks and ws.tasks[tid].recurrence_exceptions == {}


def test_changing_the_rule_replaces_untouched_future_occurrences_in_one_undo_step():
    ws, area = make_ws()
    tid = routine(ws, area, "FREQ=DAILY", horizon=6)
    CreateOccurrences(TODAY).apply(ws)
    before = {t.id for t in created_occurrences(ws)[tid]}
    assert len(before) == 7
    command = KeepRoutines(EditTask(tid, recurrence="FREQ=WEEKLY;BYDAY=MO"), TODAY)
    command.apply(ws)
    left = created_occurrences(ws)[tid]
    assert sorted(t.start.date() for t in left) == [date(2026, 3, 2)]
    command.undo(ws)
    assert {t.id for t in created_occurrences(ws)[tid]} == before


def test_a_routine_made_through_keep_routines_gets_its_occurrences_at_once():
    ws, area = make_ws()
    command = KeepRoutines(
        CreateTask(("area", area), "Stand-up", recurrence="FREQ=DAILY", start=datetime(2026, 3, 2, 9), horizon=1),
        TODAY,
    )
    command.apply(ws)
    assert len(created_occurrences(ws)[command.id]) == 2
    command.undo(ws)
    assert not created_occurrences(ws)


# -- properties -------------------------------------------------------------------------------------
RULES = st.builds(
    lambda freq, interval, days, nth: ";".join(
        p
        for p in (
            f"FREQ={freq}",
            f"INTERVAL={interval}" if interval > 1 else "",
            ("BYDAY=" + ",".join(days)) if days and freq == "WEEKLY" else "",
            f"BYDAY={nth}{days[0]}" if days and freq == "MONTHLY" and nth else "",
        )
        if p
    ),
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    st.integers(1, 4),
    st.lists(st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]), unique=True, max_size=3),
    st.sampled_from([None, 1, 2, 3, -1]),
)
STARTS = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@settings(max_examples=80, deadline=None)
@given(RULES, STARTS, st.integers(0, 400))
def test_every_occurrence_matches_the_rule(rule, start, span):
    ws, area = make_ws()
    tid = routine(ws, area, rule, start=start)
    first = start.date() + timedelta(days=span // 3)
    found = occurrences_between(ws, ws.tasks[tid], first, first + timedelta(days=span))
    reference = rrulestr(rule, dtstart=ws.tasks[tid].start)  # the start as the task holds it (in working time)
    assert all(reference.before(o.start, inc=True) == o.start for o in found)
    expected = reference.between(
        datetime.combine(first, time()), datetime.combine(first, time.max) + timedelta(days=span), inc=True
    )
    assert [o.start for o in found] == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY", "FREQ=MONTHLY"]),
    st.lists(st.tuples(st.integers(0, 20), st.booleans()), min_size=1, max_size=12),
)
def test_after_completion_never_has_two_open_occurrences(rule, steps):
    ws, area = make_ws()
    tid = routine(ws, area, rule, repeat_from=RepeatFrom.COMPLETION, horizon=30)
    today = TODAY
    for days, finish in steps:
        today += timedelta(days=days)
        CreateOccurrences(today).apply(ws)
        made = created_occurrences(ws).get(tid, [])
        open_ones = [t for t in made if not is_done(ws, t)]
        assert len(open_ones) <= 1
        if finish and open_ones:
            stamp = datetime.combine(today, time(16))
            KeepRoutines(EditTask(open_ones[0].id, status_id=done_id(ws), clock=lambda s=stamp: s), today).apply(ws)
        assert len([t for t in created_occurrences(ws).get(tid, []) if not is_done(ws, t)]) <= 1


@settings(max_examples=60, deadline=None)
@given(
    st.sets(st.dates(min_value=date(2026, 3, 1), max_value=date(2026, 6, 30)), max_size=40),
    st.sampled_from(["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=SA,SU", "FREQ=MONTHLY;BYMONTHDAY=1"]),
)
def test_holiday_shifting_lands_on_working_days(holidays, rule):
    ws, area = make_ws()
    ws.calendar = Calendar(exceptions=dict.fromkeys(holidays, ()))
    tid = routine(ws, area, rule, start=datetime(2026, 3, 1, 9), shift_to_workday=True, horizon=60)
    for occurrence in occurrences_between(ws, ws.tasks[tid], date(2026, 3, 1), date(2026, 5, 31)):
        assert ws.calendar.is_working_day(occurrence.start.date())
        assert occurrence.start >= occurrence.planned
    CreateOccurrences(date(2026, 3, 1)).apply(ws)
    for task in created_occurrences(ws)[tid]:
        assert ws.calendar.is_working_day(task.start.date())
