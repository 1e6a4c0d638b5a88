"""File ▸ Open Server Workspace… and File ▸ Publish to Server…: a shared workspace on a PostgreSQL server.

The URL is asked for (the last one offered again, without its password); the password comes from the system
keyring when the `keyring` package is installed and holds one, else it is asked for each time. It is never kept
in the settings.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

from PySide6.QtWidgets import QWidget

from planner.core.i18n import tr
from planner.store.server_workspace import is_server_url, publish, shown
from planner.store.workspace_file import WorkspaceError
from planner.ui import dialogs

KEYRING_SERVICE = "Planner"
LAST_URL = "server/last_url"


def open_server_workspace(window) -> bool:
    """Ask for a server workspace's URL and password and open it in `window`."""
    url = _ask_url(window, tr("Server", "Open Server Workspace"))
    return url is not None and open_server_url(window, url)


def open_server_url(window, url: str) -> bool:
    """Open the server workspace at `url` (asked for, or from File ▸ Open Recent) in `window`, with the keyring's
    password or one asked for, offering to keep one asked for in the keyring."""
    title = tr("Server", "Open Server Workspace")
    password, asked = _password(window, title, url)
    if not window.open_path(with_password(url, password)):
        return False
    keyring = _keyring()
    question = tr("Server", "Keep the password for {url} in the system keyring, so it is not asked again?")
    if (
        asked
        and password
        and keyring is not None
        and dialogs.ask_yes_no(window, title, question.format(url=shown(url)))
    ):
        try:
            keyring.set_password(KEYRING_SERVICE, shown(url), password)
        except Exception as exc:  # no usable keyring backend: it will be asked for next time
            dialogs.warn(window, title, tr("Server", "The keyring could not keep it: {why}").format(why=exc))
    return True


def publish_to_server(window) -> bool:
    """Copy the open local workspace to an empty server database, and say how it went."""
    session = window.controller.session
    title = tr("Server", "Publish to Server")
    if session.on_server:
        dialogs.warn(window, title, tr("Server", "This workspace is on a server already."))
        return False
    url = _ask_url(window, title)
    if url is None:
        return False
    try:
        count = publish(session.path, url, _password(window, title, url)[0])
    except WorkspaceError as exc:
        dialogs.warn(window, title, str(exc))
        return False
    text = tr("Server", "Published {name} to {url}: {count} tasks. Open it with File ▸ Open Server Workspace….")
    dialogs.tell(window, title, text.format(name=session.path.name, url=shown(url), count=count))
    return True


def with_password(url: str, password: str | None) -> str:
    """`url` carrying `password` (percent-encoded), for this opening only."""
    if not password:
        return url
    parts = urlsplit(url)
    user, _, host = parts.netloc.rpartition("@")
    user = user.partition(":")[0]
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}"))


def _ask_url(window, title: str) -> str | None:
    parent, settings = window, window.settings
    label = tr("Server", "The workspace's database, as postgresql://user@host/database:")
    url = dialogs.ask_text(parent, title, label, str(settings.value(LAST_URL, "postgresql://")))
    if url is None:
        return None
    if not is_server_url(url) or not urlsplit(url).path.strip("/"):
        dialogs.warn(parent, title, tr("Server", "{url} is not a postgresql:// URL naming a database.").format(url=url))
        return None
    settings.setValue(LAST_URL, shown(url))  # never a password in the settings
    return url


def _password(parent: QWidget, title: str, url: str) -> tuple[str | None, bool]:
    """The keyring's password for `url`, else one asked for (None: none, as for a server that trusts this user),
    and whether it was asked for."""
    if urlsplit(url).password:
        return None, False  # typed into the URL itself
    keyring = _keyring()
    if keyring is not None:
        try:
            kept = keyring.get_password(KEYRING_SERVICE, shown(url))
        except Exception:  # no usable keyring backend on this system: ask instead
            kept = None
        if kept:
            return kept, False
    label = tr("Server", "Password for {url} (empty if the server needs none):").format(url=shown(url))
    return dialogs.ask_password(parent, title, label), True


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring
