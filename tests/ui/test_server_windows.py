"""Two windows on one server workspace (a real, throwaway PostgreSQL): a change made in one shows in the other
within a second, through the same signal a local edit sends; a conflicting edit is refused with a message saying
who changed the task, and the refused window shows their version."""

from datetime import date

from PySide6.QtCore import Qt

from planner.core.commands import EditTask
from planner.core.sample import build_sample
from planner.session import Session
from planner.store.server_workspace import publish


def test_a_change_in_one_window_shows_in_the_other_and_a_conflict_is_refused(make_window, postgres, tmp_path, qtbot):
    path = tmp_path / "sample.planner"
    Session.create(path, build_sample(date(2026, 12, 1))).close()
    url = postgres.create()
    publish(path, url)
    first, second = make_window(url), make_window(url)
    task = min(first.controller.ws.tasks)

    with qtbot.waitSignal(second.controller.changes_applied, timeout=1000) as shown:
        assert first.controller.run(EditTask(task, title="Renamed in the first window"))
    assert task in shown.args[0].updated["task"]
    assert second.controller.ws.tasks[task].title == "Renamed in the first window"

    # The second window edits before the first's next change has reached it: refused, and theirs shown.
    assert first.controller.run(EditTask(task, title="Renamed again in the first"))
    assert not second.controller.run(EditTask(task, title="Renamed in the second"))
    assert "changed by" in second.message_bar.text.text()
    assert second.controller.ws.tasks[task].title == "Renamed again in the first"
    assert second.message_bar.action.isVisible()  # the edit is offered again, on their version
    qtbot.mouseClick(second.message_bar.action, Qt.MouseButton.LeftButton)
    assert second.controller.ws.tasks[task].title == "Renamed in the second"
    qtbot.waitUntil(lambda: first.controller.ws.tasks[task].title == "Renamed in the second", timeout=1000)
