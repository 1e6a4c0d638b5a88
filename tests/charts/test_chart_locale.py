"""The charts write dates and numbers as the user's locale does once the window (or the report job) hands them the
locale's ways; without that, as in the headless jobs, in English."""

from datetime import date

import pytest

from planner.charts.style import LIGHT, hours, hover_text
from planner.charts.workload import period_label, workload_figure
from planner.core import locale_text
from planner.core.sample import build_sample
from planner.core.workload import workload
from planner.reports import formats

TODAY = date(2026, 3, 4)


@pytest.fixture
def german(locale):
    locale("de_DE")
    locale_text.install(formats)
    yield
    locale_text.install(None)


def test_without_the_locale_the_charts_write_english():
    wl = workload(build_sample(TODAY), date(2026, 3, 2), date(2026, 3, 29))
    assert period_label(wl, 0) == "2 Mar"
    assert hours(1500.5) == "1,500.5 h"


def test_with_the_locale_installed_the_charts_write_german(german):
    ws = build_sample(TODAY)
    wl = workload(ws, date(2026, 3, 2), date(2026, 3, 29))
    assert period_label(wl, 0) == "2. März"
    assert hours(1500.5) == "1.500,5 h"
    fig = workload_figure(wl, {p.id: p.name for p in ws.people.values()}, LIGHT)
    assert hover_text(fig, fig.axes[0], 1.1, 10).startswith("Team, week of 9. März 2026")
