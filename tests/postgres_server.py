"""A throwaway PostgreSQL cluster for the server workspace's tests and benchmark: made with `initdb` in a temporary
folder, started with `pg_ctl` listening on a Unix socket in that folder only (no TCP port), stopped and removed
after. initdb refuses to run as root, so as root the cluster is made and run by an unprivileged user (`postgres`
when it exists, else `nobody`) that owns the folder."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "planner"


def find_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/*/bin (newest first)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(f.split("/")[-2]), reverse=True):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    return None


def missing() -> str:
    """Why no cluster can be made here, or "" when one can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'planner[server]')"
    if find_bin() is None:
        return "PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin)"
    return ""


class Cluster:
    """A running throwaway cluster; `url(name)` is a URL for a database in it, `create()` makes a fresh one."""

    def __init__(self) -> None:
        self.bin = find_bin()
        self.folder = Path(tempfile.mkdtemp(prefix="planner-pg-"))
        self.data = self.folder / "data"
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres" if _user_exists("postgres") else "nobody"
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self._names = itertools.count(1)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync",
                  "--locale=C")  # fmt: skip
        options = f"-k {self.folder} -h '' -c fsync=off -c synchronous_commit=off -c max_connections=50"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.folder)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed: {done.stdout}{done.stderr}")

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@/{database}?host={self.folder}"

    def create(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = f"w{next(self._names)}"
        with psycopg.connect(host=str(self.folder), user=SUPERUSER, dbname="postgres", autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def open_store(location):
    """The workspace at `location` opened for writing: a file path, or a server database's URL."""
    from planner.store.server_workspace import ServerWorkspace, is_server_url
    from planner.store.workspace_file import WorkspaceFile

    return ServerWorkspace.open(location) if is_server_url(location) else WorkspaceFile.open(location)


def open_reader(location):
    """The workspace at `location` opened to read it (a server workspace has no read-only opening)."""
    from planner.store.server_workspace import ServerWorkspace, is_server_url
    from planner.store.workspace_file import WorkspaceFile

    return ServerWorkspace.open(location) if is_server_url(location) else WorkspaceFile.open_read_only(location)


def file_only(location) -> None:
    """Skip the server's run of a test about what only a workspace file has (its bytes, pages, lock, backups)."""
    import pytest

    if isinstance(location, str):
        pytest.skip("about the workspace file only")
