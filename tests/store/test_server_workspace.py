"""A shared workspace on a real (throwaway) PostgreSQL server: created on first opening, published from a file row
for row, edited through a Session, copied back to a file; refusals say why."""

import json
from datetime import date, datetime

import psycopg
import pytest

from planner.core.commands import EditTask
from planner.core.sample import build_sample
from planner.session import Session
from planner.store.server_workspace import ServerWorkspace, publish
from planner.store.workspace_file import SCHEMA_VERSION, WorkspaceError, WorkspaceFile
from tests.workspace_rows import rows, server_rows


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "sample.planner"
    Session.create(path, build_sample(date(2026, 12, 1))).close()
    return path


def test_an_empty_database_gets_the_schema_and_its_version(postgres):
    url = postgres.create()
    with ServerWorkspace.open(url) as server:
        assert server.migrated_from is None and not server.load().tasks
    with psycopg.connect(url) as db:
        assert db.execute("SELECT application, version FROM planner_schema").fetchall() == [("Planner", SCHEMA_VERSION)]
    ServerWorkspace.open(url).close()  # a second opening finds it made


def test_publishing_the_sample_copies_the_file_row_for_row(postgres, sample_file):
    url = postgres.create()
    assert publish(sample_file, url) == 68
    assert server_rows(url) == rows(sample_file)
    with pytest.raises(WorkspaceError, match="holds a workspace already"):
        publish(sample_file, url)
    assert server_rows(url) == rows(sample_file)


def test_a_session_edits_the_server_workspace_and_a_copy_comes_back_as_a_file(postgres, sample_file, tmp_path):
    url = postgres.create()
    publish(sample_file, url)
    with Session.open(url) as session:
        assert session.on_server and session.path.name == url.split("/")[3].split("?")[0]
        task = next(iter(session.ws.tasks))
        session.run(EditTask(task, title="Edited on the server"))
        session.undo()
        session.redo()
        with pytest.raises(WorkspaceError, match="pg_dump"):
            session.backup()
        assert session.backups() == []
        copy = session.file.save_copy(tmp_path / "copy.planner")
    with Session.open(url) as again:
        assert again.ws.tasks[task].title == "Edited on the server"
        assert [label for _, _, label, kind, _ in again.file.history.listing()][-3:] == ["Edit title"] * 3
    with WorkspaceFile.open_read_only(copy) as file:
        assert file.load().tasks[task].title == "Edited on the server"
    assert rows(copy) == server_rows(url)


def test_a_database_of_another_program_and_a_missing_server_are_refused(postgres, tmp_path):
    url = postgres.create()
    with psycopg.connect(url, autocommit=True) as db:
        db.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(WorkspaceError, match="not a Planner workspace"):
        ServerWorkspace.open(url)
    with pytest.raises(WorkspaceError, match="cannot connect to the server"):
        ServerWorkspace.open(f"postgresql://nobody@/nothing?host={tmp_path}")


def test_the_command_line_publishes_exports_and_shows_a_server_workspace(postgres, sample_file, tmp_path, capsys):
    from planner import app, cli

    url = postgres.create()
    assert cli.main(["publish", str(sample_file), url]) == 0
    assert "68 tasks" in capsys.readouterr().out
    assert cli.main(["publish", str(sample_file), url]) == 2
    assert "holds a workspace already" in capsys.readouterr().err
    assert cli.main(["tasks", url, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) >= 68
    assert cli.main(["schedule", url, "--json"]) == 0
    capsys.readouterr()
    assert cli.main(["export", url, str(tmp_path / "all.ics")]) == 0
    assert (tmp_path / "all.ics").read_text().count("BEGIN:VTODO") + (tmp_path / "all.ics").read_text().count(
        "BEGIN:VEVENT"
    ) > 0
    shot = tmp_path / "server.png"
    assert app.main([url, "--screenshot", str(shot), "--size", "800x600"]) == 0
    assert shot.stat().st_size > 10_000


def test_an_older_server_workspace_is_migrated_on_opening(postgres, sample_file):
    url = postgres.create()
    publish(sample_file, url)
    with psycopg.connect(url, autocommit=True) as db:  # as version 12 left it: before scenarios and report records
        db.execute("DROP TABLE report_made")
        db.execute("ALTER TABLE project DROP COLUMN scenario_of, DROP COLUMN scenario_name")
        db.execute("ALTER TABLE task DROP COLUMN origin_id")
        db.execute("ALTER TABLE person DROP COLUMN scenario_of, DROP COLUMN origin_id")  # and scenarios' people (14)
        db.execute("UPDATE planner_schema SET version = 12")
    with Session.open(url) as session:
        assert session.file.migrated_from == 12
        task = min(session.ws.tasks)
        session.run(EditTask(task, title="After the upgrade"))
        session.file.reports.add("status", ("project", 1), datetime(2026, 12, 4, 9), 1)
        assert session.file.reports.last("status", ("project", 1)) == (datetime(2026, 12, 4, 9), 1)
    with Session.read(url) as again:
        assert again.ws.tasks[task].title == "After the upgrade"
    with psycopg.connect(url) as db:
        assert db.execute("SELECT version FROM planner_schema").fetchone()[0] == SCHEMA_VERSION
