"""File ▸ Publish to Server… and File ▸ Open Server Workspace… on a real (throwaway) PostgreSQL server: the window
publishes its workspace, opens the server's copy, edits it and saves a local copy; no password in the settings."""

from planner.core.commands import EditTask
from planner.store.server_workspace import publish
from planner.store.workspace_file import WorkspaceFile
from planner.ui import server_dialogs


def test_publish_then_open_the_server_workspace_from_the_file_menu(window, dialogs, postgres, tmp_path, monkeypatch):
    monkeypatch.setattr(server_dialogs, "_keyring", lambda: None)  # never the machine's own keyring
    url = postgres.create()
    dialogs.answer("ask_text", url)
    dialogs.answer("ask_password", None)
    dialogs.answer("tell")
    assert window.publish_action.isEnabled()
    window.publish_action.trigger()
    assert "3 tasks" in dialogs.args("tell")[-1][2]

    dialogs.answer("ask_text", url)
    dialogs.answer("ask_password", "not needed")  # the cluster trusts its local users: any password goes
    window.open_server_action.trigger()
    session = window.controller.session
    assert session.on_server and {t.title for t in session.ws.tasks.values()} == {"Brief", "Design", "Build"}
    assert window.path_label.text() == url  # shown without the password
    task = next(t.id for t in session.ws.tasks.values() if t.title == "Brief")
    window.controller.run(EditTask(task, title="Brief, shared"))

    dialogs.answer("choose_save_file", tmp_path / "copy.planner")
    window.save_copy_action.trigger()
    with WorkspaceFile.open_read_only(tmp_path / "copy.planner") as file:
        assert file.load().tasks[task].title == "Brief, shared"
    stored = {key: window.settings.value(key) for key in window.settings.allKeys()}
    assert not any("not needed" in str(value) for value in stored.values())


class FakeKeyring:
    """Stands in for the system keyring (the `keyring` package's two calls Planner makes)."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, name):
        return self.kept.get((service, name))

    def set_password(self, service, name, password):
        self.kept[service, name] = password


def test_a_password_kept_in_the_keyring_is_not_asked_again(make_window, workspace_path, dialogs, postgres, monkeypatch):
    keyring = FakeKeyring()
    monkeypatch.setattr(server_dialogs, "_keyring", lambda: keyring)
    url = postgres.create()
    window = make_window(workspace_path)
    dialogs.answer("ask_text", url)
    dialogs.answer("ask_password", "s3cret")
    dialogs.answer("ask_yes_no", True)
    assert window.open_server()
    assert keyring.kept == {("Planner", url): "s3cret"}
    dialogs.answer("ask_text", url)  # no password asked this time: the keyring has it
    assert window.open_server() and window.controller.session.on_server


def test_open_recent_lists_a_server_workspace_without_its_password(make_window, workspace_path, dialogs, postgres):
    url = postgres.create()
    with_secret = url.replace("planner@", "planner:hush@")  # the cluster trusts its local users: any password goes
    window = make_window(with_secret)
    assert window.recent_files()[0] == url  # without the password
    assert window.open_path(workspace_path) and window.recent_files()[:2] == [str(workspace_path), url]

    window._fill_recent_menu()
    server_item = next(action for action in window.recent_menu.actions() if action.text() == url)
    dialogs.answer("ask_password", None)  # not kept anywhere: asked again
    server_item.trigger()
    assert window.controller.session.on_server and window.path_label.text() == url
    assert not any("hush" in str(window.settings.value(key)) for key in window.settings.allKeys())


def test_a_copy_saved_from_a_server_workspace_keeps_its_history(window, make_window, postgres, tmp_path):
    workspace_path = window.controller.session.path
    url = postgres.create()
    publish(workspace_path, url)
    window = make_window(url)
    task = min(window.controller.ws.tasks)
    window.controller.run(EditTask(task, title="Renamed on the server"))
    with WorkspaceFile.open_read_only(workspace_path) as file:
        published = [row[2] for row in file.history.listing()]
    copy = window.controller.file.save_copy(tmp_path / "copy.planner")
    with WorkspaceFile.open_read_only(copy) as file:
        labels = [row[2] for row in file.history.listing()]
        assert file.load().tasks[task].title == "Renamed on the server"
    assert labels[: len(published)] == published and labels[-1] == "Edit title"
