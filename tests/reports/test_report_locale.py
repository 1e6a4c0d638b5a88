"""A report written in the user's locale: its dates, week numbers and amounts as the locale writes them (the
suite's own locale is British English; `locale` sets another for one test)."""

import re

import pytest
from pdf_text import pdf_text
from report_helpers import TODAY

from planner.reports import build_report
from planner.reports.document import PageSetup, write_pdf


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("de_DE", ["Status date 25. November 2026", r"\b120\.000\s€", r"\b\d{1,2}\. (Nov|Dez)\. 2026\b"]),
        ("en_US", ["Status date November 25, 2026", "$120,000", r"\b(Nov|Dec) \d{1,2}, 2026\b"]),
        ("fr_FR", ["Status date 25 novembre 2026", r"\b\d{1,2} (nov|déc)\. 2026\b"]),
    ],
)  # the milestones' dates with the month's short name, as each locale abbreviates it
def test_the_status_report_writes_dates_and_money_as_the_locale_does(name, words, locale, sample, tmp_path):
    locale(name)
    project = next(p.id for p in sample.projects.values() if p.name == "Mobile app v1")
    path = tmp_path / "status.pdf"
    write_pdf(build_report(sample, "status", ("project", project), TODAY), path, PageSetup())
    text = pdf_text(path)
    for expected in words:
        assert re.search(expected, text) if expected.startswith("\\b") else expected in text, expected


@pytest.mark.parametrize(
    ("name", "week"),
    [
        ("en_US", "Week 48: Nov 22 to Nov 28 2026 · as of Wednesday Nov 25"),  # Sunday weeks, counted from 1 January
        ("en_GB", "Week 48: 23 Nov to 29 Nov 2026 · as of Wednesday 25 Nov"),  # ISO weeks, from Monday
        ("de_DE", "Week 48: 23. Nov. to 29. Nov. 2026 · as of Mittwoch 25. Nov."),
    ],
)
def test_the_weekly_report_starts_its_week_on_the_locales_first_day(name, week, locale, sample, tmp_path):
    locale(name)
    path = tmp_path / "weekly.pdf"
    write_pdf(build_report(sample, "weekly", None, TODAY), path, PageSetup())
    assert week in pdf_text(path)
