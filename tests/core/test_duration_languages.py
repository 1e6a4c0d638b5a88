"""Durations typed and shown in the user's language (German, French) as well as English."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.calendars import Calendar
from planner.core.durations import format_duration, format_work, parse_duration, parse_work
from planner.core.errors import ValidationError

CAL = Calendar()  # 8 hours a day, 5 days a week, 20 days a month
LANGUAGES = ("en", "de", "fr")


@pytest.mark.parametrize(
    ("text", "language", "minutes"),
    [
        ("3 Tage", "de", 1440),
        ("3 T", "de", 1440),
        ("3T", "de", 1440),
        ("1 Tag", "de", 480),
        ("2 Wochen", "de", 4800),
        ("4 Std", "de", 240),
        ("4 Std.", "de", 240),
        ("4 Stunden", "de", 240),
        ("30 Min", "de", 30),
        ("1 Monat", "de", 9600),
        ("1,5 T", "de", 720),
        ("3 jours", "fr", 1440),
        ("3j", "fr", 1440),
        ("2 semaines", "fr", 4800),
        ("4 h", "fr", 240),
        ("2 heures", "fr", 120),
        ("1 mois", "fr", 9600),
        ("0,5 j", "fr", 240),
        ("3d", "de", 1440),  # English is read whatever the language
        ("2 weeks", "fr", 4800),
    ],
)
def test_durations_typed_in_the_users_language(text, language, minutes):
    assert parse_duration(text, CAL, language) == minutes


def test_another_languages_words_are_not_guessed():
    with pytest.raises(ValidationError, match="is not a unit of duration"):
        parse_duration("3 jours", CAL, "de")


@pytest.mark.parametrize(
    ("minutes", "language", "text"),
    [(1440, "de", "3 T"), (720, "de", "1,5 T"), (240, "de", "4 Std"), (45, "de", "45 Min"), (1440, "fr", "3 j"),
     (90, "fr", "1,5 h"), (-480, "fr", "-1 j"), (1440, "en", "3d")],
)  # fmt: skip
def test_durations_are_shown_in_the_users_language(minutes, language, text):
    assert format_duration(minutes, CAL, language) == text


@given(st.integers(0, 200 * 480), st.sampled_from(LANGUAGES))
def test_a_shown_duration_reads_back_in_its_language(minutes, language):
    assert abs(parse_duration(format_duration(minutes, CAL, language), CAL, language) - minutes) <= 3


@given(st.integers(0, 480 * 50), st.sampled_from(LANGUAGES))
def test_whole_days_and_hours_read_back_exactly_in_every_language(units, language):
    for minutes in (units * 480, (units % 8) * 60):
        assert parse_duration(format_duration(minutes, CAL, language), CAL, language) == minutes


@given(st.integers(0, 480 * 50), st.sampled_from(LANGUAGES))
def test_work_shown_in_a_language_reads_back(minutes, language):
    assert abs(parse_work(format_work(minutes, language), CAL, language) - minutes) <= 1


def test_a_language_without_its_own_units_writes_english():
    # The C locale (LANG=C.UTF-8) names its language "C": durations read as in English, with a point.
    assert format_duration(90, CAL, "C") == "1.5h"
