"""A report in German and French: the report job installs the translator for the system's language, and every
heading, column and chart label of the views area comes out translated (English stays the default)."""

import pytest
from pdf_text import pdf_text
from report_helpers import TODAY
from translations import Speaking, compile_views

from planner.reports import build_report
from planner.reports.document import write_pdf


@pytest.fixture
def speaking(qapp, tmp_path):
    speak = Speaking(qapp, compile_views(tmp_path))
    yield speak
    speak.undo()


def status_text(ws, tmp_path):
    project = next(p.id for p in ws.projects.values() if p.name == "Mobile app v1")
    path = tmp_path / "status.pdf"
    write_pdf(build_report(ws, "status", ("project", project), TODAY), path)
    return pdf_text(path)


def test_status_report_with_the_german_translator_has_german_headings(sample, tmp_path, speaking):
    from PySide6.QtCore import QLocale

    assert speaking(QLocale.Language.German) is not None
    text = status_text(sample, tmp_path)
    for heading in ("Projektstatusbericht", "Zusammenfassung", "Meilensteine", "Größte Risiken", "Seite 1 von"):
        assert heading in text
    assert "Summary" not in text and "Milestones" not in text
    assert "Fertigstellungswert (EV)" in text  # the chart's legend, drawn by matplotlib


def test_weekly_report_in_french(sample, tmp_path, speaking):
    from PySide6.QtCore import QLocale

    assert speaking(QLocale.Language.French) is not None
    path = tmp_path / "weekly.pdf"
    write_pdf(build_report(sample, "weekly", None, TODAY), path)
    text = pdf_text(path)
    assert "Rapport de travail hebdomadaire" in text and "Toute l'équipe" in text and "Par personne" in text
    assert "6 personnes" in text  # a plural, filled in by Qt's French plural rule


def test_english_system_installs_nothing_and_the_report_stays_english(sample, tmp_path, speaking):
    from PySide6.QtCore import QLocale

    assert speaking(QLocale.Language.English) is None
    text = status_text(sample, tmp_path)
    assert "Project status report" in text and "Summary" in text
