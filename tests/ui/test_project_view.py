"""The Project view on the sample workspace: registers edited in place, checked in the file, undone."""

import pytest
from PySide6.QtCore import QPointF, Qt

from planner.core.risks import RiskStatus
from planner.store.workspace_file import WorkspaceFile
from planner.ui.project.models import ROLE_ID


def on_disk(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


@pytest.fixture
def sample(make_window, tmp_path):
    win = make_window(None, sample=True)
    ws = win.controller.ws
    win.show_view("project")
    win.sidebar.select_scope(("project", ws.ordered("project")[0].id))
    return win


def risk_index(view, risk_id, column):
    page = view.risks
    return page.proxy.mapFromSource(page.model.index(page.model.row_of(risk_id), column))


def test_a_scope_that_is_not_a_project_offers_the_projects(sample, qtbot):
    view = sample.views["project"]
    assert view.stack.currentWidget() is view.tabs
    sample.sidebar.select_scope(("area", next(iter(sample.controller.ws.areas))))
    assert view.stack.currentWidget() is view.picker
    assert "pick a project" in view.picker.text.text()
    button = view.picker.buttons.itemAt(0).widget()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.stack.currentWidget() is view.tabs and view.project_id is not None


def test_the_registers_models_pass_the_model_tester(sample, qtmodeltester):
    view = sample.views["project"]
    for page in ("Charter", "Risks", "Stakeholders", "Budget", "Baselines"):
        view.show_page(page)
    for model in view.models:
        qtmodeltester.check(model)


def test_editing_a_risk_in_place_is_saved_and_undone(sample):
    view = sample.views["project"]
    view.show_page("Risks")
    ws, path = sample.controller.ws, sample.controller.file.path
    risk = min(ws.risks.values(), key=lambda r: r.id)
    index = risk_index(view, risk.id, 3)  # impact
    assert view.risks.table.model().setData(index, 1)
    assert ws.risks[risk.id].impact == 1 and on_disk(path).risks[risk.id].impact == 1
    sample.undo_action.trigger()
    assert ws.risks[risk.id].impact == 4 and on_disk(path).risks[risk.id].impact == 4


def test_a_probability_of_7_is_refused_with_a_message(sample):
    view = sample.views["project"]
    ws = sample.controller.ws
    risk = min(ws.risks.values(), key=lambda r: r.id)
    assert not view.risks.table.model().setData(risk_index(view, risk.id, 2), 7)
    assert ws.risks[risk.id].probability == 4
    assert "probability must be from 1 to 5, not 7" in sample.message_bar.text.text()


def test_clicking_a_heat_map_cell_lists_only_its_risks(sample, qtbot):
    view = sample.views["project"]
    view.show_page("Risks")
    page = view.risks
    ws = sample.controller.ws
    everyone = page.proxy.rowCount()
    target = max((r for r in ws.risks.values() if r.status is not RiskStatus.CLOSED), key=lambda r: r.score)
    centre = page.heat.cell_rect(target.probability, target.impact).center()
    qtbot.mouseClick(page.heat, Qt.MouseButton.LeftButton, pos=QPointF(centre).toPoint())
    shown = {page.proxy.index(row, 0).data(ROLE_ID) for row in range(page.proxy.rowCount())}
    assert target.id in shown and len(shown) < everyone
    assert all((ws.risks[i].probability, ws.risks[i].impact) == (target.probability, target.impact) for i in shown)
    qtbot.mouseClick(page.heat, Qt.MouseButton.LeftButton, pos=QPointF(centre).toPoint())
    assert page.proxy.rowCount() == everyone


def test_adding_a_risk_and_a_stakeholder_interaction(sample, dialogs):
    view = sample.views["project"]
    ws, path = sample.controller.ws, sample.controller.file.path
    view.show_page("Risks")
    before = len(ws.risks)
    view.risks.add()
    assert len(on_disk(path).risks) == before + 1
    view.show_page("Stakeholders")
    page = view.stakeholders
    sid = min(ws.stakeholders)
    page.select(sid)
    dialogs.answer("ask_text", "Asked for a weekly demo")
    logged = len([i for i in ws.interactions.values() if i.stakeholder_id == sid])
    page.add_interaction()
    assert page.log.rowCount() == logged + 1
    assert any(i.summary == "Asked for a weekly demo" for i in on_disk(path).interactions.values())


def test_saving_a_baseline_and_choosing_it(sample, dialogs):
    view = sample.views["project"]
    ws, path = sample.controller.ws, sample.controller.file.path
    view.show_page("Baselines")
    dialogs.answer("ask_text", "Re-plan")
    view.baselines.save()
    saved = on_disk(path)
    [new] = [b for b in saved.baselines.values() if b.name == "Re-plan"]
    assert saved.projects[view.project_id].baseline_id == new.id
    assert view.baselines.rows == []  # nothing slipped against a baseline of the plan now
    sample.undo_action.trigger()
    assert not [b for b in ws.baselines.values() if b.name == "Re-plan"]
    assert view.baselines.rows  # back to the kick-off plan: the API and the visual design slipped


def test_charter_fields_are_edited_in_place(sample, qtbot):
    view = sample.views["project"]
    view.show_page("Charter")
    page = view.charter
    sponsor = page.lines["sponsor"]
    sponsor.setFocus()
    sponsor.selectAll()
    qtbot.keyClicks(sponsor, "Ana Lopez")
    qtbot.keyClick(sponsor, Qt.Key.Key_Return)
    assert on_disk(sample.controller.file.path).projects[view.project_id].sponsor == "Ana Lopez"
    page.health_choice.setCurrentIndex(page.health_choice.findData("at risk"))
    page._health_chosen()
    assert "set by hand" in page.health.text()
    assert page.figures["bac"].text() != ""
    sample.undo_action.trigger()
    assert "set by hand" not in page.health.text()


def test_a_project_from_a_template_opens_in_the_view(sample, dialogs):
    view = sample.views["project"]
    ws = sample.controller.ws
    dialogs.answer("ask_text", "App v2")  # the template's name
    view.charter.save_template()
    assert len(ws.templates) == 1
    view.tabs.setCurrentIndex(1)

    def fill(dialog):  # the New Project dialog, with the template chosen
        assert dialog.template.currentText() == "App v2"
        dialog.name.setText("App v2")
        return True

    dialogs.answer("run", fill)
    view.new_from_template()
    [new] = [p for p in ws.projects.values() if p.name == "App v2"]
    assert view.project_id == new.id and view.tabs.currentIndex() == 0  # on its charter
    assert len([t for t in ws.tasks.values() if t.project_id == new.id]) > 30
    assert not [e for e in ws.time_entries.values() if ws.tasks[e.task_id].project_id == new.id]


@pytest.mark.parametrize("size", [(1360, 860), (1280, 800), (1920, 1080)])
def test_the_charter_fits_the_window_without_a_sideways_scroll(sample, qtbot, size):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

    sample.resize(*size)
    qtbot.waitUntil(lambda: sample.width() == size[0])
    charter = sample.views["project"].charter
    qtbot.waitUntil(lambda: charter.widget().width() == charter.viewport().width())
    assert not charter.horizontalScrollBar().isVisible()
    right = charter.viewport().width()
    shown = [w for w in charter.widget().findChildren(QWidget) if w.isVisibleTo(charter.widget())]
    for widget in shown:
        if isinstance(widget, QLabel | QLineEdit | QAbstractSpinBox | QComboBox):
            left = widget.mapTo(charter.widget(), widget.rect().topLeft()).x()
            assert left >= 0 and left + widget.width() <= right, widget
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            assert widget.width() >= widget.sizeHint().width(), widget.text()  # its text not cut
    figures = charter.key_figures
    assert figures.columns == (6 if size[0] >= 1920 else 4)


def test_the_filter_bar_offers_what_the_view_in_front_can_filter(sample):
    bar = sample.filter_bar
    assert bar.isVisible() and bar.search.isVisible() and not bar.status.isVisible()  # Project: registers by text
    for view in ("dashboard", "people", "usage"):
        sample.show_view(view)
        assert not bar.isVisible(), view
    for view in ("table", "board", "calendar", "gantt"):
        sample.show_view(view)
        assert bar.isVisible() and bar.status.isVisible() and bar.due.isVisible(), view


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_power_interest_grid_names_never_run_into_each_other(sample, qtbot, size):
    sample.resize(*size)
    view = sample.views["project"]
    view.show_page("Stakeholders")
    grid = view.stakeholders.grid
    grid.repaint()
    labels = grid.labels
    assert len(labels) == len(view.stakeholders.grid.people) >= 5
    assert not [(a, b) for n, a in enumerate(labels) for b in labels[n + 1 :] if a.intersects(b)]
    assert all(grid.rect().toRectF().contains(label) for label in labels)
