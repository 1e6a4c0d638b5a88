"""A report in German and French: the report job installs the translator for the system's language, and every
heading, column and chart label of the views area comes out translated (English stays the default)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_text import pdf_text
from report_helpers import TODAY

from planner.core import i18n
from planner.reports import build_report
from planner.reports.document import write_pdf
from planner.reports.language import use_system_language

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def translations(tmp_path):
    """The views area's .ts files compiled into planner_<lang>.qm in a folder of their own."""
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"  # the virtual environment's, not on PATH
    lrelease = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")
    for lang in ("de", "fr"):
        subprocess.run([lrelease, str(I18N / f"views_{lang}.ts"), "-qm", str(tmp_path / f"planner_{lang}.qm")],
                       check=True, capture_output=True)  # fmt: skip
    return tmp_path


@pytest.fixture
def speaking(qapp, translations):
    """Install the translator for a locale; take it out again afterwards, so no other test runs translated."""
    from PySide6.QtCore import QLocale

    installed = []

    def speak(language):
        translator = use_system_language(qapp, QLocale(language), translations)
        installed.append(translator)
        return translator

    yield speak
    for translator in installed:
        if translator is not None:
            qapp.removeTranslator(translator)
    i18n.install(None)


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


def test_english_system_installs_nothing_and_the_report_stays_english(sample, tmp_path, speaking):
    from PySide6.QtCore import QLocale

    assert speaking(QLocale.Language.English) is None
    text = status_text(sample, tmp_path)
    assert "Project status report" in text and "Summary" in text
