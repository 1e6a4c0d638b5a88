"""What moved since the last report: the status and weekly reports list the tasks and milestones whose dates moved
since the previous report of the same kind and scope, with the cause the history knows; the first says so."""

from datetime import date, datetime

import pytest
from pdf_text import pdf_text

from planner.core.commands import AddObject, CreateTask, EditTask, LinkTasks
from planner.reports import build_report
from planner.reports.document import write_pdf
from planner.session import Session

MONDAY = datetime(2026, 11, 2, 8)
TODAY = date(2026, 11, 25)


@pytest.fixture
def session(tmp_path, qapp, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    session = Session.open(tmp_path / "team.planner")
    session.today = lambda: TODAY
    session.clock = lambda: datetime(2026, 11, 20, 9, 0)
    project = AddObject("project", name="Launch", start=MONDAY)
    session.run(project)
    ids = {}
    for title in ("Design", "Build"):
        create = CreateTask(("project", project.id), title, duration=960)
        session.run(create)
        ids[title] = create.id
    launch = CreateTask(("project", project.id), "Go live", duration=0, milestone=True)
    session.run(launch)
    ids["Go live"] = launch.id
    session.run(LinkTasks(ids["Design"], ids["Build"]))
    session.run(LinkTasks(ids["Build"], ids["Go live"]))
    session.ids, session.project = ids, project.id
    yield session
    session.close()


def test_the_first_report_says_there_is_nothing_to_compare(session, tmp_path):
    scope = ("project", session.project)
    since = session.since_last_report("status", scope)
    assert since.since is None
    path = tmp_path / "first.pdf"
    write_pdf(build_report(session.ws, "status", scope, TODAY, since=since), path)
    assert "What moved since the last report First report — nothing to compare." in pdf_text(path)


def test_slipped_tasks_and_milestones_are_listed_with_their_cause(session, tmp_path):
    scope = ("project", session.project)
    session.record_report("status", scope)  # last week's report, on 20 November
    session.record_report("weekly", None)
    session.clock = lambda: datetime(2026, 11, 23, 10, 0)
    session.run(EditTask(session.ids["Design"], duration=3 * 480))
    since = session.since_last_report("status", scope)
    assert since.since == datetime(2026, 11, 20, 9, 0)
    causes = {m.title: m.cause for m in since.moved}
    assert causes == {
        "Design": "duration changed on 23 Nov",
        "Build": "moved by the link from Design on 23 Nov",
        "Go live": "moved by the link from Build on 23 Nov",
    }
    milestone = next(m for m in since.moved if m.milestone)
    assert milestone.finish == (datetime(2026, 11, 5, 17), datetime(2026, 11, 6, 17))
    path = tmp_path / "status.pdf"
    write_pdf(build_report(session.ws, "status", scope, TODAY, since=since), path)
    text = pdf_text(path)
    assert "Since the last report, on Friday, 20 November 2026: 3 tasks moved." in text
    assert "moved by the link from Design on 23 Nov" in text and "+1 d" in text
    # The weekly report of the whole team keeps its own "last time".
    weekly = session.since_last_report("weekly", None)
    assert {m.title for m in weekly.moved} == {"Design", "Build", "Go live"}
    path = tmp_path / "weekly.pdf"
    write_pdf(build_report(session.ws, "weekly", None, TODAY, since=weekly), path)
    assert "What moved since the last report" in pdf_text(path)
    assert session.since_last_report("weekly", ("area", 1)).since is None


def test_planner_report_notes_each_report_so_the_next_lists_what_moved(session, tmp_path, capsys):
    from planner.cli import main

    path = session.path
    session.close()
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    assert main(["report", "status", str(path), "-o", str(first), "--date", TODAY.isoformat()]) == 0
    assert "First report — nothing to compare." in pdf_text(first)
    with Session.open(path) as again:
        again.run(EditTask(session.ids["Design"], duration=3 * 480))
    assert main(["report", "status", str(path), "-o", str(second), "--date", TODAY.isoformat()]) == 0
    text = pdf_text(second)
    assert "3 tasks moved." in text and "duration changed on" in text
