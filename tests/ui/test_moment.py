"""The plan as it was: a moment of the history in front of every view, read only, and back to now."""

from datetime import datetime

import pytest
from history_plan import plan_with_history
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest

from planner.core.commands import EditTask
from planner.session import Session
from planner.ui.compare import ComparisonPanel
from planner.ui.moment import MomentBanner, show_moment
from planner.ui.views import VIEWS


@pytest.fixture
def planned(make_window, workspace_path):
    return plan_with_history(make_window(workspace_path))


def titles(window) -> set[str]:
    return {t.title for t in window.controller.ws.tasks.values()}


def on_the_3rd(dialog):
    dialog.at.setDateTime(QDateTime(datetime(2026, 11, 3, 23, 59)))
    return True


def test_the_plan_as_it_was_is_in_front_of_every_view_read_only_and_back_to_now_restores_it(planned, dialogs, qtbot):
    window, ids = planned, planned.ids
    live = window.controller
    path = live.session.path
    last_change = live.file.history.last_id()
    window.show_view("table")
    window.view().select_task(ids["design"])
    dialogs.answer("run", on_the_3rd)
    window.moment_action.trigger()

    banner = window.findChild(MomentBanner)
    assert banner.isVisible() and banner.text.text() == "As it was on 03 Nov 2026, 23:59 — read only"
    assert "read only" in window.windowTitle()
    assert window.controller is not live and window.controller.session.read_only
    assert titles(window) == {"Brief", "Design", "Build", "Review"}  # Review not yet deleted, Launch not yet made
    assert window.controller.ws.tasks[ids["brief"]].duration == 480
    assert window.front_task() == ids["design"]  # the same view and task, as they were
    editing = [window.new_task_action, window.delete_action, window.indent_action, window.undo_action]
    editing += [window.paste_action, window.open_action, window.compare_action, window.save_copy_action]
    for action in editing:
        assert not action.isEnabled(), action.text()
    for spec in VIEWS:  # every view shows the moment
        window.show_view(spec.name)
        assert window.view().controller is window.controller, spec.name
    window.show_view("gantt")
    gantt = window.view()
    assert not gantt.move_task(ids["design"], datetime(2026, 11, 10, 8))  # a view's own edit is refused, and says why
    assert window.message_bar.isVisible()
    assert "As it was on 03 Nov 2026, 23:59 — read only: go Back to Now (Esc)" in window.message_bar.text.text()
    assert not window.controller.run(EditTask(ids["brief"], title="Changed"))
    on_disk = Session.read(path).ws
    assert {t.title for t in on_disk.tasks.values()} == {"Brief", "Design", "Build", "Launch"}  # nothing written
    assert live.file.history.last_id() == last_change

    window.show_view("table")
    QTest.keyClick(window.view(), Qt.Key.Key_Escape)  # Esc: back to now
    assert window.controller is live and window.moment is None
    assert window.findChild(MomentBanner) is None or not window.findChild(MomentBanner).isVisible()
    assert titles(window) == {"Brief", "Design", "Build", "Launch"}
    assert window.current_view == "table" and window.front_task() == ids["design"]
    assert window.new_task_action.isEnabled() and window.undo_action.isEnabled()
    assert "read only" not in window.windowTitle()
    window.undo_action.trigger()  # the live undo list is as it was: the last step is the new task
    assert "Launch" not in titles(window)


def test_the_history_views_menu_shows_the_plan_right_after_a_change(planned):
    window = planned
    window.show_view("history")
    history = window.controller.file.history
    links = next(ident for ident, _at, label, *_ in history.listing() if label == "Link tasks")
    menu = window.views["history"].change_menu(links)
    next(a for a in menu.actions() if a.text() == "Show the Plan as It Was Then").trigger()
    banner = window.findChild(MomentBanner)
    assert banner.text.text() == "As it was right after “Link tasks” (03 Nov 2026 09:00) — read only"
    assert len(window.controller.ws.dependencies) == 1  # the second link came after
    banner.back_button.click()
    assert len(window.controller.ws.dependencies) == 2


def test_the_moment_is_refused_before_the_history_begins(planned, dialogs):
    dialogs.answer("warn")
    assert not show_moment(planned, at=datetime(2026, 10, 1))
    assert planned.moment is None and not planned.controller.session.read_only


def test_a_task_deleted_since_is_restored_from_the_moment_and_one_undo_removes_it(planned, dialogs):
    window, ids = planned, planned.ids
    assert show_moment(window, at=datetime(2026, 11, 3, 23, 59))
    window.show_view("table")
    window.view().select_task(ids["review"])
    window.findChild(MomentBanner).restore_task_button.click()
    assert window.moment is None and not window.controller.session.read_only  # back to now, to show it
    review = next(t for t in window.controller.ws.tasks.values() if t.title == "Review")
    assert review.id != ids["review"] and window.front_task() == review.id
    assert window.message_bar.text.text() == "Restore “Review” as it was: done (Undo takes it back)."
    assert "Review" in {t.title for t in Session.read(window.controller.session.path).ws.tasks.values()}
    window.undo_action.trigger()
    assert "Review" not in titles(window)


def test_a_project_is_restored_from_the_moment_and_the_history_menu_restores_a_changes_tasks(planned):
    window, ids = planned, planned.ids
    show_moment(window, at=datetime(2026, 11, 3, 23, 59))
    window.show_view("table")
    window.view().select_task(ids["brief"])
    window.findChild(MomentBanner).restore_project_button.click()
    assert titles(window) == {"Brief", "Design", "Build", "Review"}
    assert window.controller.ws.tasks[ids["brief"]].duration == 480
    window.undo_action.trigger()
    assert titles(window) == {"Brief", "Design", "Build", "Launch"}
    history = window.controller.file.history
    longer = next(ident for ident, _at, label, *_ in history.listing() if label == "Edit duration")
    window.show_view("history")
    menu = window.views["history"].change_menu(longer)
    next(a for a in menu.actions() if a.text() == "Restore Its Tasks as They Were Before It").trigger()
    assert window.controller.ws.tasks[ids["brief"]].duration == 480  # and Design, Build moved back with it
    assert window.controller.session.undo_text == "Restore 3 tasks as they were"


def test_the_history_views_menu_shows_a_moment_and_compares_with_one_and_closing_puts_now_back(planned):
    # planner.ui.moment and planner.ui.compare are imported when first asked for (not at open): the window's
    # History view, its menu and the close each reach them then.
    window = planned
    live = window.controller
    history = live.file.history
    links = [ident for ident, _at, label, *_ in history.listing() if label == "Link tasks"][-1]
    window.show_view("history")
    menu = window.views["history"].change_menu(links)
    next(a for a in menu.actions() if a.text() == "Compare Now With This Moment").trigger()
    panel = window.findChild(ComparisonPanel)
    assert panel.title.text().startswith("Now against right after “Link tasks” (03 Nov 2026 09:00)")
    menu = window.views["history"].change_menu(links)
    next(a for a in menu.actions() if a.text() == "Show the Plan as It Was Then").trigger()
    assert window.moment is not None and window.controller.session.read_only
    assert window.findChild(MomentBanner).isVisible()
    window.close()
    assert window.moment is None and window.controller is live and not live.session.read_only
