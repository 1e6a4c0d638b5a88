"""Test-wide set-up: Qt without a display, a private data folder so no test touches the user's, and a throwaway
PostgreSQL cluster for the tests that run on both engines."""

import os

import pytest

from tests.postgres_server import Cluster, missing

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "user-data"
    monkeypatch.setenv("PLANNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL cluster of our own on a Unix socket, for the whole run; skipped where it cannot be made."""
    why = missing()
    if why:
        pytest.skip(why)
    cluster = Cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    """Where a test's new workspace lives, once on each engine: a file path, or the URL of an empty database."""
    if request.param == "sqlite":
        return tmp_path / "team.planner"
    return request.getfixturevalue("postgres").create()
