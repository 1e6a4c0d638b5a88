"""Test-wide set-up: Qt without a display, a fixed locale, a private data folder so no test touches the user's,
and a throwaway PostgreSQL cluster for the tests that run on both engines."""

import os

import pytest
from PySide6.QtCore import QLocale

from planner.core import i18n, locale_text
from tests.postgres_server import Cluster, missing

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Dates, numbers and weeks follow the user's locale: British English on every machine keeps the expected text
# (Monday weeks, "3 Dec 2026", "1,500.50"); a test of another locale sets its own and `locale` puts this back.
TEST_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
QLocale.setDefault(TEST_LOCALE)


@pytest.fixture
def locale():
    """`locale("de_DE")` makes that the user's locale for the rest of the test."""
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(TEST_LOCALE)


@pytest.fixture(autouse=True)
def english_text_ways():
    """The window and the report job hand the process their translator and the locale's ways of writing dates
    (planner.core.i18n, planner.core.locale_text); a test that started either must not leave them to the next."""
    yield
    i18n.install(None)
    locale_text.install(None)


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


@pytest.fixture
def sample_on_server(postgres, tmp_path):
    """The URL of a fresh database holding the sample workspace (as of 1 Dec 2026), published from the file
    `tmp_path / "sample.planner"`."""
    from datetime import date

    from planner.core.sample import build_sample
    from planner.session import Session
    from planner.store.server_workspace import publish

    path = tmp_path / "sample.planner"
    Session.create(path, build_sample(date(2026, 12, 1))).close()
    url = postgres.create()
    publish(path, url)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    """Where a test's new workspace lives, once on each engine: a file path, or the URL of an empty database."""
    if request.param == "sqlite":
        return tmp_path / "team.planner"
    return request.getfixturevalue("postgres").create()
