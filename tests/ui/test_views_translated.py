"""The Gantt and the board in German, driven through their toolbar and menus: the translator installed before the
window is made gives every text of the views area in German, and the translated controls still do their work."""

import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import QToolButton
from translations import Speaking, compile_views

from planner.ui.board import BoardView
from planner.ui.gantt import GanttView
from planner.ui.gantt.scale import PRESETS


@pytest.fixture
def german(qapp, tmp_path):
    (tmp_path / "i18n").mkdir()
    speak = Speaking(qapp, compile_views(tmp_path / "i18n"))
    assert speak(QLocale.Language.German) is not None
    yield
    speak.undo()


@pytest.fixture
def german_window(german, make_window, tmp_path):
    return make_window(tmp_path / "team.planner", sample=True)


def test_the_gantt_toolbar_speaks_german_and_its_zoom_box_still_zooms(german_window):
    german_window.show_view("gantt")
    view = german_window.view()
    assert isinstance(view, GanttView)
    buttons = {b.text(): b for b in view.findChildren(QToolButton)}
    assert {"Einpassen", "Heute", "Kritischer Pfad", "Basisplan", "Legende", "Drucken…", "Exportieren"} <= set(buttons)
    assert buttons["Heute"].toolTip() == "Zu heute blättern (Alt+Pos1)"
    box = view.zoom_box
    assert [box.itemText(i) for i in range(box.count())] == ["Stunden", "Tage", "Wochen", "Monate", "Quartale", "Jahre"]
    box.activated.emit(box.findText("Monate"))
    assert view.scale.px_per_day == PRESETS["Months"]
    assert box.currentText() == "Monate"
    view.set_zoom(PRESETS["Days"])
    assert box.currentText() == "Tage"
    legend = [text for _key, text in view.legend.renderer().legend_items()]
    assert legend[:4] == ["Aufgabe", "Erledigt", "Sammelaufgabe", "Meilenstein"]


def test_the_board_column_menu_speaks_german_and_moves_the_column(german_window, dialogs):
    german_window.show_view("board")
    board = german_window.view()
    assert isinstance(board, BoardView)
    ws = german_window.controller.ws
    first = ws.ordered("status")[0]
    dialogs.answer("show_menu")
    board.column_menu(first.id, QPoint())
    ((menu, _position),) = dialogs.args("show_menu")
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert {"Umbenennen…", "WIP-Limit…", "Zählt als", "Nach links", "Nach rechts", "Spalte danach einfügen…",
            "Regeln für diese Spalte…", "Spalte löschen…"} <= set(actions)  # fmt: skip
    kinds = [a.text() for a in actions["Zählt als"].menu().actions()]
    assert kinds == ["Zu erledigen", "In Arbeit", "Erledigt"]
    actions["Nach rechts"].trigger()
    assert ws.ordered("status")[1].id == first.id
    assert board.headers[first.id].count.toolTip() in ("Kein Limit", f"Limit: {first.wip_limit}")
