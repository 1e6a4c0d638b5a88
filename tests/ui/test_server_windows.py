"""Two windows on one server workspace (a real, throwaway PostgreSQL): a change made in one shows in the other
within a second, through the same signal a local edit sends; a conflicting edit is refused with a message saying
who changed the task, and the refused window shows their version; the status bar says who changed what lately
and whether the server is reachable."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from planner.core.commands import EditTask

psycopg = pytest.importorskip("psycopg", reason="the server workspace needs psycopg (the `server` extra)")


def test_a_change_in_one_window_shows_in_the_other_and_a_conflict_is_refused(make_window, sample_on_server, qtbot):
    url = sample_on_server
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


def test_the_status_bar_says_who_changed_what_and_whether_the_server_is_reachable(
    make_window, sample_on_server, tmp_path, qtbot, restored_look
):
    url = sample_on_server
    first, second = make_window(url), make_window(url)
    status = second.server_status
    assert status.isVisible() and status.state.text() == "Connected"
    assert status.state.accessibleName() == "Server connection" and not status.latest.isVisible()
    for name in ("dark", "light"):  # words in the palette's text colour, readable on either
        second.set_theme(name)
        palette = status.state.palette()
        text, ground = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
        assert abs(text.lightness() - ground.lightness()) >= 100, (name, text.name(), ground.name())

    task = min(first.controller.ws.tasks)
    with qtbot.waitSignal(second.controller.changes_applied, timeout=1000):
        assert first.controller.run(EditTask(task, title="Renamed in the first window"))
    who = first.controller.session.file.who
    assert status.latest.text() == f"{who} changed “Renamed in the first window” · just now"
    arrived = second.controller.session.incoming[0].at
    status.now = lambda: arrived + timedelta(minutes=2, seconds=5)
    status.refresh()
    assert (
        status.latest.text().endswith("· 2 min ago") and status.latest.accessibleDescription() == status.latest.text()
    )

    second.controller._retry.setInterval(20)  # retried at once rather than every few seconds
    pid = second.controller.file.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert not second.controller.run(EditTask(task, title="While cut off"))
    assert status.state.text().startswith("Reconnecting") and "read-only" in status.state.text()
    assert "connection to the server was lost" in status.state.accessibleDescription()
    qtbot.waitUntil(lambda: status.state.text() == "Connected", timeout=3000)

    local = make_window(tmp_path / "sample.planner")  # the file the sample was published from
    assert not local.server_status.isVisible()
