"""The domain's and the files' messages in German and French: refused edits, undo labels, repeat rules.

Each test compiles the `messages` area's .ts files with Qt's lrelease and installs the translator the way the
window does (through planner.core.i18n), without a QApplication: a QTranslator needs none.
"""

import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from planner.core import i18n
from planner.core.commands import AddObject, CreateTask, EditTask, MoveTask, new_workspace
from planner.core.errors import ValidationError
from planner.core.model import RepeatFrom, Workspace
from planner.core.recurrence import describe
from planner.core.rules import AddRule
from planner.core.rules import describe as describe_rule
from planner.io.common import ImportFileError
from planner.io.formats import import_file
from planner.session import Session
from planner.store.workspace_file import WorkspaceError

I18N = Path(__file__).parents[1] / "resources" / "i18n"
NINE = datetime(2026, 11, 2, 9, 0)


def _lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else shutil.which("pyside6-lrelease") or ""


@pytest.fixture(params=["de", "fr"])
def language(request, tmp_path):
    """Planner's messages in `request.param` until the test ends, then English again."""
    if not _lrelease():
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / f"messages_{request.param}.qm"
    subprocess.run([_lrelease(), "-silent", str(I18N / f"messages_{request.param}.ts"), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))

    def translate(context, text, disambiguation, n):
        return translator.translate(context, text, disambiguation, n) or text

    i18n.install(translate)
    yield request.param
    i18n.install(None)


@pytest.fixture
def session(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    session = Session.open(tmp_path / "team.planner")
    session.today = lambda: date(2026, 11, 2)
    project = AddObject("project", name="Launch", start=datetime(2026, 11, 2, 8))
    session.run(project)
    session.run(CreateTask(("project", project.id), "Brief", duration=480))
    session.run(CreateTask(("project", project.id), "Design", duration=480))
    yield session
    session.close()


REFUSED = {
    "de": "Aufgabe „Brief“: Der Fertigstellungsgrad muss zwischen 0 und 100 liegen, nicht 140",
    "fr": "Tâche «\u00a0Brief\u00a0» : le pourcentage d'achèvement doit être compris entre 0 et 100, pas 140",
}
MOVED = {"de": "Aufgabe verschieben", "fr": "Déplacer la tâche"}
RENAMED = {"de": "Titel bearbeiten", "fr": "Modifier : titre"}


def test_a_refused_edit_and_an_undo_label_read_in_the_language(language, session):
    brief, design = sorted(session.ws.tasks.values(), key=lambda task: task.id)
    with pytest.raises(ValidationError) as refused:
        session.run(EditTask(brief.id, percent_complete=140))
    assert str(refused.value) == REFUSED[language]
    assert session.ws.tasks[brief.id].percent_complete == 0

    session.run(MoveTask(design.id, ("project", brief.project_id), 0))
    assert session.undo_text == MOVED[language]
    session.undo()
    assert session.redo_text == MOVED[language]
    session.run(EditTask(design.id, title="Layout"))
    assert session.undo_text == RENAMED[language]


def test_english_stays_without_a_translator(session):
    brief = min(session.ws.tasks.values(), key=lambda task: task.id)
    with pytest.raises(ValidationError, match="percent complete must be between 0 and 100, not 140"):
        session.run(EditTask(brief.id, percent_complete=140))
    assert describe("FREQ=MONTHLY;BYDAY=2TU;COUNT=10", NINE) == "Every second Tuesday of the month at 09:00, 10 times"


RULES = [
    # (rule, repeats from, German, French): each pattern is one template per language, not words put in a row.
    (
        "FREQ=WEEKLY;BYDAY=MO,WE,FR",
        RepeatFrom.SCHEDULE,
        "Jeden Montag, Mittwoch und Freitag um 09:00",
        "Chaque lundi, mercredi et vendredi à 09:00",
    ),
    (
        "FREQ=MONTHLY;BYDAY=2TU;COUNT=10",
        RepeatFrom.SCHEDULE,
        "Jeden zweiten Dienstag im Monat um 09:00, 10-mal",
        "Le deuxième mardi de chaque mois à 09:00, 10 fois",
    ),
    ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", RepeatFrom.SCHEDULE, "Jeden Werktag um 09:00", "Chaque jour ouvré à 09:00"),
    (
        "FREQ=DAILY;INTERVAL=3;COUNT=1",
        RepeatFrom.SCHEDULE,
        "Alle 3 Tage um 09:00, einmal",
        "Tous les 3 jours à 09:00, une fois",
    ),
    (
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15",
        RepeatFrom.SCHEDULE,
        "Jedes Jahr am 15. März um 09:00",
        "Chaque année, le 15 mars à 09:00",
    ),
    (
        "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;UNTIL=20271231",
        RepeatFrom.SCHEDULE,
        "Alle 2 Monate am letzten Tag um 09:00, bis 31. Dezember 2027",
        "Tous les 2 mois, le dernier jour à 09:00, jusqu'au 31 décembre 2027",
    ),
    (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
        RepeatFrom.SCHEDULE,
        "Alle 2 Wochen am Donnerstag um 09:00",
        "Toutes les 2 semaines, le jeudi à 09:00",
    ),
    (
        "FREQ=WEEKLY",
        RepeatFrom.COMPLETION,
        "1 Woche nach Erledigung des vorherigen",
        "1 semaine après l'achèvement du précédent",
    ),
    (
        "FREQ=MONTHLY;INTERVAL=3",
        RepeatFrom.COMPLETION,
        "3 Monate nach Erledigung des vorherigen",
        "3 mois après l'achèvement du précédent",
    ),
    ("", RepeatFrom.SCHEDULE, "Keine Wiederholung", "Ne se répète pas"),
]


@pytest.mark.parametrize(("rule", "repeat_from", "german", "french"), RULES)
def test_repeat_rules_read_naturally(language, rule, repeat_from, german, french):
    assert describe(rule, NINE, repeat_from) == {"de": german, "fr": french}[language]


RULE_WORDS = {
    "de": "Wenn eine Aufgabe in Content nach Done wechselt: „Share“ anlegen, fällig 1 Arbeitstag später, "
    "zugewiesen an Sofia",
    "fr": "Quand une tâche de Content passe à Done, créer «\u00a0Share\u00a0», échéance 1 jour ouvré plus tard, "
    "affectée à Sofia",
}


def test_a_rule_reads_as_one_sentence_in_the_language(language):
    ws = Workspace()
    for command in (new_workspace(), AddObject("area", name="Content"), AddObject("person", name="Sofia")):
        command.apply(ws)
    done = next(s.id for s in ws.statuses.values() if s.name == "Done")
    rule = AddRule(
        "social",
        {"event": "moved_to", "status_id": done},
        [{"do": "create_task", "title": "Share", "days": 1, "person_id": 1}],
        area_id=1,
    )
    rule.apply(ws)
    assert describe_rule(ws, ws.rules[max(ws.rules)]) == RULE_WORDS[language]


EMPTY = {"de": "plan.ics: Die Datei ist leer", "fr": "plan.ics : le fichier est vide"}
NOT_A_WORKSPACE = {
    "de": "Dies ist kein Planner-Arbeitsbereich (keine SQLite-Datenbank)",
    "fr": "ce n'est pas un espace de travail Planner (ce n'est pas une base SQLite)",
}


def test_the_files_refusals_read_in_the_language(language, tmp_path):
    empty = tmp_path / "plan.ics"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError) as refused:
        import_file(empty)
    assert str(refused.value) == EMPTY[language]

    text = tmp_path / "notes.planner"
    text.write_text("not a database, just a long enough line of text " * 20)
    with pytest.raises(WorkspaceError) as refused:
        Session.open(text)
    assert str(refused.value).endswith(NOT_A_WORKSPACE[language])


def test_every_message_of_the_area_is_translated():
    for ts in I18N.glob("messages_*.ts"):
        text = ts.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, f"{ts.name} has unfinished messages"
        assert "<numerusform></numerusform>" not in text, f"{ts.name} has an empty plural form"
