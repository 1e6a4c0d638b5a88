"""A GNOME Planner file (XML with our `.planner` extension) opened in the window is not called damaged: the window
asks whether to import it into the open workspace, and does so as a new project when told yes."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))  # the GNOME Planner seed of the fuzz test
from mutations import GNOME_PLANNER_SEED


def gnome_file(tmp_path) -> Path:
    path = tmp_path / "kitchen.planner"
    path.write_text(GNOME_PLANNER_SEED, encoding="utf-8")
    return path


def test_opening_a_gnome_planner_file_offers_to_import_it_as_a_new_project(window, tmp_path, dialogs):
    path = gnome_file(tmp_path)
    workspace = window.controller.file.path
    dialogs.answer("ask_yes_no", True)
    dialogs.answer("tell")  # what came in
    assert window.open_path(path)
    ((_parent, _title, question),) = dialogs.args("ask_yes_no")
    assert "kitchen.planner is a GNOME Planner file" in question
    ws = window.controller.ws
    assert window.controller.file.path == workspace  # the same workspace, one project more
    assert sorted(p.name for p in ws.projects.values()) == ["Kitchen", "Website relaunch"]
    kitchen = next(p.id for p in ws.projects.values() if p.name == "Kitchen")
    assert {t.title for t in ws.tasks.values() if t.project_id == kitchen} == {"Build", "Walls", "Paint", "Done"}
    assert window.sidebar.current_scope() == ("project", kitchen)
    assert path.read_text(encoding="utf-8") == GNOME_PLANNER_SEED


def test_declining_the_import_leaves_the_workspace_as_it_was(window, tmp_path, dialogs):
    path = gnome_file(tmp_path)
    before = dict(window.controller.ws.tasks)
    dialogs.answer("ask_yes_no", False)
    assert not window.open_path(path)
    assert window.controller.ws.tasks == before
    assert [p.name for p in window.controller.ws.projects.values()] == ["Website relaunch"]
