"""Getting files into the window: workspaces whose names hold URI characters, Open Recent of a file that is gone,
files dropped on the window or handed over by the system."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QApplication

from planner.core.commands import AddObject
from planner.session import Session
from planner.ui.file_drop import FileOpenFilter


def recent_action(window, path: Path):
    window.recent_menu.aboutToShow.emit()
    return next(a for a in window.recent_menu.actions() if a.text() == str(path))


def test_workspaces_named_with_hash_question_mark_and_percent_open_switch_and_restore(make_window, tmp_path, dialogs):
    first, second = tmp_path / "Q3 #1.planner", tmp_path / "what? 100%.planner"
    window = make_window(first)
    window.controller.run(AddObject("area", name="Support"))
    backup = window.controller.session.backup()
    window.controller.run(AddObject("area", name="Sales"))
    assert window.open_path(second)
    assert window.controller.session.path == second and not window.controller.ws.areas
    recent_action(window, first).trigger()
    assert [a.name for a in window.controller.ws.areas.values()] == ["Support", "Sales"]
    dialogs.answer("ask_choice", lambda parent, title, question, labels: labels[-1])
    window.controller.session.backups = lambda: [("the one", backup)]
    window.restore_action.trigger()
    assert [a.name for a in Session.read(first).ws.areas.values()] == ["Support"]
    assert {p.name for p in tmp_path.glob("*.planner")} == {first.name, second.name}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(("Q3 ", "what")) and "planner" not in p.name]


def test_open_recent_of_a_deleted_workspace_says_so_and_can_take_it_off_the_list(make_window, tmp_path, dialogs):
    gone = tmp_path / "gone.planner"
    window = make_window(gone)
    window.open_path(tmp_path / "here.planner")  # closes the first, which then goes away
    gone.unlink()
    for side in tmp_path.glob("gone.planner-*"):
        side.unlink()
    dialogs.answer("ask_yes_no", False)
    recent_action(window, gone).trigger()
    assert not gone.exists() and str(gone) in window.recent_files()
    assert window.controller.session.path == tmp_path / "here.planner"
    dialogs.answer("ask_yes_no", True)
    recent_action(window, gone).trigger()
    assert "moved or deleted" in dialogs.args("ask_yes_no")[-1][2]
    assert not gone.exists() and str(gone) not in window.recent_files()


def drop(widget, paths: list[Path]) -> None:
    """Drag `paths` from a file manager onto `widget` and let go: real drag events."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point, copy = QPoint(widget.width() // 2, widget.height() // 2), Qt.DropAction.CopyAction
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, copy, mime, button, none)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), copy, mime, button, none))


CSV_PLAN = "Name;Duration\r\nBrief;2d\r\nDesign;3d\r\n"
ICS_PLAN = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VTODO\r\nUID:1@test\r\nSUMMARY:Call the printer\r\n"
    "DTSTART:20261102T090000Z\r\nDUE:20261103T090000Z\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
)


def test_dropped_plans_are_imported_each_with_its_summary_and_unknown_files_named(window, tmp_path, qtbot, dialogs):
    (tmp_path / "plan.csv").write_bytes(b"\xef\xbb\xbf" + CSV_PLAN.encode())
    (tmp_path / "errands.ics").write_text(ICS_PLAN, newline="")
    (tmp_path / "notes.txt").write_text("nothing to plan")
    dialogs.answer("run", True)  # the CSV file's columns, as guessed
    dialogs.answer("tell", None, None)
    dialogs.answer("warn")
    projects = len(window.controller.ws.projects)
    drop(window, [tmp_path / "plan.csv", tmp_path / "errands.ics", tmp_path / "notes.txt"])
    qtbot.waitUntil(lambda: not any(dialogs.replies.values()))
    titles = {t.title for t in window.controller.ws.tasks.values()}
    assert {"Brief", "Design", "Call the printer"} <= titles
    assert len(window.controller.ws.projects) == projects + 2
    assert "notes.txt" in dialogs.args("warn")[0][2]
    stored = {t.title for t in Session.read(window.controller.session.path).ws.tasks.values()}
    assert {"Brief", "Design", "Call the printer"} <= stored


def test_a_dropped_workspace_opens_in_the_window(window, tmp_path, qtbot):
    other = tmp_path / "other #2.planner"
    with Session.open(other) as session:
        session.run(AddObject("area", name="Elsewhere"))
    drop(window.view().viewport(), [other])  # onto the table: the drag goes up to the window
    qtbot.waitUntil(lambda: window.controller.session.path == other)
    assert [a.name for a in window.controller.ws.areas.values()] == ["Elsewhere"]


def test_a_file_the_system_hands_over_opens_as_a_dropped_one(window, tmp_path, qtbot, qapp):
    other = tmp_path / "double-clicked.planner"
    Session.open(other).close()
    handler = FileOpenFilter(window.open_files, window)
    qapp.installEventFilter(handler)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(other)))
    finally:
        qapp.removeEventFilter(handler)
    assert window.controller.session.path == other


def test_an_open_backs_the_workspace_up_once_the_window_has_painted_and_not_before(workspace_path, tmp_path, qtbot):
    # Right after the first paint, not on a timer some time later: the open ended only after that backup (and a
    # quiet window then woke up to take it).
    from PySide6.QtCore import QSettings

    from planner.ui.controller import Controller
    from planner.ui.main_window import MainWindow

    def open_controller(path, sample=False):
        controller = Controller(Session.open(path, sample))
        controller.back_up_after_paint()
        return controller

    Session.open(workspace_path).close()
    controller = open_controller(workspace_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, open_controller, settings)
    qtbot.addWidget(window)
    qtbot.wait(20)
    assert controller.session.backups() == []  # not shown yet, so not painted: no copy delays the window
    window.show()
    qtbot.waitUntil(lambda: not window._warnings_after_paint)  # painted
    QApplication.processEvents()
    assert len(controller.session.backups()) == 1
