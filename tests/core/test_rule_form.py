"""A routine's rule as form fields and back, and its plain words: for rules built from random parts, the words name
the parts and never show the RFC 5545 text, and the form gives back the rule it read."""

import calendar
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.recurrence import WEEKDAY_NAMES, check_rule, describe, rule_dates
from planner.core.rule_form import NTHS, RuleForm, form_for, parse_form

START = datetime(2026, 3, 5, 9, 30)  # a Thursday

ends = st.one_of(
    st.just({}),
    st.builds(lambda n: {"count": n}, st.integers(1, 999)),
    st.builds(lambda d: {"until": d}, st.dates(date(2026, 3, 6), date(2040, 12, 31))),
)


@st.composite
def forms(draw) -> RuleForm:
    freq = draw(st.sampled_from(("DAILY", "WEEKLY", "MONTHLY", "YEARLY")))
    fields = {"freq": freq, "interval": draw(st.integers(1, 12)), **draw(ends)}
    if freq == "WEEKLY":
        fields["weekdays"] = frozenset(draw(st.sets(st.integers(0, 6), min_size=1)))
    if freq in ("MONTHLY", "YEARLY"):
        fields["by_weekday"] = draw(st.booleans())
        fields["month_day"] = draw(st.sampled_from([*range(1, 29), -1]))
        fields["nth"] = draw(st.sampled_from(NTHS))
        fields["weekday"] = draw(st.integers(0, 6))
        fields["month"] = draw(st.integers(1, 12))
    return RuleForm(**fields)


@given(forms())
def test_the_words_name_the_parts_and_never_the_rule_text(form):
    rule = form.rule()
    words = describe(rule, START)
    assert "FREQ" not in words and "=" not in words and ";" not in words
    assert "at 09:30" in words
    if form.interval > 1:
        assert str(form.interval) in words
    if form.freq == "WEEKLY" and set(form.weekdays) != set(range(5)):
        assert all(WEEKDAY_NAMES[d] in words for d in form.weekdays)
    if form.freq in ("MONTHLY", "YEARLY") and form.by_weekday:
        assert WEEKDAY_NAMES[form.weekday] in words
    if form.freq == "YEARLY":
        assert calendar.month_name[form.month] in words
    if form.count is not None:
        assert (f"{form.count} times" if form.count > 1 else "once") in words
    if form.until is not None:
        assert f"until {form.until.day} {form.until:%B %Y}" in words


@given(forms())
def test_the_form_reads_back_the_rule_it_wrote(form):
    rule = form.rule()
    assert check_rule(rule) == rule
    parsed = parse_form(rule, START)
    assert parsed is not None and parsed.rule() == rule


def test_a_new_rule_starts_weekly_on_the_start_weekday_with_its_day_ready_for_monthly():
    form = form_for(datetime(2026, 3, 24, 9))  # the fourth Tuesday
    assert form.rule() == "FREQ=WEEKLY;BYDAY=TU"
    monthly = form.with_freq("MONTHLY", START)
    assert monthly.rule() == "FREQ=MONTHLY;BYMONTHDAY=24"
    assert RuleForm(freq="MONTHLY", by_weekday=True, nth=form.nth, weekday=form.weekday).rule() == (
        "FREQ=MONTHLY;BYDAY=4TU"
    )


@pytest.mark.parametrize(
    ("rule", "written"),
    [
        ("FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=TH"),  # the day a bare rule takes from its start, written out
        ("FREQ=MONTHLY", "FREQ=MONTHLY;BYMONTHDAY=5"),
        ("FREQ=YEARLY", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=5"),
        ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("FREQ=MONTHLY;BYDAY=+2TU", "FREQ=MONTHLY;BYDAY=2TU"),
        ("FREQ=WEEKLY;WKST=SU;BYDAY=FR;UNTIL=20261231", "FREQ=WEEKLY;BYDAY=FR;UNTIL=20261231T235959"),
    ],
)
def test_rules_from_presets_and_imports_fill_the_form_with_the_same_dates(rule, written):
    form = parse_form(rule, START)
    assert form is not None and form.rule() == written
    last = datetime(2027, 12, 31)
    assert rule_dates(written, START, START, last) == rule_dates(rule, START, START, last)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1",
        "FREQ=YEARLY;BYMONTH=1,7",
        "FREQ=MONTHLY;BYDAY=1MO,3MO",
        "FREQ=MONTHLY;BYDAY=3TU;BYMONTHDAY=15",
        "FREQ=DAILY;INTERVAL=2;BYDAY=MO",
        "FREQ=HOURLY",
        "not a rule",
    ],
)
def test_rules_the_form_cannot_hold_are_left_to_their_text(rule):
    assert parse_form(rule, START) is None
