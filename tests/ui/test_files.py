"""Getting files into the window: workspaces whose names hold URI characters, Open Recent of a file that is gone,
files dropped on the window or handed over by the system."""

from pathlib import Path

from planner.core.commands import AddObject
from planner.session import Session


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
