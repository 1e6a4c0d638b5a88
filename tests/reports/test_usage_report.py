"""The resource usage report: people × weeks with work against capacity, over-allocation marked, landscape pages
that run on when the weeks or the people do not fit one."""

from datetime import date, datetime

from pdf_text import pdf_pages, pdf_text
from report_helpers import TODAY

from planner.core.model import Person, Project, Task, Workspace
from planner.reports import REPORTS, build_report
from planner.reports.document import PageSetup, write_pdf

MON = datetime(2026, 3, 2, 8, 0)  # a Monday


def write(ws, tmp_path, scope=None, today=TODAY):
    path = tmp_path / "usage.pdf"
    info = write_pdf(build_report(ws, "usage", scope, today), path, PageSetup(landscape=REPORTS["usage"].landscape))
    return path, info


def test_the_sample_teams_usage_lists_every_person_with_their_weeks(sample, tmp_path):
    path, info = write(sample, tmp_path)
    text = pdf_text(path)
    for person in sample.people.values():
        assert person.name in text, person.name
    for words in ("Resource usage", "Whole team", "OVER CAPACITY", "Team", f"Page 1 of {info.pages}"):
        assert words in text, words
    assert " !" in text  # the sample overloads someone in some week


def test_two_overlapping_full_time_tasks_show_80_hours_against_40_marked_over(qapp, tmp_path):
    ws = Workspace()
    ws.put("person", Person(1, "Ada Lovelace", capacity=8.0))
    ws.put("person", Person(2, "Ben Okri", capacity=8.0))
    ws.put("project", Project(1, "Launch"))
    for tid, title in ((1, "Design"), (2, "Build")):
        ws.put("task", Task(tid, title, project_id=1, start=MON, finish=datetime(2026, 3, 6, 17), duration=5 * 480,
                            assignments={1: 1.0}))  # fmt: skip
    ws.rebuild_indexes()
    path, _info = write(ws, tmp_path, today=date(2026, 3, 2))
    rows = {line.split()[0]: line for line in pdf_pages(path)[0].splitlines() if line.strip()}
    assert "80 / 40 !" in rows["Ada"]
    assert "0 / 40" in rows["Ben"] and "!" not in rows["Ben"]
    assert "1 person-weeks" in pdf_text(path)


def test_a_year_of_weeks_for_many_people_runs_on_over_pages_with_the_header_repeated(qapp, tmp_path):
    ws = Workspace()
    ws.put("project", Project(1, "Long haul"))
    for pid in range(1, 41):
        ws.put("person", Person(pid, f"Person {pid:02d}", capacity=8.0))
        ws.put("task", Task(pid, f"Work {pid}", project_id=1, start=MON, finish=datetime(2027, 3, 5, 17),
                            duration=260 * 480, assignments={pid: 0.5}))  # fmt: skip
    ws.rebuild_indexes()
    path, info = write(ws, tmp_path, today=date(2026, 3, 2))
    pages = pdf_pages(path)
    assert info.pages >= 4  # four quarters of forty people
    text = pdf_text(path)
    assert "52 weeks" in text and "Person 40" in text
    assert sum("Person 01" in page for page in pages) == 4  # every quarter's table lists everyone
    assert sum("Person" in page.split("\n", 3)[-1] for page in pages) == info.pages  # the header on each page
