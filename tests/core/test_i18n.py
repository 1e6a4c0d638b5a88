from planner.core import i18n


def test_english_without_a_translator():
    assert i18n.tr("Gantt", "Zoom in") == "Zoom in"
    assert i18n.plural("%n task(s)", None, 1) == "1 task"
    assert i18n.plural("%n task(s)", None, 3) == "3 tasks"
    assert i18n.plural("%n match(es)", None, 0) == "0 matches"


def test_an_installed_translator_is_asked_with_context_and_count():
    asked = []

    def translate(context, text, disambiguation, n):
        asked.append((context, text, disambiguation, n))
        return {"Zoom in": "Vergrößern", "%n task(s)": "%n Aufgaben"}.get(text, text)

    i18n.install(translate)
    try:
        assert i18n.tr("Gantt", "Zoom in") == "Vergrößern"
        assert i18n.plural("%n task(s)", "status bar", 4) == "4 Aufgaben"
        assert i18n.plural("%n day(s)", None, 2) == "2 days"
    finally:
        i18n.install(None)
    assert asked[0] == ("Gantt", "Zoom in", None, -1)
    assert asked[1] == ("", "%n task(s)", "status bar", 4)
    assert i18n.tr("Gantt", "Zoom in") == "Zoom in"
